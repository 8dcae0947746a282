package rasht18

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// misspellings are the slips people make typing on a phone.
var misspellings = [][2]string{
	{"لطفا", "لطفن"}, {"آسفالت", "اسفالت"}, {"زباله", "ذباله"}, {"گذاشته", "گزاشته"}, {"رسیدگی", "رسیدگي"},
	{"خراب", "خراپ"}, {"آشغال", "اشغال"}, {"بارون", "بارن"}, {"ممنون", "ممنونم"}, {"خیلی", "خیلیییی"},
	{"لطفا", "لطفاااا"}, {"خدا", "خداااا"}, {"نمیشه", "نمی شه"}, {"چاله", "چاله‌چوله"}, {"مسئول", "مسول"},
	{"روستای", "روستاي"}, {"شغال", "شقال"}, {"امامزاده", "امام زاده"},
}

// noise roughens what a citizen types: Arabic letters, ZWNJ dropped or spaced, misspellings
// and repeated letters.
func (w *writer) noise(s string) string {
	if s == "" {
		return s
	}
	for _, m := range misspellings {
		if strings.Contains(s, m[0]) && w.chance(0.12) {
			s = strings.Replace(s, m[0], m[1], 1)
		}
	}
	if w.chance(0.1) {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return w.zwnj(s)
}

// light is what an operator's keyboard does: ZWNJ habits and the odd Arabic letter.
func (w *writer) light(s string) string {
	if w.chance(0.05) {
		s = strings.ReplaceAll(s, "ی", "ي")
	}
	return w.zwnj(s)
}

func (w *writer) zwnj(s string) string {
	switch x := w.r.Float64(); {
	case x < 0.3:
		// without a ZWNJ key people join «می» and «ها» to the word, except after ه, where
		// the joined form would read as another word: there they leave a space
		return strings.ReplaceAll(strings.ReplaceAll(s, "ه\u200c", "ه "), "\u200c", "")
	case x < 0.45:
		return strings.ReplaceAll(s, "\u200c", " ")
	}
	return s
}

// digits writes n in Persian, Arabic-Indic or Latin digits.
func digits(r *rand.Rand, n int) string {
	s := strconv.Itoa(n)
	var zero rune
	switch r.IntN(3) {
	case 0:
		zero = '۰'
	case 1:
		zero = '٠'
	default:
		return s
	}
	var b strings.Builder
	for _, c := range s {
		b.WriteRune(zero + (c - '0'))
	}
	return b.String()
}

func atoiSafe(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
