package persian

import (
	_ "embed"
	"strings"
)

// stopwordsHazm is hazm's stop-word list (roshan-research/hazm, hazm/data/stopwords.dat,
// MIT licence, © 2013 Alireza Nourian), copied unchanged.
//
//go:embed stopwords-hazm.txt
var stopwordsHazm string

// stopwords holds the list in key form. Multi-word entries (written with «_») are left out:
// tokens are single words.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(stopwordsHazm, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.Contains(line, "_") {
			continue
		}
		for _, w := range keyTokens(line) {
			m[w] = true
		}
	}
	for _, w := range []string{"است", "هست", "شده", "میباشد", "بسیار", "لطفا", "ما", "منزل",
		"جلو", "جلوی", "مدتی", "چند", "روز", "روزه", "هفته", "ماه", "وضعیت", "مشکل",
		// a spoken «well, ...» opening a sentence, a spoken «any more»
		"خب", "دیگه",
		// a plural ending typed apart («sag ha», «چراغ های» once joining it failed)
		"ها", "های"} {
		m[w] = true
	}
	return m
}()

// IsStopword reports whether a key word carries no meaning of its own.
func IsStopword(w string) bool { return stopwords[w] }

// Tokens splits a key (see Key) into its meaningful words: stop words are dropped, numbers
// are always kept (they name alleys and plates).
func Tokens(key string) []string {
	ws := strings.Fields(key)
	out := ws[:0]
	for _, w := range ws {
		if isDigit(firstRune(w)) || !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}
