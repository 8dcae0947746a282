package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestParkAddress: a lamp or darkness with no place in the text is the park's when the
// address field puts the request in a park, and for a clerk to see; a park named as a
// landmark beside the spot, a street named after a park, a lamp on a street said in the text
// and a sure sign stay the power company's.
func TestParkAddress(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text, category, address string
		agency                        tafkik.Agency
	}{
		{"lamps of «the place», park address", "روشنایی داخل محل خاموش است", "سایر", "گلسار، پارک کودک، خیابان ۱۷۱", tafkik.AgencyMunicipality},
		{"park last in the address", "روشنایی محل اعلامی خاموشه", "", "معلم - خ معلم - پارک گلها", tafkik.AgencyMunicipality},
		{"inside the park", "لامپ ها سوخته شب ها کسی نمیاد", "", "داخل بوستان لاله", tafkik.AgencyMunicipality},
		{"same text, no park", "روشنایی داخل محل خاموش است", "سایر", "گلسار، خیابان ۱۷۱", tafkik.AgencyPower},
		{"beside a park", "روشنایی محل ذکر شده قطعه", "", "خیابان لاکانی - پشت بوستان گلها", tafkik.AgencyPower},
		{"at the park's corner", "چراغ برق سر اینجا شبا خاموشه", "", "بلوار مهدی، نبش پارک محله", tafkik.AgencyPower},
		{"opposite the park", "روشنایی اینجا خاموشه", "", "خیابان ضیابری روبروی پارک محله", tafkik.AgencyPower},
		{"alley named after a park", "روشنایی اینجا خاموشه", "", "بن بست دوم کوچه بوستان", tafkik.AgencyPower},
		{"a street's lamp said", "چراغ های کوچه خاموشه", "", "گلسار، پارک کودک، خیابان ۱۷۱", tafkik.AgencyPower},
		{"outage is sure", "برق کل محله از صبح قطعه", "", "گلسار، پارک کودک", tafkik.AgencyPower},
		{"police not touched", "درخواست برخورد انتظامی، جوونا شبا مزاحمن", "", "پارک منظریه", tafkik.AgencyPolice},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := e.Explain(tafkik.Request{ID: "1", Text: c.text, Category: c.category, Address: c.address})
			if x.Flag.Agency != c.agency {
				t.Errorf("%q at %q: got %s by %s, want %s", c.text, c.address, x.Flag.Agency, x.Flag.RuleID, c.agency)
			}
			if c.agency == tafkik.AgencyMunicipality && !x.Flag.NeedsReview {
				t.Errorf("%q at %q: a weak sign kept here should be reviewed", c.text, c.address)
			}
		})
	}
}
