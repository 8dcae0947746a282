// Package rules embeds the default jurisdiction rules that triage/jurisdiction loads when a
// district has not set its own file.
package rules
