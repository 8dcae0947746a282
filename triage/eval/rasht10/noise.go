package rasht10

import (
	"math/rand/v2"
	"strings"
)

const zwnj = "\u200c"

// noise is how one writer mangles text: fixed per request so a text is consistent in itself.
type noise struct {
	arabicYK bool // an old keyboard layout: ي and ك
	zwnjMode int  // 0 keep, 1 drop, 2 space
	digits   int  // 0 Persian, 1 Latin, 2 Arabic-Indic
	typos    float64
	stretch  bool // «خیلییییی»
	noPunct  bool
	voice    bool // voice-to-text: homophone letters swapped
	emoji    bool
	spoken   bool // «خیابون», «اسفالت»: written as said
}

func writerNoise(r *rand.Rand, channel string) noise {
	n := noise{}
	switch channel {
	case "app", "web":
		n.arabicYK = chance(r, 0.12)
		n.zwnjMode = pick(r, []int{0, 1, 1, 2, 2})
		n.digits = pick(r, []int{0, 1, 1, 2})
		n.typos = pick(r, []float64{0, 0, 0.02, 0.05})
		n.stretch = chance(r, 0.2)
		n.noPunct = chance(r, 0.6)
		n.voice = chance(r, 0.15)
		n.emoji = chance(r, 0.15)
		n.spoken = chance(r, 0.25)
	default: // operators type fast on a proper keyboard
		n.arabicYK = chance(r, 0.06)
		n.zwnjMode = pick(r, []int{0, 0, 1, 2})
		n.digits = pick(r, []int{0, 0, 1})
		n.typos = pick(r, []float64{0, 0, 0, 0.015})
		n.noPunct = chance(r, 0.2)
	}
	return n
}

// spoken forms citizens type, and voice typing writes, instead of the written ones
var spoken = strings.NewReplacer("خیابان", "خیابون", "آسفالت", "اسفالت", "بلوار", "بولوار", "پیاده‌رو", "پیاده رو",
	"نمی‌", "نمی", "کوچه‌", "کوچه ")

var homophones = [][2]string{{"ز", "ذ"}, {"س", "ص"}, {"ت", "ط"}, {"ه", "ح"}, {"ق", "غ"}, {"ز", "ض"}, {"ا", "آ"}}

var stretchable = []string{"خیلی", "لطفا", "تورو خدا", "چرا", "بدبختیم", "سلام", "زود"}

var emojis = []string{"🙏", "😡", "😔", "🙏🙏", "!!!", "😤", "🤬", "💩", "❗"}

// apply mangles s as the writer would. Digits are turned last so numbers typed as digits
// follow the writer's keyboard.
func (n noise) apply(r *rand.Rand, s string) string {
	if n.stretch {
		for _, w := range stretchable {
			if strings.Contains(s, w) && chance(r, 0.6) {
				rs := []rune(w)
				last := string(rs[len(rs)-1])
				s = strings.Replace(s, w, w+strings.Repeat(last, 2+r.IntN(4)), 1)
			}
		}
	}
	if n.voice {
		words := strings.Fields(s)
		for i, w := range words {
			if chance(r, 0.12) {
				h := pick(r, homophones)
				words[i] = strings.Replace(w, h[0], h[1], 1)
			}
		}
		s = strings.Join(words, " ")
	}
	if n.spoken {
		s = spoken.Replace(s)
	}
	if n.typos > 0 {
		s = typo(r, s, n.typos)
	}
	switch n.zwnjMode {
	case 1:
		s = strings.ReplaceAll(s, zwnj, "")
	case 2:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if n.arabicYK {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	if n.noPunct {
		s = strings.NewReplacer("،", "", ".", "", "؟", "", "!", "", "«", "", "»", "", ":", "").Replace(s)
	}
	if n.emoji && chance(r, 0.7) {
		s += " " + pick(r, emojis)
	}
	return digits(s, n.digits)
}

// typo drops, doubles or swaps a letter in some words.
func typo(r *rand.Rand, s string, rate float64) string {
	words := strings.Fields(s)
	for i, w := range words {
		rs := []rune(w)
		if len(rs) < 4 || strings.ContainsAny(w, "0123456789") || !chance(r, rate*3) {
			continue
		}
		j := 1 + r.IntN(len(rs)-2)
		switch r.IntN(3) {
		case 0:
			rs = append(rs[:j], rs[j+1:]...)
		case 1:
			rs = append(rs[:j+1], rs[j:]...)
		default:
			rs[j], rs[j+1] = rs[j+1], rs[j]
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}
