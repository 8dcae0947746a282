package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht30"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "", "district code written in every row (default 1)")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv into")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht30.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht30.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen30:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht30.Write(*out, opt); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen30:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht30.Summarize(rows))
	}
}
