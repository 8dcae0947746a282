package rasht33

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// digitStyle is how one writer types numbers.
type digitStyle int

const (
	persianDigits digitStyle = iota
	latinDigits
	arabicDigits
)

func digits(n int, st digitStyle) string {
	s := strconv.Itoa(n)
	var zero rune
	switch st {
	case persianDigits:
		zero = '۰'
	case arabicDigits:
		zero = '٠'
	default:
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(zero + r - '0')
	}
	return b.String()
}

// restyleDigits rewrites every digit of s in st (templates are written with Persian digits).
func restyleDigits(s string, st digitStyle) string {
	if st == persianDigits {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '۰' && r <= '۹' {
			if st == latinDigits {
				return '0' + r - '۰'
			}
			return '٠' + r - '۰'
		}
		return r
	}, s)
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var tens = []string{"", "", "بیست", "سی", "چهل"}

// ordinal is the number word of an alley: دوازدهم, بیست و سوم, سی‌ام.
func ordinal(n int) string {
	if n <= 20 {
		return ordinals[n]
	}
	t, u := n/10, n%10
	if u == 0 {
		if t == 3 {
			return "سی‌ام"
		}
		return tens[t] + "م"
	}
	if u == 1 {
		return tens[t] + " و یکم" // «بیست و یکم», never «بیست و اول»
	}
	return tens[t] + " و " + ordinals[u]
}

// zwnjMode is how a writer handles the zero-width non-joiner: keeps it, types a space or
// drops it (the word then joins or falls apart by the letters' shapes).
type zwnjMode int

const (
	zwnjKeep zwnjMode = iota
	zwnjSpace
	zwnjDrop
)

func applyZWNJ(s string, m zwnjMode) string {
	switch m {
	case zwnjSpace:
		return strings.ReplaceAll(s, "\u200c", " ")
	case zwnjDrop:
		return strings.ReplaceAll(s, "\u200c", "")
	}
	return s
}

// arabicLetters is what an Arabic keyboard layout or an old phone types.
func arabicLetters(s string) string {
	return strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
}

// misspellings are the ones 137's inbox is full of, correct form first.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"آسفالت", "آسفلت"}, {"خیابان", "خیابون"}, {"ساختمان", "ساختمون"},
	{"لطفا", "لطفن"}, {"مسئول", "مسوول"}, {"روشنایی", "روشنائی"}, {"زباله", "زباله‌"},
	{"کوچه", "کوجه"}, {"تیر برق", "تیربرق"}, {"فاضلاب", "فاظلاب"}, {"رسیدگی", "رسیدگى"},
	{"نخاله", "نخواله"}, {"پیاده‌رو", "پیاده رو"}, {"آبگرفتگی", "آب گرفتگی"}, {"جمع", "جم"},
}

func misspell(rng *rand.Rand, s string) string {
	for _, i := range rng.Perm(len(misspellings)) {
		m := misspellings[i]
		if strings.Contains(s, m[0]) {
			return strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stretch repeats a letter of an emphatic word: خیلی → خیلییییی.
func stretch(rng *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "تورو خدا", "لطفا", "کثیفه", "تاریکه", "خرابه", "چرا", "هیچ"} {
		if i := strings.Index(s, w); i >= 0 {
			last := []rune(w)
			r := last[len(last)-1]
			n := 2 + rng.IntN(5)
			return s[:i] + w + strings.Repeat(string(r), n) + s[i+len(w):]
		}
	}
	return s
}
