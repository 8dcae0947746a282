package rasht9

import (
	"fmt"
	"strings"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Write generates a set and writes dir/requests.jsonl and dir/truth.csv (labelled.Write).
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return WriteRows(dir, rows)
}

// WriteRows writes rows already generated, as Write does.
func WriteRows(dir string, rows []Row) error { return labelled.Write(dir, toLabelled(rows)) }

// toLabelled is the rows in the shared file format.
func toLabelled(rows []Row) []labelled.Row {
	out := make([]labelled.Row, len(rows))
	for i, r := range rows {
		out[i] = labelled.Row{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt, Category: r.Category,
			Text: r.Text, Address: r.Address, Lat: r.Lat, Lon: r.Lon, Channel: r.Channel, Status: r.Status,
			Group: r.GroupID, Agency: string(r.Agency)}
	}
	return out
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
