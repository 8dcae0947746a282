package app

import (
	"fmt"
	"strings"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/format"
	"github.com/tafkik/tafkik/app/lang"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/triage/persian"
)

// This file is the one place where the screens meet text widgets and Persian formatting, so
// switching to the app/rtl and app/format toolkit is a change here, not over every screen.

// newLabel is a one-line Persian label in bidi order, starting at the right.
func newLabel(s string) *rtl.Label { return rtl.NewLabel(s) }

// newCell is a table or list cell: one line, cut with «…» when the column is narrow.
func newCell(s string) *rtl.Label { return rtl.NewCellLabel(s) }

// newWrapped is a paragraph that wraps, each line in bidi order.
func newWrapped(s string) *rtl.Label { return rtl.NewWrappedLabel(s) }

// newButton is a button whose label may mix Persian, digits and Latin.
func newButton(s string, tapped func()) *rtl.Button { return rtl.NewButton(lang.L(s), tapped) }

func newBold(s string) *rtl.Label {
	l := newLabel(s)
	l.TextStyle.Bold = true
	return l
}

// newEntry is a right-to-left search or filter box.
func newEntry(placeholder string) *rtl.Entry {
	e := rtl.NewEntry()
	e.PlaceHolder = placeholder
	return e
}

// newMultiEntry is a right-to-left box for notes.
func newMultiEntry(placeholder string) *rtl.Entry {
	e := rtl.NewMultiLineEntry()
	e.PlaceHolder = placeholder
	return e
}

// fa shows ASCII digits as Persian digits; data keeps ASCII.
func fa(s string) string { return format.Digits(s) }

// decimals is fa for a sentence with fractions: «شباهت ۰٫۰۷», with the Persian decimal point.
func decimals(s string) string { return format.Decimals(s) }

// num formats a count with Persian digits and the Arabic thousands separator: ۱۸٬۰۰۰.
func num(n int) string { return format.Count(n) }

// tehran is where every district office is; dates are read in its wall clock.
var tehran = format.Tehran

// jdate formats t as a short Jalali date, ۱۴۰۵/۰۲/۱۴.
func jdate(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return format.Short(t)
}

// jmonthDay is the month and day alone, ۱۲/۲۹, for chart axes.
func jmonthDay(t time.Time) string {
	d := format.ToJalali(t)
	return fa(fmt.Sprintf("%d/%d", d.Month, d.Day))
}

// jdateTime adds the hour: ۱۴۰۵/۰۲/۱۴ ۰۹:۳۰.
func jdateTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return format.DateTime(t)
}

// jalaliDay reads a Jalali day (Persian or ASCII digits, 1405/2/14 or 1405-02-14) as the
// instants [from, to) of that day in Tehran; empty input is no bound.
func jalaliDay(s string) (from, to time.Time, err error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, time.Time{}, nil
	}
	if from, to, err = format.ParseDay(s); err != nil {
		return from, to, fmt.Errorf("تاریخ «%s» را نمی‌شناسم؛ به شکل ۱۴۰۵/۰۲/۱۴ بنویسید", s)
	}
	return from, to, nil
}

func asciiDigits(s string) string { return format.ASCIIDigits(s) }

// ago is how long ago t was, as a clerk says it: «۳ روز پیش».
func ago(now, t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return format.Age(t, now)
}

// age is an open issue's age in days: «۱۲ روز».
func age(now, t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return format.Days(t, now)
}

var statusNames = map[string]string{
	"new": "جدید", "reviewing": "در بررسی", "assigned": "ارجاع به واحد", "in_progress": "در حال انجام",
	"resolved": "رسیدگی‌شده", "referred": "ارجاع به دستگاه دیگر", "rejected": "رد شده",
}

// problemName is a problem code as a clerk says it.
func problemName(code string) string {
	if code == "" {
		return "—"
	}
	return persian.ProblemTitle(code)
}

var agencyNames = map[string]string{
	"municipality": "شهرداری", "water": "آبفا", "power": "برق", "gas": "گاز",
	"telecom": "مخابرات", "police": "پلیس", "other": "سایر دستگاه‌ها",
}

func statusName[T ~string](s T) string {
	if n, ok := statusNames[string(s)]; ok {
		return n
	}
	return string(s)
}

func agencyName[T ~string](a T) string {
	if a == "" {
		return "—"
	}
	if n, ok := agencyNames[string(a)]; ok {
		return n
	}
	return string(a)
}

// flagReason says in Persian why a request is flagged for its agency. The rule's id (a
// Latin name in the rules file, for whoever maintains it) is not part of it.
//
// The ids of the flags no rules-file rule made are the jurisdiction package's RuleDefault,
// RuleFollowUp and RuleIssueMajority, and "clerk" for a decision synced from another device
// (TestFlagReason names them by the package's constants, so a renamed id fails it).
func flagReason(f *tafkik.Flag) string {
	switch {
	case f.Decided || f.RuleID == "clerk":
		return "تصمیم کارمند"
	case f.RuleID == "default":
		return "هیچ قاعده‌ای فعال نشد؛ کار شهرداری به شمار آمد"
	case f.RuleID == "follow-up" && len(f.Words) == 1:
		return "پیگیری درخواست " + f.Words[0] + "؛ حوزهٔ همان درخواست"
	case f.RuleID == "issue-majority" && len(f.Words) == 1:
		return "بیشتر درخواست‌های مسئلهٔ " + f.Words[0] + " از این حوزه‌اند"
	case len(f.Words) > 0:
		return "واژه‌های متن: «" + strings.Join(f.Words, "»، «") + "»"
	case strings.HasSuffix(f.RuleID, ".category"):
		return "دستهٔ ثبت‌شده به دست اپراتور"
	}
	return "قاعدهٔ " + orDash(f.RuleID)
}

// channelNames are the central system's channel codes as a clerk says them; a channel
// already written in Persian («اپلیکیشن») is shown as it is.
var channelNames = map[string]string{
	"phone": "تلفن ۱۳۷", "call": "تلفن ۱۳۷", "app": "اپلیکیشن", "mobile": "اپلیکیشن", "web": "وب‌سایت",
	"in_person": "حضوری", "walk_in": "حضوری", "sms": "پیامک", "email": "رایانامه", "social": "شبکه‌های اجتماعی",
}

func channelName(c string) string {
	if n, ok := channelNames[strings.ToLower(strings.TrimSpace(c))]; ok {
		return n
	}
	return orDash(c)
}

// firstLine cuts a long citizen text for a table cell.
// noText stands for a request's text when it has none (the app's category and pin alone).
const noText = "(بدون متن)"

// textOrNone is a request's text, or noText when it is blank.
func textOrNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return noText
	}
	return s
}

func firstLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

// machineText shows what triage wrote (an issue's title or place) with Persian digits; a
// citizen's own text is never rewritten, but the app's words follow the app's digits.
func machineText(s string) string { return fa(orDash(s)) }
