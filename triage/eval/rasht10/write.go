package rasht10

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// jsonRow is one line of requests.jsonl; lat and lon are left out when there is no location.
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
		return fmt.Errorf("rasht10: %w", err)
	}
	if err := writeFile(filepath.Join(dir, "requests.jsonl"), func(w *bufio.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			jr := jsonRow{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt.Format(time.RFC3339),
				Category: r.Category, Text: r.Text, Address: r.Address, Channel: r.Channel, Status: string(r.Status)}
			if r.HasLocation {
				lat, lon := r.Lat, r.Lon
				jr.Lat, jr.Lon = &lat, &lon
			}
			if err := enc.Encode(jr); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "truth.csv"), func(w *bufio.Writer) error {
		cw := csv.NewWriter(w)
		if err := cw.Write([]string{"request_id", "group_id", "jurisdiction"}); err != nil {
			return err
		}
		for _, r := range rows {
			if err := cw.Write([]string{r.ID, r.GroupID, string(r.Jurisdiction)}); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	})
}

func writeFile(path string, fill func(*bufio.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("rasht10: %w", err)
	}
	w := bufio.NewWriter(f)
	if err := fill(w); err != nil {
		f.Close()
		return fmt.Errorf("rasht10: write %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("rasht10: write %s: %w", path, err)
	}
	return f.Close()
}
