package persian

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Analysis is everything triage derives from one request, computed in one pass over its
// text, address and category.
type Analysis struct {
	Tokens  []string // Tokens(Key(text)), plurals stemmed («زبالهها» → «زباله»)
	Problem string   // as Problem(text, category)
	// Confidence of Problem, 0..1; ProblemInText reports whether the text itself named a
	// problem (otherwise only the operator's category did, or nothing).
	Confidence    float64
	ProblemInText bool
	// Problem2 is a problem the text names nearly as strongly as Problem, "" when none is
	// close: grouping lets such a request join an issue of either.
	Problem2 string
	Place    Place // as ParsePlace(address, text)
	// Refs are the tracking codes of earlier requests the text names, as Refs(text).
	Refs []string
	// Dates are the days the text cites by their Jalali date (see Dates).
	Dates []int32
	// Postcode is the ten-digit postal code the address or the text gives, "" when none.
	Postcode string
	// Names are the text's words that could be a place's name (unstemmed, no stopwords,
	// problem or place words): grouping looks them up among the names the district's
	// addresses use («سگ‌های ولگرد جنب بانک در پاستور»).
	Names []string
	// StreetWide reports that the text speaks of a street («چراغ‌های این خیابون», «پیاده‌روی
	// خ. تختی») and of no alley: a caller's alley in the address is then likely home, not the
	// problem's place.
	StreetWide bool
	// RainEvent reports a flood of one rain («بارون دیشب خیابون رو بست», «با این بارون
	// دریاچه شده»), not a channel that floods at every rain: its episode is that rain's.
	RainEvent bool
	// Hazard reports a network's damaged equipment at one spot («سیم برق پاره شده افتاده»,
	// «کابل مخابرات آویزان»), not its supply cut («برق قطع است»): a cut is the street's or
	// the neighbourhood's, a wire down is where it is.
	Hazard bool
	// Facet is the part of its problem the text names where a clerk counts the parts apart
	// (FacetTree, FacetPark; FacetParkLights, FacetStreetLights; FacetCover, FacetFlood), ""
	// when it names none or both.
	Facet string

	// the address's own place, its words and the text's words, for Reparse
	addrPlace Place
	addrWords []string
	textWords []string
	// placeLater: Place is not read yet; ReparseLatin reads it (see AnalyzeForReparse)
	placeLater bool
}

// Analyze returns the Analysis of a request. It is what grouping calls for every request,
// so each text is folded once.
func Analyze(text, address, category string) Analysis {
	return analyze(text, textAddress(address, text), nil, categoryHintOf(keyTokens(category)), false)
}

// analyze is Analyze with the address folded; addrPlace, when not nil, is that address's
// place, already parsed (the same for every request from the address).
// later leaves the text's place to ReparseLatin (see Analyzer.AnalyzeForReparse).
func analyze(text string, address []string, addrPlace *Place, hint string, later bool) Analysis {
	tw := keyTokens(text)
	var a Analysis
	a.Problem, a.Confidence, a.ProblemInText, a.Problem2 = problemsOf(tw, hint)
	if len(address) == 0 {
		address, addrPlace = dashAddress(text), nil
	}
	if addrPlace != nil {
		a.addrPlace = *addrPlace
	} else {
		a.addrPlace = parsePlaceTokens(address, true, nil)
	}
	if later {
		a.placeLater = true
	} else {
		a.Place = placeOf(a.addrPlace, tw, nil)
	}
	a.addrWords = address
	a.textWords = tw
	a.Refs = refsOf(tw)
	a.Dates = datesOf(tw)
	if a.Postcode = postcodeOf(address); a.Postcode == "" {
		a.Postcode = postcodeOf(tw)
	}
	a.StreetWide = streetWide(tw)
	a.RainEvent = a.Problem == ProblemSurfaceWater && rainEvent(tw)
	a.Hazard = (a.Problem == ProblemPower || a.Problem == ProblemTelecom) && hazard(tw)
	switch a.Problem {
	case ProblemTree:
		a.Facet = treeFacet(tw)
	case ProblemBranchOnLine:
		a.Facet = treeFacet(tw) // a tree's, or a park's amenities where misread as a branch
	case ProblemLighting:
		switch {
		case !damagedEquipment(tw):
			a.Facet = lightFacet(tw)
		case !hasPrefix(tw, lightsOutPrefixes):
			a.Facet = FacetEquipment
		}
	case ProblemPower:
		a.Facet = equipmentFacet(tw)
	case ProblemSurfaceWater:
		a.Facet = drainFacet(tw)
	}
	a.Tokens = make([]string, 0, len(tw))
	var buf [16]string // the names gathered here, kept in one allocation of their size
	names := buf[:0]
	for i, w := range tw {
		// the cheap tests first: this runs for every word of every request
		digit, stop := isDigit(firstRune(w)), stopwords[w]
		// («خانم لاهیجی تماس گرفت»: a person's name after their title, not a street's)
		if len(w) >= 6 && !digit && !stop && isName(w) && !isProblemWord(w) && !(i > 0 && personTitles[tw[i-1]]) {
			names = append(names, w)
		}
		if digit || !stop {
			a.Tokens = append(a.Tokens, stem(w))
		}
	}
	if len(names) > 0 {
		a.Names = slices.Clone(names)
	}
	return a
}

// personTitles are the words before a person's name («خانم لاهیجی», «آقای رضایی»).
var personTitles = map[string]bool{"خانم": true, "اقای": true, "اقا": true, "جناب": true, "سرکار": true}

// Analyzer is Analyze with the folded forms of categories and addresses remembered: a
// district has a few dozen categories and many requests from the same address. Not safe
// for concurrent use.
type Analyzer struct {
	cats  map[string]string
	addrs map[string]*parsedAddress
}

// parsedAddress is an address field folded and parsed once.
type parsedAddress struct {
	tokens []string
	place  Place
}

// NewAnalyzer returns an empty Analyzer.
func NewAnalyzer() *Analyzer {
	return &Analyzer{cats: map[string]string{}, addrs: map[string]*parsedAddress{}}
}

// Analyze is Analyze(text, address, category).
func (z *Analyzer) Analyze(text, address, category string) Analysis {
	return z.analyze(text, address, category, false)
}

// AnalyzeForReparse is Analyze for a caller that calls ReparseLatin next, as grouping does:
// the text's place is read only then, once, instead of a first time without the district's
// lexicon and, for most texts, again with it. Place is empty until ReparseLatin is called.
func (z *Analyzer) AnalyzeForReparse(text, address, category string) Analysis {
	return z.analyze(text, address, category, true)
}

func (z *Analyzer) analyze(text, address, category string, later bool) Analysis {
	c, ok := z.cats[category]
	if !ok {
		c = categoryHintOf(keyTokens(category))
		z.cats[category] = c
	}
	if address == "" {
		return analyze(text, textAddress(address, text), nil, c, later)
	}
	ad, ok := z.addrs[address]
	if !ok {
		ad = &parsedAddress{tokens: addressTokens(address)}
		ad.place = parsePlaceTokens(ad.tokens, true, nil)
		z.addrs[address] = ad
	}
	return analyze(text, ad.tokens, &ad.place, c, later)
}

// dashAddress is the address an operator wrote after a dash when the address field is empty
// («جمع آوری لاشه حیوان - خیابان بیستون»): a few words that read as an address there.
func dashAddress(text string) []string {
	i := strings.LastIndex(text, " - ")
	if i < 0 {
		return nil
	}
	raw := text[i+3:]
	if label, _, ok := strings.Cut(raw, ":"); ok && len(strings.Fields(label)) == 1 && !addressLabels[Key(label)] {
		// «... - موضوع: کثیفی خیابان», «... - ثبت: اپراتور ۹»: a form's other field
		return nil
	}
	tail := keyTokens(raw)
	if len(tail) == 0 || len(tail) > 6 {
		return nil
	}
	// a place word or number, so that «... - خیلی بده» is not read as a neighbourhood, and no
	// word of a problem: «سلام آقا - کوچه خیلی کثیفه», «... - برق محله رفته» are the complaint
	for _, w := range tail {
		if isProblemWord(w) {
			return nil
		}
	}
	for _, w := range tail {
		if streetWords[w] || alleyWords[w] || areaWords[w] || isPlaceNumber(w) {
			if p := parsePlaceTokens(tail, true, nil); !p.Empty() {
				return tail
			}
			break
		}
	}
	return nil
}

// addressLabels are the words a form's address field is labelled by («آدرس: ...»), in key form.
var addressLabels = map[string]bool{"ادرس": true, "نشانی": true, "محل": true}

// Reparse reads the place again with a district's Lexicon (see Lexicon) and reports whether
// it changed: the address when it writes one of the lexicon's names in two words, the text
// when it holds one of the lexicon's names.
func (a *Analysis) Reparse(lex Lexicon) bool { return a.ReparseLatin(lex, nil) }

// ReparseLatin is Reparse with the names typed in Finglish read first as the district's
// names they spell (see Finglish): «hamidian kh beheshti» is «حمیدیان خیابان بهشتی».
// After AnalyzeForReparse it reports true whenever it read the place with the lexicon (the
// place without it was never read).
func (a *Analysis) ReparseLatin(lex Lexicon, fin Finglish) bool {
	if len(lex) == 0 {
		a.readPlace()
		return false
	}
	latin := false
	if len(fin) > 0 {
		var ta, tt bool
		a.addrWords, ta = fin.read(a.addrWords)
		a.textWords, tt = fin.read(a.textWords)
		latin = ta || tt
		if tt {
			// the text's names as the district's places write them: «kooche 6 ansari» names
			// «انصاری» as «کوچه ۶ انصاری» does
			for i, n := range a.Names {
				if len(n) >= 4 && n[0] < utf8.RuneSelf {
					if p, ok := fin[Skeleton(n)]; ok {
						a.Names[i] = p
					}
				}
			}
		}
		if ta {
			a.addrPlace = parsePlaceTokens(a.addrWords, true, nil)
		}
	}
	// «خپرستار», «ک.آفتاب» typed without a space: the street or alley word glued to a name
	// the district's places use
	if sw, ok := splitGlued(a.addrWords, lex); ok {
		a.addrWords, a.addrPlace, latin = sw, parsePlaceTokens(sw, true, nil), true
	}
	if sw, ok := splitGlued(a.textWords, lex); ok {
		a.textWords, latin = sw, true
	}
	// «ضیا بری، مطهری، کوچه ۱»: a name the address writes in two words is the
	// district's one name («ضیابری»), not an area «ضیا» and a second name «بری»
	addr := a.addrPlace
	if jw := joinNames(a.addrWords, lex); len(jw) != len(a.addrWords) {
		addr = parsePlaceTokens(jw, true, nil)
	}
	// (not latin: the address's place and the text's words are still those Analyze read)
	if !latin && samePlace(addr, a.addrPlace) && (len(a.textWords) == 0 || (!mentions(a.textWords, lex) && !strange(a.readPlace(), lex))) {
		a.readPlace()
		return false
	}
	a.addrPlace = addr
	p := placeOf(addr, a.textWords, lex)
	if a.placeLater {
		a.Place, a.placeLater = p, false
		return true
	}
	if samePlace(p, a.Place) {
		return false
	}
	a.Place = p
	return true
}

// readPlace reads the place as Analyze does, if AnalyzeForReparse left it, and returns it.
func (a *Analysis) readPlace() Place {
	if a.placeLater {
		a.Place, a.placeLater = placeOf(a.addrPlace, a.textWords, nil), false
	}
	return a.Place
}

// mentions reports whether the lexicon may read ws otherwise: a name of lex after a place
// word (and its honorifics) or an area's name before one, or a name written in two words.
func mentions(ws []string, lex Lexicon) bool {
	for i, w := range ws {
		if k := lex[w]; k != 0 {
			j := i - 1
			for j >= 0 && honorifics[ws[j]] {
				j--
			}
			if j >= 0 && (streetWords[ws[j]] || alleyWords[ws[j]] || areaWords[ws[j]]) {
				return true
			}
			if k&LexArea != 0 && i+1 < len(ws) && (streetWords[ws[i+1]] || alleyWords[ws[i+1]] || landmarkWords[ws[i+1]] || isPlaceNumber(ws[i+1])) {
				return true
			}
		}
		if i+1 < len(ws) && utf8.RuneCountInString(w) <= 5 && lex[w+ws[i+1]] != 0 {
			return true
		}
	}
	return false
}

func samePlace(p, q Place) bool {
	if (p.Alt == nil) != (q.Alt == nil) || (p.Alt != nil && !samePlace(*p.Alt, *q.Alt)) {
		return false
	}
	p.Alt, q.Alt = nil, nil
	return p == q
}

// AddressPlace is the place the address alone names (or, with no address, the text's
// bracketed one), as a Lexicon is learnt from.
func (a *Analysis) AddressPlace() Place { return a.addrPlace }

// strange reports whether p holds a name lex would not let a text give.
func strange(p Place, lex Lexicon) bool {
	for _, n := range [3]string{p.Area, p.Street, p.Alley} {
		if n != "" && !lex.allows(n) {
			return true
		}
	}
	return false
}

// Finglish maps the consonant skeleton (see Skeleton) of a district's place names to the
// name, so that a name typed in Latin letters («ghorbani», «beheshti») is read as the
// district's («قربانی», «بهشتی»). A skeleton two names share is left out: choosing between
// them would be a guess.
type Finglish map[string]string

// Finglish is the Finglish index of lex's names.
func (lex Lexicon) Finglish() Finglish {
	fin := Finglish{}
	for n := range lex {
		if n == "" || n[0] < utf8.RuneSelf {
			continue
		}
		sk := Skeleton(n)
		if sk == "" {
			continue
		}
		if old, ok := fin[sk]; ok && old != n {
			fin[sk] = ""
			continue
		}
		fin[sk] = n
	}
	for sk, n := range fin {
		if n == "" {
			delete(fin, sk)
		}
	}
	return fin
}

// read returns ws with its Latin words that spell one of the district's names replaced by
// that name, and whether any was. ws itself is not changed.
func (fin Finglish) read(ws []string) ([]string, bool) {
	latin := func(w string) bool { return w != "" && w[0] < utf8.RuneSelf && !isDigit(firstRune(w)) }
	var out []string
	changed := false
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if latin(w) && i+1 < len(ws) && latin(ws[i+1]) {
			// «soleyman darab», «pol eragh»: a name Finglish writes in two words
			if n, ok := fin[Skeleton(w+ws[i+1])]; ok && fin[Skeleton(w)] == "" {
				if out == nil {
					out = append(make([]string, 0, len(ws)), ws[:i]...)
				}
				out = append(out, n)
				i++
				changed = true
				continue
			}
		}
		if latin(w) && len(w) >= 4 {
			if n, ok := fin[Skeleton(w)]; ok {
				if out == nil {
					out = append(make([]string, 0, len(ws)), ws[:i]...)
				}
				out = append(out, n)
				changed = true
				continue
			}
		}
		if out != nil {
			out = append(out, w)
		}
	}
	if !changed {
		return ws, false
	}
	return out, true
}

// streetWide reports whether the words name a street («خیابون», «خ», «بلوار») and no alley.
func streetWide(tw []string) bool {
	street := false
	for _, w := range tw {
		switch {
		case alleyWords[w] || w == "ک" || strings.HasPrefix(w, "کوچ"):
			return false
		case w == "خیابان" || w == "خ" || w == "بلوار" || strings.HasPrefix(w, "خیابون") || strings.HasPrefix(w, "خیابان"):
			street = true
		}
	}
	return street
}

var (
	rainWords  = map[string]bool{"باران": true, "بارندگی": true, "بارش": true, "رگبار": true}
	eventWords = map[string]bool{"دیشب": true, "امروز": true, "امشب": true, "دریاچه": true, "زانو": true}
)

// rainEvent reports whether the words speak of one rain («بارون دیشب», «با این بارون ...
// دریاچه شده») rather than of every rain («هر بار بارون میاد»).
func rainEvent(tw []string) bool {
	rain, event := false, false
	for _, w := range tw {
		rain = rain || rainWords[w]
		event = event || eventWords[w]
	}
	return rain && event
}

var (
	equipmentWords = map[string]bool{"سیم": true, "سیمها": true, "کابل": true, "کابلها": true, "تیر": true,
		"جرقه": true, "اتصالی": true, "اویزان": true, "اویزون": true, "جعبه": true, "کافو": true, "دکل": true}
	cutWords = map[string]bool{"قطع": true, "قطعه": true, "قطعی": true, "رفته": true, "نداریم": true, "نداره": true,
		"ندارد": true, "خاموش": true, "خاموشی": true, "وصل": true, "افت": true, "نوسان": true, "ضعیف": true}
)

// The parts of a problem a clerk counts apart, where a text names one (Analysis.Facet).
// Over the seventeen ordinary-district authors' 102 sets, of the pairs of one text of each
// part our grouping had joined into one issue, the labels made one issue of:
//   - a park's trees («هرس درخت», «شاخه شکسته», «ریشه درخت») and its amenities and lawn
//     («وسایل بازی شکسته», «نیمکت», «آبخوری», «چمن رسیدگی نشده»): none of 3,621 pairs, where
//     two texts of trees were for 89% of theirs;
//   - a park's lights («چراغ‌های پارک خاموشه») and a street's or an alley's («لامپ تیر برق
//     کوچه سوخته»): 97 of 1,506 (6%), where two texts of a street's were for 92%;
//   - a drain's cover broken or gone («درپوش جوی نیست یکی میفته توش», «دریچه آبرو شکسته»)
//     and water standing or a channel blocked («آبگرفتگی», «جوی گرفته», «بارون کوچه رو
//     برداشته»): 30 of 2,013 (1.5%), where two texts of either were for 89-96%.
//   - a pole or a wire damaged («تیر برق کج شده»، «سیم برق آویزون شده») and lights out
//     («لامپ سوخته»، «کوچه تاریکه»), out of a park: over every author's 246 sets (eighteenth
//     session) the labels put one text of each in one issue 3 times, our grouping 157 times.
const (
	FacetTree         = "tree"
	FacetPark         = "park"
	FacetParkLights   = "park-lights"
	FacetStreetLights = "street-lights"
	FacetCover        = "cover"
	FacetFlood        = "flood"
	FacetEquipment    = "equipment"
)

// equipmentFacet is FacetEquipment for a lighting or power text naming a pole or a wire
// damaged and no lights out, "" otherwise.
func equipmentFacet(tw []string) string {
	if damagedEquipment(tw) && !hasPrefix(tw, lightsOutPrefixes) {
		return FacetEquipment
	}
	return ""
}

// damagedEquipment reports whether the words name a pole or a wire damaged, out of a park: a
// park's lamp post broken is the park's lights («پایه چراغ داخل پارک شکسته»).
func damagedEquipment(tw []string) bool {
	return hasPrefix(tw, equipmentPrefixes) && hasPrefix(tw, damagePrefixes) && !parkNamed(tw)
}

// treeFacet is the facet of a green-space text's words: FacetTree, FacetPark, or "" when it
// names neither or both.
func treeFacet(tw []string) string {
	park := hasPrefix(tw, parkPrefixes)
	for i := 1; i < len(tw) && !park; i++ {
		w, prev := tw[i], tw[i-1]
		park = (w == "بازی" || w == "ورزشی" || w == "ورزش") && (prev == "وسایل" || prev == "وسیله" || prev == "زمین") ||
			(w == "پارک" || w == "بوستان") && prev == "تجهیزات" ||
			w == "بهداشتی" && prev == "سرویس"
	}
	return facetOf(hasPrefix(tw, treePrefixes), park, FacetTree, FacetPark)
}

// lightFacet is the facet of a street-lighting text's words: FacetParkLights,
// FacetStreetLights, or "" when it names neither or both.
func lightFacet(tw []string) string {
	return facetOf(parkNamed(tw), hasPrefix(tw, streetPrefixes), FacetParkLights, FacetStreetLights)
}

// parkNamed reports whether the words name a park («پارک», «بوستان»; a car park is none).
func parkNamed(tw []string) bool {
	for _, w := range tw {
		if strings.HasPrefix(w, "پارک") && !strings.HasPrefix(w, "پارکینگ") || strings.HasPrefix(w, "بوستان") {
			return true
		}
	}
	return false
}

// drainFacet is the facet of a surface-water text's words: FacetCover, FacetFlood, or ""
// when it names neither or both.
func drainFacet(tw []string) string {
	cover, flood := hasPrefix(tw, coverPrefixes), hasPrefix(tw, floodPrefixes)
	for i, w := range tw {
		cover = cover || coverGone[w] && slices.Contains(tw[max(0, i-3):i], "دریچه")
		flood = flood || w == "گرفته" && (i == 0 || tw[i-1] != "تماس") ||
			i > 0 && (tw[i-1] == "اب" && (w == "گرفتگی" || w == "جمع" || w == "گرفته") || tw[i-1] == "جمع" && w == "شده")
	}
	return facetOf(cover, flood, FacetCover, FacetFlood)
}

// facetOf is a when only the first is named, b when only the second is, and "" otherwise.
func facetOf(first, second bool, a, b string) string {
	switch {
	case first && !second:
		return a
	case second && !first:
		return b
	}
	return ""
}

// The words of each facet, as the start of a folded word («درختان», «نیمکتهای», «علفهای»),
// or whole where they end in "$" (hasPrefix); see treeFacet, lightFacet, drainFacet.
var (
	treePrefixes   = []string{"درخت", "شاخه", "هرس", "ریشه"}
	parkPrefixes   = []string{"نیمکت", "سرسره", "الاکلنگ", "ابخوری", "توالت", "چمن", "علف", "تاب$"}
	streetPrefixes = []string{"کوچه", "کوچمون", "خیابا", "خیابو", "بلوار", "معبر", "معابر",
		"تیر$", "تیرها$", "تیرهای$", "تیربرق$"}
	coverPrefixes = []string{"درپوش", "شکست"}
	// a pole or a wire, damaged, and lights out (equipmentFacet)
	equipmentPrefixes = []string{"تیر$", "تیرها$", "تیرهای$", "تیربرق$", "سیم", "کابل"}
	damagePrefixes    = []string{"کج$", "کجه$", "سقوط", "افتاد", "اویز", "خم$", "خمیده", "شکسته", "پاره", "جدا$"}
	lightsOutPrefixes = []string{"خاموش", "سوخت", "تاریک", "روشن", "لامپ"}
	floodPrefixes     = []string{"ابگرفتگی", "بارون", "باران", "لایروبی", "لجن", "دریاچه"}
	coverGone         = map[string]bool{"نیست": true, "نداره": true, "ندارد": true, "بردن": true, "بردند": true,
		"دزدیدن": true, "دزدیدند": true, "ندارن": true}
)

// hazard reports whether the words speak of a network's equipment and not of its supply cut.
func hazard(tw []string) bool {
	eq := false
	for _, w := range tw {
		if cutWords[w] {
			return false
		}
		eq = eq || equipmentWords[w]
	}
	return eq
}

// splitGlued splits «خ» or «ک» glued to the name that follows («خپرستار», «خسردار جنگل»,
// «کآفتاب»): when the word is no name of the lexicon and the rest is one of a street (or
// neighbourhood) or an alley, or a title («سردار», «شهید»).
func splitGlued(ws []string, lex Lexicon) ([]string, bool) {
	var out []string
	for i, w := range ws {
		head, kind, word := "", byte(0), ""
		switch {
		case strings.HasPrefix(w, "خ"):
			head, kind, word = "خ", LexStreet|LexArea, "خیابان"
		case strings.HasPrefix(w, "ک"):
			head, kind, word = "ک", LexAlley, "کوچه"
		}
		rest := strings.TrimPrefix(w, head)
		if head == "" || lex[w] != 0 || utf8.RuneCountInString(rest) < 3 || (lex[rest]&kind == 0 && !honorifics[rest]) {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)+2), ws[:i]...)
		}
		out = append(out, word, rest)
	}
	if out == nil {
		return ws, false
	}
	return out, true
}
