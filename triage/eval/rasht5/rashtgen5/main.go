// Command rashtgen5 writes a labelled Rasht-style request set: requests.jsonl and truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht5"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code")
	out := flag.String("out", "rasht5-out", "output directory")
	flag.Parse()
	if err := rasht5.Write(*out, rasht5.Options{Seed: *seed, N: *n, District: *district}); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen5:", err)
		os.Exit(1)
	}
}
