package persian

import (
	"slices"
	"testing"
	"time"
)

func TestRefs(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"پیرو درخواست شماره ۱۴۰۴۰۱۳۱۳۱، کوچه‌مون سگ زیاده", []string{"1404013131"}},
		{"برق قطعه (کد رهگیری قبلی ۱۴۰۴۰۲۳۴۴۴)", []string{"1404023444"}},
		{"شماره پیگیری ١٤٠٤٠٢٣٤٤٤ رسیدگی نشد", []string{"1404023444"}},
		{"کد رهگیری: 1404-023444", []string{"1404023444"}},
		{"آبگرفتگی - پیگیری 14041008 1350", []string{"140410081350"}},
		// a phone number right after the code is not part of it
		{"پیگیری درخواست قبلی به شماره ۱۴۰۴۱۰۰۸۱۱۴۱ 09118960571", []string{"140410081141"}},
		// a postal code, a phone number, a plate are not tracking codes
		{"کوچه ۱۲، کد پستی ۴۱۳۵۶۷۸۹۱۲", nil},
		{"شماره تماس 09111690866", nil},
		{"لطفا با 09111690866 تماس بگیرید", nil},
		{"تلفن ۰۱۳۳۳۴۴۵۵۶۶", nil},
		{"کوچه ۱۲ پلاک ۱۲۳۴۵۶", nil},
		// short numbers name alleys and plates
		{"خیابان ۱۲۴ کوچه ۱۲", nil},
	}
	for _, c := range cases {
		if got := Refs(c.text); !slices.Equal(got, c.want) {
			t.Errorf("Refs(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestRefKey(t *testing.T) {
	for id, want := range map[string]string{"1404023444": "1404023444", "1404-023444": "1404023444",
		"۱۴۰۴۰۲۳۴۴۴": "1404023444", "a1": "", "R-12": ""} {
		if got := RefKey(id); got != want {
			t.Errorf("RefKey(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestDates: the dates of earlier reports a text cites, and not the date a problem began on.
func TestDates(t *testing.T) {
	day := func(y int, m time.Month, d int) int32 {
		return int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	cases := []struct {
		text string
		want []int32
	}{
		{"تاریخ 1404/08/30 هم گزارش دادم", []int32{day(2025, 11, 21)}},
		{"پیرو درخواست مورخ ۱۴۰۴/۹/۵، شهروند اعلام نمود", []int32{day(2025, 11, 26)}},
		{"ثبت قبلی ۳۴۵۷۳۵۱ مورخ ۱۴۰۴/۰۹/۰۵ - عدم آسفالت", []int32{day(2025, 11, 26)}},
		{"از تاریخ ۱۴۰۴/۰۸/۰۲ چند بار زنگ زدیم", nil},                                       // the problem's start
		{"تاریخ 1404/13/40 هم گزارش دادم", nil},                                             // no such day
		{"زباله‌ها ۱۴۰۴/۰۱/۱۲ جمع نشده", nil},                                               // a bare date says nothing of a report
		{"قبلا ۱۴۰۴/۰۱/۱۲ و ۱۴۰۴/۰۱/۲۰ هم زنگ زدم", []int32{day(2025, 4, 9)}},               // the one the verb follows
		{"مراجعه حضوری مورخ ۱۴۰۴/۰۹/۰۸: سقوط درخت در کوچه", nil},                            // this visit's own date
		{"تماس تلفنی مورخ 1404/09/08 - زباله جمع نشده", nil},                                // this call's
		{"پیرو مراجعه حضوری مورخ ۱۴۰۴/۰۹/۰۸، هنوز رسیدگی نشده", []int32{day(2025, 11, 29)}}, // an earlier visit
	}
	for _, c := range cases {
		if got := Dates(c.text); !slices.Equal(got, c.want) {
			t.Errorf("Dates(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPostcode: the postal code an address or a text gives, however it is written.
func TestPostcode(t *testing.T) {
	cases := []struct{ address, text, want string }{
		{"کدپستی 4166861016", "", "4166861016"},
		{"گلسار، کد پستی: ٤١٦٣٠٧٣٤٧٤", "", "4163073474"},
		{"ک.پ ۴۱۶۳۳۴۶۷۵۳", "", "4163346753"},
		{"", "سلام کد پستی ۴۱۰۲۴-۸۷۶۴۷ زباله", "4102487647"},
		{"پلاک ۱۲، تلفن ۰۹۱۱۱۲۳۴۵۶۷", "", ""},
		{"کوچه ۵", "کد رهگیری 1404123456", ""},
	}
	for _, c := range cases {
		if got := Analyze(c.text, c.address, "").Postcode; got != c.want {
			t.Errorf("%q / %q: postcode %q, want %q", c.address, c.text, got, c.want)
		}
	}
}
