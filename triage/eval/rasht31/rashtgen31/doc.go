// Command rashtgen31 writes the rasht31 labelled set (one year of منطقه ۴ of Rasht) to a
// directory as requests.jsonl and truth.csv, and with -stats prints its summary.
package main
