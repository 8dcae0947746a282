// Package rasht11 generates an independent, labelled Rasht-style set of 137 requests: a year of
// one district office's inbox, with the truth of which requests are the same issue and which
// agency must act. It exists to measure the triage on text its authors did not write; the
// labelling rule is in README.md.
package rasht11
