package rasht18

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// agencies in the order DESIGN.md lists them.
var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize describes a set: issues and their sizes, agency and channel shares, coordinates.
func Summarize(rows []labelled.Row) string {
	size := map[string]int{}
	agencyOf := map[string]string{}
	byAgency := map[string]int{}
	byChannel := map[string]int{}
	located := 0
	var order []string
	for _, r := range rows {
		if size[r.Group] == 0 {
			order = append(order, r.Group)
		}
		size[r.Group]++
		agencyOf[r.Group] = r.Agency
		byAgency[r.Agency]++
		byChannel[r.Channel]++
		if r.Lat != nil {
			located++
		}
	}
	n := len(rows)
	single := 0
	for _, g := range order {
		if size[g] == 1 {
			single++
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(size[b], size[a]) })
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests/issue), singletons %d\n", n, len(order), float64(n)/float64(max(len(order), 1)), single)
	b.WriteString("largest issues:")
	for _, g := range order[:min(8, len(order))] {
		fmt.Fprintf(&b, " %s=%d(%s)", g, size[g], agencyOf[g])
	}
	b.WriteString("\nagencies:")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%%", a, pct(byAgency[a], n))
	}
	fmt.Fprintf(&b, "; not municipality %.1f%%\n", pct(n-byAgency["municipality"], n))
	b.WriteString("channels:")
	for _, c := range []string{"phone", "app", "web", "messenger"} {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(byChannel[c], n))
	}
	fmt.Fprintf(&b, "; with coordinates %.1f%%\n", pct(located, n))
	return b.String()
}

func pct(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(k) / float64(n)
}
