package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/store"
)

// TestDemoAndScore runs `demo` into a real store and files, then scores the truth against
// itself and against a do-nothing triage (every request alone, nothing flagged).
func TestDemoAndScore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, truth, jsonl := filepath.Join(dir, "d.db"), filepath.Join(dir, "t.csv"), filepath.Join(dir, "d.jsonl")
	args := []string{"demo", "--db", db, "--n", "400", "--seed", "5", "--truth", truth, "--jsonl", jsonl}
	for range 2 { // the second run finds every request unchanged
		if code := run(ctx, args); code != 0 {
			t.Fatalf("demo exit %d", code)
		}
	}
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.CountRequests(ctx)
	district, _ := s.Meta(ctx, "district")
	s.Close()
	if err != nil || n != 400 || district != "3" {
		t.Fatalf("store has %d requests (err %v), district %q; want 400, 3", n, err, district)
	}
	data, err := os.ReadFile(jsonl)
	if err != nil || bytes.Count(data, []byte("\n")) != 400 {
		t.Fatalf("jsonl: %d lines, err %v", bytes.Count(data, []byte("\n")), err)
	}

	// A triage that did nothing: each request its own issue, all municipal.
	f, err := os.Open(truth)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var nothing strings.Builder
	nothing.WriteString("request_id,group_id,jurisdiction\n")
	municipal := 0
	for _, r := range rows[1:] {
		nothing.WriteString(r[0] + ",own-" + r[0] + ",municipality\n")
		if r[2] == "municipality" {
			municipal++
		}
	}
	nothingPath := filepath.Join(dir, "nothing.csv")
	if err := os.WriteFile(nothingPath, []byte(nothing.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name           string
		triage         string
		pairP, pairR   float64
		accuracy       float64
		outsideRecall  float64
		triageIssues   int
		wantTruthMatch bool
	}{
		{"truth against itself", truth, 1, 1, 1, 1, 0, true},
		{"a triage that did nothing", nothingPath, 1, 0, float64(municipal) / 400, 0, 400, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := scoreFiles(truth, tc.triage, 3)
			if err != nil {
				t.Fatal(err)
			}
			near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
			if !near(rep.PairPrecision, tc.pairP) || !near(rep.PairRecall, tc.pairR) ||
				!near(rep.Agency.Accuracy, tc.accuracy) || !near(rep.Agency.OutsideRecall, tc.outsideRecall) {
				t.Errorf("got %+v", rep)
			}
			if tc.wantTruthMatch != (len(rep.WorstSplits) == 0) {
				t.Errorf("worst splits %+v", rep.WorstSplits)
			}
			if tc.wantTruthMatch && rep.TriageIssues != rep.TruthIssues {
				t.Errorf("issues %d, truth %d", rep.TriageIssues, rep.TruthIssues)
			}
			if !tc.wantTruthMatch && rep.TriageIssues != tc.triageIssues {
				t.Errorf("issues %d, want %d", rep.TriageIssues, tc.triageIssues)
			}
			var buf bytes.Buffer
			if err := printScore(&buf, rep, true); err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"pairwise_precision", "pairwise_recall", "bcubed_f1", "truth_issues", "triage_issues", "agency"} {
				if _, ok := m[k]; !ok {
					t.Errorf("--json output lacks %q", k)
				}
			}
		})
	}
}

func TestDemoAndScoreBadArguments(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	noHeader := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(noHeader, []byte("1,G1,municipality\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"demo"}, 2},
		{[]string{"demo", "--jsonl", filepath.Join(dir, "x.jsonl"), "--split", "c"}, 2},
		{[]string{"demo", "--jsonl", filepath.Join(dir, "x.jsonl"), "--hold", "5"}, 2},
		{[]string{"demo", "--jsonl", filepath.Join(dir, "x.jsonl"), "--intake", filepath.Join(dir, "i.jsonl")}, 2},
		{[]string{"demo", "--jsonl", filepath.Join(dir, "x.jsonl"), "--n", "10", "--hold", "10", "--intake", filepath.Join(dir, "i.jsonl")}, 2},
		{[]string{"score", "--truth", noHeader}, 2},
		{[]string{"score", "--truth", noHeader, "--triage", noHeader}, 1},
		{[]string{"score", "--truth", filepath.Join(dir, "missing.csv"), "--triage", noHeader}, 1},
	}
	for _, tc := range tests {
		if code := run(ctx, tc.args); code != tc.want {
			t.Errorf("%v: exit %d, want %d", tc.args, code, tc.want)
		}
	}
}

// TestDemoHoldsBackTheLatest: --hold keeps the latest requests out of the district and
// writes them for the center's intake; the two files together are the whole district.
func TestDemoHoldsBackTheLatest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	jsonl, intakeFile := filepath.Join(dir, "d.jsonl"), filepath.Join(dir, "intake.jsonl")
	if code := run(ctx, []string{"demo", "--n", "300", "--seed", "5", "--jsonl", jsonl, "--hold", "12", "--intake", intakeFile}); code != 0 {
		t.Fatalf("demo exit %d", code)
	}
	read := func(path string) []map[string]any {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var out []map[string]any
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatal(err)
			}
			out = append(out, m)
		}
		return out
	}
	district, held := read(jsonl), read(intakeFile)
	if len(district) != 288 || len(held) != 12 {
		t.Fatalf("%d in the district, %d held back; want 288 and 12", len(district), len(held))
	}
	latest := ""
	for _, r := range district {
		if at := r["created_at"].(string); at > latest {
			latest = at
		}
	}
	for _, r := range held {
		if at := r["created_at"].(string); at < latest {
			t.Errorf("held-back %v (%s) is older than the district's latest %s", r["id"], at, latest)
		}
	}
}
