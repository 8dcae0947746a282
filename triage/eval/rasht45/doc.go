// Package rasht45 generates a labelled test set for Tafkik: one ordinary year (1404) of the
// 137 requests of Rasht's District 5 (منطقه ۵ شهرداری رشت), with the truth a careful district
// clerk would write down — the issue each request belongs to and the agency that must act.
//
// The district, the labelling rule and the rates were decided first and are written down in
// README.md; the generator implements them. It was written without reading how Tafkik groups
// requests or flags jurisdiction. Everything is drawn from one seed: the same seed gives the
// same bytes.
package rasht45
