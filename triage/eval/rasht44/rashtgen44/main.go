package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht44"
)

func main() {
	seed := flag.Int64("seed", 7, "seed of the year")
	n := flag.Int("n", 6000, "requests")
	district := flag.String("district", "3", "district code written on every request")
	out := flag.String("out", "", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print the summary")
	flag.Parse()
	opt := rasht44.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht44.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen44:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht44.Write(*out, opt); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen44:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht44.Summarize(rows))
	}
}
