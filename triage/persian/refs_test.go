package persian

import (
	"slices"
	"testing"
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
