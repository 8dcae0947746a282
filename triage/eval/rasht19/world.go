package rasht19

import (
	"fmt"
	"math"
)

// neighbourhood is one named area of the district with its streets.
type neighbourhood struct {
	name, finglish string
	lat, lon       float64
	streets        []*street
}

// street is a main street or boulevard; numbered streets are Golsar's («خیابان ۱۲۴»).
type street struct {
	hood     *neighbourhood
	number   int    // Golsar's numbered streets; 0 for a named one
	name     string // «بلوار گیلان», «خیابان معلم»; empty for a numbered one
	finglish string
	kind     string // خیابان or بلوار
	lat, lon float64
	alleys   []*alley
	marks    []*landmark
}

// alley is a side alley of a street: numbered (کوچه ۱۲) or named (کوچه لاله).
type alley struct {
	street   *street
	number   int
	name     string
	deadEnd  bool
	lat, lon float64
}

// landmark marks a stretch of a main street.
type landmark struct {
	street   *street
	name     string
	lat, lon float64
}

// spot is where one issue is: an alley, or the stretch of a main street around a landmark,
// or a park.
type spot struct {
	id     int
	alley  *alley
	mark   *landmark
	street *street
	park   string // a park's name when the spot is a park
	weight float64
}

func (s *spot) latLon() (float64, float64) {
	switch {
	case s.alley != nil:
		return s.alley.lat, s.alley.lon
	case s.mark != nil:
		return s.mark.lat, s.mark.lon
	}
	return s.street.lat, s.street.lon
}

// metres per degree at Rasht's latitude.
const (
	mPerDegLat = 111_000.0
	mPerDegLon = 111_000.0 * 0.795 // cos(37.3°)
)

// offset moves a point by north/east metres.
func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/mPerDegLat, lon + east/mPerDegLon
}

func distance(lat1, lon1, lat2, lon2 float64) float64 {
	dn := (lat1 - lat2) * mPerDegLat
	de := (lon1 - lon2) * mPerDegLon
	return math.Hypot(dn, de)
}

type streetPlan struct {
	number   int
	name     string
	finglish string
	kind     string
	alleys   []int    // numbered alleys
	named    []string // named alleys
	marks    []string
	north    float64 // metres from the neighbourhood centre
	east     float64
	heading  float64 // radians: the direction the street runs
}

// buildDistrict lays out the district. It is fixed: the same streets every seed, as a real
// district is; only the requests change with the seed.
func buildDistrict() ([]*neighbourhood, []*spot) {
	plans := []struct {
		name, finglish string
		lat, lon       float64
		streets        []streetPlan
	}{
		{"گلسار", "golsar", 37.2995, 49.5885, []streetPlan{
			{number: 95, alleys: seq(1, 9), marks: []string{"نانوایی بربری", "داروخانه"}, north: -450, east: -300, heading: 0.1},
			{number: 107, alleys: seq(1, 11), marks: []string{"بانک ملت", "مسجد"}, north: -250, east: -150, heading: 0.1},
			{number: 124, alleys: seq(2, 16), marks: []string{"بانک ملی", "سوپرمارکت", "آژانس"}, north: 0, east: 0, heading: 0.1},
			{number: 132, alleys: seq(1, 12), marks: []string{"مدرسه", "پارک"}, north: 200, east: 100, heading: 0.1},
			{number: 141, alleys: seq(1, 10), marks: []string{"کلینیک"}, north: 380, east: 180, heading: 0.1},
			{number: 150, alleys: seq(2, 14), marks: []string{"بانک صادرات", "نانوایی سنگک"}, north: 560, east: 260, heading: 0.1},
			{number: 162, alleys: seq(1, 8), marks: []string{"مسجد"}, north: 760, east: 330, heading: 0.1},
			{number: 174, alleys: seq(1, 7), marks: []string{"پمپ بنزین"}, north: 950, east: 420, heading: 0.1},
		}},
		{"بلوار گیلان", "bolvar gilan", 37.2935, 49.5950, []streetPlan{
			{name: "گیلان", finglish: "gilan", kind: "بلوار", named: []string{"یاس", "نسترن", "شقایق", "بوستان"},
				marks: []string{"بانک سپه", "پل", "میدان", "شیرینی فروشی", "ایستگاه اتوبوس"}, heading: 1.2},
		}},
		{"معلم", "moallem", 37.2870, 49.5830, []streetPlan{
			{name: "معلم", finglish: "moallem", kind: "خیابان", alleys: seq(1, 12), named: []string{"شهید رضایی", "شهید بهشتی", "ارغوان"},
				marks: []string{"بیمارستان", "بانک تجارت", "مدرسه", "نانوایی"}, heading: 0.4},
		}},
		{"منظریه", "manzarieh", 37.2960, 49.6040, []streetPlan{
			{name: "منظریه", finglish: "manzarieh", kind: "خیابان", named: []string{"لاله", "بهار", "شهید انصاری", "گلستان", "نرگس", "سرو"},
				alleys: seq(1, 6), marks: []string{"مسجد", "سوپرمارکت", "داروخانه"}, heading: 0.9},
			{name: "شهید حسینی", finglish: "hoseini", kind: "خیابان", named: []string{"مریم", "سپیده"}, alleys: seq(1, 4),
				marks: []string{"پارک"}, north: 250, east: 200, heading: 0.3},
		}},
		{"حمیدیان", "hamidian", 37.2900, 49.6120, []streetPlan{
			{name: "حمیدیان", finglish: "hamidian", kind: "خیابان", alleys: seq(1, 14), named: []string{"شهید قاسمی", "پروین"},
				marks: []string{"نانوایی", "بانک ملی", "مسجد", "دبستان"}, heading: 0.2},
		}},
		{"دیلمان", "deylaman", 37.3050, 49.6010, []streetPlan{
			{name: "دیلمان", finglish: "deylaman", kind: "بلوار", alleys: seq(1, 10), named: []string{"شهید صدوقی", "فرهنگ"},
				marks: []string{"بانک رفاه", "فروشگاه", "ایستگاه تاکسی"}, heading: 0.7},
		}},
	}
	var hoods []*neighbourhood
	var spots []*spot
	for _, p := range plans {
		h := &neighbourhood{name: p.name, finglish: p.finglish, lat: p.lat, lon: p.lon}
		for _, sp := range p.streets {
			kind := sp.kind
			if kind == "" {
				kind = "خیابان"
			}
			s := &street{hood: h, number: sp.number, name: sp.name, finglish: sp.finglish, kind: kind}
			s.lat, s.lon = offset(h.lat, h.lon, sp.north, sp.east)
			n := len(sp.alleys) + len(sp.named)
			step := 70.0
			for i := 0; i < n; i++ {
				a := &alley{street: s}
				if i < len(sp.alleys) {
					a.number = sp.alleys[i]
				} else {
					a.name = sp.named[i-len(sp.alleys)]
				}
				a.deadEnd = (i*7)%5 == 0
				along := (float64(i) - float64(n)/2) * step
				side := 60.0
				if i%2 == 1 {
					side = -60
				}
				a.lat, a.lon = offset(s.lat, s.lon, along*math.Cos(sp.heading)-side*math.Sin(sp.heading), along*math.Sin(sp.heading)+side*math.Cos(sp.heading))
				s.alleys = append(s.alleys, a)
			}
			for i, m := range sp.marks {
				along := (float64(i) - float64(len(sp.marks))/2 + 0.5) * (float64(n) * step / float64(len(sp.marks)+1))
				l := &landmark{street: s, name: m}
				l.lat, l.lon = offset(s.lat, s.lon, along*math.Cos(sp.heading), along*math.Sin(sp.heading))
				s.marks = append(s.marks, l)
			}
			h.streets = append(h.streets, s)
		}
		hoods = append(hoods, h)
	}
	// Spots in a fixed order; weights make some streets busier than others (Zipf-like), as
	// long streets with shops draw more calls.
	for _, h := range hoods {
		for si, s := range h.streets {
			busy := 1.0 / (1 + 0.25*float64(si))
			for ai, a := range s.alleys {
				spots = append(spots, &spot{alley: a, street: s, weight: busy / (1 + 0.08*float64(ai))})
			}
			for _, m := range s.marks {
				spots = append(spots, &spot{mark: m, street: s, weight: busy * 1.3})
			}
		}
	}
	parks := []struct {
		name, hood  string
		north, east float64
	}{{"پارک گلسار", "گلسار", 120, 380}, {"بوستان معلم", "معلم", -80, 150}, {"پارک منظریه", "منظریه", 60, -120}}
	for _, pk := range parks {
		for _, h := range hoods {
			if h.name == pk.hood {
				s := &street{hood: h, name: pk.name, kind: "پارک"}
				s.lat, s.lon = offset(h.lat, h.lon, pk.north, pk.east)
				spots = append(spots, &spot{street: s, park: pk.name, weight: 0.8})
			}
		}
	}
	for i, s := range spots {
		s.id = i
	}
	return hoods, spots
}

func seq(from, to int) []int {
	var out []int
	for i := from; i <= to; i++ {
		out = append(out, i)
	}
	return out
}

// ordinals are the number words for alleys and streets: «کوچه دوازدهم».
var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

func ordinal(n int) string {
	if n > 0 && n < len(ordinals) {
		return ordinals[n]
	}
	return fmt.Sprint(n)
}

// cardinals are the plain number words: «کوچه دوازده».
var cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده"}
