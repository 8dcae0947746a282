package rasht16

import (
	"strconv"
	"strings"
)

// alleyName is the name a citizen uses: the old name more often than the martyr's.
func (w *writer) alleyName(s *spot) string {
	ns := s.names
	if len(ns) == 1 {
		return ns[0].fa
	}
	switch u := w.g.rng.Float64(); {
	case u < 0.5:
		return w.spoken(ns[1].fa)
	case u < 0.8:
		return ns[0].fa
	default:
		return w.spoken(ns[w.g.rng.IntN(len(ns))].fa)
	}
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم"}

// spoken turns an old map's number into the ordinal people say: «کوچه 7» → «کوچه هفتم».
func (w *writer) spoken(n string) string {
	k, err := strconv.Atoi(strings.TrimPrefix(n, "کوچه "))
	if err != nil || k >= len(ordinals) || !w.chance(0.5) {
		return n
	}
	return "کوچه " + ordinals[k]
}

// officialName is what an operator types: the martyr's name, now and then the old one in
// brackets.
func (w *writer) officialName(s *spot) string {
	ns := s.names
	if len(ns) > 1 && w.chance(0.2) {
		return ns[0].fa + " (" + strings.TrimPrefix(ns[1].fa, "کوچه ") + ")"
	}
	if len(ns) > 1 && w.chance(0.15) {
		return ns[1].fa
	}
	return ns[0].fa
}

func bare(n string) string {
	for _, p := range []string{"کوچه ", "بن‌بست ", "راسته "} {
		n = strings.TrimPrefix(n, p)
	}
	return n
}

// casualPlace is a place the way a citizen writes it: a name among several, a landmark, a
// corner, a row of the bazaar.
func (w *writer) casualPlace(finglish bool) string {
	if finglish {
		return w.placeLatin()
	}
	s := w.r.is.s
	var out string
	switch s.kind {
	case spotAlley:
		out = w.casualAlley(s)
	case spotDeadEnd:
		p := s.parent
		chain := w.alleyName(p)
		if p.kind == spotDeadEnd {
			chain = w.alleyName(p.parent) + "، " + p.names[0].fa
		}
		de := w.alleyName(s)
		switch u := w.g.rng.Float64(); {
		case u < 0.4:
			out = chain + "، " + de
		case u < 0.6:
			out = de + " " + chain
		case u < 0.75:
			out = "ته " + chain + " " + de
		case u < 0.9:
			out = s.mahalleh.fa + "، " + chain + "، " + de
		default:
			out = "ته " + chain // the dead end is still its own spot
		}
	case spotStreet:
		st := w.pick([]string{"خیابان ", "خیابون ", "خ ", ""}) + s.street.fa
		mark := s.marks[w.g.rng.IntN(len(s.marks))].fa
		switch w.g.rng.IntN(5) {
		case 0:
			out = st + "، روبروی " + mark
		case 1:
			out = st + " جنب " + mark
		case 2:
			out = st + " نرسیده به " + s.corner.fa
		case 3:
			out = st + " بعد از " + s.corner.fa + " کنار " + mark
		default:
			out = st + "، سر " + s.corner.fa
		}
	case spotRow:
		row := s.names[0].fa
		mark := s.marks[0].fa
		switch w.g.rng.IntN(6) {
		case 0:
			out = "بازار، " + row
		case 1:
			out = "سر " + row
		case 2:
			out = "بازار " + bare(row)
		case 3:
			out = "داخل بازار کنار " + mark
		case 4:
			out = row + " جلوی " + mark
		default:
			out = "ته " + row
		}
	case spotSquare:
		sq := s.names[0].fa
		if sq == "میدان شهرداری" && w.chance(0.3) {
			sq = "فلکه شهرداری"
		}
		if sq == "سبزه‌میدان" && w.chance(0.3) {
			sq = "سبزه میدون"
		}
		out = sq + w.pick([]string{" ", "، "}) + s.marks[0].fa
	}
	if w.r.is.plate > 0 && !w.plateSaid && w.chance(0.5) {
		out += w.pick([]string{"، پلاک ", " جلوی پلاک ", " پلاک "}) + strconv.Itoa(w.r.is.plate)
	}
	return out
}

func (w *writer) casualAlley(s *spot) string {
	nm := w.alleyName(s)
	mark := s.marks[0].fa
	switch u := w.g.rng.Float64(); {
	case u < 0.2:
		return nm
	case u < 0.35:
		return nm + " " + s.mahalleh.fa
	case u < 0.45:
		return s.mahalleh.fa + "، " + nm
	case u < 0.55:
		return "خیابان " + s.street.fa + "، " + nm
	case u < 0.65:
		return w.pick([]string{"کوچه روبروی ", "کوچه پشت ", "کوچه کنار ", "کوچه بغل "}) + mark
	case u < 0.75:
		return w.pick([]string{"پشت ", "جنب ", "روبروی ", "نزدیک "}) + mark + " " + s.mahalleh.fa
	case u < 0.85:
		return nm + " " + w.pick([]string{"نزدیک ", "پشت ", "کنار "}) + mark
	case u < 0.93:
		return "خ " + s.street.fa + " ک " + bare(nm)
	default:
		return "محله " + s.mahalleh.fa + " " + nm
	}
}

// formalPlace is the place in an operator's sentence: official names, no plate.
func (w *writer) formalPlace() string {
	s := w.r.is.s
	switch s.kind {
	case spotAlley:
		return w.officialName(s)
	case spotDeadEnd:
		if s.parent.kind == spotDeadEnd {
			return w.officialName(s.parent.parent) + "، " + s.parent.names[0].fa + "، " + s.names[0].fa
		}
		return w.officialName(s.parent) + "، " + s.names[0].fa
	case spotStreet:
		if w.chance(0.25) {
			return "خیابان " + s.street.fa + " حد فاصل " + s.corner.fa + " و " + s.marks[0].fa
		}
		return "خیابان " + s.street.fa + " " + w.pick([]string{"روبروی ", "جنب ", "نرسیده به "}) + s.marks[0].fa
	case spotRow:
		return "بازار " + s.names[0].fa
	default:
		return s.names[0].fa + " " + s.marks[0].fa
	}
}

// formalAddress is the address field an operator fills: city, mahalleh, street, alley,
// plate, each part sometimes left out or abbreviated.
func (w *writer) formalAddress() string {
	s := w.r.is.s
	var parts []string
	if w.chance(0.4) {
		parts = append(parts, "رشت")
	}
	switch s.kind {
	case spotAlley, spotDeadEnd:
		if w.chance(0.6) {
			parts = append(parts, w.pick([]string{"محله ", "", "محله‌ی "})+s.mahalleh.fa)
		}
		if w.chance(0.6) {
			parts = append(parts, "خیابان "+s.street.fa)
		}
		parts = append(parts, w.formalPlace())
	case spotStreet:
		parts = append(parts, w.formalPlace())
	case spotRow:
		parts = append(parts, "بازار بزرگ", s.names[0].fa)
		if w.chance(0.5) {
			parts = append(parts, s.marks[0].fa)
		}
	case spotSquare:
		parts = append(parts, s.names[0].fa, s.marks[0].fa)
	}
	plate := w.r.is.plate
	if plate == 0 && w.chance(0.6) && (s.kind == spotAlley || s.kind == spotDeadEnd) {
		plate = 1 + w.g.rng.IntN(90) // the caller's own door
	}
	if plate > 0 && w.chance(0.85) {
		door := "پلاک "
		if s.kind == spotRow {
			door = w.pick([]string{"حجره ", "مغازه شماره "}) // the bazaar numbers its shops, not doors
		}
		parts = append(parts, door+strconv.Itoa(plate))
	}
	out := strings.Join(parts, w.pick([]string{"، ", "، ", " - ", " "}))
	if w.chance(0.2) {
		out = strings.NewReplacer("خیابان ", "خ ", "کوچه ", "ک ", "پلاک ", "پ ", "بن‌بست ", "بن بست ").Replace(out)
	}
	return out
}

// geocoded is what the app writes from the pin: only as fine as the map's street names.
func (w *writer) geocoded() string {
	s := w.r.is.s
	prefix := w.pick([]string{"رشت، ", "گیلان، رشت، ", "استان گیلان، رشت، "})
	switch s.kind {
	case spotRow:
		return prefix + w.pick([]string{"بازار بزرگ رشت", "خیابان امام خمینی", "سبزه‌میدان"})
	case spotSquare:
		return prefix + s.names[0].fa
	default:
		if w.chance(0.3) {
			return prefix + "محله " + s.mahalleh.fa
		}
		return prefix + "خیابان " + s.street.fa
	}
}

// placeLatin is a place in Finglish.
func (w *writer) placeLatin() string {
	s := w.r.is.s
	switch s.kind {
	case spotAlley:
		nm := s.names[w.g.rng.IntN(len(s.names))].en
		if w.chance(0.5) {
			return nm + " " + s.mahalleh.en
		}
		return w.pick([]string{"posht ", "kenare ", "rooberooye "}) + s.marks[0].en
	case spotDeadEnd:
		a := s.parent
		for a.kind == spotDeadEnd {
			a = a.parent
		}
		return a.names[w.g.rng.IntN(len(a.names))].en + " " + s.names[0].en
	case spotStreet:
		return "khiaboon " + s.street.en + " " + w.pick([]string{"jelo ", "kenare "}) + s.marks[0].en
	case spotRow:
		return w.pick([]string{"bazar ", ""}) + s.names[0].en
	default:
		return s.mahalleh.en + " " + s.marks[0].en
	}
}
