package app

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/persian"
)

// Bar is one labelled count in a chart or a report sheet.
type Bar struct {
	Label    string
	Requests int
	Issues   int
	Outside  int
}

// DashboardData is everything the manager's dashboard shows; the XLSX export writes the same
// value, so the screen and the file cannot disagree.
type DashboardData struct {
	At                        time.Time
	Requests, Issues, Outside int // the three numbers, straight from store.Stats
	OpenIssues, NeedsReview   int
	ByProblem                 []Bar // largest first: what triage found wrong, in Persian
	ByCategory                []Bar // the operator's category, as filed
	ByNeighbourhood           []Bar
	Weekly                    []Bar // oldest week first: raw requests per Jalali week (Saturday start)
	Ageing                    []Bar // open issues by age since their first request
	Overdue                   []tafkik.Issue
	Top                       []tafkik.Issue
}

// defaultSLADays is how long an open issue may wait when its problem has no SLA of its own.
const defaultSLADays = 14

var defaultSLA = map[string]int{
	"garbage": 2, "surface_water": 3, "lighting": 7, "pothole": 14, "asphalt": 30, "tree": 14,
	"stray_animals": 7, "sidewalk_obstruction": 7, "construction": 14,
}

// slaFromMeta reads the district's SLA days per problem from meta "sla_days", a JSON object
// such as {"garbage": 2, "asphalt": 30}; unset means the defaults.
func slaFromMeta(ctx context.Context, st Store) (map[string]int, error) {
	raw, err := st.Meta(ctx, "sla_days")
	if err != nil || raw == "" {
		return nil, err
	}
	var m map[string]int
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		return nil, fmt.Errorf("meta sla_days: %w", err)
	}
	return m, nil
}

// slaDays is the SLA for a problem, the configured one first.
func slaDays(cfg map[string]int, problem string) int {
	if d, ok := cfg[problem]; ok && d > 0 {
		return d
	}
	if d, ok := defaultSLA[problem]; ok {
		return d
	}
	return defaultSLADays
}

var ageingBuckets = []struct {
	label   string
	maxDays int
}{{"تا ۷ روز", 7}, {"۸ تا ۳۰ روز", 30}, {"۳۱ تا ۹۰ روز", 90}, {"بیش از ۹۰ روز", 1 << 30}}

// weeks of the trend chart.
const trendWeeks = 12

// loadDashboard reads the dashboard's numbers from the store.
func loadDashboard(ctx context.Context, st Store, now time.Time, sla map[string]int) (DashboardData, error) {
	d, err := loadNumbers(ctx, st, now)
	if err != nil {
		return d, err
	}
	return d, loadDetails(ctx, st, now, sla, &d)
}

// loadNumbers reads the three numbers and the bars: one consistent read of store.Stats.
func loadNumbers(ctx context.Context, st Store, now time.Time) (DashboardData, error) {
	s, err := st.Stats(ctx)
	if err != nil {
		return DashboardData{}, err
	}
	return DashboardData{At: now, Requests: s.Requests, Issues: s.Issues, Outside: s.Outside,
		OpenIssues: s.OpenIssues, NeedsReview: s.NeedsReview,
		ByProblem: problemBars(s.ByProblem), ByCategory: bars(s.ByCategory), ByNeighbourhood: bars(s.ByNeighbourhood)}, nil
}

// loadDetails adds the weekly trend, the ageing buckets, the overdue and the top issues.
func loadDetails(ctx context.Context, st Store, now time.Time, sla map[string]int, d *DashboardData) error {

	// The trend ends with the week holding the latest request, so an old demo district
	// still shows its weeks.
	latest, _, err := st.ListRequests(ctx, store.RequestQuery{OrderBy: "created_at", Desc: true, Limit: 1})
	if err != nil {
		return err
	}
	end := now
	if len(latest) > 0 {
		end = latest[0].CreatedAt
	}
	start := weekStart(end).AddDate(0, 0, -7*(trendWeeks-1))
	for w := 0; w < trendWeeks; w++ {
		from := start.AddDate(0, 0, 7*w)
		_, n, err := st.ListRequests(ctx, store.RequestQuery{From: from, To: from.AddDate(0, 0, 7), Limit: 1})
		if err != nil {
			return err
		}
		d.Weekly = append(d.Weekly, Bar{Label: jmonthDay(from), Requests: n})
	}

	d.Ageing = make([]Bar, len(ageingBuckets))
	for i, b := range ageingBuckets {
		d.Ageing[i].Label = b.label
	}
	for off := 0; ; off += 5000 {
		page, err := st.ListIssues(ctx, store.IssueQuery{OpenOnly: true, OrderBy: "count", Limit: 5000, Offset: off})
		if err != nil {
			return err
		}
		for _, is := range page {
			if len(d.Top) < 10 {
				d.Top = append(d.Top, is)
			}
			days := int(now.Sub(is.FirstAt).Hours() / 24)
			for i, b := range ageingBuckets {
				if days <= b.maxDays {
					d.Ageing[i].Issues++
					d.Ageing[i].Requests += is.Count
					break
				}
			}
			if days > slaDays(sla, is.Problem) {
				d.Overdue = append(d.Overdue, is)
			}
		}
		if len(page) < 5000 {
			break
		}
	}
	sort.SliceStable(d.Overdue, func(i, j int) bool { return d.Overdue[i].FirstAt.Before(d.Overdue[j].FirstAt) })
	return nil
}

// weekStart is the Saturday that begins t's week in Tehran (the Iranian week starts on Saturday).
func weekStart(t time.Time) time.Time {
	t = t.In(tehran)
	back := (int(t.Weekday()) + 1) % 7 // Saturday → 0
	y, m, dd := t.AddDate(0, 0, -back).Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, tehran)
}

// problemBars are bars by problem code, labelled with the problem's Persian title; operators
// file one problem under several categories, so this is what a manager compares.
func problemBars(m map[string]store.Counts) []Bar {
	titled := make(map[string]store.Counts, len(m))
	for code, c := range m {
		label := ""
		if code != "" {
			label = persian.ProblemTitle(code)
		}
		t := titled[label]
		t.Requests, t.Issues, t.Outside = t.Requests+c.Requests, t.Issues+c.Issues, t.Outside+c.Outside
		titled[label] = t
	}
	return bars(titled)
}

func bars(m map[string]store.Counts) []Bar {
	out := make([]Bar, 0, len(m))
	for k, c := range m {
		label := k
		if label == "" {
			label = "نامشخص"
		}
		out = append(out, Bar{Label: label, Requests: c.Requests, Issues: c.Issues, Outside: c.Outside})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Requests != out[j].Requests {
			return out[i].Requests > out[j].Requests
		}
		return out[i].Label < out[j].Label
	})
	return out
}
