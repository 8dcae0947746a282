// Package rasht32 generates a labelled test set: one ordinary year of district 1 of Rasht
// as its 137 export would look, with each request's true issue and agency. It was written
// from the problem statement alone, without reading the grouping or the other generators,
// so that scoring on it estimates how the grouping generalises. See README.md for the
// picture and the labelling rule.
package rasht32
