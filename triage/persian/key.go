package persian

import (
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"strings"
	"unicode"
)

// zwnj is the zero-width non-joiner. Persian writers use it, a space, or nothing at all
// between a word and its prefix/suffix, so the key removes the difference.
const zwnj = '\u200c'

// foldRune maps one rune to its comparison form. It returns (0, false) to drop the rune and
// (' ', true) for a word break.
func foldRune(r rune) (rune, bool) {
	switch {
	case r >= '0' && r <= '9', r >= 'a' && r <= 'z':
		return r, true
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A'), true
	case r >= '\u06f0' && r <= '\u06f9': // Persian digits
		return '0' + (r - '\u06f0'), true
	case r >= '\u0660' && r <= '\u0669': // Arabic-Indic digits
		return '0' + (r - '\u0660'), true
	case r >= '\u064b' && r <= '\u065f', r == '\u0670', r >= '\u06d6' && r <= '\u06ed',
		r == '\u0640', r == '\u0621', r == '\u200d', r == '\u200e', r == '\u200f', r == '\ufeff':
		// diacritics, superscript alef, Quranic marks, tatweel, lone hamza, ZWJ, bidi marks
		return 0, false
	}
	if r >= '\ufb50' && r <= '\ufeff' {
		// presentation forms: word ligatures (ﷺ) are dropped, contextual letter forms
		// fold to the letter they show
		if r >= '\ufdf0' && r <= '\ufdff' {
			return 0, false
		}
		if d := norm.NFKC.String(string(r)); d != string(r) && utf8.RuneCountInString(d) == 1 {
			r, _ = utf8.DecodeRuneInString(d)
			return foldRune(r)
		}
	}
	switch r {
	case 'ي', 'ى', 'ئ', 'ے', 'ۍ', 'ې', 'ۑ', 'ێ':
		return 'ی', true
	case 'ك', 'ڪ', 'ګ':
		return 'ک', true
	case 'ة', 'ۀ', 'ہ', 'ە', 'ۂ', 'ھ':
		return 'ه', true
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
		return 'ا', true
	case 'ؤ':
		return 'و', true
	case zwnj:
		return zwnj, true
	}
	if unicode.IsLetter(r) {
		return unicode.ToLower(r), true
	}
	if unicode.IsDigit(r) {
		if d, err := strconv.Atoi(string(r)); err == nil {
			return '0' + rune(d), true
		}
	}
	return ' ', true
}

// Key returns the comparison form of s (see the package documentation). Two texts that a
// Persian reader takes for the same words get the same key; the key is for comparing and
// indexing only, never for display.
func Key(s string) string {
	return strings.Join(keyTokens(s), " ")
}

// keyTokens is Key before joining; the place parser and Tokens work on it directly.
func keyTokens(s string) []string {
	words := foldWords(s)
	words = joinAffixes(words)
	words = respell(words)
	words = splitPlaceWords(words)
	words = numberWords(words)
	words = placeAbbrevs(words)
	words = dropFiller(words)
	return words
}

// placeAbbrevs joins the place words written in two pieces: «ب.ب ۱» is a dead end
// («بن‌بست»), as «ب ۵» after an alley is; «فاز ۲» (a new town's phase, «شهرک قدس فاز دو»)
// is a street named «فاز۲», its blocks («بلوک ۳») its alleys; «مسکن مهر» is «مهر»;
// «مننطقه ۳» is «منطقه»; «خشهید انصاری» is «خ. شهید انصاری».
func placeAbbrevs(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		w, n := words[i], 1
		switch {
		case w == "ب" && i+1 < len(words) && words[i+1] == "ب":
			w, n = "بنبست", 2
		case (strings.HasPrefix(w, "خشهید") || strings.HasPrefix(w, "کشهید")) && len(w) >= len("خشهید"):
			// «خشهید انصاری»: «خ.» or «ک.» glued to the martyr's title of the name
			if out == nil {
				out = append(make([]string, 0, len(words)+1), words[:i]...)
			}
			word := "خیابان"
			if strings.HasPrefix(w, "ک") {
				word = "کوچه"
			}
			out = append(out, word, w[len("خ"):])
			continue
		case (w == "فاز" || w == "ف") && i+1 < len(words) && isDigit(firstRune(words[i+1])) && len(words[i+1]) <= 2:
			// («ف۳ ب۷» is phase 3, block 7)
			// a new town's phase is its street, its blocks («بلوک ۳») its alleys
			if out == nil {
				out = append(make([]string, 0, len(words)+1), words[:i]...)
			}
			if len(out) == 0 || out[len(out)-1] != "خیابان" {
				out = append(out, "خیابان")
			}
			out = append(out, "فاز"+words[i+1])
			i++
			continue
		case i+1 < len(words) && (words[i+1] == "کوچک" || words[i+1] == "کوچیک" || words[i+1] == "کوچکخان") &&
			(w == "میرزا" || w == "میرزای"):
			// «میرزا کوچک خان», Rasht's street of the Jangali leader, said «خیابان میرزا» as
			// often: «کوچک» is no alley word in it
			n = 2
			if words[i+1] != "کوچکخان" && i+2 < len(words) && words[i+2] == "خان" {
				n = 3
			}
			w = "میرزا"
		case w == "میرزاکوچک" || w == "میرزاکوچکخان":
			if w == "میرزاکوچک" && i+1 < len(words) && words[i+1] == "خان" {
				n = 2
			}
			w = "میرزا"
		case roadWidthAt(words, i) && (i == 0 || !alleyWords[words[i-1]]):
			// «۲۰ متری شالکو», «بیست متری»: a road named by its width, the street of the
			// neighbourhood named after it, one name (its letters first: not a numbered
			// street, which any neighbourhood may have)
			if out == nil {
				out = append(make([]string, 0, len(words)+1), words[:i]...)
			}
			if i == 0 || !streetWords[words[i-1]] {
				out = append(out, "خیابان")
			}
			val, used := roadWidth(words, i)
			name := "متری" + strconv.Itoa(val)
			if k := i + used; k < len(words) && utf8.RuneCountInString(words[k]) >= 3 && !streetWords[words[k]] && !alleyWords[words[k]] &&
				!areaWords[words[k]] && !landmarkWords[words[k]] && !isDigit(firstRune(words[k])) && words[k] != segmentMark {
				// «۲۰ متری شالکو» and «۲۰ متری گلسار» are two roads
				name += words[k]
				used++
			}
			out = append(out, name)
			i += used - 1
			continue
		case w == "مجتمع" && i+2 < len(words) && (words[i+1] == "تجاری" || words[i+1] == "مسکونی" || words[i+1] == "اداری") &&
			utf8.RuneCountInString(words[i+2]) >= 3 && !isDigit(firstRune(words[i+2])) && !placeWords[words[i+2]] && !landmarkWords[words[i+2]]:
			// «روبروی مجتمع تجاری کادوس»: the complex is named «کادوس», not «تجاری» (but
			// «بعد از مجتمع تجاری» names no other)
			n = 2
		case w == "مسکن" && i+1 < len(words) && words[i+1] == "مهر":
			// «مسکن مهر»: the housing scheme is named «مهر», a new town as «شهرک قدس» is
			// («بلوک ۱۷ مسکن مهر» is block 17 of it, not a block named «مهر»)
			if out == nil {
				out = append(make([]string, 0, len(words)+1), words[:i]...)
			}
			if len(out) == 0 || out[len(out)-1] != "شهرک" {
				out = append(out, "شهرک")
			}
			out = append(out, "مهر")
			i++
			continue
		case w != "منطقه" && utf8.RuneCountInString(w) == 6 && strings.HasPrefix(w, "من") && nearlyEqual(w, "منطقه") &&
			i+1 < len(words) && isDigit(firstRune(words[i+1])):
			w = "منطقه"
		}
		if n == 1 && w == words[i] {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(words)), words[:i]...)
		}
		out = append(out, w)
		i += n - 1
	}
	if out == nil {
		return words
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// roadWidthAt reports whether words[i:] open with a road's width (roadWidth).
// It looks for «متری» in the next three words before reading any number: placeAbbrevs asks
// this of every word of every text.
func roadWidthAt(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		if words[k] == "متری" {
			_, n := roadWidth(words, i)
			return n > 0
		}
	}
	return false
}

// roadWidth reads «۲۰ متری», «بیست متری» at words[i:]: a road's width in metres (6 to 45,
// not «۱۰۰ متری بانک», a hundred metres from the bank) and how many words it takes with
// «متری»; 0, 0 when there is none.
func roadWidth(words []string, i int) (int, int) {
	w := words[i]
	val, used := 0, 0
	if isDigit(firstRune(w)) {
		if v, err := strconv.Atoi(w); err == nil {
			val, used = v, 1
		}
	} else {
		val, used, _ = parseNumber(words, i)
	}
	if used == 0 || i+used >= len(words) || words[i+used] != "متری" || val < 6 || val > 45 ||
		(i > 0 && (words[i-1] == "حدود" || words[i-1] == "فاصله" || words[i-1] == "تا")) {
		return 0, 0
	}
	return val, used + 1
}

// foldWords folds runes, squeezes letters repeated three or more times (a writer's
// emphasis, «خیلییییی»), splits letters from digits («عرض۶», «k12») and returns the words.
// A ZWNJ joins; a ZWNJ followed by a lone «ی» at the end of a word is the ezafe and is dropped.
func foldWords(s string) []string {
	words := make([]string, 0, 16)
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	run := 0
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
		prev, run = 0, 0
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '(' {
			if n, end := bracketNumber(rs, i); end > i {
				// «کوچه لاله (۷)»: a number in brackets is the other name of what precedes
				// it, kept apart from the numbers that name places (see parsePlaceTokens)
				flush()
				words = append(words, bracketMark+n)
				i = end
				continue
			}
			if n, end := bracketName(rs, i); end > i {
				// «کوچه ۲۶ (شهید باهنر)»: a name in brackets after a number is its other name
				flush()
				if len(words) > 0 && isDigit(firstRune(words[len(words)-1])) {
					words = append(words, bracketMark+n)
					i = end
					continue
				}
			}
		}
		r, keep := foldRune(rs[i])
		if !keep {
			continue
		}
		if r == ' ' {
			flush()
			continue
		}
		if r == zwnj {
			// «خانه‌ی» is «خانه» with an ezafe: drop the lone ی after a ZWNJ.
			if i+1 < len(rs) {
				n, _ := foldRune(rs[i+1])
				if n == 'ی' && (i+2 >= len(rs) || isBreak(rs[i+2])) {
					i++
				}
			}
			continue
		}
		if prev != 0 && isDigit(r) != isDigit(prev) {
			flush()
		}
		if r == 'ا' && prev == 'ا' {
			// no Persian word doubles an alef («سلاام», «بوااار» are typing slips); madda
			// is already folded, so «قرآن» is «قران» either way
			continue
		}
		if r == prev && !isDigit(r) {
			run++
			if run >= 2 {
				// third and later copies: collapse the whole run to one letter
				if run == 2 {
					str := b.String()
					b.Reset()
					b.WriteString(str[:len(str)-len(string(r))])
				}
				continue
			}
		} else {
			run = 0
		}
		b.WriteRune(r)
		prev = r
	}
	flush()
	return words
}

func isBreak(r rune) bool {
	f, keep := foldRune(r)
	return keep && f == ' '
}

var prefixes = map[string]bool{"می": true, "نمی": true, "بی": true, "نا": true}

var suffixes = map[string]bool{"ها": true, "های": true, "هایی": true, "هایم": true, "هایش": true,
	"ای": true, "تر": true, "ترین": true, "اباد": true, "سرا": true, "فروشان": true, "سازان": true,
	// place names written apart: «آج بیشه», «لاکان شهر»
	"بیشه": true, "پور": true, "زاده": true}

// compounds are words often written apart, with a ZWNJ or joined; the key joins them.
var compounds = map[[2]string]bool{
	{"پیاده", "رو"}: true, {"بن", "بست"}: true, {"بن", "بسست"}: true, {"اب", "گرفتگی"}: true, {"اب", "رفتگی"}: true,
	{"زمین", "لرزه"}: true, {"کاروان", "سرا"}: true, {"سطل", "زباله"}: false,
	{"اب", "نما"}: true, {"دست", "انداز"}: true, {"سرعت", "گیر"}: true, {"اب", "بند"}: true, {"چهار", "راه"}: true, {"سبزه", "میدان"}: true, {"سه", "راه"}: true,
}

// joinAffixes removes the difference between «می شود», «می‌شود» and «میشود»: prefixes join
// the next word, suffixes the previous one, and a lone ezafe «ی» is dropped.
func joinAffixes(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "ی" {
			continue
		}
		if prefixes[w] && i+1 < len(words) && !isDigit(firstRune(words[i+1])) {
			words[i+1] = w + words[i+1]
			continue
		}
		if len(out) > 0 {
			last := out[len(out)-1]
			if (suffixes[w] && !isDigit(firstRune(last))) || compounds[[2]string{last, w}] {
				out[len(out)-1] = last + w
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// respell applies the spelling table; «م» after a number is an ordinal suffix, not «میدان».
func respell(words []string) []string {
	for i := 0; i+1 < len(words); i++ {
		// «bon bast»: Finglish writes the dead end in two words, as Persian may («بن بست»,
		// which joinAffixes has joined already)
		if words[i] == "bon" && words[i+1] == "bast" {
			words = append(words[:i+1], words[i+2:]...)
			words[i] = "bonbast"
		}
	}
	for i, w := range words {
		if v, ok := spelling[w]; ok {
			if w == "م" && i > 0 && isDigit(firstRune(words[i-1])) {
				continue
			}
			words[i] = v
		} else if v := finglishEzafe(w); v != "" {
			words[i] = v
		} else if strings.HasSuffix(w, "هست") && utf8.RuneCountInString(w) >= 5 {
			// «چاله‌ست», «چالهست»: the spoken «... است» glued to its noun
			words[i] = strings.TrimSuffix(w, "ست")
		} else if next := i + 1; next < len(words) && (isDigit(firstRune(words[next])) || isNumberWord(words[next]) ||
			(words[next] == "شماره" && next+1 < len(words) && isDigit(firstRune(words[next+1])))) {
			// a word just before a number, one typo from a place word, is that place word
			// («کوهچ ۸», «کوه ۱۴»: a mountain has no number)
			for _, pw := range [...]string{"کوچه", "خیابان", "بلوار", "پلاک"} {
				if w != pw && firstRune(w) == firstRune(pw) && utf8.RuneCountInString(w) >= 3 && nearlyEqual(w, pw) {
					words[i] = pw
					break
				}
			}
		}
	}
	return words
}

// gluedPlaceWords are place words writers glue to the name after them («بلوارآتشگاه»).
var gluedPlaceWords = [...]string{"بلوار", "خیابان", "میدان", "کوی", "شهرک"}

// splitPlaceWords splits a place word from the name glued to it («بلوارآتشگاه» → «بلوار
// آتشگاه»), when what follows is three letters or more and no ending («خیابانهای»).
func splitPlaceWords(words []string) []string {
	var out []string
	for i, w := range words {
		split := false
		for _, pw := range gluedPlaceWords {
			if len(w) > len(pw) && strings.HasPrefix(w, pw) {
				rest := w[len(pw):]
				if utf8.RuneCountInString(rest) >= 3 && !strings.HasPrefix(rest, "ها") && !isDigit(firstRune(rest)) {
					if out == nil {
						out = append(make([]string, 0, len(words)+2), words[:i]...)
					}
					out = append(out, pw, rest)
					split = true
				}
				break
			}
		}
		if !split && out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return words
	}
	return out
}

func isNumberWord(w string) bool {
	_, c := cardinals[w]
	_, o := ordinals[w]
	return c || o
}

// finglishEzafe reads a Finglish word with its ezafe or spoken ending («asfalte kooche»,
// «kharabe», «koocheye») as the word it is built on, "" when that is no known word.
func finglishEzafe(w string) string {
	if w == "" || w[0] >= utf8.RuneSelf {
		return ""
	}
	for _, suf := range [...]string{"ye", "e", "i"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) >= 3 {
			if v, ok := spelling[b]; ok {
				return v
			}
		}
	}
	return ""
}

// bracketMark opens the word foldWords makes of a short number in brackets («(۷)» → «#7»).
const bracketMark = "#"

// bracketNumber reads «(۷)», «( 12 )» at rs[i]: the number in ASCII digits and the index of
// the closing bracket, or end == i when there is none (or it is longer than three digits).
func bracketNumber(rs []rune, i int) (n string, end int) {
	j := i + 1
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	var b strings.Builder
	for j < len(rs) {
		r, _ := foldRune(rs[j])
		if !isDigit(r) {
			break
		}
		b.WriteRune(r)
		j++
	}
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	if b.Len() == 0 || b.Len() > 3 || j >= len(rs) || rs[j] != ')' {
		return "", i
	}
	return b.String(), j
}

// bracketName reads a short name in brackets opening at rs[i] («(شهید باهنر)») in key form,
// without its titles: its first other word («باهنر»). end is i when it is no such name.
func bracketName(rs []rune, i int) (n string, end int) {
	j := i + 1
	var b strings.Builder
	var ws []string
	for ; j < len(rs) && j-i <= 30 && rs[j] != ')'; j++ {
		r, keep := foldRune(rs[j])
		switch {
		case !keep:
		case r == ' ' || r == zwnj:
			if b.Len() > 0 {
				ws = append(ws, b.String())
				b.Reset()
			}
		case isDigit(r) || !unicode.IsLetter(r):
			return "", i
		default:
			b.WriteRune(r)
		}
	}
	if b.Len() > 0 {
		ws = append(ws, b.String())
	}
	if j >= len(rs) || rs[j] != ')' || len(ws) == 0 || len(ws) > 3 {
		return "", i
	}
	for _, w := range ws {
		if w == "فعلی" || w == "سابق" || w == "قدیم" {
			return "", i // «بلوار ۱۸۳ (شهید حمیدی فعلی)»: a street's other name in time (formerName)
		}
	}
	for _, w := range ws {
		if !honorifics[w] {
			return w, j
		}
	}
	return "", i
}
