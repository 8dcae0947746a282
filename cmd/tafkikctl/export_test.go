package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store/exchange"
)

// triageDB makes a district of four requests: r1 and r3 grouped into issue i1, r2 flagged
// for the water company, r3 for the power company, r4 untouched.
func triageDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	db := openStore(t, path)
	base := time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC)
	var reqs []tafkik.Request
	for i, text := range []string{"چاله کوچه ۵", "لوله آب ترکیده", "چاله کوچه پنج و تیر برق", "زباله"} {
		reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("r%d", i+1), District: "3",
			CreatedAt: base.Add(time.Duration(i) * time.Hour), Text: text, Category: "c", Status: tafkik.StatusNew})
	}
	if _, err := db.UpsertRequests(ctx, reqs); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveGrouping(ctx, []tafkik.Issue{{ID: "i1", District: "3", Title: "چاله", Count: 2,
		FirstAt: base, LastAt: base.Add(2 * time.Hour)}},
		[]tafkik.Membership{{RequestID: "r1", IssueID: "i1", Score: 1}, {RequestID: "r3", IssueID: "i1", Score: 0.8}}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveFlags(ctx, []tafkik.Flag{{RequestID: "r2", Agency: tafkik.AgencyWater, Confidence: 0.9},
		{RequestID: "r3", Agency: tafkik.AgencyPower, Confidence: 0.6}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path
}

func TestExportTriage(t *testing.T) {
	emptyDB := filepath.Join(t.TempDir(), "empty.db")
	openStore(t, emptyDB).Close()
	tests := []struct {
		name string
		db   string
		want string
	}{
		{"grouped and flagged", triageDB(t), "request_id,group_id,jurisdiction\n" +
			"r1,i1,municipality\nr2,r2,water\nr3,i1,power\nr4,r4,municipality\n"},
		{"empty district", emptyDB, "request_id,group_id,jurisdiction\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "triage.csv")
			if err := runExport(context.Background(), []string{"triage", "--db", tt.db, "--out", out}); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".triage.csv.*")); len(left) > 0 {
				t.Errorf("temporary files left behind: %v", left)
			}
		})
	}
}

// TestExportToStdout: --out - writes the export itself, and only it, to standard output, so
// that it can be piped; the summary line goes to standard error and no file named "-" is made.
func TestExportToStdout(t *testing.T) {
	bin := buildTafkikctl(t)
	db := triageDB(t)
	dir := t.TempDir()
	res := runTafkikctlIn(t, dir, bin, "export", "triage", "--db", db, "--out", "-")
	want := "request_id,group_id,jurisdiction\nr1,i1,municipality\nr2,r2,water\nr3,i1,power\nr4,r4,municipality\n"
	if res.code != 0 || res.stdout != want || !strings.Contains(res.stderr, "wrote 4 rows") {
		t.Errorf("export triage --out -: exit %d\nstdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
	}
	res = runTafkikctlIn(t, dir, bin, "export", "requests", "--db", db, "--out", "-")
	if lines := strings.Split(strings.TrimSpace(res.stdout), "\n"); res.code != 0 || len(lines) != 4 ||
		!strings.HasPrefix(lines[0], `{"id":"r1"`) {
		t.Errorf("export requests --out -: exit %d\nstdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error(`a file named "-" was written`)
	}
}

// TestExportRequestsRoundTrip imports the fixtures, exports them in each format, and imports
// the export into the same database (nothing changes) and into a fresh one (same requests).
func TestExportRequestsRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := filepath.Join(t.TempDir(), "src.db")
	for _, f := range []string{"../../store/exchange/testdata/good.jsonl", "../../store/exchange/testdata/persian.csv"} {
		if err := runImport(ctx, []string{"--db", src, f}); err != nil {
			t.Fatal(err)
		}
	}
	db := openStore(t, src)
	want, err := db.AllRequests(ctx)
	if err != nil || len(want) != 7 {
		t.Fatalf("source: %d requests, %v", len(want), err)
	}
	for _, ext := range []string{"jsonl", "csv", "xlsx"} {
		t.Run(ext, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "requests."+ext)
			if err := runExport(ctx, []string{"requests", "--db", src, "--out", out}); err != nil {
				t.Fatal(err)
			}
			reqs := readExport(t, out)
			res, err := db.UpsertRequests(ctx, reqs)
			if err != nil || res.Unchanged != len(want) || res.Inserted+res.Updated != 0 {
				t.Errorf("re-import into the source: %+v, %v; want %d unchanged", res, err, len(want))
			}
			fresh := openStore(t, filepath.Join(t.TempDir(), "fresh.db"))
			if _, err := fresh.UpsertRequests(ctx, reqs); err != nil {
				t.Fatal(err)
			}
			got, err := fresh.AllRequests(ctx)
			if err != nil || len(got) != len(want) {
				t.Fatalf("fresh: %d requests, %v", len(got), err)
			}
			for i := range want {
				g, w := got[i], want[i]
				g.UpdatedAt, w.UpdatedAt = time.Time{}, time.Time{}
				if !g.CreatedAt.Equal(w.CreatedAt) {
					t.Errorf("%s: created_at %v, want %v", w.ID, g.CreatedAt, w.CreatedAt)
				}
				g.CreatedAt, w.CreatedAt = time.Time{}, time.Time{}
				if g != w {
					t.Errorf("request %d:\n got %+v\nwant %+v", i, g, w)
				}
			}
		})
	}
}

func readExport(t *testing.T, path string) []tafkik.Request {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	format, _ := exchange.FormatFromPath(path)
	var reqs []tafkik.Request
	err = exchange.Read(f, format, exchange.Options{File: path}, func(r exchange.Row) error {
		if r.Err != nil {
			return r.Err
		}
		reqs = append(reqs, r.Request)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return reqs
}

func TestExportUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	tests := []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"nonsense", "--db", db, "--out", "x.csv"}, 2},
		{[]string{"triage", "--db", db}, 2},
		{[]string{"requests", "--db", db, "--out", filepath.Join(t.TempDir(), "x.pdf")}, 2},
	}
	for _, tt := range tests {
		err := runExport(context.Background(), tt.args)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != tt.code {
			t.Errorf("export %s: %v, want exit %d", strings.Join(tt.args, " "), err, tt.code)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("registering an export kind twice did not panic")
		}
	}()
	registerExport("triage", exportTriage)
}

// TestExportTriageWrittenIDs: a file that writes its ids with Persian digits gets them back in
// the triage export, which is joined back to the file by id (a scorer joining «۱۴۰۵۰۲۱۴۰۰۰۰۳»
// to 1405021400003 would find nothing); ids written in ASCII stay so. Imported again in ASCII,
// a request's id is exported in ASCII.
func TestExportTriageWrittenIDs(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	if err := runImport(ctx, []string{"--db", path, "../../store/exchange/testdata/good.jsonl"}); err != nil {
		t.Fatal(err)
	}
	export := func() string {
		out := filepath.Join(t.TempDir(), "triage.csv")
		if err := runExport(ctx, []string{"triage", "--db", path, "--out", out}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
			id, _, _ := strings.Cut(line, ",")
			ids = append(ids, id)
		}
		slices.Sort(ids)
		return strings.Join(ids, " ")
	}
	if got, want := export(), "1405021400001 1405021400002 1405021400004 ۱۴۰۵۰۲۱۴۰۰۰۰۳"; got != want {
		t.Errorf("ids exported %q, want %q", got, want)
	}
	again := filepath.Join(t.TempDir(), "again.jsonl")
	line := `{"id":"1405021400003","district":"3","created_at":"2026-05-05T18:05:00+03:30","category":"روشنایی","text":"چراغ خاموش است"}` + "\n"
	if err := os.WriteFile(again, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := runImport(ctx, []string{"--db", path, again}); err != nil {
		t.Fatal(err)
	}
	if got, want := export(), "1405021400001 1405021400002 1405021400003 1405021400004"; got != want {
		t.Errorf("after the ASCII import, ids exported %q, want %q", got, want)
	}
}
