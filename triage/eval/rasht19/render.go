package rasht19

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Places are written many ways: the formal address the operator types, the short way a
// neighbour writes it, number words, Finglish. All of them name the same spot.

// streetName is how one writer names the main street this time.
func streetName(r *rand.Rand, s *street) string {
	if s.number > 0 {
		switch r.IntN(6) {
		case 0, 1, 2:
			return fmt.Sprintf("خیابان %d", s.number)
		case 3:
			return fmt.Sprintf("خ %d", s.number)
		case 4:
			return fmt.Sprint(s.number)
		default:
			return fmt.Sprintf("%d", s.number)
		}
	}
	switch r.IntN(5) {
	case 0:
		return s.name
	case 1:
		if s.kind == "بلوار" {
			return "بلوار " + s.name
		}
		return "خ " + s.name
	default:
		return s.kind + " " + s.name
	}
}

// alleyName is how one writer names the alley: «کوچه ۱۲», «کوچه دوازدهم», «ک 12», «بن‌بست ۳».
func alleyName(r *rand.Rand, a *alley) string {
	word := "کوچه"
	if a.deadEnd && r.IntN(3) == 0 {
		word = pick(r, "بن‌بست", "بن بست")
	}
	if a.name != "" {
		name := a.name
		if strings.HasPrefix(name, "شهید ") && r.IntN(3) == 0 {
			name = strings.TrimPrefix(name, "شهید ")
		}
		if r.IntN(6) == 0 {
			return "ک " + name
		}
		return word + " " + name
	}
	switch r.IntN(10) {
	case 0, 1, 2:
		return fmt.Sprintf("%s %d", word, a.number)
	case 3:
		if r.IntN(3) == 0 && a.number < len(cardinals) {
			return word + " " + cardinals[a.number] // «کوچه دوازده», as it is said
		}
		return fmt.Sprintf("%s %d", word, a.number)
	case 4, 5, 6:
		return word + " " + ordinal(a.number)
	case 7:
		return fmt.Sprintf("ک %d", a.number)
	case 8:
		return fmt.Sprintf("ک%d", a.number)
	default:
		return fmt.Sprintf("%s شماره %d", word, a.number)
	}
}

var relations = []string{"روبروی", "جنب", "کنار", "نرسیده به", "بعد از", "نزدیک", "پشت"}

func markName(r *rand.Rand, m *landmark) string {
	return pick(r, relations...) + " " + m.name
}

// address is the address field: what the operator or the citizen typed in it. Only a
// citizen types it in Finglish.
func address(r *rand.Rand, sp *spot, citizen bool) string {
	s := sp.street
	h := s.hood
	hood := h.name
	if sp.park != "" {
		switch r.IntN(4) {
		case 0:
			return h.name + "، " + sp.park
		case 1:
			return "رشت، " + sp.park
		case 2:
			return "داخل " + sp.park
		default:
			return sp.park
		}
	}
	if hood == "بلوار گیلان" || (s.name != "" && hood == s.name) {
		hood = "" // the street is the neighbourhood's name
	}
	var parts []string
	style := r.IntN(12)
	if style == 11 && citizen {
		return finglishAddress(r, sp)
	}
	if style < 2 {
		parts = append(parts, "رشت")
	}
	stName := streetName(r, s)
	var tail []string
	switch {
	case sp.alley != nil:
		al := alleyName(r, sp.alley)
		if r.IntN(7) == 0 {
			al = "نبش " + al
		}
		tail = []string{stName, al}
		if r.IntN(5) == 0 { // «کوچه دوازدهم ۱۲۴ گلسار»: the alley first
			tail = []string{al, stName}
		}
	case sp.mark != nil:
		tail = []string{stName, markName(r, sp.mark)}
		if r.IntN(4) == 0 {
			tail = []string{markName(r, sp.mark), stName}
		}
	}
	hoodFirst := r.IntN(4) != 0
	if hood != "" && hoodFirst {
		parts = append(parts, hood)
	}
	parts = append(parts, tail...)
	if hood != "" && !hoodFirst {
		parts = append(parts, hood)
	}
	if r.IntN(3) == 0 && sp.alley != nil {
		parts = append(parts, fmt.Sprintf("پلاک %d", 1+r.IntN(60)))
		if r.IntN(4) == 0 {
			parts = append(parts, pick(r, "طبقه اول", "طبقه دوم", "واحد ۳", "زنگ دوم"))
		}
	}
	sep := "، "
	switch r.IntN(4) {
	case 0:
		sep = " "
	case 1:
		sep = " - "
	}
	return strings.Join(parts, sep)
}

func finglishAddress(r *rand.Rand, sp *spot) string {
	s := sp.street
	st := s.finglish
	if s.number > 0 {
		st = pick(r, fmt.Sprintf("khiaban %d", s.number), fmt.Sprint(s.number), fmt.Sprintf("kh %d", s.number))
	} else if st == "" {
		st = s.hood.finglish
	}
	out := s.hood.finglish + " " + st
	if strings.Contains(s.hood.finglish, st) {
		out = s.hood.finglish
	}
	switch {
	case sp.alley != nil && sp.alley.number > 0:
		out += " " + pick(r, "kooche", "koche", "k") + fmt.Sprintf(" %d", sp.alley.number)
	case sp.alley != nil:
		out += " kooche " + alleyFinglish[sp.alley.name]
	case sp.mark != nil:
		out += " " + pick(r, "roberooye", "kenare", "jelo") + " " + markFinglish[sp.mark.name]
	}
	return out
}

// textPlace is how a place is named inside the text, shorter than an address.
func textPlace(r *rand.Rand, sp *spot) string {
	if sp.park != "" {
		return sp.park
	}
	s := sp.street
	switch {
	case sp.alley != nil:
		al := alleyName(r, sp.alley)
		switch r.IntN(5) {
		case 0, 1:
			return al
		case 2:
			return al + " " + streetName(r, s)
		case 3:
			return streetName(r, s) + " " + al
		default:
			return "سر " + al
		}
	case sp.mark != nil:
		if r.IntN(2) == 0 {
			return streetName(r, s) + " " + markName(r, sp.mark)
		}
		return markName(r, sp.mark)
	}
	return streetName(r, s)
}

// vaguePlace stands in the text where a writer names no place: a neighbour's «کوچمون»,
// an operator's «محل سکونت شهروند».
func vaguePlace(r *rand.Rand, sp *spot, formal bool) string {
	switch {
	case sp != nil && sp.park != "":
		return "پارک"
	case formal && sp != nil && sp.alley == nil:
		return pick(r, "خیابان محل سکونت", "محل")
	case formal:
		return pick(r, "محل سکونت", "کوچه محل سکونت", "محل")
	case sp != nil && sp.alley == nil:
		return pick(r, "خیابون", "خیابون ما", "اینجا")
	}
	return pick(r, "کوچه ما", "کوچمون", "سر کوچه", "کوچه", "محله ما")
}

// markFinglish is how a landmark is typed in Latin letters.
var markFinglish = map[string]string{
	"بانک ملی": "bank melli", "بانک ملت": "bank mellat", "بانک صادرات": "bank saderat", "بانک سپه": "bank sepah",
	"بانک تجارت": "bank tejarat", "بانک رفاه": "bank refah", "مسجد": "masjed", "مدرسه": "madrese", "دبستان": "dabestan",
	"پارک": "park", "داروخانه": "darookhane", "نانوایی": "nanvai", "نانوایی بربری": "nanvai barbari",
	"نانوایی سنگک": "nanvai sangak", "سوپرمارکت": "supermarket", "آژانس": "azhans", "کلینیک": "clinic",
	"پمپ بنزین": "pomp benzin", "پل": "pol", "میدان": "meydan", "شیرینی فروشی": "shirini foroshi",
	"ایستگاه اتوبوس": "istgah otobus", "بیمارستان": "bimarestan", "فروشگاه": "forooshgah", "ایستگاه تاکسی": "istgah taxi",
}

func pick(r *rand.Rand, xs ...string) string { return xs[r.IntN(len(xs))] }

var alleyFinglish = map[string]string{
	"یاس": "yas", "نسترن": "nastaran", "شقایق": "shaghayegh", "بوستان": "boostan", "شهید رضایی": "rezaei",
	"شهید بهشتی": "beheshti", "ارغوان": "arghavan", "لاله": "laleh", "بهار": "bahar", "شهید انصاری": "ansari",
	"گلستان": "golestan", "نرگس": "narges", "سرو": "sarv", "مریم": "maryam", "سپیده": "sepideh",
	"شهید قاسمی": "ghasemi", "پروین": "parvin", "شهید صدوقی": "sadooghi", "فرهنگ": "farhang",
}
