package rasht31

import (
	"math"
	"math/rand/v2"
)

// hood is a neighbourhood of the district with the streets citizens name in it.
type hood struct {
	name, latin string
	lat, lon    float64
	streets     []street
}

// street is a street or road; its alleys are numbered 1..alleys and some also go by a name.
type street struct {
	name, latin string
	kind        string // خیابان, بلوار, جاده
	alleys      int
	named       []string // alleys known by a name rather than a number
	landmarks   []string
	bearing     float64 // degrees from north, for laying alleys along it
}

var hoods = []hood{
	{name: "ضیابری", latin: "ziabari", lat: 37.2790, lon: 49.6015, streets: []street{
		{name: "ضیابری", latin: "ziabari", kind: "خیابان", alleys: 34, named: []string{"شهید نوری", "گلستان", "شهید رحیمی"},
			landmarks: []string{"بانک ملت", "مسجد ضیابری", "نانوایی بربری", "داروخانه", "مدرسه شهید بهشتی"}, bearing: 80},
		{name: "شهید صدوقی", latin: "sadooghi", kind: "خیابان", alleys: 14, named: []string{"یاس"},
			landmarks: []string{"سوپرمارکت", "بانک صادرات"}, bearing: 10},
	}},
	{name: "پل عراق", latin: "pol eragh", lat: 37.2748, lon: 49.6080, streets: []street{
		{name: "پل عراق", latin: "pol eragh", kind: "خیابان", alleys: 22, named: []string{"شهید قربانی", "بهار"},
			landmarks: []string{"پل", "ایستگاه تاکسی", "بانک ملی", "قنادی"}, bearing: 100},
		{name: "کنار رودخانه", latin: "kenar roodkhane", kind: "خیابان", alleys: 9,
			landmarks: []string{"پارک کنار رودخانه", "پل عابر پیاده"}, bearing: 40},
	}},
	{name: "عینک", latin: "eynak", lat: 37.2702, lon: 49.6190, streets: []street{
		{name: "عینک", latin: "eynak", kind: "خیابان", alleys: 26, named: []string{"لاله", "شهید ابراهیمی"},
			landmarks: []string{"مسجد صاحب‌الزمان", "درمانگاه", "پمپ بنزین", "مدرسه دخترانه"}, bearing: 120},
		{name: "شهید چمران", latin: "chamran", kind: "بلوار", alleys: 12,
			landmarks: []string{"پارک بانوان", "میوه فروشی", "بانک سپه"}, bearing: 30},
	}},
	{name: "سعدی", latin: "saadi", lat: 37.2812, lon: 49.5930, streets: []street{
		{name: "سعدی", latin: "saadi", kind: "خیابان", alleys: 30, named: []string{"شهید حسینی", "نسترن", "اقاقیا"},
			landmarks: []string{"بانک ملت", "حسینیه", "کتابفروشی", "مدرسه سعدی", "آژانس"}, bearing: 70},
		{name: "فرهنگ", latin: "farhang", kind: "خیابان", alleys: 10,
			landmarks: []string{"دبیرستان", "نانوایی سنگکی"}, bearing: 160},
	}},
	{name: "پاستور", latin: "pastor", lat: 37.2770, lon: 49.5900, streets: []street{
		{name: "پاستور", latin: "pastor", kind: "خیابان", alleys: 18, named: []string{"دبستان", "شهید کاظمی"},
			landmarks: []string{"بیمارستان", "داروخانه شبانه روزی", "بانک تجارت"}, bearing: 20},
	}},
	{name: "چمارسرا", latin: "chomarsara", lat: 37.2835, lon: 49.6060, streets: []street{
		{name: "چمارسرا", latin: "chomarsara", kind: "خیابان", alleys: 24, named: []string{"شهید مرادی", "امام زاده"},
			landmarks: []string{"امامزاده", "مسجد", "پارک محله", "سوپرمارکت"}, bearing: 90},
	}},
	{name: "آج‌بیشه", latin: "ajbishe", lat: 37.2655, lon: 49.6310, streets: []street{
		{name: "آج‌بیشه", latin: "ajbishe", kind: "جاده", alleys: 16, named: []string{"مسجد", "شالیزار"},
			landmarks: []string{"مسجد روستا", "مدرسه", "دامداری", "ایستگاه اتوبوس"}, bearing: 130},
	}},
}

// hoodWeights: the dense old neighbourhoods write most; the village edge least.
var hoodWeights = []float64{20, 15, 17, 18, 10, 13, 7}

// spot is one place in the sense of the labelling rule: an alley, a block of a street at a
// landmark, or a whole street.
type spot struct {
	hood, street int
	alley        int // 0: on the street itself
	landmark     int // -1: none; on a street, the block near this landmark
	lat, lon     float64
}

// key identifies the spot for the episode bookkeeping.
func (s spot) key() [4]int { return [4]int{s.hood, s.street, s.alley, s.landmark} }

// pickSpot draws a spot; streetWide gives a whole street (lighting along a street).
func pickSpot(r *rand.Rand, streetWide bool) spot {
	h := pickWeighted(r, hoodWeights)
	st := r.IntN(len(hoods[h].streets))
	s := spot{hood: h, street: st, landmark: -1}
	str := hoods[h].streets[st]
	switch {
	case streetWide:
	case r.Float64() < 0.68:
		// Alleys near the start of a street are written about more: older, denser.
		s.alley = 1 + int(float64(str.alleys)*math.Pow(r.Float64(), 1.3))
		if s.alley > str.alleys {
			s.alley = str.alleys
		}
	default:
		s.landmark = r.IntN(len(str.landmarks))
	}
	s.lat, s.lon = spotPoint(s)
	return s
}

// spotPoint lays the spot out along its street: each alley about 45 m further, off the
// street by 60 m; a landmark block at its own place along the street.
func spotPoint(s spot) (float64, float64) {
	h := hoods[s.hood]
	str := h.streets[s.street]
	along := 0.0
	side := 0.0
	switch {
	case s.alley > 0:
		along = float64(s.alley) * 45
		side = 60
		if s.alley%2 == 0 {
			side = -60
		}
	case s.landmark >= 0:
		along = float64(s.landmark*170 + 90)
	default:
		along = float64(str.alleys) * 22
	}
	b := str.bearing * math.Pi / 180
	north := along*math.Cos(b) - side*math.Sin(b) + float64(s.street)*260 - 200
	east := along*math.Sin(b) + side*math.Cos(b) - 400
	return h.lat + north/111320, h.lon + east/(111320*math.Cos(h.lat*math.Pi/180))
}

// jitter moves a point by 20–150 m in a random direction, as a phone pin is off.
func jitter(r *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + 130*r.Float64()*r.Float64()
	if r.Float64() < 0.25 {
		d = 20 + 130*r.Float64()
	}
	a := r.Float64() * 2 * math.Pi
	lat2 := lat + d*math.Cos(a)/111320
	lon2 := lon + d*math.Sin(a)/(111320*math.Cos(lat*math.Pi/180))
	return math.Round(lat2*1e6) / 1e6, math.Round(lon2*1e6) / 1e6
}

func pickWeighted(r *rand.Rand, w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	u := r.Float64() * total
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
