// Package dedup groups a district's requests into distinct issues: one problem at one place
// in one episode. Requests are blocked by problem, place and time, compared with the founding
// members of a group (never with a single neighbour, so groups cannot chain), and a clerk's
// decisions are hard constraints. Index places new arrivals without regrouping everything:
// Resume rebuilds it from a stored grouping (every request in its stored issue), and Add or
// AddAll then place the requests that came in since.
//
// The files, in the order a request meets them:
//   - dedup.go: Options, Group, Build and Resume, the Index, Add and AddAll, and its results
//     (ids kept across runs);
//   - features.go: what the district itself teaches before grouping (its street and area
//     names, alleys, postcodes, pins that stand for an address) and each request's features;
//   - decisions.go: a clerk's merges, splits and "not a duplicate" as hard constraints;
//   - match.go: the candidate issues of a request, whether it fits one, and which it joins;
//   - episodes.go: when an issue's episode is over, per kind of problem;
//   - spots.go: landmarks («کنار بانک ملی») as places of their own;
//   - passes.go: the passes after the first grouping (related problems, cited earlier
//     requests, reattaching, merging twin issues).
package dedup
