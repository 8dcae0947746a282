package rasht38

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize describes a set in a few lines: issues and their sizes, agencies, channels,
// locations, for the README and for an author's sanity check.
func Summarize(rows []labelled.Row) string {
	n := len(rows)
	if n == 0 {
		return "no requests\n"
	}
	size := map[string]int{}
	agency := map[string]int{}
	channel := map[string]int{}
	withLoc, noAddr, emptyCat := 0, 0, 0
	for _, r := range rows {
		size[r.Group]++
		agency[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			withLoc++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
		if r.Category == "" {
			emptyCat++
		}
	}
	sizes := make([]int, 0, len(size))
	for _, s := range size {
		sizes = append(sizes, s)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	buckets := [5]int{} // 1, 2, 3-5, 6-20, >20
	for _, s := range sizes {
		switch {
		case s == 1:
			buckets[0]++
		case s == 2:
			buckets[1]++
		case s <= 5:
			buckets[2]++
		case s <= 20:
			buckets[3]++
		default:
			buckets[4]++
		}
	}
	pct := func(x int) float64 { return 100 * float64(x) / float64(n) }
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), %s to %s\n", n, len(sizes),
		float64(n)/float64(len(sizes)), rows[0].CreatedAt.Format("2006-01-02"), rows[n-1].CreatedAt.Format("2006-01-02"))
	fmt.Fprintf(&b, "issue sizes: 1: %d, 2: %d, 3-5: %d, 6-20: %d, >20: %d; largest %v\n",
		buckets[0], buckets[1], buckets[2], buckets[3], buckets[4], sizes[:min(8, len(sizes))])
	b.WriteString("agencies:")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%%", a, pct(agency[a]))
	}
	b.WriteString("\nchannels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %.1f%%", c.name, pct(channel[c.name]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, no address %.1f%%, no category %.1f%%\n", pct(withLoc), pct(noAddr), pct(emptyCat))
	return b.String()
}
