package rasht40

import (
	"math"
	"math/rand/v2"
)

// street is one street or boulevard of the district. Alleys run off it, numbered 1..alleys
// or named; pos is where its alleys sit, from start to end.
type street struct {
	hood                   string // neighbourhood
	name                   string // how people name it: "۱۲۴" for گلسار's numbered streets, else a name
	numbered               bool   // a گلسار numbered street: "خیابان ۱۲۴"
	kind                   string // خیابان or بلوار
	alleys                 int
	names                  []string // named alleys, used instead of numbers when not empty
	lat0, lon0, lat1, lon1 float64
}

// spot is where one issue is: a street, an alley (0 = on the street itself) and the
// landmark people use to point at it.
type spot struct {
	st       *street
	alley    int
	landmark string // "" or e.g. "بانک ملت"
	rel      string // نبش، روبروی، جنب ...
	lat, lon float64
}

func (s *spot) key() string {
	if s.alley == 0 {
		return s.st.hood + "|" + s.st.name + "|" + s.landmark
	}
	return s.st.hood + "|" + s.st.name + "|" + itoa(s.alley)
}

var golsarNumbers = []int{65, 75, 87, 95, 101, 105, 111, 115, 124, 132, 141, 153, 163, 173, 181, 193}

var alleyNames = []string{"لاله", "نسترن", "یاس", "ارغوان", "بهار", "مهرگان", "شقایق", "نرگس",
	"شهید رجایی", "شهید بهشتی", "شهید باهنر", "سرو", "صنوبر", "گلستان", "نیلوفر", "آزادی",
	"بوستان", "امید", "فجر", "بهاران"}

var landmarks = []string{"بانک ملت", "بانک ملی", "بانک سپه", "نانوایی بربری", "نانوایی سنگکی",
	"داروخانه", "مسجد", "مدرسه دخترانه", "دبستان پسرانه", "سوپرمارکت", "آموزشگاه زبان",
	"کلینیک", "پمپ بنزین", "مجتمع تجاری", "میوه فروشی", "آرایشگاه", "پارک", "قنادی", "بیمارستان",
	"کافی شاپ", "آژانس املاک", "ساختمان پزشکان"}

var relations = []string{"نبش", "روبروی", "جنب", "کنار", "بعد از", "قبل از", "پشت", "نرسیده به"}

// district builds منطقه ۲'s streets. The layout is fixed; only which spots draw problems
// depends on the seed.
func district() []*street {
	var sts []*street
	// گلسار: numbered streets run north-east off بلوار گیلان.
	for i, n := range golsarNumbers {
		f := float64(i) / float64(len(golsarNumbers)-1)
		lat := 37.2935 + 0.0200*f
		lon := 49.5880 + 0.0105*f
		sts = append(sts, &street{hood: "گلسار", name: itoa(n), numbered: true, kind: "خیابان",
			alleys: 8 + (n*7)%14, lat0: lat, lon0: lon, lat1: lat + 0.0045, lon1: lon + 0.0070})
	}
	sts = append(sts,
		&street{hood: "گلسار", name: "گیلان", kind: "بلوار", lat0: 37.2925, lon0: 49.5860, lat1: 37.3150, lon1: 49.5985},
		&street{hood: "گلسار", name: "سمیه", kind: "بلوار", lat0: 37.2990, lon0: 49.5940, lat1: 37.3060, lon1: 49.6080},
		&street{hood: "گلسار", name: "دیلمان", kind: "بلوار", lat0: 37.3060, lon0: 49.5980, lat1: 37.3120, lon1: 49.6100},
		&street{hood: "منظریه", name: "منظریه", kind: "خیابان", alleys: 18, lat0: 37.2880, lon0: 49.6010, lat1: 37.2950, lon1: 49.6150},
		&street{hood: "منظریه", name: "شهید انصاری", kind: "خیابان", alleys: 10, names: alleyNames[:10], lat0: 37.2900, lon0: 49.6080, lat1: 37.2860, lon1: 49.6190},
		&street{hood: "معلم", name: "معلم", kind: "خیابان", alleys: 24, lat0: 37.2840, lon0: 49.5900, lat1: 37.2905, lon1: 49.6030},
		&street{hood: "معلم", name: "شهید مطهری", kind: "خیابان", alleys: 8, names: alleyNames[10:18], lat0: 37.2860, lon0: 49.5950, lat1: 37.2810, lon1: 49.6020},
		&street{hood: "حمیدیان", name: "حمیدیان", kind: "خیابان", alleys: 16, lat0: 37.3150, lon0: 49.5780, lat1: 37.3210, lon1: 49.5900},
		&street{hood: "حمیدیان", name: "شهید چمران", kind: "خیابان", alleys: 9, names: alleyNames[5:14], lat0: 37.3180, lon0: 49.5830, lat1: 37.3240, lon1: 49.5860},
		&street{hood: "یخسازی", name: "یخسازی", kind: "خیابان", alleys: 14, lat0: 37.2980, lon0: 49.5760, lat1: 37.3050, lon1: 49.5850},
	)
	return sts
}

// spotPool draws the spots of the year. Alleys are drawn with uneven weights so that some
// alleys carry several issues and most carry none or one.
type spotPool struct {
	streets []*street
	weights []float64
	total   float64
	alleyW  map[string]float64 // fixed popularity per alley, drawn once
	rng     *rand.Rand
}

func newSpotPool(rng *rand.Rand) *spotPool {
	p := &spotPool{streets: district(), rng: rng}
	for _, s := range p.streets {
		w := 1.0
		switch {
		case s.kind == "بلوار":
			w = 2.2
		case s.numbered:
			w = 1.1 + float64(s.alleys)/20
		default:
			w = 1.4 + float64(s.alleys)/12
		}
		p.weights = append(p.weights, w)
		p.total += w
	}
	return p
}

func (p *spotPool) pickStreet() *street {
	x := p.rng.Float64() * p.total
	for i, w := range p.weights {
		if x < w {
			return p.streets[i]
		}
		x -= w
	}
	return p.streets[len(p.streets)-1]
}

// pick draws a spot; onStreet forces a spot on the street itself (a boulevard stretch).
func (p *spotPool) pick(onStreet bool) spot {
	st := p.pickStreet()
	sp := spot{st: st}
	if st.alleys > 0 && !onStreet && p.rng.Float64() < 0.8 {
		// low alley numbers are the old, busy ones: a skewed draw
		a := 1 + int(math.Floor(math.Pow(p.rng.Float64(), 1.6)*float64(st.alleys)))
		sp.alley = a
	}
	if sp.alley == 0 || p.rng.Float64() < 0.35 {
		sp.landmark = landmarks[p.rng.IntN(len(landmarks))]
		sp.rel = relations[p.rng.IntN(len(relations))]
	}
	if sp.alley == 0 && sp.landmark == "" {
		sp.landmark = landmarks[p.rng.IntN(len(landmarks))]
		sp.rel = relations[p.rng.IntN(len(relations))]
	}
	f := p.rng.Float64()
	if sp.alley > 0 {
		f = (float64(sp.alley) - 0.5) / float64(st.alleys)
	}
	sp.lat = st.lat0 + (st.lat1-st.lat0)*f
	sp.lon = st.lon0 + (st.lon1-st.lon0)*f
	if sp.alley > 0 { // the alley runs off the street: the spot sits 40–120 m into it
		d := 40 + 80*p.rng.Float64()
		sp.lat += d / 111000 * 0.6
		sp.lon -= d / 88000 * 0.8
	}
	return sp
}

// jitter moves a point by 20–150 m in a random direction: a phone's pin.
func jitter(rng *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + 130*rng.Float64()
	a := rng.Float64() * 2 * math.Pi
	return lat + d*math.Cos(a)/111000, lon + d*math.Sin(a)/88300
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
