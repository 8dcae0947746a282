package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
)

// TestIssuesCommand lists a grouped district's issues, and explains an empty list instead of
// printing a bare header: a district not grouped yet, or one whose issues are all closed.
func TestIssuesCommand(t *testing.T) {
	ctx := context.Background()
	grouped := triageDB(t) // issue i1 of r1 and r3
	closed := triageDB(t)
	db := openStore(t, closed)
	if err := db.SetIssueStatus(ctx, "clerk", "i1", tafkik.StatusResolved, "آسفالت شد"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	empty := filepath.Join(t.TempDir(), "empty.db")
	openStore(t, empty).Close()

	tests := []struct {
		name string
		args []string
		want []string // lines that must be printed, in order
	}{
		{"grouped", []string{"--db", grouped}, []string{"count", "2 ", "i1"}},
		{"grouped, open only", []string{"--db", grouped, "--open"}, []string{"count", "i1"}},
		{"not grouped yet", []string{"--db", empty}, []string{"no issues yet", "tafkikctl triage --db " + empty}},
		{"not grouped yet, open only", []string{"--db", empty, "--open"}, []string{"no issues yet"}},
		{"all closed, open only", []string{"--db", closed, "--open"}, []string{"no open issues"}},
		{"all closed", []string{"--db", closed}, []string{"count", "resolved", "i1"}},
		{"search, a request's words", []string{"--db", grouped, "--search", "تیر"}, []string{"count", "i1"}},
		{"search, a tracking number", []string{"--db", grouped, "--search", "r3"}, []string{"count", "i1"}},
		{"search, nothing", []string{"--db", grouped, "--search", "زباله"}, []string{`no issue matches "زباله"`}},
		// r1 and r3 two hours apart (0 days), r3 joined with 0.8: not doubtful
		{"longest silence first", []string{"--db", grouped, "--order", "silence"}, []string{"count", "silence", "doubtful", "2 ", "i1", "0d", "0\n"}},
		{"most doubtful joins first", []string{"--db", grouped, "--order", "doubtful"}, []string{"count", "silence", "doubtful", "i1", "0d", "0\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := issuesTo(ctx, tt.args, &out); err != nil {
				t.Fatal(err)
			}
			got := out.String()
			rest := got
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks %q (in order)\n%s", w, got)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

func TestIssuesCommandBadOrder(t *testing.T) {
	var out bytes.Buffer
	err := issuesTo(context.Background(), []string{"--db", triageDB(t), "--order", "size"}, &out)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), `--order "size"`) {
		t.Errorf("--order size: %v", err)
	}
}

// TestIssuesReviewColumns: ordered by silence or doubtful joins, the list says each issue's
// longest silence and doubtful joins, which put it where it is.
func TestIssuesReviewColumns(t *testing.T) {
	ctx := context.Background()
	path := triageDB(t)
	db := openStore(t, path)
	base := time.Date(2026, 6, 20, 6, 0, 0, 0, time.UTC) // r5 47 days after r1
	if _, err := db.UpsertRequests(ctx, []tafkik.Request{{ID: "r5", District: "3", CreatedAt: base, Text: "چاله کوچه ۵", Category: "c", Status: tafkik.StatusNew}}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveGrouping(ctx, []tafkik.Issue{{ID: "i1", District: "3", Title: "چاله", Count: 3}},
		[]tafkik.Membership{{RequestID: "r1", IssueID: "i1", Score: 1}, {RequestID: "r3", IssueID: "i1", Score: 0.8},
			{RequestID: "r5", IssueID: "i1", Score: 0.5}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, order := range []string{"silence", "doubtful"} {
		var out bytes.Buffer
		if err := issuesTo(ctx, []string{"--db", path, "--order", order}, &out); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if f := strings.Fields(lines[len(lines)-1]); len(lines) != 2 || !strings.HasSuffix(lines[0], "silence  doubtful") ||
			f[len(f)-3] != "i1" || f[len(f)-2] != "46d" || f[len(f)-1] != "1" {
			t.Errorf("--order %s:\n%s", order, out.String())
		}
	}
	var out bytes.Buffer
	if err := issuesTo(ctx, []string{"--db", path}, &out); err != nil || strings.Contains(out.String(), "doubtful") {
		t.Errorf("by size the review columns are shown: %v\n%s", err, out.String())
	}
}
