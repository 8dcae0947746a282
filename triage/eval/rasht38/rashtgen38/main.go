package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht38"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "5", "district code")
	out := flag.String("out", "", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	if err := run(rasht38.Options{Seed: *seed, N: *n, District: *district}, *out, *stats); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen38:", err)
		os.Exit(1)
	}
}

func run(opt rasht38.Options, out string, stats bool) error {
	if out == "" && !stats {
		return fmt.Errorf("nothing to do: give -out or -stats")
	}
	rows, err := rasht38.Generate(opt)
	if err != nil {
		return err
	}
	if out != "" {
		if err := labelled.Write(out, rows); err != nil {
			return err
		}
	}
	if stats {
		fmt.Print(rasht38.Summarize(rows))
	}
	return nil
}
