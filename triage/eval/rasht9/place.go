package rasht9

import (
	"strconv"
	"strings"
)

var unitOrdinals = []string{"", "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم"}

// ordinal spells n (1..99) as a Persian ordinal word, the way alleys are named aloud.
func ordinal(n int, first bool) string {
	switch {
	case n == 1 && first:
		return "اول"
	case n < 20:
		return unitOrdinals[n]
	}
	tens := map[int]string{2: "بیست", 3: "سی", 4: "چهل", 5: "پنجاه", 6: "شصت", 7: "هفتاد", 8: "هشتاد", 9: "نود"}[n/10]
	if n%10 == 0 {
		if n/10 == 3 {
			return "سی‌ام"
		}
		return tens + "م"
	}
	return tens + " و " + unitOrdinals[n%10]
}

func (p *planner) hoodName(pl place) string {
	v := p.pick(pl.hood.variants)
	if strings.HasPrefix(v, "golsar") { // the Latin variant stays rare
		if p.chance(0.7) {
			return pl.hood.name
		}
	}
	return v
}

// streetName writes a street as callers do: «خیابان ۱۲۴», «خ ۱۲۴», «۱۲۴», «بلوار گیلان», «ب گیلان».
func (p *planner) streetName(s *street, bare bool) string {
	name := s.name
	if s.num > 0 {
		name = strconv.Itoa(s.num)
	}
	if bare {
		return name
	}
	switch s.kind {
	case "خیابان":
		return p.pick([]string{"خیابان ", "خیابان ", "خ ", "خ.", "خیابون ", ""}) + name
	case "بلوار":
		return p.pick([]string{"بلوار ", "بلوار ", "ب ", "ب.", "بولوار "}) + name
	case "میدان":
		return p.pick([]string{"", "میدان ", "م."}) + name
	case "جاده":
		return p.pick([]string{"جاده ", "جاده ", "ج "}) + strings.Replace(name, "پیربازار", p.pick([]string{"پیربازار", "پیر بازار", "پیربازار"}), 1)
	}
	return name
}

func (p *planner) alleyName(a *alley) string {
	if a.deadEnd {
		var own string
		if a.num > 0 {
			switch p.r.IntN(3) {
			case 0:
				own = ordinal(a.num, true)
			default:
				own = strconv.Itoa(a.num)
			}
		} else {
			own = a.name
		}
		de := p.pick([]string{"بن‌بست ", "بن بست ", "بنبست ", "ب.ب "}) + own
		return p.alleyName(a.parent) + " " + de
	}
	kw := p.pick([]string{"کوچه ", "کوچه ", "کوچه ", "ک ", "ک.", "کوچهٔ ", "کوچه‌ی "})
	if a.num > 0 {
		switch p.r.IntN(6) {
		case 0, 1:
			return kw + ordinal(a.num, p.chance(0.7))
		case 2:
			return kw + "شماره " + strconv.Itoa(a.num)
		}
		return kw + strconv.Itoa(a.num)
	}
	if p.chance(0.15) {
		return a.name
	}
	return kw + a.name
}

func (p *planner) markName(m *landmark) string {
	return p.pick([]string{"روبروی ", "جنب ", "کنار ", "نزدیک ", "پشت ", "بعد از ", "روبه‌روی ", "نرسیده به "}) + m.name
}

// placePhrase writes one place in one of the many ways people write it.
func (p *planner) placePhrase(pl place) string {
	return tidy(p.rawPlacePhrase(pl))
}

// tidy removes the separators an omitted part leaves behind.
func tidy(s string) string {
	for _, bad := range [][2]string{{"، ، ", "، "}, {"،  ", "، "}, {"  ", " "}, {" ، ", "، "}} {
		for strings.Contains(s, bad[0]) {
			s = strings.ReplaceAll(s, bad[0], bad[1])
		}
	}
	return strings.Trim(s, " ،")
}

func (p *planner) rawPlacePhrase(pl place) string {
	r := p.r
	hood := func() string {
		// «خیابان طالقانی» as a quarter's name reads badly next to the street itself.
		// Nobody writes «بیستون، خیابان بیستون» every time: the street names the quarter.
		if pl.hood.name == pl.st.name && p.chance(0.7) {
			return ""
		}
		for i := 0; i < 4; i++ {
			if h := p.hoodName(pl); !strings.Contains(h, "خ") || !strings.Contains(h, pl.st.name) {
				return h
			}
		}
		return pl.hood.name
	}
	st := func() string { return p.streetName(pl.st, false) }
	if pl.park {
		switch r.IntN(5) {
		case 0:
			return pl.mark.name + " " + hood()
		case 1:
			return pl.mark.name
		case 2:
			return "داخل " + pl.mark.name + " " + st()
		case 3:
			return hood() + "، " + st() + "، " + pl.mark.name
		}
		return "پارک محله " + hood()
	}
	if a := pl.al; a != nil {
		var s string
		switch r.IntN(12) {
		case 0, 1:
			s = hood() + "، " + st() + "، " + p.alleyName(a)
		case 2:
			s = p.alleyName(a) + " " + p.streetName(pl.st, pl.st.num > 0) + " " + hood()
		case 3:
			if pl.st.num > 0 {
				top := a
				if a.deadEnd {
					top = a.parent
				}
				s = hood() + " " + strconv.Itoa(pl.st.num) + " " + p.pick([]string{"ک ", "ک", "کوچه "}) + p.alleyNumOrName(top)
				if a.deadEnd {
					s += " " + p.pick([]string{"بن‌بست ", "بنبست ", "ب.ب "}) + p.alleyNumOrName(a)
				}
			} else {
				s = hood() + " " + p.streetName(pl.st, true) + " " + p.alleyName(a)
			}
		case 4, 5:
			s = st() + "، " + p.alleyName(a)
		case 6:
			s = st() + " " + p.alleyName(a)
		case 7:
			s = p.pick([]string{"انتهای ", "ابتدای ", "سر ", "داخل ", "وسط "}) + p.alleyName(a) + " " + st()
		case 8:
			s = "رشت، " + hood() + "، " + st() + "، " + p.alleyName(a) + "، پلاک " + strconv.Itoa(1+r.IntN(80))
		case 9:
			if m := a.mark; m != nil {
				s = p.alleyName(a) + " " + p.markName(m)
			} else {
				s = hood() + " " + p.alleyName(a)
			}
		case 10:
			if m := a.mark; m != nil {
				s = "کوچه " + p.markName(m) + " در " + st()
			} else {
				s = p.alleyName(a) + "، " + hood()
			}
		default:
			s = p.alleyName(a) + " " + st()
		}
		return s
	}
	if m := pl.mark; m != nil {
		switch r.IntN(6) {
		case 0:
			return st() + "، " + p.markName(m)
		case 1:
			return hood() + "، " + st() + " " + p.markName(m)
		case 2:
			return m.name + " " + st()
		case 3:
			return p.markName(m)
		case 4:
			return st() + "، " + p.markName(m) + "، " + hood()
		}
		return st()
	}
	side := pl.side
	switch r.IntN(5) {
	case 0:
		return st() + "، نبش " + p.alleyName(side)
	case 1:
		return hood() + "، " + st() + "، " + p.pick([]string{"نبش ", "ابتدای ", "سر ", "روبروی "}) + p.alleyName(side)
	case 2:
		return st() + " " + p.pick([]string{"حد فاصل ", "بین "}) + p.alleyName(side) + " و " + p.pick([]string{"کوچه بعدی", "کوچه قبلی"})
	case 3:
		return st() + " پلاک " + strconv.Itoa(10+side.num*4+p.r.IntN(4))
	}
	return st()
}

func (p *planner) alleyNumOrName(a *alley) string {
	if a.num > 0 {
		return strconv.Itoa(a.num)
	}
	return a.name
}

// address is what lands in the address field: the place, and often the caller's own
// details around it.
func (p *planner) address(pl place, own bool, ps *persona) string {
	var parts []string
	if p.chance(0.25) {
		parts = append(parts, p.pick([]string{"رشت", "گیلان، رشت", "رشت - منطقه 3", "رشت،منطقه سه"}))
	}
	parts = append(parts, p.placePhrase(pl))
	if own && ps != nil {
		parts = append(parts, "پلاک "+strconv.Itoa(ps.plate))
		if p.chance(0.6) {
			parts = append(parts, "واحد "+strconv.Itoa(ps.unit))
		}
		if p.chance(0.5) {
			parts = append(parts, "کد پستی "+ps.post)
		}
		parts = append(parts, p.pick([]string{"تلفن ", "تماس: ", "همراه ", ""})+ps.phone)
	} else {
		if p.chance(0.12) {
			parts = append(parts, "پلاک "+strconv.Itoa(1+p.r.IntN(120)))
		}
		if p.chance(0.05) {
			parts = append(parts, p.pick([]string{"طبقه دوم", "طبقه اول", "زنگ دوم", "واحد 4"}))
		}
		if p.chance(0.06) {
			parts = append(parts, "کدپستی "+strconv.Itoa(41000+p.r.IntN(999))+"-"+strconv.Itoa(10000+p.r.IntN(89999)))
		}
		if p.chance(0.05) {
			parts = append(parts, "0911"+strconv.Itoa(1000000+p.r.IntN(8999999)))
		}
	}
	sep := p.pick([]string{"، ", "، ", " ", " - ", ","})
	return strings.Join(parts, sep)
}
