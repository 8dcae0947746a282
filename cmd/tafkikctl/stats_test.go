package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestStats(t *testing.T) {
	path := triageDB(t)
	var out bytes.Buffer
	if err := statsTo(context.Background(), []string{"--db", path, "--json"}, &out); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Requests, Issues, Outside int
		ByStatus                  map[string]int `json:"by_status"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	// r1+r3 are one issue, r2 and r4 their own: 3 issues; r2 (water) and r3 (power) are outside.
	if got.Requests != 4 || got.Issues != 3 || got.Outside != 2 || got.ByStatus["new"] != 4 {
		t.Errorf("stats = %+v\n%s", got, out.String())
	}

	out.Reset()
	if err := statsTo(context.Background(), []string{"--db", path}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"requests            4", "issues              3", "outside             2", "  new                4", "  water              1"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, out.String())
		}
	}

	if err := statsTo(context.Background(), []string{"--db", filepath.Join(t.TempDir(), "missing.db")}, &out); err == nil {
		t.Error("stats on a missing database succeeded (it would have created an empty one)")
	}
}
