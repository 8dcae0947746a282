package dedup

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

var digits8 = regexp.MustCompile(`[0-9۰-۹]{4,}[ -]?[0-9۰-۹]{3,}`)

func TestRefsProbe(t *testing.T) {
	dir := os.Getenv("RDIR")
	if dir == "" {
		t.Skip()
	}
	reqs, truth, _ := readSet(dir)
	x := Build(reqs, nil, DefaultOptions())
	n, withRefs, resolved, right, mention := 0, 0, 0, 0, 0
	shown := 0
	for _, f := range x.feats {
		if !strings.Contains(f.req.Text, "کد") && !strings.Contains(f.req.Text, "شماره") && !strings.Contains(f.req.Text, "پیگیری") {
			continue
		}
		if !digits8.MatchString(f.req.Text) {
			continue
		}
		mention++
		n++
		if len(f.refs) > 0 {
			withRefs++
			if oi, ok := x.byRef[f.refs[0]]; ok {
				resolved++
				if truth[x.feats[oi].req.ID] == truth[f.req.ID] {
					right++
				}
			} else if shown < 8 {
				shown++
				fmt.Printf("unresolved %v: %s\n", f.refs, f.req.Text)
			}
		} else if shown < 16 {
			shown++
			fmt.Printf("no refs: %s\n", f.req.Text)
		}
	}
	fmt.Printf("mention %d, refs read %d, resolved %d, same truth %d\n", mention, withRefs, resolved, right)
}
