package center

import (
	"testing"

	"github.com/tafkik/tafkik"
)

func TestRedactPhones(t *testing.T) {
	cases := []struct{ in, want string }{
		{"لطفا تماس بگیرید 09121234567", "لطفا تماس بگیرید " + redactedPhone},
		{"شماره من ۰۹۱۱ ۱۲۳ ۴۵۶۷ است", "شماره من " + redactedPhone + " است"},
		{"تلفن: 013-33445566", "تلفن: " + redactedPhone},
		{"+989121234567 زنگ بزنید", redactedPhone + " زنگ بزنید"},
		{"کد ملی ٠٠١٢٣٤٥٦٧٨", "کد ملی " + redactedPhone},
		{"کد رهگیری 137-1405-000736", "کد رهگیری 137-1405-000736"}, // a tracking code stays
		{"کوچه 12 پلاک 45", "کوچه 12 پلاک 45"},                     // short numbers stay
		{"درخواست 1404103620 تکراری است", "درخواست 1404103620 تکراری است"},
		{"ABC-09121234567", "ABC-09121234567"}, // part of a code
		{"", ""},
	}
	for _, c := range cases {
		if got := redactPhones(c.in); got != c.want {
			t.Errorf("redactPhones(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The public feed never shows a citizen's phone number; the district's own devices, with a
// token, still read the text as written.
func TestOpen311HidesPhones(t *testing.T) {
	e := newEnv(t)
	text := "چاله بزرگ، تماس: 09121234567"
	if _, err := e.db.ImportRequests(t.Context(), []tafkik.Request{{ID: "R3-900", District: "3",
		CreatedAt: testNow, Category: "آسفالت", Text: text, Address: "گلسار"}}); err != nil {
		t.Fatal(err)
	}
	status, rows := e.open311("/open311/v2/requests/R3-900.json")
	if status != 200 || len(rows) != 1 {
		t.Fatalf("%d %v", status, rows)
	}
	if d := rows[0]["description"]; d != "چاله بزرگ، تماس: "+redactedPhone {
		t.Fatalf("public description = %q", d)
	}
	r, err := e.db.Request(t.Context(), "3", "R3-900")
	if err != nil || r.Request.Text != text {
		t.Fatalf("stored text = %q, %v", r.Request.Text, err)
	}
}
