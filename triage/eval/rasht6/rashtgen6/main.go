// Command rashtgen6 writes a labelled Rasht-style set: requests.jsonl and truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht6"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code")
	out := flag.String("out", "rasht6-out", "output folder")
	stats := flag.Bool("stats", false, "print the set's shape to stderr")
	flag.Parse()
	opt := rasht6.Options{Seed: *seed, N: *n, District: *district}
	if err := rasht6.Write(*out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen6:", err)
		os.Exit(1)
	}
	if *stats {
		rows, err := rasht6.Generate(opt)
		if err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen6:", err)
			os.Exit(1)
		}
		rasht6.Summarize(rows).Print(os.Stderr)
	}
}
