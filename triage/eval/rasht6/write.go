package rasht6

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// jsonRow is the import format of DESIGN.md; lat and lon are omitted when there is none.
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

// Write generates a set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
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
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range rows {
		r := &rows[i]
		jr := jsonRow{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt.Format(time.RFC3339),
			Category: r.Category, Text: r.Text, Address: r.Address, Channel: r.Channel, Status: r.Status}
		if r.HasLocation {
			lat, lon := r.Lat, r.Lon
			jr.Lat, jr.Lon = &lat, &lon
		}
		if err := enc.Encode(jr); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func writeTruth(path string, rows []Row) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	if err := w.Write([]string{"request_id", "group_id", "jurisdiction"}); err != nil {
		return err
	}
	for i := range rows {
		if err := w.Write([]string{rows[i].ID, rows[i].GroupID, rows[i].Jurisdiction}); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return f.Close()
}
