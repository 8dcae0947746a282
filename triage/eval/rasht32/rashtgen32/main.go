package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/tafkik/tafkik/triage/eval/rasht32"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "1", "district code written on every request")
	out := flag.String("out", "", "directory for requests.jsonl and truth.csv")
	stats := flag.Bool("stats", false, "print a summary of the set")
	flag.Parse()
	opt := rasht32.Options{Seed: *seed, N: *n, District: *district}
	rows, err := rasht32.Generate(opt)
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := rasht32.Write(*out, opt); err != nil {
			log.Fatal(err)
		}
	}
	if *stats || *out == "" {
		fmt.Print(rasht32.Summarize(rows))
	}
}
