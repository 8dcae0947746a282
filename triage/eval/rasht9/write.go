package rasht9

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tafkik/tafkik"
)

// jsonRow is the DESIGN.md import form; lat/lon are null when the row has no location.
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

// Write generates the set for opt and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return WriteRows(dir, rows)
}

// WriteRows writes rows already generated as dir/requests.jsonl and dir/truth.csv.
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
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(jsonRow{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt.Format(time.RFC3339),
			Category: r.Category, Text: r.Text, Address: r.Address, Lat: r.Lat, Lon: r.Lon,
			Channel: r.Channel, Status: r.Status}); err != nil {
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
	_ = w.Write([]string{"request_id", "group_id", "jurisdiction"})
	for _, r := range rows {
		_ = w.Write([]string{r.ID, r.GroupID, string(r.Agency)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// Summary tallies a set for a human: issues, their sizes and the agencies' shares.
func Summary(rows []Row) string {
	size := map[string]int{}
	agency := map[tafkik.Agency]int{}
	for _, r := range rows {
		size[r.GroupID]++
		agency[r.Agency]++
	}
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2-3", 2, 3}, {"4-9", 4, 9}, {"10-40", 10, 40}, {"41+", 41, 1 << 30}}
	count := make([]int, len(buckets))
	largest := 0
	for _, s := range size {
		largest = max(largest, s)
		for i, b := range buckets {
			if s >= b.lo && s <= b.hi {
				count[i]++
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d requests, %d issues, largest %d\nissue sizes:", len(rows), len(size), largest)
	for i, bk := range buckets {
		fmt.Fprintf(&b, " %s=%d", bk.name, count[i])
	}
	b.WriteString("\nrequests by agency:")
	for _, a := range tafkik.Agencies {
		fmt.Fprintf(&b, " %s=%d (%.1f%%)", a, agency[a], 100*float64(agency[a])/float64(max(1, len(rows))))
	}
	b.WriteString("\n")
	return b.String()
}
