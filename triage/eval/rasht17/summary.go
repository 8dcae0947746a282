package rasht17

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set: issues and their sizes, the largest issues, agencies and
// channels, and how many requests carry coordinates.
func Summarize(rows []labelled.Row) string {
	size := map[string]int{}
	agencyReq := map[string]int{}
	agencyIss := map[string]int{}
	channel := map[string]int{}
	pinned := 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			agencyIss[r.Agency]++
		}
		size[r.Group]++
		agencyReq[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			pinned++
		}
	}
	type group struct {
		id string
		n  int
	}
	var groups []group
	singles := 0
	for id, n := range size {
		groups = append(groups, group{id, n})
		if n == 1 {
			singles++
		}
	}
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].n != groups[j].n {
			return groups[i].n > groups[j].n
		}
		return groups[i].id < groups[j].id
	})
	n := len(rows)
	pct := func(x int) float64 { return 100 * float64(x) / float64(max(n, 1)) }
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), single-request issues %d\n",
		n, len(groups), float64(n)/float64(max(len(groups), 1)), singles)
	fmt.Fprintf(&b, "with coordinates %d (%.1f%%)\n", pinned, pct(pinned))
	b.WriteString("largest issues:")
	for i := 0; i < len(groups) && i < 8; i++ {
		fmt.Fprintf(&b, " %s=%d", groups[i].id, groups[i].n)
	}
	b.WriteString("\n")
	buckets := []struct {
		lo, hi int
	}{{1, 1}, {2, 3}, {4, 9}, {10, 29}, {30, 59}, {60, 1 << 30}}
	b.WriteString("issue sizes:")
	for _, bk := range buckets {
		c := 0
		for _, g := range groups {
			if g.n >= bk.lo && g.n <= bk.hi {
				c++
			}
		}
		if bk.hi == 1<<30 {
			fmt.Fprintf(&b, " %d+:%d", bk.lo, c)
		} else {
			fmt.Fprintf(&b, " %d-%d:%d", bk.lo, bk.hi, c)
		}
	}
	b.WriteString("\nagency (requests / issues):")
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, " %s %.1f%%/%d", a, pct(agencyReq[a]), agencyIss[a])
	}
	fmt.Fprintf(&b, "\nnot municipality: %.1f%% of requests\n", 100-pct(agencyReq["municipality"]))
	b.WriteString("channel:")
	for _, c := range []string{"app", "phone", "web"} {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(channel[c]))
	}
	b.WriteString("\n")
	return b.String()
}
