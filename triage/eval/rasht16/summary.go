package rasht16

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencies = []string{municipality, water, power, gas, telecom, police, other}

// Summarize describes a set by its truth: how many issues, how big the largest, how the
// requests split between agencies and channels, how many carry a pin.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	n := len(rows)
	if n == 0 {
		return "no requests\n"
	}
	size := map[string]int{}
	first := map[string]labelled.Row{}
	last := map[string]time.Time{}
	byAgency := map[string]int{}
	issuesByAgency := map[string]int{}
	byChannel := map[string]int{}
	minute := map[string]int{}
	located, vagueCat := 0, 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			first[r.Group] = r
			issuesByAgency[r.Agency]++
		}
		size[r.Group]++
		last[r.Group] = r.CreatedAt
		byAgency[r.Agency]++
		byChannel[r.Channel]++
		minute[r.CreatedAt.Format("2006-01-02T15:04")]++
		if r.Lat != nil {
			located++
		}
		if slices.Contains(vague, r.Category) {
			vagueCat++
		}
	}
	groups := make([]string, 0, len(size))
	for g := range size {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b string) int {
		if c := cmp.Compare(size[b], size[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	singles, big := 0, 0
	for _, g := range groups {
		switch s := size[g]; {
		case s == 1:
			singles++
		case s >= 30:
			big++
		}
	}
	pct := func(k, of int) string { return fmt.Sprintf("%.1f%%", 100*float64(k)/float64(of)) }
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), reported once %d (%s), issues of 30+ %d\n",
		n, len(groups), float64(n)/float64(len(groups)), singles, pct(singles, len(groups)), big)
	fmt.Fprintf(&b, "from %s to %s\n", rows[0].CreatedAt.Format("2006-01-02"), rows[n-1].CreatedAt.Format("2006-01-02"))
	b.WriteString("largest issues:\n")
	for _, g := range groups[:min(8, len(groups))] {
		f := first[g]
		text := []rune(strings.ReplaceAll(f.Text, "\n", " "))
		fmt.Fprintf(&b, "  %4d  %-12s %3d days  %s\n", size[g], f.Agency,
			int(last[g].Sub(f.CreatedAt).Hours()/24), string(text[:min(60, len(text))]))
	}
	b.WriteString("agencies (requests / issues):\n")
	for _, a := range agencies {
		fmt.Fprintf(&b, "  %-12s %5d %6s  %5d %6s\n", a, byAgency[a], pct(byAgency[a], n), issuesByAgency[a], pct(issuesByAgency[a], len(groups)))
	}
	fmt.Fprintf(&b, "not the municipality's: %s of requests\n", pct(n-byAgency[municipality], n))
	fmt.Fprintf(&b, "with coordinates: %s; vague category: %s\n", pct(located, n), pct(vagueCat, n))
	b.WriteString("channels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %s;", c.name, pct(byChannel[c.name], n))
	}
	shared := 0
	for _, k := range minute {
		if k >= 3 {
			shared += k
		}
	}
	fmt.Fprintf(&b, "\nrequests sharing their minute with 2+ others: %d\n", shared)
	return b.String()
}
