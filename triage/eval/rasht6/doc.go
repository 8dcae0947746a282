// Package rasht6 generates a labelled, Rasht-style set of 137 requests written by an author
// who never read Tafkik's parser, grouping or rules, so that their quality can be measured
// on text they were not written from. It writes requests.jsonl (the import format) and
// truth.csv (request_id,group_id,jurisdiction):
//
//	go run ./triage/eval/rasht6/rashtgen6 -seed 7 -n 6000 -out DIR [-stats]
//
// The world (twelve Rasht neighbourhoods, their streets, alleys, dead ends and landmarks)
// is fixed; the seed chooses a year of complaints about it.
package rasht6
