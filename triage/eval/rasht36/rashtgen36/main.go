// Usage: go run ./triage/eval/rasht36/rashtgen36 -seed 7 -n 6000 -out /tmp/r36
package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht36"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "4", "district code")
	out := flag.String("out", "", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht36.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht36.Generate(opt)
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := labelled.Write(*out, rows); err != nil {
			log.Fatal(err)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht36.Summarize(rows))
	}
}
