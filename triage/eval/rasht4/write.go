package rasht4

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// jsonRow is a request in the import format of DESIGN.md; lat/lon are null when unknown.
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

// Write generates with opt and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return WriteRows(dir, rows)
}

// WriteRows writes rows already generated, as Write does.
func WriteRows(dir string, rows []Row) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeJSONL(filepath.Join(dir, "requests.jsonl"), rows); err != nil {
		return err
	}
	return writeTruth(filepath.Join(dir, "truth.csv"), rows)
}

func writeJSONL(path string, rows []Row) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, rw := range rows {
		if err := enc.Encode(jsonRow{ID: rw.ID, District: rw.District, CreatedAt: rw.CreatedAt.Format(time.RFC3339),
			Category: rw.Category, Text: rw.Text, Address: rw.Address, Lat: rw.Lat, Lon: rw.Lon,
			Channel: rw.Channel, Status: rw.Status}); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeTruth(path string, rows []Row) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write([]string{"request_id", "group_id", "jurisdiction"})
	for _, rw := range rows {
		w.Write([]string{rw.ID, rw.Group, rw.Agency})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
