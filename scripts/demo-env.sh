# Sourced by run-demo.sh and screenshots.sh: build the programs, prepare a demo district
# behind a local center137, start and stop that center.

build_all() {
	mkdir -p bin
	go build -o bin/tafkik ./cmd/tafkik
	CGO_ENABLED=0 go build -o bin/tafkikctl ./cmd/tafkikctl
	CGO_ENABLED=0 go build -o bin/center137 ./cmd/center137
}

# prepare_demo DIR: a synthetic Rasht district in a center database, a clerk's device token,
# once; the year of requests ends today. Its latest 60 requests are held back in intake.jsonl:
# the center files them one by one while the demo runs, as the 137 line takes calls, and the
# app's sync rounds place them into issues.
prepare_demo() {
	local dir=$1
	if [ -s "$dir/token" ] && [ -f "$dir/tafkik.db" ]; then
		return
	fi
	echo "creating the demo district in $dir …"
	rm -f "$dir"/center.db* "$dir"/tafkik.db* "$dir/token" "$dir/.synced" "$dir/intake.jsonl"
	bin/tafkikctl demo --seed 137 --n 18060 --hold 60 --intake "$dir/intake.jsonl" --recent \
		--jsonl "$dir/demo.jsonl" --truth "$dir/truth.csv" >/dev/null
	bin/center137 import --db "$dir/center.db" "$dir/demo.jsonl"
	(umask 077 && bin/center137 token create --db "$dir/center.db" --district 3 --role clerk | tail -n 1 >"$dir/token")
}

# start_center DIR ADDR: serves the demo center on loopback; stop_center ends it.
start_center() {
	local dir=$1 addr=$2
	local intake=()
	if [ -s "$dir/intake.jsonl" ]; then
		intake=(--intake "$dir/intake.jsonl" --intake-every "${TAFKIK_DEMO_INTAKE_EVERY:-45s}")
	fi
	bin/center137 serve --db "$dir/center.db" --addr "$addr" "${intake[@]}" >"$dir/center137.log" 2>&1 &
	center_pid=$!
	for _ in $(seq 50); do
		(exec 3<>"/dev/tcp/${addr%:*}/${addr#*:}") 2>/dev/null && return 0
		sleep 0.1
	done
	echo "center137 did not start; see $dir/center137.log" >&2
	return 1
}

stop_center() {
	if [ -n "${center_pid:-}" ]; then
		kill "$center_pid" 2>/dev/null
		wait "$center_pid" 2>/dev/null
	fi
	return 0
}

# first_sync DIR ADDR: the desktop database pulls the district and triages it, once.
first_sync() {
	local dir=$1 addr=$2
	if [ ! -f "$dir/.synced" ]; then
		echo "first sync and triage…"
		bin/tafkikctl sync --place=false --db "$dir/tafkik.db" --server "http://$addr" --token-file "$dir/token"
		bin/tafkikctl triage --db "$dir/tafkik.db"
		touch "$dir/.synced"
	fi
}
