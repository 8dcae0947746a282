package rasht7

import (
	"fmt"
	"slices"
	"strings"
)

// Summary describes a generated set in numbers, for its author and for the report.
func Summary(rows []Row) string {
	size := map[string]int{}
	agencyReqs := map[string]int{}
	agencyIssues := map[string]int{}
	problemReqs := map[string]int{}
	withLoc, noAddr := 0, 0
	style, shown := map[string]int{}, map[string]int{}
	for _, r := range rows {
		if size[r.Group] == 0 {
			agencyIssues[string(r.Agency)]++
		}
		size[r.Group]++
		agencyReqs[string(r.Agency)]++
		problemReqs[r.Problem]++
		style[r.Style]++
		shown[r.Shown]++
		if r.HasLocation {
			withLoc++
		}
		if r.Address == "" {
			noAddr++
		}
	}
	var sizes []int
	for _, n := range size {
		sizes = append(sizes, n)
	}
	slices.Sort(sizes)
	buckets := []struct {
		lo, hi int
	}{{1, 1}, {2, 2}, {3, 3}, {4, 9}, {10, 40}, {41, 1000}}
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d, largest %v\n", len(rows), len(sizes), sizes[max(0, len(sizes)-5):])
	for _, k := range buckets {
		n, reqs := 0, 0
		for _, s := range sizes {
			if s >= k.lo && s <= k.hi {
				n++
				reqs += s
			}
		}
		fmt.Fprintf(&b, "  size %d-%d: %d issues, %d requests\n", k.lo, k.hi, n, reqs)
	}
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, "  %-12s %5d requests (%.1f%%) in %d issues\n", a, agencyReqs[a],
			100*float64(agencyReqs[a])/float64(len(rows)), agencyIssues[a])
	}
	fmt.Fprintf(&b, "  coordinates on %.1f%%, empty address on %.1f%%\n",
		100*float64(withLoc)/float64(len(rows)), 100*float64(noAddr)/float64(len(rows)))
	pct := func(name string, m map[string]int, keys []string) {
		fmt.Fprintf(&b, "  %s:", name)
		for _, k := range keys {
			fmt.Fprintf(&b, " %s %.1f%%", k, 100*float64(m[k])/float64(len(rows)))
		}
		b.WriteString("\n")
	}
	pct("style", style, []string{"citizen", "operator", "followup", "echo", "short", "menu", "rambling", "finglish"})
	pct("place shown", shown, []string{"both", "address", "text", "nowhere", "home-address"})
	var keys []string
	for k := range problemReqs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s:%d", k, problemReqs[k])
	}
	b.WriteString("\n")
	return b.String()
}
