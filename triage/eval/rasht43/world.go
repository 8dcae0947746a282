package rasht43

import (
	"fmt"
	"math"
	"strings"
)

// The world is the same for every seed: District 2's neighbourhoods, streets, alleys, dead
// ends, landmarks, parks and junctions, with coordinates. Only the year changes with the seed.

const (
	metresPerDegLat = 111320.0
	metresPerDegLon = 111320.0 * 0.7955 // cos(37.28°)
)

type hood struct {
	name    string   // canonical Persian name
	forms   []string // other spellings
	fing    string   // Finglish
	lat     float64
	lon     float64
	streets []*street
	alleys  []*alley
}

type street struct {
	id     string
	kind   string   // «خیابان» or «بلوار»
	name   string   // canonical, without the kind
	forms  []string // bare variants of the name
	fing   string
	aLat   float64
	aLon   float64
	bLat   float64
	bLon   float64
	hoods  []hoodSpan
	alleys []*alley
	segs   []*segment
	lms    []*landmark
}

type hoodSpan struct {
	until float64 // fraction of the street up to which this hood holds
	h     *hood
}

type alley struct {
	id     string
	st     *street
	num    int    // 0 when the alley has only a name
	name   string // «شهید رضایی», «نسترن»; "" when only numbered
	frac   float64
	side   float64
	lat    float64
	lon    float64
	h      *hood
	deads  []*deadEnd
	seg    *segment
	nearLm *landmark // a landmark at its mouth, if any
}

type deadEnd struct {
	id   string
	al   *alley
	num  int
	name string
	lat  float64
	lon  float64
}

type segment struct {
	id     string
	st     *street
	idx    int
	lat    float64
	lon    float64
	mouths []*alley
	lms    []*landmark
	h      *hood
}

type landmark struct {
	id    string
	kind  string // mosque, school, bakery, bank, pharmacy, clinic, park, shop, passage, fuel, butcher, hosseiniye, station
	name  string // full name as people write it
	short string // a shorter form
	fing  string
	st    *street
	frac  float64
	seg   *segment
	lat   float64
	lon   float64
	h     *hood
}

type junction struct {
	id    string
	name  string
	forms []string
	fing  string
	lat   float64
	lon   float64
	h     *hood
}

type world struct {
	hoods     []*hood
	streets   []*street
	alleys    []*alley
	deads     []*deadEnd
	segs      []*segment
	lms       []*landmark
	junctions []*junction
	byHood    map[string]*hood
	byStreet  map[string]*street
}

func (s *street) point(f float64) (float64, float64) {
	return s.aLat + (s.bLat-s.aLat)*f, s.aLon + (s.bLon-s.aLon)*f
}

// offset moves (lat, lon) by north and east metres.
func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/metresPerDegLat, lon + east/metresPerDegLon
}

// perp moves a point of s sideways by m metres (side +1 or -1).
func (s *street) perp(lat, lon, m float64) (float64, float64) {
	dn := (s.bLat - s.aLat) * metresPerDegLat
	de := (s.bLon - s.aLon) * metresPerDegLon
	l := math.Hypot(dn, de)
	// the left normal of (de, dn) in (east, north) is (-dn, de)
	return offset(lat, lon, de/l*m, -dn/l*m)
}

func (s *street) hoodAt(f float64) *hood {
	for _, hs := range s.hoods {
		if f <= hs.until {
			return hs.h
		}
	}
	return s.hoods[len(s.hoods)-1].h
}

func (s *street) full() string { return s.kind + " " + s.name }

type streetSpec struct {
	id, kind, name string
	forms          []string
	fing           string
	a, b           [2]float64
	hoods          []string
	until          []float64
	numbered       int            // alleys 1..numbered
	names          map[int]string // names of some numbered alleys
	named          []string       // alleys with only a name
	segs           int
	lms            []lmSpec
}

type lmSpec struct {
	kind, name, short, fing string
	frac                    float64
}

func buildWorld() *world {
	w := &world{byHood: map[string]*hood{}, byStreet: map[string]*street{}}
	for _, h := range []*hood{
		{name: "مطهری", forms: []string{"کوی مطهری", "مطهری"}, fing: "motahari", lat: 37.2788, lon: 49.5935},
		{name: "صیقلان", forms: []string{"صیقلان", "صیغلان", "محله صیقلان"}, fing: "seyghalan", lat: 37.2770, lon: 49.6015},
		{name: "چمارسرا", forms: []string{"چمارسرا", "چمار سرا", "محله چمارسرا"}, fing: "chomarsara", lat: 37.2762, lon: 49.5930},
		{name: "خمیران", forms: []string{"خمیران", "محله خمیران"}, fing: "khomeiran", lat: 37.2822, lon: 49.5915},
		{name: "یخسازان", forms: []string{"یخ‌سازان", "یخسازان", "یخ سازان"}, fing: "yakhsazan", lat: 37.2856, lon: 49.5975},
		{name: "حاجی‌آباد", forms: []string{"حاجی‌آباد", "حاجی آباد", "حاجی اباد", "حاجیآباد"}, fing: "hajiabad", lat: 37.2812, lon: 49.6040},
		{name: "جوان", forms: []string{"جوان", "محله جوان", "کوی جوان"}, fing: "javan", lat: 37.2742, lon: 49.6035},
		{name: "پل عراق", forms: []string{"پل عراق", "پل‌عراق", "محله پل عراق"}, fing: "pol eragh", lat: 37.2850, lon: 49.6115},
	} {
		w.hoods = append(w.hoods, h)
		w.byHood[h.name] = h
	}
	specs := []streetSpec{
		{id: "motahari", kind: "بلوار", name: "شهید مطهری", forms: []string{"مطهری", "شهید مطهری"}, fing: "motahari",
			a: [2]float64{37.2790, 49.5880}, b: [2]float64{37.2779, 49.5988}, hoods: []string{"مطهری"},
			numbered: 18, names: map[int]string{3: "شهید صادقی", 6: "گلستان", 9: "شهید کاظمی", 14: "امیری"}, segs: 9,
			lms: []lmSpec{
				{"bank", "بانک ملت شعبه مطهری", "بانک ملت", "bank mellat", 0.18},
				{"passage", "پاساژ گلستان", "پاساژ گلستان", "pasaj golestan", 0.42},
				{"mosque", "مسجد امام حسن مجتبی", "مسجد امام حسن", "masjed emam hasan", 0.63},
				{"pharmacy", "داروخانه دکتر رحیمی", "داروخانه رحیمی", "darookhane rahimi", 0.8},
			}},
		{id: "seyghalan", kind: "خیابان", name: "صیقلان", forms: []string{"صیقلان", "صیغلان"}, fing: "seyghalan",
			a: [2]float64{37.2776, 49.5995}, b: [2]float64{37.2750, 49.6048}, hoods: []string{"صیقلان"},
			named: []string{"شهید باقری", "ابریشم", "کیانی", "شقایق", "رحمانی", "سبحانی"}, segs: 4,
			lms: []lmSpec{
				{"mosque", "مسجد صیقلان", "مسجد صیقلان", "masjed seyghalan", 0.2},
				{"park", "بوستان صیقلان", "پارک صیقلان", "park seyghalan", 0.5},
				{"bank", "بانک رفاه صیقلان", "بانک رفاه", "bank refah", 0.75},
			}},
		{id: "chomarsara", kind: "خیابان", name: "چمارسرا", forms: []string{"چمارسرا", "چمار سرا"}, fing: "chomarsara",
			a: [2]float64{37.2750, 49.5893}, b: [2]float64{37.2776, 49.5962}, hoods: []string{"چمارسرا"},
			numbered: 12, names: map[int]string{4: "شهید نوروزی", 7: "پورحسن"}, segs: 6,
			lms: []lmSpec{
				{"park", "پارک محله چمارسرا", "پارک چمارسرا", "park chomarsara", 0.12},
				{"mosque", "مسجد چمارسرا", "مسجد چمارسرا", "masjed chomarsara", 0.3},
				{"bakery", "نانوایی سنگکی چمارسرا", "نانوایی سنگکی", "nanvaei sangaki", 0.55},
				{"school", "دبستان شهید مطهری", "دبستان مطهری", "dabestan motahari", 0.8},
			}},
		{id: "khomeiran", kind: "خیابان", name: "خمیران", forms: []string{"خمیران"}, fing: "khomeiran",
			a: [2]float64{37.2808, 49.5893}, b: [2]float64{37.2822, 49.5958}, hoods: []string{"خمیران"},
			named: []string{"حسینیه", "شهید حسینی", "مهدوی", "بهار", "نیکپور"}, segs: 3,
			lms: []lmSpec{
				{"hosseiniye", "حسینیه خمیران", "حسینیه", "hoseiniye", 0.25},
				{"school", "دبستان پسرانه امید", "دبستان امید", "dabestan omid", 0.5},
				{"bakery", "نانوایی بربری خمیران", "نانوایی بربری", "nanvaei barbari", 0.7},
			}},
		{id: "emam", kind: "خیابان", name: "امام خمینی", forms: []string{"امام", "امام خمینی", "امام خمینی (ره)"}, fing: "emam",
			a: [2]float64{37.2834, 49.5872}, b: [2]float64{37.2866, 49.6122},
			hoods: []string{"خمیران", "یخسازان", "پل عراق"}, until: []float64{0.33, 0.7, 1},
			named: []string{"مسجد", "حمام", "شهید صادق‌زاده", "پورحسن", "ابریشم‌چیان", "آزادی", "شهید رجب‌زاده", "سعادت", "گلبهار", "فرهنگ"}, segs: 10,
			lms: []lmSpec{
				{"bank", "بانک سپه شعبه امام", "بانک سپه", "bank sepah", 0.12},
				{"station", "ایستگاه آتش‌نشانی شماره ۳", "آتش‌نشانی", "atash neshani", 0.38},
				{"school", "مدرسه راهنمایی شهید بهشتی", "مدرسه بهشتی", "madrese beheshti", 0.7},
				{"butcher", "قصابی برادران حسن‌زاده", "قصابی حسن‌زاده", "ghasabi", 0.55},
				{"clinic", "درمانگاه امام رضا", "درمانگاه امام رضا", "darmangah emam reza", 0.86},
			}},
		{id: "yakhsazan", kind: "خیابان", name: "یخسازان", forms: []string{"یخ‌سازان", "یخسازان", "یخ سازان"}, fing: "yakhsazan",
			a: [2]float64{37.2843, 49.5936}, b: [2]float64{37.2872, 49.6008}, hoods: []string{"یخسازان"},
			numbered: 10, names: map[int]string{5: "شهید رجایی"}, segs: 5,
			lms: []lmSpec{
				{"mosque", "مسجد یخسازان", "مسجد یخسازان", "masjed yakhsazan", 0.3},
				{"park", "بوستان یخسازان", "پارک یخسازان", "park yakhsazan", 0.45},
				{"school", "دبیرستان دخترانه فرزانگان", "دبیرستان فرزانگان", "dabirestan farzanegan", 0.6},
				{"shop", "سوپرمارکت برادران", "سوپر برادران", "super baradaran", 0.85},
			}},
		{id: "hajiabad", kind: "خیابان", name: "حاجی‌آباد", forms: []string{"حاجی‌آباد", "حاجی آباد", "حاجی اباد", "حاجیآباد"}, fing: "hajiabad",
			a: [2]float64{37.2786, 49.5996}, b: [2]float64{37.2842, 49.6078}, hoods: []string{"حاجی‌آباد"},
			numbered: 24, names: map[int]string{5: "نسیم", 8: "شهید قربانی", 12: "شهید رضایی", 17: "اقاقیا", 20: "شهید بابایی"}, segs: 12,
			lms: []lmSpec{
				{"shop", "سوپرمارکت نوروزی", "سوپر نوروزی", "super noroozi", 0.1},
				{"bank", "بانک صادرات حاجی‌آباد", "بانک صادرات", "bank saderat", 0.27},
				{"mosque", "مسجد حاجی‌آباد", "مسجد حاجی‌آباد", "masjed hajiabad", 0.45},
				{"school", "دبستان شهید رجایی", "مدرسه رجایی", "madrese rajaei", 0.6},
				{"park", "پارک حاجی‌آباد", "پارک محله", "park hajiabad", 0.75},
				{"bakery", "نانوایی لواشی حاجی‌آباد", "نانوایی لواشی", "nanvaei lavashi", 0.9},
			}},
		{id: "javan", kind: "خیابان", name: "جوان", forms: []string{"جوان"}, fing: "javan",
			a: [2]float64{37.2736, 49.5976}, b: [2]float64{37.2747, 49.6088}, hoods: []string{"جوان"},
			numbered: 16, names: map[int]string{2: "لادن", 9: "شهید موسوی", 13: "سپیده"}, segs: 8,
			lms: []lmSpec{
				{"school", "هنرستان فنی جوان", "هنرستان", "honarestan", 0.15},
				{"bakery", "نانوایی بربری جوان", "نانوایی جوان", "nanvaei javan", 0.35},
				{"bank", "بانک ملی شعبه جوان", "بانک ملی", "bank melli", 0.5},
				{"clinic", "درمانگاه شبانه‌روزی جوان", "درمانگاه جوان", "darmangah javan", 0.7},
				{"park", "پارک کودک جوان", "پارک کودک", "park koodak", 0.88},
			}},
		{id: "roudbari", kind: "بلوار", name: "آیت‌الله رودباری", forms: []string{"رودباری", "آیت‌الله رودباری", "آیت الله رودباری"}, fing: "roudbari",
			a: [2]float64{37.2752, 49.6092}, b: [2]float64{37.2885, 49.6140}, hoods: []string{"جوان", "پل عراق"}, until: []float64{0.35, 1},
			named: []string{"لاله", "نسترن", "یاس", "ارغوان", "شقایق", "بنفشه", "مریم", "نرگس", "سوسن", "اطلسی", "شهید عباسی", "میخک"}, segs: 6,
			lms: []lmSpec{
				{"fuel", "پمپ بنزین رودباری", "پمپ بنزین", "pomp benzin", 0.1},
				{"school", "دبستان دخترانه نرجس", "دبستان نرجس", "dabestan narjes", 0.25},
				{"mosque", "مسجد صاحب‌الزمان", "مسجد صاحب الزمان", "masjed saheb zaman", 0.4},
				{"bank", "بانک تجارت رودباری", "بانک تجارت", "bank tejarat", 0.62},
				{"park", "بوستان پل عراق", "پارک پل عراق", "park pol eragh", 0.85},
			}},
	}
	for _, sp := range specs {
		s := &street{id: sp.id, kind: sp.kind, name: sp.name, forms: sp.forms, fing: sp.fing,
			aLat: sp.a[0], aLon: sp.a[1], bLat: sp.b[0], bLon: sp.b[1]}
		for i, hn := range sp.hoods {
			u := 1.0
			if sp.until != nil {
				u = sp.until[i]
			}
			s.hoods = append(s.hoods, hoodSpan{until: u, h: w.byHood[hn]})
		}
		for i := 0; i < sp.segs; i++ {
			f := (float64(i) + 0.5) / float64(sp.segs)
			lat, lon := s.point(f)
			sg := &segment{id: fmt.Sprintf("%s/s%d", s.id, i), st: s, idx: i, lat: lat, lon: lon, h: s.hoodAt(f)}
			s.segs = append(s.segs, sg)
			w.segs = append(w.segs, sg)
		}
		segAt := func(f float64) *segment {
			i := int(f * float64(len(s.segs)))
			if i >= len(s.segs) {
				i = len(s.segs) - 1
			}
			return s.segs[i]
		}
		add := func(a *alley) {
			lat, lon := s.point(a.frac)
			depth := 45 + float64((len(s.alleys)*37)%90)
			a.lat, a.lon = s.perp(lat, lon, a.side*depth)
			a.h = s.hoodAt(a.frac)
			a.seg = segAt(a.frac)
			a.seg.mouths = append(a.seg.mouths, a)
			s.alleys = append(s.alleys, a)
			w.alleys = append(w.alleys, a)
			a.h.alleys = append(a.h.alleys, a)
		}
		if sp.numbered > 0 {
			n := sp.numbered
			for k := 1; k <= n; k++ {
				pair := (k + 1) / 2
				f := (float64(pair) - 0.5) / float64((n+1)/2)
				side := 1.0
				if k%2 == 0 {
					side = -1
				}
				add(&alley{id: fmt.Sprintf("%s/k%d", s.id, k), st: s, num: k, name: sp.names[k], frac: f, side: side})
			}
		}
		for i, nm := range sp.named {
			f := (float64(i) + 0.5) / float64(len(sp.named))
			side := 1.0
			if i%2 == 1 {
				side = -1
			}
			add(&alley{id: fmt.Sprintf("%s/n%d", s.id, i), st: s, name: nm, frac: f, side: side})
		}
		for i, l := range sp.lms {
			lat, lon := s.point(l.frac)
			side := 1.0
			if i%2 == 1 {
				side = -1
			}
			lat, lon = s.perp(lat, lon, side*15)
			lm := &landmark{id: fmt.Sprintf("%s/l%d", s.id, i), kind: l.kind, name: l.name, short: l.short, fing: l.fing,
				st: s, frac: l.frac, seg: segAt(l.frac), lat: lat, lon: lon, h: s.hoodAt(l.frac)}
			lm.seg.lms = append(lm.seg.lms, lm)
			s.lms = append(s.lms, lm)
			w.lms = append(w.lms, lm)
			// the alley whose mouth is nearest gets the landmark as its «کنار …»
			best, bd := (*alley)(nil), 1.0
			for _, a := range s.alleys {
				if d := math.Abs(a.frac - l.frac); d < bd && a.nearLm == nil {
					best, bd = a, d
				}
			}
			if best != nil && bd < 0.08 {
				best.nearLm = lm
			}
		}
		w.streets = append(w.streets, s)
		w.byStreet[s.id] = s
		s.hoodAt(0).streets = append(s.hoodAt(0).streets, s)
	}
	// dead ends: fixed by the alley's position in the list
	deadNames := []string{"یاس", "شهید احمدی", "گلها", "بهار", "نیلوفر", "امید"}
	for i, a := range w.alleys {
		n := 0
		switch i % 5 {
		case 0:
			n = 2
		case 2:
			n = 1
		case 3:
			n = 3
		}
		for k := 1; k <= n; k++ {
			d := &deadEnd{id: fmt.Sprintf("%s/b%d", a.id, k), al: a, num: k}
			if (i+k)%7 == 0 {
				d.name = deadNames[(i+k)%len(deadNames)]
			}
			along := float64(k*35) - 60
			lat, lon := a.st.perp(a.lat, a.lon, a.side*float64(20+k*25))
			d.lat, d.lon = offset(lat, lon, along*0.3, along)
			a.deads = append(a.deads, d)
			w.deads = append(w.deads, d)
		}
	}
	w.junctions = []*junction{
		{id: "j/basij", name: "میدان بسیج", forms: []string{"میدان بسیج", "میدان صیقلان", "فلکه صیقلان", "میدان صیقلان (بسیج)"}, fing: "meydan basij", lat: 37.2779, lon: 49.5990, h: w.byHood["صیقلان"]},
		{id: "j/hajiabad", name: "چهارراه حاجی‌آباد", forms: []string{"چهارراه حاجی‌آباد", "چهارراه حاجی آباد", "تقاطع امام و حاجی‌آباد"}, fing: "chaharrah hajiabad", lat: 37.2852, lon: 49.6080, h: w.byHood["حاجی‌آباد"]},
		{id: "j/javan", name: "چهارراه جوان", forms: []string{"چهارراه جوان", "تقاطع جوان و رودباری"}, fing: "chaharrah javan", lat: 37.2748, lon: 49.6090, h: w.byHood["جوان"]},
		{id: "j/poleragh", name: "سه‌راه پل عراق", forms: []string{"سه‌راه پل عراق", "سه راه پل عراق", "پل عراق"}, fing: "se rah pol eragh", lat: 37.2868, lon: 49.6128, h: w.byHood["پل عراق"]},
		{id: "j/chomarsara", name: "تقاطع مطهری و چمارسرا", forms: []string{"تقاطع مطهری و چمارسرا", "سه‌راه چمارسرا", "سر چمارسرا"}, fing: "se rah chomarsara", lat: 37.2778, lon: 49.5962, h: w.byHood["چمارسرا"]},
	}
	return w
}

// lmByName finds a landmark by its full name (the chronic issues name their places).
func (w *world) lmByName(name string) *landmark {
	for _, l := range w.lms {
		if l.name == name {
			return l
		}
	}
	panic("rasht43: no landmark " + name)
}

func (w *world) alleyBy(streetID string, num int, name string) *alley {
	for _, a := range w.byStreet[streetID].alleys {
		if (num > 0 && a.num == num) || (num == 0 && a.name == name) {
			return a
		}
	}
	panic(fmt.Sprintf("rasht43: no alley %s %d %s", streetID, num, name))
}

func (w *world) landmarksOf(kinds ...string) []*landmark {
	var out []*landmark
	for _, l := range w.lms {
		for _, k := range kinds {
			if l.kind == k {
				out = append(out, l)
			}
		}
	}
	return out
}

// bareName drops «شهید» from an alley name: people write «کوچه رضایی» for «کوچه شهید رضایی».
func bareName(n string) string { return strings.TrimPrefix(n, "شهید ") }
