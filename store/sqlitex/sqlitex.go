package sqlitex

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Options tune Open. The zero value is sound.
type Options struct {
	// MaxOpenConns bounds the pool (default 4): one writer at a time is all SQLite allows, a
	// few readers keep a UI or a server responsive.
	MaxOpenConns int
	// Pragmas are added to the defaults (busy_timeout, foreign_keys, WAL, synchronous NORMAL).
	Pragmas []string
}

// Open opens (creating if needed) the database at path and applies every migration in
// migrations (files "migrations/NNNN_name.sql", in name order) not applied before.
// Write transactions take the lock at BEGIN (_txlock=immediate), so two writers never
// deadlock on a lock upgrade and commits happen in the order they began.
func Open(ctx context.Context, path string, migrations fs.FS, opt Options) (*sql.DB, error) {
	q := url.Values{}
	for _, p := range append([]string{"busy_timeout(10000)", "foreign_keys(1)", "journal_mode(WAL)",
		"synchronous(NORMAL)"}, opt.Pragmas...) {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open db: %w", err)
	}
	if opt.MaxOpenConns <= 0 {
		opt.MaxOpenConns = 4
	}
	db.SetMaxOpenConns(opt.MaxOpenConns)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	if err := Migrate(ctx, db, migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	return db, nil
}

// Migrate applies each migration not yet recorded in schema_migrations.
func Migrate(ctx context.Context, db *sql.DB, migrations fs.FS) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := migrateFile(ctx, db, migrations, name); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

func migrateFile(ctx context.Context, db *sql.DB, migrations fs.FS, name string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`,
		name, time.Now().UTC().Format(time.RFC3339Nano)); err != nil {
		return err
	}
	return tx.Commit()
}
