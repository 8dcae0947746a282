package rasht8

import (
	"fmt"
	"sort"
	"strings"
)

// Describe summarises a set for a person: how many issues, how big, whose.
func Describe(rows []Row) string {
	size := map[string]int{}
	agency := map[string]int{}
	located, noAddr := 0, 0
	for _, r := range rows {
		size[r.GroupID]++
		agency[r.Jurisdiction]++
		if r.Lat != nil {
			located++
		}
		if r.Address == "" {
			noAddr++
		}
	}
	bins := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3", 3, 3}, {"4-9", 4, 9}, {"10-40", 10, 40}, {"41+", 41, 1 << 30}}
	counts := make([]int, len(bins))
	var sizes []int
	for _, s := range size {
		sizes = append(sizes, s)
		for i, b := range bins {
			if s >= b.lo && s <= b.hi {
				counts[i]++
			}
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	var b strings.Builder
	n := float64(len(rows))
	fmt.Fprintf(&b, "%d requests, %d issues (%.2f requests per issue)\n", len(rows), len(size), n/float64(len(size)))
	fmt.Fprintf(&b, "issue sizes:")
	for i, bn := range bins {
		fmt.Fprintf(&b, " %s:%d", bn.name, counts[i])
	}
	if len(sizes) > 8 {
		sizes = sizes[:8]
	}
	fmt.Fprintf(&b, "; largest %v\n", sizes)
	fmt.Fprintf(&b, "jurisdiction:")
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, " %s %d (%.1f%%)", a, agency[a], 100*float64(agency[a])/n)
	}
	fmt.Fprintf(&b, "\ncoordinates on %.1f%% of rows, empty address on %.1f%%\n", 100*float64(located)/n, 100*float64(noAddr)/n)
	return b.String()
}
