// Package store keeps a district's requests on the device in SQLite (modernc.org/sqlite, no
// cgo): requests with Persian-aware full-text search, the issues they are grouped into,
// jurisdiction flags, clerks' decisions, notes and visits, an audit trail written in the same
// transaction as every change, and the outbox of local edits that sync pushes to the center.
// Every public method takes a context and runs in one transaction.
package store
