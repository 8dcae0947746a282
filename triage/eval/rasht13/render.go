package rasht13

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// place is where an issue is, as the clerk would write it down.
type place struct {
	st    *street
	al    *alley    // nil for a stretch of a street
	mark  *landmark // the landmark that names the stretch, or the park
	pos   int
	plate int
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }

func (w *world) hoodName(rng *rand.Rand, h *hood) string {
	if len(h.neighbours) > 0 && chance(rng, 0.1) {
		// fuzzy borders: a caller names the neighbourhood next door
		return pick(rng, h.neighbours).name
	}
	if chance(rng, 0.7) {
		return h.name
	}
	return pick(rng, h.alt)
}

// num writes a number in the script a writer of this row uses.
func num(rng *rand.Rand, n int, script int) string { return digitsIn(strconv.Itoa(n), script) }

func dropShahid(rng *rand.Rand, s string) string {
	if strings.HasPrefix(s, "شهید ") && chance(rng, 0.35) {
		return strings.TrimPrefix(s, "شهید ")
	}
	return s
}

func (st *street) render(rng *rand.Rand, script int, short bool) string {
	name := st.name
	if st.oldName != "" && chance(rng, 0.35) {
		name = st.oldName
		if chance(rng, 0.3) {
			// «خیابان ۱۳۲ (شهید صادقی فعلی)»
			cur := st.name
			if st.num > 0 && st.oldName != strconv.Itoa(st.num) {
				cur = strconv.Itoa(st.num)
			}
			return st.kind + " " + digitsIn(name, script) + " (" + pick(rng, []string{"", "خیابان "}) + digitsIn(cur, script) + " فعلی)"
		}
	}
	isNum := false
	if n, err := strconv.Atoi(name); err == nil {
		isNum = true
		if chance(rng, 0.12) {
			name = ordinal(n, false)
		} else {
			name = digitsIn(name, script)
		}
	} else {
		name = dropShahid(rng, digitsIn(name, script))
	}
	kind := st.kind
	switch {
	case short && kind == "خیابان":
		kind = pick(rng, []string{"خ", "خ.", "خ ", "خیابان"})
	case short && kind == "بلوار":
		kind = pick(rng, []string{"ب.", "بلوار", "بلوار"})
	case isNum && chance(rng, 0.15):
		kind = ""
	}
	if kind == "" {
		return name
	}
	if strings.HasSuffix(kind, ".") {
		return kind + name
	}
	return strings.TrimSpace(kind) + " " + name
}

func (al *alley) render(rng *rand.Rand, script int, short bool) string {
	word := "کوچه"
	if al.deadEnd && chance(rng, 0.7) {
		word = pick(rng, []string{"بن‌بست", "بنبست", "بن بست"})
	} else if short {
		word = pick(rng, []string{"ک", "ک.", "کوچه"})
	}
	var name string
	if al.num > 0 {
		switch r := rng.Float64(); {
		case r < 0.5:
			name = num(rng, al.num, script)
		case r < 0.55 && al.num > 1:
			name = num(rng, al.num, script) + pick(rng, []string{"ام", "م", " ام", "‌ام"})
		case r < 0.8:
			name = ordinal(al.num, chance(rng, 0.5))
		case r < 0.9:
			name = cardinal(al.num)
		default:
			name = "شماره " + num(rng, al.num, script)
		}
	} else {
		name = dropShahid(rng, al.name)
	}
	if word == "کوچه" && chance(rng, 0.08) {
		word = pick(rng, []string{"کوچه‌ی", "کوچهٔ", "کوچه ی"})
	}
	s := word + " " + name
	if word == "ک." {
		s = word + name
	}
	if al.deadEnd && word == "کوچه" && chance(rng, 0.3) {
		s += " بن‌بست"
	}
	return s
}

var relWords = []string{"روبروی", "جنب", "کنار", "نبش", "نرسیده به", "بعد از", "پشت", "سر کوچه", "بالاتر از", "روبه‌روی"}

// markPhrase: «روبروی نانوایی بربری حاج رضا».
func markPhrase(rng *rand.Rand, m *landmark) string { return pick(rng, relWords) + " " + m.label() }

// nearMark is a landmark by this place, if there is one.
func (p place) nearMark() *landmark {
	if p.mark != nil {
		return p.mark
	}
	for _, m := range p.st.marks {
		if p.al != nil && m.al == p.al {
			return m
		}
	}
	for _, m := range p.st.marks {
		if p.al != nil && m.al == nil && m.pos == p.al.idx {
			return m
		}
	}
	return nil
}

// address renders the place for an address field, in one of the many ways people and
// operators write one.
func (w *world) address(rng *rand.Rand, p place, script int) string {
	h := w.hoodName(rng, p.st.hood)
	st := p.st.render(rng, script, false)
	var al string
	if p.al != nil {
		al = p.al.render(rng, script, false)
	}
	m := p.nearMark()
	var parts []string
	switch r := rng.IntN(10); {
	case r < 3:
		parts = []string{h, st}
		if al != "" {
			parts = append(parts, al)
		} else if m != nil {
			parts = append(parts, markPhrase(rng, m))
		}
	case r == 3 && p.al != nil && p.st.num > 0:
		// «کوچه دوازدهم ۱۲۴ گلسار»
		return p.al.render(rng, script, false) + " " + num(rng, p.st.num, script) + " " + h
	case r == 4:
		// «گلسار 124 ک 12»
		s := h + " " + p.st.render(rng, script, true)
		if p.al != nil {
			s += " " + p.al.render(rng, script, true)
		}
		return s
	case r == 5:
		parts = []string{pick(rng, []string{"رشت - منطقه " + num(rng, 3, script), "گیلان، رشت", "رشت"}), h, st}
		if al != "" {
			parts = append(parts, al)
		}
		sep := pick(rng, []string{" - ", "، ", "-"})
		return strings.Join(parts, sep) + w.tail(rng, p, script)
	case r == 6 && m != nil:
		parts = []string{h, st, markPhrase(rng, m)}
		if al != "" {
			parts = append(parts, al)
		}
	case r == 7:
		parts = []string{st}
		if al != "" {
			parts = append(parts, al)
		}
	default:
		parts = []string{h, st}
		if al != "" {
			parts = append(parts, al)
		}
	}
	sep := pick(rng, []string{"، ", "، ", " ", " - ", ","})
	return strings.Join(parts, sep) + w.tail(rng, p, script)
}

// tail adds what addresses carry besides the place: plate, unit, postcode, a phone.
func (w *world) tail(rng *rand.Rand, p place, script int) string {
	var b strings.Builder
	if p.plate > 0 && chance(rng, 0.45) {
		b.WriteString(pick(rng, []string{"، پلاک ", " پ ", " پلاک ", "، پ."}) + num(rng, p.plate, script))
	}
	if chance(rng, 0.08) {
		b.WriteString(pick(rng, []string{"، واحد ", " طبقه ", "، زنگ "}) + num(rng, 1+rng.IntN(6), script))
	}
	if chance(rng, 0.07) {
		b.WriteString("، کدپستی " + digitsIn(fmt.Sprintf("41%08d", rng.IntN(100000000)), script))
	}
	if chance(rng, 0.05) {
		b.WriteString(" تلفن " + digitsIn(phone(rng), script))
	}
	return b.String()
}

func phone(rng *rand.Rand) string {
	return pick(rng, []string{"0911", "0912", "0939", "0901", "0935"}) + fmt.Sprintf("%07d", rng.IntN(10000000))
}

// inText renders the place the way a caller says it inside a sentence.
func (w *world) inText(rng *rand.Rand, p place, script int) string {
	m := p.nearMark()
	if m != nil && chance(rng, 0.2) {
		// a caller who names only the landmark
		if p.al != nil && chance(rng, 0.5) {
			return p.al.render(rng, script, false) + " " + markPhrase(rng, m)
		}
		return markPhrase(rng, m)
	}
	h := w.hoodName(rng, p.st.hood)
	st := p.st.render(rng, script, chance(rng, 0.3))
	if p.al == nil {
		s := st
		if n := len(p.st.alleys); p.pos > 1 && p.pos < n && chance(rng, 0.15) {
			a, b := p.st.alleys[p.pos-2], p.st.alleys[p.pos]
			if a.num > 0 && b.num > 0 {
				return s + " بین کوچه " + num(rng, a.num, script) + " و " + num(rng, b.num, script)
			}
		}
		if m != nil && chance(rng, 0.6) {
			s += " " + markPhrase(rng, m)
		}
		if chance(rng, 0.6) {
			s += " " + h
		}
		return s
	}
	al := p.al.render(rng, script, chance(rng, 0.2))
	switch rng.IntN(5) {
	case 0:
		return al + " " + st + " " + h
	case 1:
		return h + " " + st + " " + al
	case 2:
		return st + " " + al
	case 3:
		if p.st.num > 0 {
			return al + " " + num(rng, p.st.num, script)
		}
		return al + " " + st
	}
	return al + " از " + st
}

// finglish renders a place in Latin letters.
func (p place) finglish(rng *rand.Rand) string {
	s := pick(rng, []string{"kh ", "khiabane ", "khiaban "}) + p.st.fin
	if p.st.kind == "بلوار" {
		s = "bolvare " + p.st.fin
	}
	if p.al != nil {
		a := p.al.fin
		if p.al.num > 0 {
			a = strconv.Itoa(p.al.num)
		}
		k := pick(rng, []string{"kooche ", "k ", "koche "})
		if chance(rng, 0.5) {
			s = k + a + " " + s
		} else {
			s += " " + k + a
		}
	}
	if chance(rng, 0.6) {
		s = p.st.hood.fin + " " + s
	}
	return s
}
