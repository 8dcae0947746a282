// Package rasht16 generates a labelled test set of one year of 137 requests in the old
// town of Rasht (the bazaar and its rows, Sabzeh-Meydan and Shahrdari square, the old
// mahallehs with named alleys), with the truth of which issue each request belongs to and
// which agency must act. Its author wrote it from the problem, without reading the grouping
// code; README.md holds the picture and the labelling rule.
package rasht16
