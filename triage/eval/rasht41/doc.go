// Package rasht41 generates an independent labelled test set: one ordinary year of the 137
// requests of Rasht's District 4, with each request's true issue and the agency that must
// act. README.md gives the picture and the labelling rule the truth follows.
package rasht41
