package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/assets/demo"
	"github.com/tafkik/tafkik/store/exchange"
	"github.com/tafkik/tafkik/triage/dedup"
	"github.com/tafkik/tafkik/triage/persian"
)

func init() {
	register(command{
		name:    "bench",
		summary: "time grouping: bench [--n 100000] [--seed 7] [--rounds 3] [--assign 1000] [--file REQUESTS.jsonl|.csv]",
		run:     runBench,
	})
}

// runBench measures, on a demo district generated in memory (or the requests of an import
// file): the floor (normalising and tokenising every text), the full grouping, and placing
// new arrivals into the grouped index. The floor and the grouping are timed in turn, rounds
// times: on a shared machine a neighbour's load only ever adds time, so the best round of each
// is the code's own speed, and each round's ratio shows how much the machine moved.
func runBench(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	n := fs.Int("n", 100_000, "requests")
	seed := fs.Int64("seed", 7, "generator seed")
	assign := fs.Int("assign", 1000, "new arrivals to place one by one")
	rounds := fs.Int("rounds", 3, "times the floor and the grouping are each measured")
	file := fs.String("file", "", "read the requests from an import file (JSON Lines, CSV or XLSX) instead")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if *n <= 0 || *assign <= 0 || *rounds <= 0 || fs.NArg() > 0 {
		return &exitError{code: 2, err: errors.New("need positive --n, --rounds and --assign")}
	}
	t0 := time.Now()
	var reqs []tafkik.Request
	if *file != "" {
		var err error
		if reqs, err = readRequests(*file); err != nil {
			return err
		}
		fmt.Printf("read %d requests from %s in %.1fs\n", len(reqs), *file, time.Since(t0).Seconds())
	} else {
		reqs = demo.Generate(demo.Options{Seed: *seed, N: *n}).Requests
		fmt.Printf("generated %d requests in %.1fs\n", len(reqs), time.Since(t0).Seconds())
	}
	if len(reqs) == 0 {
		return errors.New("no requests")
	}

	var (
		x                  *dedup.Index
		bestFloor, bestGrp time.Duration
		bestFCPU, bestGCPU time.Duration
		ratios             []float64 // each round's grouping over its own floor, wall time
	)
	for round := 1; round <= *rounds; round++ {
		runtime.GC()
		t0, c0 := time.Now(), cpuTime()
		words := 0
		for i := range reqs {
			words += len(persian.Tokens(persian.Key(reqs[i].Text)))
		}
		floorWall, floorCPU := time.Since(t0), cpuTime()-c0
		fmt.Printf("round %d\n", round)
		fmt.Printf("floor (Key+Tokens)   %7.2fs wall  %7.2fs cpu  (%d words)\n", floorWall.Seconds(), floorCPU.Seconds(), words)
		if err := ctx.Err(); err != nil {
			return err
		}

		runtime.GC()
		var ms0 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		t0, c0 = time.Now(), cpuTime()
		x = dedup.Build(reqs, nil, dedup.DefaultOptions())
		res := x.Result()
		groupWall, groupCPU := time.Since(t0), cpuTime()-c0
		var ms1 runtime.MemStats
		runtime.ReadMemStats(&ms1)
		fmt.Printf("grouping             %7.2fs wall  %7.2fs cpu  (%d issues; %.0f MB allocated)\n",
			groupWall.Seconds(), groupCPU.Seconds(), len(res.Issues), float64(ms1.TotalAlloc-ms0.TotalAlloc)/1e6)
		ratios = append(ratios, groupWall.Seconds()/floorWall.Seconds())
		fmt.Printf("ratio to floor       %7.1fx wall  %6.1fx cpu  (target ≤4x)\n",
			ratios[len(ratios)-1], groupCPU.Seconds()/max(floorCPU.Seconds(), 1e-9))
		if round == 1 {
			bestFloor, bestGrp, bestFCPU, bestGCPU = floorWall, groupWall, floorCPU, groupCPU
		}
		bestFloor, bestGrp = min(bestFloor, floorWall), min(bestGrp, groupWall)
		bestFCPU, bestGCPU = min(bestFCPU, floorCPU), min(bestGCPU, groupCPU)
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	if *rounds > 1 {
		fmt.Printf("best of %d: floor %.2fs, grouping %.2fs wall; ratio %.1fx wall, %.1fx cpu (target ≤4x)\n",
			*rounds, bestFloor.Seconds(), bestGrp.Seconds(), bestGrp.Seconds()/bestFloor.Seconds(),
			bestGCPU.Seconds()/max(bestFCPU.Seconds(), 1e-9))
		// A best floor round and a best grouping round may come from different minutes of a
		// shared machine; a round's two timings come from the same one.
		fmt.Printf("median of the rounds' own ratios: %.1fx wall\n", median(ratios))
	}

	last := reqs[len(reqs)-1].CreatedAt
	t0 = time.Now()
	var worst time.Duration
	for i := range *assign {
		r := reqs[(i*7919)%len(reqs)]
		r.ID = "bench-" + strconv.Itoa(i)
		r.CreatedAt = last.Add(time.Duration(i) * time.Minute)
		s := time.Now()
		x.Add(r)
		worst = max(worst, time.Since(s))
	}
	per := time.Since(t0) / time.Duration(*assign)
	fmt.Printf("incremental assign   %7.3fms per request, worst %.3fms, over %d (target ≤5ms)\n",
		float64(per.Microseconds())/1000, float64(worst.Microseconds())/1000, *assign)
	if peak := peakRSS(); peak > 0 {
		fmt.Printf("peak memory (RSS)    %7.0f MiB (target ≤1 GiB)\n", float64(peak)/(1<<20))
	}
	return nil
}

// median is the middle value of xs (the mean of the middle two for an even count).
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// readRequests reads the good rows of an import file; bad rows are skipped.
func readRequests(path string) ([]tafkik.Request, error) {
	format, err := exchange.FormatFromPath(path)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var reqs []tafkik.Request
	err = exchange.Read(f, format, exchange.Options{File: path}, func(r exchange.Row) error {
		if r.Err == nil {
			reqs = append(reqs, r.Request)
		}
		return nil
	})
	return reqs, err
}

// cpuTime is the process's user+system CPU time; on a shared machine it says more than the
// wall clock. Zero where /proc is missing.
func cpuTime() time.Duration {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ is 100 on Linux
}

// peakRSS is the process's peak resident memory in bytes (Linux VmHWM), 0 elsewhere.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb * 1024
			}
		}
	}
	return 0
}
