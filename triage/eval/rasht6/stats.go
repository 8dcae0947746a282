package rasht6

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Stats describe a generated set, for the report and for the tests' sanity bounds.
type Stats struct {
	Requests     int
	Issues       int
	Singletons   int            // issues of one request
	Small        int            // issues of 1 to 3 requests
	Large        int            // issues of 10 or more
	Largest      int            // requests in the largest issue
	ByAgency     map[string]int // requests per agency
	WithLocation int
	WithAddress  int
	EmptyPlace   int // no address, no coordinates
}

// Summarize counts a set's shape.
func Summarize(rows []Row) Stats {
	s := Stats{Requests: len(rows), ByAgency: map[string]int{}}
	size := map[string]int{}
	for _, r := range rows {
		size[r.GroupID]++
		s.ByAgency[r.Jurisdiction]++
		if r.HasLocation {
			s.WithLocation++
		}
		if strings.TrimSpace(r.Address) != "" {
			s.WithAddress++
		}
		if !r.HasLocation && strings.TrimSpace(r.Address) == "" {
			s.EmptyPlace++
		}
	}
	s.Issues = len(size)
	for _, n := range size {
		switch {
		case n == 1:
			s.Singletons++
			s.Small++
		case n <= 3:
			s.Small++
		case n >= 10:
			s.Large++
		}
		s.Largest = max(s.Largest, n)
	}
	return s
}

// Print writes the stats as a few lines of text.
func (s Stats) Print(w io.Writer) {
	fmt.Fprintf(w, "requests %d, issues %d (%.2f per issue); singletons %d, 1-3: %d (%.0f%%), >=10: %d, largest %d\n",
		s.Requests, s.Issues, float64(s.Requests)/float64(s.Issues), s.Singletons, s.Small,
		100*float64(s.Small)/float64(s.Issues), s.Large, s.Largest)
	var ags []string
	for a := range s.ByAgency {
		ags = append(ags, a)
	}
	sort.Strings(ags)
	for _, a := range ags {
		fmt.Fprintf(w, "  %-12s %5d  %5.1f%%\n", a, s.ByAgency[a], 100*float64(s.ByAgency[a])/float64(s.Requests))
	}
	fmt.Fprintf(w, "with coordinates %.1f%%, with address %.1f%%, neither %.1f%%\n",
		100*float64(s.WithLocation)/float64(s.Requests), 100*float64(s.WithAddress)/float64(s.Requests),
		100*float64(s.EmptyPlace)/float64(s.Requests))
}
