// Package rasht5 generates a labelled, Rasht-style set of 137-line requests written by an
// author independent of the grouping and jurisdiction code, so that their quality can be
// measured on text they were not tuned on. Each row carries its true issue and the agency
// that must really act; the output is the DESIGN.md import JSONL plus a truth.csv.
package rasht5
