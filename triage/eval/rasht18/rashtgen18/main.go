// Command rashtgen18 writes the rasht18 labelled set (requests.jsonl and truth.csv).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht18"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv into")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht18.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht18.Generate(opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen18:", err)
		os.Exit(1)
	}
	if *out != "" {
		if err := rasht18.Write(*out, opt); err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen18:", err)
			os.Exit(1)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht18.Summarize(rows))
	}
}
