package rasht37

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// hood is a neighbourhood of district 1: its name as people write it, its Finglish
// spelling, its main street and a centre.
type hood struct {
	name, fing, street string
	lat, lon           float64
	namedAlleys        []string
}

var hoods = []hood{
	{"سعدی", "saadi", "خیابان سعدی", 37.2795, 49.5870, []string{"شهید رضایی", "گلستان", "شقایق"}},
	{"استادسرا", "ostadsara", "خیابان استادسرا", 37.2830, 49.5935, []string{"شهید نوری", "یاس", "بهار"}},
	{"ساغریسازان", "saghrisazan", "خیابان ساغریسازان", 37.2772, 49.5905, []string{"شهید بهشتی", "نسترن"}},
	{"آفخرا", "afkhara", "خیابان آفخرا", 37.2750, 49.5960, []string{"مسجد", "شهید چمران", "لاله"}},
	{"بیستون", "biston", "خیابان بیستون", 37.2860, 49.5850, []string{"فردوسی", "شهید مطهری", "نرگس"}},
	{"پاستور", "pastor", "خیابان پاستور", 37.2815, 49.5825, []string{"ارغوان", "شهید باهنر"}},
	{"حاجی‌آباد", "hajiabad", "خیابان حاجی‌آباد", 37.2885, 49.5900, []string{"شهید کریمی", "صنوبر", "آزادی"}},
	{"چمارسرا", "chomarsara", "خیابان چمارسرا", 37.2740, 49.5870, []string{"سرو", "شهید رجایی"}},
	{"لاکانی", "lakani", "خیابان لاکانی", 37.2805, 49.5975, []string{"اقاقیا", "شهید دستغیب"}},
}

// landmark kinds people steer by, with a name where one is usual.
var landmarks = []string{
	"بانک ملت", "بانک ملی", "بانک صادرات", "نانوایی بربری", "نانوایی سنگکی", "مسجد جامع محله",
	"مدرسه ابتدایی شهید بهشتی", "دبیرستان دخترانه فرزانگان", "داروخانه", "سوپرمارکت", "درمانگاه",
	"پارک محله", "آتش‌نشانی", "کلانتری", "پمپ بنزین", "میوه فروشی", "قصابی", "آرایشگاه",
	"مدرسه راهنمایی", "حسینیه", "خشکشویی", "کبابی",
}

var landmarkRel = []string{"نبش", "روبروی", "جنب", "کنار", "پشت", "بعد از", "نرسیده به", "سر"}

// spot is one place a crew is sent to: an alley, a block of a street, a park.
type spot struct {
	hood     int
	alleyNum int    // 0 when the alley has a name or the spot is on the street
	alley    string // named alley, or "" for a numbered one or the street itself
	onStreet bool
	park     bool
	landmark string
	rel      string
	lat, lon float64
}

// world is the district's fixed set of spots; issues are drawn onto them.
type world struct {
	spots []spot
}

func newWorld(rng *rand.Rand) *world {
	w := &world{}
	for h, hd := range hoods {
		n := 45 + rng.IntN(20)
		for i := 0; i < n; i++ {
			s := spot{hood: h}
			switch x := rng.Float64(); {
			case x < 0.55:
				s.alleyNum = 1 + rng.IntN(34)
			case x < 0.75:
				s.alley = hd.namedAlleys[rng.IntN(len(hd.namedAlleys))]
				if rng.IntN(3) == 0 {
					s.alley = "بن‌بست " + s.alley
				}
			case x < 0.93:
				s.onStreet = true
			default:
				s.park = true
			}
			if rng.Float64() < 0.6 {
				s.landmark = landmarks[rng.IntN(len(landmarks))]
				s.rel = landmarkRel[rng.IntN(len(landmarkRel))]
			}
			// within ~600 m of the neighbourhood centre
			s.lat, s.lon = offset(rng, hd.lat, hd.lon, 600)
			w.spots = append(w.spots, s)
		}
	}
	return w
}

// offset moves lat,lon by up to maxM metres in a random direction.
func offset(rng *rand.Rand, lat, lon, maxM float64) (float64, float64) {
	return offsetBetween(rng, lat, lon, 0, maxM)
}

func offsetBetween(rng *rand.Rand, lat, lon, minM, maxM float64) (float64, float64) {
	d := minM + rng.Float64()*(maxM-minM)
	a := rng.Float64() * 2 * math.Pi
	dLat := d * math.Cos(a) / 111320
	dLon := d * math.Sin(a) / (111320 * math.Cos(lat*math.Pi/180))
	return round6(lat + dLat), round6(lon + dLon)
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func (s spot) String() string {
	return fmt.Sprintf("%d/%d/%s/%v/%v", s.hood, s.alleyNum, s.alley, s.onStreet, s.park)
}
