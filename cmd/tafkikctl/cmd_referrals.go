package main

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/format"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/jurisdiction"
)

func init() {
	registerExport("referrals", runExportReferrals)
}

// referralHeader is bilingual: the file goes to another agency's clerks, and to scripts.
var referralHeader = []string{
	"موضوع (issue)", "عنوان (title)", "محل (place)", "تعداد درخواست (requests)",
	"اولین تاریخ (first)", "آخرین تاریخ (last)", "شناسه درخواست‌ها (request ids)",
	"نمونه متن (sample)", "نیاز به بررسی (to review)", "دستگاه‌های مختلف (mixed)",
}

func runExportReferrals(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export referrals", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file")
	agencyCode := fs.String("agency", "", "agency to refer to: water, power, gas, telecom, police, other")
	out := fs.String("out", "", "output file, .csv or .xlsx")
	if _, err := parseFlagsAndFiles(fs, args); err != nil {
		return err
	}
	if *dbPath == "" || *out == "" || *agencyCode == "" {
		return &exitError{code: 2, err: errors.New("usage: tafkikctl export referrals --db PATH --agency CODE --out FILE.csv|.xlsx")}
	}
	a, err := tafkik.ParseAgency(*agencyCode)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if ext != ".csv" && ext != ".xlsx" {
		return &exitError{code: 2, err: fmt.Errorf("--out %s: want a .csv or .xlsx file", *out)}
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	refs, err := loadReferrals(ctx, db, a)
	if err != nil {
		return err
	}
	rows := referralRows(refs)
	if ext == ".csv" {
		err = writeReferralsCSV(*out, rows)
	} else {
		err = writeReferralsXLSX(*out, a, rows)
	}
	if err != nil {
		return err
	}
	n := 0
	for _, r := range refs {
		n += r.Count
	}
	fmt.Fprintf(os.Stderr, "%d issues, %d requests for %s written to %s\n", len(refs), n, a, *out)
	return nil
}

func loadReferrals(ctx context.Context, db *store.DB, a tafkik.Agency) ([]jurisdiction.Referral, error) {
	reqs, err := db.AllRequests(ctx)
	if err != nil {
		return nil, err
	}
	flags, err := db.Flags(ctx)
	if err != nil {
		return nil, err
	}
	members, err := db.Memberships(ctx)
	if err != nil {
		return nil, err
	}
	list, err := db.ListIssues(ctx, store.IssueQuery{Limit: 1 << 30})
	if err != nil {
		return nil, err
	}
	issues := make(map[string]tafkik.Issue, len(list))
	for _, is := range list {
		issues[is.ID] = is
	}
	return jurisdiction.Referrals(a, reqs, flags, members, issues), nil
}

// sampleRunes keeps a cell readable; the full texts are in Tafkik.
const sampleRunes = 300

func referralRows(refs []jurisdiction.Referral) [][]string {
	rows := make([][]string, 0, len(refs))
	for _, r := range refs {
		// the list goes to another agency: the citizen's phone number stays in the district
		sample := []rune(tafkik.RedactPhones(r.Sample))
		if len(sample) > sampleRunes {
			sample = append(sample[:sampleRunes], '…')
		}
		mixed := ""
		if r.Mixed {
			mixed = "بله"
		}
		rows = append(rows, []string{r.IssueID, r.Title, r.Place, strconv.Itoa(r.Count),
			jalaliDay(r.FirstAt), jalaliDay(r.LastAt), strings.Join(r.RequestIDs, " "),
			string(sample), strconv.Itoa(r.Review), mixed})
	}
	return rows
}

// jalaliDay is the Jalali date with ASCII digits, so spreadsheets sort it as text correctly.
func jalaliDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return format.ToJalali(t).String()
}

func writeReferralsCSV(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	// the BOM makes Excel read the file as UTF-8 instead of mangling the Persian
	if _, err := f.WriteString("\ufeff"); err != nil {
		f.Close()
		return err
	}
	w := csv.NewWriter(f)
	w.Write(referralHeader)
	w.WriteAll(rows)
	if err := w.Error(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

func writeReferralsXLSX(path string, a tafkik.Agency, rows [][]string) error {
	x := excelize.NewFile()
	defer x.Close()
	fa, _ := jurisdiction.Label(a)
	sheet := "ارجاع به " + fa
	if len([]rune(sheet)) > 31 {
		sheet = string([]rune(sheet)[:31])
	}
	sheet = strings.NewReplacer("(", "", ")", "").Replace(sheet)
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	rtl := true
	if err := x.SetSheetView(sheet, 0, &excelize.ViewOptions{RightToLeft: &rtl}); err != nil {
		return err
	}
	all := append([][]string{referralHeader}, rows...)
	for i, row := range all {
		cells := make([]any, len(row))
		for j, v := range row {
			cells[j] = v
			if i > 0 && j == 3 || i > 0 && j == 8 {
				n, _ := strconv.Atoi(v)
				cells[j] = n
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow(sheet, cell, &cells); err != nil {
			return err
		}
	}
	if err := x.SaveAs(path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
