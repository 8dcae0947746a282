package rasht27

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// alley is one alley (or dead end) off a street; a spot for most problems.
type alley struct {
	num  int    // 0 when the alley has only a name
	name string // «شهید رضایی», «لاله»; empty for a numbered alley
	dead bool   // بن‌بست
	lat  float64
	lon  float64
}

// landmark is a shop, school, park or office that people name to say where they are.
type landmark struct {
	name string // «بانک ملت», «دبستان فردوسی»
	lat  float64
	lon  float64
}

// street is an avenue or boulevard of a neighbourhood.
type street struct {
	kind      string // خیابان، بلوار
	num       int    // Golsar's numbered avenues
	name      string
	alleys    []alley
	landmarks []landmark
	lat, lon  float64 // its middle
	// dLat, dLon step along the street per alley.
	dLat, dLon float64
}

type neighbourhood struct {
	name     string
	finglish string
	streets  []*street
}

type world struct {
	hoods []*neighbourhood
}

// metre is about one metre in degrees at Rasht's latitude (37.3°N).
const (
	metreLat = 1.0 / 111_000
	metreLon = 1.0 / 88_300
)

var alleyNames = []string{"شهید رضایی", "لاله", "نسترن", "شهید بهشتی", "یاس", "شقایق", "شهید مطهری",
	"گلستان", "شهید چمران", "بهار", "مریم", "شهید رجایی", "نرگس", "صنوبر", "شهید باهنر", "ارغوان",
	"امید", "شهید صدوقی", "سپیدار", "پروین", "آزادی", "شهید انصاری", "فجر", "میلاد"}

var shopKinds = []string{"بانک ملت", "بانک صادرات", "بانک ملی", "بانک تجارت", "نانوایی بربری", "نانوایی سنگک",
	"داروخانه", "سوپرمارکت", "میوه فروشی", "آژانس", "مسجد", "دبستان", "دبیرستان دخترانه", "پارک",
	"کافه", "رستوران", "قنادی", "آرایشگاه", "مطب دکتر", "کلینیک دندانپزشکی", "پاساژ", "مجتمع تجاری",
	"آموزشگاه زبان", "ساختمان پزشکان", "پمپ بنزین", "لبنیاتی", "کبابی", "املاک"}

var schoolNames = []string{"فردوسی", "شهید بهشتی", "امام رضا", "سعدی", "حافظ", "فرهنگ", "نیکان", "مهر"}

// newWorld lays out the district. The layout depends on the seed only through small
// jitters, so every seed describes the same streets.
func newWorld(rng *rand.Rand) *world {
	w := &world{}
	// Golsar: Golsar boulevard runs east–west; numbered avenues run north from it every ~110 m.
	golsar := &neighbourhood{name: "گلسار", finglish: "golsar"}
	avenues := []int{90, 95, 100, 104, 108, 112, 118, 124, 128, 132, 136, 141, 145, 151, 155, 161, 168, 175, 183, 189, 195}
	for i, n := range avenues {
		s := &street{kind: "خیابان", num: n, lat: 37.2985, lon: 49.5600 + float64(i)*110*metreLon,
			dLat: 55 * metreLat, dLon: 0}
		nAlleys := 6 + rng.IntN(14)
		for a := 1; a <= nAlleys; a++ {
			s.alleys = append(s.alleys, alley{num: a, dead: rng.IntN(6) == 0,
				lat: s.lat + float64(a)*s.dLat, lon: s.lon + (float64(a%2)-0.5)*40*metreLon})
		}
		s.lat += float64(nAlleys) / 2 * s.dLat
		w.addLandmarks(rng, s, 1+rng.IntN(3))
		golsar.streets = append(golsar.streets, s)
	}
	for _, b := range []struct {
		name     string
		lat, lon float64
	}{{"گلسار", 37.2980, 49.5700}, {"سمیه", 37.3040, 49.5690}, {"دیلمان", 37.2925, 49.5760}} {
		s := &street{kind: "بلوار", name: b.name, lat: b.lat, lon: b.lon, dLat: 0, dLon: 80 * metreLon}
		w.addNamedAlleys(rng, s, 4+rng.IntN(5))
		w.addLandmarks(rng, s, 5+rng.IntN(4))
		golsar.streets = append(golsar.streets, s)
	}
	w.hoods = append(w.hoods, golsar)

	gilan := &neighbourhood{name: "بلوار گیلان", finglish: "bolvar gilan"}
	gs := &street{kind: "بلوار", name: "گیلان", lat: 37.2890, lon: 49.5650, dLat: 10 * metreLat, dLon: 75 * metreLon}
	w.addNamedAlleys(rng, gs, 10)
	w.addLandmarks(rng, gs, 9)
	gilan.streets = append(gilan.streets, gs)
	w.hoods = append(w.hoods, gilan)

	for _, h := range []struct {
		name, fin string
		lat, lon  float64
		streets   []string
	}{
		{"منظریه", "manzarie", 37.2860, 49.5830, []string{"منظریه", "شهید انصاری", "فلسطین", "بهار"}},
		{"حمیدیان", "hamidian", 37.2820, 49.5710, []string{"حمیدیان", "امام حسین", "شهید صیاد", "نور"}},
		{"معلم", "moalem", 37.2905, 49.5950, []string{"معلم", "شهید مفتح", "دانش", "ادیب"}},
	} {
		nb := &neighbourhood{name: h.name, finglish: h.fin}
		for i, name := range h.streets {
			s := &street{kind: "خیابان", name: name, lat: h.lat + float64(i-1)*260*metreLat,
				lon: h.lon + float64(i%2)*180*metreLon, dLat: 15 * metreLat, dLon: 60 * metreLon}
			if i == 0 {
				s.lat, s.lon = h.lat, h.lon
			}
			w.addNamedAlleys(rng, s, 5+rng.IntN(8))
			w.addLandmarks(rng, s, 2+rng.IntN(4))
			nb.streets = append(nb.streets, s)
		}
		w.hoods = append(w.hoods, nb)
	}
	// every neighbourhood has its park on its main street
	for _, h := range w.hoods {
		s := h.streets[0]
		if h == w.hoods[0] {
			s = h.streets[len(h.streets)-3] // بلوار گلسار
		}
		s.landmarks = append(s.landmarks, landmark{name: "بوستان " + h.shortName(),
			lat: s.lat + 60*metreLat, lon: s.lon + 40*metreLon})
	}
	return w
}

// addNamedAlleys gives a street its alleys: in the older parts about half carry a name.
func (w *world) addNamedAlleys(rng *rand.Rand, s *street, n int) {
	used := map[string]bool{}
	for a := 1; a <= n; a++ {
		al := alley{num: a, dead: rng.IntN(5) == 0,
			lat: s.lat + float64(a-n/2)*s.dLat, lon: s.lon + float64(a-n/2)*s.dLon}
		if rng.IntN(2) == 0 {
			name := alleyNames[rng.IntN(len(alleyNames))]
			if !used[name] {
				used[name] = true
				al.num, al.name = 0, name
			}
		}
		s.alleys = append(s.alleys, al)
	}
}

func (w *world) addLandmarks(rng *rand.Rand, s *street, n int) {
	for range n {
		k := shopKinds[rng.IntN(len(shopKinds))]
		switch k {
		case "دبستان", "دبیرستان دخترانه":
			k += " " + schoolNames[rng.IntN(len(schoolNames))]
		case "پارک":
			k = "بوستان " + alleyNames[rng.IntN(len(alleyNames))]
		}
		off := float64(rng.IntN(9)-4) * 0.5
		s.landmarks = append(s.landmarks, landmark{name: k,
			lat: s.lat + off*s.dLat + jitter(rng, 15)*metreLat, lon: s.lon + off*s.dLon + jitter(rng, 15)*metreLon})
	}
}

func jitter(rng *rand.Rand, m float64) float64 { return (rng.Float64()*2 - 1) * m }

// spot is where one issue is: a street, and within it an alley, a landmark, or one block.
type spot struct {
	hood  *neighbourhood
	st    *street
	alley *alley    // nil when the spot is on the street itself
	lm    *landmark // nil unless the spot is at a landmark
	plate int       // 0 when no plate
	block int       // which block of the street, when the spot is on the street itself
	lat   float64
	lon   float64
}

// key identifies the spot for the generator's own bookkeeping (episodes at one spot).
func (s spot) key() string {
	k := fmt.Sprintf("%s|%s%d%s", s.hood.name, s.st.kind, s.st.num, s.st.name)
	if s.alley != nil {
		k += fmt.Sprintf("|a%d%s", s.alley.num, s.alley.name)
	}
	if s.lm != nil {
		k += "|l" + s.lm.name
	}
	if s.block > 0 {
		k += fmt.Sprintf("|b%d", s.block)
	}
	return k
}

// pickSpotFor chooses a spot for a kind: a park for park problems, a shop or office (not
// a park, mosque or school) for a shop's sidewalk, anywhere else for the rest.
func (w *world) pickSpotFor(rng *rand.Rand, k *kind) spot {
	for {
		sp := w.pickSpot(rng, k.atLandmark)
		if !k.atLandmark {
			return sp
		}
		if sp.lm == nil {
			continue
		}
		park := strings.HasPrefix(sp.lm.name, "بوستان")
		civic := park || strings.HasPrefix(sp.lm.name, "مسجد") || strings.HasPrefix(sp.lm.name, "دبستان") || strings.HasPrefix(sp.lm.name, "دبیرستان")
		if (k.inPark && park) || (!k.inPark && !civic) {
			return sp
		}
	}
}

// pickSpot chooses a spot. Golsar gets about half the requests of the district.
func (w *world) pickSpot(rng *rand.Rand, wantLandmark bool) spot {
	var h *neighbourhood
	switch r := rng.Float64(); {
	case r < 0.50:
		h = w.hoods[0]
	case r < 0.62:
		h = w.hoods[1]
	default:
		h = w.hoods[2+rng.IntN(len(w.hoods)-2)]
	}
	st := h.streets[rng.IntN(len(h.streets))]
	sp := spot{hood: h, st: st, lat: st.lat, lon: st.lon}
	switch {
	case wantLandmark && len(st.landmarks) > 0:
		lm := &st.landmarks[rng.IntN(len(st.landmarks))]
		sp.lm, sp.lat, sp.lon = lm, lm.lat, lm.lon
	case len(st.alleys) > 0 && rng.Float64() < 0.72:
		al := &st.alleys[rng.IntN(len(st.alleys))]
		sp.alley = al
		sp.lat, sp.lon = al.lat+jitter(rng, 30)*metreLat, al.lon+jitter(rng, 30)*metreLon
	default:
		// one of four blocks of about 120 m along the street
		sp.block = 1 + rng.IntN(4)
		along := (float64(sp.block)-2.5)*120 + jitter(rng, 40)
		dy, dx := st.dLat/metreLat, st.dLon/metreLon
		norm := math.Hypot(dy, dx)
		sp.lat += along * dy / norm * metreLat
		sp.lon += along * dx / norm * metreLon
	}
	if rng.Float64() < 0.3 {
		sp.plate = 1 + rng.IntN(60)
	}
	return sp
}

// nearest is the street-level spot closest to a point: what a map service answers for a pin.
func (w *world) nearest(lat, lon float64) spot {
	best, bestD := spot{}, math.Inf(1)
	for _, h := range w.hoods {
		for _, s := range h.streets {
			points := [][2]float64{{s.lat, s.lon}}
			for _, a := range s.alleys {
				points = append(points, [2]float64{a.lat, a.lon})
			}
			for _, p := range points {
				d := math.Hypot((p[0]-lat)/metreLat, (p[1]-lon)/metreLon)
				if d < bestD {
					best, bestD = spot{hood: h, st: s, lat: s.lat, lon: s.lon}, d
				}
			}
		}
	}
	return best
}
