package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/tafkik/tafkik/store"
	"github.com/tafkik/tafkik/triage"
	"github.com/tafkik/tafkik/triage/jurisdiction"
)

func init() {
	register(command{name: "rules", summary: "load, show or reset a district's own jurisdiction rules", run: runRules})
}

// runRules loads a district's rules file into its database after checking it: a file with an
// error is refused with its line and reason, and the rules in force stay as they were.
func runRules(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	dbPath := fs.String("db", "", "the district's database")
	load := fs.String("load", "", "a rules file to check and put in force")
	reset := fs.Bool("reset", false, "go back to the default rules")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbPath == "" {
		return errors.New("--db is required")
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	switch {
	case *load != "":
		data, err := os.ReadFile(*load)
		if err != nil {
			return err
		}
		eng, err := jurisdiction.Parse(*load, data)
		if err != nil {
			return fmt.Errorf("rules not loaded, the previous ones stay in force:\n%w", err)
		}
		if err := db.SetMeta(ctx, triage.RulesMetaKey, string(data)); err != nil {
			return err
		}
		fmt.Printf("rules %s in force (version %s); run `tafkikctl triage` to flag again\n", *load, eng.Version())
	case *reset:
		if err := db.SetMeta(ctx, triage.RulesMetaKey, ""); err != nil {
			return err
		}
		fmt.Println("default rules in force; run `tafkikctl triage` to flag again")
	default:
		eng, err := triage.Rules(ctx, db)
		if err != nil {
			return err
		}
		own, _ := db.Meta(ctx, triage.RulesMetaKey)
		which := "default"
		if own != "" {
			which = "the district's own"
		}
		fmt.Printf("%s rules in force, version %s\n", which, eng.Version())
	}
	return nil
}
