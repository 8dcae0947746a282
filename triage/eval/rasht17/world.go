package rasht17

import (
	"math"
	"math/rand/v2"
)

// metres per degree near Rasht (37.28 N).
const (
	mPerDegLat = 111_000.0
	mPerDegLon = 88_300.0
)

// town is one new town: its phases hold numbered blocks laid out on a grid.
type town struct {
	name, finglish string
	alt            []string // other ways residents name it
	lat, lon       float64  // phase 1's south-west corner
	phases         []phase
	boulevard      string // the town's own main road (municipality)
	accessRoad     string // the half-built access road (roads ministry)
	landmarks      []string
}

type phase struct {
	n        int
	lat, lon float64
	blocks   []*block
}

// block is the spot of a local problem. A complex or tower, when there is one, sits on it.
type block struct {
	town            *town
	phase, n        int
	lat, lon        float64
	street          int    // numbered street it faces
	streetName      string // the street's name, when it has one
	complex         string // «مجتمع یاس», «برج ۳», or ""
	complexFinglish string
	// complexInTown and complexInWorld: no other block of the town, of all towns, has that
	// name, so the name alone (or with the town) says where
	complexInTown, complexInWorld bool
	landmark                      string // a landmark next to it, or ""
}

// a block is 140 m across, so the 20–150 m pin noise reaches the neighbours: as in life.
const blockSpacing = 140.0

var townSeeds = []struct {
	name, finglish string
	alt            []string
	lat, lon       float64
	phases         int
	boulevard      string
	accessRoad     string
	towers         bool
}{
	{"شهرک قدس", "ghods", []string{"قدس", "شهرک قدس رشت"}, 37.296, 49.553, 3, "بلوار قدس", "جاده دسترسی قدس", false},
	{"شهرک بعثت", "besat", []string{"بعثت", "شهرک بعثت"}, 37.252, 49.596, 2, "بلوار بعثت", "جاده کمربندی جنوبی", false},
	{"شهرک فرهنگیان", "farhangian", []string{"فرهنگیان", "شهرک معلم"}, 37.309, 49.622, 2, "بلوار فرهنگیان", "جاده دسترسی فرهنگیان", false},
	{"شهرک امام", "emam", []string{"امام", "شهرک امام خمینی"}, 37.259, 49.633, 3, "بلوار امام", "کمربندی شرقی", false},
	{"شهرک سبز", "sabz", []string{"سبز", "شهرک سبز"}, 37.284, 49.638, 2, "بلوار سبز", "جاده دسترسی شهرک سبز", false},
	{"مسکن مهر", "maskan mehr", []string{"مسکن مهر", "مسکن مهر رشت", "پروژه مسکن مهر"}, 37.268, 49.560, 4, "بلوار مسکن", "جاده کمربندی غربی", true},
}

var streetNames = []string{"یاسمن", "نسترن", "بهار", "ارغوان", "شقایق", "صنوبر", "اقاقیا", "نیلوفر", "سرو", "لادن", "مریم", "سوسن", "کاج", "شمشاد", "آزادی", "عدالت"}

var complexNames = []struct{ fa, fi string }{
	{"یاس", "yas"}, {"نرگس", "narges"}, {"لاله", "laleh"}, {"ارکیده", "orkideh"}, {"آفتاب", "aftab"},
	{"مهتاب", "mahtab"}, {"الماس", "almas"}, {"فیروزه", "firoozeh"}, {"پارسیان", "parsian"}, {"ساحل", "sahel"},
	{"کوثر", "kowsar"}, {"رز", "roz"}, {"بهاران", "baharan"}, {"گلستان", "golestan"}, {"آسمان", "aseman"},
	{"امید", "omid"}, {"نگین", "negin"}, {"ستاره", "setareh"},
}

var landmarkPool = []string{"مدرسه", "دبستان", "مسجد", "نانوایی", "سوپرمارکت", "ایستگاه اتوبوس", "زمین خاکی", "پارک", "درمانگاه", "کارگاه ساختمانی", "زمین فوتبال", "میوه‌فروشی"}

// newWorld lays out the towns; it depends only on r.
func newWorld(r *rand.Rand) []*town {
	var towns []*town
	nextComplex := r.IntN(len(complexNames))
	for _, s := range townSeeds {
		t := &town{name: s.name, finglish: s.finglish, alt: s.alt, lat: s.lat, lon: s.lon,
			boulevard: s.boulevard, accessRoad: s.accessRoad}
		lms := r.Perm(len(landmarkPool))
		for _, i := range lms[:6] {
			t.landmarks = append(t.landmarks, landmarkPool[i])
		}
		names := r.Perm(len(streetNames))
		for p := 1; p <= s.phases; p++ {
			ph := phase{n: p}
			// phases step east then north, 700 m apart
			ph.lat = s.lat + float64((p-1)/2)*700/mPerDegLat
			ph.lon = s.lon + float64((p-1)%2)*700/mPerDegLon
			nb := 12 + r.IntN(13)
			named := map[int]string{}
			for st := 1; st <= (nb+3)/4; st++ {
				if r.IntN(3) == 0 {
					named[st] = streetNames[names[(p*7+st)%len(names)]]
				}
			}
			for b := 1; b <= nb; b++ {
				row, col := (b-1)/4, (b-1)%4
				bl := &block{town: t, phase: p, n: b,
					lat:    ph.lat + float64(row)*blockSpacing/mPerDegLat,
					lon:    ph.lon + float64(col)*blockSpacing/mPerDegLon,
					street: row + 1, streetName: named[row+1]}
				switch {
				case s.towers && r.IntN(2) == 0:
					bl.complex = "برج " + itoa(b)
					bl.complexFinglish = "borj " + itoa(b)
				case !s.towers && r.IntN(4) == 0:
					c := complexNames[nextComplex%len(complexNames)]
					nextComplex++
					bl.complex = "مجتمع " + c.fa
					bl.complexFinglish = "mojtama " + c.fi
				}
				if r.IntN(3) == 0 {
					bl.landmark = t.landmarks[r.IntN(len(t.landmarks))]
				}
				ph.blocks = append(ph.blocks, bl)
			}
			t.phases = append(t.phases, ph)
		}
		towns = append(towns, t)
	}
	inWorld := map[string]int{}
	for _, t := range towns {
		inTown := map[string]int{}
		for _, ph := range t.phases {
			for _, b := range ph.blocks {
				inTown[b.complex]++
				inWorld[b.complex]++
			}
		}
		for _, ph := range t.phases {
			for _, b := range ph.blocks {
				b.complexInTown = b.complex != "" && inTown[b.complex] == 1
			}
		}
	}
	for _, t := range towns {
		for _, ph := range t.phases {
			for _, b := range ph.blocks {
				b.complexInWorld = b.complex != "" && inWorld[b.complex] == 1
			}
		}
	}
	return towns
}

// offset moves (lat, lon) d metres in a random direction.
func offset(r *rand.Rand, lat, lon, d float64) (float64, float64) {
	a := r.Float64() * 2 * math.Pi
	return lat + d*math.Sin(a)/mPerDegLat, lon + d*math.Cos(a)/mPerDegLon
}

// phaseCentre is the middle of a phase's blocks.
func (ph phase) centre() (float64, float64) {
	var la, lo float64
	for _, b := range ph.blocks {
		la += b.lat
		lo += b.lon
	}
	n := float64(len(ph.blocks))
	return la / n, lo / n
}
