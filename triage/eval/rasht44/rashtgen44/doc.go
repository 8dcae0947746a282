// Command rashtgen44 writes the rasht44 labelled year of District 3 of Rasht:
// requests.jsonl in the import shape and truth.csv (request_id,group_id,jurisdiction).
//
//	rashtgen44 -seed 7 -n 6000 -district 3 -out DIR [-stats]
//
// Without -out, or with -stats, it prints a summary of the year.
package main
