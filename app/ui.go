package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik/app/lang"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/store/exchange"
	"github.com/tafkik/tafkik/sync/client"
)

// Screen names, as used by --screen and Show.
const (
	ScreenInbox        = "inbox"
	ScreenRequest      = "request"
	ScreenIssues       = "issues"
	ScreenJurisdiction = "jurisdiction"
	ScreenDashboard    = "dashboard"
	ScreenSync         = "sync"
)

// Screens lists every screen in navigation order.
var Screens = []string{ScreenInbox, ScreenIssues, ScreenJurisdiction, ScreenDashboard, ScreenSync, ScreenRequest}

var screenTitles = map[string]string{
	ScreenInbox: "صندوق درخواست‌ها", ScreenRequest: "درخواست", ScreenIssues: "مسئله‌ها",
	ScreenJurisdiction: "خارج از حوزه", ScreenDashboard: "داشبورد مدیر", ScreenSync: "کار میدانی و همگام‌سازی",
}

type screen interface {
	object() fyne.CanvasObject
	// reload fetches the screen's data again (off the UI thread).
	reload()
}

// UI is the whole window: navigation on the right, the current screen, and a footer that
// always shows the sync state and any long work under way.
type UI struct {
	cfg  Config
	win  fyne.Window
	ctx  context.Context
	stop context.CancelFunc
	wg   sync.WaitGroup
	role Role

	Inbox        *Inbox
	Request      *RequestView
	Issues       *Issues
	Jurisdiction *Jurisdiction
	Dashboard    *Dashboard
	Field        *Field

	screens map[string]screen
	current string
	body    *fyne.Container
	navBtns map[string]*rtl.Button

	syncLabel *rtl.Label
	message   *rtl.Label
	progress  *rtl.ProgressBar
	cancelBtn *rtl.Button
	busyBox   *fyne.Container
	workStop  context.CancelFunc
	lastErr   error
	arrivedAt time.Time // the sync round whose arrivals were last announced
	arrived   int       // how many it placed
}

// New builds the screens into w. The store must be open; cfg.Role, when empty, comes from
// the store's meta "role".
func New(w fyne.Window, cfg Config) *UI {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Actor == "" {
		cfg.Actor = "کارمند"
	}
	ctx, stop := context.WithCancel(context.Background())
	u := &UI{cfg: cfg, win: w, ctx: ctx, stop: stop, role: cfg.Role}
	if u.role == "" {
		if r, err := cfg.Store.Meta(ctx, "role"); err == nil && r != "" {
			u.role = Role(r)
		} else {
			u.role = RoleClerk
		}
	}
	u.Inbox = newInbox(u)
	u.Request = newRequestView(u)
	u.Issues = newIssues(u)
	u.Jurisdiction = newJurisdiction(u)
	u.Dashboard = newDashboard(u)
	u.Field = newField(u)
	u.screens = map[string]screen{
		ScreenInbox: u.Inbox, ScreenRequest: u.Request, ScreenIssues: u.Issues,
		ScreenJurisdiction: u.Jurisdiction, ScreenDashboard: u.Dashboard, ScreenSync: u.Field,
	}
	w.SetContent(u.build())
	// Ctrl+F searches the inbox from any screen, as in every other office program.
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { u.FocusSearch() })
	// Ctrl+Z takes back the issue list's last merge, split, move or "not a duplicate" (a
	// focused entry takes its own Ctrl+Z first: typing is undone there)
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { u.UndoShortcut() })
	if sw, ok := cfg.Sync.(SyncWatcher); ok && cfg.inline {
		sw.Subscribe(func(s SyncState) { u.Field.setState(s) })
	} else if ok {
		var latest latestState
		// Subscribe reports the current state at once; from a goroutine, so fyne.Do is legal.
		go sw.Subscribe(func(s SyncState) {
			latest.mu.Lock()
			latest.s = s
			wake := !latest.waiting
			latest.waiting = true
			latest.mu.Unlock()
			if wake {
				fyne.Do(func() {
					latest.mu.Lock()
					s := latest.s
					latest.waiting = false
					latest.mu.Unlock()
					u.Field.setState(s)
				})
			}
		})
	}
	if r, ok := cfg.Sync.(backgroundRunner); ok && !cfg.inline {
		go r.Run(ctx)
	}
	u.Show(u.FirstScreen())
	return u
}

// FocusSearch (Ctrl+F) puts the caret in the issue list's search on that screen, and
// elsewhere opens the inbox with the caret in its search box.
func (u *UI) FocusSearch() {
	if u.current == ScreenIssues && u.Issues.search != nil {
		u.win.Canvas().Focus(u.Issues.search) // the issue list has a search of its own
		return
	}
	if u.current != ScreenInbox {
		u.Show(ScreenInbox)
	}
	if u.Inbox.search != nil {
		u.win.Canvas().Focus(u.Inbox.search)
	}
}

// UndoShortcut is Ctrl+Z: on the issue list, the last grouping decision is taken back and
// the footer says which; elsewhere there is nothing of the clerk's to take back.
func (u *UI) UndoShortcut() {
	if u.current != ScreenIssues || !u.Issues.CanUndo() {
		return
	}
	u.Issues.Undo()
}

// FirstScreen is where a role starts: a manager on the dashboard, a supervisor in the field.
func (u *UI) FirstScreen() string {
	switch u.role {
	case RoleManager:
		return ScreenDashboard
	case RoleSupervisor:
		return ScreenSync
	}
	return ScreenInbox
}

// errReadOnly is why a manager's device does not edit: the center takes no changes from a
// manager's token, so an edit would wait in the outbox forever.
var errReadOnly = errors.New("با نقش مدیر فقط می‌توان دید؛ تغییرات را کارمند یا ناظر ثبت می‌کند")

// readOnly reports (and tells the user) that this role may not edit.
func (u *UI) readOnly() bool {
	if u.role == RoleManager {
		u.showError(errReadOnly)
		return true
	}
	return false
}

// Role is the role the UI runs as.
func (u *UI) Role() Role { return u.role }

// Current is the screen on show.
func (u *UI) Current() string { return u.current }

func (u *UI) build() fyne.CanvasObject {
	u.body = container.NewStack()
	u.navBtns = map[string]*rtl.Button{}
	nav := container.NewVBox()
	title := newBold("تفکیک")
	title.Alignment = fyne.TextAlignCenter
	nav.Add(title)
	for _, name := range Screens {
		if name == ScreenRequest {
			continue // reached from a row, not from the menu
		}
		b := newButton(screenTitles[name], func() { u.Show(name) }) // newButton translates
		u.navBtns[name] = b
		nav.Add(b)
	}
	u.syncLabel = newLabel("")
	u.message = newCell("")
	u.message.Importance = widget.DangerImportance
	u.progress = rtl.NewProgressBar()
	u.cancelBtn = rtl.NewButtonWithIcon("لغو", theme.CancelIcon(), func() { u.CancelWork() })
	u.busyBox = container.NewBorder(nil, nil, u.cancelBtn, nil, u.progress)
	u.busyBox.Hide()
	u.setSyncState(SyncState{})
	footer := container.NewBorder(nil, nil, container.NewHBox(u.busyBox), u.syncLabel, u.message)
	side := container.NewBorder(nil, nil, widget.NewSeparator(), nil, container.NewPadded(nav))
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), footer), nil, side, u.body)
}

// Show switches to a screen and reloads its data.
func (u *UI) Show(name string) {
	s, ok := u.screens[name]
	if !ok {
		return
	}
	u.current = name
	for n, b := range u.navBtns {
		if n == name {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
	u.body.Objects = []fyne.CanvasObject{s.object()}
	u.body.Refresh()
	u.win.SetTitle(lang.L("تفکیک") + " — " + lang.L(screenTitles[name]))
	s.reload()
}

// Close stops background work.
func (u *UI) Close() { u.stop() }

// Wait blocks until every background load started so far has reached the screen; tests and
// --screenshot use it.
func (u *UI) Wait() { u.wg.Wait() }

// LastError is the last error shown to the user (nil after a success).
func (u *UI) LastError() error { return u.lastErr }

// background runs work off the UI thread; the func it returns updates widgets on the UI thread.
func (u *UI) background(work func(ctx context.Context) (func(), error)) {
	if u.cfg.inline {
		apply, err := work(u.ctx)
		u.finish(apply, err)
		return
	}
	u.wg.Add(1)
	go func() {
		defer u.wg.Done()
		apply, err := work(u.ctx)
		fyne.DoAndWait(func() { u.finish(apply, err) })
	}()
}

// finish shows the result of background work, on the UI thread.
func (u *UI) finish(apply func(), err error) {
	if err != nil {
		u.showError(err)
		return
	}
	if apply != nil {
		apply()
	}
	if n, ok := u.cfg.Sync.(notifier); ok {
		n.Notify() // cheap: a round only starts if the engine is idle
	}
}

// longWork runs work with the footer's progress bar and cancel button; only one at a time.
func (u *UI) longWork(what string, work func(ctx context.Context, progress func(done, total int)) error, then func()) {
	if u.workStop != nil {
		u.showError(errors.New("کار دیگری در جریان است؛ صبر کنید یا آن را لغو کنید"))
		return
	}
	ctx, stop := context.WithCancel(u.ctx)
	u.workStop = stop
	u.progress.SetValue(0)
	u.busyBox.Show()
	u.setMessage(what + "…")
	end := func(err error) {
		stop()
		u.workStop = nil
		u.busyBox.Hide()
		if err != nil {
			u.showError(err)
			if !errors.Is(err, context.Canceled) {
				// The clerk started this and is waiting for it: a footer line is easy to miss.
				rtl.ShowError(errors.New(errText(err)), u.win)
			}
			return
		}
		u.setMessage("")
		if then != nil {
			then()
		}
	}
	progress := func(done, total int) {
		if total <= 0 {
			return
		}
		v := float64(done) / float64(total)
		fyne.Do(func() { u.progress.SetValue(v) })
	}
	if u.cfg.inline {
		end(work(ctx, func(done, total int) {
			if total > 0 {
				u.progress.SetValue(float64(done) / float64(total))
			}
		}))
		return
	}
	u.wg.Add(1)
	go func() {
		defer u.wg.Done()
		err := work(ctx, progress)
		fyne.DoAndWait(func() { end(err) })
	}()
}

// CancelWork stops the long work under way, if any.
func (u *UI) CancelWork() {
	if u.workStop != nil {
		u.workStop()
	}
}

func (u *UI) setMessage(s string) {
	u.lastErr = nil
	u.message.Importance = widget.MediumImportance
	u.message.SetText(s)
}

func (u *UI) showError(err error) {
	u.lastErr = err
	u.message.Importance = widget.DangerImportance
	u.message.SetText(errText(err))
}

// errText turns an error into a sentence a clerk understands.
func errText(err error) string {
	switch {
	case errors.Is(err, context.Canceled):
		return "لغو شد."
	case errors.Is(err, context.DeadlineExceeded):
		return "زمان کار تمام شد؛ دوباره تلاش کنید."
	case errors.Is(err, store.ErrNotFound):
		return "پیدا نشد؛ شاید پس از همگام‌سازی حذف یا ادغام شده باشد."
	case errors.Is(err, store.ErrTransition):
		return "این تغییر وضعیت در روال کار مجاز نیست."
	case errors.Is(err, client.ErrUnauthorized):
		return "سرور ۱۳۷ توکن این دستگاه را نپذیرفت؛ شاید باطل شده باشد. از راهبر سامانه توکن تازه بگیرید."
	case errors.Is(err, client.ErrForbidden), errors.Is(err, client.ErrWrongDistrict):
		return "این دستگاه اجازهٔ این کار را ندارد (منطقه یا نقش دیگری است)."
	case errors.Is(err, client.ErrTokenFile):
		return "فایل توکن خوانده نشد یا دسترسی آن باز است (باید فقط برای خود کاربر خواندنی باشد)."
	case errors.Is(err, client.ErrUnavailable), errors.Is(err, client.ErrTimeout):
		return "سرور ۱۳۷ در دسترس نیست؛ کارها روی همین دستگاه می‌ماند و بعداً فرستاده می‌شود."
	case errors.Is(err, client.ErrArrivals):
		return "درخواست‌های تازه رسیدند ولی در مسئله‌ها جای نگرفتند؛ در همگام‌سازی بعدی دوباره تلاش می‌شود (یا «گروه‌بندی دوباره» را بزنید)."
	case errors.Is(err, client.ErrServer), errors.Is(err, client.ErrBadResponse), errors.Is(err, client.ErrTooLarge):
		return "پاسخ سرور ۱۳۷ نادرست بود؛ بعداً دوباره تلاش می‌شود."
	case errors.Is(err, exchange.ErrUnknownFormat):
		return "این پرونده خوانده نمی‌شود: پسوند آن باید jsonl، csv یا xlsx باشد."
	}
	if re := (*exchange.RowError)(nil); errors.As(err, &re) {
		return "پرونده خوانده نشد: " + rowProblem(re)
	}
	return fmt.Sprintf("خطا: %v", err)
}

func (u *UI) setSyncState(s SyncState) {
	var txt string
	switch {
	case u.cfg.Sync == nil:
		txt = "آفلاین (سرور تنظیم نشده)"
	case s.Online:
		txt = "برخط"
	default:
		txt = "آفلاین"
	}
	txt += " | تغییرات در صف: " + num(s.Pending)
	if !s.LastSuccess.IsZero() {
		txt += " | آخرین همگام‌سازی: " + jdateTime(s.LastSuccess)
	}
	u.syncLabel.SetText(txt)
	if s.Arrived > 0 && !s.LastSuccess.Equal(u.arrivedAt) {
		// a round brought new requests and placed them into issues: say so, and bring the
		// inbox (the new ones at the top, the rows on show kept in view) and the manager's
		// numbers up to date; an issue or a request being worked on is left as it is
		u.arrivedAt, u.arrived = s.LastSuccess, s.Arrived
		u.setMessage(arrivedText(s.Arrived))
		switch u.current {
		case ScreenInbox:
			u.Inbox.reload()
		case ScreenDashboard:
			u.Dashboard.reload()
		}
	}
	if s.Online {
		u.syncLabel.Importance = widget.SuccessImportance
	} else {
		u.syncLabel.Importance = widget.WarningImportance
	}
	u.syncLabel.Refresh()
}

// arrivedText tells the clerk that a sync round placed n new requests into issues.
func arrivedText(n int) string {
	return num(n) + " درخواست تازه رسید و در مسئله‌ها جای گرفت."
}

// field is one «label: value» line with the label on the right, as a Persian form reads.
func field(name string, value fyne.CanvasObject) fyne.CanvasObject {
	l := newBold(name + ":")
	return container.NewBorder(nil, nil, nil, l, value)
}

// rtlRow lays objects from the start side: the first one is the rightmost.
func rtlRow(objs ...fyne.CanvasObject) *fyne.Container { return rtl.NewHBox(objs...) }
