package rasht32

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

var channels = []string{"phone", "app", "web", "in_person"}

// Summarize describes a labelled set: issues and their sizes, agencies, channels, pins.
func Summarize(rows []labelled.Row) string {
	size := map[string]int{}
	issueAgency := map[string]string{}
	reqAgency := map[string]int{}
	chans := map[string]int{}
	pins := 0
	for _, r := range rows {
		size[r.Group]++
		issueAgency[r.Group] = r.Agency
		reqAgency[r.Agency]++
		chans[r.Channel]++
		if r.Lat != nil {
			pins++
		}
	}
	groups := make([]string, 0, len(size))
	for g := range size {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool {
		if size[groups[i]] != size[groups[j]] {
			return size[groups[i]] > size[groups[j]]
		}
		return groups[i] < groups[j]
	})
	single := 0
	issAgency := map[string]int{}
	for _, g := range groups {
		if size[g] == 1 {
			single++
		}
		issAgency[issueAgency[g]]++
	}
	n := len(rows)
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.0f per 6,000), singletons %d (%.1f%% of issues)\n",
		n, len(groups), float64(len(groups))*6000/float64(max(n, 1)), single, pct(single, len(groups)))
	b.WriteString("largest issues:")
	for i := 0; i < len(groups) && i < 8; i++ {
		fmt.Fprintf(&b, " %s=%d", groups[i], size[groups[i]])
	}
	b.WriteString("\nagency (requests / issues):")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%%/%.1f%%", a, pct(reqAgency[a], n), pct(issAgency[a], len(groups)))
	}
	b.WriteString("\nchannel:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(chans[c], n))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%\n", pct(pins, n))
	return b.String()
}
