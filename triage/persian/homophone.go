package persian

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// soundFold folds the letters Persian writes for one sound (ط/ت، غ/ق، ث/ص/س، ذ/ض/ظ/ز، ح/ه), so
// a word spelt by ear, as speech recognition and hurried callers do («طلفن», «برغ», «غطعه»),
// finds the problem word it sounds like («تلفن», «برق», «قطعه»).
var soundFold = strings.NewReplacer("ط", "ت", "غ", "ق", "ث", "س", "ص", "س", "ذ", "ز", "ض", "ز", "ظ", "ز", "ح", "ه")

// soundIndex maps the folded sound of every word of the problem phrases (of three letters or
// more) to the word; a sound two words share maps to "". known holds the words themselves.
var soundIndex = sync.OnceValues(func() (map[string]string, map[string]bool) {
	known := map[string]bool{}
	for w, e := range keywordIndex() {
		known[w] = true
		for n := range e.bigrams {
			known[n] = true
		}
	}
	m := map[string]string{}
	for w := range known {
		if utf8.RuneCountInString(w) < 3 || strings.Contains(w, " ") {
			continue
		}
		s := soundFold.Replace(w)
		if old, ok := m[s]; ok && old != w {
			m[s] = ""
			continue
		}
		m[s] = w
	}
	return m, known
})

// soundWord returns the problem word w is spelt by ear for, or "" when w is a word of the
// problem phrases itself or sounds like none (or like two).
func soundWord(w string) string {
	if utf8.RuneCountInString(w) < 3 || isDigit(firstRune(w)) {
		return ""
	}
	idx, known := soundIndex()
	plain := !hasSoundLetter(w) // the word is its own sound: no Replace
	if plain && idx[w] == "" {
		return "" // (most words a problem word scan meets: one look-up, not three)
	}
	if stopwords[w] || known[w] {
		return ""
	}
	if plain {
		return idx[w]
	}
	return idx[soundFold.Replace(w)]
}

// soundLetters are the letters soundFold replaces.
const soundLetters = "طغثصذضظح"

// hasSoundLetter is strings.ContainsAny(w, soundLetters) read bytewise: each of the letters
// is 0xD8 and one byte of soundSecond, and ContainsAny's rune-by-rune search of the set was
// most of soundWord's cost. (0xD8 only ever opens a letter, so no pair straddles two.)
func hasSoundLetter(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == 0xD8 && soundSecond[w[i+1]] {
			return true
		}
	}
	return false
}

// soundSecond marks the second bytes of soundLetters.
var soundSecond = func() (t [256]bool) {
	for _, r := range soundLetters {
		b := utf8.AppendRune(nil, r)
		if len(b) != 2 || b[0] != 0xD8 {
			panic("persian: a sound letter is not 0xD8 and one byte")
		}
		t[b[1]] = true
	}
	return t
}()
