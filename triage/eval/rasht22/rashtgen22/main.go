// Command rashtgen22 writes the rasht22 labelled set: requests.jsonl and truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht22"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code written in every request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv to")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht22.Options{Seed: *seed, N: *n, District: *district}
	if *out == "" && !*stats {
		fmt.Fprintln(os.Stderr, "rashtgen22: give -out DIR or -stats")
		os.Exit(2)
	}
	rows, err := rasht22.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen22:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht22.WriteRows(*out, rows); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen22:", err)
			os.Exit(1)
		}
	}
	if *stats {
		fmt.Print(rasht22.Summarize(rows))
	}
}
