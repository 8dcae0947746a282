package app

import (
	"context"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/center"
	"github.com/tafkik/tafkik/sync/client"
	"github.com/tafkik/tafkik/sync/protocol"
	"github.com/tafkik/tafkik/triage"
)

// loopCenter is the real center137 handler on a loopback port that can go away and come
// back on the same address, as a district's server does while a supervisor is in the field.
type loopCenter struct {
	db   *center.DB
	addr string
	srv  *http.Server
}

func (c *loopCenter) start(t *testing.T) {
	t.Helper()
	var ln net.Listener
	var err error
	for range 50 {
		if ln, err = net.Listen("tcp", c.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	c.addr = ln.Addr().String()
	c.srv = &http.Server{Handler: center.NewServer(c.db).Handler()}
	go c.srv.Serve(ln)
}

func (c *loopCenter) stop() { c.srv.Close() }

// newLoopCenter starts a center holding the fixture district.
func newLoopCenter(t *testing.T) *loopCenter {
	t.Helper()
	ctx := context.Background()
	cdb, err := center.Open(ctx, filepath.Join(t.TempDir(), "center.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cdb.Close() })
	fx := loadFixture(t)
	if _, err := cdb.ImportRequests(ctx, fx.Requests); err != nil {
		t.Fatal(err)
	}
	lc := &loopCenter{db: cdb, addr: "127.0.0.1:0"}
	lc.start(t)
	t.Cleanup(func() { lc.stop() })
	return lc
}

// newLoopDevice is one desktop with its own database, synced once with the center.
func newLoopDevice(t *testing.T, lc *loopCenter, role protocol.Role, actor string) (*store.DB, *client.Engine) {
	t.Helper()
	ctx := context.Background()
	tok, secret, err := center.NewToken("3", role, actor, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := lc.db.CreateToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), actor+".db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := client.New("http://"+lc.addr, client.Token(secret))
	c.Retries, c.MinBackoff, c.MaxBackoff, c.Timeout = 1, time.Millisecond, 5*time.Millisecond, 2*time.Second
	if err := c.Open(); err != nil {
		t.Fatal(err)
	}
	if err := LearnRole(ctx, db, c); err != nil {
		t.Fatal(err)
	}
	eng := client.NewEngine(db, c)
	eng.Actor = actor
	if err := eng.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	return db, eng
}

func TestSupervisorStatusChangeOfflineSyncs(t *testing.T) {
	ctx := context.Background()
	lc := newLoopCenter(t)
	cdb := lc.db
	db, eng := newLoopDevice(t, lc, protocol.RoleSupervisor, "supervisor-1")

	lc.stop() // into the field
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	u := New(w, Config{Store: db, Actor: "supervisor-1", Sync: SyncEngine(eng), Now: time.Now, inline: true})
	defer u.Close()
	u.Wait()
	if u.Role() != RoleSupervisor || u.Current() != ScreenSync {
		t.Fatalf("role %s on %s, want the supervisor on the field screen", u.Role(), u.Current())
	}
	const id = "137-1404-000106"
	u.Request.Open(id)
	u.Wait()
	u.Request.ChangeStatus(tafkik.StatusReviewing, "بازدید شد، زباله هنوز هست")
	u.Wait()
	if n, _ := db.PendingCount(ctx); n != 1 {
		t.Fatalf("%d ops pending after the offline change, want 1", n)
	}
	u.Show(ScreenSync)
	u.Field.SyncNow()
	u.Wait()
	if u.LastError() == nil || u.Field.State().Online {
		t.Errorf("sync with the center away: err %v online %v", u.LastError(), u.Field.State().Online)
	}

	lc.start(t) // back in the office
	u.Field.SyncNow()
	u.Wait()
	if err := u.LastError(); err != nil {
		t.Fatalf("sync back online: %v", err)
	}
	if n, _ := db.PendingCount(ctx); n != 0 {
		t.Errorf("%d ops still pending after sync", n)
	}
	got, err := cdb.Request(ctx, "3", id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Request.Status != tafkik.StatusReviewing {
		t.Errorf("center has status %s, want reviewing", got.Request.Status)
	}
	if !u.Field.State().Online || u.Field.State().LastSuccess.IsZero() {
		t.Errorf("field state after sync: %+v", u.Field.State())
	}
}

// Two desks change one request's status; the second sees the conflict with both versions,
// keeps its own, and the center ends with it.
func TestConflictShownAndResolved(t *testing.T) {
	ctx := context.Background()
	lc := newLoopCenter(t)
	otherDB, other := newLoopDevice(t, lc, protocol.RoleClerk, "clerk-2")
	db, eng := newLoopDevice(t, lc, protocol.RoleSupervisor, "supervisor-1")
	const id = "137-1404-000109"
	if err := otherDB.SetRequestStatus(ctx, "clerk-2", id, tafkik.StatusReviewing, "بررسی شود"); err != nil {
		t.Fatal(err)
	}
	if err := other.Sync(ctx); err != nil {
		t.Fatal(err)
	}

	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	u := New(w, Config{Store: db, Actor: "supervisor-1", Sync: SyncEngine(eng), Now: time.Now, inline: true})
	defer u.Close()
	u.Request.Open(id)
	u.Request.ChangeStatus(tafkik.StatusAssigned, "اکیپ فرستاده شد")
	u.Show(ScreenSync)
	u.Field.SyncNow()
	if err := u.LastError(); err != nil {
		t.Fatal(err)
	}
	cs := u.Field.Conflicts()
	if len(cs) != 1 {
		t.Fatalf("%d conflicts listed, want 1", len(cs))
	}
	mine, theirs := describeConflict(cs[0])
	if !strings.Contains(mine, statusName(tafkik.StatusAssigned)) || !strings.Contains(theirs, statusName(tafkik.StatusReviewing)) {
		t.Errorf("conflict reads mine %q, theirs %q", mine, theirs)
	}
	u.Field.Resolve(0, true)
	u.Field.SyncNow()
	if err := u.LastError(); err != nil {
		t.Fatal(err)
	}
	if n := len(u.Field.Conflicts()); n != 0 {
		t.Errorf("%d conflicts left after keeping mine", n)
	}
	got, err := lc.db.Request(ctx, "3", id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Request.Status != tafkik.StatusAssigned {
		t.Errorf("center has %s, want assigned (kept mine)", got.Request.Status)
	}
}

// TestArrivalsAnnounced: a request filed at the center after the desk grouped its district
// is placed into its alley's issue by the next sync round, and the clerk is told how many
// arrived.
func TestArrivalsAnnounced(t *testing.T) {
	ctx := context.Background()
	lc := newLoopCenter(t)
	db, eng := newLoopDevice(t, lc, protocol.RoleClerk, "clerk-1")
	eng.Arrivals = func(ctx context.Context) (int, error) {
		sum, err := triage.Arrivals(ctx, db, triage.RunOptions{}, nil)
		return sum.Requests, err
	}
	if _, err := triage.Run(ctx, db, triage.RunOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	before, err := db.Memberships(ctx)
	if err != nil {
		t.Fatal(err)
	}
	alley := before["137-1404-000101"].IssueID
	if _, err := lc.db.ImportRequests(ctx, []tafkik.Request{{ID: "137-1404-000201", District: "3",
		CreatedAt: time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC), Category: "عمرانی",
		Text: "آسفالت کوچه ما هنوز خرابه", Address: "گلسار ۱۲۴ ک ۱۲", Channel: "تلفن", Status: tafkik.StatusNew}}); err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	u := New(w, Config{Store: db, Actor: "clerk-1", Sync: SyncEngine(eng), Now: time.Now, inline: true})
	defer u.Close()
	u.Wait()
	u.Show(ScreenSync)
	u.Field.SyncNow()
	u.Wait()
	if err := u.LastError(); err != nil {
		t.Fatal(err)
	}
	after, err := db.Memberships(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := after["137-1404-000201"].IssueID; got != alley {
		t.Errorf("the new report is in %q, want the alley's issue %q", got, alley)
	}
	if want := "۱ درخواست تازه رسید و در مسئله‌ها جای گرفت."; !strings.Contains(u.message.Text, want) {
		t.Errorf("message %q, want it to say %q", u.message.Text, want)
	}

	// the background round, while the clerk reads the inbox: the new request shows at the
	// top in its issue
	if _, err := lc.db.ImportRequests(ctx, []tafkik.Request{{ID: "137-1404-000202", District: "3",
		CreatedAt: time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC), Category: "آسفالت",
		Text: "کوچه ۱۲ گلسار آسفالت نداره", Address: "", Channel: "اپلیکیشن", Status: tafkik.StatusNew}}); err != nil {
		t.Fatal(err)
	}
	u.Show(ScreenInbox)
	u.Wait()
	total := u.Inbox.Total()
	if err := eng.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	u.Wait()
	if u.Inbox.Total() != total+1 {
		t.Errorf("inbox shows %d requests after the round, want %d", u.Inbox.Total(), total+1)
	}
	row, ok := u.Inbox.Row(0)
	if !ok || row.ID != "137-1404-000202" || row.IssueID != alley {
		t.Errorf("inbox's first row = %+v (loaded %v), want the new request in issue %s", row, ok, alley)
	}
	if want := "۱ درخواست تازه رسید"; !strings.Contains(u.message.Text, want) {
		t.Errorf("message %q after the background round", u.message.Text)
	}
}
