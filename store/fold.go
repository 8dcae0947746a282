package store

import (
	"database/sql/driver"
	"fmt"
	"strings"
	"unicode"

	"modernc.org/sqlite"
)

// The search form is also an SQL function, so a whole import is indexed in one statement
// instead of one FTS insert a row (half the cost of an import, measured).
func init() {
	err := sqlite.RegisterDeterministicScalarFunction("tafkik_fold", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			switch v := args[0].(type) {
			case string:
				return fold(v), nil
			case []byte:
				return fold(string(v)), nil
			case nil:
				return "", nil
			default:
				return fold(fmt.Sprint(v)), nil
			}
		})
	if err != nil {
		panic(fmt.Sprintf("register tafkik_fold: %v", err))
	}
	// tafkik_words(text, words): 1 when every word of words (already folded, separated by
	// spaces) begins a word of text's folded form. One call a row, whatever the number of
	// words: a clerk may paste a whole sentence into a search.
	err = sqlite.RegisterDeterministicScalarFunction("tafkik_words", 2,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			text, _ := args[0].(string)
			words, _ := args[1].(string)
			if hasWordPrefixes(fold(text), strings.Fields(words)) {
				return int64(1), nil
			}
			return int64(0), nil
		})
	if err != nil {
		panic(fmt.Sprintf("register tafkik_words: %v", err))
	}
}

// hasWordPrefixes reports whether each of words begins one of the words of text (text in
// its folded form: words separated by spaces).
func hasWordPrefixes(text string, words []string) bool {
	for _, w := range words {
		found := false
		for from := 0; !found; {
			i := strings.Index(text[from:], w)
			if i < 0 {
				break
			}
			at := from + i
			found = at == 0 || text[at-1] == ' '
			from = at + 1
		}
		if !found {
			return false
		}
	}
	return true
}

// fold is the search form of Persian text: the same word typed with Arabic letters, Persian or
// Arabic-Indic digits, diacritics, tatweel, or with and without a half-space folds to one
// token, so «كوچه» finds «کوچه» and «میشود» finds «می‌شود». It is deliberately simpler than
// triage/persian's comparison key: search must keep every word a clerk may look for.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\u200c' || r == '\u200d' || r == '\u0640': // ZWNJ, ZWJ, tatweel: join
			continue
		case r >= '\u064b' && r <= '\u065f', r == '\u0670': // harakat, superscript alef
			continue
		case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f':
			continue // bidi controls carry no meaning for search
		case r == 'ي' || r == 'ى' || r == 'ئ':
			b.WriteRune('ی')
		case r == 'ك':
			b.WriteRune('ک')
		case r == 'ة' || r == 'ۀ':
			b.WriteRune('ه')
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			b.WriteRune('ا')
		case r == 'ؤ':
			b.WriteRune('و')
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + (r - '۰'))
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + (r - '٠'))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(' ')
		}
	}
	return b.String()
}

// ftsQuery turns what a clerk typed into an FTS5 query: every word must match, each as a
// prefix, quoted so that no FTS syntax in the input is obeyed.
func ftsQuery(input string) string {
	words := strings.Fields(fold(input))
	for i, w := range words {
		words[i] = `"` + w + `"*`
	}
	return strings.Join(words, " ")
}

// idPrefix is the range of ids that begin with what a clerk typed, when it may be one: a
// single word holding a digit, such as a citizen's tracking number read out on the phone
// («۱۴۰۴۰۰۵۰۷۴» or 137-1404-000110). Ids are kept with ASCII digits, so Persian and
// Arabic-Indic ones are read as those. The full-text index holds no ids: it folds
// «137-1404-000110» into three words that other requests' texts also hold.
func idPrefix(input string) (lo, hi string, ok bool) {
	s := strings.TrimSpace(input)
	if s == "" || len(s) > 128 || strings.ContainsFunc(s, unicode.IsSpace) || !strings.ContainsFunc(s, unicode.IsDigit) {
		return "", "", false
	}
	lo = strings.Map(func(r rune) rune {
		switch {
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		}
		return r
	}, s)
	// U+10FFFF sorts after every character an id can hold (SQLite compares UTF-8 bytes).
	return lo, lo + "\U0010FFFF", true
}
