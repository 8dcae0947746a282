// Command rashtgen32 writes the rasht32 labelled test set (one year of district 1 of
// Rasht) to a directory as requests.jsonl and truth.csv, and prints its summary with -stats.
package main
