package rasht15

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set: its issues, the largest of them, and the shares by agency and
// channel.
func Summarize(rows []labelled.Row) string {
	n := len(rows)
	if n == 0 {
		return "0 requests\n"
	}
	size := map[string]int{}
	var order []string
	agency := map[string]int{}
	channel := map[string]int{}
	located, noAddress := 0, 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			order = append(order, r.Group)
		}
		size[r.Group]++
		agency[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			located++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddress++
		}
	}
	sizes := make([]int, 0, len(order))
	singles := 0
	for _, g := range order {
		sizes = append(sizes, size[g])
		if size[g] == 1 {
			singles++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	pct := func(k int) string { return fmt.Sprintf("%.1f%%", 100*float64(k)/float64(n)) }
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.3f per request), single-request issues %d\n", n, len(order),
		float64(len(order))/float64(n), singles)
	fmt.Fprintf(&b, "largest issues: %v\n", sizes[:min(10, len(sizes))])
	fmt.Fprintf(&b, "agency:")
	for _, a := range []string{municipality, water, power, gas, telecom, police, other} {
		fmt.Fprintf(&b, " %s %s", a, pct(agency[a]))
	}
	fmt.Fprintf(&b, " (not municipality %s)\n", pct(n-agency[municipality]))
	fmt.Fprintf(&b, "channel:")
	for _, c := range []string{chVoice, chMessenger, chPhone, chWeb, chApp} {
		fmt.Fprintf(&b, " %s %s", c, pct(channel[c]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %s, empty address %s, %s to %s\n", pct(located), pct(noAddress),
		rows[0].CreatedAt.Format("2006-01-02"), rows[n-1].CreatedAt.Format("2006-01-02"))
	return b.String()
}
