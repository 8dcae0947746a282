package rasht28

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// place is one spot a clerk would send a crew to: an alley, or a stretch of a street
// known by an alley mouth or a landmark, or a park.
type place struct {
	hood       string
	streetKind string // "خیابان", "بلوار"
	streetNum  int    // numbered streets of Golsar; 0 when named
	streetName string
	alleyKind  string // "کوچه", "بن‌بست"; empty for a stretch of the street itself
	alleyNum   int
	alleyName  string
	landmark   string // "بانک ملت", "مدرسه ..."
	park       string
	lat, lon   float64
}

type hood struct {
	name     string
	lat, lon float64
	// numbered streets (Golsar) or named ones
	streetNums  []int
	streetNames []string
	boulevards  []string
	alleyNames  []string
	parks       []string
}

var hoods = []hood{
	{name: "گلسار", lat: 37.3005, lon: 49.5890,
		streetNums: []int{95, 101, 105, 107, 113, 119, 124, 132, 138, 140, 146, 156, 160, 174, 180, 190},
		boulevards: []string{"بلوار گیلان", "بلوار سمیه", "بلوار دیلمان"},
		parks:      []string{"پارک گلسار", "بوستان ملت"}},
	{name: "معلم", lat: 37.2930, lon: 49.6020,
		streetNames: []string{"خیابان شهید بهشتی", "خیابان مطهری", "خیابان لاله", "خیابان فردوسی"},
		boulevards:  []string{"بلوار معلم"},
		alleyNames:  []string{"گلستان", "نسترن", "یاس", "شهید رضایی", "بهار", "شقایق", "ارغوان"},
		parks:       []string{"پارک معلم"}},
	{name: "منظریه", lat: 37.2885, lon: 49.5755,
		streetNames: []string{"خیابان منظریه", "خیابان شهید انصاری", "خیابان سعدی"},
		boulevards:  []string{"بلوار منظریه"},
		alleyNames:  []string{"شهید حسینی", "صنوبر", "اقاقیا", "مریم", "نرگس"},
		parks:       []string{"پارک منظریه"}},
	{name: "حمیدیان", lat: 37.2790, lon: 49.6045,
		streetNames: []string{"خیابان حمیدیان", "خیابان شهید چمران", "خیابان ۲۲ بهمن"},
		alleyNames:  []string{"شهید کریمی", "بوستان", "آزادی", "امید"},
		parks:       []string{"پارک حمیدیان"}},
	{name: "طالقانی", lat: 37.2840, lon: 49.5900,
		streetNames: []string{"خیابان طالقانی", "خیابان پل عراق", "خیابان نواب"},
		alleyNames:  []string{"شهید نوری", "سرو", "لادن", "فرهنگ"},
		parks:       []string{"پارک طالقانی"}},
}

// hoodWeights: Golsar is the biggest and the most connected (most app users).
var hoodWeights = []float64{0.42, 0.18, 0.16, 0.13, 0.11}

var landmarks = []string{"بانک ملت", "بانک صادرات", "بانک ملی", "نانوایی", "داروخانه", "مسجد",
	"سوپرمارکت", "مدرسه", "کلینیک", "پمپ بنزین", "قنادی", "آژانس املاک", "باشگاه", "پاساژ"}

// world is the district's set of spots; issues draw from it so that different problems
// land on the same alley, as they do.
type world struct {
	places []place
}

func newWorld(rng *rand.Rand) *world {
	w := &world{}
	seen := map[string]bool{}
	for hi, h := range hoods {
		n := int(420 * hoodWeights[hi] / 0.2)
		for range n {
			p := randomPlace(rng, h)
			// one spot once: two places with one address would be one spot with two truths
			key := p.key()
			if seen[key] {
				continue
			}
			seen[key] = true
			w.places = append(w.places, p)
		}
	}
	return w
}

// first is the first spot that matches, for the year's two great issues.
func (w *world) first(match func(place) bool) place {
	for _, p := range w.places {
		if match(p) {
			return p
		}
	}
	return w.places[0]
}

// key names the spot: the alley, or the street stretch by its landmark, or the park.
func (p place) key() string {
	k := fmt.Sprint(p.hood, "|", p.streetNum, "|", p.streetName, "|", p.alleyKind, "|", p.alleyNum, "|", p.alleyName, "|", p.park)
	if p.alleyKind == "" && p.park == "" {
		k += "|" + p.landmark
	}
	return k
}

func (w *world) pick(rng *rand.Rand, wantPark bool) place {
	for {
		p := w.places[rng.IntN(len(w.places))]
		if wantPark == (p.park != "") {
			return p
		}
	}
}

func randomPlace(rng *rand.Rand, h hood) place {
	p := place{hood: h.name}
	// spread of a neighbourhood: about 700 m
	p.lat = h.lat + (rng.Float64()-0.5)*0.012
	p.lon = h.lon + (rng.Float64()-0.5)*0.014
	r := rng.Float64()
	switch {
	case r < 0.07 && len(h.parks) > 0:
		p.park = h.parks[rng.IntN(len(h.parks))]
		return p
	case r < 0.27 && len(h.boulevards) > 0:
		p.streetKind = "بلوار"
		p.streetName = h.boulevards[rng.IntN(len(h.boulevards))]
	case len(h.streetNums) > 0:
		p.streetKind = "خیابان"
		p.streetNum = h.streetNums[rng.IntN(len(h.streetNums))]
	default:
		p.streetKind = "خیابان"
		p.streetName = h.streetNames[rng.IntN(len(h.streetNames))]
	}
	// most spots are alleys; the rest are stretches of the street known by a landmark
	if rng.Float64() < 0.7 {
		p.alleyKind = "کوچه"
		if rng.Float64() < 0.15 {
			p.alleyKind = "بن‌بست"
		}
		if len(h.alleyNames) > 0 && rng.Float64() < 0.5 {
			p.alleyName = h.alleyNames[rng.IntN(len(h.alleyNames))]
		} else {
			p.alleyNum = 1 + rng.IntN(24)
		}
		if rng.Float64() < 0.3 {
			p.landmark = landmarks[rng.IntN(len(landmarks))]
		}
	} else {
		p.landmark = landmarks[rng.IntN(len(landmarks))]
	}
	return p
}

// jitter moves a point 20–150 m in a random direction, as a phone's pin lands.
func jitter(rng *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + rng.Float64()*130
	a := rng.Float64() * 2 * math.Pi
	dlat := d * math.Cos(a) / 111320
	dlon := d * math.Sin(a) / (111320 * math.Cos(lat*math.Pi/180))
	return round6(lat + dlat), round6(lon + dlon)
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }
