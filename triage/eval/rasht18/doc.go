// Package rasht18 generates a labelled set of Rasht-style 137 requests from the villages and
// outskirts joined to the city: landmark addresses, rural and seasonal problems, Gilaki-
// flavoured and Finglish callers, and requests for other agencies. Every request carries the
// issue it belongs to and the agency that must act; README.md gives the labelling rule.
package rasht18
