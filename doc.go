// Package tafkik holds the domain types of Tafkik, the district office's tool for separating
// a city's 137 requests into distinct issues: requests, issues (duplicate groups),
// jurisdiction flags, statuses, notes, audit events and sync operations.
// It does no I/O and imports nothing of ours; storage, triage, sync and the UI build on it.
package tafkik
