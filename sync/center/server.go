package center

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/tafkik/tafkik/sync/protocol"
)

// Server is the center's HTTP side: the sync API under /api/v1 and Open311 GeoReport v2
// under /open311/v2. Fill the exported fields (NewServer sets defaults), then use Handler.
type Server struct {
	Store  Store
	Logger *slog.Logger
	// Now is the clock; tests replace it.
	Now func() time.Time
	// MaxBodyBytes bounds every request body.
	MaxBodyBytes int64
}

// NewServer returns a server on store with default settings and a logger that drops
// everything; set Logger to see requests.
func NewServer(store Store) *Server {
	return &Server{Store: store, Logger: slog.New(slog.DiscardHandler), Now: time.Now,
		MaxBodyBytes: protocol.MaxBodyBytes}
}

// Handler returns the server's routes wrapped in recovery and logging.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	// Method checks happen in the handlers so that a wrong method gets a problem+json 405
	// rather than the mux's plain-text one.
	mux.HandleFunc("/api/v1/me", s.authed(s.me))
	mux.HandleFunc("/api/v1/districts/{d}/changes", s.district(http.MethodGet, s.changes))
	mux.HandleFunc("/api/v1/districts/{d}/ops", s.district(http.MethodPost, s.ops))
	mux.HandleFunc("/api/v1/districts/{d}/requests/{id}", s.district(http.MethodGet, s.request))
	// Any other path under a district still answers 401/403 before 404, so that a probe
	// learns nothing of another district's endpoints either.
	mux.HandleFunc("/api/v1/districts/{d}/", s.district("", func(w http.ResponseWriter, r *http.Request) {
		s.problem(w, r, http.StatusNotFound, protocol.ProblemNotFound, "no such endpoint", r.URL.Path)
	}))
	mux.HandleFunc("GET /api/v1/openapi.yaml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/yaml")
		w.Write(protocol.OpenAPI)
	})
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.problem(w, r, http.StatusNotFound, protocol.ProblemNotFound, "no such endpoint", r.URL.Path)
	})
	mux.HandleFunc("GET /open311/v2/services.json", s.open311Services)
	mux.HandleFunc("GET /open311/v2/requests.json", s.open311Requests)
	mux.HandleFunc("POST /open311/v2/requests.json", s.open311Create)
	mux.HandleFunc("GET /open311/v2/requests/{file}", s.open311Request)
	mux.HandleFunc("/open311/", func(w http.ResponseWriter, r *http.Request) {
		open311Error(w, http.StatusNotFound, "no such endpoint (only the .json format is served)")
	})
	return s.logged(mux)
}

// ---- middleware

type principalKey struct{}

// Principal is the authenticated token of a request.
func principal(ctx context.Context) Token {
	t, _ := ctx.Value(principalKey{}).(Token)
	return t
}

// statusWriter remembers the status for the log line.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logged logs one line per request and turns a panic into a 500. It logs the path without
// the query (an Open311 api_key may ride in a query) and the token's public id, never the
// Authorization header or a body.
func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.Now()
		sw := &statusWriter{ResponseWriter: w}
		holder := &Token{}
		r = r.WithContext(context.WithValue(r.Context(), logHolderKey{}, holder))
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.Logger.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				if sw.status == 0 {
					s.problem(sw, r, http.StatusInternalServerError, protocol.ProblemInternal, "internal error", "")
				}
			}
			s.Logger.Info("http", "method", r.Method, "path", r.URL.Path, "status", sw.status,
				"bytes", sw.bytes, "ms", s.Now().Sub(start).Milliseconds(), "token_id", holder.ID,
				"district", holder.District)
		}()
		next.ServeHTTP(sw, r)
	})
}

type logHolderKey struct{}

// authed requires a valid, unrevoked bearer token of a reading role.
func (s *Server) authed(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		scheme, secret, ok := strings.Cut(auth, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(secret) == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="center137"`)
			s.problem(w, r, http.StatusUnauthorized, protocol.ProblemUnauthorized, "a bearer token is required", "")
			return
		}
		t, err := s.Store.TokenByHash(r.Context(), HashToken(strings.TrimSpace(secret)))
		if errors.Is(err, ErrNotFound) || (err == nil && t.Revoked()) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="center137", error="invalid_token"`)
			s.problem(w, r, http.StatusUnauthorized, protocol.ProblemUnauthorized, "the token is unknown or revoked", "")
			return
		}
		if err != nil {
			s.internal(w, r, err)
			return
		}
		if h, ok := r.Context().Value(logHolderKey{}).(*Token); ok {
			*h = Token{ID: t.ID, District: t.District}
		}
		if !t.Role.CanRead() {
			s.problem(w, r, http.StatusForbidden, protocol.ProblemForbidden,
				"this token may not use the sync API", fmt.Sprintf("role %s only files Open311 requests", t.Role))
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), principalKey{}, t)))
	}
}

// district requires a token, that the URL's district is the token's, and method (any
// method when empty).
func (s *Server) district(method string, h http.HandlerFunc) http.HandlerFunc {
	return s.authed(func(w http.ResponseWriter, r *http.Request) {
		t := principal(r.Context())
		if d := r.PathValue("d"); d != t.District {
			s.problem(w, r, http.StatusForbidden, protocol.ProblemForbidden, "another district",
				fmt.Sprintf("this token belongs to district %s", t.District))
			return
		}
		if method != "" && r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", method)
			s.problem(w, r, http.StatusMethodNotAllowed, protocol.ProblemNotAllowed, "method not allowed", "use "+method)
			return
		}
		h(w, r)
	})
}

// ---- responses

func (s *Server) problem(w http.ResponseWriter, r *http.Request, status int, typ, title, detail string) {
	w.Header().Set("Content-Type", protocol.MediaProblem)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(protocol.Problem{Type: typ, Title: title, Status: status, Detail: detail})
}

func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.Logger.Error("internal error", "path", r.URL.Path, "err", err)
	s.problem(w, r, http.StatusInternalServerError, protocol.ProblemInternal, "internal error", "")
}

// writeJSON writes v, gzipped when the client accepts it (changes pages compress ~8x).
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	w.Header().Set("Content-Type", protocol.MediaJSON)
	w.Header().Set("Cache-Control", "no-store")
	out, done := gzipped(w, r)
	defer done()
	w.WriteHeader(status)
	json.NewEncoder(out).Encode(v)
}

// gzipped returns the writer to write a body to and a func to call when done; it must be
// called before WriteHeader.
func gzipped(w http.ResponseWriter, r *http.Request) (interface{ Write([]byte) (int, error) }, func()) {
	w.Header().Add("Vary", "Accept-Encoding")
	if !acceptsGzip(r) {
		return w, func() {}
	}
	w.Header().Set("Content-Encoding", "gzip")
	zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
	return zw, func() { zw.Close() }
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") && strings.ReplaceAll(strings.TrimSpace(params), " ", "") != "q=0" {
			return true
		}
	}
	return false
}
