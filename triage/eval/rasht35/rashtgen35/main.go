// Command rashtgen35 writes the rasht35 labelled set: requests.jsonl and truth.csv.
package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht35"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "2", "district code")
	out := flag.String("out", "", "output directory (requests.jsonl, truth.csv)")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	rows, err := rasht35.Generate(rasht35.Options{Seed: *seed, N: *n, District: *district})
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := labelled.Write(*out, rows); err != nil {
			log.Fatal(err)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht35.Summarize(rows))
	}
}
