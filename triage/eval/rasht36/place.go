package rasht36

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// hood is a neighbourhood of district 4 with its centre and its streets.
type hood struct {
	name, fin string
	lat, lon  float64
	streets   []street
}

// street is a street of a hood; its alleys are numbered 1..alleys, a few also have a name.
type street struct {
	name, fin  string // "شهید مطهری" or a number such as "۱۲"
	numbered   bool
	alleys     int
	bearing    float64 // direction of the street, radians
	dlat, dlon float64 // start of the street relative to the hood centre
	landmarks  []string
	named      []alleyName // the few alleys locals call by a name
}

type alleyName struct {
	n    int
	name string
}

// alleyName is the name of alley n, or "".
func (s street) alleyName(n int) string {
	for _, a := range s.named {
		if a.n == n {
			return a.name
		}
	}
	return ""
}

var alleyNames = []string{"شهید رضایی", "شهید احمدی", "گلستان", "بنفشه", "شهید قربانی", "نرگس", "اقاقیا",
	"شهید کریمی", "صنوبر", "شهید حسن پور", "ارغوان", "شهید نوروزی", "مریم", "پروین", "شهید صفری"}

var hoods = []hood{
	{name: "سلیمانداراب", fin: "soleymandarab", lat: 37.2905, lon: 49.6215},
	{name: "پل عراق", fin: "pol eragh", lat: 37.2838, lon: 49.6092},
	{name: "خمیران", fin: "khomeyran", lat: 37.2762, lon: 49.6178},
	{name: "ضیابری", fin: "ziabari", lat: 37.2801, lon: 49.6010},
	{name: "جماران", fin: "jamaran", lat: 37.2712, lon: 49.6065},
	{name: "کوی بهشتی", fin: "kooye beheshti", lat: 37.2860, lon: 49.6305},
}

var streetNames = [][2]string{
	{"شهید مطهری", "motahari"}, {"تختی", "takhti"}, {"شهید رجایی", "rajaei"}, {"بهار", "bahar"},
	{"شهید باهنر", "bahonar"}, {"امام حسین", "emam hosein"}, {"گلستان", "golestan"},
	{"شهید بهشتی", "beheshti"}, {"نسترن", "nastaran"}, {"فرهنگ", "farhang"}, {"شقایق", "shaghayegh"},
	{"آزادگان", "azadegan"}, {"سعدی", "saadi"}, {"حافظ", "hafez"}, {"شهید چمران", "chamran"},
	{"ولیعصر", "valiasr"}, {"شهدا", "shohada"}, {"انقلاب", "enghelab"}, {"مدرس", "modares"},
	{"بوستان", "boostan"}, {"لاله", "laleh"}, {"یاس", "yas"}, {"طالقانی", "taleghani"},
	{"شهید انصاری", "ansari"}, {"پروین اعتصامی", "parvin"}, {"شهید مفتح", "mofatteh"}, {"بلوار امام", "bolvar emam"},
	{"نیایش", "niayesh"}, {"شهید صدوقی", "sadooghi"}, {"فردوسی", "ferdowsi"}, {"امیرکبیر", "amirkabir"},
	{"شهید بابایی", "babaei"}, {"کوثر", "kowsar"}, {"سرو", "sarv"}, {"ارشاد", "ershad"}, {"میلاد", "milad"},
	{"شهید دستغیب", "dastgheyb"}, {"رسالت", "resalat"},
}

var landmarkNames = []string{
	"بانک ملی", "بانک ملت", "بانک صادرات", "مسجد جامع", "مسجد امام حسن", "مدرسه شهید بهشتی",
	"دبستان پسرانه فرهنگ", "دبیرستان دخترانه", "نانوایی سنگک", "نانوایی بربری", "سوپرمارکت",
	"داروخانه", "درمانگاه", "پارک محله", "پمپ بنزین", "آرایشگاه", "میوه فروشی", "قصابی",
	"کلانتری", "حسینیه", "مهدکودک", "آژانس", "لبنیاتی", "تعمیرگاه", "کانون فرهنگی",
}

// buildPlaces gives every hood its streets, deterministically from r.
func buildPlaces(r *rand.Rand) []hood {
	hs := make([]hood, len(hoods))
	perm := r.Perm(len(streetNames))
	next := 0
	for i, h := range hoods {
		h.streets = nil
		n := 5 + r.IntN(3)
		for j := 0; j < n; j++ {
			s := street{alleys: 6 + r.IntN(18), bearing: r.Float64() * math.Pi,
				dlat: (r.Float64() - 0.5) * 0.006, dlon: (r.Float64() - 0.5) * 0.007}
			for a := 1; a <= s.alleys; a++ {
				if r.IntN(6) == 0 {
					s.named = append(s.named, alleyName{a, alleyNames[r.IntN(len(alleyNames))]})
				}
			}
			if r.IntN(8) == 0 || next >= len(perm) {
				num := 1 + r.IntN(40)
				s.name, s.fin, s.numbered = fmt.Sprint(num), fmt.Sprint(num), true
			} else {
				s.name, s.fin = streetNames[perm[next]][0], streetNames[perm[next]][1]
				next++
			}
			for k := 0; k < 3+r.IntN(3); k++ {
				s.landmarks = append(s.landmarks, landmarkNames[r.IntN(len(landmarkNames))])
			}
			h.streets = append(h.streets, s)
		}
		hs[i] = h
	}
	return hs
}

// spotKind is the scale of a spot.
type spotKind int

const (
	inAlley  spotKind = iota // the whole alley
	onStreet                 // one block of a street, between alley block and block+1
	inPark                   // the hood's park
)

// spot is where an issue is: a clerk's unit of place (see the labelling rule).
type spot struct {
	hood, street int
	kind         spotKind
	n            int       // alley number (inAlley) or block (onStreet)
	landmarks    [2]string // what stands at the spot; people name one or the other
	lat, lon     float64
}

func (s spot) key() string { return fmt.Sprintf("%d/%d/%d/%d", s.hood, s.street, s.kind, s.n) }

// pickSpot chooses a spot of the given kind in hs.
func pickSpot(r *rand.Rand, hs []hood, kind spotKind) spot {
	hi := r.IntN(len(hs))
	h := hs[hi]
	si := r.IntN(len(h.streets))
	st := h.streets[si]
	sp := spot{hood: hi, street: si, kind: kind}
	// alleys near the head of a street are reported more often
	sp.n = 1 + int(math.Abs(r.NormFloat64())*float64(st.alleys)/2.2)
	if sp.n > st.alleys {
		sp.n = 1 + r.IntN(st.alleys)
	}
	along := float64(sp.n) * 45 // metres along the street
	side := 0.0
	if kind == inAlley {
		side = 60 + r.Float64()*80
	}
	if kind == inPark {
		sp.n, along, side = 0, 120, 40
		sp.landmarks = [2]string{"پارک " + h.name, "پارک محله"}
	} else {
		sp.landmarks = [2]string{pick(r, st.landmarks), pick(r, st.landmarks)}
	}
	dn := along*math.Cos(st.bearing) - side*math.Sin(st.bearing)
	de := along*math.Sin(st.bearing) + side*math.Cos(st.bearing)
	sp.lat = h.lat + st.dlat + dn/111_000
	sp.lon = h.lon + st.dlon + de/88_300
	return sp
}

// jitter moves lat, lon by 20–150 m in a random direction, the way a phone's pin misses.
func jitter(r *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + 130*math.Pow(r.Float64(), 1.6)
	a := r.Float64() * 2 * math.Pi
	return lat + d*math.Cos(a)/111_000, lon + d*math.Sin(a)/88_300
}

// landmark is one of the things that stand at sp.
func (sp spot) landmark(r *rand.Rand) string { return sp.landmarks[r.IntN(len(sp.landmarks))] }
