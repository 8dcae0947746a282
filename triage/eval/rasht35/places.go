package rasht35

import (
	"math"
	"math/rand/v2"
)

// hood is a neighbourhood of District 2 with its streets.
type hood struct {
	name, fin string
	streets   []*street
}

// street is a street or boulevard; num is its number in گلسار, 0 for a named one.
type street struct {
	hood      *hood
	kind      string // خیابان or بلوار
	name, fin string // for a numbered street, the number as text
	num       int
	lat, lon  float64
	alleys    []*alley
	segments  int // stretches of about 100 m a street-level problem can sit on
}

type alley struct {
	num       int    // 0 for a named alley
	name, fin string // for a named alley
	deadEnd   bool
}

// spot is where one crew goes for one job: an alley, or a stretch of a street.
type spot struct {
	id       int
	st       *street
	al       *alley // nil: on the street itself, stretch seg
	seg      int
	landmark string // "" when the spot has none people name
	lat, lon float64
	// near are the spots a clerk would take for this one: a stretch «نبش کوچه ۳» and alley 3
	// itself. Two concurrent episodes of one problem are never put on near spots.
	near []*spot
}

var alleyNames = []struct{ fa, fin string }{
	{"لاله", "lale"}, {"یاس", "yas"}, {"نسترن", "nastaran"}, {"ارغوان", "arghavan"}, {"بهار", "bahar"},
	{"شقایق", "shaghayegh"}, {"گلستان", "golestan"}, {"صفا", "safa"}, {"وحدت", "vahdat"}, {"امید", "omid"},
	{"نیلوفر", "niloofar"}, {"سرو", "sarv"}, {"شهید رجایی", "shahid rajaei"}, {"شهید باهنر", "shahid bahonar"},
	{"پروین", "parvin"}, {"حافظ", "hafez"}, {"سعدی", "saadi"}, {"مریم", "maryam"}, {"نرگس", "narges"},
	{"شهید حسینی", "shahid hoseini"}, {"بوستان", "boostan"}, {"دانش", "danesh"}, {"فرهنگ", "farhang"},
}

// landmark kinds people in District 2 name a place by.
var landmarks = []string{
	"بانک ملت", "بانک ملی", "بانک صادرات", "بانک تجارت", "بانک سپه", "بانک رفاه", "بانک مسکن",
	"نانوایی بربری", "نانوایی سنگک", "نانوایی لواشی", "داروخانه", "داروخانه شبانه‌روزی", "مسجد",
	"دبستان", "دبیرستان دخترانه", "مهدکودک", "سوپرمارکت", "هایپرمارکت", "آژانس", "باشگاه بدنسازی",
	"کلینیک دندانپزشکی", "درمانگاه", "شیرینی‌فروشی", "کافه", "میوه‌فروشی", "پارک محله", "آموزشگاه زبان",
	"بیمه", "پیتزا فروشی", "قنادی", "آرایشگاه", "مطب", "ساختمان پزشکان", "پمپ بنزین",
}

var schoolNames = []string{"شهید بهشتی", "فرزانگان", "امام رضا", "سعدی", "پروین اعتصامی", "نیکان", "دهخدا"}
var mosqueNames = []string{"امام حسین", "جامع", "المهدی", "صاحب‌الزمان", "الزهرا"}
var doctorNames = []string{"دکتر رضایی", "دکتر محمدی", "دکتر پورحسن", "دکتر قربانی", "دکتر نوروزی", "دکتر خوشرو"}

// world is the district: neighbourhoods, streets and every spot a problem can be at.
type world struct {
	hoods []*hood
	spots []*spot
	// alleySpot and stretchSpot find a spot by its alley or by (street, stretch).
	alleySpot   map[*alley]*spot
	stretchSpot map[*street][]*spot
}

// golsarStreets are the numbered streets of گلسار this set uses.
var golsarStreets = []int{85, 87, 89, 91, 93, 95, 97, 99, 101, 104, 106, 108, 110, 112, 114, 116, 118,
	120, 122, 124, 126, 128, 130, 132, 134, 136, 141, 143, 145, 155, 161, 163, 165, 171, 175, 181, 189, 197}

// newWorld builds District 2. The layout does not depend on the seed: a seed changes the
// year, not the map.
func newWorld() *world {
	r := rand.New(rand.NewPCG(35, 1404))
	w := &world{alleySpot: map[*alley]*spot{}, stretchSpot: map[*street][]*spot{}}
	golsar := &hood{name: "گلسار", fin: "golsar"}
	for i, n := range golsarStreets {
		st := &street{hood: golsar, kind: "خیابان", num: n, name: itoa(n), fin: itoa(n),
			lat: 37.2885 + 0.0004*float64(i%19), lon: 49.5740 + 0.0013*float64(i), segments: 2}
		addAlleys(r, st, 6+r.IntN(12), 0.1)
		golsar.streets = append(golsar.streets, st)
	}
	golsar.streets = append(golsar.streets,
		&street{hood: golsar, kind: "بلوار", name: "گیلان", fin: "gilan", lat: 37.2950, lon: 49.5860, segments: 6},
		&street{hood: golsar, kind: "بلوار", name: "سمیه", fin: "somaye", lat: 37.2990, lon: 49.5810, segments: 4},
		&street{hood: golsar, kind: "بلوار", name: "گلسار", fin: "golsar", lat: 37.2920, lon: 49.5900, segments: 5})
	w.hoods = append(w.hoods, golsar)

	named := func(name, fin string, lat, lon float64, mains []struct {
		kind, name, fin string
		alleys          int
		named           float64
	}) {
		h := &hood{name: name, fin: fin}
		for i, m := range mains {
			st := &street{hood: h, kind: m.kind, name: m.name, fin: m.fin,
				lat: lat + 0.0015*float64(i), lon: lon + 0.0011*float64(i), segments: 3}
			addAlleys(r, st, m.alleys, m.named)
			h.streets = append(h.streets, st)
		}
		w.hoods = append(w.hoods, h)
	}
	type main = struct {
		kind, name, fin string
		alleys          int
		named           float64
	}
	named("معلم", "moallem", 37.2810, 49.5880, []main{
		{"خیابان", "معلم", "moallem", 26, 0.25}, {"خیابان", "دانش", "danesh", 8, 0.5}})
	named("منظریه", "manzarie", 37.3020, 49.6040, []main{
		{"خیابان", "منظریه", "manzarie", 20, 0.3}, {"خیابان", "شهید مطهری", "motahari", 10, 0.4},
		{"خیابان", "بهاران", "baharan", 8, 0.5}})
	named("حمیدیان", "hamidian", 37.2930, 49.6130, []main{
		{"خیابان", "حمیدیان", "hamidian", 18, 0.35}, {"خیابان", "نیایش", "niyayesh", 9, 0.5}})
	named("دیلمان", "deylaman", 37.3060, 49.5730, []main{
		{"بلوار", "دیلمان", "deylaman", 16, 0.2}, {"خیابان", "سپیدار", "sepidar", 7, 0.5}})
	named("فلکه گاز", "felake gaz", 37.2870, 49.6010, []main{
		{"بلوار", "امام", "emam", 6, 0.3}})

	for _, h := range w.hoods {
		for _, st := range h.streets {
			for _, al := range st.alleys {
				w.addSpot(r, st, al, 0)
			}
			for s := range st.segments {
				w.addSpot(r, st, nil, s)
			}
			// stretch s is named by its alleys 2s and 2s+1 (stretchName)
			for _, sp := range w.stretchSpot[st] {
				for _, i := range []int{2 * sp.seg, 2*sp.seg + 1} {
					if i < len(st.alleys) {
						a := w.alleySpot[st.alleys[i]]
						sp.near = append(sp.near, a)
						a.near = append(a.near, sp)
					}
				}
			}
		}
	}
	return w
}

func addAlleys(r *rand.Rand, st *street, n int, namedShare float64) {
	used := map[int]bool{}
	for i := 1; i <= n; i++ {
		a := &alley{num: i, deadEnd: r.Float64() < 0.15}
		if r.Float64() < namedShare {
			k := r.IntN(len(alleyNames))
			if !used[k] {
				used[k] = true
				a.num, a.name, a.fin = 0, alleyNames[k].fa, alleyNames[k].fin
			}
		}
		st.alleys = append(st.alleys, a)
	}
}

func (w *world) addSpot(r *rand.Rand, st *street, al *alley, seg int) {
	sp := &spot{id: len(w.spots), st: st, al: al, seg: seg}
	// Alleys run off the street every ~60 m; a street's stretches every ~120 m.
	along := float64(seg) * 120
	if al != nil {
		along = float64(al.num)*60 + 30
		if al.num == 0 {
			along = float64(r.IntN(20))*60 + 30
		}
	}
	side := 0.0
	if al != nil {
		side = 40 + r.Float64()*60
		if r.IntN(2) == 0 {
			side = -side
		}
	}
	sp.lat, sp.lon = offset(st.lat, st.lon, along, side)
	if r.Float64() < 0.35 {
		sp.landmark = nameLandmark(r)
	}
	w.spots = append(w.spots, sp)
	if al != nil {
		w.alleySpot[al] = sp
	} else {
		w.stretchSpot[st] = append(w.stretchSpot[st], sp)
	}
}

func nameLandmark(r *rand.Rand) string {
	l := landmarks[r.IntN(len(landmarks))]
	switch l {
	case "دبستان", "دبیرستان دخترانه":
		return l + " " + schoolNames[r.IntN(len(schoolNames))]
	case "مسجد":
		return l + " " + mosqueNames[r.IntN(len(mosqueNames))]
	case "داروخانه", "مطب":
		return l + " " + doctorNames[r.IntN(len(doctorNames))]
	}
	return l
}

const metresPerDegLat = 111_000.0

var metresPerDegLon = metresPerDegLat * math.Cos(37.29*math.Pi/180)

// offset moves north by north metres and east by east metres.
func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/metresPerDegLat, lon + east/metresPerDegLon
}

// jitter is a phone's pin: 20–150 m off, mostly nearer the low end; one pin in fifty is
// dropped from home, a few hundred metres away.
func jitter(r *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + 130*math.Pow(r.Float64(), 1.4)
	if r.Float64() < 0.02 {
		d = 250 + 500*r.Float64()
	}
	a := r.Float64() * 2 * math.Pi
	la, lo := offset(lat, lon, d*math.Cos(a), d*math.Sin(a))
	return math.Round(la*1e6) / 1e6, math.Round(lo*1e6) / 1e6
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
