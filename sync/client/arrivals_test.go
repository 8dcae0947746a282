package client

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
	"github.com/tafkik/tafkik/triage"
)

// placeArrivals is the hook cmd/tafkik gives the engine: the real triage.
func placeArrivals(d *device) func(ctx context.Context) (int, error) {
	return func(ctx context.Context) (int, error) {
		sum, err := triage.Arrivals(ctx, d.db, triage.RunOptions{}, nil)
		return sum.Requests, err
	}
}

func alleyReport(id string, at time.Duration, category, address, text string) tafkik.Request {
	return tafkik.Request{ID: id, District: "3", CreatedAt: baseTime.Add(at), Category: category,
		Address: address, Text: text, Channel: "137", Status: tafkik.StatusNew}
}

// TestArrivalsPlacedAfterPull: a request filed at the center after the device grouped its
// district is, at the end of the next round, in the issue of the alley it reports, with its
// jurisdiction flagged; no request grouped before moves, and the round says how many it placed.
func TestArrivalsPlacedAfterPull(t *testing.T) {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests([]tafkik.Request{
		alleyReport("3-a1", 0, "آسفالت", "گلسار، خیابان ۱۲۴، کوچه ۱۲", "آسفالت کوچه خیلی خراب است لطفا رسیدگی کنید"),
		alleyReport("3-a2", 26*time.Hour, "آسفالت", "کوچه دوازدهم ۱۲۴ گلسار", "آسفالت کوچه ما داغون شده"),
		alleyReport("3-b1", 30*time.Hour, "روشنایی", "معلم، کوچه یاس", "چراغ های کوچه یاس شب ها خاموش است"),
		alleyReport("3-c1", 50*time.Hour, "آب", "حاجی آباد، کوچه پنجم", "لوله اصلی آب ترکیده و آب همه جا را گرفته"),
	})
	_, secret := tc.token("3", protocol.RoleClerk)
	d := newDevice(t, tc, secret, nil)
	d.eng.Arrivals = placeArrivals(d)
	d.mustSync()
	if st := d.eng.State(); st.Arrived != 4 {
		t.Errorf("first round placed %d, want all 4 (a district with no grouping is grouped whole)", st.Arrived)
	}
	before, err := d.db.Memberships(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(before) != 4 || before["3-a1"].IssueID != before["3-a2"].IssueID {
		t.Fatalf("first grouping %v", before)
	}

	// a citizen calls about the same alley again; another about a new problem
	tc.importRequests([]tafkik.Request{
		alleyReport("3-a3", 72*time.Hour, "عمرانی", "گلسار 124 ک 12", "اسفالت خرابه هنوز درست نشده"),
		alleyReport("3-d1", 73*time.Hour, "زباله", "منظریه، خیابان فلسطین، کوچه ۳", "زباله ها سه روز است جمع نشده"),
	})
	d.mustSync()
	st := d.eng.State()
	if st.Arrived != 2 || st.Err != nil || !st.Online {
		t.Errorf("state after the arrivals' round = %+v, want 2 placed, online, no error", st)
	}
	after, err := d.db.Memberships(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for id, m := range before {
		if after[id].IssueID != m.IssueID {
			t.Errorf("%s moved from %s to %s", id, m.IssueID, after[id].IssueID)
		}
	}
	if after["3-a3"].IssueID != before["3-a1"].IssueID {
		t.Errorf("3-a3 is in %q, want the alley's issue %q", after["3-a3"].IssueID, before["3-a1"].IssueID)
	}
	if m, ok := after["3-d1"]; !ok || m.IssueID == before["3-a1"].IssueID {
		t.Errorf("3-d1 (rubbish elsewhere) is in %q", m.IssueID)
	}
	is, err := d.db.Issue(ctx, before["3-a1"].IssueID)
	if err != nil {
		t.Fatal(err)
	}
	if is.Count != 3 {
		t.Errorf("the alley's issue counts %d requests, want 3", is.Count)
	}
	flags, err := d.db.Flags(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f, ok := flags["3-a3"]; !ok || f.Agency != tafkik.AgencyMunicipality {
		t.Errorf("3-a3's flag = %+v, want the municipality's", f)
	}
	// a round with nothing new places nothing
	d.mustSync()
	if st := d.eng.State(); st.Arrived != 0 {
		t.Errorf("a round with nothing new placed %d", st.Arrived)
	}
}

// TestArrivalsFailureKeepsThemForNextRound: when placing fails (a fault the real triage does
// not produce on demand, so the hook fails on purpose once), the round reports ErrArrivals, the
// device stays online with the requests pulled, and the next round places them.
func TestArrivalsFailureKeepsThemForNextRound(t *testing.T) {
	ctx := context.Background()
	tc := startCenter(t)
	tc.importRequests(districtRequests("3", 0, 10))
	_, secret := tc.token("3", protocol.RoleClerk)
	d := newDevice(t, tc, secret, nil)
	d.eng.Arrivals = placeArrivals(d)
	d.mustSync()
	tc.importRequests(districtRequests("3", 10, 3))
	broken := errors.New("disk full")
	d.eng.Arrivals = func(ctx context.Context) (int, error) { return 0, broken }
	err := d.eng.Sync(ctx)
	if !errors.Is(err, ErrArrivals) || !errors.Is(err, broken) {
		t.Fatalf("Sync = %v, want ErrArrivals wrapping the cause", err)
	}
	if st := d.eng.State(); !st.Online {
		t.Errorf("a failure to place made the device look offline: %+v", st)
	}
	if n, _ := d.db.CountRequests(ctx); n != 13 {
		t.Errorf("%d requests on the device, want the 13 pulled", n)
	}
	if n, _ := d.db.UngroupedCount(ctx); n != 3 {
		t.Errorf("%d requests ungrouped after the failed round, want 3", n)
	}
	d.eng.Arrivals = placeArrivals(d)
	d.mustSync()
	if n, _ := d.db.UngroupedCount(ctx); n != 0 {
		t.Errorf("%d requests still ungrouped after the next round", n)
	}
	if st := d.eng.State(); st.Arrived != 3 {
		t.Errorf("next round placed %d, want the 3 left over", st.Arrived)
	}
}
