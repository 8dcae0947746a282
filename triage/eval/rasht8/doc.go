// Package rasht8 writes a labelled, Rasht-style set of 137 requests for one district office,
// as an eighth author who has not read the grouping, the rules or the other generators. It
// exists so that the triage can be scored on text it was not written from; the labelling
// conventions are in README.md.
package rasht8
