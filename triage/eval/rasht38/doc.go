// Package rasht38 generates a labelled set of 137 requests for one ordinary year of
// منطقه ۵ of Rasht (the south and south-west: یخ‌سازی, فلکه گاز, پل تالشان, حاجی‌آباد ...),
// written from the problem statement by an author who did not read the grouping code.
// Every request carries its true issue and the agency that must act; README.md gives the
// picture and the labelling rule.
package rasht38
