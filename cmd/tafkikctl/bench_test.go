package main

import (
	"regexp"
	"strconv"
	"testing"
)

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		xs   []float64
		want float64
	}{
		{[]float64{3.2}, 3.2},
		{[]float64{4.1, 3.0, 3.3}, 3.3},
		{[]float64{3.0, 5.0, 4.0, 1.0}, 3.5},
	} {
		in := append([]float64(nil), c.xs...)
		if got := median(c.xs); got != c.want {
			t.Errorf("median(%v) = %v, want %v", in, got, c.want)
		}
		for i := range in {
			if in[i] != c.xs[i] {
				t.Fatalf("median reordered its argument: %v", c.xs)
			}
		}
	}
}

// TestBenchCommand runs the real command on a small generated district: every figure the
// issue asks for is printed, and the median of the rounds' ratios lies between their extremes.
func TestBenchCommand(t *testing.T) {
	bin := buildTafkikctl(t)
	r := runTafkikctl(t, bin, "bench", "--n", "3000", "--rounds", "3", "--assign", "20")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		`floor \(Key\+Tokens\) +\d+\.\d+s wall`,
		`grouping +\d+\.\d+s wall .*\(\d+ issues`,
		`best of 3: floor \d+\.\d+s, grouping \d+\.\d+s wall`,
		`median of the rounds' own ratios: \d+\.\dx wall`,
		`incremental assign +\d+\.\d+ms per request, worst \d+\.\d+ms, over 20`,
	} {
		if !regexp.MustCompile(want).MatchString(r.stdout) {
			t.Errorf("no line matching %q in\n%s", want, r.stdout)
		}
	}
	var rs []float64
	for _, m := range regexp.MustCompile(`ratio to floor +(\d+\.\d)x wall`).FindAllStringSubmatch(r.stdout, -1) {
		v, _ := strconv.ParseFloat(m[1], 64)
		rs = append(rs, v)
	}
	m := regexp.MustCompile(`own ratios: (\d+\.\d)x`).FindStringSubmatch(r.stdout)
	if len(rs) != 3 || m == nil {
		t.Fatalf("want three rounds' ratios and their median, got %v in\n%s", rs, r.stdout)
	}
	med, _ := strconv.ParseFloat(m[1], 64)
	if med < min(rs[0], rs[1], rs[2])-0.05 || med > max(rs[0], rs[1], rs[2])+0.05 {
		t.Errorf("median %.1f outside the rounds' ratios %v", med, rs)
	}
}
