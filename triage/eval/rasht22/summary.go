package rasht22

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Write generates the set of opt and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return WriteRows(dir, rows)
}

// WriteRows writes rows already generated, so a command can both write and summarise them.
func WriteRows(dir string, rows []labelled.Row) error {
	return labelled.Write(dir, rows)
}

var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize counts what a reader of the set wants to know first: issues and their sizes,
// agencies, channels, pins, and the largest issues.
func Summarize(rows []labelled.Row) string {
	var b strings.Builder
	n := len(rows)
	if n == 0 {
		return "no requests\n"
	}
	size := map[string]int{}
	agencyOf := map[string]string{}
	first := map[string]labelled.Row{}
	var order []string
	for _, r := range rows {
		if _, ok := size[r.Group]; !ok {
			order = append(order, r.Group)
			first[r.Group] = r
		}
		size[r.Group]++
		agencyOf[r.Group] = r.Agency
	}
	pct := func(k, of int) string { return fmt.Sprintf("%.1f%%", 100*float64(k)/float64(of)) }
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), %s to %s\n", n, len(order),
		float64(n)/float64(len(order)), rows[0].CreatedAt.Format("2006-01-02"), rows[n-1].CreatedAt.Format("2006-01-02"))

	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3-5", 3, 5}, {"6-15", 6, 15}, {"16-40", 16, 40}, {"41+", 41, 1 << 30}}
	b.WriteString("issue sizes:")
	for _, bk := range buckets {
		k, reqs := 0, 0
		for _, g := range order {
			if s := size[g]; s >= bk.lo && s <= bk.hi {
				k++
				reqs += s
			}
		}
		fmt.Fprintf(&b, " %s: %d issues (%s of requests);", bk.name, k, pct(reqs, n))
	}
	b.WriteString("\n")

	byReq, byIssue := map[string]int{}, map[string]int{}
	for _, r := range rows {
		byReq[r.Agency]++
	}
	for _, g := range order {
		byIssue[agencyOf[g]]++
	}
	b.WriteString("agency (requests / issues):")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %s/%s;", a, pct(byReq[a], n), pct(byIssue[a], len(order)))
	}
	b.WriteString("\n")

	ch := map[string]int{}
	pinned, noAddr, alone := 0, 0, 0
	for _, r := range rows {
		ch[r.Channel]++
		if r.Lat != nil {
			pinned++
		}
		if r.Address == "" {
			noAddr++
		}
		if strings.HasPrefix(r.Group, "P") {
			alone++
		}
	}
	fmt.Fprintf(&b, "channels: app %s, phone %s, web %s, in person %s; with a pin %s, no address %s, no place at all %d\n",
		pct(ch["app"], n), pct(ch["phone"], n), pct(ch["web"], n), pct(ch["in_person"], n), pct(pinned, n), pct(noAddr, n), alone)

	top := append([]string(nil), order...)
	sort.SliceStable(top, func(i, j int) bool { return size[top[i]] > size[top[j]] })
	b.WriteString("largest issues:\n")
	for _, g := range top[:min(8, len(top))] {
		r := first[g]
		text := []rune(r.Text)
		if len(text) > 50 {
			text = text[:50]
		}
		fmt.Fprintf(&b, "  %s %4d %-12s %s | %s\n", g, size[g], r.Agency, r.Address, string(text))
	}
	return b.String()
}
