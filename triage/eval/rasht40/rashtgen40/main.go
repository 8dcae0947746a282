package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht40"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "2", "district code written on every request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv to")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht40.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht40.Generate(opt)
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := labelled.Write(*out, rows); err != nil {
			log.Fatal(err)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht40.Summarize(rows))
	}
}
