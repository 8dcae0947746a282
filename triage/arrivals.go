package triage

import (
	"context"
	"fmt"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/dedup"
)

// Arrivals places the requests that are in no issue yet (new arrivals from a sync round, an
// intake or an import) into the stored grouping one at a time, the way a new arrival is
// placed, and flags their jurisdiction. Unlike Run it groups nothing again: every request
// already in an issue stays there, so the issues a clerk is working on do not move under
// them between syncs. With nothing grouped yet it runs Run. Summary.Requests is the number of
// requests placed, Summary.Issues the number of issues they joined or opened; progress (may
// be nil) is told how far reading the stored grouping is.
func Arrivals(ctx context.Context, db *store.DB, opt RunOptions, progress func(done, total int)) (Summary, error) {
	start := time.Now()
	var sum Summary
	n, err := db.UngroupedCount(ctx)
	if err != nil || n == 0 {
		return sum, err
	}
	members, err := db.Memberships(ctx)
	if err != nil {
		return sum, fmt.Errorf("load grouping: %w", err)
	}
	if len(members) == 0 {
		return Run(ctx, db, opt, progress)
	}
	reqs, err := db.AllRequests(ctx)
	if err != nil {
		return sum, fmt.Errorf("load requests: %w", err)
	}
	decisions, err := db.Decisions(ctx)
	if err != nil {
		return sum, fmt.Errorf("load decisions: %w", err)
	}
	var grouped, arrived []tafkik.Request
	issueOf := make(map[string]string, len(members))
	for _, r := range reqs {
		if m, ok := members[r.ID]; ok {
			grouped = append(grouped, r)
			issueOf[r.ID] = m.IssueID
		} else {
			arrived = append(arrived, r)
		}
	}
	dopt := opt.dedupOptions(progress)
	x := dedup.Resume(grouped, issueOf, decisions, dopt)
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	placed := x.AddAll(arrived)
	res := x.Result()
	// the second look may have moved an arrival placed early: the final word is the index's
	final := make(map[string]string, len(res.Members))
	for _, m := range res.Members {
		final[m.RequestID] = m.IssueID
	}
	joined := map[string]bool{}
	for i := range placed {
		placed[i].IssueID = final[placed[i].RequestID]
		joined[placed[i].IssueID] = true
	}
	// the requests of the issues the arrivals joined or opened: their flags and statuses
	var local []tafkik.Request
	var localMembers []tafkik.Membership
	for _, r := range reqs {
		if joined[final[r.ID]] {
			local = append(local, r)
			localMembers = append(localMembers, tafkik.Membership{RequestID: r.ID, IssueID: final[r.ID]})
		}
	}
	flags, err := flagAndSave(ctx, db, opt, local, final)
	if err != nil {
		return sum, err
	}
	var issues []tafkik.Issue
	for _, is := range res.Issues {
		if joined[is.ID] {
			issues = append(issues, is)
		}
	}
	settle(issues, local, localMembers, flags)
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := db.SaveArrivals(ctx, issues, placed); err != nil {
		return sum, fmt.Errorf("save arrivals: %w", err)
	}
	areas := res.Neighbourhoods // as Run fills them, over the whole district
	fillNeighbourhoods(reqs, res.Members, areas)
	newAreas := make(map[string]string, len(arrived))
	for _, r := range arrived {
		newAreas[r.ID] = areas[r.ID]
	}
	if err := db.SetNeighbourhoods(ctx, newAreas); err != nil {
		return sum, fmt.Errorf("save neighbourhoods: %w", err)
	}
	sum.Requests, sum.Issues, sum.Decisions = len(placed), len(issues), len(decisions)
	// a duplicate is every arrival but the first of an issue the arrivals opened
	had := make(map[string]bool, len(issueOf))
	for _, id := range issueOf {
		had[id] = true
	}
	for _, m := range placed {
		if had[m.IssueID] {
			sum.Duplicates++
		}
		had[m.IssueID] = true
	}
	for _, r := range arrived {
		if f, ok := flags[r.ID]; ok {
			if f.Agency.Outside() {
				sum.Outside++
			}
			if f.NeedsReview && !f.Decided {
				sum.NeedsReview++
			}
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}
