package rasht17

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

// Options say which set to generate. Zero fields take their defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "1"
	// Start is the first day of the year the set covers; default Nowruz 1404
	// (2025-03-21, Tehran time).
	Start time.Time
}

// tehran is Iran Standard Time; Iran has kept no summer time since 2022.
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

const yearDays = 365

// minGap keeps two episodes of one family at one spot apart (README: episode).
const minGap = 14 * 24 * time.Hour

// issue is one problem at one spot in one episode.
type issue struct {
	n      int
	k      *kind
	agency string
	town   *town
	phase  int    // 0 for town-wide scopes
	blk    *block // the spot, for scopeBlock
	start  time.Time
	dur    time.Duration
	size   int
	place  string // placeless text, for scopeNone
	cat    string
}

func (is *issue) id() string { return fmt.Sprintf("r17-%04d-%s", is.n, is.k.name) }

// draft is one request before ids are given.
type draft struct {
	is      *issue
	at      time.Time
	channel string
	home    *block // the writer's block
	lat     float64
	lon     float64
	pinned  bool
	text    string
	address string
	noise   noise
	follow  bool // quotes an earlier request of its issue
	// followText is the text with {ref} where the earlier request's number goes
	followText string
	repeat     bool
}

// Generate writes the set in memory: requests in time order with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht17: negative N")
	}
	g := newGen(opt)
	g.plan()
	drafts := g.drafts()
	g.batches(drafts)
	sort.SliceStable(drafts, func(i, j int) bool { return drafts[i].at.Before(drafts[j].at) })
	return g.rows(drafts), nil
}

func newGen(opt Options) *gen {
	r := rand.New(rand.NewPCG(uint64(opt.Seed), uint64(opt.Seed)*0x9e3779b97f4a7c15+17))
	return &gen{r: r, opt: opt, towns: newWorld(r)}
}

type gen struct {
	r      *rand.Rand
	opt    Options
	towns  []*town
	issues []*issue
}

var placelessKind = &kind{name: "general", family: "general", scope: scopeNone, minSize: 1, maxSize: 1}

// placelessWeight is how often, among issues, a request gives no place at all.
const placelessWeight = 4.0

// plan draws issues until their sizes add up to N exactly.
func (g *gen) plan() {
	r := g.r
	total := placelessWeight
	for i := range kinds {
		total += kinds[i].weight
	}
	left := g.opt.N
	for left > 0 {
		x := r.Float64() * total
		var k *kind
		for i := range kinds {
			if x < kinds[i].weight {
				k = &kinds[i]
				break
			}
			x -= kinds[i].weight
		}
		var is *issue
		if k == nil {
			p := pick(r, placeless)
			is = &issue{k: placelessKind, agency: p.agency, place: p.text, cat: p.category, size: 1,
				start: g.opt.Start.Add(time.Duration(r.Float64() * yearDays * 24 * float64(time.Hour)))}
		} else if is = g.place(k); is == nil {
			continue
		}
		if is.size > left {
			is.size = left
		}
		left -= is.size
		is.n = len(g.issues) + 1
		g.issues = append(g.issues, is)
	}
}

// place gives an issue of kind k its spot, episode and size, or nil when no spot is free.
func (g *gen) place(k *kind) *issue {
	r := g.r
	is := &issue{k: k, agency: pick(r, k.agencies), cat: k.category}
	u := math.Pow(r.Float64(), k.heavy*2.5)
	is.size = k.minSize + int(u*float64(k.maxSize-k.minSize+1))
	is.dur = time.Duration((k.minDays + r.Float64()*(k.maxDays-k.minDays)) * 24 * float64(time.Hour))
	for range 30 {
		is.town = pick(r, g.towns)
		switch k.scope {
		case scopeBlock:
			ph := pick(r, is.town.phases)
			is.phase = ph.n
			is.blk = pick(r, ph.blocks)
			if !fits(is.blk, k.needs) {
				continue
			}
		case scopePhase:
			is.phase = pick(r, is.town.phases).n
		}
		is.start = g.startDay(k, is.dur)
		if !g.clashes(is) {
			return is
		}
	}
	return nil
}

func fits(b *block, needs string) bool {
	switch {
	case needs == "complex":
		return b.complex != ""
	case strings.HasPrefix(needs, "landmark:"):
		return b.landmark == strings.TrimPrefix(needs, "landmark:")
	}
	return true
}

// startDay draws an episode's start by the kind's season, so that it ends within the year.
func (g *gen) startDay(k *kind, dur time.Duration) time.Time {
	last := float64(yearDays) - dur.Hours()/24
	if last < 1 {
		last = 1
	}
	top := 0.0
	for _, w := range k.season {
		top = max(top, w)
	}
	for {
		d := g.r.Float64() * last
		m := min(int(d/30.42), 11)
		if top == 0 || g.r.Float64()*top < k.season[m] {
			return g.opt.Start.Add(time.Duration(d * 24 * float64(time.Hour)))
		}
	}
}

// clashes reports whether is would share a spot and time with an issue of its family.
func (g *gen) clashes(is *issue) bool {
	for _, o := range g.issues {
		if o.k.family != is.k.family || o.town != is.town {
			continue
		}
		if o.phase != 0 && is.phase != 0 && o.phase != is.phase {
			continue
		}
		if o.blk != nil && is.blk != nil && o.blk != is.blk {
			continue
		}
		if is.start.Before(o.start.Add(o.dur+minGap)) && o.start.Before(is.start.Add(is.dur+minGap)) {
			return true
		}
	}
	return false
}

// hourWeights: when people write, from 0h to 23h.
var hourWeights = []float64{1, 0.5, 0.2, 0.1, 0.1, 0.2, 0.5, 2, 4, 5, 5, 5, 4, 4, 4, 4, 4, 4, 5, 5, 6, 6, 5, 3}

func (g *gen) hour() int {
	x := g.r.Float64() * 86.9
	for h, w := range hourWeights {
		if x < w {
			return h
		}
		x -= w
	}
	return 23
}

// drafts writes every issue's requests.
func (g *gen) drafts() []*draft {
	var out []*draft
	for _, is := range g.issues {
		var prev []*draft
		for i := 0; i < is.size; i++ {
			d := &draft{is: is}
			d.at = g.when(is, i)
			g.channel(d)
			g.pin(d)
			d.follow = i > 0 && g.r.Float64() < 0.05
			if i > 0 && len(prev) > 0 && g.r.Float64() < 0.04 {
				// the same resident again, in the same words
				p := pick(g.r, prev)
				d.channel, d.text, d.address, d.noise, d.home = p.channel, p.text, p.address, p.noise, p.home
				d.lat, d.lon, d.pinned = p.lat, p.lon, p.pinned
				d.repeat = true
				if d.channel != "phone" && g.r.IntN(2) == 0 {
					d.text = d.noise.apply(g.r, pick(g.r, []string{"دوباره ", "باز هم ", "هنوز "}), true) + d.text
				}
				d.follow = false
			} else {
				g.write(d)
			}
			prev = append(prev, d)
			out = append(out, d)
		}
	}
	return out
}

// when is the i-th request's time: the first opens the episode, the rest crowd its start.
func (g *gen) when(is *issue, i int) time.Time {
	if is.k.scope == scopeNone {
		return is.start.Truncate(time.Minute)
	}
	off := time.Duration(0)
	if i > 0 {
		off = time.Duration(math.Pow(g.r.Float64(), 1.6) * float64(is.dur))
	}
	at := is.start.Add(off)
	if is.dur >= 48*time.Hour {
		// a long episode: keep the day, draw the hour people write at
		y, m, d := at.Date()
		at = time.Date(y, m, d, g.hour(), g.r.IntN(60), g.r.IntN(60), 0, tehran)
		if at.Before(is.start) {
			at = at.Add(24 * time.Hour)
		}
	} else {
		at = at.Add(time.Duration(g.r.IntN(60)) * time.Second)
	}
	return at
}

func (g *gen) channel(d *draft) {
	x := g.r.Float64()
	phone := 0.25
	if d.is.k.family == "gas" || d.is.agency == "police" {
		phone = 0.45
	}
	switch {
	case x < phone:
		d.channel = "phone"
	case x < phone+0.1:
		d.channel = "web"
	default:
		d.channel = "app"
	}
	d.noise = newNoise(g.r, d.channel == "phone")
}

// pin picks the writer's home and, from the app and sometimes the web form, a map pin 20–150 m
// from the problem, or far off now and then.
func (g *gen) pin(d *draft) {
	r := g.r
	is := d.is
	var lat, lon float64
	switch is.k.scope {
	case scopeBlock:
		d.home = is.blk
		lat, lon = is.blk.lat, is.blk.lon
	case scopePhase:
		d.home = pick(r, is.town.phases[is.phase-1].blocks)
		lat, lon = d.home.lat, d.home.lon
	case scopeNone:
		tw := pick(r, g.towns)
		d.home = pick(r, pick(r, tw.phases).blocks)
		lat, lon = d.home.lat, d.home.lon
	default:
		d.home = pick(r, pick(r, is.town.phases).blocks)
		lat, lon = d.home.lat, d.home.lon
		if is.k.scope == scopeBoulevard || is.k.scope == scopeAccess {
			// the road runs along phase 1's south edge, 600 m long
			ph := is.town.phases[0]
			lat = ph.lat - 60/mPerDegLat
			lon = ph.lon + (r.Float64()*600-100)/mPerDegLon
			if is.k.scope == scopeAccess {
				lat -= 300 / mPerDegLat
			}
		}
	}
	share := 0.0
	switch d.channel {
	case "app":
		share = 0.93
	case "web":
		share = 0.3
	}
	if r.Float64() >= share {
		return
	}
	d.pinned = true
	dist := 20 + r.Float64()*130
	if r.Float64() < 0.05 {
		dist = 500 + r.Float64()*3500
	}
	d.lat, d.lon = offset(r, lat, lon, dist)
	d.lat = math.Round(d.lat*1e6) / 1e6
	d.lon = math.Round(d.lon*1e6) / 1e6
}
