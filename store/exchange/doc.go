// Package exchange reads and writes the request exchange format of the central 137 system
// (JSON Lines, CSV and XLSX, one request a row) so that imports and exports share one
// definition of fields, headers, dates and validation. It streams rows and reports each bad
// row with its file, line and field; it knows nothing of the store.
package exchange
