package client

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/protocol"
)

// fault is what the fault-injecting transport does to one HTTP call. A real center cannot
// produce these on demand, so they are injected between the real client and the real center;
// each is run beside the same scenario without faults.
type fault int

const (
	faultNone         fault = iota
	faultStopBefore         // the center stops: this call and the next find nobody
	faultStopAfter          // the center does the work, then stops before answering
	faultRefuse             // connection refused (the request never arrives)
	faultCutBody            // the answer breaks off halfway through its body
	faultDuplicate          // the request reaches the center twice (a replaying proxy)
	fault500                // 500 before the center sees the request
	fault502After           // the center does the work, the proxy answers 502 with HTML
	faultTimeout            // no answer until the attempt's deadline
	faultTimeoutAfter       // the center does the work, the answer never comes
	faultInvalidJSON        // the center does the work, the answer is not JSON
	faultHTML               // a captive portal answers 200 with an HTML page
	faultHuge               // an answer larger than the client's limit
	numFaults
)

var faultNames = [...]string{"none", "stop-before", "stop-after", "refuse", "cut-body", "duplicate", "500",
	"502-after", "timeout", "timeout-after", "invalid-json", "html", "huge"}

func (f fault) String() string { return faultNames[f] }

// faultyTransport forwards to the real center and injects the fault plan chooses.
type faultyTransport struct {
	next   http.RoundTripper
	center *testCenter
	mu     sync.Mutex
	plan   func(req *http.Request) fault
	counts [numFaults]int
}

func newFaultyTransport(tc *testCenter) *faultyTransport {
	return &faultyTransport{next: http.DefaultTransport.(*http.Transport).Clone(), center: tc}
}

func (ft *faultyTransport) setPlan(plan func(*http.Request) fault) {
	ft.mu.Lock()
	ft.plan = plan
	ft.mu.Unlock()
}

func (ft *faultyTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ft.mu.Lock()
	f := faultNone
	if ft.plan != nil {
		f = ft.plan(req)
	}
	ft.counts[f]++
	ft.mu.Unlock()

	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
		req.Body.Close()
	}
	forward := func() (*http.Response, error) {
		r := req.Clone(req.Context())
		if body != nil {
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
		return ft.next.RoundTrip(r)
	}
	// forwardFully makes sure the center finished the call (its work is committed).
	forwardFully := func() ([]byte, *http.Response, error) {
		resp, err := forward()
		if err != nil {
			return nil, nil, err
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		return b, resp, err
	}
	refused := &netError{syscall.ECONNREFUSED}
	switch f {
	case faultStopBefore:
		ft.center.stop()
		return forward()
	case faultStopAfter:
		if _, _, err := forwardFully(); err != nil {
			return nil, err
		}
		ft.center.stop()
		return nil, &netError{syscall.ECONNRESET}
	case faultRefuse:
		return nil, refused
	case faultCutBody:
		b, resp, err := forwardFully()
		if err != nil {
			return nil, err
		}
		resp.Body = io.NopCloser(io.MultiReader(bytes.NewReader(b[:len(b)/2]), errReader{io.ErrUnexpectedEOF}))
		return resp, nil
	case faultDuplicate:
		if _, _, err := forwardFully(); err != nil {
			return nil, err
		}
		return forward()
	case fault500:
		return synthetic(req, 500, protocol.MediaProblem, `{"type":"about:blank","title":"boom","status":500}`), nil
	case fault502After:
		if _, _, err := forwardFully(); err != nil {
			return nil, err
		}
		return synthetic(req, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"), nil
	case faultTimeout, faultTimeoutAfter:
		if f == faultTimeoutAfter {
			if _, _, err := forwardFully(); err != nil {
				return nil, err
			}
		}
		<-req.Context().Done()
		return nil, req.Context().Err()
	case faultInvalidJSON:
		if _, _, err := forwardFully(); err != nil {
			return nil, err
		}
		return synthetic(req, 200, "application/json", `{"changes": [{"seq": 7, "kind": "status"}, nope]}`), nil
	case faultHTML:
		return synthetic(req, 200, "text/html; charset=utf-8", "<html><body>برای ادامه وارد شوید</body></html>"), nil
	case faultHuge:
		resp := synthetic(req, 200, "application/json", "")
		resp.ContentLength = -1 // streamed: the limit must stop it while reading
		resp.Body = io.NopCloser(io.MultiReader(strings.NewReader(`{"changes":[`),
			io.LimitReader(repeatReader(' '), 64<<20), strings.NewReader(`],"next":0,"more":false}`)))
		return resp, nil
	}
	return forward()
}

type netError struct{ errno syscall.Errno }

func (e *netError) Error() string   { return "dial tcp: " + e.errno.Error() }
func (e *netError) Timeout() bool   { return false }
func (e *netError) Temporary() bool { return true }
func (e *netError) Unwrap() error   { return e.errno }

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

func synthetic(req *http.Request, status int, ctype, body string) *http.Response {
	return &http.Response{StatusCode: status, Status: fmt.Sprintf("%d %s", status, http.StatusText(status)),
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Request: req, ContentLength: int64(len(body)),
		Header: http.Header{"Content-Type": {ctype}}, Body: io.NopCloser(strings.NewReader(body))}
}

func isPull(r *http.Request) bool {
	return r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/changes")
}
func isPush(r *http.Request) bool {
	return r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/ops")
}

// nth injects f on the n-th call that match selects (1-based), times times in a row.
func nth(match func(*http.Request) bool, n, times int, f fault) func(*http.Request) fault {
	seen := 0
	return func(r *http.Request) fault {
		if !match(r) {
			return faultNone
		}
		seen++
		if seen >= n && seen < n+times {
			return f
		}
		return faultNone
	}
}

// faultScenario: device a (behind the faulty transport) has local edits to push and the
// feed has a page or more of other devices' changes to pull; a second device b is clean.
type faultScenario struct {
	tc   *testCenter
	ft   *faultyTransport
	a, b *device
}

func newFaultScenario(t *testing.T) *faultScenario {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 150))
	_, sa := tc.token("3", protocol.RoleSupervisor)
	_, sb := tc.token("3", protocol.RoleClerk)
	ft := newFaultyTransport(tc)
	s := &faultScenario{tc: tc, ft: ft, a: newDevice(t, tc, sa, ft), b: newDevice(t, tc, sb, nil)}
	s.a.c.MaxResponseBytes = 1 << 20
	s.a.c.Timeout = 300 * time.Millisecond
	s.a.eng.BatchSize = 7
	s.a.mustSync()
	s.b.mustSync()
	// b's edits make the feed longer than a page for a.
	for i := range 60 {
		id := fmt.Sprintf("3-%06d", 100+i%50)
		if i < 50 {
			if err := s.b.db.SetRequestStatus(ctx, "b", id, tafkik.StatusReviewing, ""); err != nil {
				t.Fatal(err)
			}
		} else if err := s.b.db.AddNote(ctx, tafkik.Note{RequestID: id, Author: "b", Text: fmt.Sprintf("یادداشت %d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	s.b.mustSync()
	// a's offline edits: more than one push batch.
	for i := range 25 {
		id := fmt.Sprintf("3-%06d", i)
		var err error
		switch i % 3 {
		case 0:
			err = s.a.db.SetRequestStatus(ctx, "a", id, tafkik.StatusAssigned, "")
		case 1:
			err = s.a.db.AddNote(ctx, tafkik.Note{RequestID: id, Author: "a", Text: fmt.Sprintf("بازدید %d", i)})
		case 2:
			err = s.a.db.DecideFlag(ctx, "a", id, tafkik.AgencyPower, "")
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// settle syncs until every device is done (the center restarted if a fault stopped it).
func (s *faultScenario) settle(t *testing.T) {
	t.Helper()
	s.ft.setPlan(nil)
	s.tc.mu.Lock()
	stopped := s.tc.srv == nil
	s.tc.mu.Unlock()
	if stopped {
		s.tc.start()
	}
	for range 2 {
		s.a.mustSync()
		s.b.mustSync()
	}
}

// checkConsistent: a and b agree with each other and the center, nothing pending, no op
// doubled in the feed, and every op a wrote was recorded by the center exactly as a recorded it.
func (s *faultScenario) checkConsistent(t *testing.T, devs ...*device) {
	t.Helper()
	checkAgainstCenter(t, s.tc, "3", devs...)
	for i := 1; i < len(devs); i++ {
		if diff := diffSnapshots(devs[0].snapshot(), devs[i].snapshot()); diff != "" {
			t.Errorf("device 0 and %d differ:\n%s", i, diff)
		}
	}
	for i, d := range devs {
		checkOpsRecorded(t, s.tc, d, i)
	}
}

// checkOpsRecorded replays each of a device's ops against the center's storage: a recorded op
// answers with its first result (already_applied for an applied one), so an op the device
// thinks done but the center never took would come back "applied" — a lost op.
func checkOpsRecorded(t *testing.T, tc *testCenter, d *device, i int) {
	t.Helper()
	ctx := context.Background()
	rows, err := d.db.Outbox(ctx)
	if err != nil {
		t.Fatal(err)
	}
	district, _ := d.db.Meta(ctx, store.MetaDistrict)
	for _, o := range rows {
		if o.State == store.OpStatePending {
			t.Errorf("device %d: op %s still pending", i, o.Op.ID)
			continue
		}
		if strings.HasPrefix(o.Result.Reason, "refused before sending") {
			continue
		}
		res, err := tc.db.ApplyOps(ctx, district, []tafkik.Op{wireOp(o.Op, district)})
		if err != nil {
			t.Fatalf("replay %s: %v", o.Op.ID, err)
		}
		want := map[tafkik.OpOutcome]tafkik.OpOutcome{tafkik.OpApplied: tafkik.OpAlreadyApplied,
			tafkik.OpAlreadyApplied: tafkik.OpAlreadyApplied}[o.Result.Outcome]
		if want == "" {
			want = o.Result.Outcome // a conflict or a rejection answers the same again
		}
		if got := res[0].Outcome; got != want {
			t.Errorf("device %d op %s (%s, %s locally): the center answers %s on replay", i, o.Op.ID, o.Op.Kind, o.State, got)
		}
	}
}

func TestFaults(t *testing.T) {
	tests := []struct {
		name  string
		plan  func(*http.Request) fault
		fails bool // the faulty sync itself must report an error (else it must recover alone)
	}{
		{"no fault", nil, false},
		{"center stopped mid-pull", nth(isPull, 2, 1, faultStopBefore), true},
		{"center stopped mid-push (after applying a batch)", nth(isPush, 2, 1, faultStopAfter), true},
		{"center stopped before a push", nth(isPush, 1, 1, faultStopBefore), true},
		{"connection cut mid-body (pull)", nth(isPull, 2, 1, faultCutBody), false},
		{"connection cut mid-body (push)", nth(isPush, 1, 1, faultCutBody), false},
		{"connection cut on every push attempt", nth(isPush, 1, 100, faultCutBody), true},
		{"same batch delivered twice", nth(isPush, 1, 3, faultDuplicate), false},
		{"same page delivered twice", nth(isPull, 1, 3, faultDuplicate), false},
		{"500 once", nth(isPull, 2, 1, fault500), false},
		{"500 forever", nth(isPull, 1, 100, fault500), true},
		{"502 html after the push was applied", nth(isPush, 1, 2, fault502After), false},
		{"502 html forever after applying", nth(isPush, 1, 100, fault502After), true},
		{"timeout once (pull)", nth(isPull, 3, 1, faultTimeout), false},
		{"timeout after the push was applied", nth(isPush, 2, 1, faultTimeoutAfter), false},
		{"timeouts forever", nth(isPush, 1, 100, faultTimeoutAfter), true},
		{"invalid json (pull)", nth(isPull, 2, 1, faultInvalidJSON), true},
		{"invalid json after push applied", nth(isPush, 1, 1, faultInvalidJSON), true},
		{"html page on 200", nth(isPull, 1, 1, faultHTML), true},
		{"response over the size limit", nth(isPull, 2, 1, faultHuge), true},
		{"refused", nth(func(*http.Request) bool { return true }, 1, 100, faultRefuse), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newFaultScenario(t)
			s.ft.setPlan(tt.plan)
			err := s.a.sync()
			if tt.fails && err == nil {
				t.Fatalf("the faulty sync reported no error")
			}
			if !tt.fails && err != nil {
				t.Fatalf("the client did not recover by itself: %v", err)
			}
			if !isTransient(err) {
				t.Fatalf("unexpected kind of error: %v", err)
			}
			if tt.plan != nil && sum(s.ft.counts[1:]) == 0 {
				t.Fatalf("no fault was injected: the test proves nothing")
			}
			s.settle(t)
			s.checkConsistent(t, s.a, s.b)
			// All 25 of a's edits reached the center, none twice (checked above), none lost.
			rows, _ := s.a.db.Outbox(context.Background())
			done := 0
			for _, r := range rows {
				if r.State == store.OpStateApplied || r.State == store.OpStateAlreadyApplied {
					done++
				}
			}
			if done != 25 || len(rows) != 25 {
				t.Errorf("%d of a's %d ops done, want 25 of 25 (states: %v)", done, len(rows), states(rows))
			}
		})
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func states(rows []store.OutboxEntry) map[string]int {
	m := map[string]int{}
	for _, r := range rows {
		m[r.State]++
	}
	return m
}

// An op applied by the center whose answer was lost stays pending here; a later change by
// someone else to the same request must still win once the lost answer is recovered.
func TestLostAnswerThenSomeoneElsesChange(t *testing.T) {
	for _, kind := range []string{"status", "flag", "issue"} {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			tc := startCenter(t)
			tc.importRequests(districtRequests("3", 0, 4))
			_, sa := tc.token("3", protocol.RoleSupervisor)
			_, sb := tc.token("3", protocol.RoleClerk)
			ft := newFaultyTransport(tc)
			a, b := newDevice(t, tc, sa, ft), newDevice(t, tc, sb, nil)
			a.c.Timeout = 200 * time.Millisecond
			a.eng.Actor, b.eng.Actor = "a", "b"
			must := func(err error) {
				t.Helper()
				if err != nil {
					t.Fatal(err)
				}
			}
			b.mustSync()
			if kind == "issue" {
				must(b.db.AddDecision(ctx, tafkik.Decision{ID: "m1", Kind: tafkik.DecisionSame, RequestIDs: []string{"3-000001", "3-000002"}, Actor: "b"}))
				must(b.db.SetIssueStatus(ctx, "b", "I-3-000001", tafkik.StatusReviewing, ""))
				b.mustSync()
			}
			a.mustSync()
			b.mustSync()
			switch kind {
			case "status":
				must(a.db.SetRequestStatus(ctx, "a", "3-000001", tafkik.StatusReviewing, ""))
			case "flag":
				must(a.db.DecideFlag(ctx, "a", "3-000001", tafkik.AgencyWater, ""))
			case "issue":
				must(a.db.SetIssueStatus(ctx, "a", "I-3-000001", tafkik.StatusAssigned, ""))
			}
			ft.setPlan(nth(isPush, 1, 100, faultTimeoutAfter)) // applied, never answered
			if err := a.sync(); err == nil {
				t.Fatal("the faulty sync reported no error")
			}
			ft.setPlan(nil)
			b.mustSync() // b sees a's change, then overrides it
			switch kind {
			case "status":
				must(b.db.SetRequestStatus(ctx, "b", "3-000001", tafkik.StatusReferred, ""))
			case "flag":
				must(b.db.DecideFlag(ctx, "b", "3-000001", tafkik.AgencyPower, ""))
			case "issue":
				must(b.db.SetIssueStatus(ctx, "b", "I-3-000001", tafkik.StatusInProgress, ""))
			}
			b.mustSync()
			a.mustSync()
			a.mustSync()
			if diff := diffSnapshots(a.snapshot(), b.snapshot()); diff != "" {
				t.Errorf("a and b differ:\n%s", diff)
			}
			if kind == "issue" {
				ia, _ := a.db.Issue(ctx, "I-3-000001")
				ib, _ := b.db.Issue(ctx, "I-3-000001")
				if ia.Status != ib.Status || ia.Status != tafkik.StatusInProgress {
					t.Errorf("issue: a %s, b %s", ia.Status, ib.Status)
				}
			}
			checkAgainstCenter(t, tc, "3", a, b)
		})
	}
}
