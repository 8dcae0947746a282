package app

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/store"
)

// issueListLimit bounds the issue list; the biggest issues come first and a district rarely
// has more open issues than this.
const issueListLimit = 5000

// undoStep is one action a clerk can take back: the decisions that restore the grouping.
type undoStep struct {
	what string
	back []tafkik.Decision
}

// Issues lists the distinct issues, searched and ordered, or those at one issue's place; one
// opened shows its members and why each is in it. Merge, split, move and "not a duplicate"
// record grouping decisions, which the next grouping keeps; each can be undone by recording
// the opposite decision.
type Issues struct {
	u        *UI
	openOnly bool
	text     string // what the clerk searches for (store.IssueQuery.Text)
	atPlace  string // a place key: only the issues there (store.IssueQuery.AtPlace)
	order    string // store.IssueQuery.OrderBy
	list     []tafkik.Issue
	total    int             // issues matching, of which list holds the first issueListLimit
	checked  map[string]bool // issues ticked for a merge
	current  tafkik.Issue
	members  []store.RequestRow
	why      map[string]tafkik.Membership
	picked   map[string]bool // members ticked for a split
	undo     []undoStep

	root     fyne.CanvasObject
	listW    *widget.List
	membW    *widget.List
	head     *rtl.Label
	info     *fyne.Container
	undoBtn  *rtl.Button
	search   *rtl.Entry
	count    *rtl.Label
	findRow  *fyne.Container // the search and the count, laid out again when the count changes
	placeBtn *rtl.Button
	orderSel *rtl.Select
	// afterBtn ticks the requests after the opened issue's long silence (silenceDays); it is
	// shown beside the silence, when there is one
	afterBtn *rtl.Button
	// doubtBtn ticks the opened issue's doubtful members (tafkik.Membership.Doubtful); it is
	// shown beside their count, when there are any
	doubtBtn *rtl.Button
	// detail is the opened issue's pane, laid out again when its fields change (the GL
	// driver would do it on its next frame; the test driver, whose captures we look at, not)
	detail *fyne.Container
	typing *time.Timer
}

// issueOrders are the issue list's orders, as the clerk picks them.
var issueOrders = []struct{ name, order string }{
	{"بیشترین درخواست", "count"},
	{"تازه‌ترین", "last_at"},
	{"قدیمی‌ترین", "oldest"},
	{"طولانی‌ترین سکوت", store.SilenceOrder},        // the issues that may be two episodes first
	{"بیشترین پیوستن نامطمئن", store.DoubtfulOrder}, // where a review finds most to correct
}

// silenceDays: a silence this long between two of an issue's requests is shown, and the
// requests after it can be ticked in one step, to split them off as another episode. Grouping
// keeps a report of an issue's own alley in it after a silence of up to five weeks (an alley
// nobody repaired is reported again), and on the labelled sets that is often right and often
// not: over the sixteen ordinary-district authors' 32 sets, splitting an issue at its longest
// silence of 14 days or more was the better grouping for a third of such issues, at 30 days
// or more for nearly half. A clerk, who can read the texts, decides.
const silenceDays = 14

// longestSilence is the longest time between two consecutive requests of rows (oldest
// first): the index of the request after it, and the whole days; (0, 0) for fewer than two.
func longestSilence(rows []store.RequestRow) (after, days int) {
	var longest time.Duration
	for i := 1; i < len(rows); i++ {
		if d := rows[i].CreatedAt.Sub(rows[i-1].CreatedAt); d > longest {
			after, longest = i, d
		}
	}
	return after, int(longest / (24 * time.Hour))
}

// widest is the name that takes the most room on screen: a select is as wide as its
// placeholder, and is given it so that no option is cut.
func widest(names []string) string {
	best, most := "", float32(0)
	for _, n := range names {
		if w := rtl.NewLabel(n).MinSize().Width; w > most {
			best, most = n, w
		}
	}
	return best
}

// silenceBefore is the whole days between member i and the one before it.
func (is *Issues) silenceBefore(i int) int {
	if i <= 0 || i >= len(is.members) {
		return 0
	}
	return int(is.members[i].CreatedAt.Sub(is.members[i-1].CreatedAt) / (24 * time.Hour))
}

func newIssues(u *UI) *Issues {
	return &Issues{u: u, openOnly: true, order: "count", checked: map[string]bool{}, picked: map[string]bool{}, why: map[string]tafkik.Membership{}}
}

func (is *Issues) object() fyne.CanvasObject {
	if is.root == nil {
		is.root = is.build()
	}
	return is.root
}

func (is *Issues) build() fyne.CanvasObject {
	is.listW = widget.NewList(
		func() int { return len(is.list) },
		func() fyne.CanvasObject {
			// two lines, as the members': what and how many, then where and when
			where := newCell("")
			where.SizeName = theme.SizeNameCaptionText
			return container.NewBorder(nil, nil, nil, widget.NewCheck("", nil), container.NewVBox(newCell(""), where))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			lines := c.Objects[0].(*fyne.Container).Objects
			is.updateIssueRow(i, lines[0].(*rtl.Label), lines[1].(*rtl.Label), c.Objects[1].(*widget.Check))
		})
	is.listW.OnSelected = func(i widget.ListItemID) { is.Select(i) }
	is.membW = widget.NewList(
		func() int { return len(is.members) },
		func() fyne.CanvasObject {
			why := newCell("")
			why.SizeName = theme.SizeNameCaptionText // smaller, but dark enough to read
			return container.NewBorder(nil, nil, nil, widget.NewCheck("", nil), container.NewVBox(newCell(""), why))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			lines := c.Objects[0].(*fyne.Container).Objects
			is.updateMemberRow(i, lines[0].(*rtl.Label), lines[1].(*rtl.Label), c.Objects[1].(*widget.Check))
		})
	is.membW.OnSelected = func(i widget.ListItemID) { is.OpenMember(i) }

	openOnly := rtl.NewCheck("فقط مسئله‌های باز", func(b bool) { is.SetOpenOnly(b) })
	openOnly.Box.Checked = true
	merge := newButton("ادغام مسئله‌های علامت‌خورده", func() { is.MergeChecked() })
	merge.Importance = widget.HighImportance
	split := newButton("جدا کردن درخواست‌های علامت‌خورده", func() { is.SplitPicked() })
	notDup := newButton("تکراری نیست", func() { is.NotDuplicatePicked() })
	confirm := newButton("همین مسئله است", func() { is.ConfirmPicked() })
	move := newButton("انتقال به مسئلهٔ علامت‌خورده", func() { is.MovePickedToChecked() })
	is.undoBtn = newButton("واگرد آخرین کار", func() { is.Undo() })
	is.undoBtn.Disable()
	regroup := newButton("گروه‌بندی دوباره", func() { is.Regroup() })
	is.search = newEntry("جستجوی مکان، متن یا شماره…")
	is.search.OnChanged = func(s string) { is.searchSoon(s) }
	var orderNames []string
	for _, o := range issueOrders {
		orderNames = append(orderNames, o.name)
	}
	is.orderSel = rtl.NewSelect(orderNames, func(name string) {
		for _, o := range issueOrders {
			if o.name == name && o.order != is.order {
				is.SetOrder(o.order)
			}
		}
	})
	is.orderSel.Selected = issueOrders[0].name
	is.orderSel.PlaceHolder = widest(orderNames) // the select is as wide as its placeholder
	is.count = newBold("")
	is.findRow = container.NewBorder(nil, nil, nil, is.count, is.search)
	inInbox := newButton("نمایش در صندوق", func() { is.ShowInInbox() })
	is.placeBtn = newButton(samePlaceLabel, func() { is.ToggleSamePlace() })
	is.afterBtn = newButton("علامت زدن درخواست‌های پس از آن", func() { is.PickAfterSilence() })
	is.doubtBtn = newButton("علامت زدن آن‌ها", func() { is.PickDoubtful() })
	is.head = newBold("یک مسئله را از فهرست انتخاب کنید.")
	is.info = container.NewGridWithColumns(2)

	listPane := container.NewBorder(container.NewVBox(
		rtlRow(openOnly, regroup),
		is.findRow,
		rtlRow(merge, is.orderSel)), nil, nil, nil, is.listW)
	// the issue's title, and at the row's other end what shows its requests in the inbox
	top := container.NewVBox(container.NewBorder(nil, nil, inInbox, nil, is.head), is.info, widget.NewSeparator(), newBold("درخواست‌های این مسئله و دلیل هر کدام:"))
	is.detail = container.NewBorder(
		top,
		container.NewVBox(rtlRow(split, move, notDup), rtlRow(confirm, is.placeBtn, is.undoBtn)), nil, nil, is.membW)
	s := container.NewHSplit(is.detail, listPane)
	s.Offset = 0.55
	return s
}

func (is *Issues) updateIssueRow(i int, l, where *rtl.Label, c *widget.Check) {
	if i >= len(is.list) {
		return
	}
	iss := is.list[i]
	l.SetText(num(iss.Count) + " درخواست — " + machineText(iss.Title))
	line := issueSpan(iss) + " — " + machineText(iss.Place)
	if is.atPlace != "" && is.current.ID != "" && iss.ID != is.current.ID {
		// at one place, what sets this issue apart from the opened one: a clerk merges the
		// same problem in the same days, and leaves a later episode or another problem be
		line += " — " + relation(is.current, iss)
	}
	where.SetText(line)
	c.OnChanged = nil
	c.SetChecked(is.checked[iss.ID])
	id := iss.ID
	c.OnChanged = func(b bool) { is.Check(id, b) }
}

// relation tells how other stands to the opened issue cur at the same place: another
// problem, or the same one in the same days (a merge to weigh), or so many days before or
// after it (another episode).
func relation(cur, other tafkik.Issue) string {
	if other.Problem != cur.Problem {
		return "مشکل دیگر: " + problemName(other.Problem)
	}
	const day = 24 * time.Hour
	switch {
	case other.FirstAt.After(cur.LastAt.Add(day)):
		return "همان مشکل، " + num(int(other.FirstAt.Sub(cur.LastAt)/day)) + " روز پس از این یکی"
	case other.LastAt.Add(day).Before(cur.FirstAt):
		return "همان مشکل، " + num(int(cur.FirstAt.Sub(other.LastAt)/day)) + " روز پیش از این یکی"
	default:
		return "همان مشکل، در همان روزها"
	}
}

// issueSpan is when an issue's requests came, «۱۴۰۴/۱۲/۱۱ تا ۱۴۰۵/۰۱/۲۵», or the one day:
// at one place, it is what tells one episode from the next.
func issueSpan(iss tafkik.Issue) string {
	first, last := jdate(iss.FirstAt), jdate(iss.LastAt)
	if first == last || iss.LastAt.IsZero() {
		return first
	}
	return first + " تا " + last
}

func (is *Issues) updateMemberRow(i int, l, why *rtl.Label, c *widget.Check) {
	if i >= len(is.members) {
		return
	}
	r := is.members[i]
	when := jdate(r.CreatedAt)
	if d := is.silenceBefore(i); d >= silenceDays {
		// where another episode may begin
		when += " (پس از " + num(d) + " روز سکوت)"
	}
	l.SetText(when + " — " + firstLine(r.Text, 90))
	m, ok := is.why[r.ID]
	label := "چرا: "
	if ok && m.Doubtful() {
		label = "چرا (نامطمئن): " // joined on little evidence: a third of such joins are wrong
	}
	why.SetText(label + reasonText(m) + " | نشانی: " + orDash(firstLine(r.Address, 40)))
	c.OnChanged = nil
	c.SetChecked(is.picked[r.ID])
	id := r.ID
	c.OnChanged = func(b bool) { is.Pick(id, b) }
}

func reasonText(m tafkik.Membership) string {
	switch m.Reason {
	case "clerk": // what the store writes when it applies a clerk's decision
		return "تصمیم کارشناس"
	case "":
		return "امتیاز " + decimals(fmt.Sprintf("%.2f", m.Score))
	}
	return decimals(m.Reason)
}

func (is *Issues) reload() {
	q := store.IssueQuery{OpenOnly: is.openOnly, OrderBy: is.order, Text: is.text, AtPlace: is.atPlace, Limit: issueListLimit}
	atPlace := is.atPlace
	cur := is.current.ID
	ticked := slices.Sorted(maps.Keys(is.checked))
	st := is.u.cfg.Store
	is.u.background(func(ctx context.Context) (func(), error) {
		total, err := st.CountIssues(ctx, q)
		if err != nil {
			return nil, err
		}
		list, err := st.ListIssues(ctx, q)
		if err != nil {
			return nil, err
		}
		// Issues ticked for a merge stay listed, first, whatever the search: a clerk finds
		// one issue, ticks it, and searches for the other.
		var kept []tafkik.Issue
		for _, id := range ticked {
			if containsIssue(list, id) {
				continue
			}
			iss, err := st.Issue(ctx, id)
			if errors.Is(err, store.ErrNotFound) {
				continue // regrouping removed it
			}
			if err != nil {
				return nil, err
			}
			if iss.Count > 0 {
				kept = append(kept, iss)
			}
		}
		list = append(kept, list...)
		return func() {
			is.list, is.total = list, total
			if is.count != nil {
				text := issueCountText(total, len(list))
				if atPlace != "" {
					text += " در همین مکان"
				}
				is.count.SetText(text)
				is.findRow.Refresh() // the count's width changed: the search takes the rest
			}
			for id := range is.checked {
				if !containsIssue(list, id) {
					delete(is.checked, id)
				}
			}
			if is.listW != nil {
				is.listW.Refresh()
			}
			if cur != "" {
				is.Open(cur)
			}
		}, nil
	})
}

func containsIssue(list []tafkik.Issue, id string) bool {
	for _, x := range list {
		if x.ID == id {
			return true
		}
	}
	return false
}

// issueCountText tells how many issues match, and that the list holds only the first ones
// when there are more than it shows.
func issueCountText(total, shown int) string {
	if shown < total {
		return fmt.Sprintf("%s از %s مسئله", num(shown), num(total))
	}
	return num(total) + " مسئله"
}

// List is the issues on show, in the order picked (the biggest first unless changed).
func (is *Issues) List() []tafkik.Issue { return is.list }

// Total is how many issues match the search and filters; List holds the first of them.
func (is *Issues) Total() int { return is.total }

// searchSoon searches once typing pauses, as the inbox does.
func (is *Issues) searchSoon(text string) {
	is.u.afterTyping(&is.typing, func() { is.SetSearch(text) })
}

// SetSearch lists the issues whose title, place or id, or one of whose requests, holds every
// word of text (the store folds Persian spellings); "" lists them all.
func (is *Issues) SetSearch(text string) {
	if text == is.text && is.atPlace == "" {
		return
	}
	is.text = text
	is.setAtPlace("")
	is.reload()
}

const samePlaceLabel = "مسئله‌های همین مکان"

// ToggleSamePlace lists only the issues at the opened issue's place (the same alley, its
// street's vaguer issues, the alleys of a street), with the opened issue ticked: the
// candidates for a merge, a tick away. Pressed again, it lists every issue.
func (is *Issues) ToggleSamePlace() {
	if is.atPlace != "" {
		is.setAtPlace("")
		is.reload()
		return
	}
	if is.current.ID == "" {
		is.u.showError(errors.New("نخست یک مسئله را باز کنید"))
		return
	}
	if is.current.PlaceKey == "" {
		is.u.showError(errors.New("مکان این مسئله شناخته نیست؛ مسئله‌های دیگر را با جستجو پیدا کنید"))
		return
	}
	is.text = ""
	if is.search != nil {
		is.search.SetText("") // SetText does not fire OnChanged
	}
	is.setAtPlace(is.current.PlaceKey)
	is.checked[is.current.ID] = true
	is.reload()
}

// AtPlace is the place key the list is narrowed to, "" for none.
func (is *Issues) AtPlace() string { return is.atPlace }

func (is *Issues) setAtPlace(key string) {
	is.atPlace = key
	if is.placeBtn != nil {
		if key == "" {
			is.placeBtn.SetLabel(samePlaceLabel)
		} else {
			is.placeBtn.SetLabel("همهٔ مسئله‌ها")
		}
	}
}

// SetOrder orders the list: "count" (the biggest first), "last_at" (the latest request
// first) or "oldest" (the oldest issue first).
func (is *Issues) SetOrder(order string) {
	is.order = order
	if is.orderSel != nil {
		for _, o := range issueOrders {
			if o.order == order && is.orderSel.Selected != o.name {
				is.orderSel.Selected = o.name // (not SetSelected: that would order again)
				is.orderSel.Refresh()
			}
		}
	}
	is.reload()
}

// Members is the opened issue's requests.
func (is *Issues) Members() []store.RequestRow { return is.members }

// Current is the opened issue.
func (is *Issues) Current() tafkik.Issue { return is.current }

func (is *Issues) SetOpenOnly(b bool) { is.openOnly = b; is.reload() }

// Check ticks an issue for a merge.
func (is *Issues) Check(id string, b bool) {
	if b {
		is.checked[id] = true
	} else {
		delete(is.checked, id)
	}
}

// Pick ticks a member of the opened issue for a split.
func (is *Issues) Pick(requestID string, b bool) {
	if b {
		is.picked[requestID] = true
	} else {
		delete(is.picked, requestID)
	}
}

// Select opens the issue at row i.
func (is *Issues) Select(i int) {
	if i < len(is.list) {
		is.Open(is.list[i].ID)
	}
}

// Open loads an issue and its members; it is also reached from a request.
func (is *Issues) Open(id string) {
	if is.u.current != ScreenIssues {
		is.current = tafkik.Issue{ID: id}
		is.u.Show(ScreenIssues) // reload opens it
		return
	}
	st := is.u.cfg.Store
	is.u.background(func(ctx context.Context) (func(), error) {
		iss, err := st.Issue(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			return func() { is.clearCurrent() }, nil // regrouping removed it
		}
		if err != nil {
			return nil, err
		}
		rows, mems, err := st.IssueMembers(ctx, id)
		if err != nil {
			return nil, err
		}
		return func() {
			if id != is.current.ID {
				is.picked = map[string]bool{}
			}
			is.current, is.members = iss, rows
			is.why = map[string]tafkik.Membership{}
			for _, m := range mems {
				is.why[m.RequestID] = m
			}
			is.renderCurrent()
		}, nil
	})
}

func (is *Issues) clearCurrent() {
	is.current, is.members, is.picked = tafkik.Issue{}, nil, map[string]bool{}
	is.renderCurrent()
}

func (is *Issues) renderCurrent() {
	if is.head == nil {
		return
	}
	c := is.current
	if c.ID == "" {
		is.head.SetText("یک مسئله را از فهرست انتخاب کنید.")
		is.info.Objects = nil
	} else {
		is.head.SetText(fmt.Sprintf("مسئله %s — %s", c.ID, machineText(c.Title)))
		agency := agencyName(c.Agency)
		if c.Mixed {
			agency += " (درخواست‌ها هم‌نظر نیستند)"
		}
		// Two columns, read from the right: the pairs a clerk compares sit side by side.
		f := func(name, v string) fyne.CanvasObject { return field(name, newCell(v)) }
		is.info.Objects = []fyne.CanvasObject{
			f("مکان", machineText(c.Place)), f("مشکل", problemName(c.Problem)),
			f("درخواست‌ها", num(c.Count)), f("وضعیت", statusName(c.Status)),
			f("آخرین درخواست", jdate(c.LastAt)), f("نخستین درخواست", jdate(c.FirstAt)),
			f("عمر", age(is.u.cfg.Now(), c.FirstAt)), f("حوزه", agency),
		}
		if after, days := longestSilence(is.members); days >= silenceDays {
			// the silence, and beside it the button that ticks the requests after it
			is.info.Objects = append(is.info.Objects, rtlRow(is.afterBtn), f("طولانی‌ترین سکوت",
				num(days)+" روز، تا "+jdate(is.members[after].CreatedAt)))
		}
		if n := len(is.doubtful()); n > 0 {
			is.info.Objects = append(is.info.Objects, rtlRow(is.doubtBtn), f("پیوستن نامطمئن", num(n)+" درخواست"))
		}
	}
	is.info.Refresh()
	is.detail.Refresh()
	is.membW.Refresh()
	if is.atPlace != "" {
		is.listW.Refresh() // each row tells how it stands to the opened issue
	}
}

// ShowInInbox lists the opened issue's requests in the inbox, with its filters and sorting.
func (is *Issues) ShowInInbox() {
	if is.current.ID == "" {
		return
	}
	is.u.Inbox.query.IssueID = is.current.ID
	is.u.Show(ScreenInbox)
}

// OpenMember shows member i in the request screen.
func (is *Issues) OpenMember(i int) {
	if i < len(is.members) {
		is.membW.UnselectAll()
		is.u.Request.openRow(is.members[i])
	}
}

// MergeChecked makes the ticked issues one issue.
func (is *Issues) MergeChecked() {
	var ids []string
	for _, iss := range is.list {
		if is.checked[iss.ID] {
			ids = append(ids, iss.ID)
		}
	}
	is.Merge(ids...)
}

// Merge records that all requests of these issues are one issue; they join the first one.
func (is *Issues) Merge(issueIDs ...string) {
	if is.u.readOnly() {
		return
	}
	if len(issueIDs) < 2 {
		is.u.showError(errors.New("برای ادغام دست‌کم دو مسئله را علامت بزنید"))
		return
	}
	st := is.u.cfg.Store
	is.u.background(func(ctx context.Context) (func(), error) {
		var groups [][]string
		for _, id := range issueIDs {
			rows, _, err := st.IssueMembers(ctx, id)
			if err != nil {
				return nil, err
			}
			groups = append(groups, requestIDs(rows))
		}
		return func() {
			is.checked = map[string]bool{}
			all := concat(groups)
			// Taking a merge back sends every issue but the first out on its own again.
			var back []tafkik.Decision
			for i := 1; i < len(groups); i++ {
				back = append(back, is.decision(tafkik.DecisionDifferent, groups[i], minus(all, groups[i]), "برگرداندن ادغام"))
			}
			is.decide("ادغام "+num(len(issueIDs))+" مسئله",
				[]tafkik.Decision{is.decision(tafkik.DecisionSame, all, nil, "ادغام")}, back)
		}, nil
	})
}

// doubtful is the opened issue's members joined on little evidence, oldest first.
func (is *Issues) doubtful() []string {
	var ids []string
	for _, r := range is.members {
		if m, ok := is.why[r.ID]; ok && m.Doubtful() {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// PickDoubtful ticks the opened issue's doubtful members and unticks the others: the clerk
// reads each, unticks the ones that belong and moves or splits off the rest, or confirms
// them all («همین مسئله است»).
func (is *Issues) PickDoubtful() {
	ids := is.doubtful()
	if len(ids) == 0 {
		is.u.showError(errors.New("این مسئله پیوستن نامطمئنی ندارد"))
		return
	}
	is.pickOnly(ids)
}

// pickOnly ticks these members of the opened issue, unticks the others and shows the first.
func (is *Issues) pickOnly(ids []string) {
	is.picked = map[string]bool{}
	for _, id := range ids {
		is.picked[id] = true
	}
	if is.membW != nil && len(ids) > 0 {
		is.membW.Refresh()
		is.membW.ScrollTo(slices.IndexFunc(is.members, func(r store.RequestRow) bool { return r.ID == ids[0] }))
	}
}

// PickAfterSilence ticks the opened issue's requests after its longest silence, when that is
// silenceDays or more, and unticks the others: one more press splits them off as another
// episode (or moves them to a ticked issue).
func (is *Issues) PickAfterSilence() {
	after, days := longestSilence(is.members)
	if days < silenceDays {
		is.u.showError(fmt.Errorf("این مسئله سکوتی %s روزه یا بیشتر ندارد", num(silenceDays)))
		return
	}
	is.pickOnly(requestIDs(is.members[after:]))
}

// ConfirmPicked records that the ticked members do belong to the opened issue: a clerk who
// reviewed a doubtful join (tafkik.Membership.Doubtful) says it is right. Nothing moves; the
// members are no longer doubtful, and every later grouping keeps them in this issue.
func (is *Issues) ConfirmPicked() { is.Confirm(is.pickedIDs()) }

// Confirm records a "same issue" decision for these members and another of the opened issue
// (the first not among them), which leaves the grouping as it is and marks them reviewed.
func (is *Issues) Confirm(picked []string) {
	if is.u.readOnly() {
		return
	}
	all := requestIDs(is.members)
	rest := minus(all, picked)
	if len(picked) == 0 || len(all) < 2 {
		is.u.showError(errors.New("درخواست‌هایی از این مسئله را برای تأیید علامت بزنید"))
		return
	}
	ids := picked
	if len(rest) > 0 {
		ids = append([]string{rest[0]}, picked...) // a "same" decision gathers into the first's issue: this one
	}
	is.picked = map[string]bool{}
	// (no undo: nothing moved; a wrong confirmation is corrected by a split or a move)
	is.record("تأیید "+num(len(picked))+" درخواست در همین مسئله",
		[]tafkik.Decision{is.decision(tafkik.DecisionSame, ids, nil, "تأیید")}, func() {})
}

// SplitPicked takes the ticked members out of the opened issue into their own issue.
func (is *Issues) SplitPicked() { is.Split(is.pickedIDs()) }

// NotDuplicatePicked records that each ticked member is not a duplicate of the rest; each
// leaves for an issue of its own.
func (is *Issues) NotDuplicatePicked() { is.NotDuplicate(is.pickedIDs()) }

func (is *Issues) pickedIDs() []string {
	var picked []string
	for _, r := range is.members {
		if is.picked[r.ID] {
			picked = append(picked, r.ID)
		}
	}
	return picked
}

// NotDuplicate says each of these members of the opened issue is a problem of its own.
func (is *Issues) NotDuplicate(picked []string) {
	if is.u.readOnly() {
		return
	}
	all := requestIDs(is.members)
	if len(picked) == 0 || len(picked) == len(all) && len(all) < 2 {
		is.u.showError(errors.New("درخواستی از این مسئله را علامت بزنید"))
		return
	}
	var ds []tafkik.Decision
	for _, p := range picked {
		ds = append(ds, is.decision(tafkik.DecisionDifferent, []string{p}, minus(all, []string{p}), "تکراری نیست"))
	}
	is.picked = map[string]bool{}
	is.decide("«تکراری نیست» برای "+num(len(picked))+" درخواست", ds,
		[]tafkik.Decision{is.decision(tafkik.DecisionSame, stayFirst(all, picked), nil, "برگرداندن «تکراری نیست»")})
}

// Split takes these members of the opened issue out into an issue of their own.
func (is *Issues) Split(picked []string) {
	if is.u.readOnly() {
		return
	}
	all := requestIDs(is.members)
	rest := minus(all, picked)
	if len(picked) == 0 || len(rest) == 0 {
		is.u.showError(errors.New("چند درخواست (نه همه) را برای جدا کردن علامت بزنید"))
		return
	}
	is.picked = map[string]bool{}
	is.decide("جدا کردن "+num(len(picked))+" درخواست",
		[]tafkik.Decision{is.decision(tafkik.DecisionDifferent, picked, rest, "جدا کردن")},
		[]tafkik.Decision{is.decision(tafkik.DecisionSame, stayFirst(all, picked), nil, "برگرداندن جدا کردن")})
}

// MovePickedToChecked moves the ticked members of the opened issue into the one issue
// ticked in the list: a request that belongs to another issue goes there in one step.
func (is *Issues) MovePickedToChecked() {
	var targets []string
	for id := range is.checked {
		if id != is.current.ID {
			targets = append(targets, id)
		}
	}
	if len(targets) != 1 {
		is.u.showError(errors.New("یک مسئله (جز همین) را در فهرست برای انتقال علامت بزنید"))
		return
	}
	is.Move(is.pickedIDs(), targets[0])
}

// Move records that these members of the opened issue are the same issue as target, and
// not the rest of the opened issue's; they leave it for target.
func (is *Issues) Move(picked []string, target string) {
	if is.u.readOnly() {
		return
	}
	if len(picked) == 0 {
		is.u.showError(errors.New("درخواست‌هایی از این مسئله را برای انتقال علامت بزنید"))
		return
	}
	if target == is.current.ID {
		is.u.showError(errors.New("درخواست‌ها همین حالا در این مسئله‌اند"))
		return
	}
	all := requestIDs(is.members)
	rest := minus(all, picked)
	st := is.u.cfg.Store
	is.u.background(func(ctx context.Context) (func(), error) {
		rows, _, err := st.IssueMembers(ctx, target)
		if err != nil {
			return nil, err
		}
		there := requestIDs(rows)
		if len(there) == 0 {
			return nil, errors.New("مسئلهٔ مقصد دیگر نیست؛ فهرست را دوباره ببینید")
		}
		return func() {
			// The target's requests come first: a "same" decision gathers into the first's issue.
			var ds, back []tafkik.Decision
			if len(rest) > 0 {
				ds = append(ds, is.decision(tafkik.DecisionDifferent, picked, rest, "انتقال"))
			}
			ds = append(ds, is.decision(tafkik.DecisionSame, append(slices.Clone(there), picked...), nil, "انتقال"))
			back = append(back, is.decision(tafkik.DecisionDifferent, picked, there, "برگرداندن انتقال"))
			if len(rest) > 0 {
				back = append(back, is.decision(tafkik.DecisionSame, stayFirst(all, picked), nil, "برگرداندن انتقال"))
			}
			is.picked = map[string]bool{}
			delete(is.checked, target)
			is.decide("انتقال "+num(len(picked))+" درخواست", ds, back) // short: it labels the undo button
		}, nil
	})
}

// stayFirst orders ids so one that stayed comes first: a "same" decision gathers its requests
// into the issue of the first, which is the original issue.
func stayFirst(all, left []string) []string {
	return append(minus(all, left), left...)
}

// Undo takes back the last merge, split or "not a duplicate" by recording its opposite.
func (is *Issues) Undo() {
	if is.u.readOnly() {
		return
	}
	if len(is.undo) == 0 {
		return
	}
	last := is.undo[len(is.undo)-1]
	is.undo = is.undo[:len(is.undo)-1]
	back := make([]tafkik.Decision, len(last.back))
	for i, d := range last.back {
		d.ID, d.At = uuid.NewString(), is.u.cfg.Now() // a fresh decision, after the one it undoes
		back[i] = d
	}
	is.record("برگرداندن «"+last.what+"»", back, func() {})
}

// CanUndo reports whether there is an action to take back.
func (is *Issues) CanUndo() bool { return len(is.undo) > 0 }

func (is *Issues) decide(what string, ds, back []tafkik.Decision) {
	is.record(what, ds, func() {
		is.undo = append(is.undo, undoStep{what: what, back: back})
	})
}

// record saves decisions; the store audits each, queues it for the center and applies it to
// the grouping at once, and every later grouping keeps it.
func (is *Issues) record(what string, ds []tafkik.Decision, done func()) {
	st := is.u.cfg.Store
	is.u.background(func(ctx context.Context) (func(), error) {
		for _, d := range ds {
			if err := st.AddDecision(ctx, d); err != nil {
				return nil, err
			}
		}
		return func() {
			done()
			is.updateUndo()
			is.u.setMessage(what + " ثبت شد.")
			is.reload()
		}, nil
	})
}

// undoLabel is the undo button's label for the last action: «واگرد», as Persian office
// programs name it, and what it takes back.
func undoLabel(what string) string { return "واگرد «" + what + "»" }

func (is *Issues) updateUndo() {
	if is.undoBtn == nil {
		return
	}
	if len(is.undo) > 0 {
		is.undoBtn.SetLabel(undoLabel(is.undo[len(is.undo)-1].what))
		is.undoBtn.Enable()
	} else {
		is.undoBtn.SetLabel("واگرد آخرین کار")
		is.undoBtn.Disable()
	}
}

// Regroup runs the whole duplicate grouping again (it keeps every decision), with progress.
func (is *Issues) Regroup() {
	if is.u.cfg.Regroup == nil {
		is.u.showError(errors.New("گروه‌بندی در این نسخه در دسترس نیست"))
		return
	}
	is.u.longWork("گروه‌بندی دوباره", is.u.cfg.Regroup, func() {
		is.u.setMessage("گروه‌بندی تمام شد.")
		is.reload()
	})
}

func (is *Issues) decision(kind tafkik.DecisionKind, ids, others []string, note string) tafkik.Decision {
	return tafkik.Decision{ID: uuid.NewString(), Kind: kind, RequestIDs: ids, Others: others,
		Actor: is.u.cfg.Actor, At: is.u.cfg.Now(), Note: note}
}

func requestIDs(rows []store.RequestRow) []string {
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	return ids
}

func concat(gs [][]string) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g...)
	}
	return out
}

func minus(all, drop []string) []string {
	d := map[string]bool{}
	for _, x := range drop {
		d[x] = true
	}
	var out []string
	for _, x := range all {
		if !d[x] {
			out = append(out, x)
		}
	}
	return out
}
