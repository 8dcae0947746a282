package exchange

import (
	"slices"
	"testing"

	"github.com/tafkik/tafkik"
)

// TestParseStatusWords: the status vocabularies of the central system, of clerks' spreadsheets
// and of other 311 exports all land on our statuses; an unknown word is still an error.
func TestParseStatusWords(t *testing.T) {
	cases := []struct {
		in   string
		want tafkik.Status
		bad  bool
	}{
		{"", "", false},
		{"new", tafkik.StatusNew, false},
		{"Open", tafkik.StatusNew, false},
		{"باز", tafkik.StatusNew, false},
		{"در انتظار بررسی", tafkik.StatusNew, false},
		{"acknowledged", tafkik.StatusReviewing, false},
		{"درحال بررسی", tafkik.StatusReviewing, false},
		{"assigned", tafkik.StatusAssigned, false},
		{"in_progress", tafkik.StatusInProgress, false},
		{"In-Progress", tafkik.StatusInProgress, false},
		{"در حال پیگیری", tafkik.StatusInProgress, false},
		{"closed", tafkik.StatusResolved, false},
		{"CLOSED", tafkik.StatusResolved, false},
		{"بسته", tafkik.StatusResolved, false},
		{"رسيدگي شده", tafkik.StatusResolved, false}, // Arabic ي
		{"referred", tafkik.StatusReferred, false},
		{"خارج از حوزه", tafkik.StatusReferred, false},
		{"cancelled", tafkik.StatusRejected, false},
		{"خیلی بد", "", true},
		{"maybe", "", true},
	}
	for _, c := range cases {
		got, err := parseStatus(c.in)
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("parseStatus(%q) = %q, %v; want %q (error %v)", c.in, got, err, c.want, c.bad)
		}
	}
}

// TestReadOther311: an export written the way other 311 systems write theirs — open/closed,
// 0,0 or null for "no location" — imports without losing a row.
func TestReadOther311(t *testing.T) {
	res, err := readFile(t, "testdata/other311.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.reqs) != 4 || len(res.errs) != 0 {
		t.Fatalf("%d rows, errors:\n%s", len(res.reqs), errLines(res.errs))
	}
	if want := []string{"5 lat"}; !slices.Equal(res.warns, want) { // half a location: none
		t.Errorf("warnings %v, want %v", res.warns, want)
	}
	o1, o2, o3, o4 := res.reqs[0], res.reqs[1], res.reqs[2], res.reqs[3]
	if o1.HasLocation || o2.HasLocation || !o3.HasLocation || o4.HasLocation || o4.Lon != 0 {
		t.Errorf("locations: %v %v %v %v (%v)", o1.HasLocation, o2.HasLocation, o3.HasLocation, o4.HasLocation, o4.Lon)
	}
	if o1.Status != tafkik.StatusNew || o2.Status != tafkik.StatusResolved || o3.Status != tafkik.StatusReviewing {
		t.Errorf("statuses: %q %q %q", o1.Status, o2.Status, o3.Status)
	}
}
