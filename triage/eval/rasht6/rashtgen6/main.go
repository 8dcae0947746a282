// Command rashtgen6 writes a labelled Rasht-style set: requests.jsonl and truth.csv.
//
//	go run ./triage/eval/rasht6/rashtgen6 -seed 7 -n 6000 -out DIR [-stats]
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/tafkik/tafkik/triage/eval/rasht6"
)

func main() {
	seed := flag.Int64("seed", 7, "random seed")
	n := flag.Int("n", 6000, "number of requests")
	district := flag.String("district", "3", "district code")
	start := flag.String("start", "", "first day, YYYY-MM-DD (default: a year before -end)")
	end := flag.String("end", "", "day after the last, YYYY-MM-DD (default 2026-11-20)")
	out := flag.String("out", "rasht6-out", "output folder")
	stats := flag.Bool("stats", false, "print the set's shape to stderr")
	flag.Parse()
	opt := rasht6.Options{Seed: *seed, N: *n, District: *district}
	var err error
	if opt.Start, err = day(*start); err == nil {
		opt.End, err = day(*end)
	}
	if err == nil {
		err = rasht6.Write(*out, opt)
	}
	if err == nil && *stats {
		var rows []rasht6.Row
		if rows, err = rasht6.Generate(opt); err == nil {
			rasht6.Summarize(rows).Print(os.Stderr)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rashtgen6:", err)
		os.Exit(1)
	}
}

func day(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.ParseInLocation("2006-01-02", s, time.FixedZone("IRST", 3*3600+1800))
}
