package rasht13

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

const zwnj = "\u200c"

// arabicLetters writes ي and ك the way old keyboards and the old 137 system did, all of
// them or only some.
func arabicLetters(rng *rand.Rand, s string, all bool) string {
	var b strings.Builder
	for _, r := range s {
		if (r == 'ی' || r == 'ک') && (all || chance(rng, 0.5)) {
			if r == 'ی' {
				r = 'ي'
			} else {
				r = 'ك'
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spacing writes the half-space as nothing or as a space.
func spacing(rng *rand.Rand, s string) string {
	if !strings.Contains(s, zwnj) {
		return s
	}
	switch rng.IntN(3) {
	case 0:
		return strings.ReplaceAll(s, zwnj, "")
	case 1:
		return strings.ReplaceAll(s, zwnj, " ")
	}
	return s
}

// stretch repeats a letter the way angry typing does: «خیلیییی», «لطفاااا».
func stretch(rng *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "لطفا", "تورو خدا", "زیاد", "بده", "داغون"} {
		if i := strings.Index(s, w); i >= 0 {
			last, size := utf8.DecodeLastRuneInString(w)
			rep := strings.Repeat(string(last), 2+rng.IntN(5))
			return s[:i+len(w)-size] + rep + s[i+len(w):]
		}
	}
	return s + pick(rng, []string{"!!!", "!!", "؟؟؟", "!؟"})
}

// typo swaps, drops or doubles one letter of a longer word.
func typo(rng *rand.Rand, s string) string {
	words := strings.Fields(s)
	if len(words) < 3 {
		return s
	}
	for try := 0; try < 5; try++ {
		i := rng.IntN(len(words))
		rs := []rune(words[i])
		if len(rs) < 4 || !isPersian(rs[0]) {
			continue
		}
		j := 1 + rng.IntN(len(rs)-2)
		switch rng.IntN(3) {
		case 0:
			rs[j], rs[j+1] = rs[j+1], rs[j]
		case 1:
			rs = append(rs[:j], rs[j+1:]...)
		default:
			rs = append(rs[:j+1], rs[j:]...)
		}
		words[i] = string(rs)
		return strings.Join(words, " ")
	}
	return s
}

// isPersian is true of Persian and Arabic letters, not digits: a mistyped tracking code
// would point nowhere, which is a different test.
func isPersian(r rune) bool { return (r >= 0x0621 && r <= 0x064A) || (r >= 0x067E && r <= 0x06D3) }

// misspell puts in the misspellings people really make.
var misspellings = [][2]string{{"لطفا", "لطفن"}, {"خراب", "خاراب"}, {"زباله", "زباهل"}, {"رسیدگی", "رسیدگى"},
	{"آسفالت", "اسفالت"}, {"آب", "اب"}, {"فاضلاب", "فاظلاب"}, {"پیگیری", "پیگری"}, {"اتوبوس", "اطوبوس"}, {"ممنون", "مرسی"}}

func misspell(rng *rand.Rand, s string) string {
	for _, i := range rng.Perm(len(misspellings)) {
		m := misspellings[i]
		if strings.Contains(s, m[0]) {
			return strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

var emojis = []string{"😡", "🙏", "😤", "🙏🙏", "😞", "👎", "🤬", "😢", "⚠️", "💔"}

// noisy is the citizen's own typing: spelling, spacing, letters and emoji.
func noisy(rng *rand.Rand, s string) string {
	if chance(rng, 0.55) {
		s = spacing(rng, s)
	}
	if chance(rng, 0.15) {
		s = typo(rng, s)
	}
	if chance(rng, 0.1) {
		s = misspell(rng, s)
	}
	if chance(rng, 0.14) {
		s = stretch(rng, s)
	}
	if chance(rng, 0.1) {
		s += " " + pick(rng, emojis)
	}
	if chance(rng, 0.05) {
		s = arabicLetters(rng, s, false)
	}
	if chance(rng, 0.12) {
		s = strings.NewReplacer("،", " ", ".", " ").Replace(s)
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}
