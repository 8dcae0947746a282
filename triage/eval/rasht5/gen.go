package rasht5

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Options choose what Generate produces. Zero fields take the defaults.
type Options struct {
	Seed     int64
	N        int       // requests; default 6000
	District string    // default "3"
	Start    time.Time // default End minus one year
	End      time.Time // default 2026-11-20
}

// Row is one generated request with its truth.
type Row struct {
	ID           string   `json:"id"`
	District     string   `json:"district"`
	CreatedAt    string   `json:"created_at"`
	Category     string   `json:"category"`
	Text         string   `json:"text"`
	Address      string   `json:"address"`
	Lat          *float64 `json:"lat,omitempty"`
	Lon          *float64 `json:"lon,omitempty"`
	Channel      string   `json:"channel"`
	Status       string   `json:"status"`
	Group        string   `json:"-"`
	Jurisdiction string   `json:"-"`
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return errors.New("rasht5: N must be positive")
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
		return errors.New("rasht5: Start must be before End")
	}
	return nil
}

// place is where one issue is: an alley (maybe its dead end), a stretch of a street by a
// landmark, a square or a park.
type place struct {
	h      *hood
	st     *street
	al     *alley
	ai     int  // index of al in st.alleys
	dead   bool // the issue is in al's dead end
	seg    string
	square string
	park   string
	lat    float64
	lon    float64
}

func (p place) key() string {
	switch {
	case p.al != nil:
		return fmt.Sprintf("%p/%d/%v", p.al, p.ai, p.dead)
	case p.st != nil:
		return fmt.Sprintf("%p/%s", p.st, p.seg)
	case p.square != "":
		return "sq/" + p.square
	}
	return fmt.Sprintf("park/%p/%s", p.h, p.park)
}

type issue struct {
	id    string
	pr    *problem
	pl    place
	start time.Time
	span  time.Duration
	size  int
	texts []string // what was written so far, before noise
}

type gen struct {
	r       *rand.Rand
	o       Options
	world   []*hood
	taken   map[string][]issue // problem code + place key → issues, to keep episodes apart
	iss     []*issue
	total   int
	outside int // requests of other agencies so far
}

// Generate builds the requests and their truth, deterministically for opt.Seed.
func Generate(opt Options) ([]Row, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewSource(opt.Seed))
	g := &gen{r: r, o: opt, world: buildWorld(r), taken: map[string][]issue{}}
	g.planIssues()
	rows := g.render()
	return rows, nil
}

// outsideScale scales the other agencies' weights so that they get 10-15% of requests.
const outsideScale = 0.55

func weight(p *problem) float64 {
	if p.agency != "municipality" {
		return p.weight * outsideScale
	}
	return p.weight
}

func (g *gen) pickProblem(level string) *problem {
	tot := 0.0
	for i := range problems {
		if level == "" || problems[i].level == level {
			tot += weight(&problems[i])
		}
	}
	x := g.r.Float64() * tot
	for i := range problems {
		if level == "" || problems[i].level == level {
			x -= weight(&problems[i])
			if x <= 0 {
				return &problems[i]
			}
		}
	}
	return &problems[len(problems)-1]
}

func (g *gen) problemByCode(code string) *problem {
	for i := range problems {
		if problems[i].code == code {
			return &problems[i]
		}
	}
	panic(code)
}

func (g *gen) randPlace(level string) place {
	h := g.world[g.r.Intn(len(g.world))]
	switch level {
	case "square":
		if len(h.squares) > 0 && g.r.Float64() < 0.7 {
			return place{h: h, square: pickS(g.r, h.squares), lat: h.lat + 0.001, lon: h.lon - 0.001}
		}
		level = "street"
	case "park":
		pk := pickS(g.r, h.parks)
		return place{h: h, park: pk, lat: h.lat - 0.0012, lon: h.lon + 0.0008}
	}
	st := h.streets[g.r.Intn(len(h.streets))]
	if level == "street" && g.r.Float64() < 0.8 {
		seg := pickS(g.r, st.landmarks)
		k := g.r.Intn(len(st.alleys))
		return place{h: h, st: st, seg: seg, lat: st.alleys[k].lat, lon: st.alleys[k].lon}
	}
	ai := g.r.Intn(len(st.alleys))
	return g.alleyPlace(h, st, ai, g.r.Float64() < 0.5)
}

func (g *gen) alleyPlace(h *hood, st *street, ai int, dead bool) place {
	al := st.alleys[ai]
	p := place{h: h, st: st, al: al, ai: ai, dead: dead && al.deadEnd > 0, lat: al.lat, lon: al.lon}
	if p.dead {
		p.lat += 0.0006
		p.lon += 0.0004
	}
	return p
}

// size draws the number of requests of an issue: most 1-3, some 10-40, a rare ~100.
func (g *gen) size() int {
	u := g.r.Float64()
	switch {
	case u < 0.55:
		return 1
	case u < 0.75:
		return 2
	case u < 0.85:
		return 3
	case u < 0.955:
		return 4 + g.r.Intn(6)
	case u < 0.998:
		return 10 + g.r.Intn(31)
	}
	return 70 + g.r.Intn(50)
}

func (g *gen) spanFor(n int) time.Duration {
	day := 24 * time.Hour
	switch {
	case n == 1:
		return 0
	case n <= 3:
		return time.Duration(1+g.r.Intn(10)) * day
	case n <= 9:
		return time.Duration(3+g.r.Intn(18)) * day
	case n <= 40:
		return time.Duration(15+g.r.Intn(31)) * day
	}
	return time.Duration(35+g.r.Intn(40)) * day
}

// add records an issue unless the same problem at the same place is already an episode
// less than 60 days away: that would be one issue, not two.
func (g *gen) add(pr *problem, pl place, start time.Time, n int) *issue {
	span := g.spanFor(n)
	if start.Add(span).After(g.o.End) {
		start = g.o.End.Add(-span - time.Hour)
	}
	if start.Before(g.o.Start) {
		return nil
	}
	k := pr.code + "|" + pl.key()
	for _, o := range g.taken[k] {
		if start.Before(o.start.Add(o.span+60*24*time.Hour)) && o.start.Before(start.Add(span+60*24*time.Hour)) {
			return nil
		}
	}
	if rem := g.o.N - g.total; n > rem {
		n = rem
	}
	if n <= 0 {
		return nil
	}
	is := &issue{id: fmt.Sprintf("g%05d", len(g.iss)+1), pr: pr, pl: pl, start: start, span: span, size: n}
	g.taken[k] = append(g.taken[k], *is)
	g.iss = append(g.iss, is)
	g.total += n
	if pr.agency != "municipality" {
		g.outside += n
	}
	return is
}

func (g *gen) randStart() time.Time {
	d := g.o.End.Sub(g.o.Start)
	return g.o.Start.Add(time.Duration(g.r.Int63n(int64(d))))
}

func (g *gen) planIssues() {
	// The headline cases: one alley's asphalt with ~100 requests, a flooding alley, a gas leak.
	hs := g.world[0]
	g.add(g.problemByCode("asphalt"), g.alleyPlace(hs, hs.streets[3], 5, false), g.randStart(), 95+g.r.Intn(15))
	g.add(g.problemByCode("rainwater"), g.randPlace("alley"), g.randStart(), 40+g.r.Intn(25))
	g.add(g.problemByCode("gassmell"), g.randPlace("alley"), g.randStart(), 5)
	for tries := 0; g.total < g.o.N && tries < 100000; tries++ {
		pr := g.pickProblem("")
		// a run of large outside issues would push their share past what a district sees
		for pr.agency != "municipality" && float64(g.outside) > 0.135*float64(g.o.N) {
			pr = g.pickProblem("")
		}
		pl := g.randPlace(pr.level)
		base := g.add(pr, pl, g.randStart(), g.size())
		if base == nil {
			continue
		}
		u := g.r.Float64()
		switch {
		case u < 0.10 && pl.al != nil:
			// the neighbouring alley, same problem, same weeks
			ai := pl.ai + 1
			if ai >= len(pl.st.alleys) {
				ai = pl.ai - 1
			}
			g.add(pr, g.alleyPlace(pl.h, pl.st, ai, false), base.start.Add(time.Duration(g.r.Intn(120))*time.Hour), g.size())
		case u < 0.18:
			// the same problem back at the same place months later
			g.add(pr, pl, base.start.Add(base.span+time.Duration(90+g.r.Intn(120))*24*time.Hour), g.size())
		case u < 0.25:
			// another problem at the same place at the same time
			other := g.pickProblem(pr.level)
			if other.code != pr.code {
				g.add(other, pl, base.start.Add(time.Duration(g.r.Intn(72))*time.Hour), g.size())
			}
		}
	}
}

func (g *gen) render() []Row {
	type pending struct {
		at  time.Time
		is  *issue
		idx int
	}
	var ps []pending
	for _, is := range g.iss {
		for i := 0; i < is.size; i++ {
			at := is.start
			if i > 0 && is.span > 0 {
				// reports crowd at the start of an episode and thin out
				f := math.Pow(g.r.Float64(), 1.6)
				at = at.Add(time.Duration(f * float64(is.span)))
			}
			h := 7 + g.r.Intn(16)
			at = time.Date(at.Year(), at.Month(), at.Day(), h, g.r.Intn(60), g.r.Intn(60), 0, tehran)
			ps = append(ps, pending{at, is, i})
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].at.Before(ps[j].at) })
	rows := make([]Row, 0, len(ps))
	earlier := map[*issue][]string{}
	for n, p := range ps {
		id := strconv.Itoa(1405000000 + 137*n + g.r.Intn(100))
		row := g.request(p.is, earlier[p.is])
		row.ID = id
		row.District = g.o.District
		row.CreatedAt = p.at.Format(time.RFC3339)
		row.Group = p.is.id
		row.Jurisdiction = p.is.pr.agency
		earlier[p.is] = append(earlier[p.is], id)
		rows = append(rows, row)
	}
	return rows
}

// Write generates into dir: requests.jsonl and truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range rows {
		if err := enc.Encode(&rows[i]); err != nil {
			return fmt.Errorf("write requests: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	t, err := os.Create(filepath.Join(dir, "truth.csv"))
	if err != nil {
		return err
	}
	defer t.Close()
	cw := csv.NewWriter(t)
	cw.Write([]string{"request_id", "group_id", "jurisdiction"})
	for _, r := range rows {
		cw.Write([]string{r.ID, r.Group, r.Jurisdiction})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write truth: %w", err)
	}
	return t.Close()
}

var _ = strings.TrimSpace
