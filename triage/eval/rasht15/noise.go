package rasht15

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

const zwnj = "\u200c"

// digitStyle is how a writer types digits.
type digitStyle int

const (
	persianDigits digitStyle = iota
	latinDigits
	arabicDigits
)

// digits writes n in a style.
func digits(n int, st digitStyle) string {
	s := strconv.Itoa(n)
	if st == latinDigits {
		return s
	}
	base := '۰'
	if st == arabicDigits {
		base = '٠'
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(base + (r - '0'))
	}
	return b.String()
}

var (
	ones = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
		"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
	tens     = []string{"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}
	hundreds = []string{"", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"}
)

// cardinal spells 1..999 the way a caller says it: «صد و بیست و چهار».
func cardinal(n int) string {
	if n <= 0 || n > 999 {
		return strconv.Itoa(n)
	}
	var parts []string
	if h := n / 100; h > 0 {
		parts = append(parts, hundreds[h])
	}
	r := n % 100
	switch {
	case r == 0:
	case r < 20:
		parts = append(parts, ones[r])
	default:
		parts = append(parts, tens[r/10])
		if r%10 > 0 {
			parts = append(parts, ones[r%10])
		}
	}
	return strings.Join(parts, " و ")
}

// ordinal spells «دوازدهم», «بیست و سوم», «اول».
func ordinal(n int, r *rand.Rand) string {
	if n == 1 {
		if r.IntN(3) == 0 {
			return "یکم"
		}
		return "اول"
	}
	c := cardinal(n)
	switch {
	case strings.HasSuffix(c, "سه"):
		return strings.TrimSuffix(c, "سه") + "سوم"
	case strings.HasSuffix(c, "سی"):
		return c + zwnj + "ام"
	}
	return c + "م"
}

// number renders n as a writer of a channel would: digits of some style, or words.
func number(n int, r *rand.Rand, words float64) string {
	if r.Float64() < words && n < 1000 {
		return cardinal(n)
	}
	return digits(n, pickDigits(r))
}

func pickDigits(r *rand.Rand) digitStyle {
	switch x := r.Float64(); {
	case x < 0.58:
		return persianDigits
	case x < 0.93:
		return latinDigits
	default:
		return arabicDigits
	}
}

// arabicLetters is what an operator's old keyboard layout types.
func arabicLetters(s string) string {
	return strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
}

// zwnjStyle rewrites every ZWNJ the way a writer does: kept, dropped or a space.
func zwnjStyle(s string, r *rand.Rand) string {
	switch r.IntN(10) {
	case 0, 1, 2, 3:
		return s
	case 4, 5, 6:
		return strings.ReplaceAll(s, zwnj, "")
	case 7, 8:
		return strings.ReplaceAll(s, zwnj, " ")
	default:
		// one writer mixes: only some of them go
		var b strings.Builder
		for _, part := range strings.SplitAfter(s, zwnj) {
			if strings.HasSuffix(part, zwnj) && r.IntN(2) == 0 {
				part = strings.TrimSuffix(part, zwnj)
			}
			b.WriteString(part)
		}
		return b.String()
	}
}

// stretchable are words people draw out in anger or pleading.
var stretchable = []struct{ word, last string }{
	{"خیلی", "ی"}, {"لطفا", "ا"}, {"تورو خدا", "ا"}, {"واقعا", "ا"}, {"چرا", "ا"}, {"همه", "ه"}, {"بده", "ه"},
}

// stretch draws out one such word if the text has it as a word: «خیلییییی».
func stretch(s string, r *rand.Rand) string {
	for _, w := range stretchable {
		for i := 0; i < len(s); {
			j := strings.Index(s[i:], w.word)
			if j < 0 {
				break
			}
			j += i
			end := j + len(w.word)
			if wordEdge(s, j, end) {
				return s[:end] + strings.Repeat(w.last, 2+r.IntN(5)) + s[end:]
			}
			i = end
		}
	}
	return s
}

// wordEdge tells whether s[from:to] stands as a word: nothing but a space, punctuation or
// the text's ends around it.
func wordEdge(s string, from, to int) bool {
	edge := func(c rune) bool { return strings.ContainsRune(" \n،.!؟?", c) }
	if from > 0 {
		c, _ := utf8.DecodeLastRuneInString(s[:from])
		if !edge(c) {
			return false
		}
	}
	if to < len(s) {
		c, _ := utf8.DecodeRuneInString(s[to:])
		if !edge(c) {
			return false
		}
	}
	return true
}

// spelling are common misspellings of typed requests (not speech errors).
var spelling = [][2]string{
	{"لطفا", "لطفن"}, {"خواهشا", "خاهشا"}, {"اصلا", "اصلن"}, {"دقیقا", "دقیقن"}, {"مسئول", "مسول"},
	{"مسئولین", "مسولین"}, {"واقعا", "واقن"}, {"فاضلاب", "فاضلآب"}, {"آسفالت", "اسفالت"},
	{"آشغال", "آشقال"}, {"شهرداری", "شهر داری"}, {"اتفاق", "اتفاغ"}, {"پیگیری", "پی گیری"},
	{"آبگرفتگی", "آب گرفتگی"}, {"ترکیده", "ترکیدع"},
}

func misspell(s string, r *rand.Rand, p float64) string {
	for _, m := range spelling {
		if strings.Contains(s, m[0]) && r.Float64() < p {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// homophones are the letters speech recognition cannot tell apart in Persian.
var homophones = map[rune][]rune{
	'ح': {'ه'}, 'ه': {'ح'}, 'ز': {'ذ', 'ض', 'ظ'}, 'ذ': {'ز'}, 'ض': {'ز'}, 'ظ': {'ز'},
	'س': {'ص', 'ث'}, 'ص': {'س'}, 'ث': {'س'}, 'ت': {'ط'}, 'ط': {'ت'}, 'ق': {'غ'}, 'غ': {'ق'},
}

// numberWord are the words of spoken numbers, which the recogniser knows too well to get wrong.
var numberWord = func() map[string]bool {
	m := map[string]bool{"و": true}
	for _, list := range [][]string{ones, tens, hundreds} {
		for _, w := range list {
			m[w] = true
		}
	}
	return m
}()

// speechErrors swaps homophone letters in a few words of a transcript: the recogniser
// writes a word that sounds the same. A word-final ه is left alone (it is a vowel there).
func speechErrors(s string, r *rand.Rand, p float64) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if r.Float64() >= p || numberWord[w] {
			continue
		}
		rs := []rune(w)
		var cand []int
		for j, c := range rs {
			if _, ok := homophones[c]; ok && !(c == 'ه' && j == len(rs)-1) {
				cand = append(cand, j)
			}
		}
		if len(cand) == 0 {
			continue
		}
		j := cand[r.IntN(len(cand))]
		alt := homophones[rs[j]]
		rs[j] = alt[r.IntN(len(alt))]
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// splitJoin is the recogniser's word segmentation: compounds split, short words run together.
var splitJoin = [][2]string{
	{"گلسار", "گل سار"}, {"منظریه", "منظر یه"}, {"بیستون", "بیس تون"}, {"حمیدیان", "حمیدی ان"},
	{"می خواستم", "میخواستم"}, {"نمی شه", "نمیشه"}, {"خسته نباشید", "خستهنباشید"},
	{"شهرداری", "شهر داری"}, {"آبگرفتگی", "آب گرفتگی"}, {"سرکوچه", "سر کوچه"}, {"سر کوچه", "سرکوچه"},
	{"بن بست", "بنبست"}, {"همین الان", "همینالان"}, {"زنگ زدم", "زنگزدم"},
}

func segmentation(s string, r *rand.Rand, p float64) string {
	for _, m := range splitJoin {
		if strings.Contains(s, m[0]) && r.Float64() < p {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

// stripPunct removes what a recogniser never writes.
func stripPunct(s string) string {
	s = strings.Map(func(c rune) rune {
		switch c {
		case '،', '.', '!', '؟', '?', ',', '؛', ':', '«', '»', '(', ')':
			return ' '
		}
		return c
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }
