package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/store"
)

// Jurisdiction lists the requests flagged for another agency, one agency at a time, with the
// rule and words behind each flag; a clerk confirms, overrides or refers them, and exports
// the referral list of an agency to XLSX.
type Jurisdiction struct {
	u        *UI
	agency   tafkik.Agency
	review   bool // only flags waiting for a clerk
	counts   map[tafkik.Agency]int
	pg       *pager
	selected store.RequestRow
	flag     *tafkik.Flag

	issues  []tafkik.Issue // the agency's open issues, when shown instead of requests
	byIssue bool

	root     fyne.CanvasObject
	listBox  *fyne.Container
	issueW   *widget.List
	tabs     map[tafkik.Agency]*rtl.Button
	table    *widget.List
	head     *rtl.Label
	why      *rtl.Label
	override *rtl.Select
	note     *rtl.Entry
}

func newJurisdiction(u *UI) *Jurisdiction {
	j := &Jurisdiction{u: u, agency: tafkik.AgencyWater, counts: map[tafkik.Agency]int{}}
	j.pg = newPager(u, func() {
		if j.table != nil {
			j.table.Refresh()
		}
	})
	return j
}

func outsideAgencies() []tafkik.Agency {
	var out []tafkik.Agency
	for _, a := range tafkik.Agencies {
		if a.Outside() {
			out = append(out, a)
		}
	}
	return out
}

func (j *Jurisdiction) object() fyne.CanvasObject {
	if j.root == nil {
		j.root = j.build()
	}
	return j.root
}

func (j *Jurisdiction) build() fyne.CanvasObject {
	// One button per agency, like tabs: a clerk works one agency's list at a time.
	j.tabs = map[tafkik.Agency]*rtl.Button{}
	var tabRow []fyne.CanvasObject
	for _, a := range outsideAgencies() {
		b := newButton(agencyName(a), func() { j.SetAgency(a) })
		j.tabs[a] = b
		tabRow = append(tabRow, b)
	}
	j.paintTabs()
	review := rtl.NewCheck("فقط نیازمند بررسی", func(b bool) { j.SetReviewOnly(b) })
	export := newButton("خروجی اکسل فهرست ارجاع", func() { j.askExport() })
	j.table = widget.NewList(
		func() int { return j.pg.total },
		func() fyne.CanvasObject { return newCell("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r, ok := j.pg.row(i)
			if !ok {
				o.(*rtl.Label).SetText("…")
				return
			}
			mark := ""
			if r.NeedsReview {
				mark = "؟ "
			}
			o.(*rtl.Label).SetText(mark + r.ID + " — " + jdate(r.CreatedAt) + " — " + firstLine(r.Text, 70))
		})
	j.table.OnSelected = func(i widget.ListItemID) { j.Select(i) }
	j.issueW = widget.NewList(func() int { return len(j.issues) },
		func() fyne.CanvasObject { return newCell("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(j.issues) {
				is := j.issues[i]
				o.(*rtl.Label).SetText(num(is.Count) + " درخواست — " + machineText(is.Title) + " — " + machineText(is.Place))
			}
		})
	j.issueW.OnSelected = func(i widget.ListItemID) { j.OpenIssue(i) }
	j.listBox = container.NewStack(j.table)
	byIssue := rtl.NewCheck("مسئله‌ها به جای درخواست‌ها", func(b bool) { j.ShowIssues(b) })
	j.head = newBold("درخواستی را انتخاب کنید.")
	j.why = newWrapped("")
	var opts []string
	for _, a := range tafkik.Agencies {
		opts = append(opts, agencyName(a))
	}
	j.override = rtl.NewSelect(opts, nil)
	j.override.PlaceHolder = "دستگاه درست"
	j.note = newEntry("توضیح")
	confirm := newButton("تأیید حوزه", func() { j.Confirm() })
	confirm.Importance = widget.HighImportance
	over := newButton("تغییر حوزه", func() { j.Override(agencyFromName(j.override.Selected), j.note.Text) })
	refer := newButton("ارجاع به دستگاه", func() { j.Refer(j.note.Text) })
	open := newButton("نمایش درخواست", func() { j.u.Request.openRow(j.selected) })
	detail := container.NewVBox(j.head, j.why, widget.NewSeparator(),
		rtlRow(confirm, refer, open), field("تغییر به", container.NewBorder(nil, nil, over, nil, j.override)),
		field("توضیح", j.note))
	top := container.NewVBox(rtlRow(tabRow...), rtlRow(byIssue, review, export))
	s := container.NewHSplit(container.NewVScroll(detail), j.listBox)
	s.Offset = 0.45
	return container.NewBorder(top, nil, nil, nil, s)
}

func (j *Jurisdiction) query() store.RequestQuery {
	return store.RequestQuery{Agency: j.agency, NeedsReview: j.review, OrderBy: "created_at", Desc: true}
}

func (j *Jurisdiction) reload() {
	j.pg.reset(j.query())
	j.loadIssues()
	st := j.u.cfg.Store
	j.u.background(func(ctx context.Context) (func(), error) {
		s, err := st.Stats(ctx)
		if err != nil {
			return nil, err
		}
		return func() {
			j.counts = s.ByAgency
			j.paintTabs()
		}, nil
	})
}

func (j *Jurisdiction) paintTabs() {
	for a, b := range j.tabs {
		b.SetLabel(agencyName(a) + " (" + num(j.counts[a]) + ")")
		if a == j.agency {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
}

// Counts is the number of requests flagged for each agency.
func (j *Jurisdiction) Counts() map[tafkik.Agency]int { return j.counts }

// Total is the number of requests listed for the chosen agency.
func (j *Jurisdiction) Total() int { return j.pg.total }

// Row is row i of the list, if fetched.
func (j *Jurisdiction) Row(i int) (store.RequestRow, bool) { return j.pg.row(i) }

// SetAgency lists the requests flagged for a.
func (j *Jurisdiction) SetAgency(a tafkik.Agency) {
	if a == "" || a == j.agency {
		return
	}
	j.agency = a
	j.paintTabs()
	j.pg.reset(j.query())
	j.loadIssues()
}

// ShowIssues lists the agency's open issues (a group counts once) instead of its requests.
func (j *Jurisdiction) ShowIssues(b bool) {
	j.byIssue = b
	if j.listBox == nil {
		return
	}
	if b {
		j.listBox.Objects = []fyne.CanvasObject{j.issueW}
	} else {
		j.listBox.Objects = []fyne.CanvasObject{j.table}
	}
	j.listBox.Refresh()
}

func (j *Jurisdiction) loadIssues() {
	a := j.agency
	j.u.background(func(ctx context.Context) (func(), error) {
		list, err := j.u.cfg.Store.ListIssues(ctx, store.IssueQuery{Agency: a, OpenOnly: true, OrderBy: "count", Limit: issueListLimit})
		if err != nil {
			return nil, err
		}
		return func() {
			if a == j.agency {
				j.issues = list
				if j.issueW != nil {
					j.issueW.Refresh()
				}
			}
		}, nil
	})
}

// Issues are the open issues flagged for the chosen agency.
func (j *Jurisdiction) Issues() []tafkik.Issue { return j.issues }

// OpenIssue shows issue i of the agency's list in the issues screen.
func (j *Jurisdiction) OpenIssue(i int) {
	if i < len(j.issues) {
		j.issueW.UnselectAll()
		j.u.Issues.Open(j.issues[i].ID)
	}
}

// SetReviewOnly keeps only flags the engine was unsure of.
func (j *Jurisdiction) SetReviewOnly(b bool) {
	j.review = b
	j.pg.reset(j.query())
}

// Select shows row i with the rule and words that flagged it.
func (j *Jurisdiction) Select(i int) {
	r, ok := j.pg.row(i)
	if !ok {
		return
	}
	j.selected = r
	st := j.u.cfg.Store
	j.u.background(func(ctx context.Context) (func(), error) {
		f, err := st.Flag(ctx, r.ID)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		return func() {
			if j.selected.ID != r.ID {
				return
			}
			if err != nil {
				j.flag = nil
			} else {
				j.flag = &f
			}
			j.render()
		}, nil
	})
}

func (j *Jurisdiction) render() {
	if j.head == nil {
		return
	}
	r := j.selected
	j.head.SetText(r.ID + " — " + r.Category + " — " + orDash(r.Address))
	var b strings.Builder
	b.WriteString(r.Text)
	if f := j.flag; f != nil {
		b.WriteString("\n\nحوزه: " + agencyName(f.Agency))
		if f.Decided {
			b.WriteString(" — تصمیم کارمند (" + f.DecidedBy + "، " + jdate(f.DecidedAt) + ")")
		} else {
			b.WriteString(fmt.Sprintf(" — اطمینان %s٪", fa(fmt.Sprint(int(f.Confidence*100)))))
		}
		b.WriteString("\nدلیل: " + flagReason(f))
		if f.RuleID != "" && !f.Decided {
			b.WriteString("\nشناسهٔ قاعده: " + f.RuleID)
		}
	}
	j.why.SetText(b.String())
}

// Flag is the flag of the selected request.
func (j *Jurisdiction) Flag() *tafkik.Flag { return j.flag }

// Confirm accepts the engine's agency for the selected request.
func (j *Jurisdiction) Confirm() {
	if j.flag == nil {
		j.u.showError(errors.New("درخواستی انتخاب نشده است"))
		return
	}
	j.decide(j.flag.Agency, "تأیید")
}

// Override sets the agency a clerk knows is right.
func (j *Jurisdiction) Override(a tafkik.Agency, note string) {
	if a == "" {
		j.u.showError(errors.New("دستگاه درست را انتخاب کنید"))
		return
	}
	j.decide(a, note)
}

func (j *Jurisdiction) decide(a tafkik.Agency, note string) {
	if j.u.readOnly() {
		return
	}
	id, actor := j.selected.ID, j.u.cfg.Actor
	if id == "" {
		j.u.showError(errors.New("درخواستی انتخاب نشده است"))
		return
	}
	j.u.background(func(ctx context.Context) (func(), error) {
		if err := j.u.cfg.Store.DecideFlag(ctx, actor, id, a, note); err != nil {
			return nil, err
		}
		return func() {
			j.u.setMessage("حوزه درخواست " + id + ": " + agencyName(a) + " ثبت شد.")
			j.reload()
			j.reselect(id)
		}, nil
	})
}

func (j *Jurisdiction) reselect(id string) {
	j.u.background(func(ctx context.Context) (func(), error) {
		f, err := j.u.cfg.Store.Flag(ctx, id)
		if err != nil {
			return nil, err
		}
		return func() {
			if j.selected.ID == id {
				j.flag = &f
				j.render()
			}
		}, nil
	})
}

// Refer confirms the flag and moves the request to «ارجاع به دستگاه دیگر».
func (j *Jurisdiction) Refer(note string) {
	if j.u.readOnly() {
		return
	}
	if j.flag == nil || j.selected.ID == "" {
		j.u.showError(errors.New("درخواستی انتخاب نشده است"))
		return
	}
	id, actor, a := j.selected.ID, j.u.cfg.Actor, j.flag.Agency
	if !a.Outside() {
		j.u.showError(errors.New("این درخواست کار شهرداری است؛ ارجاع لازم نیست"))
		return
	}
	if note == "" {
		note = "ارجاع به " + agencyName(a)
	}
	j.u.background(func(ctx context.Context) (func(), error) {
		st := j.u.cfg.Store
		if !j.flag.Decided {
			if err := st.DecideFlag(ctx, actor, id, a, note); err != nil {
				return nil, err
			}
		}
		if err := st.SetRequestStatus(ctx, actor, id, tafkik.StatusReferred, note); err != nil {
			return nil, err
		}
		return func() {
			j.u.setMessage("درخواست " + id + " به " + agencyName(a) + " ارجاع شد.")
			j.reload()
			j.reselect(id)
		}, nil
	})
}

func (j *Jurisdiction) askExport() {
	rtl.NewFileSave("خروجی اکسل فهرست ارجاع", "ارجاع-"+string(j.agency)+".xlsx", []string{".xlsx"}, j.Export, j.u.win).Show()
}

// Export writes the chosen agency's referral list to an XLSX file, off the UI thread.
func (j *Jurisdiction) Export(path string) {
	a := j.agency
	j.u.longWork("خروجی اکسل "+agencyName(a), func(ctx context.Context, progress func(int, int)) error {
		return exportReferrals(ctx, j.u.cfg.Store, a, path, progress)
	}, func() { j.u.setMessage("فهرست ارجاع " + agencyName(a) + " ذخیره شد: " + path) })
}
