// Package eval scores a triage run against the truth: pairwise and B-cubed precision and
// recall of the duplicate groups, and the accuracy of the jurisdiction flags. Metrics are
// computed by counting over a contingency table, so they stay linear in the number of
// requests; the only I/O is reading the triage CSV shape from a reader.
package eval
