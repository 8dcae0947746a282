// Package center is the server side of Tafkik's sync protocol, the reference central 137
// server that cmd/center137 runs: an http.Handler for the sync API (/api/v1) and Open311
// GeoReport v2 (/open311/v2), device tokens kept as SHA-256 hashes, and a Store interface
// with a SQLite (modernc) implementation in the center's own schema. It applies pushed ops
// once each, judges conflicts, and keeps each district's changes feed in commit order.
package center
