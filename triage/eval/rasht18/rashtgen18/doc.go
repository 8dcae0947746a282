// Command rashtgen18 writes the rasht18 labelled set of requests from the villages joined
// to Rasht: go run ./triage/eval/rasht18/rashtgen18 -seed 7 -n 6000 -out /tmp/r18 -stats.
package main
