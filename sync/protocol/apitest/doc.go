// Package apitest validates real HTTP traffic against the protocol's OpenAPI document with
// kin-openapi: the center's tests check every request and response they make, and the
// client's tests can wrap their transport in a Transport to do the same. It lives apart from
// protocol so that binaries do not link the validator.
package apitest
