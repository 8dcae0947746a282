package rasht44

import "math"

// nbhd is a neighbourhood (محله) of the district.
type nbhd struct {
	id       int
	name     string   // as the office writes it
	alts     []string // other ways people write it
	fing     string   // Finglish
	lat, lon float64
	streets  []*street
	marks    []*landmark
}

// street is a street or boulevard with its alleys in order along it.
type street struct {
	id     int
	nb     *nbhd
	kind   string // «خیابان», «بلوار» or "" when the name says it («۲۰ متری شالکو»)
	name   string
	alts   []string
	fing   string
	lat0   float64
	lon0   float64
	lat1   float64
	lon1   float64
	alleys []*alley
	marks  []*landmark
}

// alley is a کوچه off a street: numbered, named, or both.
type alley struct {
	id       int
	st       *street
	idx      int // order along the street
	num      int // 0 when the alley only has a name
	name     string
	pos      float64 // 0..1 along the street
	lat, lon float64 // its mouth on the street
	dlat     float64 // unit direction into the alley, degrees a metre
	dlon     float64
	length   float64 // metres
	deadEnds []string
}

// landmark is a mosque, school, bakery, bank, square, park ... on a street.
type landmark struct {
	id       int
	kind     string
	name     string
	short    string
	fing     string
	st       *street
	pos      float64
	corner   *alley // the alley it stands at the corner of, if any
	lat, lon float64
}

type streetSpec struct {
	kind, name, fing string
	alts             []string
	east, north      float64 // start, metres from the neighbourhood centre
	bearing, length  float64 // degrees from north, metres
	alleys           int
	named            map[int]string // alley number → name
	onlyNamed        []string       // alleys with names and no numbers
}

type markSpec struct {
	kind, name, short, fing string
	street                  int
	pos                     float64
}

type nbSpec struct {
	name, fing string
	alts       []string
	lat, lon   float64
	streets    []streetSpec
	marks      []markSpec
}

const metresPerDegLat = 111320.0

func metresPerDegLon(lat float64) float64 { return metresPerDegLat * math.Cos(lat*math.Pi/180) }

// offset moves a point by east and north metres.
func offset(lat, lon, east, north float64) (float64, float64) {
	return lat + north/metresPerDegLat, lon + east/metresPerDegLon(lat)
}

var districtSpec = []nbSpec{
	{name: "شالکو", fing: "shalkoo", alts: []string{"شالكو", "شال‌کو", "محله شالکو"}, lat: 37.2935, lon: 49.6115,
		streets: []streetSpec{
			{kind: "خیابان", name: "شالکو", fing: "shalkoo", east: -450, north: -100, bearing: 80, length: 950, alleys: 36,
				named: map[int]string{7: "گلستان", 14: "شهید رجبی", 22: "شهید حسن‌پور", 30: "نسترن"}},
			{name: "۲۰ متری شالکو", fing: "20 metri shalkoo", alts: []string{"بیست متری شالکو", "۲۰متری شالکو"}, east: -100, north: -350,
				bearing: 5, length: 700, alleys: 20, named: map[int]string{3: "بهار", 9: "شهید نوری"}},
		},
		marks: []markSpec{
			{"mosque", "مسجد جامع شالکو", "مسجد", "masjed jame shalkoo", 0, 0.35},
			{"school", "دبستان شهید رجایی", "مدرسه", "madrese rajaei", 0, 0.62},
			{"bakery", "نانوایی بربری", "نانوایی", "nanvaei barbari", 0, 0.18},
			{"bank", "بانک ملت", "بانک", "bank mellat", 1, 0.5},
			{"pharmacy", "داروخانه شالکو", "داروخانه", "darookhane", 1, 0.22},
			{"park", "پارک محله شالکو", "پارک", "parke shalkoo", 1, 0.82},
		}},
	{name: "امین‌الضرب", fing: "aminozarb", alts: []string{"امین الضرب", "امینالضرب", "امين الضرب"}, lat: 37.2895, lon: 49.6030,
		streets: []streetSpec{
			{kind: "خیابان", name: "امین‌الضرب", fing: "aminozarb", alts: []string{"امین الضرب"}, east: -400, north: 0, bearing: 95, length: 850, alleys: 28,
				named: map[int]string{5: "شهید بابایی", 12: "یاس", 19: "شهید کریمی"}},
			{name: "۱۶ متری امین‌الضرب", fing: "16 metri aminozarb", alts: []string{"شانزده متری امین الضرب"}, east: 0, north: -300,
				bearing: 10, length: 600, alleys: 16, named: map[int]string{4: "ابریشم"}},
		},
		marks: []markSpec{
			{"park", "باغ ابریشمی", "باغ", "bagh abrishami", 1, 0.7},
			{"mosque", "حسینیه امین‌الضرب", "حسینیه", "hoseinie", 0, 0.4},
			{"pharmacy", "داروخانه دکتر رحیمی", "داروخانه", "darookhane rahimi", 0, 0.15},
			{"school", "مدرسه راهنمایی فرهنگ", "مدرسه", "madrese farhang", 0, 0.75},
			{"shop", "سوپرمارکت امید", "سوپری", "supermarket omid", 1, 0.3},
			{"bakery", "نانوایی سنگکی امین", "نانوایی", "nanvaei sangaki", 0, 0.55},
		}},
	{name: "سرچشمه", fing: "sarcheshme", alts: []string{"سر چشمه", "سرچشمه‌"}, lat: 37.2830, lon: 49.5975,
		streets: []streetSpec{
			{kind: "خیابان", name: "سرچشمه", fing: "sarcheshme", alts: []string{"سر چشمه"}, east: -350, north: 150, bearing: 120, length: 900, alleys: 30,
				named: map[int]string{8: "بازارچه", 15: "شهید صادقی", 21: "لاله"}},
			{kind: "خیابان", name: "پاسداران", fing: "pasdaran", east: 0, north: -250, bearing: 30, length: 500, alleys: 14,
				named: map[int]string{6: "شهید مرادی"}},
		},
		marks: []markSpec{
			{"square", "چهارراه سرچشمه", "چهارراه", "chaharrahe sarcheshme", 0, 0.5},
			{"market", "بازارچه سرچشمه", "بازارچه", "bazarche", 0, 0.3},
			{"bakery", "نانوایی سنگکی سرچشمه", "نانوایی", "nanvaei sangaki", 0, 0.42},
			{"bank", "بانک ملی شعبه سرچشمه", "بانک ملی", "bank melli", 0, 0.66},
			{"mosque", "مسجد سرچشمه", "مسجد", "masjed sarcheshme", 1, 0.4},
			{"school", "دبیرستان دخترانه فرزانگان", "دبیرستان", "dabirestan farzanegan", 1, 0.75},
		}},
	{name: "احمدزاده", fing: "ahmadzade", alts: []string{"احمد زاده", "احمدزادە"}, lat: 37.2870, lon: 49.6185,
		streets: []streetSpec{
			{kind: "بلوار", name: "احمدزاده", fing: "ahmadzade", alts: []string{"احمد زاده"}, east: -500, north: -200, bearing: 60, length: 1200, alleys: 40,
				named: map[int]string{10: "شهید رضایی", 26: "ارغوان"}},
		},
		marks: []markSpec{
			{"park", "بوستان ملت", "بوستان", "park mellat", 0, 0.55},
			{"square", "سه‌راه کانادا", "سه‌راه", "se rahe kanada", 0, 0.1},
			{"station", "پمپ بنزین احمدزاده", "پمپ بنزین", "pomp benzin", 0, 0.3},
			{"clinic", "درمانگاه شبانه‌روزی", "درمانگاه", "darmangah", 0, 0.8},
			{"bank", "بانک سپه", "بانک", "bank sepah", 0, 0.68},
			{"restaurant", "رستوران گیلانه", "رستوران", "restoran", 0, 0.9},
		}},
	{name: "منظریه", fing: "manzarie", alts: []string{"منظريه", "منظرية"}, lat: 37.2965, lon: 49.5985,
		streets: []streetSpec{
			{kind: "خیابان", name: "منظریه", fing: "manzarie", east: -300, north: -50, bearing: 85, length: 650, alleys: 22,
				named: map[int]string{6: "شقایق", 11: "شهید احمدی"}},
			{kind: "بلوار", name: "شهید انصاری", fing: "ansari", alts: []string{"انصاری"}, east: -600, north: 300, bearing: 110, length: 1100, alleys: 24},
		},
		marks: []markSpec{
			{"mosque", "مسجد امام حسن", "مسجد", "masjed emam hasan", 0, 0.45},
			{"school", "دبیرستان شهید بهشتی", "دبیرستان", "dabirestan beheshti", 0, 0.8},
			{"bank", "بانک صادرات", "بانک", "bank saderat", 1, 0.35},
			{"bakery", "نانوایی لواش", "نانوایی", "nanvaei lavash", 0, 0.2},
			{"park", "پارک منظریه", "پارک", "parke manzarie", 1, 0.7},
		}},
	{name: "استقلال", fing: "esteghlal", alts: []string{"استقلال‌", "خیابان استقلال"}, lat: 37.2780, lon: 49.6060,
		streets: []streetSpec{
			{kind: "خیابان", name: "استقلال", fing: "esteghlal", east: -450, north: 0, bearing: 90, length: 900, alleys: 30,
				named: map[int]string{9: "شهید قربانی", 17: "نیلوفر"}},
			{kind: "خیابان", name: "بهار", fing: "bahar", east: 0, north: -300, bearing: 0, length: 500, alleys: 12},
		},
		marks: []markSpec{
			{"square", "میدان استقلال", "میدان", "meydan esteghlal", 0, 0.05},
			{"school", "دبستان استقلال", "مدرسه", "madrese esteghlal", 0, 0.4},
			{"hall", "تالار پذیرایی ستاره", "تالار", "talar setare", 0, 0.7},
			{"mosque", "مسجد المهدی", "مسجد", "masjed almahdi", 1, 0.5},
			{"pastry", "قنادی گل‌پونه", "قنادی", "ghanadi", 0, 0.25},
		}},
	{name: "دیانتی", fing: "diyanati", alts: []string{"ديانتي", "دیانتى"}, lat: 37.2740, lon: 49.5960,
		streets: []streetSpec{
			{kind: "خیابان", name: "دیانتی", fing: "diyanati", east: -350, north: -150, bearing: 70, length: 750,
				onlyNamed: []string{"یاس", "نسترن", "شهید نوری", "گلها", "اقاقیا", "شهید موسوی", "سرو", "صنوبر", "شهید علیزاده",
					"مریم", "بنفشه", "آزادی", "شهید یوسفی", "نرگس", "امید", "شهید رحیمی", "پروین", "سپیده"}},
		},
		marks: []markSpec{
			{"mosque", "مسجد دیانتی", "مسجد", "masjed diyanati", 0, 0.3},
			{"shop", "سوپرمارکت دیانتی", "سوپرمارکت", "supermarket", 0, 0.55},
			{"school", "مهدکودک رنگین‌کمان", "مهدکودک", "mahde koodak", 0, 0.7},
			{"bakery", "نانوایی تافتون", "نانوایی", "nanvaei", 0, 0.85},
		}},
	{name: "ولیعصر", fing: "valiasr", alts: []string{"ولی عصر", "ولیعصر (عج)", "وليعصر"}, lat: 37.2725, lon: 49.6160,
		streets: []streetSpec{
			{kind: "بلوار", name: "ولیعصر", fing: "valiasr", alts: []string{"ولی عصر"}, east: -500, north: 0, bearing: 75, length: 1100, alleys: 32,
				named: map[int]string{4: "شهید اکبری", 18: "فجر"}},
			{kind: "خیابان", name: "جانبازان", fing: "janbazan", east: 100, north: -300, bearing: 350, length: 500, alleys: 12},
		},
		marks: []markSpec{
			{"bridge", "پل جانبازان", "پل", "pole janbazan", 0, 0.85},
			{"fire", "ایستگاه آتش‌نشانی", "آتش‌نشانی", "atash neshani", 0, 0.4},
			{"bank", "بانک تجارت", "بانک", "bank tejarat", 0, 0.2},
			{"school", "دبستان پسرانه امام رضا", "مدرسه", "madrese emam reza", 1, 0.5},
			{"park", "پارک ولیعصر", "پارک", "parke valiasr", 0, 0.62},
		}},
}

// world is the district: its neighbourhoods and everything in them.
type world struct {
	nbs    []*nbhd
	sts    []*street
	alleys []*alley
	marks  []*landmark
}

// buildWorld lays the district out. It uses no randomness: the district is the same for
// every seed, only the year differs.
func buildWorld() *world {
	w := &world{}
	for i, ns := range districtSpec {
		nb := &nbhd{id: i, name: ns.name, alts: ns.alts, fing: ns.fing, lat: ns.lat, lon: ns.lon}
		w.nbs = append(w.nbs, nb)
		for _, ss := range ns.streets {
			st := &street{id: len(w.sts), nb: nb, kind: ss.kind, name: ss.name, alts: ss.alts, fing: ss.fing}
			st.lat0, st.lon0 = offset(ns.lat, ns.lon, ss.east, ss.north)
			b := ss.bearing * math.Pi / 180
			st.lat1, st.lon1 = offset(st.lat0, st.lon0, ss.length*math.Sin(b), ss.length*math.Cos(b))
			n := ss.alleys
			if len(ss.onlyNamed) > 0 {
				n = len(ss.onlyNamed)
			}
			for k := 0; k < n; k++ {
				a := &alley{id: len(w.alleys), st: st, idx: k, pos: (float64(k) + 0.7) / (float64(n) + 0.4)}
				if len(ss.onlyNamed) > 0 {
					a.name = ss.onlyNamed[k]
				} else {
					a.num = k + 1
					a.name = ss.named[a.num]
				}
				a.lat = st.lat0 + (st.lat1-st.lat0)*a.pos
				a.lon = st.lon0 + (st.lon1-st.lon0)*a.pos
				side := 1.0 // odd numbers on the left, even on the right
				if k%2 == 1 {
					side = -1
				}
				pb := b + side*math.Pi/2
				a.dlat = math.Cos(pb) / metresPerDegLat
				a.dlon = math.Sin(pb) / metresPerDegLon(a.lat)
				// lengths and dead ends vary but are fixed by the layout, not the seed
				h := (a.id*7919 + 13) % 101
				a.length = 70 + float64(h)*1.6
				switch {
				case h%5 == 0:
					a.deadEnds = []string{"۱", "۲"}
				case h%7 == 0:
					a.deadEnds = []string{[]string{"یاس", "نسترن", "گلها", "شقایق", "بهاران", "امید"}[h%6]}
				case h%3 == 0:
					a.deadEnds = []string{"۱"}
				}
				st.alleys = append(st.alleys, a)
				w.alleys = append(w.alleys, a)
			}
			nb.streets = append(nb.streets, st)
			w.sts = append(w.sts, st)
		}
		for _, ms := range ns.marks {
			st := nb.streets[ms.street]
			m := &landmark{id: len(w.marks), kind: ms.kind, name: ms.name, short: ms.short, fing: ms.fing, st: st, pos: ms.pos}
			m.lat = st.lat0 + (st.lat1-st.lat0)*ms.pos
			m.lon = st.lon0 + (st.lon1-st.lon0)*ms.pos
			for _, a := range st.alleys {
				if math.Abs(a.pos-ms.pos) < 0.5/float64(len(st.alleys)+1) {
					m.corner = a
				}
			}
			nb.marks = append(nb.marks, m)
			st.marks = append(st.marks, m)
			w.marks = append(w.marks, m)
		}
	}
	return w
}

// blocks is how many blocks (about three alleys each) a street has.
func (s *street) blocks() int { return (len(s.alleys) + 2) / 3 }

// blockAlleys are the alleys of block b.
func (s *street) blockAlleys(b int) []*alley {
	lo, hi := 3*b, 3*b+3
	if hi > len(s.alleys) {
		hi = len(s.alleys)
	}
	return s.alleys[lo:hi]
}

// blockMarks are the landmarks standing on block b.
func (s *street) blockMarks(b int) []*landmark {
	as := s.blockAlleys(b)
	lo, hi := as[0].pos-0.5/float64(len(s.alleys)), as[len(as)-1].pos+0.5/float64(len(s.alleys))
	var out []*landmark
	for _, m := range s.marks {
		if m.pos >= lo && m.pos < hi {
			out = append(out, m)
		}
	}
	return out
}

// blockPoint is the middle of block b on the street.
func (s *street) blockPoint(b int) (float64, float64) {
	as := s.blockAlleys(b)
	p := (as[0].pos + as[len(as)-1].pos) / 2
	return s.lat0 + (s.lat1-s.lat0)*p, s.lon0 + (s.lon1-s.lon0)*p
}

// inside is a point d metres into the alley.
func (a *alley) inside(d float64) (float64, float64) {
	return a.lat + a.dlat*d, a.lon + a.dlon*d
}

func (w *world) marksOfKind(kinds ...string) []*landmark {
	var out []*landmark
	for _, m := range w.marks {
		for _, k := range kinds {
			if m.kind == k {
				out = append(out, m)
			}
		}
	}
	return out
}
