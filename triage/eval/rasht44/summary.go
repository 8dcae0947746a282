package rasht44

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a generated year: requests and issues, the size of issues, the
// largest ones, the agencies, channels, coordinates and the time span.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	size := map[string]int{}
	first := map[string]labelled.Row{}
	agencyReqs := map[string]int{}
	agencyIssues := map[string]int{}
	channels := map[string]int{}
	statuses := map[string]int{}
	located, emptyCat, emptyAddr := 0, 0, 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			first[r.Group] = r
			agencyIssues[r.Agency]++
		}
		size[r.Group]++
		agencyReqs[r.Agency]++
		channels[r.Channel]++
		statuses[r.Status]++
		if r.Lat != nil {
			located++
		}
		if r.Category == "" {
			emptyCat++
		}
		if r.Address == "" {
			emptyAddr++
		}
	}
	n := len(rows)
	pct := func(k int) float64 {
		if n == 0 {
			return 0
		}
		return 100 * float64(k) / float64(n)
	}
	fmt.Fprintf(&b, "rasht44: District 3 of Rasht, 1404\n")
	fmt.Fprintf(&b, "requests %d, issues %d", n, len(size))
	if len(size) > 0 {
		fmt.Fprintf(&b, " (%.2f requests an issue)", float64(n)/float64(len(size)))
	}
	b.WriteString("\n")
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-5", 3, 5}, {"6-20", 6, 20}, {"21-50", 21, 50}, {"51+", 51, 1 << 30}}
	b.WriteString("issue sizes:")
	for _, bk := range buckets {
		c := 0
		for _, s := range size {
			if s >= bk.lo && s <= bk.hi {
				c++
			}
		}
		fmt.Fprintf(&b, " %s: %d", bk.name, c)
	}
	b.WriteString("\n")
	groups := make([]string, 0, len(size))
	for g := range size {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, c string) int {
		if size[a] != size[c] {
			return size[c] - size[a]
		}
		return strings.Compare(a, c)
	})
	b.WriteString("largest issues:\n")
	for _, g := range groups[:min(6, len(groups))] {
		f := first[g]
		fmt.Fprintf(&b, "  %4d  %-12s %-12s %s\n", size[g], g, f.Agency, oneLine(truncate(f.Text, 60)))
	}
	b.WriteString("agency         requests          issues\n")
	for _, a := range tafkik.Agencies {
		fmt.Fprintf(&b, "  %-12s %5d (%5.1f%%)  %5d\n", a, agencyReqs[string(a)], pct(agencyReqs[string(a)]), agencyIssues[string(a)])
	}
	b.WriteString("channels:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %d (%.1f%%)", c, channels[c], pct(channels[c]))
	}
	b.WriteString("\nstatuses:")
	for _, s := range tafkik.Statuses {
		fmt.Fprintf(&b, " %s %d", s, statuses[string(s)])
	}
	fmt.Fprintf(&b, "\nwith coordinates %d (%.1f%%), empty category %d (%.1f%%), empty address %d (%.1f%%)\n",
		located, pct(located), emptyCat, pct(emptyCat), emptyAddr, pct(emptyAddr))
	if n > 0 {
		fmt.Fprintf(&b, "from %s to %s\n", rows[0].CreatedAt.Format("2006-01-02 15:04 -07:00"), rows[n-1].CreatedAt.Format("2006-01-02 15:04 -07:00"))
	}
	return b.String()
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " / ") }
