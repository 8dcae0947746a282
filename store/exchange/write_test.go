package exchange

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/xuri/excelize/v2"
)

// roundTripRequests covers what tends to get lost: nanoseconds and offsets, a real 0,0
// location vs none, negative and long coordinates, newlines, quotes, commas, leading
// zeros, bidi controls, ZWNJ, Arabic letters, leading/trailing spaces in free text.
func roundTripRequests() []tafkik.Request {
	tehran := time.Date(2026, 5, 4, 9, 30, 0, 123456789, Tehran)
	return []tafkik.Request{
		{ID: "0001", District: "3", CreatedAt: tehran, Category: "آسفالت",
			Text: "آسفالت کوچه\u200cها «خراب» است, \"واقعاً\"\nخط دوم\nخط سوم", Address: "  گلسار، کوچه ۱۲  ",
			Lat: 37.283412345678901, Lon: 49.58621, HasLocation: true, Channel: "app", Status: tafkik.StatusNew},
		{ID: "1405021400002", District: "", CreatedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
			Text: "\u202eمتن وارونه\u202c زباله ها جمع آوري نميشود", Status: tafkik.StatusRejected},
		{ID: "x-3", CreatedAt: time.Date(2021, 7, 1, 12, 0, 0, 0, time.FixedZone("", 4*3600+1800)),
			Text: "=HYPERLINK(\"http://x\")", Lat: 0, Lon: 0.5, HasLocation: true, Status: tafkik.StatusReferred},
		{ID: "x-4", CreatedAt: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC), Text: "t",
			Lat: -33.8688, Lon: -151.2093, HasLocation: true, Status: tafkik.StatusInProgress, Channel: "۱۳۷"},
	}
}

func TestRoundTrip(t *testing.T) {
	want := roundTripRequests()
	for _, format := range []Format{JSONL, CSV, XLSX} {
		t.Run(string(format), func(t *testing.T) {
			var buf bytes.Buffer
			w, err := NewWriter(&buf, format)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range want {
				if err := w.Write(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			var got []tafkik.Request
			err = Read(&buf, format, Options{File: "rt"}, func(r Row) error {
				if r.Err != nil {
					return r.Err
				}
				got = append(got, r.Request)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%d rows back, want %d", len(got), len(want))
			}
			for i := range want {
				if d := diffRequest(got[i], want[i]); d != "" {
					t.Errorf("row %d: %s", i, d)
				}
			}
		})
	}
}

// diffRequest compares the fields of the exchange format; times by instant and offset.
func diffRequest(got, want tafkik.Request) string {
	_, gotOff := got.CreatedAt.Zone()
	_, wantOff := want.CreatedAt.Zone()
	if !got.CreatedAt.Equal(want.CreatedAt) || gotOff != wantOff {
		return fmt.Sprintf("created_at %v, want %v", got.CreatedAt, want.CreatedAt)
	}
	got.CreatedAt, want.CreatedAt = time.Time{}, time.Time{}
	if got != want {
		return fmt.Sprintf("\n got %+v\nwant %+v", got, want)
	}
	return ""
}

func TestWriteCSVHeader(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, CSV)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "id,district,created_at,category,text,address,lat,lon,channel,status\n" {
		t.Errorf("header %q", got)
	}
}

// xlsxOf is a workbook whose first sheet holds rows, from its first cell.
func xlsxOf(t *testing.T, rows [][]any) *bytes.Buffer {
	t.Helper()
	f := excelize.NewFile()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return &buf
}

// TestReadXLSXFromCentral reads a sheet shaped like the central system's: Persian headers,
// a title-less blank first row, numeric ids, real Excel date cells and numeric coordinates.
func TestReadXLSXFromCentral(t *testing.T) {
	rows := [][]any{
		{},
		{"کد پیگیری", "منطقه", "تاریخ ثبت", "موضوع", "شرح", "نشانی", "عرض جغرافیایی", "طول جغرافیایی", "کانال", "وضعیت"},
		{int64(1405021400001), 3, time.Date(2026, 5, 4, 9, 30, 0, 0, time.UTC), "آسفالت", "چاله", "گلسار", 37.28, 49.58, "تلفن", "جدید"},
		{"1405021400002", "3", "۱۴۰۵/۰۲/۱۴ ۱۰:۰۰", "", "", "", "", "", "", ""},
		{},
		{"1405021400003", "3", "1405/02/14", "پسماند", "زباله", "", "", "", "", "خیلی بد"},
		{"1405021400004", "3", "1405/02/14", "پسماند", "", "", 37.28, 49.58, "سامانه", ""}, // a category and a pin
	}
	buf := xlsxOf(t, rows)
	var res readResult
	err := Read(buf, XLSX, Options{File: "c.xlsx"}, func(r Row) error {
		if r.Err != nil {
			res.errs = append(res.errs, r.Err)
		} else {
			res.reqs = append(res.reqs, r.Request)
		}
		if r.Warn != nil {
			res.warns = append(res.warns, r.Warn.Error())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.reqs) != 3 {
		t.Fatalf("good rows %d, want 3; errors:\n%s", len(res.reqs), errLines(res.errs))
	}
	if r := res.reqs[1]; r.ID != "1405021400003" || r.Status != "" {
		t.Errorf("row with an unknown status = %+v", r)
	}
	if r := res.reqs[2]; r.ID != "1405021400004" || r.Text != "" || r.Category != "پسماند" || !r.HasLocation {
		t.Errorf("row without text = %+v", r)
	}
	r := res.reqs[0]
	if r.ID != "1405021400001" || !r.CreatedAt.Equal(time.Date(2026, 5, 4, 9, 30, 0, 0, Tehran)) ||
		r.Lat != 37.28 || r.Lon != 49.58 || r.Status != tafkik.StatusNew || r.District != "3" {
		t.Errorf("row = %+v", r)
	}
	wantErrs := "c.xlsx:4: text: missing"
	if got := errLines(res.errs); got != wantErrs {
		t.Errorf("errors:\n%s\nwant:\n%s", got, wantErrs)
	}
	if want := []string{"c.xlsx:6: status: unknown status \"خیلی بد\" (read as no status)"}; !slices.Equal(res.warns, want) {
		t.Errorf("warnings %q, want %q", res.warns, want)
	}
}

func TestReadNormalizesLineBreaks(t *testing.T) {
	in := `{"id":"n1","created_at":"1405/02/14","text":"a\r\nb\rc","address":"x\r\ny"}`
	var got tafkik.Request
	if err := Read(strings.NewReader(in), JSONL, Options{}, func(r Row) error {
		if r.Err != nil {
			return r.Err
		}
		got = r.Request
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got.Text != "a\nb\nc" || got.Address != "x\ny" {
		t.Errorf("text %q address %q", got.Text, got.Address)
	}
}
