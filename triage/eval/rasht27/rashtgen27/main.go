// Command rashtgen27 writes the twenty-seventh independent labelled set (one year of منطقه ۲
// of Rasht): requests.jsonl and truth.csv in -out, or a summary with -stats.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht27"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code written in every row")
	out := flag.String("out", "", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht27.Options{Seed: *seed, N: *n, District: *district}
	if err := run(opt, *out, *stats); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen27:", err)
		os.Exit(1)
	}
}

func run(opt rasht27.Options, out string, stats bool) error {
	if out == "" && !stats {
		return fmt.Errorf("nothing to do: give -out DIR or -stats")
	}
	if out != "" {
		if err := rasht27.Write(out, opt); err != nil {
			return err
		}
	}
	if stats {
		rows, err := rasht27.Generate(opt)
		if err != nil {
			return err
		}
		fmt.Print(rasht27.Summarize(rows))
	}
	return nil
}
