package rasht42

import "strings"

// How a writer's hand (or system) bends the text: letters, digits, joiners and slips.
type noiseStyle struct {
	yk         int  // 0 Persian ی/ک, 1 Arabic ي and ك, 2 Arabic ي only, 3 Arabic ك only
	maksura    bool // a final ی written ى
	zwnj       int  // 0 kept, 1 dropped, 2 a space
	digits     int  // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed
	tatweel    bool
	diacritics bool
	stretch    bool
	misspell   bool
	hamza      bool
}

const (
	digPersian = iota
	digLatin
	digArabic
	digMixed
)

func (g *gen) noiseFor(wr *writer) noiseStyle {
	var ns noiseStyle
	switch {
	case g.chance(.05):
		ns.yk = 1
	case g.chance(.015):
		ns.yk = 2
	case g.chance(.01):
		ns.yk = 3
	}
	ns.maksura = ns.yk == 0 && g.chance(.015)
	switch x := g.rng.Float64(); {
	case x < .25:
		ns.zwnj = 1
	case x < .45:
		ns.zwnj = 2
	}
	if wr.operator {
		ns.digits = digPersian
		if g.chance(.25) {
			ns.digits = digLatin
		}
		ns.diacritics = g.chance(.08)
		ns.hamza = g.chance(.1)
		ns.misspell = g.chance(.02)
		return ns
	}
	switch x := g.rng.Float64(); {
	case x < .48:
		ns.digits = digPersian
	case x < .81:
		ns.digits = digLatin
	case x < .9:
		ns.digits = digArabic
	default:
		ns.digits = digMixed
	}
	ns.tatweel = g.chance(.03)
	ns.diacritics = g.chance(.04)
	ns.stretch = g.chance(.07)
	ns.misspell = g.chance(.09)
	ns.hamza = g.chance(.12)
	return ns
}

var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"کوچه", "کوچع"}, {"زباله", "زبالع"}, {"فاضلاب", "فاظلاب"}, {"لامپ", "لامب"},
	{"پیگیری", "پیگری"}, {"خراب", "خراپ"}, {"خیابان", "خیابون"}, {"متاسفانه", "متعسفانه"}, {"مسئول", "مسول"},
	{"گذاشتن", "گزاشتن"}, {"خواهشمندم", "خاهشمندم"}, {"ضمنا", "زمنا"}, {"رسیدگی", "رسیدگي"},
	{"منهول", "منحول"}, {"جمع_آوری", "جمع آوزی"}, {"اطلاع", "اطلا"}, {"سرعت_گیر", "صرعت گیر"}, {"ترکیده", "ترکیدع"},
	{"چاله", "چالع"}, {"درخواست", "درخاست"},
}

var hamzas = [][2]string{
	{"مسئول", "مسؤول"}, {"رضایی", "رضائی"}, {"بابایی", "بابائی"}, {"هیئت", "هیأت"}, {"فاطمه_الزهرا", "فاطمة الزهراء"},
	{"ائمه", "ائمة"}, {"جزئی", "جزیی"}, {"مسئله", "مسأله"}, {"الزهرا", "الزهراء"},
	{"آدمرو", "آدم_رو"}, {"امام", "إمام"}, {"تأسف", "تاسف"}, {"رئیس", "رییس"}, {"جایی", "جائی"},
	{"مسئولین", "مسؤولین"},
}

var tanvin = [][2]string{
	{"لطفا", "لطفاً"}, {"حتما", "حتماً"}, {"احتراما", "احتراماً"}, {"فورا", "فوراً"}, {"کاملا", "کاملاً"},
	{"قبلا", "قبلاً"}, {"ضمنا", "ضمناً"}, {"محله", "محلّه"}, {"اصلا", "اصلاً"}, {"تقریبا", "تقریباً"}, {"دقیقا", "دقیقاً"},
}

var stretchy = [][2]string{
	{"خیلی", "خیلییییی"}, {"لطفا", "لطفاااا"}, {"سلام", "سلاااام"}, {"چرا", "چرااا"}, {"تورو خدا", "تورو خداااا"},
	{"واقعا", "واقعاااا"}, {"ممنون", "ممنوووون"}, {"بد", "بددددد"},
}

// noisy bends a text (heavy) or an address (light) by the writer's style.
func (g *gen) noisy(s string, ns noiseStyle, heavy bool) string {
	if heavy && ns.misspell {
		s = g.replaceOne(s, misspellings)
	}
	if ns.hamza {
		s = g.replaceOne(s, hamzas)
	}
	if heavy && ns.diacritics {
		s = g.replaceOne(s, tanvin)
	}
	if heavy && ns.stretch {
		before := s
		s = g.replaceOne(s, stretchy)
		if s == before {
			s = g.stretchWord(s)
		}
	}
	if heavy && ns.tatweel {
		s = g.tatweelWord(s)
	}
	switch ns.zwnj {
	case 0:
		s = strings.ReplaceAll(s, "_", "\u200c")
	case 1:
		s = strings.ReplaceAll(s, "_", "")
	default:
		s = strings.ReplaceAll(s, "_", " ")
	}
	switch ns.yk {
	case 1:
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	case 2:
		s = strings.ReplaceAll(s, "ی", "ي")
	case 3:
		s = strings.ReplaceAll(s, "ک", "ك")
	}
	if ns.maksura {
		s = finalYe(s)
	}
	return g.digits(s, ns.digits)
}

// replaceOne applies one of the substitutions that match, at its first occurrence.
func (g *gen) replaceOne(s string, subs [][2]string) string {
	var hits []int
	for i, p := range subs {
		if strings.Contains(s, p[0]) {
			hits = append(hits, i)
		}
	}
	if len(hits) == 0 {
		return s
	}
	p := subs[hits[g.rng.IntN(len(hits))]]
	return strings.Replace(s, p[0], p[1], 1)
}

func isPersianLetter(r rune) bool { return r >= 0x0621 && r <= 0x06CC && r != 0x0640 }

// nonJoining letters do not join the letter after them.
func nonJoining(r rune) bool { return strings.ContainsRune("اآأإدذرزژوؤة", r) }

func (g *gen) words(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if isPersianLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// stretchWord repeats the last letter of a word.
func (g *gen) stretchWord(s string) string {
	ws := g.words(s)
	var long [][2]int
	for _, w := range ws {
		if len([]rune(s[w[0]:w[1]])) >= 3 {
			long = append(long, w)
		}
	}
	if len(long) == 0 {
		return s
	}
	w := long[g.rng.IntN(len(long))]
	rs := []rune(s[w[0]:w[1]])
	last := string(rs[len(rs)-1])
	return s[:w[1]] + strings.Repeat(last, 2+g.rng.IntN(4)) + s[w[1]:]
}

// tatweelWord stretches a word with kashida between two joining letters.
func (g *gen) tatweelWord(s string) string {
	for _, w := range g.words(s) {
		rs := []rune(s[w[0]:w[1]])
		if len(rs) < 4 || !g.chance(.3) {
			continue
		}
		for i := 1; i < len(rs)-1; i++ {
			if !nonJoining(rs[i-1]) && isPersianLetter(rs[i]) {
				n := 1 + g.rng.IntN(3)
				word := string(rs[:i]) + strings.Repeat("ـ", n) + string(rs[i:])
				return s[:w[0]] + word + s[w[1]:]
			}
		}
	}
	return s
}

// finalYe writes a word-final ی as ى.
func finalYe(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r == 'ی' && (i == len(rs)-1 || !isPersianLetter(rs[i+1])) && i > 0 && isPersianLetter(rs[i-1]) {
			rs[i] = 'ى'
		}
	}
	return string(rs)
}

// digits writes ASCII digits in the writer's digits.
func (g *gen) digits(s string, mode int) string {
	var b strings.Builder
	runMode := mode
	inRun := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if !inRun && mode == digMixed {
				runMode = g.rng.IntN(3)
			}
			inRun = true
			switch runMode {
			case digPersian:
				r = '۰' + (r - '0')
			case digArabic:
				r = '٠' + (r - '0')
			}
		} else {
			inRun = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
