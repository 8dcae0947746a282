package rasht39

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// spot is where an issue is: a neighbourhood, a street of it (-1 for the whole
// neighbourhood) and an alley of that street (-1 for the street itself). onStreet puts a
// point on the street at the mouth of the alley rather than inside it.
type spot struct {
	nb, st, al int
	onStreet   bool
}

func (s spot) key() string { return fmt.Sprintf("%d/%d/%d/%v", s.nb, s.st, s.al, s.onStreet) }

// where gives the spot's coordinates.
func where(g []neighbourhood, s spot) (lat, lon float64) {
	n := g[s.nb]
	if s.st < 0 {
		return n.lat, n.lon
	}
	st := n.streets[s.st]
	if s.al < 0 {
		return st.lat, st.lon
	}
	k := float64(s.al) - float64(len(st.alleys))/2
	lat, lon = st.lat+k*st.dLat, st.lon+k*st.dLon
	if !s.onStreet {
		// into the alley, across the street's direction, alternating sides
		side := 1.0
		if s.al%2 == 1 {
			side = -1
		}
		lat += side * st.dLon * 0.6
		lon -= side * st.dLat * 0.6
	}
	return lat, lon
}

// jitter moves a point by metres in a random direction.
func jitter(r *rand.Rand, lat, lon, metres float64) (float64, float64) {
	a := r.Float64() * 2 * math.Pi
	dLat := metres * math.Cos(a) / 111_000
	dLon := metres * math.Sin(a) / (111_000 * math.Cos(lat*math.Pi/180))
	return lat + dLat, lon + dLon
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}

// faDigits writes n in Persian digits; the writer's digit habit is applied later.
func faDigits(n int) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '۰' + (r - '0')
		}
		return r
	}, fmt.Sprint(n))
}

// alleyName writes an alley the way someone would say it; short allows «ک ۱۲».
func alleyName(r *rand.Rand, a alley, short bool) string {
	word := "کوچه"
	if a.deadEnd && r.IntN(3) > 0 {
		word = pick(r, []string{"بن‌بست", "بن‌بست", "کوچه بن‌بست"})
	} else if short && r.IntN(2) == 0 {
		word = pick(r, []string{"ک", "ک.", "ک"})
	}
	if a.num == 0 {
		return word + " " + a.name
	}
	switch x := r.IntN(20); {
	case x < 3 && a.num < len(ordinals):
		return word + " " + ordinals[a.num]
	case x < 4 && a.num < len(cardinals):
		return word + " " + cardinals[a.num]
	case x < 5:
		return word + " شماره " + faDigits(a.num)
	case x < 6 && word == "ک.":
		return "ک." + faDigits(a.num)
	}
	return word + " " + faDigits(a.num)
}

// streetName writes a street: «خیابان پل عراق»، «خ پل عراق»، «خیابون پل عراق»، «پل عراق».
func streetName(r *rand.Rand, s street, citizen bool) string {
	if s.kind == "کوچه" {
		return "کوچه " + s.name
	}
	switch x := r.IntN(10); {
	case x < 2 && s.kind == "خیابان":
		return pick(r, []string{"خ ", "خ.", "خ. "}) + s.name
	case x < 3 && citizen && s.kind == "خیابان":
		return "خیابون " + s.name
	case x < 4:
		return s.name
	}
	return s.kind + " " + s.name
}

// address is what the export's address field holds for a spot; level says how much the
// writer gave: 3 everything, 2 street only, 1 neighbourhood only.
func address(r *rand.Rand, g []neighbourhood, s spot, level int, citizen bool) string {
	n := g[s.nb]
	if s.st < 0 || level == 1 {
		return pick(r, []string{n.name, "محله " + n.name, "رشت، " + n.name, n.name + "، منطقه ۳"})
	}
	st := n.streets[s.st]
	sn := streetName(r, st, citizen)
	if s.al < 0 || level == 2 {
		if lm, ok := landmarkAt(n, s); ok && r.IntN(3) == 0 {
			return fmt.Sprintf("%s، %s %s", sn, pick(r, []string{"روبروی", "جنب", "کنار", "نزدیک"}), lm)
		}
		if sn == n.name {
			return pick(r, []string{sn, "رشت، " + sn, st.kind + " " + st.name})
		}
		return pick(r, []string{n.name + "، " + sn, sn, "رشت، " + n.name + "، " + sn})
	}
	a := st.alleys[s.al]
	if s.onStreet {
		an := alleyName(r, a, true)
		if lm, ok := landmarkAt(n, s); ok && r.IntN(2) == 0 {
			return fmt.Sprintf("%s، %s %s", sn, pick(r, []string{"روبروی", "جنب", "کنار", "بعد از"}), lm)
		}
		return fmt.Sprintf("%s، %s %s", sn, pick(r, []string{"نبش", "سر", "روبروی", "نرسیده به", "بعد از"}), an)
	}
	an := alleyName(r, a, citizen || r.IntN(3) == 0)
	nb := n.name
	if st.name == n.name {
		// «حاجی‌آباد، حاجی‌آباد»: nobody writes the name twice
		nb = ""
		if sn == st.name && r.IntN(2) == 0 {
			sn = st.kind + " " + st.name
		}
	}
	switch x := r.IntN(12); {
	case x < 3:
		return join("، ", nb, sn, an)
	case x < 5:
		return join("، ", "رشت", nb, sn, an)
	case x < 6:
		return join(" ", an, st.name, nb) // «کوچه دوازدهم پل عراق»
	case x < 8:
		return join(" ", nb, st.name, an)
	case x < 9:
		return join("، ", sn, an)
	case x < 10:
		if lm, ok := landmarkAt(n, s); ok {
			return join("، ", n.name, an, pick(r, []string{"جنب", "نزدیک", "پشت"})+" "+lm)
		}
		return join("، ", nb, sn, an)
	case x < 11:
		return join("، ", nb, sn, an, "پلاک "+faDigits(2+r.IntN(60)))
	}
	return join("، ", join(" ", nb, sn), an)
}

// join joins the parts a writer gave, skipping those she left out.
func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// finglishPlace is a place in Latin letters as a few app users type it.
func finglishPlace(r *rand.Rand, g []neighbourhood, s spot) string {
	n := g[s.nb]
	if s.st < 0 {
		return n.finglish
	}
	st := n.streets[s.st]
	if s.al < 0 {
		return st.finglish + " " + n.finglish
	}
	a := st.alleys[s.al]
	an := "koche " + a.name
	if a.num > 0 {
		an = pick(r, []string{"kooche ", "koche ", "k "}) + fmt.Sprint(a.num)
	}
	if strings.Contains(st.finglish, n.finglish) {
		return n.finglish + " " + an
	}
	return pick(r, []string{st.finglish + " " + an + " " + n.finglish, an + " " + st.finglish, n.finglish + " " + st.finglish + " " + an})
}

// landmarkAt finds a landmark standing at the spot.
func landmarkAt(n neighbourhood, s spot) (string, bool) {
	for _, l := range n.landmarks {
		if l.street == s.st && (l.alley == s.al || (l.alley < 0 && s.al < 0)) {
			return l.name, true
		}
	}
	return "", false
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }
