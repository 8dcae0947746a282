package rasht41

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencies = []string{municipality, water, power, gas, telecom, police, other}

// Summarize describes a labelled set: how many issues, how big the biggest, how the
// requests split by agency and channel, how many carry coordinates.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	n := len(rows)
	if n == 0 {
		return "no requests\n"
	}
	size := map[string]int{}
	first := map[string]labelled.Row{}
	var order []string
	byAgency := map[string]int{}
	issueAgency := map[string]int{}
	byChannel := map[string]int{}
	located, noAddress := 0, 0
	for _, r := range rows {
		if _, ok := size[r.Group]; !ok {
			order = append(order, r.Group)
			first[r.Group] = r
			issueAgency[r.Agency]++
		}
		size[r.Group]++
		byAgency[r.Agency]++
		byChannel[r.Channel]++
		if r.Lat != nil {
			located++
		}
		if r.Address == "" {
			noAddress++
		}
	}
	pct := func(k int) string { return fmt.Sprintf("%.1f%%", 100*float64(k)/float64(n)) }
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), %s from %s to %s\n", n, len(size),
		float64(n)/float64(len(size)), rows[0].District, rows[0].CreatedAt.Format("2006-01-02"), rows[n-1].CreatedAt.Format("2006-01-02"))
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-4", 3, 4}, {"5-9", 5, 9}, {"10-24", 10, 24}, {"25-59", 25, 59}, {"60+", 60, 1 << 30}}
	b.WriteString("issue sizes:")
	for _, bk := range buckets {
		c := 0
		for _, g := range order {
			if size[g] >= bk.lo && size[g] <= bk.hi {
				c++
			}
		}
		fmt.Fprintf(&b, " %s:%d", bk.name, c)
	}
	b.WriteString("\n")
	sorted := slices.Clone(order)
	slices.SortStableFunc(sorted, func(a, c string) int { return size[c] - size[a] })
	b.WriteString("largest issues:\n")
	for _, g := range sorted[:min(6, len(sorted))] {
		f := first[g]
		fmt.Fprintf(&b, "  %s %4d %-12s %s | %s\n", g, size[g], f.Agency, f.Category, f.Address)
	}
	b.WriteString("agency (requests / issues):")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %s/%d", a, pct(byAgency[a]), issueAgency[a])
	}
	b.WriteString("\nchannel:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %s", c, pct(byChannel[c]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %s, empty address %s\n", pct(located), pct(noAddress))
	return b.String()
}
