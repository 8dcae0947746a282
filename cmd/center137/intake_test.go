package main

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik/sync/center"
)

// TestIntakeFilesEachOnce: the demo intake files every good request of its file in time
// order, stamped with when it was filed, and a second intake over the same center files none
// of them again.
func TestIntakeFilesEachOnce(t *testing.T) {
	ctx := context.Background()
	db, err := center.Open(ctx, filepath.Join(t.TempDir(), "center.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var bad bytes.Buffer
	reqs, err := loadIntake("testdata/requests.jsonl", &bad)
	if err != nil {
		t.Fatal(err)
	}
	if len(reqs) != 7 || !strings.Contains(bad.String(), "requests.jsonl:8") {
		t.Fatalf("read %d requests, bad rows %q; want 7 and line 8 reported", len(reqs), bad.String())
	}
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	start := time.Now().Add(-time.Second)
	if err := intake(ctx, db, reqs, time.Millisecond, logger); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(logs.String(), "intake: request filed"); n != 7 {
		t.Fatalf("filed %d, want 7:\n%s", n, logs.String())
	}
	for _, r := range reqs {
		got, err := db.Request(ctx, r.District, r.ID)
		if err != nil {
			t.Fatalf("%s not at the center: %v", r.ID, err)
		}
		if got.Request.CreatedAt.Before(start) {
			t.Errorf("%s filed with time %s, want the time it was filed", r.ID, got.Request.CreatedAt)
		}
	}
	logs.Reset()
	if err := intake(ctx, db, reqs, time.Hour, logger); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(logs.String(), "filed") {
		t.Errorf("a second intake filed again:\n%s", logs.String())
	}
}

func TestServeRejectsBadIntakeInterval(t *testing.T) {
	db := filepath.Join(t.TempDir(), "center.db")
	if code, _, errOut := runCmd(t, "serve", "--db", db, "--intake", "testdata/requests.jsonl", "--intake-every", "0s"); code == 0 ||
		!strings.Contains(errOut, "intake-every") {
		t.Errorf("serve with --intake-every 0: exit %d, %q", code, errOut)
	}
}
