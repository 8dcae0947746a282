package rasht29

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which year to write. The zero value of a field means its default.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // the district column; default "1"
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Farvardin 1404.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)

const yearDays = 365

// issue is one problem at one spot in one episode, before its requests are written.
type issue struct {
	kind      int
	sp        spot
	placeless bool
	start     float64 // days since yearStart
	days      float64 // how long reports keep coming
	size      int
}

// draft is a request with its truth, before ids are given.
type draft struct {
	at    time.Time
	order int
	issue int
	row   labelled.Row
}

// Generate writes the year: rows in time order with their issue and agency.
func Generate(opt Options) ([]labelled.Row, error) {
	if opt.N == 0 {
		opt.N = 6000
	}
	if opt.District == "" {
		opt.District = "1"
	}
	if opt.N < 0 {
		return nil, errors.New("rasht29: negative N")
	}
	rng := newRand(opt.Seed)
	w := newWorld(rng)
	issues := planIssues(rng, w, opt.N)

	wr := writer{w: w, rng: rng, pl: placer{w: w, rng: rng}}
	var drafts []draft
	for i, is := range issues {
		for k := range is.size {
			d := wr.request(is, k)
			if last := len(drafts) - 1; k > 0 && drafts[last].issue == i && drafts[last].row.Channel == "app" && rng.Float64() < 0.06 {
				// the app sent the same report twice: the citizen pressed again a minute later
				d = drafts[last]
				d.at = d.at.Add(time.Duration(20+rng.IntN(300)) * time.Second)
			}
			d.issue, d.order = i, len(drafts)
			drafts = append(drafts, d)
		}
	}
	slices.SortStableFunc(drafts, func(a, b draft) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return a.order - b.order
	})
	// ids grow with time, with the gaps other districts' requests leave in the sequence
	id := int64(1404000000) + rng.Int64N(5000)
	group := make([]string, len(issues))
	next := 0
	rows := make([]labelled.Row, len(drafts))
	for i, d := range drafts {
		id += 1 + rng.Int64N(9)
		if group[d.issue] == "" {
			next++
			group[d.issue] = fmt.Sprintf("r29-%05d", next)
		}
		r := d.row
		r.ID = fmt.Sprint(id)
		r.District = opt.District
		r.CreatedAt = d.at
		r.Group = group[d.issue]
		rows[i] = r
	}
	return rows, nil
}

func newRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x7261736874323929))
}

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// drawSize is how many requests an issue draws: most one or two, a few dozens.
func drawSize(rng *rand.Rand, class int) int {
	u := rng.Float64()
	switch class {
	case 0:
		switch {
		case u < 0.80:
			return 1
		case u < 0.95:
			return 2
		default:
			return 3
		}
	case 1:
		switch {
		case u < 0.55:
			return 1
		case u < 0.75:
			return 2
		case u < 0.85:
			return 3
		case u < 0.94:
			return 4 + rng.IntN(3)
		case u < 0.99:
			return 7 + rng.IntN(9)
		default:
			return 16 + rng.IntN(15)
		}
	default:
		switch {
		case u < 0.40:
			return 1
		case u < 0.60:
			return 2
		case u < 0.72:
			return 3
		case u < 0.85:
			return 4 + rng.IntN(3)
		case u < 0.95:
			return 7 + rng.IntN(9)
		default:
			return 16 + rng.IntN(25)
		}
	}
}

// season weights a day of the year for a kind: the rains of autumn and winter for wet
// kinds, a little more garbage around Nowruz and in summer.
func season(k kind, day float64) float64 {
	month := int(day / 30.4) // 0 = Farvardin
	if k.wet {
		// Mehr..Bahman (6..10) is Rasht's wet season
		return []float64{0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1, 1, 1, 0.9, 0.8, 0.6}[min(month, 11)]
	}
	if k.code == "garbage" && (month == 0 || month == 4 || month == 5) {
		return 1
	}
	return 0.75
}

func kindIndex(code string) int {
	for i, k := range kinds {
		if k.code == code {
			return i
		}
	}
	panic("rasht29: no kind " + code)
}

func (w *world) pool(c byte) []spot {
	switch c {
	case 'a':
		return w.alleySpots
	case 's':
		return w.streetSpots
	case 'm':
		return w.markSpots
	default:
		return w.parkSpots
	}
}

func pickSpot(rng *rand.Rand, spots []spot) (int, spot) {
	total := 0.0
	for _, s := range spots {
		total += s.weight
	}
	x := rng.Float64() * total
	for i, s := range spots {
		if x -= s.weight; x < 0 {
			return i, s
		}
	}
	return len(spots) - 1, spots[len(spots)-1]
}

type spotKey struct {
	kind int
	pool byte
	idx  int
}

type span struct{ from, to float64 }

// planIssues lays out the year's issues until they hold n requests: two big ones, the
// requests that name no place, then ordinary issues. Two episodes of one problem at one
// spot never overlap and are at least two weeks apart, so the truth stays countable.
func planIssues(rng *rand.Rand, w *world, n int) []issue {
	var out []issue
	used := map[spotKey][]span{}
	total := 0
	free := func(key spotKey, from, to float64) bool {
		for _, s := range used[key] {
			if from < s.to+14 && s.from < to+14 {
				return false
			}
		}
		return true
	}
	add := func(is issue, key spotKey) {
		if total+is.size > n {
			is.size = n - total
		}
		if is.size <= 0 {
			return
		}
		used[key] = append(used[key], span{is.start, is.start + is.days})
		out = append(out, is)
		total += is.size
	}
	// the alley whose asphalt a hundred people asked for, over most of the year
	ka := kindIndex("alleyasphalt")
	ia, sa := pickSpot(rng, w.alleySpots)
	add(issue{kind: ka, sp: sa, start: 20 + rng.Float64()*30, days: 280, size: max(2, n/60)}, spotKey{ka, 'a', ia})
	// a sewer that overflows for weeks in one alley
	ks := kindIndex("sewage")
	is, ss := pickSpot(rng, w.alleySpots)
	add(issue{kind: ks, sp: ss, start: 150 + rng.Float64()*60, days: 45, size: max(1, n/130)}, spotKey{ks, 'a', is})

	placeless := n * 3 / 100
	for range placeless {
		k := pickKind(rng)
		add(issue{kind: k, placeless: true, start: rng.Float64() * yearDays, days: 1, size: 1}, spotKey{k, 'x', len(out)})
	}
	for total < n {
		k := pickKind(rng)
		kd := kinds[k]
		start := rng.Float64() * yearDays
		if rng.Float64() > season(kd, start) {
			continue
		}
		days := float64(kd.days) * (0.5 + rng.Float64())
		size := drawSize(rng, kd.size)
		placed := false
		for range 6 {
			c := kd.pools[rng.IntN(len(kd.pools))]
			spots := w.pool(c)
			if len(spots) == 0 {
				continue
			}
			idx, sp := pickSpot(rng, spots)
			key := spotKey{k, c, idx}
			if !free(key, start, start+days) {
				continue
			}
			add(issue{kind: k, sp: sp, start: start, days: days, size: size}, key)
			placed = true
			break
		}
		_ = placed
	}
	return out
}

func pickKind(rng *rand.Rand) int {
	total := 0.0
	for _, k := range kinds {
		total += k.weight
	}
	x := rng.Float64() * total
	for i, k := range kinds {
		if x -= k.weight; x < 0 {
			return i
		}
	}
	return len(kinds) - 1
}

// when is a moment of day d at a plausible hour for the channel.
func when(rng *rand.Rand, day float64, channel string) time.Time {
	d := math.Floor(day)
	var hour float64
	switch channel {
	case "phone", "in_person":
		hour = 8 + rng.Float64()*12
		if channel == "in_person" {
			hour = 8 + rng.Float64()*6
		}
	default:
		hour = 7 + rng.Float64()*16.9
	}
	return yearStart.Add(time.Duration((d*24 + hour) * float64(time.Hour))).Truncate(time.Second)
}

// Summarize reports what a set holds: issues, the biggest ones, agencies, channels.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	sizes := map[string]int{}
	agency := map[string]int{}
	channel := map[string]int{}
	withPin, noAddr := 0, 0
	for _, r := range rows {
		sizes[r.Group]++
		agency[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			withPin++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
	}
	var all []int
	single := 0
	for _, n := range sizes {
		all = append(all, n)
		if n == 1 {
			single++
		}
	}
	slices.Sort(all)
	slices.Reverse(all)
	n := float64(max(1, len(rows)))
	fmt.Fprintf(&b, "requests %d, issues %d (%.1f%% singletons), requests per issue %.2f\n",
		len(rows), len(sizes), 100*float64(single)/float64(max(1, len(sizes))), n/float64(max(1, len(sizes))))
	fmt.Fprintf(&b, "largest issues %v\n", all[:min(10, len(all))])
	fmt.Fprintf(&b, "agencies:")
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, " %s %.1f%%", a, 100*float64(agency[a])/n)
	}
	fmt.Fprintf(&b, "\nchannels:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %.1f%%", c, 100*float64(channel[c])/n)
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, empty address %.1f%%\n", 100*float64(withPin)/n, 100*float64(noAddr)/n)
	return b.String()
}
