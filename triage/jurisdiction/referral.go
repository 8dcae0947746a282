package jurisdiction

import (
	"sort"
	"time"

	"github.com/tafkik/tafkik"
)

// Referral is what to send another agency about one distinct issue.
type Referral struct {
	IssueID    string // empty when the request is in no issue yet
	Title      string
	Place      string
	Count      int  // requests referred
	Mixed      bool // members of the issue disagree on the agency: check before sending
	Review     int  // referred requests whose flag a clerk should still look at
	FirstAt    time.Time
	LastAt     time.Time
	RequestIDs []string // in time order
	Sample     string   // the text of the earliest referred request
}

// Referrals lists, per distinct issue, the requests to refer to agency a. An issue whose
// members' majority is a goes whole; an issue that belongs elsewhere but has members
// flagged a sends only those, marked Mixed. Requests in no issue stand alone. The list is
// ordered by count, most first, then by first date.
func Referrals(a tafkik.Agency, reqs []tafkik.Request, flags map[string]tafkik.Flag,
	members map[string]tafkik.Membership, issues map[string]tafkik.Issue) []Referral {
	byIssue := map[string][]tafkik.Request{}
	var loose []tafkik.Request
	for _, r := range reqs {
		m, ok := members[r.ID]
		if !ok || m.IssueID == "" {
			if f, ok := flags[r.ID]; ok && f.Agency == a {
				loose = append(loose, r)
			}
			continue
		}
		byIssue[m.IssueID] = append(byIssue[m.IssueID], r)
	}
	var out []Referral
	for id, rs := range byIssue {
		fl := make([]tafkik.Flag, 0, len(rs))
		for _, r := range rs {
			if f, ok := flags[r.ID]; ok {
				fl = append(fl, f)
			} else {
				fl = append(fl, tafkik.Flag{Agency: tafkik.AgencyMunicipality})
			}
		}
		agency, mixed := IssueAgency(fl)
		var send []tafkik.Request
		for i, r := range rs {
			if agency == a || fl[i].Agency == a {
				send = append(send, r)
			}
		}
		if len(send) == 0 {
			continue
		}
		ref := newReferral(send, flags)
		ref.IssueID, ref.Mixed = id, mixed
		if is, ok := issues[id]; ok {
			ref.Title, ref.Place = is.Title, is.Place
		}
		out = append(out, ref)
	}
	for _, r := range loose {
		ref := newReferral([]tafkik.Request{r}, flags)
		ref.Place = r.Address
		out = append(out, ref)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		if !out[i].FirstAt.Equal(out[j].FirstAt) {
			return out[i].FirstAt.Before(out[j].FirstAt)
		}
		return out[i].RequestIDs[0] < out[j].RequestIDs[0]
	})
	return out
}

func newReferral(rs []tafkik.Request, flags map[string]tafkik.Flag) Referral {
	sort.Slice(rs, func(i, j int) bool {
		if !rs[i].CreatedAt.Equal(rs[j].CreatedAt) {
			return rs[i].CreatedAt.Before(rs[j].CreatedAt)
		}
		return rs[i].ID < rs[j].ID
	})
	ref := Referral{Count: len(rs), FirstAt: rs[0].CreatedAt, LastAt: rs[len(rs)-1].CreatedAt, Sample: rs[0].Text}
	for _, r := range rs {
		ref.RequestIDs = append(ref.RequestIDs, r.ID)
		if f := flags[r.ID]; f.NeedsReview && !f.Decided {
			ref.Review++
		}
	}
	if ref.Place == "" {
		ref.Place = rs[0].Address
	}
	return ref
}
