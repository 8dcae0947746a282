// Command rashtgen10 writes the tenth author's labelled Rasht-style set:
// requests.jsonl (import format) and truth.csv (request_id,group_id,jurisdiction).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/tafkik/tafkik/triage/eval/rasht10"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed gives the same files")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written on every request")
	end := flag.String("end", "2026-11-20", "last day of the year covered (YYYY-MM-DD)")
	out := flag.String("out", "", "output directory (required)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "rashtgen10: -out DIR is required")
		os.Exit(2)
	}
	opt := rasht10.Options{Seed: *seed, N: *n, District: *district}
	if *end != "" {
		t, err := time.ParseInLocation("2006-01-02", *end, time.FixedZone("IRST", 12600))
		if err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen10: -end:", err)
			os.Exit(2)
		}
		opt.End = t.Add(24*time.Hour - time.Minute)
	}
	if err := rasht10.Write(*out, opt); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
