package rtl

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynelang "fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

var _ dialog.Dialog = (*Dialog)(nil)

// Dialog is a modal dialog laid out for the reading direction: the title and its icon at
// the start side, the message wrapped and aligned to the start side, each line in bidi
// order, and the buttons mirrored from Fyne's left-to-right order, so in Persian the
// confirming button sits on the left and the dismissing one on its right.
//
// Fyne's own dialogs left-align their text in logical order, put the confirming button on
// the right and ignore Escape. Here the confirming button (or the only one) has the focus
// when the dialog opens: Enter or Space presses it, Tab moves between the buttons and
// Escape dismisses the dialog, as it does in every desktop program.
type Dialog struct {
	parent   fyne.Window
	title    string
	icon     fyne.Resource
	iconCol  fyne.ThemeColorName
	content  fyne.CanvasObject
	natural  float32 // preferred content width; 0 means the content's own
	callback func(bool)

	confirm, dismiss *DialogButton
	popUp            *widget.PopUp
	desired          fyne.Size
	prevKey          func(*fyne.KeyEvent)
	shown            bool
}

// NewConfirm returns a yes/no dialog calling callback with the answer (false on Escape).
func NewConfirm(title, message string, callback func(bool), parent fyne.Window) *Dialog {
	d := newMessage(title, message, theme.QuestionIcon(), theme.ColorNamePrimary, parent)
	d.callback = callback
	d.setButtons(fynelang.L("Yes"), fynelang.L("No"))
	return d
}

// ShowConfirm shows NewConfirm's dialog.
func ShowConfirm(title, message string, callback func(bool), parent fyne.Window) *Dialog {
	d := NewConfirm(title, message, callback, parent)
	d.Show()
	return d
}

// NewInformation returns a dialog with a message and one «OK» button.
func NewInformation(title, message string, parent fyne.Window) *Dialog {
	d := newMessage(title, message, theme.InfoIcon(), theme.ColorNamePrimary, parent)
	d.setButtons("", fynelang.L("OK"))
	return d
}

// ShowInformation shows NewInformation's dialog.
func ShowInformation(title, message string, parent fyne.Window) *Dialog {
	d := NewInformation(title, message, parent)
	d.Show()
	return d
}

// NewError returns a dialog showing err's message under the title «Error» (translated).
// Screens should pass an error whose message is already a sentence a clerk understands.
func NewError(err error, parent fyne.Window) *Dialog {
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	d := newMessage(fynelang.L("Error"), msg, theme.ErrorIcon(), theme.ColorNameError, parent)
	d.setButtons("", fynelang.L("OK"))
	return d
}

// ShowError shows NewError's dialog.
func ShowError(err error, parent fyne.Window) *Dialog {
	d := NewError(err, parent)
	d.Show()
	return d
}

// NewCustom returns a dialog around content with one dismissing button.
func NewCustom(title, dismiss string, content fyne.CanvasObject, parent fyne.Window) *Dialog {
	d := &Dialog{parent: parent, title: title, content: content}
	d.setButtons("", dismiss)
	return d
}

// ShowCustom shows NewCustom's dialog.
func ShowCustom(title, dismiss string, content fyne.CanvasObject, parent fyne.Window) *Dialog {
	d := NewCustom(title, dismiss, content, parent)
	d.Show()
	return d
}

// NewCustomConfirm returns a dialog around content with a confirming and a dismissing button;
// callback gets true only for the confirming one.
func NewCustomConfirm(title, confirm, dismiss string, content fyne.CanvasObject, callback func(bool), parent fyne.Window) *Dialog {
	d := &Dialog{parent: parent, title: title, content: content, callback: callback}
	d.setButtons(confirm, dismiss)
	return d
}

// ShowCustomConfirm shows NewCustomConfirm's dialog.
func ShowCustomConfirm(title, confirm, dismiss string, content fyne.CanvasObject, callback func(bool), parent fyne.Window) *Dialog {
	d := NewCustomConfirm(title, confirm, dismiss, content, callback, parent)
	d.Show()
	return d
}

func newMessage(title, message string, icon fyne.Resource, col fyne.ThemeColorName, parent fyne.Window) *Dialog {
	l := NewWrappedLabel(message)
	// Short messages keep one line; long ones wrap at a width that reads comfortably.
	natural := NewLabel(message).MinSize().Width
	return &Dialog{parent: parent, title: title, icon: icon, iconCol: col, content: l,
		natural: min(max(natural, 300), 480)}
}

func (d *Dialog) setButtons(confirm, dismiss string) {
	d.dismiss = newDialogButton(d, dismiss, false)
	if confirm != "" {
		d.confirm = newDialogButton(d, confirm, true)
		d.confirm.Importance = widget.HighImportance
	} else {
		// A dialog with one button: it is the affirmative one, so it stands out.
		d.dismiss.Importance = widget.HighImportance
	}
}

// SetConfirmText changes the confirming button's label (no-op without one).
func (d *Dialog) SetConfirmText(s string) {
	if d.confirm != nil {
		d.confirm.SetLabel(s)
	}
}

// SetDismissText changes the dismissing button's label.
func (d *Dialog) SetDismissText(s string) { d.dismiss.SetLabel(s) }

// SetOnClosed adds f to run after the dialog closes, whichever way.
func (d *Dialog) SetOnClosed(f func()) {
	prev := d.callback
	d.callback = func(ok bool) {
		if prev != nil {
			prev(ok)
		}
		f()
	}
}

// Buttons returns the confirming button (nil when there is none) and the dismissing one,
// for tests and for screens that disable confirming until a form is valid.
func (d *Dialog) Buttons() (confirm, dismiss *DialogButton) { return d.confirm, d.dismiss }

// Content is the dialog's body: the wrapped message label, or the custom content.
func (d *Dialog) Content() fyne.CanvasObject { return d.content }

// Visible reports whether the dialog is on show.
func (d *Dialog) Visible() bool { return d.shown }

func (d *Dialog) build() {
	title := NewLabel(d.title)
	title.TextStyle.Bold = true
	header := []fyne.CanvasObject{title}
	if d.icon != nil {
		img := canvas.NewImageFromResource(theme.NewColoredResource(d.icon, d.iconCol))
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSquareSize(theme.Size(theme.SizeNameInlineIcon) * 1.4))
		header = []fyne.CanvasObject{img, title}
	}
	// Mirrored from Fyne's [dismiss][confirm]: confirming at the end of the reading order.
	buttons := []fyne.CanvasObject{d.dismiss}
	if d.confirm != nil {
		buttons = append(buttons, d.confirm)
	}
	body := container.New(&dialogLayout{d: d},
		NewHBox(header...), d.content, container.NewCenter(NewHBox(buttons...)))
	pad := theme.Size(theme.SizeNamePadding)
	d.popUp = widget.NewModalPopUp(container.New(layout.NewCustomPaddedLayout(pad, pad, 3*pad, 3*pad), body),
		d.parent.Canvas())
}

// Show opens the dialog over its window with the keyboard on its main button.
func (d *Dialog) Show() {
	if d.popUp == nil {
		d.build()
	}
	if !d.desired.IsZero() {
		d.popUp.Resize(d.desired)
	}
	c := d.parent.Canvas()
	if !d.shown {
		// With nothing focused (a click on the dialog's background) keys reach the canvas:
		// Escape still dismisses.
		d.prevKey = c.OnTypedKey()
		c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
			if ev.Name == fyne.KeyEscape {
				d.Dismiss()
			} else if d.prevKey != nil {
				d.prevKey(ev)
			}
		})
	}
	d.shown = true
	d.wireKeys(d.content)
	d.popUp.Show()
	if d.confirm != nil && !d.confirm.Disabled() {
		c.Focus(d.confirm)
	} else {
		c.Focus(d.dismiss)
	}
}

// wireKeys lets Escape dismiss the dialog from the entries and selects of custom content
// (a focused widget gets the keys, not the dialog), and Enter in a one-line entry confirm
// it, as in a form. It looks inside containers, not inside other widgets.
func (d *Dialog) wireKeys(o fyne.CanvasObject) {
	switch v := o.(type) {
	case *fyne.Container:
		for _, k := range v.Objects {
			d.wireKeys(k)
		}
	case *Entry:
		v.onEscape = d.Dismiss
		if d.confirm != nil && !v.MultiLine && v.OnSubmitted == nil {
			v.OnSubmitted = func(string) { d.Confirm() }
		}
	case *Select:
		v.onEscape = d.Dismiss
	}
}

// Hide closes the dialog as a dismissal.
func (d *Dialog) Hide() { d.close(false) }

// Dismiss closes the dialog without the affirmative action, as Escape does.
func (d *Dialog) Dismiss() { d.close(false) }

// Confirm closes the dialog with the affirmative answer, as its confirming button does;
// nothing happens while that button is disabled (Enter in a form must not bypass it).
func (d *Dialog) Confirm() {
	if d.confirm != nil && d.confirm.Disabled() {
		return
	}
	d.close(true)
}

func (d *Dialog) close(ok bool) {
	if !d.shown {
		return
	}
	d.shown = false
	d.parent.Canvas().SetOnTypedKey(d.prevKey)
	d.prevKey = nil
	d.popUp.Hide()
	if d.callback != nil {
		d.callback(ok)
	}
}

// Refresh redraws the dialog.
func (d *Dialog) Refresh() {
	if d.popUp != nil {
		d.popUp.Refresh()
	}
}

// Resize sets the dialog's size (it never shrinks below MinSize).
func (d *Dialog) Resize(size fyne.Size) {
	d.desired = size
	if d.popUp != nil {
		d.popUp.Resize(size)
	}
}

// MinSize is the smallest size the dialog takes.
func (d *Dialog) MinSize() fyne.Size {
	if d.popUp == nil {
		d.build()
	}
	return d.popUp.MinSize()
}

// DialogButton is a dialog's button: Enter presses it like Space, Escape dismisses the dialog.
type DialogButton struct {
	Button
	dialog *Dialog
}

func newDialogButton(d *Dialog, label string, confirm bool) *DialogButton {
	b := &DialogButton{dialog: d}
	b.Label = label
	if confirm {
		b.OnTapped = d.Confirm
	} else {
		b.OnTapped = d.Dismiss
	}
	b.ExtendBaseWidget(b)
	return b
}

func (b *DialogButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		b.dialog.Dismiss()
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	default:
		b.Button.TypedKey(ev)
	}
}

// dialogLayout stacks header, content and buttons at one width: the content's preferred
// width, at least the header's and the buttons', at most what the window allows, so a
// wrapped message is measured at the width it will be shown at.
type dialogLayout struct{ d *Dialog }

func (l *dialogLayout) width(objs []fyne.CanvasObject) float32 {
	w := l.d.natural
	if w == 0 {
		w = max(objs[1].MinSize().Width, 300)
	}
	w = max(w, objs[0].MinSize().Width, objs[2].MinSize().Width)
	if c := l.d.parent.Canvas(); c != nil && c.Size().Width > 0 {
		w = min(w, c.Size().Width*0.9)
	}
	return w
}

func (l *dialogLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := l.width(objs)
	gap := theme.Size(theme.SizeNamePadding) * 2
	h := float32(0)
	for i, o := range objs {
		if lbl, ok := o.(*Label); ok && lbl.Wrapping != fyne.TextWrapOff && lbl.Size().Width != w {
			lbl.Resize(fyne.NewSize(w, lbl.Size().Height))
		}
		h += o.MinSize().Height
		if i > 0 {
			h += gap
		}
	}
	return fyne.NewSize(w, h)
}

func (l *dialogLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Size(theme.SizeNamePadding) * 2
	head, foot := objs[0].MinSize().Height, objs[2].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, head))
	mid := max(size.Height-head-foot-2*gap, 0)
	objs[1].Move(fyne.NewPos(0, head+gap))
	objs[1].Resize(fyne.NewSize(size.Width, mid))
	objs[2].Move(fyne.NewPos(0, size.Height-foot))
	objs[2].Resize(fyne.NewSize(size.Width, foot))
}
