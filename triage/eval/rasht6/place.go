package rasht6

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
)

// place is where one issue is: a street, maybe an alley and a dead end off it, maybe a
// landmark or a plate. Two issues at different places never share all of these.
type place struct {
	h      *hood
	st     *street
	al     *alley
	dead   int // a dead end off the alley, numbered; 0 when none
	mark   *mark
	plate  int
	square string
	park   *mark
	lat    float64
	lon    float64
}

var (
	ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
		"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}
	cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
		"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.Intn(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func num(n int) string { return strconv.Itoa(n) }

func (p *place) hoodName(r *rand.Rand) string {
	n := pick(r, p.h.names)
	if chance(r, 0.12) {
		n = "محله " + n
	}
	return n
}

func (p *place) streetName(r *rand.Rand) string {
	st := p.st
	if st.num > 0 {
		switch r.Intn(10) {
		case 0, 1:
			return "خ " + num(st.num)
		case 2:
			return "خ." + num(st.num)
		case 3:
			return "خیابان" + num(st.num)
		default:
			return "خیابان " + num(st.num)
		}
	}
	name := st.name
	if len(st.alts) > 0 && chance(r, 0.4) {
		name = pick(r, st.alts)
	}
	if st.kind == "بلوار" {
		switch r.Intn(8) {
		case 0:
			return "ب. " + name
		case 1:
			return "بلوار" + name
		case 2:
			return name
		default:
			return "بلوار " + name
		}
	}
	switch r.Intn(8) {
	case 0, 1:
		return "خ " + name
	case 2:
		return name
	default:
		return "خیابان " + name
	}
}

// alleyName writes the alley, numbered or named, sometimes with its number in words.
func (p *place) alleyName(r *rand.Rand) string {
	a := p.al
	word := "کوچه"
	if a.dead && chance(r, 0.6) {
		word = pick(r, []string{"بن‌بست", "بن بست", "بنبست", "کوچه بن‌بست"})
	}
	var s string
	if a.num > 0 {
		n := a.num
		switch k := r.Intn(20); {
		case k < 8:
			s = word + " " + num(n)
		case k < 10:
			s = "ک " + num(n)
		case k == 10:
			s = "ک" + num(n)
		case k < 14 && n < len(ordinals):
			s = word + " " + ordinals[n]
		case k < 15 && n < len(cardinals):
			s = word + " " + cardinals[n]
		case k == 15:
			s = word + " شماره " + num(n)
		case k == 16:
			s = word + "ی " + num(n)
		default:
			s = word + " " + num(n)
		}
	} else {
		name := a.name
		if strings.HasPrefix(name, "شهید ") && chance(r, 0.4) {
			name = strings.TrimPrefix(name, "شهید ")
		}
		if chance(r, 0.15) {
			s = "ک " + name
		} else {
			s = word + " " + name
		}
	}
	if p.dead > 0 {
		d := p.dead
		switch r.Intn(4) {
		case 0:
			s += "، بن‌بست " + num(d)
		case 1:
			s += " بن بست " + ordinals[d]
		case 2:
			s += " - بنبست " + num(d)
		default:
			s += "، بن‌بست " + num(d)
		}
	}
	return s
}

func (p *place) markPhrase(r *rand.Rand) string {
	rel := pick(r, []string{"روبروی", "روبه‌روی", "جنب", "کنار", "نبش", "پشت", "نزدیک", "بغل", "جلوی"})
	return rel + " " + p.mark.name
}

// text writes the place as a citizen or operator would in running text; detail 0 is the
// neighbourhood only, 1 the street, 2 everything the place has.
func (p *place) text(r *rand.Rand, detail int) string {
	if p.park != nil {
		switch r.Intn(4) {
		case 0:
			return p.park.name + " " + p.hoodName(r)
		case 1:
			return p.park.name + " در " + p.streetName(r)
		default:
			return p.park.name
		}
	}
	if p.mark != nil && detail == 2 && chance(r, 0.25) {
		// the landmark alone: «کوچه کنار نانوایی سنگکی», «روبروی مسجد جامع، گلسار»
		if p.al != nil && chance(r, 0.5) {
			return pick(r, []string{"کوچه", "کوچه", "همان کوچه"}) + " " + p.markPhrase(r) + "، " + p.hoodName(r)
		}
		return p.markPhrase(r) + pick(r, []string{"، ", " ", " در "}) + p.hoodName(r)
	}
	if p.square != "" && detail >= 1 {
		if chance(r, 0.5) {
			return p.square
		}
		return "اطراف " + p.square
	}
	if detail == 0 {
		return p.hoodName(r)
	}
	if detail == 1 || p.al == nil {
		s := p.streetName(r)
		if p.st.num > 0 && chance(r, 0.6) {
			s = joinPlace(r, p.hoodName(r), s)
		} else if chance(r, 0.3) {
			s = joinPlace(r, s, p.hoodName(r))
		}
		if p.mark == nil && detail == 2 && chance(r, 0.15) {
			s += " " + pick(r, []string{"نرسیده به", "بعد از", "قبل از", "نزدیک"}) + " " + p.st.square
		}
		if p.mark != nil && detail == 2 {
			if chance(r, 0.5) {
				s = s + " " + p.markPhrase(r)
			} else {
				s = p.markPhrase(r) + " در " + s
			}
		}
		if p.plate > 0 && detail == 2 {
			s += plate(r, p.plate)
		}
		return s
	}
	var s string
	al := p.alleyName(r)
	switch r.Intn(12) {
	case 0, 1, 2:
		s = joinPlace(r, p.hoodName(r), p.streetName(r), al)
	case 3:
		// «کوچه دوازدهم ۱۲۴ گلسار»
		if p.st.num > 0 {
			s = al + " " + num(p.st.num) + " " + pick(r, p.h.names)
		} else {
			s = al + " " + p.streetName(r)
		}
	case 4:
		// «گلسار 124 ک 12»
		if p.st.num > 0 && p.al.num > 0 {
			s = pick(r, p.h.names) + " " + num(p.st.num) + " ک " + num(p.al.num)
		} else {
			s = p.streetName(r) + " " + al
		}
	case 5, 6:
		s = joinPlace(r, p.streetName(r), al)
	case 7:
		s = al + " " + pick(r, []string{"از", "در", "واقع در"}) + " " + p.streetName(r)
	case 8:
		s = pick(r, []string{"ابتدای", "انتهای", "اواسط", "سر", "ته"}) + " " + al + " " + p.streetName(r)
	case 9:
		s = al + "، " + p.hoodName(r)
	case 10:
		s = al
	default:
		s = joinPlace(r, p.streetName(r), al, p.hoodName(r))
	}
	if p.mark != nil && chance(r, 0.5) {
		s += " " + p.markPhrase(r)
	}
	if p.plate > 0 && chance(r, 0.7) {
		s += plate(r, p.plate)
	}
	return s
}

func joinPlace(r *rand.Rand, parts ...string) string {
	sep := pick(r, []string{"، ", "، ", " ", " - ", ",", "،"})
	return strings.Join(parts, sep)
}

func plate(r *rand.Rand, n int) string {
	return pick(r, []string{" پلاک ", "، پلاک ", " پ ", " پلاک", " - پلاک "}) + num(n)
}

// address writes the address field: an operator's tidy form, or what a citizen typed.
func (p *place) address(r *rand.Rand, operator bool, detail int, district string) string {
	body := p.text(r, detail)
	if operator {
		switch r.Intn(6) {
		case 0:
			return "رشت، " + body
		case 1:
			return "رشت - منطقه " + district + " - " + body
		case 2:
			return "گیلان، رشت، " + body
		default:
			return body
		}
	}
	if chance(r, 0.1) {
		return body + "، رشت"
	}
	return body
}

// finglish writes the place in Latin letters as a phone keyboard without Persian would.
func (p *place) finglish(r *rand.Rand) string {
	var parts []string
	if chance(r, 0.7) {
		parts = append(parts, p.h.fin)
	}
	if p.park != nil {
		return strings.Join(append(parts, "park"), " ")
	}
	if p.st.num > 0 {
		parts = append(parts, pick(r, []string{"khiaban ", "kh ", ""})+num(p.st.num))
	} else {
		kind := "khiaban "
		if p.st.kind == "بلوار" {
			kind = "bolvar "
		}
		parts = append(parts, kind+p.st.fin)
	}
	if p.al != nil {
		w := pick(r, []string{"kooche ", "koocheh ", "k ", "kuche "})
		if p.al.dead && chance(r, 0.5) {
			w = "bonbast "
		}
		if p.al.num > 0 {
			parts = append(parts, w+num(p.al.num))
		} else {
			parts = append(parts, w+p.al.fin)
		}
		if p.dead > 0 {
			parts = append(parts, "bonbast "+num(p.dead))
		}
	}
	if chance(r, 0.3) {
		r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	}
	return strings.Join(parts, " ")
}

// deictic is what a text says instead of the place when the place is left to the address.
func deictic(r *rand.Rand, sc scope) string {
	switch sc {
	case scopeAlley:
		return pick(r, []string{"کوچه ما", "کوچه‌مون", "کوچه", "کوچه ما", "محل ما", "اینجا", "سر کوچه"})
	case scopeStreet:
		return pick(r, []string{"خیابان ما", "این خیابان", "محله ما", "خیابان", "اینجا"})
	case scopePark:
		return pick(r, []string{"پارک محله", "پارک", "پارک نزدیک خانه ما", "بوستان محله"})
	case scopeHome:
		return pick(r, []string{"منزل ما", "خانه ما", "ساختمان ما", "واحد ما"})
	default:
		return pick(r, []string{"محله", "محل ما", "سر کوچه"})
	}
}

// key names the place exactly; two issues with one key and one problem are one issue
// unless they are months apart.
func (p *place) key() string {
	k := p.String()
	if p.mark != nil {
		k += "|" + p.mark.name + fmt.Sprint(p.mark.lat)
	}
	if p.park != nil {
		k += "|park " + p.park.name + fmt.Sprint(p.park.lat)
	}
	return fmt.Sprintf("%s|%d|%s", k, p.plate, p.square)
}

func (p *place) String() string {
	s := fmt.Sprintf("%s/%s%d", p.h.fin, p.st.name, p.st.num)
	if p.al != nil {
		s += fmt.Sprintf("/%s%d/%d", p.al.name, p.al.num, p.dead)
	}
	return s
}
