package center

import "github.com/tafkik/tafkik"

// redactedPhone replaces a phone number in what the public Open311 feed shows.
const redactedPhone = tafkik.RedactedPhone

// redactPhones hides phone numbers from text the center publishes without a token.
func redactPhones(s string) string { return tafkik.RedactPhones(s) }
