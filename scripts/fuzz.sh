#!/usr/bin/env bash
# `make fuzz`: every fuzz test for FUZZTIME (default 30s) each. The seed corpora also run in
# the normal `go test`; this explores beyond them. A failure leaves its input in testdata/fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
t=${FUZZTIME:-30s}
grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r file; do
	pkg=./$(dirname "${file#./}")
	for target in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$file"); do
		echo "== $pkg $target ($t)"
		go test -run '^$' -fuzz "^$target\$" -fuzztime "$t" -fuzzminimizetime 3s "$pkg"
	done
done
