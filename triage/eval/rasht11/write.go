package rasht11

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// jsonRow is the DESIGN.md import shape; lat and lon are left out when there is no location.
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

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
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
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(jsonRow{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt.Format(time.RFC3339),
			Category: r.Category, Text: r.Text, Address: r.Address, Lat: r.Lat, Lon: r.Lon,
			Channel: r.Channel, Status: r.Status}); err != nil {
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
	for _, r := range rows {
		w.Write([]string{r.ID, r.Group, r.Agency})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
