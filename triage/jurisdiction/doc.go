// Package jurisdiction decides which agency a citizen's request belongs to: the
// municipality, or another body (water and sewage, power, gas, telecom, police, other).
// The decision comes from rules kept as data (assets/rules/default.rules, or a district's own
// file), and every flag carries the rule and the words that fired so a clerk can check it.
package jurisdiction
