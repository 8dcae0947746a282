// Package rasht40 generates a labelled test set of one ordinary year of منطقه ۲ of Rasht
// (گلسار, بلوار گیلان, منظریه, معلم, حمیدیان, یخسازی) as its 137 export would look, with each
// request's true issue and agency. It was written from the problem, not from the grouping
// code; README.md gives the picture and the labelling rule.
package rasht40
