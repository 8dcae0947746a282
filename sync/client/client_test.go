package client

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tafkik/tafkik/sync/protocol"
)

const secret = "tk_live_3f9a-SECRET-do-not-log"

// newTestClient returns an opened client on srv with fast retries and a log captured in buf.
func newTestClient(t *testing.T, url string, buf *bytes.Buffer) *Client {
	t.Helper()
	c := New(url, Token(secret))
	c.MinBackoff, c.MaxBackoff = time.Millisecond, 5*time.Millisecond
	c.Timeout = 300 * time.Millisecond
	c.MaxResponseBytes = 1 << 20
	if buf != nil {
		c.Logger = slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if err := c.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprint(w, body)
}

func writeProblem(w http.ResponseWriter, status int, title string) {
	w.Header().Set("Content-Type", protocol.MediaProblem)
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"type":"about:blank","title":%q,"status":%d,"detail":"details"}`, title, status)
}

const meBody = `{"district":"3","role":"clerk","token_id":"t1","server_time":"2026-11-28T09:00:00Z"}`

func TestCallErrors(t *testing.T) {
	big := strings.Repeat("x", 2<<20)
	// The bomb is compressed once, here: compressing it in the handler on every call took
	// longer than the client's 300 ms timeout under -race on a busy machine.
	var bomb bytes.Buffer
	gz := gzip.NewWriter(&bomb)
	fmt.Fprint(gz, `{"district":"`+big+`"}`)
	gz.Close()
	tests := []struct {
		name      string
		handler   func(n int, w http.ResponseWriter, r *http.Request) // n counts calls from 1
		want      error                                               // nil: success
		wantCalls int32
	}{
		{"ok", func(n int, w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, meBody) }, nil, 1},
		{"401 not retried", func(n int, w http.ResponseWriter, r *http.Request) { writeProblem(w, 401, "revoked") }, ErrUnauthorized, 1},
		{"403 not retried", func(n int, w http.ResponseWriter, r *http.Request) { writeProblem(w, 403, "other district") }, ErrForbidden, 1},
		{"404", func(n int, w http.ResponseWriter, r *http.Request) { writeProblem(w, 404, "no") }, ErrNotFound, 1},
		{"409", func(n int, w http.ResponseWriter, r *http.Request) { writeProblem(w, 409, "no") }, ErrConflict, 1},
		{"400", func(n int, w http.ResponseWriter, r *http.Request) { writeProblem(w, 400, "bad") }, ErrBadRequest, 1},
		{"500 then ok", func(n int, w http.ResponseWriter, r *http.Request) {
			if n == 1 {
				writeProblem(w, 500, "boom")
				return
			}
			writeJSON(w, 200, meBody)
		}, nil, 2},
		{"502 html forever", func(n int, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(502)
			fmt.Fprint(w, "<html><body>Bad Gateway</body></html>")
		}, ErrServer, 5},
		{"html page on 200", func(n int, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<html><body>Login to the hotel wifi</body></html>")
		}, ErrBadResponse, 1},
		{"invalid json", func(n int, w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, `{"district": "3",`+"\x00}") }, ErrBadResponse, 1},
		{"trailing data", func(n int, w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, meBody+`{}`) }, ErrBadResponse, 1},
		{"wrong type", func(n int, w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, `{"district": 3}`) }, ErrBadResponse, 1},
		{"empty body", func(n int, w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, ``) }, ErrBadResponse, 1},
		{"too large by length", func(n int, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", fmt.Sprint(len(big)+20))
			writeJSON(w, 200, `{"district":"`+big+`"}`)
		}, ErrTooLarge, 1},
		{"too large chunked", func(n int, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"district":"`)
			w.(http.Flusher).Flush() // no Content-Length: the limit must catch it while reading
			fmt.Fprint(w, big+`"}`)
		}, ErrTooLarge, 1},
		{"gzip bomb", func(n int, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}, ErrTooLarge, 1},
		{"cut mid-body then ok", func(n int, w http.ResponseWriter, r *http.Request) {
			if n == 1 {
				w.Header().Set("Content-Type", "application/json")
				w.Header().Set("Content-Length", fmt.Sprint(len(meBody)))
				fmt.Fprint(w, meBody[:20])
				w.(http.Flusher).Flush()
				panic(http.ErrAbortHandler) // drops the connection with the body half sent
			}
			writeJSON(w, 200, meBody)
		}, nil, 2},
		{"timeout then ok", func(n int, w http.ResponseWriter, r *http.Request) {
			if n == 1 {
				select {
				case <-r.Context().Done():
				case <-time.After(2 * time.Second):
				}
				return
			}
			writeJSON(w, 200, meBody)
		}, nil, 2},
		{"timeout forever", func(n int, w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(2 * time.Second):
			}
		}, ErrTimeout, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				n := calls.Add(1)
				if got := r.Header.Get("Authorization"); got != "Bearer "+secret {
					t.Errorf("Authorization = %q", got)
				}
				tt.handler(int(n), w, r)
			}))
			defer srv.Close()
			var log bytes.Buffer
			c := newTestClient(t, srv.URL, &log)
			me, err := c.Me(context.Background())
			if tt.want == nil {
				if err != nil || me.District != "3" || me.Role != protocol.RoleClerk {
					t.Fatalf("Me = %+v, %v", me, err)
				}
			} else if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if got := calls.Load(); got != tt.wantCalls {
				t.Errorf("server saw %d calls, want %d", got, tt.wantCalls)
			}
			if err != nil && strings.Contains(err.Error(), secret) {
				t.Errorf("error contains the token: %v", err)
			}
			if strings.Contains(log.String(), secret) {
				t.Errorf("log contains the token:\n%s", log.String())
			}
		})
	}
}

func TestGzipAccepted(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Errorf("Accept-Encoding = %q", r.Header.Get("Accept-Encoding"))
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		gz := gzip.NewWriter(w)
		fmt.Fprint(gz, meBody)
		gz.Close()
	}))
	defer srv.Close()
	me, err := newTestClient(t, srv.URL, nil).Me(context.Background())
	if err != nil || me.District != "3" {
		t.Fatalf("Me = %+v, %v", me, err)
	}
}

func TestContextCancelStopsRetries(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, 503, "down")
	}))
	defer srv.Close()
	c := newTestClient(t, srv.URL, nil)
	c.MinBackoff, c.MaxBackoff, c.Retries = time.Second, time.Second, 100
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Me(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
}

func TestBackoffBounds(t *testing.T) {
	c := New("http://x", "")
	c.MinBackoff, c.MaxBackoff = 100*time.Millisecond, time.Second
	for attempt, want := range []time.Duration{100, 200, 400, 800, 1000, 1000} {
		want *= time.Millisecond
		for range 50 {
			if d := c.backoff(attempt); d < want/2 || d > want {
				t.Fatalf("backoff(%d) = %v, want in [%v, %v]", attempt, d, want/2, want)
			}
		}
	}
}

func TestTokenNeverPrinted(t *testing.T) {
	tok := Token(secret)
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("x", "token", tok, "c", New("http://x", tok))
	for _, s := range []string{fmt.Sprint(tok), fmt.Sprintf("%v %+v %#v %s %q", tok, tok, tok, tok, tok),
		fmt.Sprintf("%+v", *New("http://x", tok)), buf.String()} {
		if strings.Contains(s, secret) {
			t.Errorf("token printed: %s", s)
		}
	}
}

func TestLoadToken(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		content string
		mode    os.FileMode
		wantErr bool
	}{
		{"private", secret + "\n", 0o600, false},
		{"owner read only", secret, 0o400, false},
		{"group readable", secret, 0o640, true},
		{"world readable", secret, 0o644, true},
		{"empty", "\n", 0o600, true},
		{"two tokens", secret + "\n" + secret, 0o600, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_"))
			if err := os.WriteFile(p, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, tt.mode); err != nil {
				t.Fatal(err)
			}
			tok, err := LoadToken(p)
			if tt.wantErr {
				if !errors.Is(err, ErrTokenFile) {
					t.Fatalf("err = %v, want ErrTokenFile", err)
				}
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error contains the token: %v", err)
				}
				return
			}
			if err != nil || string(tok) != secret {
				t.Fatalf("LoadToken = %q, %v", string(tok), err)
			}
		})
	}
	if _, err := LoadToken(filepath.Join(dir, "missing")); !errors.Is(err, ErrTokenFile) {
		t.Errorf("missing file: err = %v", err)
	}
}

func TestOpenChecksServerURL(t *testing.T) {
	for _, tt := range []struct {
		url      string
		ok, warn bool
	}{
		{"https://137.rasht.ir", true, false},
		{"http://127.0.0.1:8137", true, false},
		{"http://137.rasht.ir", true, true},
		{"137.rasht.ir", false, false},
		{"ftp://137.rasht.ir", false, false},
		{"", false, false},
	} {
		var log bytes.Buffer
		c := New(tt.url, Token(secret))
		c.Logger = slog.New(slog.NewTextHandler(&log, nil))
		err := c.Open()
		if (err == nil) != tt.ok {
			t.Errorf("Open(%q) = %v", tt.url, err)
		}
		if got := strings.Contains(log.String(), "unencrypted"); got != tt.warn {
			t.Errorf("Open(%q) warned = %v", tt.url, got)
		}
	}
}
