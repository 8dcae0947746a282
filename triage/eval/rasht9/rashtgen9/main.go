package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht9"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed gives the same files")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written on every request")
	out := flag.String("out", "", "output directory (created if missing)")
	quiet := flag.Bool("q", false, "do not print the summary")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "rashtgen9: -out DIR is required")
		os.Exit(2)
	}
	rows, err := rasht9.Generate(rasht9.Options{Seed: *seed, N: *n, District: *district})
	if err == nil {
		err = rasht9.WriteRows(*out, rows)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen9:", err)
		os.Exit(1)
	}
	if !*quiet {
		fmt.Fprint(os.Stderr, rasht9.Summary(rows))
	}
}
