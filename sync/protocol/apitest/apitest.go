package apitest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/tafkik/tafkik/sync/protocol"
)

// Validator checks HTTP requests and responses against protocol.OpenAPI.
type Validator struct {
	doc    *openapi3.T
	router routers.Router
}

// New loads and validates the embedded OpenAPI document.
func New() (*Validator, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(protocol.OpenAPI)
	if err != nil {
		return nil, fmt.Errorf("load openapi: %w", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("openapi document invalid: %w", err)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("openapi router: %w", err)
	}
	return &Validator{doc: doc, router: router}, nil
}

// Doc returns the loaded document.
func (v *Validator) Doc() *openapi3.T { return v.doc }

func (v *Validator) input(r *http.Request, body []byte) (*openapi3filter.RequestValidationInput, error) {
	// The router matches on the path only; a request sent to an httptest server carries a
	// host the document's relative server does not name.
	rr := r.Clone(r.Context())
	rr.URL = &url.URL{Path: r.URL.Path, RawPath: r.URL.RawPath, RawQuery: r.URL.RawQuery}
	rr.Host = ""
	rr.Body = io.NopCloser(bytes.NewReader(body))
	route, params, err := v.router.FindRoute(rr)
	if err != nil {
		return nil, fmt.Errorf("%s %s: no such operation: %w", r.Method, r.URL.Path, err)
	}
	return &openapi3filter.RequestValidationInput{
		Request:    rr,
		PathParams: params,
		Route:      route,
		Options: &openapi3filter.Options{
			AuthenticationFunc:    openapi3filter.NoopAuthenticationFunc,
			IncludeResponseStatus: true,
			MultiError:            true,
		},
	}, nil
}

// ValidateRequest checks a request (with its body) against the document. Security is not
// checked here: the server's own tests do that with real tokens.
func (v *Validator) ValidateRequest(r *http.Request, body []byte) error {
	in, err := v.input(r, body)
	if err != nil {
		return err
	}
	if err := openapi3filter.ValidateRequest(r.Context(), in); err != nil {
		return fmt.Errorf("%s %s: request: %w", r.Method, r.URL.Path, err)
	}
	return nil
}

// ValidateResponse checks a response to r against the document: a status the operation does
// not list is an error, and so is a body that does not match its schema.
func (v *Validator) ValidateResponse(r *http.Request, reqBody []byte, status int, header http.Header, body []byte) error {
	in, err := v.input(r, reqBody)
	if err != nil {
		return err
	}
	out := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 status,
		Header:                 header,
		Options:                in.Options,
	}
	out.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(r.Context(), out); err != nil {
		return fmt.Errorf("%s %s -> %d: response: %w", r.Method, r.URL.Path, status, err)
	}
	return nil
}

// Transport wraps an http.RoundTripper so that every request and response passing through it
// is validated; each mismatch is collected and returned by Errors. It is meant for tests of
// a real client against a real server: the traffic itself is passed through unchanged.
// Responses to requests the document does not name (e.g. a fault injector's HTML page)
// are reported too, so wrap only the hop between the client and the real server.
type Transport struct {
	Base      http.RoundTripper
	Validator *Validator

	mu   sync.Mutex
	errs []error
}

// RoundTrip implements http.RoundTripper.
func (t *Transport) RoundTrip(r *http.Request) (*http.Response, error) {
	var reqBody []byte
	if r.Body != nil {
		b, err := io.ReadAll(r.Body)
		r.Body.Close()
		if err != nil {
			return nil, err
		}
		reqBody = b
		r.Body = io.NopCloser(bytes.NewReader(b))
	}
	invalid := r.Context().Value(invalidKey{}) != nil
	if !invalid {
		if err := t.Validator.ValidateRequest(r, reqBody); err != nil {
			t.add(err)
		}
	} else if _, err := t.Validator.input(r, reqBody); err != nil {
		// A path the document does not have at all: there is no response to check against.
		return t.base().RoundTrip(r)
	}
	resp, err := t.base().RoundTrip(r)
	if err != nil {
		return nil, err
	}
	body, rerr := io.ReadAll(resp.Body)
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if rerr != nil {
		// A cut body is the transport's problem, not the document's: hand back what came.
		return resp, nil
	}
	plain := body
	if !resp.Uncompressed && strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		// The caller asked for gzip itself, so the transport left the body compressed.
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err == nil {
			plain, err = io.ReadAll(zr)
		}
		if err != nil {
			t.add(fmt.Errorf("%s %s: response: bad gzip body: %w", r.Method, r.URL.Path, err))
			return resp, nil
		}
	}
	if err := t.Validator.ValidateResponse(r, reqBody, resp.StatusCode, resp.Header, plain); err != nil {
		t.add(err)
	}
	return resp, nil
}

func (t *Transport) base() http.RoundTripper {
	if t.Base == nil {
		return http.DefaultTransport
	}
	return t.Base
}

type invalidKey struct{}

// Invalid marks a request as deliberately outside the document (a test of how the server
// refuses bad input): Transport then skips checking the request but still checks the
// response, which the document must describe all the same, unless the path is not in the
// document at all.
func Invalid(ctx context.Context) context.Context {
	return context.WithValue(ctx, invalidKey{}, true)
}

func (t *Transport) add(err error) {
	t.mu.Lock()
	t.errs = append(t.errs, err)
	t.mu.Unlock()
}

// Err returns every mismatch seen so far, joined, or nil.
func (t *Transport) Err() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return errors.Join(t.errs...)
}
