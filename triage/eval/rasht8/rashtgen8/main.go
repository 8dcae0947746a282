// Command rashtgen8 writes an independent labelled Rasht-style set of 137 requests:
// requests.jsonl to import and truth.csv to score against.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tafkik/tafkik/triage/eval/rasht8"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed gives the same set")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written on every request")
	out := flag.String("out", "rasht8-out", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print the set's issue sizes and agency shares")
	flag.Parse()
	opt := rasht8.Options{Seed: *seed, N: *n, District: *district}
	if err := rasht8.Write(*out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen8:", err)
		os.Exit(1)
	}
	if *stats {
		rows, err := rasht8.Generate(opt)
		if err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen8:", err)
			os.Exit(1)
		}
		fmt.Print(rasht8.Describe(rows))
	}
	fmt.Fprintln(os.Stderr, "wrote", filepath.Join(*out, "requests.jsonl"), "and truth.csv")
}
