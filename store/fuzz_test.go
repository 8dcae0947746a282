package store

import (
	"context"
	"testing"
)

// FuzzSearch: whatever a clerk types or pastes into a search (quotes, FTS operators, LIKE
// wildcards, bidi controls, invalid UTF-8), the inbox's and the issue list's queries answer
// without an SQL error, and an issue found by its own id is listed.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"", "کوچه ۱۲", `"unbalanced OR`, "%_", "NEAR(a b)", "a* -b", "137-1404-000110",
		"\u202eکوچه", "\xff\xfe", "I-1", "۱۲۴ ک ۱۲", "'; DROP TABLE issues; --"} {
		f.Add(s)
	}
	ctx := context.Background()
	db := titledDistrict(f)
	f.Fuzz(func(t *testing.T, text string) {
		if _, _, err := db.ListRequests(ctx, RequestQuery{Text: text, Limit: 10}); err != nil {
			t.Fatalf("requests %q: %v", text, err)
		}
		q := IssueQuery{Text: text, Limit: 10}
		list, err := db.ListIssues(ctx, q)
		if err != nil {
			t.Fatalf("issues %q: %v", text, err)
		}
		n, err := db.CountIssues(ctx, q)
		if err != nil || n < len(list) {
			t.Fatalf("count %q: %d for %d listed, %v", text, n, len(list), err)
		}
		if _, err := db.ListIssues(ctx, IssueQuery{AtPlace: text, Limit: 10}); err != nil {
			t.Fatalf("at place %q: %v", text, err)
		}
	})
}
