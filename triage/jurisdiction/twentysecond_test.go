package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestAlsoClause: a later clause whose subject takes «هم», «too», adds a second problem
// («روشنایی نداریم، جوی‌ها هم گرفته»), and the request is the first one's (the twenty-second
// author, triage/eval/rasht22). A «هم» after a person, a time or a place, or with no complaint
// stated before it, is no second problem.
func TestAlsoClause(t *testing.T) {
	cases := []struct {
		name, text string
		aside      string // the first word of the aside, "" when there is none
	}{
		{"after a verb, no stop", "روشنایی معبر نداریم جوی‌ها هم گرفته", "جویها"},
		{"after a comma", "لامپ تیر برق سوخته، جوی آب هم پر از آشغاله", "جوی"},
		{"after a colloquial state", "چراغ سر کوچه خاموشه، نزدیک مدرسه، جوی ها هم گرفته", "جوی"},
		{"nothing stated before", "سلام خسته نباشید، برق کوچه ما هم رفته", ""},
		{"we too", "آب قطع شده، ما هم بچه کوچیک داریم", ""},
		{"still, again", "لوله ترکیده، الان هم آب داره میره", ""},
		{"a grievance", "زباله مونده، برق هم که هر روز میره", ""},
		{"the first clause", "چراغ کوچه هم خاموشه", ""},
		{"after but, the point", "پلیس راهنمایی نیست ولی چراغ قرمز چهارراه هم کار نمیکنه", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(c.text, "")
			got := ""
			if k := d.alsoClause(); k > 0 {
				got = d.toks[k]
			}
			if got != c.aside {
				t.Errorf("%s: aside at %q, want %q", c.text, got, c.aside)
			}
		})
	}
}

// TestAlsoClauseAgency: the clause with «هم» does not decide the agency when the complaint
// before it names something; when it names nothing, the clause is the complaint.
func TestAlsoClauseAgency(t *testing.T) {
	e := defaultEngine(t)
	cases := []struct {
		text string
		want tafkik.Agency
	}{
		{"چراغ برق کوچه خاموشه، جوی ها هم گرفته", tafkik.AgencyPower},
		{"لامپ تیر برق سوخته کوچه تاریکه جوی آب هم پر از آشغاله", tafkik.AgencyPower},
		{"جوی کوچه گرفته، چراغ هم خاموشه", tafkik.AgencyMunicipality},
		{"چند بار زنگ زدیم کسی نیومده، چراغ کوچه هم خاموشه", tafkik.AgencyPower},
		{"آب از کنار کنتور میزنه بیرون، جوی هم گرفته", tafkik.AgencyWater},
	}
	for _, c := range cases {
		if got := e.Flag(tafkik.Request{ID: "1", Text: c.text}).Agency; got != c.want {
			t.Errorf("%s: %s, want %s", c.text, got, c.want)
		}
	}
}
