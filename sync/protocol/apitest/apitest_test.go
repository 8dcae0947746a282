package apitest

import (
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestDocumentLoads(t *testing.T) {
	v, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/api/v1/me", "/api/v1/districts/{district}/changes",
		"/api/v1/districts/{district}/ops", "/api/v1/districts/{district}/requests/{id}",
		"/open311/v2/services.json", "/open311/v2/requests.json", "/open311/v2/requests/{file}"} {
		if v.Doc().Paths.Find(p) == nil {
			t.Errorf("document lacks path %s", p)
		}
	}
}

func TestValidateCatchesMismatch(t *testing.T) {
	v, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		method  string
		target  string
		body    string
		status  int
		ctype   string
		resp    string
		wantErr bool
	}{
		{"good page", "GET", "/api/v1/districts/3/changes?after=0&limit=10", "", 200, "application/json",
			`{"changes":[],"next":0,"more":false}`, false},
		{"page without more", "GET", "/api/v1/districts/3/changes", "", 200, "application/json",
			`{"changes":[],"next":0}`, true},
		{"unlisted status", "GET", "/api/v1/me", "", 418, "application/problem+json",
			`{"type":"x","title":"x","status":418}`, true},
		{"problem", "GET", "/api/v1/me", "", 401, "application/problem+json",
			`{"type":"x","title":"no token","status":401}`, false},
		{"bad op kind", "POST", "/api/v1/districts/3/ops",
			`{"ops":[{"id":"a","kind":"nope","entity":"request","entity_id":"r","base_version":0,"fields":{},"actor":"x","created_at":"2026-01-01T00:00:00Z"}]}`,
			200, "application/json", `{"results":[]}`, true},
		{"html error page", "GET", "/api/v1/me", "", 200, "text/html", `<html>oops</html>`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(tc.method, tc.target, strings.NewReader(tc.body))
			if tc.body != "" {
				r.Header.Set("Content-Type", "application/json")
			}
			err := v.ValidateRequest(r, []byte(tc.body))
			if err == nil {
				h := http.Header{"Content-Type": {tc.ctype}}
				err = v.ValidateResponse(r, []byte(tc.body), tc.status, h, []byte(tc.resp))
			}
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
		})
	}
}

// TestTransportGzip: a caller that asks for gzip itself gets the body untouched, and the
// Transport still checks the decompressed body.
func TestTransportGzip(t *testing.T) {
	v, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		body    string
		wantErr bool
	}{
		{`{"district":"3","role":"clerk","token_id":"a","server_time":"2026-11-28T09:00:00Z"}`, false},
		{`{"district":"3"}`, true},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write([]byte(tc.body))
			zw.Close()
		}))
		tr := &Transport{Base: srv.Client().Transport, Validator: v}
		req, _ := http.NewRequest("GET", srv.URL+"/api/v1/me", nil)
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := (&http.Client{Transport: tr}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		srv.Close()
		if (tr.Err() != nil) != tc.wantErr {
			t.Errorf("body %s: Err() = %v, want error %v", tc.body, tr.Err(), tc.wantErr)
		}
	}
}
