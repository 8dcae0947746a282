// Package client is the desktop side of Tafkik's sync protocol: a long-lived HTTP client on
// resty (retries with jittered back-off, gzip, size-limited strict JSON, problem+json errors
// mapped to sentinel errors, a token that is never logged) and the engine that pulls the
// district's changes page by page and pushes the local outbox, keeping conflicts for a person.
package client
