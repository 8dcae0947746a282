package rtl

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Label shows text in its correct bidi visual order, aligned to the paragraph's start (the
// right in Persian). It replaces widget.Label for anything that may mix Persian with digits
// or Latin: addresses, request texts, codes.
type Label struct {
	widget.BaseWidget

	Text       string
	Wrapping   fyne.TextWrap  // TextWrapOff (one line per '\n'), TextWrapWord, or TextTruncate
	Alignment  fyne.TextAlign // Leading is right in a right-to-left paragraph
	TextStyle  fyne.TextStyle
	Importance widget.Importance
	// ColorName, when set, overrides the colour Importance picks.
	ColorName fyne.ThemeColorName
	// SizeName picks the theme text size; empty means theme.SizeNameText.
	SizeName fyne.ThemeSizeName
	// Direction of the paragraphs; DirDefault follows Enabled.
	Direction Direction
	// ShowControls shows bidi control characters as visible marks instead of dropping them.
	ShowControls bool
}

// NewLabel returns a one-line bidi label.
func NewLabel(text string) *Label {
	l := &Label{Text: text}
	l.ExtendBaseWidget(l)
	return l
}

// NewWrappedLabel returns a label that wraps at word boundaries to its width.
func NewWrappedLabel(text string) *Label {
	l := &Label{Text: text, Wrapping: fyne.TextWrapWord}
	l.ExtendBaseWidget(l)
	return l
}

// NewCellLabel returns a label for list and table cells: one line, truncated with «…» at the
// end of the text when the column is too narrow.
func NewCellLabel(text string) *Label {
	l := &Label{Text: text, Wrapping: fyne.TextTruncate}
	l.ExtendBaseWidget(l)
	return l
}

// SetText changes the text and refreshes.
func (l *Label) SetText(text string) {
	l.Text = text
	l.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (l *Label) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	r := &labelRenderer{label: l}
	r.Refresh()
	return r
}

func (l *Label) opts() textOpts {
	size := l.SizeName
	if size == "" {
		size = theme.SizeNameText
	}
	th := l.Theme()
	return textOpts{
		dir:       l.Direction,
		size:      th.Size(size),
		style:     l.TextStyle,
		wrap:      l.Wrapping == fyne.TextWrapWord || l.Wrapping == fyne.TextWrapBreak,
		align:     l.Alignment,
		truncate:  l.Wrapping == fyne.TextTruncate,
		lineSpace: th.Size(theme.SizeNameLineSpacing),
	}
}

func (l *Label) displayText() string {
	if l.ShowControls {
		return Sanitize(ShowControls(l.Text))
	}
	return Sanitize(l.Text)
}

func (l *Label) color() color.Color {
	th := l.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if l.ColorName != "" {
		return th.Color(l.ColorName, v)
	}
	return th.Color(importanceColor(l.Importance), v)
}

func importanceColor(i widget.Importance) fyne.ThemeColorName {
	switch i {
	case widget.HighImportance:
		return theme.ColorNamePrimary
	case widget.DangerImportance:
		return theme.ColorNameError
	case widget.WarningImportance:
		return theme.ColorNameWarning
	case widget.SuccessImportance:
		return theme.ColorNameSuccess
	case widget.LowImportance:
		return theme.ColorNameDisabled
	}
	return theme.ColorNameForeground
}

type labelRenderer struct {
	label   *Label
	objects []fyne.CanvasObject
	texts   []*canvas.Text
	layout  *textLayout
	width   float32 // content width the layout was computed for
	opts    textOpts
	text    string
}

func (r *labelRenderer) pad() float32 { return r.label.Theme().Size(theme.SizeNameInnerPadding) }

func (r *labelRenderer) relayout(contentWidth float32) {
	o := r.label.opts()
	text := r.label.displayText()
	if r.layout != nil && contentWidth == r.width && o == r.opts && text == r.text {
		return
	}
	if !o.wrap && !o.truncate {
		// An unwrapped label's lines do not depend on the width, only their alignment does
		// (applied in place), so MinSize and Layout share one layout.
		if r.layout != nil && o == r.opts && text == r.text {
			return
		}
		contentWidth = 0
	}
	r.width, r.opts, r.text = contentWidth, o, text
	r.layout = layoutText(text, max(contentWidth, 0), o)
}

func (r *labelRenderer) Layout(size fyne.Size) {
	pad := r.pad()
	r.relayout(size.Width - 2*pad)
	r.place(size)
}

func (r *labelRenderer) place(size fyne.Size) {
	pad := r.pad()
	o := r.opts
	col := r.label.color()
	n := 0
	// Vertically centre one-line labels like widget.Label does when given extra height.
	top := pad
	if !o.wrap {
		if extra := size.Height - 2*pad - r.layout.height(o.lineSpace); extra > 0 {
			top += extra / 2
		}
	}
	for _, ln := range r.layout.lines {
		shift := float32(0)
		if !o.wrap && !o.truncate {
			rtl := r.layout.paras[ln.para].RTL
			shift = alignX(size.Width-2*pad, ln.w, o.align, rtl) - ln.x
		}
		for _, run := range ln.runs {
			var t *canvas.Text
			if n < len(r.texts) {
				t = r.texts[n]
			} else {
				t = canvas.NewText("", col)
				r.texts = append(r.texts, t)
			}
			n++
			t.Text = run.Display
			t.Color = col
			t.TextSize = o.size
			t.TextStyle = o.style
			t.Move(fyne.NewPos(pad+shift+run.x, top+ln.y))
			t.Resize(fyne.NewSize(run.w, r.layout.lineHeight))
			t.Refresh()
		}
	}
	r.texts = r.texts[:n]
	r.objects = r.objects[:0]
	for _, t := range r.texts {
		r.objects = append(r.objects, t)
	}
}

func (r *labelRenderer) MinSize() fyne.Size {
	pad := r.pad()
	o := r.label.opts()
	switch {
	case o.wrap:
		// A wrapped label can shrink to any width; its height is that of its current width.
		w := r.label.Size().Width - 2*pad
		if w <= 0 {
			w = 0
		}
		r.relayout(w)
		return fyne.NewSize(2*pad+r.layout.lineHeight, r.layout.height(o.lineSpace)+2*pad)
	case o.truncate:
		r.relayout(r.label.Size().Width - 2*pad)
		return fyne.NewSize(2*pad+r.layout.lineHeight, r.layout.lineHeight+2*pad)
	}
	r.relayout(0)
	return fyne.NewSize(r.layout.width+2*pad, r.layout.height(o.lineSpace)+2*pad)
}

func (r *labelRenderer) Refresh() {
	r.layout = nil
	size := r.label.Size()
	r.relayout(size.Width - 2*r.pad())
	r.place(size)
	canvas.Refresh(r.label)
}

func (r *labelRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *labelRenderer) Destroy()                     {}

// Resize re-measures a wrapped label at its new width and refreshes, so the canvas sees the
// new minimum height and re-lays out the containers above it (as widget.RichText does).
func (l *Label) Resize(size fyne.Size) {
	old := l.Size()
	if old == size {
		return
	}
	l.BaseWidget.Resize(size)
	if l.Wrapping == fyne.TextWrapWord || l.Wrapping == fyne.TextWrapBreak {
		if old.Width != size.Width {
			l.Refresh()
		}
	}
}
