// Package rasht33 generates a labelled test set of one ordinary year of the 137 line in
// منطقه ۵ of Rasht: requests in the import shape with their true issue and agency, written
// from the problem description alone by an author who never read the grouping code. See
// README.md for the picture and the labelling rule.
package rasht33
