package rasht42

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// The district is the same for every seed: a clerk's sketch of District 1, built from the
// specs below with a fixed random source.

const mPerDegLat = 111320.0

// move returns the point north and east metres from lat, lon.
func move(lat, lon, north, east float64) (float64, float64) {
	return lat + north/mPerDegLat, lon + east/(mPerDegLat*math.Cos(lat*math.Pi/180))
}

type hood struct {
	name, fing string
	lat, lon   float64
	streets    []*street
	parks      []*park
	squares    []*landmark
}

type street struct {
	hood       *hood
	kind       string // خیابان or بلوار
	name, fing string // the name, or "" for a numbered street
	num        int    // Golsar's numbered streets
	main       bool   // a main street or boulevard: its landmarks mark stretches
	lat, lon   float64
	bn, be     float64 // unit direction (north, east)
	alleys     []*alley
	marks      []*landmark
}

type alley struct {
	street     *street
	num        int    // 0 when it has only a name
	name, fing string // "" when it has only a number
	lat, lon   float64
	deadEnds   []*deadEnd
	mark       *landmark // a landmark at its mouth, or nil
	weight     float64   // how often its people call
}

type deadEnd struct {
	alley      *alley
	num        int
	name, fing string
	lat, lon   float64
}

type landmark struct {
	kind       string // mosque, school, bakery, bank, pharmacy, shop, food, restaurant, clinic, mall, office, square
	name, fing string
	street     *street // nil for squares
	alley      *alley  // the alley whose mouth it stands at, or nil
	hood       *hood
	lat, lon   float64
}

type park struct {
	name, fing string
	hood       *hood
	lat, lon   float64
}

type world struct {
	hoods     []*hood
	streets   []*street
	alleys    []*alley
	deadEnds  []*deadEnd
	stretches []*landmark // landmarks along main streets
	squares   []*landmark
	parks     []*park
	insts     []*landmark // schools, bakeries, restaurants, clinics, shops: "other" business
}

type markSpec struct{ kind, name, fing string }

type streetSpec struct {
	kind, name, fing string
	num              int
	alleys           int // numbered alleys; 0 for a street with named alleys only
	namedAlleys      int // alleys with a name only
	main             bool
	north, east      float64 // start, metres from the neighbourhood's centre
	bearing          float64 // degrees from north
	marks            []markSpec
}

type hoodSpec struct {
	name, fing string
	lat, lon   float64
	streets    []streetSpec
	parks      []markSpec
	squares    []markSpec
}

var alleyNames = []struct{ name, fing string }{
	{"شهید رحمانی", "rahmani"}, {"شهید حسینی", "hosseini"}, {"شهید کاظمی", "kazemi"}, {"شهید رضایی", "rezaei"},
	{"شهید فلاح", "fallah"}, {"شهید نوری", "noori"}, {"شهید مقدم", "moghadam"}, {"شهید بابایی", "babaei"},
	{"شهید قربانی", "ghorbani"}, {"شهید صالحی", "salehi"}, {"شهید پوررضا", "pourreza"}, {"شهید جعفری", "jafari"},
	{"لاله", "laleh"}, {"یاس", "yas"}, {"نرگس", "narges"}, {"اقاقیا", "aghaghia"}, {"بهار", "bahar"},
	{"گلستان", "golestan"}, {"صنوبر", "senobar"}, {"ارغوان", "arghavan"}, {"نیلوفر", "niloofar"},
	{"سپیده", "sepideh"}, {"فجر", "fajr"}, {"ایثار", "isar"}, {"امید", "omid"}, {"کاج", "kaj"}, {"سرو", "sarv"},
	{"بنفشه", "banafsheh"}, {"مهر", "mehr"}, {"آزادی", "azadi"}, {"حمام", "hammam"}, {"مسجد", "masjed"},
	{"شهید طالبی", "talebi"}, {"شهید رفیعی", "rafiei"}, {"شهید یوسفی", "yousefi"}, {"گلها", "golha"},
}

var mouthMarks = []markSpec{
	{"bakery", "نانوایی بربری", "nanvaei barbari"}, {"bakery", "نانوایی سنگکی", "nanvaei sangaki"},
	{"bakery", "نانوایی لواش", "nanvaei lavash"}, {"food", "سوپرمارکت", "supermarket"},
	{"mosque", "مسجد محل", "masjed"}, {"pharmacy", "داروخانه", "darookhane"}, {"food", "میوه_فروشی", "mive foroshi"},
	{"food", "قصابی", "ghassabi"}, {"school", "مهدکودک", "mahdekoodak"}, {"shop", "آرایشگاه", "arayeshgah"},
}

var district = []hoodSpec{
	{name: "گلسار", fing: "golsar", lat: 37.3015, lon: 49.5835,
		streets: []streetSpec{
			{kind: "بلوار", name: "گیلان", fing: "boulevard gilan", main: true, north: -650, east: -900, bearing: 90,
				marks: []markSpec{{"mall", "مجتمع تجاری کادوس", "kadous"}, {"bank", "بانک ملت", "bank mellat"},
					{"pharmacy", "داروخانه شبانه_روزی", "darookhane"}, {"restaurant", "رستوران گیلانه", "restoran"},
					{"mosque", "مسجد امام حسن", "masjed emam hasan"}, {"bank", "بانک ملی", "bank melli"}}},
			{kind: "بلوار", name: "سمیه", fing: "boulevard somayeh", main: true, north: 700, east: -900, bearing: 90,
				marks: []markSpec{{"bank", "بانک سپه", "bank sepah"}, {"office", "دیوان محاسبات", "divan mohasebat"},
					{"school", "دبیرستان فرزانگان", "dabirestan farzanegan"}, {"food", "هایپرمارکت", "hyper"}}},
			{kind: "بلوار", name: "دیلمان", fing: "boulevard deylaman", main: true, north: -900, east: 900, bearing: 0,
				marks: []markSpec{{"bank", "بانک تجارت", "bank tejarat"}, {"bakery", "نانوایی فانتزی", "nanvaei"},
					{"clinic", "درمانگاه دیلمان", "darmangah"}}},
			{kind: "خیابان", num: 85, alleys: 9, north: -600, east: -1150, bearing: 0},
			{kind: "خیابان", num: 89, alleys: 11, north: -600, east: -1050, bearing: 0},
			{kind: "خیابان", num: 95, alleys: 10, north: -600, east: -950, bearing: 0},
			{kind: "خیابان", num: 99, alleys: 8, north: -600, east: -850, bearing: 0},
			{kind: "خیابان", num: 101, alleys: 12, north: -600, east: -750, bearing: 0},
			{kind: "خیابان", num: 105, alleys: 9, north: -600, east: -650, bearing: 0},
			{kind: "خیابان", num: 107, alleys: 11, north: -600, east: -550, bearing: 0},
			{kind: "خیابان", num: 111, alleys: 10, north: -600, east: -450, bearing: 0},
			{kind: "خیابان", num: 113, alleys: 9, north: -600, east: -350, bearing: 0},
			{kind: "خیابان", num: 115, alleys: 12, north: -600, east: -250, bearing: 0},
			{kind: "خیابان", num: 119, alleys: 13, north: -600, east: -150, bearing: 0},
			{kind: "خیابان", num: 121, alleys: 8, north: -600, east: -50, bearing: 0},
			{kind: "خیابان", num: 124, alleys: 14, north: -600, east: 50, bearing: 0},
			{kind: "خیابان", num: 127, alleys: 10, north: -600, east: 150, bearing: 0},
			{kind: "خیابان", num: 129, alleys: 9, north: -600, east: 250, bearing: 0},
			{kind: "خیابان", num: 132, alleys: 12, north: -600, east: 350, bearing: 0},
			{kind: "خیابان", num: 135, alleys: 10, north: -600, east: 450, bearing: 0},
			{kind: "خیابان", num: 138, alleys: 9, north: -600, east: 550, bearing: 0},
			{kind: "خیابان", num: 141, alleys: 11, north: -600, east: 650, bearing: 0},
			{kind: "خیابان", num: 145, alleys: 10, north: -600, east: 750, bearing: 0},
			{kind: "خیابان", num: 150, alleys: 10, north: -600, east: 850, bearing: 0},
			{kind: "خیابان", num: 155, alleys: 9, north: -600, east: 950, bearing: 0},
			{kind: "خیابان", num: 160, alleys: 11, north: -600, east: 1050, bearing: 0},
			{kind: "خیابان", num: 164, alleys: 8, north: -600, east: 1150, bearing: 0},
		},
		parks:   []markSpec{{"park", "پارک گلباغ نماز", "park golbagh namaz"}},
		squares: []markSpec{{"square", "میدان صابرین", "meydan saberin"}, {"square", "میدان گیلان", "meydan gilan"}},
	},
	{name: "منظریه", fing: "manzarieh", lat: 37.3060, lon: 49.5690,
		streets: []streetSpec{
			{kind: "بلوار", name: "منظریه", fing: "boulevard manzarieh", main: true, alleys: 6, north: -400, east: -500, bearing: 60,
				marks: []markSpec{{"mosque", "مسجد جامع منظریه", "masjed jame"}, {"bank", "بانک ملی", "bank melli"},
					{"bakery", "نانوایی سنگکی منظریه", "nanvaei sangaki"}, {"school", "دبستان فاطمه_الزهرا", "dabestan fatemeh zahra"}}},
			{kind: "خیابان", name: "لاله", fing: "laleh", alleys: 8, namedAlleys: 2, north: -200, east: -300, bearing: 0},
			{kind: "خیابان", name: "نسترن", fing: "nastaran", alleys: 7, namedAlleys: 1, north: -200, east: -50, bearing: 0},
			{kind: "خیابان", name: "یاس", fing: "yas", namedAlleys: 6, north: -200, east: 200, bearing: 0},
			{kind: "خیابان", name: "شقایق", fing: "shaghayegh", alleys: 6, namedAlleys: 2, north: -200, east: 450, bearing: 0},
			{kind: "خیابان", name: "ارغوان", fing: "arghavan", alleys: 5, namedAlleys: 3, north: -200, east: 700, bearing: 0},
			{kind: "خیابان", name: "سروش", fing: "soroush", alleys: 8, north: 400, east: -300, bearing: 90},
		},
		parks: []markSpec{{"park", "بوستان منظریه", "park manzarieh"}},
	},
	{name: "پل بوسار", fing: "pol bousar", lat: 37.2895, lon: 49.5755,
		streets: []streetSpec{
			{kind: "خیابان", name: "بوسار", fing: "bousar", main: true, alleys: 9, namedAlleys: 3, north: -300, east: -400, bearing: 45,
				marks: []markSpec{{"bakery", "نانوایی بربری بوسار", "nanvaei barbari"}, {"bank", "بانک ملی شعبه بوسار", "bank melli"},
					{"mosque", "مسجد صاحب_الزمان", "masjed saheb zaman"}, {"clinic", "مرکز بهداشت بوسار", "markaz behdasht"}}},
			{kind: "خیابان", name: "فرهنگ", fing: "farhang", alleys: 6, namedAlleys: 2, north: 150, east: -200, bearing: 100},
			{kind: "خیابان", name: "شهید انصاری", fing: "ansari", alleys: 7, namedAlleys: 2, north: -250, east: 250, bearing: 10},
		},
		parks:   []markSpec{{"park", "پارک محله بوسار", "park bousar"}},
		squares: []markSpec{{"square", "سه_راه بوسار", "se rah bousar"}},
	},
	{name: "نواب", fing: "navab", lat: 37.2860, lon: 49.5820,
		streets: []streetSpec{
			{kind: "خیابان", name: "نواب", fing: "navab", main: true, alleys: 12, namedAlleys: 2, north: -350, east: -250, bearing: 30,
				marks: []markSpec{{"mosque", "مسجد ائمه اطهار", "masjed aeme athar"}, {"bank", "بانک صادرات", "bank saderat"},
					{"school", "دبستان شهید مطهری", "dabestan motahari"}, {"bakery", "نانوایی حاج_آقا", "nanvaei"}}},
			{kind: "خیابان", name: "شهید چمران", fing: "chamran", alleys: 7, namedAlleys: 1, north: 100, east: 100, bearing: 120},
			{kind: "خیابان", name: "امام حسین", fing: "emam hossein", namedAlleys: 6, north: 300, east: -250, bearing: 80},
		},
	},
	{name: "ضیابری", fing: "ziabari", lat: 37.2840, lon: 49.5885,
		streets: []streetSpec{
			{kind: "خیابان", name: "ضیابری", fing: "ziabari", main: true, namedAlleys: 10, alleys: 4, north: -300, east: -300, bearing: 70,
				marks: []markSpec{{"bank", "بانک ملت شعبه ضیابری", "bank mellat"}, {"pharmacy", "داروخانه دکتر رازی", "darookhane razi"},
					{"restaurant", "کبابی ضیابری", "kababi"}, {"school", "هنرستان فنی", "honarestan"}}},
			{kind: "خیابان", name: "ارشاد", fing: "ershad", alleys: 5, namedAlleys: 2, north: 150, east: 0, bearing: 160},
			{kind: "خیابان", name: "شهید بهشتی", fing: "beheshti", alleys: 8, namedAlleys: 2, north: -150, east: 350, bearing: 170},
		},
		squares: []markSpec{{"square", "چهارراه ضیابری", "chaharrah ziabari"}},
	},
	{name: "سعدی", fing: "saadi", lat: 37.2810, lon: 49.5935,
		streets: []streetSpec{
			{kind: "خیابان", name: "سعدی", fing: "saadi", main: true, alleys: 10, namedAlleys: 3, north: -250, east: -350, bearing: 60,
				marks: []markSpec{{"bank", "بانک تجارت", "bank tejarat"}, {"mosque", "مسجد کاسه_فروشان", "masjed"},
					{"shop", "پاساژ سعدی", "pasaj saadi"}, {"clinic", "درمانگاه خیریه", "darmangah"}}},
			{kind: "خیابان", name: "حافظ", fing: "hafez", alleys: 5, namedAlleys: 2, north: 120, east: 80, bearing: 150},
			{kind: "خیابان", name: "فردوسی", fing: "ferdowsi", alleys: 6, namedAlleys: 3, north: 250, east: -300, bearing: 75},
		},
		parks: []markSpec{{"park", "بوستان سعدی", "park saadi"}},
	},
	{name: "پاسداران", fing: "pasdaran", lat: 37.2950, lon: 49.5640,
		streets: []streetSpec{
			{kind: "بلوار", name: "پاسداران", fing: "boulevard pasdaran", main: true, alleys: 14, north: -500, east: -250, bearing: 15,
				marks: []markSpec{{"bank", "بانک سپه", "bank sepah"}, {"bakery", "نانوایی بربری پاسداران", "nanvaei barbari"},
					{"school", "دبستان امام رضا", "dabestan emam reza"}, {"mosque", "مسجد الزهرا", "masjed zahra"}}},
			{kind: "خیابان", name: "شهید باهنر", fing: "bahonar", alleys: 6, namedAlleys: 2, north: 100, east: 100, bearing: 100},
			{kind: "خیابان", name: "شهید رجایی", fing: "rajaei", alleys: 9, namedAlleys: 1, north: -300, east: 300, bearing: 95},
			{kind: "خیابان", name: "بهار", fing: "bahar", alleys: 7, north: 450, east: -100, bearing: 100},
		},
		parks:   []markSpec{{"park", "پارک پاسداران", "park pasdaran"}},
		squares: []markSpec{{"square", "فلکه پاسداران", "falake pasdaran"}},
	},
}

// buildWorld lays the district out. It depends on nothing but the specs.
func buildWorld() *world {
	rng := rand.New(rand.NewPCG(1404, 137))
	w := &world{}
	nameAt := rng.IntN(len(alleyNames))
	nextName := func() (string, string) {
		n := alleyNames[nameAt%len(alleyNames)]
		nameAt += 1 + rng.IntN(3)
		return n.name, n.fing
	}
	for _, hs := range district {
		h := &hood{name: hs.name, fing: hs.fing, lat: hs.lat, lon: hs.lon}
		w.hoods = append(w.hoods, h)
		for _, ss := range hs.streets {
			s := &street{hood: h, kind: ss.kind, name: ss.name, fing: ss.fing, num: ss.num, main: ss.main}
			s.lat, s.lon = move(h.lat, h.lon, ss.north, ss.east)
			rad := ss.bearing * math.Pi / 180
			s.bn, s.be = math.Cos(rad), math.Sin(rad)
			if s.num > 0 {
				s.fing = fmt.Sprintf("%d", s.num)
			}
			w.streets = append(w.streets, s)
			h.streets = append(h.streets, s)
			total := ss.alleys + ss.namedAlleys
			for i := 0; i < total; i++ {
				a := &alley{street: s, weight: 0.3 + rng.Float64()*rng.Float64()*3}
				if i < ss.alleys {
					a.num = i + 1
					if rng.IntN(4) == 0 {
						a.name, a.fing = nextName()
					}
				} else {
					a.name, a.fing = nextName()
				}
				along := 50 + 75*float64(i)
				side := 1.0
				if i%2 == 1 {
					side = -1
				}
				// midpoint of the alley, 90 m off the street
				a.lat, a.lon = move(s.lat, s.lon, s.bn*along-side*s.be*90, s.be*along+side*s.bn*90)
				if rng.IntN(3) == 0 {
					m := mouthMarks[rng.IntN(len(mouthMarks))]
					a.mark = &landmark{kind: m.kind, name: m.name, fing: m.fing, street: s, alley: a, hood: h, lat: a.lat, lon: a.lon}
				}
				if rng.IntN(5) == 0 {
					nd := 1 + rng.IntN(2)
					for j := 0; j < nd; j++ {
						d := &deadEnd{alley: a, num: j + 1}
						if rng.IntN(3) == 0 {
							d.name, d.fing = nextName()
						}
						d.lat, d.lon = move(a.lat, a.lon, float64(20+40*j), float64(35*(1-2*(j%2))))
						a.deadEnds = append(a.deadEnds, d)
						w.deadEnds = append(w.deadEnds, d)
					}
				}
				s.alleys = append(s.alleys, a)
				w.alleys = append(w.alleys, a)
			}
			for j, ms := range ss.marks {
				along := 80 + 160*float64(j)
				m := &landmark{kind: ms.kind, name: ms.name, fing: ms.fing, street: s, hood: h}
				m.lat, m.lon = move(s.lat, s.lon, s.bn*along, s.be*along)
				s.marks = append(s.marks, m)
				w.stretches = append(w.stretches, m)
				switch ms.kind {
				case "school", "bakery", "restaurant", "clinic", "food":
					w.insts = append(w.insts, m)
				}
			}
			for _, a := range s.alleys {
				if a.mark != nil && (a.mark.kind == "bakery" || a.mark.kind == "food") {
					w.insts = append(w.insts, a.mark)
				}
			}
		}
		for j, ps := range hs.parks {
			p := &park{name: ps.name, fing: ps.fing, hood: h}
			p.lat, p.lon = move(h.lat, h.lon, 250-300*float64(j), 300)
			h.parks = append(h.parks, p)
			w.parks = append(w.parks, p)
		}
		for j, qs := range hs.squares {
			q := &landmark{kind: "square", name: qs.name, fing: qs.fing, hood: h}
			q.lat, q.lon = move(h.lat, h.lon, -700+1400*float64(j), -950+200*float64(j))
			h.squares = append(h.squares, q)
			w.squares = append(w.squares, q)
		}
	}
	return w
}

// alleyOf finds an alley by neighbourhood, street (name or number) and alley number or name.
func (w *world) alleyOf(hoodName string, streetNum int, streetName string, alleyNum int, alleyName string) *alley {
	for _, a := range w.alleys {
		s := a.street
		if s.hood.name != hoodName || s.num != streetNum || (streetNum == 0 && s.name != streetName) {
			continue
		}
		if (alleyNum > 0 && a.num == alleyNum) || (alleyNum == 0 && a.name == alleyName) {
			return a
		}
	}
	return nil
}

func (w *world) streetOf(hoodName, name string) *street {
	for _, s := range w.streets {
		if s.hood.name == hoodName && s.name == name {
			return s
		}
	}
	return nil
}

func (w *world) markOf(streetName, markName string) *landmark {
	for _, m := range w.stretches {
		if m.street.name == streetName && m.name == markName {
			return m
		}
	}
	return nil
}

func (w *world) squareOf(name string) *landmark {
	for _, q := range w.squares {
		if q.name == name {
			return q
		}
	}
	return nil
}

func (w *world) parkOf(name string) *park {
	for _, p := range w.parks {
		if p.name == name {
			return p
		}
	}
	return nil
}
