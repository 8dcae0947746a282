package app

import (
	"context"
	"errors"
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/app/rtl"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage"
)

func TestFirstScreenByRole(t *testing.T) {
	db := openFixture(t)
	for _, c := range []struct {
		role Role
		want string
	}{{RoleClerk, ScreenInbox}, {RoleManager, ScreenDashboard}, {RoleSupervisor, ScreenSync}} {
		u := newTestUI(t, db, c.role)
		if u.Current() != c.want {
			t.Errorf("role %s starts on %s, want %s", c.role, u.Current(), c.want)
		}
	}
}

func TestRoleFromMeta(t *testing.T) {
	db := openFixture(t)
	if err := db.SetMeta(context.Background(), "role", "manager"); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, db, "")
	if u.Role() != RoleManager || u.Current() != ScreenDashboard {
		t.Fatalf("role %q on %s, want manager on dashboard", u.Role(), u.Current())
	}
}

func TestInboxSearchFilterSort(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	in := u.Inbox
	if in.Total() != 12 {
		t.Fatalf("inbox shows %d requests, want 12", in.Total())
	}
	if r, ok := in.Row(0); !ok || r.ID != "137-1404-000112" {
		t.Fatalf("newest first: row 0 = %q %v", r.ID, ok)
	}
	test.Type(in.search, "آسفالت")
	u.Wait()
	if in.Total() != 5 {
		t.Errorf("search «آسفالت»: %d rows, want 5", in.Total())
	}
	in.search.SetText("")                   // SetText does not fire OnChanged, as in Fyne's entry
	test.Type(in.search, "۱۳۷-۱۴۰۴-۰۰۰۱۰۹") // a tracking number read out on the phone
	u.Wait()
	if r, ok := in.Row(0); in.Total() != 1 || !ok || r.ID != "137-1404-000109" {
		t.Errorf("search by the tracking number: total %d, row 0 %q", in.Total(), r.ID)
	}
	in.search.SetText("")
	in.SetSearch("")
	u.Wait()
	in.SetAgency(tafkik.AgencyWater)
	u.Wait()
	if r, ok := in.Row(0); in.Total() != 1 || !ok || r.ID != "137-1404-000109" {
		t.Errorf("agency water: total %d row %q", in.Total(), r.ID)
	}
	in.SetAgency("")
	in.SetDates("۱۴۰۴/۱۲/۱۵", "1404/12/16") // 2026-03-06 .. 2026-03-07 in Tehran
	u.Wait()
	if in.Total() != 3 {
		t.Errorf("dates 1404/12/15..16: %d rows, want 3", in.Total())
	}
	in.SetDates("", "")
	in.SortBy(0) // id ascending
	u.Wait()
	if r, _ := in.Row(0); r.ID != "137-1404-000101" {
		t.Errorf("sort by id: row 0 = %s", r.ID)
	}
	in.SortBy(0)
	u.Wait()
	if r, _ := in.Row(0); r.ID != "137-1404-000112" {
		t.Errorf("sort by id desc: row 0 = %s", r.ID)
	}
	in.SortBy(7) // issue: I-A's three come first
	u.Wait()
	if r, _ := in.Row(0); r.IssueID != "I-A" {
		t.Errorf("sort by issue: row 0 is in %q", r.IssueID)
	}
	in.SetDates("1404/13/40", "")
	if u.LastError() == nil {
		t.Error("an impossible Jalali date was accepted")
	}
}

func TestRequestStatusAndNote(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	u.Inbox.Open(0)
	u.Wait()
	rv := u.Request
	if u.Current() != ScreenRequest || rv.Request().ID != "137-1404-000112" {
		t.Fatalf("open row 0: on %s with %q", u.Current(), rv.Request().ID)
	}
	rv.ChangeStatus(tafkik.StatusReviewing, "بررسی میدانی لازم است")
	u.Wait()
	rv.AddNote("با پیمانکار تماس گرفته شد")
	u.Wait()
	if rv.Request().Status != tafkik.StatusReviewing {
		t.Errorf("status %s, want reviewing", rv.Request().Status)
	}
	found := false
	for _, e := range rv.History() {
		found = found || strings.Contains(eventText(e), "بررسی میدانی لازم است") && strings.Contains(eventText(e), "در بررسی")
	}
	if !found {
		t.Errorf("no status change with its note in the history: %v", rv.History())
	}
	rv.ChangeStatus(tafkik.StatusNew, "") // reviewing → new is allowed
	u.Wait()
	rv.ChangeStatus(tafkik.StatusInProgress, "") // new → in_progress is not
	u.Wait()
	if u.LastError() == nil {
		t.Error("a forbidden status change was accepted")
	}
	if n, _ := db.PendingCount(context.Background()); n != 3 {
		t.Errorf("outbox holds %d ops, want 3 (two status changes and a note)", n)
	}
}

// A clerk merges the two issues of one alley's asphalt, splits one request out of the
// merged issue, and takes the split back.
func TestClerkMergesAndSplits(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	u.Show(ScreenIssues)
	u.Wait()
	is := u.Issues
	if len(is.List()) != 7 {
		t.Fatalf("%d issues listed, want 7", len(is.List()))
	}
	is.Check("I-A", true)
	is.Check("I-B", true)
	is.MergeChecked()
	u.Wait()
	if got := issueCount(t, db, "I-A"); got != 5 {
		t.Fatalf("after merge I-A has %d requests, want 5", got)
	}
	if len(is.List()) != 6 {
		t.Errorf("after merge %d issues listed, want 6", len(is.List()))
	}
	is.Open("I-A")
	u.Wait()
	if len(is.Members()) != 5 {
		t.Fatalf("opened I-A shows %d members", len(is.Members()))
	}
	is.Pick("137-1404-000104", true)
	is.SplitPicked()
	u.Wait()
	if got := issueCount(t, db, "I-A"); got != 4 {
		t.Errorf("after split I-A has %d requests, want 4", got)
	}
	ms, _ := db.Memberships(context.Background())
	if m := ms["137-1404-000104"]; m.IssueID == "I-A" || issueCount(t, db, m.IssueID) != 1 {
		t.Errorf("split request is in %s", m.IssueID)
	}
	if !is.CanUndo() {
		t.Fatal("nothing to undo after a split")
	}
	is.Undo()
	u.Wait()
	if got := issueCount(t, db, "I-A"); got != 5 {
		t.Errorf("after undoing the split I-A has %d requests, want 5", got)
	}
	is.Undo() // the merge
	u.Wait()
	if a, b := issueCount(t, db, "I-A"), len(is.List()); a != 3 || b != 7 {
		t.Errorf("after undoing the merge I-A has %d requests and %d issues are listed, want 3 and 7", a, b)
	}
	ds, _ := db.Decisions(context.Background())
	if len(ds) != 4 {
		t.Errorf("%d decisions recorded, want 4 (merge, split, and their undos)", len(ds))
	}
	for _, d := range ds {
		if d.Actor != "clerk-1" {
			t.Errorf("decision %s by %q", d.ID, d.Actor)
		}
	}
}

func TestNotDuplicate(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	u.Show(ScreenIssues)
	u.Wait()
	u.Issues.Open("I-C")
	u.Wait()
	u.Issues.Pick("137-1404-000108", true)
	u.Issues.NotDuplicatePicked()
	u.Wait()
	if got := issueCount(t, db, "I-C"); got != 2 {
		t.Errorf("I-C has %d requests, want 2", got)
	}
}

func TestClerkOverridesFlag(t *testing.T) {
	db := openFixture(t)
	ctx := context.Background()
	before, _ := db.Stats(ctx)
	u := newTestUI(t, db, RoleClerk)
	u.Show(ScreenJurisdiction)
	u.Wait()
	j := u.Jurisdiction
	if j.Counts()[tafkik.AgencyPower] != 1 || j.Counts()[tafkik.AgencyWater] != 1 {
		t.Fatalf("counts by agency: %v", j.Counts())
	}
	j.SetAgency(tafkik.AgencyPower)
	u.Wait()
	j.Select(0)
	u.Wait()
	if f := j.Flag(); f == nil || f.RuleID != "power.street_lighting" || len(f.Words) == 0 {
		t.Fatalf("flag on show: %+v", f)
	}
	// The alley's lights belong to the park the municipality runs: the clerk overrides.
	j.Override(tafkik.AgencyMunicipality, "چراغ پارک است")
	u.Wait()
	f, err := db.Flag(ctx, "137-1404-000110")
	if err != nil || !f.Decided || f.Agency != tafkik.AgencyMunicipality || f.DecidedBy != "clerk-1" {
		t.Fatalf("flag after override: %+v %v", f, err)
	}
	after, _ := db.Stats(ctx)
	if after.Outside != before.Outside-1 {
		t.Errorf("outside %d → %d, want one less", before.Outside, after.Outside)
	}
	// And refers the water request out.
	j.SetAgency(tafkik.AgencyWater)
	u.Wait()
	if is := j.Issues(); len(is) != 1 || is[0].ID != "I-D" {
		t.Errorf("water's open issues: %v", is)
	}
	j.Select(0)
	u.Wait()
	j.Refer("")
	u.Wait()
	r, _ := db.Request(ctx, "137-1404-000109")
	if r.Status != tafkik.StatusReferred {
		t.Errorf("referred request has status %s", r.Status)
	}
	path := filepath.Join(t.TempDir(), "water.xlsx")
	j.Export(path)
	u.Wait()
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := x.GetRows("ارجاع")
	if len(rows) != 2 || rows[1][0] != "137-1404-000109" {
		t.Errorf("referral sheet rows: %v", rows)
	}
	// the sheet goes to the water company: the caller's phone number stays in the district
	if len(rows) == 2 && (strings.Contains(rows[1][3], "۰۹۱۲") || !strings.Contains(rows[1][3], tafkik.RedactedPhone)) {
		t.Errorf("referral text %q: the phone number must be redacted", rows[1][3])
	}
}

func TestSupervisorChangesStatusOffline(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleSupervisor)
	f := u.Field
	if len(f.Issues()) != 7 {
		t.Fatalf("%d open issues for the field, want 7", len(f.Issues()))
	}
	for i, is := range f.Issues() {
		if is.ID == "I-C" {
			f.SelectIssue(i)
		}
	}
	f.SetIssueStatus(tafkik.StatusInProgress, "") // new → in_progress is not allowed
	u.Wait()
	if u.LastError() == nil {
		t.Error("a forbidden status change was accepted")
	}
	f.SetIssueStatus(tafkik.StatusAssigned, "پیمانکار فردا می‌آید")
	u.Wait()
	f.AddVisit("زباله هنوز جمع نشده")
	u.Wait()
	is, _ := db.Issue(context.Background(), "I-C")
	if is.Status != tafkik.StatusAssigned {
		t.Errorf("issue status %s, want assigned", is.Status)
	}
	if f.State().Pending != 2 {
		t.Errorf("pending shows %d, want 2", f.State().Pending)
	}
	if u.Field.State().Online {
		t.Error("shows online without a server")
	}
}

func TestManagerDashboardEqualsStats(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleManager)
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	d := u.Dashboard.Data()
	if d.Requests != s.Requests || d.Issues != s.Issues || d.Outside != s.Outside {
		t.Fatalf("dashboard %d/%d/%d, stats %d/%d/%d", d.Requests, d.Issues, d.Outside, s.Requests, s.Issues, s.Outside)
	}
	if d.Requests != 12 || d.Issues != 7 || d.Outside != 3 {
		t.Errorf("fixture numbers %d/%d/%d, want 12/7/3", d.Requests, d.Issues, d.Outside)
	}
	if u.Dashboard.reqN.Text != "۱۲" || u.Dashboard.issN.Text != "۷" {
		t.Errorf("big numbers read %q and %q", u.Dashboard.reqN.Text, u.Dashboard.issN.Text)
	}
	// by problem: every request counted once, under the problem's Persian title
	byProblem := 0
	for _, b := range d.ByProblem {
		byProblem += b.Requests
		if c, ok := s.ByProblem[b.Label]; ok && b.Label != "" {
			t.Errorf("bar %q is a code (%+v), want its Persian title", b.Label, c)
		}
	}
	if byProblem != s.Requests || len(d.ByProblem) == 0 {
		t.Errorf("problem bars hold %d requests, stats %d", byProblem, s.Requests)
	}
	weekly := 0
	for _, b := range d.Weekly {
		weekly += b.Requests
	}
	if weekly != 12 {
		t.Errorf("weekly trend sums to %d, want 12", weekly)
	}
	aged := 0
	for _, b := range d.Ageing {
		aged += b.Issues
	}
	if aged != s.OpenIssues {
		t.Errorf("ageing buckets hold %d issues, open issues %d", aged, s.OpenIssues)
	}
	// garbage (I-C) has a 2-day SLA and is 26 days old.
	found := false
	for _, is := range d.Overdue {
		found = found || is.ID == "I-C"
	}
	if !found {
		t.Error("I-C is not overdue")
	}
	path := filepath.Join(t.TempDir(), "dash.xlsx")
	u.Dashboard.Export(path)
	u.Wait()
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string]string{"B2": "12", "B3": "7", "B4": "3"} {
		if v, _ := x.GetCellValue("خلاصه", cell); v != want {
			t.Errorf("xlsx %s = %q, want %q", cell, v, want)
		}
	}
}

// A merge survives a full regrouping run from the issues screen.
// TestIssueSearchAndMerge: a clerk finds an issue by a word of its place, ticks it, finds
// another by what one of its requests says, and merges the two; the ticked issue stays
// listed through the second search. The list also orders by age and finds a request's id.
func TestIssueSearchAndMerge(t *testing.T) {
	db, u, is := issuesScreen(t, "")
	ids := func() string {
		var out []string
		for _, x := range is.List() {
			out = append(out, x.ID)
		}
		return strings.Join(out, " ")
	}
	if is.Total() != 7 || is.count.Text != "۷ مسئله" {
		t.Fatalf("all issues: total %d, count label %q", is.Total(), is.count.Text)
	}
	// The count, set after the row was first laid out, sits beside the search, not under it.
	if c, e := is.count, is.search; c.Position().X < e.Position().X+e.Size().Width || c.Size().Width < c.MinSize().Width {
		t.Errorf("count at x %.0f (width %.0f of %.0f) overlaps the search ending at %.0f",
			c.Position().X, c.Size().Width, c.MinSize().Width, e.Position().X+e.Size().Width)
	}
	test.Type(is.search, "منظریه")
	u.Wait()
	if got := ids(); got != "I-C" || is.Total() != 1 {
		t.Fatalf("«منظریه»: %q (total %d), want I-C", got, is.Total())
	}
	is.Check("I-C", true)
	is.search.SetText("")                // SetText does not fire OnChanged, as in Fyne's entry
	test.Type(is.search, "ترکيدگي لوله") // Arabic ye, as some keyboards type it: request 109's text
	u.Wait()
	if got := ids(); got != "I-C I-D" || is.Total() != 1 || is.count.Text != "۱ مسئله" {
		t.Fatalf("«ترکیدگی لوله» with I-C ticked: %q (total %d, %q), want the ticked I-C kept first, then I-D",
			got, is.Total(), is.count.Text)
	}
	is.Check("I-D", true)
	is.MergeChecked()
	u.Wait()
	if got := issueCount(t, db, "I-C"); got != 4 {
		t.Fatalf("after merge I-C has %d requests, want 4", got)
	}
	is.SetSearch("")
	u.Wait()
	if is.Total() != 6 {
		t.Errorf("after the merge and an empty search: %d issues, want 6", is.Total())
	}
	is.SetOrder("oldest")
	u.Wait()
	if l := is.List(); len(l) == 0 || l[0].ID != "I-A" {
		t.Errorf("oldest first: %q", ids())
	}
	is.SetOrder("last_at")
	u.Wait()
	if l := is.List(); len(l) == 0 || l[0].ID != "I-G" {
		t.Errorf("latest request first: %q", ids())
	}
	is.SetSearch("137-1404-000110") // a request's id finds its issue
	u.Wait()
	if got := ids(); got != "I-E" {
		t.Errorf("request 110's id: %q, want I-E", got)
	}
	is.SetSearch("گلسار منظریه") // no issue holds both
	u.Wait()
	if got := ids(); got != "" || is.count.Text != "۰ مسئله" {
		t.Errorf("«گلسار منظریه»: %q, %q", got, is.count.Text)
	}
}

// TestClerkMovesRequest: a request grouped into the wrong issue is moved, in one step, into
// the issue ticked in the list; the move can be undone, and moving a whole issue's requests
// empties it.
func TestClerkMovesRequest(t *testing.T) {
	db, u, is := issuesScreen(t, "I-A")
	is.Pick("137-1404-000103", true)
	is.MovePickedToChecked() // nothing ticked
	u.Wait()
	if u.LastError() == nil || issueCount(t, db, "I-A") != 3 {
		t.Fatalf("a move with no issue ticked: error %v, I-A has %d", u.LastError(), issueCount(t, db, "I-A"))
	}
	is.Check("I-B", true)
	is.MovePickedToChecked()
	u.Wait()
	ms, _ := db.Memberships(context.Background())
	if a, b := issueCount(t, db, "I-A"), issueCount(t, db, "I-B"); a != 2 || b != 3 || ms["137-1404-000103"].IssueID != "I-B" {
		t.Fatalf("after the move I-A has %d, I-B %d, request 103 is in %s; want 2, 3, I-B", a, b, ms["137-1404-000103"].IssueID)
	}
	if is.checked["I-B"] || len(is.picked) != 0 {
		t.Errorf("ticks left after the move: %v %v", is.checked, is.picked)
	}
	is.Undo()
	u.Wait()
	ms, _ = db.Memberships(context.Background())
	if a, b := issueCount(t, db, "I-A"), issueCount(t, db, "I-B"); a != 3 || b != 2 || ms["137-1404-000103"].IssueID != "I-A" {
		t.Fatalf("after undoing the move I-A has %d, I-B %d, request 103 is in %s", a, b, ms["137-1404-000103"].IssueID)
	}
	// All of I-E's requests (one) into I-G: I-E is gone.
	is.Open("I-E")
	u.Wait()
	is.Pick("137-1404-000110", true)
	is.Check("I-G", true)
	is.Check("I-C", true)
	is.MovePickedToChecked() // two issues ticked: which one?
	u.Wait()
	if u.LastError() == nil || issueCount(t, db, "I-E") != 1 {
		t.Fatalf("a move with two issues ticked: error %v", u.LastError())
	}
	is.Check("I-C", false)
	is.MovePickedToChecked()
	u.Wait()
	if g := issueCount(t, db, "I-G"); g != 2 {
		t.Errorf("after moving I-E's request, I-G has %d, want 2", g)
	}
	if _, err := db.Issue(context.Background(), "I-E"); err == nil {
		t.Error("I-E still listed with no requests")
	}
}

// TestSamePlaceCandidates: from an issue, the clerk lists the issues at its place (here the
// alley's and its street's vaguer one), the opened issue ticked, and merges with one more
// tick; pressed again, the button lists every issue. An issue with no known place says so.
func TestSamePlaceCandidates(t *testing.T) {
	db, u, is := issuesScreen(t, "I-A")
	test.Type(is.search, "منظریه") // a search under way is left for the place
	u.Wait()
	is.ToggleSamePlace()
	u.Wait()
	var got []string
	for _, x := range is.List() {
		got = append(got, x.ID)
	}
	if strings.Join(got, " ") != "I-A I-B" || !is.checked["I-A"] || is.search.Text != "" || is.count.Text != "۲ مسئله در همین مکان" {
		t.Fatalf("at I-A's place: %v, ticked %v, search %q, count %q", got, is.checked, is.search.Text, is.count.Text)
	}
	// I-B's row says how it stands to the opened I-A: the same problem, the next day
	what, where := newCell(""), newCell("")
	is.updateIssueRow(1, what, where, widget.NewCheck("", nil))
	if !strings.HasSuffix(where.Text, "همان مشکل، در همان روزها") {
		t.Errorf("I-B's row at I-A's place: %q", where.Text)
	}
	is.Check("I-B", true)
	is.MergeChecked()
	u.Wait()
	if n := issueCount(t, db, "I-A"); n != 5 {
		t.Errorf("after the merge I-A has %d requests, want 5", n)
	}
	is.ToggleSamePlace() // back to every issue
	u.Wait()
	if is.AtPlace() != "" || is.Total() != 6 || is.placeBtn.Label != samePlaceLabel {
		t.Errorf("after leaving the place: at %q, %d issues, button %q", is.AtPlace(), is.Total(), is.placeBtn.Label)
	}
	is.Open("I-G") // no place known
	u.Wait()
	is.ToggleSamePlace()
	u.Wait()
	if u.LastError() == nil || is.AtPlace() != "" {
		t.Errorf("an issue with no place: error %v, at %q", u.LastError(), is.AtPlace())
	}
}

func TestRegroupKeepsMerge(t *testing.T) {
	db := openFixture(t)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	runs := 0
	u := New(w, Config{Store: db, Actor: "clerk-1", Role: RoleClerk, Now: func() time.Time { return testNow }, inline: true,
		Regroup: func(ctx context.Context, progress func(int, int)) error {
			runs++
			_, err := triage.Run(ctx, db, triage.RunOptions{}, progress)
			return err
		}})
	defer u.Close()
	u.Show(ScreenIssues)
	u.Issues.Merge("I-A", "I-C") // asphalt and garbage: only a clerk's word puts them together
	u.Issues.Regroup()
	if err := u.LastError(); err != nil || runs != 1 {
		t.Fatalf("regroup: %v after %d runs", err, runs)
	}
	ms, err := db.Memberships(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if a, c := ms["137-1404-000101"].IssueID, ms["137-1404-000106"].IssueID; a == "" || a != c {
		t.Errorf("after regrouping the merged requests are in %q and %q", a, c)
	}
}

func TestSLAFromMetaAndCtrlF(t *testing.T) {
	db := openFixture(t)
	// Garbage gets a month: I-C (26 days old) is no longer overdue.
	if err := db.SetMeta(context.Background(), "sla_days", `{"garbage": 30}`); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, db, RoleManager)
	for _, is := range u.Dashboard.Data().Overdue {
		if is.ID == "I-C" {
			t.Error("I-C overdue despite a 30-day SLA for garbage")
		}
	}
	u.FocusSearch()
	if u.Current() != ScreenInbox || u.win.Canvas().Focused() != u.Inbox.search {
		t.Errorf("Ctrl+F: on %s, focus %v", u.Current(), u.win.Canvas().Focused())
	}
	u.Show(ScreenIssues) // on the issue list, its own search
	u.Wait()
	u.FocusSearch()
	if u.Current() != ScreenIssues || u.win.Canvas().Focused() != u.Issues.search {
		t.Errorf("Ctrl+F on the issues: on %s, focus %v", u.Current(), u.win.Canvas().Focused())
	}
}

func TestIssueInInboxAndClearFilters(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	if opts := u.Inbox.category.Options; len(opts) < 2 || opts[0] != allOption {
		t.Fatalf("category filter options: %v", opts)
	}
	u.Show(ScreenIssues)
	u.Issues.Open("I-A")
	u.Issues.ShowInInbox()
	if u.Current() != ScreenInbox || u.Inbox.Total() != 3 {
		t.Fatalf("issue I-A in the inbox: on %s with %d rows", u.Current(), u.Inbox.Total())
	}
	u.Inbox.SetStatus(tafkik.StatusResolved)
	if u.Inbox.Total() != 0 {
		t.Errorf("resolved requests of I-A: %d", u.Inbox.Total())
	}
	u.Inbox.ClearFilters()
	if q := u.Inbox.Query(); u.Inbox.Total() != 12 || q.IssueID != "" || q.Status != "" {
		t.Errorf("after clearing: %d rows, query %+v", u.Inbox.Total(), q)
	}
}

func TestImportFile(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	u.Inbox.Import(filepath.Join("testdata", "import.jsonl"))
	if err := u.LastError(); err != nil {
		t.Fatal(err)
	}
	res := u.Inbox.lastImport
	if res == nil || res.Inserted != 1 || res.Bad != 1 || res.Unchanged+res.Updated != 1 || res.OtherDistrict != 1 {
		t.Fatalf("import result %+v, want 1 new, 1 bad, 1 known, 1 of another district", res)
	}
	if msg := u.message.Text; !strings.Contains(msg, "۱ درخواست منطقه‌های دیگر وارد نشد") || !strings.Contains(msg, "منطقهٔ ۳") {
		t.Errorf("message %q does not tell of the other district's request", msg)
	}
	if u.Inbox.Total() != 13 {
		t.Errorf("inbox shows %d requests after the import, want 13", u.Inbox.Total())
	}
}

// TestImportSeveralDistricts: a new database (no sync, no demo) given a file of two districts'
// requests keeps them all, since nothing says which is this device's, and the message says so.
func TestImportSeveralDistricts(t *testing.T) {
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	u := newTestUI(t, db, RoleClerk)
	u.Inbox.Import(filepath.Join("testdata", "import.jsonl"))
	if err := u.LastError(); err != nil {
		t.Fatal(err)
	}
	if res := u.Inbox.lastImport; res == nil || res.Inserted != 3 || res.OtherDistrict != 0 || res.Districts != 2 {
		t.Fatalf("import result %+v, want 3 new of 2 districts", res)
	}
	if msg := u.message.Text; !strings.Contains(msg, "درخواست‌های ۲ منطقه همه وارد شد") {
		t.Errorf("message %q does not tell of the two districts", msg)
	}
}

// Long work runs off the UI thread and stops when the clerk cancels it.
func TestLongWorkCancels(t *testing.T) {
	db := openFixture(t)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	started := make(chan struct{})
	u := New(w, Config{Store: db, Role: RoleClerk, Now: func() time.Time { return testNow },
		Regroup: func(ctx context.Context, progress func(int, int)) error {
			progress(1, 10)
			close(started)
			<-ctx.Done() // a long regrouping that only ends when cancelled
			return ctx.Err()
		}})
	defer u.Close()
	u.Wait()
	u.Issues.Regroup()
	<-started
	if !u.busyBox.Visible() {
		t.Error("no progress bar while regrouping")
	}
	u.CancelWork()
	u.Wait()
	if !errors.Is(u.LastError(), context.Canceled) || u.message.Text != "لغو شد." {
		t.Errorf("after cancel: err %v, message %q", u.LastError(), u.message.Text)
	}
	if u.busyBox.Visible() || u.workStop != nil {
		t.Error("progress bar still up after cancel")
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("a cancelled job opened an error dialog")
	}
}

func TestManagerReadsOnly(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleManager)
	u.Request.Open("137-1404-000101")
	u.Request.ChangeStatus(tafkik.StatusReviewing, "")
	if !errors.Is(u.LastError(), errReadOnly) {
		t.Errorf("manager's status change: %v", u.LastError())
	}
	u.Issues.Merge("I-A", "I-B")
	if n, _ := db.PendingCount(context.Background()); n != 0 {
		t.Errorf("a manager's device queued %d ops", n)
	}
}

func TestSyncSettings(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleSupervisor)
	u.Field.SaveSettings(" http://127.0.0.1:8137 ", "/home/clerk/token")
	ctx := context.Background()
	if v, _ := db.Meta(ctx, "server_url"); v != "http://127.0.0.1:8137" {
		t.Errorf("server_url %q", v)
	}
	if v, _ := db.Meta(ctx, "token_file"); v != "/home/clerk/token" {
		t.Errorf("token_file %q", v)
	}
	if !strings.HasPrefix(u.Field.district.Text, "۳ ") {
		t.Errorf("district shows %q, want the token's 3", u.Field.district.Text)
	}
	u.Field.SyncNow() // no engine configured
	if u.LastError() == nil {
		t.Error("sync without a server reported no error")
	}
}

// Every screen fits an office's 1366×768 screen: its minimum width never forces the window
// wider (the dashboard once did, with a long issue line in a button).
func TestScreensFit1366(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	for _, name := range Screens {
		u.Show(name)
		switch name {
		case ScreenIssues:
			u.Issues.Open("I-A")
			u.Wait()
			u.Issues.count.SetText(issueCountText(99999, issueListLimit))          // its longest
			u.Issues.undoBtn.SetLabel(undoLabel("«تکراری نیست» برای ۱۲۳ درخواست")) // its longest
			u.Issues.placeBtn.SetLabel(samePlaceLabel)
		case ScreenJurisdiction:
			u.Jurisdiction.Select(0)
		case ScreenRequest:
			u.Request.Open("137-1404-000101")
		}
		min := u.win.Content().MinSize()
		if min.Width > 1366 || min.Height > 768 {
			t.Errorf("%s needs %.0f×%.0f", name, min.Width, min.Height)
		}
		if img := u.win.Canvas().Capture(); blank(img) {
			t.Errorf("%s draws nothing", name)
		}
	}
}

// TestRequestWithoutText: a request with no text (the app's category and pin alone) says so
// in the inbox and on its page, rather than showing an empty cell.
func TestRequestWithoutText(t *testing.T) {
	db := openFixture(t)
	ctx := context.Background()
	r := tafkik.Request{ID: "137-1404-000900", District: "3", CreatedAt: testNow.Add(-time.Hour), Category: "آسفالت",
		Address: "گلسار، کوچه ۱۲", Lat: 37.28, Lon: 49.58, HasLocation: true}
	if _, err := db.UpsertRequests(ctx, []tafkik.Request{r}); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, db, RoleClerk)
	u.Request.Open(r.ID)
	if got := u.Request.text.Text; got != noText {
		t.Errorf("request page shows %q as its text, want %q", got, noText)
	}
	rows, _, err := db.ListRequests(ctx, store.RequestQuery{Category: "آسفالت"})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(rows, func(row store.RequestRow) bool { return row.ID == r.ID })
	if i < 0 {
		t.Fatalf("request %s not listed", r.ID)
	}
	for _, c := range inboxColumns {
		if c.title == "متن درخواست" && c.cell(rows[i]) != noText {
			t.Errorf("inbox text cell %q, want %q", c.cell(rows[i]), noText)
		}
	}
}

// TestImportUnknownStatus: a row whose status word is not known is imported all the same, with
// no status, and the message says so with its line.
func TestImportUnknownStatus(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	u.Inbox.Import(filepath.Join("testdata", "import-status.jsonl"))
	if err := u.LastError(); err != nil {
		t.Fatal(err)
	}
	if res := u.Inbox.lastImport; res == nil || res.Inserted != 1 || res.Bad != 0 || res.Warned != 1 {
		t.Fatalf("import result %+v, want 1 new, read with a warning", res)
	}
	if msg := u.message.Text; !strings.Contains(msg, "۱ ردیف با بخشی ناخوانا وارد شد") || !strings.Contains(msg, "سطر ۱، وضعیت: وضعیت «خیلی بد» شناخته نیست") {
		t.Errorf("message %q does not tell of the unknown status", msg)
	}
}

// TestImportReport: an import with rows rejected or partly read shows a report listing each in
// Persian, by file and line, the status bar having room for the first only.
func TestImportReport(t *testing.T) {
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	u.Inbox.Import(filepath.Join("..", "store", "exchange", "testdata", "mixed.jsonl"))
	if err := u.LastError(); err != nil {
		t.Fatal(err)
	}
	res := u.Inbox.lastImport
	if res == nil || res.Bad != 8 || res.Warned != 3 || len(res.Problems) != 11 {
		t.Fatalf("import result %+v, want 8 rejected and 3 partly read rows listed", res)
	}
	if want := "کنار گذاشته شد: mixed.jsonl، سطر ۵، تاریخ ثبت: «دیروز عصر» تاریخی خوانا نیست"; !strings.HasPrefix(res.Problems[3], want) {
		t.Errorf("fourth problem %q, want it to start %q", res.Problems[3], want)
	}
	if want := "وارد شد، جز این: mixed.jsonl، سطر ۸، وضعیت: وضعیت «lost» شناخته نیست؛ بی‌وضعیت وارد شد"; res.Problems[6] != want {
		t.Errorf("seventh problem %q, want %q", res.Problems[6], want)
	}
	if u.Inbox.report == nil || u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no import report shown")
	}
	if *updateImportReport {
		u.win.Resize(fyne.NewSize(1000, 600))
		writePNG(t, "/tmp/import-report.png", u.win.Canvas().Capture())
	}
	// an import with nothing wrong shows none
	u.Inbox.report.Hide()
	u.Inbox.report = nil
	u.Inbox.Import(filepath.Join("..", "store", "exchange", "testdata", "good.jsonl"))
	if u.Inbox.report != nil {
		t.Error("a report shown for an import with nothing wrong")
	}
	// good.jsonl writes one id with Persian digits: the triage export will write it so
	if src, err := db.SourceIDs(context.Background()); err != nil || len(src) != 1 || src["1405021400003"] != "۱۴۰۵۰۲۱۴۰۰۰۰۳" {
		t.Errorf("ids as the file wrote them: %v, %v", src, err)
	}
}

var updateImportReport = flag.Bool("import-report-png", false, "write the import report's rendering to /tmp/import-report.png, to look at")

var silencePNG = flag.Bool("silence-png", false, "write the issue screen with a long silence to /tmp/silence.png, to look at")

// TestPickAfterSilence: an issue whose requests fall silent for weeks and start again shows
// the silence (in its fields and at the member after it), lists first in the «طولانی‌ترین
// سکوت» order, and ticks the requests after it in one press, which the clerk then splits off
// as another episode; with no long silence left neither is shown, and a press says why.
func TestPickAfterSilence(t *testing.T) {
	db, u, is := issuesScreen(t, "")
	ctx := context.Background()
	late := tafkik.Request{ID: "137-1404-000120", District: "3", CreatedAt: time.Date(2026, 4, 5, 12, 0, 0, 0, time.UTC),
		Category: "آسفالت", Text: "باز هم آسفالت کوچه ۱۲ خراب شده", Address: "گلسار، خیابان ۱۲۴، کوچه ۱۲", Channel: "app"}
	if _, err := db.UpsertRequests(ctx, []tafkik.Request{late}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddDecision(ctx, tafkik.Decision{Kind: tafkik.DecisionSame, RequestIDs: []string{"137-1404-000101", late.ID}, Actor: "test"}); err != nil {
		t.Fatal(err)
	}
	is.SetOrder(store.SilenceOrder)
	u.Wait()
	if l := is.List(); len(l) == 0 || l[0].ID != "I-A" || is.orderSel.Selected != "طولانی‌ترین سکوت" {
		t.Fatalf("by longest silence the list starts %v, want I-A; the order reads %q", l, is.orderSel.Selected)
	}
	is.Open("I-A")
	u.Wait()
	if len(is.Members()) != 4 {
		t.Fatalf("I-A has %d members, want 4", len(is.Members()))
	}
	fields := strings.Join(labelTexts(is.info), " | ")
	if !strings.Contains(fields, "۳۳ روز، تا ۱۴۰۵/۰۱/۱۶ | طولانی‌ترین سکوت:") {
		t.Errorf("fields %q: no silence of 33 days up to 1405/01/16", fields)
	}
	row, why := newCell(""), newCell("")
	is.updateMemberRow(3, row, why, widget.NewCheck("", nil))
	if !strings.HasPrefix(row.Text, "۱۴۰۵/۰۱/۱۶ (پس از ۳۳ روز سکوت) — ") || !strings.HasPrefix(why.Text, "چرا: تصمیم کارشناس |") {
		t.Errorf("the member after the silence reads %q, %q", row.Text, why.Text)
	}
	is.updateMemberRow(1, row, why, widget.NewCheck("", nil))
	if strings.Contains(row.Text, "سکوت") {
		t.Errorf("a member a day after the one before reads %q", row.Text)
	}
	if !holds(is.info, is.afterBtn) {
		t.Fatal("no button beside a silence of 33 days")
	}
	is.Pick("137-1404-000102", true) // ticked before: the press replaces the ticks
	test.Tap(is.afterBtn)
	if got := is.pickedIDs(); len(got) != 1 || got[0] != late.ID {
		t.Fatalf("ticked %v, want only %s", got, late.ID)
	}
	if *silencePNG {
		u.win.Resize(fyne.NewSize(1366, 740))
		is.detail.Refresh()
		writePNG(t, "/tmp/silence.png", u.win.Canvas().Capture())
	}
	is.SplitPicked()
	u.Wait()
	ms, _ := db.Memberships(ctx)
	if issueCount(t, db, "I-A") != 3 || ms[late.ID].IssueID == "I-A" {
		t.Fatalf("after the split I-A has %d, the late request is in %s", issueCount(t, db, "I-A"), ms[late.ID].IssueID)
	}
	if holds(is.info, is.afterBtn) || strings.Contains(strings.Join(labelTexts(is.info), " "), "سکوت") {
		t.Error("no silence left, yet the silence or its button is shown")
	}
	is.PickAfterSilence()
	if u.LastError() == nil || len(is.picked) != 0 {
		t.Errorf("pressed with no long silence: error %v, ticked %v", u.LastError(), is.picked)
	}
}

// holds reports whether target is o or under it.
func holds(o, target fyne.CanvasObject) bool {
	if o == target {
		return true
	}
	if c, ok := o.(*fyne.Container); ok {
		return slices.ContainsFunc(c.Objects, func(x fyne.CanvasObject) bool { return holds(x, target) })
	}
	return false
}

// labelTexts is the text of every label under o, in order.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	switch x := o.(type) {
	case *rtl.Label:
		out = append(out, x.Text)
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, labelTexts(c)...)
		}
	}
	return out
}

// TestCtrlZUndoes: Ctrl+Z on the issue list takes back the last split, as its button does,
// and says so in the footer; on another screen it leaves the grouping be.
func TestCtrlZUndoes(t *testing.T) {
	db, u, is := issuesScreen(t, "I-A")
	u.UndoShortcut() // nothing to take back yet
	u.Wait()
	if issueCount(t, db, "I-A") != 3 {
		t.Fatalf("Ctrl+Z with nothing done changed I-A to %d", issueCount(t, db, "I-A"))
	}
	is.Split([]string{"137-1404-000103"})
	u.Wait()
	u.Show(ScreenInbox)
	u.UndoShortcut()
	u.Wait()
	if issueCount(t, db, "I-A") != 2 {
		t.Fatalf("Ctrl+Z in the inbox undid the split: I-A has %d", issueCount(t, db, "I-A"))
	}
	u.Show(ScreenIssues)
	u.Wait()
	u.UndoShortcut()
	u.Wait()
	if issueCount(t, db, "I-A") != 3 || is.CanUndo() {
		t.Fatalf("after Ctrl+Z on the issues I-A has %d, undo left %v", issueCount(t, db, "I-A"), is.CanUndo())
	}
	if m := u.message.Text; !strings.Contains(m, "برگرداندن «جدا کردن ۱ درخواست»") {
		t.Errorf("footer %q", m)
	}
}

var doubtfulPNG = flag.Bool("doubtful-png", false, "write the issue screen with doubtful joins ticked to /tmp/doubtful.png, to look at")

// TestDoubtfulJoins: a member joined on little evidence says so in its reason line, the
// «بیشترین پیوستن نامطمئن» order lists first the issues with most of them, the issue counts
// them and ticks them in one press, and once the clerk confirms them they are doubtful no more.
func TestDoubtfulJoins(t *testing.T) {
	db, u, is := issuesScreen(t, "")
	fx := loadFixture(t)
	for i, m := range fx.Members {
		if m.RequestID == "137-1404-000107" || m.RequestID == "137-1404-000108" {
			fx.Members[i].Score, fx.Members[i].Reason = 0.55, "همان محله، تنها موضوع مشابه؛ زباله"
		}
	}
	if err := db.SaveGrouping(context.Background(), fx.Issues, fx.Members); err != nil {
		t.Fatal(err)
	}
	is.SetOrder(store.DoubtfulOrder)
	u.Wait()
	if l := is.List(); len(l) == 0 || l[0].ID != "I-C" {
		t.Fatalf("by doubtful joins the list starts %v, want I-C", l)
	}
	is.Open("I-C")
	u.Wait()
	var whys []string
	for i := range is.Members() {
		row, why := newCell(""), newCell("")
		is.updateMemberRow(i, row, why, widget.NewCheck("", nil))
		whys = append(whys, why.Text)
	}
	if len(whys) != 3 || strings.HasPrefix(whys[0], "چرا (نامطمئن)") ||
		!strings.HasPrefix(whys[1], "چرا (نامطمئن): همان محله، تنها موضوع مشابه") || !strings.HasPrefix(whys[2], "چرا (نامطمئن): ") {
		t.Errorf("reason lines %q", whys)
	}
	// the count beside a button that ticks them; confirmed, they are no longer doubtful
	if fields := strings.Join(labelTexts(is.info), " | "); !strings.Contains(fields, "۲ درخواست | پیوستن نامطمئن:") || !holds(is.info, is.doubtBtn) {
		t.Fatalf("fields %q, button shown %v", fields, holds(is.info, is.doubtBtn))
	}
	is.Pick("137-1404-000106", true)
	test.Tap(is.doubtBtn)
	if *doubtfulPNG {
		u.win.Resize(fyne.NewSize(1366, 740))
		is.detail.Refresh()
		writePNG(t, "/tmp/doubtful.png", u.win.Canvas().Capture())
	}
	if got := strings.Join(is.pickedIDs(), " "); got != "137-1404-000107 137-1404-000108" {
		t.Fatalf("ticked %s, want the two doubtful ones only", got)
	}
	is.ConfirmPicked()
	u.Wait()
	if holds(is.info, is.doubtBtn) || len(is.doubtful()) != 0 || issueCount(t, db, "I-C") != 3 {
		t.Errorf("after confirming: doubtful %v, button shown %v, I-C has %d", is.doubtful(), holds(is.info, is.doubtBtn), issueCount(t, db, "I-C"))
	}
	is.PickDoubtful()
	if u.LastError() == nil || len(is.picked) != 0 {
		t.Errorf("ticking doubtful ones where none are: error %v, ticked %v", u.LastError(), is.picked)
	}
}

// TestConfirmDoubtful: a clerk ticks a doubtful member and confirms it belongs: nothing moves,
// it is no longer doubtful, and the decision is a "same" one, which every regrouping keeps
// (TestRunKeepsClerkDecisions).
func TestConfirmDoubtful(t *testing.T) {
	db, u, is := issuesScreen(t, "I-C")
	ctx := context.Background()
	is.ConfirmPicked() // nothing ticked
	u.Wait()
	if u.LastError() == nil {
		t.Fatal("a confirmation with nothing ticked gave no error")
	}
	is.Pick("137-1404-000108", true)
	is.ConfirmPicked()
	u.Wait()
	ms, err := db.Memberships(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := ms["137-1404-000108"]
	if issueCount(t, db, "I-C") != 3 || m.IssueID != "I-C" || m.Doubtful() || len(is.picked) != 0 {
		t.Fatalf("after the confirmation I-C has %d, 108 is %+v, ticks %v", issueCount(t, db, "I-C"), m, is.picked)
	}
	ds, err := db.Decisions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Kind != tafkik.DecisionSame || !slices.Contains(ds[0].RequestIDs, "137-1404-000108") {
		t.Errorf("decisions %+v, want one \"same\" with 108", ds)
	}
	if !strings.Contains(u.message.Text, "تأیید ۱ درخواست در همین مسئله") {
		t.Errorf("footer %q", u.message.Text)
	}
}
