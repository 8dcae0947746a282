package dedup

import (
	"fmt"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

// TestStreetOnlyEpisodes: reports that give only the street, no alley and no spot, are one
// issue while it is being reported; a report of the same problem there days after a small
// issue's last is another issue (a street has many alleys, and the next one's asphalt is no
// older issue's), unless many people keep reporting the street's problem.
func TestStreetOnlyEpisodes(t *testing.T) {
	cases := []struct {
		name    string
		earlier int     // reports of the issue, one a day
		after   float64 // days from the last report to the new one
		join    bool
	}{
		{"the next day", 2, 1, true},
		{"nine days after a small issue's last report", 2, 9, false},
		{"nine days after a street's issue many keep reporting", 7, 9, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var reqs []tafkik.Request
			at := day0
			for i := 0; i < c.earlier; i++ {
				at = day0.Add(time.Duration(i) * 24 * time.Hour)
				reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("e%d", i), District: "3", CreatedAt: at,
					Category: "ترمیم آسفالت", Address: "گلسار، خیابان ۱۲۴", Text: "آسفالت خیابان خراب است"})
			}
			reqs = append(reqs, tafkik.Request{ID: "new", District: "3", CreatedAt: at.Add(time.Duration(c.after * 24 * float64(time.Hour))),
				Category: "ترمیم آسفالت", Address: "گلسار، خیابان ۱۲۴", Text: "چاله های خیابان زیاد شده"})
			got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
			if joined := got["new"] == got["e0"]; joined != c.join {
				t.Errorf("joined = %v, want %v (%v)", joined, c.join, got)
			}
		})
	}
}
