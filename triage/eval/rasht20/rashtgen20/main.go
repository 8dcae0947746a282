package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/tafkik/tafkik/triage/eval/labelled"
	"github.com/tafkik/tafkik/triage/eval/rasht20"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "requests")
	district := flag.String("district", "1", "district code")
	out := flag.String("out", "", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print the shape of the set")
	flag.Parse()
	opt := rasht20.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht20.Generate(opt)
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := labelled.Write(*out, rows); err != nil {
			log.Fatal(err)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht20.Summarize(rows))
	}
}
