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
