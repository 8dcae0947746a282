// Command rashtgen21 writes the rasht21 labelled test set (one ordinary year of one Rasht
// district as its 137 export looks) as requests.jsonl and truth.csv, and with -stats prints
// what the set holds.
package main
