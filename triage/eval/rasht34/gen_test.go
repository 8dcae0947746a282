package rasht34

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func jsonl(t *testing.T, opt Options) []byte {
	t.Helper()
	rows, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := labelled.WriteJSONL(&b, rows); err != nil {
		t.Fatal(err)
	}
	if err := labelled.WriteTruth(&b, rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterministic(t *testing.T) {
	a := jsonl(t, Options{Seed: 7, N: 1500})
	b := jsonl(t, Options{Seed: 7, N: 1500})
	if !bytes.Equal(a, b) {
		t.Error("seed 7 written twice differs")
	}
	if c := jsonl(t, Options{Seed: 8, N: 1500}); bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 wrote the same set")
	}
}

// TestFullSetReadsBack writes the 6,000-request set, imports it into a real store and checks
// the truth and the distribution the README promises.
func TestFullSetReadsBack(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 {
		t.Fatalf("truth covers %d requests, want 6000", len(truth.Groups))
	}
	size := map[string]int{}
	other, pinned := 0, 0
	for i, r := range reqs {
		g, ok := truth.Groups[r.ID]
		if !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		if r.District != "3" {
			t.Fatalf("request %s in district %q", r.ID, r.District)
		}
		if i > 0 && r.CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Fatalf("request %s out of time order", r.ID)
		}
		size[g]++
		if truth.Agencies[r.ID] != "municipality" {
			other++
		}
		if r.HasLocation {
			pinned++
		}
	}
	sizes := make([]int, 0, len(size))
	singles := 0
	for _, n := range size {
		sizes = append(sizes, n)
		if n == 1 {
			singles++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	// Most issues draw one or two requests and a few dozens: 2 to 2.7 requests an issue.
	if n := len(size); n < 2200 || n > 3000 {
		t.Errorf("%d issues for 6000 requests, want 2200..3000", n)
	}
	if share := float64(singles) / float64(len(size)); share < 0.5 || share > 0.75 {
		t.Errorf("%.2f of issues have one request, want 0.5..0.75", share)
	}
	if sizes[0] < 80 || sizes[0] > 130 {
		t.Errorf("largest issue has %d requests, want about a hundred", sizes[0])
	}
	if sizes[9] < 20 {
		t.Errorf("tenth largest issue has %d requests, want a few dozen", sizes[9])
	}
	if share := float64(other) / 6000; share < 0.12 || share > 0.24 {
		t.Errorf("%.3f of requests belong to another agency, want 0.12..0.24", share)
	}
	if share := float64(pinned) / 6000; share < 0.22 || share > 0.38 {
		t.Errorf("%.3f of requests have coordinates, want 0.22..0.38", share)
	}
}

// TestEpisodesKeepApart: two issues of one problem at one spot never come closer than the
// labelling rule's three weeks.
func TestEpisodesKeepApart(t *testing.T) {
	g := &generator{opt: Options{Seed: 1}.withDefaults(), rng: newRand(1), episodes: map[episodeKey][][2]time.Time{}}
	s, p := &spot{}, &problems[0]
	if g.place(p, s, 10, 5, 3) == nil {
		t.Fatal("first episode refused")
	}
	for _, tc := range []struct {
		start int
		ok    bool
	}{{12, false}, {30, false}, {5, false}, {60, true}} {
		g.rng = newRand(1)
		if got := g.place(p, s, tc.start, 0, 1) != nil; got != tc.ok {
			t.Errorf("episode on day %d accepted %v, want %v", tc.start, got, tc.ok)
		}
	}
}

// TestEpisodesComeBack: problems end and come back at the same spot, as the README says; a
// year with no second episode anywhere would not test the episode rule.
func TestEpisodesComeBack(t *testing.T) {
	g := &generator{opt: Options{Seed: 7}.withDefaults(), rng: newRand(7), hoods: buildWorld(),
		episodes: map[episodeKey][][2]time.Time{}}
	for k := atAlley; k <= atPark; k++ {
		g.spots[k] = spotsOf(g.hoods, k)
	}
	issues := g.issues()
	again := 0
	for _, eps := range g.episodes {
		if len(eps) > 1 {
			again += len(eps) - 1
		}
	}
	t.Logf("%d issues, %d of them a later episode at a spot", len(issues), again)
	if again < 100 {
		t.Errorf("%d later episodes in a year, want at least 100", again)
	}
}

func TestWriteMakesFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := Write(dir, Options{Seed: 2026, N: 300}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"requests.jsonl", "truth.csv"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
}
