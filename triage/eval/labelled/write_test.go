package labelled

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store/exchange"
	"github.com/tafkik/tafkik/triage/eval"
)

// TestWriteReadsBack: what Write writes, the real importer and the truth reader read back,
// with and without a location.
func TestWriteReadsBack(t *testing.T) {
	at := time.Date(2026, 3, 21, 9, 30, 0, 0, time.FixedZone("IRST", 3*3600+1800))
	rows := []Row{
		FromRequest(tafkik.Request{ID: "1", District: "3", CreatedAt: at, Category: "پسماند", Text: "زباله <جمع> نشده",
			Address: "گلسار، خیابان ۱۲۴", HasLocation: true, Lat: 37.28, Lon: 49.58, Channel: "app", Status: "new"}, "G1", "municipality"),
		FromRequest(tafkik.Request{ID: "2", District: "3", CreatedAt: at.Add(time.Hour), Text: "بوی گاز", Channel: "phone", Status: "new"}, "G2", "gas"),
	}
	dir := t.TempDir()
	if err := Write(dir, rows); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "requests.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []exchange.Row
	if err := exchange.Read(f, exchange.JSONL, exchange.Options{}, func(r exchange.Row) error {
		got = append(got, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Err != nil || got[1].Err != nil {
		t.Fatalf("read back %+v", got)
	}
	a, b := got[0].Request, got[1].Request
	if a.Text != "زباله <جمع> نشده" || !a.HasLocation || a.Lat != 37.28 || !a.CreatedAt.Equal(at) {
		t.Errorf("first request read back as %+v", a)
	}
	if b.HasLocation {
		t.Errorf("a request without a location read back with one: %+v", b)
	}
	tf, err := os.Open(filepath.Join(dir, "truth.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer tf.Close()
	truth, err := eval.ReadCSV(tf)
	if err != nil {
		t.Fatal(err)
	}
	if truth.Groups["1"] != "G1" || truth.Groups["2"] != "G2" || truth.Agencies["2"] != "gas" {
		t.Errorf("truth read back as %+v", truth)
	}
}
