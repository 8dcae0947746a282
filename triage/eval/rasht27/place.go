package rasht27

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var landmarkPrepositions = []string{"نبش", "روبروی", "جنب", "کنار", "بعد از", "قبل از", "پشت", "نرسیده به", "روبه روی"}

// digitStyle is how a writer types digits.
type digitStyle int

const (
	latinDigits digitStyle = iota
	persianDigits
	arabicDigits
)

func (d digitStyle) num(n int) string {
	s := fmt.Sprint(n)
	switch d {
	case persianDigits:
		return mapDigits(s, '۰')
	case arabicDigits:
		return mapDigits(s, '٠')
	}
	return s
}

func mapDigits(s string, zero rune) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = zero + (r - '0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// placeWriter renders a spot the way one writer would.
type placeWriter struct {
	rng    *rand.Rand
	digits digitStyle
	terse  bool // «خ» and «ک» for خیابان and کوچه
	spoken bool // a citizen: «خیابون»
}

func (p placeWriter) pick(xs ...string) string { return xs[p.rng.IntN(len(xs))] }

func (p placeWriter) streetName(s *street) string {
	if s.num > 0 {
		n := p.digits.num(s.num)
		switch r := p.rng.Float64(); {
		case p.terse && r < 0.5:
			return p.pick("خ ", "خ.", "خ") + n
		case r < 0.55, r < 0.95:
			return "خیابان " + n
		case r < 0.8:
			return n
		case r < 0.95 && p.spoken:
			return "خیابون " + n
		default:
			return "خیابان " + n + " گلسار"
		}
	}
	if p.terse && s.kind == "خیابان" && p.rng.Float64() < 0.4 {
		return "خ " + s.name
	}
	if s.kind == "بلوار" && p.rng.Float64() < 0.15 {
		return "بلوار " + s.name
	}
	if s.kind == "خیابان" && p.rng.Float64() < 0.25 {
		return s.name
	}
	return s.kind + " " + s.name
}

func (p placeWriter) alleyName(a *alley) string {
	head := "کوچه"
	if a.dead && p.rng.Float64() < 0.6 {
		head = p.pick("بن بست", "بن‌بست", "بنبست")
	} else if p.terse && p.rng.Float64() < 0.5 {
		head = p.pick("ک ", "ک.", "ک")
	}
	if a.name != "" {
		name := a.name
		if strings.HasPrefix(name, "شهید ") && p.rng.Float64() < 0.35 {
			name = strings.TrimPrefix(name, "شهید ")
		}
		if strings.HasSuffix(head, "ک") || strings.HasSuffix(head, ".") {
			return strings.TrimSpace(head) + " " + name
		}
		return strings.TrimSpace(head) + " " + name
	}
	r := p.rng.Float64()
	if r < 0.22 && a.num < len(ordinals) {
		return strings.TrimSpace(head) + " " + ordinals[a.num]
	}
	if r < 0.27 {
		return strings.TrimSpace(head) + " شماره " + p.digits.num(a.num)
	}
	sep := " "
	if strings.HasSuffix(head, ".") || (strings.TrimSpace(head) == "ک" && p.rng.Float64() < 0.5) {
		sep = ""
	}
	return strings.TrimSpace(head) + sep + p.digits.num(a.num)
}

func (p placeWriter) landmarkPhrase(l *landmark) string {
	return p.pick(landmarkPrepositions...) + " " + l.name
}

// full is the whole address in one of the many orders people use; withHood adds the
// neighbourhood. The spot's landmark, alley and plate appear when it has them.
func (p placeWriter) full(sp spot, withHood bool) string {
	hood := sp.hood.name
	st := p.streetName(sp.st)
	if sp.st.kind == "بلوار" && sp.st.name == sp.hood.shortName() {
		hood = ""
	}
	if !withHood || strings.Contains(st, hood) {
		hood = ""
	}
	var parts []string
	al := ""
	if sp.alley != nil {
		al = p.alleyName(sp.alley)
	}
	order := p.rng.IntN(5)
	if al != "" && sp.st.num > 0 && order == 4 {
		// «کوچه دوازدهم ۱۲۴ گلسار»: the alley before its avenue, no word for «خیابان»
		parts = []string{al, p.digits.num(sp.st.num), hood}
	} else if order == 3 && hood != "" {
		parts = []string{st, al, hood}
	} else {
		parts = []string{hood, st, al}
	}
	if sp.lm != nil {
		parts = append(parts, p.landmarkPhrase(sp.lm))
	} else if sp.alley == nil && len(sp.st.landmarks) > 0 && p.rng.Float64() < 0.35 {
		parts = append(parts, p.landmarkPhrase(&sp.st.landmarks[p.rng.IntN(len(sp.st.landmarks))]))
	}
	if sp.plate > 0 && p.rng.Float64() < 0.7 {
		parts = append(parts, p.pick("پلاک ", "پ ", "پلاک", "پ.")+p.digits.num(sp.plate))
	}
	sep := p.pick("، ", " ", " - ", "، ", "- ", " ،")
	if p.terse && p.rng.Float64() < 0.5 {
		sep = " "
	}
	return joinNonEmpty(parts, sep)
}

// shortName is the neighbourhood's name without «بلوار»; a helper so a boulevard named like its
// neighbourhood («بلوار گیلان») is not written twice.
func (n *neighbourhood) shortName() string { return strings.TrimPrefix(n.name, "بلوار ") }

// geocoded is the address the app fills from the pin: the street, never the alley.
func (p placeWriter) geocoded(sp spot) string {
	st := sp.st.kind + " " + sp.st.name
	if sp.st.num > 0 {
		// the map service writes Persian digits
		st = "خیابان " + persianDigits.num(sp.st.num)
	}
	hood := sp.hood.name
	if strings.Contains(st, sp.hood.shortName()) {
		hood = ""
	}
	return joinNonEmpty([]string{p.pick("استان گیلان، رشت", "رشت", "گیلان، رشت"), hood, st}, "، ")
}

// finglish is the place typed in Latin letters.
func (p placeWriter) finglish(sp spot) string {
	parts := []string{sp.hood.finglish}
	if sp.st.num > 0 {
		parts = append(parts, p.pick("", "kh ", "khiaban ")+fmt.Sprint(sp.st.num))
	} else if sp.st.kind == "بلوار" && sp.hood.finglish != "bolvar gilan" && translit(sp.st.name) != "" {
		parts = append(parts, "bolvar "+translit(sp.st.name))
	}
	if sp.alley != nil {
		if sp.alley.name != "" {
			if t := translit(sp.alley.name); t != "" {
				parts = append(parts, p.pick("kooche ", "koche ", "k ")+t)
			}
		} else {
			parts = append(parts, p.pick("kooche ", "koche ", "k", "kuche ")+fmt.Sprint(sp.alley.num))
		}
	}
	return strings.Join(parts, " ")
}

var translits = map[string]string{"شهید": "shahid", "رضایی": "rezaei", "لاله": "lale", "نسترن": "nastaran",
	"بهشتی": "beheshti", "یاس": "yas", "شقایق": "shaghayegh", "مطهری": "motahari", "گلستان": "golestan",
	"چمران": "chamran", "بهار": "bahar", "مریم": "maryam", "رجایی": "rajaei", "نرگس": "narges", "صنوبر": "sanobar",
	"باهنر": "bahonar", "ارغوان": "arghavan", "امید": "omid", "صدوقی": "sadooghi", "سپیدار": "sepidar",
	"پروین": "parvin", "آزادی": "azadi", "انصاری": "ansari", "فجر": "fajr", "میلاد": "milad", "گلسار": "golsar",
	"سمیه": "somaye", "دیلمان": "deylaman", "گیلان": "gilan"}

func translit(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		if t, ok := translits[w]; ok {
			out = append(out, t)
		} else {
			return ""
		}
	}
	return strings.Join(out, " ")
}

func joinNonEmpty(parts []string, sep string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// areaPlace is how an area problem (a power or water cut) is located: the neighbourhood,
// often the street, never an alley.
func (p placeWriter) areaPlace(sp spot) string {
	switch r := p.rng.Float64(); {
	case r < 0.35:
		return sp.hood.name
	case r < 0.5 && len(sp.st.landmarks) > 0:
		hood := sp.hood.name
		if strings.Contains(hood, sp.st.name) {
			hood = ""
		}
		return joinNonEmpty([]string{hood, p.streetName(sp.st), p.landmarkPhrase(&sp.st.landmarks[0])}, "، ")
	default:
		st := p.streetName(sp.st)
		if strings.Contains(sp.hood.name, sp.st.name) && sp.st.kind == "بلوار" {
			return st
		}
		return joinNonEmpty([]string{sp.hood.name, st}, p.pick("، ", " "))
	}
}
