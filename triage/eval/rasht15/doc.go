// Package rasht15 generates a labelled Rasht-style test set written by a fifteenth author
// who never read the grouping or jurisdiction code: one district over one autumn and winter,
// heard largely through speech-recognised 137 calls and a messenger bot, with storm days that
// break many nearby places at once. README.md holds the picture and the labelling rule.
package rasht15
