package eval

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tafkik "github.com/tafkik/tafkik"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// split turns "a b c|d e|f" into an assignment: each |-separated part is one group.
func split(s string) map[string]string {
	m := map[string]string{}
	for gi, part := range strings.Split(s, "|") {
		for _, id := range strings.Fields(part) {
			m[id] = fmt.Sprintf("g%d", gi)
		}
	}
	return m
}

func TestPairwiseAndBCubed(t *testing.T) {
	tests := []struct {
		name                 string
		truth, got           string
		wantP, wantR         float64 // pairwise
		wantBP, wantBR, want float64 // B-cubed
	}{
		// Truth pairs: ab ac bc de = 4. Predicted pairs: ab cd ef = 3. Shared: ab = 1.
		// B³ precision per item: a 1, b 1, c 1/2, d 1/2, e 1/2, f 1/2 → 4/6.
		// B³ recall per item: a 2/3, b 2/3, c 1/3, d 1/2, e 1/2, f 1 → 11/18. F1 = 44/69.
		{"hand example", "a b c|d e|f", "a b|c d|e f", 1.0 / 3, 1.0 / 4, 4.0 / 6, 11.0 / 18, 44.0 / 69},
		{"identical", "a b c|d e|f", "x y|z", 1, 1, 1, 1, 1}, // see got override below
		// All singletons: no pair claimed (precision 1), none found (recall 0).
		// B³ recall: a,b,c 1/3 each, d,e 1/2 each, f 1 → (1+1+1)/6 = 1/2.
		{"all singletons", "a b c|d e|f", "a|b|c|d|e|f", 1, 0, 1, 0.5, 2.0 / 3},
		// One big group: 15 pairs claimed, 4 true. B³ precision: a,b,c 3/6, d,e 2/6, f 1/6 → 14/36.
		{"one group", "a b c|d e|f", "a b c d e f", 4.0 / 15, 1, 14.0 / 36, 1, 2 * (14.0 / 36) / (14.0/36 + 1)},
		// f missing from got counts as its own group; c alone too.
		// Truth pairs 3 (ab ac bc); predicted ab = 1 shared. B³: P all 1; R a,b 2/3, c 1/3, f 1 → (2/3+2/3+1/3+1)/4 = 2/3.
		{"missing request", "a b c|f", "a b|c", 1, 1.0 / 3, 1, 2.0 / 3, 0.8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			truth, got := split(tc.truth), split(tc.got)
			if tc.name == "identical" {
				got = map[string]string{}
				for id, g := range truth {
					got[id] = "renamed-" + g
				}
			}
			p, r := Pairwise(truth, got)
			if !near(p, tc.wantP) || !near(r, tc.wantR) {
				t.Errorf("Pairwise = %.4f, %.4f; want %.4f, %.4f", p, r, tc.wantP, tc.wantR)
			}
			bp, br, f := BCubed(truth, got)
			if !near(bp, tc.wantBP) || !near(br, tc.wantBR) || !near(f, tc.want) {
				t.Errorf("BCubed = %.4f, %.4f, %.4f; want %.4f, %.4f, %.4f", bp, br, f, tc.wantBP, tc.wantBR, tc.want)
			}
		})
	}
}

func TestGroups(t *testing.T) {
	if n := Groups(split("a b c|d e|f")); n != 3 {
		t.Errorf("Groups = %d, want 3", n)
	}
}

func TestAgency(t *testing.T) {
	const (
		mun    = tafkik.AgencyMunicipality
		water  = tafkik.AgencyWater
		power  = tafkik.AgencyPower
		gas    = tafkik.AgencyGas
		police = tafkik.AgencyPolice
	)
	tests := []struct {
		name        string
		truth, got  map[string]tafkik.Agency
		acc, op, or float64
		ffr         float64
	}{
		// r1 right, r2 false flag, r3 right, r4 outside but wrong agency, r5 missed (no flag).
		// Accuracy 2/5; flagged outside r2 r3 r4, truly outside r3 r4 → 2/3; outside r3 r4 r5,
		// found r3 r4 → 2/3; municipal r1 r2, r2 flagged → 1/2.
		{"hand example",
			map[string]tafkik.Agency{"r1": mun, "r2": mun, "r3": water, "r4": power, "r5": police},
			map[string]tafkik.Agency{"r1": mun, "r2": water, "r3": water, "r4": gas},
			0.4, 2.0 / 3, 2.0 / 3, 0.5},
		{"perfect", map[string]tafkik.Agency{"a": mun, "b": gas}, map[string]tafkik.Agency{"a": mun, "b": gas}, 1, 1, 1, 0},
		// Nothing flagged: precision is vacuous (1), recall 0.
		{"nothing flagged", map[string]tafkik.Agency{"a": mun, "b": gas}, nil, 0.5, 1, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Agency(tc.truth, tc.got)
			if !near(s.Accuracy, tc.acc) || !near(s.OutsidePrecision, tc.op) || !near(s.OutsideRecall, tc.or) || !near(s.FalseFlagRate, tc.ffr) {
				t.Errorf("got %+v; want acc %.3f op %.3f or %.3f ffr %.3f", s, tc.acc, tc.op, tc.or, tc.ffr)
			}
		})
	}
}

func TestReadCSV(t *testing.T) {
	tests := []struct {
		file    string
		wantErr string
		groups  int
	}{
		{"truth.csv", "", 2},
		{"reordered_bom.csv", "", 2},
		{"bad_agency.csv", "line 3", 0},
		{"bad_header.csv", "group_id", 0},
		{"duplicate.csv", "line 3: request 1 appears twice", 0},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := ReadCSV(f)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want it to mention %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if Groups(a.Groups) != tc.groups || a.Agencies["3"] != tafkik.AgencyWater {
				t.Errorf("got %+v", a)
			}
		})
	}
}

func BenchmarkScore100k(b *testing.B) {
	truth, got := map[string]string{}, map[string]string{}
	ag := map[string]tafkik.Agency{}
	for i := range 100000 {
		id := fmt.Sprint(i)
		truth[id] = fmt.Sprint(i / 3)
		got[id] = fmt.Sprint(i / 4)
		ag[id] = tafkik.Agencies[i%7]
	}
	b.ResetTimer()
	for b.Loop() {
		Pairwise(truth, got)
		BCubed(truth, got)
		Agency(ag, ag)
	}
}

// FuzzReadCSV: any input gives assignments or an error, never a panic, and what is read
// always has a known agency for every request.
func FuzzReadCSV(f *testing.F) {
	for _, name := range []string{"truth.csv", "reordered_bom.csv", "bad_agency.csv", "duplicate.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadCSV(strings.NewReader(string(data)))
		if err != nil {
			return
		}
		for id := range a.Groups {
			if !a.Agencies[id].Valid() {
				t.Fatalf("request %q read with agency %q", id, a.Agencies[id])
			}
		}
	})
}

func TestWorst(t *testing.T) {
	// Truth a b c d | e f; got a b | c d e f. The true group abcd lost ac ad bc bd = 4 pairs;
	// the predicted group cdef made ce cf de df = 4 false pairs.
	truth, got := split("a b c d|e f"), split("a b|c d e f")
	splits, merges := Worst(truth, got, 5)
	if len(splits) != 1 || splits[0].Group != "g0" || splits[0].Pairs != 4 || splits[0].Pieces != 2 || splits[0].Size != 4 {
		t.Errorf("splits = %+v", splits)
	}
	if len(merges) != 1 || merges[0].Group != "g1" || merges[0].Pairs != 4 || merges[0].Pieces != 2 || merges[0].Size != 4 {
		t.Errorf("merges = %+v", merges)
	}
	if s, m := Worst(truth, truth, 5); len(s)+len(m) != 0 {
		t.Errorf("a perfect grouping has errors: %+v %+v", s, m)
	}
}
