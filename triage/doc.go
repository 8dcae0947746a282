// Package triage is the pipeline that turns a district's stored requests into distinct
// issues: it groups duplicates (triage/dedup), flags requests that belong to another agency
// (triage/jurisdiction) and saves both, keeping every decision a clerk made.
package triage
