// Package rasht4 generates a labelled, Rasht-style set of 137 requests (JSONL in the import
// format and a truth CSV) written independently of the grouping and jurisdiction code, so that
// their quality can be measured on text they were not tuned on. Deterministic per seed.
package rasht4
