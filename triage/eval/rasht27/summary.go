package rasht27

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set in a few lines: size, issues, the largest issues, agency and
// channel shares, and how many requests carry a location.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	sizes := map[string]int{}
	agencies := map[string]int{}
	channels := map[string]int{}
	located, noAddr := 0, 0
	for _, r := range rows {
		sizes[r.Group]++
		agencies[r.Agency]++
		channels[r.Channel]++
		if r.Lat != nil {
			located++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
	}
	n := len(rows)
	type group struct {
		id   string
		size int
	}
	var groups []group
	single := 0
	for id, s := range sizes {
		groups = append(groups, group{id, s})
		if s == 1 {
			single++
		}
	}
	slices.SortFunc(groups, func(a, b group) int {
		return cmp.Or(cmp.Compare(b.size, a.size), cmp.Compare(a.id, b.id))
	})
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests/issue), one-request issues %d (%.0f%%)\n",
		n, len(groups), float64(n)/float64(max(1, len(groups))), single, pct(single, len(groups)))
	b.WriteString("largest issues:")
	for i := 0; i < len(groups) && i < 8; i++ {
		fmt.Fprintf(&b, " %d", groups[i].size)
	}
	b.WriteString("\nagencies:")
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, " %s %d (%.1f%%)", a, agencies[a], pct(agencies[a], n))
	}
	b.WriteString("\nchannels:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %.0f%%", c, pct(channels[c], n))
	}
	fmt.Fprintf(&b, "\nwith coordinates %d (%.1f%%), empty address %d (%.1f%%)\n", located, pct(located, n), noAddr, pct(noAddr, n))
	return b.String()
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
