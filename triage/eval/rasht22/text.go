package rasht22

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

// hand is how one writer types: digits, ZWNJ, keyboard. An operator has one hand all year;
// a citizen's is drawn per request.
type hand struct {
	digits  int // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed
	zwnj    int // 0 ZWNJ, 1 space, 2 joined
	arabic  bool
	citizen bool
}

func citizenHand(rng *rand.Rand) hand {
	h := hand{citizen: true}
	switch u := rng.Float64(); {
	case u < 0.5:
		h.digits = 0
	case u < 0.85:
		h.digits = 1
	case u < 0.93:
		h.digits = 2
	default:
		h.digits = 3
	}
	switch u := rng.Float64(); {
	case u < 0.4:
		h.zwnj = 0
	case u < 0.7:
		h.zwnj = 1
	default:
		h.zwnj = 2
	}
	h.arabic = rng.Float64() < 0.12
	return h
}

// operators are the 137 line's operators; each types her own way all year.
var operators = []hand{{digits: 0, zwnj: 0}, {digits: 1, zwnj: 1}, {digits: 0, zwnj: 2}, {digits: 1, zwnj: 0, arabic: true}, {digits: 0, zwnj: 1}}

var persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
var arabicDigits = []rune("٠١٢٣٤٥٦٧٨٩")

// write turns a template (ASCII digits, "~" for ZWNJ) into what the hand types.
func (h hand) write(rng *rand.Rand, s string) string {
	switch h.zwnj {
	case 0:
		s = strings.ReplaceAll(s, "~", "\u200c")
	case 1:
		s = strings.ReplaceAll(s, "~", " ")
	default:
		s = strings.ReplaceAll(s, "~", "")
	}
	var b strings.Builder
	style := h.digits
	inNum := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if !inNum && h.digits == 3 {
				style = []int{0, 1, 2}[rng.IntN(3)]
			}
			inNum = true
			switch style {
			case 0:
				r = persianDigits[r-'0']
			case 2:
				r = arabicDigits[r-'0']
			}
		} else {
			inNum = false
		}
		if h.arabic {
			switch r {
			case 'ی':
				r = 'ي'
			case 'ک':
				r = 'ك'
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// system writes as the app's own map does: Persian digits, proper ZWNJ.
var system = hand{}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}
var cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}

// number writes a street's or an alley's number the way people say it.
func number(rng *rand.Rand, n string) string {
	v, err := strconv.Atoi(n)
	if err != nil || v >= len(ordinals) {
		return n
	}
	switch u := rng.Float64(); {
	case u < 0.2:
		if v == 1 && rng.Float64() < 0.5 {
			return "یکم"
		}
		return ordinals[v]
	case u < 0.25:
		return cardinals[v]
	}
	return n
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

func streetName(rng *rand.Rand, st street, short bool) string {
	if st.kind == "بلوار" {
		if rng.Float64() < 0.2 {
			return "بلوار اصلی"
		}
		return "بلوار " + st.name
	}
	if _, err := strconv.Atoi(st.name); err != nil {
		switch u := rng.Float64(); {
		case u < 0.2:
			return strings.TrimPrefix(st.name, "شهید ")
		case u < 0.35 || short:
			return "خ " + st.name
		}
		return "خیابان " + st.name
	}
	switch u := rng.Float64(); {
	case short || u < 0.2:
		return pick(rng, []string{"خ ", "خ.", "خ"}) + st.name
	case u < 0.3:
		return "خیابان " + number(rng, st.name)
	}
	return "خیابان " + number(rng, st.name)
}

func alleyName(rng *rand.Rand, al alley, short bool) string {
	if _, err := strconv.Atoi(al.name); err != nil {
		return al.kind + " " + al.name
	}
	if short {
		if al.kind == "کوچه" {
			return pick(rng, []string{"ک ", "ک.", "ک"}) + al.name
		}
		return "بن~بست " + al.name
	}
	if rng.Float64() < 0.05 {
		return al.kind + " شماره " + al.name
	}
	return al.kind + " " + number(rng, al.name)
}

var relations = []string{"روبروی", "جنب", "کنار", "نزدیک", "پشت", "روبروی", "جنب"}

// address writes a spot as a person gives it: order, abbreviation, number words, landmark.
// A town-wide spot is written as the caller's own street in that town.
func address(rng *rand.Rand, t town, s spot) string {
	tn := pick(rng, t.written)
	if s.park >= 0 {
		p := t.parks[s.park]
		switch u := rng.Float64(); {
		case u < 0.3:
			return p
		case u < 0.6:
			return tn + "، " + p
		case u < 0.8:
			return tn + "، داخل " + p
		}
		return tn + " " + streetName(rng, t.streets[0], false) + " " + p
	}
	si, ai, block := s.street, s.alley, s.block
	if si < 0 { // a town-wide problem: the caller's own street
		si = rng.IntN(len(t.streets))
		ai = -1
		if rng.Float64() < 0.6 {
			ai = rng.IntN(len(t.streets[si].alleys))
		}
	}
	st := t.streets[si]
	short := rng.Float64() < 0.15
	sn := streetName(rng, st, short)
	var parts []string
	if s.mark >= 0 && rng.Float64() < 0.6 {
		m := pick(rng, relations) + " " + t.marks[s.mark].name
		switch u := rng.Float64(); {
		case u < 0.35:
			return tn + "، " + sn + "، " + m
		case u < 0.55:
			return tn + "، " + m
		case u < 0.7 && ai >= 0:
			return sn + "، " + alleyName(rng, st.alleys[ai], short) + "، " + m
		}
		return m + " " + sn + " " + tn
	}
	if ai >= 0 {
		an := alleyName(rng, st.alleys[ai], short)
		switch u := rng.Float64(); {
		case u < 0.4:
			parts = []string{tn + "، " + sn + "، " + an}
		case u < 0.55:
			parts = []string{tn + " " + sn + " " + an}
		case u < 0.7:
			bare := st.name
			if st.kind == "بلوار" {
				bare = sn
			}
			if short { // «گلسار 124 ک 12»
				parts = []string{tn + " " + bare + " " + an}
			} else { // «کوچه دوازدهم 124 گلسار»
				parts = []string{an + " " + bare + " " + tn}
			}
		case u < 0.82:
			parts = []string{sn + "، " + an}
		case u < 0.92:
			parts = []string{"رشت، " + tn + "، " + sn + "، " + an}
		default:
			parts = []string{tn + "، " + sn + "، " + pick(rng, []string{"انتهای ", "اول ", "وسط ", "ته "}) + an}
		}
		if rng.Float64() < 0.15 {
			parts = append(parts, "پلاک "+fmt.Sprint(1+rng.IntN(60)))
		}
		return strings.Join(parts, "، ")
	}
	if block < 0 || block >= len(st.alleys) {
		block = 0
	}
	near := alleyName(rng, st.alleys[block], short)
	switch u := rng.Float64(); {
	case u < 0.3:
		return tn + "، " + sn + "، نبش " + near
	case u < 0.5:
		return tn + "، " + sn + "، روبروی " + near
	case u < 0.6 && block+1 < len(st.alleys):
		return tn + "، " + sn + "، بین " + near + " و " + alleyName(rng, st.alleys[block+1], false)
	case u < 0.75:
		return tn + "، " + sn
	case u < 0.85:
		return sn + " " + tn + " " + pick(rng, []string{"بعد از ", "قبل از ", "نرسیده به "}) + near
	}
	return "رشت، " + tn + "، " + sn
}

// geocoded is the address the app fills from the pin: a street, sometimes the next one.
func geocoded(rng *rand.Rand, t town, s spot) string {
	si := s.street
	if si < 0 || s.park >= 0 {
		si = rng.IntN(len(t.streets))
	}
	if rng.Float64() < 0.15 && si+1 < len(t.streets) {
		si++
	}
	st := t.streets[si]
	name := "خیابان " + st.name
	if st.kind == "بلوار" {
		name = "بلوار " + st.name
	}
	return "رشت، " + t.name + "، " + name
}

// finglishAddress is a place in Latin letters, as some young people type it.
func finglishAddress(rng *rand.Rand, t town, s spot) string {
	if s.street < 0 || s.park >= 0 {
		return t.finglish
	}
	st := t.streets[s.street]
	sn := "khiaban " + st.name
	if _, err := strconv.Atoi(st.name); err != nil {
		sn = "kh " + latinName(st.name)
	}
	if st.kind == "بلوار" {
		sn = "bolvar"
	}
	if s.alley < 0 {
		return t.finglish + " " + sn
	}
	al := st.alleys[s.alley]
	an := "kooche " + al.name
	if _, err := strconv.Atoi(al.name); err != nil {
		an = "kooche " + latinName(al.name)
	}
	if rng.Float64() < 0.5 {
		return an + " " + sn + " " + t.finglish
	}
	return t.finglish + " " + sn + " " + an
}

var latinNames = map[string]string{"یاس": "yas", "نرگس": "narges", "شقایق": "shaghayegh", "لاله": "laleh",
	"مریم": "maryam", "بنفشه": "banafshe", "صنوبر": "sanobar", "گلها": "golha", "سرو": "sarv",
	"ارغوان": "arghavan", "نسترن": "nastaran", "گلستان": "golestan", "معلم": "moalem", "اقاقیا": "aghaghia", "بهار": "bahar",
	"شهید مطهری": "motahari", "شهید رجایی": "rajaei", "شهید بهشتی": "beheshti", "شهید نوری": "noori", "شهید چمران": "chamran",
	"شهید باکری": "bakeri", "امام رضا": "emam reza", "شهید حسینی": "shahid hoseini", "شهید رضایی": "shahid rezaei", "شهید کریمی": "shahid karimi"}

func latinName(s string) string {
	if l, ok := latinNames[s]; ok {
		return l
	}
	return "shahid"
}

var (
	greetings = []string{"سلام", "سلام وقت بخیر", "با سلام", "سلام خسته نباشید", "درود"}
	closers   = []string{"لطفا رسیدگی کنید", "ممنون", "لطفا پیگیری کنید", "با تشکر", "خواهشا زودتر",
		"مرسی", "چند بار زنگ زدیم کسی نیومد", "رسیدگی کنید لطفا", "تروخدا یه کاری کنید", "بچه~ها اذیت میشن"}
	fillers = []string{"واقعا ", "آقا ", "خیلی وقته ", "بازم ", "دیگه واقعا "}
)

var confusable = [][2]rune{{'س', 'ص'}, {'ز', 'ذ'}, {'ت', 'ط'}, {'ه', 'ح'}, {'ق', 'غ'}, {'آ', 'ا'}, {'ز', 'ض'}, {'ی', 'ئ'}}

// misspell changes one letter of one longer word, as fast thumbs do.
func misspell(rng *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	for try := 0; try < 6; try++ {
		i := rng.IntN(len(words))
		w := []rune(words[i])
		if len(w) < 4 {
			continue
		}
		j := 1 + rng.IntN(len(w)-2)
		switch rng.IntN(3) {
		case 0: // a neighbouring letter dropped
			w = append(w[:j], w[j+1:]...)
		case 1: // a letter doubled
			w = append(w[:j+1], w[j:]...)
		default:
			for _, c := range confusable {
				if w[j] == c[0] {
					w[j] = c[1]
					break
				} else if w[j] == c[1] {
					w[j] = c[0]
					break
				}
			}
		}
		words[i] = string(w)
		return strings.Join(words, " ")
	}
	return s
}

// stretch repeats a letter for emphasis: «خیلییییی», «لطفاااا».
func stretch(rng *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "لطفا", "چرا", "تروخدا", "اصلا", "شدید", "بده"} {
		if i := strings.Index(s, w); i >= 0 {
			last, size := utf8.DecodeLastRuneInString(w)
			_ = size
			return s[:i] + w + strings.Repeat(string(last), 2+rng.IntN(5)) + s[i+len(w):]
		}
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		return s
	}
	w := words[len(words)-1]
	last, _ := utf8.DecodeLastRuneInString(w)
	switch {
	case last == '؟' || last == '!' || last == '.':
		return s + strings.Repeat(string(last), 2+rng.IntN(3))
	case last >= 'آ' && last <= 'ی': // a letter, never a digit of a plate
		return s + strings.Repeat(string(last), 2+rng.IntN(4))
	}
	return s
}
