package rasht33

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options controls one generated year.
type Options struct {
	Seed int64
	// N is the number of requests; 6000 when zero.
	N int
	// District is written in every request's district field; "5" when empty.
	District string
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

// yearStart is 1 Aban 1404.
var yearStart = time.Date(2025, 10, 23, 0, 0, 0, 0, tehran)

const yearDays = 365

// issue is one problem at one spot in one episode.
type issue struct {
	prob    *problem
	sp      spot
	noPlace bool
	// start and span in days from yearStart.
	start, span float64
	size        int
	// stuck issues are never fixed within the year.
	stuck bool
	group string
}

// draft is a request before it has its id.
type draft struct {
	iss      *issue
	at       time.Time
	seq      int
	channel  string
	followOf *draft
	// copyOf is the request the app sent twice: a double tap or a retry on a bad line.
	copyOf *draft
	w      writer
	row    labelled.Row
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

// Generate writes one year of the district's 137 requests, in time order, with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht33: negative N")
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x5261736874333333))
	issues := planIssues(rng, opt.N)
	var drafts []*draft
	for _, is := range issues {
		drafts = append(drafts, requestsOf(rng, is)...)
	}
	// a plan may overshoot by the last issue's size; the year keeps exactly N requests
	// by trimming the latest follow-ups of the largest issues.
	if len(drafts) > opt.N {
		slices.SortStableFunc(drafts, func(a, b *draft) int {
			if c := cmp.Compare(b.iss.size, a.iss.size); c != 0 {
				return c
			}
			return cmp.Compare(a.seq, b.seq)
		})
		drafts = trim(drafts, len(drafts)-opt.N)
	}
	slices.SortStableFunc(drafts, func(a, b *draft) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	id := 5_300_000 + rng.IntN(90_000)
	groups := 0
	for _, d := range drafts {
		id += 1 + rng.IntN(7) // other districts' requests take the numbers between
		d.row.ID = fmt.Sprint(id)
		if d.iss.group == "" {
			groups++
			d.iss.group = fmt.Sprintf("r33-%05d", groups)
		}
	}
	rows := make([]labelled.Row, len(drafts))
	for i, d := range drafts {
		render(rng, d, opt.District)
		rows[i] = d.row
	}
	return rows, nil
}

// trim drops n drafts, none the first of its issue, from the front of drafts (the largest
// issues), keeping the rest's order.
func trim(drafts []*draft, n int) []*draft {
	drop := make(map[*draft]bool, n)
	for _, d := range drafts {
		if len(drop) == n {
			break
		}
		if d.seq > 0 && d.iss.size > 3 {
			drop[d] = true
		}
	}
	out := drafts[:0]
	for _, d := range drafts {
		if drop[d] {
			continue
		}
		if d.followOf != nil && drop[d.followOf] {
			d.followOf = nil
		}
		if d.copyOf != nil && drop[d.copyOf] {
			d.copyOf = nil
		}
		out = append(out, d)
	}
	return out
}

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

func pickProblem(rng *rand.Rand) *problem {
	total := 0.0
	for i := range problems {
		total += problems[i].weight
	}
	x := rng.Float64() * total
	for i := range problems {
		if x < problems[i].weight {
			return &problems[i]
		}
		x -= problems[i].weight
	}
	return &problems[len(problems)-1]
}

// issueSize: most issues draw one or two requests, a few dozens.
func issueSize(rng *rand.Rand, big bool) int {
	x := rng.Float64()
	switch {
	case x < 0.56:
		return 1
	case x < 0.77:
		return 2
	case x < 0.86:
		return 3
	case x < 0.92:
		return 4 + rng.IntN(2)
	}
	if !big {
		return 3 + rng.IntN(5)
	}
	switch {
	case x < 0.97:
		return 6 + rng.IntN(8)
	case x < 0.993:
		return 14 + rng.IntN(22)
	default:
		return 36 + rng.IntN(30)
	}
}

// startDay draws an episode's first day by the problem's season.
func startDay(rng *rand.Rand, p *problem, rainDays []int) float64 {
	if p.rain && len(rainDays) > 0 {
		return float64(rainDays[rng.IntN(len(rainDays))]) + 0.2 + rng.Float64()*0.7
	}
	for {
		d := rng.Float64() * yearDays
		m := int(d / 30.5)
		if m > 11 {
			m = 11
		}
		w := 1.0
		if p.season != nil {
			w = p.season[m] / 3
		}
		if rng.Float64() < w {
			return d
		}
	}
}

// rainDays are Rasht's heavy-rain days, most of them from Aban to Esfand.
func rainDays(rng *rand.Rand) []int {
	var days []int
	for d := range yearDays {
		m := min(d*12/yearDays, 11)
		if rng.Float64() < wetSeason[m]*0.045 {
			days = append(days, d)
		}
	}
	return days
}

type interval struct{ from, to float64 }

// episodeGap is the least quiet time, in days, between two episodes of one problem at one
// spot: a week for what is fixed in a day or two (a pile of garbage, a flooded street), a
// month for what takes work (asphalt, a dark pole, an excavation, a pack of dogs). Calls
// closer than that would be one episode by the labelling rule.
func episodeGap(p *problem) float64 {
	if p.span > 5 {
		return 30
	}
	return 7
}

// planIssues lays out the year's issues until they hold at least n requests, never two
// episodes of one problem at one spot closer than episodeGap.
func planIssues(rng *rand.Rand, n int) []*issue {
	rain := rainDays(rng)
	busy := map[string][]interval{}
	free := func(p *problem, sp spot, from, to float64) bool {
		k := p.key + "@" + sp.key()
		gap := episodeGap(p)
		for _, iv := range busy[k] {
			if from < iv.to+gap && to > iv.from-gap {
				return false
			}
		}
		busy[k] = append(busy[k], interval{from, to})
		return true
	}
	var issues []*issue
	total := 0
	add := func(is *issue) {
		issues = append(issues, is)
		total += is.size
	}
	// the year's two long stories: an alley left unpaved from Azar into summer, and a pack
	// of dogs at a park of the new blocks through the winter.
	scale := float64(n) / 6000
	asphalt, dogs := &problems[0], &problems[4]
	sp := pickSpot(rng, true)
	free(asphalt, sp, 35, 290)
	add(&issue{prob: asphalt, sp: sp, start: 35, span: 255, size: max(1, int((90+float64(rng.IntN(35)))*scale)), stuck: true})
	sp = pickSpot(rng, true)
	free(dogs, sp, 60, 170)
	add(&issue{prob: dogs, sp: sp, start: 60, span: 110, size: max(1, int((45+float64(rng.IntN(25)))*scale))})

	// chronic spots: the corner whose bin overflows again and again, the street that floods
	// at every rain, the pole whose lamp keeps failing.
	chronic := map[string][]spot{}
	for _, k := range []string{"garbage", "surfacewater", "light", "sewage"} {
		for range 3 + rng.IntN(6) {
			chronic[k] = append(chronic[k], pickSpot(rng, false))
		}
	}
	for total < n {
		p := pickProblem(rng)
		is := &issue{prob: p, size: issueSize(rng, p.big)}
		if rng.Float64() < 0.03 {
			is.noPlace, is.size = true, 1
			is.start = startDay(rng, p, rain)
			add(is)
			continue
		}
		placed := false
		for try := 0; try < 30 && !placed; try++ {
			if c := chronic[p.key]; len(c) > 0 && rng.Float64() < 0.4 {
				is.sp = c[rng.IntN(len(c))]
			} else {
				is.sp = pickSpot(rng, p.alley)
			}
			is.start = startDay(rng, p, rain)
			is.span = p.span * (0.3 + 0.7*rng.Float64()) * math.Min(1+float64(is.size)/10, 3)
			if is.start+is.span > yearDays {
				is.span = math.Max(0.1, yearDays-is.start)
			}
			placed = free(p, is.sp, is.start, is.start+is.span)
		}
		if placed {
			add(is)
		}
	}
	return issues
}
