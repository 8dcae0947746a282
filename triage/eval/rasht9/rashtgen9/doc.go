// Command rashtgen9 writes the ninth author's labelled Rasht-style set, requests.jsonl and
// truth.csv, into -out, and prints a summary of issues and agencies. The same -seed always
// gives the same files, so a score can name the set it was measured on.
package main
