package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht26"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code written in every request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv into")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	rows, err := rasht26.Generate(rasht26.Options{Seed: *seed, N: *n, District: *district})
	if err == nil && *out != "" {
		err = labelled.Write(*out, rows)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen26:", err)
		os.Exit(1)
	}
	if *stats || *out == "" {
		fmt.Print(rasht26.Summarize(rows))
	}
}
