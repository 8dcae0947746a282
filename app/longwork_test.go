package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik/app/rtl"
)

// A job the clerk started and that failed opens an error dialog in Persian (besides the
// footer line); Escape closes it.
func TestLongWorkErrorDialog(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	c := u.win.Canvas()
	u.Inbox.Import(filepath.Join(t.TempDir(), "نیست.jsonl"))
	u.Wait()
	if u.LastError() == nil {
		t.Fatal("importing a missing file reported no error")
	}
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("no error dialog")
	}
	want := errText(u.LastError())
	found := false
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*rtl.Label); ok && l.Text == want {
			found = true
		}
	}
	if !found {
		t.Errorf("the dialog does not show %q", want)
	}
	if c.Focused() == nil {
		t.Fatal("nothing focused in the dialog: Enter and Escape would do nothing")
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Escape did not close the error dialog")
	}
}

// The dashboard's export goes through the right-to-left file dialog: Enter in its name
// entry saves the workbook in the folder the dialog opened in.
func TestExportThroughFileDialog(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleManager)
	u.Wait()
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString("rtl.filedialog.dir", dir)
	c := u.win.Canvas()
	u.Dashboard.askExport()
	e, ok := c.Focused().(*rtl.Entry)
	if !ok || e.Text != "داشبورد.xlsx" {
		t.Fatalf("focus on %T, want the name entry with «داشبورد.xlsx»", c.Focused())
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	u.Wait()
	if err := u.LastError(); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(filepath.Join(dir, "داشبورد.xlsx")); err != nil || st.Size() == 0 {
		t.Errorf("no workbook written: %v", err)
	}
	if c.Overlays().Top() != nil {
		t.Error("the file dialog stayed open")
	}
}
