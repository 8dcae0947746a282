// Command rashtgen37 writes one generated year of district 1's 137 requests with their
// truth (see package rasht37): go run ./triage/eval/rasht37/rashtgen37 -seed 7 -out DIR.
package main
