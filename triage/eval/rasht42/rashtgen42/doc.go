// Command rashtgen42 writes the rasht42 labelled set (requests.jsonl and truth.csv) to a
// directory, or prints its summary.
//
//	rashtgen42 -seed 7 -n 6000 -district 1 -out DIR [-stats]
//
// Without -out it prints the summary only.
package main
