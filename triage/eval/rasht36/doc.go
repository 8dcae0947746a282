// Package rasht36 generates a labelled test set of one ordinary year of 137 requests in
// district 4 of Rasht (the east of the city), written from the problem statement without
// reading the grouping code or the other generators. README.md holds the picture and the
// labelling rule; Generate returns the rows, Write writes requests.jsonl and truth.csv.
package rasht36
