package rasht25

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set in a few lines: issues and their sizes, the largest issues,
// agencies, channels, coordinates and empty addresses.
func Summarize(rows []labelled.Row) string {
	type group struct {
		first labelled.Row
		n     int
	}
	groups := map[string]*group{}
	var names []string
	agencyReq := map[string]int{}
	agencyIss := map[string]int{}
	channels := map[string]int{}
	withPin, noAddr := 0, 0
	for _, r := range rows {
		g := groups[r.Group]
		if g == nil {
			g = &group{first: r}
			groups[r.Group] = g
			names = append(names, r.Group)
			agencyIss[r.Agency]++
		}
		g.n++
		agencyReq[r.Agency]++
		channels[r.Channel]++
		if r.Lat != nil {
			withPin++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
	}
	n := len(rows)
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	var b strings.Builder
	sizes := map[string]int{}
	for _, name := range names {
		switch s := groups[name].n; {
		case s == 1:
			sizes["1"]++
		case s == 2:
			sizes["2"]++
		case s <= 5:
			sizes["3-5"]++
		case s <= 20:
			sizes["6-20"]++
		case s <= 50:
			sizes["21-50"]++
		default:
			sizes[">50"]++
		}
	}
	fmt.Fprintf(&b, "requests %d, issues %d (%.0f per 6000), mean size %.2f\n", n, len(names),
		6000*float64(len(names))/float64(max(n, 1)), float64(n)/float64(max(len(names), 1)))
	fmt.Fprintf(&b, "issue sizes:")
	for _, k := range []string{"1", "2", "3-5", "6-20", "21-50", ">50"} {
		fmt.Fprintf(&b, " %s:%d", k, sizes[k])
	}
	b.WriteString("\nlargest issues:\n")
	slices.SortStableFunc(names, func(a, c string) int { return cmp.Compare(groups[c].n, groups[a].n) })
	for _, name := range names[:min(6, len(names))] {
		g := groups[name]
		fmt.Fprintf(&b, "  %4d  %-12s %-9s %s | %s\n", g.n, g.first.Agency, name, g.first.Category, clip(g.first.Text, 60))
	}
	b.WriteString("agency   requests        issues\n")
	for _, a := range []string{municipality, water, power, gas, telecom, police, other} {
		fmt.Fprintf(&b, "  %-12s %5d %5.1f%%  %5d %5.1f%%\n", a, agencyReq[a], pct(agencyReq[a]), agencyIss[a],
			100*float64(agencyIss[a])/float64(max(len(names), 1)))
	}
	fmt.Fprintf(&b, "not the municipality's: %.1f%% of requests\n", 100-pct(agencyReq[municipality]))
	b.WriteString("channels:")
	for _, c := range []string{chApp, chPhone, chWeb, chDesk} {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(channels[c]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, empty address %.1f%%\n", pct(withPin), pct(noAddr))
	return b.String()
}

func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}
