package app

import (
	"context"
	"errors"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/client"
)

func TestFirstStartCreatesDemo(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if !NeedsSetup(ctx, db) {
		t.Fatal("an empty database with no server needs setup")
	}
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	created := make(chan error, 1)
	var u *UI
	wel := newWelcome(Setup{
		CreateDemo: func(ctx context.Context, progress func(done, total int)) error {
			_, err := db.UpsertRequests(ctx, []tafkik.Request{{ID: "R1", District: "3", Text: "آسفالت خراب است",
				CreatedAt: time.Now()}})
			progress(1, 1)
			return err
		},
	}, func(Syncer) {
		u = New(w, Config{Store: db, inline: true})
		created <- nil
	})
	w.SetContent(wel.build())
	test.Tap(wel.buttons[0].(fyne.Tappable))
	select {
	case <-created:
	case <-time.After(10 * time.Second):
		t.Fatalf("the demo was not created: %q", wel.status.Text)
	}
	t.Cleanup(u.Close)
	u.Wait()
	if *updateWelcome {
		w.SetContent(newWelcome(Setup{}, nil).build())
		w.Resize(fyne.NewSize(1000, 560))
		writePNG(t, "testdata/welcome.png", w.Canvas().Capture())
	}
	if u.Inbox.Total() != 1 || NeedsSetup(ctx, db) {
		t.Fatalf("after the demo: inbox %d, needs setup %v", u.Inbox.Total(), NeedsSetup(ctx, db))
	}
}

func TestFirstStartConnectErrors(t *testing.T) {
	cases := []struct{ server, token, want string }{
		{"", "t", "نشانی سرور را بنویسید."},
		{"137.example.ir", "t", "نشانی سرور باید با https:// شروع شود."},
		{"https://137.example.ir", "", "مسیر فایل توکن را بنویسید."},
		{"https://137.example.ir", "/tmp/t", ""},
	}
	for _, c := range cases {
		if got := checkConnect(c.server, c.token); got != c.want {
			t.Errorf("checkConnect(%q, %q) = %q, want %q", c.server, c.token, got, c.want)
		}
	}
	// A refused token reads as a sentence a clerk can act on, not as Go's error text.
	msg := errText(errors.Join(errors.New("push"), client.ErrUnauthorized))
	if !strings.HasPrefix(msg, "سرور ۱۳۷ توکن این دستگاه را نپذیرفت") {
		t.Errorf("errText(401) = %q", msg)
	}
}

var updateWelcome = flag.Bool("update-welcome", false, "write testdata/welcome.png to look at")

func writePNG(t *testing.T, path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// The token file can be picked with the right-to-left file dialog instead of typed.
func TestWelcomeChoosesTokenFile(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	token := filepath.Join(dir, "token")
	if err := os.WriteFile(token, []byte("t"), 0o600); err != nil {
		t.Fatal(err)
	}
	fyne.CurrentApp().Preferences().SetString("rtl.filedialog.dir", dir)
	w := test.NewTempWindow(t, nil)
	wel := newWelcome(Setup{}, nil)
	w.SetContent(wel.build())
	w.Resize(fyne.NewSize(1000, 560))
	wel.chooseToken(wel.token)
	c := w.Canvas()
	if c.Overlays().Top() == nil {
		t.Fatal("no file dialog")
	}
	var list interface{ Select(widget.ListItemID) } // the dialog's file list
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		if l, ok := o.(interface{ Select(widget.ListItemID) }); ok {
			list = l
		}
	}
	if list == nil {
		t.Fatal("no file list in the dialog")
	}
	list.Select(0) // the only file: «token»
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if wel.token.Text != token {
		t.Errorf("token path %q, want %q", wel.token.Text, token)
	}
}
