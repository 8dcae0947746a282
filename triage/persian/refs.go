package persian

import (
	"strings"
	"time"

	"github.com/jalaali/go-jalaali"
)

// refContext words, right before a number, say it is not a request's tracking code: a postal
// code, a phone number or a plate is as long as one.
var notRefWords = map[string]bool{"پستی": true, "تماس": true, "تلفن": true, "همراه": true,
	"موبایل": true, "پلاک": true, "ملی": true, "حساب": true, "کارت": true, "اشتراک": true,
	"شناسه": true, "قبض": true, "مبایل": true, "تلفنم": true, "شمارم": true, "شمارهام": true}

// refWords introduce a tracking code («کد رهگیری»، «پیرو درخواست شماره»، «شماره پیگیری»):
// digits split by a dash or a space after them are one code.
var refWords = map[string]bool{"رهگیری": true, "پیگیری": true, "درخواست": true, "شماره": true,
	"کد": true, "قبلی": true, "پیرو": true, "رهگیر": true}

// Refs returns the tracking codes of earlier requests that a text names («پیرو درخواست شماره
// ۱۴۰۴۰۱۳۱۳۱»، «کد رهگیری قبلی 1404023444»), as ASCII digits. Any number of six digits or
// more counts unless the words before it make it a postal code, phone number, plate or the
// like; the caller checks that a request with that id exists.
func Refs(text string) []string { return refsOf(keyTokens(text)) }

func refsOf(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if !isDigit(firstRune(w)) {
			continue
		}
		if notRefBefore(ws, i) {
			// skip the rest of this number too («کد پستی ۴۱۳۵ ۶۷۸۹۱۲»)
			for i+1 < len(ws) && isDigit(firstRune(ws[i+1])) {
				i++
			}
			continue
		}
		code := w
		if i > 0 && refWords[ws[i-1]] {
			// (not a phone number after the code: «به شماره ۱۴۰۴۱۰۰۸۱۱۴۱ ۰۹۱۱...»)
			for i+1 < len(ws) && isDigit(firstRune(ws[i+1])) && allDigits(ws[i+1]) && len(code)+len(ws[i+1]) <= 16 && !isPhone(ws[i+1]) {
				i++
				code += ws[i]
			}
		}
		if !allDigits(code) || len(code) < 6 || len(code) > 16 || isPhone(code) {
			continue
		}
		out = append(out, code)
	}
	return out
}

func notRefBefore(ws []string, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if notRefWords[ws[j]] {
			return true
		}
	}
	return false
}

// isPhone: an Iranian mobile (09...) or landline with its city code (013...) written whole.
func isPhone(code string) bool {
	return len(code) >= 10 && strings.HasPrefix(code, "0")
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// RefKey is the form a request id is looked up in when a text names it: its digits only
// («1404-023444» → «1404023444»); "" when it has fewer than six.
func RefKey(id string) string {
	if allDigits(id) {
		if len(id) < 6 {
			return ""
		}
		return id
	}
	var b strings.Builder
	for _, r := range id {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else if r >= '۰' && r <= '۹' {
			b.WriteRune('0' + r - '۰')
		} else if r >= '٠' && r <= '٩' {
			b.WriteRune('0' + r - '٠')
		}
	}
	if b.Len() < 6 {
		return ""
	}
	return b.String()
}

// Dates returns the days of earlier reports a text cites by their Jalali date («تاریخ
// ۱۴۰۴/۰۸/۳۰ هم گزارش دادم»، «پیرو درخواست مورخ ۱۴۰۴/۹/۵»), as Gregorian days since
// 1970-01-01; not a date the problem began on («از تاریخ ۱۴۰۴/۰۸/۰۲ ...»).
func Dates(text string) []int32 { return datesOf(keyTokens(text)) }

func datesOf(ws []string) []int32 {
	var out []int32
	for i := 0; i+2 < len(ws); i++ {
		y, ok := smallNumber(ws[i], 4)
		if !ok || y < 1390 || y > 1420 {
			continue
		}
		m, ok1 := smallNumber(ws[i+1], 2)
		d, ok2 := smallNumber(ws[i+2], 2)
		if !ok1 || !ok2 || !jalaali.IsValidDate(y, m, d) {
			continue
		}
		if !reportDate(ws, i) {
			continue
		}
		gy, gm, gd, err := jalaali.ToGregorian(y, jalaali.Month(m), d)
		if err != nil {
			continue
		}
		out = append(out, int32(time.Date(gy, gm, gd, 0, 0, 0, 0, time.UTC).Unix()/86400))
		i += 2
	}
	return out
}

// smallNumber reads a number of at most n ASCII digits.
func smallNumber(w string, n int) (int, bool) {
	if w == "" || len(w) > n || !allDigits(w) {
		return 0, false
	}
	v := 0
	for _, r := range w {
		v = v*10 + int(r-'0')
	}
	return v, true
}

// reportDate reports whether the date at ws[i:i+3] is an earlier report's: «مورخ» before it
// (how a request's date is written), or «گزارش» / «ثبت» right after it. «مراجعه حضوری
// مورخ ...» or «تماس تلفنی مورخ ...» dates this very contact, unless an earlier one is
// cited («پیرو مراجعه حضوری مورخ ...»).
func reportDate(ws []string, i int) bool {
	if i > 0 && (ws[i-1] == "مورخ" || ws[i-1] == "موخ") {
		return i < 2 || !contactWords[ws[i-2]] || citesEarlier(ws[max(0, i-6):i-2])
	}
	for j := i + 3; j < len(ws) && j <= i+5; j++ {
		if ws[j] == "گزارش" || ws[j] == "ثبت" || ws[j] == "زنگ" || ws[j] == "تماس" {
			// not «از (تاریخ) ...»: since that day
			return !(i > 0 && ws[i-1] == "از") && !(i > 1 && ws[i-1] == "تاریخ" && ws[i-2] == "از")
		}
	}
	return false
}

// contactWords name the contact a request records («مراجعه حضوری»، «تماس تلفنی»).
var contactWords = map[string]bool{"حضوری": true, "مراجعه": true, "تلفنی": true, "تماس": true}

// citesEarlier reports whether words before a contact's date say it is an earlier contact's.
func citesEarlier(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "پیرو", "قبلی", "قبلا", "مجدد", "مجددا", "دوم", "پیگیری":
			return true
		}
	}
	return false
}

// postcodeOf returns the ten-digit postal code the words give after «کد پستی» (or «ک.پ»,
// read as «کوچه پلاک»), written whole or as 5 + 5 digits, "" when none. A postal code is an
// address: the same code in two requests is the same building.
func postcodeOf(ws []string) string {
	for i, w := range ws {
		if !allDigits(w) || (i == 0) {
			continue
		}
		prev := ws[i-1]
		if prev != "پستی" && prev != "کدپستی" && prev != "پلاک" && prev != ":" {
			continue
		}
		switch {
		case len(w) == 10:
			return w
		case len(w) == 5 && i+1 < len(ws) && len(ws[i+1]) == 5 && allDigits(ws[i+1]):
			return w + ws[i+1]
		}
	}
	return ""
}
