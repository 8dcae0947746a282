package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	jalaali "github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik/app/lang"
	"github.com/tafkik/tafkik/app/rtl"
)

// This file is the one place where the screens meet text widgets and Persian formatting, so
// switching to the app/rtl and app/format toolkit is a change here, not over every screen.

// newLabel is a one-line Persian label in bidi order, starting at the right.
func newLabel(s string) *rtl.Label { return rtl.NewLabel(s) }

// newCell is a table or list cell: one line, cut with «…» when the column is narrow.
func newCell(s string) *rtl.Label { return rtl.NewCellLabel(s) }

// newWrapped is a paragraph that wraps, each line in bidi order.
func newWrapped(s string) *rtl.Label { return rtl.NewWrappedLabel(s) }

// newButton is a button whose label may mix Persian, digits and Latin.
func newButton(s string, tapped func()) *rtl.Button { return rtl.NewButton(lang.L(s), tapped) }

func newBold(s string) *rtl.Label {
	l := newLabel(s)
	l.TextStyle.Bold = true
	return l
}

// newEntry is a right-to-left search or filter box.
func newEntry(placeholder string) *rtl.Entry {
	e := rtl.NewEntry()
	e.PlaceHolder = placeholder
	return e
}

// newMultiEntry is a right-to-left box for notes.
func newMultiEntry(placeholder string) *rtl.Entry {
	e := rtl.NewMultiLineEntry()
	e.PlaceHolder = placeholder
	return e
}

var persianDigits = [10]rune{'۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'}

// fa shows ASCII digits as Persian digits; data keeps ASCII.
func fa(s string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(persianDigits[r-'0'])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// num formats a count with Persian digits and the Arabic thousands separator: ۱۸٬۰۰۰.
func num(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteRune('٬')
		}
		b.WriteRune(r)
	}
	out := fa(b.String())
	if neg {
		out = "−" + out
	}
	return out
}

var jalaliMonths = [12]string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
	"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// tehran is where every district office is; dates are read in its wall clock.
var tehran = func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Tehran"); err == nil {
		return loc
	}
	return time.FixedZone("IRST", 3*3600+1800)
}()

// jdate formats t as a short Jalali date, 1405/02/14 in Persian digits.
func jdate(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	t = t.In(tehran)
	y, m, d, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return fa(t.Format("2006-01-02"))
	}
	return fa(fmt.Sprintf("%04d/%02d/%02d", y, int(m), d))
}

// jmonthDay is the month and day alone, ۱۲/۲۹, for chart axes.
func jmonthDay(t time.Time) string {
	t = t.In(tehran)
	_, m, d, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return ""
	}
	return fa(fmt.Sprintf("%d/%d", int(m), d))
}

// jdateTime adds the hour: 1405/02/14 ساعت 09:30.
func jdateTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return jdate(t) + " ساعت " + fa(t.In(tehran).Format("15:04"))
}

// jdateLong is «۱۴ اردیبهشت ۱۴۰۵».
func jdateLong(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	t = t.In(tehran)
	y, m, d, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return jdate(t)
	}
	return fa(strconv.Itoa(d)) + " " + jalaliMonths[int(m)-1] + " " + fa(strconv.Itoa(y))
}

// parseJalali reads 1405/2/14 or 1405-02-14 in Persian or ASCII digits, as the start of that
// day in Tehran.
func parseJalali(s string) (time.Time, error) {
	s = strings.TrimSpace(asciiDigits(s))
	if s == "" {
		return time.Time{}, nil
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(f) != 3 {
		return time.Time{}, fmt.Errorf("تاریخ را به شکل ۱۴۰۵/۰۲/۱۴ بنویسید")
	}
	var n [3]int
	for i, x := range f {
		v, err := strconv.Atoi(x)
		if err != nil {
			return time.Time{}, fmt.Errorf("تاریخ را به شکل ۱۴۰۵/۰۲/۱۴ بنویسید")
		}
		n[i] = v
	}
	gy, gm, gd, err := jalaali.ToGregorian(n[0], jalaali.Month(n[1]), n[2])
	if err != nil || n[1] < 1 || n[1] > 12 || n[2] < 1 || n[2] > 31 {
		return time.Time{}, fmt.Errorf("تاریخ %s وجود ندارد", fa(s))
	}
	return time.Date(gy, gm, gd, 0, 0, 0, 0, tehran), nil
}

func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		}
		return r
	}, s)
}

// age is how long ago t was, as a clerk says it: «۳ روز».
func age(now, t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	d := now.Sub(t)
	switch {
	case d < time.Hour:
		return "کمتر از یک ساعت"
	case d < 24*time.Hour:
		return num(int(d.Hours())) + " ساعت"
	default:
		return num(int(d.Hours()/24)) + " روز"
	}
}

var statusNames = map[string]string{
	"new": "جدید", "reviewing": "در بررسی", "assigned": "ارجاع به واحد", "in_progress": "در حال انجام",
	"resolved": "رسیدگی‌شده", "referred": "ارجاع به دستگاه دیگر", "rejected": "رد شده",
}

var problemNames = map[string]string{
	"asphalt": "آسفالت", "pothole": "چاله و دست‌انداز", "garbage": "زباله", "surface_water": "آب‌های سطحی",
	"sewage": "فاضلاب", "lighting": "روشنایی", "tree": "درخت و فضای سبز", "stray_animals": "حیوانات ولگرد",
	"construction": "نخاله و ساخت‌وساز", "sidewalk_obstruction": "سد معبر", "noise": "سر و صدا",
	"parking": "پارک خودرو", "water_leak": "نشت و شکستگی لوله آب", "gas": "گاز", "telecom": "مخابرات",
	"power": "برق", "other": "سایر",
}

// problemName is a problem code as a clerk says it.
func problemName(code string) string {
	if n, ok := problemNames[code]; ok {
		return n
	}
	if code == "" {
		return "—"
	}
	return code
}

var agencyNames = map[string]string{
	"municipality": "شهرداری", "water": "آبفا", "power": "برق", "gas": "گاز",
	"telecom": "مخابرات", "police": "پلیس", "other": "سایر دستگاه‌ها",
}

func statusName[T ~string](s T) string {
	if n, ok := statusNames[string(s)]; ok {
		return n
	}
	return string(s)
}

func agencyName[T ~string](a T) string {
	if a == "" {
		return "—"
	}
	if n, ok := agencyNames[string(a)]; ok {
		return n
	}
	return string(a)
}

// firstLine cuts a long citizen text for a table cell.
func firstLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}
