package rasht45

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set: its size, its issues and their sizes, the largest issues, the
// agencies, channels, coordinates, categories and months.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	n := len(rows)
	pct := func(k int) float64 {
		if n == 0 {
			return 0
		}
		return 100 * float64(k) / float64(n)
	}
	size := map[string]int{}
	first := map[string]labelled.Row{}
	agencyReq := map[string]int{}
	agencyIss := map[string]int{}
	channel := map[string]int{}
	month := make([]int, 12)
	located, noAddr, noCat, vague := 0, 0, 0, 0
	districts := map[string]int{}
	for _, r := range rows {
		if _, ok := first[r.Group]; !ok {
			first[r.Group] = r
			agencyIss[r.Agency]++
		}
		size[r.Group]++
		agencyReq[r.Agency]++
		channel[r.Channel]++
		districts[r.District]++
		if r.Lat != nil {
			located++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
		switch r.Category {
		case "":
			noCat++
		case catOther, catCitizen:
			vague++
		}
		if d := int(r.CreatedAt.Sub(yearStart) / day); d >= 0 && d < yearDays {
			month[monthOf(d)]++
		}
	}
	singles := 0
	hist := make([]int, 6)
	bounds := []int{1, 2, 5, 10, 30}
	for _, s := range size {
		if s == 1 {
			singles++
		}
		i := sort.SearchInts(bounds, s)
		hist[i]++
	}
	fmt.Fprintf(&b, "rasht45: requests %d, issues %d (%.1f requests an issue, %d with one request)\n",
		n, len(size), float64(n)/float64(max(len(size), 1)), singles)
	var ds []string
	for d := range districts {
		ds = append(ds, d)
	}
	sort.Strings(ds)
	fmt.Fprintf(&b, "district %s; 1404: %s to %s\n", strings.Join(ds, ","), dateOf(rows, 0), dateOf(rows, n-1))
	labels := []string{"1", "2", "3-5", "6-10", "11-30", "31+"}
	fmt.Fprintf(&b, "issue sizes:")
	for i, l := range labels {
		fmt.Fprintf(&b, " %s:%d", l, hist[i])
	}
	b.WriteString("\nlargest issues:\n")
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
	for _, g := range groups[:min(8, len(groups))] {
		r := first[g]
		fmt.Fprintf(&b, "  %4d  %-22s %-12s %s\n", size[g], g, r.Agency, clip(r.Text, 60))
	}
	fmt.Fprintf(&b, "%-13s %9s %7s\n", "agency", "requests", "issues")
	for _, a := range Agencies {
		fmt.Fprintf(&b, "%-13s %5d %4.1f%% %6d\n", a, agencyReq[a], pct(agencyReq[a]), agencyIss[a])
	}
	b.WriteString("channels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %d (%.1f%%)", c, channel[c], pct(channel[c]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %d (%.1f%%), empty address %d (%.1f%%)\n", located, pct(located), noAddr, pct(noAddr))
	fmt.Fprintf(&b, "category empty %d (%.1f%%), vague %d (%.1f%%)\n", noCat, pct(noCat), vague, pct(vague))
	b.WriteString("months:")
	for i, m := range month {
		fmt.Fprintf(&b, " %s %d", monthNames[i], m)
	}
	b.WriteString("\n")
	return b.String()
}

func dateOf(rows []labelled.Row, i int) string {
	if i < 0 || i >= len(rows) {
		return "-"
	}
	return rows[i].CreatedAt.Format("2006-01-02")
}

func clip(s string, n int) string {
	rs := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}
