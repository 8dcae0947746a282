package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/tafkik/tafkik/triage/eval/rasht34"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written in every request")
	out := flag.String("out", "", "directory to write requests.jsonl and truth.csv into")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht34.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht34.Generate(opt)
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := rasht34.Write(*out, opt); err != nil {
			log.Fatal(err)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht34.Summarize(rows))
	}
}
