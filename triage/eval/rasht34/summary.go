package rasht34

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencyOrder = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize describes a set: requests and issues, the size of issues, the largest ones,
// agency shares of requests and issues, channels and coordinates.
func Summarize(rows []labelled.Row) string {
	size := map[string]int{}
	agencyOf := map[string]string{}
	var groups []string
	reqByAgency := map[string]int{}
	byChannel := map[string]int{}
	withPin := 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			groups = append(groups, r.Group)
		}
		size[r.Group]++
		agencyOf[r.Group] = r.Agency
		reqByAgency[r.Agency]++
		byChannel[r.Channel]++
		if r.Lat != nil {
			withPin++
		}
	}
	n := len(rows)
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue)\n", n, len(groups), float64(n)/float64(max(len(groups), 1)))
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-5", 3, 5}, {"6-10", 6, 10}, {"11-30", 11, 30}, {"31-80", 31, 80}, {">80", 81, 1 << 30}}
	b.WriteString("issue sizes:")
	for _, bk := range buckets {
		c, reqs := 0, 0
		for _, g := range groups {
			if s := size[g]; s >= bk.lo && s <= bk.hi {
				c++
				reqs += s
			}
		}
		fmt.Fprintf(&b, " %s:%d(%d req)", bk.name, c, reqs)
	}
	b.WriteString("\n")
	sorted := append([]string(nil), groups...)
	sort.SliceStable(sorted, func(i, j int) bool { return size[sorted[i]] > size[sorted[j]] })
	b.WriteString("largest issues:")
	for _, g := range sorted[:min(8, len(sorted))] {
		fmt.Fprintf(&b, " %d", size[g])
	}
	b.WriteString("\n")
	issByAgency := map[string]int{}
	for _, g := range groups {
		issByAgency[agencyOf[g]]++
	}
	b.WriteString("agency        requests        issues\n")
	for _, a := range agencyOrder {
		fmt.Fprintf(&b, "%-13s %5d %5.1f%%  %5d %5.1f%%\n", a, reqByAgency[a], pct(reqByAgency[a], n),
			issByAgency[a], pct(issByAgency[a], len(groups)))
	}
	b.WriteString("channels:")
	for _, c := range []string{chPhone, chApp, chWeb, chPerson} {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(byChannel[c], n))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%\n", pct(withPin, n))
	return b.String()
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
