package client

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/sync/protocol"
)

var (
	campaignRounds = flag.Int("campaign.rounds", 200, "rounds of the randomized fault campaign (or TAFKIK_CAMPAIGN_ROUNDS)")
	campaignSeed   = flag.Uint64("campaign.seed", 20261128, "seed of the fault campaign")
)

// TestFaultCampaign: two devices of one district edit offline and sync through transports
// that inject a random fault into about a quarter of all calls (the center is stopped and
// restarted too), while the center imports new requests. At the end, with faults off, both
// devices and the center must agree, no op may be pending, lost or doubled.
func TestFaultCampaign(t *testing.T) {
	rounds := *campaignRounds
	if v := os.Getenv("TAFKIK_CAMPAIGN_ROUNDS"); v != "" {
		rounds, _ = strconv.Atoi(v)
	}
	seed := *campaignSeed
	rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	ctx := context.Background()
	tc := startCenter(t)
	nextReq := 80
	tc.importRequests(districtRequests("3", 0, nextReq))
	_, sa := tc.token("3", protocol.RoleSupervisor)
	_, sb := tc.token("3", protocol.RoleClerk)
	fa, fb := newFaultyTransport(tc), newFaultyTransport(tc)
	a, b := newDevice(t, tc, sa, fa), newDevice(t, tc, sb, fb)
	a.eng.Actor, b.eng.Actor = "a", "b"
	for _, d := range []*device{a, b} {
		d.c.Timeout = 150 * time.Millisecond
		d.c.Retries = 2
		d.c.MaxResponseBytes = 512 << 10
		d.eng.BatchSize = 5
	}
	const pFault = 0.25
	randomFault := func(r *rand.Rand) func(*http.Request) fault {
		return func(*http.Request) fault {
			if r.Float64() >= pFault {
				return faultNone
			}
			f := fault(1 + r.IntN(int(numFaults)-1))
			if (f == faultStopBefore || f == faultStopAfter) && r.IntN(3) > 0 {
				f = faultCutBody // stopping the center is rarer: it fails the rest of the round
			}
			return f
		}
	}
	fa.setPlan(randomFault(rand.New(rand.NewPCG(seed+1, 1))))
	fb.setPlan(randomFault(rand.New(rand.NewPCG(seed+2, 2))))
	restart := func() {
		tc.mu.Lock()
		stopped := tc.srv == nil
		tc.mu.Unlock()
		if stopped {
			tc.start()
		}
	}
	stats := map[string]int{}
	edit := func(d *device) {
		reqs, err := d.db.AllRequests(ctx)
		if err != nil || len(reqs) == 0 {
			return
		}
		r := reqs[rnd.IntN(len(reqs))]
		if rnd.IntN(6) == 0 {
			issues, err := d.db.ListIssues(ctx, store.IssueQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if len(issues) > 0 {
				is := issues[rnd.IntN(len(issues))]
				if rnd.IntN(3) == 0 {
					err = d.db.AddVisit(ctx, tafkik.Visit{IssueID: is.ID, Author: d.eng.Actor, Finding: "بازدید " + strconv.Itoa(rnd.IntN(1e6))})
					stats["edit visit"]++
				} else {
					var to []tafkik.Status
					for _, st := range tafkik.Statuses {
						if is.Status.CanMoveTo(st) {
							to = append(to, st)
						}
					}
					note := ""
					if rnd.IntN(2) == 0 {
						note = "یادداشت مسئله " + strconv.Itoa(rnd.IntN(1000))
					}
					err = d.db.SetIssueStatus(ctx, d.eng.Actor, is.ID, to[rnd.IntN(len(to))], note)
					stats["edit issue status"]++
				}
				if err != nil {
					t.Fatalf("issue edit: %v", err)
				}
				return
			}
		}
		switch k := rnd.IntN(20); {
		case k < 9:
			var to []tafkik.Status
			for _, s := range tafkik.Statuses {
				if r.Status.CanMoveTo(s) {
					to = append(to, s)
				}
			}
			note := ""
			if rnd.IntN(3) == 0 {
				note = "یادداشت وضعیت " + strconv.Itoa(rnd.IntN(1000))
			}
			err = d.db.SetRequestStatus(ctx, d.eng.Actor, r.ID, to[rnd.IntN(len(to))], note)
			stats["edit status"]++
		case k < 15:
			err = d.db.AddNote(ctx, tafkik.Note{RequestID: r.ID, Author: d.eng.Actor, Text: "یادداشت " + strconv.Itoa(rnd.IntN(1e6))})
			stats["edit note"]++
		case k < 19:
			err = d.db.DecideFlag(ctx, d.eng.Actor, r.ID, tafkik.Agencies[rnd.IntN(len(tafkik.Agencies))], "")
			stats["edit flag"]++
		default:
			r2 := reqs[rnd.IntN(len(reqs))]
			if r2.ID == r.ID {
				return
			}
			err = d.db.AddDecision(ctx, tafkik.Decision{Kind: tafkik.DecisionSame, RequestIDs: []string{r.ID, r2.ID}, Actor: d.eng.Actor})
			stats["edit merge"]++
		}
		if err != nil {
			t.Fatalf("local edit: %v", err)
		}
	}
	for round := 0; round < rounds; round++ {
		for range 1 + rnd.IntN(3) {
			edit([]*device{a, b}[rnd.IntN(2)])
		}
		if rnd.IntN(10) == 0 {
			tc.importRequests(districtRequests("3", nextReq, 3))
			nextReq += 3
		}
		for _, d := range []*device{a, b} {
			if rnd.IntN(3) == 0 {
				continue // offline this round
			}
			err := d.sync()
			if !isTransient(err) {
				t.Fatalf("round %d: sync: %v", round, err)
			}
			if err != nil {
				stats["sync failed"]++
			} else {
				stats["sync ok"]++
			}
			if rnd.IntN(2) == 0 {
				restart()
			}
		}
		if rnd.IntN(8) == 0 {
			d := []*device{a, b}[rnd.IntN(2)]
			if cs, _ := d.db.Conflicts(ctx); len(cs) > 0 {
				c := cs[rnd.IntN(len(cs))]
				if err := d.eng.ResolveConflict(ctx, c.Op.ID, rnd.IntN(2) == 0); err != nil {
					t.Fatal(err)
				}
				stats["resolved"]++
			}
		}
		restart()
	}
	// Faults off: everyone settles.
	fa.setPlan(nil)
	fb.setPlan(nil)
	restart()
	for range 2 {
		a.mustSync()
		b.mustSync()
	}
	s := &faultScenario{tc: tc}
	s.checkConsistent(t, a, b)

	snap := a.snapshot()
	stats["shared issues"], stats["shared visits"], stats["shared notes"] = len(snap.Issues), len(snap.Visits), len(snap.Notes)
	stats["shared decisions"], stats["shared flag decisions"] = len(snap.Decisions), len(snap.Flags)
	for i, ft := range []*faultyTransport{fa, fb} {
		for f := fault(1); f < numFaults; f++ {
			stats[fmt.Sprintf("fault %s", f)] += ft.counts[f]
		}
		stats["calls"] += sum(ft.counts[:])
		_ = i
	}
	for _, d := range []*device{a, b} {
		rows, _ := d.db.Outbox(ctx)
		for _, r := range rows {
			stats["op "+r.State]++
		}
		stats["ops"] += len(rows)
	}
	for i, d := range []*device{a, b} {
		cs, _ := d.db.Conflicts(ctx)
		for _, c := range cs {
			t.Logf("device %d keeps for a person: %s %s %s %s: %s", i, c.Outcome, c.Op.Kind, c.Op.EntityID, c.Op.Fields, c.Server.Reason)
		}
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb2 strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb2, "  %-22s %d\n", k, stats[k])
	}
	t.Logf("fault campaign: seed %d, %d rounds, result: %s\n%s", seed, rounds,
		map[bool]string{true: "FAILED", false: "consistent, 0 lost, 0 doubled"}[t.Failed()], sb2.String())
	if stats["calls"] == 0 || stats["fault cut-body"] == 0 {
		t.Errorf("the campaign injected nothing: it proves nothing")
	}
}
