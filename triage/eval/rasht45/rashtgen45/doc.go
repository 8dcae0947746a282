// Command rashtgen45 writes the rasht45 labelled set (requests.jsonl and truth.csv) or prints
// its summary.
//
//	rashtgen45 -seed 7 -n 6000 -district 5 -out DIR [-stats]
package main
