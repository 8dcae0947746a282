// Command rashtgen8 writes an independent labelled Rasht-style set of 137 requests:
// requests.jsonl to import and truth.csv to score against.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht8"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed gives the same set")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written on every request")
	out := flag.String("out", "rasht8-out", "directory for requests.jsonl and truth.csv")
	flag.Parse()
	if err := rasht8.Write(*out, rasht8.Options{Seed: *seed, N: *n, District: *district}); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen8:", err)
		os.Exit(1)
	}
}
