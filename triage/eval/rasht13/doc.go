// Package rasht13 generates an independent labelled Rasht-style test set: one year of a
// district office's 137 requests, the first months migrated from an old system typed into
// free text, the rest from the new app and phone line, with the truth of which requests are
// one issue and which agency must act. Its labelling rule is in README.md; it was written
// without reading the grouping, the jurisdiction rules or the other generators.
package rasht13
