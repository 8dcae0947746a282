// Command rashtgen24 writes the rasht24 labelled test set, one ordinary year of منطقه ۲ of
// Rasht away from گلسار, to a directory: requests.jsonl in the import format and truth.csv.
//
//	go run ./triage/eval/rasht24/rashtgen24 -seed 7 -n 6000 -out /tmp/r24 -stats
package main
