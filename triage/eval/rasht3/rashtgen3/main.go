// Command rashtgen3 writes a labelled Rasht-style request set:
//
//	go run ./triage/eval/rasht3/rashtgen3 -seed 7 -n 6000 -out DIR
//
// DIR receives requests.jsonl (the import format) and truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/tafkik/tafkik/triage/eval/rasht3"
)

func main() {
	seed := flag.Int64("seed", 1, "random seed; the same seed gives the same files")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written on every request")
	end := flag.String("end", "2026-11-20", "last day of the year covered (YYYY-MM-DD)")
	out := flag.String("out", "", "output directory")
	stats := flag.Bool("stats", false, "print the set's issue sizes and agency shares")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "rashtgen3: -out DIR is required")
		os.Exit(2)
	}
	opt := rasht3.Options{Seed: *seed, N: *n, District: *district}
	if *end != "" {
		t, err := time.Parse("2006-01-02", *end)
		if err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen3: -end:", err)
			os.Exit(2)
		}
		opt.End = time.Date(t.Year(), t.Month(), t.Day(), 23, 59, 0, 0, time.FixedZone("IRST", 3*3600+1800))
	}
	rows, err := rasht3.Generate(opt)
	if err == nil {
		err = rasht3.WriteRows(*out, rows)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen3:", err)
		os.Exit(1)
	}
	if *stats {
		fmt.Print(rasht3.Summarize(rows))
	}
}
