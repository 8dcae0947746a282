// Command rashtgen30 writes the rasht30 labelled set (one year of منطقه ۳ of Rasht) as
// requests.jsonl and truth.csv, and with -stats prints its summary.
package main
