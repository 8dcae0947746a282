package client

import (
	"errors"
	"fmt"
	"net/http"
)

// Sentinel errors: callers (the engine, the UI) test with errors.Is and turn them into a
// sentence a clerk understands; the HTTP details stay in the wrapped error for the log.
var (
	ErrUnauthorized  = errors.New("sync: token refused (401)")
	ErrForbidden     = errors.New("sync: not allowed for this token (403)")
	ErrNotFound      = errors.New("sync: not found (404)")
	ErrConflict      = errors.New("sync: conflict (409)")
	ErrBadRequest    = errors.New("sync: request refused by the server (4xx)")
	ErrServer        = errors.New("sync: server error (5xx)")
	ErrUnavailable   = errors.New("sync: server unreachable")
	ErrTimeout       = errors.New("sync: timed out")
	ErrBadResponse   = errors.New("sync: response is not the expected JSON")
	ErrTooLarge      = errors.New("sync: response larger than the limit")
	ErrRequestLarge  = errors.New("sync: request body larger than the center takes (413)")
	ErrTokenFile     = errors.New("sync: token file unusable")
	ErrNoDistrict    = errors.New("sync: no district known for this database")
	ErrWrongDistrict = errors.New("sync: token belongs to another district than this database")
	// ErrArrivals: the round's changes are in, but placing the new requests into issues
	// failed (Engine.Arrivals); the next round tries again.
	ErrArrivals = errors.New("sync: new requests not placed into issues")
)

// ProblemError is an RFC 9457 problem+json answer (or a bare HTTP error status), wrapping the
// sentinel that matches its status.
type ProblemError struct {
	Status int
	Type   string
	Title  string
	Detail string
	kind   error
}

func (e *ProblemError) Error() string {
	msg := fmt.Sprintf("%v: HTTP %d", e.kind, e.Status)
	if e.Title != "" {
		msg += ": " + e.Title
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

func (e *ProblemError) Unwrap() error { return e.kind }

// statusKind maps an HTTP status to its sentinel error.
func statusKind(status int) error {
	switch {
	case status == http.StatusUnauthorized:
		return ErrUnauthorized
	case status == http.StatusForbidden:
		return ErrForbidden
	case status == http.StatusNotFound:
		return ErrNotFound
	case status == http.StatusConflict:
		return ErrConflict
	case status == http.StatusRequestTimeout || status == http.StatusGatewayTimeout:
		return ErrTimeout
	case status == http.StatusRequestEntityTooLarge:
		return ErrRequestLarge
	case status == http.StatusTooManyRequests:
		return ErrUnavailable
	case status >= 500:
		return ErrServer
	default:
		return ErrBadRequest
	}
}

// retryable says whether trying the same call again may succeed: transport failures, timeouts
// and 5xx may; a 4xx, a refused token or an oversized body never will.
func retryable(err error) bool {
	return errors.Is(err, ErrServer) || errors.Is(err, ErrUnavailable) || errors.Is(err, ErrTimeout)
}
