package tafkik

import (
	_ "embed"
	"regexp"
)

//go:embed FyneApp.toml
var fyneApp string

// Version is the release of Tafkik. It comes from FyneApp.toml, the one place the version is
// written, so every binary (and the packaged apps, whose build drops -ldflags) agrees; a build
// may still override it with -ldflags "-X github.com/tafkik/tafkik.Version=1.2.3".
var Version string

func init() {
	if Version == "" {
		Version = versionOf(fyneApp)
	}
}

var (
	versionLine = regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`)
	buildLine   = regexp.MustCompile(`(?m)^\s*Build\s*=\s*(\d+)`)
)

// versionOf reads "Version (build N)" out of FyneApp.toml's [Details].
func versionOf(toml string) string {
	v := versionLine.FindStringSubmatch(toml)
	if v == nil {
		return "dev"
	}
	if b := buildLine.FindStringSubmatch(toml); b != nil {
		return v[1] + "+" + b[1]
	}
	return v[1]
}
