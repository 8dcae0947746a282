// Package demo generates a synthetic but realistic Rasht district for demos and tests: citizens'
// 137 requests written the many ways real people write them, duplicates of one problem at one
// place spread over days, requests for other agencies, and the truth (issue, agency, problem)
// behind each one so that grouping and jurisdiction flagging can be scored.
// Output is deterministic per seed.
package demo
