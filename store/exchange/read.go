package exchange

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tafkik/tafkik"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Options tune a Read.
type Options struct {
	// File names the input in RowErrors.
	File string
	// Map overrides header recognition: field name → column header or JSON key (compared
	// like recognised headers), or a 1-based column number for CSV/XLSX. See ParseMap.
	Map map[string]string
	// MaxText caps a request's text in characters; 0 means DefaultMaxText.
	MaxText int
	// Sheet is the XLSX worksheet to read; empty means the first one.
	Sheet string
}

// Row is one data row of the input: a valid Request, or Err saying why it is not.
// Request.Status is empty when the row gives none, so that the store keeps the status a
// request already has (a clerk's work) and starts new ones at "new".
type Row struct {
	Line    int
	Request tafkik.Request
	Err     *RowError
	// Warn, on a row that was read (Err nil), says what of it was not understood and left
	// out: an unknown status word (read as no status), a location that cannot be read (as
	// none), a control character (removed), an object where a value was wanted.
	Warn *RowError
	// SourceID is the id as the file wrote it when Request.ID, the id kept, differs: ids are
	// kept with ASCII digits, and «۱۴۰۴۰۰۰۰۰۶۸» is 14040000068. An export meant to be joined
	// back to the file (the triage export) writes it (store.DB.SetSourceIDs).
	SourceID string
}

// RowError says what is wrong with one row (or, with Line 0 or the header's line, with the
// whole file). Its Error form is "FILE:LINE: field: reason".
type RowError struct {
	File   string
	Line   int
	Field  string
	Reason string
}

func (e *RowError) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", loc, e.Field, e.Reason)
	}
	return fmt.Sprintf("%s: %s", loc, e.Reason)
}

// maxLine bounds one JSONL line: a 20,000-character text fully \u-escaped is ~120 KB.
const maxLine = 1 << 20

// Read streams the rows of r to fn, in file order. A bad row is handed to fn as a Row with
// Err set and reading goes on; Read itself fails only when the file as a whole cannot be
// read (not an XLSX, no header, a required column missing, an I/O error) or fn fails.
func Read(r io.Reader, format Format, opt Options, fn func(Row) error) error {
	if opt.MaxText <= 0 {
		opt.MaxText = DefaultMaxText
	}
	for name := range opt.Map {
		if _, ok := fieldByName(name); !ok {
			return &RowError{File: opt.File, Reason: fmt.Sprintf("--map: unknown field %q", name)}
		}
	}
	switch format {
	case JSONL:
		return readJSONL(r, opt, fn)
	case CSV:
		return readCSV(r, opt, fn)
	case XLSX:
		return readXLSX(r, opt, fn)
	}
	return fmt.Errorf("exchange: unknown format %q", format)
}

// emit validates rec and hands the result to fn.
func emit(opt *Options, line int, rec *record, fn func(Row) error) error {
	req, f, reason := rec.build(opt.MaxText)
	if reason != "" {
		return fn(Row{Line: line, Err: &RowError{File: opt.File, Line: line, Field: f.String(), Reason: reason}})
	}
	row := Row{Line: line, Request: req, SourceID: rec.sourceID}
	if rec.warn != "" {
		row.Warn = &RowError{File: opt.File, Line: line, Field: rec.warnField.String(), Reason: rec.warn}
	}
	return fn(row)
}

// keyResolver maps JSON keys to fields like headers (aliases, --map), once per distinct key,
// as a key code (see keyCode); -1 means the key is not ours.
func keyResolver(opt Options) func(string) int {
	mapped := map[string]field{}
	for name, key := range opt.Map {
		f, _ := fieldByName(name)
		mapped[foldHeader(key)] = f
	}
	keyField := map[string]int{}
	return func(k string) int {
		if f, ok := keyField[k]; ok {
			return f
		}
		f := -1
		if mf, ok := mapped[foldHeader(k)]; ok {
			f = keyCode(mf, 0)
		} else if af, ok := aliasIndex[foldHeader(k)]; ok {
			if _, overridden := opt.Map[af.String()]; !overridden {
				f = keyCode(af, 1+aliasRank[foldHeader(k)])
			}
		}
		if len(keyField) < 1000 { // a file with ever-new keys must not grow this without bound
			keyField[k] = f
		}
		return f
	}
}

// keyCode packs a field and the rank of the name that gave it (0 for --map, then 1 + the
// name's place in the field's aliases: its own name first).
func keyCode(f field, rank int) int { return int(f) | min(rank, 250)<<8 }

// set puts v in field f of rec from a key of code c, unless a better-ranked name (--map, the
// field's own name, an earlier alias) already gave it: «text» wins over «description» and
// «category» over «type», in whatever order the keys come. The same key again: the last counts.
func (rec *record) set(c int, v string) {
	f, rank := field(c&0xff), uint8(c>>8)+1
	if rec.rank[f] == 0 || rank <= rec.rank[f] {
		rec.vals[f], rec.rank[f] = v, rank
	}
}

// setOther handles a key of ours whose value is an object or an array: a location object
// («"location": {"lat": 37.28, "lng": 49.58}», GeoJSON's coordinates) gives lat and lon;
// anything else is left out, and reported when nothing else gave the field.
func (rec *record) setOther(c int, raw json.RawMessage) {
	f, rank := field(c&0xff), uint8(c>>8)+1
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) == nil {
		var lat, lon string
		for k, v := range obj {
			sv, err := jsonScalar(v)
			if err != nil {
				continue
			}
			switch foldHeader(k) {
			case "lat", "latitude":
				lat = sv
			case "lon", "lng", "long", "longitude":
				lon = sv
			}
		}
		if cs, ok := obj["coordinates"]; ok && lat == "" { // GeoJSON: [lon, lat]
			var xy []json.Number
			if json.Unmarshal(cs, &xy) == nil && len(xy) == 2 {
				lon, lat = xy[0].String(), xy[1].String()
			}
		}
		if lat != "" && lon != "" {
			rec.set(keyCode(fieldLat, int(rank)), lat)
			rec.set(keyCode(fieldLon, int(rank)), lon)
			return
		}
	}
	if rec.rank[f] == 0 {
		rec.skipped = append(rec.skipped, f)
	}
}

func readJSONL(r io.Reader, opt Options, fn func(Row) error) error {
	resolve := keyResolver(opt)
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(arraySniff); isJSONArray(head) {
		return readJSONValues(br, opt, resolve, fn, true)
	} else if isJSONStream(head) {
		return readJSONValues(br, opt, resolve, fn, false)
	}
	var buf []byte
	for line := 1; ; line++ {
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if len(buf)+len(chunk) > maxLine {
				tooLong = true
			} else {
				buf = append(buf, chunk...)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s:%d: %w", opt.File, line, err)
		}
		if len(buf) == 0 && !tooLong && err == io.EOF {
			return nil
		}
		if line == 1 {
			buf = bytes.TrimPrefix(buf, []byte("\ufeff"))
		}
		if rerr := jsonlRow(opt, line, buf, tooLong, resolve, fn); rerr != nil {
			return rerr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// arraySniff is how much of a JSON file's start is looked at for the bracket of an array.
const arraySniff = 4096

// isJSONArray reports whether a file starting with head is one JSON array of requests (a
// .json export, Open311's requests.json) rather than JSON Lines.
func isJSONArray(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	return len(head) > 0 && head[0] == '['
}

// isJSONStream reports whether a file starting with head holds its objects over several
// lines each (written indented, «{» alone on the first line) rather than one a line.
func isJSONStream(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	first, _, ok := bytes.Cut(head, []byte("\n"))
	return ok && string(bytes.TrimSpace(first)) == "{"
}

// readJSONValues reads a file holding one JSON array of request objects (array), or request
// objects one after another over several lines each, each reported by the line it starts on.
// An element that is not a good request is a bad row, as in JSON Lines; a file that is not
// well-formed JSON past some point cannot be read past it, and fails whole.
func readJSONValues(r io.Reader, opt Options, resolve func(string) int, fn func(Row) error, array bool) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", opt.File, err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	// lineAt counts lines up to off, going on from the last count (offsets mostly grow)
	seen, line := 0, 1
	lineAt := func(off int64) int {
		to := min(int(off), len(data))
		if to < seen {
			seen, line = 0, 1
		}
		line += bytes.Count(data[seen:to], []byte("\n"))
		seen = to
		return line
	}
	if !utf8.Valid(data) {
		off := invalidAt(data)
		return &RowError{File: opt.File, Line: lineAt(int64(off)), Reason: fmt.Sprintf("invalid UTF-8 at byte %d", off)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	bad := func(err error) error {
		at := dec.InputOffset()
		if se := (*json.SyntaxError)(nil); errors.As(err, &se) {
			at = se.Offset
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			what := "the array"
			if !array {
				what = "the object"
			}
			return &RowError{File: opt.File, Line: lineAt(int64(len(data))), Reason: "bad JSON: " + what + " is not closed"}
		}
		return &RowError{File: opt.File, Line: lineAt(at), Reason: "bad JSON: " + strings.TrimPrefix(err.Error(), "json: ")}
	}
	if !array {
		for {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err == io.EOF {
				return nil
			} else if err != nil {
				return bad(err)
			}
			line := lineAt(dec.InputOffset() - int64(len(raw)))
			if rerr := jsonlRow(opt, line, raw, len(raw) > maxLine, resolve, fn); rerr != nil {
				return rerr
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the opening bracket
		return bad(err)
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return bad(err)
		}
		// the element starts where its text does, after the comma and white space
		end := dec.InputOffset()
		line := lineAt(end - int64(len(raw)))
		if rerr := jsonlRow(opt, line, raw, len(raw) > maxLine, resolve, fn); rerr != nil {
			return rerr
		}
	}
	if _, err := dec.Token(); err != nil { // the closing bracket
		return bad(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return &RowError{File: opt.File, Line: lineAt(dec.InputOffset()), Reason: "bad JSON: more data after the array"}
	}
	return nil
}

func jsonlRow(opt Options, line int, buf []byte, tooLong bool,
	resolve func(string) int, fn func(Row) error) error {
	bad := func(f, reason string) error {
		return fn(Row{Line: line, Err: &RowError{File: opt.File, Line: line, Field: f, Reason: reason}})
	}
	if tooLong {
		return bad("", fmt.Sprintf("line longer than %d bytes", maxLine))
	}
	b := bytes.TrimSpace(buf)
	if len(b) == 0 {
		return nil
	}
	if !utf8.Valid(b) {
		return bad("", fmt.Sprintf("invalid UTF-8 at byte %d", invalidAt(b)))
	}
	var rec record
	if !scanFlatJSON(b, resolve, &rec) {
		rec = record{}
		if f, reason := decodeJSONRecord(b, resolve, &rec); reason != "" {
			return bad(f, reason)
		}
	}
	return emit(&opt, line, &rec, fn)
}

// decodeJSONRecord is the careful path: encoding/json reads the object key by key, in
// document order (a repeated key: the last one counts, as in the fast path), and words
// the error. It returns the offending field (or "") and a reason, or "" when all is well.
func decodeJSONRecord(b []byte, resolve func(string) int, rec *record) (string, string) {
	dec := json.NewDecoder(bytes.NewReader(b))
	badJSON := func(err error) (string, string) {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return "", "bad JSON: the object is not closed on this line"
		}
		return "", "bad JSON: " + strings.TrimPrefix(err.Error(), "json: ")
	}
	tok, err := dec.Token()
	if err != nil {
		return badJSON(err)
	}
	if tok != json.Delim('{') {
		return "", "not a JSON object"
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return badJSON(err)
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return badJSON(err)
		}
		c := resolve(key)
		if c < 0 {
			continue
		}
		v, err := jsonScalar(raw)
		if err != nil {
			rec.setOther(c, raw)
			continue
		}
		rec.set(c, v)
	}
	if _, err := dec.Token(); err != nil {
		return badJSON(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", "bad JSON: more data after the object"
	}
	return "", ""
}

// jsonScalar gives a JSON string's value, a number's literal text (ids and coordinates
// arrive as either), or "" for null.
func jsonScalar(raw json.RawMessage) (string, error) {
	if len(raw) == 0 {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	case 'n':
		return "", nil
	case 't', 'f', '{', '[':
		return "", errors.New("want a string or a number")
	}
	return string(raw), nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i + 1
		}
		i += n
	}
	return 0
}

// columns maps fields to column indexes (-1: absent) from a header row.
func columns(opt *Options, line int, header []string) ([numFields]int, error) {
	var cols [numFields]int
	for i := range cols {
		cols[i] = -1
	}
	folded := make([]string, len(header))
	for i, h := range header {
		folded[i] = foldHeader(h)
	}
	claimed := make([]bool, len(header))
	for name, col := range opt.Map {
		f, _ := fieldByName(name)
		want := foldHeader(col)
		idx := -1
		for i, h := range folded {
			if h == want && want != "" {
				idx = i
				break
			}
		}
		if idx < 0 {
			if n, err := strconv.Atoi(strings.TrimSpace(col)); err == nil && n >= 1 && n <= len(header) {
				idx = n - 1
			}
		}
		if idx < 0 {
			return cols, &RowError{File: opt.File, Line: line, Field: name,
				Reason: fmt.Sprintf("--map: no column %q in header %s", col, quote(strings.Join(header, ",")))}
		}
		cols[f], claimed[idx] = idx, true
	}
	// of two columns for one field, the better-ranked name gives it (the first of equals)
	var rank [numFields]int
	for i, h := range folded {
		f, ok := aliasIndex[h]
		if !ok || claimed[i] {
			continue
		}
		if _, overridden := opt.Map[f.String()]; overridden {
			continue
		}
		if cols[f] < 0 || aliasRank[h] < rank[f] {
			cols[f], rank[f] = i, aliasRank[h]
		}
	}
	for _, f := range required {
		if cols[f] < 0 {
			return cols, &RowError{File: opt.File, Line: line, Field: f.String(),
				Reason: fmt.Sprintf("no column for %s in header %s (use --map %s=COLUMN)", f, quote(strings.Join(header, ",")), f)}
		}
	}
	return cols, nil
}

func blank(row []string) bool {
	for _, v := range row {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

func fill(rec *record, cols *[numFields]int, row []string) {
	for f, c := range cols {
		if c >= 0 && c < len(row) {
			rec.vals[f] = row[c]
		}
	}
}

func readCSV(r io.Reader, opt Options, fn func(Row) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(8192)
	if dec := sniffEncoding(head); dec != nil {
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	}
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\ufeff")) {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if first, _ := br.Peek(4096); len(first) > 0 {
		cr.Comma = sniffComma(first)
	}

	var cols [numFields]int
	haveHeader, width := false, 0
	var title titleRows
	for {
		row, err := cr.Read()
		if err == io.EOF {
			if !haveHeader {
				return title.noHeader(opt.File, "empty file: no header row")
			}
			return nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			if !haveHeader {
				return &RowError{File: opt.File, Line: pe.StartLine, Reason: "bad CSV header: " + pe.Err.Error()}
			}
			reason := "bad CSV: " + pe.Err.Error()
			if pe.Line > pe.StartLine {
				// An unclosed quote swallows every line after it: say so, or those rows
				// would vanish without a word.
				reason += fmt.Sprintf(" (a quote opened here is not closed; lines %d-%d unreadable)", pe.StartLine, pe.Line)
			}
			if ferr := fn(Row{Line: pe.StartLine, Err: &RowError{File: opt.File, Line: pe.StartLine,
				Reason: reason}}); ferr != nil {
				return ferr
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", opt.File, err)
		}
		if blank(row) {
			continue
		}
		line, _ := cr.FieldPos(0) // only valid after a successful Read
		if !haveHeader {
			if cols, err = columns(&opt, line, row); err != nil {
				if title.skip(err) {
					continue
				}
				return title.first
			}
			haveHeader, width = true, len(row)
			continue
		}
		var rec record
		fill(&rec, &cols, row)
		if len(row) > width {
			rejoinCells(&rec, &cols, row, width, string(cr.Comma), opt.MaxText)
		}
		if err := emit(&opt, line, &rec, fn); err != nil {
			return err
		}
	}
}

// rejoinCells mends a row with more cells than the header has columns: a text (or an
// address) holding the separator, written without quotes («چاله بزرگ, خیلی بد»), split in
// two and pushed every later cell a column on. If joining the text's cells (or else the
// address's) back gives a row that reads whole, rec is that row, and the row says so.
func rejoinCells(rec *record, cols *[numFields]int, row []string, width int, comma string, maxText int) {
	extra := len(row) - width
	for _, f := range []field{fieldText, fieldAddress} {
		c := cols[f]
		if c < 0 {
			continue
		}
		joined := make([]string, 0, width)
		joined = append(joined, row[:c]...)
		joined = append(joined, strings.Join(row[c:c+extra+1], comma))
		joined = append(joined, row[c+extra+1:]...)
		var try record
		fill(&try, cols, joined)
		try.serialDates = rec.serialDates
		probe := try
		if _, _, reason := probe.build(maxText); reason != "" || probe.warn != "" {
			continue
		}
		*rec = try
		rec.addWarn(f, fmt.Sprintf("%d unquoted %q in it split the row: read as part of it", extra, comma))
		return
	}
}

// sniffEncoding recognises the two non-UTF-8 text files Persian offices produce: Excel's
// "Unicode Text" (UTF-16 with a BOM) and old Persian Windows' code page 1256. A UTF-8 file
// with a broken row stays UTF-8 (the row is reported); 1256 is chosen only when invalid
// sequences are several and outnumber valid multi-byte characters.
func sniffEncoding(head []byte) transform.Transformer {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	}
	invalid, multi := 0, 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			if len(head)-i < utf8.UTFMax && !utf8.FullRune(head[i:]) {
				i = len(head) // a character cut by the peek, not an error
				continue
			}
			invalid++
		case n > 1:
			multi++
		}
		i += n
	}
	if invalid >= 4 && invalid > multi {
		return charmap.Windows1256.NewDecoder()
	}
	return nil
}

// sniffComma picks the delimiter of the header line: Excel in a Persian locale writes
// semicolons or tabs as often as commas.
func sniffComma(b []byte) rune {
	// the first line with a separator says which (a title row above the header has none)
	for i, line := range bytes.Split(b, []byte{'\n'}) {
		if i == maxTitleRows {
			break
		}
		best, n := ',', 0
		for _, c := range []rune{',', '\t', ';'} {
			if k := bytes.Count(line, []byte(string(c))); k > n {
				best, n = c, k
			}
		}
		if n > 0 {
			return best
		}
	}
	return ','
}

func readXLSX(r io.Reader, opt Options, fn func(Row) error) error {
	f, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: 1 << 30})
	if err != nil {
		return &RowError{File: opt.File, Reason: "not a readable XLSX file: " + err.Error()}
	}
	defer f.Close()
	sheet := opt.Sheet
	if sheet == "" {
		sheets := f.GetSheetList()
		if len(sheets) == 0 {
			return &RowError{File: opt.File, Reason: "no worksheet"}
		}
		sheet = sheets[0]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return &RowError{File: opt.File, Reason: fmt.Sprintf("sheet %q: %v", sheet, err)}
	}
	defer rows.Close()

	var cols [numFields]int
	haveHeader := false
	var title titleRows
	for line := 1; rows.Next(); line++ {
		row, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return &RowError{File: opt.File, Line: line, Reason: err.Error()}
		}
		if blank(row) {
			continue
		}
		if !haveHeader {
			if cols, err = columns(&opt, line, row); err != nil {
				if title.skip(err) {
					continue
				}
				return title.first
			}
			haveHeader = true
			continue
		}
		rec := record{serialDates: true}
		fill(&rec, &cols, row)
		if err := emit(&opt, line, &rec, fn); err != nil {
			return err
		}
	}
	if err := rows.Error(); err != nil {
		return &RowError{File: opt.File, Reason: err.Error()}
	}
	if !haveHeader {
		return title.noHeader(opt.File, "empty sheet: no header row")
	}
	return nil
}

// maxTitleRows is how many rows a spreadsheet may have above its header: a report's title,
// its date, the district («گزارش درخواست‌های منطقه ۱ — از ۱۴۰۴/۰۱/۰۱»).
const maxTitleRows = 10

// titleRows looks for the header past the title rows some exports put above it.
type titleRows struct {
	n     int
	first error // what the first row, taken for the header, lacked
}

// skip reports whether the row that could not be the header, for err, may be a title row
// (and the header still below).
func (t *titleRows) skip(err error) bool {
	if t.first == nil {
		t.first = err
	}
	t.n++
	return t.n < maxTitleRows
}

// noHeader is the error of a file that ended before any header: what its first row lacked,
// or, with no row at all, empty.
func (t *titleRows) noHeader(file, empty string) error {
	if t.first != nil {
		return t.first
	}
	return &RowError{File: file, Line: 1, Reason: empty}
}
