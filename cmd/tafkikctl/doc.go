// Command tafkikctl runs Tafkik's engines without a window: import and export, triage
// (grouping and jurisdiction), reports, sync with the central 137 server and the demo
// district. It builds with CGO_ENABLED=0. Each subcommand lives in its own cmd_*.go file.
package main
