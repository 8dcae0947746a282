package jurisdiction

import (
	"math"
	"sort"
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
	runes []int // letters in each part
	first rune  // the first letter of parts[0] (0 when there are no parts): a match starts with it
	mode  termMode
	fuzzy bool // one long word: a single typo is forgiven
	// place: the term is also a common place name or landmark («خیابان معلم», «فلکه گاز»,
	// «روبروی مخابرات»), written «~term»; it does not count right after a place word.
	place bool
	// arabic is the term as typed on an Arabic keyboard, which has no پ چ ژ گ («بوی کاز»,
	// «بارک دوبل»): it is tried instead in a text typed that way. Nil when the term has none
	// of those letters, or when so typed it would be another common word («پست» is «بست»).
	arabic *term
	// hom is the term with the letters that sound alike folded (homophoneKey): it is tried
	// on the text's tokens so folded when the term is not found as written.
	hom *term
	// homChanges: folding changes the term itself, or it has several words (a later one
	// may be a word folding changed)
	homChanges bool
}

// arabicLayout writes پ چ ژ گ the way an Arabic keyboard leaves them.
var arabicLayout = strings.NewReplacer("پ", "ب", "چ", "ج", "ژ", "ز", "گ", "ک")

// arabicClash are words a term's word turns into on an Arabic keyboard that are common words
// of their own: «پست» / «بست», «گل» / «کل», «پشه» / «بشه», «گرد» / «کرد».
var arabicClash = setOf("بر", "کل", "بس", "بست", "بستی", "بی", "کلی", "بیش", "بشه", "بیست", "کرد", "بوش", "کم",
	"کرم", "کوش", "جه", "جرا", "بل", "جاه")

// typedArabic reports whether a text was typed on an Arabic keyboard: Arabic «ي» or «ك» and
// none of the four letters that keyboard lacks.
func typedArabic(text string) bool {
	return strings.ContainsAny(text, "يك") && !strings.ContainsAny(text, "پچژگ")
}

// wordSuffixes may follow a term's last word without changing what it names.
var wordSuffixes = map[string]bool{
	"ها": true, "های": true, "هایی": true, "هایش": true, "هاش": true, "هامون": true, "هاشون": true,
	"ی": true, "ای": true, "یی": true, "ان": true, "ات": true, "ش": true, "اش": true, "م": true,
	"ت": true, "مان": true, "تان": true, "شان": true, "مون": true, "تون": true, "شون": true,
	"ام": true, "ست": true, "تر": true,
	"ا": true, // spoken plural: «ماشینا», «درختا»
}

// isSuffix reports whether s is one common suffix or two in a row («ماشیناشون»: ا + شون).
func isSuffix(s string) bool {
	if wordSuffixes[s] {
		return true
	}
	for i := range s {
		if i > 0 && wordSuffixes[s[:i]] && wordSuffixes[s[i:]] {
			return true
		}
	}
	return false
}

// suffixList is wordSuffixes in a fixed order, longest first, for the typo check.
var suffixList = func() []string {
	var l []string
	for s := range wordSuffixes {
		l = append(l, s)
	}
	sort.Slice(l, func(i, j int) bool { return len(l[i]) > len(l[j]) || len(l[i]) == len(l[j]) && l[i] < l[j] })
	return l
}()

// gapTokens may sit between the words of a phrase when written apart: «چراغ های برق».
var gapTokens = map[string]bool{"ها": true, "های": true, "هایی": true, "ی": true, "ای": true}

// minFuzzyRunes: shorter words have too many real neighbours one edit away.
const minFuzzyRunes = 6

// minFuzzyPlaceRunes: a place name this long has no real neighbour one edit away.
const minFuzzyPlaceRunes = 7

// minSlipRunes: from this length a slip of the fingers (two letters swapped, a letter
// doubled: «پاکر», «ماشیین») is forgiven; those rarely make another real word.
const minSlipRunes = 4

func newTerm(raw string) term {
	t := term{raw: raw}
	s := strings.TrimSpace(raw)
	if strings.HasPrefix(s, "~") {
		t.place = true
		s = strings.TrimSpace(strings.TrimPrefix(s, "~"))
	}
	if strings.HasPrefix(s, "=") {
		t.mode = modeExact
		s = strings.TrimPrefix(s, "=")
	} else if strings.HasSuffix(s, "*") {
		t.mode = modePrefix
		s = strings.TrimSuffix(s, "*")
	}
	t.parts = termKey(s)
	for _, p := range t.parts {
		t.runes = append(t.runes, utf8.RuneCountInString(p))
	}
	if len(t.parts) > 0 {
		t.first = firstRune(t.parts[0])
	}
	// a place name is ambiguous enough without forgiving typos in it («باکن» is not «بانک»)
	// but a long one, an office or a clinic, is forgiven a slip or a letter left out
	// («ماخبرات», «مخارات»), not another letter («استاندارد» is no «استانداری»)
	t.fuzzy = t.mode == modeSuffix && (!t.place || t.runes[0] >= minFuzzyPlaceRunes) && len(t.parts) == 1 && t.runes[0] >= minSlipRunes
	ar, changed := t, false
	ar.parts = make([]string, len(t.parts))
	for k, p := range t.parts {
		ar.parts[k] = arabicLayout.Replace(p)
		if k == 0 {
			ar.first = firstRune(ar.parts[0])
		}
		if ar.parts[k] != p {
			changed = true
			// «قاپ*» so typed is «قاب*», which starts «قابل»; «سگ*» starts «سکونت»
			if arabicClash[ar.parts[k]] || t.mode == modePrefix && k == len(t.parts)-1 && t.runes[k] < 4 {
				t.hom = homophoneTerm(t)
				return t
			}
		}
	}
	if changed {
		ar.hom = homophoneTerm(ar)
		t.arabic = &ar
	}
	t.hom = homophoneTerm(t)
	return t
}

// span is the run of text tokens [from, to) a term matched.
type span struct{ from, to int }

// find returns the first place the term matches in the first n tokens of d, away from the
// spans in avoid (a rule's «with» words must be other words than its «any» words).
func (t *term) find(d *doc, n int, avoid ...span) (span, bool) {
	return t.findIn(d, 0, n, n, avoid...)
}

// near reports whether a text token is the term's one word typed with a typo.
func (t *term) near(tok string, runes int) bool {
	if !t.place {
		return fuzzyToken(tok, runes, t.parts[0], t.runes[0], minFuzzyRunes)
	}
	return fuzzyToken(tok, runes, t.parts[0], t.runes[0], math.MaxInt) || oneLeftOut(tok, t.parts[0])
}

// hidden reports whether no match may start at token i: it is denied, an office's name, a
// place when the term is also a place's name (place), or context or the address when the
// document reads past them.
func (d *doc) hidden(place bool, i int) bool {
	return place && d.place[i] || d.negated[i] || d.office[i] || d.skipLocus && (d.locus[i] || d.context[i])
}

// findIn is find for a match that starts at a token in [lo, hi).
func (t *term) findIn(d *doc, lo, hi, n int, avoid ...span) (span, bool) {
	if len(t.parts) == 0 {
		return span{}, false
	}
	if d.arabic && t.arabic != nil {
		t = t.arabic
	}
	toks := d.toks[:n]
	// Every match, typos included, starts at a token with the term's first letter.
	starts := d.byFirst[t.first]
	if sp, ok := t.firstAt(d, toks, starts, lo, hi, t.place, avoid); ok {
		return sp, true
	}
	if t.fuzzy {
		for _, i := range starts {
			if i >= hi {
				break
			}
			if i < lo {
				continue
			}
			if !d.hidden(t.place, i) && t.near(toks[i], d.runes[i]) &&
				!overlaps(span{i, i + 1}, avoid) {
				return span{i, i + 1}, true
			}
		}
	}
	if t.hom != nil && d.homToks != nil {
		// a text typed by ear: «طلفن», «برغ», «غطعه», «فاضلآب» (homophoneKey)
		h := t.hom
		starts := d.homByFirst[h.first]
		if !h.homChanges {
			// as written it was not found: a match now starts at a word folding changed
			starts = d.homChanged[h.first]
		}
		if sp, ok := h.firstAt(d, d.homToks[:n], starts, lo, hi, t.place, avoid); ok {
			return sp, true
		}
	}
	return span{}, false
}

// firstAt is the first match of t in toks starting at one of starts (ascending) within
// [lo, hi), at a token not hidden (place: the term is also a place's name) and not
// overlapping avoid.
func (t *term) firstAt(d *doc, toks []string, starts []int, lo, hi int, place bool, avoid []span) (span, bool) {
	for _, i := range starts {
		if i >= hi {
			break
		}
		if i < lo || d.hidden(place, i) {
			continue
		}
		if end, ok := t.matchAt(d, toks, i); ok && !overlaps(span{i, end}, avoid) {
			return span{i, end}, true
		}
	}
	return span{}, false
}

// matchAt matches the term starting at the beginning of toks[start]. A term's word may span
// several text tokens (the text wrote apart what the term writes together) and several of
// the term's words may share one token (the text joined them), so the match walks bytes.
func (t *term) matchAt(d *doc, toks []string, start int) (int, bool) {
	i, p := start, 0
	for k, w := range t.parts {
		if k > 0 && p == 0 {
			for n := 0; n < 2 && i < len(toks) && gapTokens[toks[i]] && !strings.HasPrefix(toks[i], w); n++ {
				i++
			}
		}
		if p == 0 && len(t.parts) > 1 && !t.place && i < len(toks) && !strings.HasPrefix(toks[i], w) &&
			!strings.HasPrefix(w, toks[i]) && fuzzyToken(toks[i], d.runes[i], w, t.runes[k], minPhraseFuzzyRunes) {
			i++ // one typo in a long word of a phrase: «حفااری برق», «پارکنیگ»
			continue
		}
		rest := w
		// a word that starts inside a token (joined to the word before it) ends in it too:
		// «آبن (ش.ت» is no «آب نشت»
		inside := p > 0
		for rest != "" {
			if i >= len(toks) {
				return 0, false
			}
			s := toks[i][p:]
			switch {
			case inside && len(rest) > len(s):
				return 0, false
			case strings.HasPrefix(rest, s):
				rest = rest[len(s):]
				i, p = i+1, 0
				if rest != "" && p == 0 && i < len(toks) && objectMarkers[toks[i]] && rest == toks[i] && utf8.RuneCountInString(s) <= 2 {
					// «شیر آب رو باز می‌کنیم»: a short word and the object marker after it,
					// no «آبرو»
					return 0, false
				}
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
			if !isSuffix(remainder) {
				return 0, false
			}
			i, p = i+1, 0
			continue
		}
		switch t.mode {
		case modeExact:
			return 0, false
		case modeSuffix:
			if !isSuffix(remainder) {
				return 0, false
			}
		}
		i, p = i+1, 0
	}
	return i, true
}

// objectMarkers follow an object: «آب رو», «آب را».
var objectMarkers = map[string]bool{"رو": true, "را": true}

// minPhraseFuzzyRunes: inside a phrase the other words vouch for the match, so shorter
// words may carry a typo too.
const minPhraseFuzzyRunes = 5

// fuzzyToken: typos rarely hit a word's first letter, and forgiving one there turns
// «نداره» into «اداره».
// Words of minAny letters or more forgive any one edit; shorter ones down to minSlipRunes
// only a slip.
func fuzzyToken(tok string, tokRunes int, w string, wRunes int, minAny int) bool {
	if wRunes < minSlipRunes || tokRunes < wRunes-1 {
		return false
	}
	if a, _ := utf8.DecodeRuneInString(tok); a != firstRune(w) {
		return false
	}
	near := within1
	if wRunes < minAny {
		near = slip
	}
	if tokRunes <= wRunes+1 && near(tok, w) {
		return true
	}
	if tokRunes <= wRunes {
		return false
	}
	for _, suf := range suffixList {
		if len(tok) > len(suf) && strings.HasSuffix(tok, suf) && near(tok[:len(tok)-len(suf)], w) {
			return true
		}
	}
	return false
}

// slip reports whether text is word with two neighbouring letters swapped or one letter
// doubled.
func slip(text, word string) bool {
	if text == word {
		return true
	}
	// it runs on every long token against every long place word: no allocation
	i := 0
	for i < len(text) && i < len(word) && text[i] == word[i] {
		i++
	}
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i-- // back to the start of the first differing letter
	}
	a, b := text[i:], word[i:]
	if len(a) > len(b)+4 || len(b) > len(a) {
		return false // more than one letter longer, or shorter
	}
	switch utf8.RuneCountInString(a) - utf8.RuneCountInString(b) {
	case 0:
		r1, s1 := utf8.DecodeRuneInString(a)
		if s1 == 0 || s1 >= len(a) {
			return false
		}
		r2, s2 := utf8.DecodeRuneInString(a[s1:])
		q1, t1 := utf8.DecodeRuneInString(b)
		if t1 == 0 || t1 >= len(b) {
			return false
		}
		q2, t2 := utf8.DecodeRuneInString(b[t1:])
		return r1 == q2 && r2 == q1 && a[s1+s2:] == b[t1+t2:]
	case 1:
		if i == 0 {
			return false
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		r, size := utf8.DecodeRuneInString(a)
		return r == prev && a[size:] == b
	}
	return false
}

// within1 reports whether a and b are at most one edit apart (Damerau: a swap is one edit).
// It runs on every token of every request against every long rule word, so it does not
// allocate.
func within1(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	// letters are one or two bytes: more than four bytes apart is more than one letter
	if len(a)-len(b) > 4 {
		return false
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < nb {
		a, b, na, nb = b, a, nb, na
	}
	if na-nb > 1 || nb < minPhraseFuzzyRunes-1 {
		return false
	}
	// skip the common prefix
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && !utf8.RuneStart(a[i]) {
		i-- // back to the start of the differing rune
	}
	ra, sa := utf8.DecodeRuneInString(a[i:])
	if na == nb {
		rb, sb := utf8.DecodeRuneInString(b[i:])
		if a[i+sa:] == b[i+sb:] {
			return true // substitution
		}
		// swap: a = x ra rb2 y, b = x rb ra y
		rb2, sa2 := utf8.DecodeRuneInString(a[i+sa:])
		if rb2 == rb && i+sb < len(b) {
			ra2, sb2 := utf8.DecodeRuneInString(b[i+sb:])
			return ra2 == ra && a[i+sa+sa2:] == b[i+sb+sb2:]
		}
		return false
	}
	return a[i+sa:] == b[i:] // a has one extra rune
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func overlaps(sp span, others []span) bool {
	for _, o := range others {
		if sp.from < o.to && o.from < sp.to {
			return true
		}
	}
	return false
}
