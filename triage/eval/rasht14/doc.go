// Package rasht14 generates an independent labelled year of a Rasht district's 137 requests
// (the fourteenth author's): chronic issues, campaigns, re-registrations, look-alike
// jurisdictions and the noise of real Persian typing, with the truth a clerk would write.
// It exists to score grouping and jurisdiction on text they were not written from; the
// labelling rule is in README.md.
package rasht14
