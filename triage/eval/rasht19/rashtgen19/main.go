package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht19"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code in the export")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv to")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht19.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht19.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen19:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht19.Write(*out, opt); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen19:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht19.Summarize(rows))
	}
}
