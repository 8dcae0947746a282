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
	if utf8.RuneCountInString(w) < 3 || stopwords[w] || isDigit(firstRune(w)) {
		return ""
	}
	idx, known := soundIndex()
	if known[w] {
		return ""
	}
	if !strings.ContainsAny(w, soundLetters) {
		return idx[w] // (the word is its own sound: no Replace, which every unknown word costs)
	}
	return idx[soundFold.Replace(w)]
}

// soundLetters are the letters soundFold replaces.
const soundLetters = "طغثصذضظح"
