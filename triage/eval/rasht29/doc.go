// Package rasht29 generates a labelled test set of one ordinary district of Rasht (گلسار,
// منظریه, حمیدیان, معلم and the edge of سلیمان‌داراب) over one year, written as its 137
// export looks: operators' summaries, app captions with pins, all the spelling noise. Every
// request carries its true issue and the agency that must act; README.md gives the rule.
package rasht29
