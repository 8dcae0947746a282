package rasht42

import "strings"

var ones = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
var tens = []string{"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}

// cardinal writes 1..999 in Persian words: 124 → «صد و بیست و چهار».
func cardinal(n int) string {
	var parts []string
	if n >= 100 {
		h := []string{"", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"}
		parts = append(parts, h[n/100])
		n %= 100
	}
	if n >= 20 {
		parts = append(parts, tens[n/10])
		n %= 10
	}
	if n > 0 {
		parts = append(parts, ones[n])
	}
	return strings.Join(parts, " و ")
}

// ordinal writes the ordinal adjective: 12 → «دوازدهم», 3 → «سوم», 30 → «سی_ام», 1 → «اول».
func ordinal(n int) string {
	if n == 1 {
		return "اول"
	}
	c := cardinal(n)
	switch {
	case strings.HasSuffix(c, "سه"):
		return strings.TrimSuffix(c, "سه") + "سوم"
	case strings.HasSuffix(c, "یک"):
		return c + "م"
	case strings.HasSuffix(c, "سی"):
		return c + "_ام"
	}
	return c + "م"
}
