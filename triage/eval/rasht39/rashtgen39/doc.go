// Command rashtgen39 writes the rasht39 labelled set (requests.jsonl and truth.csv) to a
// directory, and with -stats prints its summary.
package main
