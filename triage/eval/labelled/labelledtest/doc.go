// Package labelledtest reads back, in tests, a labelled set a generator under triage/eval
// wrote: its requests through the real importer into a real SQLite file, and its truth, as
// every generator's own test checks them.
package labelledtest
