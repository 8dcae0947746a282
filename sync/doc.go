// Package syncdoc only documents the sync directory; nothing imports it. Tafkik's sync lives
// in the subpackages: protocol holds the wire types and the OpenAPI document both sides share
// (sync/protocol/openapi.yaml), client is the desktop's HTTP client and sync engine, and
// center is the reference central 137 server that cmd/center137 runs. The package is not
// named sync so that it can never shadow the standard library's.
package syncdoc
