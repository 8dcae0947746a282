package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik/app/rtl"
)

// Setup is how a first start fills an empty database; cmd/tafkik provides both ways.
type Setup struct {
	// CreateDemo fills the database with a synthetic district to learn the app on.
	CreateDemo func(ctx context.Context, progress func(done, total int)) error
	// Connect joins the central 137 server with a device token and pulls the district; it
	// returns the sync engine the screens then use.
	Connect func(ctx context.Context, server, tokenFile string, progress func(done, total int)) (Syncer, error)
}

// NeedsSetup reports whether the database is empty and no server is configured: a first start.
func NeedsSetup(ctx context.Context, s Store) bool {
	n, err := s.CountRequests(ctx)
	if err != nil || n > 0 {
		return false
	}
	server, _ := s.Meta(ctx, "server_url")
	return server == ""
}

// welcome is the first-start screen: create the demo district or connect to the server.
type welcome struct {
	setup    Setup
	done     func(Syncer)
	server   *rtl.Entry
	token    *rtl.Entry
	status   *rtl.Label
	progress *rtl.ProgressBar
	buttons  []fyne.Disableable
	cancel   context.CancelFunc
}

func newWelcome(setup Setup, done func(Syncer)) *welcome {
	return &welcome{setup: setup, done: done}
}

func (w *welcome) build() fyne.CanvasObject {
	title := newBold("به تفکیک خوش آمدید")
	title.TextStyle.Bold = true
	// Short lines rather than a wrapped paragraph: a wrapped label in a box is measured before
	// it knows its width and would overlap the form below it.
	intro := container.NewVBox(
		newLabel("این دستگاه هنوز درخواستی ندارد."),
		newLabel("برای وصل شدن، نشانی سرور ۱۳۷ و فایل توکنی را که راهبر سامانه داده است وارد کنید؛"),
		newLabel("یا برای آشنایی با برنامه، منطقهٔ نمایشی (۱۸٬۰۰۰ درخواست ساختگی رشت) بسازید."))
	e1 := newEntry("https://137.example.ir")
	e1.OnSubmitted = func(string) { w.connect() }
	e2 := newEntry("مسیر فایل توکنِ این دستگاه")
	e2.OnSubmitted = func(string) { w.connect() }
	e1.Direction = rtl.DirLTR // a URL reads left to right
	w.server, w.token = e1, e2
	var browse *rtl.Button
	browse = newButton("انتخاب…", func() { w.chooseToken(browse) })
	w.status = newWrapped("")
	w.progress = rtl.NewProgressBar()
	w.progress.Hide()
	demo := newButton("ساخت منطقهٔ نمایشی", func() { w.createDemo() })
	connect := newButton("اتصال به سرور", func() { w.connect() })
	connect.Importance = widget.HighImportance
	w.buttons = []fyne.Disableable{demo, connect}
	cancel := newButton("لغو", func() {
		if w.cancel != nil {
			w.cancel()
		}
	})
	form := rtl.NewForm("نشانی سرور", e1, "فایل توکن", rtl.NewBorder(nil, nil, nil, browse, e2))
	card := container.NewVBox(title, intro, widget.NewSeparator(), form,
		rtlRow(connect, demo, cancel), w.progress, w.status)
	return container.NewBorder(nil, nil, nil, nil,
		container.New(layout.NewCenterLayout(), container.NewGridWrap(fyne.NewSize(640, 420), card)))
}

// chooseToken lets the clerk pick the token file instead of typing its path.
func (w *welcome) chooseToken(from fyne.CanvasObject) {
	if win := windowOf(from); win != nil {
		rtl.NewFileOpen("فایل توکن این دستگاه", nil, func(path string) { w.token.SetText(path) }, win).Show()
	}
}

// windowOf finds the window showing o: the welcome screen is built before it has one.
func windowOf(o fyne.CanvasObject) fyne.Window {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	for _, win := range fyne.CurrentApp().Driver().AllWindows() {
		if win.Canvas() == c {
			return win
		}
	}
	return nil
}

func (w *welcome) busy(on bool) {
	for _, b := range w.buttons {
		if on {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if on {
		w.progress.SetValue(0)
		w.progress.Show()
	} else {
		w.progress.Hide()
	}
}

func (w *welcome) report(done, total int) {
	fyne.Do(func() {
		if total > 0 {
			w.progress.SetValue(float64(done) / float64(total))
		}
	})
}

// createDemo builds the demo district off the UI thread.
func (w *welcome) createDemo() {
	w.start("در حال ساخت منطقهٔ نمایشی و گروه‌بندی درخواست‌ها…", func(ctx context.Context) (Syncer, error) {
		return nil, w.setup.CreateDemo(ctx, w.report)
	})
}

// connect checks what the clerk typed, then pulls the district off the UI thread.
func (w *welcome) connect() {
	server, token := strings.TrimSpace(w.server.Text), strings.TrimSpace(w.token.Text)
	if msg := checkConnect(server, token); msg != "" {
		w.status.SetText(msg)
		return
	}
	w.start("در حال اتصال و دریافت درخواست‌های منطقه…", func(ctx context.Context) (Syncer, error) {
		return w.setup.Connect(ctx, server, token, w.report)
	})
}

// checkConnect says in Persian what is missing before any network call.
func checkConnect(server, token string) string {
	switch {
	case server == "":
		return "نشانی سرور را بنویسید."
	case !strings.HasPrefix(server, "http://") && !strings.HasPrefix(server, "https://"):
		return "نشانی سرور باید با https:// شروع شود."
	case token == "":
		return "مسیر فایل توکن را بنویسید."
	}
	return ""
}

func (w *welcome) start(msg string, work func(ctx context.Context) (Syncer, error)) {
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel = cancel
	w.busy(true)
	w.status.SetText(msg)
	go func() {
		defer cancel()
		s, err := work(ctx)
		fyne.Do(func() {
			w.busy(false)
			if err != nil {
				w.status.SetText(errText(err))
				return
			}
			w.done(s)
		})
	}()
}
