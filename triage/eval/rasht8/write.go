package rasht8

import (
	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Write generates a set and writes dir/requests.jsonl and dir/truth.csv (labelled.Write).
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, toLabelled(rows))
}

// toLabelled is the rows in the shared file format.
func toLabelled(rows []Row) []labelled.Row {
	out := make([]labelled.Row, len(rows))
	for i, r := range rows {
		out[i] = labelled.Row{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt, Category: r.Category,
			Text: r.Text, Address: r.Address, Lat: r.Lat, Lon: r.Lon, Channel: r.Channel, Status: r.Status,
			Group: r.GroupID, Agency: r.Jurisdiction}
	}
	return out
}
