package client

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
	"github.com/tafkik/tafkik/sync/protocol/apitest"
)

func TestFreshClientPullsDistrict(t *testing.T) {
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 120))
	tc.importRequests(districtRequests("5", 0, 30))
	_, secret := tc.token("3", protocol.RoleClerk)
	d := newDevice(t, tc, secret, nil)
	var states []State
	cancel := d.eng.Subscribe(func(s State) { states = append(states, s) })
	defer cancel()
	d.mustSync()
	ctx := context.Background()
	if n, _ := d.db.CountRequests(ctx); n != 120 {
		t.Fatalf("pulled %d requests, want 120 (district 3 only)", n)
	}
	if dist, _ := d.db.Meta(ctx, "district"); dist != "3" {
		t.Errorf("district = %q, want it from the token", dist)
	}
	st := d.eng.State()
	if !st.Online || st.Err != nil || st.LastSuccess.IsZero() || st.Pending != 0 {
		t.Errorf("state = %+v", st)
	}
	if len(states) < 4 { // initial, syncing, a progress per page, done
		t.Errorf("only %d state updates", len(states))
	}
	checkAgainstCenter(t, tc, "3", d)
	// A second sync pulls nothing new and changes nothing.
	before := d.snapshot()
	d.mustSync()
	if diff := diffSnapshots(before, d.snapshot()); diff != "" {
		t.Errorf("second sync changed things:\n%s", diff)
	}
}

func TestOfflineEditsReachCenter(t *testing.T) {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 20))
	_, secret := tc.token("3", protocol.RoleSupervisor)
	d := newDevice(t, tc, secret, nil)
	d.mustSync()

	tc.stop() // the supervisor goes to the field
	if err := d.db.SetRequestStatus(ctx, "sara", "3-000001", tafkik.StatusReviewing, "رفتم دیدم"); err != nil {
		t.Fatal(err)
	}
	if err := d.db.AddNote(ctx, tafkik.Note{RequestID: "3-000002", Author: "sara", Text: "چاله بزرگ‌تر شده"}); err != nil {
		t.Fatal(err)
	}
	err := d.sync()
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("offline sync: %v, want ErrUnavailable", err)
	}
	if st := d.eng.State(); st.Online || st.Pending != 2 {
		t.Errorf("offline state = %+v", st)
	}

	tc.start()
	d.mustSync()
	det, err := tc.db.Request(ctx, "3", "3-000001")
	if err != nil || det.Request.Status != tafkik.StatusReviewing {
		t.Fatalf("center: %+v, %v", det.Request, err)
	}
	det2, _ := tc.db.Request(ctx, "3", "3-000002")
	found := false
	for _, n := range det2.Notes {
		found = found || n.Text == "چاله بزرگ‌تر شده"
	}
	if !found {
		t.Errorf("note did not reach the center: %+v", det2.Notes)
	}
	checkAgainstCenter(t, tc, "3", d)
}

func TestTwoClientsConverge(t *testing.T) {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 40))
	_, sa := tc.token("3", protocol.RoleClerk)
	_, sb := tc.token("3", protocol.RoleSupervisor)
	a, b := newDevice(t, tc, sa, nil), newDevice(t, tc, sb, nil)
	a.mustSync()
	b.mustSync()

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(a.db.SetRequestStatus(ctx, "ali", "3-000001", tafkik.StatusAssigned, ""))
	must(a.db.AddNote(ctx, tafkik.Note{RequestID: "3-000002", Author: "ali", Text: "پیمانکار خبر شد"}))
	must(a.db.DecideFlag(ctx, "ali", "3-000003", tafkik.AgencyWater, "فاضلاب است"))
	must(b.db.SetRequestStatus(ctx, "sara", "3-000004", tafkik.StatusRejected, "تکراری"))
	must(b.db.AddNote(ctx, tafkik.Note{RequestID: "3-000001", Author: "sara", Text: "دیدم"}))
	// A merge on one laptop must reach the other.
	must(b.db.AddDecision(ctx, tafkik.Decision{ID: "merge-1", Kind: tafkik.DecisionSame,
		RequestIDs: []string{"3-000010", "3-000011", "3-000012"}, Actor: "sara"}))

	a.mustSync()
	b.mustSync()
	a.mustSync()
	if diff := diffSnapshots(a.snapshot(), b.snapshot()); diff != "" {
		t.Fatalf("devices differ after sync:\n%s", diff)
	}
	ms, _ := a.db.Memberships(ctx)
	if ms["3-000010"].IssueID == "" || ms["3-000010"].IssueID != ms["3-000012"].IssueID || ms["3-000011"].IssueID != ms["3-000012"].IssueID {
		t.Errorf("the merge did not regroup on the other device: %+v %+v %+v", ms["3-000010"], ms["3-000011"], ms["3-000012"])
	}
	if f, _ := b.db.Flag(ctx, "3-000003"); f.Agency != tafkik.AgencyWater || !f.Decided {
		t.Errorf("flag decision on b: %+v", f)
	}
	checkAgainstCenter(t, tc, "3", a, b)
}

func TestConflictKeptAndResolved(t *testing.T) {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 5))
	_, sa := tc.token("3", protocol.RoleClerk)
	_, sb := tc.token("3", protocol.RoleClerk)
	a, b := newDevice(t, tc, sa, nil), newDevice(t, tc, sb, nil)
	a.mustSync()
	b.mustSync()
	if err := a.db.SetRequestStatus(ctx, "ali", "3-000001", tafkik.StatusAssigned, ""); err != nil {
		t.Fatal(err)
	}
	if err := b.db.SetRequestStatus(ctx, "sara", "3-000001", tafkik.StatusReviewing, ""); err != nil {
		t.Fatal(err)
	}
	a.mustSync()
	b.mustSync()
	cs, err := b.eng.Conflicts(ctx)
	if err != nil || len(cs) != 1 || cs[0].Outcome != tafkik.OpConflict || cs[0].Server.Status != tafkik.StatusAssigned {
		t.Fatalf("conflicts on b = %+v, %v", cs, err)
	}
	if st := b.eng.State(); st.Conflicts != 1 {
		t.Errorf("state conflicts = %d", st.Conflicts)
	}
	checkAgainstCenter(t, tc, "3", a, b) // b shows the server's value while the conflict waits

	// Sara keeps hers: assigned → reviewing is a legal move, so it applies on top.
	if err := b.eng.ResolveConflict(ctx, cs[0].Op.ID, true); err != nil {
		t.Fatal(err)
	}
	b.mustSync()
	a.mustSync()
	if cs, _ := b.eng.Conflicts(ctx); len(cs) != 0 {
		t.Errorf("still open: %+v", cs)
	}
	det, _ := tc.db.Request(ctx, "3", "3-000001")
	if det.Request.Status != tafkik.StatusReviewing {
		t.Errorf("center status = %s", det.Request.Status)
	}
	if diff := diffSnapshots(a.snapshot(), b.snapshot()); diff != "" {
		t.Fatalf("devices differ:\n%s", diff)
	}
	checkAgainstCenter(t, tc, "3", a, b)
}

func TestAuthBoundaries(t *testing.T) {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 5))
	tc.importRequests(districtRequests("5", 0, 5))
	_, s3 := tc.token("3", protocol.RoleClerk)
	_, s5 := tc.token("5", protocol.RoleClerk)
	rev, srev := tc.token("3", protocol.RoleClerk)
	_, sman := tc.token("3", protocol.RoleManager)

	d3 := newDevice(t, tc, s3, nil)
	d3.mustSync()
	op, _ := protocol.NewOp(tafkik.OpSetStatus, "request", "3-000001", 1, protocol.SetStatusFields{Status: tafkik.StatusReviewing})
	op.ID, op.Actor, op.District = "7b0d7a1e-0000-4000-8000-000000000001", "x", "3"

	// A district-5 token, whatever the URL or body says.
	d5 := newDevice(t, tc, s5, nil)
	calls := map[string]func() error{
		"changes":          func() error { _, err := d5.c.Changes(ctx, "3", 0, 10); return err },
		"ops":              func() error { _, err := d5.c.PushOps(ctx, "3", []tafkik.Op{op}); return err },
		"request":          func() error { _, err := d5.c.Request(ctx, "3", "3-000001"); return err },
		"ops body names 3": func() error { _, err := d5.c.PushOps(ctx, "5", []tafkik.Op{op}); return err },
		"path trick": func() error {
			_, err := d5.c.Changes(apitest.Invalid(ctx), "5/../3", 0, 10)
			return err
		},
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, ErrForbidden) && !(name == "path trick" && errors.Is(err, ErrNotFound)) {
			t.Errorf("district-5 token, %s: %v, want ErrForbidden", name, err)
		}
	}
	// The database of district 3 refuses to sync with a district-5 token.
	d3.c.Token = Token(s5)
	d3.eng = NewEngine(d3.db, d3.c)
	if err := d3.sync(); !errors.Is(err, ErrWrongDistrict) {
		t.Errorf("district-3 db with a district-5 token: %v", err)
	}

	// Revoked: 401.
	if err := tc.db.RevokeToken(ctx, rev.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	dr := newDevice(t, tc, srev, nil)
	if err := dr.sync(); !errors.Is(err, ErrUnauthorized) {
		t.Errorf("revoked: %v, want ErrUnauthorized", err)
	}
	if st := dr.eng.State(); !st.Online || !errors.Is(st.Err, ErrUnauthorized) {
		t.Errorf("revoked state = %+v", st)
	}

	// A manager reads but does not push: its outbox waits, nothing is lost.
	dm := newDevice(t, tc, sman, nil)
	dm.mustSync()
	if err := dm.db.SetRequestStatus(ctx, "boss", "3-000002", tafkik.StatusReviewing, ""); err != nil {
		t.Fatal(err)
	}
	dm.mustSync()
	if n, _ := dm.db.PendingCount(ctx); n != 1 {
		t.Errorf("manager pending = %d", n)
	}

	for name, log := range map[string]string{"center": tc.log.String(), "d3": d3.log.String(), "d5": d5.log.String(),
		"revoked": dr.log.String(), "manager": dm.log.String()} {
		if log == "" && name != "manager" {
			t.Errorf("%s log is empty: the check below would prove nothing", name)
		}
		for _, s := range []string{s3, s5, srev, sman} {
			if strings.Contains(log, s) {
				t.Errorf("a token appears in the %s log", name)
			}
		}
	}
}

func TestRunLoop(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 10))
	_, secret := tc.token("3", protocol.RoleSupervisor)
	d := newDevice(t, tc, secret, nil)
	d.eng.Interval = time.Hour // only Notify and back-off wake it in this test
	d.eng.MinRetry, d.eng.MaxRetry = 5*time.Millisecond, 20*time.Millisecond
	states := make(chan State, 1000)
	unsub := d.eng.Subscribe(func(s State) { states <- s })
	defer unsub()
	done := make(chan error, 1)
	go func() { done <- d.eng.Run(ctx) }()

	waitFor := func(what string, ok func(State) bool) {
		t.Helper()
		deadline := time.After(10 * time.Second)
		for {
			select {
			case s := <-states:
				if ok(s) {
					return
				}
			case <-deadline:
				t.Fatalf("timed out waiting for %s; state %+v", what, d.eng.State())
			}
		}
	}
	waitFor("first sync", func(s State) bool { return !s.Syncing && !s.LastSuccess.IsZero() })

	tc.stop()
	if err := d.db.SetRequestStatus(ctx, "sara", "3-000001", tafkik.StatusReviewing, ""); err != nil {
		t.Fatal(err)
	}
	d.eng.Notify()
	waitFor("offline", func(s State) bool {
		return !s.Syncing && !s.Online && s.Pending == 1 && errors.Is(s.Err, ErrUnavailable)
	})
	tc.start() // no Notify: the back-off brings it back
	waitFor("back online, pushed", func(s State) bool { return !s.Syncing && s.Online && s.Err == nil && s.Pending == 0 })
	if det, _ := tc.db.Request(ctx, "3", "3-000001"); det.Request.Status != tafkik.StatusReviewing {
		t.Errorf("center status = %s", det.Request.Status)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run returned %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

// Several offline moves of one request, pushed together, are one person's sequence, not a
// conflict with themselves.
func TestSuccessiveEditsOfOneRequestDoNotConflict(t *testing.T) {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 3))
	_, secret := tc.token("3", protocol.RoleSupervisor)
	d := newDevice(t, tc, secret, nil)
	d.mustSync()
	for _, st := range []tafkik.Status{tafkik.StatusReviewing, tafkik.StatusAssigned, tafkik.StatusInProgress, tafkik.StatusResolved} {
		if err := d.db.SetRequestStatus(ctx, "sara", "3-000001", st, ""); err != nil {
			t.Fatal(err)
		}
		if err := d.db.DecideFlag(ctx, "sara", "3-000002", tafkik.AgencyWater, ""); err != nil {
			t.Fatal(err)
		}
	}
	d.mustSync()
	if cs, _ := d.eng.Conflicts(ctx); len(cs) != 0 {
		t.Fatalf("conflicts with itself: %+v", cs)
	}
	if det, _ := tc.db.Request(ctx, "3", "3-000001"); det.Request.Status != tafkik.StatusResolved {
		t.Errorf("center status = %s", det.Request.Status)
	}
	checkAgainstCenter(t, tc, "3", d)
}

func TestLargeNotesSplitTheBatch(t *testing.T) {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 5))
	_, secret := tc.token("3", protocol.RoleSupervisor)
	d := newDevice(t, tc, secret, nil)
	d.mustSync()
	long := strings.Repeat("چاله ", 40_000) // ~400 KB of UTF-8
	for i := range 12 {                     // ~4.8 MB together: over the center's 4 MB
		if err := d.db.AddNote(ctx, tafkik.Note{RequestID: "3-000001", Author: "sara", Text: long + strconv.Itoa(i)}); err != nil {
			t.Fatal(err)
		}
	}
	huge := strings.Repeat("x", protocol.MaxBodyBytes+1)
	if err := d.db.AddNote(ctx, tafkik.Note{RequestID: "3-000002", Author: "sara", Text: huge}); err != nil {
		t.Fatal(err)
	}
	d.mustSync()
	cs, _ := d.eng.Conflicts(ctx)
	if len(cs) != 1 || cs[0].Op.EntityID != "3-000002" || !strings.Contains(cs[0].Server.Reason, "larger") {
		t.Fatalf("conflicts = %d %+v", len(cs), cs)
	}
	det, _ := tc.db.Request(ctx, "3", "3-000001")
	if len(det.Notes) != 12 {
		t.Errorf("center has %d of the 12 long notes", len(det.Notes))
	}
	checkAgainstCenter(t, tc, "3", d)
}

func TestNotifyWhileBackingOffUpdatesPending(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 3))
	_, secret := tc.token("3", protocol.RoleSupervisor)
	d := newDevice(t, tc, secret, nil)
	d.mustSync()
	tc.stop()
	d.eng.MinRetry, d.eng.MaxRetry = time.Hour, time.Hour
	states := make(chan State, 100)
	d.eng.Subscribe(func(s State) { states <- s })
	done := make(chan error, 1)
	go func() { done <- d.eng.Run(ctx) }()
	wait := func(what string, ok func(State) bool) {
		t.Helper()
		for deadline := time.After(10 * time.Second); ; {
			select {
			case s := <-states:
				if ok(s) {
					return
				}
			case <-deadline:
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	wait("offline", func(s State) bool { return !s.Syncing && !s.Online })
	if err := d.db.AddNote(ctx, tafkik.Note{RequestID: "3-000001", Author: "sara", Text: "در میدان"}); err != nil {
		t.Fatal(err)
	}
	d.eng.Notify()
	wait("pending 1 during the back-off", func(s State) bool { return s.Pending == 1 && !s.Syncing })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
