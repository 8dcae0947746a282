package tafkik

// Version is the release of Tafkik, stamped at build time with
// -ldflags "-X github.com/tafkik/tafkik.Version=1.2.3"; "dev" in an unstamped build.
var Version = "dev"
