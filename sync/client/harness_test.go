package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/center"
	"github.com/tafkik/tafkik/sync/protocol"
	"github.com/tafkik/tafkik/sync/protocol/apitest"
)

// lockedBuffer is a log sink shared by goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// testCenter is the real center (sync/center handler, SQLite in a temp dir) on a loopback
// port that can be stopped and started again on the same address.
type testCenter struct {
	t       testing.TB
	db      *center.DB
	handler http.Handler
	log     *lockedBuffer
	addr    string

	mu  sync.Mutex
	srv *http.Server
}

func startCenter(t testing.TB) *testCenter {
	t.Helper()
	db, err := center.Open(context.Background(), filepath.Join(t.TempDir(), "center.db"))
	if err != nil {
		t.Fatal(err)
	}
	tc := &testCenter{t: t, db: db, log: &lockedBuffer{}}
	s := center.NewServer(db)
	s.Logger = slog.New(slog.NewTextHandler(tc.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	tc.handler = s.Handler()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	tc.addr = ln.Addr().String()
	tc.serve(ln)
	t.Cleanup(func() {
		tc.stop()
		db.Close()
	})
	return tc
}

func (tc *testCenter) URL() string { return "http://" + tc.addr }

func (tc *testCenter) serve(ln net.Listener) {
	srv := &http.Server{Handler: tc.handler, ErrorLog: nil}
	tc.mu.Lock()
	tc.srv = srv
	tc.mu.Unlock()
	go srv.Serve(ln)
}

// stop closes the listener and every open connection: the center is gone.
func (tc *testCenter) stop() {
	tc.mu.Lock()
	srv := tc.srv
	tc.srv = nil
	tc.mu.Unlock()
	if srv != nil {
		srv.Close()
	}
}

// start serves again on the same address.
func (tc *testCenter) start() {
	tc.t.Helper()
	var ln net.Listener
	var err error
	for range 50 {
		if ln, err = net.Listen("tcp", tc.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		tc.t.Fatal(err)
	}
	tc.serve(ln)
}

func (tc *testCenter) token(district string, role protocol.Role) (center.Token, string) {
	tc.t.Helper()
	tok, secret, err := center.NewToken(district, role, "test", time.Now())
	if err != nil {
		tc.t.Fatal(err)
	}
	if err := tc.db.CreateToken(context.Background(), tok); err != nil {
		tc.t.Fatal(err)
	}
	return tok, secret
}

var baseTime = time.Date(2026, 11, 1, 7, 0, 0, 0, time.UTC)

func districtRequests(district string, from, n int) []tafkik.Request {
	cats := []string{"آسفالت", "زباله", "روشنایی", "فضای سبز"}
	out := make([]tafkik.Request, n)
	for i := range out {
		k := from + i
		out[i] = tafkik.Request{ID: fmt.Sprintf("%s-%06d", district, k), District: district,
			CreatedAt: baseTime.Add(time.Duration(k) * time.Minute), Category: cats[k%len(cats)],
			Text:    fmt.Sprintf("درخواست شماره %d: %s کوچه %d خراب است", k, cats[k%len(cats)], k%40),
			Address: fmt.Sprintf("محله %d، کوچه %d", k%12, k%40), Lat: 37.28 + float64(k%100)/1000,
			Lon: 49.58, HasLocation: k%3 != 0, Channel: "app", Status: tafkik.StatusNew}
	}
	return out
}

func (tc *testCenter) importRequests(reqs []tafkik.Request) {
	tc.t.Helper()
	if _, err := tc.db.ImportRequests(context.Background(), reqs); err != nil {
		tc.t.Fatal(err)
	}
}

// feed reads a district's whole feed from the center's storage.
func (tc *testCenter) feed(district string) []protocol.Change {
	tc.t.Helper()
	var out []protocol.Change
	after := int64(0)
	for {
		raw, last, more, err := tc.db.Changes(context.Background(), district, after, protocol.MaxChangesLimit)
		if err != nil {
			tc.t.Fatal(err)
		}
		for _, r := range raw {
			var c protocol.Change
			if err := json.Unmarshal(r, &c); err != nil {
				tc.t.Fatal(err)
			}
			out = append(out, c)
		}
		if !more || last <= after {
			return out
		}
		after = last
	}
}

// device is one desktop: its own database and engine.
type device struct {
	t   testing.TB
	db  *store.DB
	c   *Client
	eng *Engine
	log *lockedBuffer
}

func newDevice(t testing.TB, tc *testCenter, secret string, rt http.RoundTripper) *device {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	d := &device{t: t, db: db, log: &lockedBuffer{}}
	d.c = New(tc.URL(), Token(secret))
	// Every call that reaches the real center is checked against the OpenAPI document, on the
	// hop between the client (or the fault injector) and the center.
	v, err := apitest.New()
	if err != nil {
		t.Fatal(err)
	}
	check := &apitest.Transport{Validator: v}
	if ft, ok := rt.(*faultyTransport); ok {
		ft.next = &apitest.Transport{Base: ft.next, Validator: v}
		check = ft.next.(*apitest.Transport)
	} else if rt == nil {
		rt = check
	}
	t.Cleanup(func() {
		if err := check.Err(); err != nil {
			t.Errorf("traffic outside the OpenAPI document:\n%v", err)
		}
	})
	d.c.Transport = rt
	d.c.MinBackoff, d.c.MaxBackoff, d.c.Retries = time.Millisecond, 4*time.Millisecond, 3
	d.c.Timeout = 2 * time.Second
	d.c.Logger = slog.New(slog.NewTextHandler(d.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if err := d.c.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.c.Close() })
	d.eng = NewEngine(db, d.c)
	d.eng.Logger = d.c.Logger
	d.eng.PageSize = 37 // several pages even for small districts
	return d
}

func (d *device) sync() error { return d.eng.Sync(context.Background()) }

func (d *device) mustSync() {
	d.t.Helper()
	if err := d.sync(); err != nil {
		d.t.Fatalf("sync: %v", err)
	}
}

// snapshot is what two devices of one district must agree on after syncing.
type snapshot struct {
	Requests  map[string]string // id → status@version
	Notes     map[string]string // note id → text
	Flags     map[string]tafkik.Agency
	Decisions []string
	Issues    map[string]string // issues the center knows (version > 0): id → status@version
	Visits    map[string]string // issue id|visit id → finding, on those issues
}

func (d *device) snapshot() snapshot {
	d.t.Helper()
	ctx := context.Background()
	s := snapshot{Requests: map[string]string{}, Notes: map[string]string{}, Flags: map[string]tafkik.Agency{},
		Issues: map[string]string{}, Visits: map[string]string{}}
	issues, err := d.db.ListIssues(ctx, store.IssueQuery{})
	if err != nil {
		d.t.Fatal(err)
	}
	for _, is := range issues {
		if is.Version == 0 {
			continue // only this device knows it (local grouping): nothing to agree on
		}
		s.Issues[is.ID] = fmt.Sprintf("%s@%d", is.Status, is.Version)
		vs, err := d.db.Visits(ctx, is.ID)
		if err != nil {
			d.t.Fatal(err)
		}
		for _, v := range vs {
			s.Visits[is.ID+"|"+v.ID] = v.Finding
		}
		notes, err := d.db.Notes(ctx, "issue", is.ID)
		if err != nil {
			d.t.Fatal(err)
		}
		for _, n := range notes {
			s.Notes["issue "+is.ID+"|"+n.Text] = n.Author
		}
	}
	reqs, err := d.db.AllRequests(ctx)
	if err != nil {
		d.t.Fatal(err)
	}
	for _, r := range reqs {
		s.Requests[r.ID] = fmt.Sprintf("%s@%d", r.Status, r.Version)
		notes, err := d.db.Notes(ctx, "request", r.ID)
		if err != nil {
			d.t.Fatal(err)
		}
		for _, n := range notes {
			// A status note's id is local on the device that wrote it; compare by content.
			s.Notes[r.ID+"|"+n.Text] = n.Author
		}
	}
	flags, err := d.db.Flags(ctx)
	if err != nil {
		d.t.Fatal(err)
	}
	for id, f := range flags {
		if f.Decided {
			s.Flags[id] = f.Agency
		}
	}
	ds, err := d.db.Decisions(ctx)
	if err != nil {
		d.t.Fatal(err)
	}
	for _, x := range ds {
		s.Decisions = append(s.Decisions, x.ID)
	}
	sort.Strings(s.Decisions)
	return s
}

func diffSnapshots(a, b snapshot) string {
	var out []string
	for id, v := range a.Requests {
		if b.Requests[id] != v {
			out = append(out, fmt.Sprintf("request %s: %s vs %s", id, v, b.Requests[id]))
		}
	}
	if len(a.Requests) != len(b.Requests) {
		out = append(out, fmt.Sprintf("%d vs %d requests", len(a.Requests), len(b.Requests)))
	}
	for k, v := range a.Notes {
		if _, ok := b.Notes[k]; !ok {
			out = append(out, fmt.Sprintf("note %s (%s) only on the first", k, v))
		}
	}
	for k, v := range b.Notes {
		if _, ok := a.Notes[k]; !ok {
			out = append(out, fmt.Sprintf("note %s (%s) only on the second", k, v))
		}
	}
	for k, v := range a.Flags {
		if b.Flags[k] != v {
			out = append(out, fmt.Sprintf("flag %s: %s vs %s", k, v, b.Flags[k]))
		}
	}
	if len(a.Flags) != len(b.Flags) {
		out = append(out, fmt.Sprintf("%d vs %d decided flags", len(a.Flags), len(b.Flags)))
	}
	for _, pair := range [][2]map[string]string{{a.Issues, b.Issues}, {a.Visits, b.Visits}} {
		for k, v := range pair[0] {
			if pair[1][k] != v {
				out = append(out, fmt.Sprintf("issue/visit %s: %q vs %q", k, v, pair[1][k]))
			}
		}
		for k, v := range pair[1] {
			if _, ok := pair[0][k]; !ok {
				out = append(out, fmt.Sprintf("issue/visit %s: only on the second (%q)", k, v))
			}
		}
	}
	if strings.Join(a.Decisions, ",") != strings.Join(b.Decisions, ",") {
		out = append(out, fmt.Sprintf("decisions %v vs %v", a.Decisions, b.Decisions))
	}
	sort.Strings(out)
	if len(out) > 10 {
		out = append(out[:10], fmt.Sprintf("... %d more", len(out)-10))
	}
	return strings.Join(out, "\n")
}

// checkAgainstCenter verifies that a device and the center agree: every request's status and
// version, the device's cursor at the end of the feed, every op of the device answered and
// none pending, and no op id more than once in the center's feed (zero doubled ops).
func checkAgainstCenter(t testing.TB, tc *testCenter, district string, devs ...*device) {
	t.Helper()
	ctx := context.Background()
	feed := tc.feed(district)
	byOp := map[string]int{}
	last := int64(0)
	for _, c := range feed {
		if c.OpID != "" {
			byOp[c.OpID]++
		}
		last = c.Seq
	}
	for op, n := range byOp {
		if n > 1 {
			t.Errorf("op %s appears %d times in the center's feed", op, n)
		}
	}
	for i, d := range devs {
		checkAppliedOnce(t, d, i, feed)
		if cur, _ := d.db.SyncCursor(ctx); cur != last {
			t.Errorf("device %d: cursor %d, feed ends at %d", i, cur, last)
		}
		if n, _ := d.db.PendingCount(ctx); n != 0 {
			t.Errorf("device %d: %d ops still pending", i, n)
		}
		reqs, err := d.db.AllRequests(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range reqs {
			det, err := tc.db.Request(ctx, district, r.ID)
			if err != nil {
				t.Fatalf("center request %s: %v", r.ID, err)
			}
			if det.Request.Status != r.Status || det.Request.Version != r.Version {
				t.Errorf("device %d request %s: %s@%d, center %s@%d", i, r.ID, r.Status, r.Version,
					det.Request.Status, det.Request.Version)
			}
		}
	}
}

func isTransient(err error) bool {
	return err == nil || retryable(err) || errors.Is(err, ErrBadResponse) || errors.Is(err, ErrTooLarge)
}

// checkAppliedOnce: every status move another device made is in this device's audit trail
// exactly once — a change applied twice (a page replayed past the cursor) would show twice.
func checkAppliedOnce(t testing.TB, d *device, i int, feed []protocol.Change) {
	t.Helper()
	ctx := context.Background()
	outbox, err := d.db.Outbox(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mine := map[string]bool{}
	localActors := map[string]bool{d.eng.Actor: true}
	for _, o := range outbox {
		mine[o.Op.ID] = true
		localActors[o.Op.Actor] = true
	}
	want := map[string]int{}
	for _, c := range feed {
		if c.Kind == protocol.ChangeStatus && !mine[c.OpID] {
			want[c.EntityID]++
		}
	}
	reqs, err := d.db.AllRequests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reqs {
		events, err := d.db.History(ctx, "request", r.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, e := range events {
			if e.Action == "status" && !localActors[e.Actor] {
				got++
			}
		}
		if got != want[r.ID] {
			t.Errorf("device %d request %s: %d remote status moves in the audit trail, the feed has %d", i, r.ID, got, want[r.ID])
		}
	}
}
