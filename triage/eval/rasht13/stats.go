package rasht13

import (
	"fmt"
	"sort"
	"strings"
)

// Summary describes a generated set in a few lines: issues and their sizes, agencies,
// coordinates, old-system rows. It reads only the rows, as a scorer would.
func Summary(rows []Row) string {
	size := map[string]int{}
	agencyReq := map[string]int{}
	agencyIss := map[string]int{}
	located, old, noAddr := 0, 0, 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			agencyIss[r.Agency]++
		}
		size[r.Group]++
		agencyReq[r.Agency]++
		if r.Lat != nil {
			located++
		}
		if strings.Contains(r.ID, "-") {
			old++
		}
		if r.Address == "" {
			noAddr++
		}
	}
	var sizes []int
	hist := map[string]int{}
	for _, s := range size {
		sizes = append(sizes, s)
		switch {
		case s == 1:
			hist["1"]++
		case s <= 3:
			hist["2-3"]++
		case s <= 9:
			hist["4-9"]++
		case s <= 40:
			hist["10-40"]++
		default:
			hist[">40"]++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	n := float64(len(rows))
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue)\n", len(rows), len(size), n/float64(max(1, len(size))))
	fmt.Fprintf(&b, "issue sizes: 1: %d, 2-3: %d, 4-9: %d, 10-40: %d, >40: %d; largest %v\n",
		hist["1"], hist["2-3"], hist["4-9"], hist["10-40"], hist[">40"], sizes[:min(8, len(sizes))])
	outside := 0
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, "  %-12s %5d requests (%4.1f%%) in %4d issues\n", a, agencyReq[a], 100*float64(agencyReq[a])/n, agencyIss[a])
		if a != "municipality" {
			outside += agencyReq[a]
		}
	}
	fmt.Fprintf(&b, "other agencies %.1f%% of requests; coordinates on %.1f%%; old-system rows %.1f%%; empty address field %.1f%%\n",
		100*float64(outside)/n, 100*float64(located)/n, 100*float64(old)/n, 100*float64(noAddr)/n)
	return b.String()
}
