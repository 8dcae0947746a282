package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"text/tabwriter"
)

func init() {
	register(command{
		name:    "conflicts",
		summary: "edits the center did not take: conflicts --db PATH [--json] [--resolve OPID --keep mine|theirs]",
		run:     runConflicts,
	})
}

func runConflicts(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("conflicts", flag.ContinueOnError)
	dbPath := fs.String("db", "", "database file")
	asJSON := fs.Bool("json", false, "print JSON")
	resolve := fs.String("resolve", "", "op id to settle")
	keep := fs.String("keep", "", "with --resolve: mine (re-send my edit on top of the server's) or theirs")
	actor := fs.String("actor", os.Getenv("USER"), "who settles it (for the audit trail)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if *dbPath == "" || fs.NArg() > 0 || (*resolve != "") != (*keep != "") || (*keep != "" && *keep != "mine" && *keep != "theirs") {
		fs.Usage()
		return &exitError{code: 2, err: errors.New("need --db PATH; --resolve and --keep mine|theirs go together")}
	}
	db, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *resolve != "" {
		if *actor == "" {
			*actor = "tafkikctl"
		}
		if err := db.ResolveConflict(ctx, *actor, *resolve, *keep == "mine"); err != nil {
			return err
		}
		fmt.Printf("%s settled: kept %s\n", *resolve, *keep)
		return nil
	}
	cs, err := db.Conflicts(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(cs)
	}
	if len(cs) == 0 {
		fmt.Println("no conflicts")
		return nil
	}
	tw := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OP\tOUTCOME\tKIND\tENTITY\tMINE\tSERVER\tREASON")
	for _, c := range cs {
		server := fmt.Sprintf("v%d", c.Server.Version)
		if c.Server.Status != "" {
			server += " " + string(c.Server.Status)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s %s\t%s\t%s\t%s\n", c.Op.ID, c.Outcome, c.Op.Kind, c.Op.Entity, c.Op.EntityID,
			string(c.Op.Fields), server, c.Server.Reason)
	}
	return tw.Flush()
}
