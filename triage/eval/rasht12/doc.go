// Package rasht12 generates a labelled Rasht-style set of 137 requests as the citizen's
// phone app produces them: a pin dropped where the citizen stands, a menu category, an
// address reverse-geocoded from the pin, a short caption; and phone calls an operator
// summarised. It was written independently of the grouping and the rules it measures;
// README.md states what counts as one issue.
package rasht12
