package rasht16

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func readSet(t *testing.T, dir string) (jsonl, truth []byte) {
	t.Helper()
	var err error
	if jsonl, err = os.ReadFile(filepath.Join(dir, "requests.jsonl")); err != nil {
		t.Fatal(err)
	}
	if truth, err = os.ReadFile(filepath.Join(dir, "truth.csv")); err != nil {
		t.Fatal(err)
	}
	return jsonl, truth
}

// TestDeterministic: a seed is a set, byte for byte; another seed is another set.
func TestDeterministic(t *testing.T) {
	write := func(seed int64) ([]byte, []byte) {
		dir := t.TempDir()
		if err := Write(dir, Options{Seed: seed, N: 1500}); err != nil {
			t.Fatal(err)
		}
		return readSet(t, dir)
	}
	j1, t1 := write(7)
	j2, t2 := write(7)
	if !bytes.Equal(j1, j2) || !bytes.Equal(t1, t2) {
		t.Fatal("seed 7 written twice differs")
	}
	j3, t3 := write(8)
	if bytes.Equal(j1, j3) || bytes.Equal(t1, t3) {
		t.Fatal("seeds 7 and 8 wrote the same set")
	}
}

// TestFullSetReadsBack: 6,000 requests go through the real importer into a real SQLite
// store, and the truth covers every one of them exactly once with a known agency.
func TestFullSetReadsBack(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 || len(truth.Agencies) != 6000 {
		t.Fatalf("truth has %d groups and %d agencies for 6000 requests", len(truth.Groups), len(truth.Agencies))
	}
	_, raw := readSet(t, dir)
	if lines := bytes.Count(raw, []byte("\n")); lines != 6001 {
		t.Errorf("truth.csv has %d lines, want a header and 6000 rows", lines)
	}
	seen := map[string]bool{}
	for i, r := range reqs {
		if seen[r.ID] {
			t.Errorf("request %s twice", r.ID)
		}
		seen[r.ID] = true
		if truth.Groups[r.ID] == "" {
			t.Errorf("request %s has no issue in the truth", r.ID)
		}
		if a := string(truth.Agencies[r.ID]); !slices.Contains(agencies, a) {
			t.Errorf("request %s: agency %q", r.ID, a)
		}
		if r.District != "1" {
			t.Errorf("request %s: district %q", r.ID, r.District)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Errorf("request %s is earlier than the one before it", r.ID)
		}
	}
}

// TestFloors: the picture of README.md holds for several seeds. The ranges are what an
// old-town district looks like; outside them the set describes another place.
func TestFloors(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			g, err := generate(Options{Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			n := len(g.reqs)
			if n != 6000 {
				t.Fatalf("%d requests", n)
			}
			size := map[string]int{}
			others, located, two := 0, 0, 0
			for _, r := range g.reqs {
				size[r.row.Group]++
				if r.row.Agency != municipality {
					others++
				}
				if r.row.Lat != nil {
					located++
				}
				if r.second != nil {
					two++
				}
			}
			sizes := make([]int, 0, len(size))
			for _, s := range size {
				sizes = append(sizes, s)
			}
			slices.Sort(sizes)
			slices.Reverse(sizes)
			share := func(k int) float64 { return float64(k) / float64(n) }
			t.Logf("other agencies %.3f, with a pin %.3f, two problems %.3f, %d issues, largest %v",
				share(others), share(located), share(two), len(sizes), sizes[:5])
			for _, c := range []struct {
				what     string
				got      float64
				min, max float64
			}{
				{"share of other agencies", share(others), 0.10, 0.20},
				{"share with coordinates", share(located), 0.20, 0.45},
				{"share of two-problem requests", share(two), 0.03, 0.12},
				{"issues", float64(len(sizes)), 1800, 3300},
				{"largest issue", float64(sizes[0]), 60, 200},
				{"fifth largest issue", float64(sizes[4]), 25, 200},
			} {
				if c.got < c.min || c.got > c.max {
					t.Errorf("%s = %.3f, want %.3f to %.3f", c.what, c.got, c.min, c.max)
				}
			}
		})
	}
}

// TestLabellingRule checks the truth against the rule of README.md: episodes of one area
// problem at one spot 30 days apart, distinct objects for point problems, no-place requests
// alone, follow-ups quoting an earlier request of their own issue.
func TestLabellingRule(t *testing.T) {
	g, err := generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		p     string
		spot  int
		plate int
	}
	seen := map[key][]*issue{}
	for _, is := range g.issues {
		if is.s == nil {
			if is.size != 1 {
				t.Errorf("issue %d gives no place and has %d requests", is.id, is.size)
			}
			continue
		}
		if !is.p.fits(is.s) {
			t.Errorf("issue %d: %s cannot happen at a spot of kind %d", is.id, is.p.key, is.s.kind)
		}
		k := key{is.p.key, is.s.id, is.plate}
		for _, o := range seen[k] {
			if !is.p.area {
				t.Errorf("issues %d and %d: the same %s at plate %d", o.id, is.id, is.p.key, is.plate)
			} else if is.start < o.start+o.dur+30 && o.start < is.start+is.dur+30 {
				t.Errorf("issues %d and %d: %s at spot %d less than 30 days apart", o.id, is.id, is.p.key, is.s.id)
			}
		}
		seen[k] = append(seen[k], is)
	}
	group := map[string]string{}
	index := map[string]int{}
	code := regexp.MustCompile(`1404\d{6}`)
	follows := 0
	for i, r := range g.reqs {
		group[r.row.ID] = r.row.Group
		index[r.row.ID] = i
		if r.is.s == nil && (r.row.Lat != nil || placeWord.MatchString(r.row.Address)) {
			t.Errorf("request %s should give no place: %q %q", r.row.ID, r.row.Address, r.row.Text)
		}
		for _, m := range code.FindAllString(asciiDigits(r.row.Text), -1) {
			follows++
			if group[m] != r.row.Group || index[m] >= i {
				t.Errorf("request %s quotes %s, not an earlier request of its issue", r.row.ID, m)
			}
		}
	}
	if follows < 30 {
		t.Errorf("%d follow-ups quote a tracking code, want at least 30", follows)
	}
}

var placeWord = regexp.MustCompile(`کوچه|خیابان|بازار|میدان|پلاک`)

func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		}
		return r
	}, s)
}

// TestTexts catches what no citizen or operator writes: a template's placeholder, doubled
// prepositions, empty texts, two sentence ends in a row.
func TestTexts(t *testing.T) {
	rows, err := Generate(Options{Seed: 2026, N: 3000})
	if err != nil {
		t.Fatal(err)
	}
	bad := []string{"{n}", "{", "تو داخل", "در داخل", "تو سر ", "..", "؟.", "!.", "،،", "  "}
	for _, r := range rows {
		if strings.TrimSpace(r.Text) == "" {
			t.Errorf("request %s has no text", r.ID)
		}
		for _, b := range bad {
			if strings.Contains(r.Text, b) || strings.Contains(r.Address, b) {
				t.Errorf("request %s contains %q: %q / %q", r.ID, b, r.Text, r.Address)
			}
		}
	}
}

// TestBatches: operators type in-person and letter requests in later, several in the same
// minute.
func TestBatches(t *testing.T) {
	rows, err := Generate(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	typedIn := func(c string) bool { return c == "مراجعه حضوری" || c == "مکاتبه" }
	perMinute := map[string]int{}
	for _, r := range rows {
		if typedIn(r.Channel) {
			perMinute[r.CreatedAt.Format("2006-01-02T15:04")]++
		}
	}
	typed, batched := 0, 0
	for _, r := range rows {
		if typedIn(r.Channel) {
			typed++
			if perMinute[r.CreatedAt.Format("2006-01-02T15:04")] >= 3 {
				batched++
			}
		}
	}
	if typed < 300 || float64(batched) < 0.97*float64(typed) {
		t.Errorf("%d of %d typed-in requests share their minute with two others, want 97%%", batched, typed)
	}
}

// TestResent: a request sent twice from the app or the web form within minutes is one
// issue, and there are enough of them to matter.
func TestResent(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	last := map[string]int{}
	twins := 0
	for i, r := range rows {
		k := r.Text + "\x00" + r.Address
		if j, ok := last[k]; ok && r.CreatedAt.Sub(rows[j].CreatedAt) < 10*time.Minute {
			twins++
			if rows[j].Group != r.Group {
				t.Errorf("requests %s and %s are the same text minutes apart but issues %s and %s", rows[j].ID, r.ID, rows[j].Group, r.Group)
			}
		}
		last[k] = i
	}
	if twins < 20 {
		t.Errorf("%d requests sent twice, want at least 20", twins)
	}
}

// TestSizes: any N gives exactly N requests with their truth, however few; a bad N is an
// error.
func TestSizes(t *testing.T) {
	for _, n := range []int{1, 2, 7, 40, 333} {
		rows, err := Generate(Options{Seed: 3, N: n})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != n {
			t.Errorf("N=%d gave %d requests", n, len(rows))
		}
		for _, r := range rows {
			if r.Group == "" || r.Agency == "" || r.ID == "" {
				t.Errorf("N=%d: request without truth: %+v", n, r)
			}
		}
	}
	if _, err := Generate(Options{N: -5}); err == nil {
		t.Error("N=-5 gave no error")
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 7, N: 2000})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 2000, issues ", "largest issues:", "municipality", "police", "with coordinates: "} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}
