// Package rasht24 generates a labelled test set of one ordinary year of requests to the 137
// line from منطقه ۲ of Rasht away from گلسار (معلم, منظریه, حمیدیان, بلوار گیلان, کوی مهر,
// شهرک بعثت), with each request's true issue and agency. It was written from the problem
// statement alone, without reading the grouping code; README.md holds the picture and the
// labelling rule.
package rasht24
