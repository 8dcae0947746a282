package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestUnsureFlagsGoToReview: a flag the rules cannot be sure of is for a clerk to look at,
// and a clear one is not.
func TestUnsureFlagsGoToReview(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name   string
		text   string
		agency tafkik.Agency
		review bool
	}{
		{"light, no place named", "لامپ‌ها خراب شده و تاریکه", tafkik.AgencyPower, true},
		{"light of a promenade?", "چراغ های کنار رودخانه خاموشه", tafkik.AgencyPower, true},
		{"light in the alley", "چراغ های کوچه ما خاموشه", tafkik.AgencyPower, false},
		{"light on the pole", "لامپ تیر برق سوخته", tafkik.AgencyPower, false},
		{"gas smell", "بوی گاز شدید تو راه پله", tafkik.AgencyGas, false},
		{"aside names gas", "آسفالت خرابه ضمنا بوی گاز هم میاد", tafkik.AgencyMunicipality, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := e.Flag(tafkik.Request{ID: "1", Text: c.text})
			if f.Agency != c.agency || f.NeedsReview != c.review {
				t.Errorf("%q: got %s review=%v (%.2f by %s), want %s review=%v",
					c.text, f.Agency, f.NeedsReview, f.Confidence, f.RuleID, c.agency, c.review)
			}
		})
	}
}
