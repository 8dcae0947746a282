package app

import (
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/software"

	"github.com/tafkik/tafkik/app/gallery"
	"github.com/tafkik/tafkik/app/lang"
	tafkiktheme "github.com/tafkik/tafkik/app/theme"
)

// RunOptions say how the window starts.
type RunOptions struct {
	// Screenshot, when set, renders Screen into this PNG file and exits.
	Screenshot string
	Screen     string
	// Gallery shows the right-to-left toolkit's widget gallery instead of the screens.
	Gallery bool
	// OnClose runs when the window closes (e.g. to stop a local center).
	OnClose func()
}

// Run opens the desktop window on cfg's store and blocks until it is closed.
func Run(cfg Config, opt RunOptions) error {
	// Persian whatever the workstation's locale: Fyne's own words (dialogs, menus) included.
	if err := lang.Setup(false); err != nil {
		return err
	}
	a := fyneapp.NewWithID("ir.rasht.tafkik")
	a.Settings().SetTheme(tafkiktheme.Light())
	w := a.NewWindow("تفکیک")
	w.Resize(fyne.NewSize(1366, 768))
	if opt.OnClose != nil {
		w.SetOnClosed(opt.OnClose)
	}
	if opt.Gallery {
		w.SetContent(gallery.New())
		if opt.Screenshot != "" {
			go capture(a, w, opt.Screenshot, nil, func() {})
		}
		w.ShowAndRun()
		return nil
	}
	var u *UI
	defer func() {
		if u != nil {
			u.Close()
		}
	}()
	if cfg.Setup != nil && opt.Screenshot == "" && NeedsSetup(context.Background(), cfg.Store) {
		// A first start: the database is empty and no server is known.
		w.SetContent(newWelcome(*cfg.Setup, func(s Syncer) {
			if s != nil {
				cfg.Sync = s
			}
			u = New(w, cfg)
		}).build())
		w.ShowAndRun()
		return nil
	}
	u = New(w, cfg)
	var shotErr error
	if opt.Screenshot != "" {
		go capture(a, w, opt.Screenshot, &shotErr, func() { u.prepare(opt.Screen) })
	}
	w.ShowAndRun()
	return shotErr
}

// capture waits for the window to settle, renders it into path and quits the app.
func capture(a fyne.App, w fyne.Window, path string, errp *error, prepare func()) {
	time.Sleep(500 * time.Millisecond) // let the window map and lay out once
	prepare()
	time.Sleep(3 * time.Second) // cells fetched on first paint arrive, then repaint
	var err error
	fyne.DoAndWait(func() {
		img := w.Canvas().Capture()
		if blank(img) {
			// Under Xvfb the GL front buffer can read back empty; draw the same widgets with
			// Fyne's software painter instead.
			c := software.NewCanvas()
			c.SetPadded(false)
			content := w.Content()
			c.SetContent(content)
			c.Resize(w.Canvas().Size())
			img = c.Capture()
		}
		f, e := os.Create(path)
		if e != nil {
			err = e
			return
		}
		defer f.Close()
		err = png.Encode(f, img)
	})
	if errp != nil {
		*errp = err
	} else if err != nil {
		fmt.Fprintln(os.Stderr, "screenshot:", err)
	}
	fyne.Do(a.Quit)
}

// blank reports whether every pixel of img is the same colour.
func blank(img image.Image) bool {
	b := img.Bounds()
	if b.Empty() {
		return true
	}
	first := img.At(b.Min.X, b.Min.Y)
	r0, g0, b0, a0 := first.RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bb, a := img.At(x, y).RGBA()
			if r != r0 || g != g0 || bb != b0 || a != a0 {
				return false
			}
		}
	}
	return true
}

// prepare shows a screen the way a clerk would have it for a screenshot: a request open, the
// biggest issue open, the first flagged request selected. It runs off the UI thread.
func (u *UI) prepare(screen string) {
	step := func(f func()) {
		fyne.DoAndWait(f)
		u.Wait()
	}
	u.Wait()
	switch screen {
	case ScreenRequest:
		step(func() { u.Show(ScreenInbox) })
		step(func() { u.Inbox.Open(0) })
	case ScreenIssues:
		step(func() { u.Show(ScreenIssues) })
		step(func() { u.Issues.Select(0) })
		step(func() {
			if u.Issues.listW != nil {
				u.Issues.listW.Select(0)
			}
		})
	case ScreenJurisdiction:
		step(func() { u.Show(ScreenJurisdiction) })
		step(func() { u.Jurisdiction.Select(0) })
	case "":
	default:
		step(func() { u.Show(screen) })
	}
	time.Sleep(300 * time.Millisecond)
	u.Wait()
}
