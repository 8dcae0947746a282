package rasht3

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik"
)

// Summary describes a generated set: how many issues, how big, whose.
type Summary struct {
	Requests, Issues int
	// Sizes counts issues by number of requests: "1", "2", "3", "4-9", "10-40", ">40".
	Sizes   map[string]int
	Largest []int // the ten largest issues
	// Agency counts requests and issues per agency.
	AgencyRequests, AgencyIssues map[tafkik.Agency]int
	Located                      int // rows with coordinates
	Kinds                        int // problem kinds used
}

var sizeBuckets = []string{"1", "2", "3", "4-9", "10-40", ">40"}

func bucket(n int) string {
	switch {
	case n <= 3:
		return fmt.Sprint(n)
	case n <= 9:
		return "4-9"
	case n <= 40:
		return "10-40"
	}
	return ">40"
}

// Summarize counts what rows hold.
func Summarize(rows []Row) Summary {
	s := Summary{Requests: len(rows), Sizes: map[string]int{},
		AgencyRequests: map[tafkik.Agency]int{}, AgencyIssues: map[tafkik.Agency]int{}}
	size := map[string]int{}
	agency := map[string]tafkik.Agency{}
	kinds := map[string]bool{}
	for _, r := range rows {
		size[r.GroupID]++
		agency[r.GroupID] = r.Jurisdiction
		s.AgencyRequests[r.Jurisdiction]++
		kinds[r.Kind] = true
		if r.HasLocation {
			s.Located++
		}
	}
	s.Issues, s.Kinds = len(size), len(kinds)
	var all []int
	for g, n := range size {
		s.Sizes[bucket(n)]++
		s.AgencyIssues[agency[g]]++
		all = append(all, n)
	}
	slices.Sort(all)
	slices.Reverse(all)
	s.Largest = all[:min(10, len(all))]
	return s
}

func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f per issue), with coordinates %.1f%%, kinds %d\n",
		s.Requests, s.Issues, float64(s.Requests)/float64(max(1, s.Issues)), 100*float64(s.Located)/float64(max(1, s.Requests)), s.Kinds)
	b.WriteString("issue sizes:")
	for _, k := range sizeBuckets {
		fmt.Fprintf(&b, " %s:%d", k, s.Sizes[k])
	}
	fmt.Fprintf(&b, "; largest %v\n", s.Largest)
	b.WriteString("agency (requests / issues):")
	for _, a := range tafkik.Agencies {
		fmt.Fprintf(&b, " %s %d (%.1f%%) / %d;", a, s.AgencyRequests[a], 100*float64(s.AgencyRequests[a])/float64(max(1, s.Requests)), s.AgencyIssues[a])
	}
	b.WriteString("\n")
	return b.String()
}
