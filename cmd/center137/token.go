package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"github.com/tafkik/tafkik/sync/center"
	"github.com/tafkik/tafkik/sync/protocol"
)

func runToken(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: center137 token create|list|revoke --db PATH ...")
	}
	fs := flag.NewFlagSet("token "+args[0], flag.ContinueOnError)
	dbPath := fs.String("db", "", "center database file")
	district := fs.String("district", "", "the token's district (create)")
	role := fs.String("role", "", "clerk, supervisor, manager or intake (create)")
	label := fs.String("label", "", "who or which device holds it (create)")
	pos, err := parseArgs(fs, args[1:])
	if err != nil {
		return err
	}
	if *dbPath == "" {
		return errors.New("--db is required")
	}
	if _, err := os.Stat(*dbPath); err != nil {
		// A mistyped path should not silently create an empty center with one token.
		if args[0] != "create" {
			return err
		}
	}
	db, err := center.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	switch args[0] {
	case "create":
		r := protocol.Role(*role)
		if *district == "" || !r.Valid() {
			return errors.New("usage: center137 token create --db PATH --district D --role clerk|supervisor|manager|intake")
		}
		tok, secret, err := center.NewToken(*district, r, *label, time.Now())
		if err != nil {
			return err
		}
		if err := db.CreateToken(ctx, tok); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "token %s for district %s, role %s; shown once, only its hash is kept:\n", tok.ID, tok.District, tok.Role)
		fmt.Fprintln(stdout, secret)
	case "list":
		toks, err := db.Tokens(ctx)
		if err != nil {
			return err
		}
		w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ID\tDISTRICT\tROLE\tLABEL\tCREATED\tREVOKED")
		for _, t := range toks {
			revoked := "-"
			if t.Revoked() {
				revoked = t.RevokedAt.Format(time.RFC3339)
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.District, t.Role, t.Label, t.CreatedAt.Format(time.RFC3339), revoked)
		}
		return w.Flush()
	case "revoke":
		if len(pos) != 1 {
			return errors.New("usage: center137 token revoke --db PATH ID")
		}
		if err := db.RevokeToken(ctx, pos[0], time.Now()); err != nil {
			if errors.Is(err, center.ErrNotFound) {
				return fmt.Errorf("no token %s", pos[0])
			}
			return err
		}
		fmt.Fprintf(stdout, "token %s revoked\n", pos[0])
	default:
		return fmt.Errorf("unknown token command %q (create, list, revoke)", args[0])
	}
	return nil
}
