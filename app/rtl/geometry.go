package rtl

import "unicode"

// caretStop is a caret place: a logical insertion index and where it is drawn, a visual slot
// on a line (slot s is between the line's visual characters s-1 and s). At a direction
// boundary one logical index has two visual places (the end of «12» and the start of «برق» in
// «آب 12 برق»), so the slot is kept beside the index rather than derived from it.
type caretStop struct {
	idx        int // rune offset in the whole text
	line, slot int
}

// geometry is the laid-out text with each character's visual edges, for the caret, the
// selection and hit testing.
type geometry struct {
	tl    *textLayout
	text  []rune      // whole text (paragraphs joined by '\n')
	left  [][]float32 // per line, per visual position: left edge of that character
	right [][]float32 // per line, per visual position: right edge
	vpos  []int       // per text rune: its visual position on its line (-1 for '\n')
	rtlAt []bool      // per text rune: drawn right to left (after rule L1)
}

func newGeometry(tl *textLayout, text []rune, measure func(string) float32,
	prefixes func(string) ([]float32, bool)) *geometry {
	g := &geometry{tl: tl, text: text}
	g.vpos = make([]int, len(text))
	g.rtlAt = make([]bool, len(text))
	for i := range g.vpos {
		g.vpos[i] = -1
	}
	for _, ln := range tl.lines {
		para := tl.paras[ln.para].Text
		lefts := make([]float32, len(ln.Visual))
		rights := make([]float32, len(ln.Visual))
		vp := 0
		for _, r := range ln.runs {
			// Edges are logical prefix widths of the run; in a right-to-left run they are
			// measured from its right end.
			// One shaping of the run gives every character's advance, as drawn (ligatures
			// put their width on the first character). Without it, prefixes are measured.
			var cum []float32
			if prefixes != nil {
				if c, ok := prefixes(string(para[r.Start:r.End])); ok {
					cum = c
				}
			}
			edge := func(k int) float32 {
				if cum != nil {
					return cum[k-r.Start]
				}
				prefix := string(para[r.Start:k])
				// Cut mid-word, the prefix's last letter would be measured in its isolated
				// or final form, wider than the joined form drawn; a zero-width joiner keeps
				// it joined.
				if k < r.End && k > r.Start && joins(para[k-1]) && joins(para[k]) {
					prefix += "\u200D"
				}
				return measure(prefix)
			}
			n := r.End - r.Start
			for j := 0; j < n; j++ {
				var k int // paragraph offset of the character at this visual position
				var l, rt float32
				if r.RTL() {
					k = r.End - 1 - j
					rt = r.x + r.w - edge(k)
					l = r.x + r.w - edge(k+1)
				} else {
					k = r.Start + j
					l = r.x + edge(k)
					rt = r.x + edge(k+1)
				}
				lefts[vp], rights[vp] = l, rt
				gi := ln.paraStart + k
				g.vpos[gi] = vp
				g.rtlAt[gi] = r.RTL()
				vp++
			}
		}
		g.left = append(g.left, lefts)
		g.right = append(g.right, rights)
	}
	return g
}

// lineRTL reports the direction of the paragraph a line belongs to.
func (g *geometry) lineRTL(li int) bool { return g.tl.paras[g.tl.lines[li].para].RTL }

// slotX is the x of a slot on a line.
func (g *geometry) slotX(li, s int) float32 {
	ln := g.tl.lines[li]
	n := len(ln.Visual)
	switch {
	case n == 0:
		return ln.x
	case s <= 0:
		return g.left[li][0]
	case s >= n:
		return g.right[li][n-1]
	}
	return g.right[li][s-1]
}

// lineFor finds the line drawing logical index idx (an insertion point). At a wrap point the
// caret goes to the start of the next line, as in other editors.
func (g *geometry) lineFor(idx int) int {
	for li, ln := range g.tl.lines {
		start := ln.paraStart + ln.Start
		end := ln.paraStart + ln.End
		last := li == len(g.tl.lines)-1 || g.tl.lines[li+1].para != ln.para
		if idx >= start && (idx < end || (idx == end && last)) {
			return li
		}
	}
	return len(g.tl.lines) - 1
}

// stop returns the caret place for a logical index: after the previous character on the same
// line (its trailing edge: left side if it reads right to left), or before the line's first
// character.
func (g *geometry) stop(idx int) caretStop {
	li := g.lineFor(idx)
	ln := g.tl.lines[li]
	start := ln.paraStart + ln.Start
	c := caretStop{idx: idx, line: li}
	switch {
	case idx > start:
		p := idx - 1
		if g.rtlAt[p] {
			c.slot = g.vpos[p]
		} else {
			c.slot = g.vpos[p] + 1
		}
	case len(ln.Visual) == 0:
		c.slot = 0
		if g.lineRTL(li) {
			c.slot = 0
		}
	default:
		if g.rtlAt[idx] {
			c.slot = g.vpos[idx] + 1
		} else {
			c.slot = g.vpos[idx]
		}
	}
	return c
}

// moveVisual moves c one slot right (dir > 0) or left, returning false at the line's edge.
// The new logical index is the far side of the character crossed.
func (g *geometry) moveVisual(c caretStop, dir int) (caretStop, bool) {
	ln := g.tl.lines[c.line]
	n := len(ln.Visual)
	if dir > 0 {
		if c.slot >= n {
			return c, false
		}
		k := ln.paraStart + ln.Visual[c.slot]
		c.slot++
		if g.rtlAt[k] {
			c.idx = k
		} else {
			c.idx = k + 1
		}
		return c, true
	}
	if c.slot <= 0 {
		return c, false
	}
	c.slot--
	k := ln.paraStart + ln.Visual[c.slot]
	if g.rtlAt[k] {
		c.idx = k + 1
	} else {
		c.idx = k
	}
	return c, true
}

// hit returns the caret place nearest to x on line li.
func (g *geometry) hit(li int, x float32) caretStop {
	ln := g.tl.lines[li]
	n := len(ln.Visual)
	if n == 0 {
		return caretStop{idx: ln.paraStart + ln.Start, line: li}
	}
	best, bestD := 0, float32(-1)
	for s := 0; s <= n; s++ {
		d := g.slotX(li, s) - x
		if d < 0 {
			d = -d
		}
		if bestD < 0 || d < bestD {
			best, bestD = s, d
		}
	}
	// Reach that slot by crossing the character beside it, from whichever side keeps the
	// index on this line.
	c := caretStop{line: li, slot: 0}
	if best == 0 {
		k := ln.paraStart + ln.Visual[0]
		c.idx = k
		if g.rtlAt[k] {
			c.idx = k + 1
		}
		return c
	}
	k := ln.paraStart + ln.Visual[best-1]
	c.slot = best
	if g.rtlAt[k] {
		c.idx = k
	} else {
		c.idx = k + 1
	}
	return c
}

// lineAt returns the line under y.
func (g *geometry) lineAt(y float32, lineSpace float32) int {
	h := g.tl.lineHeight + lineSpace
	li := int(y / h)
	return max(0, min(li, len(g.tl.lines)-1))
}

// joins reports an Arabic-script letter, which joins its neighbours.
func joins(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r))
}
