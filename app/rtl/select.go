package rtl

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

var (
	_ fyne.Widget       = (*Select)(nil)
	_ fyne.Focusable    = (*Select)(nil)
	_ fyne.Tappable     = (*Select)(nil)
	_ fyne.Disableable  = (*Select)(nil)
	_ desktop.Hoverable = (*Select)(nil)
	_ fyne.Focusable    = (*optionList)(nil)
)

// Select is a drop-down chooser whose closed face and open list show every option as its
// own bidi paragraph aligned to the start side, with the arrow on the end side (left in
// Persian). widget.Select draws options in logical order, so «کوچه 12 (Rasht)» reads wrong
// there. The fields and methods are widget.Select's, so screens switch by changing the type.
//
// Keyboard: Space, Enter, Up or Down open the list; in the list Up/Down move, Home/End jump,
// a typed letter jumps to the next option starting with it, Enter or Space choose, Escape
// and Tab close it. Left and Right on the closed face step through the options visually:
// Left is the next option in a right-to-left build.
type Select struct {
	widget.DisableableWidget

	Options     []string
	Selected    string
	PlaceHolder string
	OnChanged   func(string) `json:"-"`

	focused, hovered bool
	onEscape         func() // set by a Dialog holding the select: Escape dismisses it
	popUp            *widget.PopUp
	list             *optionList
}

// NewSelect returns a select calling changed after the user (or SetSelected) picks an option.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{Options: options, OnChanged: changed}
	s.ExtendBaseWidget(s)
	return s
}

func (s *Select) placeHolder() string {
	if s.PlaceHolder != "" {
		return s.PlaceHolder
	}
	if Enabled {
		return "(انتخاب کنید)"
	}
	return "(Select one)"
}

// SelectedIndex returns the index of the chosen option, or -1.
func (s *Select) SelectedIndex() int {
	for i, o := range s.Options {
		if o == s.Selected {
			return i
		}
	}
	return -1
}

// SetSelected chooses text if it is one of the options.
func (s *Select) SetSelected(text string) {
	for _, o := range s.Options {
		if o == text {
			s.updateSelected(text)
			return
		}
	}
}

// SetSelectedIndex chooses option i.
func (s *Select) SetSelectedIndex(i int) {
	if i < 0 || i >= len(s.Options) {
		return
	}
	s.updateSelected(s.Options[i])
}

// ClearSelected shows the placeholder again, calling OnChanged with "" like widget.Select.
func (s *Select) ClearSelected() { s.updateSelected("") }

// SetOptions replaces the options and refreshes.
func (s *Select) SetOptions(options []string) {
	s.Options = options
	s.Refresh()
}

func (s *Select) updateSelected(text string) {
	s.Selected = text
	if s.OnChanged != nil {
		s.OnChanged(text)
	}
	s.Refresh()
}

// Tapped opens the list.
func (s *Select) Tapped(*fyne.PointEvent) {
	if s.Disabled() {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil && !s.focused {
		c.Focus(s)
	}
	s.ShowList()
}

// FocusGained implements fyne.Focusable.
func (s *Select) FocusGained() { s.focused = true; s.Refresh() }

// FocusLost implements fyne.Focusable.
func (s *Select) FocusLost() { s.focused = false; s.Refresh() }

// TypedRune implements fyne.Focusable; typing on the closed face does nothing.
func (s *Select) TypedRune(rune) {}

// TypedKey opens the list or steps through the options.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	if s.Disabled() {
		return
	}
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyUp, fyne.KeyDown:
		s.ShowList()
	case fyne.KeyEscape:
		if s.onEscape != nil {
			s.onEscape()
		}
	case fyne.KeyLeft, fyne.KeyRight:
		step := 1
		if (ev.Name == fyne.KeyRight) == Enabled {
			step = -1
		}
		if n := len(s.Options); n > 0 {
			s.SetSelectedIndex((s.SelectedIndex() + step + n) % n)
		}
	}
}

// MouseIn implements desktop.Hoverable.
func (s *Select) MouseIn(*desktop.MouseEvent) { s.hovered = true; s.Refresh() }

// MouseMoved implements desktop.Hoverable.
func (s *Select) MouseMoved(*desktop.MouseEvent) {}

// MouseOut implements desktop.Hoverable.
func (s *Select) MouseOut() { s.hovered = false; s.Refresh() }

// Hide closes the list with the select.
func (s *Select) Hide() {
	s.HideList()
	s.BaseWidget.Hide()
}

// ListShown reports whether the drop-down list is open.
func (s *Select) ListShown() bool { return s.popUp != nil && s.popUp.Visible() }

// ShowList opens the drop-down list under the select (above it when there is more room
// there), its end edge aligned with the select's, the chosen option highlighted and the
// keyboard on the list.
func (s *Select) ShowList() {
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil || s.Disabled() {
		return
	}
	s.HideList()
	s.list = newOptionList(s.Options, s.SelectedIndex(), func(i int) {
		text := s.Options[i]
		s.HideList()
		s.updateSelected(text)
	}, s.HideList)
	s.popUp = widget.NewPopUp(s.list, c)
	s.placeList(c)
	s.popUp.Show()
	c.Focus(s.list)
	s.list.scrollToHot()
}

func (s *Select) placeList(c fyne.Canvas) {
	th := s.Theme()
	pad := th.Size(theme.SizeNameInnerPadding) // the popup's own padding, both sides together
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s)
	size := s.Size()
	cs := c.Size()
	natural := s.list.box.MinSize().Add(fyne.NewSquareSize(pad))
	w := min(max(size.Width, natural.Width), cs.Width)
	below := cs.Height - (pos.Y + size.Height)
	above := pos.Y
	h := natural.Height
	y := pos.Y + size.Height
	if h > below && above > below {
		h = min(h, above)
		y = pos.Y - h
	} else {
		h = min(h, below)
	}
	// The list hangs from the select's start edge: the right edge in Persian.
	x := pos.X
	if Enabled {
		x = pos.X + size.Width - w
	}
	x = max(0, min(x, cs.Width-w))
	s.popUp.Move(fyne.NewPos(x, y))
	s.popUp.Resize(fyne.NewSize(w, h))
}

// HideList closes the drop-down list if it is open and gives the keyboard back to the select.
func (s *Select) HideList() {
	if s.popUp == nil {
		return
	}
	p := s.popUp
	s.popUp, s.list = nil, nil
	p.Hide()
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil && !s.Disabled() && s.Visible() {
		c.Focus(s)
	}
}

// CreateRenderer implements fyne.Widget.
func (s *Select) CreateRenderer() fyne.WidgetRenderer {
	s.ExtendBaseWidget(s)
	label := NewCellLabel("")
	r := &selectRenderer{sel: s, bg: canvas.NewRectangle(color.Transparent), label: label,
		icon: canvas.NewImageFromResource(nil)}
	r.icon.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type selectRenderer struct {
	sel    *Select
	bg     *canvas.Rectangle
	label  *Label
	icon   *canvas.Image
	phText string
	phSize fyne.Size
}

func (r *selectRenderer) Layout(size fyne.Size) {
	th := r.sel.Theme()
	inner := th.Size(theme.SizeNameInnerPadding)
	pad := th.Size(theme.SizeNamePadding)
	icon := th.Size(theme.SizeNameInlineIcon)
	r.bg.Resize(size)
	r.icon.Resize(fyne.NewSquareSize(icon))
	lw := max(size.Width-icon-inner-pad, 0)
	// The arrow sits at the end side (left in Persian), the text from the start side.
	if Enabled {
		r.icon.Move(fyne.NewPos(inner, (size.Height-icon)/2))
		r.label.Move(fyne.NewPos(size.Width-lw, 0))
	} else {
		r.icon.Move(fyne.NewPos(size.Width-inner-icon, (size.Height-icon)/2))
		r.label.Move(fyne.NewPos(0, 0))
	}
	r.label.Resize(fyne.NewSize(lw, size.Height))
}

func (r *selectRenderer) MinSize() fyne.Size {
	th := r.sel.Theme()
	// Like widget.Select, the width is the placeholder's, so choosing a long option never
	// pushes the screen's layout around; long options are cut with «…».
	if p := r.sel.placeHolder(); p != r.phText || r.phSize.IsZero() {
		r.phText, r.phSize = p, NewLabel(p).MinSize() // MinSize runs on every layout pass
	}
	ph := r.phSize
	icon := th.Size(theme.SizeNameInlineIcon)
	// A few pixels more than the placeholder's width: an option as long as the placeholder,
	// measured again when laid out, would otherwise come out a rounding error too wide and be
	// cut («بیشترین درخوا…»; one pixel was not enough for «بیشترین پیوستن نامطمئن»).
	return fyne.NewSize(ph.Width+4+icon+th.Size(theme.SizeNameInnerPadding)+th.Size(theme.SizeNamePadding),
		max(ph.Height, icon+2*th.Size(theme.SizeNameInnerPadding)))
}

func (r *selectRenderer) Refresh() {
	s := r.sel
	th := s.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	switch {
	case s.Disabled():
		r.bg.FillColor = th.Color(theme.ColorNameDisabledButton, v)
	case s.focused:
		r.bg.FillColor = th.Color(theme.ColorNameFocus, v)
	case s.hovered:
		r.bg.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	}
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.phSize = fyne.Size{} // the theme's text size may have changed
	if s.Selected == "" {
		r.label.Text = s.placeHolder()
		r.label.ColorName = theme.ColorNamePlaceHolder
	} else {
		r.label.Text = s.Selected
		r.label.ColorName = theme.ColorNameForeground
	}
	if s.Disabled() {
		r.label.ColorName = theme.ColorNameDisabled
		r.icon.Resource = theme.NewDisabledResource(th.Icon(theme.IconNameArrowDropDown))
	} else {
		r.icon.Resource = th.Icon(theme.IconNameArrowDropDown)
	}
	r.Layout(s.Size())
	r.bg.Refresh()
	r.label.Refresh()
	r.icon.Refresh()
}

func (r *selectRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.label, r.icon}
}

func (r *selectRenderer) Destroy() {}
