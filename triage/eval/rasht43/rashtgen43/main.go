package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht43"
)

func main() {
	seed := flag.Int64("seed", 7, "the year's seed")
	n := flag.Int("n", 6000, "requests")
	district := flag.String("district", "2", "district code written on the requests")
	out := flag.String("out", "", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print the summary even with -out")
	flag.Parse()

	opt := rasht43.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht43.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen43:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht43.Write(*out, opt); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen43:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht43.Summarize(rows))
	}
}
