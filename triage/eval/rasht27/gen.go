package rasht27

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says what to generate.
type Options struct {
	Seed     int64
	N        int    // requests; 6000 when zero
	District string // the district code written in every row; "1" when empty
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

// tehran is Iran Standard Time; Iran has kept no summer time since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Farvardin 1404; the export covers one Jalali year.
var yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)

const yearDays = 365

// issue is one problem at one spot in one episode: the truth's unit.
type issue struct {
	id     string
	k      *kind
	sp     spot
	start  time.Time
	days   float64
	size   int
	agency string
	// campaign spreads requests evenly over the episode (neighbours calling again and
	// again) instead of front-loading them.
	campaign bool
	// anonymousTrench: the utility dug, but the requests only say «کندند و رفتند».
	anonymousTrench bool
	// topic is the sub-problem (a park's swing or its lights); see kind.topics.
	topic string
	// firstID is the tracking code of its earliest request, which repeat callers quote.
	firstID string
}

// req is one request before its text is written.
type req struct {
	iss      *issue
	at       time.Time
	channel  string
	nth      int  // 0 for the first request of its issue
	followUp bool // cites an earlier request
	noPlace  bool // gives no place at all
	dupOf    *req // an app double-submit of this request
	// citesCode: the text quotes the tracking code of the issue's first request.
	citesCode bool
	// placed: the text itself names the place.
	placed bool
	id     string
	row    labelled.Row
}

// Generate returns opt.N labelled requests of one year of the district, in time order.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht27: N must be positive")
	}
	rng := newRNG(opt.Seed)
	g := &gen{rng: rng, world: newWorld(rng), opt: opt}
	g.operators = make([]writer, 9)
	for i := range g.operators {
		g.operators[i] = newWriter(rng, false)
	}
	g.planIssues()
	reqs := g.scheduleRequests()
	slices.SortStableFunc(reqs, func(a, b *req) int { return a.at.Compare(b.at) })
	for i, r := range reqs {
		r.id = fmt.Sprintf("1404%06d", 100+i*3+rng.IntN(3))
		if r.iss.firstID == "" {
			r.iss.firstID = r.id
		}
	}
	rows := make([]labelled.Row, len(reqs))
	for i, r := range reqs {
		g.render(r)
		rows[i] = r.row
	}
	return rows, nil
}

func newRNG(seed int64) *rand.Rand { return rand.New(rand.NewPCG(uint64(seed), 0x72617368743237)) }

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(filepath.Clean(dir), rows)
}

type gen struct {
	rng       *rand.Rand
	world     *world
	opt       Options
	operators []writer
	issues    []*issue
	// episodes holds, per problem family and spot, the issues already planned there, so
	// that two issues never describe the same problem at the same spot at the same time.
	episodes map[string][]*issue
}

func (g *gen) newIssue(k *kind, topic string, sp spot, start time.Time, days float64, size int) *issue {
	is := &issue{id: fmt.Sprintf("r27-%05d", len(g.issues)+1), k: k, topic: topic, sp: sp, start: start, days: days,
		size: size, agency: k.agency}
	g.issues = append(g.issues, is)
	if g.episodes == nil {
		g.episodes = map[string][]*issue{}
	}
	key := family(k) + "|" + topic + "|" + sp.key()
	g.episodes[key] = append(g.episodes[key], is)
	return is
}

// family groups kinds a clerk would see as one job at one spot: a trench left open and
// the broken asphalt of the same alley are the same repair.
func family(k *kind) string {
	switch k.code {
	case "asphalt", "trench", "watertrench", "gastrench", "telecomtrench":
		return "roadsurface"
	}
	return k.code
}

// free reports whether a new episode of k at sp from start for days keeps two weeks away
// from every episode already there.
func (g *gen) free(k *kind, topic string, sp spot, start time.Time, days float64) bool {
	const margin = 14 * 24 * time.Hour
	end := start.Add(time.Duration(days * 24 * float64(time.Hour)))
	for _, o := range g.episodes[family(k)+"|"+topic+"|"+sp.key()] {
		oEnd := o.start.Add(time.Duration(o.days * 24 * float64(time.Hour)))
		if start.Before(oEnd.Add(margin)) && o.start.Before(end.Add(margin)) {
			return false
		}
	}
	return true
}

func kindByCode(code string) *kind {
	for i := range kinds {
		if kinds[i].code == code {
			return &kinds[i]
		}
	}
	panic("rasht27: no kind " + code)
}

// planIssues lays out the year's issues until they hold N requests.
func (g *gen) planIssues() {
	rng := g.rng
	total := 0
	// The alley whose asphalt a hundred requests are about: one Golsar alley, the whole
	// rainy season, the same neighbours calling.
	{
		sp := g.world.pickSpot(rng, false)
		for sp.hood != g.world.hoods[0] || sp.alley == nil || sp.st.num == 0 {
			sp = g.world.pickSpot(rng, false)
		}
		size := 85 + rng.IntN(30)
		is := g.newIssue(kindByCode("asphalt"), "", sp, g.day(195+rng.IntN(25)), 120+rng.Float64()*40, size)
		is.campaign = true
		total += size
	}
	// Some years also have a street that floods in one storm, phoned in by dozens.
	if rng.Float64() < 0.7 {
		sp := g.world.pickSpot(rng, false)
		size := 30 + rng.IntN(35)
		g.newIssue(kindByCode("surfacewater"), "", sp, g.day(230+rng.IntN(80)), 2+rng.Float64()*2, size)
		total += size
	}
	weights := make([]float64, len(kinds))
	sum := 0.0
	for i, k := range kinds {
		sum += k.weight
		weights[i] = sum
	}
	for total < g.opt.N {
		x := rng.Float64() * sum
		ki, _ := slices.BinarySearch(weights, x)
		k := &kinds[min(ki, len(kinds)-1)]
		var sp spot
		var start time.Time
		topic := g.pickTopic(k)
		days := k.days * (0.4 + rng.Float64()*1.2)
		for try := 0; ; try++ {
			sp = g.world.pickSpotFor(rng, k)
			if k.area {
				sp.alley, sp.lm, sp.plate = nil, nil, 0
			}
			start = g.seasonalStart(k)
			if g.free(k, topic, sp, start, days) {
				break
			}
			if try == 200 {
				panic("rasht27: no free spot in 200 tries for " + k.code)
			}
		}
		anonymous := isUtilityTrench(k) && rng.Float64() < 0.2
		for ep := 0; ep < 4 && total < g.opt.N; ep++ {
			if ep > 0 {
				days = k.days * (0.4 + rng.Float64()*1.2)
				if !g.free(k, topic, sp, start, days) {
					break
				}
			}
			size := g.episodeSize(k)
			is := g.newIssue(k, topic, sp, start, days, size)
			is.anonymousTrench = anonymous
			total += size
			if rng.Float64() >= k.recur {
				break
			}
			// the problem comes back after the fix plus at least two weeks
			start = start.Add(time.Duration((days + 14 + rng.Float64()*60) * 24 * float64(time.Hour)))
			if start.After(yearStart.AddDate(0, 0, yearDays-1)) {
				break
			}
		}
	}
	// the last issue gives back what overshoots N
	over := total - g.opt.N
	for i := len(g.issues) - 1; over > 0 && i >= 0; i-- {
		cut := min(over, g.issues[i].size)
		g.issues[i].size -= cut
		over -= cut
	}
	g.issues = slices.DeleteFunc(g.issues, func(is *issue) bool { return is.size == 0 })
}

// pickTopic chooses the sub-problem; the untagged, usual one twice as often.
func (g *gen) pickTopic(k *kind) string {
	ts := k.topics()
	i := g.rng.IntN(len(ts) + 1)
	if i >= len(ts) {
		i = 0
	}
	return ts[i]
}

func isUtilityTrench(k *kind) bool {
	return k.code == "watertrench" || k.code == "gastrench" || k.code == "telecomtrench"
}

func (g *gen) day(d int) time.Time { return yearStart.AddDate(0, 0, d) }

// seasonalStart picks the day an episode begins: rain kinds mostly October–March (days 195
// to 364 of the Jalali year), fewer requests in the Nowruz holidays, summer garbage.
func (g *gen) seasonalStart(k *kind) time.Time {
	for {
		d := g.rng.IntN(yearDays)
		w := 1.0
		if k.rainy && d >= 195 {
			w = 3
		}
		if d < 13 {
			w *= 0.5
		}
		if g.day(d).Weekday() == time.Friday {
			w *= 0.6
		}
		if k.code == "garbage" && d >= 90 && d < 180 {
			w *= 1.4
		}
		if g.rng.Float64()*3 < w {
			return g.day(d).Add(g.hourOfDay(k))
		}
	}
}

// hourOfDay: people call between morning and late evening; gas, water and power cuts at any hour.
func (g *gen) hourOfDay(k *kind) time.Duration {
	hours := []float64{0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 5, 8, 9, 9, 8, 6, 5, 5, 6, 7, 8, 8, 7, 5, 3, 1}
	if k.days < 1 {
		hours = []float64{2, 1.5, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 5, 4, 3}
	}
	sum := 0.0
	for _, h := range hours {
		sum += h
	}
	x := g.rng.Float64() * sum
	h := 0
	for ; h < 23 && x > hours[h]; h++ {
		x -= hours[h]
	}
	return time.Duration(h)*time.Hour + time.Duration(g.rng.IntN(3600))*time.Second
}

// episodeSize is how many requests one episode draws.
func (g *gen) episodeSize(k *kind) int {
	r := g.rng.Float64()
	switch k.size {
	case 0:
		switch {
		case r < 0.76:
			return 1
		case r < 0.92:
			return 2
		default:
			return 3 + g.rng.IntN(3)
		}
	case 1:
		switch {
		case r < 0.54:
			return 1
		case r < 0.74:
			return 2
		case r < 0.89:
			return 3 + g.rng.IntN(3)
		case r < 0.985:
			return 6 + g.rng.IntN(10)
		default:
			return 16 + g.rng.IntN(20)
		}
	}
	return 3 + int(math.Round(g.rng.ExpFloat64()*7))
}
