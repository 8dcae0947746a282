package rasht7

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// jsonRow is the import format of DESIGN.md; lat and lon are left out when there are none.
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

// WriteJSONL writes the requests, one JSON object a line.
func WriteJSONL(w io.Writer, rows []Row) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		j := jsonRow{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt.Format(time.RFC3339),
			Category: r.Category, Text: r.Text, Address: r.Address, Channel: r.Channel, Status: string(r.Status)}
		if r.HasLocation {
			lat, lon := r.Lat, r.Lon
			j.Lat, j.Lon = &lat, &lon
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// WriteTruth writes request_id,group_id,jurisdiction.
func WriteTruth(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"request_id", "group_id", "jurisdiction"}); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write([]string{r.ID, r.Group, string(r.Agency)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Write generates a set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, []Row) error
	}{{"requests.jsonl", WriteJSONL}, {"truth.csv", WriteTruth}} {
		if err := writeFile(filepath.Join(dir, f.name), rows, f.write); err != nil {
			return fmt.Errorf("write %s: %w", f.name, err)
		}
	}
	return nil
}

func writeFile(path string, rows []Row, write func(io.Writer, []Row) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f, rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
