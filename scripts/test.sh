#!/usr/bin/env bash
# The whole check, the same on a laptop and in CI: format, vet, every test, the pure-Go build
# of the command-line tools, and a smoke run of the real desktop binary in a virtual screen.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then
	echo "gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi

echo "== go vet"
go vet ./...

echo "== CGO_ENABLED=0 build of tafkikctl and center137"
mkdir -p bin
CGO_ENABLED=0 go build -o bin/tafkikctl ./cmd/tafkikctl
if [ -d cmd/center137 ]; then CGO_ENABLED=0 go build -o bin/center137 ./cmd/center137; fi

echo "== go test"
go test -count=1 -timeout 20m ./...

echo "== smoke: the desktop app under Xvfb"
scripts/smoke.sh
