// Command rashtgen17 writes the rasht17 labelled set (the new towns on Rasht's edge) as
// requests.jsonl and truth.csv, and with -stats prints its shape.
//
//	go run ./triage/eval/rasht17/rashtgen17 -seed 7 -n 6000 -out /tmp/r17
package main
