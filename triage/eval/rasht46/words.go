package rasht46

import (
	"strconv"
	"strings"
)

var ones = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده", "چهارده",
	"پانزده", "شانزده", "هفده", "هجده", "نوزده"}
var tens = []string{"", "ده", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}

// cardinal writes 1..99 in words: دوازده, بیست و سه.
func cardinal(n int) string {
	if n <= 0 || n >= 100 {
		return strconv.Itoa(n)
	}
	if n < 20 {
		return ones[n]
	}
	t, o := tens[n/10], n%10
	if o == 0 {
		return t
	}
	return t + " و " + ones[o]
}

// ordinal writes 1..99 as an ordinal: اول, دوم, سوم, دوازدهم, بیست و سوم, سی~ام.
// alt picks the other common form where there is one (یکم for اول, هیجدهم for هجدهم).
func ordinal(n int, alt bool) string {
	switch n {
	case 1:
		if alt {
			return "یکم"
		}
		return "اول"
	case 18:
		if alt {
			return "هیجدهم"
		}
	}
	c := cardinal(n)
	switch {
	case strings.HasSuffix(c, "سه"):
		return strings.TrimSuffix(c, "سه") + "سوم"
	case strings.HasSuffix(c, "سی"):
		return c + "~ام"
	case strings.HasSuffix(c, " یک"):
		return c + "م"
	}
	return c + "م"
}

const (
	digitsPersian = iota
	digitsLatin
	digitsArabic
	digitsMixed
)

var persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
var arabicDigits = []rune("٠١٢٣٤٥٦٧٨٩")

// digitValue is the value of an ASCII, Persian or Arabic-Indic digit, or -1.
func digitValue(c rune) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= '۰' && c <= '۹':
		return int(c - '۰')
	case c >= '٠' && c <= '٩':
		return int(c - '٠')
	}
	return -1
}

func digitIn(v, style int) rune {
	switch style {
	case digitsPersian:
		return persianDigits[v]
	case digitsArabic:
		return arabicDigits[v]
	}
	return rune('0' + v)
}

// setDigits writes every run of digits of s in a style; mixed picks a style per run, the
// way people copy a number from one place and type another.
func setDigits(s string, style int, runStyle func() int) string {
	var b strings.Builder
	cur := style
	inRun := false
	for _, c := range s {
		v := digitValue(c)
		if v < 0 {
			inRun = false
			b.WriteRune(c)
			continue
		}
		if !inRun {
			inRun = true
			cur = style
			if style == digitsMixed {
				cur = runStyle()
			}
		}
		b.WriteRune(digitIn(v, cur))
	}
	return b.String()
}
