package app

import (
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/jurisdiction"
	"github.com/tafkik/tafkik/triage/persian"
)

// The issue screen tells a clerk why each request is in its issue, in Persian digits and with
// the Persian decimal point.
func TestReasonText(t *testing.T) {
	cases := []struct {
		m    tafkik.Membership
		want string
	}{
		{tafkik.Membership{Reason: "همان کوچه؛ آسفالت؛ شباهت 0.07؛ 3 روز فاصله"}, "همان کوچه؛ آسفالت؛ شباهت ۰٫۰۷؛ ۳ روز فاصله"},
		{tafkik.Membership{Score: 0.5}, "امتیاز ۰٫۵۰"},
		{tafkik.Membership{Reason: "نخستین درخواست این موضوع", Score: 1}, "نخستین درخواست این موضوع"},
	}
	for _, c := range cases {
		if got := reasonText(c.m); got != c.want {
			t.Errorf("reasonText(%+v) = %q, want %q", c.m, got, c.want)
		}
	}
}

// A flag's reason is Persian whatever made the flag; the rule's Latin id is not in it.
func TestFlagReason(t *testing.T) {
	cases := []struct {
		f    tafkik.Flag
		want string
	}{
		{tafkik.Flag{RuleID: "water.sewage", Words: []string{"فاضلاب", "منهول"}}, "واژه‌های متن: «فاضلاب»، «منهول»"},
		{tafkik.Flag{RuleID: "water.category"}, "دستهٔ ثبت‌شده به دست اپراتور"},
		{tafkik.Flag{RuleID: jurisdiction.RuleDefault}, "هیچ قاعده‌ای فعال نشد؛ کار شهرداری به شمار آمد"},
		{tafkik.Flag{RuleID: jurisdiction.RuleFollowUp, Words: []string{"R-12"}}, "پیگیری درخواست R-12؛ حوزهٔ همان درخواست"},
		{tafkik.Flag{RuleID: jurisdiction.RuleIssueMajority, Words: []string{"I-3"}}, "بیشتر درخواست‌های مسئلهٔ I-3 از این حوزه‌اند"},
		{tafkik.Flag{RuleID: "clerk", Decided: true}, "تصمیم کارمند"},
		{tafkik.Flag{RuleID: "water.sewage", Words: []string{"فاضلاب"}, Decided: true}, "تصمیم کارمند"},
	}
	for _, c := range cases {
		if got := flagReason(&c.f); got != c.want {
			t.Errorf("flagReason(%+v) = %q, want %q", c.f, got, c.want)
		}
	}
}

// Every problem the triage can name reaches a clerk in Persian.
func TestProblemNamesPersian(t *testing.T) {
	for _, code := range persian.Families() {
		name := problemName(code)
		for _, r := range name {
			if r < 0x80 {
				if r != ' ' {
					t.Errorf("problemName(%q) = %q: not Persian", code, name)
				}
				break
			}
		}
	}
	if got := problemName(persian.ProblemCleaning); got != "نظافت معابر" {
		t.Errorf("problemName(street_cleaning) = %q", got)
	}
}

// The central system's channel codes reach a clerk in Persian; a Persian channel stays.
func TestChannelName(t *testing.T) {
	for in, want := range map[string]string{"phone": "تلفن ۱۳۷", "in_person": "حضوری", "App": "اپلیکیشن",
		"اپلیکیشن": "اپلیکیشن", "": "—"} {
		if got := channelName(in); got != want {
			t.Errorf("channelName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIssueSpan(t *testing.T) {
	day := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC) // 1404/12/10 in Tehran
	for _, c := range []struct {
		first, last time.Time
		want        string
	}{
		{day, day.Add(3 * time.Hour), "۱۴۰۴/۱۲/۱۰"},
		{day, day.AddDate(0, 0, 2), "۱۴۰۴/۱۲/۱۰ تا ۱۴۰۴/۱۲/۱۲"},
		{day, day.AddDate(0, 1, 0), "۱۴۰۴/۱۲/۱۰ تا ۱۴۰۵/۰۱/۱۲"}, // across the new year
		{day, time.Time{}, "۱۴۰۴/۱۲/۱۰"},
	} {
		if got := issueSpan(tafkik.Issue{FirstAt: c.first, LastAt: c.last}); got != c.want {
			t.Errorf("%v..%v: %q, want %q", c.first, c.last, got, c.want)
		}
	}
}

func TestRelation(t *testing.T) {
	day := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	cur := tafkik.Issue{Problem: "asphalt", FirstAt: day, LastAt: day.AddDate(0, 0, 3)}
	for _, c := range []struct {
		other tafkik.Issue
		want  string
	}{
		{tafkik.Issue{Problem: "garbage", FirstAt: day, LastAt: day}, "مشکل دیگر: زباله"},
		{tafkik.Issue{Problem: "asphalt", FirstAt: day.AddDate(0, 0, 1), LastAt: day.AddDate(0, 0, 9)}, "همان مشکل، در همان روزها"},
		{tafkik.Issue{Problem: "asphalt", FirstAt: day.AddDate(0, 0, 4), LastAt: day.AddDate(0, 0, 5)}, "همان مشکل، در همان روزها"}, // the next day
		{tafkik.Issue{Problem: "asphalt", FirstAt: day.AddDate(0, 0, 45), LastAt: day.AddDate(0, 0, 50)}, "همان مشکل، ۴۲ روز پس از این یکی"},
		{tafkik.Issue{Problem: "asphalt", FirstAt: day.AddDate(0, -2, 0), LastAt: day.AddDate(0, 0, -20)}, "همان مشکل، ۲۰ روز پیش از این یکی"},
	} {
		if got := relation(cur, c.other); got != c.want {
			t.Errorf("%+v: %q, want %q", c.other, got, c.want)
		}
	}
}
