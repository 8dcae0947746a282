package jurisdiction

import (
	"reflect"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

func TestReferrals(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 5, d, 9, 0, 0, 0, time.UTC) }
	reqs := []tafkik.Request{
		{ID: "r1", CreatedAt: day(3), Text: "فاضلاب زده بیرون", Address: "کوچه ۵"},
		{ID: "r2", CreatedAt: day(1), Text: "بوی فاضلاب"},
		{ID: "r3", CreatedAt: day(2), Text: "منهول سرریز"},
		{ID: "r4", CreatedAt: day(4), Text: "آسفالت خراب"},
		{ID: "r5", CreatedAt: day(5), Text: "لوله آب ترکیده", Address: "خیابان سعدی"},
		{ID: "r6", CreatedAt: day(6), Text: "آب‌گرفتگی"},
		{ID: "r7", CreatedAt: day(7), Text: "قطعی آب"},
	}
	w, m := tafkik.AgencyWater, tafkik.AgencyMunicipality
	flags := map[string]tafkik.Flag{
		"r1": {Agency: w}, "r2": {Agency: w}, "r3": {Agency: m, NeedsReview: true}, // i1: water majority
		"r4": {Agency: m},                                                          // i2: municipality
		"r5": {Agency: w, NeedsReview: true}, "r6": {Agency: m}, "r7": {Agency: m}, // i3: mixed, municipality majority
	}
	members := map[string]tafkik.Membership{
		"r1": {IssueID: "i1"}, "r2": {IssueID: "i1"}, "r3": {IssueID: "i1"},
		"r4": {IssueID: "i2"},
		"r5": {IssueID: "i3"}, "r6": {IssueID: "i3"}, "r7": {IssueID: "i3"},
	}
	issues := map[string]tafkik.Issue{"i1": {ID: "i1", Title: "فاضلاب", Place: "کوچه ۵"}}
	got := Referrals(w, reqs, flags, members, issues)
	want := []Referral{
		{IssueID: "i1", Title: "فاضلاب", Place: "کوچه ۵", Count: 3, Mixed: true, Review: 1,
			FirstAt: day(1), LastAt: day(3), RequestIDs: []string{"r2", "r3", "r1"}, Sample: "بوی فاضلاب"},
		{IssueID: "i3", Place: "خیابان سعدی", Count: 1, Mixed: true, Review: 1,
			FirstAt: day(5), LastAt: day(5), RequestIDs: []string{"r5"}, Sample: "لوله آب ترکیده"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Referrals(water):\n got %+v\nwant %+v", got, want)
	}
	if got := Referrals(tafkik.AgencyGas, reqs, flags, members, issues); len(got) != 0 {
		t.Errorf("Referrals(gas) = %+v, want none", got)
	}
	// a request in no issue is referred on its own
	loose := Referrals(w, reqs, flags, nil, nil)
	if len(loose) != 3 || loose[0].IssueID != "" || loose[0].Count != 1 {
		t.Errorf("ungrouped Referrals(water) = %+v, want three single requests", loose)
	}
}
