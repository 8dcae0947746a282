package rtl_test

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik/app/lang"
	"github.com/tafkik/tafkik/app/rtl"
)

func TestPopUpMenu(t *testing.T) {
	newApp(t)
	w := test.NewWindow(container.NewStack())
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(500, 300))
	c := w.Canvas()
	var ran []string
	item := func(s string) *fyne.MenuItem { return fyne.NewMenuItem(s, func() { ran = append(ran, s) }) }
	cut, paste := item("برش"), item("چسباندن")
	cut.Disabled = true
	menu := fyne.NewMenu("", cut, item("رونوشت کد 137-1405"), fyne.NewMenuItemSeparator(), paste)
	at := fyne.NewPos(300, 50)
	pop := rtl.ShowPopUpMenu(menu, c, at)
	var labels []*rtl.Label
	for _, o := range test.LaidOutObjects(pop) {
		if l, ok := o.(*rtl.Label); ok {
			labels = append(labels, l)
		}
	}
	if len(labels) != 3 {
		t.Fatalf("%d items shown, want 3 (the separator left out)", len(labels))
	}
	for _, l := range labels {
		if right := absX(l) + l.Size().Width; right > at.X+1 || right < at.X-12 {
			t.Errorf("item %q ends at x=%v: want the menu to open to the left of the pointer (%v)", l.Text, right, at.X)
		}
	}
	// Enter on the disabled first item does nothing; Down, Enter runs the copy.
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(ran) != 0 || !pop.Visible() {
		t.Fatalf("a disabled item ran: %v", ran)
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(ran) != 1 || ran[0] != "رونوشت کد 137-1405" || pop.Visible() {
		t.Errorf("ran %v, menu shown %v", ran, pop.Visible())
	}
	pop = rtl.ShowPopUpMenu(menu, c, at)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if pop.Visible() || len(ran) != 1 {
		t.Errorf("Escape: shown %v, ran %v", pop.Visible(), ran)
	}
}

// TestGoldenEntryMenu: the entry's right-click menu in Persian, opening to the left.
func TestGoldenEntryMenu(t *testing.T) {
	newApp(t)
	if err := lang.Setup(false); err != nil {
		t.Fatal(err)
	}
	e := rtl.NewEntry()
	e.SetText("کد 137-1405-000736")
	w := test.NewWindow(container.NewVBox(e))
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(400, 220))
	test.TapSecondaryAt(e, fyne.NewPos(300, 10))
	img := w.Canvas().Capture()
	if *update {
		writePNG(t, filepath.Join("testdata", "entry_menu.png"), img)
		return
	}
	test.AssertImageMatches(t, "entry_menu.png", img)
}
