package rasht7

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

const zwnj = "\u200c"

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }

var faDigitMap = strings.NewReplacer("0", "۰", "1", "۱", "2", "۲", "3", "۳", "4", "۴",
	"5", "۵", "6", "۶", "7", "۷", "8", "۸", "9", "۹")

func fa(n int) string { return faDigitMap.Replace(strconv.Itoa(n)) }

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

// dropMartyr: people say «کوچه رضایی» for «کوچه شهید رضایی».
func dropMartyr(rng *rand.Rand, name string) string {
	if strings.HasPrefix(name, "شهید ") && chance(rng, 0.4) {
		return strings.TrimPrefix(name, "شهید ")
	}
	return name
}

func alleyWord(rng *rand.Rand, dead bool) string {
	if dead {
		return pick(rng, []string{"بن‌بست", "بن‌بست", "بن بست", "بنبست", "بن‌بست"})
	}
	return pick(rng, []string{"کوچه", "کوچه", "کوچه", "کوچه", "ک", "ک.", "کوچه‌ی", "کوچه شماره"})
}

func alleyText(rng *rand.Rand, al *alley) string {
	dead := al.deadEnd && chance(rng, 0.7)
	w := alleyWord(rng, dead)
	if al.num == 0 {
		if w == "کوچه شماره" {
			w = "کوچه"
		}
		return w + " " + dropMartyr(rng, al.name)
	}
	if al.name != "" && chance(rng, 0.35) {
		if chance(rng, 0.5) {
			return "کوچه " + al.name
		}
		return "کوچه " + al.name + " (" + fa(al.num) + ")"
	}
	switch {
	case w != "کوچه شماره" && al.num < len(ordinals) && chance(rng, 0.3):
		return w + " " + ordinals[al.num]
	case (w == "ک" || w == "ک.") && chance(rng, 0.4):
		return w + fa(al.num)
	}
	return w + " " + fa(al.num)
}

func streetWord(rng *rand.Rand, kind string) string {
	switch kind {
	case "بلوار":
		return pick(rng, []string{"بلوار", "بلوار", "بلوار", "ب.", "بلوار"})
	case "میدان":
		return pick(rng, []string{"میدان", "میدان", "میدون", "م."})
	}
	return pick(rng, []string{"خیابان", "خیابان", "خیابان", "خیابان", "خ", "خ.", "خیابون"})
}

func streetText(rng *rand.Rand, st *street) string {
	if st.old != "" && chance(rng, 0.25) {
		// the old name, alone or beside the new one
		if chance(rng, 0.5) {
			return st.old
		}
		return st.kind + " " + st.name + " (" + st.old + " سابق)"
	}
	name := dropMartyr(rng, st.name)
	if st.num > 0 && chance(rng, 0.04) {
		return streetWord(rng, st.kind) + " " + numberWords(st.num)
	}
	if st.num > 0 && chance(rng, 0.2) {
		return name // «۱۲۴ گلسار»
	}
	if st.kind == "خیابان" && st.num == 0 && chance(rng, 0.15) {
		return name
	}
	return streetWord(rng, st.kind) + " " + name
}

func hoodText(rng *rand.Rand, h *hood) string {
	if len(h.other) > 0 && chance(rng, 0.3) {
		return pick(rng, h.other)
	}
	return h.name
}

func markText(rng *rand.Rand, mark string) string {
	return pick(rng, []string{"روبروی", "روبروی", "جنب", "کنار", "نبش", "نرسیده به", "بعد از", "پشت", "جلوی", "نزدیک"}) + " " + mark
}

func sep(rng *rand.Rand) string {
	return pick(rng, []string{"، ", "، ", "، ", " ", " - ", ", ", "،"})
}

// placeText is the place as people write it, in one of its many forms. It never says more
// than the place (no plate in the text unless a caller gives it).
func placeText(rng *rand.Rand, p place) string {
	if p.pk != nil {
		switch rng.IntN(5) {
		case 0:
			return p.pk.name + " " + hoodText(rng, p.hood)
		case 1:
			return "داخل " + p.pk.name
		default:
			return p.pk.name
		}
	}
	h, s := hoodText(rng, p.hood), streetText(rng, p.st)
	if p.al == nil && p.st.kind != "میدان" && chance(rng, 0.05) {
		// only the landmark, as if everybody knew which bakery
		return markText(rng, p.mark) + pick(rng, []string{"", " " + h, " محله " + h})
	}
	if p.al == nil {
		if p.st.kind == "میدان" {
			return pick(rng, []string{s, s + sep(rng) + markText(rng, p.mark), s + " " + h})
		}
		m := markText(rng, p.mark)
		switch rng.IntN(7) {
		case 0:
			return h + sep(rng) + s + sep(rng) + m
		case 1:
			return s + " " + m
		case 2:
			return m + sep(rng) + s
		case 3:
			return s + " " + h
		case 4:
			return s
		default:
			return s + sep(rng) + m
		}
	}
	if chance(rng, 0.04) {
		// the street only: «کوچه‌های ۱۲۴ گلسار», the alley left to the address field
		return pick(rng, []string{"", "کوچه‌های ", "یکی از کوچه‌های "}) + s + " " + h
	}
	a := alleyText(rng, p.al)
	if chance(rng, 0.05) {
		// the next alley named as a landmark: «کوچه ۱۲، نرسیده به کوچه ۱۴»
		if nb := neighbour(rng, p.al); nb != nil {
			a += pick(rng, []string{"، نرسیده به ", " بعد از ", " روبروی ", " کنار "}) + alleyText(rng, nb)
		}
	}
	switch rng.IntN(9) {
	case 0:
		return h + sep(rng) + s + sep(rng) + a
	case 1: // «کوچه دوازدهم ۱۲۴ گلسار»
		if p.st.num > 0 {
			return a + " " + fa(p.st.num) + " " + h
		}
		return a + " " + s
	case 2: // «گلسار 124 ک 12»
		if p.st.num > 0 && p.al.num > 0 {
			return h + " " + strconv.Itoa(p.st.num) + " ک " + strconv.Itoa(p.al.num)
		}
		return s + " " + a
	case 3:
		return s + sep(rng) + a
	case 4:
		return a + sep(rng) + s + sep(rng) + h
	case 5:
		return s + " " + h + sep(rng) + a
	case 6:
		return pick(rng, []string{"انتهای ", "اول ", "وسط ", "سر ", ""}) + a + " " + s
	case 7:
		return s + " " + a
	default:
		return h + " " + s + " " + a
	}
}

// addressText is the address field: more formal, often with the city, a plate or a unit.
func addressText(rng *rand.Rand, p place) string {
	var parts []string
	if chance(rng, 0.25) {
		parts = append(parts, pick(rng, []string{"رشت", "گیلان، رشت", "رشت - منطقه ۳", "رشت منطقه سه"}))
	}
	if p.pk != nil {
		parts = append(parts, hoodText(rng, p.hood), p.pk.name)
		if chance(rng, 0.3) {
			parts = append(parts, pick(rng, []string{"درب اصلی", "ضلع شمالی", "ضلع جنوبی", "کنار زمین بازی"}))
		}
		return strings.Join(parts, sep(rng))
	}
	if chance(rng, 0.8) {
		parts = append(parts, hoodText(rng, p.hood))
	}
	parts = append(parts, streetText(rng, p.st))
	if p.al != nil {
		parts = append(parts, alleyText(rng, p.al))
	} else if chance(rng, 0.6) {
		parts = append(parts, markText(rng, p.mark))
	}
	if p.plate > 0 && chance(rng, 0.45) {
		parts = append(parts, pick(rng, []string{"پلاک ", "پ ", "پلاک ", "پ."})+fa(p.plate))
		if chance(rng, 0.2) {
			parts = append(parts, pick(rng, []string{"طبقه دوم", "واحد ۳", "طبقه اول", "زنگ دوم", "واحد ۱"}))
		}
	}
	if len(parts) == 1 && chance(rng, 0.5) {
		return parts[0]
	}
	return strings.Join(parts, sep(rng))
}

// fingPlace is the place typed in Latin letters.
func fingPlace(rng *rand.Rand, p place) string {
	if p.pk != nil {
		return p.pk.fing
	}
	h := p.hood.fing
	s := p.st.fing
	if p.st.num > 0 {
		s = pick(rng, []string{"kh " + s, "khiaboon " + s, s})
	} else if p.st.kind == "خیابان" {
		s = pick(rng, []string{"khiaban " + s, "kh " + s, s})
	}
	if p.al == nil {
		return pick(rng, []string{s, h + " " + s, s + " " + h})
	}
	a := ""
	if p.al.num > 0 {
		a = pick(rng, []string{"k ", "kooche ", "koche ", "k"}) + strconv.Itoa(p.al.num)
	} else {
		a = pick(rng, []string{"kooche ", "k "}) + p.al.fing
	}
	return pick(rng, []string{h + " " + s + " " + a, a + " " + s + " " + h, h + " " + a, s + " " + a})
}

// deictic is how a caller at home names the place without naming it.
func deictic(rng *rand.Rand, p place) string {
	switch {
	case p.pk != nil:
		return pick(rng, []string{"پارک محله", "این پارک", "پارک محلمون", "پارک"})
	case p.al != nil:
		if p.al.deadEnd && chance(rng, 0.3) {
			return pick(rng, []string{"بن‌بست ما", "این بن بست"})
		}
		return pick(rng, []string{"کوچه ما", "کوچه‌مون", "کوچمون", "این کوچه", "کوچه", "کوچه‌ی ما"})
	}
	return pick(rng, []string{"خیابون ما", "این خیابان", "خیابان", "جلوی مغازه ما", "خیابون اصلی محل", "سر خیابون"})
}

var greetings = []string{"سلام", "سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "درود",
	"سلام علیکم", "با عرض سلام", "سلام و عرض ادب", "باسلام", "سلام روزتون بخیر", "سلام ببخشید"}

var durations = []string{"از هفته پیش", "چند روزه", "دو ماهه", "از اول پاییز", "خیلی وقته", "سه هفته است",
	"از دیروز", "چند ماهه", "از عید تا حالا", "یک ماهه", "از پریروز"}

var consequences = []string{"خیلی خطرناکه", "مردم اذیت میشن", "بچه‌ها و سالمندان مشکل دارن",
	"واقعا زندگی رو سخت کرده", "هیچ‌کس جوابگو نیست", "اهالی شاکی هستن", "آبروی محل رفته",
	"ماشینم آسیب دید", "مریض داریم تو خونه"}

var asks = []string{"لطفا رسیدگی کنید", "لطفا رسیدگی شود", "خواهشمند است دستور رسیدگی فرمایید",
	"ممنون میشم پیگیری کنید", "چرا کسی کاری نمیکنه؟", "تا کی باید صبر کنیم؟", "لطفا زودتر اقدام کنید",
	"منتظر اقدام شما هستیم", "یه فکری بکنید", "رسیدگی کنید لطفا", "درخواست رسیدگی فوری دارم",
	"بار چندمه زنگ میزنم", "چی بوکونیم؟", "ایتا فکری بوکونید", "جناب شهردار لطفا خودتون پیگیری کنید",
	"از شورای شهر هم خواهش میکنیم پیگیری کنن", "پیشاپیش ممنون از زحماتتون", "نمیدونم باید به کی بگم"}

var closings = []string{"ممنون", "با تشکر", "خدا قوت", "متشکرم", "🙏", "با سپاس", "مرسی", "سپاسگزارم"}

// fmtCode writes a tracking code the way people copy it: plain, spaced, or in Persian digits.
func fmtCode(rng *rand.Rand, code string) string {
	switch rng.IntN(4) {
	case 0:
		return faDigitMap.Replace(code)
	case 1:
		if len(code) > 6 {
			return code[:len(code)-4] + " " + code[len(code)-4:]
		}
	}
	return code
}

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

var (
	units    = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"}
	teens    = []string{"ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}
	tens     = []string{"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}
	hundreds = []string{"", "صد", "دویست", "سیصد"}
)

// numberWords spells 1-399 as a caller dictating to the operator would: «صد و بیست و چهار».
func numberWords(n int) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, hundreds[n/100])
		n %= 100
	}
	switch {
	case n >= 20:
		parts = append(parts, tens[n/10])
		if n%10 > 0 {
			parts = append(parts, units[n%10])
		}
	case n >= 10:
		parts = append(parts, teens[n-10])
	case n > 0:
		parts = append(parts, units[n])
	}
	return strings.Join(parts, " و ")
}
