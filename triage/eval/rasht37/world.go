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

// newWorld lays out each neighbourhood: its numbered alleys, its named alleys and
// dead ends, a few blocks of its main street (each known by a landmark) and its park. Every
// spot has a name no other spot shares, so two issues at one spot are told apart only by
// the problem or the time.
func newWorld(rng *rand.Rand) *world {
	w := &world{}
	add := func(s spot, withLandmark float64) {
		if rng.Float64() < withLandmark {
			s.landmark = landmarks[rng.IntN(len(landmarks))]
			s.rel = landmarkRel[rng.IntN(len(landmarkRel))]
		}
		s.lat, s.lon = offset(rng, hoods[s.hood].lat, hoods[s.hood].lon, 600)
		w.spots = append(w.spots, s)
	}
	for h, hd := range hoods {
		for a := 1; a <= 24+rng.IntN(18); a++ {
			add(spot{hood: h, alleyNum: a}, 0.5)
		}
		for _, name := range hd.namedAlleys {
			add(spot{hood: h, alley: name}, 0.5)
			if rng.IntN(3) == 0 {
				add(spot{hood: h, alley: "بن‌بست " + name}, 0.3)
			}
		}
		// blocks of the main street, each named by its own landmark
		perm := rng.Perm(len(landmarks))
		for b := 0; b < 4+rng.IntN(3); b++ {
			s := spot{hood: h, onStreet: true, landmark: landmarks[perm[b]], rel: landmarkRel[rng.IntN(len(landmarkRel))]}
			s.lat, s.lon = offset(rng, hd.lat, hd.lon, 600)
			w.spots = append(w.spots, s)
		}
		add(spot{hood: h, park: true}, 0)
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
