package rasht41

import (
	"math"
	"math/rand/v2"
	"strings"
)

// alleyStyle is how the people of a street name its alleys.
type alleyStyle int

const (
	byNumber  alleyStyle = iota // «کوچه ۱۲»
	byOrdinal                   // «کوچه دوازدهم», and by number too
)

type alley struct {
	num      int
	name     string // «شهید رحیمی», «یاس»; empty for a plain numbered alley
	deadEnd  bool
	lat, lon float64
}

type landmark struct {
	name     string // «دبستان شهید چمران», «بانک ملت»
	park     bool
	lat, lon float64
	st       *street
}

type street struct {
	kind, name string // «خیابان», «ولیعصر»
	short      string // what people say: «ولیعصر», «انصاری»
	style      alleyStyle
	alleys     []*alley
	landmarks  []*landmark
	lat0, lon0 float64
	lat1, lon1 float64
	hood       *hood
	finglish   string
}

type hood struct {
	name, finglish string
	lat, lon       float64
	streets        []*street
}

type world struct {
	hoods     []*hood
	streets   []*street
	landmarks []*landmark
	parks     []*landmark
}

type streetSpec struct {
	kind, name, short, finglish string
	alleys                      int
	style                       alleyStyle
	named                       map[int]string // alley number → its name
	deadEnds                    []int
	landmarks                   []string
	dLat0, dLon0, dLat1, dLon1  float64 // ends, in metres from the neighbourhood centre
}

type hoodSpec struct {
	name, finglish string
	lat, lon       float64
	streets        []streetSpec
}

// district4 is this author's picture of منطقه ۴, south and south-west of the centre.
var district4 = []hoodSpec{
	{"استادسرا", "ostadsara", 37.2640, 49.5790, []streetSpec{
		{"خیابان", "استادسرا", "استادسرا", "ostadsara", 24, byNumber, map[int]string{7: "شهید رحیمی", 15: "گلستان"}, []int{3, 18},
			[]string{"مسجد استادسرا", "دبستان شهید چمران", "نانوایی سنگکی", "بانک ملی"}, -500, -300, 500, 400},
		{"خیابان", "شهید رجایی", "رجایی", "rajaei", 12, byNumber, nil, []int{5},
			[]string{"داروخانه دکتر صالحی", "سوپرمارکت امید"}, -200, 300, 300, 700},
	}},
	{"پیرسرا", "pirsara", 37.2690, 49.5900, []streetSpec{
		{"خیابان", "پیرسرا", "پیرسرا", "pirsara", 18, byNumber, map[int]string{4: "شهید حسینی", 11: "امامزاده"}, []int{2, 9, 14},
			[]string{"درمانگاه پیرسرا", "نانوایی بربری", "مسجد جامع پیرسرا"}, -400, -200, 400, 300},
		{"خیابان", "سعدی", "سعدی", "saadi", 10, byNumber, nil, nil,
			[]string{"دبیرستان دخترانه فرزانگان", "بانک صادرات"}, 100, -500, 450, 250},
	}},
	{"پل طالشان", "pol taleshan", 37.2560, 49.5730, []streetSpec{
		{"خیابان", "طالشان", "طالشان", "taleshan", 15, byNumber, map[int]string{6: "کارخانه"}, []int{12},
			[]string{"پل طالشان", "کارواش", "تعمیرگاه مکانیکی", "ایستگاه اتوبوس پل طالشان"}, -600, -200, 400, 200},
	}},
	{"کوی انصاری", "kuye ansari", 37.2500, 49.5900, []streetSpec{
		{"بلوار", "شهید انصاری", "انصاری", "ansari", 40, byNumber, map[int]string{10: "لاله", 22: "شهید بابایی"}, nil,
			[]string{"بانک ملت", "بانک صادرات انصاری", "پارک لاله", "هایپرمارکت", "داروخانه شبانه‌روزی", "پمپ بنزین انصاری"}, -900, -700, 900, 700},
		{"خیابان", "گلها", "گلها", "golha", 12, byNumber, nil, []int{4, 8},
			[]string{"دبستان پسرانه شاهد", "مسجد المهدی"}, 200, -300, 600, 200},
	}},
	{"کوی ولیعصر", "kuye valiasr", 37.2450, 49.5820, []streetSpec{
		{"خیابان", "ولیعصر", "ولیعصر", "valiasr", 30, byOrdinal, nil, []int{17, 26},
			[]string{"مسجد امام حسن", "پارک ولیعصر", "دبیرستان شهید بهشتی", "نانوایی لواش"}, -700, -400, 700, 400},
		{"خیابان", "فجر", "فجر", "fajr", 10, byOrdinal, nil, nil,
			[]string{"مهدکودک شکوفه"}, -300, 200, 200, 600},
	}},
	{"آزادگان", "azadegan", 37.2400, 49.5960, []streetSpec{
		{"خیابان", "آزادگان", "آزادگان", "azadegan", 16, byOrdinal, map[int]string{3: "یاس", 5: "نرگس", 9: "اقاقیا", 13: "نسترن"}, []int{3, 5, 9, 13},
			[]string{"پارک آزادگان", "سالن ورزشی آزادگان", "سوپرمارکت"}, -500, -300, 500, 300},
	}},
	{"جاده تهران", "jadde tehran", 37.2350, 49.5700, []streetSpec{
		{"جاده", "تهران", "جاده تهران", "jadde tehran", 20, byNumber, map[int]string{8: "باغ", 14: "شهید کاظمی"}, []int{19},
			[]string{"پمپ بنزین جاده تهران", "نمایشگاه ماشین", "رستوران", "ایستگاه اتوبوس"}, -1000, -600, 1000, 600},
	}},
	{"خمیران", "khomeyran", 37.2290, 49.5600, []streetSpec{
		{"جاده", "خمیران", "خمیران", "khomeyran", 10, byNumber, map[int]string{2: "باغ", 6: "مسجد"}, nil,
			[]string{"مسجد خمیران", "مدرسه خمیران", "نهر خمیران"}, -800, -500, 800, 500},
	}},
}

const (
	metresPerDegLat = 111320.0
	metresPerDegLon = 88600.0 // at 37.25° N
)

func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/metresPerDegLat, lon + east/metresPerDegLon
}

// buildWorld lays the streets out; the random source only bends the alleys' positions.
func buildWorld(r *rand.Rand) *world {
	w := &world{}
	for _, hs := range district4 {
		h := &hood{name: hs.name, finglish: hs.finglish, lat: hs.lat, lon: hs.lon}
		for _, ss := range hs.streets {
			s := &street{kind: ss.kind, name: ss.name, short: ss.short, style: ss.style, hood: h, finglish: ss.finglish}
			s.lat0, s.lon0 = offset(h.lat, h.lon, ss.dLat0, ss.dLon0)
			s.lat1, s.lon1 = offset(h.lat, h.lon, ss.dLat1, ss.dLon1)
			dead := map[int]bool{}
			for _, d := range ss.deadEnds {
				dead[d] = true
			}
			for i := 1; i <= ss.alleys; i++ {
				f := (float64(i) - 0.5 + r.Float64()*0.3) / float64(ss.alleys)
				side := 1.0
				if i%2 == 0 {
					side = -1
				}
				lat := s.lat0 + f*(s.lat1-s.lat0)
				lon := s.lon0 + f*(s.lon1-s.lon0)
				lat, lon = offset(lat, lon, side*(40+r.Float64()*60), -side*(30+r.Float64()*40))
				s.alleys = append(s.alleys, &alley{num: i, name: ss.named[i], deadEnd: dead[i], lat: lat, lon: lon})
			}
			for j, name := range ss.landmarks {
				f := (float64(j) + 0.5) / float64(len(ss.landmarks))
				l := &landmark{name: name, st: s, lat: s.lat0 + f*(s.lat1-s.lat0), lon: s.lon0 + f*(s.lon1-s.lon0)}
				l.park = strings.HasPrefix(name, "پارک")
				s.landmarks = append(s.landmarks, l)
				w.landmarks = append(w.landmarks, l)
				if l.park {
					w.parks = append(w.parks, l)
				}
			}
			h.streets = append(h.streets, s)
			w.streets = append(w.streets, s)
		}
		w.hoods = append(w.hoods, h)
	}
	return w
}

// spotLevel is how wide a problem's spot is.
type spotLevel int

const (
	atAlley    spotLevel = iota // one alley, or one point of a main street
	atStretch                   // a stretch of a main street between two junctions
	atLandmark                  // in front of a school, a bank, a bakery
	atPark                      // inside a park
	atHood                      // a whole neighbourhood (a power or water cut)
)

// spot is where an issue is. alley is nil for a stretch, a landmark or a neighbourhood.
type spot struct {
	level    spotLevel
	h        *hood
	st       *street
	al       *alley
	lm       *landmark
	from, to int // a stretch: between alleys from and to
	plate    int // a building on the alley (construction), 0 if none
	lat, lon float64
}

func (w *world) pickSpot(r *rand.Rand, level spotLevel) spot {
	switch level {
	case atPark:
		if len(w.parks) > 0 {
			l := w.parks[r.IntN(len(w.parks))]
			return spot{level: atPark, h: l.st.hood, st: l.st, lm: l, lat: l.lat, lon: l.lon}
		}
		level = atLandmark
	case atHood:
		h := w.hoods[r.IntN(len(w.hoods))]
		return spot{level: atHood, h: h, lat: h.lat, lon: h.lon}
	}
	if level == atLandmark {
		l := w.landmarks[r.IntN(len(w.landmarks))]
		for l.park {
			l = w.landmarks[r.IntN(len(w.landmarks))]
		}
		return spot{level: atLandmark, h: l.st.hood, st: l.st, lm: l, lat: l.lat, lon: l.lon}
	}
	// Streets with more alleys draw more problems: weight by alley count.
	total := 0
	for _, s := range w.streets {
		total += len(s.alleys)
	}
	k := r.IntN(total)
	var s *street
	for _, c := range w.streets {
		if k < len(c.alleys) {
			s = c
			break
		}
		k -= len(c.alleys)
	}
	if level == atStretch {
		from := 1 + r.IntN(len(s.alleys)-3)
		to := from + 2 + r.IntN(3)
		if to > len(s.alleys) {
			to = len(s.alleys)
		}
		a, b := s.alleys[from-1], s.alleys[to-1]
		return spot{level: atStretch, h: s.hood, st: s, from: from, to: to, lat: (a.lat + b.lat) / 2, lon: (a.lon + b.lon) / 2}
	}
	a := s.alleys[r.IntN(len(s.alleys))]
	return spot{level: atAlley, h: s.hood, st: s, al: a, lat: a.lat, lon: a.lon}
}

// key identifies a spot for "the same spot again" (recurrence) and the summary.
func (sp spot) key() string {
	k := sp.h.name
	if sp.st != nil {
		k += "/" + sp.st.name
	}
	if sp.al != nil {
		k += "/" + itoa(sp.al.num)
	}
	if sp.lm != nil {
		k += "/" + sp.lm.name
	}
	if sp.level == atStretch {
		k += "/" + itoa(sp.from) + "-" + itoa(sp.to)
	}
	return k
}

// jitter moves a point dist metres (uniform in [lo,hi]) in a random direction.
func jitter(r *rand.Rand, lat, lon, lo, hi float64) (float64, float64) {
	d := lo + r.Float64()*(hi-lo)
	a := r.Float64() * 2 * math.Pi
	la, lo2 := offset(lat, lon, d*math.Cos(a), d*math.Sin(a))
	return math.Round(la*1e6) / 1e6, math.Round(lo2*1e6) / 1e6
}
