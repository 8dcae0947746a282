package rasht3

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// place is where one issue is: an alley, a spot on a street, a park, a square or a
// neighbourhood. key identifies it for the rule that one problem at one place in one
// episode is one issue.
type place struct {
	lv     level
	hood   *hood
	street *street
	alley  *alley
	mark   *landmark // the spot on a street, or the alley's nearest landmark
	park   *park
	at     point
	key    string
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }

// placeAt draws a place of the given level anywhere in the district.
func (w *world) placeAt(rng *rand.Rand, lv level) *place {
	switch lv {
	case lvAlley:
		return w.alleyPlace(pick(rng, w.allAlleys))
	case lvStreet:
		s := pick(rng, w.allStreets)
		return w.streetPlace(s, pick(rng, s.marks))
	case lvPark, lvSquare:
		var ps []*park
		for _, p := range w.parks {
			if p.square == (lv == lvSquare) {
				ps = append(ps, p)
			}
		}
		p := pick(rng, ps)
		return &place{lv: lv, hood: p.hood, park: p, at: p.at, key: "p:" + p.name.fa}
	default:
		h := pick(rng, w.hoods)
		pl := &place{lv: lvHood, hood: h, at: h.center, key: "h:" + h.name.fa}
		return pl
	}
}

func (w *world) alleyPlace(a *alley) *place {
	s := a.street
	var near *landmark
	best := 1e18
	for _, m := range s.marks {
		if d := abs(m.atMetre - a.atMetre); d < best {
			best, near = d, m
		}
	}
	if best > 120 {
		near = nil
	}
	return &place{lv: lvAlley, hood: s.hood, street: s, alley: a, mark: near, at: a.at,
		key: fmt.Sprintf("a:%s/%s/%d/%s", s.hood.name.fa, streetTitle(s), a.number, a.name.fa)}
}

func (w *world) streetPlace(s *street, m *landmark) *place {
	return &place{lv: lvStreet, hood: s.hood, street: s, mark: m, at: m.at,
		key: fmt.Sprintf("s:%s/%s/%s", s.hood.name.fa, streetTitle(s), m.name.fa)}
}

// neighbour is a different place of the same level next to p: the next alley on the street,
// another landmark's stretch of the street, a park in another quarter.
func (w *world) neighbour(rng *rand.Rand, p *place) *place {
	switch p.lv {
	case lvAlley:
		as := p.street.alleys
		for i, a := range as {
			if a == p.alley {
				j := i + 1
				if i == len(as)-1 || (i > 0 && chance(rng, 0.5)) {
					j = i - 1
				}
				if j >= 0 && j < len(as) {
					return w.alleyPlace(as[j])
				}
			}
		}
		// a street with one alley: the same number on the next street over
		if q := p.street.parallel; len(q.alleys) > 0 {
			return w.alleyPlace(q.alleys[min(len(q.alleys)-1, max(0, p.alley.number-1))])
		}
	case lvStreet:
		for _, m := range p.street.marks {
			if m != p.mark {
				return w.streetPlace(p.street, m)
			}
		}
		if q := p.street.parallel; len(q.marks) > 0 {
			return w.streetPlace(q, q.marks[0])
		}
	}
	return nil
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// streetTitle is the canonical Persian name of a street.
func streetTitle(s *street) string {
	if s.kind == numbered {
		return "خیابان " + strconv.Itoa(s.number)
	}
	return s.name.fa
}

// bare drops the street word from a named street («خیابان سعدی» → «سعدی»).
func bare(fa string) string {
	for _, p := range []string{"خیابان ", "بلوار ", "میدان ", "فلکه "} {
		if strings.HasPrefix(fa, p) {
			return strings.TrimPrefix(fa, p)
		}
	}
	return fa
}

// ---- how people write each part ----

func hoodForm(rng *rand.Rand, h *hood) string {
	switch r := rng.Float64(); {
	case r < 0.6:
		return h.name.fa
	case r < 0.8 && len(h.name.alt) > 0:
		return pick(rng, h.name.alt)
	default:
		return "محله " + h.name.fa
	}
}

func streetForm(rng *rand.Rand, s *street) string {
	if s.kind == numbered {
		n := strconv.Itoa(s.number)
		forms := []string{"خیابان " + n, "خیابان " + n, "خ " + n, "خ." + n, n, n, "خیابون " + n, "خ" + n}
		if chance(rng, 0.04) {
			return "خیابان " + cardinal(s.number)
		}
		return pick(rng, forms)
	}
	names := append([]string{s.name.fa, s.name.fa}, s.name.alt...)
	full := pick(rng, names)
	b := bare(full)
	if s.kind == boulevard {
		return pick(rng, []string{full, full, "بلوار " + b, "بولوار " + b, "بلوار " + b, b, "ب " + b})
	}
	return pick(rng, []string{full, full, "خیابان " + b, "خ " + b, "خ." + b, "خیابون " + b, b})
}

func alleyForm(rng *rand.Rand, a *alley) string {
	n := strconv.Itoa(a.number)
	switch a.kind {
	case alleyNumbered:
		return pick(rng, []string{"کوچه " + n, "کوچه " + n, "کوچه " + n, "ک " + n, "ک." + n, "ک" + n,
			"کوچه " + ordinal(a.number), "کوچه " + ordinal(a.number), "کوچه‌ی " + n, "کوچه شماره " + n,
			"کوچه " + cardinal(a.number), "کوچه ی " + n, "کوچه " + n + "م"})
	case deadEndNumbered:
		return pick(rng, []string{"بن‌بست " + n, "بن بست " + n, "بنبست " + n, "کوچه بن‌بست " + n,
			"بن‌بست " + ordinal(a.number), "بن بست شماره " + n, "کوچه " + n + " (بن‌بست)"})
	case alleyNamed:
		nmx := pick(rng, append([]string{a.name.fa, a.name.fa}, a.name.alt...))
		return pick(rng, []string{"کوچه " + nmx, "کوچه " + nmx, "ک " + nmx, "کوچه‌ی " + nmx, "ک." + nmx})
	default:
		nmx := pick(rng, append([]string{a.name.fa, a.name.fa}, a.name.alt...))
		return pick(rng, []string{"بن‌بست " + nmx, "بن بست " + nmx, "کوچه بن‌بست " + nmx, "بنبست " + nmx})
	}
}

var relations = []string{"روبروی", "روبه‌روی", "جنب", "کنار", "نبش", "پشت", "جلوی", "نزدیک", "بغل", "سر", "نرسیده به", "بعد از"}

func markForm(rng *rand.Rand, m *landmark) string {
	n := pick(rng, append([]string{m.name.fa, m.name.fa}, m.name.alt...))
	return pick(rng, relations) + " " + n
}

func parkForm(rng *rand.Rand, p *park) string {
	n := pick(rng, append([]string{p.name.fa, p.name.fa}, p.name.alt...))
	if p.square {
		return pick(rng, []string{n, n, "دور " + n, n + " ضلع شمالی", "اطراف " + n, "سر " + n})
	}
	return pick(rng, []string{n, n, "داخل " + n, n + " " + p.hood.name.fa, "ورودی " + n})
}

// address is the place as the address field holds it: big to small, terse, often with a
// plate that is the caller's own house rather than the problem.
func address(rng *rand.Rand, p *place) string {
	sep := pick(rng, []string{"، ", "، ", " - ", " ", "،", " ، "})
	var parts []string
	if chance(rng, 0.25) {
		parts = append(parts, pick(rng, []string{"رشت", "گیلان، رشت", "رشت"}))
	}
	if p.lv == lvPark || p.lv == lvSquare {
		if chance(rng, 0.6) {
			parts = append(parts, hoodForm(rng, p.hood))
		}
		parts = append(parts, parkForm(rng, p.park))
		return strings.Join(parts, sep)
	}
	if chance(rng, 0.8) || p.street == nil {
		parts = append(parts, hoodForm(rng, p.hood))
	}
	if p.street != nil {
		parts = append(parts, streetForm(rng, p.street))
	}
	switch p.lv {
	case lvAlley:
		if p.mark != nil && chance(rng, 0.12) {
			parts = append(parts, markForm(rng, p.mark))
		}
		parts = append(parts, alleyForm(rng, p.alley))
		if chance(rng, 0.45) {
			parts = append(parts, plate(rng))
		}
	case lvStreet:
		if chance(rng, 0.85) {
			parts = append(parts, markForm(rng, p.mark))
		}
		if chance(rng, 0.3) {
			parts = append(parts, plate(rng))
		}
	}
	return strings.Join(parts, sep)
}

func plate(rng *rand.Rand) string {
	n := strconv.Itoa(1 + rng.IntN(90))
	return pick(rng, []string{"پلاک " + n, "پلاک " + n, "پ " + n, "پ." + n, "پلاک " + n + " واحد " + strconv.Itoa(1+rng.IntN(6))})
}

// spoken is the place as a caller says it inside the text: small to big, or just the alley.
func spoken(rng *rand.Rand, p *place) string {
	switch p.lv {
	case lvPark, lvSquare:
		return parkForm(rng, p.park)
	case lvHood:
		if p.street != nil && chance(rng, 0.4) {
			return streetForm(rng, p.street) + " " + hoodForm(rng, p.hood)
		}
		return hoodForm(rng, p.hood)
	case lvStreet:
		st := streetForm(rng, p.street)
		switch r := rng.Float64(); {
		case r < 0.45:
			return st + " " + markForm(rng, p.mark)
		case r < 0.7:
			return markForm(rng, p.mark) + " تو " + st
		case r < 0.85:
			return hoodForm(rng, p.hood) + "، " + st + "، " + markForm(rng, p.mark)
		default:
			return st // the spot left unsaid
		}
	}
	al := alleyForm(rng, p.alley)
	st := streetForm(rng, p.street)
	switch r := rng.Float64(); {
	case r < 0.3:
		return al + " " + st + " " + hoodForm(rng, p.hood)
	case r < 0.5:
		return hoodForm(rng, p.hood) + "، " + st + "، " + al
	case r < 0.65:
		return al + " " + st
	case r < 0.75:
		return hoodForm(rng, p.hood) + " " + st + " " + al
	case r < 0.85 && p.mark != nil:
		return al + " " + markForm(rng, p.mark)
	case r < 0.92:
		return al + "ِ " + st
	default:
		return al // the rest is in the address, or nowhere
	}
}

// finglish is the place in Latin letters.
func finglish(rng *rand.Rand, p *place) string {
	h := p.hood.name.fi
	switch p.lv {
	case lvPark, lvSquare:
		return p.park.name.fi
	case lvHood:
		return h
	}
	var st string
	if p.street.kind == numbered {
		st = strconv.Itoa(p.street.number)
		if chance(rng, 0.4) {
			st = "khiaban " + st
		}
	} else {
		st = p.street.name.fi
	}
	if p.lv == lvStreet {
		return h + " " + st + " " + pick(rng, []string{"roberooye ", "jolo ", "kenare "}) + p.mark.name.fi
	}
	var al string
	switch p.alley.kind {
	case alleyNumbered:
		al = pick(rng, []string{"kooche ", "koche ", "k "}) + strconv.Itoa(p.alley.number)
	case deadEndNumbered:
		al = pick(rng, []string{"bonbast ", "bon bast "}) + strconv.Itoa(p.alley.number)
	case alleyNamed:
		al = pick(rng, []string{"kooche ", "koche "}) + p.alley.name.fi
	default:
		al = "bonbast " + p.alley.name.fi
	}
	if chance(rng, 0.5) {
		return h + " " + st + " " + al
	}
	return al + " " + st + " " + h
}

// levelWord is the word for the kind of place, as a citizen refers to it.
func levelWord(rng *rand.Rand, p *place) string {
	switch p.lv {
	case lvAlley:
		if p.alley.kind == deadEndNumbered || p.alley.kind == deadEndNamed {
			return pick(rng, []string{"کوچه", "بن‌بست", "کوچه"})
		}
		return pick(rng, []string{"کوچه", "کوچه", "کوچه", "کوچه", "کوچمون"})
	case lvStreet:
		return pick(rng, []string{"خیابان", "خیابون", "خیابان"})
	case lvPark:
		return pick(rng, []string{"پارک", "بوستان", "پارک"})
	case lvSquare:
		return pick(rng, []string{"میدان", "فلکه", "میدون"})
	}
	return pick(rng, []string{"محله", "محل", "منطقه"})
}

func levelWordFi(p *place) string {
	switch p.lv {
	case lvAlley:
		return "kooche"
	case lvStreet:
		return "khiaboon"
	case lvPark:
		return "park"
	case lvSquare:
		return "meydoon"
	}
	return "mahale"
}

var ones = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
	"سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
var tens = []string{"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}
var hundreds = []string{"", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"}

// cardinal writes 1..999 in Persian words.
func cardinal(n int) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, hundreds[n/100])
		n %= 100
	}
	if n >= 20 {
		parts = append(parts, tens[n/10])
		n %= 10
	}
	if n > 0 {
		parts = append(parts, ones[n])
	}
	return strings.Join(parts, " و ")
}

// ordinal writes 1..999 as a Persian ordinal («دوازدهم», «بیست و سوم», «سی‌ام»).
func ordinal(n int) string {
	if n == 1 {
		return "اول"
	}
	c := cardinal(n)
	switch {
	case strings.HasSuffix(c, "سه"):
		return strings.TrimSuffix(c, "سه") + "سوم"
	case strings.HasSuffix(c, "سی"):
		return c + "‌ام"
	case n%10 == 1 && n > 10 && n%100 != 11:
		return strings.TrimSuffix(c, "یک") + "یکم"
	}
	return c + "م"
}
