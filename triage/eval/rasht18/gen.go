package rasht18

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options control a generated set. Zero fields take the defaults.
type Options struct {
	Seed     int64
	N        int       // requests; default 6000
	District string    // default "1"
	Start    time.Time // first day of the year covered; default 1 Farvardin 1404 (2025-03-21) in Tehran
}

// tehran is Iran's offset; Iran has kept no daylight saving time since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "1"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	return o
}

// issue is one problem at one place in one episode: the unit of truth.
type issue struct {
	id      string
	p       *problem
	v       *village
	sp      *spot  // nil for a village-wide problem
	mahalle string // for a village-wide problem, sometimes one mahalle
	start   time.Time
	days    int
	size    int
	noPlace bool // a lone request that names no place at all
}

// draft is one request before its words are written.
type draft struct {
	is       *issue
	nth      int // 0 for the first request of the issue
	at       time.Time
	channel  string
	followUp bool // quotes an earlier request's number
	repeat   bool // the same caller again
	village  bool // names the village but not the spot
	id       string
}

// Generate draws a labelled set: rows in time order, each with its issue and agency.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht18: negative N")
	}
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874313821))
	world := buildWorld(r)
	issues, err := planIssues(r, world, opt)
	if err != nil {
		return nil, err
	}
	drafts := scheduleRequests(r, issues, opt)
	// Issues are named in the order of their first request, so the name tells nothing of
	// how the issue was drawn.
	named := 0
	for _, d := range drafts {
		if d.is.id == "" {
			named++
			d.is.id = fmt.Sprintf("I%04d", named)
		}
	}
	rows := make([]labelled.Row, 0, len(drafts))
	w := &writer{r: r}
	for _, d := range drafts {
		rows = append(rows, w.row(d, opt))
	}
	return rows, nil
}

// Write generates a set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// bigSizes are the chronic problems of a year, for 6,000 requests: the lane that was mud
// all winter, the mahalle without gas.
var bigSizes = []int{100, 80, 65, 50, 42, 36, 30, 26, 22, 20}

// smallSize draws the size of an ordinary issue: about half are one request.
func smallSize(r *rand.Rand, p *problem) int {
	x := r.Float64()
	var n int
	switch {
	case x < 0.52:
		n = 1
	case x < 0.70:
		n = 2
	case x < 0.80:
		n = 3
	case x < 0.86:
		n = 4
	case x < 0.90:
		n = 5
	case x < 0.97:
		n = 6 + r.IntN(5)
	default:
		n = 11 + r.IntN(15)
	}
	if p.scope == atVillage && n > 1 {
		n += n / 2 // a village-wide outage reaches more callers
	}
	return n
}

func pickProblem(r *rand.Rand, chronicOnly bool) *problem {
	total := 0.0
	for _, p := range problems {
		if !chronicOnly || p.chronic {
			total += p.weight
		}
	}
	x := r.Float64() * total
	for _, p := range problems {
		if chronicOnly && !p.chronic {
			continue
		}
		if x < p.weight {
			return p
		}
		x -= p.weight
	}
	return problems[len(problems)-1]
}

func fits(p *problem, sp *spot) bool {
	switch p.needs {
	case "waterway":
		return sp.waterway
	case "field":
		return sp.field
	}
	return true
}

// planIssues draws the issues until their sizes add up to opt.N, keeping the episode rule:
// the same problem at the same place is a new issue only after the problem's gap.
func planIssues(r *rand.Rand, world []*village, opt Options) ([]*issue, error) {
	busy := map[string][][2]time.Time{}
	var issues []*issue
	total := 0
	scale := float64(opt.N) / 6000
	for k := 0; total < opt.N; k++ {
		var is *issue
		for try := 0; try < 200 && is == nil; try++ {
			big := k < len(bigSizes)
			p := pickProblem(r, big)
			v := world[r.IntN(len(world))]
			cand := &issue{p: p, v: v}
			if p.scope == atSpot {
				var fitting []*spot
				for _, sp := range v.spots {
					if fits(p, sp) {
						fitting = append(fitting, sp)
					}
				}
				if len(fitting) == 0 {
					continue
				}
				cand.sp = fitting[r.IntN(len(fitting))]
			} else if p.key == "nogas" || r.IntN(3) == 0 {
				cand.mahalle = v.mahalle[r.IntN(len(v.mahalle))]
			}
			cand.days = p.minDays + r.IntN(p.maxDays-p.minDays+1)
			if big {
				cand.size = max(2, int(math.Round(float64(bigSizes[k])*scale*(0.8+0.4*r.Float64()))))
				cand.days = max(cand.days, p.maxDays)
			} else {
				cand.size = smallSize(r, p)
			}
			cand.start = startDay(r, p, opt.Start, cand.days)
			key := placeKey(cand)
			end := cand.start.AddDate(0, 0, cand.days+p.gapDays)
			clash := false
			for _, b := range busy[key] {
				if cand.start.Before(b[1]) && b[0].Before(end) {
					clash = true
					break
				}
			}
			if clash {
				continue
			}
			busy[key] = append(busy[key], [2]time.Time{cand.start.AddDate(0, 0, -p.gapDays), end})
			is = cand
		}
		if is == nil {
			return nil, fmt.Errorf("rasht18: no free place and time for issue %d", k)
		}
		is.size = min(is.size, opt.N-total)
		total += is.size
		is.noPlace = is.size == 1 && r.Float64() < 0.06
		issues = append(issues, is)
	}
	return issues, nil
}

// placeKey is where the episode rule applies: a spot, or a whole village (a mahalle's gas
// and the village's gas are one place for the rule, so no two overlap).
func placeKey(is *issue) string {
	if is.sp != nil {
		return is.p.key + "|" + is.v.names[0] + "|" + is.sp.refs[0]
	}
	return is.p.key + "|" + is.v.names[0]
}

// startDay draws the first day by the problem's season, so that the episode ends within
// the year.
func startDay(r *rand.Rand, p *problem, yearStart time.Time, days int) time.Time {
	total := 0.0
	for _, w := range p.months {
		total += w
	}
	x := r.Float64() * total
	m := 0
	for ; m < 11; m++ {
		if x < p.months[m] {
			break
		}
		x -= p.months[m]
	}
	// Solar months: six of 31 days, five of 30, Esfand 29.
	day := 0
	for i := 0; i < m; i++ {
		day += monthDays(i)
	}
	day += r.IntN(monthDays(m))
	day = min(day, 364-days)
	return yearStart.AddDate(0, 0, max(day, 0))
}

func monthDays(m int) int {
	switch {
	case m < 6:
		return 31
	case m < 11:
		return 30
	}
	return 29
}

// scheduleRequests spreads each issue's requests over its episode (most come early), picks
// channels and the kinds of later request, types in some phone calls later in one batch,
// sorts by time and numbers them.
func scheduleRequests(r *rand.Rand, issues []*issue, opt Options) []*draft {
	var ds []*draft
	for _, is := range issues {
		for j := 0; j < is.size; j++ {
			d := &draft{is: is, nth: j}
			var at time.Time
			if j == 0 {
				at = is.start
			} else {
				u := math.Pow(r.Float64(), 1.7)
				at = is.start.Add(time.Duration(u * float64(is.days) * 24 * float64(time.Hour)))
				at = at.Truncate(24 * time.Hour).Add(-3*time.Hour - 30*time.Minute) // back to local midnight
				if at.Before(is.start) {
					at = is.start
				}
			}
			d.channel = pickChannel(r)
			d.at = at.Add(hourOfDay(r, d.channel))
			if j > 0 {
				x := r.Float64()
				switch {
				case x < 0.08:
					d.followUp = true
				case x < 0.14:
					d.repeat = true
					d.channel = "phone"
				}
			}
			d.village = !is.noPlace && is.sp != nil && r.Float64() < 0.08
			ds = append(ds, d)
		}
	}
	batchPhoneCalls(r, ds)
	slices.SortStableFunc(ds, func(a, b *draft) int { return a.at.Compare(b.at) })
	// A follow-up must come after the request it quotes; the first request of its issue is
	// the earliest one, so a follow-up that sorted before it becomes an ordinary request.
	seen := map[*issue]bool{}
	id := 401200000 + r.IntN(50000)
	for _, d := range ds {
		id += 1 + r.IntN(30) // other districts' requests share the numbering
		d.id = strconv.Itoa(id)
		if !seen[d.is] {
			seen[d.is] = true
			d.followUp, d.repeat = false, false
		}
	}
	return ds
}

func pickChannel(r *rand.Rand) string {
	x := r.Float64()
	switch {
	case x < 0.47:
		return "phone"
	case x < 0.75:
		return "app"
	case x < 0.85:
		return "web"
	}
	return "messenger"
}

// hourOfDay: calls come in office hours and evenings, app messages late into the night.
func hourOfDay(r *rand.Rand, channel string) time.Duration {
	h := 8 + r.IntN(13)
	if channel != "phone" && r.IntN(4) == 0 {
		h = (21 + r.IntN(5)) % 24
	}
	return time.Duration(h)*time.Hour + time.Duration(r.IntN(60))*time.Minute + time.Duration(r.IntN(60))*time.Second
}

// batchPhoneCalls: on some days the operator types the morning's calls in later, all with
// the same minute.
func batchPhoneCalls(r *rand.Rand, ds []*draft) {
	byDay := map[string][]*draft{}
	var days []string
	for _, d := range ds {
		if d.channel != "phone" || d.at.Hour() >= 12 {
			continue
		}
		k := d.at.Format("2006-01-02")
		if _, ok := byDay[k]; !ok {
			days = append(days, k)
		}
		byDay[k] = append(byDay[k], d)
	}
	for _, k := range days {
		group := byDay[k]
		if len(group) < 2 || r.Float64() >= 0.12 {
			continue
		}
		at := group[0].at
		at = time.Date(at.Year(), at.Month(), at.Day(), 13, r.IntN(60), 0, 0, at.Location())
		for _, d := range group {
			d.at = at
		}
	}
}
