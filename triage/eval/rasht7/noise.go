package rasht7

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

var (
	arabicLetters = strings.NewReplacer("ی", "ي", "ک", "ك")
	arabicKeys    = strings.NewReplacer("چ", "ج", "پ", "ب", "گ", "ك", "ژ", "ز", "ی", "ي", "ک", "ك")
	latinDigits   = strings.NewReplacer("۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9")
	arabicDigits  = strings.NewReplacer("۰", "٠", "۱", "١", "۲", "٢", "۳", "٣", "۴", "٤", "۵", "٥", "۶", "٦", "۷", "٧", "۸", "٨", "۹", "٩",
		"0", "٠", "1", "١", "2", "٢", "3", "٣", "4", "٤", "5", "٥", "6", "٦", "7", "٧", "8", "٨", "9", "٩")
	// spoken forms and everyday misspellings
	colloquial = [][2]string{{"خیابان", "خیابون"}, {"نمی", "نمي"}, {"میشه", "میشود"},
		{"آسفالت", "اسفالت"}, {"لطفا", "لطفاً"}, {"زباله", "زبالە"}, {"باران", "بارون"},
		{"آبگرفتگی", "آب گرفتگی"}, {"رسیدگی", "رسیدگي"}, {"هست", "هس"},
		{"خیلی", "خیلییی"}, {"لطفا", "لطفااا"}, {"چرا", "چراااا"}, {"جمع‌آوری", "جمع اوری"},
		{"کوچه", "کوچھ"}, {"میکنن", "میکنند"}, {"میکنن", "می‌کنن"}, {"نمیشه", "نمی‌شه"}}
	emojis = []string{"😡", "🙏", "😞", "💔", "😤", "🙏🙏", "‼️", "😢", "👎", "🤦‍♂️"}
)

// noisy adds the mess of real typing: keyboards without Persian letters, ZWNJ lost or
// spaced, Latin or Arabic digits, slips of the finger, stretched letters, emoji.
func noisy(rng *rand.Rand, s string, strength float64, address bool) string {
	if chance(rng, 0.10*strength) {
		s = arabicLetters.Replace(s)
	} else if chance(rng, 0.02*strength) {
		s = arabicKeys.Replace(s)
	}
	if chance(rng, 0.45*strength) {
		if chance(rng, 0.5) {
			s = strings.ReplaceAll(s, zwnj, " ")
		} else {
			s = strings.ReplaceAll(s, zwnj, "")
		}
	}
	switch r := rng.Float64(); {
	case r < 0.30*strength:
		s = latinDigits.Replace(s)
	case r < 0.36*strength:
		s = arabicDigits.Replace(s)
	}
	if chance(rng, 0.25*strength) {
		for range 1 + rng.IntN(2) {
			c := pick(rng, colloquial)
			s = strings.Replace(s, c[0], c[1], 1)
		}
	}
	if address {
		return s
	}
	if chance(rng, 0.12*strength) {
		s = typo(rng, s)
	}
	if chance(rng, 0.05*strength) {
		s = typo(rng, s)
	}
	if chance(rng, 0.06*strength) {
		e := pick(rng, emojis)
		if chance(rng, 0.7) {
			s += " " + e
		} else {
			s = e + " " + s
		}
	}
	if chance(rng, 0.06*strength) {
		s = strings.TrimRight(s, ".!؟? ") + pick(rng, []string{"!!!", "!!", "؟؟؟", "...", " !!!"})
	}
	if chance(rng, 0.08*strength) {
		s = strings.NewReplacer("،", "", ".", "").Replace(s)
	}
	return s
}

// typo makes one slip in one word of four letters or more: a letter dropped, doubled or
// swapped with its neighbour.
func typo(rng *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	var cand []int
	for i, w := range words {
		if utf8.RuneCountInString(w) >= 4 && !strings.ContainsAny(w, "0123456789۰۱۲۳۴۵۶۷۸۹") {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return s
	}
	i := pick(rng, cand)
	r := []rune(words[i])
	k := 1 + rng.IntN(len(r)-2)
	switch rng.IntN(3) {
	case 0:
		r = append(r[:k], r[k+1:]...)
	case 1:
		r = append(r[:k+1], r[k:]...)
	default:
		r[k], r[k+1] = r[k+1], r[k]
	}
	words[i] = string(r)
	return strings.Join(words, " ")
}
