// Package app is Tafkik's desktop user interface: the inbox, a request, the issues, the
// jurisdiction flags, the manager's dashboard and the field/sync screen, in Persian and right
// to left. Each screen is one struct holding its state; widget callbacks call its methods,
// which do their I/O off the UI thread and come back through fyne.Do, so flows can be tested
// with Fyne's test driver and a real SQLite store.
package app
