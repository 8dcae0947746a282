// Package rasht generates a labelled, Rasht-style set of 137 requests for measuring duplicate
// grouping and jurisdiction flagging on text they were not written from. It is an independent
// second author's idea of a district's year: real Rasht neighbourhoods and streets, citizens'
// and operators' voices with the noise of real typing, and a truth file that says which
// requests are one issue and which agency must act.
package rasht
