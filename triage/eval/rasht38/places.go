package rasht38

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// The district is the same for every seed: it is built from these tables with a fixed
// generator, so only the year's requests change with the seed.

const (
	metresPerDegLat = 111_000.0
	metresPerDegLon = 88_400.0 // at 37.26° N
)

// hoodDef is one neighbourhood as the author pictures it.
type hoodDef struct {
	names    []string // the ways people write it, canonical first
	finglish string
	lat, lon float64
	streets  []streetDef
	park     string // "" when the neighbourhood has none
}

// streetDef is a road; alleys are numbered off it (numbered) and some carry a name.
type streetDef struct {
	kind    string // خیابان، بلوار، جاده
	name    string // without "شهید"
	martyr  bool   // officially «شهید …»
	ordinal int    // a numbered street of a new town (خیابان دوم); 0 for named
	alleys  int    // how many numbered alleys
	bearing float64
	length  float64 // metres
	main    bool
	marks   []string // landmarks along it
}

var hoodDefs = []hoodDef{
	{names: []string{"یخ‌سازی", "یخ سازی", "یخسازی", "محله یخ‌سازی"}, finglish: "yakhsazi", lat: 37.2562, lon: 49.5908, park: "پارک یخ‌سازی",
		streets: []streetDef{
			{kind: "جاده", name: "تهران", bearing: 20, length: 1400, main: true, alleys: 0,
				marks: []string{"بانک ملت", "پمپ بنزین", "نانوایی بربری", "تعمیرگاه", "زیرگذر"}},
			{kind: "خیابان", name: "یخ‌سازی", bearing: 110, length: 900, main: true, alleys: 28,
				marks: []string{"مسجد جامع یخ‌سازی", "نانوایی سنگک", "داروخانه", "دبستان فردوسی"}},
			{kind: "خیابان", name: "صدوقی", martyr: true, bearing: 95, length: 600, alleys: 14,
				marks: []string{"حسینیه", "سوپرمارکت", "لبنیاتی"}},
		}},
	{names: []string{"فلکه گاز", "میدان گاز", "فلکه‌ی گاز"}, finglish: "falake gaz", lat: 37.2628, lon: 49.5652,
		streets: []streetDef{
			{kind: "خیابان", name: "فرهنگ", bearing: 60, length: 800, main: true, alleys: 22,
				marks: []string{"بانک صادرات", "دبیرستان", "آژانس", "شیرینی‌فروشی"}},
			{kind: "خیابان", name: "رجایی", martyr: true, bearing: 150, length: 700, alleys: 16,
				marks: []string{"مسجد امام حسن", "نانوایی", "درمانگاه"}},
			{kind: "خیابان", name: "مطهری", martyr: false, bearing: 10, length: 500, alleys: 10,
				marks: []string{"بانک تجارت", "میوه‌فروشی"}},
		}},
	{names: []string{"بلوار انصاری", "انصاری", "بلوار شهید انصاری"}, finglish: "ansari", lat: 37.2708, lon: 49.5598, park: "پارک بوستان",
		streets: []streetDef{
			{kind: "بلوار", name: "انصاری", martyr: true, bearing: 175, length: 1600, main: true, alleys: 0,
				marks: []string{"بانک ملی", "پمپ بنزین", "فروشگاه رفاه", "بیمارستان"}},
			{kind: "خیابان", name: "نسترن", bearing: 80, length: 600, alleys: 18,
				marks: []string{"دبستان", "سوپرمارکت", "نانوایی"}},
			{kind: "خیابان", name: "کاظمی", martyr: true, bearing: 260, length: 500, alleys: 12,
				marks: []string{"مسجد", "داروخانه"}},
		}},
	{names: []string{"پل تالشان", "پل طالشان", "تالشان"}, finglish: "pol taleshan", lat: 37.2488, lon: 49.5995,
		streets: []streetDef{
			{kind: "جاده", name: "تهران", bearing: 20, length: 1000, main: true, alleys: 0,
				marks: []string{"پل", "پاسگاه", "نمایشگاه ماشین", "نانوایی"}},
			{kind: "خیابان", name: "بهشتی", martyr: true, bearing: 120, length: 700, alleys: 20,
				marks: []string{"مسجد", "بانک کشاورزی", "دبستان"}},
		}},
	{names: []string{"حاجی‌آباد", "حاجی آباد", "حاجیاباد"}, finglish: "hajiabad", lat: 37.2601, lon: 49.5518,
		streets: []streetDef{
			{kind: "خیابان", name: "حاجی‌آباد", bearing: 45, length: 900, main: true, alleys: 24,
				marks: []string{"مسجد حاجی‌آباد", "نانوایی", "سوپرمارکت", "قبرستان"}},
			{kind: "خیابان", name: "باهنر", martyr: true, bearing: 135, length: 500, alleys: 12,
				marks: []string{"دبستان", "لبنیاتی"}},
		}},
	{names: []string{"مبارک‌آباد", "مبارک آباد", "مبارکاباد"}, finglish: "mobarakabad", lat: 37.2452, lon: 49.5832,
		streets: []streetDef{
			{kind: "بلوار", name: "کمربندی", bearing: 80, length: 1800, main: true, alleys: 0,
				marks: []string{"پمپ گاز", "بار فروشی", "کارواش", "نمایشگاه مبل"}},
			{kind: "خیابان", name: "مبارک‌آباد", bearing: 10, length: 800, main: true, alleys: 26,
				marks: []string{"مسجد", "نانوایی", "داروخانه", "بانک سپه"}},
			{kind: "خیابان", name: "لاله", bearing: 100, length: 400, alleys: 8,
				marks: []string{"مهدکودک"}},
		}},
	{names: []string{"شهرک بعثت", "بعثت", "شهرک‌بعثت"}, finglish: "shahrak besat", lat: 37.2522, lon: 49.5702, park: "پارک بعثت",
		streets: []streetDef{
			{kind: "بلوار", name: "بعثت", bearing: 30, length: 900, main: true, alleys: 0,
				marks: []string{"بانک رفاه", "مسجد", "فروشگاه", "دبیرستان"}},
			{kind: "خیابان", ordinal: 1, bearing: 120, length: 400, alleys: 10, marks: []string{"نانوایی"}},
			{kind: "خیابان", ordinal: 2, bearing: 120, length: 400, alleys: 10, marks: []string{"سوپرمارکت"}},
			{kind: "خیابان", ordinal: 3, bearing: 120, length: 400, alleys: 10, marks: []string{"مهدکودک"}},
			{kind: "خیابان", ordinal: 4, bearing: 120, length: 400, alleys: 8},
		}},
}

// Alley names people also use besides the number (older alleys carry a martyr's or a flower's name).
var alleyNames = []string{"شهید کریمی", "شهید احمدی", "نسترن", "یاس", "شهید رضایی", "گلستان", "شهید نوروزی",
	"شهید حسینی", "ارغوان", "شهید قربانی", "میخک", "شهید محمدی", "بهار", "شهید پورعلی", "شهید کاظم‌زاده"}

type hood struct {
	idx      int
	names    []string
	finglish string
	lat, lon float64
	streets  []*street
	park     *place
}

type street struct {
	hood   *hood
	idx    int
	def    streetDef
	lat    float64 // start of the street
	lon    float64
	alleys []*alley
	marks  []*place
	weight float64
}

type alley struct {
	street  *street
	num     int
	name    string // "" when only numbered
	deadEnd bool
	lat     float64 // the alley's middle
	lon     float64
}

type place struct {
	name     string
	lat, lon float64
}

type district struct {
	hoods []*hood
}

// offset moves lat, lon by metres along a bearing (degrees from north).
func offset(lat, lon, bearing, metres float64) (float64, float64) {
	rad := bearing * math.Pi / 180
	return lat + metres*math.Cos(rad)/metresPerDegLat, lon + metres*math.Sin(rad)/metresPerDegLon
}

func buildDistrict() *district {
	rng := rand.New(rand.NewPCG(1404, 5))
	d := &district{}
	for hi, hd := range hoodDefs {
		h := &hood{idx: hi, names: hd.names, finglish: hd.finglish, lat: hd.lat, lon: hd.lon}
		for si, sd := range hd.streets {
			s := &street{hood: h, idx: si, def: sd}
			s.lat, s.lon = offset(hd.lat, hd.lon, rng.Float64()*360, 100+rng.Float64()*300)
			s.weight = 1
			if sd.main {
				s.weight = 2.2
			}
			s.weight += float64(sd.alleys) / 12
			for k := 1; k <= sd.alleys; k++ {
				a := &alley{street: s, num: k}
				along := sd.length * float64(k) / float64(sd.alleys+1)
				side := 90.0
				if k%2 == 0 {
					side = -90
				}
				mlat, mlon := offset(s.lat, s.lon, sd.bearing, along)
				a.lat, a.lon = offset(mlat, mlon, sd.bearing+side, 40+rng.Float64()*60)
				if rng.Float64() < 0.35 {
					a.name = alleyNames[rng.IntN(len(alleyNames))]
				}
				a.deadEnd = rng.Float64() < 0.25
				s.alleys = append(s.alleys, a)
			}
			for k, m := range sd.marks {
				along := sd.length * (float64(k) + 0.5) / float64(len(sd.marks))
				plat, plon := offset(s.lat, s.lon, sd.bearing, along)
				s.marks = append(s.marks, &place{name: m, lat: plat, lon: plon})
			}
			h.streets = append(h.streets, s)
		}
		if hd.park != "" {
			plat, plon := offset(hd.lat, hd.lon, rng.Float64()*360, 150)
			h.park = &place{name: hd.park, lat: plat, lon: plon}
		}
		d.hoods = append(d.hoods, h)
	}
	return d
}

// level is the extent of a problem's spot.
type level int

const (
	atPoint  level = iota // a pothole, a manhole: a point on a street
	atAlley               // an alley's asphalt, garbage or lights
	atStreet              // a dark street, water standing along a street
	atHood                // dogs, a missed garbage round, a water cut
	atPark                // a neighbourhood park
)

// spot is where one issue is. Exactly the fields its level needs are set.
type spot struct {
	lvl      level
	hood     *hood
	street   *street
	alley    *alley // atAlley, or atPoint at an alley's mouth
	mark     *place // atPoint at a landmark, atPark
	lat, lon float64
	key      string
}

func (d *district) pickStreet(rng *rand.Rand, h *hood, needAlleys bool) *street {
	total := 0.0
	for _, s := range h.streets {
		if needAlleys && len(s.alleys) == 0 {
			continue
		}
		total += s.weight
	}
	x := rng.Float64() * total
	var last *street
	for _, s := range h.streets {
		if needAlleys && len(s.alleys) == 0 {
			continue
		}
		last = s
		if x < s.weight {
			return s
		}
		x -= s.weight
	}
	return last
}

// hoodWeights: the denser old neighbourhoods call more.
var hoodWeights = []float64{1.5, 1.1, 1.0, 0.8, 0.9, 1.0, 0.9}

func (d *district) pickHood(rng *rand.Rand, needPark bool) *hood {
	total := 0.0
	for i, h := range d.hoods {
		if needPark && h.park == nil {
			continue
		}
		total += hoodWeights[i]
	}
	x := rng.Float64() * total
	var last *hood
	for i, h := range d.hoods {
		if needPark && h.park == nil {
			continue
		}
		last = h
		if x < hoodWeights[i] {
			return h
		}
		x -= hoodWeights[i]
	}
	return last
}

func (d *district) pickSpot(rng *rand.Rand, lvl level) spot {
	h := d.pickHood(rng, lvl == atPark)
	sp := spot{lvl: lvl, hood: h}
	hk := strconv.Itoa(h.idx)
	switch lvl {
	case atHood:
		sp.lat, sp.lon, sp.key = h.lat, h.lon, "h"+hk
	case atPark:
		sp.mark = h.park
		sp.lat, sp.lon, sp.key = h.park.lat, h.park.lon, "p"+hk
	case atStreet:
		s := d.pickStreet(rng, h, false)
		sp.street = s
		sp.lat, sp.lon = offset(s.lat, s.lon, s.def.bearing, s.def.length/2)
		sp.key = "s" + hk + "." + strconv.Itoa(s.idx)
	case atAlley:
		s := d.pickStreet(rng, h, true)
		a := s.alleys[rng.IntN(len(s.alleys))]
		sp.street, sp.alley = s, a
		sp.lat, sp.lon = a.lat, a.lon
		sp.key = "a" + hk + "." + strconv.Itoa(s.idx) + "." + strconv.Itoa(a.num)
	case atPoint:
		s := d.pickStreet(rng, h, false)
		sp.street = s
		if len(s.marks) > 0 && (len(s.alleys) == 0 || rng.Float64() < 0.5) {
			k := rng.IntN(len(s.marks))
			sp.mark = s.marks[k]
			sp.lat, sp.lon = sp.mark.lat, sp.mark.lon
			sp.key = "m" + hk + "." + strconv.Itoa(s.idx) + "." + strconv.Itoa(k)
		} else if len(s.alleys) > 0 {
			a := s.alleys[rng.IntN(len(s.alleys))]
			sp.alley = a
			// the alley's mouth on the street
			sp.lat, sp.lon = offset(a.lat, a.lon, s.def.bearing+180, 0)
			sp.key = "n" + hk + "." + strconv.Itoa(s.idx) + "." + strconv.Itoa(a.num)
		} else {
			along := rng.Float64() * s.def.length
			sp.lat, sp.lon = offset(s.lat, s.lon, s.def.bearing, along)
			sp.key = "x" + hk + "." + strconv.Itoa(s.idx) + "." + strconv.Itoa(int(along/50))
		}
	}
	return sp
}
