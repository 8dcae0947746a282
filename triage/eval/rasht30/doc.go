// Package rasht30 generates a labelled test set of one ordinary year of منطقه ۳ of Rasht
// as its 137 export would look, with each request's true issue and agency. It was written
// from the problem alone, without reading the grouping or the other generators, so that
// scores on it estimate how the grouping generalises; README.md holds the labelling rule.
package rasht30
