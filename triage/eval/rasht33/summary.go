package rasht33

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}
var channels = []string{"phone", "app", "web", "in_person"}

// Summarize tells the shape of a set: requests, issues and their sizes, agency and channel
// shares, how many requests carry a pin or an address.
func Summarize(rows []labelled.Row) string {
	size := map[string]int{}
	agency := map[string]string{}
	reqByAgency := map[string]int{}
	byChannel := map[string]int{}
	pins, addrs, vagueCat := 0, 0, 0
	for _, r := range rows {
		size[r.Group]++
		agency[r.Group] = r.Agency
		reqByAgency[r.Agency]++
		byChannel[r.Channel]++
		if r.Lat != nil {
			pins++
		}
		if strings.TrimSpace(r.Address) != "" {
			addrs++
		}
		if r.Category == "" || slices.Contains(vague, r.Category) {
			vagueCat++
		}
	}
	var sizes []int
	issByAgency := map[string]int{}
	hist := [6]int{} // 1, 2, 3-5, 6-20, 21-60, >60
	for g, n := range size {
		sizes = append(sizes, n)
		issByAgency[agency[g]]++
		switch {
		case n == 1:
			hist[0]++
		case n == 2:
			hist[1]++
		case n <= 5:
			hist[2]++
		case n <= 20:
			hist[3]++
		case n <= 60:
			hist[4]++
		default:
			hist[5]++
		}
	}
	slices.SortFunc(sizes, func(a, b int) int { return cmp.Compare(b, a) })
	n := float64(max(len(rows), 1))
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue)\n", len(rows), len(size), n/float64(max(len(size), 1)))
	fmt.Fprintf(&b, "issue sizes: 1:%d 2:%d 3-5:%d 6-20:%d 21-60:%d >60:%d; largest %v\n",
		hist[0], hist[1], hist[2], hist[3], hist[4], hist[5], sizes[:min(8, len(sizes))])
	b.WriteString("agency (requests / issues):")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%%/%.1f%%", a, 100*float64(reqByAgency[a])/n, 100*float64(issByAgency[a])/float64(max(len(size), 1)))
	}
	b.WriteString("\nchannels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %.1f%%", c, 100*float64(byChannel[c])/n)
	}
	fmt.Fprintf(&b, "\nwith pin %.1f%%, with address %.1f%%, vague or empty category %.1f%%\n",
		100*float64(pins)/n, 100*float64(addrs)/n, 100*float64(vagueCat)/n)
	return b.String()
}
