// Command rashtgen11 writes the eleventh author's labelled Rasht-style set:
// requests.jsonl and truth.csv in -out.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht11"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code")
	out := flag.String("out", "rasht11-out", "output folder")
	flag.Parse()
	if err := rasht11.Write(*out, rasht11.Options{Seed: *seed, N: *n, District: *district}); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen11:", err)
		os.Exit(1)
	}
}
