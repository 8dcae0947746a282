package rasht15

import (
	"math/rand/v2"
	"strings"
)

// placer writes one spot the many ways people write it. words is the chance a number is
// said as words (speech) rather than typed.
type placer struct {
	// finglish is false for an operator, who never writes Finglish
	finglish bool
	r        *rand.Rand
	s        spot
	words    float64
	ds       digitStyle
}

func newPlacer(r *rand.Rand, s spot, words float64) *placer {
	return &placer{r: r, s: s, words: words, ds: pickDigits(r), finglish: true}
}

func (p *placer) num(n int) string {
	if chance(p.r, p.words) {
		return cardinal(n)
	}
	return digits(n, p.ds)
}

func (p *placer) hood() string {
	if chance(p.r, 0.08) {
		return "محله " + p.s.hood().Name
	}
	return p.s.hood().Name
}

// street: «خیابان ۱۲۴», «خ ۱۲۴», «۱۲۴», «خیابان شقایق», «شقایق», «بلوار گیلان».
func (p *placer) street() string {
	st := p.s.Street
	if st.Num > 0 {
		n := p.num(st.Num)
		switch x := p.r.IntN(10); {
		case x < 5 || p.words > 0.5:
			return "خیابان " + n
		case x < 8:
			return "خ " + n
		default:
			return n
		}
	}
	switch x := p.r.IntN(10); {
	case x < 6 || st.Name == st.Hood.Name:
		return st.Word + " " + st.Name
	case x < 8 && st.Word == "خیابان" && p.words < 0.5:
		return "خ " + st.Name
	default:
		return st.Name
	}
}

// alley: «کوچه ۱۲», «ک ۱۲», «کوچه دوازدهم», «کوچه شهید رضایی», «بن‌بست یاس».
func (p *placer) alley() string {
	a := p.s.Alley
	if a.Martyr != "" && chance(p.r, 0.5) {
		switch p.r.IntN(4) {
		case 0:
			return "کوچه " + strings.TrimPrefix(a.Martyr, "شهید ")
		case 1:
			if p.words < 0.5 {
				return "ک ش " + strings.TrimPrefix(a.Martyr, "شهید ")
			}
		}
		return "کوچه " + a.Martyr
	}
	if a.DeadEnd != "" && chance(p.r, 0.5) {
		if chance(p.r, 0.4) {
			return "کوچه " + p.num(a.Num) + " " + a.DeadEnd
		}
		return a.DeadEnd
	}
	switch x := p.r.IntN(10); {
	case x < 3:
		return "کوچه " + ordinal(a.Num, p.r)
	case x < 7 || p.words > 0.5:
		return "کوچه " + p.num(a.Num)
	case x < 9:
		return "ک " + digits(a.Num, p.ds)
	default:
		return "ک" + digits(a.Num, p.ds)
	}
}

func (p *placer) plate() string {
	switch p.r.IntN(4) {
	case 0:
		if p.words < 0.5 {
			return "پ " + digits(p.s.Plate, p.ds)
		}
	case 1:
		return "پلاک " + cardinal(p.s.Plate)
	}
	return "پلاک " + p.num(p.s.Plate)
}

var landmarkPreps = []string{"نزدیک", "روبروی", "جنب", "کنار", "پشت", "بعد از", "نرسیده به"}

// landmark is the alley's landmark in a phrase («نزدیک نانوایی بربری», «سر کوچه مسجد»), or "".
func (p *placer) landmark() string {
	if p.s.Alley == nil || p.s.Alley.Landmark == "" {
		return ""
	}
	lm := p.s.Alley.Landmark
	switch p.r.IntN(6) {
	case 0:
		return "کوچه کنار " + lm
	case 1:
		return "سر کوچه " + lm
	case 2:
		return "کوچه " + lm
	}
	return pick(p.r, landmarkPreps) + " " + lm
}

// hasLandmark tells whether the spot can be given by a landmark alone.
func (p *placer) hasLandmark() bool { return p.s.Alley != nil && p.s.Alley.Landmark != "" }

// parts are the spot's pieces from large to small.
func (p *placer) parts(withPlate bool) []string {
	if p.s.Park {
		return []string{p.hood(), p.s.hood().Park}
	}
	ps := []string{p.hood(), p.street()}
	if p.s.Alley != nil {
		switch {
		case p.hasLandmark() && chance(p.r, 0.25):
			ps = append(ps, p.landmark())
		case chance(p.r, 0.05):
			ps = append(ps, "نبش "+p.alley())
		default:
			ps = append(ps, p.alley())
		}
	}
	if withPlate && p.s.Alley != nil && chance(p.r, 0.45) {
		ps = append(ps, p.plate())
	}
	return ps
}

// address is what a writer puts in an address field.
func (p *placer) address() string {
	if p.s.Park {
		switch p.r.IntN(3) {
		case 0:
			return p.s.hood().Park
		case 1:
			return p.hood() + "، " + p.s.hood().Park
		}
		return p.s.hood().Park + " " + p.s.hood().Name
	}
	switch x := p.r.IntN(20); {
	case x < 2 && p.finglish:
		return p.latin()
	case x < 5 && p.s.Alley != nil:
		// small to large: «کوچه دوازدهم ۱۲۴ گلسار»
		out := p.alley() + " " + p.streetBare()
		if p.s.Street.Name != p.s.hood().Name {
			out += " " + p.s.hood().Name
		}
		return out
	case x < 8:
		return strings.Join(p.parts(true), " ")
	case x < 10:
		return strings.Join(p.parts(true), " - ")
	case x < 11:
		return "رشت، " + strings.Join(p.parts(true), "، ")
	}
	return strings.Join(p.parts(true), pick(p.r, []string{"، ", "، ", "،", " ، ", ", "}))
}

func (p *placer) streetBare() string {
	if p.s.Street.Num > 0 {
		return digits(p.s.Street.Num, p.ds)
	}
	if p.s.Street.Word == "بلوار" {
		return "بلوار " + p.s.Street.Name
	}
	return p.s.Street.Name
}

// finglish: «golsar kh 124 kooche 12».
func (p *placer) latin() string {
	h := p.s.hood()
	out := []string{pick(p.r, h.Latin)}
	st := p.s.Street
	switch {
	case st.Num > 0:
		out = append(out, pick(p.r, []string{"kh ", "khiaban ", "", "KH "})+digits(st.Num, latinDigits))
	case st.Word == "بلوار":
		out = append(out, pick(p.r, []string{"blv ", "bolvar ", "boulevard "})+st.Latin)
	default:
		out = append(out, pick(p.r, []string{"kh ", "khiaban ", "khiabane "})+st.Latin)
	}
	if a := p.s.Alley; a != nil {
		if a.Latin != "" && chance(p.r, 0.5) {
			out = append(out, pick(p.r, []string{"kooche shahid ", "k shahid ", "koche "})+a.Latin)
		} else {
			out = append(out, pick(p.r, []string{"kooche ", "koocheh ", "k ", "kuche "})+digits(a.Num, latinDigits))
		}
		if chance(p.r, 0.3) {
			out = append(out, pick(p.r, []string{"pelak ", "p "})+digits(p.s.Plate, latinDigits))
		}
	}
	return strings.Join(out, " ")
}

// partial is a short address: the hood, or the hood and street.
func (p *placer) partial() string {
	if chance(p.r, 0.5) || p.s.Park {
		return p.s.hood().Name
	}
	return p.s.hood().Name + " " + p.street()
}

// reverseGeocoded is what the app writes from its pin: street level, never the alley,
// because a pin 50 m off would name the wrong one.
func (p *placer) reverseGeocoded() string {
	st := p.s.Street
	name := st.Word + " " + st.Name
	if st.Num > 0 {
		name = "خیابان " + digits(st.Num, persianDigits)
	}
	return "رشت، " + p.s.hood().Name + "، " + name
}
