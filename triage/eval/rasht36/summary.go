package rasht36

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Write generates the set of opt and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// groupSize is one issue and its number of requests.
type groupSize struct {
	id, agency string
	n          int
}

func groupSizes(rows []labelled.Row) []groupSize {
	idx := map[string]int{}
	var gs []groupSize
	for _, r := range rows {
		i, ok := idx[r.Group]
		if !ok {
			i = len(gs)
			idx[r.Group] = i
			gs = append(gs, groupSize{id: r.Group, agency: r.Agency})
		}
		gs[i].n++
	}
	slices.SortStableFunc(gs, func(a, b groupSize) int { return cmp.Compare(b.n, a.n) })
	return gs
}

var agencyOrder = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize describes a set: requests, issues, the largest issues, sizes, agency and channel
// shares, and how many requests carry coordinates or an address.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	gs := groupSizes(rows)
	n := len(rows)
	if n == 0 {
		return "0 requests\n"
	}
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue)\n", n, len(gs), float64(n)/float64(len(gs)))
	b.WriteString("largest issues:")
	for i := 0; i < len(gs) && i < 8; i++ {
		fmt.Fprintf(&b, " %d(%s)", gs[i].n, gs[i].agency)
	}
	b.WriteString("\n")
	var s1, s2, s3, s10, s50 int
	for _, g := range gs {
		switch {
		case g.n == 1:
			s1++
		case g.n == 2:
			s2++
		case g.n < 10:
			s3++
		case g.n < 50:
			s10++
		default:
			s50++
		}
	}
	fmt.Fprintf(&b, "issue sizes: 1:%d 2:%d 3-9:%d 10-49:%d 50+:%d\n", s1, s2, s3, s10, s50)
	reqBy, issBy := map[string]int{}, map[string]int{}
	for _, r := range rows {
		reqBy[r.Agency]++
	}
	for _, g := range gs {
		issBy[g.agency]++
	}
	b.WriteString("agency (requests / issues):")
	for _, a := range agencyOrder {
		fmt.Fprintf(&b, " %s %.1f%%/%.1f%%", a, pct(reqBy[a], n), pct(issBy[a], len(gs)))
	}
	b.WriteString("\n")
	chans := map[string]int{}
	var pinned, addr int
	for _, r := range rows {
		chans[r.Channel]++
		if r.Lat != nil {
			pinned++
		}
		if r.Address != "" {
			addr++
		}
	}
	b.WriteString("channels:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(chans[c], n))
	}
	fmt.Fprintf(&b, "\ncoordinates %.1f%%, address %.1f%%\n", pct(pinned, n), pct(addr, n))
	return b.String()
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
