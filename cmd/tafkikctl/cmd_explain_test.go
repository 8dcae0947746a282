package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage/jurisdiction"
)

// TestExplainSaysWhereAFlagCameFrom: a request whose own words name nothing, grouped with
// reports of a gas leak, is flagged for the gas company from its issue; explain says so and
// shows how the issue's members voted, where the rules alone would leave it municipal.
func TestExplainSaysWhereAFlagCameFrom(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	in := filepath.Join(dir, "r.csv")
	rows := "id,district,created_at,category,text,address\n" +
		"g1,3,2026-05-04T09:00:00+03:30,تاسیسات شهری (آب، برق، گاز، مخابرات),بوی گاز شدید تو کوچه میاد,منظریه، خیابان شهید رجایی، کوچه ۸\n" +
		"g2,3,2026-05-04T10:00:00+03:30,تاسیسات شهری (آب، برق، گاز، مخابرات),بوی گاز از صبح میاد,منظریه، خیابان شهید رجایی، کوچه ۸\n" +
		"g3,3,2026-05-05T09:00:00+03:30,تاسیسات شهری (آب، برق، گاز، مخابرات),نشت گاز کنار علمک,منظریه خ شهید رجایی ک ۸\n" +
		"g4,3,2026-05-05T11:00:00+03:30,تاسیسات شهری (آب، برق، گاز، مخابرات),کسی جواب نمیده؟,منظریه، خیابان شهید رجایی، کوچه ۸\n"
	if err := os.WriteFile(in, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "d.db")
	if err := runImport(ctx, []string{"--db", path, in}); err != nil {
		t.Fatal(err)
	}
	if err := runTriage(ctx, []string{"--db", path}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	eng, err := jurisdiction.Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := db.Flag(ctx, "g4")
	if err != nil || f.RuleID != jurisdiction.RuleIssueMajority || f.Agency != "gas" || !f.NeedsReview {
		t.Fatalf("g4's flag: %+v %v; want gas from its issue, for review", f, err)
	}
	var out bytes.Buffer
	if err := explain(ctx, &out, db, eng, "g4"); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{jurisdiction.RuleIssueMajority, f.Words[0], "g1", "no rule fired"} {
		if !strings.Contains(text, want) {
			t.Errorf("explain g4 lacks %q:\n%s", want, text)
		}
	}
}
