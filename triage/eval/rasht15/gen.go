package rasht15

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options choose a set. Zero values take the defaults.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // default "2"
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "2"
	}
	return o
}

// Generate returns the set's requests in time order, each with its true issue and agency.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, fmt.Errorf("rasht15: n %d is negative", opt.N)
	}
	r := newRand(opt.Seed)
	w := buildWorld(r)
	issues := plan(r, w, opt.N)
	sortTimes(issues)

	type item struct {
		rep   report
		issue int
		nth   int
	}
	var items []item
	for i, is := range issues {
		rd := &render{r: r, is: is}
		for nth, at := range is.Times {
			rd.nth = nth
			// a citizen who taps «send» twice: the same text again a minute or two later
			if nth > 0 && items[len(items)-1].issue == i && items[len(items)-1].rep.Channel == chApp && chance(r, 0.04) {
				dup := items[len(items)-1].rep
				dup.At = dup.At.Add(time.Duration(40+r.IntN(200)) * time.Second)
				items = append(items, item{dup, i, nth})
				continue
			}
			items = append(items, item{rd.report(at, channelFor(r, is)), i, nth})
		}
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].rep.At.Before(items[b].rep.At) })

	groups := make([]string, len(issues))
	next := 0
	rows := make([]labelled.Row, 0, len(items))
	perDay := map[string]int{}
	for _, it := range items {
		if groups[it.issue] == "" {
			next++
			groups[it.issue] = fmt.Sprintf("r15-%05d", next)
		}
		rep := it.rep
		jy, jm, jd, err := jalaali.ToJalaali(rep.At.Year(), rep.At.Month(), rep.At.Day())
		if err != nil {
			return nil, err
		}
		d := fmt.Sprintf("%d%02d%02d", jy, int(jm), jd)
		perDay[d]++
		row := labelled.Row{
			ID:        fmt.Sprintf("%s%s%04d", d, opt.District, perDay[d]),
			District:  opt.District,
			CreatedAt: rep.At,
			Category:  rep.Category,
			Text:      rep.Text,
			Address:   rep.Address,
			Channel:   rep.Channel,
			Status:    rep.Status,
			Group:     groups[it.issue],
			Agency:    issues[it.issue].Kind.Agency,
		}
		if rep.HasLoc {
			lat, lon := rep.Lat, rep.Lon
			row.Lat, row.Lon = &lat, &lon
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func newRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x7261736874313500))
}

// Write generates a set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}
