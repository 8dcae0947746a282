package rasht20

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// agencies in the order the summary prints them.
var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize tells the shape of a set: requests, issues, the largest issues, singletons,
// agency shares, coordinates and channels.
func Summarize(rows []labelled.Row) string {
	size := map[string]int{}
	agency := map[string]int{}
	channel := map[string]int{}
	located := 0
	for _, r := range rows {
		size[r.Group]++
		agency[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			located++
		}
	}
	sizes := make([]int, 0, len(size))
	singles := 0
	for _, n := range size {
		sizes = append(sizes, n)
		if n == 1 {
			singles++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	if len(sizes) > 10 {
		sizes = sizes[:10]
	}
	n := float64(max(len(rows), 1))
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests an issue), single-request issues %d\n",
		len(rows), len(size), float64(len(rows))/float64(max(len(size), 1)), singles)
	fmt.Fprintf(&b, "largest issues %v\n", sizes)
	fmt.Fprintf(&b, "agencies:")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%%", a, 100*float64(agency[a])/n)
	}
	fmt.Fprintf(&b, " (other agencies %.1f%%)\n", 100*(1-float64(agency["municipality"])/n))
	fmt.Fprintf(&b, "with coordinates %.1f%%; channels phone %d, app %d, web %d\n",
		100*float64(located)/n, channel["phone"], channel["app"], channel["web"])
	return b.String()
}
