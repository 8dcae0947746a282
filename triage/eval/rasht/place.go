package rasht

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

var ones = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
	"سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
var tens = []string{"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}
var hundreds = []string{"", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"}

// words spells 1..999 in Persian: 124 → «صد و بیست و چهار».
func words(n int) string {
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

// ordinal spells the ordinal: 12 → «دوازدهم», 3 → «سوم», 1 → «اول» or «یکم».
func ordinal(rng *rand.Rand, n int) string {
	switch n {
	case 1:
		return pick(rng, []string{"اول", "یکم"})
	case 3:
		return "سوم"
	case 30:
		return "سی‌ام"
	}
	w := words(n)
	if strings.HasSuffix(w, "سه") {
		return strings.TrimSuffix(w, "سه") + "سوم"
	}
	return w + "م"
}

func num(n int) string { return strconv.Itoa(n) }

// Component renderers. Digits are ASCII here; the noise pass turns them Persian or Arabic.

func (g *gen) hoodName(h *hood) string {
	if len(h.aka) > 0 && chance(g.rng, 0.3) {
		return pick(g.rng, h.aka)
	}
	return h.name
}

func (g *gen) streetName(s *street, formal bool) string {
	r := g.rng.Float64()
	if s.num > 0 {
		switch {
		case formal && r < 0.8 || r < 0.4:
			return "خیابان " + num(s.num)
		case r < 0.6:
			return "خ " + num(s.num)
		case r < 0.7:
			return "خ." + num(s.num)
		case r < 0.93:
			return num(s.num)
		default:
			return "خیابان " + ordinal(g.rng, s.num)
		}
	}
	name := s.name
	if strings.HasPrefix(name, "شهید ") && chance(g.rng, 0.35) {
		name = strings.TrimPrefix(name, "شهید ")
	}
	switch {
	case formal && r < 0.85 || r < 0.55:
		return s.kind + " " + name
	case r < 0.75 && s.kind == "خیابان":
		return "خ " + name
	case r < 0.8 && s.kind == "خیابان":
		return "خ." + name
	default:
		return name
	}
}

func (g *gen) alleyName(a *alley, formal bool) string {
	word := "کوچه"
	if a.dead {
		word = pick(g.rng, []string{"بن‌بست", "بن‌بست", "بن بست", "بنبست"})
	}
	r := g.rng.Float64()
	if a.num > 0 {
		switch {
		case formal && r < 0.75 || r < 0.35:
			return word + " " + num(a.num)
		case r < 0.55:
			return word + " " + ordinal(g.rng, a.num)
		case r < 0.62 && !a.dead:
			return word + "‌ی " + num(a.num)
		case r < 0.68:
			return word + " شماره " + num(a.num)
		case r < 0.73:
			return word + " " + words(a.num)
		case a.dead:
			return word + num(a.num)
		case r < 0.88:
			return "ک " + num(a.num)
		default:
			return "ک." + num(a.num)
		}
	}
	name := a.name
	if strings.HasPrefix(name, "شهید ") && chance(g.rng, 0.35) {
		name = strings.TrimPrefix(name, "شهید ")
	}
	switch {
	case formal || r < 0.7:
		return word + " " + name
	case r < 0.8 && !a.dead:
		return word + "‌ی " + name
	case !a.dead && r < 0.92:
		return "ک " + name
	default:
		return name
	}
}

// alleyChain is the alley part, fine to coarse or coarse to fine: «کوچه ۱۲، بن‌بست ۳».
func (g *gen) alleyChain(a *alley, formal bool) []string {
	if a.parent != nil {
		return []string{g.alleyName(a.parent, formal), g.alleyName(a, formal)}
	}
	return []string{g.alleyName(a, formal)}
}

func (g *gen) landmarkPhrase(pl place) string {
	if pl.mark == nil {
		return ""
	}
	return pl.rel + " " + pl.mark.name
}

// address renders the place as an address field: the operator's or the app's form.
func (g *gen) address(pl place, home *alley, formal bool) string {
	var parts []string
	if (formal && chance(g.rng, 0.35)) || chance(g.rng, 0.08) {
		parts = append(parts, pick(g.rng, []string{"رشت", "گیلان، رشت", "رشت - منطقه 3"}))
	}
	if !chance(g.rng, 0.25) {
		parts = append(parts, g.hoodName(pl.hood))
	}
	switch {
	case home != nil:
		parts = append(parts, g.streetName(home.street, formal))
		parts = append(parts, g.alleyChain(home, formal)...)
		if chance(g.rng, 0.5) {
			parts = append(parts, "پلاک "+num(1+g.rng.IntN(90)))
		}
	case pl.level == atAlley:
		if !chance(g.rng, 0.07) {
			parts = append(parts, g.streetName(pl.street, formal))
		}
		parts = append(parts, g.alleyChain(pl.alley, formal)...)
		if pl.mark != nil && chance(g.rng, 0.4) {
			parts = append(parts, g.landmarkPhrase(pl))
		}
		if pl.plate > 0 && chance(g.rng, 0.6) {
			parts = append(parts, pick(g.rng, []string{"پلاک ", "پلاک ", "پ "})+num(pl.plate))
		}
	case pl.level == atStreet:
		parts = append(parts, g.streetName(pl.street, formal))
		switch {
		case pl.mark != nil && chance(g.rng, 0.85):
			parts = append(parts, g.landmarkPhrase(pl))
		case pl.corner != nil:
			parts = append(parts, "نبش "+g.alleyName(pl.corner, formal))
		case pl.plate > 0:
			parts = append(parts, "پلاک "+num(pl.plate))
		}
	case pl.level == atSquare:
		parts = append(parts, pick(g.rng, []string{pl.square.name, pl.square.name, "اطراف " + pl.square.name, pl.square.name + " ضلع شمالی", pl.square.name + " ضلع جنوبی"}))
	case pl.level == atPark:
		parts = append(parts, pick(g.rng, []string{pl.park.name, "داخل " + pl.park.name, pl.park.name}))
	case pl.level == atArea:
		parts = append(parts, g.streetName(pl.street, formal))
	}
	if !formal && chance(g.rng, 0.3) && len(parts) > 1 {
		slices.Reverse(parts)
	}
	sep := "، "
	if !formal {
		sep = pick(g.rng, []string{"، ", "، ", " ", " - ", "،", ","})
	}
	return strings.Join(parts, sep)
}

// inText renders the place the way people say it inside a sentence.
func (g *gen) inText(pl place, home *alley) string {
	if home != nil {
		return pick(g.rng, []string{"کوچه ما", "محله ما", g.streetName(home.street, false) + " " + strings.Join(g.alleyChain(home, false), " "),
			g.hoodName(home.street.hood) + " " + g.streetName(home.street, false), "خیابان ما"})
	}
	switch pl.level {
	case atAlley:
		chain := g.alleyChain(pl.alley, false)
		switch r := g.rng.IntN(10); {
		case r < 3:
			return strings.Join(chain, " ") + " " + g.streetName(pl.street, false) + " " + g.hoodName(pl.hood)
		case r < 5:
			return g.hoodName(pl.hood) + " " + g.streetName(pl.street, false) + " " + strings.Join(chain, " ")
		case r < 7:
			return g.streetName(pl.street, false) + " " + strings.Join(chain, " ")
		case r < 8 && pl.mark != nil:
			return strings.Join(chain, " ") + " " + g.landmarkPhrase(pl)
		case r < 9:
			return strings.Join(chain, " ") + " (" + g.streetName(pl.street, false) + ")"
		default:
			return strings.Join(chain, " ")
		}
	case atStreet:
		s := g.streetName(pl.street, false)
		switch {
		case pl.mark != nil:
			if chance(g.rng, 0.5) {
				return s + " " + g.landmarkPhrase(pl)
			}
			return g.landmarkPhrase(pl) + " در " + s
		case pl.corner != nil:
			return s + " نبش " + g.alleyName(pl.corner, false)
		case pl.plate > 0 && chance(g.rng, 0.7):
			return s + " " + pick(g.rng, []string{"پلاک ", "پ ", "پلاک "}) + num(pl.plate)
		default:
			return s + " " + g.hoodName(pl.hood)
		}
	case atSquare:
		return pick(g.rng, []string{pl.square.name, "دور " + pl.square.name, "سر " + pl.square.name})
	case atPark:
		return pick(g.rng, []string{pl.park.name, "پارک محله " + pl.hood.name, pl.park.name})
	case atArea:
		return pick(g.rng, []string{g.streetName(pl.street, false), g.hoodName(pl.hood), g.streetName(pl.street, false) + " " + g.hoodName(pl.hood)})
	}
	return ""
}

// finglish renders the place in Latin letters, as typed on a phone without a Persian keyboard.
func (g *gen) finglish(pl place, home *alley) string {
	a := pl.alley
	if home != nil {
		a = home
	}
	var parts []string
	if chance(g.rng, 0.7) {
		parts = append(parts, pl.hood.fing)
	}
	s := pl.street
	if a != nil {
		s = a.street
	}
	switch {
	case pl.level == atPark && home == nil:
		return pl.park.fing
	case pl.level == atSquare && home == nil:
		return pl.square.fing
	case s == nil:
		return strings.Join(parts, " ")
	case s.num > 0:
		parts = append(parts, pick(g.rng, []string{"kh ", "khiaban ", ""})+num(s.num))
	default:
		word := pick(g.rng, []string{"kh ", "khiaboon ", ""})
		if s.kind == "بلوار" {
			word = pick(g.rng, []string{"bolvar ", "blvd ", ""})
		}
		parts = append(parts, word+s.fing)
	}
	if pl.level == atStreet && home == nil && pl.mark != nil {
		parts = append(parts, pick(g.rng, []string{"jelo ", "kenar ", "rooberooye ", "nazdik "})+pl.mark.fing)
	}
	if a != nil && (pl.level == atAlley || home != nil) {
		for _, x := range []*alley{a.parent, a} {
			if x == nil {
				continue
			}
			word := pick(g.rng, []string{"k ", "kooche ", "koche "})
			if x.dead {
				word = pick(g.rng, []string{"bonbast ", "bon bast "})
			}
			if x.num > 0 {
				parts = append(parts, word+num(x.num))
			} else {
				parts = append(parts, word+finglishName(x.name))
			}
		}
	}
	return strings.Join(parts, " ")
}

func finglishName(fa string) string {
	for _, n := range alleyNames {
		if n.fa == fa {
			return n.fing
		}
	}
	return fa // a Finglish writer copies what he cannot spell
}
