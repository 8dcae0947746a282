package format

import (
	"strconv"
	"time"
)

// Age says how long ago t was, relative to now, as a clerk says it: «همین حالا»,
// «۵ دقیقه پیش», «۳ ساعت پیش», «دیروز», «۳ روز پیش», «۲ هفته پیش», «۴ ماه پیش», «۲ سال پیش».
// A t in the future (clock skew between devices) reads as «همین حالا» when under a minute and
// as «… بعد» otherwise.
func Age(t, now time.Time) string {
	d := now.Sub(t)
	suffix := " پیش"
	if d < 0 {
		d = -d
		suffix = " بعد"
		if d < time.Minute {
			return "همین حالا"
		}
	}
	n := func(v int64, unit string) string { return Digits(strconv.FormatInt(v, 10)) + " " + unit + suffix }
	switch {
	case d < time.Minute:
		return "همین حالا"
	case d < time.Hour:
		return n(int64(d/time.Minute), "دقیقه")
	case d < 24*time.Hour:
		return n(int64(d/time.Hour), "ساعت")
	}
	days := calendarDays(t, now)
	if days < 0 {
		days = -days
	}
	switch {
	case days <= 1 && suffix == " پیش":
		return "دیروز"
	case days <= 1:
		return "فردا"
	case days < 14:
		return n(int64(days), "روز")
	case days < 60:
		return n(int64(days/7), "هفته")
	case days < 365:
		return n(int64(days/30), "ماه")
	default:
		return n(int64(days/365), "سال")
	}
}

// Days is the age of an open issue in whole days, «۱۲ روز», for the ageing columns.
func Days(t, now time.Time) string {
	days := calendarDays(t, now)
	if days < 0 {
		days = 0
	}
	return Digits(strconv.Itoa(days)) + " روز"
}

// calendarDays counts Tehran midnights between t and now, so an issue from 23:50 is a day old
// at 00:10, as the office counts.
func calendarDays(t, now time.Time) int {
	a := t.In(Tehran)
	b := now.In(Tehran)
	da := time.Date(a.Year(), a.Month(), a.Day(), 12, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours()/24 + 0.5*sign(db.Sub(da)))
}

func sign(d time.Duration) float64 {
	if d < 0 {
		return -1
	}
	return 1
}
