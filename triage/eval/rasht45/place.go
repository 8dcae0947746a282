package rasht45

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// place is where an issue is, at the level its kind asks for (README: "Place").
type place struct {
	lv    level
	h     *hood
	st    *street
	al    *alley
	mark  *landmark
	seg   int
	mouth bool // a point at the alley's mouth
	plate int  // a point inside an alley, or a house
	keys  []string
	desc  string
}

func segKey(st *street, s int) string { return fmt.Sprintf("sg:%s/%d", st.id, s) }

// picker holds the weights places are drawn with.
type picker struct {
	w      *world
	alleys []*alley
	aw     []float64
	sts    []*street
	sw     []float64
}

func newPicker(w *world) *picker {
	p := &picker{w: w}
	for _, a := range w.alleys {
		wt := a.popular * a.st.h.pop
		if a.dead {
			wt *= 0.6
		}
		p.alleys = append(p.alleys, a)
		p.aw = append(p.aw, wt)
	}
	for _, h := range w.hoods {
		for _, st := range h.sts {
			wt := h.pop
			if st.trunk {
				wt *= 2
			}
			p.sts = append(p.sts, st)
			p.sw = append(p.sw, wt)
		}
	}
	return p
}

func pickW(r *rand.Rand, w []float64) int {
	t := 0.0
	for _, x := range w {
		t += x
	}
	u := r.Float64() * t
	for i, x := range w {
		u -= x
		if u < 0 {
			return i
		}
	}
	return len(w) - 1
}

func (p *picker) alley(r *rand.Rand) *alley { return p.alleys[pickW(r, p.aw)] }

func (p *picker) alleyIn(r *rand.Rand, h *hood) *alley {
	for {
		a := p.alley(r)
		if a.st.h == h {
			return a
		}
	}
}

func (p *picker) street(r *rand.Rand) *street { return p.sts[pickW(r, p.sw)] }

func (p *picker) mark(r *rand.Rand, kindsOK []string) *landmark {
	var ms []*landmark
	for _, m := range p.w.marks {
		for _, k := range kindsOK {
			if m.kind == k {
				ms = append(ms, m)
			}
		}
	}
	if len(ms) == 0 {
		return nil
	}
	return ms[r.IntN(len(ms))]
}

// choose draws a place for a problem of kind k.
func (p *picker) choose(r *rand.Rand, k *kind) *place {
	switch k.lv {
	case lvArea:
		return areaPlace(p.w.hoods[pickW(r, hoodWeights(p.w))])
	case lvSeg:
		st := p.street(r)
		return segPlace(st, r.IntN(st.nseg))
	case lvMark:
		if m := p.mark(r, k.marks); m != nil {
			return markPlace(m)
		}
	case lvPoint:
		if len(k.marks) > 0 && r.Float64() < 0.3 {
			if m := p.mark(r, k.marks); m != nil {
				return markPlace(m)
			}
		}
		a := p.alley(r)
		if r.Float64() < 0.45 && !a.dead {
			return mouthPlace(a)
		}
		return insidePlace(a, 1+r.IntN(60))
	case lvPlate:
		return platePlace(p.alley(r), 1+r.IntN(60))
	}
	if k.onStreet > 0 && r.Float64() < k.onStreet {
		st := p.street(r)
		return segPlace(st, r.IntN(st.nseg))
	}
	return alleyPlace(p.alley(r))
}

func hoodWeights(w *world) []float64 {
	var out []float64
	for _, h := range w.hoods {
		out = append(out, h.pop)
	}
	return out
}

func alleyDesc(a *alley) string {
	if a.dead {
		return alleyDesc(a.parent) + "، بن\u200cبست " + strconv.Itoa(a.num)
	}
	name := a.name
	if a.num > 0 {
		name = strconv.Itoa(a.num)
	}
	return fmt.Sprintf("%s، %s %s، کوچه %s", a.st.h.name, a.st.typ, a.st.name, name)
}

func alleyPlace(a *alley) *place {
	return &place{lv: lvAlley, h: a.st.h, st: a.st, al: a, keys: []string{"al:" + a.id}, desc: alleyDesc(a)}
}

func segPlace(st *street, s int) *place {
	d := fmt.Sprintf("%s، %s %s، بخش %d", st.h.name, st.typ, st.name, s+1)
	if ms := st.segMarks(s); len(ms) > 0 {
		d = fmt.Sprintf("%s، %s %s، کنار %s", st.h.name, st.typ, st.name, ms[0].name)
	}
	return &place{lv: lvSeg, h: st.h, st: st, seg: s, keys: []string{segKey(st, s)}, desc: d}
}

func markPlace(m *landmark) *place {
	return &place{lv: lvMark, h: m.st.h, st: m.st, mark: m, seg: m.st.seg(m.pos),
		keys: []string{"mk:" + m.id, segKey(m.st, m.st.seg(m.pos))},
		desc: fmt.Sprintf("%s، %s %s، %s", m.st.h.name, m.st.typ, m.st.name, m.name)}
}

func mouthPlace(a *alley) *place {
	return &place{lv: lvPoint, h: a.st.h, st: a.st, al: a, mouth: true, seg: a.st.seg(a.pos),
		keys: []string{"al:" + a.id, segKey(a.st, a.st.seg(a.pos))}, desc: alleyDesc(a) + "، سر کوچه"}
}

func insidePlace(a *alley, plate int) *place {
	return &place{lv: lvPoint, h: a.st.h, st: a.st, al: a, plate: plate, keys: []string{"al:" + a.id},
		desc: fmt.Sprintf("%s، پلاک %d", alleyDesc(a), plate)}
}

func platePlace(a *alley, plate int) *place {
	return &place{lv: lvPlate, h: a.st.h, st: a.st, al: a, plate: plate, keys: []string{"al:" + a.id},
		desc: fmt.Sprintf("%s، پلاک %d", alleyDesc(a), plate)}
}

func areaPlace(h *hood) *place {
	return &place{lv: lvArea, h: h, keys: []string{"ar:" + h.id}, desc: h.name}
}

// spot is the true spot of one request about the place: where the reporter stands.
func (pl *place) spot(r *rand.Rand, home *alley) (float64, float64) {
	switch {
	case pl.lv == lvArea:
		return home.spot(r.Float64())
	case pl.mark != nil:
		lat, lon := pl.st.along(pl.mark.pos)
		nn, ne := pl.st.normal()
		return lat + nn*15/mPerLat, lon + ne*15/mPerLon
	case pl.lv == lvSeg || (pl.al == nil && pl.st != nil):
		f := (float64(pl.seg) + 0.1 + 0.8*r.Float64()) * pl.st.segSpan
		return pl.st.along(f)
	case pl.mouth:
		return pl.al.spot(0)
	case pl.plate > 0:
		return pl.al.spot(float64(pl.plate%20) / 20)
	default:
		return pl.al.spot(r.Float64())
	}
}

// ---- Persian numbers

var ones = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده",
	"چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
var tens = []string{"", "", "بیست", "سی", "چهل"}

func cardinal(n int) string {
	if n < 20 {
		return ones[n]
	}
	if n%10 == 0 {
		return tens[n/10]
	}
	return tens[n/10] + " و " + ones[n%10]
}

func ordinal(n int) string {
	switch n {
	case 1:
		return "اول"
	case 3:
		return "سوم"
	case 30:
		return "سی\u200cام"
	}
	c := cardinal(n)
	if strings.HasSuffix(c, "سه") {
		return strings.TrimSuffix(c, "سه") + "سوم"
	}
	if strings.HasSuffix(c, "یک") && n > 20 {
		return c + "م"
	}
	return c + "م"
}

// ---- renderings of a place: the many ways one place is written

type renderer struct {
	r *rand.Rand
}

func (rd renderer) pick(xs ...string) string { return xs[rd.r.IntN(len(xs))] }
func (rd renderer) chance(p float64) bool    { return rd.r.Float64() < p }

func (rd renderer) hood(h *hood) string {
	if rd.chance(0.6) {
		return h.name
	}
	return h.spell[rd.r.IntN(len(h.spell))]
}

// street writes a street, full (with its type) or short.
func (rd renderer) street(st *street, full bool) string {
	if st.num > 0 {
		n := strconv.Itoa(st.num)
		switch rd.r.IntN(6) {
		case 0:
			return "خیابان " + ordinal(st.num)
		case 1:
			return "خ " + n
		case 2:
			if !full {
				return n
			}
			return "خیابان " + n
		default:
			return "خیابان " + n
		}
	}
	if st.h.id == "manzarie" && st.trunk {
		return rd.pick("بلوار امام خمینی", "بلوار امام خمینی (ره)", "جاده تهران", "بلوار امام", "خ امام خمینی")
	}
	if st.trunk {
		return rd.pick(st.typ+" "+st.name, st.typ+" "+st.name, "بلوار "+st.short)
	}
	if !full && rd.chance(0.5) {
		return st.short
	}
	switch rd.r.IntN(7) {
	case 0:
		return "خ " + st.short
	case 1:
		return "خ." + st.name
	case 2:
		return "خیابان " + st.short
	case 3:
		return "خیابون " + st.short
	default:
		return st.typ + " " + st.name
	}
}

// alleyName writes the alley itself: کوچه ۱۲، کوچه دوازدهم، ک ۱۲، ...
func (rd renderer) alleyName(a *alley) string {
	if a.dead {
		de := rd.pick("بن\u200cبست "+ordinal(a.num), "بن بست "+strconv.Itoa(a.num), "بنبست "+strconv.Itoa(a.num),
			"بن\u200cبست شماره "+strconv.Itoa(a.num), "بن\u200cبست "+strconv.Itoa(a.num))
		return rd.alleyName(a.parent) + rd.pick("، ", " ", " - ") + de
	}
	if a.num == 0 {
		return rd.pick("کوچه ", "کوچه ", "کوچه ", "ک ", "کوچهٔ ", "کوچه\u200cی ") + a.name
	}
	n := strconv.Itoa(a.num)
	switch rd.r.IntN(20) {
	case 0, 1, 2, 3, 4, 5, 6:
		return "کوچه " + n
	case 7, 8, 9:
		return "کوچه " + ordinal(a.num)
	case 10:
		return "کوچه " + cardinal(a.num)
	case 11, 12:
		return "ک " + n
	case 13:
		return "ک." + n
	case 14, 15:
		return "کوچه شماره " + n
	case 16:
		return "کوچه " + n + " ام"
	case 17:
		return "کوچهٔ " + n
	case 18:
		return "کوچه\u200cی " + ordinal(a.num)
	default:
		return "کوچه" + n
	}
}

func (rd renderer) plateText(n int) string {
	switch rd.r.IntN(8) {
	case 0:
		return "پ " + strconv.Itoa(n)
	case 1:
		return "پلاک " + cardinal(min(n, 49))
	default:
		return "پلاک " + strconv.Itoa(n)
	}
}

// alleyFull is an address of an alley in one of its written forms.
func (rd renderer) alleyFull(a *alley) string {
	st := a.st
	h := st.h
	name := rd.alleyName(a)
	switch rd.r.IntN(9) {
	case 0, 1:
		return rd.hood(h) + "، " + rd.street(st, true) + "، " + name
	case 2:
		return rd.street(st, true) + "، " + name
	case 3:
		return rd.street(st, true) + " " + name
	case 4:
		if a.num > 0 && !a.dead {
			return rd.pick("کوچه ", "ک ") + ordinal(a.num) + " " + rd.street(st, false) + rd.pick("", " "+rd.hood(h))
		}
		return name + " " + rd.street(st, false)
	case 5:
		if a.num > 0 && !a.dead {
			return rd.hood(h) + " " + rd.street(st, false) + " ک " + strconv.Itoa(a.num)
		}
		return rd.hood(h) + " " + rd.street(st, false) + " " + name
	case 6:
		if ms := st.marks; len(ms) > 0 {
			m := ms[rd.r.IntN(len(ms))]
			return rd.street(st, true) + "، " + rd.pick("روبروی ", "بعد از ", "نرسیده به ", "جنب ", "نزدیک ") + m.name + "، " + name
		}
		return rd.hood(h) + "، " + name + "، " + rd.street(st, true)
	case 7:
		return "رشت، " + rd.hood(h) + "، " + rd.street(st, true) + "، " + name
	default:
		return rd.hood(h) + " - " + rd.street(st, true) + " - " + name
	}
}

// segFull is an address of a street segment.
func (rd renderer) segFull(st *street, s int) string {
	as := st.segAlleys(s)
	ms := st.segMarks(s)
	pre := ""
	if rd.chance(0.35) {
		pre = rd.hood(st.h) + "، "
	}
	stn := rd.street(st, true)
	if len(ms) > 0 && (len(as) == 0 || rd.chance(0.5)) {
		m := ms[rd.r.IntN(len(ms))]
		return pre + stn + rd.pick("، ", " ") + rd.pick("روبروی ", "جنب ", "کنار ", "نزدیک ", "بعد از ", "نرسیده به ") + m.name
	}
	if len(as) >= 2 && rd.chance(0.5) {
		a, b := as[0], as[len(as)-1]
		return pre + stn + rd.pick(" حد فاصل ", " بین ") + rd.alleyName(a) + " و " + rd.alleyName(b)
	}
	if len(as) > 0 {
		a := as[rd.r.IntN(len(as))]
		return pre + stn + rd.pick(" نبش ", " نزدیک ", "، روبروی ", "، بعد از ") + rd.alleyName(a)
	}
	return pre + stn
}

func (rd renderer) markFull(m *landmark, prep bool) string {
	name := m.name
	if prep {
		name = rd.pick("روبروی ", "کنار ", "جنب ", "نبش ", "بغل ") + name
	}
	switch rd.r.IntN(5) {
	case 0:
		return name
	case 1:
		return rd.hood(m.st.h) + "، " + name
	case 2:
		return rd.street(m.st, true) + "، " + name
	default:
		return rd.hood(m.st.h) + "، " + rd.street(m.st, true) + "، " + name
	}
}

// full is the place written as an address by a citizen or an operator. home is the
// reporter's own alley for an area problem; plate the reporter's plate, if given.
func (rd renderer) full(pl *place, home *alley, plate int, prep bool) string {
	switch {
	case pl.lv == lvArea:
		s := rd.alleyFull(home)
		if plate > 0 && rd.chance(0.6) {
			s += "، " + rd.plateText(plate)
		}
		return s
	case pl.mark != nil:
		return rd.markFull(pl.mark, prep)
	case pl.al == nil:
		return rd.segFull(pl.st, pl.seg)
	case pl.mouth:
		if rd.chance(0.4) {
			return rd.street(pl.st, true) + rd.pick(" نبش ", "، سر ", "، ابتدای ") + rd.alleyName(pl.al)
		}
		return rd.alleyFull(pl.al) + rd.pick("، سر کوچه", "، اول کوچه", "، ابتدای کوچه", "")
	case pl.plate > 0:
		s := rd.alleyFull(pl.al)
		if rd.chance(0.75) {
			s += rd.pick("، ", " ", "، جلوی ", "، روبروی ", "، کنار ") + rd.plateText(pl.plate)
		} else {
			s += rd.pick("، وسط کوچه", "، انتهای کوچه", "، ته کوچه", "")
		}
		return s
	default:
		s := rd.alleyFull(pl.al)
		if plate > 0 && rd.chance(0.4) {
			s += "، " + rd.plateText(plate)
		}
		return s
	}
}

// short is the place as said in passing inside the words: «کوچه دوازدهم»، «سر کوچه ۱۲ مطهری».
func (rd renderer) short(pl *place, home *alley, prep bool) string {
	switch {
	case pl.lv == lvArea:
		return rd.pick("کل ", "محله ", "", "منطقه ") + pl.h.name
	case pl.mark != nil:
		if prep {
			return rd.pick("روبروی ", "کنار ", "جنب ", "نزدیک ") + pl.mark.name
		}
		return pl.mark.name
	case pl.al == nil:
		return rd.segFull(pl.st, pl.seg)
	case pl.mouth:
		return rd.pick("سر ", "اول ", "نبش ") + rd.alleyName(pl.al) + rd.pick("", " "+rd.street(pl.st, false))
	case pl.plate > 0:
		return rd.alleyName(pl.al) + rd.pick("", " "+rd.street(pl.st, false)) + rd.pick(" پلاک ", " جلوی پلاک ", " پ ") + strconv.Itoa(pl.plate)
	default:
		return rd.alleyName(pl.al) + rd.pick("", " "+rd.street(pl.st, false), " "+rd.street(pl.st, false)+" "+rd.hood(pl.h))
	}
}

// streetOnly names only the street (or only the neighbourhood) of the place.
func (rd renderer) streetOnly(pl *place) string {
	if pl.st == nil || rd.chance(0.15) {
		return rd.hood(pl.h)
	}
	return rd.pick("", rd.hood(pl.h)+"، ") + rd.street(pl.st, true)
}

// fing is the place in Finglish.
func (rd renderer) fing(pl *place, home *alley) string {
	a := pl.al
	if pl.lv == lvArea {
		a = home
		if rd.chance(0.5) {
			return pl.h.fing
		}
	}
	if pl.mark != nil {
		return rd.pick("", "rooberooye ", "kenare ") + pl.mark.fing + rd.pick("", " "+streetFing(pl.st))
	}
	if a == nil {
		st := pl.st
		if as := st.segAlleys(pl.seg); len(as) > 0 {
			return streetFing(st) + " nazdike " + alleyFing(as[0])
		}
		return streetFing(st)
	}
	switch rd.r.IntN(3) {
	case 0:
		return alleyFing(a) + " " + a.st.fing
	case 1:
		return a.st.h.fing + " " + streetFing(a.st) + " " + alleyFing(a)
	default:
		return streetFing(a.st) + " " + alleyFing(a)
	}
}

func streetFing(st *street) string {
	if st.trunk {
		return st.fing
	}
	return "khiaban " + st.fing
}

func alleyFing(a *alley) string {
	if a.dead {
		return alleyFing(a.parent) + " bonbast " + strconv.Itoa(a.num)
	}
	if a.num == 0 {
		return "kooche " + a.fing
	}
	return "kooche " + strconv.Itoa(a.num)
}
