package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestWhatTheRequestIsAbout: the first topic a writer names, what they say the problem is
// («مشکل اینه که ...»), and what they deny decide; an outside word around them, short of a
// sure sign, keeps the request here for a clerk to see.
func TestWhatTheRequestIsAbout(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name     string
		text     string
		category string
		agency   tafkik.Agency
		review   bool
	}{
		// a municipal topic first, a weak outside sign after it
		{"branch leaning over parked cars", "درخت بزرگ خم شده رو ماشینای پارک شده کوچه", "", tafkik.AgencyMunicipality, true},
		{"branch over a parked car, arabic", "شاخه خشك آويزونه روي ماشين پارك شده", "", tafkik.AgencyMunicipality, true},
		// a tree fallen on cars is named as fallen: clearing it is the municipality's, no doubt
		{"tree fallen on parked cars", "درخت بزرگ افتاده رو ماشینای پارک شده کوچه", "", tafkik.AgencyMunicipality, false},
		{"branch fallen on a parked car, arabic", "شاخه شكسته افتاده روي ماشين پارك شده", "", tafkik.AgencyMunicipality, false},
		{"mowing noise", "صدای چمن زنی فضای سبز بلوار از ساعت ۶ صبح", "", tafkik.AgencyMunicipality, false},
		// a sure sign after a municipal topic is still referred
		{"tree down on a wire", "درخت افتاده و سیم برق پاره شده", "", tafkik.AgencyPower, false},
		{"tree by the line", "شاخه های درخت رفته تو سیم برق", "", tafkik.AgencyPower, false},
		// a street word first is as often where or whose: no head
		{"neighbour's dog", "سگ همسایه تا صبح پارس میکنه", "", tafkik.AgencyPolice, false},
		{"cars on the sidewalk", "پیاده رو رو ماشینا گرفتن، پارک میکنن", "", tafkik.AgencyPolice, false},
		// «مشکل اینه که»: what came before is where
		{"transformer as context", "ترانس برق سر کوچه ست، مشکل ما اینه که دورش پر از زباله شده", "", tafkik.AgencyMunicipality, false},
		{"context, then a sure sign", "سر کوچه پارک هست، مشکل اینه که بوی گاز میاد", "", tafkik.AgencyGas, false},
		// a denial that ends the text; a question is none
		{"denied at the end", "آب جمع شده تو زیرگذر، گفتن لوله آب ترکیده ولی نه", "", tafkik.AgencyMunicipality, false},
		{"asked, not denied", "آب از زیر آسفالت میزنه بیرون، نمیدونم لوله آب ترکیده یا نه", "", tafkik.AgencyWater, false},
		// a culvert is not a water pipe; the object marker «آب رو» is still water
		{"culvert pipe", "لوله آبرو زیر کوچه شکسته و آب بارون نمیره", "", tafkik.AgencyMunicipality, false},
		{"water pipe, object marker", "آب کوچه قطعه، لوله آب رو دارن عوض میکنن", "", tafkik.AgencyWater, false},
		// cemetery taps are the municipality's; a car left by its make is the police's
		{"cemetery taps", "شیرهای آب آرامستان آب نمیاد", "", tafkik.AgencyMunicipality, false},
		{"left car by make", "یه سمند سفید یه ساله تو کوچه رها شده", "", tafkik.AgencyPolice, false},
		{"water quality finglish", "ab e shorb mahale ma gel aloode", "", tafkik.AgencyWater, false},
		// a park named and a category of another agency: not enough to refer
		{"park wifi, telecom category", "وای فای پارک ساحلی کار نمیکنه", "مخابرات", tafkik.AgencyMunicipality, false},
		{"category alone still hints", "وای فای کار نمیکنه", "مخابرات", tafkik.AgencyTelecom, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := e.Explain(tafkik.Request{ID: "1", Text: c.text, Category: c.category})
			f := x.Flag
			if f.Agency != c.agency || f.NeedsReview != c.review {
				t.Errorf("%q [%s]: got %s review=%v (%.2f by %s %q), want %s review=%v; hits %v",
					c.text, c.category, f.Agency, f.NeedsReview, f.Confidence, f.RuleID, f.Words, c.agency, c.review, x.Hits)
			}
		})
	}
}
