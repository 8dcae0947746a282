package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/jurisdiction"
)

// flaggedDB is a real store with four requests flagged by the default rules, grouped into
// two issues, and one flag overridden by a clerk.
func flaggedDB(t *testing.T) (string, *jurisdiction.Engine) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	day := func(d int) time.Time { return time.Date(2025, 5, d, 9, 0, 0, 0, time.UTC) }
	reqs := []tafkik.Request{
		{ID: "r1", District: "3", CreatedAt: day(1), Category: "فاضلاب", Text: "فاضلاب از منهول کوچه بیرون زده، تماس ۰۹۱۱۱۲۳۴۵۶۷", Address: "کوچه ۵", Status: tafkik.StatusNew},
		{ID: "r2", District: "3", CreatedAt: day(2), Category: "فاضلاب", Text: "بوی بد فاضلاب در کوچه ۵", Address: "کوچه ۵", Status: tafkik.StatusNew},
		{ID: "r3", District: "3", CreatedAt: day(3), Category: "آسفالت", Text: "آسفالت کوچه خراب است", Status: tafkik.StatusNew},
		{ID: "r4", District: "3", CreatedAt: day(4), Category: "روشنایی", Text: "چراغ‌های پارک خاموش است", Status: tafkik.StatusNew},
		{ID: "r5", District: "3", CreatedAt: day(5), Text: "آسفالت کوچه خراب است، ضمنا فاضلاب زده بیرون", Status: tafkik.StatusNew},
		{ID: "r6", District: "3", CreatedAt: day(6), Text: "برق هم که هر روز قطع میشه بماند، بگذریم، زیرسازی کوچه رو کردن ولی آسفالت نریختن", Status: tafkik.StatusNew},
	}
	if _, err := db.UpsertRequests(ctx, reqs); err != nil {
		t.Fatal(err)
	}
	eng, err := jurisdiction.Default()
	if err != nil {
		t.Fatal(err)
	}
	var flags []tafkik.Flag
	for _, r := range reqs {
		flags = append(flags, eng.Flag(r))
	}
	if err := db.SaveFlags(ctx, flags); err != nil {
		t.Fatal(err)
	}
	issues := []tafkik.Issue{
		{ID: "i1", District: "3", Title: "سرریز فاضلاب", Place: "کوچه ۵", Agency: tafkik.AgencyWater, Count: 2, FirstAt: day(1), LastAt: day(2)},
		{ID: "i2", District: "3", Title: "آسفالت", Count: 1, FirstAt: day(3), LastAt: day(3)},
		{ID: "i3", District: "3", Title: "روشنایی پارک", Count: 1, FirstAt: day(4), LastAt: day(4)},
	}
	members := []tafkik.Membership{{RequestID: "r1", IssueID: "i1"}, {RequestID: "r2", IssueID: "i1"},
		{RequestID: "r3", IssueID: "i2"}, {RequestID: "r4", IssueID: "i3"}}
	if err := db.SaveGrouping(ctx, issues, members); err != nil {
		t.Fatal(err)
	}
	// the clerk knows this park's lights are on the street circuit
	if err := db.DecideFlag(ctx, "clerk-1", "r4", tafkik.AgencyPower, "روشنایی پارک با برق شهری است"); err != nil {
		t.Fatal(err)
	}
	// a re-run must not undo the clerk
	if err := db.SaveFlags(ctx, []tafkik.Flag{eng.Flag(reqs[3])}); err != nil {
		t.Fatal(err)
	}
	return path, eng
}

func TestExplain(t *testing.T) {
	path, eng := flaggedDB(t)
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tests := []struct {
		id   string
		want []string
	}{
		{"r1", []string{"[water]", "water.sewage", "«فاضلاب»", "آب و فاضلاب", "* water.sewage"}},
		{"r3", []string{"[municipality]", "municipality.street", "«آسفالت»"}},
		{"r5", []string{"[municipality]", "municipality.street", "water.sewage", "a second complaint, after «ضمنا»"}},
		// the power cut is the caller venting before the request: set aside, said so
		{"r6", []string{"[municipality]", "set aside as venting", "برق"}},
		{"r4", []string{"clerk decision", "[power] by clerk-1", "روشنایی پارک با برق شهری است",
			"municipality.park-lights"}},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			var b bytes.Buffer
			if err := explain(ctx, &b, db, eng, tc.id); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("explain %s lacks %q:\n%s", tc.id, w, b.String())
				}
			}
		})
	}
	if err := explain(ctx, &bytes.Buffer{}, db, eng, "nope"); err == nil {
		t.Error("explain of an unknown request succeeded")
	}
}

func TestExportReferrals(t *testing.T) {
	path, _ := flaggedDB(t)
	ctx := context.Background()
	dir := t.TempDir()
	tests := []struct {
		agency string
		want   [][]string // issue, count, request ids
	}{
		{"water", [][]string{{"i1", "2", "r1 r2"}}},
		{"power", [][]string{{"i3", "1", "r4"}}}, // the clerk's override counts
		{"gas", nil},
	}
	for _, tc := range tests {
		for _, ext := range []string{".csv", ".xlsx"} {
			t.Run(tc.agency+ext, func(t *testing.T) {
				out := filepath.Join(dir, tc.agency+ext)
				if err := runExportReferrals(ctx, []string{"--db", path, "--agency", tc.agency, "--out", out}); err != nil {
					t.Fatal(err)
				}
				rows := readTable(t, out)
				if len(rows) != len(tc.want)+1 || rows[0][0] != referralHeader[0] {
					t.Fatalf("%s: %d rows %q, want header and %d", out, len(rows), rows, len(tc.want))
				}
				for i, w := range tc.want {
					got := rows[i+1]
					if got[0] != w[0] || got[3] != w[1] || got[6] != w[2] {
						t.Errorf("row %d = %q, want issue %s count %s ids %s", i+1, got, w[0], w[1], w[2])
					}
					// the list leaves the district: no citizen's phone number in it
					if strings.Contains(got[7], "۰۹۱۱") || (tc.agency == "water" && !strings.Contains(got[7], tafkik.RedactedPhone)) {
						t.Errorf("sample %q: the phone number must be redacted", got[7])
					}
				}
			})
		}
	}
	rows := readTable(t, filepath.Join(dir, "water.csv"))
	if got := rows[1]; got[2] != "کوچه ۵" || got[4] != "1404/02/11" || got[5] != "1404/02/12" ||
		got[7] != "فاضلاب از منهول کوچه بیرون زده، تماس "+tafkik.RedactedPhone {
		t.Errorf("water row %q: want place, Jalali first/last dates and the earliest text, its phone number redacted", got)
	}
	for _, bad := range [][]string{
		{"--db", path, "--agency", "sewer", "--out", filepath.Join(dir, "x.csv")},
		{"--db", path, "--agency", "water", "--out", filepath.Join(dir, "x.txt")},
		{"--db", path, "--out", filepath.Join(dir, "x.csv")},
	} {
		if err := runExportReferrals(ctx, bad); err == nil {
			t.Errorf("export referrals %q succeeded", bad)
		}
	}
}

func readTable(t *testing.T, path string) [][]string {
	t.Helper()
	if strings.HasSuffix(path, ".csv") {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows(x.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestExplainChecksRules(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.rules")
	bad := filepath.Join(dir, "bad.rules")
	os.WriteFile(good, []byte("version: d3\nrule: a\nagency: water\nany: فاضلاب\n"), 0o644)
	os.WriteFile(bad, []byte("rule: a\nagency: water\nany: فاضلاب\nnot: فاضلاب\n"), 0o644)
	if err := runExplain(context.Background(), []string{"--rules", good}); err != nil {
		t.Errorf("check of a good file: %v", err)
	}
	err := runExplain(context.Background(), []string{"--rules", bad})
	if err == nil || !strings.Contains(err.Error(), "bad.rules:1: rule a: every any term is also forbidden") {
		t.Errorf("check of a bad file: %v, want bad.rules:1: ...", err)
	}
}
