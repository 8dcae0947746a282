package format

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Asia/Tehran on workstations without a zone database

	jalaali "github.com/jalaali/go-jalaali"
)

// MonthNames are the Persian names of the Jalali months, Farvardin first.
var MonthNames = [12]string{
	"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
	"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
}

// WeekdayNames are indexed by time.Weekday (Sunday = 0).
var WeekdayNames = [7]string{
	"یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه",
}

// Tehran is Iran's time zone; dates are shown in it whatever zone the workstation is set to.
// The zone database (embedded through time/tzdata, Windows offices have none) is needed for
// requests from before September 2022, when Iran still kept daylight saving time; +03:30 is
// the fallback.
var Tehran = loadTehran()

func loadTehran() *time.Location {
	if loc, err := time.LoadLocation("Asia/Tehran"); err == nil {
		return loc
	}
	return time.FixedZone("IRST", 3*3600+30*60)
}

// Date is a day of the Jalali calendar.
type Date struct {
	Year, Month, Day int
}

// ErrBadDate is returned for text that is not a Jalali date.
var ErrBadDate = errors.New("not a jalali date")

// ToJalali returns the Jalali day of t as seen in Tehran.
func ToJalali(t time.Time) Date {
	t = t.In(Tehran)
	return civilToJalali(t.Year(), t.Month(), t.Day())
}

func civilToJalali(y int, m time.Month, d int) Date {
	jy, jm, jd, err := jalaali.ToJalaali(y, m, d)
	if err != nil {
		// Only years outside -61..3177 fail; Tafkik's data never holds one.
		return Date{}
	}
	return Date{jy, int(jm), jd}
}

// Time returns the start of the day d in Tehran.
func (d Date) Time() (time.Time, error) {
	gy, gm, gd, err := jalaali.ToGregorian(d.Year, jalaali.Month(d.Month), d.Day)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %d/%d/%d", ErrBadDate, d.Year, d.Month, d.Day)
	}
	return time.Date(gy, gm, gd, 0, 0, 0, 0, Tehran), nil
}

// Valid reports whether d is a real Jalali day (Esfand 30 only in leap years).
func (d Date) Valid() bool { return jalaali.IsValidDate(d.Year, d.Month, d.Day) }

// String is the numeric form with ASCII digits, «1405/01/01», for data and logs.
func (d Date) String() string { return fmt.Sprintf("%04d/%02d/%02d", d.Year, d.Month, d.Day) }

// Short formats t as «۱۴۰۵/۰۱/۰۱» (Tehran day), for table cells.
func Short(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return Digits(ToJalali(t).String())
}

// Long formats t as «شنبه ۱ فروردین ۱۴۰۵».
func Long(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := ToJalali(t)
	return WeekdayNames[t.In(Tehran).Weekday()] + " " + Digits(strconv.Itoa(d.Day)) + " " +
		MonthNames[d.Month-1] + " " + Digits(strconv.Itoa(d.Year))
}

// DateTime formats t as «۱۴۰۵/۰۱/۰۱ ۱۴:۰۵» in Tehran time.
func DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return Short(t) + " " + Clock(t)
}

// Clock formats the Tehran time of day as «۱۴:۰۵».
func Clock(t time.Time) string {
	t = t.In(Tehran)
	return Digits(fmt.Sprintf("%02d:%02d", t.Hour(), t.Minute()))
}

// MonthYear formats t as «فروردین ۱۴۰۵», for report headings.
func MonthYear(t time.Time) string {
	d := ToJalali(t)
	return MonthNames[d.Month-1] + " " + Digits(strconv.Itoa(d.Year))
}

// ParseDate reads a Jalali date typed by a person: Persian, Arabic-Indic or ASCII digits,
// separated by «/», «-», «.» or spaces, year first: «1405/2/14», «۱۴۰۵-۰۲-۱۴». A two-digit
// year is taken as 14xx. Month names are accepted too: «۱۴ اردیبهشت ۱۴۰۵».
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(ASCIIDigits(s))
	if s == "" {
		return Date{}, ErrBadDate
	}
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r == '/' || r == '-' || r == '.' || r == ' ' || r == '\u200c' || r == '،' || r == ','
	})
	var d Date
	switch len(fields) {
	case 3:
		if m := monthByName(fields[1]); m > 0 {
			// «14 اردیبهشت 1405»: day, month name, year.
			day, err1 := strconv.Atoi(fields[0])
			year, err2 := strconv.Atoi(fields[2])
			if err1 != nil || err2 != nil {
				return Date{}, fmt.Errorf("%w: %q", ErrBadDate, s)
			}
			d = Date{year, m, day}
			break
		}
		var nums [3]int
		for i, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return Date{}, fmt.Errorf("%w: %q", ErrBadDate, s)
			}
			nums[i] = n
		}
		d = Date{nums[0], nums[1], nums[2]}
		if len(fields[0]) <= 2 && len(fields[2]) == 4 {
			// Day first, as some people write it: 14/2/1405.
			d = Date{nums[2], nums[1], nums[0]}
		}
	default:
		return Date{}, fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	if d.Year < 100 {
		d.Year += 1400
	}
	if !d.Valid() {
		return Date{}, fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	return d, nil
}

func monthByName(s string) int {
	s = strings.ReplaceAll(s, "ي", "ی")
	for i, n := range MonthNames {
		if s == n {
			return i + 1
		}
	}
	return 0
}

// ParseDay parses s as ParseDate does and returns the half-open range of instants [from, to)
// covering that day in Tehran, which is what a date filter compares created_at against.
func ParseDay(s string) (from, to time.Time, err error) {
	d, err := ParseDate(s)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	from, err = d.Time()
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	return from, from.AddDate(0, 0, 1), nil
}
