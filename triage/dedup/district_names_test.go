package dedup

import (
	"fmt"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

// TestWhatTheDistrictsAddressesSay: reports that give only part of a place are read with what
// the district's other addresses say of its names: which neighbourhood a street is in, that a
// name after an alley's number is a neighbourhood, that a bare number before a dead end is an
// alley of a street nobody numbers, which road of a width a neighbourhood has, which
// neighbourhood's power cut a report giving only its street is in. And a leaning pole is no
// neighbourhood's power cut.
func TestWhatTheDistrictsAddressesSay(t *testing.T) {
	// the district's other addresses, on another problem: they only teach the names
	teach := []string{
		"ضیابری، خیابان دانش، کوچه ۲", "ضیابری، خیابان دانش، کوچه ۶", "ضیابری، خیابان دانش، کوچه ۹",
		"سعدی، خیابان تختی، کوچه ۴", "سعدی، خیابان تختی، کوچه ۷", "سعدی، خیابان همت، کوچه ۳",
		"جماران، خیابان طالقانی، کوچه ۳", "جماران، خیابان نسترن، کوچه ۲", "جماران، خیابان باهنر، کوچه ۵",
		"لاکانی، بلوار لاکانی، کوچه ۹", "ولیعصر، خیابان جانبازان، کوچه ۲", "ولیعصر، خیابان جانبازان، کوچه ۸",
		"ولیعصر، خیابان جانبازان، کوچه ۱۱", "خیابان مطهری، کوچه ۳", "خیابان مطهری، کوچه ۱۰", "خیابان مطهری، کوچه ۱۲",
	}
	cases := []struct {
		name, problem, category string
		first, second           string // the first report's address and the later one's
		firstText, secondText   string
		join                    bool
	}{
		{"a street another neighbourhood's", "آسفالت کوچه خراب است", "ترمیم آسفالت",
			"سعدی، بن‌بست حمام", "خیابان دانش، کوچه حمام", "", "", false},
		{"a street this neighbourhood's", "آسفالت کوچه خراب است", "ترمیم آسفالت",
			"ضیابری، کوچه حمام", "خیابان دانش، کوچه حمام", "", "", true},
		{"a neighbourhood after the alley's number", "آسفالت کوچه خراب است", "ترمیم آسفالت",
			"لاکانی، بلوار لاکانی، کوچه ۱", "کوچه ۱ جماران", "", "", false},
		{"a bare number before a dead end", "آسفالت کوچه خراب است", "ترمیم آسفالت",
			"خیابان مطهری، کوچه ۸، بن‌بست ۱", "مطهری ۸ بن‌بست یکم", "", "", true},
		{"a bare number before a dead end, another alley's", "آسفالت کوچه خراب است", "ترمیم آسفالت",
			"خیابان مطهری، کوچه ۳، بن‌بست ۱", "مطهری ۸ بن‌بست یکم", "", "", false},
		{"a bare number after a street's name in the text", "", "ترمیم آسفالت",
			"خیابان مطهری، کوچه ۱۲", "", "آسفالت کوچه خراب است", "سلام، در مطهری ۱۲ آسفالت خیلی خرابه", true},
		{"a bare number after a street's name in the text, another alley's", "", "ترمیم آسفالت",
			"خیابان مطهری، کوچه ۱۰", "", "آسفالت کوچه خراب است", "سلام، در مطهری ۱۲ آسفالت خیلی خرابه", false},
		{"two roads of one width", "آسفالت کوچه خراب است", "ترمیم آسفالت",
			"۲۰ متری شالکو، کوچه ۱۵", "۲۰ متری گلسار، کوچه ۱۵", "", "", false},
		{"a road of a width, its neighbourhood before it", "آسفالت کوچه خراب است", "ترمیم آسفالت",
			"۲۰ متری شالکو، کوچه ۱۵", "شالکو، ۲۰ متری، کوچه ۱۵", "", "", true},
		{"a power cut, one report giving only its street", "", "برق",
			"ولیعصر، بلوار ولیعصر، کوچه ۲۳", "خیابان جانبازان، کوچه ۵", "برق محله ولیعصر قطع است", "برق خونه ما رفته، یخچال خراب شد", true},
		{"a leaning pole and the power cut", "", "برق",
			"بلوار عینک، کوچه ۲۲", "عینک", "تیر برق کج شده ممکنه بیفته", "برق کل محله قطع است", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var reqs []tafkik.Request
			at := func(i int) time.Time { return day0.Add(time.Duration(i) * time.Hour) }
			for i, a := range teach {
				reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("t%d", i), District: "3", CreatedAt: at(i),
					Category: "پسماند", Address: a, Text: "زباله جمع نشده"})
			}
			text := func(s string) string {
				if s == "" {
					return c.problem
				}
				return s
			}
			reqs = append(reqs,
				tafkik.Request{ID: "a", District: "3", CreatedAt: at(20), Category: c.category, Address: c.first, Text: text(c.firstText)},
				tafkik.Request{ID: "b", District: "3", CreatedAt: at(22), Category: c.category, Address: c.second, Text: text(c.secondText)})
			got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
			if joined := got["a"] == got["b"]; joined != c.join {
				t.Errorf("%q and %q: one issue = %v, want %v", c.first, c.second, joined, c.join)
			}
		})
	}
}
