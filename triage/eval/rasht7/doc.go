// Package rasht7 generates a labelled, Rasht-style set of 137 requests for one district:
// requests.jsonl in the import format and truth.csv saying which distinct issue each request
// belongs to and which agency must act. It was written by an author who had not read the
// grouping, the rules or the other generators, so that scoring on it is an honest estimate.
package rasht7
