package rasht

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik"
)

// Options say which year to generate. Zero values take the defaults.
type Options struct {
	Seed     int64
	N        int       // requests; default 6000
	District string    // default "3"
	Start    time.Time // default one year before End
	End      time.Time // default 2026-11-20 (end of that day, Tehran time)
}

// Row is one generated request with its truth: the issue it belongs to and who must act.
type Row struct {
	tafkik.Request
	GroupID string
	Agency  tafkik.Agency
	Problem string // the problem code the generator used, for statistics
}

var tehran = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		return time.FixedZone("IRST", 3*3600+1800)
	}
	return loc
}()

func (o Options) withDefaults() (Options, error) {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return o, errors.New("rasht: N must be positive")
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
		return o, fmt.Errorf("rasht: start %s is not before end %s", o.Start, o.End)
	}
	return o, nil
}

// place is where an issue is. Exactly one of alley, street (with mark or plate), square,
// park or area street is the issue's own place.
type place struct {
	level  placeLevel
	hood   *hood
	street *street
	alley  *alley
	mark   *landmark
	rel    string // «روبروی», «جنب» ... before mark
	corner *alley // «نبش کوچه ...» for a street spot
	plate  int
	// primary is how most reporters name a street spot: 0 landmark, 1 corner, 2 plate.
	primary int
	square  *square
	park    *park
	lat     float64
	lon     float64
}

type issue struct {
	id       string
	k        *kind
	pl       place
	start    time.Time
	end      time.Time
	size     int
	resolved time.Time // zero while still open at the end of the year
	facet    int       // which of a mixed kind's problems (kind.say index)
	recurs   bool      // the same problem came back at a place where it had been repaired
	mega     bool
}

// draft is a request before its text is written.
type draft struct {
	is   *issue
	at   time.Time
	rank int // 0 for the issue's first request
	id   string
	home *alley // the reporter's own alley, for area-wide problems and other agencies
}

type gen struct {
	opt    Options
	rng    *rand.Rand
	w      *world
	issues []*issue
	byKey  map[placeKey][]*issue
	storms []time.Time
	kindW  []float64
}

type placeKey struct {
	code string
	at   any
}

var relWords = []string{"روبروی", "جنب", "کنار", "پشت", "نرسیده به", "بعد از", "جلوی", "روبه‌روی", "نزدیک", "سمت چپ", "بغل"}

// Generate makes opt.N requests of one district's year, in time order, with their truth.
func Generate(opt Options) ([]Row, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return nil, err
	}
	g := newGen(opt)
	g.makeStorms()
	g.makeIssues()
	drafts := g.makeDrafts()
	rows := make([]Row, len(drafts))
	seen := map[*issue][]string{}
	last := map[*issue]int{}
	for i, d := range drafts {
		rows[i] = g.render(d, seen[d.is])
		// Some people send the same message again, word for word (a double tap, or
		// a paste a few days later).
		if j, ok := last[d.is]; ok && chance(g.rng, 0.025) {
			rows[i].Text, rows[i].Address, rows[i].Channel = rows[j].Text, rows[j].Address, rows[j].Channel
		}
		seen[d.is] = append(seen[d.is], d.id)
		last[d.is] = i
	}
	return rows, nil
}

func newGen(opt Options) *gen {
	g := &gen{opt: opt, rng: rand.New(rand.NewPCG(uint64(opt.Seed), 0x137)), w: buildWorld(), byKey: map[placeKey][]*issue{}}
	for _, k := range kinds {
		g.kindW = append(g.kindW, k.weight)
	}
	return g
}

// makeStorms picks the days a Gilan storm floods streets and cuts power in many places at
// once: the same complaint, the same day, at different places.
func (g *gen) makeStorms() {
	days := int(g.opt.End.Sub(g.opt.Start).Hours() / 24)
	for range 5 + g.rng.IntN(4) {
		d := g.opt.Start.AddDate(0, 0, g.rng.IntN(max(days, 1)))
		g.storms = append(g.storms, time.Date(d.Year(), d.Month(), d.Day(), 6+g.rng.IntN(12), 0, 0, 0, tehran))
	}
}

func (g *gen) kindByCode(code string) *kind {
	for _, k := range kinds {
		if k.code == code {
			return k
		}
	}
	panic("rasht: no kind " + code)
}

func (g *gen) makeIssues() {
	n := g.opt.N
	total := 0
	add := func(is *issue) {
		is.id = fmt.Sprintf("g%05d", len(g.issues)+1)
		g.issues = append(g.issues, is)
		key := g.key(is.k, is.pl)
		g.byKey[key] = append(g.byKey[key], is)
		total += is.size
	}
	// A few issues of about a hundred requests: an alley's asphalt all year, a garbage
	// point, a square that floods.
	megas := []struct {
		code  string
		level placeLevel
		size  [2]int
		days  [2]int
	}{
		{"asphalt", atAlley, [2]int{90, 115}, [2]int{200, 300}},
		{"garbage", atStreet, [2]int{60, 90}, [2]int{90, 160}},
		{"surface_water", atSquare, [2]int{40, 70}, [2]int{1, 3}},
		{"asphalt", atStreet, [2]int{35, 60}, [2]int{120, 250}},
	}
	for i, m := range megas {
		if n < 3000 && i >= 1 || n < 1000 {
			break
		}
		k := g.kindByCode(m.code)
		// Bigger districts have bigger worst cases, but not in proportion.
		size := int(float64(m.size[0]+g.rng.IntN(m.size[1]-m.size[0]+1)) * math.Sqrt(float64(n)/6000))
		is := g.newIssue(k, m.level, size, m.days)
		if is == nil {
			continue
		}
		is.mega = true
		add(is)
	}
	for total < n {
		k := kinds[pickWeighted(g.rng, g.kindW)]
		is := g.newIssue(k, k.levels[g.rng.IntN(len(k.levels))], g.sampleSize(k), k.span)
		if is == nil {
			continue
		}
		add(is)
		// The look-alikes grouping must keep apart.
		switch r := g.rng.Float64(); {
		case r < 0.07 && is.size >= 2: // repaired, then the same problem at the same place months later
			if is.resolved.IsZero() {
				is.resolved = is.end.Add(time.Duration(24+g.rng.IntN(20*24)) * time.Hour)
			}
			gap := time.Duration(45+g.rng.IntN(100)) * 24 * time.Hour
			if again := g.issueAt(k, is.pl, is.resolved.Add(gap), g.sampleSize(k), k.span); again != nil {
				again.facet = is.facet
				again.recurs = true
				add(again)
			}
		case r < 0.12 && is.pl.level == atAlley && is.pl.alley.next != nil: // the next alley
			pl := g.alleyPlace(is.pl.alley.next)
			shift := time.Duration(g.rng.IntN(10*24)-5*24) * time.Hour
			if near := g.issueAt(k, pl, is.start.Add(shift), g.sampleSize(k), k.span); near != nil {
				near.facet = is.facet
				add(near)
			}
		case r < 0.18 && is.pl.level == atAlley: // another problem in the same alley
			other := kinds[pickWeighted(g.rng, g.kindW)]
			if other != k && slices.Contains(other.levels, atAlley) {
				shift := time.Duration(g.rng.IntN(20*24)) * time.Hour
				if both := g.issueAt(other, is.pl, is.start.Add(shift), g.sampleSize(other), other.span); both != nil {
					add(both)
				}
			}
		}
	}
	// Trim the last issues so that exactly N requests come out.
	for over := total - n; over > 0; {
		last := g.issues[len(g.issues)-1]
		if last.size > over {
			last.size -= over
			break
		}
		over -= last.size
		g.issues = g.issues[:len(g.issues)-1]
	}
}

// sampleSize draws how many requests an issue gets: most one to three, a long tail.
func (g *gen) sampleSize(k *kind) int {
	r := g.rng.Float64()
	var s float64
	switch {
	case r < 0.52:
		s = 1
	case r < 0.72:
		s = 2
	case r < 0.82:
		s = 3
	case r < 0.89:
		s = float64(4 + g.rng.IntN(2))
	case r < 0.94:
		s = float64(6 + g.rng.IntN(4))
	case r < 0.98:
		s = float64(10 + g.rng.IntN(11))
	case r < 0.997:
		s = float64(21 + g.rng.IntN(20))
	default:
		s = float64(41 + g.rng.IntN(30))
	}
	if s > 1 && s <= 20 {
		s = math.Max(1, math.Round(s*k.scale))
	} else if s == 1 && k.scale >= 1.5 && g.rng.IntN(2) == 0 {
		s = 2 // a gas smell or a power cut is rarely reported once
	}
	return int(s)
}

// newIssue places an issue of kind k somewhere free at a random time; nil when it found
// no free place.
func (g *gen) newIssue(k *kind, level placeLevel, size int, days [2]int) *issue {
	for range 20 {
		pl := g.randomPlace(level)
		start := g.randomStart(k)
		if is := g.issueAt(k, pl, start, size, days); is != nil {
			return is
		}
	}
	return nil
}

func (g *gen) randomStart(k *kind) time.Time {
	// Floods, fallen trees and power cuts come with storms.
	stormy := k.code == "surface_water" || k.code == "tree_fallen" || k.code == "power_cut" || k.code == "power_tree"
	if stormy && g.rng.IntN(3) > 0 && len(g.storms) > 0 {
		return g.storms[g.rng.IntN(len(g.storms))].Add(time.Duration(g.rng.IntN(360)) * time.Minute)
	}
	span := g.opt.End.Sub(g.opt.Start)
	return g.opt.Start.Add(time.Duration(g.rng.Int64N(int64(span))))
}

// issueAt makes an issue at pl from start, unless the same problem is already open there
// around that time (that would be one issue, not two) or start is past the end.
func (g *gen) issueAt(k *kind, pl place, start time.Time, size int, days [2]int) *issue {
	if start.Before(g.opt.Start) {
		start = g.opt.Start
	}
	if !start.Before(g.opt.End.Add(-2 * time.Hour)) {
		return nil
	}
	var span time.Duration
	if days[1] == 0 || (days[0] == 0 && g.rng.IntN(2) == 0) {
		span = time.Duration(2+g.rng.IntN(16)) * time.Hour
	} else {
		lo, hi := math.Log(float64(max(days[0], 1))), math.Log(float64(days[1]))
		span = time.Duration(math.Exp(lo+(hi-lo)*g.rng.Float64()) * float64(24*time.Hour))
		// A few reports do not stretch over a whole year: persistence shows in numbers.
		span = min(span, time.Duration(30+30*size)*24*time.Hour)
	}
	if size <= 1 {
		span = 0
	}
	end := start.Add(span)
	if end.After(g.opt.End) {
		end = g.opt.End
	}
	const margin = 30 * 24 * time.Hour
	for _, o := range g.byKey[g.key(k, pl)] {
		if start.Before(o.end.Add(margin)) && o.start.Before(end.Add(margin)) {
			return nil
		}
	}
	is := &issue{k: k, pl: pl, start: start, end: end, size: size, facet: g.rng.IntN(len(k.say))}
	if g.opt.End.Sub(end) > 20*24*time.Hour && g.rng.Float64() < 0.7 {
		is.resolved = end.Add(time.Duration(24+g.rng.IntN(20*24)) * time.Hour)
	}
	return is
}

// key says which place two issues of a kind must not share at one time. A spot on a street
// counts as the whole street, an area problem as the street it covers.
func (g *gen) key(k *kind, pl place) placeKey {
	switch pl.level {
	case atAlley:
		return placeKey{k.code, pl.alley}
	case atStreet, atArea:
		return placeKey{k.code, pl.street}
	case atSquare:
		return placeKey{k.code, pl.square}
	case atPark:
		return placeKey{k.code, pl.park}
	}
	return placeKey{k.code, pl.alley} // atNone: the reporter's alley
}

func (g *gen) alleyPlace(a *alley) place {
	pl := place{level: atAlley, hood: a.street.hood, street: a.street, alley: a, lat: a.lat, lon: a.lon}
	if len(a.marks) > 0 && g.rng.IntN(2) == 0 {
		pl.mark = a.marks[0]
		pl.rel = relWords[g.rng.IntN(len(relWords))]
	}
	if g.rng.IntN(4) == 0 {
		pl.plate = 1 + g.rng.IntN(120)
	}
	return pl
}

func (g *gen) randomPlace(level placeLevel) place {
	w := g.w
	switch level {
	case atAlley, atNone:
		pl := g.alleyPlace(w.alleys[g.rng.IntN(len(w.alleys))])
		pl.level = level
		return pl
	case atStreet:
		s := w.streets[g.rng.IntN(len(w.streets))]
		pos := 30 + g.rng.Float64()*float64(len(s.alleys))*55
		pl := place{level: atStreet, hood: s.hood, street: s}
		pl.lat, pl.lon = offset(s.lat, s.lon, pos, s.angle)
		// A spot has a landmark, a corner and a plate; each reporter names it by one.
		pl.mark = s.marks[g.rng.IntN(len(s.marks))]
		pl.rel = relWords[g.rng.IntN(len(relWords))]
		pl.corner = s.alleys[min(int(pos/55), len(s.alleys)-1)]
		pl.plate = 2 + 2*g.rng.IntN(300)
		pl.primary = pickWeighted(g.rng, []float64{6, 2, 2})
		return pl
	case atSquare:
		sq := w.squares[g.rng.IntN(len(w.squares))]
		return place{level: atSquare, hood: sq.hood, square: sq, lat: sq.lat, lon: sq.lon}
	case atPark:
		p := w.parks[g.rng.IntN(len(w.parks))]
		return place{level: atPark, hood: p.hood, park: p, lat: p.lat, lon: p.lon}
	case atArea:
		s := w.streets[g.rng.IntN(len(w.streets))]
		return place{level: atArea, hood: s.hood, street: s, lat: s.lat, lon: s.lon}
	}
	panic("rasht: unknown place level")
}

// asReported is the place as one reporter knows it: a street spot by its landmark, its
// corner or its plate (most by the usual one), the landmark's side in his own words, and
// in an alley his own house number more often than the one the problem is in front of.
func (g *gen) asReported(pl place) place {
	switch pl.level {
	case atStreet:
		by := pl.primary
		if chance(g.rng, 0.3) {
			by = g.rng.IntN(3)
		}
		if chance(g.rng, 0.25) {
			pl.rel = relWords[g.rng.IntN(len(relWords))]
		}
		if by != 0 {
			pl.mark = nil
		}
		if by != 1 {
			pl.corner = nil
		}
		if by != 2 {
			pl.plate = 0
		}
	case atAlley:
		switch {
		case chance(g.rng, 0.45):
			pl.plate = 0
		case pl.plate == 0 || chance(g.rng, 0.6):
			pl.plate = 1 + g.rng.IntN(120)
		}
		if pl.mark != nil && chance(g.rng, 0.25) {
			pl.rel = relWords[g.rng.IntN(len(relWords))]
		}
	}
	return pl
}

// makeDrafts spreads each issue's requests over its episode (most early, a tail later),
// sorts them by time and gives them tracking codes.
func (g *gen) makeDrafts() []*draft {
	var ds []*draft
	for _, is := range g.issues {
		span := is.end.Sub(is.start)
		for i := range is.size {
			d := &draft{is: is, at: is.start}
			if i > 0 {
				u := math.Pow(g.rng.Float64(), 1.6)
				d.at = is.start.Add(time.Duration(u * float64(span)))
			}
			d.at = g.dayTime(d.at, span)
			if is.pl.level == atArea || is.pl.level == atNone {
				if is.pl.level == atNone {
					d.home = is.pl.alley // the same person calling again
				} else {
					d.home = is.pl.street.alleys[g.rng.IntN(len(is.pl.street.alleys))]
				}
			}
			ds = append(ds, d)
		}
	}
	slices.SortStableFunc(ds, func(a, b *draft) int { return a.at.Compare(b.at) })
	perDay := map[string]int{}
	for _, d := range ds {
		jy, jm, jd, err := jalaali.ToJalaali(d.at.Year(), d.at.Month(), d.at.Day())
		if err != nil {
			panic(err) // every Gregorian date has a Jalali one
		}
		day := fmt.Sprintf("%04d%02d%02d", jy, int(jm), jd)
		perDay[day]++
		d.id = fmt.Sprintf("%s%04d", day, perDay[day])
	}
	ranks := map[*issue]int{}
	for _, d := range ds {
		d.rank = ranks[d.is]
		ranks[d.is]++
	}
	return ds
}

// dayTime moves a time into the hours people call 137 (mostly 8 to 23), unless the episode
// is only hours long; it stays inside the year.
func (g *gen) dayTime(t time.Time, span time.Duration) time.Time {
	t = t.In(tehran)
	if span >= 24*time.Hour {
		h := 8 + int(math.Abs(g.rng.NormFloat64()*4)+float64(g.rng.IntN(6)))
		if h > 23 {
			h = 7 + g.rng.IntN(16)
		}
		t = time.Date(t.Year(), t.Month(), t.Day(), h, g.rng.IntN(60), g.rng.IntN(60), 0, tehran)
	} else {
		t = t.Add(time.Duration(g.rng.IntN(60)) * time.Second).Truncate(time.Second)
	}
	if t.After(g.opt.End) {
		t = g.opt.End.Add(-time.Duration(g.rng.IntN(3600)) * time.Second)
	}
	if t.Before(g.opt.Start) {
		t = g.opt.Start
	}
	return t
}

func pickWeighted(rng *rand.Rand, w []float64) int {
	sum := 0.0
	for _, x := range w {
		sum += x
	}
	r := rng.Float64() * sum
	for i, x := range w {
		if r < x {
			return i
		}
		r -= x
	}
	return len(w) - 1
}

// pick returns one element of xs at random.
func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// chance is true with probability p.
func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }
