// Command rashtgen28 writes the rasht28 labelled set (one ordinary year of منطقه ۲ of
// Rasht) to -out as requests.jsonl and truth.csv, and prints its summary with -stats.
package main
