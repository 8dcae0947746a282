// Package rasht10 generates an independent labelled Rasht-style 137 backlog: requests in
// the import format of DESIGN.md and the truth (issue and agency of every request), seen
// from the call centre's desk. It exists to measure the grouping and the jurisdiction rules
// on text their authors did not write; see README.md for the labelling rule.
package rasht10
