// Package rasht23 generates a labelled test set of one ordinary year of requests to the 137
// line from the old neighbourhoods of Rasht's district 1, with each request's true issue and
// agency. It was written from the problem description only; README.md gives the picture and
// the labelling rule.
package rasht23
