// Command rashtgen25 writes the rasht25 labelled set (one year of منطقه ۴ of Rasht):
//
//	go run ./triage/eval/rasht25/rashtgen25 -seed 7 -n 6000 -out /tmp/r25 -stats
package main
