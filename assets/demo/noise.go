package demo

import (
	"strings"
	"unicode"
)

const zwnj = '\u200c'

// confusable letters people swap when typing fast or writing by ear.
var confusable = map[rune][]rune{
	'ز': {'ذ', 'ض', 'ظ'}, 'ذ': {'ز'}, 'ض': {'ز'}, 'ظ': {'ز'},
	'س': {'ص', 'ث'}, 'ص': {'س'}, 'ث': {'س'},
	'ت': {'ط'}, 'ط': {'ت'}, 'ح': {'ه'}, 'ه': {'ح'}, 'ق': {'غ'}, 'غ': {'ق'},
	'ا': {'آ'}, 'آ': {'ا'},
}

// noise applies one writer's habits: typos and stretched letters (text only), half-space
// habits, an Arabic keyboard, and digit scripts.
func (w *requestWriter) noise(s string, st style, isText bool) string {
	if s == "" {
		return s
	}
	if isText {
		for range st.typos {
			s = w.typo(s)
		}
		if st.stretch {
			s = w.stretch(s)
		}
	} else if st.typos > 0 && w.chance(0.2) {
		s = w.typo(s)
	}
	if st.noMadda {
		s = strings.ReplaceAll(s, "آ", "ا")
	}
	if st.tanween {
		s = strings.NewReplacer("لطفا ", "لطفاً ", "کاملا ", "کاملاً ", "احتراما", "احتراماً").Replace(s)
	}
	if isText && w.chance(0.01) {
		s = strings.Replace(s, "سلام", "ســلام", 1) // tatweel for emphasis
	}
	s = w.halfSpaces(s, st.zwnj)
	if st.arabic {
		if w.chance(0.3) {
			s = finalAlefMaksura(s) // some Arabic layouts give ى at the end of a word
		}
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	s = w.digits(s, st.digits)
	if isText && w.chance(0.05) {
		s = strings.ReplaceAll(s, " ", "  ")
	}
	return s
}

func isPersianLetter(r rune) bool { return r >= 0x0600 && r <= 0x06FF && !unicode.IsDigit(r) }

// typo changes one letter of one longer word: a confusable letter, a dropped, doubled or
// swapped letter.
func (w *requestWriter) typo(s string) string {
	words := strings.Split(s, " ")
	var cands []int
	for i, wd := range words {
		rs := []rune(wd)
		if len(rs) >= 4 && isPersianLetter(rs[0]) && isPersianLetter(rs[len(rs)-1]) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return s
	}
	i := cands[w.rng.IntN(len(cands))]
	rs := []rune(words[i])
	k := 1 + w.rng.IntN(len(rs)-2)
	switch u := w.rng.Float64(); {
	case u < 0.4:
		if alts, ok := confusable[rs[k]]; ok {
			rs[k] = alts[w.rng.IntN(len(alts))]
		} else {
			rs = append(rs[:k], rs[k+1:]...)
		}
	case u < 0.65:
		rs = append(rs[:k], rs[k+1:]...)
	case u < 0.85:
		if rs[k] != zwnj && rs[k+1] != zwnj {
			rs[k], rs[k+1] = rs[k+1], rs[k]
		}
	default:
		rs = append(rs[:k+1], rs[k:]...)
	}
	words[i] = string(rs)
	return strings.Join(words, " ")
}

// stretch repeats a final letter for emphasis («خیلییییی», «لطفااااا») or the exclamation marks.
func (w *requestWriter) stretch(s string) string {
	words := strings.Split(s, " ")
	var cands []int
	for i, wd := range words {
		rs := []rune(wd)
		if len(rs) >= 3 && strings.ContainsRune("یاهو", rs[len(rs)-1]) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 || w.chance(0.3) {
		return s + strings.Repeat("!", 2+w.rng.IntN(5))
	}
	i := cands[w.rng.IntN(len(cands))]
	rs := []rune(words[i])
	last := rs[len(rs)-1]
	words[i] = string(rs) + strings.Repeat(string(last), 2+w.rng.IntN(5))
	return strings.Join(words, " ")
}

// halfSpaces: 0 keeps the careful spelling, 1 joins the parts (سگها، میشه), 2 writes a space
// (سگ ها، می شه), 3 adds a ZWNJ where the writer had none (می‌شه, پیاده‌رو).
func (w *requestWriter) halfSpaces(s string, mode int) string {
	switch mode {
	case 1:
		return strings.ReplaceAll(s, string(zwnj), "")
	case 2:
		return strings.ReplaceAll(s, string(zwnj), " ")
	case 3:
		words := strings.Split(s, " ")
		for i, wd := range words {
			rs := []rune(wd)
			switch {
			case len(rs) > 4 && rs[0] == 'م' && rs[1] == 'ی' && isPersianLetter(rs[2]) && w.chance(0.7):
				words[i] = "می" + string(zwnj) + string(rs[2:])
			case len(rs) > 4 && strings.HasSuffix(wd, "ها") && rs[len(rs)-3] != zwnj && w.chance(0.7):
				words[i] = string(rs[:len(rs)-2]) + string(zwnj) + "ها"
			}
		}
		return strings.Join(words, " ")
	}
	return s
}

var digitBases = []rune{'۰', '0', '٠'}

// digits writes every ASCII digit run in the writer's script: 0 Persian, 1 Latin, 2
// Arabic-Indic, 3 a different script per number.
func (w *requestWriter) digits(s string, mode int) string {
	var b strings.Builder
	run := -1 // the script of the current digit run
	for _, r := range s {
		if r < '0' || r > '9' {
			run = -1
			b.WriteRune(r)
			continue
		}
		if run < 0 {
			run = mode
			if mode == 3 {
				run = w.rng.IntN(3)
			}
		}
		b.WriteRune(digitBases[run] + (r - '0'))
	}
	return b.String()
}

func finalAlefMaksura(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r == 'ی' && (i+1 == len(rs) || !isPersianLetter(rs[i+1])) {
			rs[i] = 'ى'
		}
	}
	return string(rs)
}
