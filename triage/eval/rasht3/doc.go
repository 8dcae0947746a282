// Package rasht3 generates a labelled, Rasht-style set of 137 requests written by an author
// who did not write Tafkik's grouping or jurisdiction rules, so that their quality can be
// measured on text they were not tuned to. It writes the import format of DESIGN.md and a
// truth file (request_id,group_id,jurisdiction), deterministic for a seed.
package rasht3
