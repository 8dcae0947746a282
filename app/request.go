package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/format"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/store"
)

// RequestView is one request: its text, place, dates, issue, flag, history and notes, with a
// status change and a note box.
type RequestView struct {
	u      *UI
	id     string
	row    store.RequestRow // from the inbox; carries the issue and agency
	req    tafkik.Request
	flag   *tafkik.Flag
	events []tafkik.Event
	notes  []tafkik.Note
	loaded bool

	root     fyne.CanvasObject
	head     *rtl.Label
	text     *rtl.Label
	details  *fyne.Container
	history  *fyne.Container
	statusTo *rtl.Select
	note     *rtl.Entry
	newNote  *rtl.Entry
}

func newRequestView(u *UI) *RequestView { return &RequestView{u: u} }

func (rv *RequestView) object() fyne.CanvasObject {
	if rv.root == nil {
		rv.root = rv.build()
	}
	return rv.root
}

func (rv *RequestView) build() fyne.CanvasObject {
	rv.head = newBold("درخواستی انتخاب نشده است؛ از صندوق یکی را باز کنید.")
	rv.text = newWrapped("")
	rv.details = container.NewVBox()
	rv.history = container.NewVBox()
	rv.statusTo = rtl.NewSelect(nil, nil)
	rv.statusTo.PlaceHolder = "وضعیت تازه"
	rv.note = newEntry("توضیح تغییر وضعیت")
	save := newButton("ثبت وضعیت", func() { rv.ChangeStatus(statusFromName(rv.statusTo.Selected), rv.note.Text) })
	save.Importance = widget.HighImportance
	rv.newNote = newMultiEntry("یادداشت تازه…")
	addNote := newButton("افزودن یادداشت", func() { rv.AddNote(rv.newNote.Text) })
	back := newButton("بازگشت به صندوق", func() { rv.u.Show(ScreenInbox) })
	statusRow := container.NewBorder(nil, nil, save, rv.statusTo, rv.note)
	right := container.NewVBox(rv.head, rv.text, widget.NewSeparator(), rv.details,
		widget.NewSeparator(), newBold("تغییر وضعیت"), statusRow,
		newBold("یادداشت"), rv.newNote, rtlRow(addNote))
	left := container.NewVBox(newBold("سابقه و یادداشت‌ها"), rv.history)
	split := container.NewHSplit(container.NewVScroll(left), container.NewVScroll(right))
	split.Offset = 0.4
	return container.NewBorder(rtlRow(back), nil, nil, nil, split)
}

// openRow shows a row picked in another screen.
func (rv *RequestView) openRow(r store.RequestRow) {
	rv.row = r
	rv.id = r.ID
	rv.u.Show(ScreenRequest)
}

// Open shows the request with this id.
func (rv *RequestView) Open(id string) {
	if id != rv.row.ID {
		rv.row = store.RequestRow{}
	}
	rv.id = id
	rv.u.Show(ScreenRequest)
}

// ID is the request on show.
func (rv *RequestView) ID() string { return rv.id }

// Request is the loaded request.
func (rv *RequestView) Request() tafkik.Request { return rv.req }

// History is the loaded audit trail.
func (rv *RequestView) History() []tafkik.Event { return rv.events }

func (rv *RequestView) reload() {
	id := rv.id
	if id == "" {
		return
	}
	st := rv.u.cfg.Store
	rv.u.background(func(ctx context.Context) (func(), error) {
		req, err := st.Request(ctx, id)
		if err != nil {
			return nil, err
		}
		var flag *tafkik.Flag
		if f, err := st.Flag(ctx, id); err == nil {
			flag = &f
		} else if !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		events, err := st.History(ctx, "request", id)
		if err != nil {
			return nil, err
		}
		flagEvents, err := st.History(ctx, "flag", id)
		if err != nil {
			return nil, err
		}
		events = append(events, flagEvents...)
		sort.SliceStable(events, func(i, j int) bool { return events[i].At.Before(events[j].At) })
		notes, err := st.Notes(ctx, "request", id)
		if err != nil {
			return nil, err
		}
		return func() {
			if id != rv.id {
				return
			}
			rv.req, rv.flag, rv.events, rv.notes, rv.loaded = req, flag, events, notes, true
			rv.render()
		}, nil
	})
}

func (rv *RequestView) render() {
	r := rv.req
	rv.head.SetText("درخواست " + r.ID + " — " + r.Category)
	rv.text.SetText(textOrNone(r.Text))
	var objs []fyne.CanvasObject
	add := func(name, value string) { objs = append(objs, field(name, newLabel(value))) }
	add("نشانی", orDash(r.Address))
	if r.HasLocation || r.Lat != 0 || r.Lon != 0 {
		add("مختصات", format.Decimal(r.Lat, 5)+"، "+format.Decimal(r.Lon, 5))
	} else {
		add("مختصات", "ثبت نشده")
	}
	add("کانال", channelName(r.Channel))
	add("تاریخ ثبت", jdateTime(r.CreatedAt)+" ("+ago(rv.u.cfg.Now(), r.CreatedAt)+")")
	add("وضعیت", statusName(r.Status))
	if rv.row.IssueID != "" {
		issueID := rv.row.IssueID
		b := newButton("مسئله "+issueID, func() { rv.u.Issues.Open(issueID) })
		objs = append(objs, field("مسئله", container.NewBorder(nil, nil, nil, b)))
	}
	if f := rv.flag; f != nil {
		v := agencyName(f.Agency)
		if f.Decided {
			v += " (تأیید کارمند)"
		} else {
			v += fmt.Sprintf(" — اطمینان %s٪", fa(fmt.Sprint(int(f.Confidence*100))))
			if f.NeedsReview {
				v += " — نیاز به بررسی"
			}
		}
		add("حوزه", v)
		if f.RuleID != "" || f.Decided {
			add("دلیل", flagReason(f))
		}
	}
	rv.details.Objects = objs
	rv.details.Refresh()

	var opts []string
	for _, s := range tafkik.Statuses {
		if r.Status.CanMoveTo(s) {
			opts = append(opts, statusName(s))
		}
	}
	rv.statusTo.Options = opts
	rv.statusTo.ClearSelected()

	var hist []fyne.CanvasObject
	for _, n := range rv.notes {
		hist = append(hist, newBold(jdateTime(n.CreatedAt)+" — "+n.Author), newWrapped(n.Text))
	}
	for i := len(rv.events) - 1; i >= 0; i-- {
		e := rv.events[i]
		if e.Action == "note" {
			continue // the notes are listed above with their text
		}
		hist = append(hist, newBold(jdateTime(e.At)+" — "+e.Actor), newWrapped(eventText(e)))
	}
	if len(hist) == 0 {
		hist = append(hist, newLabel("هنوز تغییری ثبت نشده است."))
	}
	rv.history.Objects = hist
	rv.history.Refresh()
}

// ChangeStatus moves the request to s, with the note in the audit trail and the outbox.
func (rv *RequestView) ChangeStatus(s tafkik.Status, note string) {
	if rv.u.readOnly() {
		return
	}
	if s == "" {
		rv.u.showError(errors.New("وضعیت تازه را انتخاب کنید"))
		return
	}
	id, actor := rv.id, rv.u.cfg.Actor
	rv.u.background(func(ctx context.Context) (func(), error) {
		if err := rv.u.cfg.Store.SetRequestStatus(ctx, actor, id, s, note); err != nil {
			return nil, err
		}
		return func() {
			rv.u.setMessage("وضعیت به «" + statusName(s) + "» تغییر کرد.")
			if rv.note != nil {
				rv.note.SetText("")
			}
			rv.reload()
		}, nil
	})
}

// AddNote attaches a note to the request.
func (rv *RequestView) AddNote(text string) {
	if rv.u.readOnly() {
		return
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	n := tafkik.Note{ID: uuid.NewString(), RequestID: rv.id, Author: rv.u.cfg.Actor, Text: text, CreatedAt: rv.u.cfg.Now()}
	rv.u.background(func(ctx context.Context) (func(), error) {
		if err := rv.u.cfg.Store.AddNote(ctx, n); err != nil {
			return nil, err
		}
		return func() {
			if rv.newNote != nil {
				rv.newNote.SetText("")
			}
			rv.reload()
		}, nil
	})
}

// eventText says what an audit event did, from its before and after fields.
func eventText(e tafkik.Event) string {
	var before, after struct {
		Status tafkik.Status `json:"status"`
		Agency tafkik.Agency `json:"agency"`
		Note   string        `json:"note"`
	}
	_ = json.Unmarshal([]byte(e.Before), &before)
	_ = json.Unmarshal([]byte(e.After), &after)
	var t string
	switch {
	case e.Action == "status":
		t = "وضعیت از «" + statusName(before.Status) + "» به «" + statusName(after.Status) + "»"
	case e.Entity == "flag" && e.Action == "decide":
		if before.Agency == after.Agency || before.Agency == "" {
			t = "حوزه تأیید شد: " + agencyName(after.Agency)
		} else {
			t = "حوزه از «" + agencyName(before.Agency) + "» به «" + agencyName(after.Agency) + "» تغییر کرد"
		}
	default:
		t = actionName(e.Action)
	}
	if after.Note != "" {
		t += " — " + after.Note
	}
	return t
}

var actionNames = map[string]string{
	"set_status": "تغییر وضعیت", "add_note": "یادداشت", "add_visit": "بازدید", "note": "یادداشت",
	"visit": "بازدید", "same": "ادغام با درخواست‌های دیگر", "different": "جدا شدن از مسئله", "resolve": "حل ناسازگاری",
	"upsert":       "به‌روزرسانی از سامانه ۱۳۷",
	"decide_group": "تصمیم گروه‌بندی", "decide_flag": "تصمیم حوزه", "create": "ثبت", "import": "ورود از سامانه ۱۳۷",
}

func actionName(a string) string {
	if n, ok := actionNames[a]; ok {
		return n
	}
	return a
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
