package store

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var t0 = time.Date(2026, 4, 4, 9, 30, 0, 0, time.UTC)

func req(id, text, addr string, day int) tafkik.Request {
	return tafkik.Request{ID: id, District: "3", CreatedAt: t0.AddDate(0, 0, day), Category: "آسفالت",
		Text: text, Address: addr, Channel: "app"}
}

func sampleRequests() []tafkik.Request {
	return []tafkik.Request{
		req("1", "آسفالت کوچه خراب است", "گلسار، خیابان ۱۲۴، کوچه ۱۲", 0),
		req("2", "اسفالت كوچه دوازدهم خرابه", "گلسار 124", 1),
		req("3", "زباله جمع‌آوری نمی‌شود و هر شب پخش می‌شود", "منظریه", 2),
		req("4", "بوی گاز در کوچه", "پیرسرا", 3),
	}
}

func TestUpsertIsIdempotent(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	res, err := db.UpsertRequests(ctx, sampleRequests())
	if err != nil {
		t.Fatal(err)
	}
	if res.Inserted != 4 {
		t.Fatalf("first import: %+v", res)
	}
	res, err = db.UpsertRequests(ctx, sampleRequests())
	if err != nil {
		t.Fatal(err)
	}
	if res.Unchanged != 4 || res.Inserted != 0 || res.Updated != 0 {
		t.Fatalf("second import: %+v", res)
	}
	changed := sampleRequests()[:1]
	changed[0].Text = "آسفالت کوچه هنوز خراب است"
	if res, err = db.UpsertRequests(ctx, changed); err != nil || res.Updated != 1 {
		t.Fatalf("update: %+v %v", res, err)
	}
	if n, _ := db.CountRequests(ctx); n != 4 {
		t.Fatalf("count = %d, want 4", n)
	}
	got, err := db.Request(ctx, "1")
	if err != nil || got.Text != changed[0].Text || !got.CreatedAt.Equal(t0) || got.Status != tafkik.StatusNew {
		t.Fatalf("request 1 = %+v, %v", got, err)
	}
	// The search index follows the update: the old wording is gone, the new one found.
	rows, _, err := db.ListRequests(ctx, RequestQuery{Text: "هنوز"})
	if err != nil || len(rows) != 1 || rows[0].ID != "1" {
		t.Fatalf("search after update: %v %v", rows, err)
	}
	if _, err := db.Request(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing request: %v", err)
	}
}

func TestUpsertAllOrNothing(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	bad := append(sampleRequests(), tafkik.Request{ID: ""})
	if _, err := db.UpsertRequests(ctx, bad); !errors.Is(err, ErrInvalid) {
		t.Fatalf("want ErrInvalid, got %v", err)
	}
	if n, _ := db.CountRequests(ctx); n != 0 {
		t.Fatalf("a failed upsert wrote %d rows", n)
	}
}

// TestUpsertKeepsOwnDistrict: a database holds one district. A request of another district is
// counted and not written, one naming no district is the database's, and a database with no
// district yet takes the one it is told, or else the one its requests have or the import names.
// A new database given several districts' requests, with nothing saying which is its own,
// writes them all and stays without a district; told a district, it keeps that one's.
func TestUpsertKeepsOwnDistrict(t *testing.T) {
	ctx := context.Background()
	inDistrict := func(d string, rs ...tafkik.Request) []tafkik.Request {
		for i := range rs {
			rs[i].District = d
		}
		return rs
	}
	s := sampleRequests()
	mixed := func() []tafkik.Request {
		s := sampleRequests()
		return append(inDistrict("", s[0]), append(inDistrict("3", s[1], s[2]), inDistrict("5", s[3])...)...)
	}
	noMeta := func(t *testing.T, db *DB) {
		if _, err := db.db.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, MetaDistrict); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		// setup prepares the database: its meta district, requests already on record
		setup        func(t *testing.T, db *DB)
		want         string // the district the import is for ("" for none)
		reqs         []tafkik.Request
		wantDistrict string
		wantIDs      []string // the requests on record afterwards
		wantOther    map[string]int
		wantMixed    map[string]int
		wantErr      error
	}{
		{"a new database takes the one district named",
			func(*testing.T, *DB) {}, "",
			append(inDistrict("", s[0]), inDistrict("3", s[1], s[2])...),
			"3", []string{"1", "2", "3"}, nil, nil, nil},
		{"a new database given several districts keeps them all",
			func(*testing.T, *DB) {}, "",
			mixed(), "", []string{"1", "2", "3", "4"}, nil, map[string]int{"3": 2, "5": 1}, nil},
		{"a new database told its district keeps that one's",
			func(*testing.T, *DB) {}, "5",
			mixed(), "5", []string{"1", "4"}, map[string]int{"3": 2}, nil, nil},
		{"a district's database keeps out another's",
			func(t *testing.T, db *DB) {
				if err := db.SetMeta(ctx, MetaDistrict, "5"); err != nil {
					t.Fatal(err)
				}
			}, "",
			sampleRequests(), "5", nil, map[string]int{"3": 4}, nil, nil},
		{"a district's database refuses an import for another",
			func(t *testing.T, db *DB) {
				if err := db.SetMeta(ctx, MetaDistrict, "5"); err != nil {
					t.Fatal(err)
				}
			}, "3",
			sampleRequests(), "5", nil, nil, nil, ErrWrongDistrict},
		{"an older database takes its requests' district",
			func(t *testing.T, db *DB) {
				if _, err := db.UpsertRequests(ctx, inDistrict("7", req("9", "چاله", "", 0))); err != nil {
					t.Fatal(err)
				}
				noMeta(t, db)
			}, "",
			sampleRequests(), "7", []string{"9"}, map[string]int{"3": 4}, nil, nil},
		{"an older database refuses an import for another district",
			func(t *testing.T, db *DB) {
				if _, err := db.UpsertRequests(ctx, inDistrict("7", req("9", "چاله", "", 0))); err != nil {
					t.Fatal(err)
				}
				noMeta(t, db)
			}, "3",
			sampleRequests(), "", []string{"9"}, nil, nil, ErrWrongDistrict},
		{"a database of several districts stays so",
			func(t *testing.T, db *DB) {
				if _, err := db.UpsertRequests(ctx, append(inDistrict("7", req("9", "چاله", "", 0)), inDistrict("8", req("10", "چاله", "", 0))...)); err != nil {
					t.Fatal(err)
				}
			}, "",
			inDistrict("3", s[0]), "", []string{"1", "10", "9"}, nil, map[string]int{"3": 1}, nil},
		{"nothing names a district", func(*testing.T, *DB) {}, "", inDistrict("", s[0], s[1]), "", []string{"1", "2"}, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openTest(t)
			tt.setup(t, db)
			before := slices.Clone(tt.reqs)
			res, err := db.UpsertDistrictRequests(ctx, tt.want, tt.reqs)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if err == nil && (res.District != tt.wantDistrict || !maps.Equal(res.OtherDistrict, tt.wantOther) || !maps.Equal(res.Districts, tt.wantMixed)) {
				t.Errorf("district %q, others %v, several %v; want %q, %v, %v", res.District, res.OtherDistrict, res.Districts,
					tt.wantDistrict, tt.wantOther, tt.wantMixed)
			}
			if got, _ := db.Meta(ctx, MetaDistrict); got != tt.wantDistrict {
				t.Errorf("meta district %q, want %q", got, tt.wantDistrict)
			}
			all, err := db.AllRequests(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range all {
				ids = append(ids, r.ID)
				if tt.wantDistrict != "" && r.District != tt.wantDistrict {
					t.Errorf("request %s on record for district %q", r.ID, r.District)
				}
			}
			slices.Sort(ids)
			if !slices.Equal(ids, tt.wantIDs) {
				t.Errorf("on record %v, want %v", ids, tt.wantIDs)
			}
			if !slices.EqualFunc(before, tt.reqs, func(a, b tafkik.Request) bool { return a.District == b.District }) {
				t.Error("the caller's requests were changed")
			}
		})
	}
}

func TestSearchIsPersianAware(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.UpsertRequests(ctx, sampleRequests()); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		query string
		want  []string
	}{
		{"كوچه", []string{"1", "2", "4"}},    // Arabic kaf finds Persian
		{"کوچه", []string{"1", "2", "4"}},    // and Persian finds Arabic
		{"میشود", []string{"3"}},             // no ZWNJ finds ZWNJ
		{"نمی‌شود", []string{"3"}},           // ZWNJ finds ZWNJ
		{"124", []string{"1", "2"}},          // ASCII digits find Persian ones
		{"۱۲۴", []string{"1", "2"}},          // and the other way
		{"آسفالت گلسار", []string{"1", "2"}}, // every word must match; آ = ا
		{"گاز", []string{"4"}},
		{"۳", []string{"3"}},    // a request's id, typed with Persian digits
		{" 4 ", []string{"4"}},  // or ASCII ones, and spaces around
		{`"unbalanced OR`, nil}, // FTS syntax in input is not obeyed
		{"", []string{"1", "2", "3", "4"}},
	}
	for _, c := range cases {
		rows, total, err := db.ListRequests(ctx, RequestQuery{Text: c.query, OrderBy: "id"})
		if err != nil {
			t.Errorf("%q: %v", c.query, err)
			continue
		}
		var got []string
		for _, r := range rows {
			got = append(got, r.ID)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) || total != len(c.want) {
			t.Errorf("%q: got %v (total %d), want %v", c.query, got, total, c.want)
		}
	}
}

func TestStatusChangeIsAuditedAndQueued(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	db.Now = func() time.Time { return t0 }
	if _, err := db.UpsertRequests(ctx, sampleRequests()); err != nil {
		t.Fatal(err)
	}
	if err := db.SetRequestStatus(ctx, "clerk1", "1", tafkik.StatusReviewing, "بررسی شد"); err != nil {
		t.Fatal(err)
	}
	if err := db.SetRequestStatus(ctx, "clerk1", "1", tafkik.StatusNew, ""); err != nil {
		t.Fatal(err) // reviewing → new is allowed
	}
	if err := db.SetRequestStatus(ctx, "clerk1", "2", tafkik.StatusInProgress, ""); !errors.Is(err, ErrTransition) {
		t.Fatalf("new → in_progress: %v", err)
	}
	if err := db.SetRequestStatus(ctx, "clerk1", "zz", tafkik.StatusReviewing, ""); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
	h, err := db.History(ctx, "request", "1")
	if err != nil || len(h) != 2 || h[0].Actor != "clerk1" || h[0].Action != "status" {
		t.Fatalf("history: %+v %v", h, err)
	}
	notes, _ := db.Notes(ctx, "request", "1")
	if len(notes) != 1 || notes[0].Text != "بررسی شد" {
		t.Fatalf("notes: %+v", notes)
	}
	var pending int
	db.db.QueryRow(`SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND kind = 'set_status'`).Scan(&pending)
	if pending != 2 {
		t.Fatalf("outbox has %d status ops, want 2 (the refused change queues nothing)", pending)
	}
}

func groupAll(t *testing.T, db *DB) {
	t.Helper()
	ctx := context.Background()
	err := db.SaveGrouping(ctx, []tafkik.Issue{
		{ID: "I-1", Problem: "asphalt", Count: 2, FirstAt: t0, LastAt: t0.AddDate(0, 0, 1)},
		{ID: "I-3", Problem: "garbage", Count: 1, FirstAt: t0.AddDate(0, 0, 2), LastAt: t0.AddDate(0, 0, 2)},
		{ID: "I-4", Problem: "gas", Count: 1, Agency: tafkik.AgencyGas},
	}, []tafkik.Membership{{RequestID: "1", IssueID: "I-1"}, {RequestID: "2", IssueID: "I-1"},
		{RequestID: "3", IssueID: "I-3"}, {RequestID: "4", IssueID: "I-4"}})
	if err != nil {
		t.Fatal(err)
	}
}

func members(t *testing.T, db *DB) map[string]string {
	t.Helper()
	ms, err := db.Memberships(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for id, m := range ms {
		out[id] = m.IssueID
	}
	return out
}

func TestDecisionsRegroupAtOnce(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.UpsertRequests(ctx, sampleRequests()); err != nil {
		t.Fatal(err)
	}
	groupAll(t, db)
	// Merge the garbage issue into the asphalt one (a clerk's mistake, undone below).
	if err := db.AddDecision(ctx, tafkik.Decision{Kind: tafkik.DecisionSame, RequestIDs: []string{"1", "3"}, Actor: "c"}); err != nil {
		t.Fatal(err)
	}
	m := members(t, db)
	if m["3"] != "I-1" {
		t.Fatalf("after merge: %v", m)
	}
	if _, err := db.Issue(ctx, "I-3"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the emptied issue should be gone: %v", err)
	}
	is, _ := db.Issue(ctx, "I-1")
	if is.Count != 3 {
		t.Fatalf("merged count = %d", is.Count)
	}
	// Split it out again.
	if err := db.AddDecision(ctx, tafkik.Decision{Kind: tafkik.DecisionDifferent, RequestIDs: []string{"3"},
		Others: []string{"1", "2"}, Actor: "c"}); err != nil {
		t.Fatal(err)
	}
	m = members(t, db)
	if m["3"] == "I-1" || m["1"] != "I-1" || m["2"] != "I-1" {
		t.Fatalf("after split: %v", m)
	}
	is, _ = db.Issue(ctx, "I-1")
	if is.Count != 2 {
		t.Fatalf("count after split = %d", is.Count)
	}
	ds, err := db.Decisions(ctx)
	if err != nil || len(ds) != 2 || ds[1].Others[1] != "2" {
		t.Fatalf("decisions: %+v %v", ds, err)
	}
	// A regroup keeps the touched issue's status.
	if err := db.SetIssueStatus(ctx, "c", "I-1", tafkik.StatusAssigned, ""); err != nil {
		t.Fatal(err)
	}
	groupAll(t, db)
	if is, _ := db.Issue(ctx, "I-1"); is.Status != tafkik.StatusAssigned {
		t.Fatalf("regroup lost the status: %s", is.Status)
	}
	if err := db.AddDecision(ctx, tafkik.Decision{Kind: tafkik.DecisionSame, RequestIDs: []string{"1"}}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("a merge of one request: %v", err)
	}
}

func TestClerkFlagSurvivesEngine(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.UpsertRequests(ctx, sampleRequests()); err != nil {
		t.Fatal(err)
	}
	engine := []tafkik.Flag{{RequestID: "4", Agency: tafkik.AgencyGas, Confidence: 0.9, RuleID: "gas-smell", Words: []string{"بوی گاز"}},
		{RequestID: "3", Agency: tafkik.AgencyMunicipality, Confidence: 0.4, NeedsReview: true}}
	if err := db.SaveFlags(ctx, engine); err != nil {
		t.Fatal(err)
	}
	if err := db.DecideFlag(ctx, "clerk1", "3", tafkik.AgencyOther, "مربوط به بهداشت"); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveFlags(ctx, engine); err != nil { // a re-run
		t.Fatal(err)
	}
	f, err := db.Flag(ctx, "3")
	if err != nil || f.Agency != tafkik.AgencyOther || !f.Decided || f.DecidedBy != "clerk1" || f.NeedsReview {
		t.Fatalf("decided flag after re-run: %+v %v", f, err)
	}
	f, _ = db.Flag(ctx, "4")
	if f.Words[0] != "بوی گاز" {
		t.Fatalf("words: %+v", f)
	}
	if err := db.SaveFlags(ctx, []tafkik.Flag{{RequestID: "1", Agency: "fire"}}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("unknown agency: %v", err)
	}
	groupAll(t, db)
	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Requests != 4 || s.Issues != 3 || s.Outside != 2 || s.OutsideIssues != 2 || s.ByCategory["آسفالت"].Requests != 4 {
		t.Fatalf("stats: %+v", s)
	}
	// every request was filed as «آسفالت»; triage found three problems
	if a := s.ByProblem["asphalt"]; a.Requests != 2 || a.Issues != 1 || a.Outside != 0 {
		t.Fatalf("by problem asphalt: %+v", s.ByProblem)
	}
	if g := s.ByProblem["gas"]; g.Requests != 1 || g.Outside != 1 || len(s.ByProblem) != 3 {
		t.Fatalf("by problem: %+v", s.ByProblem)
	}
	rows, _, _ := db.ListRequests(ctx, RequestQuery{Agency: tafkik.AgencyMunicipality})
	if len(rows) != 2 {
		t.Fatalf("municipal requests: %d", len(rows))
	}
}

func TestNotesAndVisits(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.UpsertRequests(ctx, sampleRequests()); err != nil {
		t.Fatal(err)
	}
	groupAll(t, db)
	if err := db.AddVisit(ctx, tafkik.Visit{IssueID: "I-1", Author: "sup", Finding: "چاله بزرگ دیده شد"}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddNote(ctx, tafkik.Note{IssueID: "I-1", Author: "sup", Text: "اکیپ اعزام شود"}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddNote(ctx, tafkik.Note{IssueID: "I-404", Author: "sup", Text: "x"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("note on missing issue: %v", err)
	}
	if err := db.AddNote(ctx, tafkik.Note{IssueID: "I-1", RequestID: "1", Text: "x"}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("note on two things: %v", err)
	}
	v, _ := db.Visits(ctx, "I-1")
	n, _ := db.Notes(ctx, "issue", "I-1")
	h, _ := db.History(ctx, "issue", "I-1")
	if len(v) != 1 || len(n) != 1 || len(h) != 2 {
		t.Fatalf("visits %d notes %d history %d", len(v), len(n), len(h))
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "re.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.UpsertRequests(ctx, sampleRequests())
	dev := db.Device
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, _ := db.CountRequests(ctx); n != 4 || db.Device != dev {
		t.Fatalf("reopen: %d requests, device %q vs %q", n, db.Device, dev)
	}
	if ok, err := db.Check(ctx); ok != "ok" || err != nil {
		t.Fatalf("integrity: %s %v", ok, err)
	}
}

func BenchmarkUpsert100k(b *testing.B) {
	reqs := make([]tafkik.Request, 100000)
	for i := range reqs {
		reqs[i] = req(fmt.Sprint("R", i), fmt.Sprintf("آسفالت کوچه %d خیابان %d خراب است لطفا رسیدگی کنید", i%50, i%300),
			"گلسار، خیابان ۱۲۴", i%300)
	}
	for b.Loop() {
		b.StopTimer()
		db := openTest(b)
		b.StartTimer()
		if _, err := db.UpsertRequests(context.Background(), reqs); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSaveArrivals: new arrivals' memberships are added beside the grouping, the issues they
// joined take their new counts (a touched one keeps its status), and a request grouped
// meanwhile keeps its issue.
func TestSaveArrivals(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.UpsertRequests(ctx, sampleRequests()); err != nil {
		t.Fatal(err)
	}
	groupAll(t, db)
	if err := db.SetIssueStatus(ctx, "c", "I-1", tafkik.StatusAssigned, ""); err != nil {
		t.Fatal(err)
	}
	late := []tafkik.Request{req("5", "آسفالت کوچه ۱۲ هنوز خراب است", "گلسار، خیابان ۱۲۴، کوچه ۱۲", 4),
		req("6", "چاله بزرگ وسط خیابان", "پیرسرا، خیابان ۲۰", 4)}
	if _, err := db.UpsertRequests(ctx, late); err != nil {
		t.Fatal(err)
	}
	if n, err := db.UngroupedCount(ctx); err != nil || n != 2 {
		t.Fatalf("UngroupedCount = %d, %v; want 2", n, err)
	}
	before := members(t, db)
	err := db.SaveArrivals(ctx, []tafkik.Issue{
		{ID: "I-1", Problem: "asphalt", Count: 3, Status: tafkik.StatusNew, FirstAt: t0, LastAt: t0.AddDate(0, 0, 4)},
		{ID: "I-6", Problem: "pothole", Count: 1, FirstAt: t0.AddDate(0, 0, 4), LastAt: t0.AddDate(0, 0, 4)},
	}, []tafkik.Membership{{RequestID: "5", IssueID: "I-1", Score: 0.9, Reason: "همان کوچه"},
		{RequestID: "6", IssueID: "I-6", Score: 1},
		{RequestID: "2", IssueID: "I-6"}}) // grouped already: stays in I-1
	if err != nil {
		t.Fatal(err)
	}
	after := members(t, db)
	for id, is := range before {
		if after[id] != is {
			t.Errorf("%s moved from %s to %s", id, is, after[id])
		}
	}
	if after["5"] != "I-1" || after["6"] != "I-6" {
		t.Errorf("arrivals: %v", after)
	}
	is, err := db.Issue(ctx, "I-1")
	if err != nil {
		t.Fatal(err)
	}
	if is.Count != 3 || !is.LastAt.Equal(t0.AddDate(0, 0, 4)) || is.Status != tafkik.StatusAssigned {
		t.Errorf("I-1 after an arrival: %+v (want 3 requests, the new last date, the clerk's status)", is)
	}
	if n, err := db.UngroupedCount(ctx); err != nil || n != 0 {
		t.Errorf("UngroupedCount after = %d, %v", n, err)
	}
}

// TestIssueSearch: a clerk finds an issue by the words of its title or place, by its id, or
// by what one of its requests says, in any Persian spelling; every word must match.
func TestIssueSearch(t *testing.T) {
	ctx := context.Background()
	db := titledDistrict(t)
	cases := []struct {
		query string
		want  []string
	}{
		{"", []string{"I-1", "I-3", "I-4"}},
		{"اسفالت", []string{"I-1", "I-3", "I-4"}}, // آ = ا; every request's category
		{"پسماند", []string{"I-3"}},               // the title only
		{"كوچه 12", []string{"I-1"}},              // Arabic kaf, ASCII digits: the place
		{"کوچه ۱", []string{"I-1"}},               // a word's beginning: «۱۲»
		{"کوچه", []string{"I-1", "I-4"}},          // request 4's text
		{"منظریه", []string{"I-3"}},               // the place
		{"I-3", []string{"I-3"}},                  // the issue's id
		{"پخش", []string{"I-3"}},                  // a word of a request's text only
		{"دوازدهم", []string{"I-1"}},              // request 2's text
		{"گلسار زباله", nil},                      // every word must match one issue
		{"12 گاز", nil},                           // neither the title nor one request has both
		{"4", []string{"I-4"}},                    // the issue's id
		{"۲", []string{"I-1"}},                    // a request's id finds its issue
		{`"unbalanced OR %_`, nil},                // no FTS or LIKE syntax is obeyed
		{"ک", []string{"I-1", "I-4"}},             // «کوچه» begins with it
	}
	for _, c := range cases {
		list, err := db.ListIssues(ctx, IssueQuery{Text: c.query, OrderBy: "first_at"})
		if err != nil {
			t.Errorf("%q: %v", c.query, err)
			continue
		}
		got := issueIDs(list)
		slices.Sort(got)
		n, err := db.CountIssues(ctx, IssueQuery{Text: c.query})
		if fmt.Sprint(got) != fmt.Sprint(c.want) || n != len(c.want) || err != nil {
			t.Errorf("%q: got %v (count %d, %v), want %v", c.query, got, n, err, c.want)
		}
	}
}

// TestIssuesAtPlace: the issues at an issue's place are the candidates a clerk looks at for a
// merge: the same alley, the alley's street (its vaguer reports), the alley written without
// the neighbourhood, and, from a street, the alleys on it; not a neighbouring alley, not the
// neighbourhood at large, and not another neighbourhood's alley of the same number.
func TestIssuesAtPlace(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	keys := map[string]string{
		"alley":      "n:گلسار|s:124|a:12",
		"again":      "n:گلسار|s:124|a:12", // the same alley, months later
		"street":     "n:گلسار|s:124",
		"noarea":     "s:124|a:12",
		"next-alley": "n:گلسار|s:124|a:14",
		"area":       "n:گلسار",
		"other-area": "n:منظریه|s:124|a:12",
		"other-st":   "n:گلسار|s:126|a:12",
		"unknown":    "",
	}
	var issues []tafkik.Issue
	var members []tafkik.Membership
	var reqs []tafkik.Request
	for name, key := range keys {
		reqs = append(reqs, req("r-"+name, "آسفالت خراب است", "", 0))
		issues = append(issues, tafkik.Issue{ID: name, PlaceKey: key, Count: 1})
		members = append(members, tafkik.Membership{RequestID: "r-" + name, IssueID: name})
	}
	if _, err := db.UpsertRequests(ctx, reqs); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveGrouping(ctx, issues, members); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ key, want string }{
		{keys["alley"], "again alley noarea street"},
		{keys["noarea"], "again alley noarea other-area"}, // no neighbourhood: either one's
		{keys["street"], "again alley next-alley street"},
		{keys["area"], "again alley area next-alley other-st street"},
		{keys["other-area"], "noarea other-area"},
	} {
		list, err := db.ListIssues(ctx, IssueQuery{AtPlace: c.key, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		got := issueIDs(list)
		slices.Sort(got)
		if strings.Join(got, " ") != c.want {
			t.Errorf("at %q: %v, want %s", c.key, got, c.want)
		}
	}
}

func TestHasWordPrefixes(t *testing.T) {
	for _, c := range []struct {
		text, words string
		want        bool
	}{
		{"گلسار خیابان 124 کوچه 12", "کوچه 12", true},
		{"گلسار خیابان 124 کوچه 12", "ک 12 گل", true}, // abbreviations begin the words
		{"گلسار خیابان 124 کوچه 12", "24", false},     // inside a word, not at its start
		{"گلسار خیابان 124 کوچه 12", "کوچه 13", false},
		{"i 1404 a", "a", true},
		{"", "a", false},
		{"anything", "", true},
	} {
		if got := hasWordPrefixes(c.text, strings.Fields(c.words)); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.words, c.text, got, c.want)
		}
	}
}

// TestSourceIDs: the id a file wrote with Persian digits is kept beside the ASCII id, for the
// triage export; importing the request again with ASCII digits forgets it, and a request not
// stored is passed over.
func TestSourceIDs(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.UpsertRequests(ctx, sampleRequests()); err != nil {
		t.Fatal(err)
	}
	if err := db.SetSourceIDs(ctx, map[string]string{"1": "۱", "2": "٢", "9": "۹"}); err != nil {
		t.Fatal(err)
	}
	got, err := db.SourceIDs(ctx)
	if err != nil || len(got) != 2 || got["1"] != "۱" || got["2"] != "٢" {
		t.Fatalf("source ids %v, %v; want 1 → ۱ and 2 → ٢ (9 is not stored)", got, err)
	}
	if err := db.SetSourceIDs(ctx, map[string]string{"1": "", "3": ""}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.SourceIDs(ctx); len(got) != 1 || got["2"] != "٢" {
		t.Fatalf("after request 1 came again as 1: %v", got)
	}
}

// titledDistrict is sampleRequests grouped into three issues with titles, places and place
// keys, as a grouping run leaves them: I-1 (requests 1, 2), I-3 (3) and I-4 (4).
func titledDistrict(tb testing.TB) *DB {
	tb.Helper()
	ctx := context.Background()
	db := openTest(tb)
	if _, err := db.UpsertRequests(ctx, sampleRequests()); err != nil {
		tb.Fatal(err)
	}
	err := db.SaveGrouping(ctx, []tafkik.Issue{
		{ID: "I-1", Problem: "asphalt", Title: "آسفالت، کوچه ۱۲", Place: "گلسار، خیابان ۱۲۴، کوچه ۱۲", PlaceKey: "n:گلسار|s:124|a:12", Count: 2},
		{ID: "I-3", Problem: "garbage", Title: "پسماند", Place: "منظریه", PlaceKey: "n:منظریه", Count: 1},
		{ID: "I-4", Problem: "gas", Title: "بوی گاز", Place: "پیرسرا", PlaceKey: "n:پیرسرا", Count: 1, Agency: tafkik.AgencyGas},
	}, []tafkik.Membership{{RequestID: "1", IssueID: "I-1"}, {RequestID: "2", IssueID: "I-1"},
		{RequestID: "3", IssueID: "I-3"}, {RequestID: "4", IssueID: "I-4"}})
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

// TestIssuesBySilence: SilenceOrder lists first the issues with the longest time between two
// of their requests (the ones that may be two episodes), whatever their size; an issue of one
// request has no silence and comes last. Filters and the search still apply.
func TestIssuesBySilence(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	saveMembers(t, db, map[string][]member{
		"steady":   {{0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}}, // the biggest, never quiet for more than a day
		"episodes": {{0, 1}, {1, 1}, {31, 1}, {33, 1}},               // a month's silence
		"lull":     {{5, 1}, {25, 1}},                                // twenty days
		"single":   {{4, 1}},
	})
	for _, c := range []struct {
		q    IssueQuery
		want string
	}{
		{IssueQuery{OrderBy: SilenceOrder}, "episodes lull steady single"},
		{IssueQuery{OrderBy: "count"}, "steady episodes lull single"},
		{IssueQuery{OrderBy: SilenceOrder, Text: "lull steady"}, ""},
		{IssueQuery{OrderBy: SilenceOrder, Text: "آسفالت", Limit: 2}, "episodes lull"},
		{IssueQuery{OrderBy: SilenceOrder, Text: "steady-3"}, "steady"}, // a request's id
		{IssueQuery{OrderBy: SilenceOrder, Limit: 2, Offset: 2}, "steady single"},
	} {
		list, err := db.ListIssues(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		got := issueIDs(list)
		if strings.Join(got, " ") != c.want {
			t.Errorf("%+v: %v, want %s", c.q, got, c.want)
		}
	}
	for id, want := range map[string]time.Duration{"episodes": 30 * 24 * time.Hour, "lull": 20 * 24 * time.Hour, "single": 0} {
		if got, _, err := db.IssueReview(ctx, id); err != nil || got != want {
			t.Errorf("IssueReview(%s): silence %v, %v; want %v", id, got, err, want)
		}
	}
}

// TestIssuesByDoubtfulJoins: DoubtfulOrder lists first the issues with the most members
// joined on little evidence (tafkik.Membership.Doubtful), the bigger first among equals.
func TestIssuesByDoubtfulJoins(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	saveMembers(t, db, map[string][]member{
		"sure":     {{0, 1}, {1, 0.9}, {2, 0.8}, {3, 0.7}},
		"two":      {{0, 1}, {1, 0.5}, {2, 0.6}},
		"one":      {{0, 1}, {1, 0.6}},
		"one-big":  {{0, 1}, {1, 0.6}, {2, 0.9}, {3, 0.9}},
		"clerk's":  {{0, 1}, {1, 1}},
		"the edge": {{0, 1}, {1, tafkik.DoubtfulScore}}, // not under it
	})
	list, err := db.ListIssues(ctx, IssueQuery{OrderBy: DoubtfulOrder, Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	got := issueIDs(list)
	if strings.Join(got, " ") != "two one-big one" {
		t.Errorf("by doubtful joins: %v, want two one-big one", got)
	}
	for id, want := range map[string]int{"two": 2, "sure": 0, "the edge": 0} {
		if _, n, err := db.IssueReview(context.Background(), id); err != nil || n != want {
			t.Errorf("IssueReview(%s): %d doubtful, %v; want %d", id, n, err, want)
		}
	}
}

// member is one request of an issue saveMembers writes: its day after t0, its score.
type member struct {
	day   int
	score float64
}

// saveMembers saves a grouping of issues named by their ids (each titled so too), each
// request «<issue>-<n>» created on its day (with a fraction of a second, as times are stored).
func saveMembers(t *testing.T, db *DB, issues map[string][]member) {
	t.Helper()
	var is []tafkik.Issue
	var ms []tafkik.Membership
	var reqs []tafkik.Request
	for name, members := range issues {
		for i, m := range members {
			r := req(fmt.Sprintf("%s-%d", name, i), "آسفالت خراب است", "", m.day)
			r.CreatedAt = r.CreatedAt.Add(123456789 * time.Nanosecond)
			reqs = append(reqs, r)
			ms = append(ms, tafkik.Membership{RequestID: r.ID, IssueID: name, Score: m.score})
		}
		is = append(is, tafkik.Issue{ID: name, Title: name, Count: len(members)})
	}
	ctx := context.Background()
	if _, err := db.UpsertRequests(ctx, reqs); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveGrouping(ctx, is, ms); err != nil {
		t.Fatal(err)
	}
}

// issueIDs is the ids of list, in its order.
func issueIDs(list []tafkik.Issue) []string {
	var ids []string
	for _, is := range list {
		ids = append(ids, is.ID)
	}
	return ids
}
