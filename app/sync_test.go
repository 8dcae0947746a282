package app

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/center"
	"github.com/tafkik/tafkik/sync/client"
	"github.com/tafkik/tafkik/sync/protocol"
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

func TestSupervisorStatusChangeOfflineSyncs(t *testing.T) {
	ctx := context.Background()
	cdb, err := center.Open(ctx, filepath.Join(t.TempDir(), "center.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer cdb.Close()
	raw, err := os.ReadFile(filepath.Join("testdata", "district.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fx fixture
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	if _, err := cdb.ImportRequests(ctx, fx.Requests); err != nil {
		t.Fatal(err)
	}
	tok, secret, err := center.NewToken("3", protocol.RoleSupervisor, "field laptop", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := cdb.CreateToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	lc := &loopCenter{db: cdb, addr: "127.0.0.1:0"}
	lc.start(t)
	defer func() { lc.stop() }()

	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "laptop.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c := client.New("http://"+lc.addr, client.Token(secret))
	c.Retries, c.MinBackoff, c.MaxBackoff, c.Timeout = 1, time.Millisecond, 5*time.Millisecond, 2*time.Second
	if err := c.Open(); err != nil {
		t.Fatal(err)
	}
	if err := LearnRole(ctx, db, c); err != nil {
		t.Fatal(err)
	}
	eng := client.NewEngine(db, c)
	eng.Actor = "supervisor-1"
	if err := eng.Sync(ctx); err != nil { // the morning's sync in the office
		t.Fatal(err)
	}

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
