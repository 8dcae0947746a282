package center

import (
	"testing"

	"github.com/tafkik/tafkik"
)

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
