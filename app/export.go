package app

import (
	"context"
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
)

// newBook is an XLSX workbook whose sheets read right to left.
func newBook() *excelize.File { return excelize.NewFile() }

// sheet adds (or renames the first default sheet to) name, right to left, with a header row.
func sheet(f *excelize.File, name string, header []any) error {
	if f.SheetCount == 1 && f.GetSheetName(0) == "Sheet1" {
		if err := f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(name); err != nil {
		return err
	}
	rtl := true
	if err := f.SetSheetView(name, 0, &excelize.ViewOptions{RightToLeft: &rtl}); err != nil {
		return err
	}
	return f.SetSheetRow(name, "A1", &header)
}

func rowAt(f *excelize.File, name string, row int, vals ...any) error {
	cell, _ := excelize.CoordinatesToCellName(1, row)
	return f.SetSheetRow(name, cell, &vals)
}

// exportReferrals writes every request flagged for agency a, a page at a time.
func exportReferrals(ctx context.Context, st Store, a tafkik.Agency, path string, progress func(int, int)) error {
	f := newBook()
	defer f.Close()
	const name = "ارجاع"
	if err := sheet(f, name, []any{"شماره درخواست", "تاریخ", "موضوع", "متن", "نشانی", "محله", "دستگاه", "وضعیت", "مسئله"}); err != nil {
		return err
	}
	row := 2
	for off := 0; ; off += 1000 {
		if err := ctx.Err(); err != nil {
			return err
		}
		page, total, err := st.ListRequests(ctx, store.RequestQuery{Agency: a, OrderBy: "created_at", Limit: 1000, Offset: off})
		if err != nil {
			return err
		}
		for _, r := range page {
			// the list goes to another agency: the citizen's phone number stays in the district
			if err := rowAt(f, name, row, r.ID, jdate(r.CreatedAt), r.Category, tafkik.RedactPhones(r.Text), r.Address,
				r.Neighbourhood, agencyName(r.Agency), statusName(r.Status), r.IssueID); err != nil {
				return err
			}
			row++
		}
		progress(off+len(page), total)
		if len(page) < 1000 {
			break
		}
	}
	_ = f.SetColWidth(name, "D", "D", 60)
	_ = f.SetColWidth(name, "E", "E", 35)
	return f.SaveAs(path)
}

// exportDashboard writes the dashboard's numbers, sheet by sheet.
func exportDashboard(d DashboardData, path string) error {
	f := newBook()
	defer f.Close()
	summary := "خلاصه"
	if err := sheet(f, summary, []any{"شاخص", "تعداد"}); err != nil {
		return err
	}
	lines := [][]any{
		{"درخواست‌های خام", d.Requests}, {"مسئله‌های متمایز", d.Issues}, {"خارج از حوزه شهرداری", d.Outside},
		{"مسئله‌های باز", d.OpenIssues}, {"نیازمند بررسی حوزه", d.NeedsReview}, {"مسئله‌های معوق", len(d.Overdue)},
		{"تاریخ گزارش", jdateTime(d.At)},
	}
	for i, l := range lines {
		if err := rowAt(f, summary, i+2, l...); err != nil {
			return err
		}
	}
	for _, t := range []struct {
		name string
		bars []Bar
	}{{"مشکل", d.ByProblem}, {"محله", d.ByNeighbourhood}, {"موضوع ثبت‌شده", d.ByCategory}} {
		if err := sheet(f, t.name, []any{t.name, "درخواست", "مسئله متمایز", "خارج از حوزه"}); err != nil {
			return err
		}
		for i, b := range t.bars {
			if err := rowAt(f, t.name, i+2, b.Label, b.Requests, b.Issues, b.Outside); err != nil {
				return err
			}
		}
	}
	if err := sheet(f, "روند هفتگی", []any{"هفته از", "درخواست"}); err != nil {
		return err
	}
	for i, b := range d.Weekly {
		if err := rowAt(f, "روند هفتگی", i+2, b.Label, b.Requests); err != nil {
			return err
		}
	}
	if err := sheet(f, "سن مسئله‌ها", []any{"سن", "مسئله باز", "درخواست"}); err != nil {
		return err
	}
	for i, b := range d.Ageing {
		if err := rowAt(f, "سن مسئله‌ها", i+2, b.Label, b.Issues, b.Requests); err != nil {
			return err
		}
	}
	for _, t := range []struct {
		name string
		list []tafkik.Issue
	}{{"معوق", d.Overdue}, {"پرتکرار", d.Top}} {
		if err := sheet(f, t.name, []any{"مسئله", "عنوان", "مکان", "درخواست", "نخستین", "آخرین", "وضعیت"}); err != nil {
			return err
		}
		for i, is := range t.list {
			if err := rowAt(f, t.name, i+2, is.ID, is.Title, is.Place, is.Count, jdate(is.FirstAt), jdate(is.LastAt), statusName(is.Status)); err != nil {
				return err
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}
