package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

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
		{"longest silence first", []string{"--db", grouped, "--order", "silence"}, []string{"count", "2 ", "i1"}},
		{"most doubtful joins first", []string{"--db", grouped, "--order", "doubtful"}, []string{"count", "i1"}},
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
