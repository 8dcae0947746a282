package rasht19

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// agencies in the order DESIGN.md lists them.
var agencies = []string{"municipality", "water", "power", "gas", "telecom", "police", "other"}

// Summarize describes a set in a few lines: issues and their sizes, agencies, channels,
// locations.
func Summarize(rows []labelled.Row) string {
	n := len(rows)
	if n == 0 {
		return "0 requests\n"
	}
	sizes := map[string]int{}
	var order []string
	byAgency := map[string]int{}
	issuesByAgency := map[string]int{}
	channels := map[string]int{}
	withPin, noAddress := 0, 0
	for _, r := range rows {
		if sizes[r.Group] == 0 {
			order = append(order, r.Group)
			issuesByAgency[r.Agency]++
		}
		sizes[r.Group]++
		byAgency[r.Agency]++
		channels[r.Channel]++
		if r.Lat != nil {
			withPin++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddress++
		}
	}
	var all []int
	single, two, upTo10, upTo40, over40 := 0, 0, 0, 0, 0
	for _, g := range order {
		s := sizes[g]
		all = append(all, s)
		switch {
		case s == 1:
			single++
		case s == 2:
			two++
		case s <= 10:
			upTo10++
		case s <= 40:
			upTo40++
		default:
			over40++
		}
	}
	slices.SortFunc(all, func(a, b int) int { return cmp.Compare(b, a) })
	top := all[:min(8, len(all))]
	var b strings.Builder
	fmt.Fprintf(&b, "%d requests, %d issues (%.2f requests an issue)\n", n, len(order), float64(n)/float64(len(order)))
	fmt.Fprintf(&b, "issue sizes: 1: %d, 2: %d, 3-10: %d, 11-40: %d, >40: %d; largest %v\n", single, two, upTo10, upTo40, over40, top)
	b.WriteString("agency (requests / issues):")
	for _, a := range agencies {
		fmt.Fprintf(&b, " %s %.1f%% / %d", a, 100*float64(byAgency[a])/float64(n), issuesByAgency[a])
	}
	b.WriteString("\nchannels:")
	for _, c := range []string{"phone", "app", "web", "in_person"} {
		fmt.Fprintf(&b, " %s %.1f%%", c, 100*float64(channels[c])/float64(n))
	}
	fmt.Fprintf(&b, "\nwith coordinates %.1f%%, empty address %.1f%%\n", 100*float64(withPin)/float64(n), 100*float64(noAddress)/float64(n))
	return b.String()
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}
