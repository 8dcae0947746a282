package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage"
)

// A district's rules file goes in force only when it parses; a broken one is refused and the
// rules in force stay, and triage flags with whatever is in force.
func TestRulesLoadRefuseReset(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "d.db")
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.UpsertRequests(ctx, []tafkik.Request{{ID: "1", District: "3", Text: "درخت کاج خشک شده است",
		Address: "گلسار، خیابان ۹۰"}})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	// A district that sends dry trees to "other" (say, a parks organisation outside the city hall).
	good := "version: district-1\n\nrule: trees.other\nagency: other\npriority: 90\nany: درخت\n"
	bad := "version: district-2\n\nrule: x\nagency: fire-brigade\npriority: 90\nany: درخت\n"
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	agency := func() tafkik.Agency {
		t.Helper()
		db, err := store.Open(ctx, dbPath)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := triage.Run(ctx, db, triage.RunOptions{}, nil); err != nil {
			t.Fatal(err)
		}
		f, err := db.Flag(ctx, "1")
		if err != nil {
			t.Fatal(err)
		}
		return f.Agency
	}
	if a := agency(); a != tafkik.AgencyMunicipality {
		t.Fatalf("default rules: %s", a)
	}
	if code := run(ctx, []string{"rules", "--db", dbPath, "--load", write("good.rules", good)}); code != 0 {
		t.Fatalf("good rules: exit %d", code)
	}
	if a := agency(); a != tafkik.AgencyOther {
		t.Fatalf("district rules: %s", a)
	}
	badPath := write("bad.rules", bad)
	if code := run(ctx, []string{"rules", "--db", dbPath, "--load", badPath}); code == 0 {
		t.Fatal("a rules file with an unknown agency was accepted")
	}
	if a := agency(); a != tafkik.AgencyOther {
		t.Fatalf("after a refused file the district rules should stay: %s", a)
	}
	if code := run(ctx, []string{"rules", "--db", dbPath, "--reset"}); code != 0 {
		t.Fatalf("reset: exit %d", code)
	}
	if a := agency(); a != tafkik.AgencyMunicipality {
		t.Fatalf("after reset: %s", a)
	}
}
