package jurisdiction

import (
	"slices"
	"testing"

	"github.com/tafkik/tafkik"
)

func TestTallyWinner(t *testing.T) {
	const (
		m = tafkik.AgencyMunicipality
		w = tafkik.AgencyWater
		g = tafkik.AgencyGas
	)
	tests := []struct {
		name   string
		tally  Tally
		want   tafkik.Agency
		wantOK bool
	}{
		{"nobody named anything", Tally{}, "", false},
		{"one member is an anecdote", Tally{w: 1}, "", false},
		{"two agree", Tally{w: 2}, w, true},
		{"three of four", Tally{g: 3, m: 1}, g, true},
		{"two of three is no clear majority", Tally{w: 2, m: 1}, "", false},
		{"a half is none", Tally{w: 2, g: 2}, "", false},
		{"municipality wins too", Tally{m: 5, w: 1}, m, true},
		{"a clerk's decision alone", Tally{w: decidedWeight}, w, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, share, ok := tc.tally.Winner()
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("Winner() = %s, %v; want %s, %v", got, ok, tc.want, tc.wantOK)
			}
			if ok && (share <= 2.0/3 || share > 1) {
				t.Errorf("share %.2f of a clear majority", share)
			}
		})
	}
}

// TestFlagGrouped: a text that names nothing takes the agency its issue's named members
// clearly agree on; a text that names something, a request alone, a follow-up and a clerk's
// decision keep theirs.
func TestFlagGrouped(t *testing.T) {
	e := defaultEngine(t)
	reqs := []tafkik.Request{
		// issue G: three gas leaks and two texts that name nothing
		{ID: "g1", Text: "بوی گاز شدید تو کوچه میاد"},
		{ID: "g2", Text: "بوی گاز از صبح"},
		{ID: "g3", Text: "نشت گاز کنار علمک"},
		{ID: "g4", Text: "کسی جواب نمیده؟"},
		{ID: "g5", Text: "به داد ما برسید", Category: "سایر"},
		// issue W: two water mains, one pothole (no clear majority), one plea
		{ID: "w1", Text: "لوله آب ترکیده کوچه رو آب برداشته"},
		{ID: "w2", Text: "شکستگی لوله اصلی آب"},
		{ID: "w3", Text: "آسفالت کوچه پر از چاله است"},
		{ID: "w4", Text: "شکایت دارم"},
		// issue P: one street light only
		{ID: "p1", Text: "چراغ های خیابان خاموش است"},
		{ID: "p2", Text: "لطفا یکی بیاد ببینه"},
		// issue C: the clerk overrode a named member's flag; the vague one follows the decision
		{ID: "c1", Text: "چراغ های خیابان خاموش است"},
		{ID: "c2", Text: "وضعیت اینجا افتضاحه"},
		// issue D: the clerk's decision on a vague member says nothing of the others
		{ID: "d1", Text: "همون مشکل همیشگی"},
		{ID: "d2", Text: "بوی گاز"},
		{ID: "d3", Text: "بوی گاز میاد"},
		{ID: "d4", Text: "خواهشا رسیدگی کنید"},
		// issue F: a follow-up keeps the agency of the request it cites
		{ID: "140409210005", Text: "آسفالت کوچه پر از چاله است"},
		{ID: "f2", Text: "پیرو 140409210005 هیچ اقدامی نشده"},
		{ID: "f3", Text: "نشت گاز تو کوچه"},
		{ID: "f4", Text: "بوی گاز"},
		{ID: "f5", Text: "بوی گاز میاد"},
		// issue T: a municipal project's trench grouped with a gas company's names itself
		{ID: "t1", Text: "حفاری گاز در کوچه انجام شده و هنوز ترمیم نشده"},
		{ID: "t2", Text: "شرکت گاز کوچه رو کنده درست نکرده"},
		{ID: "t3", Text: "عدم ترمیم ترانشه پروژه شهرداری. درخواست رسیدگی."},
		// no issue
		{ID: "x1", Text: "کسی جواب نمیده؟"},
	}
	issueOf := map[string]string{
		"g1": "G", "g2": "G", "g3": "G", "g4": "G", "g5": "G",
		"w1": "W", "w2": "W", "w3": "W", "w4": "W",
		"p1": "P", "p2": "P",
		"c1": "C", "c2": "C",
		"d1": "D", "d2": "D", "d3": "D", "d4": "D",
		"t1": "T", "t2": "T", "t3": "T",
		"140409210005": "F", "f2": "F", "f3": "F", "f4": "F", "f5": "F",
	}
	stored := map[string]tafkik.Flag{
		"c1": {RequestID: "c1", Agency: tafkik.AgencyTelecom, RuleID: "clerk", Confidence: 1, Decided: true},
		"d1": {RequestID: "d1", Agency: tafkik.AgencyMunicipality, RuleID: "clerk", Confidence: 1, Decided: true},
	}
	want := map[string]struct {
		agency tafkik.Agency
		rule   string
	}{
		"g4": {tafkik.AgencyGas, RuleIssueMajority},
		"g5": {tafkik.AgencyGas, RuleIssueMajority},
		"w3": {tafkik.AgencyMunicipality, "municipality.street"},
		"w4": {tafkik.AgencyMunicipality, RuleDefault},
		"p2": {tafkik.AgencyMunicipality, RuleDefault},
		"c2": {tafkik.AgencyTelecom, RuleIssueMajority},
		"d4": {tafkik.AgencyGas, RuleIssueMajority},
		"f2": {tafkik.AgencyMunicipality, RuleFollowUp},
		"t3": {tafkik.AgencyMunicipality, "municipality.own-works"},
		"x1": {tafkik.AgencyMunicipality, RuleDefault},
	}
	flags := e.FlagGrouped(reqs, issueOf, stored)
	for i, f := range flags {
		w, ok := want[f.RequestID]
		if !ok {
			continue
		}
		if f.Agency != w.agency || f.RuleID != w.rule {
			t.Errorf("%s %q: got %s by %s, want %s by %s", f.RequestID, reqs[i].Text, f.Agency, f.RuleID, w.agency, w.rule)
			continue
		}
		if f.RuleID == RuleIssueMajority {
			if !slices.Equal(f.Words, []string{issueOf[f.RequestID]}) || f.Confidence > majorityConfidence || !f.NeedsReview {
				t.Errorf("%s: issue flag %+v: want words the issue id, confidence ≤ %.2f, for review", f.RequestID, f, majorityConfidence)
			}
		}
	}
	// a vague request a clerk decided is left alone (store.SaveFlags keeps the decision)
	if f := flags[slices.IndexFunc(reqs, func(r tafkik.Request) bool { return r.ID == "d1" })]; f.RuleID == RuleIssueMajority {
		t.Errorf("d1, decided by a clerk, got an issue flag: %+v", f)
	}
	// FlagAll, which knows no issues, is unchanged for the same texts
	for i, f := range e.FlagAll(reqs) {
		if f.RuleID == RuleIssueMajority {
			t.Errorf("FlagAll gave %s an issue flag", reqs[i].ID)
		}
	}
}

// TestFlagGroupedCorroborates: a flag the rules were unsure of needs no review when its
// issue's sure members clearly agree; it still does when they disagree or are too few, and
// an aside naming another agency's problem is always shown.
func TestFlagGroupedCorroborates(t *testing.T) {
	e := defaultEngine(t)
	reqs := []tafkik.Request{
		// issue A: two street lights out, and a bare «برق»
		{ID: "a1", Text: "چراغ های خیابان خاموش است"},
		{ID: "a2", Text: "لامپ تیر چراغ برق سوخته"},
		{ID: "a3", Text: "وضعیت برق کوچه خرابه"},
		// issue B: the bare «برق» next to one street light only
		{ID: "b1", Text: "چراغ های خیابان خاموش است"},
		{ID: "b2", Text: "وضعیت برق کوچه خرابه"},
		// issue C: potholes, and one with a gas smell in an aside
		{ID: "c1", Text: "آسفالت کوچه پر از چاله است"},
		{ID: "c2", Text: "آسفالت کوچه داغون شده"},
		{ID: "c3", Text: "آسفالت کوچه خرابه ضمنا بوی گاز میاد"},
		// issue D: the bare «برق» among potholes: the issue disagrees
		{ID: "d1", Text: "آسفالت کوچه پر از چاله است"},
		{ID: "d2", Text: "آسفالت کوچه داغون شده"},
		{ID: "d3", Text: "وضعیت برق کوچه خرابه"},
	}
	issueOf := map[string]string{"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B",
		"c1": "C", "c2": "C", "c3": "C", "d1": "D", "d2": "D", "d3": "D"}
	for _, id := range []string{"a3", "b2", "c3", "d3"} {
		i := slices.IndexFunc(reqs, func(r tafkik.Request) bool { return r.ID == id })
		if f := e.Flag(reqs[i]); !f.NeedsReview {
			t.Fatalf("%s %q is no unsure flag alone: %+v", id, reqs[i].Text, f)
		}
	}
	wantReview := map[string]bool{"a3": false, "b2": true, "c3": true, "d3": true}
	for i, f := range e.FlagGrouped(reqs, issueOf, nil) {
		want, ok := wantReview[f.RequestID]
		if !ok {
			continue
		}
		if f.NeedsReview != want {
			t.Errorf("%s %q: needs review %v, want %v (%+v)", f.RequestID, reqs[i].Text, f.NeedsReview, want, f)
		}
		if !f.NeedsReview && f.Confidence < e.reviewBelow {
			t.Errorf("%s: trusted at confidence %.2f, under the review line %.2f", f.RequestID, f.Confidence, e.reviewBelow)
		}
	}
}
