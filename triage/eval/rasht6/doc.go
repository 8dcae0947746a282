// Package rasht6 generates a labelled, Rasht-style set of 137 requests written by an author
// who never read Tafkik's parser, grouping or rules, so that their quality can be measured
// on text they were not written from. It writes requests.jsonl (the import format) and
// truth.csv (request_id,group_id,jurisdiction).
package rasht6
