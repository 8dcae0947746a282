// Command rashtgen43 writes the rasht43 labelled set: one year of Rasht District 2's 137
// requests (requests.jsonl) and their truth (truth.csv), and prints a summary.
//
//	rashtgen43 -seed 7 -n 6000 -district 2 -out DIR [-stats]
//
// Without -out it only prints the summary.
package main
