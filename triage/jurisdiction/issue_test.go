package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

func TestIssueAgency(t *testing.T) {
	f := func(a tafkik.Agency, decided bool) tafkik.Flag { return tafkik.Flag{Agency: a, Decided: decided} }
	const (
		m = tafkik.AgencyMunicipality
		w = tafkik.AgencyWater
		p = tafkik.AgencyPower
	)
	tests := []struct {
		name      string
		flags     []tafkik.Flag
		want      tafkik.Agency
		wantMixed bool
	}{
		{"no members", nil, m, false},
		{"all water", []tafkik.Flag{f(w, false), f(w, false)}, w, false},
		{"majority water", []tafkik.Flag{f(w, false), f(w, false), f(m, false)}, w, true},
		{"tie goes to municipality", []tafkik.Flag{f(w, false), f(m, false)}, m, true},
		{"tie between outsiders", []tafkik.Flag{f(p, false), f(w, false)}, w, true},
		{"clerk outweighs two guesses", []tafkik.Flag{f(w, false), f(w, false), f(m, true)}, m, true},
		{"unknown code counts as municipality", []tafkik.Flag{f("", false)}, m, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, mixed := IssueAgency(tc.flags)
			if got != tc.want || mixed != tc.wantMixed {
				t.Errorf("IssueAgency = %s, %v; want %s, %v", got, mixed, tc.want, tc.wantMixed)
			}
		})
	}
}

func TestSetIssueAgencies(t *testing.T) {
	issues := []tafkik.Issue{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	members := []tafkik.Membership{{RequestID: "1", IssueID: "a"}, {RequestID: "2", IssueID: "a"},
		{RequestID: "3", IssueID: "b"}, {RequestID: "4", IssueID: "b"}, {RequestID: "5", IssueID: "c"}}
	flags := map[string]tafkik.Flag{
		"1": {Agency: tafkik.AgencyGas}, "2": {Agency: tafkik.AgencyGas},
		"3": {Agency: tafkik.AgencyPolice}, "4": {Agency: tafkik.AgencyMunicipality, Decided: true},
	} // 5 has no flag yet
	SetIssueAgencies(issues, members, flags)
	want := []struct {
		agency tafkik.Agency
		mixed  bool
	}{{tafkik.AgencyGas, false}, {tafkik.AgencyMunicipality, true}, {tafkik.AgencyMunicipality, false}}
	for i, w := range want {
		if issues[i].Agency != w.agency || issues[i].Mixed != w.mixed {
			t.Errorf("issue %s: %s mixed=%v, want %s mixed=%v", issues[i].ID, issues[i].Agency, issues[i].Mixed, w.agency, w.mixed)
		}
	}
}
