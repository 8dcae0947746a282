package rtl

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Button is widget.Button (importance, hover, focus, tap animation) with a bidi label and the
// icon on the start side of the text. Set Label, not the embedded Button's Text.
type Button struct {
	widget.Button
	Label string
	// StartIcon is drawn on the start side of the label (right in Persian).
	StartIcon fyne.Resource
}

// NewButton returns a button with a bidi label.
func NewButton(label string, tapped func()) *Button {
	b := &Button{Label: label}
	b.OnTapped = tapped
	b.ExtendBaseWidget(b)
	return b
}

// NewButtonWithIcon returns a button with an icon on the start side of its label.
func NewButtonWithIcon(label string, icon fyne.Resource, tapped func()) *Button {
	b := NewButton(label, tapped)
	b.StartIcon = icon
	return b
}

// SetText is SetLabel, so code written against widget.Button keeps working.
func (b *Button) SetText(s string) { b.SetLabel(s) }

// SetIcon sets the start-side icon, like widget.Button.SetIcon.
func (b *Button) SetIcon(icon fyne.Resource) {
	b.StartIcon = icon
	b.Refresh()
}

// SetLabel changes the label and refreshes.
func (b *Button) SetLabel(s string) {
	b.Label = s
	b.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (b *Button) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	b.Text = ""
	b.Icon = nil
	base := b.Button.CreateRenderer()
	lbl := NewLabel(b.Label)
	lbl.TextStyle.Bold = true
	lbl.Alignment = fyne.TextAlignCenter
	r := &buttonRenderer{base: base, button: b, label: lbl, icon: canvas.NewImageFromResource(nil)}
	r.icon.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type buttonRenderer struct {
	base   fyne.WidgetRenderer
	button *Button
	label  *Label
	icon   *canvas.Image
}

func (r *buttonRenderer) iconSize() float32 {
	return r.button.Theme().Size(theme.SizeNameInlineIcon)
}

func (r *buttonRenderer) MinSize() fyne.Size {
	th := r.button.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	ls := r.label.MinSize()
	w, h := ls.Width, ls.Height
	if r.button.Label == "" {
		w, h = 0, 0
	}
	if r.button.StartIcon != nil {
		w += r.iconSize()
		if r.button.Label != "" {
			w += th.Size(theme.SizeNamePadding)
		}
		h = max(h, r.iconSize()+2*pad)
	}
	// The label carries its own inner padding; add the rest of the button's padding.
	return fyne.NewSize(w+2*pad, h).Max(r.base.MinSize())
}

func (r *buttonRenderer) Layout(size fyne.Size) {
	r.base.Layout(size)
	th := r.button.Theme()
	ls := r.label.MinSize()
	hasIcon := r.button.StartIcon != nil
	hasLabel := r.button.Label != ""
	icon := r.iconSize()
	w := float32(0)
	if hasLabel {
		w += ls.Width
	}
	if hasIcon {
		w += icon
		if hasLabel {
			w += th.Size(theme.SizeNamePadding)
		}
	}
	x := (size.Width - w) / 2
	// Start side first: in the right-to-left build the icon is on the right of the label.
	if hasIcon && Enabled {
		r.icon.Move(fyne.NewPos(x+w-icon, (size.Height-icon)/2))
		r.label.Move(fyne.NewPos(x, 0))
	} else if hasIcon {
		r.icon.Move(fyne.NewPos(x, (size.Height-icon)/2))
		r.label.Move(fyne.NewPos(x+w-ls.Width, 0))
	} else {
		r.label.Move(fyne.NewPos(x, 0))
	}
	r.icon.Resize(fyne.NewSquareSize(icon))
	r.label.Resize(fyne.NewSize(ls.Width, size.Height))
}

func (r *buttonRenderer) Refresh() {
	b := r.button
	// Text or Icon set directly on the embedded widget.Button move to our label and icon,
	// else the base renderer would draw them a second time in logical order.
	if b.Text != "" {
		b.Label, b.Text = b.Text, ""
	}
	if b.Icon != nil {
		b.StartIcon, b.Icon = b.Icon, nil
	}
	r.label.Text = b.Label
	r.label.ColorName = buttonTextColor(b)
	r.icon.Resource = themedIcon(b.StartIcon, r.label.ColorName)
	r.icon.Hidden = b.StartIcon == nil
	r.base.Refresh()
	r.label.Refresh()
	r.icon.Refresh()
	r.Layout(b.Size())
}

func themedIcon(res fyne.Resource, col fyne.ThemeColorName) fyne.Resource {
	if res == nil {
		return nil
	}
	if _, ok := res.(*theme.ThemedResource); ok {
		return theme.NewColoredResource(res, col)
	}
	return res
}

func buttonTextColor(b *Button) fyne.ThemeColorName {
	if b.Disabled() {
		return theme.ColorNameDisabled
	}
	switch b.Importance {
	case widget.HighImportance:
		return theme.ColorNameForegroundOnPrimary
	case widget.DangerImportance:
		return theme.ColorNameForegroundOnError
	case widget.WarningImportance:
		return theme.ColorNameForegroundOnWarning
	case widget.SuccessImportance:
		return theme.ColorNameForegroundOnSuccess
	}
	return theme.ColorNameForeground
}

func (r *buttonRenderer) Objects() []fyne.CanvasObject {
	return append(append([]fyne.CanvasObject{}, r.base.Objects()...), r.icon, r.label)
}

func (r *buttonRenderer) Destroy() { r.base.Destroy() }
