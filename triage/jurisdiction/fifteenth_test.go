package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestFallenTrees: a tree uprooted, fallen across the way, about to fall or lying on a car
// is the municipality's to clear, even when it also lies on a power line; a branch that only
// touches or rests on the wire, and a wire a tree broke or a cut it caused, stay the power
// company's. Found on a fifteenth author's storm days (triage/eval/rasht15), written here in
// words and spellings of our own.
func TestFallenTrees(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		name, text string
		agency     tafkik.Agency
	}{
		{"uprooted onto the line", "با طوفان دیشب درخت کاج از ریشه در اومده رو سیم برق افتاده", tafkik.AgencyMunicipality},
		{"uprooted, arabic letters", "درخت كاج از ريشه دراومده و رو سيم برق افتاده", tafkik.AgencyMunicipality},
		{"across the alley and the wire", "درخت افتاده وسط کوچه، رو سیم برق هم افتاده", tafkik.AgencyMunicipality},
		{"a car under it", "شاخه بزرگ افتاده، یه ماشین زیرش مونده، رو کابل برق هم افتاده", tafkik.AgencyMunicipality},
		{"about to fall", "درخت کج شده داره میفته رو خونه و سیم برق", tafkik.AgencyMunicipality},
		{"the way closed, formal", "سقوط درخت بر روی خطوط برق و مسدود شدن معبر", tafkik.AgencyMunicipality},
		{"broken onto a car", "یه شاخه شکسته افتاده رو ماشین و رو سیم برق", tafkik.AgencyMunicipality},
		// the power company's
		{"a branch on the wire", "شاخه درخت افتاده روی سیم برق و جرقه میزنه", tafkik.AgencyPower},
		{"branches in the wires", "شاخه های درخت رفته لای سیمای برق کوچه", tafkik.AgencyPower},
		{"fallen, the wire broken", "درخت از ریشه افتاده و سیم برق پاره شده", tafkik.AgencyPower},
		{"fallen, the power out", "درخت افتاده وسط کوچه رو سیم برق، برق کل کوچه قطع شده", tafkik.AgencyPower},
		{"prune near the line", "شاخه‌ها به کابل برق چسبیده لطفا هرس کنید", tafkik.AgencyPower},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := e.Flag(tafkik.Request{Text: c.text})
			if f.Agency != c.agency {
				t.Errorf("%s: got %s (rule %s, words %v), want %s", c.text, f.Agency, f.RuleID, f.Words, c.agency)
			}
		})
	}
}
