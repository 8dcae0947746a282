// Command rashtgen writes a labelled Rasht-style year of 137 requests: requests.jsonl in the
// import format and truth.csv (request_id,group_id,jurisdiction) for scoring.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/tafkik/tafkik/triage/eval/rasht"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed; the same seed writes the same files")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code")
	end := flag.String("end", "2026-11-20", "last day of the year (YYYY-MM-DD, Tehran time)")
	out := flag.String("out", "", "output directory (created if missing)")
	stats := flag.Bool("stats", false, "also print the distributions (issues, sizes, agencies)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "rashtgen: -out DIR is required")
		os.Exit(2)
	}
	opt := rasht.Options{Seed: *seed, N: *n, District: *district}
	if *end != "" {
		loc, err := time.LoadLocation("Asia/Tehran")
		if err != nil {
			loc = time.FixedZone("IRST", 3*3600+1800)
		}
		d, err := time.ParseInLocation("2006-01-02", *end, loc)
		if err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen: -end:", err)
			os.Exit(2)
		}
		opt.End = d.Add(24*time.Hour - time.Minute)
	}
	if err := rasht.Write(*out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen:", err)
		os.Exit(1)
	}
	if *stats {
		rows, err := rasht.Generate(opt)
		if err != nil {
			fmt.Fprintln(os.Stderr, "rashtgen:", err)
			os.Exit(1)
		}
		fmt.Print(rasht.Summarise(rows))
	}
}
