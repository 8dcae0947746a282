package rasht30

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set: requests, issues, the largest issues, issue sizes, agency
// and channel shares, and how many requests carry coordinates or an address.
func Summarize(rows []labelled.Row) string {
	sizes := map[string]int{}
	agencies := map[string]int{}
	chans := map[string]int{}
	withPin, withAddr := 0, 0
	for _, r := range rows {
		sizes[r.Group]++
		agencies[r.Agency]++
		chans[r.Channel]++
		if r.Lat != nil {
			withPin++
		}
		if r.Address != "" {
			withAddr++
		}
	}
	type kv struct {
		k string
		n int
	}
	sorted := func(m map[string]int) []kv {
		var out []kv
		for k, n := range m {
			out = append(out, kv{k, n})
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].n != out[j].n {
				return out[i].n > out[j].n
			}
			return out[i].k < out[j].k
		})
		return out
	}
	n := float64(len(rows))
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests per issue)\n", len(rows), len(sizes), n/float64(max(1, len(sizes))))
	groups := sorted(sizes)
	b.WriteString("largest issues:")
	for i := 0; i < len(groups) && i < 8; i++ {
		fmt.Fprintf(&b, " %d", groups[i].n)
	}
	b.WriteString("\n")
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-5", 3, 5}, {"6-20", 6, 20}, {"21-60", 21, 60}, {">60", 61, 1 << 30}}
	b.WriteString("issue sizes:")
	for _, bk := range buckets {
		c := 0
		for _, g := range groups {
			if g.n >= bk.lo && g.n <= bk.hi {
				c++
			}
		}
		fmt.Fprintf(&b, " %s:%d", bk.name, c)
	}
	b.WriteString("\nagencies:")
	for _, a := range sorted(agencies) {
		fmt.Fprintf(&b, " %s %.1f%%", a.k, 100*float64(a.n)/n)
	}
	b.WriteString("\nchannels:")
	for _, c := range sorted(chans) {
		fmt.Fprintf(&b, " %s %.1f%%", c.k, 100*float64(c.n)/n)
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, with address %.1f%%\n", 100*float64(withPin)/n, 100*float64(withAddr)/n)
	return b.String()
}
