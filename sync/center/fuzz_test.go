package center

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/tafkik/tafkik/sync/protocol"
)

// FuzzOps sends arbitrary batches: the center must answer with a result per op or a 4xx
// problem, never a 5xx, and never a result list of the wrong length.
func FuzzOps(f *testing.F) {
	f.Add([]byte(`{"ops":[{"id":"a","kind":"set_status","entity":"request","entity_id":"R3-001","base_version":1,"fields":{"status":"assigned"},"actor":"x","created_at":"2026-11-01T00:00:00Z"}]}`))
	f.Add([]byte(`{"ops":[{"id":"b","kind":"decide_group","entity":"issue","entity_id":"i","base_version":0,"fields":{"decision":{"id":"d","kind":"same","request_ids":["R3-001","R3-002"]}},"actor":"x","created_at":"2026-11-01T00:00:00Z"}]}`))
	f.Add([]byte(`{"ops":[{"id":"c","kind":"set_issue_info","entity":"issue","entity_id":"i","base_version":0,"fields":{"title":"t","status":"new"}}]}`))
	f.Add([]byte(`{"ops":[{"id":"d","kind":"add_note","entity":"request","entity_id":"R3-001","fields":{"note":{"id":"n","text":"x"}},"district":"5"}]}`))
	f.Add([]byte(`{"ops":null}`))
	ctx := context.Background()
	db, err := Open(ctx, f.TempDir()+"/fuzz.db")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ImportRequests(ctx, loadFixture(f, "testdata/requests.jsonl")); err != nil {
		f.Fatal(err)
	}
	tok, secret, _ := NewToken("3", protocol.RoleClerk, "", time.Now())
	if err := db.CreateToken(ctx, tok); err != nil {
		f.Fatal(err)
	}
	h := NewServer(db).Handler()
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest("POST", protocol.OpsPath("3"), bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+secret)
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK:
			var batch protocol.OpsBatch
			json.Unmarshal(body, &batch)
			var res protocol.OpsResult
			if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil || len(res.Results) != len(batch.Ops) {
				t.Fatalf("200 with %d results for %d ops: %v", len(res.Results), len(batch.Ops), err)
			}
		case http.StatusBadRequest, http.StatusForbidden, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	})
}
