package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht33"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "5", "district written in every request")
	out := flag.String("out", "", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print the set's summary")
	flag.Parse()
	rows, err := rasht33.Generate(rasht33.Options{Seed: *seed, N: *n, District: *district})
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := labelled.Write(*out, rows); err != nil {
			log.Fatal(err)
		}
	}
	if *stats || *out == "" {
		fmt.Fprint(os.Stdout, rasht33.Summarize(rows))
	}
}
