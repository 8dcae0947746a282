// Package rasht34 generates a labelled test set for duplicate grouping and jurisdiction
// flagging: one ordinary year of Rasht's district 3 as its 137 export looks, written from
// the problem alone by an author who did not read the grouping code. README.md holds the
// picture of the district and the labelling rule the truth follows.
package rasht34
