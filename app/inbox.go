package app

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/store"
)

// column is one inbox column; sort is the store's OrderBy for it, "" when it cannot sort.
type column struct {
	title string
	width float32
	sort  string
	cell  func(r store.RequestRow) string
}

var inboxColumns = []column{
	{"شماره", 115, "id", func(r store.RequestRow) string { return r.ID }},
	{"تاریخ", 95, "created_at", func(r store.RequestRow) string { return jdate(r.CreatedAt) }},
	{"موضوع", 130, "category", func(r store.RequestRow) string { return r.Category }},
	{"متن درخواست", 315, "", func(r store.RequestRow) string { return firstLine(textOrNone(r.Text), 70) }},
	{"نشانی", 190, "", func(r store.RequestRow) string { return firstLine(r.Address, 40) }},
	{"وضعیت", 95, "status", func(r store.RequestRow) string { return statusName(r.Status) }},
	{"حوزه", 80, "agency", func(r store.RequestRow) string {
		s := agencyName(r.Agency)
		if r.NeedsReview {
			s += " ؟"
		}
		return s
	}},
	{"مسئله", 120, "issue", func(r store.RequestRow) string { return r.IssueID }},
}

// visualCol maps a table column (left to right) to the inbox column it shows, so the first
// column sits on the right as a Persian reader expects.
func visualCol(c, n int) int { return rtl.Column(c, n) }

// Inbox is the district's requests in a virtual table with search, filters and sort.
type Inbox struct {
	u     *UI
	query store.RequestQuery
	pg    *pager

	root     fyne.CanvasObject
	table    *widget.Table
	search   *rtl.Entry
	status   *rtl.Select
	category *rtl.Select
	nbh      *rtl.Select
	issueBtn *rtl.Button
	optsOnce bool
	// lastImport is the result of the last import, filled when it ends.
	lastImport *ImportResult
	// report lists the last import's problem rows, when it had any (showReport).
	report   *rtl.Dialog
	agency   *rtl.Select
	from, to *rtl.Entry
	count    *rtl.Label
	findRow  *fyne.Container // the search, its buttons and the count, laid out again when the count changes
	scrolled bool
	typing   *time.Timer
}

func newInbox(u *UI) *Inbox {
	in := &Inbox{u: u, query: store.RequestQuery{OrderBy: "created_at", Desc: true}}
	in.pg = newPager(u, func() { in.refreshTable() })
	return in
}

func (in *Inbox) object() fyne.CanvasObject {
	if in.root == nil {
		in.root = in.build()
	}
	return in.root
}

func (in *Inbox) build() fyne.CanvasObject {
	n := len(inboxColumns)
	in.table = widget.NewTableWithHeaders(
		func() (int, int) { return in.pg.total, n },
		func() fyne.CanvasObject { return newCell("") },
		func(id widget.TableCellID, o fyne.CanvasObject) { in.updateCell(id, o.(*rtl.Label)) })
	in.table.ShowHeaderColumn = false
	in.table.CreateHeader = func() fyne.CanvasObject {
		return newButton("", nil)
	}
	in.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		col := visualCol(id.Col, n)
		b := o.(*rtl.Button)
		b.SetLabel(in.headerText(col))
		b.OnTapped = func() { in.SortBy(col) }
	}
	for c := 0; c < n; c++ {
		in.table.SetColumnWidth(c, inboxColumns[visualCol(c, n)].width)
	}
	in.table.OnSelected = func(id widget.TableCellID) { in.Open(id.Row) }

	in.search = newEntry("جستجو در متن، نشانی و شماره…")
	in.search.OnChanged = func(s string) { in.searchSoon(s) }
	statusOpts := []string{"همه وضعیت‌ها"}
	for _, s := range tafkik.Statuses {
		statusOpts = append(statusOpts, statusName(s))
	}
	in.status = rtl.NewSelect(statusOpts, func(s string) { in.SetStatus(statusFromName(s)) })
	in.status.PlaceHolder = "وضعیت"
	agencyOpts := []string{"همه دستگاه‌ها"}
	for _, a := range tafkik.Agencies {
		agencyOpts = append(agencyOpts, agencyName(a))
	}
	in.agency = rtl.NewSelect(agencyOpts, func(s string) { in.SetAgency(agencyFromName(s)) })
	in.agency.PlaceHolder = "حوزه"
	in.category = rtl.NewSelect(nil, func(s string) { in.SetCategory(optionValue(s)) })
	in.category.PlaceHolder = "موضوع"
	in.nbh = rtl.NewSelect(nil, func(s string) { in.SetNeighbourhood(optionValue(s)) })
	in.nbh.PlaceHolder = "محله"
	in.issueBtn = newButton("", func() { in.SetIssue("") })
	in.issueBtn.Hide() // shown while the inbox is narrowed to one issue; a tap clears it
	clear := newButton("پاک کردن فیلترها", func() { in.ClearFilters() })
	imp := newButton("ورود از پرونده…", func() { in.askImport() })
	in.from = newEntry("از تاریخ ۱۴۰۵/۰۱/۰۱")
	in.to = newEntry("تا تاریخ")
	in.from.OnSubmitted = func(string) { in.SetDates(in.from.Text, in.to.Text) }
	in.to.OnSubmitted = func(string) { in.SetDates(in.from.Text, in.to.Text) }
	in.count = newBold("")
	// Grid cells run left to right: the status filter, read first, is given last.
	filters := container.NewGridWithColumns(6, in.to, in.from, in.nbh, in.category, in.agency, in.status)
	in.findRow = container.NewBorder(nil, nil, rtlRow(imp, clear, in.issueBtn), in.count, in.search)
	top := container.NewVBox(in.findRow, filters)
	return container.NewBorder(top, nil, nil, nil, in.table)
}

func (in *Inbox) headerText(col int) string {
	t := inboxColumns[col].title
	if inboxColumns[col].sort != "" && inboxColumns[col].sort == in.query.OrderBy {
		if in.query.Desc {
			t += " ▼"
		} else {
			t += " ▲"
		}
	}
	return t
}

func (in *Inbox) updateCell(id widget.TableCellID, l *rtl.Label) {
	r, ok := in.pg.row(id.Row)
	if !ok {
		l.SetText("…")
		return
	}
	l.SetText(inboxColumns[visualCol(id.Col, len(inboxColumns))].cell(r))
}

func (in *Inbox) refreshTable() {
	if !in.optsOnce && in.category != nil && !in.u.cfg.skipFilterLists {
		// The filter lists need a pass over the district (a second on 100,000 requests):
		// read them once the first page is on screen, not before.
		in.optsOnce = true
		in.loadOptions()
	}
	if in.count != nil {
		in.count.SetText(num(in.pg.total) + " درخواست")
		in.findRow.Refresh() // a longer count must not run under the search
	}
	if in.table != nil {
		in.table.Refresh()
		if !in.scrolled {
			// The first column is on the right: start there when the table is wider than the window.
			in.table.ScrollToTrailing()
			in.scrolled = true
		}
	}
}

func (in *Inbox) reload() {
	in.pg.reset(in.query)
	if in.issueBtn != nil {
		if in.query.IssueID != "" {
			in.issueBtn.SetLabel("فقط مسئله " + in.query.IssueID + " ✕")
			in.issueBtn.Show()
		} else {
			in.issueBtn.Hide()
		}
	}
}

// allOption is the first entry of a filter list: no filter.
const allOption = "همه"

func optionValue(s string) string {
	if s == allOption {
		return ""
	}
	return s
}

// loadOptions fills the category and neighbourhood filters from the district's own values.
func (in *Inbox) loadOptions() {
	in.u.background(func(ctx context.Context) (func(), error) {
		s, err := in.u.cfg.Store.Stats(ctx)
		if err != nil {
			return nil, err
		}
		return func() {
			in.category.Options = append([]string{allOption}, names(bars(s.ByCategory))...)
			in.nbh.Options = append([]string{allOption}, names(bars(s.ByNeighbourhood))...)
		}, nil
	})
}

func names(bs []Bar) []string {
	out := make([]string, 0, len(bs))
	for _, b := range bs {
		if b.Label != "نامشخص" {
			out = append(out, b.Label)
		}
	}
	return out
}

// ClearFilters shows every request again, newest first.
func (in *Inbox) ClearFilters() {
	in.query = store.RequestQuery{OrderBy: "created_at", Desc: true}
	if in.search != nil {
		in.search.SetText("")
		in.status.ClearSelected()
		in.agency.ClearSelected()
		in.category.ClearSelected()
		in.nbh.ClearSelected()
		in.from.SetText("")
		in.to.SetText("")
	}
	in.query = store.RequestQuery{OrderBy: "created_at", Desc: true} // the widgets' callbacks ran
	in.reload()
}

// Total is the number of requests matching the current search and filters.
func (in *Inbox) Total() int { return in.pg.total }

// Row is row i of the current result, if it has been fetched.
func (in *Inbox) Row(i int) (store.RequestRow, bool) { return in.pg.row(i) }

// Query is the current search and filters.
func (in *Inbox) Query() store.RequestQuery { return in.query }

// searchDelay lets a clerk finish a word before the search runs: each query over 100,000
// requests costs a few hundred milliseconds of the store's time.
const searchDelay = 250 * time.Millisecond

// searchSoon searches once typing pauses.
func (in *Inbox) searchSoon(text string) {
	in.u.afterTyping(&in.typing, func() { in.SetSearch(text) })
}

// afterTyping runs run on the UI thread once typing has paused for searchDelay: each key
// stops the timer *t the last one started. Inline (in tests) it runs at once.
func (u *UI) afterTyping(t **time.Timer, run func()) {
	if u.cfg.inline {
		run()
		return
	}
	if *t != nil && (*t).Stop() {
		u.wg.Done() // the stopped timer will never run
	}
	u.wg.Add(1)
	*t = time.AfterFunc(searchDelay, func() {
		fyne.DoAndWait(func() {
			*t = nil
			run()
		})
		u.wg.Done()
	})
}

// SetSearch runs a full-text search; the store folds Persian spellings.
func (in *Inbox) SetSearch(text string) {
	in.query.Text = text
	in.reload()
}

func (in *Inbox) SetStatus(s tafkik.Status) { in.query.Status = s; in.reload() }
func (in *Inbox) SetAgency(a tafkik.Agency) { in.query.Agency = a; in.reload() }
func (in *Inbox) SetCategory(c string)      { in.query.Category = c; in.reload() }
func (in *Inbox) SetIssue(id string)        { in.query.IssueID = id; in.reload() }
func (in *Inbox) SetNeighbourhood(n string) { in.query.Neighbourhood = n; in.reload() }

// SetDates filters by a Jalali date range; either end may be empty.
func (in *Inbox) SetDates(from, to string) {
	f, _, err := jalaliDay(from)
	if err != nil {
		in.u.showError(err)
		return
	}
	_, t, err := jalaliDay(to) // the whole last day counts
	if err != nil {
		in.u.showError(err)
		return
	}
	in.query.From, in.query.To = f, t
	in.u.setMessage("")
	in.reload()
}

// SortBy sorts by column col; a second tap on the same column flips the order.
func (in *Inbox) SortBy(col int) {
	by := inboxColumns[col].sort
	if by == "" {
		in.u.setMessage("این ستون مرتب‌سازی ندارد.")
		return
	}
	if in.query.OrderBy == by {
		in.query.Desc = !in.query.Desc
	} else {
		in.query.OrderBy, in.query.Desc = by, by == "created_at"
	}
	in.reload()
}

// Open shows row i in the request screen.
func (in *Inbox) Open(i int) {
	r, ok := in.pg.row(i)
	if !ok {
		return
	}
	if in.table != nil {
		in.table.UnselectAll()
	}
	in.u.Request.openRow(r)
}

func statusFromName(name string) tafkik.Status {
	for code, n := range statusNames {
		if n == name {
			return tafkik.Status(code)
		}
	}
	return ""
}

func agencyFromName(name string) tafkik.Agency {
	for code, n := range agencyNames {
		if n == name {
			return tafkik.Agency(code)
		}
	}
	return ""
}
