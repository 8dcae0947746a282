package main

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// TestCommands drives center137 as an operator would: import with a bad row, a token, serve,
// a request with the token, revoke, the same request refused; the log never shows the token.
func TestCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "center.db")
	code, out, errOut := runCmd(t, "import", "testdata/requests.jsonl", "--db", db)
	if code != 3 || !strings.Contains(out, "7 new") || !strings.Contains(errOut, "requests.jsonl:8") {
		t.Fatalf("import: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ = runCmd(t, "import", "--db", db, "testdata/requests.jsonl")
	if code != 3 || !strings.Contains(out, "0 new, 0 updated, 7 unchanged") {
		t.Fatalf("re-import: exit %d %s", code, out)
	}
	code, out, errOut = runCmd(t, "token", "create", "--db", db, "--district", "3", "--role", "supervisor", "--label", "laptop")
	if code != 0 {
		t.Fatalf("token create: %d %s", code, errOut)
	}
	secret := lastLine(out)
	if !strings.HasPrefix(secret, "tfk_") || len(secret) < 40 {
		t.Fatalf("token create's last line %q is not a token", secret)
	}
	if code, _, _ := runCmd(t, "token", "create", "--db", db, "--district", "3", "--role", "boss"); code == 0 {
		t.Fatal("token create accepted role boss")
	}
	code, out, _ = runCmd(t, "token", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "supervisor") || strings.Contains(out, secret) {
		t.Fatalf("token list: %d\n%s", code, out)
	}
	id := strings.Fields(lastLine(out))[0]

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	logs := &lockedBuffer{}
	done := make(chan int)
	go func() { done <- run(ctx, []string{"serve", "--db", db, "--addr", addr}, &bytes.Buffer{}, logs) }()
	me := func() int {
		req, _ := http.NewRequest("GET", "http://"+addr+"/api/v1/me", nil)
		req.Header.Set("Authorization", "Bearer "+secret)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	status := 0
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if status = me(); status != 0 {
			break
		}
	}
	if status != 200 {
		t.Fatalf("GET /me with a fresh token: %d", status)
	}
	if code, out, _ := runCmd(t, "token", "revoke", "--db", db, id); code != 0 {
		t.Fatalf("revoke: %d %s", code, out)
	}
	if status := me(); status != 401 {
		t.Fatalf("GET /me with a revoked token: %d", status)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d\n%s", code, logs)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if l := logs.String(); strings.Contains(l, secret) || !strings.Contains(l, "token_id="+id) {
		t.Fatalf("serve log leaks the token or lacks its id:\n%s", l)
	}
	if code, out, _ := runCmd(t, "version"); code != 0 || !strings.HasPrefix(out, "center137 ") {
		t.Fatalf("version: %d %q", code, out)
	}
	if code, _, _ := runCmd(t, "token", "list", "--db", filepath.Join(t.TempDir(), "typo.db")); code == 0 {
		t.Fatal("token list on a missing database succeeded")
	}
}
