package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht45"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed writes the same bytes")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "5", "district code written on every request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv into")
	stats := flag.Bool("stats", false, "print the summary even when writing")
	flag.Parse()

	opt := rasht45.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht45.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen45:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht45.Write(*out, opt); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen45:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht45.Summarize(rows))
	}
}
