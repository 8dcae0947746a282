// Package rasht25 generates an independent labelled test set: one ordinary year of
// منطقه ۴ of Rasht as its 137 export would look, every request labelled with its true
// issue and the agency that must act. README.md holds the picture and the labelling rule.
package rasht25
