package rasht42

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options chooses the set: the seed (same seed, same bytes), the number of requests (6,000
// by default) and the district code written on every request ("1" by default).
type Options struct {
	Seed     int64
	N        int
	District string
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

type gen struct {
	w   *world
	rng *rand.Rand
	opt Options
}

// Generate writes the year: its requests sorted by creation time, each with its truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 || opt.N > 200000 {
		return nil, fmt.Errorf("rasht42: %d requests is out of range (1 to 200000)", opt.N)
	}
	w := buildWorld()
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x5241534854343200))
	pl := &planner{w: w, rng: rng, busy: map[string][]interval{}}
	issues := pl.plan(opt.N)
	g := &gen{w: w, rng: rng, opt: opt}

	var all []pending
	for _, is := range issues {
		followUps := 0
		for j, at := range is.times {
			all = append(all, g.request(is, j, at, &followUps))
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].at.Before(all[j].at) })
	// tracking codes: the id of each request, by issue and place in the issue
	ids := map[*issue][]string{}
	for _, is := range issues {
		ids[is] = make([]string, len(is.times))
	}
	for i := range all {
		ids[all[i].is][all[i].idx] = "1404" + pad(i+1, 7)
	}
	rows := make([]labelled.Row, len(all))
	for i, p := range all {
		text := p.text
		if p.ref >= 0 {
			text = strings.ReplaceAll(text, "{REF}", g.digits(ids[p.is][p.ref], p.digits))
		}
		rows[i] = labelled.Row{
			ID: ids[p.is][p.idx], District: opt.District, CreatedAt: p.at, Category: p.category, Text: text,
			Address: p.address, Lat: p.lat, Lon: p.lon, Channel: p.channel, Status: p.status,
			Group: p.is.group, Agency: p.is.k.agency,
		}
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
