package jurisdiction

import "testing"

// TestBothAnd: «هم ... هم ...» names two problems, and the request is the first one's (the
// sixteenth author's rule, triage/eval/rasht16; no earlier author wrote such a request
// otherwise). The second «هم» opens the aside only when the first opens the text or a clause;
// a «هم» after a noun is «too».
func TestBothAnd(t *testing.T) {
	cases := []struct {
		name, text string
		aside      string // the first word of the aside, "" when the whole text is the complaint
	}{
		{"opens the text", "هم آشغالا مونده هم ماشینا دوبله پارک میکنن", "هم ماشینا"},
		{"after a greeting", "با سلام و احترام هم برقمون مدام میره هم درخت کج شده", "هم درخت"},
		{"after a comma", "کوچه گلستان، هم جوی گرفته هم لوله ترکیده", "هم لوله"},
		{"after a verb with no stop", "هم شبا صدای موتورا نمیذاره بخوابیم هم سگا زیاد شدن", "هم سگا"},
		{"too, after a noun", "چراغ کوچه هم خاموشه، زباله هم مونده", ""},
		{"too, both after nouns", "ما هم شکایت کردیم، همسایه ها هم", ""},
		{"a grievance, after a landmark", "مدرسه بچه‌ها هم که هر روز پول میخواد، زباله‌ها هم که دیر جمع میشه، خلاصه اینکه برق قطعه", ""},
		{"one only", "هم اکنون آب کوچه رو گرفته", ""},
		{"too close", "هم هم میگن", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(c.text, "")
			got := ""
			if k := d.bothAnd(); k > 0 {
				got = d.toks[k]
				if k+1 < len(d.toks) {
					got += " " + d.toks[k+1]
				}
			}
			if got != c.aside {
				t.Errorf("%s: aside at %q, want %q", c.text, got, c.aside)
			}
		})
	}
}
