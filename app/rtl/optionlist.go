package rtl

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// optionList is the body of an open drop-down list or pop-up menu: one bidi row per
// option, scrolled when the window is too short, taking the keyboard while it is shown.
// Up/Down move, Home/End jump, a typed letter jumps to the next option starting with it,
// Enter or Space choose, Escape and Tab close.
type optionList struct {
	widget.BaseWidget

	options  []string
	current  int // drawn bold: the select's value; -1 for none
	onChoose func(int)
	onClose  func()
	disabled func(int) bool // rows that cannot be chosen; nil for none

	rows   []*optionRow
	box    *fyne.Container
	scroll *container.Scroll
	hot    int // the row Enter would choose
}

func newOptionList(options []string, current int, onChoose func(int), onClose func()) *optionList {
	l := &optionList{options: options, current: current, onChoose: onChoose, onClose: onClose,
		hot: max(current, 0), box: container.NewVBox()}
	for i, o := range options {
		row := &optionRow{list: l, index: i, label: NewLabel(o), bg: canvas.NewRectangle(color.Transparent)}
		row.ExtendBaseWidget(row)
		l.rows = append(l.rows, row)
		l.box.Add(row)
	}
	l.scroll = container.NewVScroll(l.box)
	l.ExtendBaseWidget(l)
	return l
}

func (l *optionList) enabled(i int) bool {
	return i >= 0 && i < len(l.options) && (l.disabled == nil || !l.disabled(i))
}

func (l *optionList) choose(i int) {
	if l.enabled(i) {
		l.onChoose(i)
	}
}

func (l *optionList) setHot(i int) {
	if len(l.rows) == 0 {
		return
	}
	i = max(0, min(i, len(l.rows)-1))
	if i == l.hot {
		return
	}
	old := l.hot
	l.hot = i
	if old >= 0 && old < len(l.rows) {
		l.rows[old].Refresh()
	}
	l.rows[i].Refresh()
	l.scrollToHot()
}

func (l *optionList) scrollToHot() {
	if l.hot < 0 || l.hot >= len(l.rows) {
		return
	}
	l.rows[l.hot].Refresh()
	row := l.rows[l.hot]
	top, bottom := row.Position().Y, row.Position().Y+row.Size().Height
	view := l.scroll.Size().Height
	off := l.scroll.Offset.Y
	switch {
	case top < off:
		off = top
	case bottom > off+view:
		off = bottom - view
	default:
		return
	}
	l.scroll.ScrollToOffset(fyne.NewPos(0, off))
}

func (l *optionList) FocusGained() {}
func (l *optionList) FocusLost()   {}

// TypedRune jumps to the next option that starts with r, as list boxes do everywhere.
func (l *optionList) TypedRune(r rune) {
	n := len(l.options)
	for k := 1; k <= n; k++ {
		i := (l.hot + k) % n
		for _, first := range l.options[i] {
			if first == r {
				l.setHot(i)
				return
			}
			break
		}
	}
}

func (l *optionList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp:
		l.setHot(l.hot - 1)
	case fyne.KeyDown:
		l.setHot(l.hot + 1)
	case fyne.KeyHome, fyne.KeyPageUp:
		l.setHot(0)
	case fyne.KeyEnd, fyne.KeyPageDown:
		l.setHot(len(l.rows) - 1)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		l.choose(l.hot)
	case fyne.KeyEscape, fyne.KeyTab:
		l.onClose()
	}
}

func (l *optionList) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.scroll)
}

// optionRow is one option of the open list.
type optionRow struct {
	widget.BaseWidget

	list  *optionList
	index int
	label *Label
	bg    *canvas.Rectangle
}

func (r *optionRow) Tapped(*fyne.PointEvent)        { r.list.choose(r.index) }
func (r *optionRow) MouseIn(*desktop.MouseEvent)    { r.list.setHot(r.index) }
func (r *optionRow) MouseMoved(*desktop.MouseEvent) {}
func (r *optionRow) MouseOut()                      {}

func (r *optionRow) CreateRenderer() fyne.WidgetRenderer {
	return &optionRowRenderer{row: r}
}

type optionRowRenderer struct{ row *optionRow }

func (rr *optionRowRenderer) Layout(size fyne.Size) {
	rr.row.bg.Resize(size)
	rr.row.label.Resize(size)
}

func (rr *optionRowRenderer) MinSize() fyne.Size { return rr.row.label.MinSize() }

func (rr *optionRowRenderer) Refresh() {
	r := rr.row
	th := r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if r.index == r.list.hot && r.list.enabled(r.index) {
		r.bg.FillColor = th.Color(theme.ColorNameFocus, v)
	} else {
		r.bg.FillColor = color.Transparent
	}
	// The current value is bold, so it stays recognisable while the keyboard moves away.
	r.label.TextStyle.Bold = r.index == r.list.current
	if r.list.enabled(r.index) {
		r.label.ColorName = ""
	} else {
		r.label.ColorName = theme.ColorNameDisabled
	}
	r.bg.Refresh()
	r.label.Refresh()
}

func (rr *optionRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.row.bg, rr.row.label}
}

func (rr *optionRowRenderer) Destroy() {}
