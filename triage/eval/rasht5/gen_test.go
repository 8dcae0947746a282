package rasht5

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/tafkik/tafkik/store/exchange"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestDeterministicPerSeed(t *testing.T) {
	tests := []struct {
		name       string
		a, b       int64
		wantEquals bool
	}{
		{"same seed", 7, 7, true},
		{"other seed", 7, 8, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ra, err := Generate(Options{Seed: tt.a, N: 800})
			if err != nil {
				t.Fatal(err)
			}
			rb, err := Generate(Options{Seed: tt.b, N: 800})
			if err != nil {
				t.Fatal(err)
			}
			ja, _ := json.Marshal(ra)
			jb, _ := json.Marshal(rb)
			if got := bytes.Equal(ja, jb); got != tt.wantEquals {
				t.Errorf("equal output = %v, want %v", got, tt.wantEquals)
			}
		})
	}
}

func TestTruthCoversEveryRequest(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 3, N: 1500}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if h := recs[0]; len(h) != 3 || h[0] != "request_id" || h[1] != "group_id" || h[2] != "jurisdiction" {
		t.Fatalf("header %v", h)
	}
	agencies := map[string]bool{}
	for _, a := range tafkikAgencies {
		agencies[a] = true
	}
	truth := map[string]bool{}
	for _, r := range recs[1:] {
		if truth[r[0]] {
			t.Errorf("request %s twice in truth", r[0])
		}
		truth[r[0]] = true
		if !agencies[r[2]] {
			t.Errorf("request %s: jurisdiction %q", r[0], r[2])
		}
		if r[1] == "" {
			t.Errorf("request %s: no group", r[0])
		}
	}
	rows := readRows(t, filepath.Join(dir, "requests.jsonl"))
	if len(rows) != 1500 || len(truth) != 1500 {
		t.Fatalf("%d requests, %d truth rows, want 1500", len(rows), len(truth))
	}
	for _, r := range rows {
		if !truth[r.Request.ID] {
			t.Errorf("request %s has no truth", r.Request.ID)
		}
	}
}

var tafkikAgencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

func readRows(t *testing.T, path string) []exchange.Row {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []exchange.Row
	err = exchange.Read(f, exchange.JSONL, exchange.Options{File: path}, func(r exchange.Row) error {
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestImportsCleanly reads the file with the real importer and stores it in a real database.
func TestImportsCleanly(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	located := 0
	for _, r := range reqs {
		if r.HasLocation {
			located++
		}
	}
	if share := float64(located) / 6000; share < 0.5 || share > 0.7 {
		t.Errorf("%.2f of rows located, want about 0.6", share)
	}
}

// TestDistribution checks the shape the brief asks for: a long tail of issue sizes and a
// 10-15% share of requests for other agencies.
func TestDistribution(t *testing.T) {
	for _, seed := range []int64{7, 23, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		st := summarize(rows)
		small := float64(st.SizeHist[1]+st.SizeHist[2]+st.SizeHist[3]) / float64(st.Issues)
		if small < 0.75 {
			t.Errorf("seed %d: %.2f of issues have 1-3 requests, want most", seed, small)
		}
		if st.Largest < 80 || st.Largest > 130 {
			t.Errorf("seed %d: largest issue %d, want about 100", seed, st.Largest)
		}
		if st.Mid < 10 {
			t.Errorf("seed %d: %d issues of 10-40 requests, want some", seed, st.Mid)
		}
		out := 1 - float64(st.Agency["municipality"])/float64(len(rows))
		if out < 0.10 || out > 0.15 {
			t.Errorf("seed %d: outside share %.3f, want 0.10-0.15", seed, out)
		}
		for _, a := range tafkikAgencies {
			if st.Agency[a] == 0 {
				t.Errorf("seed %d: no request for %s", seed, a)
			}
		}
	}
}
