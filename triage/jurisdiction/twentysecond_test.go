package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestDogsOnTheWayToTheBakery: stray dogs on the way to a shop are the municipality's. Once the
// parser read «نونوایی» as «نانوایی», the food-shop rule fired on «لبنیاتی» and «نونوایی»
// in the fifteenth author's «سگا به بچه‌ها حمله می‌کنن ... نمیشه رفت نونوایی». What the shop
// sells stays another agency's.
func TestDogsOnTheWayToTheBakery(t *testing.T) {
	e := defaultEngine(t)
	cases := []ruleCase{
		{"الو سلام ببینید سگای ولگرد تو کوچه زیاد شدن حمیدیان سر کوچه لبنیاتی صبح زود نمیشه رفت نونوایی لطفا رسیدگی کنید", "حیوانات ولگرد", tafkik.AgencyMunicipality, ""},
		{"ساندویچی سر خیابون خیلی کثیفه", "", tafkik.AgencyOther, "other.food-shop"},
	}
	checkRules(t, e, cases)
}
