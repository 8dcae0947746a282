package rasht39

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// agencies in the order DESIGN.md lists them.
var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize describes a generated set: requests, issues and their sizes, agencies,
// channels, locations and the dates it spans.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	size := map[string]int{}
	agency := map[string]int{}
	channel := map[string]int{}
	located, noAddr := 0, 0
	for _, r := range rows {
		size[r.Group]++
		agency[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			located++
		}
		if r.Address == "" {
			noAddr++
		}
	}
	n := len(rows)
	pct := func(k int) float64 {
		if n == 0 {
			return 0
		}
		return 100 * float64(k) / float64(n)
	}
	var sizes []int
	single := 0
	for _, s := range size {
		sizes = append(sizes, s)
		if s == 1 {
			single++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), single-request issues %d\n",
		n, len(size), float64(n)/float64(max(1, len(size))), single)
	top := sizes[:min(10, len(sizes))]
	fmt.Fprintf(&b, "largest issues %v\n", top)
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-5", 3, 5}, {"6-20", 6, 20}, {"21-50", 21, 50}, {">50", 51, 1 << 30}}
	b.WriteString("issue sizes:")
	for _, bk := range buckets {
		c := 0
		for _, s := range sizes {
			if s >= bk.lo && s <= bk.hi {
				c++
			}
		}
		fmt.Fprintf(&b, " %s:%d", bk.name, c)
	}
	b.WriteString("\nagencies (requests):")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%%", a, pct(agency[a]))
	}
	b.WriteString("\nchannels:")
	for _, c := range []string{phone, app, web, inPerson} {
		fmt.Fprintf(&b, " %s %.1f%%", c, pct(channel[c]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, without address %.1f%%\n", pct(located), pct(noAddr))
	if n > 0 {
		fmt.Fprintf(&b, "from %s to %s\n", rows[0].CreatedAt.Format("2006-01-02"), rows[n-1].CreatedAt.Format("2006-01-02"))
	}
	return b.String()
}
