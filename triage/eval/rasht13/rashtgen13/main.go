// Command rashtgen13 writes the rasht13 labelled set: requests.jsonl and truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht13"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed gives the same set")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written in every row")
	out := flag.String("out", "rasht13-out", "output directory")
	stats := flag.Bool("stats", false, "print the set's distributions to standard error")
	flag.Parse()
	opt := rasht13.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht13.Generate(opt)
	if err == nil {
		err = labelled.Write(*out, rows)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen13:", err)
		os.Exit(1)
	}
	if *stats {
		fmt.Fprint(os.Stderr, rasht13.Summary(rows))
	}
}
