// Package rasht44 generates a labelled year of 137-line requests for District 3 of Rasht
// (منطقه ۳ شهرداری رشت), 1404, written without knowledge of how Tafkik groups or flags:
// requests in the import shape of DESIGN.md and the truth a careful district clerk would
// write (the issue each request belongs to and the agency that must act). README.md holds
// the picture of the district, the labelling rule, decided before the generator, and the
// rates chosen.
//
// The world is modelled first (neighbourhoods, streets, numbered and named alleys, dead ends,
// landmarks with positions), then issues (one problem at one place in one episode) are
// planned over the year, then each issue's requests are timed and rendered with the noise of
// real operators and citizens.
package rasht44
