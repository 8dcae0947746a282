package rasht38

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which year to write.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "5"
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "5"
	}
	return o
}

// irst is Iran's clock: +03:30 all year since daylight saving ended in 2022.
var irst = time.FixedZone("IRST", 3*3600+1800)

var (
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, irst) // 1 Farvardin 1404
	yearDays  = 365
)

// rainyMonthWeight: how often it rains hard in Rasht in each Iranian month, Farvardin first.
var rainyMonthWeight = []float64{0.8, 0.6, 0.4, 0.2, 0.3, 0.6, 1.3, 1.6, 1.5, 1.3, 1.1, 1.0}

// monthOf is the Iranian month (0 = Farvardin) of a day of the year.
func monthOf(day int) int {
	if day < 186 {
		return min(day/31, 5)
	}
	return min(6+(day-186)/30, 11)
}

type rain struct {
	day       int
	intensity float64
}

// issue is one problem at one spot in one episode.
type issue struct {
	id         string
	k          *kind
	sp         spot
	start, end time.Time
	size       int
}

type gen struct {
	rng    *rand.Rand
	d      *district
	opt    Options
	rains  []rain
	taken  map[string][][2]time.Time
	issues []*issue
}

// Generate writes one year of the district's requests, in time order, with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht38: negative N")
	}
	g := &gen{rng: rand.New(rand.NewPCG(uint64(opt.Seed), 0x5a5a0038)), d: buildDistrict(), opt: opt,
		taken: map[string][][2]time.Time{}}
	g.makeRains()
	g.makeIssues()
	rows := g.makeRequests()
	if len(rows) != opt.N {
		return nil, fmt.Errorf("rasht38: made %d requests, want %d", len(rows), opt.N)
	}
	return rows, nil
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

func (g *gen) makeRains() {
	for day := 0; day < yearDays; day++ {
		if chance(g.rng, 0.09*rainyMonthWeight[monthOf(day)]) {
			// most rains are light; a few are the downpours that flood the south of the city
			g.rains = append(g.rains, rain{day: day, intensity: g.rng.ExpFloat64() * rainyMonthWeight[monthOf(day)]})
		}
	}
	if len(g.rains) == 0 {
		g.rains = append(g.rains, rain{day: 230, intensity: 1})
	}
}

func (g *gen) heaviestRain() rain {
	best := g.rains[0]
	for _, r := range g.rains {
		if r.intensity > best.intensity {
			best = r
		}
	}
	return best
}

func (g *gen) rainDay() int {
	total := 0.0
	for _, r := range g.rains {
		total += r.intensity * r.intensity
	}
	x := g.rng.Float64() * total
	for _, r := range g.rains {
		w := r.intensity * r.intensity
		if x < w {
			return r.day
		}
		x -= w
	}
	return g.rains[len(g.rains)-1].day
}

func (g *gen) startDay(k *kind) int {
	if k.rain {
		return g.rainDay()
	}
	for {
		day := g.rng.IntN(yearDays)
		w := 1.0
		if monthOf(day) >= 6 {
			w += k.winter
		}
		if g.rng.Float64()*(1+k.winter) < w {
			return day
		}
	}
}

func kindByKey(key string) *kind {
	for i := range kinds {
		if kinds[i].key == key {
			return &kinds[i]
		}
	}
	panic("rasht38: no kind " + key)
}

// conflictKeys are the keys an issue at sp would collide on, and registerKeys those it
// holds: one problem at one spot has one episode at a time, and a neighbourhood-wide
// episode (a missed round, dogs) holds every spot of its family in the neighbourhood.
func conflictKeys(k *kind, sp spot) (check, register []string) {
	in := k.family + "/in" + fmt.Sprint(sp.hood.idx)
	whole := k.family + "/h" + fmt.Sprint(sp.hood.idx)
	if sp.lvl == atHood {
		return []string{in}, []string{in, whole}
	}
	own := k.family + "/" + sp.key
	return []string{own, whole}, []string{own, in}
}

func (g *gen) free(keys []string, start, end time.Time) bool {
	gap := 7 * 24 * time.Hour
	for _, key := range keys {
		for _, iv := range g.taken[key] {
			if start.Before(iv[1].Add(gap)) && iv[0].Before(end.Add(gap)) {
				return false
			}
		}
	}
	return true
}

// place tries to put an issue of k with the given size; fixed, when set, is the spot.
func (g *gen) place(k *kind, size int, fixed *spot, startDay, days int) *issue {
	for try := 0; try < 12; try++ {
		sp := g.d.pickSpot(g.rng, k.lvl)
		if fixed != nil {
			sp = *fixed
		}
		day := startDay
		if day < 0 {
			day = g.startDay(k)
		}
		d := days
		if d <= 0 {
			d = k.days[0] + g.rng.IntN(k.days[1]-k.days[0]+1)
		}
		if day+d > yearDays {
			day = max(0, yearDays-d)
		}
		start := yearStart.AddDate(0, 0, day).Add(time.Duration(7*60+g.rng.IntN(15*60)) * time.Minute)
		end := start.Add(time.Duration(d) * 24 * time.Hour)
		check, reg := conflictKeys(k, sp)
		if !g.free(check, start, end) {
			continue
		}
		for _, key := range reg {
			g.taken[key] = append(g.taken[key], [2]time.Time{start, end})
		}
		is := &issue{id: fmt.Sprintf("G%05d", len(g.issues)+1), k: k, sp: sp, start: start, end: end, size: size}
		g.issues = append(g.issues, is)
		return is
	}
	return nil
}

// issueSize: most issues draw one or two requests; the tail is long.
func (g *gen) issueSize(k *kind) int {
	n := 1
	p := 1 / (1 + k.extra) // geometric with mean extra
	for g.rng.Float64() > p && n < 40 {
		n++
	}
	if chance(g.rng, 0.03) {
		n += 4 + g.rng.IntN(12)
	}
	return n
}

func (g *gen) makeIssues() {
	remaining := g.opt.N
	add := func(is *issue) {
		if is != nil {
			remaining -= is.size
		}
	}
	scale := float64(g.opt.N) / 6000
	big := func(lo, hi int) int {
		n := int(math.Round(float64(lo+g.rng.IntN(hi-lo+1)) * scale))
		return min(n, remaining)
	}
	if remaining > 0 {
		// the year's hundred: one alley of یخ‌سازی whose asphalt was never redone, all autumn
		yakh := g.d.hoods[0]
		s := yakh.streets[1]
		a := s.alleys[11]
		sp := spot{lvl: atAlley, hood: yakh, street: s, alley: a, lat: a.lat, lon: a.lon, key: "a0.1.12"}
		add(g.place(kindByKey("alleyAsphalt"), big(85, 110), &sp, 190+g.rng.IntN(20), 70+g.rng.IntN(30)))
	}
	if remaining > 0 {
		// the جاده تهران underpass under the heaviest rain
		yakh := g.d.hoods[0]
		s := yakh.streets[0]
		m := s.marks[4]
		sp := spot{lvl: atStreet, hood: yakh, street: s, mark: m, lat: m.lat, lon: m.lon, key: "s0.0"}
		add(g.place(kindByKey("flood"), big(35, 60), &sp, g.heaviestRain().day, 2))
	}
	for _, b := range []struct {
		key    string
		lo, hi int
		days   int
	}{{"garbage", 18, 30, 35}, {"dogs", 20, 35, 50}, {"sewage", 14, 24, 18}, {"streetLight", 12, 20, 25}} {
		if remaining > 0 {
			k := kindByKey(b.key)
			add(g.place(k, big(b.lo, b.hi), nil, -1, b.days))
		}
	}
	total := 0.0
	for _, k := range kinds {
		total += k.weight
	}
	for remaining > 0 {
		x := g.rng.Float64() * total
		var k *kind
		for i := range kinds {
			if x < kinds[i].weight {
				k = &kinds[i]
				break
			}
			x -= kinds[i].weight
		}
		if k == nil {
			k = &kinds[len(kinds)-1]
		}
		is := g.place(k, min(g.issueSize(k), remaining), nil, -1, 0)
		add(is)
		if is == nil || remaining <= 0 || !chance(g.rng, k.recurs) {
			continue
		}
		// the same problem comes back at the same spot after the fix
		again := int(is.end.Sub(yearStart).Hours()/24) + 8 + g.rng.IntN(80)
		if again < yearDays-2 {
			day := again
			if k.rain {
				day = -1
			}
			add(g.place(k, min(g.issueSize(k), remaining), &is.sp, day, 0))
		}
	}
}
