package rasht35

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// agencies in the order the summary lists them.
var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize counts a set the way the README describes it: issues, their sizes, agencies,
// channels and pins.
func Summarize(rows []labelled.Row) string {
	size := map[string]int{}
	agencyReq, agencyIss := map[string]int{}, map[string]int{}
	channel := map[string]int{}
	pins, noCat := 0, 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			agencyIss[r.Agency]++
		}
		size[r.Group]++
		agencyReq[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			pins++
		}
		if r.Category == "" {
			noCat++
		}
	}
	sizes := make([]int, 0, len(size))
	singles, pairs := 0, 0
	for _, n := range size {
		sizes = append(sizes, n)
		switch n {
		case 1:
			singles++
		case 2:
			pairs++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	n := len(rows)
	pct := func(x, of int) string {
		if of == 0 {
			return "0.0%"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(x)/float64(of))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), singletons %s, pairs %s of issues\n",
		n, len(size), float64(n)/float64(max(len(size), 1)), pct(singles, len(size)), pct(pairs, len(size)))
	fmt.Fprintf(&b, "largest issues: %v\n", sizes[:min(10, len(sizes))])
	b.WriteString("agencies (requests / issues):")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %s/%s", a, pct(agencyReq[a], n), pct(agencyIss[a], len(size)))
	}
	b.WriteString("\nchannels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %s", c, pct(channel[c], n))
	}
	fmt.Fprintf(&b, "\nwith a pin %s, no category %s\n", pct(pins, n), pct(noCat, n))
	return b.String()
}
