package center

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/sync/protocol"
	"github.com/tafkik/tafkik/sync/protocol/apitest"
)

// testNow is the fixed clock of the tests; the fixture's requests fall within 90 days of it
// except R3-005.
var testNow = time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)

// env is a real center (SQLite file, handler on httptest) with the fixture imported and a
// token per case. Every request and response of do() is validated against the OpenAPI
// document; a mismatch fails the test.
type env struct {
	t      *testing.T
	db     *DB
	srv    *httptest.Server
	client *http.Client
	tr     *apitest.Transport
	log    *syncBuffer
	tokens map[string]string // name → secret
	ids    map[string]string // name → token id
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, t.TempDir()+"/center.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clock := testNow
	db.Now = func() time.Time { return clock }
	if _, err := db.ImportRequests(ctx, loadFixture(t, "testdata/requests.jsonl")); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, db: db, log: &syncBuffer{}, tokens: map[string]string{}, ids: map[string]string{}}
	for name, spec := range map[string][2]string{
		"clerk3": {"3", "clerk"}, "super3": {"3", "supervisor"}, "manager3": {"3", "manager"},
		"intake3": {"3", "intake"}, "clerk5": {"5", "clerk"}, "revoked3": {"3", "clerk"},
	} {
		tok, secret, err := NewToken(spec[0], protocol.Role(spec[1]), name, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.CreateToken(ctx, tok); err != nil {
			t.Fatal(err)
		}
		e.tokens[name], e.ids[name] = secret, tok.ID
	}
	if err := db.RevokeToken(ctx, e.ids["revoked3"], testNow); err != nil {
		t.Fatal(err)
	}
	s := NewServer(db)
	s.Now = func() time.Time { return clock }
	s.Logger = slog.New(slog.NewTextHandler(e.log, nil))
	e.srv = httptest.NewServer(s.Handler())
	t.Cleanup(e.srv.Close)
	v, err := apitest.New()
	if err != nil {
		t.Fatal(err)
	}
	e.tr = &apitest.Transport{Base: e.srv.Client().Transport, Validator: v}
	e.client = &http.Client{Transport: e.tr}
	t.Cleanup(func() {
		if err := e.tr.Err(); err != nil {
			t.Errorf("traffic does not match the OpenAPI document:\n%v", err)
		}
		// No secret may reach the log, whatever the test did.
		logText := e.log.String()
		for name, secret := range e.tokens {
			if strings.Contains(logText, secret) {
				t.Errorf("the server log contains token %s", name)
			}
		}
	})
	return e
}

// loadFixture reads the import format's JSON Lines (DESIGN.md "Exchange formats").
func loadFixture(t testing.TB, path string) []tafkik.Request {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tafkik.Request
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var row struct {
			tafkik.Request
			Lat *float64 `json:"lat"`
			Lon *float64 `json:"lon"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		r := row.Request
		if row.Lat != nil && row.Lon != nil {
			r.Lat, r.Lon, r.HasLocation = *row.Lat, *row.Lon, true
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// do sends a request with the named token ("" for none) and returns status and body.
func (e *env) do(method, path, token string, body io.Reader, ctype string) (int, []byte) {
	e.t.Helper()
	return e.doCtx(context.Background(), method, path, token, body, ctype)
}

// doInvalid sends a request that is deliberately outside the OpenAPI document; only the
// response is validated.
func (e *env) doInvalid(method, path, token string, body io.Reader, ctype string) (int, []byte) {
	e.t.Helper()
	return e.doCtx(apitest.Invalid(context.Background()), method, path, token, body, ctype)
}

func (e *env) doCtx(ctx context.Context, method, path, token string, body io.Reader, ctype string) (int, []byte) {
	e.t.Helper()
	req, err := http.NewRequestWithContext(ctx, method, e.srv.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if token != "" {
		secret, ok := e.tokens[token]
		if !ok {
			secret = token // a literal (garbage) token
		}
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := e.client.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp.StatusCode, b
}

func (e *env) getJSON(path, token string, v any) int {
	e.t.Helper()
	status, body := e.do("GET", path, token, nil, "")
	if status == http.StatusOK && v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			e.t.Fatalf("GET %s: %v\n%s", path, err, body)
		}
	}
	return status
}

// push sends ops as clerk3 (or token) and returns the results.
func (e *env) push(token, district string, ops ...tafkik.Op) (int, []protocol.OpResult) {
	e.t.Helper()
	b, err := json.Marshal(protocol.OpsBatch{Ops: ops})
	if err != nil {
		e.t.Fatal(err)
	}
	status, body := e.do("POST", protocol.OpsPath(district), token, bytes.NewReader(b), "application/json")
	if status != http.StatusOK {
		return status, nil
	}
	var res protocol.OpsResult
	if err := json.Unmarshal(body, &res); err != nil {
		e.t.Fatalf("ops: %v\n%s", err, body)
	}
	return status, res.Results
}

// op builds an op with the given fields.
func op(t testing.TB, id string, kind tafkik.OpKind, entity, entityID string, base int64, fields any) tafkik.Op {
	t.Helper()
	o, err := protocol.NewOp(kind, entity, entityID, base, fields)
	if err != nil {
		t.Fatal(err)
	}
	o.ID, o.Actor, o.Device, o.CreatedAt = id, "clerk-a", "laptop-1", testNow.Add(-time.Hour)
	return o
}

// pullAll reads a district's whole feed with the given page size.
func (e *env) pullAll(token, district string, limit int) []protocol.Change {
	e.t.Helper()
	var all []protocol.Change
	after := int64(0)
	for range 10000 {
		var page protocol.ChangesPage
		path := protocol.ChangesPath(district) + "?after=" + itoa(after) + "&limit=" + itoa(int64(limit))
		if st := e.getJSON(path, token, &page); st != http.StatusOK {
			e.t.Fatalf("GET %s: %d", path, st)
		}
		all = append(all, page.Changes...)
		after = page.Next
		if !page.More {
			return all
		}
	}
	e.t.Fatal("feed never ends")
	return nil
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
