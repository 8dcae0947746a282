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

// TestSpotInNeighbourhood: reports that give a neighbourhood and a building on it, no street
// («احمدزاده، بعد از تالار»), are one place: a new report by the hall joins the hall's issue
// however many keep reporting it, where a report giving only the neighbourhood would not
// (vagueSink).
func TestSpotInNeighbourhood(t *testing.T) {
	texts := []string{"آبگرفتگی شدید ماشینا گیر کردن", "جوی کنار خیابان گرفته و آبگرفتگی ایجاد شده",
		"آب باران در معبر جمع شده و تخلیه نمی‌شود", "کانال آب سطحی مسدود شده و آب وارد منازل می‌شود"}
	marks := []string{"بعد از تالار", "نبش تالار", "جنب تالار"}
	var reqs []tafkik.Request
	for i := range vagueSink + 2 {
		reqs = append(reqs, tafkik.Request{ID: fmt.Sprintf("h%02d", i), District: "1",
			CreatedAt: day0.Add(time.Duration(i) * 9 * time.Hour), Category: "آبهای سطحی",
			Address: "احمدزاده، " + marks[i%len(marks)], Text: texts[i%len(texts)], Status: tafkik.StatusNew})
	}
	reqs = append(reqs, tafkik.Request{ID: "probe", District: "1", CreatedAt: day0.AddDate(0, 0, 9),
		Category: "آبهای سطحی", Address: "احمدزاده، روبروی تالار", Text: "درخواست لایروبی", Status: tafkik.StatusNew})
	got := byRequest(Group(reqs, nil, nil, DefaultOptions()))
	if got["probe"] != got["h00"] {
		t.Errorf("a report by the hall is in %s, want the hall's issue %s", got["probe"], got["h00"])
	}
	seen := map[string]bool{}
	for _, r := range reqs {
		seen[got[r.ID]] = true
	}
	if len(seen) != 1 {
		t.Errorf("%d reports by one hall in %d issues, want 1", len(reqs), len(seen))
	}
}
