package rasht41

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// digitStyle is the digits a writer's keyboard gives.
type digitStyle int

const (
	persianDigits digitStyle = iota
	latinDigits
	arabicDigits
)

func itoa(n int) string { return strconv.Itoa(n) }

func digits(n int, d digitStyle) string {
	s := strconv.Itoa(n)
	var zero rune
	switch d {
	case persianDigits:
		zero = '۰'
	case arabicDigits:
		zero = '٠'
	default:
		return s
	}
	var b strings.Builder
	for _, c := range s {
		b.WriteRune(zero + (c - '0'))
	}
	return b.String()
}

var ordinalUnits = []string{"", "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"}
var ordinalTeens = []string{"دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم"}
var tensWords = []string{"", "", "بیست", "سی", "چهل"}
var tensOrdinals = []string{"", "", "بیستم", "سی‌ام", "چهلم"}

// ordinal is the number word people use for an alley: 1 → «اول», 12 → «دوازدهم».
func ordinal(n int) string {
	switch {
	case n == 1:
		return "اول"
	case n < 10:
		return ordinalUnits[n]
	case n < 20:
		return ordinalTeens[n-10]
	case n%10 == 0 && n < 50:
		return tensOrdinals[n/10]
	case n < 50:
		return tensWords[n/10] + " و " + ordinalUnits[n%10]
	}
	return strconv.Itoa(n) + "م"
}

// zwnjMode is what a writer's keyboard does with the half-space.
type zwnjMode int

const (
	zwnjKeep zwnjMode = iota
	zwnjDrop
	zwnjSpace
)

func applyZWNJ(s string, m zwnjMode) string {
	switch m {
	case zwnjDrop:
		return strings.ReplaceAll(s, "\u200c", "")
	case zwnjSpace:
		return strings.ReplaceAll(s, "\u200c", " ")
	}
	return s
}

// arabicKeyboard is a phone or PC set to the Arabic layout.
func arabicKeyboard(s string) string {
	return strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
}

// misspellings people really make in these texts; each is applied to its first occurrence.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"},
	{"آسفالت", "آصفالت"},
	{"خیابان", "خیابون"},
	{"گذاشت", "گزاشت"},
	{"مسئول", "مسول"},
	{"خطرناک", "خطرناگ"},
	{"ترمیم", "ترمییم"},
	{"اطلاع", "اطلا"},
	{"ساختمان", "ساختمون"},
	{"نمی‌شود", "نمیشه"},
	{"حتی", "حتا"},
	{"فاضلاب", "فاظلاب"},
	{"سرعت‌گیر", "سرعتگیر"},
	{"بلوار", "بولوار"},
	{"خراب", "خارب"},
	{"تخلیه", "تخیله"},
}

func misspell(r *rand.Rand, s string) string {
	if chance(r, 0.15) {
		// «است» → «هست» only as a word: «استادسرا» and «درخواست» stay as they are.
		for _, end := range []string{" است ", " است،", " است.", " است\n"} {
			if strings.Contains(s, end) {
				return strings.Replace(s, end, strings.Replace(end, "است", "هست", 1), 1)
			}
		}
		if strings.HasSuffix(s, " است") {
			return strings.TrimSuffix(s, "است") + "هست"
		}
	}
	start := r.IntN(len(misspellings))
	for i := range misspellings {
		m := misspellings[(start+i)%len(misspellings)]
		if strings.Contains(s, m[0]) {
			return strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stretchLetters writes an angry «خیلییییی» or «لطفاااا».
func stretchLetters(r *rand.Rand, s string) string {
	n := 3 + r.IntN(5)
	for _, w := range []string{"خیلی", "لطفا", "واقعا", "تورو خدا", "چرا"} {
		if i := strings.Index(s, w); i >= 0 {
			last := []rune(w)
			c := string(last[len(last)-1])
			return s[:i+len(w)] + strings.Repeat(c, n) + s[i+len(w):]
		}
	}
	return s + " خیلی" + strings.Repeat("ی", n) + " بده"
}
