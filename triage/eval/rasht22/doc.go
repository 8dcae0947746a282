// Package rasht22 generates a labelled test set of one ordinary year of 137 requests in the
// new towns of Rasht's منطقه ۵ (most of them from the app, with a caption and a noisy pin),
// written from the description of the held-out set only, not from the grouping code. Each
// request carries its true issue and the agency that must act; README.md holds the picture
// and the labelling rule.
package rasht22
