package jurisdiction

import (
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
)

// BenchmarkFlag flags the hand-written requests; ns/op divided by the row count is the cost
// of one request (an 18,000-request district is flagged in 18,000 times that).
func BenchmarkFlag(b *testing.B) {
	e := defaultEngine(b)
	rows := readLabelled(b, "labelled.tsv")
	reqs := make([]tafkik.Request, len(rows))
	for i, r := range rows {
		reqs[i] = tafkik.Request{Text: r.text, Category: r.category}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, r := range reqs {
			e.Flag(r)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(reqs)), "ns/request")
}

// BenchmarkFlagDistrict flags a generated district of 18,000 requests: one op is one full
// re-run of the rules over a large district.
func BenchmarkFlagDistrict(b *testing.B) {
	e := defaultEngine(b)
	reqs := demo.Generate(demo.Options{Seed: 7, N: 18000}).Requests
	b.ResetTimer()
	for b.Loop() {
		e.FlagAll(reqs)
	}
}

// BenchmarkFlagGrouped is BenchmarkFlagDistrict with the district grouped (the true groups
// stand in for the grouping): what the issue votes add to a full re-run.
func BenchmarkFlagGrouped(b *testing.B) {
	e := defaultEngine(b)
	ds := demo.Generate(demo.Options{Seed: 7, N: 18000})
	issueOf := make(map[string]string, len(ds.Requests))
	for i, r := range ds.Requests {
		issueOf[r.ID] = ds.Truth[i].GroupID
	}
	b.ResetTimer()
	for b.Loop() {
		e.FlagGrouped(ds.Requests, issueOf, nil)
	}
}
