package app

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
)

// fixture is a small district in testdata/district.json: twelve requests in seven issues,
// two of them the same alley's asphalt grouped apart, and three flagged for other agencies.
type fixture struct {
	Requests []tafkik.Request    `json:"requests"`
	Issues   []tafkik.Issue      `json:"issues"`
	Members  []tafkik.Membership `json:"members"`
	Flags    []tafkik.Flag       `json:"flags"`
}

// testNow is a fixed clock: three weeks after the fixture's last request.
var testNow = time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)

// loadFixture reads testdata/district.json.
func loadFixture(t testing.TB) fixture {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "district.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fx fixture
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	return fx
}

// openFixture loads testdata/district.json into a real SQLite file.
func openFixture(t testing.TB) *store.DB {
	t.Helper()
	fx := loadFixture(t)
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "tafkik.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return testNow }
	if _, err := db.UpsertRequests(ctx, fx.Requests); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveGrouping(ctx, fx.Issues, fx.Members); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveFlags(ctx, fx.Flags); err != nil {
		t.Fatal(err)
	}
	if err := db.SetMeta(ctx, "district", "3"); err != nil {
		t.Fatal(err)
	}
	return db
}

// newTestUI opens the app on db in a test window, as role.
func newTestUI(t testing.TB, db *store.DB, role Role) *UI {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	u := New(w, Config{Store: db, Actor: "clerk-1", Role: role, Now: func() time.Time { return testNow }, inline: true})
	t.Cleanup(u.Close)
	u.Wait()
	return u
}

func issueCount(t testing.TB, db *store.DB, id string) int {
	t.Helper()
	is, err := db.Issue(context.Background(), id)
	if err != nil {
		return 0
	}
	return is.Count
}

// issuesScreen opens the fixture district on the issue screen, as a clerk, with the issue
// open opened ("" for none).
func issuesScreen(t *testing.T, open string) (*store.DB, *UI, *Issues) {
	t.Helper()
	db := openFixture(t)
	u := newTestUI(t, db, RoleClerk)
	u.Show(ScreenIssues)
	u.Wait()
	if open != "" {
		u.Issues.Open(open)
		u.Wait()
	}
	return db, u, u.Issues
}
