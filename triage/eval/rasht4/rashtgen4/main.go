// Command rashtgen4 writes a labelled Rasht-style request set: DIR/requests.jsonl in the
// import format and DIR/truth.csv (request_id,group_id,jurisdiction).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/triage/eval/rasht4"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed gives the same files")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written on every request")
	out := flag.String("out", "", "output directory")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: rashtgen4 -seed 7 -n 6000 -out DIR")
		os.Exit(2)
	}
	rows, err := rasht4.Generate(rasht4.Options{Seed: *seed, N: *n, District: *district})
	if err == nil {
		err = rasht4.WriteRows(*out, rows)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(rasht4.Summary(rows))
}
