// Package rasht47 generates a labelled held-out set for Tafkik: one ordinary year (1404) of
// the 137 requests of Rasht's District 2, with the issue each request truly belongs to and
// the agency that must act. It was written blind to how Tafkik normalises, parses places,
// groups and assigns jurisdiction; README.md gives the picture of the district, the labelling
// rule and the rates chosen.
//
//	rows, err := rasht47.Generate(rasht47.Options{Seed: 7, N: 6000, District: "2"})
//	err = rasht47.Write(dir, opt) // requests.jsonl + truth.csv
package rasht47
