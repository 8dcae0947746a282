package app

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/tafkik/tafkik/app/format"
	"github.com/tafkik/tafkik/store/exchange"
)

// importFields are the exchange format's fields as a clerk knows them.
var importFields = map[string]string{
	"id": "شماره پیگیری", "district": "منطقه", "created_at": "تاریخ ثبت", "category": "موضوع",
	"text": "متن", "address": "نشانی", "lat": "عرض جغرافیایی", "lon": "طول جغرافیایی",
	"channel": "کانال", "status": "وضعیت",
}

// rowReasons turn the reasons the import file reader gives (in English, for tafkikctl's
// users) into Persian; $1 and $2 are the pattern's groups. The first that matches counts.
var rowReasons = []struct {
	re *regexp.Regexp
	fa string
}{
	{regexp.MustCompile(`^missing while (lat|lon) is given$`), "تنها یکی از عرض و طول جغرافیایی آمده"},
	{regexp.MustCompile(`^missing$`), "خالی است"},
	{regexp.MustCompile(`^"(.*)" is not a date\b`), "«$1» تاریخی خوانا نیست (مانند ۱۴۰۵/۰۲/۱۴ ۰۹:۳۰)"},
	{regexp.MustCompile(`^"(.*)" is out of range \(years`), "سال «$1» پذیرفتنی نیست"},
	{regexp.MustCompile(`^"(.*)" is not a number$`), "«$1» عدد نیست"},
	{regexp.MustCompile(`^"(.*)" is out of range \[`), "«$1» بیرون از بازهٔ مختصات است"},
	{regexp.MustCompile(`^unknown status "(.*)"$`), "وضعیت «$1» شناخته نیست"},
	{regexp.MustCompile(`^control character (U\+[0-9A-F]+) removed$`), "نویسهٔ کنترلی «$1» حذف شد"},
	{regexp.MustCompile(`^want a string or a number`), "مقدار ساده‌ای نیست"},
	{regexp.MustCompile(`^(\d+) unquoted "(.)" in it split the row`), "$1 «$2» بی‌گیومه ردیف را شکسته بود؛ دوباره سر هم شد"},
	{regexp.MustCompile(`^invalid UTF-8`), "نویسه‌های نادرست دارد (متن UTF-8 نیست)"},
	{regexp.MustCompile(`^not a JSON object$`), "شیء JSON نیست"},
	{regexp.MustCompile(`^bad JSON`), "JSON نادرست است"},
	{regexp.MustCompile(`^bad CSV`), "CSV نادرست است (گیومه‌ای باز و بسته نشده؟)"},
	{regexp.MustCompile(`^line longer than`), "سطر بیش از اندازه بلند است"},
	{regexp.MustCompile(`characters, more than the \d+ allowed$`), "بیش از اندازه بلند است"},
	{regexp.MustCompile(`a number Excel rounded`), "شماره‌ای است که اکسل گرد کرده؛ ستون را متنی کنید و دوباره خروجی بگیرید"},
	{regexp.MustCompile(`^longer than \d+ bytes$`), "بیش از اندازه بلند است"},
	{regexp.MustCompile(`^contains (U\+[0-9A-F]+)$`), "نویسهٔ نادرست «$1» دارد"},
	{regexp.MustCompile(`^no column for`), "ستونی برای آن در سطر سرستون‌ها نیست"},
	{regexp.MustCompile(`^empty (file|sheet)`), "پرونده خالی است"},
	{regexp.MustCompile(`^not a readable XLSX`), "پروندهٔ اکسل خوانا نیست"},
}

// rowOutcomes are what the reader did with a row it still read, said after the reason.
var rowOutcomes = []struct{ en, fa string }{
	{" (read as no status)", "؛ بی‌وضعیت وارد شد"},
	{" (read as no location)", "؛ بی‌مختصات وارد شد"},
	{" (left out)", "؛ کنار گذاشته شد"},
}

// rowProblem says in Persian what is wrong with a row of an import file, or what of it was
// left out: «سطر ۱۲، تاریخ ثبت: «دیروز» تاریخی خوانا نیست».
func rowProblem(e *exchange.RowError) string {
	var parts []string
	field, rest := e.Field, e.Reason
	for {
		reason, more, _ := strings.Cut(rest, "; ")
		parts = append(parts, fieldReason(field, reason))
		if more == "" {
			break
		}
		// a row with several things left out: «…; lat: …»
		field, rest, _ = strings.Cut(more, ": ")
		if rest == "" {
			field, rest = "", more
		}
	}
	where := e.File
	if e.Line > 0 {
		where += "، سطر " + format.Digits(strconv.Itoa(e.Line))
	}
	return where + "، " + strings.Join(parts, "؛ ")
}

func fieldReason(field, reason string) string {
	out := reason
	suffix := ""
	for _, o := range rowOutcomes {
		if r, ok := strings.CutSuffix(out, o.en); ok {
			out, suffix = r, o.fa
			break
		}
	}
	for _, t := range rowReasons {
		if t.re.MatchString(out) {
			out = t.re.ReplaceAllString(t.re.FindString(out), t.fa)
			break
		}
	}
	out = digitsOutsideQuotes(out) + suffix
	if name, ok := importFields[field]; ok {
		return name + ": " + out
	}
	return out
}

// digitsOutsideQuotes writes the app's numbers in Persian digits and leaves what is quoted
// «…» (the file's own text, a character's code) as it is.
func digitsOutsideQuotes(s string) string {
	var b strings.Builder
	for s != "" {
		before, rest, ok := strings.Cut(s, "«")
		b.WriteString(format.Digits(before))
		if !ok {
			break
		}
		quoted, after, _ := strings.Cut(rest, "»")
		b.WriteString("«" + quoted + "»")
		s = after
	}
	return b.String()
}
