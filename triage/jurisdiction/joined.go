package jurisdiction

import (
	"strings"
	"unicode/utf8"
)

// Words run together. Typed in haste on a phone, or by speech-to-text, two words often lose
// the space between them («درب منهولفاضلاب شکسته», «آسفالتجلوی اداره گاز», «خط تلفنبوق
// نمیده»). A token that is no word of the rules is read as two when both halves are, each of
// three letters or more: shorter halves («آب», «سر») make too many false readings.

// minJoinedRunes: the shortest half of a joined token that is read apart.
const minJoinedRunes = 3

// splitJoined returns key as one token, or as two words of vocab typed together.
func splitJoined(key string, vocab map[string]bool) []string {
	if vocab == nil || vocab[key] || wholeWords[key] || utf8.RuneCountInString(key) < 2*minJoinedRunes || isDigits(key) ||
		strings.HasPrefix(key, "می") || strings.HasPrefix(key, "نمی") {
		// a verb carries its «می» and «نمی» and its endings: «نمیرسند» is no «نمیر سند»
		return []string{key}
	}
	n := 0
	for i := range key {
		a, b := key[:i], key[i:]
		if n >= minJoinedRunes && vocab[a] && vocab[b] && utf8.RuneCountInString(b) >= minJoinedRunes && !boundWords[a] && !boundWords[b] {
			return []string{a, b}
		}
		n++
	}
	return []string{key}
}

// wholeWords are common words that read as two of the rules' words typed together: «درباره»
// (about) is no «درب» (door) and «اره» (saw), so a rule for sawdust («خاک اره») does not
// undo «درخواست قبلی من درباره قطعی برق بود».
var wholeWords = setOf("درباره", "دربارهی", "دربارۀ")

// boundWords are written joined to the word they go with: a verb's «نمی» and «می» («نمیرسند»),
// a plural's «های», a doer's «دار» («مغازه‌دار»).
var boundWords = setOf("نمی", "می", "های", "هایی", "دار", "داری", "ها")

// vocabOf collects the words of every rule's terms, as typed and as on an Arabic keyboard,
// and the words the place and clause readings know.
func vocabOf(rules []Rule) map[string]bool {
	v := map[string]bool{}
	add := func(ts []term) {
		for _, t := range ts {
			if t.mode == modePrefix {
				continue // «نمیر*» is no word
			}
			for _, p := range t.parts {
				v[p] = true
			}
		}
	}
	for _, r := range rules {
		add(r.Any)
		add(r.Not)
		for _, g := range r.With {
			add(g)
		}
	}
	for _, set := range []map[string]bool{placeWords, locatives, landmarkWords, officeTitles, officeNames, locusTail} {
		for w := range set {
			v[w] = true
		}
	}
	return v
}
