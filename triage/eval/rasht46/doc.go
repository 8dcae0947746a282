// Package rasht46 writes a labelled test set: one ordinary year (1404) of 137 requests in
// District 4 of Rasht's municipality, each with the issue it truly belongs to and the agency
// that must act. The district, the labelling rule and the rates are in README.md, written
// before the generator and without knowing how Tafkik groups requests.
//
// Generate draws the year from a seed; Write hands it over as requests.jsonl and truth.csv
// through the shared writer of triage/eval/labelled; Summarize describes it.
package rasht46
