package sqlitex

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestMigrationsApplyOnceInOrder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	v1 := fstest.MapFS{
		"migrations/0001_a.sql": {Data: []byte("CREATE TABLE a (x INTEGER);")},
		"migrations/0002_b.sql": {Data: []byte("INSERT INTO a VALUES (1);")},
	}
	db, err := Open(ctx, path, v1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Reopening with one more migration applies only the new one: a second INSERT from 0002
	// would make the count 2.
	v2 := fstest.MapFS{"migrations/0003_c.sql": {Data: []byte("INSERT INTO a VALUES (3);")}}
	for k, v := range v1 {
		v2[k] = v
	}
	db, err = Open(ctx, path, v2, Options{Pragmas: []string{"cache_size(-1024)"}})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n, sum int
	if err := db.QueryRow(`SELECT COUNT(*), SUM(x) FROM a`).Scan(&n, &sum); err != nil || n != 2 || sum != 4 {
		t.Fatalf("rows %d sum %d err %v; want 2 rows summing to 4", n, sum, err)
	}
	var mode string
	db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
	if mode != "wal" {
		t.Fatalf("journal mode %q", mode)
	}
}

func TestBrokenMigrationLeavesNothing(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	bad := fstest.MapFS{"migrations/0001_bad.sql": {Data: []byte("CREATE TABLE ok (x); CREATE TABLE;")}}
	if _, err := Open(ctx, path, bad, Options{}); err == nil || !strings.Contains(err.Error(), "0001_bad.sql") {
		t.Fatalf("want an error naming the migration, got %v", err)
	}
	good := fstest.MapFS{"migrations/0001_bad.sql": {Data: []byte("CREATE TABLE ok (x);")}}
	db, err := Open(ctx, path, good, Options{})
	if err != nil {
		t.Fatalf("the failed migration left something behind: %v", err)
	}
	db.Close()
}
