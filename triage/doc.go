// Package triage is the pipeline that turns a district's stored requests into distinct
// issues: it groups duplicates (triage/dedup), flags requests that belong to another agency
// (triage/jurisdiction) and saves both, keeping every decision a clerk made. Run does the
// whole district; Arrivals places only the requests that came in since (a sync round's),
// leaving every grouped request where it is.
package triage
