package format

import (
	"errors"
	"testing"
	"time"
)

func TestDigits(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"کوچه 12", "کوچه ۱۲"},
		{"137-1405-000736", "۱۳۷-۱۴۰۵-۰۰۰۷۳۶"},
		{"٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"},
		{"Rasht", "Rasht"},
	}
	for _, c := range cases {
		if got := Digits(c.in); got != c.want {
			t.Errorf("Digits(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := ASCIIDigits(Digits(c.in)); got != ASCIIDigits(c.in) {
			t.Errorf("ASCIIDigits(Digits(%q)) = %q", c.in, got)
		}
	}
}

func TestDecimals(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"همان کوچه؛ آسفالت؛ شباهت 0.07؛ 3 روز فاصله", "همان کوچه؛ آسفالت؛ شباهت ۰٫۰۷؛ ۳ روز فاصله"},
		{"امتیاز 1.00", "امتیاز ۱٫۰۰"},
		{"ک. 13، پ.33", "ک. ۱۳، پ.۳۳"},
		{"کوچه 12.", "کوچه ۱۲."},
		{".5 و 5.", ".۵ و ۵."},
		{"۱۲.۵", "۱۲٫۵"},
	}
	for _, c := range cases {
		if got := Decimals(c.in); got != c.want {
			t.Errorf("Decimals(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestInt(t *testing.T) {
	cases := []struct {
		in   int64
		want string
	}{
		{0, "۰"}, {7, "۷"}, {999, "۹۹۹"}, {1000, "۱٬۰۰۰"}, {18000, "۱۸٬۰۰۰"},
		{1234567, "۱٬۲۳۴٬۵۶۷"}, {-18000, "-۱۸٬۰۰۰"}, {-100, "-۱۰۰"},
	}
	for _, c := range cases {
		if got := Int(c.in); got != c.want {
			t.Errorf("Int(%d) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Decimal(18000.25, 2); got != "۱۸٬۰۰۰٫۲۵" {
		t.Errorf("Decimal = %q", got)
	}
	if got := Percent(0.237); got != "۲۴٪" {
		t.Errorf("Percent = %q", got)
	}
}

func TestJalaliKnownDates(t *testing.T) {
	cases := []struct {
		utc  time.Time
		want Date
		long string
	}{
		{time.Date(2026, 3, 21, 12, 0, 0, 0, time.UTC), Date{1405, 1, 1}, "شنبه ۱ فروردین ۱۴۰۵"},
		{time.Date(2025, 3, 20, 12, 0, 0, 0, time.UTC), Date{1403, 12, 30}, "پنجشنبه ۳۰ اسفند ۱۴۰۳"},
		{time.Date(2025, 3, 21, 12, 0, 0, 0, time.UTC), Date{1404, 1, 1}, "جمعه ۱ فروردین ۱۴۰۴"},
		// 21:00 UTC on 2026-03-20 is already 00:30 on 1405/01/01 in Tehran.
		{time.Date(2026, 3, 20, 21, 0, 0, 0, time.UTC), Date{1405, 1, 1}, "شنبه ۱ فروردین ۱۴۰۵"},
		{time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC), Date{1405, 9, 7}, "شنبه ۷ آذر ۱۴۰۵"},
		// Summer 2020 had daylight saving (+04:30): 19:45 UTC was already the next day.
		{time.Date(2020, 6, 20, 19, 45, 0, 0, time.UTC), Date{1399, 4, 1}, "یکشنبه ۱ تیر ۱۳۹۹"},
	}
	for _, c := range cases {
		if got := ToJalali(c.utc); got != c.want {
			t.Errorf("ToJalali(%v) = %v, want %v", c.utc, got, c.want)
		}
		if got := Long(c.utc); got != c.long {
			t.Errorf("Long(%v) = %q, want %q", c.utc, got, c.long)
		}
	}
	if got := Short(time.Date(2026, 3, 21, 12, 0, 0, 0, time.UTC)); got != "۱۴۰۵/۰۱/۰۱" {
		t.Errorf("Short = %q", got)
	}
}

// TestJalaliRoundTrip walks every day of Jalali years 1390 through 1410 and checks that
// conversion to a Gregorian instant and back gives the same day, and that consecutive Jalali
// days are consecutive Gregorian days.
func TestJalaliRoundTrip(t *testing.T) {
	start, err := Date{1390, 1, 1}.Time()
	if err != nil {
		t.Fatal(err)
	}
	// Walk civil days at noon UTC so daylight-saving shifts cannot skip or repeat a day.
	want := time.Date(start.Year(), start.Month(), start.Day(), 12, 0, 0, 0, time.UTC)
	days := 0
	for y := 1390; y <= 1410; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 31; d++ {
				jd := Date{y, m, d}
				if !jd.Valid() {
					continue
				}
				tm, err := jd.Time()
				if err != nil {
					t.Fatalf("%v: %v", jd, err)
				}
				// tm must be the first instant of that civil day (01:00 on the days the clocks
				// jumped at midnight).
				if tm.Year() != want.Year() || tm.Month() != want.Month() || tm.Day() != want.Day() ||
					tm.Add(-time.Second).Day() == tm.Day() {
					t.Fatalf("%v -> %v, want the start of %v (gap in the calendar)", jd, tm, want.Format("2006-01-02"))
				}
				if back := ToJalali(tm.Add(13 * time.Hour)); back != jd {
					t.Fatalf("%v -> %v -> %v", jd, tm, back)
				}
				parsed, err := ParseDate(Digits(jd.String()))
				if err != nil || parsed != jd {
					t.Fatalf("ParseDate(%q) = %v, %v", Digits(jd.String()), parsed, err)
				}
				want = want.AddDate(0, 0, 1)
				days++
			}
		}
	}
	// 21 years, 5 of them leap (1391, 1395, 1399, 1403, 1408).
	if days != 21*365+5 {
		t.Errorf("walked %d days", days)
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want Date
		err  bool
	}{
		{"1405/2/14", Date{1405, 2, 14}, false},
		{"1405-02-14", Date{1405, 2, 14}, false},
		{"۱۴۰۵/۰۲/۱۴", Date{1405, 2, 14}, false},
		{"۱۴۰۵-۲-۱۴", Date{1405, 2, 14}, false},
		{"٫١٤٠٥/٢/١٤", Date{}, true},
		{" 1405.2.14 ", Date{1405, 2, 14}, false},
		{"05/2/14", Date{1405, 2, 14}, false},
		{"14/2/1405", Date{1405, 2, 14}, false},
		{"۱۴ اردیبهشت ۱۴۰۵", Date{1405, 2, 14}, false},
		{"1403/12/30", Date{1403, 12, 30}, false},
		{"1404/12/30", Date{}, true}, // 1404 is not leap
		{"1405/13/01", Date{}, true},
		{"1405/1", Date{}, true},
		{"", Date{}, true},
		{"دیروز", Date{}, true},
	}
	for _, c := range cases {
		got, err := ParseDate(c.in)
		if c.err {
			if !errors.Is(err, ErrBadDate) {
				t.Errorf("ParseDate(%q) = %v, %v; want ErrBadDate", c.in, got, err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	from, to, err := ParseDay("1405/01/01")
	if err != nil {
		t.Fatal(err)
	}
	if !from.Equal(time.Date(2026, 3, 20, 20, 30, 0, 0, time.UTC)) || to.Sub(from) != 24*time.Hour {
		t.Errorf("ParseDay = %v .. %v", from, to)
	}
}

func TestAge(t *testing.T) {
	now := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		ago  time.Duration
		want string
	}{
		{10 * time.Second, "همین حالا"},
		{-10 * time.Second, "همین حالا"},
		{5 * time.Minute, "۵ دقیقه پیش"},
		{3 * time.Hour, "۳ ساعت پیش"},
		{26 * time.Hour, "دیروز"},
		{3 * 24 * time.Hour, "۳ روز پیش"},
		{15 * 24 * time.Hour, "۲ هفته پیش"},
		{120 * 24 * time.Hour, "۴ ماه پیش"},
		{800 * 24 * time.Hour, "۲ سال پیش"},
		{-2 * time.Hour, "۲ ساعت بعد"},
	}
	for _, c := range cases {
		if got := Age(now.Add(-c.ago), now); got != c.want {
			t.Errorf("Age(-%v) = %q, want %q", c.ago, got, c.want)
		}
	}
	if got := Days(now.Add(-12*24*time.Hour), now); got != "۱۲ روز" {
		t.Errorf("Days = %q", got)
	}
}

func BenchmarkInt(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		_ = Int(int64(i))
	}
}

func BenchmarkShort(b *testing.B) {
	t := time.Date(2026, 3, 21, 12, 0, 0, 0, time.UTC)
	for b.Loop() {
		_ = Short(t)
	}
}
