package exchange

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

type readResult struct {
	reqs []tafkik.Request
	errs []*RowError
	// warns are the rows read with something left out, as "LINE FIELD"
	warns []string
	// sourceIDs are the good rows' Row.SourceID, in order
	sourceIDs []string
}

func readFile(t *testing.T, path string, opt Options) (readResult, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	format, err := FormatFromPath(path)
	if err != nil {
		t.Fatal(err)
	}
	opt.File = filepath.Base(path)
	var res readResult
	err = Read(f, format, opt, func(r Row) error {
		if r.Err != nil {
			res.errs = append(res.errs, r.Err)
		} else {
			res.reqs = append(res.reqs, r.Request)
			res.sourceIDs = append(res.sourceIDs, r.SourceID)
		}
		if r.Warn != nil {
			res.warns = append(res.warns, itoa(r.Warn.Line)+" "+r.Warn.Field)
		}
		return nil
	})
	return res, err
}

func ids(reqs []tafkik.Request) string {
	var s []string
	for _, r := range reqs {
		s = append(s, r.ID)
	}
	return strings.Join(s, " ")
}

func errLines(errs []*RowError) string {
	var s []string
	for _, e := range errs {
		s = append(s, e.Error())
	}
	return strings.Join(s, "\n")
}

func TestReadFixtures(t *testing.T) {
	tests := []struct {
		file    string
		opt     Options
		wantIDs string
		// each entry is "LINE FIELD" (FIELD "-" for a whole-row problem)
		wantErrs []string
		// rows read with a field left out (an unknown status), "LINE FIELD"
		wantWarns []string
	}{
		{file: "good.jsonl", wantIDs: "1405021400001 1405021400002 1405021400003 1405021400004"},
		{file: "mixed.jsonl", wantIDs: "a1 a7 a8 a12 a13", wantErrs: []string{
			"2 -", "3 text", "4 -", "5 created_at", "6 created_at",
			"9 -", "10 id", "11 created_at"}, wantWarns: []string{"7 lat", "8 status", "13 category"}},
		{file: "persian.csv", wantIDs: "c1 c2 c3"},
		{file: "mixed.csv", wantIDs: "m1 m2", wantErrs: []string{
			"4 created_at", "5 text", "6 text", "7 -"}, wantWarns: []string{"3 lat"}},
		{file: "semicolon.csv", wantIDs: "s1"},
		// a text holding unquoted commas is mended; a row that no joining mends keeps its
		// cells as they are (and its bad coordinate is no location)
		{file: "commas.csv", wantIDs: "k1 k2 k3 k4", wantWarns: []string{"2 text", "3 text", "5 lat"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := readFile(t, filepath.Join("testdata", tt.file), tt.opt)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if got := ids(res.reqs); got != tt.wantIDs {
				t.Errorf("good ids = %q, want %q", got, tt.wantIDs)
			}
			var got []string
			for _, e := range res.errs {
				f := e.Field
				if f == "" {
					f = "-"
				}
				got = append(got, strings.Join([]string{itoa(e.Line), f}, " "))
				if e.File != tt.file || !strings.HasPrefix(e.Error(), tt.file+":"+itoa(e.Line)+": ") {
					t.Errorf("error %q does not start with FILE:LINE", e.Error())
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.wantErrs, ",") {
				t.Errorf("errors = %v, want %v\n%s", got, tt.wantErrs, errLines(res.errs))
			}
			if !slices.Equal(res.warns, tt.wantWarns) {
				t.Errorf("warnings = %v, want %v", res.warns, tt.wantWarns)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestReadValues(t *testing.T) {
	res, err := readFile(t, "testdata/good.jsonl", Options{})
	if err != nil || len(res.reqs) != 4 {
		t.Fatalf("Read: %v, %d rows", err, len(res.reqs))
	}
	r := res.reqs
	tehran930 := time.Date(2026, 5, 4, 9, 30, 0, 0, Tehran) // 1405/02/14 is 2026-05-04
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"row1 created", r[0].CreatedAt.Equal(tehran930), true},
		{"row1 location", [3]any{r[0].HasLocation, r[0].Lat, r[0].Lon}, [3]any{true, 37.2834, 49.5862}},
		{"row2 jalali", r[1].CreatedAt.Equal(tehran930), true},
		{"row2 arabic ye kept in text", r[1].Text, "زباله ها جمع آوري نميشود"},
		{"row2 no location", r[1].HasLocation, false},
		{"row2 persian status", r[1].Status, tafkik.StatusReviewing},
		{"row3 persian digits id", r[2].ID, "1405021400003"},
		{"row3 the id as written", res.sourceIDs[2], "۱۴۰۵۰۲۱۴۰۰۰۰۳"},
		{"row1 the id as kept", res.sourceIDs[0], ""},
		{"row3 persian digits date", r[2].CreatedAt.Equal(time.Date(2026, 5, 5, 18, 5, 0, 0, Tehran)), true},
		{"row3 bidi controls kept", r[2].Text, "چراغ‌های کوچه \u202bخاموش\u202c است"},
		{"row3 status", r[2].Status, tafkik.StatusResolved},
		{"row4 persian keys", r[3].Text, "درخت افتاده"},
		{"row4 status with arabic ye", r[3].Status, tafkik.StatusRejected},
		{"row1 status", r[0].Status, tafkik.StatusNew},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}

	res, err = readFile(t, "testdata/persian.csv", Options{})
	if err != nil || len(res.reqs) != 3 {
		t.Fatalf("Read csv: %v, %d rows", err, len(res.reqs))
	}
	c1, c2, c3 := res.reqs[0], res.reqs[1], res.reqs[2]
	if c3.Status != "" {
		t.Errorf("c3: empty status read as %q; the store must keep the current one", c3.Status)
	}
	if c1.District != "3" || c1.Lat != 37.28 || c1.Lon != 49.58 || c1.Channel != "تلفن" ||
		c1.Text != `چاله بزرگ، سر کوچه "گلها"` || c1.Category != "آسفالت" {
		t.Errorf("c1 = %+v", c1)
	}
	if c2.Text != "متن\nدو خطی" || c2.Status != tafkik.StatusInProgress ||
		!c2.CreatedAt.Equal(time.Date(2026, 5, 4, 7, 0, 0, 0, Tehran)) {
		t.Errorf("c2 = %+v", c2)
	}
}

func TestDistrictCode(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"3", "3"}, {"۳", "3"}, {"٣", "3"}, {" 3 ", "3"}, {"منطقه ۳", "3"}, {"منطقهٔ ۱۲", "12"},
		{"ناحیه 2", "2"}, {"District 7", "7"}, {"district7", "7"}, {"", ""},
		{"منطقه", "منطقه"},                                                // only the word: kept as it is
		{"منطقه آزاد", "آزاد"},                                            // a named district
		{"districtwide", "districtwide"},                                  // not the word before a number
		{"3.0", "3"}, {"منطقه 12.00", "12"}, {"3.5", "3.5"}, {".0", ".0"}, // a number column read as decimals
	} {
		if got := DistrictCode(tt.in); got != tt.want {
			t.Errorf("DistrictCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadLimitsAndMap(t *testing.T) {
	long := strings.Repeat("ا", DefaultMaxText+1)
	csvIn := "code;when;body;where\nx1;1405/02/14;" + long + ";here\nx2;1405/02/14;short;there\n"
	tests := []struct {
		name     string
		format   Format
		in       string
		opt      Options
		wantIDs  string
		wantErrs string
		fatal    string
	}{
		{name: "huge text", format: CSV, in: csvIn,
			opt:     Options{Map: map[string]string{"id": "code", "created_at": "when", "text": "3"}},
			wantIDs: "x2", wantErrs: "in:2: text: 20001 characters, more than the 20000 allowed"},
		{name: "map missing column", format: CSV, in: csvIn,
			opt:   Options{Map: map[string]string{"id": "nope"}},
			fatal: `in:1: id: --map: no column "nope"`},
		{name: "no id column", format: CSV, in: "text,created_at\nx,2026-01-01T00:00:00Z\n",
			fatal: "in:1: id: no column for id"},
		{name: "map json key", format: JSONL, in: `{"code":"j1","when":"1405/02/14","body":"x","id":"ignored"}`,
			opt:     Options{Map: map[string]string{"id": "code", "created_at": "when", "text": "body"}},
			wantIDs: "j1"},
		{name: "long line", format: JSONL, in: `{"id":"` + strings.Repeat("x", maxLine) + "\"}\n" +
			`{"id":"ok","created_at":"1405/02/14","text":"t"}`,
			wantIDs: "ok", wantErrs: "in:1: line longer than 1048576 bytes"},
		{name: "control char in id", format: JSONL, in: `{"id":"a\u0000b","created_at":"1405/02/14","text":"t"}`,
			wantErrs: "in:1: id: contains U+0000"},
		{name: "unclosed quote", format: CSV, in: "id,created_at,text\nq1,1405/02/14,\"open\nq2,1405/02/14,t\nq3,1405/02/14,t\n",
			wantErrs: "in:2: bad CSV: extraneous or missing \" in quoted-field (a quote opened here is not closed; lines 2-4 unreadable)"},
		{name: "id rounded by excel", format: CSV, in: "id,created_at,text\n1.4050214000010002E+16,1405/02/14,t\nE+1,1405/02/14,t\n",
			wantIDs: "E+1", wantErrs: `in:2: id: "1.4050214000010002E+16" is a number Excel rounded; format the column as text and export again`},
		{name: "bom and crlf", format: CSV, in: "\ufeffid,created_at,text\r\nb1,1405/02/14,t\r\n", wantIDs: "b1"},
		{name: "empty csv", format: CSV, in: "", fatal: "in:1: empty file"},
		{name: "not xlsx", format: XLSX, in: "id,text", fatal: "in: not a readable XLSX file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.File = "in"
			var res readResult
			err := Read(strings.NewReader(tt.in), tt.format, tt.opt, func(r Row) error {
				if r.Err != nil {
					res.errs = append(res.errs, r.Err)
				} else {
					res.reqs = append(res.reqs, r.Request)
				}
				return nil
			})
			if tt.fatal != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.fatal) {
					t.Fatalf("err = %v, want prefix %q", err, tt.fatal)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(res.reqs); got != tt.wantIDs {
				t.Errorf("ids = %q, want %q", got, tt.wantIDs)
			}
			if got := errLines(res.errs); got != tt.wantErrs {
				t.Errorf("errors = %q, want %q", got, tt.wantErrs)
			}
		})
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2026-05-04T09:30:00+03:30", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"2026-05-04T06:00:00.123456789Z", time.Date(2026, 5, 4, 6, 0, 0, 123456789, time.UTC), true},
		{"1405/02/14 09:30", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"۱۴۰۵/۰۲/۱۴ ۰۹:۳۰", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"٩:٣٠ ١٤٠٥/٠٢/١٤", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"1405/02/14 ساعت 09:30:15", time.Date(2026, 5, 4, 6, 0, 15, 0, time.UTC), true},
		{"1405/02/14", time.Date(2026, 5, 3, 20, 30, 0, 0, time.UTC), true},
		{"1403/12/30", time.Date(2025, 3, 19, 20, 30, 0, 0, time.UTC), true}, // 1403 is leap
		{"1404/12/30", time.Time{}, false},
		{"1401/06/31 12:00", time.Date(2022, 9, 22, 8, 30, 0, 0, time.UTC), true}, // no DST since 2022
		{"1400/06/30 12:00", time.Date(2021, 9, 21, 7, 30, 0, 0, time.UTC), true}, // DST then
		{"2026/05/04 09:30", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"1405.02.14", time.Date(2026, 5, 3, 20, 30, 0, 0, time.UTC), true},
		{"۱۴ اردیبهشت ۱۴۰۵", time.Date(2026, 5, 3, 20, 30, 0, 0, time.UTC), true},
		{"سه‌شنبه ۱۴ ارديبهشت ۱۴۰۵ ساعت ۹:۳۰", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"1405 اردیبهشت 14", time.Date(2026, 5, 3, 20, 30, 0, 0, time.UTC), true},
		{"14 اردیبهشت", time.Time{}, false},
		{"14 فلان 1405", time.Time{}, false},
		{"1405//02/14", time.Time{}, false},
		{"1405/02/14/", time.Time{}, false},
		{"45000.5", time.Time{}, false},
		{"1405/02/14 1405/02/15", time.Time{}, false},
		{"2026/02/30", time.Time{}, false},
		{"1405/02/14 24:00", time.Time{}, false},
		{"1405/02", time.Time{}, false},
		{"45000", time.Time{}, false}, // a serial number only counts in XLSX cells
		// ISO 8601 as other tools write it (Python's str(), pandas, .NET, JavaScript)
		{"2026-05-04 09:30:00+03:30", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"2026-05-04 09:30:00.250000+03:30", time.Date(2026, 5, 4, 6, 0, 0, 250000000, time.UTC), true},
		{"2026-05-04T09:30:00.5", time.Date(2026, 5, 4, 6, 0, 0, 500000000, time.UTC), true},
		{"2026-05-04 06:00:00Z", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"2026-05-04 06:00:00 UTC", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"2026-05-04T09:30+03:30", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"2026-05-04T09:30:00+0330", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"2026-05-04 09:30:00 +03:30", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"2026-05-04T08:00:00+02", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"2026-05-04T01:00:00-05:00", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"1405-02-14T09:30:00+03:30", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true}, // a Jalali year
		{"1405-02-14T06:00:00Z", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"1405-02-14 09:30:00", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"Mon, 04 May 2026 09:30:00 +0330", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},
		{"1777874400", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true},    // Unix seconds
		{"1777874400000", time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC), true}, // and milliseconds
		{"177787440", time.Time{}, false},
		{"2026-05-04T09:30:00+3:30", time.Time{}, false},
		{"2026-05-04T09:30:00+03:3", time.Time{}, false},
		{"2026-05-04T09:30:00 later", time.Time{}, false},
		{"2026-05-04T09:30:00Zulu", time.Time{}, false},
		{"2026-05-04T24:00", time.Time{}, false},
		{"2026-02-30 10:00", time.Time{}, false},
		{"1404-12-30T10:00:00Z", time.Time{}, false}, // 1404 is no leap year
		{"2026-05-04T09:30:00.", time.Time{}, false},
		{"2026-05-04T09:30:00.1234567891", time.Time{}, false},
		{"", time.Time{}, false},
		{"tomorrow", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := parseTime(tt.in, false)
		if (err == nil) != tt.ok || (tt.ok && !got.Equal(tt.want)) {
			t.Errorf("parseTime(%q) = %v, %v; want %v ok=%v", tt.in, got.UTC(), err, tt.want, tt.ok)
		}
	}
}

func TestHeaderAliasesFold(t *testing.T) {
	for _, h := range []string{"شماره پیگیری", "شماره‌پیگیری", "شماره پيگيري", " ID ", "Request_ID", "\ufeffid"} {
		if f, ok := aliasIndex[foldHeader(h)]; !ok || f != fieldID {
			t.Errorf("header %q not recognised as id", h)
		}
	}
	if _, ok := aliasIndex[foldHeader("یادداشت")]; ok {
		t.Errorf("unrelated header recognised")
	}
}

func TestFormatFromPath(t *testing.T) {
	for path, want := range map[string]Format{"a.jsonl": JSONL, "B.CSV": CSV, "x.xlsx": XLSX} {
		if got, err := FormatFromPath(path); err != nil || got != want {
			t.Errorf("%s: %v %v", path, got, err)
		}
	}
	if _, err := FormatFromPath("a.pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

// TestReadCSVEncodings reads persian.csv as Persian offices also save it: Excel's Unicode
// Text (UTF-16LE with BOM, tab-separated) and Windows code page 1256.
func TestReadCSVEncodings(t *testing.T) {
	raw, err := os.ReadFile("testdata/persian.csv")
	if err != nil {
		t.Fatal(err)
	}
	// Code page 1256 has neither Persian digits nor the Persian ye: files written in it use
	// ASCII digits and the Arabic ي, so the expectation is read from such a text in UTF-8.
	text := strings.NewReplacer("\ufeff", "", "ی", "ي", "۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4",
		"۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9", "٫", ".").Replace(string(raw))
	var want []tafkik.Request
	if err := Read(strings.NewReader(text), CSV, Options{}, func(r Row) error {
		if r.Err != nil {
			return r.Err
		}
		want = append(want, r.Request)
		return nil
	}); err != nil || len(want) != 3 {
		t.Fatalf("utf-8 version: %v, %d rows", err, len(want))
	}
	cp1256, err := charmap.Windows1256.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	utf16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(strings.ReplaceAll(text, ",", "\t"))
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string]string{"windows-1256": cp1256, "utf-16le": utf16le} {
		t.Run(name, func(t *testing.T) {
			var got []tafkik.Request
			err := Read(strings.NewReader(in), CSV, Options{File: name}, func(r Row) error {
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
				t.Fatalf("%d rows, want %d", len(got), len(want))
			}
			for i := range got {
				if d := diffRequest(got[i], want[i]); d != "" {
					t.Errorf("row %d: %s", i, d)
				}
			}
		})
	}
}

func TestParseCoord(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"37.2808", 37.2808, true}, {"۳۷٫۲۸۰۸", 37.2808, true}, {"37,2808", 37.2808, true}, // a decimal comma
		{"-12.5", -12.5, true}, {"37,280,8", 0, false}, {"37.2,8", 0, false}, {"NaN", 0, false},
		{"inf", 0, false}, {"91", 0, false}, {"", 0, false}, {"north", 0, false},
	} {
		got, err := parseCoord(tt.in, 90)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseCoord(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// TestAliasesUnique: no header name (folded) stands for two fields.
func TestAliasesUnique(t *testing.T) {
	seen := map[string]field{}
	for f, names := range aliases {
		for _, n := range names {
			k := foldHeader(n)
			if g, ok := seen[k]; ok && g != f {
				t.Errorf("header %q is both %s and %s", n, g, f)
			}
			seen[k] = f
		}
	}
}

// TestReadJSONArray: a .json file holding one array (Open311's requests.json, a JSON export)
// reads as JSON Lines does, each element reported by the line it starts on; a file broken part
// way fails whole, naming the line.
func TestReadJSONArray(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "array.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []string
	err = Read(f, JSONL, Options{File: "array.json"}, func(r Row) error {
		if r.Err != nil {
			got = append(got, r.Err.Error())
			return nil
		}
		q := r.Request
		got = append(got, fmt.Sprintf("%d %s %s %s %s %.4f,%.4f %s", r.Line, q.ID, q.District, q.CreatedAt.UTC().Format(time.RFC3339), q.Category, q.Lat, q.Lon, q.Status))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2 137-1404-000301  2025-03-21T09:28:25Z آسفالت 37.2808,49.5832 new",
		`array.json:12: created_at: "not a date" is not a date (want ISO 8601 like 2026-05-04 09:30:00+03:30, or Jalali like 1405/02/14 09:30)`,
		"array.json:13: not a JSON object",
		"14 137-1404-000304 1 2025-03-22T04:30:00Z  0.0000,0.0000 ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, tt := range []struct{ in, want string }{
		{"[{\"id\":\"1\",\"created_at\":\"2025-03-21T10:00:00Z\",\"text\":\"x\"},\n{\"id\": oops}]", "f:2: bad JSON: invalid character 'o' looking for beginning of value"},
		{"[{\"id\":\"1\",\"created_at\":\"2025-03-21T10:00:00Z\",\"text\":\"x\"},\n", "f:2: bad JSON: the array is not closed"},
		{"[]\n[]", "f:2: bad JSON: more data after the array"},
	} {
		err := Read(strings.NewReader(tt.in), JSONL, Options{File: "f"}, func(Row) error { return nil })
		if err == nil || err.Error() != tt.want {
			t.Errorf("Read(%q) = %v, want %s", tt.in, err, tt.want)
		}
	}
}

// TestReadNamePrecedence: of two columns or keys for one field, the field's own name (then the
// earlier alias) gives it, in whatever order they come; a key of ours holding an object is
// left out, except a location object, which gives lat and lon.
func TestReadNamePrecedence(t *testing.T) {
	tests := []struct {
		name, format, in string
		want             string // id|created_at (UTC)|category|text|lat,lon
		wantWarn         string
	}{
		{"json: text over description, category over type", "jsonl",
			`{"id":"1","description":"توضیح","type":"complaint","text":"چاله","category":"آسفالت","comments":[],"date":"2025-03-30","created_at":"2025-03-21T10:00:00Z"}`,
			"1|2025-03-21T10:00:00Z|آسفالت|چاله|0.00,0.00", ""},
		{"json: the same key twice, the last counts", "jsonl",
			`{"id":"1","created_at":"2025-03-21T10:00:00Z","text":"یک","text":"دو"}`,
			"1|2025-03-21T10:00:00Z||دو|0.00,0.00", ""},
		{"json: a location object", "jsonl",
			`{"id":"1","created_at":"2025-03-21T10:00:00Z","text":"چاله","location":{"lat":37.28,"lng":"49.58"}}`,
			"1|2025-03-21T10:00:00Z||چاله|37.28,49.58", ""},
		{"json: GeoJSON coordinates", "jsonl",
			`{"id":"1","created_at":"2025-03-21T10:00:00Z","text":"چاله","location":{"type":"Point","coordinates":[49.58,37.28]}}`,
			"1|2025-03-21T10:00:00Z||چاله|37.28,49.58", ""},
		{"json: an object for a field with no other source", "jsonl",
			`{"id":"1","created_at":"2025-03-21T10:00:00Z","text":"چاله","category":{"code":3}}`,
			"1|2025-03-21T10:00:00Z||چاله|0.00,0.00", "category: want a string or a number (left out)"},
		{"csv: description before text, type before موضوع", "csv",
			"id,description,type,created_at,text,موضوع,date\n1,توضیح,complaint,2025-03-21T10:00:00Z,چاله,آسفالت,2025-03-30\n",
			"1|2025-03-21T10:00:00Z|آسفالت|چاله|0.00,0.00", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got, warn string
			err := Read(strings.NewReader(tt.in), Format(tt.format), Options{File: "f"}, func(r Row) error {
				if r.Err != nil {
					t.Fatalf("row refused: %v", r.Err)
				}
				q := r.Request
				got = fmt.Sprintf("%s|%s|%s|%s|%.2f,%.2f", q.ID, q.CreatedAt.UTC().Format(time.RFC3339), q.Category, q.Text, q.Lat, q.Lon)
				if r.Warn != nil {
					warn = r.Warn.Field + ": " + r.Warn.Reason
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || warn != tt.wantWarn {
				t.Errorf("got %s (warning %q), want %s (warning %q)", got, warn, tt.want, tt.wantWarn)
			}
		})
	}
}

// TestReadIndentedJSON: objects written indented, one after another (each over several lines),
// read as JSON Lines would be, each reported by the line it starts on.
func TestReadCommasMended(t *testing.T) {
	res, err := readFile(t, filepath.Join("testdata", "commas.csv"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	k1, k2 := res.reqs[0], res.reqs[1]
	if k1.Text != "چاله بزرگ, خیلی بد" || k1.Address != "گلسار" || !k1.HasLocation || k1.Status != tafkik.StatusNew {
		t.Errorf("k1 = %+v", k1)
	}
	if k2.Text != "زباله, بو, مگس" || k2.Address != "منظریه" || k2.HasLocation {
		t.Errorf("k2 = %+v", k2)
	}
}

func TestReadIndentedJSON(t *testing.T) {
	res, err := readFile(t, filepath.Join("testdata", "indented.json"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(res.reqs); got != "137-1404-000401 137-1404-000403" {
		t.Errorf("good ids %q", got)
	}
	if got := errLines(res.errs); !strings.HasPrefix(got, "indented.json:7: created_at:") {
		t.Errorf("errors %q, want one on line 7", got)
	}
	err = Read(strings.NewReader("{\n  \"id\": \"1\",\n"), JSONL, Options{File: "f"}, func(Row) error { return nil })
	if err == nil || err.Error() != "f:3: bad JSON: the object is not closed" {
		t.Errorf("an object cut short: %v", err)
	}
}

// TestReadTitleRows: rows above the header (a report's title and dates, as exports put them)
// are passed over, in CSV and XLSX; a file with no header in its first rows still fails with
// what its first row lacks.
func TestReadTitleRows(t *testing.T) {
	res, err := readFile(t, filepath.Join("testdata", "title.csv"), Options{})
	if err != nil || ids(res.reqs) != "t1" || len(res.errs) != 0 {
		t.Errorf("title.csv: %v, ids %q, errors %v", err, ids(res.reqs), errLines(res.errs))
	}
	buf := xlsxOf(t, [][]any{{"گزارش درخواست‌ها"}, {"کد پیگیری", "تاریخ ثبت", "شرح"}, {"x1", "1404/01/05 10:00", "چاله"}})
	var got []string
	err = Read(buf, XLSX, Options{File: "t.xlsx"}, func(r Row) error {
		if r.Err != nil {
			t.Errorf("row %d: %v", r.Line, r.Err)
		}
		got = append(got, fmt.Sprint(r.Line, " ", r.Request.ID))
		return nil
	})
	if err != nil || !slices.Equal(got, []string{"3 x1"}) {
		t.Errorf("t.xlsx: %v, rows %v", err, got)
	}
	err = Read(strings.NewReader("a,b\n1,2\n3,4\n"), CSV, Options{File: "f"}, func(Row) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "f:1: id: no column for id") {
		t.Errorf("no header: %v", err)
	}
}
