// Package rasht43 generates a labelled test set: one ordinary year (1404) of the 137
// requests of Rasht's District 2 (منطقه ۲ شهرداری رشت), with the issue each request truly
// belongs to and the agency that must act.
//
// The district, the labelling rule (one problem, at one place, in one episode, counted as a
// clerk who phoned people back would count it) and the rates were written down in README.md
// before the generator, and without reading how Tafkik groups or flags requests. The streets
// are fixed; the seed decides the year: which problems, where, when, and who wrote what, with
// the noise of real requests (Arabic letters, ZWNJ, mixed digits, misspellings, Gilaki,
// Finglish, follow-ups, partial and landmark addresses).
//
//	rows, err := rasht43.Generate(rasht43.Options{Seed: 7})
//	err = rasht43.Write(dir, rasht43.Options{Seed: 7}) // requests.jsonl + truth.csv
package rasht43
