package rasht28

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// Summarize reports what a set holds: requests, issues, the largest issues, agency, channel
// and size shares, coordinates.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	n := len(rows)
	if n == 0 {
		return "no requests\n"
	}
	groups := map[string]int{}
	agencies := map[string]int{}
	channels := map[string]int{}
	withCoords, noPlace := 0, 0
	for _, r := range rows {
		groups[r.Group]++
		agencies[r.Agency]++
		channels[r.Channel]++
		if r.Lat != nil {
			withCoords++
		} else if r.Address == "" {
			noPlace++
		}
	}
	sizes := make([]int, 0, len(groups))
	singles := 0
	for _, s := range groups {
		sizes = append(sizes, s)
		if s == 1 {
			singles++
		}
	}
	slices.SortFunc(sizes, func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), single-request issues %d (%.0f%%)\n",
		n, len(groups), float64(n)/float64(len(groups)), singles, 100*float64(singles)/float64(len(groups)))
	fmt.Fprintf(&b, "largest issues: %v\n", sizes[:min(10, len(sizes))])
	fmt.Fprintf(&b, "with coordinates %.1f%%, no address and no pin %.1f%%\n",
		100*float64(withCoords)/float64(n), 100*float64(noPlace)/float64(n))
	b.WriteString("agencies:")
	for _, a := range sortedKeys(agencies) {
		fmt.Fprintf(&b, " %s %.1f%%", a, 100*float64(agencies[a])/float64(n))
	}
	b.WriteString("\nchannels:")
	for _, c := range sortedKeys(channels) {
		fmt.Fprintf(&b, " %s %.1f%%", c, 100*float64(channels[c])/float64(n))
	}
	b.WriteString("\n")
	return b.String()
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
