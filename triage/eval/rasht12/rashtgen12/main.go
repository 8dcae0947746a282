// Command rashtgen12 writes the twelfth author's labelled Rasht-style set:
// requests.jsonl and truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht12"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code")
	out := flag.String("out", "rasht12-out", "output directory")
	flag.Parse()
	if err := rasht12.Write(*out, rasht12.Options{Seed: *seed, N: *n, District: *district}); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen12:", err)
		os.Exit(1)
	}
}
