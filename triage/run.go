package triage

import (
	"context"
	"fmt"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/dedup"
	"github.com/tafkik/tafkik/triage/jurisdiction"
)

// RunOptions tune a triage run. The zero value runs everything with the default settings.
type RunOptions struct {
	Dedup dedup.Options // zero: dedup.DefaultOptions()
	// SkipJurisdiction leaves the jurisdiction flags as they are.
	SkipJurisdiction bool
	// Rules flags jurisdiction; nil means the district's own rules (RulesMetaKey), if it
	// has loaded any, else the default rules shipped in assets.
	Rules *jurisdiction.Engine
}

// RulesMetaKey is the store setting holding the text of a district's own rules file. Only a
// file that parsed is ever stored, so the rules in force are always valid.
const RulesMetaKey = "jurisdiction_rules"

// Rules returns the engine a district's triage uses: its own rules if it loaded any, else the
// default ones.
func Rules(ctx context.Context, db *store.DB) (*jurisdiction.Engine, error) {
	text, err := db.Meta(ctx, RulesMetaKey)
	if err != nil {
		return nil, err
	}
	if text == "" {
		return jurisdiction.Default()
	}
	return jurisdiction.Parse("district rules", []byte(text))
}

// dedupOptions are the grouping's options: opt.Dedup, or the defaults, telling progress.
func (opt RunOptions) dedupOptions(progress func(done, total int)) dedup.Options {
	d := opt.Dedup
	if d.CoreSize == 0 {
		d = dedup.DefaultOptions()
	}
	d.Progress = progress
	return d
}

// Summary is what a run did.
type Summary struct {
	Requests    int // requests grouped
	Issues      int // distinct issues
	Duplicates  int // requests in an issue with an earlier request
	Outside     int // requests whose agency is not the municipality
	NeedsReview int // flags a clerk should look at
	Decisions   int // clerk decisions kept
	Elapsed     time.Duration
}

// Run groups every stored request into issues and flags jurisdiction, then saves both. It
// starts from the stored decisions and the previous grouping, so issue ids, statuses and a
// clerk's merges and splits survive; it is safe to run again. progress (may be nil) is told
// how many requests are grouped.
func Run(ctx context.Context, db *store.DB, opt RunOptions, progress func(done, total int)) (Summary, error) {
	start := time.Now()
	var sum Summary
	reqs, err := db.AllRequests(ctx)
	if err != nil {
		return sum, fmt.Errorf("load requests: %w", err)
	}
	decisions, err := db.Decisions(ctx)
	if err != nil {
		return sum, fmt.Errorf("load decisions: %w", err)
	}
	members, err := db.Memberships(ctx)
	if err != nil {
		return sum, fmt.Errorf("load grouping: %w", err)
	}
	prev := make(map[string]string, len(members))
	for id, m := range members {
		prev[id] = m.IssueID
	}
	dopt := opt.dedupOptions(progress)
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	res := dedup.Group(reqs, decisions, prev, dopt)

	issueOf := make(map[string]string, len(res.Members))
	for _, m := range res.Members {
		issueOf[m.RequestID] = m.IssueID
	}
	flags, err := flagAndSave(ctx, db, opt, reqs, issueOf)
	if err != nil {
		return sum, err
	}
	settle(res.Issues, reqs, res.Members, flags)
	for _, is := range res.Issues {
		sum.Duplicates += is.Count - 1
	}
	for _, f := range flags {
		if f.Agency.Outside() {
			sum.Outside++
		}
		if f.NeedsReview && !f.Decided {
			sum.NeedsReview++
		}
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := db.SaveGrouping(ctx, res.Issues, res.Members); err != nil {
		return sum, fmt.Errorf("save grouping: %w", err)
	}
	fillNeighbourhoods(reqs, res.Members, res.Neighbourhoods)
	if err := db.SetNeighbourhoods(ctx, res.Neighbourhoods); err != nil {
		return sum, fmt.Errorf("save neighbourhoods: %w", err)
	}
	sum.Requests, sum.Issues, sum.Decisions = len(reqs), len(res.Issues), len(decisions)
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// flagAndSave flags reqs' jurisdiction after grouping (issueOf: request id → issue id; a
// request that names nothing takes its issue's agency) with opt.Rules or the district's own,
// saves the flags, and returns every stored flag: those include the ones a clerk decided,
// which the engine never overwrites. With opt.SkipJurisdiction it only returns them.
func flagAndSave(ctx context.Context, db *store.DB, opt RunOptions, reqs []tafkik.Request, issueOf map[string]string) (map[string]tafkik.Flag, error) {
	if !opt.SkipJurisdiction {
		eng := opt.Rules
		if eng == nil {
			var err error
			if eng, err = Rules(ctx, db); err != nil {
				return nil, fmt.Errorf("jurisdiction rules: %w", err)
			}
		}
		stored, err := db.Flags(ctx)
		if err != nil {
			return nil, fmt.Errorf("load flags: %w", err)
		}
		if err := db.SaveFlags(ctx, eng.FlagGrouped(reqs, issueOf, stored)); err != nil {
			return nil, fmt.Errorf("save flags: %w", err)
		}
	}
	flags, err := db.Flags(ctx)
	if err != nil {
		return nil, fmt.Errorf("load flags: %w", err)
	}
	return flags, nil
}

// settle gives each issue the status its members' statuses add up to and the agency their
// flags agree on.
func settle(issues []tafkik.Issue, reqs []tafkik.Request, members []tafkik.Membership, flags map[string]tafkik.Flag) {
	byIssue := map[string][]tafkik.Flag{}
	for _, m := range members {
		if f, ok := flags[m.RequestID]; ok {
			byIssue[m.IssueID] = append(byIssue[m.IssueID], f)
		}
	}
	statusOf := make(map[string]tafkik.Status, len(reqs))
	for _, r := range reqs {
		statusOf[r.ID] = r.Status
	}
	memberStatuses := map[string][]tafkik.Status{}
	for _, m := range members {
		memberStatuses[m.IssueID] = append(memberStatuses[m.IssueID], statusOf[m.RequestID])
	}
	for i := range issues {
		is := &issues[i]
		is.Status = issueStatus(memberStatuses[is.ID])
		is.Agency, is.Mixed = jurisdiction.IssueAgency(byIssue[is.ID])
	}
}
