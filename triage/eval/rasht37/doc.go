// Package rasht37 generates a labelled test set of one ordinary year of requests to the 137
// line of Rasht's district 1, with every request's true issue and responsible agency, for
// scoring duplicate grouping and jurisdiction flagging. README.md gives the picture and the
// labelling rule; the grouping code was not read when writing it.
package rasht37
