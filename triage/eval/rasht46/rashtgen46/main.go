package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht46"
)

func main() {
	seed := flag.Int64("seed", 7, "seed of the year")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "4", "district written on every request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv to")
	stats := flag.Bool("stats", false, "print the summary even when writing")
	flag.Parse()

	opt := rasht46.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht46.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen46:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht46.Write(*out, opt); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen46:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht46.Summarize(rows))
	}
}
