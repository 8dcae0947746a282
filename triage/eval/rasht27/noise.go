package rasht27

import (
	"math/rand/v2"
	"strings"
)

// writer is one person's way of typing: an operator's keyboard habits or a citizen's.
type writer struct {
	rng      *rand.Rand
	digits   digitStyle
	arabicYK bool // Arabic ي and ك (an Arabic keyboard layout, common on old Windows PCs)
	zwnj     int  // 0 spaces as in the templates, 1 proper ZWNJ, 2 joined with nothing
	citizen  bool
	terse    bool
}

// compounds are written with a space in the templates; a careful writer puts a ZWNJ there,
// a hurried one nothing.
var compounds = []string{"آب های", "سگ های", "پیاده رو", "جمع آوری", "بن بست", "زباله ها", "چاله ها",
	"درخت ها", "شاخه ها", "لامپ ها", "سیم ها", "همسایه ها", "بچه ها", "می کنند", "نمی شود", "می شود",
	"خانه ها", "ماشین ها", "کوچه ها", "چراغ ها", "لکه گیری", "رفت و روب", "سرعت گیر",
	"روبه روی", "بی توجهی", "نمی کنند", "رسیدگی ها", "آنتن ها", "حیوان ها"}

var joinedForms = map[string]string{"میکنن": "می‌کنن", "میده": "می‌ده", "نمیشه": "نمی‌شه", "میاد": "میاد",
	"میکنه": "می‌کنه", "میشه": "می‌شه", "نمیتونیم": "نمی‌تونیم", "میترسیم": "می‌ترسیم", "میزنه": "می‌زنه",
	"نمیذاره": "نمی‌ذاره", "میفتن": "می‌افتن", "میرسه": "می‌رسه", "میریزن": "می‌ریزن", "نمیرسه": "نمی‌رسه",
	"میدن": "می‌دن", "میکنیم": "می‌کنیم", "میشن": "می‌شن", "میره": "می‌ره", "میان": "میان", "نمیاد": "نمیاد",
	"میخوام": "می‌خوام"}

// typos are misspellings citizens (and a few operators) really make.
var typos = [][2]string{{"آسفالت", "اسفالت"}, {"آسفالت", "آصفالت"}, {"زباله", "ذباله"}, {"کوچه", "کوجه"},
	{"لطفا", "لطفن"}, {"لطفا", "لطفاً"}, {"خیابان", "خیابون"}, {"فاضلاب", "فاضلآب"}, {"رسیدگی", "رسیدگى"},
	{"جمع آوری", "جمع اوری"}, {"خراب", "خارب"}, {"ولگرد", "ولگر"}, {"چاله", "چال"}, {"پیاده رو", "پیادرو"},
	{"درخت", "دخت"}, {"منهول", "منحول"}, {"نخاله", "نقاله"}, {"سمپاشی", "سم پاشی"}, {"تشکر", "تشکور"},
	{"بوی", "بویی"}, {"خاموش", "خاموشه"}}

var stretchable = []string{"خیلی", "لطفا", "تروخدا", "زود", "فوری", "بیاید", "کثیفه", "خرابه", "واقعا", "هیچی", "ممنون"}

func newWriter(rng *rand.Rand, citizen bool) writer {
	w := writer{rng: rng, citizen: citizen}
	switch r := rng.Float64(); {
	case r < 0.05:
		w.digits = arabicDigits
	case citizen && r < 0.55, !citizen && r < 0.45:
		w.digits = persianDigits
	default:
		w.digits = latinDigits
	}
	if citizen {
		w.arabicYK = rng.Float64() < 0.07
		w.zwnj = []int{0, 0, 0, 1, 2, 2}[rng.IntN(6)]
		w.terse = rng.Float64() < 0.3
	} else {
		w.arabicYK = rng.Float64() < 0.15
		w.zwnj = []int{0, 1, 1, 2}[rng.IntN(4)]
		w.terse = rng.Float64() < 0.45
	}
	return w
}

func (w writer) places() placeWriter {
	return placeWriter{rng: w.rng, digits: w.digits, terse: w.terse, spoken: w.citizen}
}

// finish applies the writer's habits to a finished text.
func (w writer) finish(s string) string {
	switch w.zwnj {
	case 1:
		for _, c := range compounds {
			s = strings.ReplaceAll(s, c, strings.Replace(c, " ", "\u200c", 1))
		}
		for _, f := range sortedKeys(joinedForms) {
			s = replaceWord(s, f, joinedForms[f])
		}
	case 2:
		for _, c := range compounds {
			if w.rng.Float64() < 0.7 {
				s = strings.ReplaceAll(s, c, strings.Replace(c, " ", "", 1))
			}
		}
	}
	if w.citizen {
		if w.rng.Float64() < 0.13 {
			s = w.typo(s)
		}
		if w.rng.Float64() < 0.11 {
			s = w.stretch(s)
		}
	} else if w.rng.Float64() < 0.03 {
		s = w.typo(s)
	}
	if w.arabicYK {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	s = w.digitsIn(s)
	return s
}

func (w writer) typo(s string) string {
	start := w.rng.IntN(len(typos))
	for i := range typos {
		t := typos[(start+i)%len(typos)]
		if strings.Contains(s, t[0]) {
			return strings.Replace(s, t[0], t[1], 1)
		}
	}
	return s
}

// stretch repeats the last letter of an emphatic word: «خیلییییی», «لطفااااا».
func (w writer) stretch(s string) string {
	for _, word := range stretchable {
		if i := strings.Index(s, word); i >= 0 {
			rs := []rune(word)
			last := string(rs[len(rs)-1])
			return s[:i] + word + strings.Repeat(last, 2+w.rng.IntN(5)) + s[i+len(word):]
		}
	}
	return s
}

// digitsIn rewrites ASCII digits in the writer's style (templates carry ASCII digits).
func (w writer) digitsIn(s string) string {
	switch w.digits {
	case persianDigits:
		return mapDigits(s, '۰')
	case arabicDigits:
		return mapDigits(s, '٠')
	}
	return s
}

// replaceWord replaces whole space-separated words only.
func replaceWord(s, from, to string) string {
	fields := strings.Split(s, " ")
	for i, f := range fields {
		if f == from {
			fields[i] = to
		}
	}
	return strings.Join(fields, " ")
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// insertion sort: small, and no import for one call
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
