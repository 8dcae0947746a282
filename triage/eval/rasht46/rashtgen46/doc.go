// Command rashtgen46 writes the labelled District 4 year of package rasht46.
//
//	rashtgen46 [-seed 7] [-n 6000] [-district 4] [-out DIR] [-stats]
//
// With -out it writes DIR/requests.jsonl and DIR/truth.csv; with -stats, or without -out,
// it prints the summary of the year.
package main
