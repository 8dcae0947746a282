package dedup

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
	"github.com/tafkik/tafkik/triage/persian"
)

var (
	benchOnce sync.Once
	benchReqs []tafkik.Request
)

// benchData is a generated 100,000-request district (assets/demo), made once per run.
func benchData() []tafkik.Request {
	benchOnce.Do(func() {
		benchReqs = demo.Generate(demo.Options{Seed: 7, N: 100_000}).Requests
	})
	return benchReqs
}

// BenchmarkGroup100k is the full grouping of 100,000 requests (target ≤10 s, ≤1 GB).
func BenchmarkGroup100k(b *testing.B) {
	reqs := benchData()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		res := Group(reqs, nil, nil, DefaultOptions())
		if len(res.Members) != len(reqs) {
			b.Fatal("lost requests")
		}
	}
}

// BenchmarkFloor100k is the floor: only normalising and tokenising the same texts.
func BenchmarkFloor100k(b *testing.B) {
	reqs := benchData()
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for range b.N {
		for i := range reqs {
			n += len(persian.Tokens(persian.Key(reqs[i].Text)))
		}
	}
	if n == 0 {
		b.Fatal("no tokens")
	}
}

// BenchmarkAssign100k places one new request into an index of 100,000 (target ≤5 ms).
func BenchmarkAssign100k(b *testing.B) {
	reqs := benchData()
	x := Build(reqs, nil, DefaultOptions())
	last := reqs[len(reqs)-1].CreatedAt
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		r := reqs[len(reqs)-1-i%1000]
		r.ID = fmt.Sprintf("new-%d", i)
		r.CreatedAt = last.Add(time.Duration(i) * time.Second)
		x.Add(r)
	}
}
