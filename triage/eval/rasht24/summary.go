package rasht24

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set in a few lines: issues and their sizes, agencies, channels,
// locations, statuses.
func Summarize(rows []labelled.Row) string {
	n := len(rows)
	if n == 0 {
		return "0 requests\n"
	}
	size := map[string]int{}
	agency := map[string]int{}
	channel := map[string]int{}
	status := map[string]int{}
	located, noAddress := 0, 0
	for _, r := range rows {
		size[r.Group]++
		agency[r.Agency]++
		channel[r.Channel]++
		status[r.Status]++
		if r.Lat != nil {
			located++
		}
		if r.Address == "" {
			noAddress++
		}
	}
	sizes := make([]int, 0, len(size))
	for _, s := range size {
		sizes = append(sizes, s)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	buckets := [5]int{} // 1, 2, 3-5, 6-19, 20+
	for _, s := range sizes {
		switch {
		case s == 1:
			buckets[0]++
		case s == 2:
			buckets[1]++
		case s <= 5:
			buckets[2]++
		case s < 20:
			buckets[3]++
		default:
			buckets[4]++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d requests, %d issues (%.2f requests an issue)\n", n, len(sizes), float64(n)/float64(len(sizes)))
	fmt.Fprintf(&b, "issue sizes: 1: %d, 2: %d, 3-5: %d, 6-19: %d, 20+: %d; largest %v\n",
		buckets[0], buckets[1], buckets[2], buckets[3], buckets[4], sizes[:min(8, len(sizes))])
	fmt.Fprintf(&b, "agencies: %s\n", shares(agency, n))
	fmt.Fprintf(&b, "channels: %s\n", shares(channel, n))
	fmt.Fprintf(&b, "statuses: %s\n", shares(status, n))
	fmt.Fprintf(&b, "with a location %.1f%%, without an address %.1f%%\n", pct(located, n), pct(noAddress, n))
	fmt.Fprintf(&b, "from %s to %s\n", rows[0].CreatedAt.Format("2006-01-02"), rows[n-1].CreatedAt.Format("2006-01-02"))
	return b.String()
}

func pct(a, n int) float64 { return 100 * float64(a) / float64(n) }

// shares lists counts largest first, ties by name, so the output is the same every run.
func shares(m map[string]int, n int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d (%.1f%%)", k, m[k], pct(m[k], n))
	}
	return strings.Join(parts, ", ")
}
