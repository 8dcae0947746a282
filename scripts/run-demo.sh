#!/usr/bin/env bash
# `make run`: builds the app, prepares a demo district (a local center137 holding a synthetic
# Rasht district, a device token, a first sync and a triage run), starts the center on
# loopback beside the app and stops it when the app closes.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-$HOME/.local/share/tafkik-demo}
addr=${TAFKIK_DEMO_ADDR:-127.0.0.1:8137}
mkdir -p "$dir" bin

echo "building…"
go build -o bin/tafkik ./cmd/tafkik
CGO_ENABLED=0 go build -o bin/tafkikctl ./cmd/tafkikctl
CGO_ENABLED=0 go build -o bin/center137 ./cmd/center137

if [ ! -s "$dir/token" ] || [ ! -f "$dir/tafkik.db" ]; then
	echo "creating the demo district in $dir …"
	rm -f "$dir"/center.db* "$dir"/tafkik.db* "$dir/token"
	bin/tafkikctl demo --db "$dir/seed.db" --seed 137 --n 18000 --recent --jsonl "$dir/demo.jsonl" --truth "$dir/truth.csv" >/dev/null
	rm -f "$dir"/seed.db*
	bin/center137 import --db "$dir/center.db" "$dir/demo.jsonl"
	(umask 077 && bin/center137 token create --db "$dir/center.db" --district 3 --role clerk | tail -n 1 >"$dir/token")
fi

bin/center137 serve --db "$dir/center.db" --addr "$addr" >"$dir/center137.log" 2>&1 &
center=$!
trap 'kill $center 2>/dev/null; wait $center 2>/dev/null' EXIT
for _ in $(seq 50); do
	(exec 3<>"/dev/tcp/${addr%:*}/${addr#*:}") 2>/dev/null && break
	sleep 0.1
done

if [ ! -f "$dir/.synced" ]; then
	echo "first sync and triage…"
	bin/tafkikctl sync --db "$dir/tafkik.db" --server "http://$addr" --token-file "$dir/token"
	bin/tafkikctl triage --db "$dir/tafkik.db"
	touch "$dir/.synced"
fi

run=(bin/tafkik --db "$dir/tafkik.db" --server "http://$addr" --token-file "$dir/token")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
	echo "no display found: running in a virtual screen (xvfb-run); set DISPLAY to see the window" >&2
	xvfb-run -a -s "-screen 0 1366x768x24" "${run[@]}"
else
	"${run[@]}"
fi
