package rasht21

import (
	"math/rand/v2"
	"strings"
)

// The address field and the place named inside a text are written by hand, each by its
// writer's habits; nothing here normalises them. Digits are written ASCII and turned into
// the writer's digits later (see noise.go), except in Finglish.

func pickS(r *rand.Rand, xs ...string) string { return xs[r.IntN(len(xs))] }

func sep(r *rand.Rand) string {
	x := r.Float64()
	switch {
	case x < 0.55:
		return "، "
	case x < 0.72:
		return " "
	case x < 0.85:
		return ", "
	case x < 0.93:
		return " - "
	}
	return "،"
}

// alleyName is how one writer names an alley.
func alleyName(r *rand.Rand, a *alley, abbrev bool) string {
	word := "کوچه"
	if a.deadEnd && r.Float64() < 0.6 {
		word = "بن‌بست"
	}
	if abbrev && word == "کوچه" && r.Float64() < 0.7 {
		word = pickS(r, "ک", "ک.", "ک ")
	}
	num := itoa(a.num)
	if word == "ک." {
		return word + num
	}
	word = strings.TrimSpace(word)
	x := r.Float64()
	switch {
	case a.name != "" && x < 0.55:
		return word + " " + a.name
	case a.name != "" && x < 0.65:
		return word + " " + num + " (" + a.name + ")"
	case x < 0.8 || a.num >= len(ordinals) || word == "ک":
		return word + " " + num
	case x < 0.93:
		return word + " " + ordinals[a.num]
	}
	return word + " " + cardinals[a.num] // «کوچه دوازده», as it is said
}

// streetName is how one writer names a street: in full, abbreviated or bare.
func streetName(r *rand.Rand, s *street, abbrev bool) string {
	x := r.Float64()
	switch {
	case abbrev && s.kind == "خیابان" && x < 0.6:
		return pickS(r, "خ ", "خ.", "خ. ") + s.name
	case abbrev && s.kind == "بلوار" && x < 0.4:
		return "ب." + s.name
	case x < 0.72 || sameName(s):
		return s.kind + " " + s.name
	}
	return s.name
}

// sameName: the street carries the neighbourhood's name («پیرسرا، خیابان پیرسرا»), so
// nobody writes it bare next to the neighbourhood.
func sameName(s *street) bool { return strings.Contains(s.nb.name, s.name) }

var relations = []string{"روبروی", "جنب", "کنار", "نبش", "نزدیک", "بغل", "روبه‌روی", "نرسیده به", "بعد از"}

// address renders the address field for a spot.
func address(r *rand.Rand, sp *spot, abbrev bool) string {
	nb := sp.nb.name
	switch sp.kind {
	case inPark:
		st := sp.nb.streets[0]
		return pickS(r, sp.landmark, nb+sep(r)+sp.landmark, sp.landmark+sep(r)+streetName(r, st, abbrev),
			"رشت"+sep(r)+nb+sep(r)+sp.landmark, "پارک محله "+nb)
	case onStreet:
		st := streetName(r, sp.st, abbrev)
		rel := pickS(r, relations...)
		nearAlley := alleyName(r, &alley{num: sp.near}, abbrev)
		x := r.Float64()
		switch {
		case x < 0.3:
			return nb + sep(r) + st + sep(r) + rel + " " + sp.landmark
		case x < 0.5:
			return st + sep(r) + rel + " " + sp.landmark
		case x < 0.65:
			return st + sep(r) + pickS(r, "نبش", "نرسیده به", "بعد از", "سر") + " " + nearAlley
		case x < 0.75:
			return "رشت" + sep(r) + nb + sep(r) + st + sep(r) + "نبش " + nearAlley
		case x < 0.85:
			return st + " " + rel + " " + sp.landmark
		}
		return nb + sep(r) + st
	}
	st := streetName(r, sp.st, abbrev)
	al := alleyName(r, sp.al, abbrev)
	x := r.Float64()
	switch {
	case x < 0.28:
		return nb + sep(r) + st + sep(r) + al
	case x < 0.40:
		return "رشت" + sep(r) + nb + sep(r) + st + sep(r) + al + sep(r) + "پلاک " + itoa(1+r.IntN(60))
	case x < 0.55:
		return st + sep(r) + al
	case x < 0.65:
		return al + " " + st
	case x < 0.75 && sameName(sp.st):
		return nb + " " + al
	case x < 0.75:
		return nb + " " + sp.st.name + " " + al
	case x < 0.82:
		return al + sep(r) + nb
	case x < 0.9:
		return st + sep(r) + al + sep(r) + pickS(r, "اول کوچه", "انتهای کوچه", "وسط کوچه", "پلاک "+itoa(1+r.IntN(60)))
	}
	return st + sep(r) + al + sep(r) + pickS(r, "روبروی", "نزدیک", "بعد از") + " " +
		pickS(r, sp.st.stretches[0].landmark, "سوپرمارکت", "نانوایی", "مسجد")
}

// reverseGeocoded is what the app writes when the user leaves the address to the map: the
// street and the neighbourhood, never the alley.
func reverseGeocoded(r *rand.Rand, sp *spot) string {
	st := sp.nb.streets[0]
	if sp.st != nil {
		st = sp.st
	}
	return pickS(r, "گیلان، رشت، "+st.kind+" "+st.name, "رشت، "+sp.nb.name+"، "+st.kind+" "+st.name,
		"استان گیلان، رشت، "+sp.nb.name)
}

// finglish renders a place in Latin letters, the way it is typed on a phone without a
// Persian keyboard.
func finglish(r *rand.Rand, sp *spot) string {
	nb := sp.nb.fing
	switch sp.kind {
	case inPark:
		return pickS(r, "parke "+nb, "park "+nb)
	case onStreet:
		if nb == sp.st.fing {
			nb = pickS(r, "khiaban", "kh")
			if sp.st.kind == "بلوار" {
				nb = pickS(r, "bolvar", "blvd")
			}
		}
		return pickS(r, sp.st.fing+" nabsh kooche "+itoa(sp.near), nb+" "+sp.st.fing, "khiaban "+sp.st.fing+" nazdike kooche "+itoa(sp.near))
	}
	k := pickS(r, "kooche", "koche", "kuche", "k")
	if nb == sp.st.fing || strings.Contains(nb, sp.st.fing) {
		nb = ""
	} else {
		nb += " "
	}
	return pickS(r, k+" "+itoa(sp.al.num)+" "+sp.st.fing, nb+sp.st.fing+" "+k+" "+itoa(sp.al.num),
		sp.st.fing+" "+k+" "+itoa(sp.al.num))
}

// inline names the place inside a sentence («آسفالت کوچه ۱۲ پاستور خراب است»).
func inline(r *rand.Rand, sp *spot, abbrev bool) string {
	switch sp.kind {
	case inPark:
		return pickS(r, sp.landmark, sp.landmark, "پارک محله")
	case onStreet:
		st := streetName(r, sp.st, false)
		return pickS(r, st+" "+pickS(r, relations...)+" "+sp.landmark, st+" نبش کوچه "+itoa(sp.near),
			sp.nb.name+" "+st+" "+pickS(r, "روبروی", "جنب", "کنار")+" "+sp.landmark)
	}
	al := alleyName(r, sp.al, abbrev)
	full := al + " " + streetName(r, sp.st, false)
	if !sameName(sp.st) {
		full += " " + sp.nb.name
	}
	return pickS(r, al+" "+sp.st.name, al+" "+streetName(r, sp.st, false), full, al+" "+sp.nb.name)
}

// generic is the noun a text uses when it does not name the place.
func generic(r *rand.Rand, sp *spot, citizen bool) string {
	switch sp.kind {
	case inPark:
		return pickS(r, "پارک محله", "پارک")
	case onStreet:
		if citizen {
			return pickS(r, "خیابون", "خیابان ما", "سر خیابون")
		}
		return pickS(r, "خیابان محل سکونت", "خیابان")
	}
	if citizen {
		return pickS(r, "کوچه ما", "کوچمون", "کوچه ما", "کوچه‌مون")
	}
	return pickS(r, "کوچه محل سکونت", "کوچه محل سکونت", "کوچه محل سکونت ایشان")
}
