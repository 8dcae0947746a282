// Command rashtgen40 writes one year of منطقه ۲ of Rasht as a labelled set (package
// rasht40): go run ./triage/eval/rasht40/rashtgen40 -seed 7 -n 6000 -out DIR -stats.
package main
