#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png from the real window under Xvfb, on a fresh demo district
# synced from a local center137: run it on purpose after a UI change, then look at each image.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/demo-env.sh
dir=$(mktemp -d)
addr=127.0.0.1:${TAFKIK_SHOT_PORT:-18137}
build_all
prepare_demo "$dir"
start_center "$dir" "$addr"
trap 'stop_center; rm -rf "$dir"' EXIT
first_sync "$dir" "$addr" >/dev/null
mkdir -p docs/screenshots
for screen in inbox request issues jurisdiction dashboard sync; do
	xvfb-run -a -s "-screen 0 1366x768x24" bin/tafkik --db "$dir/tafkik.db" --server "http://$addr" \
		--token-file "$dir/token" --screenshot "docs/screenshots/$screen.png" --screen "$screen" 2>/dev/null
	echo "docs/screenshots/$screen.png"
done
xvfb-run -a -s "-screen 0 1366x768x24" bin/tafkik --gallery --screenshot docs/screenshots/gallery.png 2>/dev/null
echo docs/screenshots/gallery.png
