package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
)

// exportKinds holds every `tafkikctl export KIND` handler. Kinds register themselves from
// their own files in init, so a new export (e.g. referrals) needs no edit here.
var exportKinds = map[string]func(ctx context.Context, args []string) error{}

// registerExport adds `tafkikctl export NAME ...`; fn receives the arguments after NAME.
// It panics on a duplicate name because that is a programming error found at start-up.
func registerExport(name string, fn func(ctx context.Context, args []string) error) {
	if _, dup := exportKinds[name]; dup {
		panic("tafkikctl: export kind registered twice: " + name)
	}
	exportKinds[name] = fn
}

func init() {
	register(command{
		name:    "export",
		summary: "write data out: export KIND --db PATH --out FILE (export -h lists kinds)",
		run:     runExport,
	})
}

func exportNames() []string {
	names := make([]string, 0, len(exportKinds))
	for n := range exportKinds {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func runExport(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(os.Stderr, "usage: tafkikctl export KIND [flags]\nkinds: %s\n",
			strings.Join(exportNames(), ", "))
		return &exitError{code: 2, err: fmt.Errorf("missing export kind")}
	}
	fn, ok := exportKinds[args[0]]
	if !ok {
		return &exitError{code: 2, err: fmt.Errorf("unknown export kind %q (kinds: %s)",
			args[0], strings.Join(exportNames(), ", "))}
	}
	return fn(ctx, args[1:])
}
