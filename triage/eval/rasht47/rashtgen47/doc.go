// Command rashtgen47 writes the rasht47 labelled set: one year of District 2 of Rasht.
//
//	rashtgen47 -seed 7 -n 6000 -district 2 -out DIR   # DIR/requests.jsonl and DIR/truth.csv
//	rashtgen47 -stats                                  # a summary only
package main
