// Command rashtgen41 writes one ordinary year of Rasht's District 4 as a labelled set
// (requests.jsonl for import, truth.csv with each request's issue and agency).
//
//	go run ./triage/eval/rasht41/rashtgen41 -seed 7 -n 6000 -out /tmp/r41 -stats
package main
