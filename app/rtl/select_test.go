package rtl_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik/app/rtl"
)

var selectOptions = []string{
	"همه",
	"کوچه ۱۲ خیابان 124 گلسار",
	"ارجاع به شرکت آب (Water Co.)",
	"کد 137-1405-000736",
}

// selectWindow puts sel in the top-right corner of a window, as a filter sits in a screen.
func selectWindow(t *testing.T, sel *rtl.Select, size fyne.Size) fyne.Window {
	t.Helper()
	row := container.NewHBox(layout.NewSpacer(), container.NewGridWrap(fyne.NewSize(230, sel.MinSize().Height), sel))
	w := test.NewWindow(container.NewVBox(row))
	w.SetPadded(false)
	w.Resize(size)
	t.Cleanup(w.Close)
	return w
}

func TestSelectKeyboard(t *testing.T) {
	newApp(t)
	var got []string
	sel := rtl.NewSelect(selectOptions, func(s string) { got = append(got, s) })
	sel.PlaceHolder = "محله"
	w := selectWindow(t, sel, fyne.NewSize(420, 300))
	c := w.Canvas()
	c.Focus(sel)

	// Each step is a fyne.KeyName or a typed rune, sent to whatever has the focus.
	cases := []struct {
		name  string
		steps []any
		want  string // Selected afterwards
		open  bool   // list still shown
	}{
		{"space opens", []any{fyne.KeySpace}, "", true},
		{"escape closes unchanged", []any{fyne.KeyEscape}, "", false},
		{"down opens, down down enter", []any{fyne.KeyDown, fyne.KeyDown, fyne.KeyDown, fyne.KeyReturn}, selectOptions[2], false},
		{"enter reopens on the chosen one, up enter", []any{fyne.KeyEnter, fyne.KeyUp, fyne.KeyEnter}, selectOptions[1], false},
		{"a typed letter jumps to the next option starting with it", []any{fyne.KeyDown, 'ک', fyne.KeyReturn}, selectOptions[3], false},
		{"home then space chooses the first", []any{fyne.KeyEnter, fyne.KeyHome, fyne.KeySpace}, selectOptions[0], false},
		{"left is the next option in rtl", []any{fyne.KeyLeft}, selectOptions[1], false},
		{"right is the previous one", []any{fyne.KeyRight}, selectOptions[0], false},
		{"and wraps round", []any{fyne.KeyRight}, selectOptions[3], false},
		{"tab closes the open list", []any{fyne.KeyUp, fyne.KeyTab}, selectOptions[3], false},
	}
	for _, tc := range cases {
		for _, st := range tc.steps {
			switch v := st.(type) {
			case fyne.KeyName:
				c.Focused().TypedKey(&fyne.KeyEvent{Name: v})
			case rune:
				c.Focused().TypedRune(v)
			}
		}
		if sel.Selected != tc.want {
			t.Errorf("%s: selected %q, want %q", tc.name, sel.Selected, tc.want)
		}
		if sel.ListShown() != tc.open {
			t.Errorf("%s: list shown %v, want %v", tc.name, sel.ListShown(), tc.open)
		}
		if !tc.open && c.Focused() != sel {
			t.Errorf("%s: focus on %T after the list closed, want the select", tc.name, c.Focused())
		}
	}
	want := []string{selectOptions[2], selectOptions[1], selectOptions[3], selectOptions[0], selectOptions[1], selectOptions[0], selectOptions[3]}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("OnChanged calls %q, want %q", got, want)
	}
}

func TestSelectTapAndPlacement(t *testing.T) {
	newApp(t)
	sel := rtl.NewSelect(selectOptions, nil)
	w := selectWindow(t, sel, fyne.NewSize(420, 300))
	test.Tap(sel)
	if !sel.ListShown() {
		t.Fatal("tap did not open the list")
	}
	pop := w.Canvas().Overlays().Top()
	rows := test.LaidOutObjects(pop)
	var labels []*rtl.Label
	for _, o := range rows {
		if l, ok := o.(*rtl.Label); ok {
			labels = append(labels, l)
		}
	}
	if len(labels) != len(selectOptions) {
		t.Fatalf("%d option labels in the list, want %d", len(labels), len(selectOptions))
	}
	// The list hangs from the select's right edge and its options start at the right.
	selPos := fyne.CurrentApp().Driver().AbsolutePositionForObject(sel)
	selRight := selPos.X + sel.Size().Width
	for _, l := range labels {
		p := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
		if right := p.X + l.Size().Width; right > selRight+1 || right < selRight-16 {
			t.Errorf("option %q ends at x=%v, the select at %v", l.Text, right, selRight)
		}
		if p.Y < selPos.Y+sel.Size().Height-1 {
			t.Errorf("option %q at y=%v, above the select's bottom %v", l.Text, p.Y, selPos.Y+sel.Size().Height)
		}
	}
	test.Tap(findRow(t, pop, selectOptions[2]))
	if sel.Selected != selectOptions[2] || sel.ListShown() {
		t.Errorf("tap on an option: selected %q, shown %v", sel.Selected, sel.ListShown())
	}
}

// findRow returns the tappable row holding the option label text.
func findRow(t *testing.T, root fyne.CanvasObject, text string) fyne.Tappable {
	t.Helper()
	var row fyne.Tappable
	var walk func(o fyne.CanvasObject, parent fyne.Tappable)
	walk = func(o fyne.CanvasObject, parent fyne.Tappable) {
		if tp, ok := o.(fyne.Tappable); ok {
			parent = tp
		}
		if l, ok := o.(*rtl.Label); ok && l.Text == text && row == nil {
			row = parent
		}
		var kids []fyne.CanvasObject
		switch v := o.(type) {
		case *fyne.Container:
			kids = v.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(v).Objects()
		}
		for _, k := range kids {
			walk(k, parent)
		}
	}
	walk(root, nil)
	if row == nil {
		t.Fatalf("no row for %q", text)
	}
	return row
}

// TestSelectLongList: more options than fit under the select scroll, and the keyboard
// brings the last one into view.
func TestSelectLongList(t *testing.T) {
	newApp(t)
	var opts []string
	for i := 1; i <= 40; i++ {
		opts = append(opts, fmt.Sprintf("محلهٔ %d", i))
	}
	sel := rtl.NewSelect(opts, nil)
	w := selectWindow(t, sel, fyne.NewSize(420, 260))
	test.Tap(sel)
	pop := w.Canvas().Overlays().Top()
	var scroll *container.Scroll
	for _, o := range test.LaidOutObjects(pop) {
		if s, ok := o.(*container.Scroll); ok {
			scroll = s
		}
	}
	if scroll == nil {
		t.Fatal("no scroller in the list")
	}
	bottom := fyne.CurrentApp().Driver().AbsolutePositionForObject(scroll).Y + scroll.Size().Height
	if bottom > 260+1 {
		t.Errorf("list ends at y=%v, below the window (260)", bottom)
	}
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if scroll.Offset.Y <= 0 {
		t.Errorf("End did not scroll the list (offset %v)", scroll.Offset.Y)
	}
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if sel.Selected != opts[39] {
		t.Errorf("selected %q, want %q", sel.Selected, opts[39])
	}
}

func TestSelectDisabledAndClear(t *testing.T) {
	newApp(t)
	var calls int
	sel := rtl.NewSelect(selectOptions, func(string) { calls++ })
	selectWindow(t, sel, fyne.NewSize(420, 200))
	sel.SetSelected("نیست")
	if sel.Selected != "" || calls != 0 {
		t.Errorf("SetSelected of a non-option: %q, %d calls", sel.Selected, calls)
	}
	sel.SetSelectedIndex(1)
	sel.ClearSelected()
	if sel.Selected != "" || sel.SelectedIndex() != -1 || calls != 2 {
		t.Errorf("after clear: %q index %d, %d calls", sel.Selected, sel.SelectedIndex(), calls)
	}
	sel.Disable()
	test.Tap(sel)
	if sel.ListShown() {
		t.Error("a disabled select opened its list")
	}
}

// TestGoldenSelect: the closed face with a mixed option (arrow on the left, text from the
// right) and the placeholder, then the open list under a select at the window's right edge.
func TestGoldenSelect(t *testing.T) {
	newApp(t)
	chosen := rtl.NewSelect(selectOptions, nil)
	chosen.SetSelected(selectOptions[1])
	empty := rtl.NewSelect(selectOptions, nil)
	empty.PlaceHolder = "وضعیت"
	golden(t, "select.png", container.NewVBox(chosen, empty), fyne.NewSize(300, 90))

	open := rtl.NewSelect(selectOptions, nil)
	open.SetSelected(selectOptions[2])
	w := selectWindow(t, open, fyne.NewSize(420, 230))
	test.Tap(open)
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	img := w.Canvas().Capture()
	if *update {
		writePNG(t, filepath.Join("testdata", "select_open.png"), img)
		return
	}
	test.AssertImageMatches(t, "select_open.png", img)
}

// TestSelectOpensUpwards: at the bottom of the window the list opens above the select.
func TestSelectOpensUpwards(t *testing.T) {
	newApp(t)
	sel := rtl.NewSelect(selectOptions, nil)
	w := test.NewWindow(container.NewBorder(nil, sel, nil, nil, layout.NewSpacer()))
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(400, 300))
	test.Tap(sel)
	top := fyne.CurrentApp().Driver().AbsolutePositionForObject(sel).Y
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if l, ok := o.(*rtl.Label); ok {
			if y := fyne.CurrentApp().Driver().AbsolutePositionForObject(l).Y + l.Size().Height; y > top+1 {
				t.Errorf("option %q ends at y=%v, below the select's top %v", l.Text, y, top)
			}
		}
	}
}

// TestSelectShowsItsLongestOptionWhole: a select given its longest option as placeholder (as
// the issue list's order is) shows that option whole when picked, at its minimum width; laid
// out again, a long phrase once measured a few pixels wider and was cut with «…».
func TestSelectShowsItsLongestOptionWhole(t *testing.T) {
	for _, long := range []string{"بیشترین درخواست", "بیشترین پیوستن نامطمئن", "طولانی‌ترین سکوت"} {
		sel := rtl.NewSelect([]string{"تازه‌ترین", long}, nil)
		sel.PlaceHolder = long
		sel.SetSelected(long)
		w := test.NewWindow(container.NewHBox(sel))
		w.SetPadded(false)
		w.Resize(sel.MinSize())
		var shown string
		for _, o := range test.LaidOutObjects(w.Content()) {
			if txt, ok := o.(*canvas.Text); ok && o.Visible() {
				shown += txt.Text
			}
		}
		w.Close()
		if strings.Contains(shown, "…") || shown == "" {
			t.Errorf("%q shows as %q", long, shown)
		}
	}
}
