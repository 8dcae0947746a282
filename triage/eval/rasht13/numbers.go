package rasht13

import (
	"fmt"
	"strings"
	"time"

	"github.com/jalaali/go-jalaali"
)

var onesFa = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
var tensFa = []string{"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}
var hundredsFa = []string{"", "صد", "دویست", "سیصد", "چهارصد", "پانصد"}

// cardinal writes 1..599 in Persian words, the way a caller would say a street number.
func cardinal(n int) string {
	var parts []string
	if h := n / 100; h > 0 && h < len(hundredsFa) {
		parts = append(parts, hundredsFa[h])
		n %= 100
	}
	if n >= 20 {
		parts = append(parts, tensFa[n/10])
		n %= 10
	}
	if n > 0 {
		parts = append(parts, onesFa[n])
	}
	return strings.Join(parts, " و ")
}

// ordinal writes «دوازدهم», «سوم», «اول», «بیست و یکم»: alleys are often named this way.
func ordinal(n int, useAval bool) string {
	switch n {
	case 1:
		if useAval {
			return "اول"
		}
		return "یکم"
	case 3:
		return "سوم"
	}
	c := cardinal(n)
	switch {
	case strings.HasSuffix(c, "سه"):
		return strings.TrimSuffix(c, "سه") + "سوم"
	case strings.HasSuffix(c, "سی"):
		return c + "\u200cام"
	}
	return c + "م"
}

// digitsIn rewrites ASCII digits in s in one script: 0 ASCII, 1 Persian, 2 Arabic-Indic.
func digitsIn(s string, script int) string {
	if script == 0 {
		return s
	}
	base := '۰'
	if script == 2 {
		base = '٠'
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = base + (r - '0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// jalaliDate writes t as 1405/07/12, the way clerks and citizens date things.
func jalaliDate(t time.Time) string {
	t = t.In(tehran)
	y, m, d, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return t.Format("2006/01/02")
	}
	return fmt.Sprintf("%d/%02d/%02d", y, int(m), d)
}
