# The two commands of the README: `make run` opens the app on a ready demo district,
# `make test` runs every check. Both install what is missing first.
SHELL := /bin/bash
DEMO_DIR ?= $(HOME)/.local/share/tafkik-demo

.PHONY: run test deps build bench fuzz dist clean quality race

run: deps
	scripts/run-demo.sh "$(DEMO_DIR)"

test: deps
	scripts/test.sh

deps:
	@scripts/deps.sh

build: deps
	mkdir -p bin
	go build -o bin/tafkik ./cmd/tafkik
	CGO_ENABLED=0 go build -o bin/tafkikctl ./cmd/tafkikctl
	CGO_ENABLED=0 go build -o bin/center137 ./cmd/center137

bench:
	go test -run '^$$' -bench . -benchtime 1x ./...

# the packages with goroutines (the app's background work, the sync engine, the store) under
# the race detector
race: deps
	go test -race -count=1 -timeout 40m ./app/... ./store/... ./sync/...

fuzz:
	scripts/fuzz.sh

# grouping and jurisdiction scored on fifteen authors' labelled generators (about a minute a seed)
quality:
	scripts/quality.sh

dist: deps
	scripts/dist.sh

clean:
	rm -rf bin dist
