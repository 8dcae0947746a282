package localeenv

import (
	"os"
	"strings"
)

// Go initialises packages in import-path order among those whose imports are ready (the
// language spec, since Go 1.21). This package needs only os and strings, and its path
// ("github.com/tafkik/...") sorts before "golang.org/x/text/language", which
// fyne.io/fyne/v2/lang needs, so this init always runs before Fyne's reads the locale.
func init() { Fix(os.Getenv, os.Setenv) }

// Fix looks at the locale the way Fyne's locale library (github.com/jeandeaual/go-locale)
// does. When the locale is C or POSIX with a codeset or modifier ("C.UTF-8", "POSIX.utf8",
// "C@x") and LANGUAGE is unset, it sets LANGUAGE=en: that library then reads "en", which
// is exactly what Fyne picks for the plain C locale, so the translations in use are the
// same as before, only without the log lines. The C library ignores LANGUAGE under the C
// locale, so other programs started from here see no difference. It reports whether it
// changed anything.
func Fix(getenv func(string) string, setenv func(string, string) error) bool {
	loc := ""
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(k); loc != "" {
			break
		}
	}
	if loc == "" || loc == "C" || loc == "POSIX" || getenv("LANGUAGE") != "" {
		return false // Fyne handles these itself
	}
	base := loc
	if i := strings.IndexAny(base, ".@"); i >= 0 {
		base = base[:i]
	}
	if base != "C" && base != "POSIX" {
		return false
	}
	return setenv("LANGUAGE", "en") == nil
}
