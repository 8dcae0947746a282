// Package rasht28 generates a labelled test set of one ordinary year of منطقه ۲ of Rasht as
// its 137 export would look: phone summaries, app captions with pins, web and in-person
// requests with all their noise, each with its true issue and the agency that must act.
// It was written from the problem alone; README.md holds the picture and the labelling rule.
package rasht28
