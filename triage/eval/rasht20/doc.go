// Package rasht20 generates a labelled set of Rasht-style 137 requests from the city centre
// and its arterial roads: spots on long roads named by landmarks, bursts of calls about one
// pothole, flooding after each rain, the bazaar at night, and requests for other agencies.
// Every request carries its issue and the agency that must act; README.md gives the rule.
package rasht20
