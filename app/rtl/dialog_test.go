package rtl_test

import (
	"errors"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik/app/lang"
	"github.com/tafkik/tafkik/app/rtl"
)

const dialogMessage = "درخواست 137-1405-000736 در کوچه ۱۲ خیابان 124 گلسار به شرکت آب (Water) ارجاع شود؟ این کار را می‌توان با «بازگشت» برگرداند."

// dialogWindow is an empty window the size of a small screen, for dialogs to open over.
func dialogWindow(t *testing.T, size fyne.Size) fyne.Window {
	t.Helper()
	if err := lang.Setup(false); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(container.NewStack())
	w.SetPadded(false)
	w.Resize(size)
	t.Cleanup(w.Close)
	return w
}

func absX(o fyne.CanvasObject) float32 {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).X
}

// TestDialogButtonsMirrored: the confirming button is on the left in Persian (Fyne's
// left-to-right order mirrored) and on the right in a left-to-right build.
func TestDialogButtonsMirrored(t *testing.T) {
	for _, tc := range []struct {
		name          string
		rtl           bool
		confirmOnLeft bool
	}{
		{"persian", true, true},
		{"left to right", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			newApp(t)
			old := rtl.Enabled
			rtl.Enabled = tc.rtl
			defer func() { rtl.Enabled = old }()
			w := dialogWindow(t, fyne.NewSize(600, 400))
			d := rtl.ShowConfirm("ارجاع", dialogMessage, nil, w)
			yes, no := d.Buttons()
			if got := absX(yes) < absX(no); got != tc.confirmOnLeft {
				t.Errorf("confirm at x=%v, dismiss at x=%v; confirm on the left: %v, want %v",
					absX(yes), absX(no), got, tc.confirmOnLeft)
			}
			// The header (icon, then title) starts at the message's start edge.
			title, msg := findLabel(t, w, "ارجاع"), d.Content().(*rtl.Label)
			icon := findIcon(t, w)
			ms, me := absX(msg), absX(msg)+msg.Size().Width
			is, ie := absX(icon), absX(icon)+icon.Size().Width
			if tc.rtl && (ie < me-1 || ie > me+1 || absX(title) >= is) {
				t.Errorf("icon %v–%v, title at %v, message %v–%v: want the icon at the message's right edge, the title to its left", is, ie, absX(title), ms, me)
			}
			if !tc.rtl && (is < ms-1 || is > ms+1 || absX(title) <= is) {
				t.Errorf("icon %v–%v, title at %v, message %v–%v: want the icon at the message's left edge, the title to its right", is, ie, absX(title), ms, me)
			}
		})
	}
}

func findIcon(t *testing.T, w fyne.Window) *canvas.Image {
	t.Helper()
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if img, ok := o.(*canvas.Image); ok {
			return img
		}
	}
	t.Fatal("no icon in the dialog")
	return nil
}

func findLabel(t *testing.T, w fyne.Window, text string) *rtl.Label {
	t.Helper()
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if l, ok := o.(*rtl.Label); ok && l.Text == text {
			return l
		}
	}
	t.Fatalf("no label %q in the dialog", text)
	return nil
}

// TestDialogKeyboard: the confirming button has the focus; Enter confirms, Escape dismisses
// (from a button or with nothing focused), Tab reaches the other button.
func TestDialogKeyboard(t *testing.T) {
	cases := []struct {
		name  string
		keys  []fyne.KeyName
		blur  bool // click on the dialog's background first: nothing focused
		want  []bool
		shown bool
	}{
		{"enter confirms", []fyne.KeyName{fyne.KeyReturn}, false, []bool{true}, false},
		{"keypad enter confirms", []fyne.KeyName{fyne.KeyEnter}, false, []bool{true}, false},
		{"space confirms", []fyne.KeyName{fyne.KeySpace}, false, []bool{true}, false},
		{"escape dismisses", []fyne.KeyName{fyne.KeyEscape}, false, []bool{false}, false},
		{"escape with nothing focused", []fyne.KeyName{fyne.KeyEscape}, true, []bool{false}, false},
		{"tab then enter presses dismiss", []fyne.KeyName{fyne.KeyTab, fyne.KeyReturn}, false, []bool{false}, false},
		{"other keys do nothing", []fyne.KeyName{fyne.KeyA, fyne.KeyDown}, false, nil, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			newApp(t)
			w := dialogWindow(t, fyne.NewSize(600, 400))
			var got []bool
			d := rtl.ShowConfirm("ارجاع", dialogMessage, func(ok bool) { got = append(got, ok) }, w)
			c := w.Canvas()
			yes, _ := d.Buttons()
			if f := c.Focused(); f != yes {
				t.Fatalf("focus on %T at open, want the confirming button", f)
			}
			if tc.blur {
				c.Unfocus()
			}
			for _, k := range tc.keys {
				if k == fyne.KeyTab {
					c.FocusNext() // what the window does with Tab
					continue
				}
				if f := c.Focused(); f != nil {
					f.TypedKey(&fyne.KeyEvent{Name: k})
				} else if h := c.OnTypedKey(); h != nil {
					h(&fyne.KeyEvent{Name: k})
				}
			}
			if len(got) != len(tc.want) || (len(got) == 1 && got[0] != tc.want[0]) {
				t.Errorf("callback answers %v, want %v", got, tc.want)
			}
			if d.Visible() != tc.shown || (c.Overlays().Top() != nil) != tc.shown {
				t.Errorf("shown %v (overlay %v), want %v", d.Visible(), c.Overlays().Top() != nil, tc.shown)
			}
			if !tc.shown && c.OnTypedKey() != nil {
				t.Error("the dialog left its Escape handler on the canvas")
			}
		})
	}
}

func TestDialogTapAndClosedHooks(t *testing.T) {
	newApp(t)
	w := dialogWindow(t, fyne.NewSize(600, 400))
	var order []string
	d := rtl.NewInformation("ذخیره شد", "فایل /home/clerk/ارجاع-water.xlsx ذخیره شد.", w)
	d.SetOnClosed(func() { order = append(order, "closed") })
	d.Show()
	yes, ok := d.Buttons()
	if yes != nil || w.Canvas().Focused() != ok {
		t.Fatal("an information dialog has a confirming button, or its OK has no focus")
	}
	test.Tap(ok)
	if len(order) != 1 || d.Visible() {
		t.Errorf("after OK: hooks %v, visible %v", order, d.Visible())
	}
	d.Hide() // closing twice runs nothing twice
	if len(order) != 1 {
		t.Errorf("second close ran the hooks again: %v", order)
	}
}

// TestGoldenDialogs: a confirmation and an error over a 1366-wide screen scaled down; the
// text reads right to left with the code and the Latin word in place, buttons mirrored.
func TestGoldenDialogs(t *testing.T) {
	for _, tc := range []struct {
		file string
		show func(w fyne.Window) *rtl.Dialog
	}{
		{"dialog_confirm.png", func(w fyne.Window) *rtl.Dialog {
			return rtl.ShowConfirm("ارجاع درخواست 137-1405-000736", dialogMessage, nil, w)
		}},
		{"dialog_error.png", func(w fyne.Window) *rtl.Dialog {
			return rtl.ShowError(errors.New("سرور ۱۳۷ در دسترس نیست (127.0.0.1:8137)؛ کارها روی همین دستگاه می‌ماند و بعداً فرستاده می‌شود."), w)
		}},
		{"dialog_custom.png", func(w fyne.Window) *rtl.Dialog {
			e := rtl.NewEntry()
			e.PlaceHolder = "یادداشت ارجاع"
			return rtl.ShowCustomConfirm("ارجاع به شرکت آب", "ارجاع", "انصراف",
				rtl.NewForm("دستگاه", rtl.NewSelect([]string{"شرکت آب (Water)", "شرکت برق"}, nil), "یادداشت", e), nil, w)
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			newApp(t)
			w := dialogWindow(t, fyne.NewSize(560, 300))
			tc.show(w)
			img := w.Canvas().Capture()
			if *update {
				writePNG(t, filepath.Join("testdata", tc.file), img)
				return
			}
			test.AssertImageMatches(t, tc.file, img)
		})
	}
}

// TestCustomDialogKeys: in a form dialog, Escape from the entry or the select dismisses it
// and Enter in the one-line entry confirms it.
func TestCustomDialogKeys(t *testing.T) {
	for _, tc := range []struct {
		name  string
		focus string // "entry" or "select"
		key   fyne.KeyName
		want  bool
	}{
		{"escape in the entry", "entry", fyne.KeyEscape, false},
		{"escape on the select", "select", fyne.KeyEscape, false},
		{"enter in the entry", "entry", fyne.KeyReturn, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			newApp(t)
			w := dialogWindow(t, fyne.NewSize(560, 300))
			e := rtl.NewEntry()
			s := rtl.NewSelect([]string{"شرکت آب (Water)", "شرکت برق"}, nil)
			var got []bool
			d := rtl.ShowCustomConfirm("ارجاع", "ارجاع", "انصراف", rtl.NewForm("دستگاه", s, "یادداشت", e),
				func(ok bool) { got = append(got, ok) }, w)
			var f fyne.Focusable = e
			if tc.focus == "select" {
				f = s
			}
			w.Canvas().Focus(f)
			test.Type(e, "آب 12")
			f.TypedKey(&fyne.KeyEvent{Name: tc.key})
			if len(got) != 1 || got[0] != tc.want || d.Visible() {
				t.Errorf("answers %v (want [%v]), still shown %v", got, tc.want, d.Visible())
			}
		})
	}
}

// TestSelectInsideDialog: a select's list opens over a dialog; Escape closes only the list,
// a second Escape (from the select) the dialog.
func TestSelectInsideDialog(t *testing.T) {
	newApp(t)
	w := dialogWindow(t, fyne.NewSize(560, 300))
	c := w.Canvas()
	s := rtl.NewSelect([]string{"شرکت آب (Water)", "شرکت برق"}, nil)
	var got []bool
	d := rtl.ShowCustomConfirm("ارجاع", "ارجاع", "انصراف", rtl.NewForm("دستگاه", s),
		func(ok bool) { got = append(got, ok) }, w)
	test.Tap(s)
	if !s.ListShown() {
		t.Fatal("the list did not open over the dialog")
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.Selected != "شرکت برق" || s.ListShown() || !d.Visible() {
		t.Fatalf("after choosing: %q, list %v, dialog %v", s.Selected, s.ListShown(), d.Visible())
	}
	if c.Focused() != s {
		t.Fatalf("focus on %T, want the select", c.Focused())
	}
	s.ShowList()
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if s.ListShown() || !d.Visible() {
		t.Fatalf("first Escape: list %v, dialog %v; want only the list closed", s.ListShown(), d.Visible())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if d.Visible() || len(got) != 1 || got[0] {
		t.Errorf("second Escape: dialog %v, answers %v", d.Visible(), got)
	}
}
