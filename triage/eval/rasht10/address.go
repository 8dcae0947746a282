package rasht10

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// place is where one issue sits: an alley, a spot on a street named by a landmark, a
// park, or a stretch of a street around an alley.
type place struct {
	sc scope
	h  *hood
	s  *street
	a  *alley
	lm *landmark
}

func (p place) latLon() (float64, float64) {
	if p.sc == atPark {
		return p.h.parkLat, p.h.parkLon
	}
	if p.a != nil {
		return p.a.lat, p.a.lon
	}
	return p.s.lat, p.s.lon
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

const (
	persianDigits = "۰۱۲۳۴۵۶۷۸۹"
	arabicDigits  = "٠١٢٣٤٥٦٧٨٩"
)

// digitStyle: 0 Persian, 1 Latin, 2 Arabic-Indic.
func digits(s string, style int) string {
	if style == 1 {
		return s
	}
	set := []rune(persianDigits)
	if style == 2 {
		set = []rune(arabicDigits)
	}
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(set[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم"}

var cardinals = []string{"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
	"سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}

func ordinal(n int) (string, bool) {
	if n > 0 && n < len(ordinals) {
		return ordinals[n], true
	}
	return "", false
}

// streetRef writes a street as people do: «خیابان ۱۲۴», «خ ۱۲۴», «۱۲۴», «بلوار گیلان», «ب گیلان».
func streetRef(r *rand.Rand, s *street, short bool) string {
	name := s.spec.name
	kind := s.spec.kind
	if short || chance(r, 0.15) {
		switch {
		case kind == "خیابان" && chance(r, 0.6):
			kind = "خ"
		case kind == "بلوار" && chance(r, 0.4):
			kind = "ب"
		case chance(r, 0.3):
			kind = ""
		}
	}
	if kind == "خ" && chance(r, 0.4) {
		return "خ" + name
	}
	if kind == "" {
		return name
	}
	return kind + " " + name
}

// alleyRef writes an alley: «کوچه ۱۲», «ک ۱۲», «ک۱۲», «کوچه دوازدهم», «کوچه شهید نوری»,
// and a dead end with or without its alley.
func alleyRef(r *rand.Rand, a *alley, short bool) string {
	if a.parent != nil {
		de := "بن‌بست"
		if chance(r, 0.3) {
			de = "بن بست"
		} else if short && chance(r, 0.4) {
			de = "بن"
		}
		n := strconv.Itoa(a.num)
		if o, ok := ordinal(a.num); ok && chance(r, 0.3) {
			n = o
		}
		if chance(r, 0.85) {
			return alleyRef(r, a.parent, short) + " " + de + " " + n
		}
		return de + " " + n
	}
	kind := "کوچه"
	if a.deadEnd {
		kind = "بن‌بست"
		if chance(r, 0.3) {
			kind = "کوچه بن‌بست"
		}
	}
	if short && chance(r, 0.7) {
		kind = "ک"
		if a.deadEnd && chance(r, 0.5) {
			kind = "بن"
		}
	}
	if a.name != "" {
		nm := a.name
		if strings.HasPrefix(nm, "شهید ") && chance(r, 0.3) {
			nm = strings.TrimPrefix(nm, "شهید ")
		}
		return kind + " " + nm
	}
	if o, ok := ordinal(a.num); ok && !short && chance(r, 0.25) {
		return kind + " " + o
	}
	if a.num < len(cardinals) && !short && chance(r, 0.06) {
		return kind + " " + cardinals[a.num]
	}
	if kind == "ک" && chance(r, 0.4) {
		return "ک" + strconv.Itoa(a.num)
	}
	return kind + " " + strconv.Itoa(a.num)
}

func hoodRef(r *rand.Rand, h *hood) string {
	if chance(r, 0.6) {
		return h.spec.names[0]
	}
	return pick(r, h.spec.names)
}

var relWords = []string{"روبروی", "جنب", "کنار", "نبش", "پشت", "نرسیده به", "بعد از", "جلوی", "روبه‌روی"}

// parkRef names a park as a caller would.
func parkRef(r *rand.Rand, h *hood) string {
	switch r.IntN(4) {
	case 0:
		if h.spec.park != "" {
			return h.spec.park
		}
		return "پارک محله " + h.spec.names[0]
	case 1:
		return "پارک " + hoodRef(r, h)
	case 2:
		if h.spec.park != "" {
			return h.spec.park + " " + streetRef(r, h.streets[0], false)
		}
		return "بوستان " + h.spec.names[0]
	default:
		return "پارک سر " + streetRef(r, h.streets[0], false)
	}
}

// textPlace is the place inside a sentence, after «در» or alone: several levels of detail.
func textPlace(r *rand.Rand, p place) string {
	switch p.sc {
	case atPark:
		return parkRef(r, p.h)
	case atSpot:
		lm := p.lm.String()
		switch r.IntN(5) {
		case 0:
			return streetRef(r, p.s, false) + " " + pick(r, relWords) + " " + lm
		case 1:
			return pick(r, relWords) + " " + lm + " " + streetRef(r, p.s, false)
		case 2:
			return hoodRef(r, p.h) + " " + streetRef(r, p.s, true) + " " + pick(r, relWords) + " " + lm
		case 3:
			return "جلوی " + lm + " " + streetRef(r, p.s, false) + " نبش " + alleyRef(r, p.a, false)
		default:
			return pick(r, relWords) + " " + lm
		}
	case atStreet:
		a := p.a
		switch r.IntN(4) {
		case 0:
			return streetRef(r, p.s, false) + " نزدیک " + alleyRef(r, a, false)
		case 1:
			return streetRef(r, p.s, false) + " سر " + alleyRef(r, a, false)
		case 2:
			return hoodRef(r, p.h) + " " + streetRef(r, p.s, false)
		default:
			return streetRef(r, p.s, false) + " حد فاصل " + alleyRef(r, a, true) + " و " + alleyRef(r, nextAlley(a), true)
		}
	}
	a := p.a
	if lm, d := landmarkNear(a); lm != nil && d <= 1 && chance(r, 0.3) {
		rel := pick(r, []string{"کوچه بعد از", "کوچه قبل از", "کوچه کنار", "کوچه روبروی", "کوچه پشت"})
		if d == 0 {
			rel = pick(r, []string{"کوچه کنار", "کوچه‌ای که", "همون کوچه"})
			if rel == "کوچه‌ای که" {
				return "کوچه‌ای که " + lm.String() + " سرشه، " + streetRef(r, a.street, false)
			}
		}
		return rel + " " + lm.String() + " " + streetRef(r, a.street, false)
	}
	switch r.IntN(6) {
	case 0:
		return alleyRef(r, a, false) + " " + streetRef(r, a.street, false)
	case 1:
		return hoodRef(r, a.street.hood) + " " + streetRef(r, a.street, false) + " " + alleyRef(r, a, false)
	case 2:
		return streetRef(r, a.street, false) + " " + alleyRef(r, a, false)
	case 3:
		return alleyRef(r, a, false) + " " + hoodRef(r, a.street.hood)
	case 4:
		if a.num > 0 && a.parent == nil && a.street.spec.numbered {
			if o, ok := ordinal(a.num); ok {
				return "کوچه " + o + " " + a.street.spec.name + " " + hoodRef(r, a.street.hood)
			}
		}
		return hoodRef(r, a.street.hood) + "، " + alleyRef(r, a, false)
	default:
		return alleyRef(r, a, false)
	}
}

func nextAlley(a *alley) *alley {
	for _, b := range a.street.alleys {
		if b.parent == nil && b.idx == a.idx+1 {
			return b
		}
	}
	for _, b := range a.street.alleys {
		if b.parent == nil && b.idx == a.idx-1 {
			return b
		}
	}
	return a
}

// caller is who is on the line; some people report again and again.
type caller struct {
	name  string
	phone string
	plate int
	unit  int
	// reports this person made, in time order
	reports []*report
}

var firstNames = []string{"آقای", "خانم", "حاج آقا", "خانم دکتر", "آقای مهندس"}
var lastNames = []string{"رضایی", "محمدی", "پورحسن", "قربانی", "نیک‌پور", "صفری", "گیلانی", "رحیمی", "جعفری", "شریفی",
	"علیزاده", "حسین‌پور", "رمضانی", "کاظم‌زاده", "اسماعیلی", "پورمحمد", "یوسفی", "عباسی", "طالبی", "زمانی", "نوروزی", "ابراهیمی"}

func newCaller(r *rand.Rand, a *alley) *caller {
	c := &caller{name: pick(r, firstNames) + " " + pick(r, lastNames), plate: 1 + r.IntN(max(a.plates, 3))}
	c.phone = "0911" + strconv.Itoa(1000000+r.IntN(8999999))
	if chance(r, 0.25) {
		c.unit = 1 + r.IntN(8)
	}
	return c
}

// addressField is what ends up in the request's address: typed by the operator, picked
// by the app's map, or the citizen's profile.
func addressField(r *rand.Rand, p place, c *caller, channel, district string, ds int) string {
	h := p.h
	var s string
	if channel == "app" && chance(r, 0.35) {
		// reverse geocoding of the app: coarse, street at best
		st := p.s
		if st == nil {
			st = h.streets[0]
		}
		s = pick(r, []string{"گیلان، رشت، ", "رشت، ", "استان گیلان، شهر رشت، "}) + hoodRef(r, h) + "، " + streetRef(r, st, false)
		return digits(s, ds)
	}
	switch p.sc {
	case atPark:
		s = hoodRef(r, h) + "، " + parkRef(r, h)
		return digits(s, ds)
	case atSpot:
		s = pick(r, []string{"", "رشت، "}) + hoodRef(r, h) + "، " + streetRef(r, p.s, chance(r, 0.4)) + "، " + pick(r, relWords) + " " + p.lm.String()
		return digits(s, ds)
	case nowhere:
		if c != nil && chance(r, 0.5) {
			return digits(hoodRef(r, h)+" "+"تلفن "+c.phone, ds)
		}
		return digits(hoodRef(r, h), ds)
	}
	a := p.a
	plate := 1 + r.IntN(max(a.plates, 2))
	if c != nil {
		plate = c.plate
	}
	ps := strconv.Itoa(plate)
	switch r.IntN(9) {
	case 0, 1:
		s = "رشت، " + hoodRef(r, h) + "، " + streetRef(r, p.s, false) + "، " + alleyRef(r, a, false) + "، پلاک " + ps
	case 2, 3:
		s = hoodRef(r, h) + " " + streetRef(r, p.s, true) + " " + alleyRef(r, a, true) + " پ" + pick(r, []string{"", " ", "لاک "}) + ps
	case 4:
		s = streetRef(r, p.s, false) + "، " + alleyRef(r, a, false)
	case 5:
		if lm, _ := landmarkNear(a); lm != nil {
			s = hoodRef(r, h) + "، " + streetRef(r, p.s, false) + "، " + pick(r, []string{"کوچه بعد از ", "کوچه روبروی ", "نزدیک "}) + lm.String()
		} else {
			s = hoodRef(r, h) + "، " + streetRef(r, p.s, false) + "، " + alleyRef(r, a, false)
		}
	case 6:
		s = "رشت - منطقه " + district + " - " + hoodRef(r, h) + " - " + streetRef(r, p.s, false) + " - " + alleyRef(r, a, false)
	case 7:
		if lm, _ := landmarkNear(a); lm != nil && chance(r, 0.6) {
			s = streetRef(r, p.s, false) + "، ایستگاه اتوبوس " + lm.String() + "، " + alleyRef(r, a, false)
		} else {
			s = textPlace(r, p)
		}
	default:
		s = textPlace(r, p)
	}
	if c != nil {
		if c.unit > 0 && chance(r, 0.5) {
			s += pick(r, []string{"، واحد ", " واحد ", "، طبقه "}) + strconv.Itoa(c.unit)
		}
		if chance(r, 0.12) {
			s += "، کد پستی " + "41" + strconv.Itoa(10000000+r.IntN(89999999))
		}
		if chance(r, 0.12) {
			s += pick(r, []string{"، تلفن ", " تماس: ", "، همراه "}) + c.phone
		}
	}
	return digits(s, ds)
}

// finglishPlace is the place typed in Latin letters.
func finglishPlace(r *rand.Rand, p place) string {
	out := p.h.spec.latin
	if p.s != nil {
		if p.s.spec.numbered || r.IntN(2) == 0 {
			out += " kh " + latinName(p.s.spec.name)
		}
	}
	if p.a != nil && p.sc == atAlley {
		a := p.a
		if a.parent != nil {
			a = a.parent
		}
		if a.num > 0 {
			out += pick(r, []string{" k ", " kooche ", " koche "}) + strconv.Itoa(a.num)
		}
		if p.a.parent != nil {
			out += " bonbast " + strconv.Itoa(p.a.num)
		}
	}
	return out
}

var latinNames = map[string]string{"گیلان": "gilan", "منظریه": "manzarie", "رودکی": "roodaki", "سردار جنگل": "sardar jangal",
	"معلم": "moallem", "حمیدیان": "hamidian", "سعدی": "saadi", "لاکانی": "lakani", "تختی": "takhti", "شریعتی": "shariati",
	"امام خمینی": "emam", "پیرسرا": "pirsara", "ضیابری": "ziabari", "مهر": "mehr", "فرهنگیان": "farhangian"}

func latinName(n string) string {
	if l, ok := latinNames[n]; ok {
		return l
	}
	if _, err := strconv.Atoi(n); err == nil {
		return n
	}
	return ""
}
