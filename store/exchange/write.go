package exchange

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf16"

	"github.com/tafkik/tafkik"
	"github.com/xuri/excelize/v2"
)

// Writer writes requests in an exchange format that Read takes back unchanged: times in
// RFC 3339 with their offset and nanoseconds, coordinates in the shortest exact form, an
// empty lat/lon for a request without a location.
type Writer struct {
	format Format
	out    io.Writer
	bw     *bufio.Writer
	csv    *csv.Writer
	json   *json.Encoder
	xlsx   *excelize.File
	sheet  *excelize.StreamWriter
	row    int
	vals   [numFields]string
	cells  []any
}

const xlsxSheet = "requests"

// NewWriter starts a file of the given format on w (with its header row where the format
// has one). Close must be called to finish it; for XLSX nothing reaches w before Close.
func NewWriter(w io.Writer, format Format) (*Writer, error) {
	wr := &Writer{format: format, out: w}
	switch format {
	case JSONL:
		wr.bw = bufio.NewWriterSize(w, 64<<10)
		wr.json = json.NewEncoder(wr.bw)
		wr.json.SetEscapeHTML(false)
	case CSV:
		wr.bw = bufio.NewWriterSize(w, 64<<10)
		wr.csv = csv.NewWriter(wr.bw)
		if err := wr.csv.Write(Fields[:]); err != nil {
			return nil, err
		}
	case XLSX:
		wr.xlsx = excelize.NewFile()
		if err := wr.xlsx.SetSheetName("Sheet1", xlsxSheet); err != nil {
			return nil, err
		}
		sw, err := wr.xlsx.NewStreamWriter(xlsxSheet)
		if err != nil {
			return nil, err
		}
		wr.sheet = sw
		header := make([]any, numFields)
		for i, n := range Fields {
			header[i] = n
		}
		wr.row = 1
		if err := sw.SetRow("A1", header); err != nil {
			return nil, err
		}
		wr.cells = make([]any, numFields)
	default:
		return nil, fmt.Errorf("exchange: unknown format %q", format)
	}
	return wr, nil
}

// jsonRow fixes the key order and writes a missing location as null.
type jsonRow struct {
	ID        string   `json:"id"`
	District  string   `json:"district"`
	CreatedAt string   `json:"created_at"`
	Category  string   `json:"category"`
	Text      string   `json:"text"`
	Address   string   `json:"address"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Channel   string   `json:"channel"`
	Status    string   `json:"status"`
}

// Write adds one request.
func (w *Writer) Write(r tafkik.Request) error {
	created := r.CreatedAt.Format(time.RFC3339Nano)
	switch w.format {
	case JSONL:
		row := jsonRow{ID: r.ID, District: r.District, CreatedAt: created, Category: r.Category,
			Text: r.Text, Address: r.Address, Channel: r.Channel, Status: string(r.Status)}
		if r.HasLocation {
			row.Lat, row.Lon = &r.Lat, &r.Lon
		}
		return w.json.Encode(&row)
	case CSV:
		w.values(r, created)
		return w.csv.Write(w.vals[:])
	}
	w.values(r, created)
	for i, v := range w.vals {
		if utf16Len(v) > excelize.TotalCellChars {
			return fmt.Errorf("request %s: %s too long for an XLSX cell", r.ID, Fields[i])
		}
		w.cells[i] = v
	}
	if r.HasLocation {
		w.cells[fieldLat], w.cells[fieldLon] = xlsxNumber(r.Lat), xlsxNumber(r.Lon)
	}
	w.row++
	cell, err := excelize.CoordinatesToCellName(1, w.row)
	if err != nil {
		return err
	}
	return w.sheet.SetRow(cell, w.cells)
}

func (w *Writer) values(r tafkik.Request, created string) {
	w.vals = [numFields]string{r.ID, r.District, created, r.Category, r.Text, r.Address,
		"", "", r.Channel, string(r.Status)}
	if r.HasLocation {
		w.vals[fieldLat] = strconv.FormatFloat(r.Lat, 'f', -1, 64)
		w.vals[fieldLon] = strconv.FormatFloat(r.Lon, 'f', -1, 64)
	}
}

// xlsxNumber keeps a coordinate a number cell for spreadsheet users when Excel's 15
// significant digits hold it exactly, and a text cell otherwise, so nothing is rounded.
func xlsxNumber(v float64) any {
	if p, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64); err == nil && p == v {
		return v
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// Close finishes the file and flushes it to the underlying writer (which it does not close).
func (w *Writer) Close() error {
	switch w.format {
	case CSV:
		w.csv.Flush()
		if err := w.csv.Error(); err != nil {
			return err
		}
		return w.bw.Flush()
	case JSONL:
		return w.bw.Flush()
	}
	defer w.xlsx.Close()
	if err := w.sheet.Flush(); err != nil {
		return err
	}
	_, err := w.xlsx.WriteTo(w.out)
	return err
}
