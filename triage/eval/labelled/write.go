package labelled

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/tafkik/tafkik"
)

// Row is one request of a labelled set and its truth: the issue it belongs to and the
// agency that must act. Lat and Lon are nil when the request has no location.
type Row struct {
	ID, District            string
	CreatedAt               time.Time
	Category, Text, Address string
	Lat, Lon                *float64
	Channel, Status         string
	Group, Agency           string
}

// FromRequest is the Row of r with its truth.
func FromRequest(r tafkik.Request, group, agency string) Row {
	row := Row{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt, Category: r.Category, Text: r.Text,
		Address: r.Address, Channel: r.Channel, Status: string(r.Status), Group: group, Agency: agency}
	if r.HasLocation {
		lat, lon := r.Lat, r.Lon
		row.Lat, row.Lon = &lat, &lon
	}
	return row
}

// jsonRow is the import shape; lat and lon are left out when there is no location.
type jsonRow struct {
	ID        string   `json:"id"`
	District  string   `json:"district"`
	CreatedAt string   `json:"created_at"`
	Category  string   `json:"category"`
	Text      string   `json:"text"`
	Address   string   `json:"address"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Channel   string   `json:"channel"`
	Status    string   `json:"status"`
}

// Write writes dir/requests.jsonl and dir/truth.csv, making dir if needed.
func Write(dir string, rows []Row) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "requests.jsonl"), rows, WriteJSONL); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "truth.csv"), rows, WriteTruth)
}

// WriteJSONL writes the requests, one JSON object a line.
func WriteJSONL(w io.Writer, rows []Row) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(jsonRow{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt.Format(time.RFC3339),
			Category: r.Category, Text: r.Text, Address: r.Address, Lat: r.Lat, Lon: r.Lon,
			Channel: r.Channel, Status: r.Status}); err != nil {
			return fmt.Errorf("request %s: %w", r.ID, err)
		}
	}
	return nil
}

// WriteTruth writes truth.csv: a header, then each request's issue and agency.
func WriteTruth(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"request_id", "group_id", "jurisdiction"}); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write([]string{r.ID, r.Group, r.Agency}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeFile(path string, rows []Row, write func(io.Writer, []Row) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := write(bw, rows); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
