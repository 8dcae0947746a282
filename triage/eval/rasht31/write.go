package rasht31

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// Summarize describes a set: issues, the largest ones, agencies, channels, locations.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	size := map[string]int{}
	var order []string
	agency := map[string]int{}
	channel := map[string]int{}
	located := 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			order = append(order, r.Group)
		}
		size[r.Group]++
		agency[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			located++
		}
	}
	single := 0
	for _, g := range order {
		if size[g] == 1 {
			single++
		}
	}
	sorted := append([]string(nil), order...)
	sort.SliceStable(sorted, func(i, j int) bool { return size[sorted[i]] > size[sorted[j]] })
	n := len(rows)
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), single-request issues %d\n",
		n, len(order), float64(n)/float64(max(len(order), 1)), single)
	b.WriteString("largest issues:")
	for i := 0; i < len(sorted) && i < 8; i++ {
		fmt.Fprintf(&b, " %d", size[sorted[i]])
	}
	b.WriteString("\nagencies:")
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, " %s %.1f%%", a, pct(agency[a]))
	}
	b.WriteString("\nchannels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(channel[c]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%\n", pct(located))
	return b.String()
}
