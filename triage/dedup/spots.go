package dedup

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tafkik/tafkik/triage/persian"
)

// spotWords are the words naming a spot on a street: a landmark's after the word placing it
// («پشت درمانگاه خیریه» → درمانگاه خیریه), or an alley named after one («کوچه درمانگاه
// خیریه»).
func spotWords(p persian.Place) []string {
	if p.Landmark != "" {
		ws := landmarkWords(p)
		if len(ws) > 2 && ws[0] == "ایستگاه" && (ws[1] == "اتوبوس" || ws[1] == "تاکسی") {
			// «ایستگاه اتوبوس مسجد امام حسن»: the stop is named after the spot
			ws = ws[2:]
		}
		return ws
	}
	if p.Alley != "" && !unicode.IsDigit(firstRune(p.Alley)) {
		if p.AlleyName != "" && !unicode.IsDigit(firstRune(p.AlleyName)) {
			return []string{p.Alley, p.AlleyName}
		}
		return []string{p.Alley}
	}
	return nil
}

// landmarkWords are the words of a place's landmark after the word placing it («روبه روی
// فروشگاه رفاه» → فروشگاه رفاه).
func landmarkWords(p persian.Place) []string {
	ws := strings.Fields(p.Landmark)
	if len(ws) > 0 && persian.LandmarkWord(ws[0]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && (ws[0] == "از" || ws[0] == "به" || ws[0] == "روی") {
		// («روبه روی فروشگاه»: the placing word in two)
		ws = ws[1:]
	}
	return ws
}

// sameSpot reports whether two places name one spot: the shorter spot's words, two at
// least unless both have one, begin the longer's.
func sameSpot(p, q persian.Place) bool {
	a, b := spotWords(p), spotWords(q)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 1 && len(b) > 1 {
		// «داروخانه» says too little beside «داروخانه دکتر رحیمی»
		return false
	}
	for i := range a {
		// (a word misspelt, «سوپمرارکت», is still the word)
		if a[i] != b[i] && !persian.SameName(a[i], b[i]) {
			return false
		}
	}
	return true
}

// maxSpots is how many buildings an issue remembers its reports giving as the place.
const maxSpots = 4

// spotKey names the building a place is given by, in a form two reports of it share
// («پشت مسجد قدس», «نبش مسجد قدس» → «مسجد قدس»): its first two words after the word placing
// it, honorifics left out, when the first is a building («مسجد», «بانک», «درمانگاه») or a
// thing people name («پارک», «پست برق») and the second names it: «جلوی خونه» is every
// caller's own door, «کنار زباله‌ها» no place at all. An alley named after a building
// («کوچه درمانگاه امام رضا») gives it too.
func spotKey(p persian.Place) string {
	var ws []string
	for _, w := range spotWords(p) {
		if !honorifics[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) < 2 || !(persian.VenueWord(ws[0]) || spotHeads[ws[0]]) || notName[ws[1]] {
		return ""
	}
	return ws[0] + " " + ws[1]
}

// oneBuilding is how many reports giving one building, and no other, place an issue at it:
// a report naming another building on the street is then another spot, however near its pin
// (twenty-ninth session, 94 sets: the ordinary districts' pairwise precision +0.0014, recall
// −0.0001; rasht30 +0.0166 precision; rasht4 −0.0013 B-cubed F1, its callers naming one spot
// by two buildings; 2 and 5 measured the same).
const oneBuilding = 3

// maxSigs is how many landmarks an issue remembers its reports giving as the place.
const maxSigs = 8

// spotSig is what a landmark names: the kinds of building or thing («بانک», «ایستگاه») and
// the names («ملت», «صادقی»), up to three words after the word placing it.
type spotSig struct {
	heads, names []string
}

// landmarkSig reads a place's landmark («روبروی ایستگاه اتوبوس صادقی» → ایستگاه اتوبوس |
// صادقی), nil when it names nothing a second caller could name too («جلوی خونه», «سر کوچه»).
func landmarkSig(p persian.Place) *spotSig {
	if p.Landmark == "" {
		return nil
	}
	var sg spotSig
	n := 0
	ws := landmarkWords(p)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if honorifics[w] {
			continue
		}
		if n == 3 || sigStop[w] || isDigitWord(w) {
			break
		}
		n++
		if i+1 < len(ws) && ws[i+1] == "فروشی" {
			// «شیرینی فروشی» is «شیرینیفروشی», a kind of shop
			w += ws[i+1]
			i++
		}
		switch {
		case persian.VenueWord(w) || spotHeads[w] || sigHeads[w] || strings.HasSuffix(w, "فروشی"):
			sg.heads = append(sg.heads, w)
		case len(sg.heads) > 0 && utf8.RuneCountInString(w) >= 3:
			// (a name after the kind it names: «بانک ملت»; «کنار دیوار تلنبار» is no
			// name but the caller's words)
			sg.names = append(sg.names, w)
		default:
			n = 3
		}
	}
	if len(sg.heads) == 0 && len(sg.names) == 0 {
		return nil
	}
	return &sg
}

func isDigitWord(w string) bool { return w != "" && unicode.IsDigit(firstRune(w)) }

// sigHeads are more kinds of thing a spot on a street is given by, besides buildings.
var sigHeads = map[string]bool{"پل": true, "اتوبوس": true, "تاکسی": true, "مغازه": true, "شعبه": true,
	"مرکزی": true, "داروخونه": true, "چهارراه": true, "میدان": true, "تقاطع": true, "سهراه": true,
	"فلکه": true, "زیرگذر": true, "عابر": true, "پیاده": true,
	// offices and shops people give a spot by, too seldom for a place of their own
	// («روبروی آتش‌نشانی», «جنب مخابرات», «کنار کبابی», «نبش بیمه ایران»), and the river
	// where a street meets it («کنار رودخانه»)
	"اتشنشانی": true, "مخابرات": true, "شهرداری": true, "کبابی": true, "بیمه": true, "هایپر": true,
	"پارکینگ": true, "ترمینال": true, "پایانه": true, "مجتمع": true, "خشکشویی": true, "کانون": true,
	"رودخانه": true}

// sigStop end a landmark's words or say it names no spot («جلوی خونه ما», «سر کوچه»).
var sigStop = map[string]bool{"و": true, "که": true, "ما": true, "من": true, "خونه": true, "خانه": true,
	"منزل": true, "در": true, "درب": true, "اینجا": true, "محل": true, "خیابون": true, "خیابان": true,
	"کوچه": true, "جوی": true, "هم": true, "رو": true, "را": true, "این": true, "اون": true, "ان": true,
	"مون": true, "مان": true, "خودمون": true, "ساختمان": true, "ساختمون": true}

// fits reports whether two landmarks may name one spot: they share a name, or one names only
// a kind of building the other names too («بانک» / «بانک ملت»).
func (a *spotSig) fits(b *spotSig) bool {
	for _, n := range a.names {
		if slices.Contains(b.names, n) {
			return true
		}
	}
	if len(a.names) > 0 && len(b.names) > 0 {
		return false
	}
	for _, h := range a.heads {
		if slices.Contains(b.heads, h) {
			return true
		}
	}
	return false
}

func (a *spotSig) fitsAny(l []*spotSig) bool {
	for _, b := range l {
		if a.fits(b) {
			return true
		}
	}
	return false
}

func (a *spotSig) inList(l []*spotSig) bool {
	for _, b := range l {
		if slices.Equal(a.heads, b.heads) && slices.Equal(a.names, b.names) {
			return true
		}
	}
	return false
}

// honorifics are left out of a building's name: «هنرستان شهید بهشتی» is «هنرستان بهشتی».
var honorifics = map[string]bool{"شهید": true, "دکتر": true, "حاج": true, "حاجی": true, "سردار": true, "ایتالله": true}

// spotHeads are the other things a place is given by that people name («پارک قدس», «پست
// برق»), besides buildings (persian.VenueWord).
var spotHeads = map[string]bool{"پارک": true, "بوستان": true, "پست": true, "ساختمان": true, "کافو": true,
	"کافوی": true, "بقعه": true, "اژانس": true, "لبنیاتی": true, "میوهفروشی": true, "تیر": true}

// notName are words that follow a building's word without naming it («مدرسه رو ...», «پارک
// خاموشه»).
var notName = map[string]bool{"رو": true, "را": true, "که": true, "و": true, "هم": true, "چند": true,
	"کار": true, "خاموش": true, "خاموشه": true, "ریخته": true, "خرابه": true, "جمع": true, "بساط": true,
	"ما": true, "محل": true, "این": true, "اون": true, "ان": true}
