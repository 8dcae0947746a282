package dedup

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestAltPlace is a tool: with TAFKIK_ALTCHK=DIR[,DIR...] it tells, for requests whose text
// names another place than the address, which of the two the rest of the true issue shares.
func TestAltPlace(t *testing.T) {
	dirs := os.Getenv("TAFKIK_ALTCHK")
	if dirs == "" {
		t.Skip("set TAFKIK_ALTCHK")
	}
	for _, dir := range strings.Split(dirs, ",") {
		reqs, truth, err := readSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		x := Build(reqs, nil, DefaultOptions())
		byT := map[string][]int{}
		for i, f := range x.feats {
			byT[truth[f.req.ID]] = append(byT[truth[f.req.ID]], i)
		}
		var n, addr, text, both, none, alone int
		kinds := map[string][2]int{}
		for i, f := range x.feats {
			if f.place.Alt == nil {
				continue
			}
			n++
			p := f.place
			p.Alt = nil
			a := *f.place.Alt
			var ma, mt int
			for _, j := range byT[truth[f.req.ID]] {
				if j == i {
					continue
				}
				q := x.feats[j].place
				if q.Alt != nil {
					// the other's own primary only
					q.Alt = nil
				}
				if p.Match(q) >= 2 {
					ma++
				}
				if a.Match(q) >= 2 {
					mt++
				}
			}
			kind := "street"
			if a.Street == p.Street {
				kind = "alley"
			}
			k := kinds[kind]
			switch {
			case len(byT[truth[f.req.ID]]) == 1:
				alone++
			case ma > mt:
				addr++
				k[0]++
			case mt > ma:
				text++
				k[1]++
			case ma > 0:
				both++
			default:
				none++
			}
			kinds[kind] = k
		}
		fmt.Printf("%s: alt %d: address wins %d, text wins %d, tie %d, neither %d, alone %d; by kind %v\n", dir, n, addr, text, both, none, alone, kinds)
	}
}

var followCue = regexp.MustCompile(`دوباره|مجدد|هنوز|قبلا|قبلاً|بار دوم|بار سوم|چند بار|چندبار|پیگیری|باز هم|همچنان|hanooz|dobare`)

// TestPlacelessFollow is a tool: with TAFKIK_PLFOLLOW=DIR[,DIR...] it tells how often simple
// guesses find a placeless report's true issue, for reports that say they follow up and others.
func TestPlacelessFollow(t *testing.T) {
	dirs := os.Getenv("TAFKIK_PLFOLLOW")
	if dirs == "" {
		t.Skip("set TAFKIK_PLFOLLOW")
	}
	day := int64(86400)
	for _, dir := range strings.Split(dirs, ",") {
		reqs, truth, err := readSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		x := Build(reqs, nil, DefaultOptions())
		type tally struct{ n, alone, joined, s1, s2, s3 int }
		var tl [2]tally
		for fi, f := range x.feats {
			if !f.place.Empty() || f.req.HasLocation || len(f.refs) > 0 {
				continue
			}
			cue := 0
			if followCue.MatchString(f.req.Text) {
				cue = 1
			}
			own := truth[f.req.ID]
			mates := map[int32]int{}
			for fj, o := range x.feats {
				if fj != fi && truth[o.req.ID] == own {
					mates[o.group]++
				}
			}
			tt := &tl[cue]
			tt.n++
			if len(mates) == 0 {
				tt.alone++
			}
			if len(x.groups[f.group].members) > 1 {
				tt.joined++
			}
			b1, b2, b3 := int32(-1), int32(-1), int32(-1)
			v1, v2, v3 := 0, 0, 0
			for gi, g := range x.groups {
				if len(g.members) == 0 || int32(gi) == f.group || g.block != f.block || g.first >= f.t || g.last < f.t-30*day {
					continue
				}
				if n := len(g.members); n > v1 {
					v1, b1 = n, int32(gi)
				}
				if n := g.reportsNear(f.t, 7*day); n > v2 {
					v2, b2 = n, int32(gi)
				}
				n := 0
				for _, m := range g.members {
					if d := f.t - x.feats[m].t; d >= 0 && d <= 30*day {
						n++
					}
				}
				if n > v3 {
					v3, b3 = n, int32(gi)
				}
			}
			if b1 >= 0 && mates[b1] > 0 {
				tt.s1++
			}
			if b2 >= 0 && mates[b2] > 0 {
				tt.s2++
			}
			if b3 >= 0 && mates[b3] > 0 {
				tt.s3++
			}
		}
		for c, tt := range tl {
			fmt.Printf("%s cue=%d: placeless %d, truly alone %d, joined now %d; right: biggest %d, week-count %d, month-before %d\n", filepath.Base(filepath.Dir(dir+"/x"))+dir[len(dir)-12:], c, tt.n, tt.alone, tt.joined, tt.s1, tt.s2, tt.s3)
		}
	}
}

var latinWord = regexp.MustCompile(`[a-zA-Z]{3,}`)

// TestFinglish is a tool: with TAFKIK_FINGLISH=DIR[,DIR...] it tells how well requests typed
// in Finglish are grouped, against the others.
func TestFinglish(t *testing.T) {
	dirs := os.Getenv("TAFKIK_FINGLISH")
	if dirs == "" {
		t.Skip("set TAFKIK_FINGLISH")
	}
	for _, dir := range strings.Split(dirs, ",") {
		reqs, truth, err := readSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		x := Build(reqs, nil, DefaultOptions())
		size := map[string]int{}
		for _, f := range x.feats {
			size[truth[f.req.ID]]++
		}
		var n, mates, apart, noplace [2]int
		for _, f := range x.feats {
			k := 0
			if len(latinWord.FindAllString(f.req.Text, -1)) >= 3 {
				k = 1
			}
			n[k]++
			tg := truth[f.req.ID]
			if size[tg] < 2 {
				continue
			}
			mates[k]++
			with := 0
			for _, m := range x.groups[f.group].members {
				if truth[x.feats[m].req.ID] == tg {
					with++
				}
			}
			if with == 1 {
				apart[k]++
				if f.place.Empty() {
					noplace[k]++
				}
				if k == 1 && os.Getenv("TAFKIK_FINGLISH_V") != "" {
					fmt.Printf("  %v | %s | %s\n", f.place, f.req.Address, f.req.Text)
				}
			}
		}
		fmt.Printf("%s: finglish %d (with mates %d, alone %d, of which placeless %d); others %d (%d, alone %d, placeless %d)\n", dir, n[1], mates[1], apart[1], noplace[1], n[0], mates[0], apart[0], noplace[0])
	}
}

// TestGaps is a tool: with TAFKIK_GAPS=DIR[,DIR...] it prints, per set, how long the silences
// inside true issues are, and how long the silences between two true issues of one problem at
// one alley are (the next episode).
func TestGaps(t *testing.T) {
	dirs := os.Getenv("TAFKIK_GAPS")
	if dirs == "" {
		t.Skip("set TAFKIK_GAPS")
	}
	bins := []int{7, 14, 21, 28, 35, 45, 60, 90, 1 << 30}
	hist := func(ds []int) string {
		c := make([]int, len(bins))
		for _, d := range ds {
			for k, b := range bins {
				if d <= b {
					c[k]++
					break
				}
			}
		}
		return fmt.Sprint(c)
	}
	for _, dir := range strings.Split(dirs, ",") {
		reqs, truth, err := readSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		x := Build(reqs, nil, DefaultOptions())
		type iss struct {
			times       []int64
			key         string
			first, last int64
		}
		byT := map[string]*iss{}
		keyVotes := map[string]map[string]int{}
		for _, f := range x.feats {
			tg := truth[f.req.ID]
			s := byT[tg]
			if s == nil {
				s = &iss{}
				byT[tg] = s
				keyVotes[tg] = map[string]int{}
			}
			s.times = append(s.times, f.t)
			if f.place.Street != "" && f.place.Alley != "" {
				keyVotes[tg][fmt.Sprint(f.block, "|", f.place.Street, "|", f.place.Alley)]++
			}
		}
		var inside []int
		byKey := map[string][]*iss{}
		for tg, s := range byT {
			sort.Slice(s.times, func(i, j int) bool { return s.times[i] < s.times[j] })
			for i := 1; i < len(s.times); i++ {
				inside = append(inside, int((s.times[i]-s.times[i-1])/86400))
			}
			s.first, s.last = s.times[0], s.times[len(s.times)-1]
			best, bn := "", 0
			for k, n := range keyVotes[tg] {
				if n > bn || (n == bn && k < best) {
					best, bn = k, n
				}
			}
			if best != "" {
				s.key = best
				byKey[best] = append(byKey[best], s)
			}
		}
		var between []int
		for _, l := range byKey {
			sort.Slice(l, func(i, j int) bool { return l[i].first < l[j].first })
			for i := 1; i < len(l); i++ {
				between = append(between, int((l[i].first-l[i-1].last)/86400))
			}
		}
		fmt.Printf("%s bins<=%v\n  inside  %s\n  between %s\n", dir, bins[:len(bins)-1], hist(inside), hist(between))
	}
}
