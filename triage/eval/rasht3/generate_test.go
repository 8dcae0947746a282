package rasht3

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled/labelledtest"
)

func TestGenerateIsDeterministicPerSeed(t *testing.T) {
	for _, seed := range []int64{1, 7, 42} {
		a, err := Generate(Options{Seed: seed, N: 800})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Generate(Options{Seed: seed, N: 800})
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("seed %d: two runs differ", seed)
		}
		c, _ := Generate(Options{Seed: seed + 1000, N: 800})
		if reflect.DeepEqual(a, c) {
			t.Fatalf("seed %d and %d gave the same rows", seed, seed+1000)
		}
	}
}

func TestGenerateOptions(t *testing.T) {
	end := time.Date(2026, 3, 1, 0, 0, 0, 0, irst)
	tests := []struct {
		name    string
		opt     Options
		n       int
		wantErr bool
	}{
		{"defaults", Options{Seed: 3}, 6000, false},
		{"small", Options{Seed: 3, N: 50}, 50, false},
		{"one", Options{Seed: 3, N: 1}, 1, false},
		{"negative", Options{N: -1}, 0, true},
		{"empty window", Options{N: 10, Start: end, End: end}, 0, true},
		{"own window", Options{Seed: 3, N: 300, Start: end.AddDate(0, -2, 0), End: end}, 300, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := Generate(tc.opt)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if len(rows) != tc.n {
				t.Fatalf("%d rows, want %d", len(rows), tc.n)
			}
			o := tc.opt
			_ = o.defaults()
			ids := map[string]bool{}
			for _, r := range rows {
				if ids[r.ID] {
					t.Fatalf("id %s twice", r.ID)
				}
				ids[r.ID] = true
				if r.CreatedAt.Before(o.Start) || r.CreatedAt.After(o.End) {
					t.Fatalf("%s at %s, outside %s..%s", r.ID, r.CreatedAt, o.Start, o.End)
				}
				if strings.TrimSpace(r.Text) == "" || r.District != o.District {
					t.Fatalf("row %+v: empty text or wrong district", r)
				}
			}
		})
	}
}

// readTruth reads truth.csv and checks its shape.
func readTruth(t *testing.T, path string) map[string][2]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "request_id,group_id,jurisdiction" {
		t.Fatalf("header %q", got)
	}
	truth := map[string][2]string{}
	for _, r := range recs[1:] {
		if _, dup := truth[r[0]]; dup {
			t.Fatalf("truth names %s twice", r[0])
		}
		if !tafkik.Agency(r[2]).Valid() {
			t.Fatalf("truth %v: unknown agency", r)
		}
		truth[r[0]] = [2]string{r[1], r[2]}
	}
	return truth
}

func TestWriteImportsCleanlyAndTruthCoversEveryRequest(t *testing.T) {
	dir := t.TempDir()
	const n = 6000
	if err := Write(dir, Options{Seed: 7, N: n}); err != nil {
		t.Fatal(err)
	}
	truth := readTruth(t, filepath.Join(dir, "truth.csv"))
	if len(truth) != n {
		t.Fatalf("truth has %d rows, want %d", len(truth), n)
	}

	// the real importer and the real store: no bad rows
	reqs := labelledtest.Import(t, dir, n)
	located := 0
	for _, r := range reqs {
		if _, ok := truth[r.ID]; !ok {
			t.Fatalf("request %s has no truth", r.ID)
		}
		if r.HasLocation {
			located++
		}
	}
	if share := float64(located) / n; share < 0.55 || share > 0.65 {
		t.Errorf("%.2f of rows have coordinates, want about 0.6", share)
	}
}

func TestJSONLOmitsMissingCoordinates(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, Options{Seed: 2, N: 300}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	with, without := 0, 0
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"id", "district", "created_at", "category", "text", "address", "channel", "status"} {
			if _, ok := m[k]; !ok {
				t.Fatalf("line lacks %q: %s", k, sc.Text())
			}
		}
		if _, err := time.Parse(time.RFC3339, m["created_at"].(string)); err != nil {
			t.Fatal(err)
		}
		_, lat := m["lat"]
		_, lon := m["lon"]
		switch {
		case lat && lon:
			with++
		case !lat && !lon:
			without++
		default:
			t.Fatalf("lat without lon: %s", sc.Text())
		}
	}
	if with == 0 || without == 0 {
		t.Fatalf("with %d, without %d coordinates: want both", with, without)
	}
}

// stats of one generated set, by issue.
type setStats struct {
	issues, singles, over10, over40, max int
	outside                              map[tafkik.Agency]int
}

func statsOf(rows []Row) setStats {
	size := map[string]int{}
	st := setStats{outside: map[tafkik.Agency]int{}}
	for _, r := range rows {
		size[r.GroupID]++
		st.outside[r.Jurisdiction]++
	}
	st.issues = len(size)
	for _, n := range size {
		switch {
		case n == 1:
			st.singles++
		case n > 40:
			st.over40++
		}
		if n >= 10 {
			st.over10++
		}
		st.max = max(st.max, n)
	}
	return st
}

func TestIssueSizesAndAgenciesAreSane(t *testing.T) {
	for _, seed := range []int64{1, 7, 42} {
		rows, err := Generate(Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		st := statsOf(rows)
		n := float64(len(rows))
		kindOf := map[string]string{}
		for _, r := range rows {
			if k, ok := kindOf[r.GroupID]; ok && k != r.Kind {
				t.Fatalf("seed %d: issue %s mixes %s and %s", seed, r.GroupID, k, r.Kind)
			}
			kindOf[r.GroupID] = r.Kind
			if kindByCode(r.Kind).agency != r.Jurisdiction {
				t.Fatalf("seed %d: %s labelled %s, its kind %s belongs to %s", seed, r.ID, r.Jurisdiction, r.Kind, kindByCode(r.Kind).agency)
			}
		}
		mean := n / float64(st.issues)
		if mean < 2 || mean > 4.5 {
			t.Errorf("seed %d: %.2f requests per issue, want 2..4.5", seed, mean)
		}
		if s := float64(st.singles) / float64(st.issues); s < 0.4 || s > 0.75 {
			t.Errorf("seed %d: %.2f of issues have one request, want most", seed, s)
		}
		if st.over10 < 30 || st.over40 < 2 || st.max < 70 || st.max > 200 {
			t.Errorf("seed %d: tail %d issues ≥10, %d >40, largest %d", seed, st.over10, st.over40, st.max)
		}
		out := n - float64(st.outside[tafkik.AgencyMunicipality])
		if share := out / n; share < 0.10 || share > 0.16 {
			t.Errorf("seed %d: %.3f of requests belong to other agencies, want 0.10..0.16", seed, share)
		}
		for _, a := range tafkik.Agencies {
			if st.outside[a] == 0 {
				t.Errorf("seed %d: no request for %s", seed, a)
			}
		}
	}
}

// TestHardCasesArePresent checks that the plan holds the cases the grouping must not chain:
// the same problem again months later, the next alley with the same problem, and another
// problem at the same place in the same weeks, each its own issue.
func TestHardCasesArePresent(t *testing.T) {
	o := Options{Seed: 11}
	if err := o.defaults(); err != nil {
		t.Fatal(err)
	}
	g := &gen{rng: newRand(o.Seed), w: buildWorld(), opt: o, byKey: map[string][]*issue{},
		span: o.End.Sub(o.Start).Hours() / 24}
	g.planStorms()
	g.plan()
	var recur, nextAlley, otherProblem int
	byPlace := map[string][]*issue{}
	for _, is := range g.issues {
		if is.prev != nil {
			recur++
			if is.prev.p.key != is.p.key || is.prev.k != is.k {
				t.Fatalf("recurrence %s is not at its episode's place", is.id)
			}
			if gap := is.times[0].Sub(is.prev.times[len(is.prev.times)-1]); gap < 60*24*time.Hour {
				t.Fatalf("recurrence %s only %s after the last report", is.id, gap)
			}
		}
		byPlace[is.p.key] = append(byPlace[is.p.key], is)
	}
	for _, is := range g.issues {
		for _, o := range byPlace[is.p.key] {
			if o != is && o.k != is.k && near(is, o) {
				otherProblem++
			}
		}
		if is.p.lv == lvAlley {
			for _, a := range is.p.street.alleys {
				if a == is.p.alley || math.Abs(a.atMetre-is.p.alley.atMetre) > 130 {
					continue
				}
				for _, o := range byPlace[g.w.alleyPlace(a).key] {
					if o.k == is.k && near(is, o) {
						nextAlley++
					}
				}
			}
		}
	}
	if recur < 40 || nextAlley < 40 || otherProblem < 40 {
		t.Fatalf("recurrences %d, next-alley pairs %d, other-problem pairs %d: want ≥40 each",
			recur, nextAlley, otherProblem)
	}
	// no two episodes of one problem at one place overlap
	for key, iss := range g.byKey {
		for i, a := range iss {
			for _, b := range iss[i+1:] {
				if overlaps(a, b) {
					t.Fatalf("%s: issues %s and %s overlap", key, a.id, b.id)
				}
			}
		}
	}
}

// near: the two issues' reports come within two weeks of each other.
func near(a, b *issue) bool {
	const twoWeeks = 14 * 24 * time.Hour
	return !a.times[len(a.times)-1].Add(twoWeeks).Before(b.times[0]) && !b.times[len(b.times)-1].Add(twoWeeks).Before(a.times[0])
}

func overlaps(a, b *issue) bool {
	return !a.times[len(a.times)-1].Before(b.times[0]) && !b.times[len(b.times)-1].Before(a.times[0])
}

func TestCoordinatesAreNoisyButNear(t *testing.T) {
	rng := newRand(5)
	p := point{37.28, 49.58}
	for range 2000 {
		q := jitter(rng, p)
		d := math.Hypot((q.lat-p.lat)*111320, (q.lon-p.lon)*111320*math.Cos(p.lat*math.Pi/180))
		if d < 19.9 || d > 150.1 {
			t.Fatalf("jitter moved %.1f m, want 20..150", d)
		}
	}
}

func TestNumberWords(t *testing.T) {
	tests := []struct {
		n             int
		card, ordinal string
	}{
		{1, "یک", "اول"},
		{2, "دو", "دوم"},
		{3, "سه", "سوم"},
		{12, "دوازده", "دوازدهم"},
		{21, "بیست و یک", "بیست و یکم"},
		{23, "بیست و سه", "بیست و سوم"},
		{30, "سی", "سی‌ام"},
		{124, "صد و بیست و چهار", "صد و بیست و چهارم"},
	}
	for _, tc := range tests {
		if got := cardinal(tc.n); got != tc.card {
			t.Errorf("cardinal(%d) = %q, want %q", tc.n, got, tc.card)
		}
		if got := ordinal(tc.n); got != tc.ordinal {
			t.Errorf("ordinal(%d) = %q, want %q", tc.n, got, tc.ordinal)
		}
	}
}

func TestKindTablesAreComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range kinds {
		if seen[k.code] {
			t.Errorf("kind %s twice", k.code)
		}
		seen[k.code] = true
		if !k.agency.Valid() || len(k.cats) == 0 || len(k.levels) == 0 || len(k.core) < 3 ||
			len(k.extra) == 0 || len(k.ask) == 0 || len(k.op) == 0 || len(k.opAsk) == 0 || len(k.fi) == 0 {
			t.Errorf("kind %s is missing phrases", k.code)
		}
		for _, c := range k.again {
			if kindByCode(c) == nil {
				t.Errorf("kind %s: unknown companion %s", k.code, c)
			}
		}
		if !slices.Contains(allCats, k.cats[0]) {
			t.Errorf("kind %s: category %q not in the list", k.code, k.cats[0])
		}
	}
	for code := range moreCore {
		if kindByCode(code) == nil {
			t.Errorf("more phrases for unknown kind %s", code)
		}
	}
	for code := range passing {
		if k := kindByCode(code); k == nil || k.agency != tafkik.AgencyMunicipality {
			t.Errorf("passing mentions for %s: want a municipal kind", code)
		}
	}
}

func BenchmarkGenerate6000(b *testing.B) {
	for b.Loop() {
		if _, err := Generate(Options{Seed: 7}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestVaryKeepsWholeWords(t *testing.T) {
	tests := []struct{ in, mustKeep string }{
		{"روبروی بانک رو ببینید", "روبروی"},
		{"پیاده‌رو شکسته رو درست کنید", "پیاده‌رو"},
		{"ساکن اینجا هستم و هست", "هستم"},
		{"نشده و شده", "نشده"},
	}
	for _, tc := range tests {
		for seed := range int64(30) {
			if got := vary(newRand(seed), tc.in); !strings.Contains(got, tc.mustKeep) {
				t.Fatalf("vary(%q) = %q: lost %q", tc.in, got, tc.mustKeep)
			}
		}
	}
	changed := false
	for seed := range int64(30) {
		if vary(newRand(seed), "زباله تو کوچه رو ببرید") != "زباله تو کوچه رو ببرید" {
			changed = true
		}
	}
	if !changed {
		t.Fatal("vary never changed a word")
	}
}
