package rtl

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik/app/theme"
)

func box(w, h float32) *canvas.Rectangle {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}

// withDirection runs f with Enabled set to rtl and restores it.
func withDirection(t *testing.T, rtl bool, f func()) {
	t.Helper()
	old := Enabled
	Enabled = rtl
	defer func() { Enabled = old }()
	f()
}

func TestMirroredLayouts(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	for _, rtl := range []bool{true, false} {
		withDirection(t, rtl, func() {
			first, second := box(50, 20), box(30, 20)
			hbox := NewHBox(first, second)
			hbox.Resize(fyne.NewSize(200, 20))
			// In Persian the first object hugs the right edge.
			if got := first.Position().X + first.Size().Width; rtl && got != 200 {
				t.Errorf("rtl HBox: first ends at %v, want 200", got)
			}
			if !rtl && first.Position().X != 0 {
				t.Errorf("ltr HBox: first at %v, want 0", first.Position().X)
			}
			if (second.Position().X < first.Position().X) != rtl {
				t.Errorf("rtl=%v: second at %v, first at %v", rtl, second.Position().X, first.Position().X)
			}

			nav, center := box(60, 10), box(10, 10)
			border := NewBorder(nil, nil, nav, nil, center)
			border.Resize(fyne.NewSize(300, 100))
			navRight := nav.Position().X+nav.Size().Width == 300
			if navRight != rtl {
				t.Errorf("rtl=%v: navigation at x %v", rtl, nav.Position().X)
			}

			field := widget.NewEntry()
			form := NewForm("نشانی", field)
			form.Resize(fyne.NewSize(400, 40))
			label := form.Objects[0]
			if (label.Position().X > field.Position().X) != rtl {
				t.Errorf("rtl=%v: form label at %v, field at %v", rtl, label.Position().X, field.Position().X)
			}

			if got := Column(0, 4); (got == 3) != rtl {
				t.Errorf("rtl=%v: Column(0, 4) = %d", rtl, got)
			}
			for c := 0; c < 4; c++ {
				if Column(Column(c, 4), 4) != c {
					t.Errorf("Column is not its own inverse at %d", c)
				}
			}

			a1 := widget.NewToolbarAction(nil, nil)
			a2 := widget.NewToolbarAction(nil, nil)
			tb := NewToolbar(a1, a2)
			if (tb.Items[0] == a2) != rtl {
				t.Errorf("rtl=%v: toolbar order %v", rtl, tb.Items)
			}
		})
	}
}

func TestTabs(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	one, two := widget.NewLabel("1"), widget.NewLabel("2")
	tabs := NewTabs(container.NewTabItem("اول", one), container.NewTabItem("دوم", two))
	w := test.NewWindow(tabs)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 200))
	var got *container.TabItem
	tabs.OnSelected = func(it *container.TabItem) { got = it }
	if tabs.Selected().Content != one || !one.Visible() {
		t.Fatal("first tab not shown")
	}
	// The first tab's button is the rightmost.
	b0, b1 := tabs.buttons[0], tabs.buttons[1]
	p0 := fyne.CurrentApp().Driver().AbsolutePositionForObject(b0)
	p1 := fyne.CurrentApp().Driver().AbsolutePositionForObject(b1)
	if p0.X <= p1.X {
		t.Errorf("first tab at x %v, second at %v; want the first on the right", p0.X, p1.X)
	}
	test.Tap(b1)
	if got == nil || got.Content != two || tabs.SelectedIndex() != 1 {
		t.Errorf("tap second tab: selected %v", tabs.SelectedIndex())
	}
	tabs.Select(tabs.Items[0])
	if tabs.SelectedIndex() != 0 || two.Visible() && tabs.content.Objects[0] == two {
		t.Errorf("Select(first): selected %v", tabs.SelectedIndex())
	}
}

func TestIconMirroring(t *testing.T) {
	var rtlBack, ltrBack string
	withDirection(t, true, func() { rtlBack = BackIcon().Name() })
	withDirection(t, false, func() { ltrBack = BackIcon().Name() })
	if rtlBack == ltrBack {
		t.Errorf("back icon is %q in both directions", rtlBack)
	}
}

func TestControls(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.Light())
	var got []bool
	c := NewCheck("فقط مسئله‌های باز (open)", func(v bool) { got = append(got, v) })
	list, detail := box(10, 10), box(10, 10)
	split := NewHSplit(list, detail, 0.3)
	w := test.NewWindow(container.NewVBox(c, split))
	defer w.Close()
	w.Resize(fyne.NewSize(400, 200))
	if c.Box.Position().X <= c.Label.Position().X {
		t.Errorf("check box at %v, label at %v; want the box on the right", c.Box.Position().X, c.Label.Position().X)
	}
	test.Tap(c)
	if !c.Checked() || len(got) != 1 || !got[0] {
		t.Errorf("tap on the check: checked %v, callbacks %v", c.Checked(), got)
	}
	if list.Position().X <= detail.Position().X {
		t.Errorf("split: list at %v, detail at %v; want the list on the right", list.Position().X, detail.Position().X)
	}
}
