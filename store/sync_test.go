package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

var syncT0 = time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)

func openSyncDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "sync.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func remoteReq(id string, status tafkik.Status, version int64) *tafkik.Request {
	return &tafkik.Request{ID: id, District: "3", CreatedAt: syncT0, Category: "آسفالت",
		Text: "آسفالت کوچه " + id + " خراب است", Address: "گلسار", Channel: "app", Status: status,
		Version: version, UpdatedAt: syncT0}
}

// seedPulled applies requests 1..n as the first page of a pull (cursor n).
func seedPulled(t *testing.T, db *DB, n int) {
	t.Helper()
	var page []RemoteChange
	for i := 1; i <= n; i++ {
		id := string(rune('0' + i))
		page = append(page, RemoteChange{Seq: int64(i), Kind: ChangeRequest, Entity: "request", EntityID: id,
			Version: 1, Request: remoteReq(id, tafkik.StatusNew, 1)})
	}
	if _, err := db.ApplyChanges(context.Background(), page, int64(n)); err != nil {
		t.Fatal(err)
	}
}

func TestApplyChangesPageTwiceAppliesOnce(t *testing.T) {
	ctx := context.Background()
	db := openSyncDB(t)
	seedPulled(t, db, 3)
	page := []RemoteChange{
		{Seq: 4, Kind: ChangeStatus, Entity: "request", EntityID: "1", Version: 2, Actor: "clerk-b", At: syncT0,
			Request: remoteReq("1", tafkik.StatusReviewing, 2), StatusFrom: tafkik.StatusNew, StatusNote: "بررسی شد"},
		{Seq: 5, Kind: ChangeNote, Entity: "request", EntityID: "2",
			Note: &tafkik.Note{ID: "n1", RequestID: "2", Author: "b", Text: "یادداشت", CreatedAt: syncT0}},
		{Seq: 6, Kind: ChangeDecision, Entity: "issue", EntityID: "I-1",
			Decision: &tafkik.Decision{ID: "d1", Kind: tafkik.DecisionSame, RequestIDs: []string{"1", "2"}, Actor: "b", At: syncT0}},
		{Seq: 7, Kind: ChangeFlag, Entity: "request", EntityID: "3", At: syncT0,
			Flag: &tafkik.Flag{RequestID: "3", Agency: tafkik.AgencyWater, DecidedBy: "b", DecidedAt: syncT0}},
		{Seq: 8, Kind: ChangeIssue, Entity: "issue", EntityID: "I-9", Version: 3,
			Issue: &tafkik.Issue{ID: "I-9", Title: "چاله", Status: tafkik.StatusAssigned, Version: 3}},
		{Seq: 9, Kind: ChangeVisit, Entity: "issue", EntityID: "I-9",
			Visit: &tafkik.Visit{ID: "v1", IssueID: "I-9", Author: "s", Finding: "چاله عمیق", VisitedAt: syncT0}},
	}
	for round, want := range []ApplyResult{{Applied: 6}, {Stale: 6}} {
		res, err := db.ApplyChanges(ctx, page, 9)
		if err != nil {
			t.Fatal(err)
		}
		if res != want {
			t.Fatalf("round %d: %+v, want %+v", round, res, want)
		}
	}
	if cur, err := db.SyncCursor(ctx); err != nil || cur != 9 {
		t.Fatalf("cursor = %d, %v", cur, err)
	}
	r, _ := db.Request(ctx, "1")
	if r.Status != tafkik.StatusReviewing || r.Version != 2 {
		t.Errorf("request 1 = %s v%d", r.Status, r.Version)
	}
	notes1, _ := db.Notes(ctx, "request", "1")
	notes2, _ := db.Notes(ctx, "request", "2")
	if len(notes1) != 1 || len(notes2) != 1 {
		t.Errorf("notes: %d on 1 (status note), %d on 2", len(notes1), len(notes2))
	}
	ds, _ := db.Decisions(ctx)
	if len(ds) != 1 {
		t.Errorf("decisions = %d", len(ds))
	}
	if ms, _ := db.Memberships(ctx); ms["1"].IssueID == "" || ms["1"].IssueID != ms["2"].IssueID {
		t.Errorf("merge not applied: %+v", ms)
	}
	if f, err := db.Flag(ctx, "3"); err != nil || f.Agency != tafkik.AgencyWater || !f.Decided {
		t.Errorf("flag = %+v, %v", f, err)
	}
	if is, err := db.Issue(ctx, "I-9"); err != nil || is.Status != tafkik.StatusAssigned || is.Title != "چاله" {
		t.Errorf("issue = %+v, %v", is, err)
	}
	if vs, _ := db.Visits(ctx, "I-9"); len(vs) != 1 {
		t.Errorf("visits = %d", len(vs))
	}
	if n, _ := db.PendingCount(ctx); n != 0 {
		t.Errorf("pulled changes queued %d ops", n)
	}
}

func TestApplyChangesSkipsWhatCannotApply(t *testing.T) {
	ctx := context.Background()
	db := openSyncDB(t)
	seedPulled(t, db, 1)
	page := []RemoteChange{
		{Seq: 2, Kind: ChangeDecision, Decision: &tafkik.Decision{ID: "d1", Kind: tafkik.DecisionSame,
			RequestIDs: []string{"1", "missing"}, Actor: "b", At: syncT0}},
		{Seq: 3, Kind: "something_new"},
		{Seq: 4, Kind: ChangeNote, Note: &tafkik.Note{ID: "n1", RequestID: "1", Author: "b", Text: "x", CreatedAt: syncT0}},
	}
	res, err := db.ApplyChanges(ctx, page, 4)
	if err != nil {
		t.Fatal(err)
	}
	if res.Skipped != 2 || res.Applied != 1 {
		t.Fatalf("res = %+v", res)
	}
	if ds, _ := db.Decisions(ctx); len(ds) != 0 {
		t.Errorf("half-applied decision: %+v", ds)
	}
	if cur, _ := db.SyncCursor(ctx); cur != 4 {
		t.Errorf("cursor = %d: the feed is blocked", cur)
	}
}

func TestPullKeepsPendingLocalEdit(t *testing.T) {
	ctx := context.Background()
	db := openSyncDB(t)
	seedPulled(t, db, 1)
	if err := db.SetRequestStatus(ctx, "a", "1", tafkik.StatusReviewing, ""); err != nil {
		t.Fatal(err)
	}
	// Someone else moved it to assigned meanwhile; our op is not answered yet.
	if _, err := db.ApplyChanges(ctx, []RemoteChange{{Seq: 2, Kind: ChangeStatus, Entity: "request", EntityID: "1",
		Version: 2, Request: remoteReq("1", tafkik.StatusAssigned, 2), StatusFrom: tafkik.StatusNew}}, 2); err != nil {
		t.Fatal(err)
	}
	r, _ := db.Request(ctx, "1")
	if r.Status != tafkik.StatusReviewing || r.Version != 2 {
		t.Fatalf("request = %s v%d, want the local reviewing at v2", r.Status, r.Version)
	}
	ops, _ := db.PendingOps(ctx, 10)
	if len(ops) != 1 || ops[0].BaseVersion != 1 {
		t.Fatalf("ops = %+v (base must stay 1: the center decides)", ops)
	}
}

func TestOpResultsAndConflicts(t *testing.T) {
	ctx := context.Background()
	db := openSyncDB(t)
	seedPulled(t, db, 2)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(db.SetRequestStatus(ctx, "a", "1", tafkik.StatusReviewing, ""))
	must(db.SetRequestStatus(ctx, "a", "1", tafkik.StatusAssigned, "")) // made on top of the first
	must(db.SetRequestStatus(ctx, "a", "2", tafkik.StatusReviewing, ""))
	must(db.AddNote(ctx, tafkik.Note{RequestID: "2", Author: "a", Text: "دیده شد"}))
	ops, err := db.PendingOps(ctx, 10)
	must(err)
	if len(ops) != 4 {
		t.Fatalf("ops = %d", len(ops))
	}
	// The first op comes back applied at v2: the second, made on top of it, is rebased to 2.
	must(db.RecordOpResults(ctx, []OpResult{{OpID: ops[0].ID, Outcome: tafkik.OpApplied, Version: 2}}))
	pend, _ := db.PendingOps(ctx, 10)
	if pend[0].ID != ops[1].ID || pend[0].BaseVersion != 2 {
		t.Fatalf("second op not rebased: %+v", pend[0])
	}
	results := []OpResult{
		{OpID: ops[1].ID, Outcome: tafkik.OpAlreadyApplied, Version: 3},
		{OpID: ops[2].ID, Outcome: tafkik.OpConflict, Version: 5, Status: tafkik.StatusRejected, Reason: "changed by b"},
		{OpID: ops[3].ID, Outcome: tafkik.OpRejected, Reason: "note too long"},
	}
	must(db.RecordOpResults(ctx, results))
	// The same answers delivered again change nothing.
	must(db.RecordOpResults(ctx, results))
	if n, _ := db.PendingCount(ctx); n != 0 {
		t.Errorf("pending = %d", n)
	}
	cs, err := db.Conflicts(ctx)
	must(err)
	if len(cs) != 2 || cs[0].Op.ID != ops[2].ID || cs[0].Outcome != tafkik.OpConflict || cs[0].Server.Status != tafkik.StatusRejected ||
		cs[1].Outcome != tafkik.OpRejected || cs[1].Server.Reason != "note too long" || cs[0].Attempts != 1 {
		t.Fatalf("conflicts = %+v", cs)
	}
	if r, _ := db.Request(ctx, "2"); r.Status != tafkik.StatusRejected || r.Version != 5 {
		t.Errorf("conflicted request shows %s v%d, want the server's rejected v5", r.Status, r.Version)
	}
	if r, _ := db.Request(ctx, "1"); r.Status != tafkik.StatusAssigned || r.Version != 3 {
		t.Errorf("request 1 = %s v%d", r.Status, r.Version)
	}

	// Keep mine: a new op based on the server's version, the local row shows mine again.
	must(db.ResolveConflict(ctx, "a", ops[2].ID, true))
	pend, _ = db.PendingOps(ctx, 10)
	if len(pend) != 1 || pend[0].ID == ops[2].ID || pend[0].BaseVersion != 5 || string(pend[0].Fields) != string(ops[2].Fields) {
		t.Fatalf("requeued = %+v", pend)
	}
	if r, _ := db.Request(ctx, "2"); r.Status != tafkik.StatusReviewing {
		t.Errorf("after keep mine the request shows %s", r.Status)
	}
	// Theirs: nothing re-queued.
	must(db.ResolveConflict(ctx, "a", ops[3].ID, false))
	if n, _ := db.PendingCount(ctx); n != 1 {
		t.Errorf("pending = %d", n)
	}
	if cs, _ := db.Conflicts(ctx); len(cs) != 0 {
		t.Errorf("still open: %+v", cs)
	}
	if err := db.ResolveConflict(ctx, "a", ops[3].ID, true); !errors.Is(err, ErrInvalid) {
		t.Errorf("resolving twice: %v", err)
	}
	if err := db.ResolveConflict(ctx, "a", "nope", true); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown op: %v", err)
	}
}

func TestOwnEchoTakesOnlyTheVersion(t *testing.T) {
	ctx := context.Background()
	db := openSyncDB(t)
	seedPulled(t, db, 1)
	if err := db.SetRequestStatus(ctx, "a", "1", tafkik.StatusReviewing, ""); err != nil {
		t.Fatal(err)
	}
	if err := db.SetRequestStatus(ctx, "a", "1", tafkik.StatusAssigned, ""); err != nil {
		t.Fatal(err)
	}
	ops, _ := db.PendingOps(ctx, 10)
	// The push of the first op reached the center but its answer was lost; the pull brings it back.
	res, err := db.ApplyChanges(ctx, []RemoteChange{{Seq: 2, Kind: ChangeStatus, Entity: "request", EntityID: "1",
		Version: 2, OpID: ops[0].ID, Request: remoteReq("1", tafkik.StatusReviewing, 2)}}, 2)
	if err != nil || res.Own != 1 {
		t.Fatalf("res = %+v, %v", res, err)
	}
	if r, _ := db.Request(ctx, "1"); r.Status != tafkik.StatusAssigned || r.Version != 2 {
		t.Fatalf("request = %s v%d, want local assigned at v2", r.Status, r.Version)
	}
}

func BenchmarkApplyChanges(b *testing.B) {
	ctx := context.Background()
	db := openSyncDB(b)
	const page = 1000
	seq := int64(0)
	for b.Loop() {
		changes := make([]RemoteChange, page)
		for i := range changes {
			seq++
			id := "R" + string(rune('a'+seq%26)) + time.Duration(seq).String()
			changes[i] = RemoteChange{Seq: seq, Kind: ChangeRequest, Entity: "request", EntityID: id, Version: 1,
				Request: remoteReq(id, tafkik.StatusNew, 1)}
		}
		if _, err := db.ApplyChanges(ctx, changes, seq); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(seq), "ns/change")
}

func TestStatusNoteTravelsWhenTheCenterDidNotRecordIt(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name     string
		result   OpResult
		wantNote bool
	}{
		{"applied with a change: the note went with it", OpResult{Outcome: tafkik.OpApplied, Version: 2, Seq: 9}, false},
		{"applied, status was already there: no change", OpResult{Outcome: tafkik.OpApplied, Version: 1}, true},
		{"conflict: the note still goes", OpResult{Outcome: tafkik.OpConflict, Version: 3, Status: tafkik.StatusAssigned}, true},
		{"rejected: the note still goes", OpResult{Outcome: tafkik.OpRejected, Reason: "no"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openSyncDB(t)
			seedPulled(t, db, 1)
			if err := db.SetRequestStatus(ctx, "a", "1", tafkik.StatusReviewing, "دیدم"); err != nil {
				t.Fatal(err)
			}
			ops, _ := db.PendingOps(ctx, 10)
			tt.result.OpID = ops[0].ID
			for range 2 { // an answer recorded twice queues one note
				if err := db.RecordOpResults(ctx, []OpResult{tt.result}); err != nil {
					t.Fatal(err)
				}
			}
			pend, _ := db.PendingOps(ctx, 10)
			if !tt.wantNote {
				if len(pend) != 0 {
					t.Fatalf("queued %+v", pend)
				}
				return
			}
			if len(pend) != 1 || pend[0].Kind != tafkik.OpAddNote || !strings.Contains(string(pend[0].Fields), "دیدم") ||
				!strings.Contains(string(pend[0].Fields), "status-note:"+ops[0].ID) {
				t.Fatalf("pending = %+v", pend)
			}
			if tt.result.Outcome == tafkik.OpConflict {
				// Keep mine re-sends the status without the note, which already went.
				if err := db.ResolveConflict(ctx, "a", ops[0].ID, true); err != nil {
					t.Fatal(err)
				}
				pend, _ = db.PendingOps(ctx, 10)
				if len(pend) != 2 || strings.Contains(string(pend[1].Fields), "دیدم") {
					t.Fatalf("requeued = %s", pend[1].Fields)
				}
			}
		})
	}
}

func TestRejectionWithServerStatusShowsIt(t *testing.T) {
	ctx := context.Background()
	db := openSyncDB(t)
	seedPulled(t, db, 1)
	if err := db.SetRequestStatus(ctx, "a", "1", tafkik.StatusReviewing, ""); err != nil {
		t.Fatal(err)
	}
	ops, _ := db.PendingOps(ctx, 1)
	if err := db.RecordOpResults(ctx, []OpResult{{OpID: ops[0].ID, Outcome: tafkik.OpRejected, Reason: "no",
		Status: tafkik.StatusReferred, Version: 4}}); err != nil {
		t.Fatal(err)
	}
	if r, _ := db.Request(ctx, "1"); r.Status != tafkik.StatusReferred || r.Version != 4 {
		t.Fatalf("request shows %s v%d, want the center's referred v4", r.Status, r.Version)
	}
	out, err := db.Outbox(ctx)
	if err != nil || len(out) != 1 || out[0].State != OpStateRejected || out[0].Result.Reason != "no" || out[0].Attempts != 1 {
		t.Fatalf("outbox = %+v, %v", out, err)
	}
}

// A pull held back by a pending op: the answer's place in the feed decides which value shows.
func TestHeldBackChangeSettledByTheAnswer(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		result OpResult
		want   tafkik.Status
	}{
		{"our op came after the pulled change", OpResult{Outcome: tafkik.OpApplied, Version: 4, Seq: 7}, tafkik.StatusReviewing},
		{"our op was applied before it (answer lost)", OpResult{Outcome: tafkik.OpAlreadyApplied, Version: 2, Seq: 3}, tafkik.StatusReferred},
		{"our op changed nothing", OpResult{Outcome: tafkik.OpApplied, Version: 3}, tafkik.StatusReferred},
		{"conflict shows the center's answer", OpResult{Outcome: tafkik.OpConflict, Version: 3, Status: tafkik.StatusReferred}, tafkik.StatusReferred},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openSyncDB(t)
			seedPulled(t, db, 1)
			if err := db.SetRequestStatus(ctx, "a", "1", tafkik.StatusReviewing, ""); err != nil {
				t.Fatal(err)
			}
			if _, err := db.ApplyChanges(ctx, []RemoteChange{{Seq: 5, Kind: ChangeStatus, Entity: "request", EntityID: "1",
				Version: 3, Actor: "b", Request: remoteReq("1", tafkik.StatusReferred, 3), StatusFrom: tafkik.StatusReviewing}}, 5); err != nil {
				t.Fatal(err)
			}
			if r, _ := db.Request(ctx, "1"); r.Status != tafkik.StatusReviewing {
				t.Fatalf("pending edit not kept: %s", r.Status)
			}
			ops, _ := db.PendingOps(ctx, 1)
			tt.result.OpID = ops[0].ID
			if err := db.RecordOpResults(ctx, []OpResult{tt.result}); err != nil {
				t.Fatal(err)
			}
			if r, _ := db.Request(ctx, "1"); r.Status != tt.want || r.Version < 3 {
				t.Errorf("request = %s v%d, want %s", r.Status, r.Version, tt.want)
			}
			if v, _ := db.Meta(ctx, "sync.shadow.request.1"); v != "" {
				t.Errorf("shadow left behind: %s", v)
			}
		})
	}
}
