package center

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
)

// synthRequests makes n requests of one district with realistic sizes (Persian text of a
// sentence or two, an address, a location).
func synthRequests(district string, n int) []tafkik.Request {
	cats := []string{"آسفالت", "پسماند", "روشنایی معابر", "فضای سبز", "آب‌های سطحی"}
	out := make([]tafkik.Request, n)
	base := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	for i := range out {
		out[i] = tafkik.Request{
			ID: fmt.Sprintf("%s-%07d", district, i), District: district,
			CreatedAt: base.Add(time.Duration(i) * 3 * time.Minute),
			Category:  cats[i%len(cats)],
			Text:      fmt.Sprintf("سلام، آسفالت کوچه %d خیابان امام خمینی خراب شده و چاله‌های بزرگی ایجاد شده است. لطفا رسیدگی کنید.", i%400),
			Address:   fmt.Sprintf("محله %d، خیابان امام، کوچه %d، پلاک %d", i%30, i%400, i%90),
			Lat:       37.25 + float64(i%1000)/10000, Lon: 49.55 + float64(i%997)/10000, HasLocation: true,
			Channel: "phone", Status: tafkik.StatusNew,
		}
	}
	return out
}

func BenchmarkImport100k(b *testing.B) {
	reqs := synthRequests("3", 100_000)
	for b.Loop() {
		db, err := Open(context.Background(), b.TempDir()+"/c.db")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.ImportRequests(context.Background(), reqs); err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

// BenchmarkFirstSync100k measures the center's side of a first sync: every page of a
// 100,000-request district over loopback HTTP (gzip, as Go's client asks for it), decoded
// into protocol.ChangesPage. BenchmarkPlainDownload100k is the same rows as one JSON file.
func BenchmarkFirstSync100k(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, b.TempDir()+"/c.db")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ImportRequests(ctx, synthRequests("3", 100_000)); err != nil {
		b.Fatal(err)
	}
	tok, secret, _ := NewToken("3", protocol.RoleClerk, "", time.Now())
	if err := db.CreateToken(ctx, tok); err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(NewServer(db).Handler())
	defer srv.Close()
	client := srv.Client()
	b.ResetTimer()
	for b.Loop() {
		after, n := int64(0), 0
		for {
			req, _ := http.NewRequest("GET", fmt.Sprintf("%s%s?after=%d&limit=%d", srv.URL, protocol.ChangesPath("3"), after, protocol.MaxChangesLimit), nil)
			req.Header.Set("Authorization", "Bearer "+secret)
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			var page protocol.ChangesPage
			err = json.NewDecoder(resp.Body).Decode(&page)
			resp.Body.Close()
			if err != nil {
				b.Fatal(err)
			}
			n += len(page.Changes)
			after = page.Next
			if !page.More {
				break
			}
		}
		if n != 100_000 {
			b.Fatalf("pulled %d changes", n)
		}
	}
}

func BenchmarkPlainDownload100k(b *testing.B) {
	reqs := synthRequests("3", 100_000)
	wire := make([]protocol.Request, len(reqs))
	for i, r := range reqs {
		wire[i] = protocol.FromRequest(r)
	}
	body, err := json.Marshal(wire)
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
	defer srv.Close()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		resp, err := srv.Client().Get(srv.URL)
		if err != nil {
			b.Fatal(err)
		}
		var got []protocol.Request
		err = json.NewDecoder(resp.Body).Decode(&got)
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil || len(got) != 100_000 {
			b.Fatal(err, len(got))
		}
	}
}

// BenchmarkApplyOps measures one full batch of status moves and notes.
func BenchmarkApplyOps(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, b.TempDir()+"/c.db")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	reqs := synthRequests("3", 10_000)
	if _, err := db.ImportRequests(ctx, reqs); err != nil {
		b.Fatal(err)
	}
	round := 0
	for b.Loop() {
		ops := make([]tafkik.Op, 0, protocol.MaxOpsPerBatch)
		for i := 0; i < protocol.MaxOpsPerBatch; i++ {
			id := reqs[(round*protocol.MaxOpsPerBatch+i)%len(reqs)].ID
			o := op(b, fmt.Sprintf("b%d-%d", round, i), tafkik.OpAddNote, "request", id, 1,
				protocol.AddNoteFields{Note: tafkik.Note{ID: fmt.Sprintf("n%d-%d", round, i), Text: "بازدید شد"}})
			ops = append(ops, o)
		}
		round++
		if _, err := db.ApplyOps(ctx, "3", ops); err != nil {
			b.Fatal(err)
		}
	}
}
