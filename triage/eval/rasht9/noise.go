package rasht9

import (
	"strings"
	"unicode"
)

const zwnj = "\u200c"

type digits int

const (
	digitsPersian digits = iota
	digitsLatin
	digitsArabic
	digitsMixed
)

// digitStyle: phone keyboards in Iran type Persian digits, many people switch to Latin,
// a few old Arabic keyboards give Arabic-Indic ones.
func (p *planner) digitStyle() digits {
	switch u := p.r.Float64(); {
	case u < 0.55:
		return digitsPersian
	case u < 0.88:
		return digitsLatin
	case u < 0.94:
		return digitsArabic
	}
	return digitsMixed
}

func (p *planner) applyDigits(s string, d digits) string {
	var b strings.Builder
	style := d
	inRun := false
	for _, c := range s {
		if c >= '0' && c <= '9' {
			if d == digitsMixed && !inRun {
				style = digits(p.r.IntN(2))
			}
			inRun = true
			switch style {
			case digitsPersian:
				c = '۰' + (c - '0')
			case digitsArabic:
				c = '٠' + (c - '0')
			}
		} else {
			inRun = false
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Letters people swap for each other when typing fast or spelling by ear.
var swaps = [][2]string{{"ز", "ذ"}, {"س", "ص"}, {"ت", "ط"}, {"ه", "ح"}, {"ا", "آ"}, {"ق", "غ"}, {"ض", "ز"}, {"ی", "ي"}}

func (p *planner) noise(s string, d digits, persian bool) string {
	r := p.r
	if persian {
		switch u := r.Float64(); {
		case u < 0.30:
			s = strings.ReplaceAll(s, zwnj, "")
		case u < 0.45:
			s = strings.ReplaceAll(s, zwnj, " ")
		}
		if r.Float64() < 0.07 {
			s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
		}
		if r.Float64() < 0.10 {
			s = p.typo(s)
		}
		if r.Float64() < 0.03 {
			s = p.typo(s)
		}
		if r.Float64() < 0.05 {
			s = p.stretch(s)
		}
		if r.Float64() < 0.02 {
			s = strings.ReplaceAll(s, "،", ",")
		}
	}
	if r.Float64() < 0.04 {
		s += " " + p.pick(emoji)
	}
	if r.Float64() < 0.03 {
		s = strings.TrimRight(s, ".!؟ ") + p.pick([]string{"!!!", "؟؟", "!!", "..."})
	}
	return p.applyDigits(s, d)
}

func (p *planner) addrNoise(s string, d digits) string {
	if s == "" {
		return s
	}
	if p.r.Float64() < 0.3 {
		s = strings.ReplaceAll(s, zwnj, "")
	}
	if p.r.Float64() < 0.05 {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	if p.r.Float64() < 0.03 {
		s = p.typo(s)
	}
	if p.r.Float64() < 0.5 { // the address is often typed by someone else
		d = p.digitStyle()
	}
	return p.applyDigits(s, d)
}

// typo damages one word of four or more letters: a letter dropped, doubled, swapped with
// its neighbour, or confused with one that sounds alike.
func (p *planner) typo(s string) string {
	words := strings.Split(s, " ")
	var cand []int
	for i, w := range words {
		rs := []rune(w)
		if len(rs) >= 4 && unicode.Is(unicode.Arabic, rs[0]) {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return s
	}
	i := cand[p.r.IntN(len(cand))]
	rs := []rune(words[i])
	// Only the letters are mistyped, not the punctuation stuck to the word.
	letters := 0
	for letters < len(rs) && unicode.IsLetter(rs[letters]) {
		letters++
	}
	if letters < 4 {
		return s
	}
	k := 1 + p.r.IntN(letters-2)
	switch p.r.IntN(4) {
	case 0:
		rs = append(rs[:k], rs[k+1:]...)
	case 1:
		rs = append(rs[:k+1], rs[k:]...)
	case 2:
		rs[k], rs[k+1] = rs[k+1], rs[k]
	default:
		w := string(rs)
		for _, sw := range swaps {
			if strings.Contains(w, sw[0]) {
				words[i] = strings.Replace(w, sw[0], sw[1], 1)
				return strings.Join(words, " ")
			}
		}
	}
	words[i] = string(rs)
	return strings.Join(words, " ")
}

// stretch repeats a letter for emphasis: «خیلییییی», «تروخدااااا».
func (p *planner) stretch(s string) string {
	if strings.Contains(s, "خیلی") {
		return strings.Replace(s, "خیلی", "خیلی"+strings.Repeat("ی", 2+p.r.IntN(4)), 1)
	}
	words := strings.Split(s, " ")
	i := p.r.IntN(len(words))
	rs := []rune(words[i])
	if len(rs) < 3 || !unicode.Is(unicode.Arabic, rs[len(rs)-1]) {
		return s
	}
	last := string(rs[len(rs)-1])
	words[i] += strings.Repeat(last, 2+p.r.IntN(4))
	return strings.Join(words, " ")
}
