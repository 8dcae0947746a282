#!/usr/bin/env bash
# Starts the real desktop binary in a virtual screen on a small demo district, renders the
# inbox and writes a PNG: proof that the app builds, opens its database and draws.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/tafkik" ./cmd/tafkik
go run ./cmd/tafkikctl demo --db "$tmp/smoke.db" --n 2000 --seed 7 >/dev/null
go run ./cmd/tafkikctl triage --db "$tmp/smoke.db" >/dev/null
xvfb-run -a -s "-screen 0 1366x768x24" "$tmp/tafkik" --db "$tmp/smoke.db" --screenshot "$tmp/inbox.png" --screen inbox
size=$(stat -c %s "$tmp/inbox.png")
if [ "$size" -lt 10000 ]; then
	echo "smoke: screenshot is only $size bytes" >&2
	exit 1
fi
echo "smoke: ok (inbox.png $size bytes)"
