// Package rasht26 generates a labelled test set of one ordinary year of منطقه ۳ of Rasht as
// its 137 export would look: requests in the import shape with all the noise of citizens and
// operators, and the truth (issue and agency) of each. The twenty-sixth independent author
// wrote it from the problem alone; README.md holds the picture and the labelling rule.
package rasht26
