// Command rashtgen13 writes the rasht13 labelled set: requests.jsonl and truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht13"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed gives the same set")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written in every row")
	out := flag.String("out", "rasht13-out", "output directory")
	flag.Parse()
	if err := rasht13.Write(*out, rasht13.Options{Seed: *seed, N: *n, District: *district}); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen13:", err)
		os.Exit(1)
	}
}
