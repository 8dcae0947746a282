// Package rasht27 generates the twenty-seventh independent labelled test set: one ordinary
// year of منطقه ۲ of Rasht (گلسار، بلوار گیلان، منظریه، حمیدیان، معلم) as its 137 export
// looks, with every request's true issue and agency. The author wrote it from the problem
// statement only; see README.md for the picture and the labelling rule.
package rasht27
