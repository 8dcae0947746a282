package jurisdiction

import (
	"strings"
	"unicode"
)

// keyFunc produces the comparison form that rule terms and request texts are matched on.
// Both sides go through the same function, so the matcher only has to cope with how words
// are split, not with how letters are written.
var keyFunc = localKey

// localKey is a small fold (Arabic letters, digits, diacritics, ZWNJ) used until
// triage/persian is available to this package.
func localKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		f, keep := foldRune(r)
		if !keep {
			continue
		}
		if f == ' ' {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(f)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

func foldRune(r rune) (rune, bool) {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A'), true
	case r >= '\u06f0' && r <= '\u06f9':
		return '0' + (r - '\u06f0'), true
	case r >= '\u0660' && r <= '\u0669':
		return '0' + (r - '\u0660'), true
	case r >= '\u064b' && r <= '\u065f', r == '\u0670', r == '\u0640', r == '\u0621',
		r == '\u200c', r == '\u200d', r == '\u200e', r == '\u200f', r == '\ufeff':
		return 0, false
	}
	switch r {
	case 'ي', 'ى', 'ئ':
		return 'ی', true
	case 'ك':
		return 'ک', true
	case 'ة', 'ۀ':
		return 'ه', true
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا', true
	case 'ؤ':
		return 'و', true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r), true
	}
	return ' ', true
}
