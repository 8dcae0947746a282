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

// TestFollowUpsShortNumbers: some cities number requests with seven digits. A seven-digit
// citation is a follow-up like a long one; a plate, an alley or an extension is not, even
// when a request of the set happens to carry that short number.
func TestFollowUpsShortNumbers(t *testing.T) {
	e := defaultEngine(t)
	reqs := []tafkik.Request{
		{ID: "7408991", Text: "نانوایی محل ساعت کارش رو رعایت نمیکنه و نون نمیده"},
		{ID: "7414621", Text: "برق محل بی خبر قطع میشه"},
		{ID: "12", Text: "کابل برق افتاده تو کوچه"},
		{ID: "7409154", Text: "درخواست قبلی من ۷۴۰۸۹۹۱ بدون رسیدگی بسته شده!"},
		{ID: "7414634", Text: "پیرو کد رهگیری 7414621 کسی جواب نمیده؟"},
		{ID: "7414700", Text: "پلاک ۱۲ هنوز کسی نیومده"},
		{ID: "7414701", Text: "کد رهگیری ۷۴۱۹۹۹۹ هنوز جوابی نیامده"},
	}
	want := []tafkik.Agency{tafkik.AgencyOther, tafkik.AgencyPower, tafkik.AgencyPower,
		tafkik.AgencyOther, tafkik.AgencyPower, tafkik.AgencyMunicipality, tafkik.AgencyMunicipality}
	for i, f := range e.FlagAll(reqs) {
		if f.Agency != want[i] {
			t.Errorf("%s %q: got %s by %s, want %s", reqs[i].ID, reqs[i].Text, f.Agency, f.RuleID, want[i])
		}
	}
}

// TestFollowUpsAnotherTopic: a request that cites an earlier one only to say it is about
// something else («این یکی موضوع دیگری است») is no follow-up of it, even when its own words
// name nothing a rule knows.
func TestFollowUpsAnotherTopic(t *testing.T) {
	e := defaultEngine(t)
	reqs := []tafkik.Request{
		{ID: "7169939", Text: "سیم برق جلوی خانه آویزان شده"},
		{ID: "7170757", Text: "قبلا آویزان بودن سیم برق را با شماره ۷۱۶۹۹۳۹ گزارش داده بودم؛ این یکی موضوع دیگری است: این وضع قابل تحمل نیست."},
		{ID: "7170758", Text: "قبلا با شماره 7169939 گزارش داده بودم، این یک مورد دیگه است: کسی جواب نمیده"},
		{ID: "7170759", Text: "قبلا با شماره ۷۱۶۹۹۳۹ گزارش داده بودم ولی هنوز کسی نیامده"},
	}
	want := []struct {
		agency tafkik.Agency
		rule   string
	}{
		{tafkik.AgencyPower, "power.outage"},
		{tafkik.AgencyMunicipality, RuleDefault},
		{tafkik.AgencyMunicipality, RuleDefault},
		{tafkik.AgencyPower, RuleFollowUp}, // the same problem, still waiting
	}
	for i, f := range e.FlagAll(reqs) {
		if f.Agency != want[i].agency || f.RuleID != want[i].rule {
			t.Errorf("%s %q: got %s by %s, want %s by %s", reqs[i].ID, reqs[i].Text, f.Agency, f.RuleID, want[i].agency, want[i].rule)
		}
	}
}
