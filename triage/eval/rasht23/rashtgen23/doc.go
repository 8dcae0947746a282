// Command rashtgen23 writes the rasht23 labelled set (one year of district 1's old
// neighbourhoods) to a directory: requests.jsonl in the import shape and truth.csv.
//
//	go run ./triage/eval/rasht23/rashtgen23 -seed 7 -n 6000 -out /tmp/r23 -stats
package main
