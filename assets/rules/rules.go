package rules

import _ "embed"

// DefaultName names the embedded file in error messages and explanations.
const DefaultName = "assets/rules/default.rules"

// Default is the text of the default rules file.
//
//go:embed default.rules
var Default []byte
