package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
)

// TestFollowUps: a request that only cites another by its number takes that request's
// agency; one that says what it is about keeps its own; a number that is no request in the
// set changes nothing.
func TestFollowUps(t *testing.T) {
	e := defaultEngine(t)
	reqs := []tafkik.Request{
		{ID: "140409210004", Text: "بوی گاز شدید تو راه پله ساختمان"},
		{ID: "140409210005", Text: "آسفالت کوچه پر از چاله است"},
		{ID: "140409230001", Text: "وضعیت درخواست ۱۴۰۴۰۹۲۱۰۰۰۴ را اعلام کنید"},
		{ID: "140409230002", Text: "پیرو 140409210005 هیچ اقدامی نشده"},
		{ID: "140409230003", Text: "پیگیری درخواست ۱۴۰۴۰۹۲۱۰۰۰۴: این بار زباله ها هم مونده"},
		{ID: "140409230004", Text: "کد رهگیری ۱۴۰۴۰۹۱۱۰۰۹۹ هنوز جوابی نیامده"},
		{ID: "140409240001", Text: "درخواست قبلی من با کد ۱۴۰۴۰۹۲۳۰۰۰۱ هنوز انجام نشده"},
	}
	want := []struct {
		agency tafkik.Agency
		rule   string
	}{
		{tafkik.AgencyGas, "gas.leak"},
		{tafkik.AgencyMunicipality, "municipality.street"},
		{tafkik.AgencyGas, RuleFollowUp},
		{tafkik.AgencyMunicipality, RuleFollowUp},
		{tafkik.AgencyMunicipality, "municipality.street"}, // it says what it is about
		{tafkik.AgencyMunicipality, RuleDefault},           // no such request here
		{tafkik.AgencyGas, RuleFollowUp},                   // a follow-up of a follow-up
	}
	flags := e.FlagAll(reqs)
	for i, f := range flags {
		if f.Agency != want[i].agency || f.RuleID != want[i].rule {
			t.Errorf("%s %q: got %s by %s, want %s by %s", reqs[i].ID, reqs[i].Text, f.Agency, f.RuleID, want[i].agency, want[i].rule)
		}
	}
}
