package rtl

import (
	"strings"

	"fyne.io/fyne/v2"
)

// textOpts is what a text layout depends on besides the text and the width.
type textOpts struct {
	dir       Direction
	size      float32
	style     fyne.TextStyle
	wrap      bool
	align     fyne.TextAlign
	truncate  bool // one line, cut with an ellipsis at the end of the logical text
	lineSpace float32
}

type placedRun struct {
	Run
	x, w float32 // left edge and advance, from the content box's left
}

type placedLine struct {
	Line
	para      int     // index of the paragraph (text split on '\n')
	paraStart int     // rune offset of the paragraph in the whole text
	x, w, y   float32 // left edge, width and top in the content box
	runs      []placedRun
}

type textLayout struct {
	paras      []*Paragraph
	lines      []placedLine
	lineHeight float32
	width      float32 // widest line
}

// layoutText wraps text (already sanitized) into lines of at most width (when wrapping),
// orders each line visually and places its runs. Lines are aligned inside [0, width]; when
// width is 0 they are aligned to the widest line.
func layoutText(text string, width float32, o textOpts) *textLayout {
	measure := measurer(o.size, o.style)
	covers := coverage(o.style)
	tl := &textLayout{lineHeight: fyne.MeasureText("Ag", o.size, o.style).Height}
	if o.truncate {
		text = truncate(text, width, o, measure)
	}
	offset := 0
	for i, p := range strings.Split(text, "\n") {
		para := NewParagraph(p, o.dir)
		tl.paras = append(tl.paras, para)
		wrapAt := float32(0)
		if o.wrap {
			wrapAt = width
		}
		for _, ln := range para.Lines(wrapAt, measure) {
			pl := placedLine{Line: ln, para: i, paraStart: offset}
			x := float32(0)
			for _, r := range ln.Runs {
				for _, piece := range splitByFont(para.Text, r, covers) {
					w := measure(piece.Display)
					pl.runs = append(pl.runs, placedRun{Run: piece, x: x, w: w})
					x += w
				}
			}
			pl.w = x
			tl.width = max(tl.width, x)
			tl.lines = append(tl.lines, pl)
		}
		offset += len(para.Text) + 1
	}
	box := width
	if box <= 0 {
		box = tl.width
	}
	for i := range tl.lines {
		ln := &tl.lines[i]
		rtl := tl.paras[ln.para].RTL
		ln.y = float32(i) * (tl.lineHeight + o.lineSpace)
		ln.x = alignX(box, ln.w, o.align, rtl)
		for j := range ln.runs {
			ln.runs[j].x += ln.x
		}
	}
	return tl
}

// alignX places a line of width w in a box: Leading is the paragraph's start side, so a
// right-to-left paragraph hugs the right edge.
func alignX(box, w float32, align fyne.TextAlign, rtl bool) float32 {
	switch align {
	case fyne.TextAlignCenter:
		return (box - w) / 2
	case fyne.TextAlignTrailing:
		if rtl {
			return 0
		}
		return box - w
	default:
		if rtl {
			return box - w
		}
		return 0
	}
}

func (tl *textLayout) height(lineSpace float32) float32 {
	n := float32(len(tl.lines))
	if n == 0 {
		n = 1
	}
	return n*tl.lineHeight + (n-1)*lineSpace
}

// truncate keeps the longest logical prefix of the first line that fits in width with «…»
// after it; the ellipsis then sits at the paragraph's end side (left in Persian).
func truncate(text string, width float32, o textOpts, measure func(string) float32) string {
	first, _, multi := strings.Cut(text, "\n")
	if width <= 0 || (!multi && measure(first) <= width) {
		return first
	}
	rs := []rune(first)
	cut := func(k int) string { return strings.TrimRight(string(rs[:k]), " ") + "…" }
	fits := func(k int) bool { return measure(cut(k)) <= width }
	// One shaping gives every prefix's width; the estimate is then checked with a real
	// measurement and corrected a character at a time.
	var k int
	if res := themeFont(o.style); res != nil {
		if cum, ok := sharedMeasurer.prefixWidths(res, first, o.size); ok {
			ell := measure("…")
			for k = len(rs); k > 0 && cum[k]+ell > width; k-- {
			}
			for k > 0 && !fits(k) {
				k--
			}
			for k < len(rs) && fits(k+1) {
				k++
			}
			return cut(k)
		}
	}
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return cut(lo)
}

// splitByFont cuts a right-to-left run where the theme font lacks characters (an emoji in a
// citizen's text). Fyne draws such characters from a fallback font as a separate piece and
// would place the pieces of one string left to right; given one piece each, they are placed
// here from right to left. Left-to-right runs need no cut.
func splitByFont(text []rune, r Run, covers func(rune) bool) []Run {
	if !r.RTL() || covers == nil {
		return []Run{r}
	}
	seg := text[r.Start:r.End]
	allCovered := true
	for _, c := range seg {
		if !covers(c) {
			allCovered = false
			break
		}
	}
	if allCovered {
		return []Run{r}
	}
	var pieces []Run
	a := r.Start
	for a < r.End {
		e := a + 1
		for e < r.End && covers(text[e]) == covers(text[a]) {
			e++
		}
		p := Run{Start: a, End: e, Level: r.Level, Display: string(text[a:e])}
		if !hasStrongRTL(text[a:e]) {
			p.Display = reverseMirrored(text[a:e])
		}
		pieces = append(pieces, p)
		a = e
	}
	// Logical order to visual order: the run reads right to left.
	for i, j := 0, len(pieces)-1; i < j; i, j = i+1, j-1 {
		pieces[i], pieces[j] = pieces[j], pieces[i]
	}
	return pieces
}
