// Package rasht39 generates a labelled test set of one ordinary year of Rasht's District 3,
// as its 137 export looks: operators' phone summaries, app captions with pins, web forms and
// walk-ins, with every request's true issue and agency. Its author wrote it from the problem
// alone, without reading the grouping or jurisdiction code; README.md holds the picture and
// the labelling rule.
package rasht39
