package rasht12

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

// place is where an issue is. Exactly one of al, mk, pk is set for an alley, a landmark or
// a park; none of them for a stretch of street (st) or a whole neighbourhood (st nil).
type place struct {
	h  *hood
	st *street
	al *alley
	mk *mark
	pk *park
	// near names a stretch of street by the alley beside it; nil for other places.
	near *alley
	lat  float64
	lon  float64
}

// word is what a citizen calls the place in «{w}».
func (p place) word() string {
	switch {
	case p.al != nil:
		return "کوچه"
	case p.pk != nil:
		return "پارک"
	case p.st != nil:
		return p.st.kind
	}
	return "محله"
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم",
	"دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم", "بیست و یکم",
	"بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم"}

var numberWords = []string{"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده",
	"دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست", "بیست و یک",
	"بیست و دو", "بیست و سه", "بیست و چهار", "بیست و پنج", "بیست و شش"}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// streetName writes a street as people do: «خیابان ۱۲۴», «خ 124», «۱۲۴», «بلوار گیلان», «ب. گیلان».
func streetName(r *rand.Rand, st *street, bare bool) string {
	name := st.name
	if bare || chance(r, 0.12) {
		return name
	}
	abbr := map[string][]string{"خیابان": {"خیابان", "خیابان", "خیابان", "خ", "خ.", "خ "}, "بلوار": {"بلوار", "بلوار", "ب.", "بلوار"}}[st.kind]
	k := pick(r, abbr)
	if strings.HasSuffix(k, " ") || strings.HasSuffix(k, ".") {
		return k + name
	}
	return k + " " + name
}

// alleyName writes an alley: «کوچه 12», «ک ۱۲», «کوچه دوازدهم», «کوچه‌ی لاله», «بن‌بست مریم», «بنبست سوم».
func alleyName(r *rand.Rand, al *alley, voice bool) string {
	if al.dead {
		kw := pick(r, []string{"بن‌بست", "بن‌بست", "بنبست", "بن بست", "بن‌بست"})
		if al.num > 0 {
			switch {
			case voice || chance(r, 0.3):
				return kw + " " + ordinals[al.num]
			default:
				return kw + " " + strconv.Itoa(al.num)
			}
		}
		return kw + " " + al.name
	}
	kw := pick(r, []string{"کوچه", "کوچه", "کوچه", "ک", "کوچه‌ی", "کوچه ی", "ک."})
	if voice {
		kw = "کوچه"
	}
	sep := " "
	if kw == "ک." {
		sep = ""
	}
	if al.num > 0 {
		switch {
		case voice && chance(r, 0.6):
			return kw + " " + numberWords[min(al.num, len(numberWords)-1)]
		case al.num < len(ordinals) && chance(r, 0.3):
			return kw + " " + ordinals[al.num]
		case chance(r, 0.1):
			return kw + " شماره " + strconv.Itoa(al.num)
		}
		return kw + sep + strconv.Itoa(al.num)
	}
	name := al.name
	if strings.HasPrefix(name, "شهید ") && chance(r, 0.35) {
		name = strings.TrimPrefix(name, "شهید ")
	}
	return kw + sep + name
}

func hoodName(r *rand.Rand, h *hood) string {
	a := pick(r, h.aliases)
	if isLatin(a) {
		return h.name
	}
	return a
}

var landmarkPreps = []string{"روبروی", "روبروی", "جنب", "کنار", "نبش", "نرسیده به", "بعد از", "پشت", "بغل", "سر کوچه"}

// address writes a place in one of the many ways a clerk sees it. full adds what a
// careful operator adds: the city, the district, a plate, a unit, a postcode.
func address(r *rand.Rand, p place, full bool) string {
	var parts []string
	switch {
	case p.al != nil:
		st, al := p.st, p.al
		switch r.IntN(7) {
		case 0: // «کوچه دوازدهم ۱۲۴ گلسار»
			if st.num > 0 {
				return alleyName(r, al, false) + " " + st.name + " " + hoodName(r, p.h)
			}
			return alleyName(r, al, false) + " " + streetName(r, st, false) + " " + hoodName(r, p.h)
		case 1: // «گلسار 124 ک 12»
			return hoodName(r, p.h) + " " + streetName(r, st, st.num > 0) + " " + alleyName(r, al, false)
		case 2: // «خیابان ۱۲۴ نبش کوچه ۱۲»
			return streetName(r, st, false) + pick(r, []string{" نبش ", " - ", "، ", " ", " داخل "}) + alleyName(r, al, false)
		default:
			parts = append(parts, hoodName(r, p.h), streetName(r, st, false), alleyName(r, al, false))
		}
	case p.mk != nil:
		if chance(r, 0.3) {
			return pick(r, landmarkPreps) + " " + p.mk.name + pick(r, []string{"", "", " " + streetName(r, p.st, false), "، " + hoodName(r, p.h)})
		}
		parts = append(parts, hoodName(r, p.h), streetName(r, p.st, false), pick(r, landmarkPreps)+" "+p.mk.name)
	case p.pk != nil:
		if chance(r, 0.5) {
			return p.pk.name
		}
		parts = append(parts, hoodName(r, p.h), pick(r, []string{"داخل ", "", "ورودی "})+p.pk.name)
	case p.st != nil:
		parts = append(parts, hoodName(r, p.h), streetName(r, p.st, false))
		if p.near != nil && chance(r, 0.6) {
			parts = append(parts, pick(r, []string{"نرسیده به ", "نبش ", "روبروی ", "بعد از "})+alleyName(r, p.near, false))
		}
	default:
		parts = append(parts, pick(r, []string{"محله ", "", "شهرک "})+hoodName(r, p.h))
	}
	if full {
		if chance(r, 0.6) {
			parts = append([]string{pick(r, []string{"رشت", "رشت، منطقه 3", "گیلان، رشت", "رشت - منطقه سه"})}, parts...)
		}
		if p.al != nil && chance(r, 0.5) {
			parts = append(parts, "پلاک "+strconv.Itoa(1+r.IntN(60)))
			if chance(r, 0.3) {
				parts = append(parts, pick(r, []string{"واحد ", "طبقه ", "زنگ "})+strconv.Itoa(1+r.IntN(6)))
			}
		}
		if chance(r, 0.08) {
			parts = append(parts, "کدپستی "+postcode(r))
		}
		if chance(r, 0.06) {
			parts = append(parts, "تلفن "+mobile(r))
		}
	}
	sep := pick(r, []string{"، ", "، ", " ، ", " - ", ", ", " "})
	return strings.Join(parts, sep)
}

func postcode(r *rand.Rand) string {
	return "4" + strconv.Itoa(1000000000 + r.IntN(899999999))[1:]
}

func mobile(r *rand.Rand) string {
	return "091" + strconv.Itoa(10000000+r.IntN(89999999))
}

// finglishPlace writes a place in Latin letters, as a citizen typing on an English keyboard.
func finglishPlace(r *rand.Rand, p place) string {
	h := p.h.aliases[len(p.h.aliases)-1]
	var b []string
	if chance(r, 0.7) {
		b = append(b, h)
	}
	if p.st != nil {
		if p.st.num > 0 {
			b = append(b, pick(r, []string{"kh ", "khiaboon ", "khiyaban ", ""})+strconv.Itoa(p.st.num))
		} else {
			b = append(b, pick(r, []string{"kh ", "khiabane ", "kh. "})+p.st.name)
		}
	}
	if p.al != nil {
		if p.al.num > 0 {
			kw := "kooche "
			if p.al.dead {
				kw = "bonbast "
			}
			b = append(b, pick(r, []string{kw, "k ", kw})+strconv.Itoa(p.al.num))
		} else {
			b = append(b, "kooche "+p.al.name)
		}
	}
	if p.pk != nil {
		b = append(b, p.pk.name)
	}
	return strings.Join(b, " ")
}

func isLatin(s string) bool {
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// digits rewrites ASCII digits as Persian (۱۲۴) or Arabic-Indic (١٢٤) ones.
func digits(s string, style int) string {
	if style == 0 {
		return s
	}
	base := '۰'
	if style == 2 {
		base = '٠'
	}
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(base + c - '0')
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// arabicLetters is what an Arabic keyboard layout does: ي and ك for ی and ک.
func arabicLetters(s string) string {
	return strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
}

// zwnj drops the half-space or makes it a full one, as most phone keyboards do.
func zwnj(r *rand.Rand, s string) string {
	if chance(r, 0.5) {
		return strings.ReplaceAll(s, "\u200c", "")
	}
	return strings.ReplaceAll(s, "\u200c", " ")
}

// stretch repeats the last letter of one word: «خیلییییی», «بدههههه».
func stretch(r *rand.Rand, s string) string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return s
	}
	i := r.IntN(len(words))
	w := words[i]
	last, _ := utf8.DecodeLastRuneInString(w)
	if last == utf8.RuneError || !isPersianLetter(last) {
		return s
	}
	words[i] = w + strings.Repeat(string(last), 2+r.IntN(5))
	return strings.Join(words, " ")
}

func isPersianLetter(c rune) bool { return c >= 0x0621 && c <= 0x06CC }

// homophones are the spellings people (and speech recognisers) mix up.
var homophones = [][2]string{{"زباله", "ذباله"}, {"سد معبر", "صد معبر"}, {"خواهش", "خاهش"}, {"حیاط", "حیات"},
	{"اصلا", "اصن"}, {"قطع", "غطع"}, {"خاموش", "خاموووش"}, {"آسفالت", "اسفالت"}, {"چاله", "چاله‌ی"},
	{"فاضلاب", "فاظلاب"}, {"مخزن", "مخذن"}, {"درخت", "درحت"}, {"گذاشته", "گزاشته"}, {"پیاده‌رو", "پیاده رو"},
	{"سرعت‌گیر", "سرعتگیر"}, {"هرس", "حرس"}, {"منهول", "منحول"}, {"ترانشه", "ترانچه"}, {"ولگرد", "ول گرد"}}

// typo puts in one mistake: a homophone, two swapped letters, or a lost letter.
func typo(r *rand.Rand, s string) string {
	for _, i := range r.Perm(len(homophones)) {
		h := homophones[i]
		if strings.Contains(s, h[0]) && chance(r, 0.5) {
			return strings.Replace(s, h[0], h[1], 1)
		}
	}
	words := strings.Fields(s)
	for tries := 0; tries < 4 && len(words) > 0; tries++ {
		i := r.IntN(len(words))
		rs := []rune(words[i])
		if len(rs) < 4 || !isPersianLetter(rs[1]) || !isPersianLetter(rs[2]) {
			continue
		}
		j := 1 + r.IntN(len(rs)-2)
		if chance(r, 0.5) {
			rs[j], rs[j+1] = rs[j+1], rs[j]
		} else {
			rs = append(rs[:j], rs[j+1:]...)
		}
		words[i] = string(rs)
		return strings.Join(words, " ")
	}
	return s
}

// voice is what speech-to-text makes of a sentence: words run together or split, no
// punctuation, numbers as words, an «ه» heard as «ه» or lost.
func voice(r *rand.Rand, s string) string {
	for _, h := range homophones {
		if strings.Contains(s, h[0]) && chance(r, 0.3) {
			s = strings.Replace(s, h[0], h[1], 1)
		}
	}
	s = strings.NewReplacer("،", "", ".", "", "!", "", "؟", "", "\u200c", " ").Replace(s)
	words := strings.Fields(s)
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case i+1 < len(words) && chance(r, 0.12):
			out = append(out, w+words[i+1])
			i++
		case utf8.RuneCountInString(w) > 5 && chance(r, 0.08):
			rs := []rune(w)
			k := 2 + r.IntN(len(rs)-3)
			out = append(out, string(rs[:k]), string(rs[k:]))
		default:
			if n, err := strconv.Atoi(w); err == nil && n < len(numberWords) && chance(r, 0.7) {
				w = numberWords[n]
			}
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

var emojis = []string{"😡", "🤬", "😤", "🙏", "👆", "📷", "😢", "🤢", "⚠️", "👎", "😞", "‼️", "🙏🙏", "😡😡😡", "💔"}

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "باسلام", "سلام علیکم", "درود"}

var asks = []string{"لطفا رسیدگی کنید", "لطفا پیگیری بفرمایید", "ممنون میشم رسیدگی کنید", "تو رو خدا یه کاری بکنید",
	"خواهشمندیم اقدام فرمایید", "دستتون درد نکنه", "مرسی 🙏", "رسیدگی شود", "کی درست میشه؟", "یکی بیاد ببینه", "ممنون"}

var complaints = []string{"چند بار زنگ زدیم کسی نیومد", "هیچکس جواب نمیده", "واقعا خسته شدیم", "عوارض میدیم برای چی؟",
	"بچه‌ها اذیت میشن", "سالمندا نمیتونن رد بشن", "تا کی باید تحمل کنیم", "مسئولین کجان؟", "شهردار محترم ببینه"}

var captions = []string{"اینجا رو ببینید", "چند ماهه همینه", "این وضعیته", "عکس رو ببینید", "ببینید تورو خدا", "باز هم همین",
	"اینم از محله ما", "دست مریزاد به مسئولین", "اینجا", "هنوز درست نشده", "همینطوری مونده", "رسیدگی کنید"}

var durations = []string{"یک هفته", "ده روز", "دو هفته", "یک ماه", "دو ماه", "چند ماه", "سه روز", "از عید", "از اول مهر", "مدت‌ها", "چند روز"}

// gilaki are a few Gilaki turns a Rasht caller uses with an operator who writes them down as said.
var gilaki = []string{"امی کوچه", "خیلی بد ایسه", "چی بوکونیم؟", "بیدینید", "ایپچه رسیدگی بوکونید", "وارش که بامو"}

func fill(r *rand.Rand, s string, p place) string {
	return strings.NewReplacer("{w}", p.word(), "{d}", pick(r, durations)).Replace(s)
}
