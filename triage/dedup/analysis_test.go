package dedup

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval"
	"github.com/tafkik/tafkik/triage/persian"
)

// TestErrorAnalysis is a tool, not a check: with TAFKIK_ERRANA=DIR[,DIR...] (each holding a
// generator's requests.jsonl and truth.csv) it groups each set and tells why each piece of a
// true issue did not join the issue's largest piece, and which wrong joins cost precision.
// TAFKIK_ERRANA_V=N also prints N examples of each cause.
func TestErrorAnalysis(t *testing.T) {
	dirs := os.Getenv("TAFKIK_ERRANA")
	if dirs == "" {
		t.Skip("set TAFKIK_ERRANA to the sets to analyse")
	}
	verbose := 0
	fmt.Sscan(os.Getenv("TAFKIK_ERRANA_V"), &verbose)
	for _, dir := range strings.Split(dirs, ",") {
		reqs, truth, err := readSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		x := Build(reqs, nil, DefaultOptions())
		res := x.Result()
		got := byRequest(res)
		p, r := eval.Pairwise(truth, got)
		_, _, f1 := eval.BCubed(truth, got)
		nt, ng := eval.Groups(truth), eval.Groups(got)
		fmt.Printf("== %s: P %.4f R %.4f B3F1 %.4f issues %d vs %d (%+.1f%%)\n", filepath.Base(dir), p, r, f1, ng, nt,
			100*float64(ng-nt)/float64(nt))
		analyseReasons(x, truth)
		analyseSplits(x, truth, verbose)
		analyseMerges(x, truth, verbose)
	}
}

// analyseSplits counts, for each true issue cut in pieces, why each smaller piece's first
// request did not join the largest piece.
func analyseSplits(x *Index, truth map[string]string, verbose int) {
	byTruth := map[string]map[int32][]int32{} // true issue → group → features
	for fi, f := range x.feats {
		tg := truth[f.req.ID]
		if byTruth[tg] == nil {
			byTruth[tg] = map[int32][]int32{}
		}
		byTruth[tg][f.group] = append(byTruth[tg][f.group], int32(fi))
	}
	causes := map[string]int{}
	examples := map[string][]string{}
	pieces := 0
	for _, gs := range byTruth {
		if len(gs) < 2 {
			continue
		}
		main, mainN := int32(-1), 0
		for gi, fs := range gs {
			if len(fs) > mainN || (len(fs) == mainN && gi < main) {
				main, mainN = gi, len(fs)
			}
		}
		for gi, fs := range gs {
			if gi == main {
				continue
			}
			pieces++
			f := x.feats[fs[0]]
			cause := x.whyNot(f, x.groups[main])
			if len(x.groups[gi].members) > len(fs) {
				cause = "in-wrong-group/" + cause
			}
			cause = fmt.Sprintf("%s (piece %s, main %s)", cause, sizeClass(len(fs)), sizeClass(mainN))
			causes[cause]++
			if len(examples[cause]) < verbose {
				examples[cause] = append(examples[cause], x.describe(f, x.groups[main]))
			}
		}
	}
	fmt.Printf("split pieces: %d\n", pieces)
	printCauses(causes, examples)
}

func sizeClass(n int) string {
	switch {
	case n == 1:
		return "1"
	case n <= 3:
		return "2-3"
	case n <= 10:
		return "4-10"
	}
	return "11+"
}

// whyNot names the first thing keeping f from group g.
func (x *Index) whyNot(f *feature, g *group) string {
	if f.block != g.block && f.alt != g.block {
		r := "unrelated"
		if containsBlock(f.rels, g.block) {
			r = "related"
		}
		return fmt.Sprintf("problem %s m%d %s≠%s", r, f.place.Match(g.place), persian.Family(f.problem), persian.Family(g.problem))
	}
	gap := int64(x.opt.MaxGapDays * 86400)
	after := gap
	if len(g.members) >= longIssue {
		after = 2 * gap
	}
	if f.t > g.last+after || f.t < g.first-gap {
		d := (f.t - g.last) / 86400
		if f.t < g.first {
			d = (f.t - g.first) / 86400
		}
		return fmt.Sprintf("time gap %s m%d", gapClass(d), f.place.Match(g.place))
	}
	m := f.place.Match(g.place)
	fe, ge := f.place.Empty(), g.place.Empty()
	switch {
	case m < 0:
		return "place contradicts"
	case fe && !f.req.HasLocation:
		return "no place, no coords"
	case fe:
		return "no place, coords"
	case ge:
		return "group has no place"
	}
	if m < 3 && !g.activeNear(f.t, gap) {
		return fmt.Sprintf("m%d not active near", m)
	}
	if f.req.HasLocation && g.hasLoc && metres(f.req.Lat, f.req.Lon, g.lat, g.lon) > x.opt.FarMetres {
		return "coords far"
	}
	return fmt.Sprintf("m%d not chosen", m)
}

func (x *Index) describe(f *feature, g *group) string {
	first := x.feats[g.members[0]]
	loc := ""
	if f.req.HasLocation && g.hasLoc {
		loc = fmt.Sprintf(" %.0fm", metres(f.req.Lat, f.req.Lon, g.lat, g.lon))
	}
	return fmt.Sprintf("  piece %s [%s] %s | %s | %s%s\n    main %s [%s] n=%d %s | %s | %s\n    reason: %s",
		f.req.CreatedAt.Format("01-02"), f.problem, placeStr(f.place), f.req.Address, f.req.Text, loc,
		first.req.CreatedAt.Format("01-02"), g.problem, len(g.members), placeStr(g.place), first.req.Address, first.req.Text, f.reason)
}

func placeStr(p persian.Place) string {
	s := fmt.Sprintf("{a=%s s=%s al=%s", p.Area, p.Street, p.Alley)
	if p.AreaAlt != "" {
		s += " alt=" + p.AreaAlt
	}
	if p.AreaGuess {
		s += " guess"
	}
	if p.AlleyName != "" {
		s += " an=" + p.AlleyName
	}
	if p.Landmark != "" {
		s += " lm=" + p.Landmark
	}
	if p.Alt != nil {
		s += " ALT" + placeStr(*p.Alt)
	}
	return s + "}"
}

// analyseMerges lists, for each group holding more than one true issue, the members not of
// its largest true issue and the reason they joined.
func analyseMerges(x *Index, truth map[string]string, verbose int) {
	causes := map[string]int{}
	examples := map[string][]string{}
	wrong := 0
	for _, g := range x.groups {
		if len(g.members) < 2 {
			continue
		}
		count := map[string]int{}
		for _, m := range g.members {
			count[truth[x.feats[m].req.ID]]++
		}
		if len(count) < 2 {
			continue
		}
		best, bestN := "", 0
		for tg, n := range count {
			if n > bestN || (n == bestN && tg < best) {
				best, bestN = tg, n
			}
		}
		for _, m := range g.members {
			f := x.feats[m]
			if truth[f.req.ID] == best {
				continue
			}
			wrong++
			why, _, _ := strings.Cut(f.reason, "؛")
			causes[why]++
			if len(examples[why]) < verbose {
				examples[why] = append(examples[why], x.describe(f, g))
			}
		}
	}
	fmt.Printf("wrongly joined requests: %d\n", wrong)
	printCauses(causes, examples)
}

func printCauses(causes map[string]int, examples map[string][]string) {
	keys := make([]string, 0, len(causes))
	for k := range causes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return causes[keys[i]] > causes[keys[j]] })
	for _, k := range keys {
		fmt.Printf("  %5d  %s\n", causes[k], k)
		for _, e := range examples[k] {
			fmt.Println(e)
		}
	}
}

// readSet reads a generator's requests.jsonl and truth.csv.
func readSet(dir string) ([]tafkik.Request, map[string]string, error) {
	f, err := os.Open(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var reqs []tafkik.Request
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var row struct {
			ID, District, Category, Text, Address, Channel, Status string
			CreatedAt                                              time.Time `json:"created_at"`
			Lat, Lon                                               *float64
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, nil, err
		}
		r := tafkik.Request{ID: row.ID, District: row.District, CreatedAt: row.CreatedAt, Category: row.Category,
			Text: row.Text, Address: row.Address, Channel: row.Channel, Status: tafkik.Status(row.Status)}
		if row.Lat != nil && row.Lon != nil && (*row.Lat != 0 || *row.Lon != 0) {
			r.Lat, r.Lon, r.HasLocation = *row.Lat, *row.Lon, true
		}
		reqs = append(reqs, r)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}
	tf, err := os.Open(filepath.Join(dir, "truth.csv"))
	if err != nil {
		return nil, nil, err
	}
	defer tf.Close()
	rows, err := csv.NewReader(tf).ReadAll()
	if err != nil {
		return nil, nil, err
	}
	truth := map[string]string{}
	for _, row := range rows[1:] {
		truth[row[0]] = row[1]
	}
	return reqs, truth, nil
}

// analyseReasons tells, for each kind of join, how often the request joined a group whose
// largest true issue is its own.
func analyseReasons(x *Index, truth map[string]string) {
	type tally struct{ ok, all int }
	by := map[string]*tally{}
	for _, g := range x.groups {
		count := map[string]int{}
		for _, m := range g.members {
			count[truth[x.feats[m].req.ID]]++
		}
		best, bestN := "", 0
		for tg, n := range count {
			if n > bestN || (n == bestN && tg < best) {
				best, bestN = tg, n
			}
		}
		for _, m := range g.members {
			f := x.feats[m]
			why, _, _ := strings.Cut(f.reason, "؛")
			if strings.HasPrefix(why, "فاصله") {
				why = "فاصله"
			}
			if strings.HasPrefix(why, "پیرو") {
				why = "پیرو"
			}
			if parts := strings.Split(f.reason, "؛"); len(parts) > 1 && strings.Contains(why, "موضوع نزدیک") {
				why += " →" + parts[1] // the issue's own problem too
			}
			if os.Getenv("TAFKIK_ERRANA_ALLEY") == "3" && strings.HasPrefix(why, "همان محله") {
				kind := "bare"
				switch {
				case f.place.Street != "" || f.place.Alley != "":
					kind = "street"
				case f.place.Landmark != "":
					kind = "LM"
				case f.place.AreaAlt != "":
					kind = "alt"
				}
				galley := "g-"
				if g.place.Alley != "" {
					galley = "gA"
				}
				near := "nocoord"
				if f.req.HasLocation && g.hasLoc {
					near = "far"
					if metres(f.req.Lat, f.req.Lon, g.lat, g.lon) <= x.opt.NearMetres {
						near = "near"
					}
				}
				why += " <" + kind + " " + galley + " " + near + ">"
			} else if os.Getenv("TAFKIK_ERRANA_ALLEY") == "3" && strings.HasPrefix(why, "همان خیابان") {
				lm := "nolm"
				if f.place.Landmark != "" && f.place.Alley == "" {
					lm = "LM"
				}
				galley := "g-"
				if g.place.Alley != "" {
					galley = "gA"
				}
				why += " <" + lm + " " + galley + ">"
				if os.Getenv("TAFKIK_ERRANA_DIST") != "" {
					d := "nocoord"
					if f.req.HasLocation && g.hasLoc {
						switch m := metres(f.req.Lat, f.req.Lon, g.lat, g.lon); {
						case m <= 50:
							d = "d50"
						case m <= 100:
							d = "d100"
						case m <= 200:
							d = "d200"
						default:
							d = "dfar"
						}
					}
					why += " " + d
				}
			} else if os.Getenv("TAFKIK_ERRANA_ALLEY") != "" && strings.HasPrefix(why, "همان خیابان") {
				kind := func(a string) string {
					switch {
					case a == "":
						return "-"
					case a[0] >= '0' && a[0] <= '9':
						return "N"
					}
					return "W"
				}
				why += " <" + kind(f.place.Alley) + kind(g.place.Alley) + ">"
				if k := kind(f.place.Alley) + kind(g.place.Alley); os.Getenv("TAFKIK_ERRANA_ALLEY") == "2" && k[0] == '-' && k[1] != '-' {
					kw := "noalleyword"
					for _, w := range strings.Fields(persian.Key(f.req.Text)) {
						if w == "کوچه" || w == "کوچمون" || w == "کوچهمون" || w == "کوچه‌مون" {
							kw = "alleyword"
						}
					}
					d := "nocoord"
					if f.req.HasLocation && g.hasLoc {
						m := metres(f.req.Lat, f.req.Lon, g.lat, g.lon)
						switch {
						case m <= 60:
							d = "d60"
						case m <= 120:
							d = "d120"
						case m <= 200:
							d = "d200"
						default:
							d = "dfar"
						}
					}
					why += " " + kw + " " + d
				} else if k == "NW" || k == "WN" {
					var sim float64
					if _, after, ok := strings.Cut(f.reason, "شباهت "); ok {
						fmt.Sscan(after, &sim)
					}
					d := "nocoord"
					if f.req.HasLocation && g.hasLoc {
						d = "far"
						if m := metres(f.req.Lat, f.req.Lon, g.lat, g.lon); m <= x.opt.NearMetres {
							d = "near"
						}
					}
					why += fmt.Sprintf(" %s sim%.1f", d, math.Floor(sim*5)/5)
				}
			}
			if by[why] == nil {
				by[why] = &tally{}
			}
			by[why].all++
			if truth[f.req.ID] == best {
				by[why].ok++
			}
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return by[keys[i]].all > by[keys[j]].all })
	fmt.Print("joins:")
	for _, k := range keys {
		fmt.Printf(" [%s %d/%d]", k, by[k].ok, by[k].all)
	}
	fmt.Println()
}

func gapClass(d int64) string {
	switch {
	case d < 0:
		return "before"
	case d <= 21:
		return "<=21d"
	case d <= 35:
		return "<=35d"
	case d <= 60:
		return "<=60d"
	}
	return ">60d"
}

// TestProblemDump is a tool, not a check: with TAFKIK_PROBDUMP=DIR[,DIR...] it prints every
// request whose problem differs from the one most of its true issue's members were given,
// to find the words the problem reading misses.
func TestProblemDump(t *testing.T) {
	dirs := os.Getenv("TAFKIK_PROBDUMP")
	if dirs == "" {
		t.Skip("set TAFKIK_PROBDUMP to the sets to read")
	}
	for _, dir := range strings.Split(dirs, ",") {
		reqs, truth, err := readSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		x := Build(reqs, nil, DefaultOptions())
		byTruth := map[string][]*feature{}
		for _, f := range x.feats {
			byTruth[truth[f.req.ID]] = append(byTruth[truth[f.req.ID]], f)
		}
		for _, fs := range byTruth {
			if len(fs) < 3 {
				continue
			}
			count := map[string]int{}
			for _, f := range fs {
				if f.inText {
					count[f.problem]++
				}
			}
			maj, majN := "", 0
			for p, n := range count {
				if n > majN || (n == majN && p < maj) {
					maj, majN = p, n
				}
			}
			if majN*2 <= len(fs) {
				continue
			}
			for _, f := range fs {
				if f.problem != maj {
					fmt.Printf("%s\t%s\t%v\t%s\t%s\t%s\n", filepath.Base(filepath.Dir(dir))+"/"+filepath.Base(dir), maj, f.inText, f.problem, f.req.Category, strings.ReplaceAll(f.req.Text, "\n", " / "))
				}
			}
		}
	}
}

// TestPlacelessSim is a tool, not a check: with TAFKIK_PLACELESS=DIR[,DIR...] it tells how
// often the most similar text among the issues active around a placeless report's day (no
// place, no coordinates) is its true issue.
func TestPlacelessSim(t *testing.T) {
	dirs := os.Getenv("TAFKIK_PLACELESS")
	if dirs == "" {
		t.Skip("set TAFKIK_PLACELESS to the sets to read")
	}
	type obs struct {
		s1, s2     float64
		ok, single bool
		n1         int
		c1, c2     int
		cok        bool
	}
	var all []obs
	for _, dir := range strings.Split(dirs, ",") {
		reqs, truth, err := readSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		x := Build(reqs, nil, DefaultOptions())
		for fi, f := range x.feats {
			if !f.place.Empty() || f.req.HasLocation || len(f.refs) > 0 {
				continue
			}
			own := truth[f.req.ID]
			mates := map[int32]int{}
			for fj, o := range x.feats {
				if fj != fi && truth[o.req.ID] == own {
					mates[o.group]++
				}
			}
			month := int64(30 * 86400)
			var o obs
			o.single = len(mates) == 0
			best, cbest := int32(-1), int32(-1)
			for gi, g := range x.groups {
				if len(g.members) == 0 || g.block != f.block || g.last < f.t-month || g.first > f.t+month {
					continue
				}
				if len(g.members) == 1 && g.members[0] == int32(fi) {
					continue
				}
				c := g.reportsNear(f.t, 7*86400)
				if len(g.members) > 0 && g.members[0] == int32(fi) || containsI(g.members, int32(fi)) {
					c--
				}
				switch {
				case c > o.c1:
					o.c2, o.c1, cbest = o.c1, c, int32(gi)
				case c > o.c2:
					o.c2 = c
				}
				s := 0.0
				for k, m := range g.members {
					if m == int32(fi) || k > 60 {
						continue
					}
					s = max(s, jaccard(f.tokens, x.feats[m].tokens))
				}
				switch {
				case s > o.s1:
					o.s2, o.s1, best = o.s1, s, int32(gi)
				case s > o.s2:
					o.s2 = s
				}
			}
			if cbest >= 0 {
				o.cok = mates[cbest] > 0
			}
			if best >= 0 {
				o.ok = mates[best] > 0
				o.n1 = len(x.groups[best].members)
			}
			all = append(all, o)
		}
	}
	fmt.Printf("placeless reports: %d\n", len(all))
	alone := 0
	for _, o := range all {
		if o.single {
			alone++
		}
	}
	fmt.Printf("truly alone: %d\n", alone)
	for _, mn := range []int{1, 2, 3, 5} {
		for _, ratio := range []int{1, 2, 3, 5} {
			n, ok, single := 0, 0, 0
			for _, o := range all {
				if o.c1 >= mn && (o.c2 == 0 || o.c1*10 >= ratio*10*o.c2) && (ratio == 1 || o.c1 > o.c2) {
					n++
					if o.cok {
						ok++
					}
					if o.single {
						single++
					}
				}
			}
			fmt.Printf("week count>=%d ratio %d: %d chosen, %d right (%.0f%%), %d truly alone\n", mn, ratio, n, ok, 100*float64(ok)/float64(max(n, 1)), single)
		}
	}
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8} {
		for _, ratio := range []float64{1.0, 1.5, 2} {
			n, ok, single := 0, 0, 0
			for _, o := range all {
				if o.s1 >= th && o.s1 >= ratio*o.s2 {
					n++
					if o.ok {
						ok++
					}
					if o.single {
						single++
					}
				}
			}
			fmt.Printf("sim>=%.1f ratio %.1f: %d chosen, %d right (%.0f%%), %d truly alone\n", th, ratio, n, ok, 100*float64(ok)/float64(max(n, 1)), single)
		}
	}
}

func containsI(l []int32, v int32) bool {
	for _, x := range l {
		if x == v {
			return true
		}
	}
	return false
}

// TestFalsePairs is a tool, not a check: with TAFKIK_FALSEPAIRS=DIR it lists the groups that
// cost the most pairwise precision: their true issues, and how the minority members joined.
func TestFalsePairs(t *testing.T) {
	dir := os.Getenv("TAFKIK_FALSEPAIRS")
	if dir == "" {
		t.Skip("set TAFKIK_FALSEPAIRS to a set")
	}
	reqs, truth, err := readSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	x := Build(reqs, nil, DefaultOptions())
	type bad struct {
		gi    int
		false int
	}
	var bads []bad
	total, totalFalse := 0, 0
	for gi, g := range x.groups {
		count := map[string]int{}
		for _, m := range g.members {
			count[truth[x.feats[m].req.ID]]++
		}
		n := len(g.members)
		same := 0
		for _, c := range count {
			same += c * (c - 1) / 2
		}
		all := n * (n - 1) / 2
		total += all
		totalFalse += all - same
		if all > same {
			bads = append(bads, bad{gi, all - same})
		}
	}
	sort.Slice(bads, func(i, j int) bool { return bads[i].false > bads[j].false })
	fmt.Printf("pairs %d, false %d\n", total, totalFalse)
	for _, b := range bads[:min(15, len(bads))] {
		g := x.groups[b.gi]
		count := map[string]int{}
		for _, m := range g.members {
			count[truth[x.feats[m].req.ID]]++
		}
		best, bestN := "", 0
		for tg, n := range count {
			if n > bestN {
				best, bestN = tg, n
			}
		}
		fmt.Printf("-- group n=%d false pairs %d, true issues %v\n", len(g.members), b.false, count)
		shown := 0
		for _, m := range g.members {
			f := x.feats[m]
			if truth[f.req.ID] == best || shown >= 4 {
				continue
			}
			shown++
			fmt.Println(x.describe(f, g))
		}
	}
}
