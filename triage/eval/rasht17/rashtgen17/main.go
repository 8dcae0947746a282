package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht17"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code written on every request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv into")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	if *out == "" && !*stats {
		log.Fatal("rashtgen17: give -out DIR, -stats, or both")
	}
	rows, err := rasht17.Generate(rasht17.Options{Seed: *seed, N: *n, District: *district})
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := labelled.Write(*out, rows); err != nil {
			log.Fatal(err)
		}
	}
	if *stats {
		fmt.Print(rasht17.Summarize(rows))
	}
}
