package rasht17

import (
	"math/rand/v2"
	"strings"
)

// pick returns one of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func townName(r *rand.Rand, t *town) string {
	if r.IntN(3) == 0 {
		return pick(r, t.alt)
	}
	return t.name
}

func phaseWord(r *rand.Rand, p int) string {
	switch r.IntN(10) {
	case 0, 1:
		return "فاز " + cardinal(p)
	case 2:
		return "فاز " + ordinal(p)
	case 3:
		return "فاز" + itoa(p)
	default:
		return "فاز " + itoa(p)
	}
}

func blockWord(r *rand.Rand, b int) string {
	switch r.IntN(12) {
	case 0:
		return "بلوک " + cardinal(b)
	case 1:
		return "بلوک" + itoa(b)
	case 2:
		return "بلوک شماره " + itoa(b)
	default:
		return "بلوک " + itoa(b)
	}
}

func streetWord(r *rand.Rand, b *block) string {
	if b.streetName != "" && r.IntN(2) == 0 {
		return "خیابان " + b.streetName
	}
	switch r.IntN(6) {
	case 0:
		return "خیابان " + ordinal(b.street)
	case 1:
		return "خیابون " + itoa(b.street)
	default:
		return "خیابان " + itoa(b.street)
	}
}

var nearWords = []string{"روبروی", "جنب", "کنار", "نزدیک", "پشت", "نبش"}

// blockPlace is how a citizen writes a block's place, in one of many ways.
func blockPlace(r *rand.Rand, b *block) string {
	t := b.town
	for {
		switch r.IntN(11) {
		case 0, 1:
			return t.name + "، " + phaseWord(r, b.phase) + "، " + blockWord(r, b.n)
		case 2:
			return townName(r, t) + " " + phaseWord(r, b.phase) + " " + blockWord(r, b.n)
		case 3, 4:
			if b.complex == "" {
				continue
			}
			switch x := r.IntN(3); {
			case x == 0 && b.complexInTown:
				return b.complex + " " + t.name
			case x == 2 && b.complexInWorld:
				return b.complex
			default:
				return townName(r, t) + " " + phaseWord(r, b.phase) + " " + b.complex
			}
		case 5:
			return townName(r, t) + " " + phaseWord(r, b.phase) + " " + streetWord(r, b)
		case 6:
			return townName(r, t) + " " + phaseWord(r, b.phase) + " " + streetWord(r, b) + " " + blockWord(r, b.n)
		case 7:
			return pick(r, t.alt) + " ف" + itoa(b.phase) + " ب" + itoa(b.n)
		case 8:
			if b.landmark == "" {
				continue
			}
			return townName(r, t) + " " + phaseWord(r, b.phase) + " " + pick(r, nearWords) + " " + b.landmark
		case 9:
			return blockWord(r, b.n) + " " + phaseWord(r, b.phase) + " " + townName(r, t)
		default:
			return t.name + " " + phaseWord(r, b.phase) + " " + blockWord(r, b.n)
		}
	}
}

// operatorAddress is the address field an operator fills in on the phone: careful, in order.
func operatorAddress(r *rand.Rand, b *block) string {
	parts := []string{b.town.name, "فاز " + itoa(b.phase)}
	if r.IntN(3) == 0 {
		parts = append(parts, "خیابان "+itoa(b.street))
	}
	parts = append(parts, "بلوک "+itoa(b.n))
	if b.complex != "" && r.IntN(2) == 0 {
		parts = append(parts, b.complex)
	}
	if b.landmark != "" && r.IntN(4) == 0 {
		parts = append(parts, pick(r, nearWords)+" "+b.landmark)
	}
	if r.IntN(2) == 0 {
		parts = append([]string{"رشت"}, parts...)
	}
	return strings.Join(parts, pick(r, []string{"، ", " - ", "، "}))
}

func phasePlace(r *rand.Rand, tw *town, p int, home *block) string {
	switch r.IntN(8) {
	case 0:
		return phaseWord(r, p) + " " + townName(r, tw)
	case 1:
		if home != nil {
			return townName(r, tw) + " " + phaseWord(r, p) + " " + blockWord(r, home.n)
		}
	case 2:
		if home != nil && home.complexInTown {
			return home.complex + " " + townName(r, tw)
		}
	}
	return townName(r, tw) + " " + phaseWord(r, p)
}

func boulevardPlace(r *rand.Rand, tw *town) string {
	switch r.IntN(5) {
	case 0:
		return "خیابان اصلی " + townName(r, tw)
	case 1:
		return tw.boulevard + " " + tw.name
	default:
		return tw.boulevard
	}
}

func accessPlace(r *rand.Rand, tw *town) string {
	switch r.IntN(3) {
	case 0:
		return "جاده ورودی " + townName(r, tw)
	default:
		return tw.accessRoad
	}
}

func townPlace(r *rand.Rand, tw *town) string {
	if r.IntN(4) == 0 {
		return "شهرک ما"
	}
	return townName(r, tw)
}

// finglishPlace is the place typed on a Latin keyboard.
func finglishPlace(r *rand.Rand, tw *town, b *block, sc scope) string {
	switch sc {
	case scopeBlock:
		if b.complexInTown && r.IntN(3) == 0 {
			return b.complexFinglish + " " + tw.finglish
		}
		return pick(r, []string{"shahrak ", "", ""}) + tw.finglish + " faz " + itoa(b.phase) + " block " + itoa(b.n)
	case scopePhase:
		return tw.finglish + " faz " + itoa(b.phase)
	case scopeBoulevard:
		return "bolvar " + tw.finglish
	default:
		return "shahrak " + tw.finglish
	}
}

// cityAddresses are what the app's reverse geocoding writes for a pin dropped far from home.
var cityAddresses = []string{"رشت، خیابان لاکانی", "رشت، میدان شهرداری", "رشت، گلسار", "رشت، خیابان امام خمینی", "رشت، بلوار معلم", "رشت، منظریه"}
