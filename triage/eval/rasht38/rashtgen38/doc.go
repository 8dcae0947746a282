// Command rashtgen38 writes the rasht38 labelled set of منطقه ۵: requests.jsonl in the
// import format and truth.csv, deterministic for a seed; -stats prints its summary.
//
//	go run ./triage/eval/rasht38/rashtgen38 -seed 7 -n 6000 -out /tmp/r38 -stats
package main
