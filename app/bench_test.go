package app

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage"
)

var (
	bigOnce sync.Once
	bigDir  string
	bigPath string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if bigDir != "" {
		os.RemoveAll(bigDir)
	}
	os.Exit(code)
}

// bigDistrict is a 100,000-request demo district on disk, built once per test binary.
func bigDistrict(b *testing.B) string {
	bigOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tafkik-bench-")
		if err != nil {
			b.Fatal(err)
		}
		bigDir, bigPath = dir, filepath.Join(dir, "big.db")
		ctx := context.Background()
		db, err := store.Open(ctx, bigPath)
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		ds := demo.Generate(demo.Options{Seed: 7, N: 100_000})
		for i := 0; i < len(ds.Requests); i += 10_000 {
			if _, err := db.UpsertRequests(ctx, ds.Requests[i:min(i+10_000, len(ds.Requests))]); err != nil {
				b.Fatal(err)
			}
		}
		// Grouped and flagged, as a district's database is after its first triage.
		if _, err := triage.Run(ctx, db, triage.RunOptions{}, nil); err != nil {
			b.Fatal(err)
		}
	})
	if bigPath == "" {
		b.Skip("no big district")
	}
	return bigPath
}

func benchUI(b *testing.B, db *store.DB) *UI {
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(1366, 768))
	u := New(w, Config{Store: db, Role: RoleClerk, Now: func() time.Time { return testNow }, inline: true, skipFilterLists: true})
	u.Wait()
	return u
}

// BenchmarkFirstScreen100k is start to a filled inbox: open the store, build every screen,
// fetch the first page and the count. Target 1.5 s. The inbox's filter lists are read after
// the first page, off the UI thread (BenchmarkFilterLists100k), and are not part of it.
func BenchmarkFirstScreen100k(b *testing.B) {
	path := bigDistrict(b)
	test.NewTempApp(b)
	b.ResetTimer()
	for b.Loop() {
		db, err := store.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		u := benchUI(b, db)
		if u.Inbox.Total() != 100_000 {
			b.Fatalf("inbox shows %d", u.Inbox.Total())
		}
		u.Close()
		db.Close()
	}
}

// BenchmarkInbox100k is one search or filter, typed to rows on screen. Target 100 ms.
func BenchmarkInbox100k(b *testing.B) {
	path := bigDistrict(b)
	test.NewTempApp(b)
	db, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	u := benchUI(b, db)
	defer u.Close()
	in := u.Inbox
	cases := []struct {
		name string
		set  func()
		undo func()
	}{
		{"search", func() { in.SetSearch("آسفالت گلسار") }, func() { in.SetSearch("") }},
		{"search_rare", func() { in.SetSearch("ترکیدگی لوله") }, func() { in.SetSearch("") }},
		{"status", func() { in.SetStatus(tafkik.StatusInProgress) }, func() { in.SetStatus("") }},
		{"agency", func() { in.SetAgency(tafkik.AgencyWater) }, func() { in.SetAgency("") }},
		{"category", func() { in.SetCategory("ترمیم آسفالت") }, func() { in.SetCategory("") }},
		{"dates", func() { in.SetDates("1404/06/01", "1404/06/31") }, func() { in.SetDates("", "") }},
		{"sort_id", func() { in.SortBy(0) }, func() { in.SortBy(1) }},
		{"scroll_deep", func() { in.Row(73_000); u.Wait(); in.Row(73_000) }, func() {}},
	}
	// The store's own time for the same search, to tell UI overhead from query time.
	b.Run("search_store_only", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := db.ListRequests(context.Background(), store.RequestQuery{Text: "آسفالت گلسار", OrderBy: "created_at", Desc: true, Limit: pageSize}); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				c.set()
				u.Wait()
				b.StopTimer()
				c.undo()
				u.Wait()
				b.StartTimer()
			}
		})
	}
}

// BenchmarkDashboard100k reads everything the manager's dashboard shows.
func BenchmarkDashboard100k(b *testing.B) {
	path := bigDistrict(b)
	db, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for b.Loop() {
		if _, err := loadDashboard(context.Background(), db, testNow, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFilterLists100k is the read behind the inbox's category and neighbourhood lists.
func BenchmarkFilterLists100k(b *testing.B) {
	path := bigDistrict(b)
	db, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for b.Loop() {
		if _, err := db.Stats(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
