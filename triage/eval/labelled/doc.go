// Package labelled writes a labelled test set the way every generator under triage/eval
// hands it over: requests.jsonl in the import shape of DESIGN.md and truth.csv
// (request_id,group_id,jurisdiction). The generators' authors wrote their worlds without
// reading each other; only this file format is shared.
package labelled
