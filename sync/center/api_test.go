package center

import (
	"bytes"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
)

// TestAuthMatrix: every district-3 endpoint against every kind of token. A district-5
// token gets 403 whatever the URL's spelling or the body says; a revoked or unknown token
// gets 401.
func TestAuthMatrix(t *testing.T) {
	e := newEnv(t)
	note := op(t, "op-auth-note", tafkik.OpAddNote, "request", "R3-001", 1,
		protocol.AddNoteFields{Note: tafkik.Note{ID: "n-auth", Text: "یادداشت"}})
	batch, _ := json.Marshal(protocol.OpsBatch{Ops: []tafkik.Op{note}})
	endpoints := []struct {
		name, method, path string
		body               []byte
	}{
		{"changes", "GET", "/api/v1/districts/3/changes?after=0", nil},
		{"changes escaped", "GET", "/api/v1/districts/%33/changes", nil},
		{"no such endpoint", "GET", "/api/v1/districts/3/secrets", nil},
		{"request", "GET", "/api/v1/districts/3/requests/R3-001", nil},
		{"ops", "POST", "/api/v1/districts/3/ops", batch},
	}
	tokens := []struct {
		token string
		want  int // for the reading endpoints; ops may differ, see below
	}{
		{"", 401},
		{"tfk_not-a-real-token", 401},
		{"revoked3", 401},
		{"clerk5", 403},
		{"intake3", 403},
		{"manager3", 200},
		{"super3", 200},
		{"clerk3", 200},
	}
	for _, ep := range endpoints {
		for _, tk := range tokens {
			want := tk.want
			if ep.method == "POST" && tk.token == "manager3" {
				want = 403 // a manager reads but does not push
			}
			if ep.name == "no such endpoint" && want == 200 {
				want = 404
			}
			t.Run(ep.name+"/"+tk.token, func(t *testing.T) {
				var body *bytes.Reader
				if ep.body != nil {
					body = bytes.NewReader(ep.body)
				} else {
					body = bytes.NewReader(nil)
				}
				send := e.do
				if ep.name == "no such endpoint" {
					send = e.doInvalid // not in the document, by definition
				}
				status, resp := send(ep.method, ep.path, tk.token, body, "application/json")
				if status != want {
					t.Fatalf("%s %s with %q: %d, want %d\n%s", ep.method, ep.path, tk.token, status, want, resp)
				}
			})
		}
	}
	// /me answers for every reading token, with its own district.
	var me protocol.Me
	if st := e.getJSON(protocol.MePath, "clerk5", &me); st != 200 || me.District != "5" || me.Role != protocol.RoleClerk {
		t.Fatalf("me: %d %+v", st, me)
	}
	if st := e.getJSON(protocol.MePath, "revoked3", nil); st != 401 {
		t.Fatalf("me with a revoked token: %d", st)
	}
	// The log names tokens by their public id (newEnv checks that no secret is in it).
	if logText := e.log.String(); !strings.Contains(logText, "token_id="+e.ids["clerk5"]) {
		t.Fatalf("the log does not name the token id:\n%s", logText)
	}
}

// TestOtherDistrictInBody: a district-5 token pushing to its own URL an op that names
// district 3, or that targets a district-3 request, changes nothing in district 3.
func TestOtherDistrictInBody(t *testing.T) {
	e := newEnv(t)
	o := op(t, "op-x1", tafkik.OpSetStatus, "request", "R3-001", 1, protocol.SetStatusFields{Status: tafkik.StatusAssigned})
	o.District = "3"
	if st, _ := e.push("clerk5", "5", o); st != http.StatusForbidden {
		t.Fatalf("op naming district 3 pushed by a district-5 token: %d, want 403", st)
	}
	o.District = ""
	st, res := e.push("clerk5", "5", o)
	if st != 200 || res[0].Outcome != tafkik.OpRejected {
		t.Fatalf("district-5 op on a district-3 request: %d %+v, want rejected", st, res)
	}
	var d protocol.RequestDetail
	e.getJSON(protocol.RequestPath("3", "R3-001"), "clerk3", &d)
	if d.Request.Status != tafkik.StatusNew || d.Request.Version != 1 {
		t.Fatalf("district 3's request changed: %+v", d.Request)
	}
	// A district-3 request read through district 5's URL does not exist there.
	if st := e.getJSON(protocol.RequestPath("5", "R3-001"), "clerk5", nil); st != http.StatusNotFound {
		t.Fatalf("R3-001 via district 5: %d, want 404", st)
	}
}

// TestOps walks one request and one issue through the op kinds, including conflicts and
// rejections, in the order a district's devices would send them.
func TestOps(t *testing.T) {
	e := newEnv(t)
	steps := []struct {
		name        string
		op          tafkik.Op
		want        tafkik.OpOutcome
		wantVersion int64
		wantStatus  tafkik.Status // on conflicts
	}{
		{"assign from base 1", op(t, "s1", tafkik.OpSetStatus, "request", "R3-001", 1,
			protocol.SetStatusFields{Status: tafkik.StatusAssigned, Note: "به پیمانکار"}), tafkik.OpApplied, 2, ""},
		{"stale device starts work", op(t, "s2", tafkik.OpSetStatus, "request", "R3-001", 1,
			protocol.SetStatusFields{Status: tafkik.StatusReviewing}), tafkik.OpConflict, 2, tafkik.StatusAssigned},
		{"stale device reaches same status", op(t, "s3", tafkik.OpSetStatus, "request", "R3-001", 1,
			protocol.SetStatusFields{Status: tafkik.StatusAssigned}), tafkik.OpApplied, 2, ""},
		{"note from a stale base never conflicts", op(t, "n1", tafkik.OpAddNote, "request", "R3-001", 1,
			protocol.AddNoteFields{Note: tafkik.Note{ID: "note-1", Text: "بازدید شد"}}), tafkik.OpApplied, 0, ""},
		{"fresh device moves on", op(t, "s4", tafkik.OpSetStatus, "request", "R3-001", 2,
			protocol.SetStatusFields{Status: tafkik.StatusInProgress}), tafkik.OpApplied, 3, ""},
		{"invalid transition", op(t, "s5", tafkik.OpSetStatus, "request", "R3-001", 3,
			protocol.SetStatusFields{Status: tafkik.StatusNew}), tafkik.OpRejected, 3, tafkik.StatusInProgress},
		{"base ahead of center", op(t, "s6", tafkik.OpSetStatus, "request", "R3-001", 9,
			protocol.SetStatusFields{Status: tafkik.StatusResolved}), tafkik.OpRejected, 3, tafkik.StatusInProgress},
		{"unknown request", op(t, "s7", tafkik.OpSetStatus, "request", "R9-999", 1,
			protocol.SetStatusFields{Status: tafkik.StatusAssigned}), tafkik.OpRejected, 0, ""},
		{"unknown status", op(t, "s8", tafkik.OpSetStatus, "request", "R3-001", 3,
			protocol.SetStatusFields{Status: "done"}), tafkik.OpRejected, 0, ""},
		{"same note id again", op(t, "n2", tafkik.OpAddNote, "request", "R3-001", 1,
			protocol.AddNoteFields{Note: tafkik.Note{ID: "note-1", Text: "دوباره"}}), tafkik.OpRejected, 0, ""},
		{"merge", op(t, "g1", tafkik.OpDecideGroup, "issue", "issue-a", 0,
			protocol.DecideGroupFields{Decision: tafkik.Decision{ID: "dec-1", Kind: tafkik.DecisionSame,
				RequestIDs: []string{"R3-002", "R3-001"}}}), tafkik.OpApplied, 0, ""},
		{"merge across districts", op(t, "g2", tafkik.OpDecideGroup, "issue", "issue-a", 0,
			protocol.DecideGroupFields{Decision: tafkik.Decision{ID: "dec-2", Kind: tafkik.DecisionSame,
				RequestIDs: []string{"R3-002", "R5-001"}}}), tafkik.OpRejected, 0, ""},
		{"flag water", op(t, "f1", tafkik.OpDecideFlag, "request", "R3-003", 1,
			protocol.DecideFlagFields{Agency: tafkik.AgencyWater}), tafkik.OpApplied, 1, ""},
		{"refer it", op(t, "s9", tafkik.OpSetStatus, "request", "R3-003", 1,
			protocol.SetStatusFields{Status: tafkik.StatusReferred}), tafkik.OpApplied, 2, ""},
		{"new issue", op(t, "i1", tafkik.OpSetIssueInfo, "issue", "issue-a", 0,
			protocol.SetIssueInfoFields{Title: "آسفالت کوچه ۱۲", Status: tafkik.StatusAssigned}), tafkik.OpApplied, 1, ""},
		{"issue moves", op(t, "i2", tafkik.OpSetIssueInfo, "issue", "issue-a", 1,
			protocol.SetIssueInfoFields{Status: tafkik.StatusInProgress}), tafkik.OpApplied, 2, ""},
		{"stale issue move", op(t, "i3", tafkik.OpSetIssueInfo, "issue", "issue-a", 1,
			protocol.SetIssueInfoFields{Status: tafkik.StatusResolved}), tafkik.OpConflict, 2, tafkik.StatusInProgress},
		{"stale title only", op(t, "i4", tafkik.OpSetIssueInfo, "issue", "issue-a", 1,
			protocol.SetIssueInfoFields{Title: "آسفالت کوچه دوازدهم"}), tafkik.OpApplied, 3, ""},
		{"set_status on an issue", op(t, "i5", tafkik.OpSetStatus, "issue", "issue-a", 3,
			protocol.SetStatusFields{Status: tafkik.StatusResolved}), tafkik.OpApplied, 4, ""},
		{"issue move not allowed", op(t, "i6", tafkik.OpSetStatus, "issue", "issue-a", 4,
			protocol.SetStatusFields{Status: tafkik.StatusNew}), tafkik.OpRejected, 4, tafkik.StatusResolved},
		{"decision as its own entity", op(t, "g3", tafkik.OpDecideGroup, "decision", "dec-3", 0,
			protocol.DecideGroupFields{Decision: tafkik.Decision{ID: "dec-3", Kind: tafkik.DecisionDifferent,
				RequestIDs: []string{"R3-001", "R3-004"}}}), tafkik.OpApplied, 0, ""},
		{"split one request out", op(t, "g4", tafkik.OpDecideGroup, "decision", "dec-4", 0,
			protocol.DecideGroupFields{Decision: tafkik.Decision{ID: "dec-4", Kind: tafkik.DecisionDifferent,
				RequestIDs: []string{"R3-004"}, Others: []string{"R3-001"}}}), tafkik.OpApplied, 0, ""},
		{"split from another district", op(t, "g5", tafkik.OpDecideGroup, "decision", "dec-5", 0,
			protocol.DecideGroupFields{Decision: tafkik.Decision{ID: "dec-5", Kind: tafkik.DecisionDifferent,
				RequestIDs: []string{"R3-002"}, Others: []string{"R5-001"}}}), tafkik.OpRejected, 0, ""},
		{"visit", op(t, "v1", tafkik.OpAddVisit, "issue", "issue-a", 0,
			protocol.AddVisitFields{Visit: tafkik.Visit{ID: "visit-1", Finding: "چاله عمیق", VisitedAt: testNow}}), tafkik.OpApplied, 0, ""},
		{"visit on a request", op(t, "v2", tafkik.OpAddVisit, "request", "R3-001", 0,
			protocol.AddVisitFields{Visit: tafkik.Visit{ID: "visit-2", VisitedAt: testNow}}), tafkik.OpRejected, 0, ""},
	}
	for _, st := range steps {
		status, res := e.push("clerk3", "3", st.op)
		if status != 200 || len(res) != 1 {
			t.Fatalf("%s: %d %+v", st.name, status, res)
		}
		r := res[0]
		if r.OpID != st.op.ID || r.Outcome != st.want {
			t.Fatalf("%s: %+v, want %s", st.name, r, st.want)
		}
		if st.wantVersion != 0 && r.Version != st.wantVersion {
			t.Errorf("%s: version %d, want %d", st.name, r.Version, st.wantVersion)
		}
		if r.Status != st.wantStatus {
			t.Errorf("%s: status %q, want %q", st.name, r.Status, st.wantStatus)
		}
		if (r.Outcome == tafkik.OpRejected || r.Outcome == tafkik.OpConflict) && r.Reason == "" {
			t.Errorf("%s: %s without a reason", st.name, r.Outcome)
		}
	}
	var d protocol.RequestDetail
	e.getJSON(protocol.RequestPath("3", "R3-001"), "manager3", &d)
	if d.Request.Status != tafkik.StatusInProgress || d.Request.Version != 3 || d.StatusVersion != 3 ||
		len(d.Notes) != 1 || d.DuplicateOf != "R3-001" && d.DuplicateOf != "" {
		t.Fatalf("R3-001 after the ops: %+v", d)
	}
	var d2 protocol.RequestDetail
	e.getJSON(protocol.RequestPath("3", "R3-002"), "manager3", &d2)
	if d2.DuplicateOf != "R3-001" {
		t.Fatalf("R3-002 should be a duplicate of the earlier R3-001: %+v", d2)
	}
}

// TestOpsIdempotent: the same batch delivered twice applies once; the second answer says
// already_applied for the applied ops and repeats the rejections; the feed grows once.
func TestOpsIdempotent(t *testing.T) {
	e := newEnv(t)
	batch := []tafkik.Op{
		op(t, "a1", tafkik.OpSetStatus, "request", "R3-002", 1, protocol.SetStatusFields{Status: tafkik.StatusReviewing}),
		op(t, "a2", tafkik.OpAddNote, "request", "R3-002", 1, protocol.AddNoteFields{Note: tafkik.Note{ID: "nn", Text: "x"}}),
		op(t, "a3", tafkik.OpSetStatus, "request", "R3-002", 1, protocol.SetStatusFields{Status: tafkik.StatusNew}), // conflict
		op(t, "a4", tafkik.OpSetStatus, "request", "nope", 1, protocol.SetStatusFields{Status: tafkik.StatusNew}),   // rejected
	}
	before := len(e.pullAll("clerk3", "3", 100))
	_, first := e.push("clerk3", "3", batch...)
	afterFirst := len(e.pullAll("clerk3", "3", 100))
	_, second := e.push("super3", "3", batch...)
	afterSecond := len(e.pullAll("clerk3", "3", 100))
	want := []tafkik.OpOutcome{tafkik.OpApplied, tafkik.OpApplied, tafkik.OpConflict, tafkik.OpRejected}
	wantAgain := []tafkik.OpOutcome{tafkik.OpAlreadyApplied, tafkik.OpAlreadyApplied, tafkik.OpConflict, tafkik.OpRejected}
	for i := range batch {
		if first[i].Outcome != want[i] || second[i].Outcome != wantAgain[i] {
			t.Errorf("op %s: first %s, second %s; want %s, %s", batch[i].ID, first[i].Outcome, second[i].Outcome, want[i], wantAgain[i])
		}
		if first[i].Version != second[i].Version || first[i].Seq != second[i].Seq {
			t.Errorf("op %s: the retry's answer differs: %+v vs %+v", batch[i].ID, first[i], second[i])
		}
	}
	if afterFirst-before != 2 || afterSecond != afterFirst {
		t.Fatalf("feed grew %d then %d, want 2 then 0", afterFirst-before, afterSecond-afterFirst)
	}
	var d protocol.RequestDetail
	e.getJSON(protocol.RequestPath("3", "R3-002"), "clerk3", &d)
	if d.Request.Version != 2 || len(d.Notes) != 1 {
		t.Fatalf("after a doubled batch: version %d, %d notes; want 2, 1", d.Request.Version, len(d.Notes))
	}
}

// TestChangesFeed: paging by cursor sees every change once, in seq order, only the token's
// district, and the ops of one device reach the other with their op ids.
func TestChangesFeed(t *testing.T) {
	e := newEnv(t)
	for _, limit := range []int{1, 2, 3, 500, 100000} {
		all := e.pullAll("super3", "3", limit)
		if len(all) != 5 {
			t.Fatalf("limit %d: %d changes, want the 5 imported requests", limit, len(all))
		}
		for i, c := range all {
			if c.Kind != protocol.ChangeRequest || c.Request == nil || c.Request.District != "3" {
				t.Fatalf("limit %d: change %d: %+v", limit, i, c)
			}
			if i > 0 && c.Seq <= all[i-1].Seq {
				t.Fatalf("limit %d: seq not increasing: %d after %d", limit, c.Seq, all[i-1].Seq)
			}
		}
	}
	first := e.pullAll("super3", "3", 500)
	cursor := first[len(first)-1].Seq
	e.push("clerk3", "3",
		op(t, "c1", tafkik.OpSetStatus, "request", "R3-001", 1, protocol.SetStatusFields{Status: tafkik.StatusAssigned}),
		op(t, "c2", tafkik.OpDecideGroup, "issue", "iss", 0, protocol.DecideGroupFields{Decision: tafkik.Decision{
			ID: "d", Kind: tafkik.DecisionSame, RequestIDs: []string{"R3-001", "R3-002"}}}))
	e.push("clerk5", "5", op(t, "c3", tafkik.OpSetStatus, "request", "R5-001", 1, protocol.SetStatusFields{Status: tafkik.StatusAssigned}))
	var page protocol.ChangesPage
	e.getJSON(protocol.ChangesPath("3")+"?after="+itoa(cursor), "super3", &page)
	if len(page.Changes) != 2 || page.More || page.Next != page.Changes[1].Seq {
		t.Fatalf("page after the cursor: %+v", page)
	}
	st, dec := page.Changes[0], page.Changes[1]
	if st.Kind != protocol.ChangeStatus || st.OpID != "c1" || st.Status.To != tafkik.StatusAssigned ||
		st.Request.Version != 2 || st.Version != 2 || st.Device != "laptop-1" {
		t.Fatalf("status change: %+v", st)
	}
	if dec.Kind != protocol.ChangeDecision || dec.Decision == nil || len(dec.Decision.RequestIDs) != 2 {
		t.Fatalf("decision change: %+v", dec)
	}
	// An empty page keeps the cursor.
	e.getJSON(protocol.ChangesPath("3")+"?after="+itoa(page.Next), "super3", &page)
	if len(page.Changes) != 0 || page.More || page.Next != dec.Seq {
		t.Fatalf("empty page: %+v", page)
	}
	for _, bad := range []string{"?after=-1", "?after=x", "?limit=0", "?limit=abc"} {
		if st, _ := e.doInvalid("GET", protocol.ChangesPath("3")+bad, "clerk3", nil, ""); st != http.StatusBadRequest {
			t.Errorf("changes%s: %d, want 400", bad, st)
		}
	}
}

// TestOpsBodyLimits: oversized, non-JSON, wrongly typed and over-long batches are refused
// as problems, and nothing is applied.
func TestOpsBodyLimits(t *testing.T) {
	e := newEnv(t)
	long := make([]tafkik.Op, protocol.MaxOpsPerBatch+1)
	for i := range long {
		long[i] = op(t, "L"+itoa(int64(i)), tafkik.OpAddNote, "request", "R3-001", 1,
			protocol.AddNoteFields{Note: tafkik.Note{ID: "L" + itoa(int64(i)), Text: "x"}})
	}
	longBody, _ := json.Marshal(protocol.OpsBatch{Ops: long})
	tests := []struct {
		name, ctype, body string
		want              int
		invalid           bool // outside the OpenAPI document on purpose
	}{
		{"too large", "application/json", `{"ops":[` + strings.Repeat(" ", protocol.MaxBodyBytes+1) + `]}`, 413, false},
		{"not json", "application/json", `<html>nope</html>`, 400, true},
		{"trailing data", "application/json", `{"ops":[]} {"ops":[]}`, 400, false},
		{"form", "application/x-www-form-urlencoded", `ops=1`, 415, true},
		{"too many ops", "application/json", string(longBody), 400, true},
		{"empty batch", "application/json", `{"ops":[]}`, 200, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			send := e.do
			if tc.invalid {
				send = e.doInvalid
			}
			status, body := send("POST", protocol.OpsPath("3"), "clerk3", strings.NewReader(tc.body), tc.ctype)
			if status != tc.want {
				t.Fatalf("%d, want %d: %s", status, tc.want, body)
			}
		})
	}
	if n := len(e.pullAll("clerk3", "3", 100)); n != 5 {
		t.Fatalf("the feed holds %d changes after refused batches, want 5", n)
	}
}

func TestUnknownAPIPath(t *testing.T) {
	e := newEnv(t)
	// Not in the OpenAPI document, so it is sent without the validating transport.
	resp, err := e.srv.Client().Get(e.srv.URL + "/api/v1/nothing")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 || resp.Header.Get("Content-Type") != protocol.MediaProblem {
		t.Fatalf("%d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

// TestChangesPageByteCap: a page of long texts ends early, before limit, with more set, so
// it stays under a client's response limit; the cursor still reaches every change.
func TestChangesPageByteCap(t *testing.T) {
	e := newEnv(t)
	long := synthRequests("3", 5)
	for i := range long {
		long[i].ID = "LONG-" + itoa(int64(i))
		long[i].Text = strings.Repeat("آ", protocol.MaxPageBytes/6) // ~2.8 MB of UTF-8 each
	}
	if _, err := e.db.ImportRequests(t.Context(), long); err != nil {
		t.Fatal(err)
	}
	var sizes []int
	after := int64(0)
	for {
		status, body := e.do("GET", protocol.ChangesPath("3")+"?limit=1000&after="+itoa(after), "clerk3", nil, "")
		var page protocol.ChangesPage
		if status != 200 || json.Unmarshal(body, &page) != nil {
			t.Fatalf("%d", status)
		}
		if len(body) > protocol.MaxPageBytes+protocol.MaxPageBytes/2 {
			t.Fatalf("page of %d bytes", len(body))
		}
		sizes = append(sizes, len(page.Changes))
		after = page.Next
		if !page.More {
			break
		}
	}
	total := 0
	for _, n := range sizes {
		total += n
	}
	// 5 short fixture requests, then 5 long ones: the first page ends after the third long one.
	if total != 10 || !slices.Equal(sizes, []int{8, 2}) {
		t.Fatalf("page sizes %v: want [8 2]", sizes)
	}
}
