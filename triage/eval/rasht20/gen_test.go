package rasht20

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func encode(t *testing.T, rows []labelled.Row) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := labelled.WriteJSONL(&b, rows); err != nil {
		t.Fatal(err)
	}
	if err := labelled.WriteTruth(&b, rows); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterministicPerSeed(t *testing.T) {
	gen := func(seed int64) []byte {
		rows, err := Generate(Options{Seed: seed, N: 1500})
		if err != nil {
			t.Fatal(err)
		}
		return encode(t, rows)
	}
	a, b, c := gen(7), gen(7), gen(8)
	if !bytes.Equal(a, b) {
		t.Error("seed 7 twice gave different sets")
	}
	if bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 gave the same set")
	}
}

// TestImportsAndTruth writes a full set and reads it back through the real importer into a
// real SQLite store, and the truth: every request once, with a known agency.
func TestImportsAndTruth(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 7}); err != nil {
		t.Fatal(err)
	}
	reqs := labelledtest.Import(t, dir, 6000)
	truth := labelledtest.Truth(t, dir)
	if len(truth.Groups) != 6000 || len(truth.Agencies) != 6000 {
		t.Fatalf("truth holds %d groups and %d agencies for 6000 requests", len(truth.Groups), len(truth.Agencies))
	}
	for _, r := range reqs {
		if truth.Groups[r.ID] == "" {
			t.Fatalf("request %s has no issue in the truth", r.ID)
		}
		if a := truth.Agencies[r.ID]; !a.Valid() {
			t.Fatalf("request %s has agency %q", r.ID, a)
		}
		if r.District != "1" || r.Status == "" || !r.Status.Valid() {
			t.Fatalf("request %s read back as district %q status %q", r.ID, r.District, r.Status)
		}
	}
	for i := 1; i < len(reqs); i++ {
		if reqs[i].CreatedAt.Before(reqs[i-1].CreatedAt) {
			t.Fatalf("request %s comes before %s in time but after it in the file", reqs[i].ID, reqs[i-1].ID)
		}
	}
}

// TestShape holds the figures the README promises, on several seeds.
func TestShape(t *testing.T) {
	for _, seed := range []int64{7, 23, 42, 2026} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		size := map[string]int{}
		outside, located, sameMinute := 0, 0, 0
		for i, r := range rows {
			size[r.Group]++
			if tafkik.Agency(r.Agency).Outside() {
				outside++
			}
			if r.Lat != nil {
				located++
				if *r.Lat < 37.255 || *r.Lat > 37.305 || *r.Lon < 49.565 || *r.Lon > 49.615 {
					t.Errorf("seed %d: request %s at %v,%v is outside central Rasht", seed, r.ID, *r.Lat, *r.Lon)
				}
			}
			if i > 0 && r.CreatedAt.Truncate(60e9).Equal(rows[i-1].CreatedAt.Truncate(60e9)) && r.Group != rows[i-1].Group {
				sameMinute++
			}
		}
		largest := 0
		for _, n := range size {
			largest = max(largest, n)
		}
		n := float64(len(rows))
		for _, c := range []struct {
			what     string
			got      float64
			min, max float64
		}{
			{"requests", n, 6000, 6000},
			{"issues", float64(len(size)), 1800, 3300},
			{"largest issue", float64(largest), 60, 200},
			{"share for other agencies", float64(outside) / n, 0.15, 0.25},
			{"share with coordinates", float64(located) / n, 0.30, 0.60},
			{"different issues typed in the same minute", float64(sameMinute), 20, 2000},
		} {
			if c.got < c.min || c.got > c.max {
				t.Errorf("seed %d: %s %.3f, want %.3f to %.3f", seed, c.what, c.got, c.min, c.max)
			}
		}
	}
}

var number = regexp.MustCompile(`[0-9]{7}`)

// TestFollowUpsQuoteTheirIssue: a request number quoted in a text is an earlier request of
// the same issue, and there are follow-ups to check.
func TestFollowUpsQuoteTheirIssue(t *testing.T) {
	rows, err := Generate(Options{Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	group := map[string]string{}
	quoted := 0
	ascii := strings.NewReplacer("۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
		"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9")
	for _, r := range rows {
		for _, id := range number.FindAllString(ascii.Replace(r.Text), -1) {
			g, ok := group[id]
			if !ok {
				t.Errorf("request %s quotes %s, which is not an earlier request", r.ID, id)
				continue
			}
			if g != r.Group {
				t.Errorf("request %s (issue %s) quotes %s of issue %s", r.ID, r.Group, id, g)
			}
			quoted++
		}
		group[r.ID] = r.Group
	}
	if quoted < 60 {
		t.Errorf("%d follow-ups quote a request number, want at least 60", quoted)
	}
}

// TestOneAgencyAnIssue: an issue is one problem, so one agency.
func TestOneAgencyAnIssue(t *testing.T) {
	rows, err := Generate(Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	agency := map[string]string{}
	for _, r := range rows {
		if a, ok := agency[r.Group]; ok && a != r.Agency {
			t.Fatalf("issue %s has agencies %s and %s", r.Group, a, r.Agency)
		}
		agency[r.Group] = r.Agency
	}
}

func TestSummarize(t *testing.T) {
	rows, err := Generate(Options{Seed: 7, N: 300})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(rows)
	for _, want := range []string{"requests 300,", "largest issues [", "other agencies"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

// TestSpotsApart holds the generator to the labelling rule it documents: two issues of one
// problem family on one road closer than 300 m are never concurrent (a defect or chronic
// episode 45 days apart, a flood on another rain), so the truth never splits one spot.
func TestSpotsApart(t *testing.T) {
	for _, seed := range []int64{7, 2026} {
		g := &gen{opt: Options{Seed: seed}.withDefaults(), city: newCity()}
		g.rng = newRand(g.opt.Seed)
		g.rains()
		g.issues()
		checked := 0
		for i, a := range g.list {
			for _, b := range g.list[i+1:] {
				if a.road == nil || a.road != b.road || a.prob.family != b.prob.family {
					continue
				}
				checked++
				if a.prob.ep == flood {
					if a.rain == b.rain && abs(a.at-b.at) < sameSpotRange {
						t.Errorf("seed %d: floods %s and %s on one rain %.0f m apart", seed, a.id, b.id, abs(a.at-b.at))
					}
					continue
				}
				near := abs(a.at-b.at) < sameSpotRange
				if a.prob.family == "dark" {
					near = a.from < b.to && b.from < a.to
				}
				if near && a.start.Before(b.end.Add(episodeGap)) && b.start.Before(a.end.Add(episodeGap)) {
					t.Errorf("seed %d: issues %s and %s (%s on %s) %.0f m apart overlap in time", seed, a.id, b.id, a.prob.key, a.road.key, abs(a.at-b.at))
				}
			}
		}
		if checked < 1000 {
			t.Errorf("seed %d: only %d pairs of issues on one road and problem to check", seed, checked)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
