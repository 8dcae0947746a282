package rasht40

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize gives the figures a reader checks first: issues, the largest ones, agency and
// channel shares, how many requests carry a pin or an address.
func Summarize(rows []labelled.Row) string {
	n := len(rows)
	if n == 0 {
		return "no requests\n"
	}
	size := map[string]int{}
	agencyOf := map[string]string{}
	byAgency := map[string]int{}
	byChannel := map[string]int{}
	pins, noAddr := 0, 0
	for _, r := range rows {
		size[r.Group]++
		agencyOf[r.Group] = r.Agency
		byAgency[r.Agency]++
		byChannel[r.Channel]++
		if r.Lat != nil {
			pins++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
	}
	type g struct {
		id string
		n  int
	}
	var groups []g
	singles := 0
	for id, k := range size {
		groups = append(groups, g{id, k})
		if k == 1 {
			singles++
		}
	}
	slices.SortFunc(groups, func(a, b g) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	var b strings.Builder
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), single-request issues %d\n",
		n, len(groups), float64(n)/float64(len(groups)), singles)
	b.WriteString("largest issues:")
	for _, x := range groups[:min(8, len(groups))] {
		fmt.Fprintf(&b, " %s=%d(%s)", x.id, x.n, agencyOf[x.id])
	}
	b.WriteString("\nagencies (requests):")
	issuesBy := map[string]int{}
	for _, x := range groups {
		issuesBy[agencyOf[x.id]]++
	}
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%% (%d issues)", a, pct(byAgency[a]), issuesBy[a])
	}
	b.WriteString("\nchannels:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(byChannel[c]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, empty address %.1f%%\n", pct(pins), pct(noAddr))
	return b.String()
}
