package persian

import "strings"

// Place is where a request says the problem is, in key form (see Key). Any part may be empty.
// Area is the neighbourhood or the main street people name first («گلسار», «معلم»); Street is
// a street, boulevard or square inside it («124», «گیلان»); Alley is an alley or dead end
// («12», «یاس»).
type Place struct {
	Area     string
	Street   string
	Alley    string
	Plate    string
	Landmark string // «نبش ...», «روبروی بانک», kept for people, not for matching
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
// street), otherwise how much they agree: 3 same alley of the same street, 2 same street (or
// same alley of the same area, street unknown), 1 same area only, 0 nothing known in common.
func (p Place) Match(q Place) int {
	area, street, alley := cmpPart(p.Area, q.Area), cmpPart(p.Street, q.Street), cmpPart(p.Alley, q.Alley)
	if street == 0 {
		// one side wrote the street as the area («معلم، کوچه ۵» / «خیابان معلم کوچه ۵»)
		if (p.Area != "" && p.Area == q.Street && q.Area == "") || (q.Area != "" && q.Area == p.Street && p.Area == "") {
			street, area = 1, 0
		}
	}
	if area < 0 || street < 0 || alley < 0 {
		return -1
	}
	switch {
	case street == 1 && alley == 1:
		return 3
	case street == 1, area == 1 && alley == 1:
		return 2
	case area == 1:
		return 1
	}
	return 0
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
	alleyWords = map[string]bool{"کوچه": true, "بنبست": true, "فرعی": true, "بن": true,
		"کوچهی": true, "پسکوچه": true}
	areaWords = map[string]bool{"محله": true, "کوی": true, "شهرک": true, "محدوده": true}
	// landmarkWords start a landmark phrase; the phrase is kept but never matched on.
	landmarkWords = map[string]bool{"نبش": true, "روبروی": true, "روبرو": true, "روبهروی": true,
		"جنب": true, "کنار": true, "نزدیک": true, "پشت": true, "مقابل": true, "بعد": true,
		"قبل": true, "نرسیده": true, "انتهای": true, "ابتدای": true, "سر": true, "داخل": true,
		"حوالی": true, "پایینتر": true, "بالاتر": true, "جلوی": true, "روبه": true, "وسط": true}
	honorifics = map[string]bool{"شهید": true, "سردار": true, "دکتر": true, "حاج": true,
		"سید": true, "استاد": true, "ایت": true, "الله": true, "سرلشکر": true}
	// placeNoise are words in addresses that name no place of their own.
	placeNoise = map[string]bool{"رشت": true, "شهر": true, "استان": true, "گیلان": false,
		"منطقه": true, "ناحیه": true, "ادرس": true, "نشانی": true, "شهرداری": false, "واحد": true,
		"طبقه": true, "منزل": true, "درب": true, "مجتمع": false, "ساختمان": false, "محل": true,
		"انتها": true, "ابتدا": true, "اول": true, "اخر": true, "وسط": true, "همان": true,
		"روبروی": true, "ما": true, "مون": true, "مان": true}
)

// ParsePlace reads the place from the address field and fills what it lacks from the text
// («آسفالت کوچه دوازدهم خراب است»). The address wins where the two disagree.
func ParsePlace(address, text string) Place {
	p := parsePlaceTokens(keyTokens(address), true)
	if text != "" && (p.Street == "" || p.Alley == "" || p.Area == "") {
		t := parsePlaceTokens(keyTokens(text), false)
		if p.Area == "" && t.Area != "" && t.Area != p.Street {
			p.Area = t.Area
		}
		if p.Street == "" && t.Street != "" && t.Street != p.Area {
			p.Street = t.Street
		}
		if p.Alley == "" {
			p.Alley = t.Alley
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

// isName reports whether w can be (part of) a place name.
func isName(w string) bool {
	return w != "" && !streetWords[w] && !alleyWords[w] && !areaWords[w] && !landmarkWords[w] &&
		!placeNoise[w] && w != "پلاک" && w != "و" && w != "از" && w != "به"
}

// parsePlaceTokens walks key words. In an address, a leftover name with no place word before
// it is the area; in free text only words after a place word count (the rest is the problem).
func parsePlaceTokens(ws []string, address bool) Place {
	var p Place
	name := func(i int) (string, int) {
		j := i
		for j < len(ws) && honorifics[ws[j]] {
			j++
		}
		if j < len(ws) && (isName(ws[j]) && !stopwords[ws[j]] || isDigit(firstRune(ws[j]))) {
			return ws[j], j + 1
		}
		return "", i
	}
	for i := 0; i < len(ws); {
		w := ws[i]
		switch {
		case streetWords[w]:
			n, next := name(i + 1)
			if n != "" {
				if p.Street == "" {
					p.Street = n
				} else if p.Area == "" && address {
					// «بلوار گیلان، خیابان ۱۲۴»: the first one is the area
					p.Area, p.Street = p.Street, n
				}
			}
			i = advance(i, next)
		case alleyWords[w]:
			n, next := name(i + 1)
			if n != "" {
				if p.Alley == "" {
					p.Alley = n
				} else if w == "بنبست" || w == "فرعی" {
					p.Alley += "/" + n
				}
			}
			i = advance(i, next)
		case areaWords[w]:
			n, next := name(i + 1)
			if n != "" && p.Area == "" {
				p.Area = n
			}
			i = advance(i, next)
		case w == "پلاک":
			if i+1 < len(ws) && isDigit(firstRune(ws[i+1])) {
				if p.Plate == "" {
					p.Plate = ws[i+1]
				}
				i += 2
			} else {
				i++
			}
		case landmarkWords[w]:
			j := i + 1
			for j < len(ws) && (ws[j] == "از" || ws[j] == "به") {
				j++
			}
			end := j
			for end < len(ws) && end < j+2 && isName(ws[end]) && !isDigit(firstRune(ws[end])) {
				end++
			}
			if p.Landmark == "" && end > j {
				p.Landmark = strings.Join(ws[i:end], " ")
			}
			i = max(end, i+1)
		case isDigit(firstRune(w)):
			if address {
				switch {
				case p.Street == "":
					p.Street = w
				case p.Alley == "":
					p.Alley = w
				}
			}
			i++
		default:
			if address && p.Area == "" && isName(w) && !stopwords[w] && !honorifics[w] {
				p.Area = w
			}
			i++
		}
	}
	return p
}

// advance moves past a place word and the name it consumed (if any).
func advance(i, next int) int {
	if next > i+1 {
		return next
	}
	return i + 1
}
