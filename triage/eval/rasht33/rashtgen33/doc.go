// Command rashtgen33 writes one generated year of منطقه ۵ of Rasht as a labelled set
// (requests.jsonl and truth.csv) for scoring the grouping on data its authors never saw.
//
//	go run ./triage/eval/rasht33/rashtgen33 -seed 7 -n 6000 -out /tmp/r33 -stats
package main
