package rasht

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik"
)

// Stats summarises a generated set: what a reader needs to judge it is realistic.
type Stats struct {
	Requests  int
	Issues    int
	Sizes     map[string]int // issues by size bucket: "1", "2", "3", "4-9", "10-40", "41+"
	MaxSize   int
	Agencies  map[tafkik.Agency]int // requests per agency
	OutsideIs int                   // issues of another agency
	Located   int                   // requests with coordinates
	NoAddress int
	Finglish  int // requests with no Persian letter
}

// SizeBucket names the bucket of an issue size.
func SizeBucket(n int) string {
	switch {
	case n <= 3:
		return fmt.Sprint(n)
	case n <= 9:
		return "4-9"
	case n <= 40:
		return "10-40"
	}
	return "41+"
}

// Summarise counts rows.
func Summarise(rows []Row) Stats {
	s := Stats{Requests: len(rows), Sizes: map[string]int{}, Agencies: map[tafkik.Agency]int{}}
	size := map[string]int{}
	agency := map[string]tafkik.Agency{}
	for _, r := range rows {
		size[r.GroupID]++
		agency[r.GroupID] = r.Agency
		s.Agencies[r.Agency]++
		if r.HasLocation {
			s.Located++
		}
		if r.Address == "" {
			s.NoAddress++
		}
		if !strings.ContainsFunc(r.Text, func(c rune) bool { return c >= 0x600 && c <= 0x6ff }) {
			s.Finglish++
		}
	}
	s.Issues = len(size)
	for g, n := range size {
		s.Sizes[SizeBucket(n)]++
		s.MaxSize = max(s.MaxSize, n)
		if agency[g].Outside() {
			s.OutsideIs++
		}
	}
	return s
}

func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%d of other agencies), largest %d\n", s.Requests, s.Issues, s.OutsideIs, s.MaxSize)
	fmt.Fprintf(&b, "issue sizes:")
	for _, k := range []string{"1", "2", "3", "4-9", "10-40", "41+"} {
		fmt.Fprintf(&b, " %s:%d", k, s.Sizes[k])
	}
	fmt.Fprintf(&b, "\nrequests by agency:")
	ags := make([]string, 0, len(s.Agencies))
	for a := range s.Agencies {
		ags = append(ags, string(a))
	}
	sort.Strings(ags)
	for _, a := range ags {
		n := s.Agencies[tafkik.Agency(a)]
		fmt.Fprintf(&b, " %s:%d (%.1f%%)", a, n, 100*float64(n)/float64(s.Requests))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, no address %.1f%%, Finglish %.1f%%\n",
		100*float64(s.Located)/float64(s.Requests), 100*float64(s.NoAddress)/float64(s.Requests), 100*float64(s.Finglish)/float64(s.Requests))
	return b.String()
}
