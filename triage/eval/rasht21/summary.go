package rasht21

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize tells in a few lines what a set holds: issues and their sizes, agencies,
// channels, how often a place is given.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	size := map[string]int{}
	first := map[string]labelled.Row{}
	agencyReqs := map[string]int{}
	agencyIssues := map[string]int{}
	chans := map[string]int{}
	pinned, noAddr := 0, 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			first[r.Group] = r
			agencyIssues[r.Agency]++
		}
		size[r.Group]++
		agencyReqs[r.Agency]++
		chans[r.Channel]++
		if r.Lat != nil {
			pinned++
		}
		if r.Address == "" {
			noAddr++
		}
	}
	n := max(1, len(rows))
	groups := make([]string, 0, len(size))
	for g := range size {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b string) int { return cmp.Or(cmp.Compare(size[b], size[a]), cmp.Compare(a, b)) })
	hist := map[string]int{}
	for _, g := range groups {
		switch s := size[g]; {
		case s == 1:
			hist["1"]++
		case s == 2:
			hist["2"]++
		case s <= 5:
			hist["3-5"]++
		case s <= 10:
			hist["6-10"]++
		case s <= 40:
			hist["11-40"]++
		default:
			hist[">40"]++
		}
	}
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue)\n", len(rows), len(groups), float64(len(rows))/float64(max(1, len(groups))))
	fmt.Fprintf(&b, "issue sizes:")
	for _, k := range []string{"1", "2", "3-5", "6-10", "11-40", ">40"} {
		fmt.Fprintf(&b, " %s:%d", k, hist[k])
	}
	b.WriteString("\nlargest issues:\n")
	for _, g := range groups[:min(6, len(groups))] {
		f := first[g]
		fmt.Fprintf(&b, "  %s %4d %-12s %s | %s\n", g, size[g], f.Agency, f.Category, f.Address)
	}
	b.WriteString("agencies (requests / issues):")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%%/%d", a, 100*float64(agencyReqs[a])/float64(n), agencyIssues[a])
	}
	b.WriteString("\nchannels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %.1f%%", c.name, 100*float64(chans[c.name])/float64(n))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, without address %.1f%%\n", 100*float64(pinned)/float64(n), 100*float64(noAddr)/float64(n))
	return b.String()
}
