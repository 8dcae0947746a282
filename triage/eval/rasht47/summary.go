package rasht47

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Summarize describes a set: its size, its issues, the largest of them, its agencies, its
// channels, how often it gives coordinates and an address, and its months.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	n := len(rows)
	share := func(k int) float64 {
		if n == 0 {
			return 0
		}
		return 100 * float64(k) / float64(n)
	}
	size := map[string]int{}
	agencyOf := map[string]string{}
	first, last := map[string]string{}, map[string]string{}
	agReq := map[string]int{}
	channels := map[string]int{}
	months := make([]int, 12)
	located, noAddr, noCat := 0, 0, 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			first[r.Group] = r.CreatedAt.Format("2006-01-02")
		}
		last[r.Group] = r.CreatedAt.Format("2006-01-02")
		size[r.Group]++
		agencyOf[r.Group] = r.Agency
		agReq[r.Agency]++
		channels[r.Channel]++
		months[monthOfTime(r.CreatedAt)]++
		if r.Lat != nil {
			located++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
		if strings.TrimSpace(r.Category) == "" {
			noCat++
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
	var one, two, mid, big int
	agIss := map[string]int{}
	for _, g := range groups {
		agIss[agencyOf[g]]++
		switch s := size[g]; {
		case s == 1:
			one++
		case s == 2:
			two++
		case s < 10:
			mid++
		default:
			big++
		}
	}
	ig := len(groups)
	ishare := func(k int) float64 {
		if ig == 0 {
			return 0
		}
		return 100 * float64(k) / float64(ig)
	}
	fmt.Fprintf(&b, "rasht47: one year (1404) of District 2, Rasht\n")
	fmt.Fprintf(&b, "requests %d, issues %d (one request %.1f%%, two %.1f%%, 3-9 %.1f%%, 10+ %.1f%%)\n",
		n, ig, ishare(one), ishare(two), ishare(mid), ishare(big))
	fmt.Fprintf(&b, "largest issues:\n")
	for i := 0; i < len(groups) && i < 8; i++ {
		g := groups[i]
		fmt.Fprintf(&b, "  %-24s %4d  %-12s %s .. %s\n", g, size[g], agencyOf[g], first[g], last[g])
	}
	fmt.Fprintf(&b, "agency          requests   share   issues\n")
	for _, a := range agencies {
		fmt.Fprintf(&b, "  %-13s %8d  %5.1f%%  %7d\n", a, agReq[a], share(agReq[a]), agIss[a])
	}
	fmt.Fprintf(&b, "channels:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %.1f%%", c, share(channels[c]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, empty address %.1f%%, empty category %.1f%%\n",
		share(located), share(noAddr), share(noCat))
	fmt.Fprintf(&b, "by month:")
	for m, k := range months {
		fmt.Fprintf(&b, " %s %d", monthNames[m][:3], k)
	}
	b.WriteString("\n")
	return b.String()
}
