package jurisdiction

import (
	"strings"
	"unicode"

	"github.com/tafkik/tafkik/triage/persian"
)

// wordKey is the comparison form of one word of a rule term or a request text. Both sides go
// through it word by word, so the matcher only has to cope with how words are split, not
// with how letters are written, and each text token knows the word it came from.
//
// It is the grouping's key (persian.Key), except where that key reads a word as a number
// without any digit in it: «سیم» is a wire far more often than «سی‌ام» in a complaint, and a
// rule cannot name «30».
func wordKey(w string) string {
	k := persian.Key(w)
	if k != "" && isDigits(k) && !hasDigit(w) {
		return fold(w)
	}
	return k
}

// termKey keys a phrase word by word, the way request texts are keyed.
func termKey(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		out = append(out, strings.Fields(wordKey(w))...)
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			if r != ' ' {
				return false
			}
		}
	}
	return true
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// fold is the letter folding alone, without number words or filler.
func fold(s string) string {
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

// homophones are the letters Persian writes differently for one sound; a text typed by ear
// (a voice line's transcript, a hurried message) mixes them up: «طلفن» (تلفن), «برغ» (برق),
// «غطعه» (قطعه), «فاضلآب», «هفاری» (حفاری), «درخط» (درخت).
var homophones = strings.NewReplacer("ط", "ت", "غ", "ق", "ث", "س", "ص", "س", "ذ", "ز", "ض", "ز", "ظ", "ز", "ح", "ه")

// homophoneClash are words that fold into another common word: «غیر» is no «قیر», «حال» no
// «هال», «حیاط» no «هیات».
// A place name may fold into a term's word too: «ساغی‌سازان» (a Rasht neighbourhood) is no «ساقی».
var homophoneClash = setOf("غیر", "حال", "حیاط", "حیات", "صورت", "سورت", "حاضر", "ظرف", "ظهر", "نظر", "حد", "صد", "ضد",
	"ساغی", "ساغیسازان")

// minHomophoneRunes: shorter words fold into too many others («صد» / «سد»).
const minHomophoneRunes = 3

// homophoneToken is a text token with the letters that sound alike folded; a short word
// or one that folds into another common word stays as written.
func homophoneToken(tok string, runes int) string {
	if runes < minHomophoneRunes || homophoneClash[tok] {
		return tok
	}
	return homophones.Replace(tok)
}

// homophoneTerm is the term with the letters that sound alike folded in every word; the
// letters fold one for one, two bytes each, so the term's word lengths do not change.
// A short stem alone that anything may follow gets none («مهد*» would start «محدوده» so
// folded), nor does a short word alone that folding changes («باغ» and a suffix would be
// «باقیست»); in a phrase the other words vouch for it («آب قطع*» is «آب غطعه»).
func homophoneTerm(t term) *term {
	if len(t.parts) == 0 || len(t.parts) == 1 && t.mode == modePrefix && t.runes[0] < minSlipRunes {
		return nil
	}
	h := t
	h.parts = make([]string, len(t.parts))
	for k, p := range t.parts {
		h.parts[k] = homophones.Replace(p)
	}
	if len(t.parts) == 1 && t.runes[0] < minSlipRunes && h.parts[0] != t.parts[0] {
		return nil
	}
	h.arabic, h.hom = nil, nil
	h.homChanges = len(t.parts) > 1 || h.parts[0] != t.parts[0]
	h.first = firstRune(h.parts[0])
	return &h
}
