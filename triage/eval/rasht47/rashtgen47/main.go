package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht47"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed of the year")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "2", "district written in each request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv into")
	stats := flag.Bool("stats", false, "print a summary (always printed without -out)")
	flag.Parse()

	opt := rasht47.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht47.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen47:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht47.Write(*out, opt); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen47:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht47.Summarize(rows))
	}
}
