package rtl

import (
	"image/color"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Entry is a text entry for right-to-left text mixed with digits and Latin: the caret sits
// where the next character will appear, Left/Right move visually (one character per press,
// also across a digit run inside Persian), Home/End go to the start/end of the line,
// Ctrl+Left/Right jump words, Shift extends the selection, Ctrl+C/X/V/A work, and
// Backspace/Delete act on the logical text. The placeholder is start-aligned. Bidi control
// characters typed or pasted are dropped.
type Entry struct {
	widget.DisableableWidget

	Text        string
	PlaceHolder string
	MultiLine   bool
	// Direction of the paragraphs; DirDefault follows Enabled.
	Direction   Direction
	TextStyle   fyne.TextStyle
	OnChanged   func(string)
	OnSubmitted func(string)

	onEscape  func() // set by a Dialog holding the entry: Escape dismisses it
	caret     caretStop
	anchor    int  // selection anchor (logical); equal to caret.idx when nothing is selected
	slotSet   bool // caret.slot was chosen by a visual move and must be kept
	focused   bool
	shift     bool
	dragging  bool
	geom      *geometry
	undo      []entryState
	redo      []entryState
	lastTyped bool
	geomText  string
	geomW     float32
	geomOpts  textOpts
	offsetX   float32 // horizontal scroll of a single-line entry
	offsetY   float32 // vertical scroll of a multi-line entry
}

// NewEntry returns a single-line right-to-left entry (search boxes, filters).
func NewEntry() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry returns an entry for notes: Return inserts a new line and lines wrap.
func NewMultiLineEntry() *Entry {
	e := &Entry{MultiLine: true}
	e.ExtendBaseWidget(e)
	return e
}

var (
	_ fyne.Focusable         = (*Entry)(nil)
	_ fyne.Tappable          = (*Entry)(nil)
	_ fyne.Shortcutable      = (*Entry)(nil)
	_ fyne.Draggable         = (*Entry)(nil)
	_ fyne.DoubleTappable    = (*Entry)(nil)
	_ fyne.SecondaryTappable = (*Entry)(nil)
	_ desktop.Keyable        = (*Entry)(nil)
	_ fyne.Disableable       = (*Entry)(nil)
	_ desktop.Cursorable     = (*Entry)(nil)
)

// SetPlaceHolder changes the placeholder shown while the entry is empty.
func (e *Entry) SetPlaceHolder(s string) {
	e.PlaceHolder = s
	e.Refresh()
}

// SetText replaces the text and puts the caret at its end; like widget.Entry it calls
// OnChanged when the text changes.
func (e *Entry) SetText(s string) {
	s = e.clean(s)
	e.setText(s, len([]rune(s)))
}

// CursorIndex is the caret's logical position in runes.
func (e *Entry) CursorIndex() int { return e.caret.idx }

// SelectedText returns the selected text in logical order.
func (e *Entry) SelectedText() string {
	a, b := e.selection()
	return string([]rune(e.Text)[a:b])
}

func (e *Entry) selection() (int, int) {
	a, b := e.anchor, e.caret.idx
	if a > b {
		a, b = b, a
	}
	n := len([]rune(e.Text))
	return max(0, min(a, n)), max(0, min(b, n))
}

func (e *Entry) clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case isControl(r) || r == '\r':
			return -1
		case r == '\n' && !e.MultiLine:
			return ' '
		case r == '\t':
			return ' '
		}
		return r
	}, s)
	return s
}

// Cursor implements desktop.Cursorable.
func (e *Entry) Cursor() desktop.Cursor { return desktop.TextCursor }

// FocusGained implements fyne.Focusable.
func (e *Entry) FocusGained() {
	e.focused = true
	e.Refresh()
}

// FocusLost implements fyne.Focusable.
func (e *Entry) FocusLost() {
	e.focused = false
	e.shift = false
	e.Refresh()
}

// KeyDown tracks Shift for selection (the driver sends Shift+arrow as a plain arrow key).
func (e *Entry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
}

// KeyUp implements desktop.Keyable.
func (e *Entry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
}

// TypedRune inserts r at the caret, replacing the selection.
func (e *Entry) TypedRune(r rune) {
	if e.Disabled() || isControl(r) || (r < ' ' && r != '\n') {
		return
	}
	e.insertTyped(string(r), r)
}

func (e *Entry) insert(s string) {
	e.insertTyped(s, 0)
}

func (e *Entry) insertTyped(s string, typed rune) {
	s = e.clean(s)
	e.remember(typed)
	rs := []rune(e.Text)
	a, b := e.selection()
	ins := []rune(s)
	out := make([]rune, 0, len(rs)-(b-a)+len(ins))
	out = append(out, rs[:a]...)
	out = append(out, ins...)
	out = append(out, rs[b:]...)
	e.setText(string(out), a+len(ins))
}

type entryState struct {
	text string
	idx  int
}

// remember records the state before an edit for Ctrl+Z. Typing one character after another
// is one step, as in other editors; a space or a newline starts a new step.
func (e *Entry) remember(typed rune) {
	coalesce := typed != 0 && e.lastTyped && !unicode.IsSpace(typed)
	e.lastTyped = typed != 0
	if coalesce {
		return
	}
	e.undo = append(e.undo, entryState{e.Text, e.caret.idx})
	if len(e.undo) > 200 {
		e.undo = e.undo[1:]
	}
	e.redo = nil
}

func (e *Entry) restore(from, to *[]entryState) {
	if len(*from) == 0 {
		return
	}
	st := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, entryState{e.Text, e.caret.idx})
	e.lastTyped = false
	e.setText(st.text, st.idx)
}

// setText changes the text and places the caret at idx (logical), clearing the selection.
func (e *Entry) setText(s string, idx int) {
	changed := s != e.Text
	e.Text = s
	e.caret = caretStop{idx: idx}
	e.anchor = idx
	e.slotSet = false
	e.Refresh()
	if changed && e.OnChanged != nil {
		e.OnChanged(s)
	}
}

// TypedKey handles editing and caret keys.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if e.Disabled() {
		return
	}
	rs := []rune(e.Text)
	switch k.Name {
	case fyne.KeyBackspace:
		a, b := e.selection()
		if a == b {
			if a == 0 {
				return
			}
			// One code point: after «بَ» Backspace removes the fatha first, as Persian
			// keyboards expect.
			a = b - 1
		}
		e.remember(0)
		e.setText(string(append(rs[:a:a], rs[b:]...)), a)
	case fyne.KeyDelete:
		a, b := e.selection()
		if a == b {
			if b >= len(rs) {
				return
			}
			b = a + 1
			for b < len(rs) && unicode.Is(unicode.Mn, rs[b]) {
				b++
			}
		}
		e.remember(0)
		e.setText(string(append(rs[:a:a], rs[b:]...)), a)
	case fyne.KeyLeft:
		e.moveH(-1)
	case fyne.KeyRight:
		e.moveH(1)
	case fyne.KeyHome:
		e.moveHomeEnd(true)
	case fyne.KeyEnd:
		e.moveHomeEnd(false)
	case fyne.KeyUp:
		e.moveV(-1)
	case fyne.KeyDown:
		e.moveV(1)
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.MultiLine {
			e.insert("\n")
			return
		}
		if e.OnSubmitted != nil {
			e.OnSubmitted(e.Text)
		}
	case fyne.KeyEscape:
		if e.onEscape != nil {
			e.onEscape()
		}
	}
}

// TypedShortcut handles clipboard, select all and word jumps.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		if t := e.SelectedText(); t != "" && sc.Clipboard != nil {
			sc.Clipboard.SetContent(t)
		}
	case *fyne.ShortcutCut:
		if e.Disabled() {
			return
		}
		if t := e.SelectedText(); t != "" {
			if sc.Clipboard != nil {
				sc.Clipboard.SetContent(t)
			}
			e.insert("")
		}
	case *fyne.ShortcutPaste:
		if e.Disabled() || sc.Clipboard == nil {
			return
		}
		e.insert(sc.Clipboard.Content())
	case *fyne.ShortcutUndo:
		if !e.Disabled() {
			e.restore(&e.undo, &e.redo)
		}
	case *fyne.ShortcutRedo:
		if !e.Disabled() {
			e.restore(&e.redo, &e.undo)
		}
	case *fyne.ShortcutSelectAll:
		e.anchor = 0
		e.caret = caretStop{idx: len([]rune(e.Text))}
		e.slotSet = false
		e.Refresh()
	case *desktop.CustomShortcut:
		sel := sc.Modifier&fyne.KeyModifierShift != 0
		word := sc.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierAlt) != 0
		switch {
		case word && sc.KeyName == fyne.KeyLeft:
			e.moveWord(-1, sel)
		case word && sc.KeyName == fyne.KeyRight:
			e.moveWord(1, sel)
		case sc.KeyName == fyne.KeyHome && word:
			e.moveTo(caretStop{idx: 0}, sel)
		case sc.KeyName == fyne.KeyEnd && word:
			e.moveTo(caretStop{idx: len([]rune(e.Text))}, sel)
		case word && sc.KeyName == fyne.KeyDelete:
			b := e.caret.idx
			rs := []rune(e.Text)
			for b < len(rs) && rs[b] == ' ' {
				b++
			}
			for b < len(rs) && rs[b] != ' ' && rs[b] != '\n' {
				b++
			}
			e.anchor = b
			e.insert("")
		case word && sc.KeyName == fyne.KeyBackspace:
			a := e.caret.idx
			rs := []rune(e.Text)
			for a > 0 && rs[a-1] == ' ' {
				a--
			}
			for a > 0 && rs[a-1] != ' ' && rs[a-1] != '\n' {
				a--
			}
			e.anchor = a
			e.insert("")
		}
	}
}

// ensureGeometry lays the text out for the current width if it changed.
func (e *Entry) ensureGeometry() *geometry {
	w := e.contentWidth()
	o := e.opts()
	if e.geom != nil && e.geomText == e.Text && e.geomW == w && e.geomOpts == o {
		return e.geom
	}
	box := w
	if !e.MultiLine {
		box = 0 // one line: laid out at its natural width, placed by the renderer
	}
	tl := layoutText(e.Text, box, o)
	e.geom = newGeometry(tl, []rune(e.Text), measurer(o.size, o.style), prefixMeasurer(o.size, o.style))
	e.geomText, e.geomW, e.geomOpts = e.Text, w, o
	// A slot chosen by a visual move belongs to the old layout; derive it again.
	e.caret = e.geom.stop(min(e.caret.idx, len(e.geom.text)))
	e.slotSet = false
	return e.geom
}

func (e *Entry) opts() textOpts {
	th := e.Theme()
	return textOpts{
		dir:       e.Direction,
		size:      th.Size(theme.SizeNameText),
		style:     e.TextStyle,
		wrap:      e.MultiLine,
		lineSpace: th.Size(theme.SizeNameLineSpacing),
	}
}

func (e *Entry) pad() float32 { return e.Theme().Size(theme.SizeNameInnerPadding) }

func (e *Entry) contentWidth() float32 { return max(0, e.Size().Width-2*e.pad()) }

func (e *Entry) moveTo(c caretStop, sel bool) {
	g := e.ensureGeometry()
	c = g.stop(c.idx)
	e.caret, e.slotSet = c, false
	if !sel {
		e.anchor = c.idx
	}
	e.Refresh()
}

// moveH moves the caret one character visually. Without Shift, an existing selection
// collapses to its visual edge on that side, as in other editors.
func (e *Entry) moveH(dir int) {
	g := e.ensureGeometry()
	sel := e.shift
	if !sel && e.anchor != e.caret.idx {
		a, b := e.selection()
		sa, sb := g.stop(a), g.stop(b)
		pick := sa
		if (dir > 0) == (g.slotX(sb.line, sb.slot) > g.slotX(sa.line, sa.slot)) {
			pick = sb
		}
		e.caret, e.anchor, e.slotSet = pick, pick.idx, true
		e.Refresh()
		return
	}
	c, ok := g.moveVisual(e.caret, dir)
	if !ok && e.MultiLine {
		// Past the edge of a line: continue on the neighbouring line in reading order.
		next := e.caret.line + 1
		if (dir > 0) == g.lineRTL(e.caret.line) {
			next = e.caret.line - 1
		}
		if next >= 0 && next < len(g.tl.lines) {
			c = g.stop(g.lineStartOrEnd(next, dir > 0 == g.lineRTL(next)))
			ok = true
		}
	}
	if !ok {
		return
	}
	e.caret, e.slotSet = c, true
	if !sel {
		e.anchor = c.idx
	}
	e.Refresh()
}

// lineStartOrEnd is the logical start (or end) index of a line.
func (g *geometry) lineStartOrEnd(li int, end bool) int {
	ln := g.tl.lines[li]
	if end {
		e := ln.End
		for e > ln.Start && g.tl.paras[ln.para].Text[e-1] == ' ' && e != len(g.tl.paras[ln.para].Text) {
			e--
		}
		return ln.paraStart + e
	}
	return ln.paraStart + ln.Start
}

func (e *Entry) moveHomeEnd(home bool) {
	g := e.ensureGeometry()
	idx := g.lineStartOrEnd(e.caret.line, !home)
	e.slotSet = false
	e.caret = g.stop(idx)
	if !e.shift {
		e.anchor = idx
	}
	e.Refresh()
}

func (e *Entry) moveV(dir int) {
	if !e.MultiLine {
		return
	}
	g := e.ensureGeometry()
	li := e.caret.line + dir
	if li < 0 || li >= len(g.tl.lines) {
		return
	}
	c := g.hit(li, g.slotX(e.caret.line, e.caret.slot))
	e.caret, e.slotSet = c, true
	if !e.shift {
		e.anchor = c.idx
	}
	e.Refresh()
}

// moveWord jumps visually over spaces, then over the next word.
func (e *Entry) moveWord(dir int, sel bool) {
	g := e.ensureGeometry()
	c := e.caret
	crossed := func(c caretStop, dir int) (rune, bool) {
		ln := g.tl.lines[c.line]
		s := c.slot
		if dir < 0 {
			s--
		}
		if s < 0 || s >= len(ln.Visual) {
			return 0, false
		}
		return g.text[ln.paraStart+ln.Visual[s]], true
	}
	for {
		r, ok := crossed(c, dir)
		if !ok || !unicode.IsSpace(r) {
			break
		}
		c, _ = g.moveVisual(c, dir)
	}
	for {
		r, ok := crossed(c, dir)
		if !ok || unicode.IsSpace(r) {
			break
		}
		c, _ = g.moveVisual(c, dir)
	}
	e.caret, e.slotSet = c, true
	if !sel {
		e.anchor = c.idx
	}
	e.Refresh()
}

// Tapped focuses the entry and puts the caret at the tapped place.
func (e *Entry) Tapped(ev *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && !e.Disabled() {
		c.Focus(e)
	}
	c := e.hitAt(ev.Position)
	e.caret, e.slotSet = c, true
	if !e.shift {
		e.anchor = c.idx
	}
	e.Refresh()
}

func (e *Entry) hitAt(p fyne.Position) caretStop {
	g := e.ensureGeometry()
	pad := e.pad()
	x := p.X - pad - e.textLeft(g)
	li := g.lineAt(p.Y-pad-e.textTop(g), e.opts().lineSpace)
	return g.hit(li, x)
}

// TappedSecondary shows the cut/copy/paste menu, in Persian through Fyne's translations.
func (e *Entry) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	clip := fyne.CurrentApp().Clipboard()
	item := func(label string, sc fyne.Shortcut) *fyne.MenuItem {
		return fyne.NewMenuItem(lang.L(label), func() { e.TypedShortcut(sc) })
	}
	var items []*fyne.MenuItem
	if !e.Disabled() {
		items = append(items, item("Cut", &fyne.ShortcutCut{Clipboard: clip}))
	}
	items = append(items, item("Copy", &fyne.ShortcutCopy{Clipboard: clip}))
	if !e.Disabled() {
		items = append(items, item("Paste", &fyne.ShortcutPaste{Clipboard: clip}))
	}
	items = append(items, item("Select all", &fyne.ShortcutSelectAll{}))
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Add(ev.Position)
	ShowPopUpMenu(fyne.NewMenu("", items...), c, pos)
}

// DoubleTapped selects the word under the pointer.
func (e *Entry) DoubleTapped(ev *fyne.PointEvent) {
	c := e.hitAt(ev.Position)
	rs := []rune(e.Text)
	a, b := c.idx, c.idx
	word := func(r rune) bool { return !unicode.IsSpace(r) && !unicode.IsPunct(r) }
	for a > 0 && word(rs[a-1]) {
		a--
	}
	for b < len(rs) && word(rs[b]) {
		b++
	}
	e.anchor = a
	e.caret = e.ensureGeometry().stop(b)
	e.slotSet = false
	e.Refresh()
}

// Dragged selects from where the drag started.
func (e *Entry) Dragged(ev *fyne.DragEvent) {
	if !e.dragging {
		e.dragging = true
		start := e.hitAt(ev.Position.Subtract(ev.Dragged))
		e.anchor = start.idx
	}
	c := e.hitAt(ev.Position)
	e.caret, e.slotSet = c, true
	e.Refresh()
}

// DragEnd implements fyne.Draggable.
func (e *Entry) DragEnd() { e.dragging = false }

// textLeft is where a single-line text starts inside the content box: aligned to the start
// side when it fits, else scrolled so the caret stays visible.
func (e *Entry) textLeft(g *geometry) float32 {
	if e.MultiLine {
		return 0
	}
	w := e.contentWidth()
	tw := g.tl.width
	if tw <= w {
		e.offsetX = 0
		return alignX(w, tw, fyne.TextAlignLeading, g.tl.paras[0].RTL)
	}
	if !e.focused {
		// Not being edited: show the start of the text (its right end in Persian).
		if g.tl.paras[0].RTL {
			e.offsetX = tw - w
		} else {
			e.offsetX = 0
		}
		return -e.offsetX
	}
	cx := g.slotX(e.caret.line, e.caret.slot)
	// Keep the caret inside [0, w] with the least scrolling.
	if cx-e.offsetX > w {
		e.offsetX = cx - w
	}
	if cx-e.offsetX < 0 {
		e.offsetX = cx
	}
	e.offsetX = max(0, min(e.offsetX, tw-w))
	return -e.offsetX
}

// textTop is the vertical scroll of a multi-line entry: the caret's line is kept visible.
func (e *Entry) textTop(g *geometry) float32 {
	if !e.MultiLine {
		return 0
	}
	h := max(0, e.Size().Height-2*e.pad())
	ln := g.tl.lines[e.caret.line]
	if ln.y+g.tl.lineHeight-e.offsetY > h {
		e.offsetY = ln.y + g.tl.lineHeight - h
	}
	if ln.y-e.offsetY < 0 {
		e.offsetY = ln.y
	}
	e.offsetY = max(0, min(e.offsetY, g.tl.height(e.opts().lineSpace)-h))
	return -e.offsetY
}

// caretX returns the caret's x in the content box (for tests and the renderer).
func (e *Entry) caretX() float32 {
	g := e.ensureGeometry()
	return e.textLeft(g) + g.slotX(e.caret.line, e.caret.slot)
}

// CreateRenderer implements fyne.Widget.
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	e.ExtendBaseWidget(e)
	th := e.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r := &entryRenderer{
		entry:  e,
		bg:     canvas.NewRectangle(th.Color(theme.ColorNameInputBackground, v)),
		border: canvas.NewRectangle(color.Transparent),
		caret:  canvas.NewRectangle(th.Color(theme.ColorNamePrimary, v)),
		ph:     NewLabel(e.PlaceHolder),
		area:   container.NewWithoutLayout(),
	}
	r.clip = container.NewScroll(r.area)
	r.clip.Direction = container.ScrollNone
	r.ph.ColorName = theme.ColorNamePlaceHolder
	r.ph.Direction = e.Direction
	r.Refresh()
	return r
}

type entryRenderer struct {
	entry      *Entry
	bg, border *canvas.Rectangle
	caret      *canvas.Rectangle
	ph         *Label
	area       *fyne.Container // texts, selection and caret, positioned in content coordinates
	clip       *container.Scroll
	texts      []*canvas.Text
	sel        []*canvas.Rectangle
}

func (r *entryRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.border, r.ph, r.clip}
}

func (r *entryRenderer) Destroy() {}

func (r *entryRenderer) MinSize() fyne.Size {
	e := r.entry
	th := e.Theme()
	pad := e.pad()
	lh := fyne.MeasureText("Ag", th.Size(theme.SizeNameText), e.TextStyle).Height
	lines := float32(1)
	if e.MultiLine {
		lines = 3
	}
	h := lines*lh + (lines-1)*th.Size(theme.SizeNameLineSpacing) + 2*pad
	w := max(r.ph.MinSize().Width, lh*4) + 2*pad
	return fyne.NewSize(w, h)
}

func (r *entryRenderer) Layout(size fyne.Size) {
	e := r.entry
	pad := e.pad()
	r.bg.Resize(size)
	r.border.Resize(size)
	r.ph.Move(fyne.NewPos(0, 0))
	r.ph.Resize(fyne.NewSize(size.Width, r.ph.MinSize().Height))
	r.clip.Move(fyne.NewPos(pad, pad))
	r.clip.Resize(fyne.NewSize(max(0, size.Width-2*pad), max(0, size.Height-2*pad)))
	r.draw()
}

func (r *entryRenderer) Refresh() {
	e := r.entry
	th := e.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.border.CornerRadius = r.bg.CornerRadius
	r.border.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.border.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	if e.focused {
		r.border.StrokeWidth = max(2, r.border.StrokeWidth)
		r.border.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	}
	r.caret.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.ph.Text = e.PlaceHolder
	r.ph.Direction = e.Direction
	r.ph.Hidden = e.Text != ""
	r.ph.Refresh()
	r.Layout(e.Size())
	r.bg.Refresh()
	r.border.Refresh()
}

// draw places the runs, the selection rectangles and the caret.
func (r *entryRenderer) draw() {
	e := r.entry
	th := e.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	g := e.ensureGeometry()
	o := e.opts()
	left := e.textLeft(g)
	top := e.textTop(g)
	fg := th.Color(theme.ColorNameForeground, v)
	if e.Disabled() {
		fg = th.Color(theme.ColorNameDisabled, v)
	}
	var objs []fyne.CanvasObject

	// Selection first, under the text.
	n := 0
	a, b := e.selection()
	if a != b {
		selCol := th.Color(theme.ColorNameSelection, v)
		for li, ln := range g.tl.lines {
			y := top + ln.y
			spanStart := -1
			flush := func(s, t int) {
				if n >= len(r.sel) {
					r.sel = append(r.sel, canvas.NewRectangle(selCol))
				}
				rect := r.sel[n]
				n++
				rect.FillColor = selCol
				x0 := left + g.left[li][s]
				x1 := left + g.right[li][t-1]
				rect.Move(fyne.NewPos(x0, y))
				rect.Resize(fyne.NewSize(x1-x0, g.tl.lineHeight))
				objs = append(objs, rect)
			}
			for vp, k := range ln.Visual {
				gi := ln.paraStart + k
				in := gi >= a && gi < b
				if in && spanStart < 0 {
					spanStart = vp
				}
				if !in && spanStart >= 0 {
					flush(spanStart, vp)
					spanStart = -1
				}
			}
			if spanStart >= 0 {
				flush(spanStart, len(ln.Visual))
			}
		}
	}
	r.sel = r.sel[:n]

	n = 0
	for _, ln := range g.tl.lines {
		for _, run := range ln.runs {
			if n >= len(r.texts) {
				r.texts = append(r.texts, canvas.NewText("", fg))
			}
			t := r.texts[n]
			n++
			t.Text = run.Display
			t.Color = fg
			t.TextSize = o.size
			t.TextStyle = o.style
			t.Move(fyne.NewPos(left+run.x, top+ln.y))
			t.Resize(fyne.NewSize(run.w, g.tl.lineHeight))
			t.Refresh()
			objs = append(objs, t)
		}
	}
	r.texts = r.texts[:n]

	if e.focused && !e.Disabled() {
		cx := left + g.slotX(e.caret.line, e.caret.slot)
		w := th.Size(theme.SizeNameInputBorder) * 2
		r.caret.Move(fyne.NewPos(cx-w/2, top+g.tl.lines[e.caret.line].y))
		r.caret.Resize(fyne.NewSize(w, g.tl.lineHeight))
		r.caret.Refresh()
		objs = append(objs, r.caret)
	}
	r.area.Objects = objs
	r.area.Resize(r.clip.Size())
	r.area.Refresh()
}
