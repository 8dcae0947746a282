package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht25"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code written in every row")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv into")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	rows, err := rasht25.Generate(rasht25.Options{Seed: *seed, N: *n, District: *district})
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen25:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := labelled.Write(*out, rows); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen25:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht25.Summarize(rows))
	}
}
