package rasht13

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current generator")

// TestGolden: a seed's set never changes silently. Scores kept on a seed would move with
// it; a deliberate change rewrites the files with -update and says so in its commit.
func TestGolden(t *testing.T) {
	rows, err := Generate(Options{Seed: 1, N: 60})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"requests.jsonl", func(b *bytes.Buffer) error { return labelled.WriteJSONL(b, rows) }},
		{"truth.csv", func(b *bytes.Buffer) error { return labelled.WriteTruth(b, rows) }},
	} {
		var got bytes.Buffer
		if err := f.write(&got); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "golden", f.name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s differs from %s; if the change is meant, run go test . -run TestGolden -args -update", f.name, path)
		}
	}
}
