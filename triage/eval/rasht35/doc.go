// Package rasht35 generates a labelled test set for duplicate grouping and jurisdiction
// flagging: one ordinary year of the 137 line in Rasht's District 2 (گلسار، معلم، منظریه،
// حمیدیان، دیلمان), written from the problem statement alone by an author who never read
// the grouping code. README.md holds the picture and the labelling rule.
package rasht35
