package rasht4

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	jalaali "github.com/jalaali/go-jalaali"
)

// Options choose what to generate. Zero fields take the defaults.
type Options struct {
	Seed     int64
	N        int       // requests; default 6000
	District string    // default "3"
	Start    time.Time // default one year before End
	End      time.Time // default 2026-11-20 (end of that day, Tehran)
}

// Row is one generated request with its truth: Group is the distinct issue it belongs to and
// Agency who really must act (municipality, water, power, gas, telecom, police, other).
type Row struct {
	ID        string
	District  string
	CreatedAt time.Time
	Category  string
	Text      string
	Address   string
	Lat, Lon  *float64
	Channel   string
	Status    string
	Group     string
	Agency    string
}

// tehran is Iran's standard time; Iran has kept no daylight saving since 2022.
var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return errors.New("rasht4: N must be positive")
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.End.IsZero() {
		o.End = time.Date(2026, 11, 20, 23, 59, 0, 0, tehran)
	}
	if o.Start.IsZero() {
		o.Start = o.End.AddDate(-1, 0, 0)
	}
	if !o.Start.Before(o.End) {
		return errors.New("rasht4: Start must be before End")
	}
	return nil
}

// issue is one problem at one place in one episode.
type issue struct {
	group   string
	prob    *problem
	place   place
	first   time.Time
	last    time.Time
	size    int
	reqs    []*Row
	generic bool // reported mostly with texts that say nothing of the place
}

// Generate builds the requests of one district and their truth, the same for the same options.
func Generate(opt Options) ([]Row, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	g := &gen{r: newRand(opt.Seed), opt: opt}
	g.planIssues()
	return g.render(), nil
}

func newRand(seed int64) *rand.Rand { return rand.New(rand.NewPCG(uint64(seed), 0x7a66696b)) }

type gen struct {
	r      *rand.Rand
	opt    Options
	issues []*issue
}

// issueSize draws a long-tailed size: most issues get one to three reports, some a few dozen.
func (g *gen) issueSize() int {
	u := g.r.Float64()
	switch {
	case u < 0.52:
		return 1
	case u < 0.72:
		return 2
	case u < 0.82:
		return 3
	case u < 0.94:
		return 4 + g.r.IntN(6)
	default:
		return 10 + int(45*g.r.Float64()*g.r.Float64())
	}
}

func pick(r *rand.Rand, ps []problem) *problem {
	total := 0
	for i := range ps {
		total += ps[i].weight
	}
	n := r.IntN(total)
	for i := range ps {
		if n < ps[i].weight {
			return &ps[i]
		}
		n -= ps[i].weight
	}
	return &ps[len(ps)-1]
}

var (
	muniProblems, outsideProblems []problem
	hugeKinds                     = map[string]bool{"asphalt": true, "garbage": true, "rainwater": true, "debris": true, "sewage": true}
)

func init() {
	for _, p := range problems {
		if p.agency == "municipality" {
			muniProblems = append(muniProblems, p)
		} else {
			outsideProblems = append(outsideProblems, p)
		}
	}
}

func (g *gen) problemFor(huge bool) *problem {
	r := g.r
	if huge {
		for {
			p := pick(r, problems)
			if hugeKinds[p.id] && (p.agency == "municipality" || r.IntN(4) == 0) {
				return p
			}
		}
	}
	switch u := r.Float64(); {
	case u < 0.125:
		return pick(r, outsideProblems)
	case u < 0.20:
		return pick(r, lookalikes)
	default:
		return pick(r, muniProblems)
	}
}

func (g *gen) planIssues() {
	r, opt := g.r, g.opt
	total := 0
	nHuge := max(1, opt.N/2000)
	span := opt.End.Sub(opt.Start)
	byKey := map[string][]*issue{} // place key → issues there, for episodes and neighbours
	var placed []*issue
	for total < opt.N {
		huge := len(g.issues) < nHuge
		size := g.issueSize()
		if huge {
			size = 60 + r.IntN(60)
		}
		size = min(size, opt.N-total)
		is := &issue{group: fmt.Sprintf("G%04d", len(g.issues)+1), size: size, prob: g.problemFor(huge)}
		scale := is.prob.scale
		switch {
		case scale == "none":
			scale = "street"
		case scale == "street" && r.IntN(10) == 0:
			scale = "square" // at a square: «دور میدان گاز» is a place, not a gas leak
		}
		is.place = newPlace(r, scale)
		// days the reports run over: one report is one day; a big issue keeps being reported
		days := 0.0
		if size > 1 {
			days = min(float64(is.prob.spread), 1+float64(size)*(0.5+r.Float64()*1.5))
		}
		if huge {
			days = 40 + r.Float64()*80
		}
		// the hard cases: reuse a place already used
		if len(placed) > 0 && !huge {
			prev := placed[r.IntN(len(placed))]
			switch u := r.Float64(); {
			case u < 0.08: // another problem at the same place
				if baseKind(prev.prob.id) != baseKind(is.prob.id) && prev.prob.scale == is.prob.scale {
					is.place = prev.place
				}
			case u < 0.14: // the same problem in the neighbouring alley
				if prev.place.alleyNum > 1 && prev.prob.scale == "alley" {
					is.prob = prev.prob
					is.place = prev.place
					is.place.alleyNum += []int{-1, 1}[r.IntN(2)]
					is.place.plate = 1 + r.IntN(120)
					is.place.lat, is.place.lon = is.place.position()
				} else if prev.place.deadEnd > 0 {
					is.prob = prev.prob
					is.place = prev.place
					is.place.deadEnd = prev.place.deadEnd%6 + 1
					is.place.lat, is.place.lon = is.place.position()
				}
			case u < 0.20: // the same problem at the same place, months later
				after := prev.last.Add(time.Duration(60+r.IntN(120)) * 24 * time.Hour)
				if after.Add(time.Duration(days*24) * time.Hour).Before(opt.End) {
					is.prob, is.place = prev.prob, prev.place
					is.first = after
				}
			}
		}
		if is.first.IsZero() {
			free := span - time.Duration(days*24)*time.Hour
			if free < time.Hour {
				free = time.Hour
			}
			is.first = opt.Start.Add(time.Duration(r.Int64N(int64(free))))
		}
		is.last = is.first.Add(time.Duration(days*24) * time.Hour)
		if is.last.After(opt.End) {
			is.last = opt.End
		}
		// two issues of one problem at one place in overlapping months would be one issue
		// to anyone: move the later one elsewhere
		for try := 0; try < 20 && g.clash(byKey, is); try++ {
			is.place = newPlace(r, scale)
		}
		is.generic = r.IntN(14) == 0 && genericTexts[is.prob.id] != nil
		g.issues = append(g.issues, is)
		byKey[is.place.key()] = append(byKey[is.place.key()], is)
		placed = append(placed, is)
		total += size
	}
	// an episode's reports: the first on its first day, the rest spread over its days,
	// mostly early (people report when it starts)
	for _, is := range g.issues {
		win := is.last.Sub(is.first)
		for i := 0; i < is.size; i++ {
			t := is.first
			if i > 0 && win > 0 {
				f := r.Float64()
				f = f * f
				t = is.first.Add(time.Duration(f * float64(win)))
			}
			t = dayTime(r, t)
			if t.After(opt.End) {
				t = opt.End.Add(-time.Duration(r.IntN(3600)) * time.Second)
			}
			if t.Before(opt.Start) {
				t = opt.Start.Add(time.Duration(r.IntN(3600)) * time.Second)
			}
			is.reqs = append(is.reqs, &Row{CreatedAt: t, Group: is.group, Agency: is.prob.agency, District: opt.District})
		}
	}
}

func (g *gen) clash(byKey map[string][]*issue, is *issue) bool {
	for _, o := range byKey[is.place.key()] {
		if baseKind(o.prob.id) != baseKind(is.prob.id) {
			continue
		}
		gap := 45 * 24 * time.Hour
		if is.first.Before(o.last.Add(gap)) && o.first.Before(is.last.Add(gap)) {
			return true
		}
	}
	return false
}

// baseKind is the problem a look-alike really is, for telling issues apart.
func baseKind(id string) string {
	switch id {
	case "rain-sewage-word":
		return "rainwater"
	case "tree-powerword":
		return "tree"
	case "asphalt-landmark":
		return "asphalt"
	case "garbage-landmark":
		return "garbage"
	case "dogs-police":
		return "dogs"
	case "shopgoods-car":
		return "shopgoods"
	case "channel-trench-muni":
		return "debris"
	}
	return id
}

// dayTime puts t at a plausible hour of its Tehran day: people call from morning to late night.
func dayTime(r *rand.Rand, t time.Time) time.Time {
	t = t.In(tehran)
	h := 7 + r.IntN(16)
	if r.IntN(20) == 0 {
		h = r.IntN(7) // night emergencies
	}
	return time.Date(t.Year(), t.Month(), t.Day(), h, r.IntN(60), r.IntN(60), 0, tehran)
}

// render assigns ids in time order (so follow-ups cite an earlier id) and writes each text.
func (g *gen) render() []Row {
	type ref struct {
		row *Row
		is  *issue
	}
	var all []ref
	for _, is := range g.issues {
		for _, rw := range is.reqs {
			all = append(all, ref{rw, is})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].row.CreatedAt.Before(all[j].row.CreatedAt) })
	perDay := map[string]int{}
	for _, a := range all {
		jy, jm, jd, _ := jalaali.ToJalaali(a.row.CreatedAt.Year(), a.row.CreatedAt.Month(), a.row.CreatedAt.Day())
		day := fmt.Sprintf("%04d%02d%02d", jy, int(jm), jd)
		perDay[day]++
		a.row.ID = fmt.Sprintf("%s%05d", day, perDay[day]*7+g.r.IntN(7)) // gaps: other districts' requests
	}
	out := make([]Row, 0, len(all))
	seen := map[*issue][]string{}
	prev := map[*issue]*Row{}
	for _, a := range all {
		if p := prev[a.is]; p != nil && p.Channel != "تلفن" && a.row.CreatedAt.Sub(p.CreatedAt) < 72*time.Hour && g.r.IntN(25) == 0 {
			// the same citizen sends the same text again: the app seemed not to take it
			id, t := a.row.ID, a.row.CreatedAt
			*a.row = *p
			a.row.ID, a.row.CreatedAt = id, t
			a.row.Status = oneOf(g.r, "جدید", "new", "")
		} else {
			g.writeRequest(a.row, a.is, seen[a.is])
		}
		prev[a.is] = a.row
		seen[a.is] = append(seen[a.is], a.row.ID)
		out = append(out, *a.row)
	}
	return out
}
