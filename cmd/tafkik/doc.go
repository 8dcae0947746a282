// Command tafkik is the district office's desktop app. main only wires: it opens the store,
// builds the sync engine and the triage pipeline, and starts the UI in package app.
package main
