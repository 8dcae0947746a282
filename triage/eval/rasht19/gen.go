package rasht19

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options chooses the set to generate; the zero value is the default set.
type Options struct {
	Seed     int64
	N        int    // number of requests; 6000 when zero
	District string // the district code in the export; "1" when empty
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

// The year 1404: 1 Farvardin 1404 is 21 March 2025. Iran keeps +03:30 all year since 2022.
var (
	tehran    = time.FixedZone("IRST", 3*3600+1800)
	yearStart = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
)

const yearDays = 365

// jalaliMonthDays are the month lengths of 1404 (not a leap year).
var jalaliMonthDays = [12]int{31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29}

const (
	episodeGapDays = 45 // two episodes of one problem at one spot are never closer
	maxReportGap   = 20 // within one episode no silence is longer (the rule's end is 30)
	noPlaceShare   = 0.03
)

// issue is one problem at one spot in one episode; spot is nil for a request that names
// no place, which is always alone.
type issue struct {
	prob  *problem
	spot  *spot
	times []time.Time
}

type draft struct {
	at      time.Time
	seq     int
	issue   *issue
	row     labelled.Row
	ref     int    // index into the issue's drafts of the request a follow-up quotes, or -1
	noRef   string // the follow-up's text when the quoted request is not earlier after all
	w       writer
	members []*draft
}

// Generate returns opt.N labelled requests in time order.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht19: negative N")
	}
	r := rand.New(rand.NewPCG(uint64(opt.Seed), uint64(opt.Seed)^0x9e3779b97f4a7c15))
	_, spots := buildDistrict()
	g := &generator{r: r, spots: spots, taken: map[[2]int][][2]float64{}}
	// Rasht's storms: a handful of days a year when rain floods many streets at once and
	// the wind brings trees down all over the district, each spot its own issue.
	for range 8 {
		g.stormDays = append(g.stormDays, math.Floor(g.pickDay(problemByKey("tree_fallen"))))
	}
	issues := g.issues(opt.N)
	rows := g.requests(issues, opt.District)
	return rows, nil
}

type generator struct {
	r     *rand.Rand
	spots []*spot
	// taken holds, per problem and spot, the day spans of the episodes already there.
	taken     map[[2]int][][2]float64
	stormDays []float64
}

func (g *generator) problemIndex(p *problem) int {
	for i := range problems {
		if &problems[i] == p {
			return i
		}
	}
	return -1
}

func (g *generator) pickProblem() *problem {
	total := 0.0
	for i := range problems {
		total += problems[i].share
	}
	u := g.r.Float64() * total
	for i := range problems {
		if u < problems[i].share {
			return &problems[i]
		}
		u -= problems[i].share
	}
	return &problems[len(problems)-1]
}

func fits(p *problem, s *spot) bool {
	switch p.where {
	case wherePark:
		return s.park != ""
	case whereAlley:
		return s.alley != nil
	case whereStreet:
		return s.mark != nil
	}
	return s.park == ""
}

func (g *generator) pickSpot(p *problem) *spot {
	total := 0.0
	for _, s := range g.spots {
		if fits(p, s) {
			total += s.weight
		}
	}
	u := g.r.Float64() * total
	var last *spot
	for _, s := range g.spots {
		if !fits(p, s) {
			continue
		}
		last = s
		if u < s.weight {
			return s
		}
		u -= s.weight
	}
	return last
}

// pickSize draws how many requests one issue draws: most one or two, a few dozens.
func (g *generator) pickSize(p *problem) int {
	u := g.r.Float64()
	switch {
	case u < 0.56:
		return 1
	case u < 0.76:
		return 2
	case u < 0.85:
		return 3
	case u < 0.925:
		return 4 + g.r.IntN(3)
	case u < 0.988:
		return int(math.Round(float64(7+g.r.IntN(6)) * p.tail))
	default:
		return int(math.Round(float64(13+g.r.IntN(18)) * p.tail))
	}
}

// pickDay draws the first day of an episode from the problem's season.
func (g *generator) pickDay(p *problem) float64 {
	total := 0.0
	for m := range 12 {
		total += p.season[m] * float64(jalaliMonthDays[m])
	}
	u := g.r.Float64() * total
	day := 0
	for m := range 12 {
		w := p.season[m] * float64(jalaliMonthDays[m])
		if u < w {
			return float64(day) + u/p.season[m]
		}
		u -= w
		day += jalaliMonthDays[m]
	}
	return float64(yearDays - 1)
}

// spanDays is how long an episode of n requests keeps drawing reports.
func (g *generator) spanDays(n int) float64 {
	switch {
	case n == 1:
		return 0
	case n <= 3:
		return 0.2 + g.r.Float64()*6
	case n <= 10:
		return 2 + g.r.Float64()*18
	case n <= 40:
		return 10 + g.r.Float64()*50
	}
	return 60 + g.r.Float64()*80
}

// place books an episode of p at s over [day, day+span] if no other episode of p at s is
// within episodeGapDays; it reports whether it could.
func (g *generator) place(p *problem, s *spot, day, span float64) bool {
	key := [2]int{g.problemIndex(p), s.id}
	for _, iv := range g.taken[key] {
		if day < iv[1]+episodeGapDays && iv[0] < day+span+episodeGapDays {
			return false
		}
	}
	g.taken[key] = append(g.taken[key], [2]float64{day, day + span})
	return true
}

// episode makes an issue of n requests of p at s starting on day.
func (g *generator) episode(p *problem, s *spot, n int, day, span float64) *issue {
	is := &issue{prob: p, spot: s}
	offs := make([]float64, n)
	for i := 1; i < n; i++ {
		offs[i] = span * math.Pow(g.r.Float64(), 1.3) // reports crowd the start
	}
	slices.Sort(offs)
	for i := 1; i < n; i++ {
		if offs[i]-offs[i-1] > maxReportGap {
			d := offs[i] - offs[i-1] - maxReportGap*g.r.Float64()
			for j := i; j < n; j++ {
				offs[j] -= d
			}
		}
	}
	for _, o := range offs {
		is.times = append(is.times, dayTime(day+o))
	}
	return is
}

func dayTime(d float64) time.Time {
	return yearStart.Add(time.Duration(d * float64(24*time.Hour)))
}

// issues draws the year's issues until they hold n requests.
func (g *generator) issues(n int) []*issue {
	var out []*issue
	total := 0
	add := func(is *issue) {
		if total+len(is.times) > n {
			is.times = is.times[:n-total]
		}
		if len(is.times) > 0 {
			out = append(out, is)
			total += len(is.times)
		}
	}
	// The one or two issues of the year that draw a hundred: an alley's asphalt left for
	// months, a street that floods with every autumn rain.
	if n >= 1000 {
		giants := []struct {
			key       string
			size      int
			from, len float64
		}{
			{"pothole", 80 + g.r.IntN(41), 185 + g.r.Float64()*30, 90 + g.r.Float64()*50},
			{"surface_water", 45 + g.r.IntN(46), 190 + g.r.Float64()*40, 50 + g.r.Float64()*40},
		}
		k := 1 + g.r.IntN(2)
		for _, gi := range giants[:k] {
			p := problemByKey(gi.key)
			for {
				s := g.pickSpot(p)
				if s.alley == nil && gi.key == "pothole" {
					continue
				}
				if g.place(p, s, gi.from, gi.len) {
					add(g.episode(p, s, gi.size, gi.from, gi.len))
					break
				}
			}
		}
	}
	noPlace := int(math.Round(noPlaceShare * float64(n)))
	for range noPlace {
		p := g.pickProblem()
		add(&issue{prob: p, times: []time.Time{dayTime(g.pickDay(p) + g.r.Float64())}})
	}
	for total < n {
		p := g.pickProblem()
		size := g.pickSize(p)
		span := g.spanDays(size)
		for try := 0; try < 50; try++ {
			s := g.pickSpot(p)
			day := g.pickDay(p)
			if stormy(p) && g.r.Float64() < 0.5 {
				day = g.stormDays[g.r.IntN(len(g.stormDays))] + 0.3 + 0.5*g.r.Float64()
			}
			if day+span > yearDays-0.5 {
				day = math.Max(0, yearDays-0.5-span)
			}
			if !g.place(p, s, day, span) {
				continue
			}
			add(g.episode(p, s, size, day, span))
			// Some problems come back at the same spot: a new episode, a new issue.
			if recurs(p) && size >= 2 && g.r.Float64() < 0.15 && total < n {
				size2 := 1 + g.r.IntN(4)
				span2 := g.spanDays(size2)
				day2 := day + span + episodeGapDays + g.r.Float64()*120
				if day2+span2 < yearDays-0.5 && g.place(p, s, day2, span2) {
					add(g.episode(p, s, size2, day2, span2))
				}
			}
			break
		}
	}
	return out
}

func stormy(p *problem) bool {
	switch p.key {
	case "surface_water", "tree_fallen", "tree_on_line", "power_cable":
		return true
	}
	return false
}

func recurs(p *problem) bool {
	switch p.key {
	case "garbage", "surface_water", "stray_dogs", "pothole", "street_light", "sewage", "construction_waste", "sidewalk_blocked":
		return true
	}
	return false
}

func problemByKey(key string) *problem {
	for i := range problems {
		if problems[i].key == key {
			return &problems[i]
		}
	}
	panic("rasht19: no problem " + key)
}

// requests writes every request of every issue, sorts them by time and numbers them the
// way the 137 system does: 1404MMDD and the day's sequence.
func (g *generator) requests(issues []*issue, district string) []labelled.Row {
	var all []*draft
	batches := map[int]int{} // in-person forms typed in per day: a lookup, never iterated
	for _, is := range issues {
		var members []*draft
		for j, t := range is.times {
			d := g.request(is, j, t, members, batches)
			d.row.District = district
			d.seq = len(all)
			members = append(members, d)
			all = append(all, d)
		}
		for _, d := range members {
			d.members = members
		}
	}
	slices.SortStableFunc(all, func(a, b *draft) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	perDay := map[string]int{}
	groups := map[*issue]string{}
	for _, d := range all {
		m, day := jalali(d.at)
		prefix := fmt.Sprintf("1404%02d%02d", m, day)
		perDay[prefix]++
		d.row.ID = fmt.Sprintf("%s%04d", prefix, perDay[prefix])
		if _, ok := groups[d.issue]; !ok {
			groups[d.issue] = fmt.Sprintf("r19-%04d", len(groups)+1)
		}
		d.row.Group = groups[d.issue]
	}
	rows := make([]labelled.Row, len(all))
	for i, d := range all {
		if d.ref >= 0 {
			ref := d.members[d.ref]
			if ref.at.Before(d.at) {
				d.row.Text = strings.ReplaceAll(d.row.Text, "{REF}", d.w.writeDigits(ref.row.ID))
			} else {
				d.row.Text = d.noRef
			}
		}
		d.row.CreatedAt = d.at
		rows[i] = d.row
	}
	return rows
}

// jalali is the month and day of 1404 that t falls on.
func jalali(t time.Time) (int, int) {
	d := int(t.In(tehran).Sub(yearStart) / (24 * time.Hour))
	for m := range 12 {
		if d < jalaliMonthDays[m] {
			return m + 1, d + 1
		}
		d -= jalaliMonthDays[m]
	}
	return 12, 29
}
