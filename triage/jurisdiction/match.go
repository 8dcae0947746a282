package jurisdiction

import (
	"strings"
	"unicode/utf8"
)

// termMode says how the end of a term may meet the end of a word in the text.
type termMode int

const (
	modeSuffix termMode = iota // the word may carry a common suffix: «لوله» matches «لوله‌ها»
	modeExact                  // «=برق»: the word must end there («برقی» does not match)
	modePrefix                 // «ترکید*»: anything may follow («ترکیده», «ترکیدگی»)
)

// term is one word or phrase of a rule, in comparison form, split into key tokens.
type term struct {
	raw   string // as written in the rules file, for messages
	parts []string
	mode  termMode
	fuzzy bool // one long word: a single typo is forgiven
}

// wordSuffixes may follow a term's last word without changing what it names.
var wordSuffixes = map[string]bool{
	"ها": true, "های": true, "هایی": true, "هایش": true, "هاش": true, "هامون": true, "هاشون": true,
	"ی": true, "ای": true, "یی": true, "ان": true, "ات": true, "ش": true, "اش": true, "م": true,
	"ت": true, "مان": true, "تان": true, "شان": true, "مون": true, "تون": true, "شون": true,
	"ام": true, "ست": true, "رو": true, "را": true, "تر": true,
}

// gapTokens may sit between the words of a phrase when written apart: «چراغ های برق».
var gapTokens = map[string]bool{"ها": true, "های": true, "هایی": true, "ی": true, "ای": true}

// minFuzzyRunes: shorter words have too many real neighbours one edit away.
const minFuzzyRunes = 6

func newTerm(raw string) term {
	t := term{raw: raw}
	s := strings.TrimSpace(raw)
	if strings.HasPrefix(s, "=") {
		t.mode = modeExact
		s = strings.TrimPrefix(s, "=")
	} else if strings.HasSuffix(s, "*") {
		t.mode = modePrefix
		s = strings.TrimSuffix(s, "*")
	}
	t.parts = termKey(s)
	t.fuzzy = t.mode == modeSuffix && len(t.parts) == 1 && utf8.RuneCountInString(t.parts[0]) >= minFuzzyRunes
	return t
}

// span is the run of text tokens [from, to) a term matched.
type span struct{ from, to int }

// find returns the first place the term matches in toks.
func (t *term) find(toks []string) (span, bool) {
	if len(t.parts) == 0 {
		return span{}, false
	}
	for i := range toks {
		if end, ok := t.matchAt(toks, i); ok {
			return span{i, end}, true
		}
	}
	if t.fuzzy {
		for i, tok := range toks {
			if t.fuzzyWord(tok) {
				return span{i, i + 1}, true
			}
		}
	}
	return span{}, false
}

// matchAt matches the term starting at the beginning of toks[start]. A term's word may span
// several text tokens (the text wrote apart what the term writes together) and several of
// the term's words may share one token (the text joined them), so the match walks bytes.
func (t *term) matchAt(toks []string, start int) (int, bool) {
	i, p := start, 0
	for k, w := range t.parts {
		if k > 0 && p == 0 {
			for n := 0; n < 2 && i < len(toks) && gapTokens[toks[i]] && !strings.HasPrefix(toks[i], w); n++ {
				i++
			}
		}
		rest := w
		for rest != "" {
			if i >= len(toks) {
				return 0, false
			}
			s := toks[i][p:]
			switch {
			case strings.HasPrefix(rest, s):
				rest = rest[len(s):]
				i, p = i+1, 0
			case strings.HasPrefix(s, rest):
				p += len(rest)
				rest = ""
			default:
				return 0, false
			}
		}
		if p == 0 {
			continue
		}
		remainder := toks[i][p:]
		if k < len(t.parts)-1 {
			next := t.parts[k+1]
			if strings.HasPrefix(remainder, next) || strings.HasPrefix(next, remainder) {
				continue // joined in the text: the next word starts inside this token
			}
			if !wordSuffixes[remainder] {
				return 0, false
			}
			i, p = i+1, 0
			continue
		}
		switch t.mode {
		case modeExact:
			return 0, false
		case modeSuffix:
			if !wordSuffixes[remainder] {
				return 0, false
			}
		}
		i, p = i+1, 0
	}
	return i, true
}

// fuzzyWord forgives one typo (insert, delete, substitute or swap) in a long word, with or
// without a suffix.
func (t *term) fuzzyWord(tok string) bool {
	w := t.parts[0]
	if within1(tok, w) {
		return true
	}
	for suf := range wordSuffixes {
		if len(tok) > len(suf) && strings.HasSuffix(tok, suf) && within1(tok[:len(tok)-len(suf)], w) {
			return true
		}
	}
	return false
}

// within1 reports whether a and b are at most one edit apart (Damerau: a swap is one edit).
func within1(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 || len(rb) < minFuzzyRunes-1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		if i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) {
			return true
		}
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}
