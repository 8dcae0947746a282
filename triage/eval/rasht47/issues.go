package rasht47

import (
	"math"
	"math/rand/v2"
	"time"
)

// place is where an issue is, at the grain its problem kind asks for (see README).
type place struct {
	Kind     placeKind
	Hood     int
	Street   int  // -1 when none
	Alley    int  // the alley, or for a street block the alley whose mouth it faces; -1 when none
	Landmark int  // -1 when none
	Plate    int  // 0 when none
	OnStreet bool // a building on the street itself, not in an alley
	Spot     point
}

func (p place) key() string {
	switch p.Kind {
	case pAlley:
		return "a" + itoa(p.Alley)
	case pBlock:
		return "b" + itoa(p.Street) + "-" + itoa(p.Alley)
	case pPlate:
		if p.OnStreet {
			return "s" + itoa(p.Street) + "-" + itoa(p.Alley) + "-" + itoa(p.Plate)
		}
		return "p" + itoa(p.Alley) + "-" + itoa(p.Plate)
	case pLandmark:
		// a landmark's trouble is trouble on the block in front of it
		return "b" + itoa(p.Street) + "-" + itoa(p.Alley)
	default:
		return "h" + itoa(p.Hood)
	}
}

// issue is one problem at one place in one episode: the truth of every request written from it.
type issue struct {
	Prob    *problem
	Place   place
	Start   time.Time
	Dur     float64 // days during which its requests come
	Size    int
	Utility string // the utility named for a trench
	Hot     string // a named issue of the picture (README, hard cases)
	Chronic bool   // a standing complaint («هر شب») rather than one night
	Recur   bool   // a later episode at an earlier issue's place
	Next    bool   // next door to an earlier issue of the same kind at the same time
	Group   string
}

func (is *issue) end() time.Time { return is.Start.Add(days(is.Dur)) }

// family groups kinds that a clerk would not let run at one place at one time as two issues.
func family(code string) string {
	switch code {
	case "asphalt", "trench_restore", "trench_water", "trench_gas", "trench_telecom", "trench_power":
		return "road"
	}
	return code
}

type planner struct {
	r      *rand.Rand
	w      *world
	rains  []event
	snow   event
	issues []*issue
	byKey  map[string][]*issue // family|place → issues there
	days   map[string]*daySampler
	scale  float64
}

func (pl *planner) sampler(p *problem) *daySampler {
	if s, ok := pl.days[p.Code]; ok {
		return s
	}
	s := newDaySampler(p.Season)
	pl.days[p.Code] = s
	return s
}

// free reports whether an issue of kind p at place x over [start, start+dur] keeps the gap
// its kind needs from every other episode of the same family there.
func (pl *planner) free(p *problem, x place, start time.Time, dur float64) bool {
	return pl.clash(p, x, start, dur) == nil
}

func (pl *planner) add(is *issue) {
	k := family(is.Prob.Code) + "|" + is.Place.key()
	pl.byKey[k] = append(pl.byKey[k], is)
	pl.issues = append(pl.issues, is)
}

// newPlace draws a place for a problem of kind p.
func (pl *planner) newPlace(p *problem) place {
	r, w := pl.r, pl.w
	ws := make([]float64, len(p.Kinds))
	for i, k := range p.Kinds {
		ws[i] = k.w
	}
	kind := p.Kinds[pickWeighted(r, ws)].k
	switch kind {
	case pAlley:
		return pl.alleyPlace(pl.pickAlley())
	case pBlock:
		return pl.blockPlace(pl.pickStreet(p.Code == "sidewalk" || p.Code == "bus"), -1)
	case pPlate:
		var x place
		if r.Float64() < 0.7 {
			x = pl.alleyPlace(pl.pickAlley())
		} else {
			x = pl.blockPlace(pl.pickStreet(false), -1)
			x.OnStreet = true
		}
		x.Kind = pPlate
		x.Plate = 1 + int(r.ExpFloat64()*14)
		x.Landmark = -1
		return x
	case pLandmark:
		cands := []int{}
		for _, k := range p.Landmark {
			cands = append(cands, w.landmarksOf(k)...)
		}
		li := cands[r.IntN(len(cands))]
		l := w.Landmarks[li]
		return place{Kind: pLandmark, Hood: w.Streets[l.Street].Hood, Street: l.Street, Alley: l.Alley, Landmark: li, Spot: l.P}
	default:
		hw := make([]float64, len(w.Hoods))
		for i, h := range w.Hoods {
			hw[i] = float64(len(h.Alleys))
		}
		h := pickWeighted(r, hw)
		return place{Kind: pArea, Hood: h, Street: -1, Alley: -1, Landmark: -1, Spot: w.Hoods[h].Center}
	}
}

func (pl *planner) pickAlley() int {
	ws := make([]float64, len(pl.w.Alleys))
	for i, a := range pl.w.Alleys {
		ws[i] = a.Weight
	}
	return pickWeighted(pl.r, ws)
}

func (pl *planner) pickStreet(shops bool) int {
	ws := make([]float64, len(pl.w.Streets))
	for i, s := range pl.w.Streets {
		ws[i] = dist(s.A, s.B) / 100
		if s.Major {
			ws[i] *= 3
		}
		if shops && (s.Hood == 0 || s.Major) {
			ws[i] *= 3
		}
	}
	return pickWeighted(pl.r, ws)
}

func (pl *planner) alleyPlace(a int) place {
	al := pl.w.Alleys[a]
	return place{Kind: pAlley, Hood: pl.w.Streets[al.Street].Hood, Street: al.Street, Alley: a, Landmark: -1,
		Spot: lerp(al.Mouth, al.End, 0.15+0.75*pl.r.Float64())}
}

// blockPlace is the block of street s in front of the mouth of alley a (a random one when -1).
func (pl *planner) blockPlace(s, a int) place {
	st := pl.w.Streets[s]
	if a < 0 {
		a = st.Alleys[pl.r.IntN(len(st.Alleys))]
	}
	spot := lerp(st.A, st.B, pl.w.Alleys[a].Pos+(pl.r.Float64()-0.5)*0.03)
	return place{Kind: pBlock, Hood: st.Hood, Street: s, Alley: a, Landmark: pl.w.nearestLandmark(s, spot, 70), Spot: spot}
}

// drawSize draws how many requests an issue of kind p draws.
func (pl *planner) drawSize(p *problem) int {
	r := pl.r
	if r.Float64() < p.P1 {
		return 1
	}
	x := p.Scale * (math.Pow(1-r.Float64(), -1/p.Alpha) - 1)
	n := 2 + int(x)
	if n > p.Cap {
		n = p.Cap
	}
	return n
}

// when draws the start and length of an episode of kind p at or after from; ok is false when
// the year has no room left.
func (pl *planner) when(p *problem, from time.Time) (time.Time, float64, bool) {
	r := pl.r
	dur := p.DurMin + (p.DurMax-p.DurMin)*r.Float64()
	switch p.Trigger {
	case "rain":
		e, ok := pickEvent(r, pl.rains, from)
		if !ok {
			return time.Time{}, 0, false
		}
		return e.At.Add(days(r.Float64() * 0.4)), dur, true
	case "snow":
		if pl.snow.At.Before(from) {
			return time.Time{}, 0, false
		}
		return pl.snow.At.Add(days(r.Float64() * 1.5)), dur, true
	}
	fromDay := 0
	if !from.IsZero() {
		fromDay = int(math.Ceil(from.Sub(yearStart).Hours() / 24))
	}
	d := pl.sampler(p).draw(r, fromDay)
	if d < 0 {
		return time.Time{}, 0, false
	}
	var h float64
	if p.Trigger == "blackout" {
		// the scheduled cuts of summer 1404 started on even hours
		h = float64(8+2*r.IntN(7)) + r.Float64()*0.2
	} else {
		h = pickHour(r)
	}
	return dayTime(d, h), dur, true
}

// place and time a new issue of kind p of size n; it may be a later episode at an earlier
// place or the alley next door of an earlier one.
func (pl *planner) plan(p *problem, n int) *issue {
	r := pl.r
	var same []*issue
	for _, o := range pl.issues {
		if o.Prob == p {
			same = append(same, o)
		}
	}
	if len(same) > 0 && r.Float64() < p.Recur {
		o := same[r.IntN(len(same))]
		from := o.end().Add(days(p.Gap + r.Float64()*p.Gap))
		for try := 0; try < 5; try++ {
			start, dur, ok := pl.when(p, from)
			if ok && pl.free(p, o.Place, start, dur) {
				is := &issue{Prob: p, Place: o.Place, Start: start, Dur: dur, Size: n, Recur: true}
				pl.finish(is)
				return is
			}
		}
	}
	if len(same) > 0 && r.Float64() < p.Neighbour {
		o := same[r.IntN(len(same))]
		if x, ok := pl.nextDoor(o.Place); ok {
			start := o.Start.Add(days((r.Float64() - 0.5) * 6))
			dur := p.DurMin + (p.DurMax-p.DurMin)*r.Float64()
			if start.After(yearStart) && start.Add(time.Hour).Before(yearEnd) && pl.free(p, x, start, dur) {
				is := &issue{Prob: p, Place: x, Start: start, Dur: dur, Size: n, Next: true}
				pl.finish(is)
				return is
			}
		}
	}
	for try := 0; ; try++ {
		x := pl.newPlace(p)
		start, dur, ok := pl.when(p, time.Time{})
		if !ok {
			continue
		}
		if p.DurMax >= 20 && r.Float64() < 0.08 {
			// a problem left over from 1403: its earlier requests are in last year's set
			start = yearStart.Add(-days(1 + r.Float64()*p.DurMax*0.6)).Truncate(time.Minute)
			if min := yearStart.Sub(start).Hours()/24 + 20 + r.Float64()*40; dur < min {
				dur = min
			}
		}
		if pl.free(p, x, start, dur) || try > 5000 {
			is := &issue{Prob: p, Place: x, Start: start, Dur: dur, Size: n}
			pl.finish(is)
			return is
		}
		if try >= 40 {
			// the place is taken: the same problem is already open there, so these
			// requests are about it
			if o := pl.clash(p, x, start, dur); o != nil && o.Prob == p && o.Hot == "" {
				o.Size += n
				return o
			}
		}
	}
}

// clash is an issue of p's family at x that an episode over [start, start+dur] would run into.
func (pl *planner) clash(p *problem, x place, start time.Time, dur float64) *issue {
	gap := days(math.Max(p.Gap, 3))
	end := start.Add(days(dur))
	for _, o := range pl.byKey[family(p.Code)+"|"+x.key()] {
		if start.Before(o.end().Add(gap)) && o.Start.Before(end.Add(gap)) {
			return o
		}
	}
	return nil
}

// nextDoor is the same kind of place one or two alleys along the street.
func (pl *planner) nextDoor(x place) (place, bool) {
	if x.Kind != pAlley && x.Kind != pBlock {
		return place{}, false
	}
	st := pl.w.Streets[x.Street]
	i := pl.w.alleyIndex(x.Alley)
	step := 1 + pl.r.IntN(2)
	if pl.r.Float64() < 0.5 {
		step = -step
	}
	j := i + step
	if j < 0 || j >= len(st.Alleys) {
		j = i - step
	}
	if j < 0 || j >= len(st.Alleys) {
		return place{}, false
	}
	if x.Kind == pAlley {
		return pl.alleyPlace(st.Alleys[j]), true
	}
	return pl.blockPlace(x.Street, st.Alleys[j]), true
}

func (pl *planner) finish(is *issue) {
	p := is.Prob
	if latest := yearEnd.Add(-2 * time.Hour); is.Start.After(latest) {
		is.Start = latest.Add(-time.Duration(pl.r.Float64() * float64(6*time.Hour)))
	}
	if len(p.Utility) > 0 {
		is.Utility = p.Utility[pl.r.IntN(len(p.Utility))]
	}
	if (p.Code == "parking" || p.Code == "noise") && pl.r.Float64() < 0.25 {
		// a standing complaint («هر شب») when the place is free for that long
		if d := 10 + pl.r.Float64()*40; pl.free(p, is.Place, is.Start, d) {
			is.Chronic = true
			is.Dur = d
		}
	}
	if rest := yearEnd.Sub(is.Start).Hours()/24 - 0.01; is.Dur > rest {
		is.Dur = rest
	}
	if is.Dur < 0.01 {
		is.Dur = 0.01
	}
	pl.add(is)
}

// hotSpec is one issue of the picture the README names.
type hotSpec struct {
	name  string
	code  string
	place func(pl *planner) place
	month int // Persian month, 1-based
	day   int
	hour  float64
	dur   float64
	size  int
	util  string
}

func (pl *planner) findAlley(street string, number int) int {
	for _, s := range pl.w.Streets {
		if s.Name != street {
			continue
		}
		for _, a := range s.Alleys {
			if al := pl.w.Alleys[a]; !al.Dead && al.Number == number {
				return a
			}
		}
		return s.Alleys[len(s.Alleys)/2]
	}
	panic("rasht47: no street " + street)
}

func (pl *planner) findStreet(name string) int {
	for si, s := range pl.w.Streets {
		if s.Name == name {
			return si
		}
	}
	panic("rasht47: no street " + name)
}

func (pl *planner) findLandmark(name string) int {
	for i, l := range pl.w.Landmarks {
		if l.Name == name {
			return i
		}
	}
	panic("rasht47: no landmark " + name)
}

func (pl *planner) findHood(name string) int {
	for i, h := range pl.w.Hoods {
		if h.Name == name {
			return i
		}
	}
	panic("rasht47: no neighbourhood " + name)
}

var hotSpecs = []hotSpec{
	{name: "bistoon14-trench", code: "trench_water", month: 2, day: 10, hour: 10, dur: 25, size: 12, util: "آبفا",
		place: func(pl *planner) place { return pl.alleyPlace(pl.findAlley("بیستون", 14)) }},
	{name: "bistoon14-restore", code: "trench_restore", month: 3, day: 20, hour: 9, dur: 40, size: 9, util: "آبفا",
		place: func(pl *planner) place { return pl.alleyPlace(pl.findAlley("بیستون", 14)) }},
	{name: "bistoon14-asphalt", code: "asphalt", month: 8, day: 1, hour: 9, dur: 140, size: 100,
		place: func(pl *planner) place { return pl.alleyPlace(pl.findAlley("بیستون", 14)) }},
	{name: "bistoon16-asphalt", code: "asphalt", month: 8, day: 10, hour: 11, dur: 90, size: 7,
		place: func(pl *planner) place { return pl.alleyPlace(pl.findAlley("بیستون", 16)) }},
	{name: "ziabari22-dark", code: "light", month: 10, day: 5, hour: 19, dur: 35, size: 45,
		place: func(pl *planner) place { return pl.alleyPlace(pl.findAlley("ضیابری", 22)) }},
	{name: "manzarie-watercut", code: "water_cut", month: 5, day: 12, hour: 7, dur: 1.3, size: 55,
		place: func(pl *planner) place {
			h := pl.findHood("منظریه")
			return place{Kind: pArea, Hood: h, Street: -1, Alley: -1, Landmark: -1, Spot: pl.w.Hoods[h].Center}
		}},
	{name: "ajbishe-blackout", code: "outage", month: 4, day: 18, hour: 14, dur: 0.25, size: 35,
		place: func(pl *planner) place {
			h := pl.findHood("آج‌بیشه")
			return place{Kind: pArea, Hood: h, Street: -1, Alley: -1, Landmark: -1, Spot: pl.w.Hoods[h].Center}
		}},
	{name: "namjoo-sewage", code: "sewage", month: 9, day: 3, hour: 8, dur: 25, size: 30,
		place: func(pl *planner) place { return pl.alleyPlace(pl.w.Streets[pl.findStreet("نامجو")].Alleys[3]) }},
	{name: "roodbari-flood", code: "drain", month: 8, dur: 2, size: 28,
		place: func(pl *planner) place {
			s := pl.findStreet("آیت‌الله رودباری")
			return pl.blockPlace(s, pl.w.Streets[s].Alleys[5])
		}},
	{name: "sabze-garbage", code: "garbage", month: 1, day: 3, hour: 11, dur: 5, size: 22,
		place: func(pl *planner) place {
			l := pl.w.Landmarks[pl.findLandmark("پاساژ ارم")]
			return pl.blockPlace(l.Street, l.Alley)
		}},
	{name: "chehelton-park-dogs", code: "dogs", month: 6, day: 1, hour: 17, dur: 50, size: 18,
		place: func(pl *planner) place {
			li := pl.findLandmark("پارک چهل‌تن")
			l := pl.w.Landmarks[li]
			return place{Kind: pLandmark, Hood: pl.w.Streets[l.Street].Hood, Street: l.Street, Alley: l.Alley, Landmark: li, Spot: l.P}
		}},
	{name: "taleghani-gas-trench", code: "trench_gas", month: 10, day: 20, hour: 10, dur: 30, size: 16, util: "گاز",
		place: func(pl *planner) place {
			s := pl.findStreet("طالقانی")
			return pl.blockPlace(s, pl.w.Streets[s].Alleys[6])
		}},
	{name: "parnian-hall-noise", code: "noise", month: 4, day: 1, hour: 23, dur: 60, size: 12,
		place: func(pl *planner) place {
			li := pl.findLandmark("تالار پرنیان")
			l := pl.w.Landmarks[li]
			return place{Kind: pLandmark, Hood: pl.w.Streets[l.Street].Hood, Street: l.Street, Alley: l.Alley, Landmark: li, Spot: l.P}
		}},
	{name: "azadegan-construction", code: "construction", month: 6, day: 10, hour: 10, dur: 45, size: 12,
		place: func(pl *planner) place {
			x := pl.alleyPlace(pl.w.Streets[pl.findStreet("آزادگان")].Alleys[4])
			x.Kind, x.Plate = pPlate, 17
			return x
		}},
}

// planIssues draws the issues of the year; their sizes add up to n.
func planIssues(r *rand.Rand, w *world, n int) []*issue {
	pl := &planner{r: r, w: w, byKey: map[string][]*issue{}, days: map[string]*daySampler{}, scale: float64(n) / 6000}
	pl.rains = makeRains(r)
	pl.snow = event{At: dayTime(dayOf(11, 5+r.IntN(18)), 2+r.Float64()*6), Heavy: 1}

	// budgets by share, by largest remainder so that they add up to n
	total := 0.0
	for _, p := range problems {
		total += p.Share
	}
	budget := make(map[string]int, len(problems))
	type rem struct {
		code string
		frac float64
	}
	var rems []rem
	used := 0
	for _, p := range problems {
		x := float64(n) * p.Share / total
		budget[p.Code] = int(x)
		used += int(x)
		rems = append(rems, rem{p.Code, x - math.Floor(x)})
	}
	for i := 1; i < len(rems); i++ { // stable insertion sort, largest fraction first
		for j := i; j > 0 && rems[j].frac > rems[j-1].frac; j-- {
			rems[j], rems[j-1] = rems[j-1], rems[j]
		}
	}
	for i := 0; used < n; i++ {
		budget[rems[i%len(rems)].code]++
		used++
	}

	// the named issues first, scaled to the size of the year
	for _, h := range hotSpecs {
		p := problemByCode(h.code)
		size := round(float64(h.size) * pl.scale)
		if size < 1 {
			size = 1
		}
		if size > budget[p.Code] {
			size = budget[p.Code]
		}
		if size < 1 {
			continue
		}
		x := h.place(pl)
		var start time.Time
		if p.Trigger == "rain" {
			// the heaviest rain of that month
			best := -1.0
			for _, e := range pl.rains {
				if monthOfTime(e.At) == h.month-1 && e.Heavy > best {
					best, start = e.Heavy, e.At.Add(time.Hour)
				}
			}
			if best < 0 {
				start = dayTime(dayOf(h.month, 10), 18)
			}
		} else {
			start = dayTime(dayOf(h.month, h.day), h.hour)
		}
		is := &issue{Prob: p, Place: x, Start: start, Dur: h.dur, Size: size, Hot: h.name, Utility: h.util}
		if p.Code == "noise" {
			is.Chronic = true
		}
		pl.add(is)
		budget[p.Code] -= size
	}

	for _, p := range problems {
		for b := budget[p.Code]; b > 0; {
			size := pl.drawSize(p)
			if size > b {
				size = b
			}
			pl.plan(p, size)
			b -= size
		}
	}
	return pl.issues
}
