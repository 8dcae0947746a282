package rasht35

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options say which year to write.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "2"
	// Start is the first day of the year written; default 1 Farvardin 1404 (21 March 2025).
	Start time.Time
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "2"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	return o
}

const year = 365 * 24 * time.Hour

// issue is one problem at one spot in one episode.
type issue struct {
	idx        int
	kind       *kind
	spot       *spot
	start, end time.Time
	size       int
	again      bool // a new episode after an earlier one was fixed
}

// request is one report before it is written out.
type request struct {
	is      *issue
	seq     int // order within the issue
	at      time.Time
	channel string
	row     labelled.Row
	ref     bool // its text follows up the issue's first request by number
	dstyle  digitStyle
	noPlace bool
}

// Generate writes one year of District 2's 137 requests with their truth, in time order.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht35: negative N")
	}
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x35))
	w := newWorld()
	issues := plan(r, w, opt)
	var reqs []*request
	for _, is := range issues {
		reqs = append(reqs, reports(r, is, opt)...)
	}
	sort.SliceStable(reqs, func(i, j int) bool {
		a, b := reqs[i], reqs[j]
		if !a.at.Equal(b.at) {
			return a.at.Before(b.at)
		}
		if a.is.idx != b.is.idx {
			return a.is.idx < b.is.idx
		}
		return a.seq < b.seq
	})
	first := map[int]string{}
	rows := make([]labelled.Row, len(reqs))
	for i, q := range reqs {
		id := fmt.Sprintf("1404%s%06d", pad2(opt.District), i+1)
		q.row.ID = id
		q.row.CreatedAt = q.at
		if _, ok := first[q.is.idx]; !ok {
			first[q.is.idx] = id
		}
		if q.ref {
			q.row.Text = strings.ReplaceAll(q.row.Text, "#REF#", digits(first[q.is.idx], q.dstyle))
		}
		q.row.Group = fmt.Sprintf("D%s-I%04d", opt.District, q.is.idx)
		if q.noPlace {
			q.row.Group = "D" + opt.District + "-R" + id
		}
		rows[i] = q.row
	}
	return rows, nil
}

func pad2(d string) string {
	d = strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, d)
	for len(d) < 2 {
		d = "0" + d
	}
	return d
}

// Write generates a set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// issueSize draws how many requests an issue gets: most one or two, some a handful, a
// few a few dozen.
func issueSize(r *rand.Rand, draw float64) int {
	u := r.Float64()
	var n int
	switch {
	case u < 0.52:
		n = 1
	case u < 0.74:
		n = 2
	case u < 0.84:
		n = 3
	case u < 0.93:
		n = 4 + r.IntN(2)
	case u < 0.975:
		n = 6 + r.IntN(5)
	case u < 0.996:
		n = 11 + r.IntN(12)
	default:
		n = 23 + r.IntN(15)
	}
	if draw != 1 {
		n = int(math.Round(float64(n) * draw))
	}
	return max(n, 1)
}

// hoodWeights: گلسار is most of the district's streets and requests.
var hoodWeights = []float64{0.55, 0.12, 0.14, 0.10, 0.07, 0.02}

type occupancy struct {
	from, to time.Time
}

// plan lays out the year's issues until they hold exactly N requests.
func plan(r *rand.Rand, w *world, opt Options) []*issue {
	busy := map[[2]int][]occupancy{} // (kind, spot) → episodes, with the quiet gap after each
	kindIdx := map[string]int{}
	for i := range kinds {
		kindIdx[kinds[i].code] = i
	}
	free := func(k *kind, sp *spot, from, to time.Time) bool {
		for _, s := range append([]*spot{sp}, sp.near...) {
			for _, o := range busy[[2]int{kindIdx[k.code], s.id}] {
				if from.Before(o.to) && o.from.Before(to) {
					return false
				}
			}
		}
		return true
	}
	const quiet = 21 * 24 * time.Hour
	end := opt.Start.Add(year)
	var issues []*issue
	total := 0
	add := func(is *issue) {
		if total+is.size > opt.N {
			is.size = opt.N - total
		}
		if is.size <= 0 {
			return
		}
		is.idx = len(issues)
		total += is.size
		issues = append(issues, is)
		key := [2]int{kindIdx[is.kind.code], is.spot.id}
		busy[key] = append(busy[key], occupancy{is.start.Add(-quiet), is.end.Add(quiet)})
	}

	// The big ones: one alley's asphalt in گلسار through the rainy season, a bin station
	// in منظریه all summer, a sewage overflow in معلم.
	big := []struct {
		code  string
		hood  int
		alley bool
		month int
		days  float64
		size  int
	}{
		{"asphalt", 0, true, 7, 95, opt.N / 60},
		{"garbage", 2, false, 3, 70, opt.N / 120},
		{"sewage", 1, true, 9, 18, opt.N / 200},
	}
	for _, b := range big {
		if b.size < 2 {
			continue
		}
		k := &kinds[kindIdx[b.code]]
		sp := pickSpot(r, w, b.hood, b.alley)
		start := opt.Start.AddDate(0, b.month-1, r.IntN(20))
		is := &issue{kind: k, spot: sp, start: start, end: start.Add(days(b.days)), size: b.size}
		add(is)
	}

	weather := weatherDays(r, opt.Start)
	weights := make([]float64, len(kinds))
	for total < opt.N {
		at := opt.Start.Add(time.Duration(r.Float64() * float64(year)))
		month := int(at.Sub(opt.Start)/(year/12)) + 1
		sum := 0.0
		for i, k := range kinds {
			weights[i] = k.weight
			if k.season != nil {
				weights[i] *= k.season[min(month, 12)-1]
			}
			sum += weights[i]
		}
		k := &kinds[choose(r, weights, sum)]
		if days := weather[k.weather]; len(days) > 0 && r.Float64() < k.event {
			at = pick(r, days).Add(time.Duration(r.Float64() * float64(30*time.Hour)))
		}
		size := issueSize(r, k.draw)
		dur := k.minDays + (k.maxDays-k.minDays)*r.Float64()
		if size > 6 {
			dur *= 1 + float64(size)/15
		}
		to := at.Add(days(dur))
		var sp *spot
		for range 30 {
			c := pickSpot(r, w, choose(r, hoodWeights, 1), k.where == "alley" && r.Float64() < 0.8 ||
				k.where == "street" && r.Float64() < 0.25)
			if free(k, c, at, to) {
				sp = c
				break
			}
		}
		if sp == nil {
			continue
		}
		is := &issue{kind: k, spot: sp, start: at, end: to, size: size}
		add(is)
		// The problem comes back after the fix: a new episode at the same spot.
		for prev := is; r.Float64() < k.recur && total < opt.N; {
			gap := days(21 + 80*r.Float64())
			s := prev.end.Add(gap)
			d := k.minDays + (k.maxDays-k.minDays)*r.Float64()
			n := issueSize(r, k.draw)
			e := s.Add(days(d))
			if !s.Before(end) || !free(k, sp, s, e) {
				break
			}
			next := &issue{kind: k, spot: sp, start: s, end: e, size: n, again: true}
			add(next)
			prev = next
		}
	}
	return issues
}

// weatherDays are the year's heavy rains (mostly autumn and winter), storms and the few
// days of snow in بهمن.
func weatherDays(r *rand.Rand, start time.Time) map[string][]time.Time {
	w := map[string][]time.Time{}
	day := func(month int) time.Time {
		return start.AddDate(0, month-1, r.IntN(30))
	}
	for len(w["rain"]) < 30 {
		m := 1 + r.IntN(12)
		if r.Float64()*2.4 < rainy[m-1] {
			w["rain"] = append(w["rain"], day(m))
		}
	}
	for len(w["storm"]) < 8 {
		m := 1 + r.IntN(12)
		if r.Float64()*1.5 < windy[m-1] {
			w["storm"] = append(w["storm"], day(m))
		}
	}
	snow := day(11)
	w["snow"] = []time.Time{snow, snow.AddDate(0, 0, 1), snow.AddDate(0, 0, 2)}
	return w
}

func days(d float64) time.Duration { return time.Duration(d * float64(24*time.Hour)) }

func choose(r *rand.Rand, weights []float64, sum float64) int {
	x := r.Float64() * sum
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// pickSpot picks a spot in neighbourhood h: in an alley, or on a stretch of a street.
func pickSpot(r *rand.Rand, w *world, h int, inAlley bool) *spot {
	hd := w.hoods[min(h, len(w.hoods)-1)]
	for {
		st := pick(r, hd.streets)
		if inAlley && len(st.alleys) > 0 {
			return w.alleySpot[pick(r, st.alleys)]
		}
		if !inAlley || len(st.alleys) == 0 && r.IntN(4) == 0 {
			return pick(r, w.stretchSpot[st])
		}
	}
}
