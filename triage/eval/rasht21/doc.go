// Package rasht21 generates a labelled test set of one ordinary year of one district of
// Rasht as its 137 export looks: mostly operator-typed phone requests, some app captions
// with pins, every place written many ways. Its author wrote it from the problem statement
// alone, without reading the grouping or jurisdiction code, so that scoring on it estimates
// how the triage generalises; README.md states the picture and the labelling rule.
package rasht21
