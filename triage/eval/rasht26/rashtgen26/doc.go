// Command rashtgen26 writes the rasht26 labelled set (one year of منطقه ۳ of Rasht) as
// requests.jsonl and truth.csv, and with -stats prints its sizes and agency shares.
package main
