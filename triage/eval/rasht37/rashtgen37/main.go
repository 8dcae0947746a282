package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/tafkik/tafkik/triage/eval/rasht37"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code")
	out := flag.String("out", "", "output directory (requests.jsonl, truth.csv)")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht37.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht37.Generate(opt)
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := rasht37.Write(*out, opt); err != nil {
			log.Fatal(err)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht37.Summarize(rows))
	}
}
