// Package rasht31 generates a labelled test set: one ordinary year of the 137 requests of
// منطقه ۴ of Rasht (ضیابری، پل عراق، عینک، سعدی، پاستور، چمارسرا، آج‌بیشه), with each
// request's true issue and the agency that must act. It was written from the problem alone,
// without reading the grouping or jurisdiction code; README.md gives the picture and the
// labelling rule.
package rasht31
