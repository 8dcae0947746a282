package tafkik

import "testing"

func TestRedactPhones(t *testing.T) {
	cases := []struct{ in, want string }{
		{"لطفا تماس بگیرید 09121234567", "لطفا تماس بگیرید " + RedactedPhone},
		{"شماره من ۰۹۱۱ ۱۲۳ ۴۵۶۷ است", "شماره من " + RedactedPhone + " است"},
		{"تلفن: 013-33445566", "تلفن: " + RedactedPhone},
		{"+989121234567 زنگ بزنید", RedactedPhone + " زنگ بزنید"},
		{"کد ملی ٠٠١٢٣٤٥٦٧٨", "کد ملی " + RedactedPhone},
		{"کد رهگیری 137-1405-000736", "کد رهگیری 137-1405-000736"}, // a tracking code stays
		{"کوچه 12 پلاک 45", "کوچه 12 پلاک 45"},                     // short numbers stay
		{"درخواست 1404103620 تکراری است", "درخواست 1404103620 تکراری است"},
		{"ABC-09121234567", "ABC-09121234567"}, // part of a code
		{"", ""},
	}
	for _, c := range cases {
		if got := RedactPhones(c.in); got != c.want {
			t.Errorf("RedactPhones(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
