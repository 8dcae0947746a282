package demo

import (
	"bytes"
	"testing"

	"github.com/tafkik/tafkik/store/exchange"
)

// TestImportRoundTrip reads the generated JSONL with the real importer's reader: every row
// must be accepted and come back exactly as generated.
func TestImportRoundTrip(t *testing.T) {
	ds := Generate(Options{Seed: 11, N: 3000})
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, ds.Requests); err != nil {
		t.Fatal(err)
	}
	i := 0
	err := exchange.Read(&buf, exchange.JSONL, exchange.Options{File: "demo.jsonl"}, func(row exchange.Row) error {
		if row.Err != nil {
			t.Errorf("line %d rejected: %v", row.Line, row.Err)
			i++
			return nil
		}
		want, got := ds.Requests[i], row.Request
		i++
		if got.ID != want.ID || got.Text != want.Text || got.Address != want.Address ||
			got.Category != want.Category || got.Channel != want.Channel || got.Status != want.Status ||
			!got.CreatedAt.Equal(want.CreatedAt) || got.HasLocation != want.HasLocation ||
			got.Lat != want.Lat || got.Lon != want.Lon {
			t.Errorf("line %d:\n got %+v\nwant %+v", row.Line, got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if i != len(ds.Requests) {
		t.Fatalf("read %d rows, want %d", i, len(ds.Requests))
	}
}
