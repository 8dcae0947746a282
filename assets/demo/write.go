package demo

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"time"

	tafkik "github.com/tafkik/tafkik"
)

// jsonRequest is one line of the import format (DESIGN.md "Exchange formats"). A request
// without a location has null lat and lon, so a real 0,0 is never confused with a missing one.
type jsonRequest struct {
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

// WriteJSONL writes requests in the JSON Lines import format, one object per line.
func WriteJSONL(w io.Writer, reqs []tafkik.Request) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range reqs {
		j := jsonRequest{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt.Format(time.RFC3339),
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

// WriteTruthCSV writes the truth in the triage export's shape (request_id,group_id,jurisdiction),
// so that a triage export can be scored against it directly.
func WriteTruthCSV(w io.Writer, truth []Truth) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"request_id", "group_id", "jurisdiction"}); err != nil {
		return err
	}
	for _, t := range truth {
		if err := cw.Write([]string{t.RequestID, t.GroupID, string(t.Agency)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
