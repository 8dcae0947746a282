// Command center137 is the reference central 137 server, the other end of Tafkik's sync:
// it serves the sync API and Open311 GeoReport v2 over a SQLite database (serve), loads the
// central system's request exports (import), and issues device tokens (token create, list,
// revoke). It builds with CGO_ENABLED=0; the logic lives in sync/center.
package main
