// Package rasht17 generates an independent labelled test set for duplicate grouping and
// jurisdiction flagging: a year of requests from the new towns on Rasht's edge (phases,
// blocks, complexes, building sites, app pins), written from the problem statement alone.
// README.md holds the picture and the labelling rule the truth follows.
package rasht17
