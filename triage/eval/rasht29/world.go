package rasht29

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// hood is a neighbourhood with its centre.
type hood struct {
	name, fing string
	lat, lon   float64
}

// street is one street of a neighbourhood; num > 0 for گلسار's numbered streets.
type street struct {
	hood       int
	word, name string // word is خیابان/بلوار/جاده; name is a number as text or a proper name
	num        int
	fing       string
	lat, lon   float64 // where its first alley is
	dlat, dlon float64 // step from one alley to the next
	alleys     []alley
}

// alley is a کوچه or بن‌بست off a street: numbered (num > 0) or named.
type alley struct {
	word string
	num  int
	name string
}

// landmark stands on a street by an alley.
type landmark struct {
	name, fing    string
	street, alley int
	park          bool
}

// spot is a place an issue happens: an alley, a stretch of street, or beside a landmark.
type spot struct {
	street, alley, landmark int // -1 when absent
	stretch                 bool
	lat, lon                float64
	weight                  float64
}

type world struct {
	hoods                                         []hood
	streets                                       []street
	landmarks                                     []landmark
	alleySpots, streetSpots, markSpots, parkSpots []spot
}

var alleyNames = []string{"گلستان", "صنوبر", "نسترن", "بهار", "صفا", "یاس", "لاله", "مریم", "شقایق", "اقاقیا", "ارغوان", "سرو", "مسجد", "امامزاده", "شهید رضایی", "شهید انصاری", "شهید محمدی", "شهید کریمی", "نیلوفر", "آزادی"}

// newWorld builds the district. The layout is fixed; rng only shapes how often each spot
// is reported, so different seeds give different busy corners.
func newWorld(rng *rand.Rand) *world {
	w := &world{hoods: []hood{
		{"گلسار", "golsar", 37.3005, 49.5900},
		{"منظریه", "manzarie", 37.2930, 49.6010},
		{"حمیدیان", "hamidian", 37.2965, 49.5740},
		{"معلم", "moallem", 37.2880, 49.5850},
		{"سلیمان‌داراب", "soleyman darab", 37.3120, 49.6080},
	}}
	// گلسار: numbered streets off بلوار گیلان, each with numbered alleys.
	for i, n := range []int{95, 103, 111, 117, 124, 132, 141, 149, 155, 161, 171, 185} {
		st := street{hood: 0, word: "خیابان", name: fmt.Sprint(n), num: n, fing: fmt.Sprint(n),
			lat: 37.2960 + 0.0009*float64(i), lon: 49.5850 + 0.0006*float64(i), dlat: 0.00035, dlon: 0.00022}
		for a := 1; a <= 8+i%7; a++ {
			if a%5 == 0 {
				st.alleys = append(st.alleys, alley{word: "بن‌بست", num: a})
				continue
			}
			st.alleys = append(st.alleys, alley{word: "کوچه", num: a})
		}
		w.streets = append(w.streets, st)
	}
	// بلوار گیلان is named along its length by the numbered streets that cross it
	blvd := street{hood: 0, word: "بلوار", name: "گیلان", fing: "gilan", lat: 37.2950, lon: 49.5830, dlat: 0.0009, dlon: 0.0006}
	for _, st := range w.streets {
		blvd.alleys = append(blvd.alleys, alley{word: "خیابان", num: st.num})
	}
	w.streets = append(w.streets, blvd)
	named := []struct {
		hood       int
		word, name string
		fing       string
		alleys     int
	}{
		{1, "خیابان", "منظریه", "manzarie", 14}, {1, "خیابان", "شهید بهشتی", "beheshti", 9},
		{1, "خیابان", "نسترن", "nastaran", 7}, {1, "خیابان", "لاله", "laleh", 6},
		{2, "خیابان", "حمیدیان", "hamidian", 16}, {2, "خیابان", "یاس", "yas", 8},
		{2, "خیابان", "شهید مطهری", "motahari", 10},
		{3, "خیابان", "معلم", "moallem", 15}, {3, "خیابان", "فرهنگ", "farhang", 8},
		{3, "خیابان", "دانش", "danesh", 7},
		{4, "جاده", "سلیمان‌داراب", "soleyman darab", 10},
	}
	for k, s := range named {
		h := w.hoods[s.hood]
		ang := float64(k) * 1.3
		st := street{hood: s.hood, word: s.word, name: s.name, fing: s.fing,
			lat: h.lat + 0.003*math.Cos(ang), lon: h.lon + 0.003*math.Sin(ang),
			dlat: 0.0003 * math.Sin(ang), dlon: 0.0003 * math.Cos(ang)}
		for a := 1; a <= s.alleys; a++ {
			switch {
			case a%4 == 3:
				st.alleys = append(st.alleys, alley{word: "کوچه", name: alleyNames[(k*7+a)%len(alleyNames)]})
			case a%6 == 0:
				st.alleys = append(st.alleys, alley{word: "بن‌بست", num: a})
			default:
				st.alleys = append(st.alleys, alley{word: "کوچه", num: a})
			}
		}
		w.streets = append(w.streets, st)
	}
	marks := []struct {
		name, fing string
		park       bool
	}{
		{"بانک ملت", "bank mellat", false}, {"بانک صادرات", "bank saderat", false}, {"بانک ملی", "bank melli", false},
		{"پارک گلها", "park golha", true}, {"پارک محله", "park", true}, {"پارک کودک", "park koodak", true},
		{"مدرسه شهید باهنر", "madrese", false}, {"دبیرستان فرزانگان", "dabirestan", false},
		{"مسجد جامع", "masjed", false}, {"مسجد امام حسن", "masjed", false},
		{"نانوایی بربری", "nanvayi", false}, {"نانوایی سنگکی", "nanvayi", false},
		{"داروخانه شبانه‌روزی", "darookhane", false}, {"هایپر استار", "hyper", false},
		{"درمانگاه", "darmangah", false}, {"میوه‌فروشی", "mive foroshi", false},
		{"پمپ بنزین", "pomp benzin", false}, {"ایستگاه اتوبوس", "istgah otobos", false},
		{"کلانتری", "kalantari", false}, {"شیرینی‌فروشی", "shirini", false},
	}
	for i := range 40 {
		m := marks[i%len(marks)]
		s := (i*7 + 3) % len(w.streets)
		a := 0
		if n := len(w.streets[s].alleys); n > 0 {
			a = (i * 5) % n
		}
		w.landmarks = append(w.landmarks, landmark{name: m.name, fing: m.fing, street: s, alley: a, park: m.park})
	}
	w.buildSpots(rng)
	return w
}

func (w *world) at(s, a int) (float64, float64) {
	st := w.streets[s]
	return st.lat + st.dlat*float64(a), st.lon + st.dlon*float64(a)
}

// buildSpots lists every place an issue can be. Weights are heavy-tailed: some corners
// are reported again and again over the year, most rarely.
func (w *world) buildSpots(rng *rand.Rand) {
	weight := func() float64 { return math.Exp(1.1 * rng.NormFloat64()) }
	for s, st := range w.streets {
		if st.word == "بلوار" {
			// the boulevard's stretches are where each cross street meets it
			for a := range st.alleys {
				lat, lon := w.at(s, a)
				w.streetSpots = append(w.streetSpots, spot{street: s, alley: a, landmark: -1, stretch: true, lat: lat, lon: lon, weight: weight()})
			}
			continue
		}
		for a := range st.alleys {
			lat, lon := w.at(s, a)
			w.alleySpots = append(w.alleySpots, spot{street: s, alley: a, landmark: -1, lat: lat, lon: lon, weight: weight()})
		}
		// a stretch is named by the alley it starts at; the first by the street's start
		for k := 0; k == 0 || k*3 < len(st.alleys); k++ {
			lat, lon := w.at(s, k*3)
			a := -1
			if k > 0 {
				a = k * 3
			}
			w.streetSpots = append(w.streetSpots, spot{street: s, alley: a, landmark: -1, stretch: true, lat: lat + 0.00015, lon: lon - 0.0001, weight: weight()})
		}
	}
	for i, m := range w.landmarks {
		lat, lon := w.at(m.street, m.alley)
		sp := spot{street: m.street, alley: -1, landmark: i, lat: lat + 0.0001, lon: lon + 0.0001, weight: weight()}
		if m.park {
			w.parkSpots = append(w.parkSpots, sp)
		}
		w.markSpots = append(w.markSpots, sp)
	}
}
