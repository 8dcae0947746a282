#!/usr/bin/env bash
# `make run`: builds the app, prepares a demo district (a local center137 holding a synthetic
# Rasht district, a device token, a first sync and a triage run), starts the center on
# loopback beside the app and stops it when the app closes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/demo-env.sh
dir=${1:-$HOME/.local/share/tafkik-demo}
addr=${TAFKIK_DEMO_ADDR:-127.0.0.1:8137}
mkdir -p "$dir"

echo "building…"
build_all
prepare_demo "$dir"
start_center "$dir" "$addr"
trap stop_center EXIT
first_sync "$dir" "$addr"

run=(bin/tafkik --db "$dir/tafkik.db" --server "http://$addr" --token-file "$dir/token")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
	echo "no display found: running in a virtual screen (xvfb-run); set DISPLAY to see the window" >&2
	xvfb-run -a -s "-screen 0 1366x768x24" "${run[@]}"
else
	"${run[@]}"
fi
