package rasht42

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set: its size, its issues, its agencies, channels and noise.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	size := map[string]int{}
	agencyOf := map[string]string{}
	firstAddr := map[string]string{}
	agReq := map[string]int{}
	channels := map[string]int{}
	statuses := map[string]int{}
	located, noAddr, noCat, vague := 0, 0, 0, 0
	for _, r := range rows {
		size[r.Group]++
		agencyOf[r.Group] = r.Agency
		if firstAddr[r.Group] == "" && r.Address != "" {
			firstAddr[r.Group] = r.Address
		}
		agReq[r.Agency]++
		channels[r.Channel]++
		statuses[r.Status]++
		if r.Lat != nil {
			located++
		}
		if r.Address == "" {
			noAddr++
		}
		switch r.Category {
		case "":
			noCat++
		case "سایر", "درخواست شهروندی", "شکایت", "عمومی":
			vague++
		}
	}
	n := len(rows)
	pct := func(k int) float64 {
		if n == 0 {
			return 0
		}
		return 100 * float64(k) / float64(n)
	}
	fmt.Fprintf(&b, "requests %d, issues %d\n", n, len(size))
	if n > 0 {
		fmt.Fprintf(&b, "from %s to %s\n", rows[0].CreatedAt.Format("2006-01-02 15:04"), rows[n-1].CreatedAt.Format("2006-01-02 15:04"))
	}
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-5", 3, 5}, {"6-10", 6, 10}, {"11-30", 11, 30}, {"31-60", 31, 60}, {"61+", 61, 1 << 30}}
	fmt.Fprintf(&b, "issue sizes:")
	for _, bk := range buckets {
		c := 0
		for _, s := range size {
			if s >= bk.lo && s <= bk.hi {
				c++
			}
		}
		fmt.Fprintf(&b, " %s:%d", bk.name, c)
	}
	b.WriteString("\n")
	agIss := map[string]int{}
	for _, a := range agencyOf {
		agIss[a]++
	}
	b.WriteString("agency         requests        issues\n")
	for _, a := range []string{municipality, water, power, gas, telecom, police, other} {
		fmt.Fprintf(&b, "  %-12s %5d %5.1f%%  %5d\n", a, agReq[a], pct(agReq[a]), agIss[a])
	}
	fmt.Fprintf(&b, "with coordinates %d (%.1f%%), without address %d (%.1f%%), category empty %.1f%%, vague %.1f%%\n",
		located, pct(located), noAddr, pct(noAddr), pct(noCat), pct(vague))
	fmt.Fprintf(&b, "channels:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %d (%.1f%%)", c, channels[c], pct(channels[c]))
	}
	b.WriteString("\nstatuses:")
	var sts []string
	for s := range statuses {
		sts = append(sts, s)
	}
	sort.Strings(sts)
	for _, s := range sts {
		fmt.Fprintf(&b, " %s %d", s, statuses[s])
	}
	b.WriteString("\nlargest issues:\n")
	groups := make([]string, 0, len(size))
	for gname := range size {
		groups = append(groups, gname)
	}
	sort.Slice(groups, func(i, j int) bool {
		if size[groups[i]] != size[groups[j]] {
			return size[groups[i]] > size[groups[j]]
		}
		return groups[i] < groups[j]
	})
	for i, gname := range groups {
		if i == 10 {
			break
		}
		fmt.Fprintf(&b, "  %s %4d  %-12s %s\n", gname, size[gname], agencyOf[gname], firstAddr[gname])
	}
	return b.String()
}
