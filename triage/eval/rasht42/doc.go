// Package rasht42 generates a labelled test set for Tafkik: one ordinary year (1404) of
// requests to the 137 line of District 1 of Rasht's municipality (Golsar, Manzarieh,
// Pol-e Bousar, Navab, Ziabari, Saadi, Pasdaran), written the way citizens and operators
// write them, with the truth a careful district clerk would record: the issue each request
// belongs to and the agency that must act.
//
// The set was written blind to how Tafkik groups and flags requests. README.md holds the
// picture of the district and the labelling rule, written before the generator. Generate is
// deterministic per Options; Write hands the set over through triage/eval/labelled.
package rasht42
