package rasht14

import (
	"fmt"
	"sort"
	"strings"
)

// Summary describes a generated set's truth: what the lead needs to know before scoring on it.
type Summary struct {
	Requests, Issues int
	Sizes            map[string]int // issues by size bucket: 1, 2, 3, 4-6, 7-15, 16-40, 41+
	Largest          []int          // the ten largest issues' sizes
	Agencies         map[string]int // requests by agency
	Located          int            // requests with coordinates
}

// Summarize counts a set's issues, their sizes and the agencies' shares.
func Summarize(rows []Row) Summary {
	s := Summary{Requests: len(rows), Sizes: map[string]int{}, Agencies: map[string]int{}}
	size := map[string]int{}
	for _, r := range rows {
		size[r.Group]++
		s.Agencies[r.Agency]++
		if r.Lat != nil {
			s.Located++
		}
	}
	s.Issues = len(size)
	var all []int
	for _, n := range size {
		all = append(all, n)
		s.Sizes[bucket(n)]++
	}
	sort.Sort(sort.Reverse(sort.IntSlice(all)))
	if len(all) > 10 {
		all = all[:10]
	}
	s.Largest = all
	return s
}

func bucket(n int) string {
	switch {
	case n <= 3:
		return fmt.Sprint(n)
	case n <= 6:
		return "4-6"
	case n <= 15:
		return "7-15"
	case n <= 40:
		return "16-40"
	default:
		return "41+"
	}
}

func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), coordinates on %.1f%%\n",
		s.Requests, s.Issues, float64(s.Requests)/float64(s.Issues), 100*float64(s.Located)/float64(s.Requests))
	b.WriteString("issues by size:")
	for _, k := range []string{"1", "2", "3", "4-6", "7-15", "16-40", "41+"} {
		fmt.Fprintf(&b, " %s:%d", k, s.Sizes[k])
	}
	fmt.Fprintf(&b, "\nlargest: %v\nrequests by agency:", s.Largest)
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, " %s %.1f%%", a, 100*float64(s.Agencies[a])/float64(s.Requests))
	}
	b.WriteString("\n")
	return b.String()
}
