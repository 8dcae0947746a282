package exchange

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tafkik/tafkik"
)

// addFixtures seeds a fuzz target with every testdata file of the given extension (the
// go test -fuzz corpus under testdata/fuzz/ is added by the tool itself).
func addFixtures(f *testing.F, ext string) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkRows reads data and checks what must hold for any input: no panic, rows in line
// order within the file, every error naming its line, every good request well-formed and
// surviving a write/read round trip unchanged.
func checkRows(t *testing.T, data []byte, format Format) {
	lines := bytes.Count(data, []byte{'\n'}) + 1
	head := data[:min(len(data), arraySniff)]
	array := format == JSONL && (isJSONArray(head) || isJSONStream(head)) // (one JSON value after another: they may share a line)
	var good []tafkik.Request
	last := 0
	err := Read(bytes.NewReader(data), format, Options{File: "fuzz"}, func(r Row) error {
		if r.Line < last || (r.Line == last && !array) || r.Line > lines {
			t.Fatalf("row line %d after %d (file has %d lines)", r.Line, last, lines)
		}
		last = r.Line
		if r.Err != nil {
			if r.Err.Line != r.Line || !strings.HasPrefix(r.Err.Error(), "fuzz:"+strconv.Itoa(r.Line)+": ") {
				t.Fatalf("error %q does not name line %d", r.Err.Error(), r.Line)
			}
			return nil
		}
		checkRequest(t, r.Request)
		// the id as written differs from the id kept by its digits only
		if r.SourceID != "" && (r.SourceID == r.Request.ID || asciiDigits(r.SourceID) != r.Request.ID) {
			t.Fatalf("id %q kept for %q as written", r.Request.ID, r.SourceID)
		}
		good = append(good, r.Request)
		return nil
	})
	if err != nil {
		re, ok := err.(*RowError)
		if !ok || !strings.HasPrefix(re.Error(), "fuzz") {
			t.Fatalf("Read failed with %T %v", err, err)
		}
		if format == JSONL && !array {
			t.Fatalf("JSONL never fails as a whole, got %v", err)
		}
	}
	if len(good) == 0 {
		return
	}
	for _, out := range []Format{JSONL, CSV} {
		var buf bytes.Buffer
		w, _ := NewWriter(&buf, out)
		for _, r := range good {
			if err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		i := 0
		err := Read(&buf, out, Options{File: "again"}, func(r Row) error {
			if r.Err != nil {
				t.Fatalf("%s round trip: %v", out, r.Err)
			}
			if d := diffRequest(r.Request, good[i]); d != "" {
				t.Fatalf("%s round trip row %d: %s", out, i, d)
			}
			i++
			return nil
		})
		if err != nil || i != len(good) {
			t.Fatalf("%s round trip: %v, %d of %d rows", out, err, i, len(good))
		}
	}
}

func checkRequest(t *testing.T, r tafkik.Request) {
	for _, s := range []string{r.ID, r.District, r.Category, r.Text, r.Address, r.Channel} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 accepted: %q", s)
		}
		if bad, ok := badRune(s, true); ok {
			t.Fatalf("control character %U kept: %q", bad, s)
		}
	}
	switch {
	case r.ID == "" || (strings.TrimSpace(r.Text) == "" && r.Category == "" && strings.TrimSpace(r.Address) == ""):
		t.Fatalf("request without id, or without text, category and address, accepted: %+v", r)
	case r.CreatedAt.IsZero():
		t.Fatalf("request without a date accepted: %+v", r)
	case r.Status != "" && !r.Status.Valid():
		t.Fatalf("bad status accepted: %q", r.Status)
	case r.HasLocation && (r.Lat < -90 || r.Lat > 90 || r.Lon < -180 || r.Lon > 180):
		t.Fatalf("coordinates out of range accepted: %v,%v", r.Lat, r.Lon)
	case utf8.RuneCountInString(r.Text) > DefaultMaxText:
		t.Fatalf("huge text accepted")
	}
}

func FuzzReadJSONL(f *testing.F) {
	addFixtures(f, ".jsonl")
	addFixtures(f, ".json") // one JSON array, indented objects
	f.Add([]byte(`{"id":"\ud800x","created_at":"1405/02/14","text":"\u202e\\"}` + "\n\n{"))
	f.Fuzz(func(t *testing.T, data []byte) { checkRows(t, data, JSONL) })
}

func FuzzReadCSV(f *testing.F) {
	addFixtures(f, ".csv")
	f.Add([]byte("id;text;created_at\n\"a\"\"b\";\"x\ny\";1405/02/14\n"))
	f.Fuzz(func(t *testing.T, data []byte) { checkRows(t, data, CSV) })
}

// FuzzJSONLFastPath checks the hand-written JSON scanner against encoding/json: whatever
// the fast path accepts, encoding/json must accept with the very same values.
func FuzzJSONLFastPath(f *testing.F) {
	for _, line := range bytes.Split(mustRead(f, "testdata/good.jsonl"), []byte{'\n'}) {
		f.Add(line)
	}
	f.Add([]byte(`{"id":1e5,"text":"a\u00e9\ud83d\ude00\ud800","x":[{"y":[true,false,null]}],"id":-0.5}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		if !utf8.Valid(line) {
			return
		}
		resolve := keyResolver(Options{})
		var fast, slow record
		if !scanFlatJSON(line, resolve, &fast) {
			return
		}
		if f, reason := decodeJSONRecord(line, resolve, &slow); reason != "" {
			t.Fatalf("fast path accepted what encoding/json rejects (%s: %s): %q", f, reason, line)
		}
		if fast.vals != slow.vals || fast.rank != slow.rank || len(slow.skipped) > 0 {
			t.Fatalf("fast %q\nslow %q\nfor %q", fast.vals, slow.vals, line)
		}
	})
}

func mustRead(f *testing.F, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// FuzzParseTime: no input panics the date reader, and a time it reads reads back the same from
// its RFC 3339 form.
func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"2026-05-04 09:30:00.25+03:30", "1405-02-14T09:30:00+0330", "1405/02/14 09:30",
		"۱۴ اردیبهشت ۱۴۰۵", "1777874400", "Mon, 04 May 2026 09:30:00 +0330", "2026-05-04T09:30:00 UTC"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, serial bool) {
		got, err := parseTime(s, serial)
		if err != nil || got.Year() < minYear || got.Year() > maxYear { // (the import refuses the others)
			return
		}
		back, err := parseTime(got.Format(time.RFC3339Nano), false)
		if err != nil || !back.Equal(got) {
			t.Fatalf("parseTime(%q) = %v; its RFC 3339 form reads back as %v, %v", s, got, back, err)
		}
	})
}
