// Package dedup groups a district's requests into distinct issues: one problem at one place
// in one episode. Requests are blocked by problem, place and time, compared with the founding
// members of a group (never with a single neighbour, so groups cannot chain), and a clerk's
// decisions are hard constraints. Index places new arrivals without regrouping everything.
package dedup
