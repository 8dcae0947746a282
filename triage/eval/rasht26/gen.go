package rasht26

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options choose the set. Zero values take the defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // the district code written in every request; default "1"
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "1"
	}
	return o
}

// Generate returns the set's requests in time order, each with its truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht26: N must be positive")
	}
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874323626))
	issues := plan(r, opt.N)
	cs := calls(r, issues)

	rows := make([]labelled.Row, 0, len(cs))
	earlier := map[*issue][]string{}
	serial := 200000 + r.IntN(300000)
	detached := 0
	for _, c := range cs {
		// the national tracking number runs over every district, so ours have gaps
		serial += 1 + r.IntN(4)
		id := fmt.Sprintf("1404%07d", serial)
		w := write(r, c, earlier[c.is])
		group := fmt.Sprintf("r26-%05d", c.is.n)
		if !w.placed {
			// rule 4: nothing tells a clerk where it is, so it is counted on its own
			detached++
			group = fmt.Sprintf("r26-x%04d", detached)
		} else {
			earlier[c.is] = append(earlier[c.is], id)
		}
		rows = append(rows, row(id, opt.District, c, w, group))
	}
	return rows, nil
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

// Summarize describes a set in a few lines: sizes, the largest issues, agencies, channels.
func Summarize(rows []labelled.Row) string {
	size := map[string]int{}
	agencyReq := map[string]int{}
	agencyIssue := map[string]int{}
	channel := map[string]int{}
	withPin, noAddr := 0, 0
	for _, r := range rows {
		if size[r.Group] == 0 {
			agencyIssue[r.Agency]++
		}
		size[r.Group]++
		agencyReq[r.Agency]++
		channel[r.Channel]++
		if r.Lat != nil {
			withPin++
		}
		if strings.TrimSpace(r.Address) == "" {
			noAddr++
		}
	}
	sizes := make([]int, 0, len(size))
	single := 0
	for _, n := range size {
		sizes = append(sizes, n)
		if n == 1 {
			single++
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	n := len(rows)
	pct := func(k int) string { return fmt.Sprintf("%.1f%%", 100*float64(k)/float64(max(n, 1))) }
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d, issues %d (%.2f requests each), single-request issues %d (%.0f%% of issues)\n",
		n, len(size), float64(n)/float64(max(len(size), 1)), single, 100*float64(single)/float64(max(len(size), 1)))
	top := sizes[:min(10, len(sizes))]
	fmt.Fprintf(&b, "largest issues %v\n", top)
	b.WriteString("agency (requests / issues):")
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, " %s %s/%d", a, pct(agencyReq[a]), agencyIssue[a])
	}
	b.WriteString("\nchannels:")
	for _, c := range channels {
		fmt.Fprintf(&b, " %s %s", c.name, pct(channel[c.name]))
	}
	fmt.Fprintf(&b, "\nwith coordinates %s, without address %s\n", pct(withPin), pct(noAddr))
	return b.String()
}
