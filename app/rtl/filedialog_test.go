package rtl_test

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik/app/rtl"
)

// fileTree makes a folder with a sub-folder, two spreadsheets, a CSV, a text file and a
// hidden file.
func fileTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "پوشه ۱"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"ارجاع-water.xlsx", "b.xlsx", "درخواست‌ها.csv", "notes.txt", ".hidden.xlsx", "پوشه ۱/inner.xlsx"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFileSave(t *testing.T) {
	newApp(t)
	w := dialogWindow(t, fyne.NewSize(900, 600))
	c := w.Canvas()
	dir := fileTree(t)
	var got []string
	f := rtl.NewFileSave("خروجی اکسل", "داشبورد", []string{".xlsx"}, func(p string) { got = append(got, p) }, w)
	f.SetLocation(dir)
	f.Show()
	if want := "[پوشه ۱ b.xlsx ارجاع-water.xlsx]"; fmt.Sprint(f.Names()) != want {
		t.Errorf("rows %v, want %s (folders first, only .xlsx, no hidden files)", f.Names(), want)
	}
	if path := os.Getenv("FILEDIALOG_PNG"); path != "" {
		out, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		png.Encode(out, c.Capture())
		out.Close()
	}
	// Places sit on the start side (right), the list beside them.
	var home *rtl.Button
	var list fyne.CanvasObject // the file list: a widget.List inside
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		switch v := o.(type) {
		case *rtl.Button:
			if v.Label == "خانه" {
				home = v
			}
		case interface{ Select(widget.ListItemID) }:
			list = o
		}
	}
	if home == nil || list == nil {
		t.Fatalf("home button %v, list %v", home != nil, list != nil)
	}
	if absX(home) <= absX(list) {
		t.Errorf("places at x=%v, list at %v: want the places on the right", absX(home), absX(list))
	}

	f.Pick("پوشه ۱")
	if f.Location() != filepath.Join(dir, "پوشه ۱") || fmt.Sprint(f.Names()) != "[inner.xlsx]" {
		t.Errorf("after opening the folder: %s %v", f.Location(), f.Names())
	}
	f.Up()
	if f.Location() != dir {
		t.Errorf("up: %s, want %s", f.Location(), dir)
	}
	// Enter in the name entry saves, the extension added.
	if _, ok := c.Focused().(*rtl.Entry); !ok {
		t.Fatalf("focus on %T, want the name entry", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := filepath.Join(dir, "داشبورد.xlsx"); len(got) != 1 || got[0] != want {
		t.Fatalf("saved to %v, want %s", got, want)
	}

	// Over an existing file it asks: «No» goes back to the chooser, «Yes» replaces.
	f.Show()
	f.Pick("ارجاع-water.xlsx")
	f.Confirm()
	if len(got) != 1 {
		t.Fatalf("replaced without asking: %v", got)
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // «No»
	if !f.Dialog().Visible() || len(got) != 1 {
		t.Fatalf("after «No»: chooser shown %v, saved %v", f.Dialog().Visible(), got)
	}
	f.Confirm()
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // «Yes»
	if want := filepath.Join(dir, "ارجاع-water.xlsx"); len(got) != 2 || got[1] != want {
		t.Errorf("after «Yes»: %v", got)
	}
	if c.Overlays().Top() != nil {
		t.Error("a dialog is still open")
	}
}

func TestFileOpen(t *testing.T) {
	newApp(t)
	w := dialogWindow(t, fyne.NewSize(900, 600))
	dir := fileTree(t)
	var got []string
	f := rtl.NewFileOpen("ورود درخواست‌ها", []string{".csv", ".jsonl"}, func(p string) { got = append(got, p) }, w)
	f.SetLocation(dir)
	f.Show()
	if want := "[پوشه ۱ درخواست‌ها.csv]"; fmt.Sprint(f.Names()) != want {
		t.Errorf("rows %v, want %s", f.Names(), want)
	}
	f.Confirm() // nothing picked: the button is disabled and Enter must not bypass it
	if len(got) != 0 || !f.Dialog().Visible() {
		t.Fatalf("confirmed with nothing picked: %v", got)
	}
	f.Pick("درخواست‌ها.csv")
	if open, _ := f.Dialog().Buttons(); w.Canvas().Focused() != open || open.Disabled() {
		t.Fatalf("after picking a file the focus is on %T: want the enabled «open» button", w.Canvas().Focused())
	}
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := filepath.Join(dir, "درخواست‌ها.csv"); len(got) != 1 || got[0] != want {
		t.Errorf("opened %v, want %s", got, want)
	}
	// The next dialog starts where the last file was chosen; Escape chooses nothing.
	g := rtl.NewFileOpen("ورود", nil, func(p string) { got = append(got, p) }, w)
	if g.Location() != dir {
		t.Errorf("second dialog opens in %s, want %s", g.Location(), dir)
	}
	g.Show()
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(got) != 1 || g.Dialog().Visible() {
		t.Errorf("after Escape: %v, shown %v", got, g.Dialog().Visible())
	}
}
