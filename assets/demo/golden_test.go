package demo

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/sample-seed1.jsonl and .csv")

// TestGolden pins a small district for seed 1: a change to the generator shows up here as a
// diff someone can read (go test ./assets/demo -run Golden -update to accept it).
func TestGolden(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		// Other architectures may fuse multiply-adds, moving a coordinate's last digit.
		t.Skip("golden file written on amd64")
	}
	ds := Generate(Options{Seed: 1, N: 300})
	var jl, tc bytes.Buffer
	if err := WriteJSONL(&jl, ds.Requests); err != nil {
		t.Fatal(err)
	}
	if err := WriteTruthCSV(&tc, ds.Truth); err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name string
		got  []byte
	}{{"sample-seed1.jsonl", jl.Bytes()}, {"sample-seed1-truth.csv", tc.Bytes()}} {
		path := filepath.Join("testdata", f.name)
		if *update {
			if err := os.WriteFile(path, f.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(want, f.got) {
			t.Errorf("%s differs from the generator's output; run with -update if the change is intended", path)
		}
	}
}
