package rasht16

import "strings"

// misspellings are how the words of these requests are really typed.
var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"لطفا", "لطفن"}, {"لطفا", "لطفاً"}, {"مسئولین", "مسولین"}, {"خواهشا", "خاهشا"},
	{"آشغال", "اشغال"}, {"پیاده‌رو", "پیادرو"}, {"ساختمان", "ساختمون"}, {"رسیدگی", "رسیدگى"},
	{"ضایعات", "زایعات"}, {"تعفن", "تعفّن"}, {"دستفروش", "دست فروش"}, {"میکنن", "میکنند"}, {"خیلی", "خیلى"},
}

// stretchable words are the ones people stretch: «خیلییییی».
var stretchable = []string{"خیلی", "تورو خدا", "داغونه", "خرابه", "کسی", "همه", "شدید", "بو"}

// noise types a text the way it arrives: ZWNJ kept, dropped or spaced; an Arabic keyboard's
// ي and ك; the misspellings and stretched letters of a citizen in a hurry.
func (w *writer) noise(s string, citizen bool) string {
	if s == "" {
		return s
	}
	switch u := w.g.rng.Float64(); {
	case u < 0.25:
		s = strings.ReplaceAll(s, "\u200c", "")
	case u < 0.42:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	if citizen {
		for _, m := range misspellings {
			if strings.Contains(s, m[0]) && w.chance(0.25) {
				s = strings.Replace(s, m[0], m[1], 1)
			}
		}
		if w.chance(0.12) {
			for _, word := range stretchable {
				if i := strings.Index(s, word); i >= 0 {
					r := []rune(word)
					last := string(r[len(r)-1])
					s = s[:i] + word + strings.Repeat(last, 2+w.g.rng.IntN(5)) + s[i+len(word):]
					break
				}
			}
		}
		if w.chance(0.08) {
			s += w.pick([]string{"!!!", "!!", "؟؟؟", " !!!!!"})
		}
		if w.chance(0.05) {
			s = strings.ReplaceAll(s, "، ", "،")
		}
	}
	if w.chance(0.08) {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return s
}
