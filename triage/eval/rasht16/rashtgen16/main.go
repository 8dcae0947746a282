// Command rashtgen16 writes the rasht16 labelled set (the old town of Rasht):
// requests.jsonl and truth.csv in -out, and with -stats a summary of its truth.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht16"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv to")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	if err := run(rasht16.Options{Seed: *seed, N: *n, District: *district}, *out, *stats); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen16:", err)
		os.Exit(1)
	}
}

func run(opt rasht16.Options, out string, stats bool) error {
	if out == "" && !stats {
		return fmt.Errorf("nothing to do: give -out DIR or -stats")
	}
	rows, err := rasht16.Generate(opt)
	if err != nil {
		return err
	}
	if out != "" {
		if err := labelled.Write(out, rows); err != nil {
			return err
		}
	}
	if stats {
		fmt.Print(rasht16.Summarize(rows))
	}
	return nil
}
