package tafkik

import (
	"fmt"
	"time"
)

// Agency is the body responsible for a request.
type Agency string

const (
	AgencyMunicipality Agency = "municipality"
	AgencyWater        Agency = "water"   // water and sewage company (آبفا)
	AgencyPower        Agency = "power"   // electricity distribution, incl. street lighting
	AgencyGas          Agency = "gas"     // gas company
	AgencyTelecom      Agency = "telecom" // landline and internet
	AgencyPolice       Agency = "police"  // traffic and public order (پلیس)
	AgencyOther        Agency = "other"   // anything else outside the municipality
)

// Agencies lists every agency code, municipality first.
var Agencies = []Agency{AgencyMunicipality, AgencyWater, AgencyPower, AgencyGas,
	AgencyTelecom, AgencyPolice, AgencyOther}

// Valid reports whether a is a known agency code.
func (a Agency) Valid() bool {
	for _, x := range Agencies {
		if x == a {
			return true
		}
	}
	return false
}

// Outside reports whether a is another agency's business.
func (a Agency) Outside() bool { return a != AgencyMunicipality }

// ParseAgency turns an agency code into an Agency.
func ParseAgency(code string) (Agency, error) {
	a := Agency(code)
	if !a.Valid() {
		return "", fmt.Errorf("unknown agency %q", code)
	}
	return a, nil
}

// Flag is the jurisdiction verdict on one request: the engine's guess, and a clerk's
// decision once there is one. A clerk's decision is never overwritten by a re-run.
type Flag struct {
	RequestID  string   `json:"request_id"`
	Agency     Agency   `json:"agency"`
	Confidence float64  `json:"confidence"` // 0..1
	RuleID     string   `json:"rule_id"`
	Words      []string `json:"words"` // the words that fired, as written in the text
	// NeedsReview is set when confidence is low: a clerk should look before it is trusted.
	NeedsReview bool `json:"needs_review"`
	// Decided is set when a clerk confirmed or overrode the flag; Agency then holds the decision.
	Decided   bool      `json:"decided"`
	DecidedBy string    `json:"decided_by,omitempty"`
	DecidedAt time.Time `json:"decided_at,omitempty"`
	RulesVer  string    `json:"rules_version,omitempty"`
}
