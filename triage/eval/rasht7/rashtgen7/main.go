// Command rashtgen7 writes a labelled Rasht-style set: DIR/requests.jsonl and DIR/truth.csv.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/tafkik/tafkik/triage/eval/rasht7"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed gives the same files")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code written in every request")
	out := flag.String("out", "", "output directory (created if missing)")
	end := flag.String("end", "2026-11-20", "last day, YYYY-MM-DD; the set covers the year before")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "rashtgen7: need -out DIR")
		os.Exit(2)
	}
	endDay, err := time.ParseInLocation("2006-01-02", *end, time.FixedZone("IRST", 3*3600+1800))
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen7: -end:", err)
		os.Exit(2)
	}
	if err := rasht7.Write(*out, rasht7.Options{Seed: *seed, N: *n, District: *district, End: endDay}); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen7:", err)
		os.Exit(1)
	}
}
