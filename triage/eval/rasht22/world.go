package rasht22

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// town is one neighbourhood of the district: its names as people write them, its streets
// and the landmarks people steer by.
type town struct {
	name     string   // as the app's map writes it
	written  []string // as citizens and operators write it
	finglish string
	lat, lon float64
	streets  []street
	marks    []landmark
	parks    []string
}

type street struct {
	kind   string // خیابان, بلوار
	name   string // a number ("12") or a name
	alleys []alley
}

type alley struct {
	kind string // کوچه, بن~بست
	name string // a number or a name
}

type landmark struct {
	name          string
	street, alley int // alley -1: on the street itself
}

// spot is one place as the labelling rule counts it: an alley, or one block of a street.
type spot struct {
	town, street, alley int // alley -1: the block of the street at block
	block               int
	mark                int // index into town.marks, -1 when the spot has no landmark
	park                int // index into town.parks, -1 when not in a park
	lat, lon            float64
}

func (s spot) key() string {
	return fmt.Sprintf("%d/%d/%d/%d/%d", s.town, s.street, s.alley, s.block, s.park)
}

var townSeeds = []struct {
	name      string
	written   []string
	finglish  string
	lat, lon  float64
	named     []string // named streets besides the numbered ones
	boulevard string
	parks     []string
}{
	{"شهرک بعثت", []string{"شهرک بعثت", "بعثت", "شهرک بعثت", "شهرك بعثت"}, "shahrak besat", 37.2905, 49.6270,
		[]string{"شهید مطهری", "ارغوان"}, "بعثت", []string{"پارک بعثت"}},
	{"شهرک سبحان", []string{"شهرک سبحان", "سبحان", "شهرک سبحان", "شهرك سبحان"}, "sobhan", 37.2960, 49.6440,
		[]string{"نسترن", "شهید رجایی"}, "سبحان", []string{"پارک محله سبحان"}},
	{"کاظم‌آباد", []string{"کاظم~آباد", "کاظم آباد", "کاظماباد", "محله کاظم~آباد"}, "kazem abad", 37.2740, 49.6350,
		[]string{"امام رضا", "شهید بهشتی", "لاله"}, "کاظم~آباد", []string{"بوستان کاظم~آباد"}},
	{"آج‌بیشه", []string{"آج~بیشه", "آج بیشه", "اج بیشه", "آجبیشه"}, "aj bishe", 37.3010, 49.6120,
		[]string{"گلستان", "شهید نوری"}, "آج~بیشه", []string{"پارک آج~بیشه"}},
	{"لاکانی شمالی", []string{"لاکانی شمالی", "محله لاکانی", "لاکانی", "لاکانی شمالی"}, "lakani shomali", 37.3080, 49.6010,
		[]string{"یاس", "شهید چمران"}, "لاکانی", []string{"پارک لاکانی"}},
	{"شهرک فرهنگیان", []string{"شهرک فرهنگیان", "فرهنگیان", "شهرک فرهنگیان", "شهرك فرهنگيان"}, "farhangian", 37.2840, 49.6480,
		[]string{"معلم", "اقاقیا"}, "فرهنگیان", []string{"پارک فرهنگیان"}},
	{"شهرک امید", []string{"شهرک امید", "امید", "شهرک امید", "شهرك اميد"}, "shahrak omid", 37.2700, 49.6520,
		[]string{"بهار", "شهید باکری"}, "امید", []string{"پارک امید"}},
}

var alleyNames = []string{"یاس", "نرگس", "شقایق", "لاله", "مریم", "بنفشه", "شهید حسینی", "شهید رضایی",
	"صنوبر", "شهید کریمی", "گلها", "سرو"}

var markNames = []string{"مسجد جامع", "مسجد امام حسین", "مدرسه شهید بهشتی", "دبستان دخترانه", "نانوایی سنگکی",
	"نانوایی بربری", "بانک ملت", "بانک ملی", "بانک صادرات", "پمپ بنزین", "داروخانه", "سوپرمارکت",
	"ایستگاه اتوبوس", "درمانگاه", "میوه فروشی", "آژانس", "مهدکودک", "باشگاه"}

// newWorld lays the towns out: streets 90 m apart running east, alleys 45 m apart running north.
func newWorld(rng *rand.Rand) []town {
	var towns []town
	for _, ts := range townSeeds {
		t := town{name: ts.name, written: ts.written, finglish: ts.finglish, lat: ts.lat, lon: ts.lon, parks: ts.parks}
		t.streets = append(t.streets, street{kind: "بلوار", name: ts.boulevard})
		n := 6 + rng.IntN(7)
		for i := 1; i <= n; i++ {
			t.streets = append(t.streets, street{kind: "خیابان", name: fmt.Sprint(i)})
		}
		for _, nm := range ts.named {
			t.streets = append(t.streets, street{kind: "خیابان", name: nm})
		}
		for si := range t.streets {
			na := 4 + rng.IntN(13)
			for a := 1; a <= na; a++ {
				al := alley{kind: "کوچه", name: fmt.Sprint(a)}
				if rng.Float64() < 0.12 {
					al.name = alleyNames[rng.IntN(len(alleyNames))]
				}
				if rng.Float64() < 0.1 {
					al.kind = "بن~بست"
				}
				t.streets[si].alleys = append(t.streets[si].alleys, al)
			}
		}
		for _, mi := range rng.Perm(len(markNames))[:6+rng.IntN(4)] {
			si := rng.IntN(len(t.streets))
			a := -1
			if rng.Float64() < 0.4 {
				a = rng.IntN(len(t.streets[si].alleys))
			}
			t.marks = append(t.marks, landmark{name: markNames[mi], street: si, alley: a})
		}
		towns = append(towns, t)
	}
	return towns
}

// place returns the coordinates of an alley (or a street's block) of a town.
func place(t town, si, ai, block int) (lat, lon float64) {
	north := (float64(si) - float64(len(t.streets))/2) * 90
	east := float64(block)*45 - 300
	if ai >= 0 {
		east = float64(ai)*45 - 300
		north += 40 // the middle of the alley, north of its street
	}
	return t.lat + north/111_000, t.lon + east/(111_000*math.Cos(t.lat*math.Pi/180))
}

// pickSpot draws a spot in a town: an alley, a street's block, a landmark or a park,
// according to what the problem happens at.
func pickSpot(rng *rand.Rand, towns []town, ti int, at spotKind) spot {
	t := towns[ti]
	s := spot{town: ti, mark: -1, park: -1}
	switch {
	case at == atPark:
		s.park = rng.IntN(len(t.parks))
		s.street, s.alley, s.block = 0, -1, 3
	case at == atStreet || (at == atAny && rng.Float64() < 0.3):
		s.street = rng.IntN(len(t.streets))
		if rng.Float64() < 0.35 {
			s.street = 0 // the boulevard carries more than its share
		}
		s.alley, s.block = -1, rng.IntN(len(t.streets[s.street].alleys))
	default:
		s.street = rng.IntN(len(t.streets))
		s.alley = rng.IntN(len(t.streets[s.street].alleys))
	}
	if s.park < 0 && rng.Float64() < 0.2 {
		m := rng.IntN(len(t.marks))
		lm := t.marks[m]
		s.mark, s.street, s.alley = m, lm.street, lm.alley
		if lm.alley < 0 {
			s.block = min(m+1, len(t.streets[lm.street].alleys)-1)
		} else {
			s.block = 0
		}
	}
	s.lat, s.lon = place(t, s.street, s.alley, s.block)
	if s.park >= 0 {
		s.lat += 0.0012
	}
	return s
}
