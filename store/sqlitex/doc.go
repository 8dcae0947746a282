// Package sqlitex opens a SQLite file (modernc.org/sqlite, no cgo) the way Tafkik's databases
// want it, the desktop's store and the center's alike, and brings its schema up to date with
// numbered migrations embedded in the program, each applied once in its own transaction.
package sqlitex
