package app

import (
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
