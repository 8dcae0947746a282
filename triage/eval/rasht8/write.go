package rasht8

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// jsonRow is one line of requests.jsonl, in the import fields of DESIGN.md.
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

// Write generates a set into dir as requests.jsonl and truth.csv.
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
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		jr := jsonRow{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt.Format(time.RFC3339),
			Category: r.Category, Text: r.Text, Address: r.Address, Lat: r.Lat, Lon: r.Lon,
			Channel: r.Channel, Status: r.Status}
		if err := enc.Encode(jr); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
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
	for _, r := range rows {
		if err := w.Write([]string{r.ID, r.GroupID, r.Jurisdiction}); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
