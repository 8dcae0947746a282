package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht23"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", rasht23.DefaultN, "number of requests")
	district := flag.String("district", rasht23.DefaultDistrict, "district code written in every request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv to")
	stats := flag.Bool("stats", false, "print the set's figures")
	flag.Parse()
	rows, err := rasht23.Generate(rasht23.Options{Seed: *seed, N: *n, District: *district})
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen23:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := labelled.Write(*out, rows); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen23:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht23.Summarize(rows))
	}
}
