package app

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/store/exchange"
)

// TestRowProblemPersian: every problem the import reader finds in the exchange package's
// fixtures (bad rows, and rows read with something left out) reads in Persian in the app:
// no English word is left outside the quoted value, the format's name or a character code.
func TestRowProblemPersian(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "store", "exchange", "testdata", "*.*"))
	english := regexp.MustCompile(`[A-Za-z]{3,}`)
	allowed := map[string]bool{"JSON": true, "CSV": true, "UTF": true, "jsonl": true, "csv": true, "xlsx": true}
	seen := 0
	for _, p := range paths {
		format, err := exchange.FormatFromPath(p)
		if err != nil {
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		check := func(e *exchange.RowError) {
			seen++
			got := rowProblem(e)
			// what the file itself holds is quoted «…» and may be anything
			outside := regexp.MustCompile(`«[^»]*»`).ReplaceAllString(strings.TrimPrefix(got, e.File), "")
			for _, w := range english.FindAllString(outside, -1) {
				if !allowed[w] {
					t.Errorf("%s: %q is left in English in %q (reason %q)", filepath.Base(p), w, got, e.Reason)
					break
				}
			}
		}
		err = exchange.Read(f, format, exchange.Options{File: filepath.Base(p)}, func(r exchange.Row) error {
			if r.Err != nil {
				check(r.Err)
			}
			if r.Warn != nil {
				check(r.Warn)
			}
			return nil
		})
		f.Close()
		if re := (*exchange.RowError)(nil); err != nil && errors.As(err, &re) {
			check(re)
		}
	}
	if seen < 15 {
		t.Errorf("only %d problems found in the fixtures", seen)
	}
	for _, c := range []struct {
		e    exchange.RowError
		want string
	}{
		{exchange.RowError{File: "a.csv", Line: 12, Field: "created_at", Reason: `"دیروز" is not a date (want ISO 8601 like 2026-05-04 09:30:00+03:30, or Jalali like 1405/02/14 09:30)`},
			"a.csv، سطر ۱۲، تاریخ ثبت: «دیروز» تاریخی خوانا نیست (مانند ۱۴۰۵/۰۲/۱۴ ۰۹:۳۰)"},
		{exchange.RowError{File: "a.csv", Line: 3, Field: "lat", Reason: `"95" is out of range [-90, 90] (read as no location); status: unknown status "x" (read as no status)`},
			"a.csv، سطر ۳، عرض جغرافیایی: «95» بیرون از بازهٔ مختصات است؛ بی‌مختصات وارد شد؛ وضعیت: وضعیت «x» شناخته نیست؛ بی‌وضعیت وارد شد"},
		{exchange.RowError{File: "a.csv", Line: 1, Field: "id", Reason: `no column for id in header "a,b" (use --map id=COLUMN)`},
			"a.csv، سطر ۱، شماره پیگیری: ستونی برای آن در سطر سرستون‌ها نیست"},
	} {
		if got := rowProblem(&c.e); got != c.want {
			t.Errorf("rowProblem(%q)\n got %q\nwant %q", c.e.Reason, got, c.want)
		}
	}
}
