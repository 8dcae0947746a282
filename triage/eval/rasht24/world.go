package rasht24

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// Rasht's latitude; a degree of longitude there is cos(lat) of a degree of latitude.
const (
	metresPerDegLat = 111_000.0
	metresPerDegLon = 111_000.0 * 0.7955
)

// alley is a side street, dead end or apartment block: the smallest spot of a point problem.
type alley struct {
	num      int    // 0 when named
	name     string // "" when numbered
	kind     string // کوچه, بن‌بست, بلوک
	lat, lon float64
}

// street is a boulevard, a street or a park. A main road has stretches told apart by a
// landmark; the stretch is its spot for point problems.
type street struct {
	kind      string // بلوار, خیابان, پارک
	name      string // "" when numbered
	num       int
	fing      string // how it is typed in Finglish, "" to derive from the number
	main      bool   // shops, landmarks, traffic
	alleys    []alley
	stretches []stretch
	lat, lon  float64
}

type stretch struct {
	landmark string
	lat, lon float64
}

type hood struct {
	name, fing string
	lat, lon   float64
	streets    []street
}

// spot is where an issue is: a hood, a street in it, and an alley or a stretch of it.
type spot struct {
	h        *hood
	s        *street // nil for area problems
	a        *alley
	st       *stretch
	plate    int // 0 when none
	lat, lon float64
}

// key is the identity of a spot for the labelling rule.
func (p spot) key() string {
	k := p.h.name
	if p.s != nil {
		k += "/" + p.s.kind + p.s.name + strconv.Itoa(p.s.num)
	}
	if p.a != nil {
		k += "/" + p.a.kind + p.a.name + strconv.Itoa(p.a.num)
	}
	if p.st != nil {
		k += "/" + p.st.landmark
	}
	return k
}

// move returns lat, lon moved by dn metres north and de metres east.
func move(lat, lon, dn, de float64) (float64, float64) {
	return lat + dn/metresPerDegLat, lon + de/metresPerDegLon
}

// jitter moves a point a distance in [lo, hi] metres in a random direction.
func jitter(r *rand.Rand, lat, lon, lo, hi float64) (float64, float64) {
	d := lo + r.Float64()*(hi-lo)
	a := r.Float64() * 2 * math.Pi
	return move(lat, lon, d*math.Cos(a), d*math.Sin(a))
}

// layout places a street's alleys along it, every 60 m alternately on both sides, and its
// stretches every 180 m.
func layout(s *street, lat, lon, bearing float64) {
	s.lat, s.lon = lat, lon
	dn, de := math.Cos(bearing), math.Sin(bearing)
	for i := range s.alleys {
		along := 40 + 60*float64(i)
		side := 35.0
		if i%2 == 1 {
			side = -35
		}
		s.alleys[i].lat, s.alleys[i].lon = move(lat, lon, along*dn-side*de, along*de+side*dn)
	}
	for i := range s.stretches {
		along := 90 + 180*float64(i)
		s.stretches[i].lat, s.stretches[i].lon = move(lat, lon, along*dn, along*de)
	}
}

func numbered(n int, kind string, deadEnds ...int) []alley {
	out := make([]alley, n)
	for i := range out {
		out[i] = alley{num: i + 1, kind: kind}
	}
	for _, d := range deadEnds {
		if d >= 1 && d <= n {
			out[d-1].kind = "بن_بست"
		}
	}
	return out
}

func withNamed(as []alley, names ...string) []alley {
	for _, n := range names {
		as = append(as, alley{name: n, kind: "کوچه"})
	}
	return as
}

func stretches(landmarks ...string) []stretch {
	out := make([]stretch, len(landmarks))
	for i, l := range landmarks {
		out[i].landmark = l
	}
	return out
}

// newWorld builds منطقه ۲ away from گلسار. The map is fixed; nothing random is in it, so
// every seed describes the same streets.
func newWorld() []*hood {
	moallem := &hood{name: "معلم", fing: "moallem", lat: 37.2935, lon: 49.6010, streets: []street{
		{kind: "بلوار", name: "معلم", fing: "moallem", main: true,
			alleys:    withNamed(numbered(36, "کوچه", 7, 15, 22, 31), "شهید رجایی", "یاس", "بوستان"),
			stretches: stretches("بانک ملت", "نانوایی سنگک", "داروخانه", "مسجد جامع معلم", "میدان معلم", "بانک صادرات")},
		{kind: "خیابان", name: "شهید بهشتی", fing: "beheshti", alleys: numbered(10, "کوچه", 6)},
		{kind: "خیابان", name: "فرهنگ", fing: "farhang", alleys: withNamed(numbered(7, "کوچه", 2), "اقاقیا")},
		{kind: "پارک", name: "معلم", fing: "parke moallem"},
	}}
	manzarie := &hood{name: "منظریه", fing: "manzarie", lat: 37.3060, lon: 49.6160, streets: []street{
		{kind: "خیابان", name: "منظریه", fing: "manzarie", main: true, alleys: numbered(14, "کوچه", 4, 9),
			stretches: stretches("سوپرمارکت", "آموزشگاه", "بانک سپه", "فلکه منظریه")},
		{kind: "خیابان", name: "لاله", fing: "laleh", alleys: numbered(8, "کوچه", 3)},
		{kind: "خیابان", name: "نسترن", fing: "nastaran", alleys: numbered(7, "کوچه", 5)},
		{kind: "خیابان", name: "بهار", fing: "bahar", alleys: withNamed(numbered(6, "کوچه"), "گلستان")},
		{kind: "خیابان", name: "یاس", fing: "yas", alleys: numbered(8, "کوچه", 6)},
		{kind: "خیابان", name: "ارغوان", fing: "arghavan", alleys: numbered(9, "کوچه", 1)},
		{kind: "پارک", name: "منظریه", fing: "parke manzarie"},
	}}
	hamidian := &hood{name: "حمیدیان", fing: "hamidian", lat: 37.2830, lon: 49.6180, streets: []street{
		{kind: "خیابان", name: "حمیدیان", fing: "hamidian", main: true, alleys: withNamed(nil, "شهدا", "نرگس"),
			stretches: stretches("مدرسه", "نانوایی", "پل حمیدیان", "مسجد", "جایگاه سی_ان_جی")},
	}}
	for i := 1; i <= 16; i++ {
		hamidian.streets = append(hamidian.streets, street{kind: "خیابان", num: i, alleys: numbered(5+i%4, "کوچه", i%5+1)})
	}
	gilan := &hood{name: "بلوار گیلان", fing: "bolvare gilan", lat: 37.2950, lon: 49.5860, streets: []street{
		{kind: "بلوار", name: "گیلان", fing: "gilan", main: true,
			alleys:    numbered(44, "کوچه", 6, 13, 19, 27, 38),
			stretches: stretches("پمپ بنزین", "بانک ملت", "بیمارستان", "پاساژ", "میدان", "بانک تجارت", "تعمیرگاه_ها", "پل")},
	}}
	mehr := &hood{name: "کوی مهر", fing: "kooye mehr", lat: 37.3090, lon: 49.5990, streets: []street{
		{kind: "بلوار", name: "مهر", fing: "mehr", main: true, alleys: numbered(40, "بلوک"),
			stretches: stretches("ورودی شهرک", "فروشگاه", "مسجد", "پارکینگ")},
		{kind: "پارک", name: "کوی مهر", fing: "parke kooye mehr"},
	}}
	besat := &hood{name: "شهرک بعثت", fing: "shahrake besat", lat: 37.3180, lon: 49.6300, streets: []street{
		{kind: "بلوار", name: "بعثت", fing: "besat", main: true, alleys: withNamed(nil, "امام رضا"),
			stretches: stretches("ورودی", "نانوایی", "مدرسه")},
	}}
	for i := 1; i <= 12; i++ {
		besat.streets = append(besat.streets, street{kind: "خیابان", num: i, alleys: numbered(4+i%4, "کوچه", i%7+1)})
	}
	farhangian := &hood{name: "کوی فرهنگیان", fing: "kooye farhangian", lat: 37.2840, lon: 49.5970, streets: []street{
		{kind: "بلوار", name: "فرهنگیان", fing: "farhangian", main: true, alleys: numbered(12, "کوچه", 5),
			stretches: stretches("مدرسه", "نانوایی بربری", "بانک کشاورزی", "میدان")},
		{kind: "پارک", name: "فرهنگیان", fing: "parke farhangian"},
	}}
	for i := 1; i <= 10; i++ {
		farhangian.streets = append(farhangian.streets, street{kind: "خیابان", num: i, alleys: numbered(5+i%4, "کوچه", i%6+1)})
	}
	hoods := []*hood{moallem, manzarie, hamidian, gilan, mehr, besat, farhangian}
	for _, h := range hoods {
		for i := range h.streets {
			s := &h.streets[i]
			// side streets in a grid around the centre, 220 m apart; the main road runs
			// through, north-east (بلوار گیلان north-west, away from معلم)
			lat, lon := move(h.lat, h.lon, -440+220*float64(i/4), -330+220*float64(i%4))
			bearing := 0.1 + 0.15*float64(i%3)
			if s.main {
				bearing = 0.8
				if h.fing == "bolvare gilan" {
					bearing = 5.6
				}
				lat, lon = move(h.lat, h.lon, -400*math.Cos(bearing), -400*math.Sin(bearing))
			}
			layout(s, lat, lon, bearing)
		}
	}
	return hoods
}
