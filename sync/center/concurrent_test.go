package center

import (
	"fmt"
	"sync"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
)

// TestConcurrentPushAndPull: devices push at the same time while another device pulls by
// cursor. The puller must see every change exactly once: a seq may never become visible
// before a smaller one, or a cursor would skip it for good.
func TestConcurrentPushAndPull(t *testing.T) {
	e := newEnv(t)
	const devices, batches, perBatch = 4, 15, 4
	var wg sync.WaitGroup
	for d := range devices {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				ops := make([]tafkik.Op, perBatch)
				for i := range ops {
					id := fmt.Sprintf("d%d-b%d-%d", d, b, i)
					ops[i] = op(t, id, tafkik.OpAddNote, "request", fmt.Sprintf("R3-00%d", 1+i%4), 1,
						protocol.AddNoteFields{Note: tafkik.Note{ID: "note-" + id, Text: "همزمان"}})
				}
				if st, res := e.push("clerk3", "3", ops...); st != 200 || len(res) != perBatch {
					t.Errorf("push: %d %v", st, res)
					return
				}
			}
		}()
	}
	seen := map[string]int{}
	var after int64
	pull := func() {
		for {
			var page protocol.ChangesPage
			if st := e.getJSON(protocol.ChangesPath("3")+"?limit=7&after="+itoa(after), "super3", &page); st != 200 {
				t.Fatalf("pull: %d", st)
			}
			for _, c := range page.Changes {
				if c.Seq <= after {
					t.Fatalf("seq %d at or before cursor %d", c.Seq, after)
				}
				after = c.Seq
				if c.Note != nil {
					seen[c.Note.ID]++
				}
			}
			if !page.More {
				return
			}
		}
	}
	stop := make(chan struct{})
	go func() { wg.Wait(); close(stop) }()
	for running := true; running; {
		select {
		case <-stop:
			running = false
		default:
		}
		pull()
	}
	pull()
	if len(seen) != devices*batches*perBatch {
		t.Fatalf("the puller saw %d notes, want %d", len(seen), devices*batches*perBatch)
	}
	for id, n := range seen {
		if n != 1 {
			t.Fatalf("note %s seen %d times", id, n)
		}
	}
}
