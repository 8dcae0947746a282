package rasht31

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

const zwnj = "\u200c"

// digitStyle is how a writer types numbers.
type digitStyle int

const (
	digitsPersian digitStyle = iota
	digitsLatin
	digitsArabic
)

func (d digitStyle) num(n int) string {
	s := strconv.Itoa(n)
	var zero rune
	switch d {
	case digitsPersian:
		zero = '۰'
	case digitsArabic:
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

// ordinal is the number word an alley is called by: دوم، دوازدهم، بیست و یکم.
func ordinal(n int) string {
	ones := []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"}
	teens := []string{"ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
	tens := []string{"", "", "بیست", "سی", "چهل"}
	var w string
	switch {
	case n == 1:
		return "اول"
	case n < 10:
		w = ones[n]
	case n < 20:
		w = teens[n-10]
	default:
		w = tens[n/10]
		if n%10 != 0 {
			w += " و " + ones[n%10]
		}
	}
	switch {
	case strings.HasSuffix(w, "سه"):
		return strings.TrimSuffix(w, "سه") + "سوم"
	case strings.HasSuffix(w, "سی"):
		return w + zwnj + "ام"
	}
	return w + "م"
}

// writer is one person's habits for one request.
type writer struct {
	digits   digitStyle
	arabic   bool   // old keyboard: ي and ك
	zwnjMode int    // 0 keep, 1 drop, 2 space
	abbrev   bool   // «خ» for خیابان, «ک» for کوچه
	rel      string // how they place a landmark: «روبروی», «جنب», ... the same within a request
}

var landmarkRelations = []string{"روبروی", "جنب", "کنار", "نبش", "نرسیده به", "بعد از", "پشت"}

// finish applies the writer's keyboard habits to a whole field.
func (w writer) finish(s string) string {
	switch w.zwnjMode {
	case 1:
		s = strings.ReplaceAll(s, zwnj, "")
	case 2:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if w.arabic {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	return s
}

// alleyName is how this writer names the alley: a number, a number word, or its name.
func alleyName(r *rand.Rand, w writer, s spot) string {
	str := hoods[s.hood].streets[s.street]
	if s.alley <= len(str.named) && r.Float64() < 0.7 {
		// The first few alleys are known by a name: a clerk sees both forms over a year.
		return str.named[s.alley-1]
	}
	if r.Float64() < 0.22 {
		return ordinal(s.alley)
	}
	return w.digits.num(s.alley)
}

// placePhrase writes the spot as this writer would, in one of the many ways of Rasht.
func placePhrase(r *rand.Rand, w writer, s spot, withHood bool) string {
	h := hoods[s.hood]
	str := h.streets[s.street]
	kind := str.kind
	alleyWord := "کوچه"
	if w.abbrev {
		kind = map[string]string{"خیابان": "خ", "بلوار": "بل", "جاده": "جاده"}[kind]
		alleyWord = "ک"
	} else if r.Float64() < 0.15 {
		alleyWord = "بن" + zwnj + "بست"
	}
	streetPart := kind + " " + str.name
	if str.name == h.name && r.Float64() < 0.5 {
		streetPart = str.name // «ضیابری» for خیابان ضیابری
	}
	var parts []string
	if withHood && str.name != h.name {
		parts = append(parts, h.name)
	}
	switch {
	case s.alley > 0:
		a := alleyName(r, w, s)
		switch r.IntN(5) {
		case 0: // کوچه دوازدهم ضیابری
			parts = append(parts, alleyWord+" "+a+" "+streetPart)
		case 1: // «پاستور ۱۲»: the number straight after the street, the short form
			if a == w.digits.num(s.alley) {
				parts = append(parts, streetPart+" "+a)
			} else {
				parts = append(parts, streetPart, alleyWord+" "+a)
			}
		default:
			parts = append(parts, streetPart, alleyWord+" "+a)
		}
		if r.Float64() < 0.12 {
			parts = append(parts, pick(r, []string{"انتهای کوچه", "اول کوچه", "وسط کوچه", "ته کوچه"}))
		}
		if r.Float64() < 0.1 {
			parts = append(parts, "پلاک "+w.digits.num(1+r.IntN(60)))
		}
	case s.landmark >= 0:
		lm := str.landmarks[s.landmark]
		rel := w.rel
		if rel == "" {
			rel = pick(r, landmarkRelations)
		}
		parts = append(parts, streetPart, rel+" "+lm)
	default:
		parts = append(parts, streetPart)
		if r.Float64() < 0.4 {
			parts = append(parts, pick(r, []string{"کل خیابان", "از اول تا آخر خیابان", "حد فاصل میدان تا پل"}))
		}
	}
	sep := "، "
	if w.abbrev || r.Float64() < 0.4 {
		sep = " "
	} else if r.Float64() < 0.3 {
		sep = " - "
	}
	return strings.Join(parts, sep)
}

// latinPlace is a Finglish place: «kooche 12 ziabari».
func latinPlace(r *rand.Rand, s spot) string {
	h := hoods[s.hood]
	str := h.streets[s.street]
	switch {
	case s.alley > 0:
		k := pick(r, []string{"kooche", "koche", "k"})
		if r.Float64() < 0.5 {
			return k + " " + strconv.Itoa(s.alley) + " " + str.latin
		}
		return str.latin + " " + k + " " + strconv.Itoa(s.alley)
	case s.landmark >= 0 && r.Float64() < 0.5:
		return str.latin // a landmark is not typed in Latin letters: the street alone
	}
	return "khiaban " + str.latin
}

var misspellings = [][2]string{
	{"آسفالت", "اسفالت"}, {"خیابون", "خیابن"}, {"فاضلاب", "فاظلاب"}, {"جمع‌آوری", "جمع اوری"},
	{"درخواست", "درخاست"}, {"لطفا", "لطفن"}, {"ولگرد", "ولگر"}, {"زباله", "زباله"}, {"نخاله", "نقاله"},
	{"روشنایی", "روشنائی"}, {"پیاده‌رو", "پیادرو"}, {"سرعتگیر", "سرعت گیر"}, {"مخابرات", "مخابراط"},
	{"خراب", "خراپ"}, {"رسیدگی", "رسیگی"}, {"آشغال", "آشقال"}, {"کوچه", "کوجه"}, {"چاله", "چال"},
}

// misspell makes one typing mistake if the text offers one.
func misspell(r *rand.Rand, s string) string {
	start := r.IntN(len(misspellings))
	for i := range misspellings {
		m := misspellings[(start+i)%len(misspellings)]
		if m[0] != m[1] && strings.Contains(s, m[0]) {
			return strings.Replace(s, m[0], m[1], 1)
		}
	}
	return s
}

var stretchable = []string{"خیلی", "تاریک", "بو", "داغون", "خراب", "پره", "کثیفه", "لطفا"}

// stretch repeats a letter as an angry caption does: «خیلییییی».
func stretch(r *rand.Rand, s string) string {
	for _, w := range stretchable {
		if i := strings.Index(s, w); i >= 0 {
			rs := []rune(w)
			last := string(rs[len(rs)-1])
			return s[:i] + w + strings.Repeat(last, 2+r.IntN(5)) + s[i+len(w):]
		}
	}
	return s + strings.Repeat("!", 2+r.IntN(4))
}
