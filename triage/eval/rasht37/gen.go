package rasht37

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options shape one generated year.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "1"
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "1"
	}
	return o
}

var irst = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Farvardin 1404.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, irst)

const yearDays = 365

// issue is one problem at one spot in one episode.
type issue struct {
	id    string
	kind  int
	spot  int
	start float64 // day of the year the first request came
	size  int
}

// Generate builds the year: issues drawn onto the district's spots, then each issue's
// requests written by the channels that carried them. Rows are in time order.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 1 {
		return nil, fmt.Errorf("rasht37: N must be positive, got %d", opt.N)
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x9e3779b97f4a7c15))
	w := newWorld(rng)
	issues := drawIssues(rng, w, opt.N)
	var rows []labelled.Row
	for _, is := range issues {
		rows = append(rows, writeIssue(rng, w, is, opt.District)...)
	}
	rows = rows[:min(len(rows), opt.N)]
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].CreatedAt.Before(rows[j].CreatedAt) })
	for i := range rows {
		rows[i].ID = strconv.Itoa(1404100001 + i)
	}
	return rows, nil
}

// drawIssues sizes and places issues until they hold n requests. The sizes are heavy
// tailed: one alley's asphalt draws about a hundred (scaled with n), a few draw dozens,
// most one or two.
func drawIssues(rng *rand.Rand, w *world, n int) []issue {
	scale := float64(n) / 6000
	var sizes []int
	if big := int(math.Round(100 * scale)); big >= 3 {
		sizes = append(sizes, big)
	}
	for _, s := range []int{55, 38, 30, 24, 21} {
		if v := int(math.Round(float64(s) * scale)); v >= 3 {
			sizes = append(sizes, v)
		}
	}
	total := 0
	for _, s := range sizes {
		total += s
	}
	for total < n {
		var s int
		switch x := rng.Float64(); {
		case x < 0.60:
			s = 1
		case x < 0.80:
			s = 2
		case x < 0.89:
			s = 3
		case x < 0.955:
			s = 4 + rng.IntN(3)
		default:
			s = 7 + rng.IntN(9)
		}
		sizes = append(sizes, s)
		total += s
	}
	weights := make([]float64, len(kinds))
	sum := 0.0
	for i, k := range kinds {
		weights[i] = k.weight
		sum += k.weight
	}
	pickKind := func() int {
		x := rng.Float64() * sum
		for i, wt := range weights {
			if x < wt {
				return i
			}
			x -= wt
		}
		return len(weights) - 1
	}
	var parks, nonParks, alleys []int
	for i, s := range w.spots {
		if s.alleyNum > 0 {
			alleys = append(alleys, i)
		}
		if s.park {
			parks = append(parks, i)
		} else {
			nonParks = append(nonParks, i)
		}
	}
	var out []issue
	busy := map[busyKey][][2]float64{}
	for i, size := range sizes {
		k := pickKind()
		if i == 0 && size >= 50 {
			k = 0 // the alley whose asphalt a hundred people asked for
		} else if size > 15 {
			k = []int{0, 1, 2, 1, kindIndex("streetlamp")}[i%5] // the big ones: asphalt, garbage, rain water, lamps
		}
		sp, start, ok := place1(rng, busy, k, size, parks, nonParks)
		if i == 0 && k == 0 {
			sp = alleys[rng.IntN(len(alleys))] // a hundred people asked for one alley's asphalt
		}
		for try := 0; !ok && try < 100; try++ {
			// this problem is open everywhere it could be: another problem comes instead
			// (a set far larger than a district's year may still crowd; TestEpisodesApart)
			k = pickKind()
			sp, start, ok = place1(rng, busy, k, size, parks, nonParks)
		}
		out = append(out, issue{kind: k, spot: sp, start: start, size: size})
		mark(busy, sp, k, start, size)
		// A problem that comes back after it was fixed is a new issue (README).
		if size >= 2 && rng.Float64() < 0.12 {
			gap := 30 + rng.Float64()*120
			n := 1 + rng.IntN(size)
			if again := start + episodeLength(size) + gap; again < yearDays-2 && free(busy, sp, k, again, n) {
				out = append(out, issue{kind: k, spot: sp, start: again, size: n})
				mark(busy, sp, k, again, n)
			}
		}
	}
	// Stable, seed-only ids in draw order.
	for i := range out {
		out[i].id = fmt.Sprintf("R37-%05d", i+1)
	}
	return out
}

// busy holds, per spot and kind, the day spans already taken by an issue.
type busyKey struct{ spot, kind int }

// clearance is how long after one episode of a problem at a spot a new one may start: a
// clerk would join anything closer to the first (README).
const clearance = 30

func free(busy map[busyKey][][2]float64, sp, k int, start float64, size int) bool {
	end := start + episodeLength(size)
	for _, span := range busy[busyKey{sp, k}] {
		if start < span[1]+clearance && end+clearance > span[0] {
			return false
		}
	}
	return true
}

func mark(busy map[busyKey][][2]float64, sp, k int, start float64, size int) {
	key := busyKey{sp, k}
	busy[key] = append(busy[key], [2]float64{start, start + episodeLength(size)})
}

// place1 finds a spot and a start day where the same problem is not already open or
// just closed; after many tries it reports failure.
func place1(rng *rand.Rand, busy map[busyKey][][2]float64, k, size int, parks, nonParks []int) (int, float64, bool) {
	var sp int
	var start float64
	for try := 0; try < 50; try++ {
		if kinds[k].parkOnly {
			sp = parks[rng.IntN(len(parks))]
		} else {
			sp = nonParks[rng.IntN(len(nonParks))]
		}
		start = startDay(rng, kinds[k])
		if free(busy, sp, k, start, size) {
			return sp, start, true
		}
	}
	return sp, start, false
}

func kindIndex(name string) int {
	for i, k := range kinds {
		if k.name == name {
			return i
		}
	}
	panic("rasht37: no kind " + name)
}

// startDay puts rainy problems more often into autumn and winter (Mehr to Esfand).
func startDay(rng *rand.Rand, k kind) float64 {
	d := startDay1(rng, k)
	if d < 13 && rng.Float64() < 0.5 {
		d = startDay1(rng, k) // the Nowruz holidays are quiet on the line
	}
	return d
}

func startDay1(rng *rand.Rand, k kind) float64 {
	if k.rainy && rng.Float64() < 0.6 {
		return 190 + rng.Float64()*170
	}
	return rng.Float64() * (yearDays - 1)
}

// episodeLength is how many days the requests of an issue are spread over.
func episodeLength(size int) float64 {
	return math.Min(3+2*math.Sqrt(float64(size))*3, 75)
}

var channels = []struct {
	name   string
	weight float64
	pin    float64
}{{"phone", 0.55, 0.08}, {"app", 0.28, 0.85}, {"web", 0.09, 0.35}, {"in_person", 0.08, 0}}

func pickChannel(rng *rand.Rand) int {
	x := rng.Float64()
	for i, c := range channels {
		if x < c.weight {
			return i
		}
		x -= c.weight
	}
	return 0
}

var vagueCategories = []string{"سایر", "", "عمومی", "شکایات", "خدمات شهری"}
var allCategories = []string{"آسفالت و معابر", "پسماند", "آبهای سطحی", "نخاله ساختمانی", "سد معبر",
	"فضای سبز", "روشنایی", "حیوانات", "خدمات شهری", "ترافیک"}

func writeIssue(rng *rand.Rand, w *world, is issue, district string) []labelled.Row {
	k := kinds[is.kind]
	s := w.spots[is.spot]
	length := episodeLength(is.size)
	var rows []labelled.Row
	for j := 0; j < is.size; j++ {
		day := is.start
		if j > 0 {
			day += rng.Float64() * length
		}
		day = math.Min(day, yearDays-0.01)
		ch := pickChannel(rng)
		c := channels[ch]
		at := clock(rng, day, c.name)
		text, addr, hasPlace := compose(rng, k, s, c.name, j > 0 && rng.Float64() < 0.3)
		row := labelled.Row{District: district, CreatedAt: at, Category: category(rng, k, c.name),
			Text: text, Address: addr, Channel: c.name, Status: status(rng, k, day), Agency: k.agency, Group: is.id}
		if rng.Float64() < c.pin {
			lat, lon := offsetBetween(rng, s.lat, s.lon, 20, 150)
			row.Lat, row.Lon = &lat, &lon
			hasPlace = true
		}
		if !hasPlace {
			// No place at all: a clerk cannot join it to anything (README).
			row.Group = fmt.Sprintf("%s-x%d", is.id, j)
		}
		rows = append(rows, row)
	}
	return rows
}

// clock gives a time of day on the given day: the phone line and the counter keep office
// hours (the counter's papers are often typed in a batch after noon), the app any hour.
func clock(rng *rand.Rand, day float64, ch string) time.Time {
	d := yearStart.AddDate(0, 0, int(day))
	var h, m int
	switch ch {
	case "app", "web":
		h = int(math.Mod(7+rng.NormFloat64()*5+10, 24))
		if h < 0 {
			h += 24
		}
		m = rng.IntN(60)
	case "in_person":
		if rng.Float64() < 0.5 {
			h, m = 13, rng.IntN(40)
		} else {
			h, m = 8+rng.IntN(6), rng.IntN(60)
		}
	default:
		h, m = 7+rng.IntN(15), rng.IntN(60)
	}
	return d.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(rng.IntN(60))*time.Second)
}

func category(rng *rand.Rand, k kind, ch string) string {
	x := rng.Float64()
	vague, wrong := 0.1, 0.08
	if ch == "app" || ch == "web" {
		vague, wrong = 0.22, 0.12 // citizens pick from a menu
	}
	switch {
	case x < vague:
		return vagueCategories[rng.IntN(len(vagueCategories))]
	case x < vague+wrong:
		return allCategories[rng.IntN(len(allCategories))]
	}
	return k.category
}

func status(rng *rand.Rand, k kind, day float64) string {
	if k.agency != "municipality" {
		if rng.Float64() < 0.8 {
			return "referred"
		}
		return "new"
	}
	if day > yearDays-20 {
		return []string{"new", "reviewing", "assigned", "in_progress"}[rng.IntN(4)]
	}
	if rng.Float64() < 0.85 {
		return "resolved"
	}
	return []string{"in_progress", "rejected", "assigned"}[rng.IntN(3)]
}

// compose writes the text and the address field of one request and reports whether any
// place is given.
func compose(rng *rand.Rand, k kind, s spot, ch string, followup bool) (text, addr string, hasPlace bool) {
	script := pickScript(rng, ch)
	pl := place(rng, s, ch, script)
	if (ch == "app" || ch == "web") && rng.Float64() < 0.06 {
		pl = finglish(rng, s)
	}
	inText := false
	citizen := ch == "app" || ch == "web"
	switch ch {
	case "phone", "in_person":
		t := k.operator[rng.IntN(len(k.operator))]
		if rng.Float64() < 0.2 {
			// the caller's own words, as the operator typed them
			t = k.citizen[rng.IntN(len(k.citizen))]
			if s.onStreet {
				t = strings.ReplaceAll(t, "کوچه", "خیابون")
			}
			citizen = true
		} else if rng.Float64() < 0.55 {
			t = strings.Replace(t, "%s", pl, 1)
			inText = true
		} else {
			if k.parkOnly {
				t = strings.Replace(t, "%s", "پارک", 1) // «چراغ های پارک خاموش است»
			} else {
				t = dropPlace.Replace(t)
			}
		}
		if ch == "in_person" && rng.Float64() < 0.6 {
			t = "مراجعه حضوری - " + t
		}
		text = t
		addr = pl
		if inText && rng.Float64() < 0.3 {
			addr = ""
		}
		if rng.Float64() < 0.04 {
			addr = "" // the operator did not get the address
			if !inText {
				return prefixFollow(rng, noisy(rng, text, citizen, true), followup), "", false
			}
		}
	default:
		t := k.citizen[rng.IntN(len(k.citizen))]
		if s.onStreet {
			t = strings.ReplaceAll(t, "کوچه", "خیابون")
		}
		if rng.Float64() < 0.35 {
			t = pl + " " + t
			inText = true
		}
		if ch == "web" {
			t = greetings[rng.IntN(len(greetings))] + "، " + t + "، " + pleas[rng.IntN(len(pleas))]
		} else if rng.Float64() < 0.25 {
			t = t + " " + pleas[rng.IntN(len(pleas))]
		}
		text = t
		switch x := rng.Float64(); {
		case x < 0.55:
			addr = pl
		case x < 0.7:
			addr = hoods[s.hood].name // the app's neighbourhood picker only
		default:
			addr = ""
		}
		if addr == "" && !inText {
			return prefixFollow(rng, noisy(rng, text, citizen, true), followup), "", false
		}
	}
	return prefixFollow(rng, noisy(rng, text, citizen, true), followup), noisy(rng, addr, citizen, false), true
}

// dropPlace removes the place slot, with its preposition, from an operator's summary.
var dropPlace = strings.NewReplacer(" در %s", "", " %s", "", "%s", "")

func prefixFollow(rng *rand.Rand, text string, followup bool) string {
	if !followup {
		return text
	}
	return followups[rng.IntN(len(followups))] + "، " + text
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// Summarize describes a set: requests, issues, the largest issues, agencies, channels and
// the share with coordinates.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	groups := map[string]int{}
	agencies := map[string]int{}
	chans := map[string]int{}
	withLoc := 0
	for _, r := range rows {
		groups[r.Group]++
		agencies[r.Agency]++
		chans[r.Channel]++
		if r.Lat != nil {
			withLoc++
		}
	}
	sizes := make([]int, 0, len(groups))
	singles := 0
	for _, n := range groups {
		sizes = append(sizes, n)
		if n == 1 {
			singles++
		}
	}
	slices.Sort(sizes)
	slices.Reverse(sizes)
	n := float64(len(rows))
	fmt.Fprintf(&b, "requests %d, issues %d (singletons %d), with coordinates %.1f%%\n",
		len(rows), len(groups), singles, 100*float64(withLoc)/n)
	fmt.Fprintf(&b, "largest issues %v\n", sizes[:min(10, len(sizes))])
	b.WriteString("agencies:")
	for _, a := range sortedKeys(agencies) {
		fmt.Fprintf(&b, " %s %.1f%%", a, 100*float64(agencies[a])/n)
	}
	b.WriteString("\nchannels:")
	for _, c := range sortedKeys(chans) {
		fmt.Fprintf(&b, " %s %.1f%%", c, 100*float64(chans[c])/n)
	}
	b.WriteString("\n")
	return b.String()
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
