// Package rasht9 generates an independent, labelled Rasht-style set of 137 requests for one
// district: citizens' and operators' texts with their everyday noise, and the truth of
// which requests are one issue and which agency must act. It exists to score grouping and
// jurisdiction on text they were not written from; see README.md for the labelling rule.
package rasht9
