package persian

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Place is where a request says the problem is, in key form (see Key). Any part may be empty.
// Area is the neighbourhood or the main street people name first («گلسار», «معلم»); Street is
// a street, boulevard or square inside it («124», «گیلان»); Alley is an alley or dead end
// («12», «یاس»).
type Place struct {
	Area string
	// AreaAlt is a second leftover name in the address («رت، گلسار», a typo of «رشت»);
	// either one matches.
	AreaAlt string
	// AreaGuess: the area is a word of the free text taken for a name («شیر فلکه ...» reads
	// like «X، فلکه ...»); it agrees with any other area rather than contradict it.
	AreaGuess bool
	// AreaStreet: the area is a street the writer named before another («خیابان جعفری،
	// بلوار معلم»), so a place naming that street alone is on it.
	AreaStreet bool
	Street     string
	// StreetBare: Street is a number written bare after the area's name, no street word
	// before it («گلسار 124», «پاستور ۷»): a numbered street where the district numbers its
	// streets, and otherwise an alley of the street of that name (grouping decides).
	StreetBare bool
	Alley      string
	// AlleyName is the alley's other name when both are written («کوچه ۱۵ صنوبر»), or the
	// other end of a stretch («حد فاصل کوچه ۸ و ۱۰»); either one matches.
	AlleyName string
	// DeadEnd: Alley is a dead end named bare («بن‌بست ۶»), the alley it is off unsaid.
	DeadEnd  bool
	Plate    string
	Landmark string // «نبش ...», «روبروی بانک», kept for people, not for matching
	// Former is the street's former name the writer gives as well («خیابان امام (شاه
	// سابق)»): grouping learns from it that the two names are one street.
	Former string
	// Alt is the place the writer's own words give when it contradicts the address (a map
	// pin often lands on the next alley or street); Match accepts either.
	Alt *Place
	// ForOther: the writer reports for another place than their own («برای منزل مادرم در
	// ...», «برای محل کارم در ...»), which the text gives: the address and the coordinates
	// are the writer's.
	ForOther bool
}

// Empty reports whether nothing about the place is known.
func (p Place) Empty() bool { return p.Area == "" && p.Street == "" && p.Alley == "" }

// Keys returns the place at growing precision: area, then street, then alley. Levels that
// are unknown are left out, so the last key is the most precise one known.
func (p Place) Keys() []string {
	var keys []string
	k := ""
	add := func(tag, v string) {
		if v == "" {
			return
		}
		if k != "" {
			k += "|"
		}
		k += tag + v
		keys = append(keys, k)
	}
	add("n:", p.Area)
	add("s:", p.Street)
	add("a:", p.Alley)
	return keys
}

// Key is the most precise place key, "" when nothing is known.
func (p Place) Key() string {
	ks := p.Keys()
	if len(ks) == 0 {
		return ""
	}
	return ks[len(ks)-1]
}

// String is the place in words, for people («گلسار، خیابان 124، کوچه 12»).
func (p Place) String() string {
	var parts []string
	if p.Area != "" {
		parts = append(parts, p.Area)
	}
	if p.Street != "" {
		parts = append(parts, "خیابان "+p.Street)
	}
	if p.Alley != "" {
		parts = append(parts, "کوچه "+p.Alley)
	}
	if p.Plate != "" {
		parts = append(parts, "پلاک "+p.Plate)
	}
	if p.Landmark != "" {
		parts = append(parts, p.Landmark)
	}
	return strings.Join(parts, "، ")
}

// Match compares two places: -1 when they contradict each other (another alley, another
// street), otherwise how much they agree: 3 same alley of the same street (or of the same
// area, neither naming a street), 2 same street (or same alley of the same area, one side
// naming a street), 1 same area only, 0 nothing known in common.
func (p Place) Match(q Place) int { return MatchPlaces(&p, &q) }

// MatchPlaces is p.Match(*q) without copying either place, for grouping, which compares
// each request's place with every candidate issue's.
func MatchPlaces(p, q *Place) int {
	m := p.match(q)
	if m < 0 && p.Alt != nil {
		m = max(m, p.Alt.match(q))
	}
	if m < 0 && q.Alt != nil {
		m = max(m, p.match(q.Alt))
	}
	if m < 0 && p.Alt != nil && q.Alt != nil {
		// two writers whose addresses are their homes, both naming the problem's place
		m = max(m, p.Alt.match(q.Alt))
	}
	return m
}

// match is Match without the alternatives. It takes pointers: grouping calls it for every
// candidate issue, and a Place is a dozen strings to copy.
func (p *Place) match(q *Place) int {
	area, street, alley := cmpArea(p, q), cmpName(p.Street, q.Street), cmpAlley(p, q)
	// «بلوار معلم، خیابان شریعتی» / «خیابان شریعتی، بلوار معلم»: a street off a boulevard
	// written in either order (the first street word is read as the area)
	if street < 0 && p.Area != "" && q.Area != "" && cmpName(p.Area, q.Street) == 1 && cmpName(p.Street, q.Area) == 1 {
		street, area = 1, 0
	}
	// «خیابان جعفری، بلوار معلم» / «خیابان جعفری»: the other side names only the street the
	// first named before the boulevard it is off
	if street < 0 && ((p.AreaStreet && q.Area == "" && cmpName(p.Area, q.Street) == 1) || (q.AreaStreet && p.Area == "" && cmpName(q.Area, p.Street) == 1)) {
		street, area = 1, 0
	}
	if street == 0 {
		// one side wrote the street as the area («معلم، کوچه ۵» / «خیابان معلم کوچه ۵»)
		if (p.Area != "" && q.Area == "" && cmpName(p.Area, q.Street) == 1) || (q.Area != "" && p.Area == "" && cmpName(q.Area, p.Street) == 1) {
			street, area = 1, 0
		}
		// «بیستون، کوچه ۱۴» / «رشط، خیابان بیستون، کوچه ۱۴»: the street written first is
		// the street whatever the other side's first name is (often the city, misspelt)
		if (p.Street == "" && cmpName(p.Area, q.Street) == 1) || (q.Street == "" && cmpName(q.Area, p.Street) == 1) {
			street, area = 1, 0
		}
		// «گلسار، گیلان» / «گلسار، بلوار گیلان»: the second name is the street
		if (p.AreaAlt != "" && cmpName(p.AreaAlt, q.Street) == 1) || (q.AreaAlt != "" && cmpName(q.AreaAlt, p.Street) == 1) {
			street = 1
		}
	}
	// The street agrees and the alleys do not disagree: an area that disagrees is more likely a stray word
	// taken for one («بغل، خیابان ...», a landmark's name) than another neighbourhood with a
	// street of the same name and the same alley.
	if area < 0 && street == 1 && alley >= 0 && !isDigit(firstRune(p.Street)) && !phase(p.Street) {
		// (every new town has a «فاز ۱»: the town says which)
		area = 0
	}
	// «گلسار، خیابان ۱۳۹، کوچه ۱۳» and «منظریه، خیابان ۱۳۹، کوچه ۱۳»: neighbourhoods' edges are
	// fuzzy, and a numbered street is as much one street as a named one
	// (but a new town's «خیابان ۲» is not another town's: each numbers its streets from one)
	if area < 0 && street == 1 && alley >= 0 && isDigit(firstRune(p.Street)) && !townStreetNumber(p.Street) {
		area = 0
	}
	if street < 0 && alley == 1 && ((p.Area == "" && cmpName(p.Street, q.Area) == 1) || (q.Area == "" && cmpName(q.Street, p.Area) == 1)) {
		// «خیابان طالقانی، کوچه ۳» / «طالقانی، خیابان اعلم‌السلطنه، کوچه ۳»: one side names
		// the neighbourhood as its street, the same alley number in it
		street, area = 0, 1
	}
	if area < 0 || street < 0 || alley < 0 {
		return -1
	}
	switch {
	case street == 1 && alley == 1,
		// alleys off the area itself («منظریه کوچه ۵»): no street on either side
		area == 1 && alley == 1 && p.Street == "" && q.Street == "",
		// the street itself, neither naming an alley
		street == 1 && p.Alley == "" && q.Alley == "":
		return 3
	case area == 1 && alley == 1 && street == 0 && specificAlley(p, q):
		// «گلسار، کوچه ۴ بن‌بست ۱» and «گلسار، خیابان ۱۴۱، کوچه ۴ بن‌بست ۱»: one side left out the
		// street, the dead end they share says which alley
		return 3
	case street == 1, area == 1 && alley == 1:
		return 2
	case alley == 1 && area == 0 && street == 0 && !isDigit(firstRune(p.Alley)) &&
		(p.Street == "" && p.Area != "" && q.Street != "" && q.Area == "" || q.Street == "" && q.Area != "" && p.Street != "" && p.Area == ""):
		// «صیقلان، کوچه سقاخانه» / «خیابان علم‌الهدی، کوچه سقاخانه»: an alley known by its
		// name, one side giving its neighbourhood and the other its street, is as good as
		// the same street (a name can recur in another neighbourhood, so not the same alley)
		return 2
	case area == 1, alley == 1 && area == 0 && street == 0:
		return 1
	}
	return 0
}

func cmpAlley(p, q *Place) int {
	if p.Alley == "" || q.Alley == "" {
		return 0
	}
	// where each alley's «/» is, -1 when none: looked up once, as this runs for every
	// candidate issue of every request
	pk, qk := strings.IndexByte(p.Alley, '/'), strings.IndexByte(q.Alley, '/')
	if p.DeadEnd != q.DeadEnd {
		// «بن‌بست ۱» and «کوچه ۲ بن‌بست ۱»: the writer left out the alley the dead end is
		// off (rasht10 dev +.006/+.0065, rasht9 +.002, the others within ±.0006)
		d, o, ok := p, q, qk
		if q.DeadEnd {
			d, o, ok = q, p, pk
		}
		if ok >= 0 && o.Alley[ok+1:] == d.Alley {
			return 1
		}
	}
	pi, qi := p.alleyIDsAt(pk), q.alleyIDsAt(qk)
	// «کوچه ۲۱» and «کوچه ۲۱ بن‌بست ۱»: the writer named only the alley the dead end is in
	if pk >= 0 && qk < 0 && slices.Contains(qi[:2], p.Alley[:pk]) {
		return 1
	}
	if qk >= 0 && pk < 0 && slices.Contains(pi[:2], q.Alley[:qk]) {
		return 1
	}
	// «کوچه ۴ آج‌بیشه» and «کوچه ۲۶ آج‌بیشه»: two numbers that differ are two alleys, whatever
	// word each writer put after its number
	pNum, qNum := p.Alley, q.Alley
	if pk >= 0 {
		pNum = p.Alley[:pk]
	}
	if qk >= 0 {
		qNum = q.Alley[:qk]
	}
	twoNumbers := isDigit(firstRune(pNum)) && isDigit(firstRune(qNum)) && pNum != qNum
	var pn, qn, pw, qw bool // has a number, has a name
	for _, a := range pi {
		if a != "" {
			pn, pw = pn || isDigit(firstRune(a)), pw || !isDigit(firstRune(a))
		}
		for _, b := range qi {
			if a != "" && a == b && !(twoNumbers && !isDigit(firstRune(a))) {
				return 1
			}
		}
	}
	for _, b := range qi {
		if b != "" {
			qn, qw = qn || isDigit(firstRune(b)), qw || !isDigit(firstRune(b))
		}
	}
	if (pn && qn) || (pw && qw) {
		// two numbers, or two names, that differ: another alley, even when one side also
		// knows the other kind («کوچه لاله (۱۶)» is not «کوچه نسترن»)
		return -1
	}
	// «کوچه نسترن» and «کوچه ۱۶» may be one alley: nothing says they are not
	return 0
}

// specificAlley reports whether p and q share an alley id that few streets of a neighbourhood
// share: a dead end («۴/۱»).
func specificAlley(p, q *Place) bool {
	qi := q.alleyIDs()
	for _, a := range p.alleyIDs() {
		if a != "" && strings.Contains(a, "/") && slices.Contains(qi[:], a) {
			return true
		}
	}
	return false
}

// alleyIDs are the ways the place's alley may be written: its number or name, its other
// name, and, in a dead end of an alley with two names, the dead end under the other name
// («بن‌بست اول کوچه ۹ (مریم)» is also «کوچه مریم بن‌بست ۱»).
func (p *Place) alleyIDs() [3]string { return p.alleyIDsAt(strings.IndexByte(p.Alley, '/')) }

// alleyIDsAt is alleyIDs with the index of the «/» in p.Alley (-1 when none) known.
func (p *Place) alleyIDsAt(slash int) [3]string {
	ids := [3]string{p.Alley, p.AlleyName}
	if slash >= 0 && p.AlleyName != "" && strings.IndexByte(p.AlleyName, '/') < 0 {
		ids[2] = p.AlleyName + "/" + p.Alley[slash+1:]
	}
	return ids
}

// AlleyIDs are the ways the place's alley may be written (see alleyIDs), for indexing; ""
// where there is none.
func (p Place) AlleyIDs() [3]string { return p.alleyIDs() }

func cmpArea(p, q *Place) int {
	c := cmpName(p.Area, q.Area)
	if c >= 0 {
		return c
	}
	// «ضیا بری» / «ضیابری», «سلیمان داراب»: a neighbourhood's name written apart leaves its
	// first word
	if prefixName(p.Area, q.Area) || prefixName(q.Area, p.Area) {
		return 1
	}
	if p.AreaGuess || q.AreaGuess {
		return 0
	}
	for _, a := range [2]string{p.Area, p.AreaAlt} {
		for _, b := range [2]string{q.Area, q.AreaAlt} {
			if a != "" && b != "" && cmpName(a, b) == 1 {
				return 1
			}
		}
	}
	return -1
}

// prefixName reports whether a, of three letters or more, is how b starts.
func prefixName(a, b string) bool {
	return utf8.RuneCountInString(a) >= 3 && len(b) > len(a) && strings.HasPrefix(b, a) && !isDigit(firstRune(a))
}

// cmpName is cmpPart for names, forgiving one typo in a long name («حاجیااد» for «حاجیاباد»);
// numbers must match exactly.
func cmpName(a, b string) int {
	c := cmpPart(a, b)
	if c >= 0 || isDigit(firstRune(a)) || isDigit(firstRune(b)) || len(a)-len(b) > 4 || len(b)-len(a) > 4 {
		return c
	}
	if na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b); nearlyEqual(a, b) && na >= 4 && nb >= 4 &&
		(na != nb || na >= 5 || swapped(a, b)) {
		// (a letter of four changed is another name as often as a typo: «حمام» is no «امام»)
		return 1
	}
	return -1
}

// SameName reports whether two place names in key form are one name, forgiving one typo in
// a long name as Match does («شریتی» for «شریعتی»); numbers must be equal.
func SameName(a, b string) bool { return a != "" && cmpName(a, b) == 1 }

// swapped reports whether a and b differ by two neighbouring letters swapped.
func swapped(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := 0; i+1 < len(ra); i++ {
		if ra[i] != rb[i] {
			return ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
		}
	}
	return false
}

// nearlyEqual reports whether a and b differ by at most one edit: a substituted, inserted or
// deleted letter, or two neighbouring letters swapped. It does not allocate.
func nearlyEqual(a, b string) bool {
	if a == b {
		return true
	}
	if d := len(a) - len(b); d > utf8.UTFMax || d < -utf8.UTFMax {
		return false // one edit changes the length by one rune at most
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) { // back to a rune boundary
		i--
	}
	j := 0
	for j < len(a)-i && j < len(b)-i && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	for j > 0 && !utf8.RuneStart(a[len(a)-j]) {
		j--
	}
	ma, mb := a[i:len(a)-j], b[i:len(b)-j]
	if len(ma) > 2*utf8.UTFMax || len(mb) > 2*utf8.UTFMax {
		return false // more than two letters differ (counting them was most of the cost)
	}
	na, nb := utf8.RuneCountInString(ma), utf8.RuneCountInString(mb)
	switch {
	case na <= 1 && nb <= 1:
		return true
	case na == 2 && nb == 2:
		ra1, s1 := utf8.DecodeRuneInString(ma)
		ra2, _ := utf8.DecodeRuneInString(ma[s1:])
		rb1, s2 := utf8.DecodeRuneInString(mb)
		rb2, _ := utf8.DecodeRuneInString(mb[s2:])
		return ra1 == rb2 && ra2 == rb1
	}
	return false
}

func cmpPart(a, b string) int {
	switch {
	case a == "" || b == "":
		return 0
	case a == b:
		return 1
	}
	return -1
}

var (
	streetWords = map[string]bool{"خیابان": true, "بلوار": true, "میدان": true, "فلکه": true,
		"چهارراه": true, "جاده": true, "بزرگراه": true, "اتوبان": true, "سهراه": true}
	alleyWords = map[string]bool{"کوچه": true, "بنبست": true, "فرعی": true, "بن": true, "بلوک": true, "برج": true, "مجتمع": true,
		"کوچهی": true, "پسکوچه": true}
	areaWords = map[string]bool{"محله": true, "کوی": true, "شهرک": true, "محدوده": true,
		// a village joined to the city («روستای جیرسر»; «جاده روستا» names no road)
		"روستا": true, "روستای": true}
	// squareWords name a place a spot on a street is reckoned from («بعد از میدان حشمت»)
	squareWords = map[string]bool{"میدان": true, "فلکه": true, "چهارراه": true, "سهراه": true}
	// parkWords name a place as a street does, in an address only («پارک لاله», «بوستان
	// نسترن»); in free text «پارک» is as often parking.
	parkWords = map[string]bool{"پارک": true, "بوستان": true}
	// landmarkWords start a landmark phrase; the phrase is kept but never matched on.
	landmarkWords = map[string]bool{"نبش": true, "روبروی": true, "روبرو": true, "روبهروی": true,
		"جنب": true, "کنار": true, "نزدیک": true, "پشت": true, "مقابل": true, "بعد": true,
		"قبل": true, "نرسیده": true, "انتهای": true, "ابتدای": true, "سر": true, "داخل": true,
		"پایینتر": true, "بالاتر": true, "جلوی": true, "روبه": true, "وسط": true,
		"بغل": true, "نرسیدهبه": true, "بعداز": true, "اواسط": true, "ته": true}
	// sinceWords after «بعد از» or «قبل از» make it a time, not a spot: «آسفالت کوچه بعد از
	// زمستون کلا ریخته», «بعد از بارندگی آب جمع میشه», «از قبل وجود داشته» (key form).
	// Not timeWords (words.go): those are lengths of time after a number («۳ روزه»); these
	// are events and seasons, and the words opening a clause rather than naming a place.
	sinceWords = map[string]bool{"بارندگی": true, "بارندگیها": true, "بارندگیهای": true, "بارون": true,
		"بارونها": true, "بارونهای": true, "باران": true, "بارانها": true, "بارانهای": true, "واران": true,
		"برف": true, "برفها": true, "باد": true, "طوفان": true, "سیل": true, "زلزله": true,
		"زمستون": true, "زمستان": true, "تابستون": true, "تابستان": true, "پاییز": true,
		"عید": true, "نوروز": true, "تعطیلات": true, "ظهر": true, "شب": true, "نصف": true,
		"نیمه": true, "صبح": true, "عصر": true, "ساعت": true, "اذان": true, "افطار": true,
		"حفاری": true, "حفر": true, "تعمیر": true, "تعمیرات": true, "کار": true, "لولهکشی": true,
		"لولهگذاری": true, "کانالکشی": true, "کابلکشی": true, "ترمیم": true, "اسفالت": true,
		"اسفالتکاری": true, "لکهگیری": true, "تماس": true, "مراجعه": true, "پیگیری": true,
		"گزارش": true, "ثبت": true, "اتمام": true, "پایان": true, "شروع": true, "تموم": true,
		"چند": true, "یک": true, "یه": true, "هر": true, "این": true, "اون": true, "ان": true,
		"اینکه": true, "انکه": true, "که": true, "هم": true, "وجود": true, "گفتن": true,
		"گفتیم": true, "گفتم": true, "مدتی": true, "مدت": true}
	// venueWords are buildings an address may be given by («داروخانه سینا», «ایستگاه اتوبوس
	// ...»), in key form.
	venueWords = map[string]bool{"ایستگاه": true, "مسجد": true, "بانک": true, "داروخانه": true, "نانوایی": true,
		"مدرسه": true, "دبستان": true, "دبیرستان": true, "هنرستان": true, "بیمارستان": true, "درمانگاه": true,
		"کلینیک": true, "مطب": true, "مرکز": true, "اداره": true, "حسینیه": true, "تکیه": true, "امامزاده": true,
		"فروشگاه": true, "سوپرمارکت": true, "قنادی": true, "ارایشگاه": true, "باشگاه": true, "کلانتری": true,
		"پاسگاه": true, "پمپ": true, "جایگاه": true, "مهدکودک": true, "هتل": true, "رستوران": true, "پاساژ": true,
		"دانشگاه": true, "دانشکده": true, "کتابخانه": true, "سینما": true, "تالار": true, "قصابی": true,
		"تعمیرگاه": true, "کارواش": true, "اموزشگاه": true}
	// clauseVerbs end a clause telling an alley by what is there («... سرشه»).
	clauseVerbs = map[string]bool{"سرشه": true, "سرش": true, "کنارشه": true, "توشه": true, "هست": true,
		"است": true, "داره": true, "دارد": true, "قرار": true, "اونجاست": true}
	honorifics = map[string]bool{"شماره": true, "شمارهی": true, "نمره": true, "شهید": true, "سردار": true, "دکتر": true, "حاج": true,
		"سید": true, "استاد": true, "ایت": true, "الله": true, "ایتالله": true, "ایتا": true, "اله": true, "سرلشکر": true,
		// a pilgrim's titles naming a village lane's family («کوچه کربلایی جعفر», «ک مشهدی علی»)
		"حاجی": true, "کربلایی": true, "کربلای": true, "مشهدی": true, "مش": true,
		// «خیابان اصلی منظریه»: the main street named after its neighbourhood
		"اصلی": true}
	// placeNoise are words in addresses that name no place of their own.
	placeNoise = map[string]bool{
		// how a request came and who wrote it: «(تلفنی) کوچه ...», «جناب شهردار، ...»
		"تلفنی": true, "حضوری": true, "جناب": true, "اقای": true, "خانم": true, "شهردار": true,
		"ساکنین": true, "ساکنان": true, "اهالی": true,
		"رسیدگی": true, "پیگیری": true, "اقدام": true, "رشت": true, "شهر": true, "استان": true, "گیلان": false,
		"منطقه": true, "ناحیه": true, "شهرستان": true, "تقاطع": true, "ادرس": true, "نشانی": true, "شهرداری": false, "واحد": true,
		"طبقه": true, "زنگ": true, "منزل": true, "درب": true, "ساختمان": false, "محل": true,
		"انتها": true, "ابتدا": true, "اول": true, "اخر": true, "وسط": true, "اواسط": true, "ته": true, "همان": true, "همون": true,
		// «دفعه سوم است که ...», «بار دوم»: how many times, not a place and its street
		"دفعه": true, "مرتبه": true, "بار": true, "همکف": true, "زیرزمین": true,
		"روبروی": true, "ما": true, "مون": true, "مان": true, "حد": true, "فاصل": true,
		"محدوده": true, "تو": true, "در": true, "شماره": true, "پارک": true, "بوستان": true,
		"دقیق": true, "کد": true, "پستی": true, "کدپستی": true, "تماس": true, "همراه": true, "موبایل": true, "تلفن": true, "اصلی": true, "ساکن": true, "هستم": true,
		"سمت": true, "چپ": true, "راست": true, "طرف": true,
		// «حوالی بیستون» (around ...) names the place it is around
		"حوالی": true, "اطراف": true, "حدود": true, "نزدیکی": true,
		// «میدان فرهنگ ضلع شمالی»: a side of a place, not a place
		"ضلع": true, "شمالی": true, "جنوبی": true, "شرقی": true, "غربی": true,
		"شهروند": true, "شهروندان": true,
		// a form's other fields in an old system's one text («ثبت: اپراتور ۹», «موضوع: ...»)
		"موضوع": true, "ثبت": true, "اپراتور": true, "کاربر": true, "اپ": true,
		// «از تاریخ ۱۴۰۴/۱۲/۲۰»: a date, not a neighbourhood and its street
		"تاریخ": true, "مورخ": true,
		// «ورودی پارک لاله»: the park's entrance; «حاشیه میدان»: its edge
		"ورودی": true, "حاشیه": true,
		// an operator's words after an address («... - کوچه ۶ توسط شهروند، لطفا بررسی شود»)
		"توسط": true, "بررسی": true, "جهت": true, "گلایه": true, "ایجاد": true, "درخواست": true,
		"اعلام": true, "شکایت": true, "خواستار": true, "معبر": true,
		// an address field left «نامشخص» or «اعلام نشد»; a form's labels and an operator's
		// notes («شرح: ...», «ادامه درخواست ۰۴۰۹-۰۲۱۰۸», «کد رهگیری قبلی ...», «منتظرم»)
		"نامشخص": true, "نامعلوم": true, "نشد": true, "نشده": true, "شرح": true, "نوع": true,
		"ادامه": true, "رهگیری": true, "قبلی": true, "منتظرم": true,
		// «منطقه الحاقی مبارک‌آباد»: the annexed area, not its name
		"الحاقی": true}
)

// ParsePlace reads the place from the address field and fills what it lacks from the text
// («آسفالت کوچه دوازدهم خراب است»). The address wins where the two disagree.
func ParsePlace(address, text string) Place {
	return placeOf(parsePlaceTokens(textAddress(address, text), true, nil), keyTokens(text), nil)
}

// Lexicon is a district's place names in key form, each with the kinds of place its
// addresses use it for (LexArea, LexStreet, LexAlley). With it a text's place is read more
// boldly: «مخزن زباله کوی مدرس خ مدرس کوچه یاس» names its place though no «در» or «ساکن»
// announces it, because «مدرس» and «یاس» are names the district's addresses use, while
// «تو کوچه سرعت‌گیر بذارید» still names none.
type Lexicon map[string]byte

// Kinds of place a Lexicon name is used for.
const (
	LexArea byte = 1 << iota
	LexStreet
	LexAlley
)

// textAddress is the address tokens to parse: the address field's, or, when it is empty,
// what the text puts in brackets («... (باقرآباد خیابان عدالت ک ۸)»), where writers put an
// address as they would in the field.
func textAddress(address, text string) []string {
	if strings.TrimSpace(address) != "" {
		return addressTokens(address)
	}
	var parts []string
	for rest := text; ; {
		_, after, ok := strings.Cut(rest, "(")
		if !ok {
			break
		}
		in, next, ok := strings.Cut(after, ")")
		if !ok {
			break
		}
		if !formerName(in) {
			parts = append(parts, in)
		}
		rest = next
	}
	if len(parts) == 0 {
		return nil
	}
	ws := addressTokens(strings.Join(parts, "، "))
	// only when the brackets read like an address: a place word or a number in them
	for _, w := range ws {
		if streetWords[w] || alleyWords[w] || areaWords[w] {
			return ws
		}
	}
	return nil
}

// segmentMark stands between the parts of an address the writer separated («پلاک ۶۱، کوچه ۸،
// خیابان عدالت، باقرآباد»): a name never runs on across it, so «عدالت، باقرآباد» is a street
// and an area, not one two-word street name («امام خمینی»).
const segmentMark = "،"

// addressTokens is keyTokens for an address, with segmentMark between its comma-, semicolon-
// or spaced-dash-separated parts.
func addressTokens(s string) []string {
	parts := strings.FieldsFunc(strings.ReplaceAll(s, " - ", "،"), func(r rune) bool {
		return r == '،' || r == ',' || r == '؛' || r == ';'
	})
	if len(parts) <= 1 {
		return keyTokens(s)
	}
	var out []string
	for _, part := range parts {
		ws := keyTokens(part)
		if len(ws) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, segmentMark)
		}
		out = append(out, ws...)
	}
	return out
}

// placeOf is the address's place p completed, or questioned, by the text's words.
func placeOf(p Place, text []string, lex Lexicon) Place {
	if len(text) > 0 {
		t := parsePlaceTokens(joinNames(dropOtherPlaces(text), lex), false, lex)
		if (t.Street != "" || t.Alley != "") && p.match(&t) < 3 && forOther(text) {
			// «برای منزل پدرم در خیابان دانشجو کوچه ۷ ...» from the writer's own address:
			// the text's place is the problem's, the address only the writer's (no other
			// place the problem may be at, as Alt would make it)
			t.ForOther = true
			return t
		}
		// An address filled in from a map pin often names the neighbouring alley; when the
		// writer's own words name another one, either may be right.
		if t.Alley != "" && p.Alley != "" {
			alt := Place{Area: p.Area, AreaAlt: p.AreaAlt, Street: p.Street, Alley: t.Alley, AlleyName: t.AlleyName}
			if t.Street != "" && t.Street != p.Area {
				alt.Street = t.Street
			}
			if p.match(&alt) < 0 {
				p.Alt = &alt
			}
		}
		// («شهرک بعثت، بلوار بعثت»: a street named as its town, the text naming both)
		if p.Alt == nil && t.Street != "" && p.Street != "" && (t.Street != p.Area || t.Area == t.Street) && cmpName(t.Street, p.Street) < 0 {
			// the address (often a map pin) names another street than the writer: the
			// text's alley is on the text's street, not on the address's
			alt := Place{Area: p.Area, AreaAlt: p.AreaAlt, Street: t.Street, Alley: t.Alley, AlleyName: t.AlleyName}
			if t.Area != "" && t.Area != t.Street {
				alt.Area, alt.AreaGuess = t.Area, true
			}
			p.Alt = &alt
		}
		if p.StreetBare && p.Alley == "" && t.Alley != "" && t.Alley == p.Street && (t.Street == "" || t.Street == p.Area) {
			// «ضیابری ۳۲» in the address and «کوچه ۳۲ ضیابری» in the text: the bare number
			// was the alley's, not a numbered street's
			p.Street, p.StreetBare = "", false
		}
		if p.Area == "" && t.Area != "" && t.Area != p.Street {
			p.Area, p.AreaGuess = t.Area, true
		}
		if p.Street == "" && t.Street != "" && t.Street != p.Area {
			// («مخزن زباله حاجی‌آباد ۲۳»: a number after the name, as an address may write it)
			p.Street, p.StreetBare = t.Street, t.StreetBare && t.Area == p.Area
		}
		if p.Former == "" && t.Former != "" && (t.Street == p.Street || (t.Street == "" && t.Area == p.Area)) {
			p.Former = t.Former
		}
		if p.Alley == "" && p.Alt == nil {
			// «حد فاصل کوچه ۸ و ۱۰» keeps both ends; «انتهای بن‌بست ۳» is a dead end
			p.Alley, p.AlleyName, p.DeadEnd = t.Alley, t.AlleyName, t.DeadEnd
		}
		if p.Plate == "" {
			p.Plate = t.Plate
		}
		if p.Landmark == "" {
			p.Landmark = t.Landmark
		}
	}
	return p
}

// forOther reports whether a text (key form) says its writer reports for someone else's
// place or their work's: «برای منزل مادرم», «برای خونه مادربزرگم», «برای محل کارم», «برای
// مغازه‌ام», «از طرف همسایه‌مون در ...».
func forOther(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		switch ws[i] {
		case "برای":
			w := ws[i+1]
			if w == "منزل" || w == "خونه" || w == "خانه" || strings.HasPrefix(w, "مغازه") ||
				(w == "محل" && i+2 < len(ws) && strings.HasPrefix(ws[i+2], "کار")) {
				return true
			}
		case "طرف":
			if i > 0 && ws[i-1] == "از" && strings.HasPrefix(ws[i+1], "همسایه") {
				return true
			}
		}
	}
	return false
}

// LandmarkWord reports whether w (key form) is a word that places a spot by what is there
// («نبش», «روبروی», «کنار»), as opposed to the building itself («داروخانه»).
func LandmarkWord(w string) bool { return landmarkWords[w] }

// VenueWord reports whether w (key form) is a kind of building an address may be given by
// («مسجد», «بانک», «درمانگاه»).
func VenueWord(w string) bool { return venueWords[w] }

// shortName: a name of two letters or fewer is the first word of a longer one («پل عراق»).
func shortName(w string) bool {
	n := utf8.RuneCountInString(w)
	return n > 0 && n <= 2 && !isDigit(firstRune(w)) && w[0] >= utf8.RuneSelf && !shortWords[w]
}

// twoWordName joins the name n that ends before ws[next] with the word there when n is a
// shortName of at least letters letters and that word a name: «پل عراق» is one name, as
// «پل‌عراق» is. It returns the name and where it ends.
func twoWordName(ws []string, n string, next, letters int) (string, int) {
	if shortName(n) && utf8.RuneCountInString(n) >= letters && next < len(ws) && isName(ws[next]) &&
		!stopwords[ws[next]] && !isDigit(firstRune(ws[next])) {
		return n + ws[next], next + 1
	}
	return n, next
}

// shortWords are two-letter words that open no name («آب جوی خیابان شقایق», «یه ماشین جلوی
// در»).
var shortWords = map[string]bool{"اب": true, "یه": true, "تو": true, "کل": true, "پر": true, "هر": true,
	"دو": true, "نه": true, "چه": true}

// dateYear reports whether w is a year of the Persian calendar opening a date («۱۴۰۴/۰۹/۰۸»
// is read as three numbers).
func dateYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "13") || strings.HasPrefix(w, "14")) && allDigits(w)
}

// isName reports whether w can be (part of) a place name.
func isName(w string) bool {
	return w != "" && w != segmentMark && wordKinds[w]&kindNotName == 0 && !ourPlace(w) &&
		!timeWords[stem(w)] // «کوچه شب‌ها مثل قیره»
}

// predicateWords say what is wrong, not where: a landmark's words end at them («کنار بانک
// ملی خراب است» is at «کنار بانک ملی»; «جنب داروخانه پر شده» at «جنب داروخانه»).
var predicateWords = []string{"است", "هست", "شده", "نشده", "کرده", "نکرده", "میکنه", "نمیکنه", "خراب", "خرابه",
	"تخریب", "ریخته", "گرفته", "پر", "دارد", "داره", "ندارد", "نداره", "میشه", "نمیشه", "شدن", "شدند", "بود",
	"اویزان", "اویزون", "افتاده", "شکسته", "سوخته", "خاموش", "خاموشه", "مسدود", "نیست",
	// what follows «تو کوچه» when it is the complaint's «in the alley», not an address
	// («ماشین اسقاطی ماه‌هاست تو کوچه مونده», «سگ ولگرد تو کوچه هستن», «بوی گاز تو کوچه
	// پیچیده», «کوچه شبا تاریکه»): no alley is called so
	"مونده", "مانده", "هستن", "هستند", "میاد", "میاید", "میان", "میرن", "هیچکس", "کسی", "خبر", "پیچیده",
	"تجمع", "بازی", "بچهها", "خواهشا", "فوری", "زودتر", "سریعتر", "تاریکه", "یه", "کلا", "داغون",
	"لطفن", "تورو", "توروخدا", "تروخدا", "قبلا", "عکسش", "عکسشو", "چندین", "خواهش", "اخه", "ریختهاند", "شبا",
	"رد", "ردشیم", "ردبشیم", "ردشد", "ردشدن", "خونهها", "اومده", "کوچیک", "خطرناکه", "واقعا", "رفته", "عکسشم",
	// and what opens a text or a part of a place before its name: «کی قراره کوچه ۴ رو
	// آسفالت کنید», «توی خ پیرسرا», «اوایل خیابون بهشتی», «دهانه کوچه ۴», «آب اومده تو
	// حیاط», «سگ ولگرد انتهای کوچه ...», «خ امام خمینی (ره)», «کل مسیر چهارراه ... تا ...»
	// (not Gilaki's «جیر», lower: «جیر کوچه» is an alley's lower end, «جیر سر» the village)
	"کی", "قراره", "میخواید", "میخواین", "توی", "اوایل", "اواخر", "دهانه", "حیاط", "سگ", "ولگرد",
	"ره", "مسیر", "واقع", "ابگیر",
	// and the complaint right after its alley («کوچه ۱۳ آسفالتش خرابه»)
	"اسفالت", "اسفالتش", "زباله", "زبالهها", "چاله", "نخاله", "لامپ"}

// wordKinds folds the word lists the place parser asks about every word of every request
// into one lookup (each list alone cost a map access per word).
var wordKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range []map[string]bool{streetWords, alleyWords, areaWords, landmarkWords, placeNoise} {
		for w, ok := range l {
			if ok {
				m[w] |= kindNotName | kindPlaceWord
			}
		}
	}
	for _, l := range []map[string]bool{streetWords, alleyWords, areaWords, landmarkWords, parkWords} {
		for w, ok := range l {
			if ok {
				m[w] |= kindHead
			}
		}
	}
	for _, w := range []string{"پلاک", "و", "از", "به"} {
		m[w] |= kindNotName
	}
	for w, ok := range timeWords {
		if ok {
			m[w] |= kindNotName
		}
	}
	for _, w := range predicateWords {
		m[w] |= kindNotName
	}
	for w, ok := range stopwords {
		if ok {
			m[w] |= kindPlaceWord
		}
	}
	return m
}()

const (
	kindNotName   = 1 << iota // isName is false
	kindPlaceWord             // placeWordTypo keeps the word as it is
	kindHead                  // a street, alley, area, landmark or park word
)

// ourPlace: «کوچه‌مون», «محله‌مون», «خیابونمون» (our alley, our street) name no place.
func ourPlace(w string) bool {
	for _, suf := range [...]string{"مون", "مان", "ما"} {
		if b, ok := strings.CutSuffix(w, suf); ok && (alleyWords[b] || streetWords[b] || areaWords[b] || b == "خیابون" || b == "کوچ") {
			return true
		}
	}
	return false
}

// parsePlaceTokens walks key words. In an address, a leftover name with no place word before
// it is the area; in free text only words after a place word count (the rest is the problem).
func parsePlaceTokens(ws []string, address bool, lex Lexicon) Place {
	var p Place
	nameEnd, alleyEnd := -1, -1 // where the last street/area name and alley name ended
	parkStreet := false         // the street so far is a park's name («پارک لاله»)
	streetSquare := false       // the street so far is a square («فلکه گاز»)
	areaEnd := -1               // where an area the address names first ended
	deadEndFirst := false       // the alley so far is a dead end named before its alley
	areaBare := false           // the area is a name the address opened with, no «محله» before it
	alleyFirst := false         // the address named its alley before its street
	// a second street an address names after its area and first street, and the area it
	// named between them («گیلان، رشت، پاستور، خیابان بیستون - طالقانی - خ حافظ - کوچه ۱»):
	// the alley after it is on it (lateAlley)
	lateStreet, lateArea, lateAlley := "", "", false
	// in free text, a place word after «در», «تو», «ساکن», or opening the text, introduces a
	// real address; so does an alley word right after the street the text named («خیابان
	// ۱۰۴ کوچه گلستان»)
	named := func(i int) bool {
		return address || i == 0 || (i > 0 && prepositions[ws[i-1]]) ||
			(i == nameEnd && p.Street != "" && (alleyWords[ws[i]] || streetWords[ws[i]])) ||
			// «در صیقلان بلوار صیقلان کوچه یاس»: a place word right after the area the text named
			(i == nameEnd && p.Area != "" && (alleyWords[ws[i]] || streetWords[ws[i]])) ||
			// «کوچه ۸ خیابان عدالت»: a street word right after the alley the text named
			(i == alleyEnd && p.Alley != "" && streetWords[ws[i]])
	}
	name1 := func(i int) (string, int) {
		full := named(i - 1)
		// «تو کوچه سرعت‌گیر بذارید», «تو کوچه، موش و گربه»: after an alley word in free
		// text a problem word is the complaint; alleys are named after flowers and people
		alley := i > 0 && alleyWords[ws[i-1]]
		j := i
		for j < len(ws) && (honorifics[ws[j]] || (i > 0 && placeWords[ws[i-1]] && (titleTypo(ws, j) || numberWordTypo(ws, j)))) {
			j++
			if j < len(ws) && ws[j-1] == "ایت" && ws[j] == "ا" {
				j++ // «آیت ا... رودباری»: the title cut short
			}
		}
		// «بلوار کوی قدس», «خیابان شهرک ...»: an area word after a street word is part of
		// the street's name
		if i > 0 && streetWords[ws[i-1]] && j+1 < len(ws) && areaWords[ws[j]] && isName(ws[j+1]) && !stopwords[ws[j+1]] {
			j++
		}
		// in free text a word after «خیابان» is as often the complaint («خیابون داغونه») as
		// a name, so only numbers count there
		// after a street word, a word that names a problem is a name («فلکه گاز، کوچه ۵»)
		// only when a place or number follows it, not a complaint («خیابون کثیف و ...»)
		placeNext := j+1 >= len(ws) || streetWords[ws[j+1]] || alleyWords[ws[j+1]] || landmarkWords[ws[j+1]] ||
			ws[j+1] == "پلاک" || isPlaceNumber(ws[j+1])
		if address && j < len(ws) && parkWords[ws[j]] && i > 0 && (streetWords[ws[i-1]] || alleyWords[ws[i-1]]) {
			// «خیابان بوستان», «کوچه بوستان»: the word is the name here
			return ws[j], j + 1
		}
		if !address && j < len(ws) && i > 0 && lex[ws[j]]&lexKinds(ws[i-1]) != 0 {
			// a name the district's addresses give a place of this kind
			return ws[j], j + 1
		}
		if j < len(ws) && (full && isName(ws[j]) && !stopwords[ws[j]] && (address || !isWeakProblemWord(ws[j])) &&
			(address || !isProblemWord(ws[j]) || (!alley && placeNext)) && (address || lex.allows(ws[j])) || isPlaceNumber(ws[j])) {
			return ws[j], j + 1
		}
		return "", i
	}
	name := func(i int) (string, int) {
		n, next := name1(i)
		// «علم الهدی», «ثامن الائمه»: a word opening with the Arabic article is the name's
		// second half
		if n != "" && next < len(ws) && !isDigit(firstRune(n)) && articled(ws[next]) {
			return n + ws[next], next + 1
		}
		return n, next
	}
	hasFormer := slices.Contains(ws, "سابق") // most texts name no former name
	hasCurrent := slices.Contains(ws, "فعلی")
	for i := 0; i < len(ws); {
		if hasFormer && (p.Street != "" || p.Area != "") {
			if j, old := former(ws, i); j > i {
				// «خیابان امام (شاه سابق)», «خیابان انصاری (جاده پیربازار سابق)»: the
				// street's former name, not another place (a street known only by it is
				// read as written)
				if p.Former == "" {
					p.Former = old
				}
				i = j
				continue
			}
		}
		if hasCurrent && p.Street != "" {
			if j, cur := current(ws, i); j > i {
				// «خیابان باغ ملی (خیابان دیلمان فعلی)», «بلوار ۱۸۳ (شهید حمیدی فعلی)»,
				// «خیابان بهار قدیم (رسالت فعلی)»: the street's present name after the one
				// written first
				if cur != p.Street {
					p.Former, p.Street = p.Street, cur
				}
				if p.AreaAlt == cur {
					p.AreaAlt = ""
				}
				i = j
				continue
			}
		}
		if n, ok := strings.CutPrefix(ws[i], bracketMark); ok {
			// «کوچه لاله (۷)», «کوچه ۷ (لاله)»: the alley's number beside its name
			// («بن‌بست اول کوچه ۹ (مریم)»: the name is the alley's, not the dead end's)
			// («کوچه ۲ (بن بست)», «کوچه ۲۵ (تلفنی)»: no name)
			if i == alleyEnd && p.Alley != "" && p.AlleyName == "" && isDigit(firstRune(p.Alley)) != isDigit(firstRune(n)) && isName(n) &&
				(!strings.Contains(p.Alley, "/") || !isDigit(firstRune(n))) {
				p.AlleyName = n
			}
			i++
			continue
		}
		w := ws[i]
		w = placeWordTypo(ws, i, address)
		// most words are no place word: one lookup spares the four below
		head := wordKinds[w]&kindHead != 0
		switch {
		case address && w == "کوچهای" && i+1 < len(ws) && ws[i+1] == "که":
			// «کوچه‌ای که کلانتری ۱۶ سرشه»: the alley is told by what is at its head
			end := i + 2
			for end < len(ws) && ws[end] != segmentMark && !streetWords[ws[end]] && !alleyWords[ws[end]] {
				end++
			}
			words := ws[i+2 : end]
			if len(words) > 1 && clauseVerbs[words[len(words)-1]] {
				words = words[:len(words)-1]
			}
			if p.Landmark == "" && len(words) > 0 {
				p.Landmark = strings.Join(words, " ")
			}
			i = end
		case address && venueWords[w] && i+1 < len(ws) && isName(ws[i+1]) &&
			!(i > 0 && (streetWords[ws[i-1]] || alleyWords[ws[i-1]] || landmarkWords[ws[i-1]] || venueWords[ws[i-1]])):
			// «خیابان ۱۳۲ - داروخانه سینا», «ایستگاه اتوبوس مرکز مخابرات، کوچه ۳»: a building
			// the address is given by, not a neighbourhood (after a place word it is a name:
			// «کوچه مسجد»)
			end := i + 1
			for end < len(ws) && end < i+6 && (isName(ws[end]) || honorifics[ws[end]]) && !isDigit(firstRune(ws[end])) &&
				!streetWords[ws[end]] && !alleyWords[ws[end]] && ws[end] != "پلاک" {
				end++
			}
			if p.Landmark == "" {
				p.Landmark = strings.Join(ws[i:end], " ")
			}
			i = end
		case address && (i == nameEnd || i == alleyEnd) && isName(w) && !stopwords[w] && !honorifics[w] && !isDigit(firstRune(w)):
			// a name's second word («امام خمینی», «کوچه ۱۵ صنوبر»)
			if i == alleyEnd && p.AlleyName == "" {
				p.AlleyName = w
			}
			if i == areaEnd && shortName(p.Area) {
				// «پل عراق» is one name, as «پل‌عراق» is; «پل» alone names nothing (and a
				// number right after it is bare, «پل عراق ۱۹», as after «پاستور»)
				p.Area += w
				if nameEnd == i {
					nameEnd = i + 1
				}
				areaEnd = i + 1
			} else if i == areaEnd && p.AreaAlt == "" && p.Street == "" && p.Alley == "" {
				// «ساغری‌سازان مطهری بن بست ۳»: a neighbourhood and its street without
				// their words (or a name in two words: either one matches)
				p.AreaAlt = w
			}
			i++
		case i == alleyEnd && w == "و" && i+1 < len(ws) && isDigit(firstRune(ws[i+1])) && isDigit(firstRune(p.Alley)),
			// («بین کوچه فجر و شالیزار»: the other end named without its word, no neighbourhood)
			i == alleyEnd && w == "و" && i+1 < len(ws) && p.Alley != "" && !isDigit(firstRune(p.Alley)) && !strings.Contains(p.Alley, "/") &&
				isName(ws[i+1]) && !isDigit(firstRune(ws[i+1])) && !stopwords[ws[i+1]] && !isProblemWord(ws[i+1]) &&
				(i+2 == len(ws) || ws[i+2] == segmentMark || landmarkWords[ws[i+2]] || ws[i+2] == "پلاک") && between(ws, i):
			// «حد فاصل کوچه ۸ و ۱۰»
			if p.AlleyName == "" {
				p.AlleyName = ws[i+1]
			}
			i += 2
		case address && i == alleyEnd && isDigit(firstRune(w)) && !isDigit(firstRune(p.Alley)) && p.AlleyName == "" && p.Street != "":
			// «خیابان ۱۱۴، کوچه صنوبر ۱۵» (without a street, «کوچه مریم ۱۱۸» names the street)
			p.AlleyName = w
			i++
		case head && squareWords[w] && p.Street != "" && i > 0 && (ws[i-1] == "فاصل" || ws[i-1] == "بین"):
			// «خیابان امام حد فاصل چهارراه ساغریسازان و بانک صادرات»: a stretch of the
			// street between two spots, not another street
			end := i + 1
			for end < len(ws) && ws[end] != segmentMark && (!streetWords[ws[end]] || squareWords[ws[end]] && ws[end-1] == "و") && !alleyWords[ws[end]] && !isDigit(firstRune(ws[end])) {
				// (to the other end: «حد فاصل میدان گیل و چهارراه نوروزی»)
				end++
			}
			if p.Landmark == "" {
				p.Landmark = strings.Join(ws[i:end], " ")
			}
			i = end
		case head && (streetWords[w] || (address && parkWords[w] && !(i > 0 && (streetWords[ws[i-1]] || alleyWords[ws[i-1]])))):
			chained := i == nameEnd // right after the street the text named
			n, next := name(i + 1)
			n, next = twoWordName(ws, n, next, 1) // «خیابان پل عراق»
			nameEnd = next
			if n != "" {
				if p.Street == "" {
					p.Street = n
					streetSquare = squareWords[w]
					parkStreet = parkWords[w]
					alleyFirst = address && p.Alley != ""
				} else if alleyFirst && p.Area == "" && !parkWords[w] && n != p.Street {
					// «کوچه پروانه خیابان شهید انصاری خیابان بیستون»: written from the
					// alley out, the street after the alley's is the larger one
					p.Area = n
				} else if parkStreet && !parkWords[w] {
					// «پارک لاله در خیابان صدوقی»: the park is the place, the street
					// only says where the park is
					if p.AreaAlt == "" {
						p.AreaAlt = n
					}
				} else if p.Area == "" && (address || chained) && squareWords[w] && !streetSquare && !parkStreet && p.Alley == "" {
					// «بلوار امام فلکه گاز، ک.۳»: the square is where on the boulevard, read
					// as «فلکه گاز، بلوار امام، ک ۳» is (the square the area, the boulevard
					// the street its alleys are off)
					p.Area, p.AreaStreet = n, true
				} else if p.Area == "" && (address || chained) && !phase(p.Street) {
					// «بلوار گیلان، خیابان ۱۲۴», «بلوار معلم خیابان شریعتی ک گلستان»: the
					// first one is the area
					p.Area, p.Street, p.AreaStreet = p.Street, n, true
				} else if address && parkWords[w] && !parkStreet && p.Alley == "" && n != p.Street {
					// «گلسار، خیابان ۱۴۱، بوستان نسیم»: the park is the place, as in
					// «خیابان ۱۴۱، بوستان نسیم» (read as area and street) and «بوستان نسیم»
					if p.AreaAlt == "" {
						p.AreaAlt = p.Street
					}
					p.Street, parkStreet = n, true
				} else if address && p.Alley == "" && lateStreet == "" && n != p.Street && !phase(p.Street) {
					// (a street inside a new town's phase, «فاز ۲، خیابان ۳، بلوک ۱۰»,
					// is left out: the phase and the block say where)
					lateStreet, lateArea = n, p.AreaAlt
				} else if address && p.Alley == "" && lateStreet != "" && n != lateStreet && n != p.Street {
					// «خیابان ۱۷۲، گلسار، رشت - بلوار معلم - خ شهید انصاری - کوچه ۴»: the
					// alley is off the last street, which is off the one before it
					lateStreet, lateArea = n, lateStreet
				}
			}
			i = advance(i, next)
		case head && alleyWords[w] && (w == "بنبست" || w == "بن") && p.Alley != "" && i+1 < len(ws) && len(ws[i+1]) >= 3 && allDigits(ws[i+1]):
			// «کوچه هفتم (بن بست) ۱۲۶ گلسار», «ک ۱۱ بن بست ۱۹۰»: the alley is a dead end; a
			// number of three digits after it is the street, not the dead end's
			p.DeadEnd = false
			i++
		case head && alleyWords[w]:
			n, next := name(i + 1)
			if next > i+1 {
				alleyEnd = next
			}
			if n != "" {
				switch {
				case p.Alley == "" || ((p.Alley == p.Street || p.Alley == p.Area) && !p.DeadEnd && p.AlleyName == "" && n != p.Alley):
					// («تو کوچه معلم بلوار معلم کوچه هفتم»: the first «کوچه» was the
					// complaint's «in the alley», the name after it the neighbourhood
					// opening the address)
					p.Alley = n
					deadEndFirst = w == "بنبست" || w == "فرعی" || w == "بن"
					lateAlley = lateStreet != ""
				case venueWords[p.Alley] && isDigit(firstRune(n)) && !deadEndFirst && (w == "کوچه" || w == "ک"):
					// «سر کوچه داروخانه رازی، کوچه ۲»: the alley the pharmacy is at the
					// head of, then its number
					p.Alley = n
				case (w == "مجتمع" || w == "برج") && p.AlleyName == "" && n != p.Alley && !strings.Contains(p.Alley, "/"):
					// «بلوک ۳، مجتمع ارکیده», «بلوک ۱۰، برج ۱۰»: a new town's block is
					// named by its complex or tower as well
					p.AlleyName = n
				case (w == "بنبست" || w == "فرعی") && !strings.Contains(p.Alley, "/"):
					// (a text naming its dead end twice names it once)
					p.Alley += "/" + n
				case deadEndFirst && !strings.Contains(p.Alley, "/"):
					// «بن‌بست ۳، کوچه مریم»: the dead end written before its alley
					p.Alley = n + "/" + p.Alley
					deadEndFirst = false
				}
			}
			i = advance(i, next)
		case head && areaWords[w]:
			n, next := name(i + 1)
			// «محله پل عراق» (a letter alone is an abbreviation: «محدوده ب. معلم»)
			n, next = twoWordName(ws, n, next, 2)
			if address && n != "" && (w == "روستا" || w == "روستای") {
				// a village's name in two or three words («روستای پیر بازار», «روستای کاسه
				// گر محله») is the name written in one (in an address, whose parts commas
				// end: a text's «روستای لکان کوچه‌ها خاکیه» goes on with the complaint)
				n, next = villageName(ws, n, next)
			}
			nameEnd = next
			switch {
			case n == "":
			case p.Area == "":
				p.Area = n
			case areaBare && n != p.Area:
				// «کاظمی کوچه‌ی ۵ محله پاستور»: the name the address opened with was the
				// alley's; the neighbourhood is the one it calls so
				if p.AreaAlt == "" {
					p.AreaAlt = p.Area
				}
				p.Area = n
			}
			areaBare = false
			i = advance(i, next)
		case w == "پلاک":
			j := i + 1
			for j < len(ws) && (ws[j] == "شماره" || ws[j] == "شمارهی" || ws[j] == "نمره") {
				j++ // «پلاک شماره ۲۷» is plate 27, no street 27
			}
			if j < len(ws) && isDigit(firstRune(ws[j])) {
				if p.Plate == "" {
					p.Plate = ws[j]
				}
				i = j + 1
			} else {
				i++
			}
		case head && landmarkWords[w] && !(w == "سر" && i+1 < len(ws) && strings.HasPrefix(ws[i+1], "ریز")):
			// («منهول سر ریز کرده» overflows: no head of anything)
			j := i + 1
			for j < len(ws) && (ws[j] == "از" || ws[j] == "به") {
				j++
			}
			end := j
			if p.Street != "" && j+1 < len(ws) && squareWords[ws[j]] && isName(ws[j+1]) {
				// «خیابان مطهری بعد از میدان حشمت»: a square past which the spot on the
				// street is, not the street
				end = j + 1
			}
			if p.Street != "" && j < len(ws) && squareWords[ws[j]] && (j+1 == len(ws) || !isName(ws[j+1])) {
				// «بلوار گیلان، کنار میدان»: the square at the street's end is the spot
				end = j + 1
			}
			most := 3
			if address {
				most = 5 // «بعد از بقعه آقا سید ابوجعفر»: an address's landmark runs to its part's end
			}
			for end < len(ws) && end < j+most && (isName(ws[end]) || parkWords[ws[end]]) && !isDigit(firstRune(ws[end])) &&
				!(ws[end] == "ب" && end+1 < len(ws) && isPlaceNumber(ws[end+1])) && // «سر ب ۵»: the dead end's head
				// («نزدیک نانوایی بربری زباله‌ها ریخته»: in free text the complaint that follows is
				// no part of the landmark's name)
				(address || end == j || parkWords[ws[end]] || !isProblemWord(ws[end])) {
				end++
				// «کنار آموزش و پرورش», «اداره آب و فاضلاب»: one name joined by «و»
				if end+1 < len(ws) && ws[end] == "و" && isName(ws[end+1]) && !isDigit(firstRune(ws[end+1])) {
					end += 2
				}
			}
			if p.Landmark == "" && end > j && !(sinceWords[ws[j]] && (w == "بعد" || w == "قبل" || w == "بعداز")) {
				p.Landmark = strings.Join(ws[i:end], " ")
			}
			i = max(end, i+1)
		case i == nameEnd && isPlaceNumber(w) && p.Street != "" && !isDigit(firstRune(p.Street)) && !parkStreet && streetNumbered(ws, i, p.Alley != "" && alleyFirst):
			// «شهرک بعثت، خیابان بعثت ۱۰، کوچه ۲», «ک.۲، خ بعثت ۱۴»: a number right after a
			// street's name, with the alley given by its own word, is the street's: the tenth
			// street of the town or quarter, as «بعثت ۱۰، ک.۲» writes it. (Without an alley
			// word, «بلوار گیلان ۱۷» stays the boulevard's alley 17.)
			switch {
			case p.Area == "":
				p.Area, p.AreaStreet = p.Street, true
			case cmpName(p.Area, p.Street) != 1 && p.AreaAlt == "":
				p.AreaAlt = p.Street
			}
			p.Street = w
			i++
		case isDigit(firstRune(w)):
			// «کوچه ۷ و ۹» is a stretch between two alleys, not a street 9; postcodes and
			// phone numbers are not places
			// in free text, only right after an area the text named («گلسار ۱۰۴ ک ۲۱»)
			// or opening the text or after «در» right before an alley word («در ۸۲، کوچه ۱»,
			// «۱۲۴، کوچه ۲۳»), or right after a numbered alley («کوچه ۱۴ ۱۶۰ گلسار»)
			// A number right before a numbered alley names its street wherever it stands
			// («زباله جمع نشده ۱۰۷ کوچه ۱۱»).
			textStreet := !address && p.Street == "" && ((named(i) && i+1 < len(ws) && alleyWords[ws[i+1]]) ||
				(i == alleyEnd && isDigit(firstRune(p.Alley)) && p.AlleyName == "") ||
				(p.Alley == "" && i+2 < len(ws) && alleyWords[ws[i+1]] && isPlaceNumber(ws[i+2])))
			// («از تاریخ ۱۴۰۴/۰۹/۰۸»: a date's numbers are no place)
			date := (dateYear(w) && i+1 < len(ws) && isDigit(firstRune(ws[i+1]))) || (i > 0 && dateYear(ws[i-1])) ||
				(i > 1 && dateYear(ws[i-2]) && isDigit(firstRune(ws[i-1])))
			if (address || (i == nameEnd && p.Area != "") || textStreet) && isPlaceNumber(w) && !date && !(i > 0 && (ws[i-1] == "و" || numberNoise[ws[i-1]])) {
				switch {
				case p.Street == "":
					p.Street = w
					p.StreetBare = p.Area != "" && i == nameEnd
				case p.Alley == "":
					p.Alley = w
				}
			}
			i++
		case !address && (i == 0 || prepositions[ws[i-1]]) && isName(w) && !stopwords[w] && !isProblemWord(w) && p.Area == "" &&
			p.Street == "" && !shortName(w) && i+2 < len(ws) && isName(ws[i+1]) && !stopwords[ws[i+1]] && !isProblemWord(ws[i+1]) && alleyWords[ws[i+2]] &&
			lex.allows(w) && lex.allows(ws[i+1]):
			// «در باقرآباد عدالت کوچه ۸»: an area and a street without their words
			p.Area, p.Street = w, ws[i+1]
			nameEnd = i + 2
			i += 2
		case !address && (i == 0 || prepositions[ws[i-1]] || lex[w]&LexArea != 0) && isName(w) && !stopwords[w] && !isProblemWord(w) && p.Area == "" &&
			!personTitles[w] && // («سلام آقا، کوچه ...» is no neighbourhood «آقا»)
			lex.allows(w) && i+1 < len(ws) && (streetWords[ws[i+1]] || alleyWords[ws[i+1]] || landmarkWords[ws[i+1]] || isPlaceNumber(ws[i+1])):
			// «در گلسار، خیابان ۱۱۲», or a text that opens with its address
			p.Area = w
			nameEnd = i + 1
			i++
		case !address && (i == 0 || prepositions[ws[i-1]]) && shortName(w) && utf8.RuneCountInString(w) == 2 && !stopwords[w] && p.Area == "" && i+2 < len(ws) &&
			!isProblemWord(w) && isName(ws[i+1]) && !stopwords[ws[i+1]] && !isProblemWord(ws[i+1]) && !isProblemWord(w+ws[i+1]) && (streetWords[ws[i+2]] || alleyWords[ws[i+2]] || landmarkWords[ws[i+2]] || isPlaceNumber(ws[i+2])):
			// «در پل عراق، کوچه ۴»
			p.Area = w + ws[i+1]
			nameEnd = i + 2
			i += 2
		case address && w == "اصلی" && p.Street == "" && i+1 < len(ws) && isName(ws[i+1]) && !isDigit(firstRune(ws[i+1])) &&
			(i == 0 || ws[i-1] == segmentMark || isPlaceNumber(ws[i-1]) || alleyEnd == i):
			// «منظریه، اصلی منظریه، کوچه ۴», «ک ۴ اصلی منظریه»: the main street of the
			// neighbourhood, written without its street word
			p.Street = ws[i+1]
			nameEnd = i + 2
			i += 2
		case address && w == "گیلان" && ((i+1 < len(ws) && (ws[i+1] == "رشت" || (ws[i+1] == segmentMark && i+2 < len(ws) && ws[i+2] == "رشت"))) || (i > 0 && ws[i-1] == "استان")):
			// «گیلان، رشت، ...», «استان گیلان»: the province, not «بلوار گیلان»
			i++
		default:
			// (a letter alone is an abbreviation, «ت: ۰۹۱۱...», not a neighbourhood; nor is
			// «منطقه ۲ شهرداری» the municipality's district one)
			if address && isName(w) && !stopwords[w] && !honorifics[w] && utf8.RuneCountInString(w) > 1 &&
				!(w == "شهرداری" && i >= 2 && ws[i-2] == "منطقه" && isDigit(firstRune(ws[i-1]))) {
				if p.Area != "" {
					// «محله پل عراق، پل عراق»
					var next int
					w, next = twoWordName(ws, w, i+1, 2)
					i = next - 1
				}
				if p.Area == "" {
					p.Area = w
					nameEnd, areaEnd = i+1, i+1
					areaBare = true
				} else if p.AreaAlt == "" && w != p.Area {
					p.AreaAlt = w
				}
			}
			i++
		}
	}
	p.DeadEnd = deadEndFirst && p.Alley != "" && !strings.Contains(p.Alley, "/")
	if lateAlley {
		// the first street is kept as the other place the request may be at (an address
		// filled in from a map pin, the writer's own after it)
		alt := Place{Area: p.Area, Street: p.Street}
		p.Street = lateStreet
		if lateArea != "" {
			p.Area, p.AreaAlt = lateArea, ""
		}
		p.Alt = &alt
	}
	return p
}

// villageName extends the village name n ending before ws[next] by the name words after it,
// up to three in all, and a closing «محله» («کاسه گر محله» is «کاسهگرمحله»).
func villageName(ws []string, n string, next int) (string, int) {
	for k := 0; k < 2 && next < len(ws) && isName(ws[next]) && !stopwords[ws[next]] && !isDigit(firstRune(ws[next])) &&
		!honorifics[ws[next]] && !isProblemWord(ws[next]); k++ {
		n += ws[next]
		next++
	}
	if next < len(ws) && ws[next] == "محله" && (next+1 == len(ws) || ws[next+1] == segmentMark) {
		n += "محله"
		next++
	}
	return n, next
}

// phase reports whether a street is a new town's phase («فاز۲», see placeAbbrevs): every town
// has its «فاز ۱», so the town must agree, and a street inside it says less than its block.
func phase(street string) bool { return strings.HasPrefix(street, "فاز") }

// titleTypo reports whether ws[j] is the martyr's title misspelt into another word («خیابان
// شید رجایی», «کوچه شهد بهشتی»): only between a place word and a name.
func titleTypo(ws []string, j int) bool {
	return (ws[j] == "شید" || ws[j] == "شهد") && j+1 < len(ws) && isName(ws[j+1]) && !isDigit(firstRune(ws[j+1])) &&
		!stopwords[ws[j+1]] && !placeWords[ws[j+1]]
}

// numberWordTypo reports whether ws[j] is «شماره» misspelt («شامره», «شمارح») before a number.
func numberWordTypo(ws []string, j int) bool {
	return j+1 < len(ws) && isDigit(firstRune(ws[j+1])) && utf8.RuneCountInString(ws[j]) >= 4 && ws[j] != "شماره" && nearlyEqual(ws[j], "شماره")
}

// placeWordTypo returns ws[i], or the place word it misspells («خیاباان», «کچه ۱۲»,
// «بن‌ببست»), or "" for a misspelt city opening an address («رشط»، «رتش»).
func placeWordTypo(ws []string, i int, address bool) string {
	w := ws[i]
	if (address || (i > 0 && prepositions[ws[i-1]])) && w == "ب" && i+1 < len(ws) && isName(ws[i+1]) && !isDigit(firstRune(ws[i+1])) {
		return "بلوار" // «ب. قلی‌پور», «در ب.لاکانی», as «خ.» is a street and «ک.» an alley
	}
	if w == "ب" && i+1 < len(ws) && isPlaceNumber(ws[i+1]) {
		return "بنبست" // «ک نسترن ب ۵»: a numbered dead end, as «ب ۴» is written after its alley
	}
	if wordKinds[w]&kindPlaceWord != 0 || isDigit(firstRune(w)) {
		return w
	}
	n := utf8.RuneCountInString(w)
	numberNext := i+1 < len(ws) && isPlaceNumber(ws[i+1])
	if w != "" && w[0] < utf8.RuneSelf { // Finglish: «koocheye», «khiabane»
		for _, pre := range [...]string{"kooch", "kuch", "koch"} {
			if strings.HasPrefix(w, pre) {
				return "کوچه"
			}
		}
		if strings.HasPrefix(w, "khiab") || strings.HasPrefix(w, "khyab") {
			return "خیابان"
		}
	}
	switch w {
	case "میدون": // spoken «میدون شهرداری»
		return "میدان"
	case "فلکهی": // «فلکه‌ی گاز»
		return "فلکه"
	}
	switch {
	case n < 3 || n > 7: // one edit from none of the words below
	case n >= 5 && (nearlyEqual(w, "خیابان") || nearlyEqual(w, "خیابون")):
		return "خیابان"
	case n >= 5 && nearlyEqual(w, "بنبست"):
		return "بنبست"
	case n >= 4 && nearlyEqual(w, "بلوار") && i+1 < len(ws) && isName(ws[i+1]):
		return "بلوار"
	case n >= 5 && nearlyEqual(w, "محدوده"):
		return "محدوده"
	case n >= 3 && w != "محل" && nearlyEqual(w, "محله") && i+1 < len(ws) && isName(ws[i+1]) && !isDigit(firstRune(ws[i+1])):
		return "محله" // «مححله زرجوب», «مله معلم»
	case n >= 4 && nearlyEqual(w, "حوالی"):
		return "حوالی"
	case n >= 3 && nearlyEqual(w, "شهرک") && i+1 < len(ws) && isName(ws[i+1]) && !isDigit(firstRune(ws[i+1])):
		return "شهرک"
	case numberNext && n >= 3 && (nearlyEqual(w, "کوچه") || nearlyEqual(w, "کوچهی")):
		return "کوچه"
	case address && i == 0 && n >= 4 && w != "گیلان" && nearlyEqual(w, "گیلان") && i+2 < len(ws) && (ws[i+1] == "رشت" || ws[i+2] == "رشت"):
		return "گیلان" // «گیلن، رشت»: the province misspelt
	case address && i == 0 && n == 3 && nearlyEqual(w, "رشت"):
		return "رشت"
	}
	return w
}

var prepositions = map[string]bool{"در": true, "تو": true, "توی": true, "ساکن": true, "تقاطع": true, "محدوده": true, "اطراف": true, "حوالی": true,
	"ادرس": true, "نشانی": true,
	// the city before a street is as sure a sign of an address («رشت، خ معلم»)
	"رشت": true}

// numberNoise are words after which a number is not a place («کد پستی ...», «تماس ۰۹۱۱...»).
var numberNoise = map[string]bool{"پستی": true, "کد": true, "تماس": true, "تلفن": true,
	"موبایل": true, "همراه": true, "ساعت": true, "اپراتور": true, "کاربر": true, "اپ": true,
	"تاریخ": true, "مورخ": true,
	// «کد پیگیری ۰۴۱۱-۰۱۰۴۰», «ادامه درخواست ۰۴۰۹-۰۲۱۰۸»: an earlier request's number
	"پیگیری": true, "رهگیری": true, "قبلی": true, "درخواست": true,
	// «رشت - منطقه ۳»: the municipal district, not a street or a neighbourhood
	"منطقه": true, "ناحیه": true,
	// «پلاک ۴۴ واحد ۲»: a flat in the building, not a street; «زنگ دوم» the second bell
	"واحد": true, "طبقه": true, "زنگ": true}

// isPlaceNumber: street, alley and plate numbers are short; longer ones are postcodes,
// phone or tracking numbers.
func isPlaceNumber(w string) bool { return isDigit(firstRune(w)) && len(w) <= 4 }

// advance moves past a place word and the name it consumed (if any).
func advance(i, next int) int {
	if next > i+1 {
		return next
	}
	return i + 1
}

// isProblemWord: a text that opens with «چراغ کوچه ۱۲» names the problem, not an area.
func isProblemWord(w string) bool {
	if _, ok := problemWords[w]; ok {
		return true
	}
	_, ok := problemWords[stem(w)]
	return ok
}

// isWeakProblemWord: «خیابون خرابه» complains about the street, it does not name it; a word
// that only leans towards a problem is not a name, one that names it («فلکه گاز») may be.
func isWeakProblemWord(w string) bool {
	cws, ok := problemWords[w]
	if !ok {
		cws, ok = problemWords[stem(w)]
	}
	if !ok {
		return false
	}
	for _, cw := range cws {
		if cw.w >= 3 {
			return false
		}
	}
	return true
}

// lexKinds are the kinds of name a place word w may introduce.
func lexKinds(w string) byte {
	switch {
	case alleyWords[w]:
		return LexAlley
	case streetWords[w], areaWords[w]:
		return LexArea | LexStreet
	}
	return 0
}

// joinNames joins two neighbouring words of ws whose concatenation is a name of lex («ساغری
// سازان», «استاد سرا» for «ساغریسازان», «استادسرا»), even when each half is one too: the
// addresses that write the name in two words teach the lexicon its halves («سوخته تکیه» read
// as «سوخته» and «تکیه»; requiring one half unknown cost rasht4, rasht11 and rasht16
// .0005-.0015 B³F1). ws is returned as it is when nothing joins.
func joinNames(ws []string, lex Lexicon) []string {
	if len(lex) == 0 {
		return ws
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		if i+1 < len(ws) && ws[i] != segmentMark && ws[i+1] != segmentMark &&
			!streetWords[ws[i]] && !alleyWords[ws[i]] && !areaWords[ws[i]] &&
			!isDigit(firstRune(ws[i])) && !isDigit(firstRune(ws[i+1])) && lex[ws[i]+ws[i+1]] != 0 {
			if out == nil {
				out = append(make([]string, 0, len(ws)), ws[:i]...)
			}
			out = append(out, ws[i]+ws[i+1])
			i++
			continue
		}
		if out != nil {
			out = append(out, ws[i])
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// lexVeto is the size from which a Lexicon knows a district's names well enough to refuse a
// text's word after «کوچه» or «خیابون» that none of its addresses uses nor misspells
// («از تو خیابون رد شیم», «تو کوچه دیده شده»).
const lexVeto = 40

func (lex Lexicon) allows(w string) bool {
	if len(lex) < lexVeto || lex[w] != 0 || isDigit(firstRune(w)) {
		return true
	}
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for n := range lex {
		if cmpName(n, w) == 1 {
			return true
		}
	}
	return false
}

// articled reports whether w opens with the Arabic article «ال» and is no Persian word of its
// own («الان», «البته»).
func articled(w string) bool {
	return strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4 && !notArticled[w]
}

var notArticled = map[string]bool{"الان": true, "البته": true, "الکی": true, "الگو": true, "الکل": true,
	"الهام": true, "الاغ": true, "الوار": true, "الماس": true, "الکتریکی": true, "الکترونیکی": true,
	"الودگی": true, "الوده": true, "النگو": true, "الاچیق": true, "البرز": true, "الهی": true, "التماس": true, "الزام": true,
	"الویت": true, "الزامی": true}

// former reads a street's former name at ws[i:] («شاه سابق», «خیابان شهید رجایی سابق», «جاده
// پیربازار سابق»): it returns where the name ends (after «سابق») and the name, or i when
// there is none.
func former(ws []string, i int) (int, string) {
	j := i
	if j < len(ws) && streetWords[ws[j]] {
		j++
	}
	for j < len(ws) && honorifics[ws[j]] {
		j++
	}
	start := j
	for j < len(ws) && j == start && isName(ws[j]) && !isDigit(firstRune(ws[j])) && ws[j] != "سابق" &&
		!streetWords[ws[j]] && !alleyWords[ws[j]] && !honorifics[ws[j]] {
		j++
	}
	k := j
	if k < len(ws) && ws[k] == "قدیم" {
		k++
	}
	if j == start || k >= len(ws) || ws[k] != "سابق" {
		return i, ""
	}
	return k + 1, ws[j-1]
}

// current reads a street's present name written after its former one, from ws[i]:
// «(خیابان دیلمان فعلی)», «قدیم (رسالت فعلی)». It returns the index after «فعلی» and the name
// (its first word, as a street's name is kept), or i and "" when ws[i:] is no such thing.
func current(ws []string, i int) (int, string) {
	j := i
	if j < len(ws) && ws[j] == "قدیم" {
		j++
	}
	if j < len(ws) && streetWords[ws[j]] {
		j++
	}
	for j < len(ws) && honorifics[ws[j]] {
		j++
	}
	start := j
	for j < len(ws) && j < start+2 && (isName(ws[j]) || isPlaceNumber(ws[j])) && ws[j] != "فعلی" &&
		!streetWords[ws[j]] && !alleyWords[ws[j]] {
		j++
	}
	if j == start || j >= len(ws) || ws[j] != "فعلی" {
		return i, ""
	}
	return j + 1, ws[start]
}

// formerName reports whether a bracket holds a former name («(شاه سابق)»), not an address.
func formerName(s string) bool {
	ws := keyTokens(s)
	j, _ := former(ws, 0)
	if j == 0 {
		j, _ = current(ws, 0)
	}
	return j == len(ws) && j > 0
}

// dropOtherPlaces leaves out of a text's words the places it names only to compare («مثل
// کوچه ۶ که رسیدگی کردید», «کوچه ۱۱ رو درست کردید ولی ما رو نه»): they are not where the
// problem is. ws is returned as it is when it names none.
func dropOtherPlaces(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		end := i
		switch {
		case (ws[i] == "مثل" || ws[i] == "مانند") && i+1 < len(ws) && (alleyWords[ws[i+1]] || streetWords[ws[i+1]]):
			// «مثل کوچه ۶ که ...»: up to «که» or the segment's end
			end = i + 1
			for end < len(ws) && end < i+6 && ws[end] != "که" && ws[end] != segmentMark {
				end++
			}
		case alleyWords[ws[i]] || streetWords[ws[i]]:
			// «کوچه ۱۱ رو درست کردید ولی ...»
			j := i + 1
			for j < len(ws) && j < i+4 && ws[j] != "رو" && ws[j] != "را" {
				j++
			}
			if j+2 < len(ws) && (ws[j] == "رو" || ws[j] == "را") && fixedWords[ws[j+1]] && doneWords[ws[j+2]] {
				end = j + 3
			}
		}
		if end == i {
			if out != nil {
				out = append(out, ws[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)), ws[:i]...)
		}
		i = end - 1
	}
	if out == nil {
		return ws
	}
	return out
}

var (
	fixedWords = map[string]bool{"درست": true, "آسفالت": true, "اسفالت": true, "رسیدگی": true, "تعمیر": true, "لکهگیری": true, "تمیز": true}
	doneWords  = map[string]bool{"کردید": true, "کردین": true, "کردن": true, "کردند": true, "کرده": true, "کردهاید": true}
)

// streetNumbered tells whether the number at ws[i], right after a street's name, is followed
// by an alley word and the alley's name or number (or the alley came first, alleyBefore).
func streetNumbered(ws []string, i int, alleyBefore bool) bool {
	if alleyBefore {
		return true
	}
	j := i + 1
	if j < len(ws) && ws[j] == segmentMark {
		j++
	}
	return j+1 < len(ws) && alleyWords[ws[j]] && (isPlaceNumber(ws[j+1]) || isName(ws[j+1]))
}

// townStreetNumber reports whether a numbered street's number is one every new town has
// (under 30): «شهرک بعثت، خیابان ۶» and «شهرک امید، خیابان ۶» are two streets, while a
// district's long numbering («گلسار، خیابان ۱۳۹») names one street across its
// neighbourhoods' fuzzy edges.
func townStreetNumber(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n < 30
}

// between reports whether the alley that ends at ws[i] was named after «بین» or «حد فاصل»,
// a few words back: the first end of a stretch.
func between(ws []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch ws[j] {
		case "بین", "مابین", "فاصل":
			return true
		case segmentMark:
			return false
		}
	}
	return false
}
