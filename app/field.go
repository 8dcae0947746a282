package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/store"
)

// Field is the supervisor's screen: the sync state always in view, the open issues to take
// along (a status change, a note or a visit works offline and waits in the outbox), the
// conflicts and rejections with both versions, and the sync settings.
type Field struct {
	u         *UI
	state     SyncState
	conflicts []store.Conflict
	issues    []tafkik.Issue
	current   tafkik.Issue

	root      fyne.CanvasObject
	stateL    *rtl.Label
	progress  *rtl.ProgressBar
	conflictB *fyne.Container
	issueList *widget.List
	issueHead *rtl.Label
	statusTo  *rtl.Select
	note      *rtl.Entry
	server    *rtl.Entry
	district  *rtl.Label
	tokenFile *rtl.Entry
}

func newField(u *UI) *Field { return &Field{u: u} }

func (f *Field) object() fyne.CanvasObject {
	if f.root == nil {
		f.root = f.build()
	}
	return f.root
}

func (f *Field) build() fyne.CanvasObject {
	f.stateL = newBold("")
	f.progress = rtl.NewProgressBar()
	f.progress.Hide() // shown while a sync runs
	syncBtn := newButton("همگام‌سازی اکنون", func() { f.SyncNow() })
	syncBtn.Importance = widget.HighImportance
	f.conflictB = container.NewVBox()

	f.issueList = widget.NewList(func() int { return len(f.issues) },
		func() fyne.CanvasObject { return newCell("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(f.issues) {
				is := f.issues[i]
				o.(*rtl.Label).SetText(fmt.Sprintf("%s — %s — %s درخواست — %s", statusName(is.Status),
					machineText(is.Title), num(is.Count), machineText(is.Place)))
			}
		})
	f.issueList.OnSelected = func(i widget.ListItemID) { f.SelectIssue(i) }
	f.issueHead = newBold("یک مسئله را انتخاب کنید.")
	f.statusTo = rtl.NewSelect(nil, nil)
	f.statusTo.PlaceHolder = "وضعیت تازه"
	f.note = newEntry("یادداشت یا یافته بازدید")
	setStatus := newButton("ثبت وضعیت", func() { f.SetIssueStatus(statusFromName(f.statusTo.Selected), f.note.Text) })
	visit := newButton("ثبت بازدید", func() { f.AddVisit(f.note.Text) })
	work := container.NewBorder(
		container.NewVBox(newBold("مسئله‌های باز برای کار میدانی")), container.NewVBox(f.issueHead,
			field("وضعیت", f.statusTo), field("یادداشت", f.note), rtlRow(setStatus, visit)),
		nil, nil, f.issueList)

	f.server = newEntry("https://center137.example/")
	f.district = newLabel("") // the token decides the district; the center refuses any other
	f.tokenFile = newEntry("/home/clerk/.config/tafkik/token")
	f.server.Direction, f.tokenFile.Direction = rtl.DirLTR, rtl.DirLTR // a URL and a path read left to right
	save := newButton("ذخیره تنظیمات", func() { f.SaveSettings(f.server.Text, f.tokenFile.Text) })
	settings := container.NewVBox(newBold("تنظیمات همگام‌سازی"), field("نشانی سرور", f.server),
		field("منطقه", f.district), field("توکن", f.tokenFile), rtlRow(save))

	syncBox := container.NewVBox(newBold("وضعیت همگام‌سازی"), f.stateL, f.progress, rtlRow(syncBtn),
		widget.NewSeparator(), newBold("ناسازگاری‌ها و تغییرات ردشده"), f.conflictB, widget.NewSeparator(), settings)
	s := container.NewHSplit(work, container.NewVScroll(syncBox))
	s.Offset = 0.5
	return s
}

func (f *Field) reload() {
	st := f.u.cfg.Store
	f.u.background(func(ctx context.Context) (func(), error) {
		pending, err := st.PendingCount(ctx)
		if err != nil {
			return nil, err
		}
		conflicts, err := st.Conflicts(ctx)
		if err != nil {
			return nil, err
		}
		issues, err := st.ListIssues(ctx, store.IssueQuery{OpenOnly: true, OrderBy: "last_at", Limit: 500})
		if err != nil {
			return nil, err
		}
		var set [3]string
		for i, k := range []string{"server_url", "district", "token_file"} {
			if set[i], err = st.Meta(ctx, k); err != nil {
				return nil, err
			}
		}
		return func() {
			f.conflicts, f.issues = conflicts, issues
			s := f.state
			s.Pending = pending
			f.setState(s)
			if f.server != nil {
				f.server.SetText(set[0])
				f.district.SetText(fa(orDash(set[1])) + " (از توکن)")
				f.tokenFile.SetText(set[2])
				f.issueList.Refresh()
				f.renderConflicts()
			}
		}, nil
	})
}

// State is the sync state on show.
func (f *Field) State() SyncState { return f.state }

// Conflicts are the changes the center did not take.
func (f *Field) Conflicts() []store.Conflict { return f.conflicts }

// Issues are the open issues listed for field work.
func (f *Field) Issues() []tafkik.Issue { return f.issues }

func (f *Field) setState(s SyncState) {
	f.state = s
	f.u.setSyncState(s)
	if f.stateL == nil {
		return
	}
	var b strings.Builder
	switch {
	case f.u.cfg.Sync == nil:
		b.WriteString("آفلاین: سرور تنظیم نشده است؛ تغییرات در صف می‌مانند.")
	case s.Online:
		b.WriteString("برخط")
	default:
		b.WriteString("آفلاین؛ تغییرات در صف می‌مانند و در همگام‌سازی بعدی فرستاده می‌شوند.")
	}
	b.WriteString("\nتغییرات در صف: " + num(s.Pending))
	if s.LastSuccess.IsZero() {
		b.WriteString("\nآخرین همگام‌سازی موفق: هنوز انجام نشده")
	} else {
		b.WriteString("\nآخرین همگام‌سازی موفق: " + jdateTime(s.LastSuccess))
	}
	if s.Err != nil {
		b.WriteString("\nآخرین خطا: " + errText(s.Err))
	}
	f.stateL.SetText(b.String())
	if s.Total > 0 {
		f.progress.Show()
		f.progress.SetValue(float64(s.Done) / float64(s.Total))
	} else if f.u.workStop == nil {
		f.progress.Hide()
	}
}

// SyncNow runs one sync round with the progress bar and a cancel button.
func (f *Field) SyncNow() {
	if f.u.cfg.Sync == nil {
		f.u.showError(errors.New("نشانی سرور و توکن را در تنظیمات وارد کنید و برنامه را دوباره باز کنید"))
		return
	}
	sy := f.u.cfg.Sync
	f.progress.SetValue(0)
	f.progress.Show()
	seen := f.u.arrivedAt
	f.u.longWork("همگام‌سازی", func(ctx context.Context, progress func(int, int)) error {
		err := sy.SyncNow(ctx, func(done, total int) {
			progress(done, total)
		})
		f.afterSync(err)
		return err
	}, func() {
		msg := "همگام‌سازی انجام شد."
		if !f.u.arrivedAt.Equal(seen) && f.u.arrived > 0 {
			msg = "همگام‌سازی انجام شد؛ " + arrivedText(f.u.arrived)
		}
		f.u.setMessage(msg)
		f.reload()
	})
}

// afterSync shows how the round ended; it runs on the sync goroutine.
func (f *Field) afterSync(err error) {
	show := func() {
		s := f.state
		s.Err = err
		s.Online = err == nil
		s.Arrived = 0 // announced from the engine's own state of the round (setSyncState)
		if err == nil {
			s.LastSuccess = f.u.cfg.Now()
		}
		f.setState(s)
	}
	if f.u.cfg.inline {
		show()
		return
	}
	fyne.Do(show)
}

// SelectIssue picks an open issue for a status change, note or visit.
func (f *Field) SelectIssue(i int) {
	if i >= len(f.issues) {
		return
	}
	f.current = f.issues[i]
	if f.issueHead == nil {
		return
	}
	f.issueHead.SetText(machineText(f.current.Title) + " — " + machineText(f.current.Place))
	var opts []string
	for _, s := range tafkik.Statuses {
		if f.current.Status.CanMoveTo(s) {
			opts = append(opts, statusName(s))
		}
	}
	f.statusTo.Options = opts
	f.statusTo.ClearSelected()
}

// SetIssueStatus changes the picked issue's status; offline it waits in the outbox.
func (f *Field) SetIssueStatus(s tafkik.Status, note string) {
	if f.u.readOnly() {
		return
	}
	id, actor := f.current.ID, f.u.cfg.Actor
	if id == "" || s == "" {
		f.u.showError(errors.New("مسئله و وضعیت تازه را انتخاب کنید"))
		return
	}
	f.u.background(func(ctx context.Context) (func(), error) {
		if err := f.u.cfg.Store.SetIssueStatus(ctx, actor, id, s, note); err != nil {
			return nil, err
		}
		return func() {
			f.u.setMessage("وضعیت مسئله ثبت شد؛ در همگام‌سازی بعدی فرستاده می‌شود.")
			if f.note != nil {
				f.note.SetText("")
			}
			f.reload()
		}, nil
	})
}

// AddVisit records a site visit to the picked issue.
func (f *Field) AddVisit(finding string) {
	if f.u.readOnly() {
		return
	}
	finding = strings.TrimSpace(finding)
	if f.current.ID == "" || finding == "" {
		f.u.showError(errors.New("مسئله را انتخاب و یافته بازدید را بنویسید"))
		return
	}
	v := tafkik.Visit{ID: uuid.NewString(), IssueID: f.current.ID, Author: f.u.cfg.Actor, Finding: finding, VisitedAt: f.u.cfg.Now()}
	f.u.background(func(ctx context.Context) (func(), error) {
		if err := f.u.cfg.Store.AddVisit(ctx, v); err != nil {
			return nil, err
		}
		return func() {
			f.u.setMessage("بازدید ثبت شد.")
			if f.note != nil {
				f.note.SetText("")
			}
			f.reload()
		}, nil
	})
}

// SaveSettings stores the server and the token file; they take effect on next start. The
// district is the token's and is only shown.
func (f *Field) SaveSettings(server, tokenFile string) {
	st := f.u.cfg.Store
	f.u.background(func(ctx context.Context) (func(), error) {
		for k, v := range map[string]string{"server_url": strings.TrimSpace(server), "token_file": strings.TrimSpace(tokenFile)} {
			if err := st.SetMeta(ctx, k, v); err != nil {
				return nil, err
			}
		}
		return func() {
			f.u.setMessage("تنظیمات ذخیره شد؛ پس از باز کردن دوباره برنامه به کار می‌رود.")
		}, nil
	})
}

// Resolve settles conflict i: keepMine sends our change again on top of the center's version.
func (f *Field) Resolve(i int, keepMine bool) {
	if f.u.readOnly() {
		return
	}
	if i >= len(f.conflicts) {
		return
	}
	id, actor := f.conflicts[i].Op.ID, f.u.cfg.Actor
	f.u.background(func(ctx context.Context) (func(), error) {
		if err := f.u.cfg.Store.ResolveConflict(ctx, actor, id, keepMine); err != nil {
			return nil, err
		}
		return func() { f.u.setMessage("ناسازگاری حل شد."); f.reload() }, nil
	})
}

func (f *Field) renderConflicts() {
	var objs []fyne.CanvasObject
	for i, c := range f.conflicts {
		i := i
		mine, theirs := describeConflict(c)
		kind := "ناسازگاری"
		if c.Outcome == tafkik.OpRejected {
			kind = "ردشده"
		}
		head := newBold(kind + " — " + entityName(c.Op.Entity) + " " + c.Op.EntityID + " — " + jdateTime(c.Op.CreatedAt))
		keep := newButton("نگه داشتن تغییر من", func() { f.Resolve(i, true) })
		take := newButton("پذیرفتن نسخه سرور", func() { f.Resolve(i, false) })
		objs = append(objs, head, field("تغییر من", newWrapped(mine)), field("نسخه سرور", newWrapped(theirs)), rtlRow(keep, take), widget.NewSeparator())
	}
	if len(objs) == 0 {
		objs = append(objs, newLabel("ناسازگاری یا تغییر ردشده‌ای نیست."))
	}
	f.conflictB.Objects = objs
	f.conflictB.Refresh()
}

func entityName(e string) string {
	switch e {
	case "request":
		return "درخواست"
	case "issue":
		return "مسئله"
	case "decision":
		return "تصمیم گروه‌بندی"
	}
	return e
}

// describeConflict puts both versions in a clerk's words.
func describeConflict(c store.Conflict) (mine, theirs string) {
	var fields struct {
		Status tafkik.Status `json:"status"`
		Note   any           `json:"note"`
		Title  string        `json:"title"`
		Agency tafkik.Agency `json:"agency"`
	}
	_ = json.Unmarshal(c.Op.Fields, &fields)
	mine = actionName(string(c.Op.Kind))
	if fields.Status != "" {
		mine += ": " + statusName(fields.Status)
	}
	if fields.Agency != "" {
		mine += ": " + agencyName(fields.Agency)
	}
	if fields.Title != "" {
		mine += " «" + fields.Title + "»"
	}
	if n, ok := fields.Note.(string); ok && n != "" {
		mine += " — " + n
	}
	mine += " (بر پایه نسخه " + fa(fmt.Sprint(c.Op.BaseVersion)) + ")"
	s := c.Server
	switch {
	case c.Outcome == tafkik.OpRejected:
		theirs = "رد شد: " + orDash(s.Reason)
	default:
		theirs = "نسخه " + fa(fmt.Sprint(s.Version))
		if s.Status != "" {
			theirs += "، وضعیت: " + statusName(s.Status)
		}
		if s.Title != "" {
			theirs += "، عنوان: «" + s.Title + "»"
		}
		if s.Reason != "" {
			theirs += " — " + s.Reason
		}
	}
	return mine, theirs
}
