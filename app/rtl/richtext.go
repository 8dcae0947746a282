package rtl

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Span is a piece of rich text with its own look.
type Span struct {
	Text string
	Bold bool
	// ColorName, when set, overrides the label's text colour.
	ColorName fyne.ThemeColorName
	// Highlight paints the selection colour behind the span (search matches).
	Highlight bool
}

// RichLabel is a Label whose text is made of spans: «نشانی:» in bold before the address, or
// the words a clerk searched for highlighted inside a request's text. The whole text is one
// bidi paragraph per line; spans only change the look, never the order, and a Persian word
// split between two spans stays joined.
type RichLabel struct {
	widget.BaseWidget

	Spans     []Span
	Wrapping  fyne.TextWrap // TextWrapOff or TextWrapWord
	Alignment fyne.TextAlign
	Direction Direction
	SizeName  fyne.ThemeSizeName
}

// NewRichLabel returns a one-line rich label.
func NewRichLabel(spans ...Span) *RichLabel {
	l := &RichLabel{Spans: spans}
	l.ExtendBaseWidget(l)
	return l
}

// SetSpans replaces the spans and refreshes.
func (l *RichLabel) SetSpans(spans ...Span) {
	l.Spans = spans
	l.Refresh()
}

// Highlight splits text into spans with every occurrence of query marked, matching as a
// clerk would expect: Arabic ي/ك as Persian ی/ک, Persian and Arabic digits as ASCII, Latin
// case ignored. An empty query gives the text as one span.
func Highlight(text, query string) []Span {
	text = Sanitize(text)
	q := []rune(fold(strings.TrimSpace(Sanitize(query))))
	if len(q) == 0 {
		return []Span{{Text: text}}
	}
	rs := []rune(text)
	f := []rune(fold(text)) // same length as rs: fold maps rune to rune
	var spans []Span
	last := 0
	for i := 0; i+len(q) <= len(f); {
		if string(f[i:i+len(q)]) == string(q) {
			if i > last {
				spans = append(spans, Span{Text: string(rs[last:i])})
			}
			spans = append(spans, Span{Text: string(rs[i : i+len(q)]), Bold: true, Highlight: true})
			i += len(q)
			last = i
			continue
		}
		i++
	}
	if last < len(rs) {
		spans = append(spans, Span{Text: string(rs[last:])})
	}
	return spans
}

func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == 'ي' || r == 'ى':
			return 'ی'
		case r == 'ك':
			return 'ک'
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		}
		return unicode.ToLower(r)
	}, s)
}

// CreateRenderer implements fyne.Widget.
func (l *RichLabel) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	r := &richRenderer{label: l}
	r.Refresh()
	return r
}

// richPiece is one drawn piece: part of a bidi run in one span.
type richPiece struct {
	display string
	span    int
	x, w    float32
	line    int
}

type richLayout struct {
	pieces     []richPiece
	lineY      []float32
	lineHeight float32
	width      float32
	lines      int
}

func (l *RichLabel) size() float32 {
	n := l.SizeName
	if n == "" {
		n = theme.SizeNameText
	}
	return l.Theme().Size(n)
}

// layout lays the spans out at width (0: no wrapping, aligned to the widest line).
func (l *RichLabel) layout(width float32) *richLayout {
	size := l.size()
	lineSpace := l.Theme().Size(theme.SizeNameLineSpacing)
	var text []rune
	var spanOf []int
	for i, s := range l.Spans {
		t := []rune(Sanitize(s.Text))
		text = append(text, t...)
		for range t {
			spanOf = append(spanOf, i)
		}
	}
	measures := [2]func(string) float32{
		measurer(size, fyne.TextStyle{}),
		measurer(size, fyne.TextStyle{Bold: true}),
	}
	covers := coverage(fyne.TextStyle{})
	styleOf := func(span int) int {
		if l.Spans[span].Bold {
			return 1
		}
		return 0
	}
	// piece returns the string drawn for text[a:b] of one span, with zero-width joiners where
	// a Persian word continues into the neighbouring span so both halves keep joined forms.
	piece := func(a, b int) string {
		s := string(text[a:b])
		if a > 0 && joins(text[a-1]) && joins(text[a]) {
			s = "\u200D" + s
		}
		if b < len(text) && joins(text[b-1]) && joins(text[b]) {
			s += "\u200D"
		}
		return s
	}
	rangeWidth := func(a, b int) float32 {
		w := float32(0)
		for a < b {
			e := a + 1
			for e < b && spanOf[e] == spanOf[a] {
				e++
			}
			w += measures[styleOf(spanOf[a])](piece(a, e))
			a = e
		}
		return w
	}

	rl := &richLayout{lineHeight: fyne.MeasureText("Ag", size, fyne.TextStyle{}).Height}
	type lineOut struct {
		pieces []richPiece
		w      float32
		rtl    bool
	}
	var outs []lineOut
	offset := 0
	wrap := float32(0)
	if l.Wrapping == fyne.TextWrapWord || l.Wrapping == fyne.TextWrapBreak {
		wrap = width
	}
	for _, p := range strings.Split(string(text), "\n") {
		para := NewParagraph(p, l.Direction)
		base := offset
		for _, ln := range para.linesBy(wrap, func(a, b int) float32 { return rangeWidth(base+a, base+b) }) {
			var lo lineOut
			lo.rtl = para.RTL
			x := float32(0)
			for _, run := range ln.Runs {
				// Split the run at span boundaries, in logical order, then place the
				// pieces in the run's visual order.
				type seg struct{ a, b int }
				var segs []seg
				a := base + run.Start
				// In a right-to-left run, also cut where the font lacks glyphs (see
				// splitByFont).
				same := func(x, y int) bool {
					if spanOf[x] != spanOf[y] {
						return false
					}
					return !run.RTL() || covers == nil || covers(text[x]) == covers(text[y])
				}
				for a < base+run.End {
					e := a + 1
					for e < base+run.End && same(e, a) {
						e++
					}
					segs = append(segs, seg{a, e})
					a = e
				}
				if run.RTL() {
					for i, j := 0, len(segs)-1; i < j; i, j = i+1, j-1 {
						segs[i], segs[j] = segs[j], segs[i]
					}
				}
				for _, sg := range segs {
					d := piece(sg.a, sg.b)
					if run.RTL() && !hasStrongRTL(text[sg.a:sg.b]) {
						d = reverseMirrored(text[sg.a:sg.b])
					}
					st := styleOf(spanOf[sg.a])
					w := measures[st](d)
					lo.pieces = append(lo.pieces, richPiece{display: d, span: spanOf[sg.a], x: x, w: w, line: len(outs)})
					x += w
				}
			}
			lo.w = x
			rl.width = max(rl.width, x)
			outs = append(outs, lo)
		}
		offset += len(para.Text) + 1
	}
	box := width
	if box <= 0 {
		box = rl.width
	}
	for i, lo := range outs {
		dx := alignX(box, lo.w, l.Alignment, lo.rtl)
		for _, p := range lo.pieces {
			p.x += dx
			rl.pieces = append(rl.pieces, p)
		}
		rl.lineY = append(rl.lineY, float32(i)*(rl.lineHeight+lineSpace))
	}
	rl.lines = max(1, len(outs))
	return rl
}

type richRenderer struct {
	label   *RichLabel
	layout  *richLayout
	width   float32
	objects []fyne.CanvasObject
}

func (r *richRenderer) pad() float32 { return r.label.Theme().Size(theme.SizeNameInnerPadding) }

func (r *richRenderer) height(rl *richLayout) float32 {
	n := float32(rl.lines)
	return n*rl.lineHeight + (n-1)*r.label.Theme().Size(theme.SizeNameLineSpacing)
}

func (r *richRenderer) MinSize() fyne.Size {
	pad := r.pad()
	if r.label.Wrapping == fyne.TextWrapWord || r.label.Wrapping == fyne.TextWrapBreak {
		rl := r.label.layout(max(0, r.label.Size().Width-2*pad))
		return fyne.NewSize(2*pad+rl.lineHeight, r.height(rl)+2*pad)
	}
	rl := r.label.layout(0)
	return fyne.NewSize(rl.width+2*pad, r.height(rl)+2*pad)
}

func (r *richRenderer) Layout(size fyne.Size) {
	pad := r.pad()
	l := r.label
	th := l.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	rl := l.layout(max(0, size.Width-2*pad))
	r.layout = rl
	var bgs, texts []fyne.CanvasObject
	for _, p := range rl.pieces {
		sp := l.Spans[p.span]
		col := th.Color(theme.ColorNameForeground, v)
		if sp.ColorName != "" {
			col = th.Color(sp.ColorName, v)
		}
		pos := fyne.NewPos(pad+p.x, pad+rl.lineY[p.line])
		if sp.Highlight {
			bg := canvas.NewRectangle(th.Color(theme.ColorNameSelection, v))
			bg.CornerRadius = 2
			bg.Move(pos)
			bg.Resize(fyne.NewSize(p.w, rl.lineHeight))
			bgs = append(bgs, bg)
		}
		t := canvas.NewText(p.display, col)
		t.TextSize = l.size()
		t.TextStyle = fyne.TextStyle{Bold: sp.Bold}
		t.Move(pos)
		t.Resize(fyne.NewSize(p.w, rl.lineHeight))
		texts = append(texts, t)
	}
	r.objects = append(bgs, texts...)
}

func (r *richRenderer) Refresh() {
	r.Layout(r.label.Size())
	canvas.Refresh(r.label)
}

func (r *richRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *richRenderer) Destroy()                     {}

// Resize refreshes a wrapped rich label at a new width (see Label.Resize).
func (l *RichLabel) Resize(size fyne.Size) {
	old := l.Size()
	if old == size {
		return
	}
	l.BaseWidget.Resize(size)
	if (l.Wrapping == fyne.TextWrapWord || l.Wrapping == fyne.TextWrapBreak) && old.Width != size.Width {
		l.Refresh()
	}
}
