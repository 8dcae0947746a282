package client

import (
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"strings"
)

// Token is a device token. Its String, GoString and LogValue hide it, so a token that slips
// into a log line or an error message prints as [redacted]; only the Authorization header
// sees the real value. The OS keyring is not used: file-only keeps CGO_ENABLED=0 builds and
// headless servers simple; the file must be private to its owner.
type Token string

const redacted = "[redacted]"

func (Token) String() string               { return redacted }
func (Token) GoString() string             { return redacted }
func (Token) LogValue() slog.Value         { return slog.StringValue(redacted) }
func (Token) MarshalText() ([]byte, error) { return []byte(redacted), nil }

// LoadToken reads a token from a file. On Unix a file readable or writable by group or others
// is refused (like ssh does for keys): the token grants a district's data.
func LoadToken(path string) (Token, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrTokenFile, err)
	}
	if !fi.Mode().IsRegular() {
		return "", fmt.Errorf("%w: %s is not a regular file", ErrTokenFile, path)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("%w: %s has mode %04o, want 0600 or narrower (chmod 600 %s)",
			ErrTokenFile, path, fi.Mode().Perm(), path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrTokenFile, err)
	}
	tok := strings.TrimSpace(string(b))
	if tok == "" || strings.ContainsAny(tok, " \t\r\n") {
		return "", fmt.Errorf("%w: %s must hold one token on one line", ErrTokenFile, path)
	}
	return Token(tok), nil
}
