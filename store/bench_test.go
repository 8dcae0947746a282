package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

var (
	district100kOnce sync.Once
	district100kPath string
)

// district100k builds, once per test binary, a triaged 100,000-request district: issues of
// five requests, one request in ten flagged for another agency.
func district100k(b *testing.B) *DB {
	b.Helper()
	ctx := context.Background()
	district100kOnce.Do(func() {
		dir, err := osMkdirTemp()
		if err != nil {
			b.Fatal(err)
		}
		district100kPath = filepath.Join(dir, "100k.db")
		db, err := Open(ctx, district100kPath)
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		cats := []string{"آسفالت", "پسماند", "روشنایی", "فضای سبز", "سد معبر"}
		agencies := []tafkik.Agency{tafkik.AgencyWater, tafkik.AgencyPower, tafkik.AgencyPolice}
		reqs := make([]tafkik.Request, 100000)
		var issues []tafkik.Issue
		var members []tafkik.Membership
		var flags []tafkik.Flag
		for i := range reqs {
			reqs[i] = req(fmt.Sprint("R", i), fmt.Sprintf("آسفالت کوچه %d خیابان %d خراب است لطفا رسیدگی کنید", i%50, i%300),
				fmt.Sprintf("گلسار، خیابان %d", i%300), i%365)
			reqs[i].Category = cats[i%len(cats)]
			if i%5 == 0 {
				issues = append(issues, tafkik.Issue{ID: fmt.Sprint("I-R", i), Count: 5, FirstAt: reqs[i].CreatedAt, LastAt: reqs[i].CreatedAt})
			}
			members = append(members, tafkik.Membership{RequestID: reqs[i].ID, IssueID: fmt.Sprint("I-R", i-i%5)})
			ag := tafkik.AgencyMunicipality
			if i%10 == 3 {
				ag = agencies[i%3]
			}
			flags = append(flags, tafkik.Flag{RequestID: reqs[i].ID, Agency: ag, Confidence: 0.9})
		}
		if _, err := db.UpsertRequests(ctx, reqs); err != nil {
			b.Fatal(err)
		}
		if err := db.SaveGrouping(ctx, issues, members); err != nil {
			b.Fatal(err)
		}
		if err := db.SaveFlags(ctx, flags); err != nil {
			b.Fatal(err)
		}
	})
	db, err := Open(ctx, district100kPath)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

func BenchmarkListRequests100k(b *testing.B) {
	db := district100k(b)
	ctx := context.Background()
	from := t0.AddDate(0, 1, 0)
	cases := []struct {
		name string
		q    RequestQuery
	}{
		{"first-page", RequestQuery{Limit: 200}},
		{"search", RequestQuery{Text: "آسفالت گلسار", Limit: 200}},
		{"search-rare", RequestQuery{Text: "کوچه 17 خیابان 117", Limit: 200}},
		{"search-id", RequestQuery{Text: "R4711", Limit: 200}},
		{"search-number", RequestQuery{Text: "17", Limit: 200}},
		{"status", RequestQuery{Status: tafkik.StatusNew, Limit: 200}},
		{"category", RequestQuery{Category: "روشنایی", Limit: 200}},
		{"agency-outside", RequestQuery{Agency: tafkik.AgencyWater, Limit: 200}},
		{"agency-municipality", RequestQuery{Agency: tafkik.AgencyMunicipality, Limit: 200}},
		{"dates", RequestQuery{From: from, To: from.Add(7 * 24 * time.Hour), Limit: 200}},
		{"issue", RequestQuery{IssueID: "I-R500", Limit: 200}},
		{"deep-page", RequestQuery{Offset: 73000, Limit: 200}},
		{"sort-id", RequestQuery{OrderBy: "id", Limit: 200}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := db.ListRequests(ctx, c.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkStats100k(b *testing.B) {
	db := district100k(b)
	for b.Loop() {
		if _, err := db.Stats(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIssueSearch100k: the issue list's search, counted and listed as the app does,
// over 20,000 issues: a word every request holds, a narrow pair, and an issue's id.
func BenchmarkIssueSearch100k(b *testing.B) {
	db := district100k(b)
	ctx := context.Background()
	for _, text := range []string{"کوچه", "کوچه ۷ خیابان ۱۲۳", "I-R500"} {
		b.Run(text, func(b *testing.B) {
			q := IssueQuery{Text: text, OpenOnly: true, OrderBy: "count", Limit: 5000}
			for b.Loop() {
				if _, err := db.CountIssues(ctx, q); err != nil {
					b.Fatal(err)
				}
				if _, err := db.ListIssues(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// the review lists: the issues that may be two episodes (every membership's time is read),
	// and those with the most doubtful joins
	for _, order := range []string{SilenceOrder, DoubtfulOrder} {
		b.Run("order-"+order, func(b *testing.B) {
			q := IssueQuery{OpenOnly: true, OrderBy: order, Limit: 5000}
			for b.Loop() {
				if _, err := db.ListIssues(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func osMkdirTemp() (string, error) { return os.MkdirTemp("", "tafkik-bench-") }
