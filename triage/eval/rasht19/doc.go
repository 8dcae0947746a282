// Package rasht19 generates a labelled test set of one ordinary district of Rasht over one
// Jalali year, as its 137 export would look: phone summaries, app captions with a pin, web
// forms and in-person requests, with the writing noise of real citizens and operators. Each
// request carries its true issue and the agency that must act; the labelling rule is in
// README.md. It was written from the problem statement, without reading the grouping code.
package rasht19
