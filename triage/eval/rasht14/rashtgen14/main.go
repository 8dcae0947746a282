// Command rashtgen14 writes a rasht14 labelled set: requests.jsonl and truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht14"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; one seed, one district year")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written on every request")
	out := flag.String("out", "rasht14-out", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print the truth's issue sizes and agency shares")
	flag.Parse()
	rows, err := rasht14.Generate(rasht14.Options{Seed: *seed, N: *n, District: *district})
	if err == nil {
		err = labelled.Write(*out, rows)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen14:", err)
		os.Exit(1)
	}
	if *stats {
		fmt.Print(rasht14.Summarize(rows))
	}
}
