package rasht14

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// neighbourhood is one mahalle of the district with the streets a caller would name in it.
type neighbourhood struct {
	name, latin string
	lat, lon    float64
	streets     []street
}

type street struct {
	kind     string // خیابان, بلوار, بزرگراه-less avenue words the callers use
	name     string // «۱۲۴» or «شهید انصاری»
	latin    string
	numbered bool
	alleys   []alley
	marks    []landmark
	// Direction of the street on the map, so that alleys along it sit on a line.
	dLat, dLon float64
}

type alley struct {
	num      int    // 0 when named
	name     string // for named alleys
	deadEnd  bool
	parallel bool // «کوچه ۱۲ فرعی» style: a side alley of another
}

type landmark struct {
	kind, name string
	// agencyWord marks a landmark that is itself another agency's building; naming it
	// must not change who has to act.
	agencyWord bool
}

type world struct {
	hoods []neighbourhood
}

// place is one spot: a neighbourhood, a street, optionally an alley, optionally a landmark.
type place struct {
	hood      int
	street    int
	alley     int // -1: on the street itself
	mark      int // -1: none
	plate     int
	lat, lon  float64
	hasCoords bool
}

func (p place) key() string { return fmt.Sprintf("%d/%d/%d/%d", p.hood, p.street, p.alley, p.mark) }

var hoodSeeds = []struct {
	name, latin string
	lat, lon    float64
	numbered    []int
	named       []string
	latinNamed  []string
}{
	{"گلسار", "golsar", 37.2965, 49.5860, []int{95, 104, 113, 124, 132, 141, 150, 162}, []string{"نماز", "دیلمان"}, []string{"namaz", "deylaman"}},
	{"منظریه", "manzarieh", 37.2920, 49.6010, nil, []string{"شهید انصاری", "لاله", "مطهری", "فرهنگ"}, []string{"ansari", "laleh", "motahari", "farhang"}},
	{"حمیدیان", "hamidian", 37.2860, 49.6120, nil, []string{"حمیدیان", "شهید رجایی", "ولیعصر", "پرستار"}, []string{"hamidian", "rajaei", "valiasr", "parastar"}},
	{"پاسداران", "pasdaran", 37.2795, 49.5930, nil, []string{"پاسداران", "شهید چمران", "معلم", "آزادگان"}, []string{"pasdaran", "chamran", "moallem", "azadegan"}},
	{"شهرک قدس", "shahrak ghods", 37.2700, 49.6210, []int{2, 5, 7, 9}, []string{"بهار", "ارغوان"}, []string{"bahar", "arghavan"}},
	{"لاکانی", "lakani", 37.2830, 49.5780, nil, []string{"لاکانی", "شهید بهشتی", "سعدی"}, []string{"lakani", "beheshti", "saadi"}},
	{"بیستون", "bistoon", 37.2890, 49.5700, nil, []string{"بیستون", "سردار جنگل", "توحید"}, []string{"bistoon", "sardar jangal", "tohid"}},
	{"آج‌بیشه", "ajbishe", 37.2760, 49.6050, nil, []string{"آج‌بیشه", "امام رضا", "نواب"}, []string{"ajbishe", "emam reza", "navab"}},
	{"چمارسرا", "chomarsara", 37.2680, 49.5860, nil, []string{"چمارسرا", "شهید مفتح", "استادسرا"}, []string{"chomarsara", "mofatteh", "ostadsara"}},
	{"پیرسرا", "pirsara", 37.3010, 49.6180, nil, []string{"پیرسرا", "جماران", "کوی مهر"}, []string{"pirsara", "jamaran", "kooye mehr"}},
	{"ضیابری", "ziabari", 37.2810, 49.5880, nil, []string{"ضیابری", "تختی", "شهید صدوقی"}, []string{"ziabari", "takhti", "sadooghi"}},
	{"کوی ولیعصر", "kooye valiasr", 37.2745, 49.6130, []int{3, 6, 8, 11, 14}, []string{"شقایق"}, []string{"shaghayegh"}},
}

var alleyNames = []string{"یاس", "نسترن", "اقاقیا", "شهید رضایی", "بهار", "نرگس", "گلستان", "شهید کاظمی",
	"صنوبر", "ارغوان", "شهید حسینی", "مهتاب", "سپیده", "آفتاب", "شهید نوری", "بنفشه", "لادن", "شهید پورحسن",
	"شقایق", "زیتون", "نیلوفر", "شهید دهقان", "مریم", "شبنم", "امید", "حافظ"}

var landmarkPool = []landmark{
	{"مسجد", "جامع", false}, {"مسجد", "امام حسن", false}, {"مسجد", "صاحب‌الزمان", false},
	{"مدرسه", "شهید بهشتی", false}, {"دبستان", "فرزانگان", false}, {"هنرستان", "فنی", false},
	{"بانک", "ملت", false}, {"بانک", "ملی", false}, {"بانک", "صادرات", false}, {"بانک", "سپه", false},
	{"نانوایی", "سنگکی حاج رضا", false}, {"نانوایی", "بربری", false}, {"نانوایی", "لواشی", false},
	{"داروخانه", "دکتر صالحی", false}, {"داروخانه", "شبانه‌روزی", false},
	{"پارک", "محله", false}, {"بوستان", "لاله", false}, {"پارک", "بانوان", false},
	{"امامزاده", "هاشم", false}, {"امامزاده", "ابراهیم", false},
	{"سوپرمارکت", "اکبری", false}, {"میوه‌فروشی", "برادران", false}, {"قصابی", "حسین", false},
	{"درمانگاه", "شبانه‌روزی", false}, {"باشگاه", "ورزشی", false}, {"آرایشگاه", "مردانه", false},
	{"پمپ بنزین", "", false}, {"حسینیه", "", false}, {"پاساژ", "نور", false}, {"ایستگاه", "تاکسی", false},
	// Another agency's building used as a landmark by callers.
	{"اداره", "گاز", true}, {"پست", "برق", true}, {"ساختمان", "مخابرات", true},
	{"کلانتری", "۱۲", true}, {"اداره", "آبفا", true}, {"پاسگاه", "پلیس", true},
}

func newWorld(seed int64) *world {
	// The world depends on the seed too, so that two seeds are two districts' worth of spots.
	r := rand.New(rand.NewPCG(uint64(seed)^0x9e3779b97f4a7c15, 14))
	w := &world{}
	for _, hs := range hoodSeeds {
		h := neighbourhood{name: hs.name, latin: hs.latin, lat: hs.lat, lon: hs.lon}
		mk := func(kind, name, latin string, numbered bool) street {
			ang := r.Float64() * math.Pi
			s := street{kind: kind, name: name, latin: latin, numbered: numbered,
				dLat: math.Cos(ang) * 0.0011, dLon: math.Sin(ang) * 0.0013}
			na := 4 + r.IntN(9)
			used := map[int]bool{}
			usedName := map[string]bool{}
			for len(s.alleys) < na {
				if r.IntN(10) < 6 {
					n := 1 + r.IntN(30)
					if used[n] {
						continue
					}
					used[n] = true
					s.alleys = append(s.alleys, alley{num: n, deadEnd: r.IntN(6) == 0, parallel: r.IntN(14) == 0})
				} else {
					nm := alleyNames[r.IntN(len(alleyNames))]
					if usedName[nm] {
						continue
					}
					usedName[nm] = true
					s.alleys = append(s.alleys, alley{name: nm, deadEnd: r.IntN(3) == 0})
				}
			}
			nm := 2 + r.IntN(4)
			perm := r.Perm(len(landmarkPool))
			for _, i := range perm[:nm] {
				s.marks = append(s.marks, landmarkPool[i])
			}
			return s
		}
		for _, n := range hs.numbered {
			h.streets = append(h.streets, mk("خیابان", fmt.Sprint(n), fmt.Sprint(n), true))
		}
		for i, n := range hs.named {
			kind := "خیابان"
			if r.IntN(4) == 0 {
				kind = "بلوار"
			}
			h.streets = append(h.streets, mk(kind, n, hs.latinNamed[i], false))
		}
		w.hoods = append(w.hoods, h)
	}
	return w
}

// coords puts a spot on the map: the neighbourhood centre, the street's line, the alley's
// position along it. Neighbouring alleys are 60-120 m apart, so coordinates alone cannot
// separate them once noise is added: the text has to.
func (w *world) coords(p place) (float64, float64) {
	h := w.hoods[p.hood]
	s := h.streets[p.street]
	lat := h.lat + float64(p.street%4-2)*0.0025 + float64(p.street/4)*0.0018
	lon := h.lon + float64(p.street%3-1)*0.0030
	pos := 0.0
	if p.alley >= 0 {
		pos = float64(p.alley) * 0.8
	} else if p.mark >= 0 {
		pos = float64(p.mark)*2.2 + 0.5
	}
	lat += s.dLat * pos
	lon += s.dLon * pos
	if p.alley >= 0 {
		// Into the alley, off the street.
		lat += s.dLon * 0.4
		lon -= s.dLat * 0.4
	}
	return lat, lon
}

// jitter moves a point 20-150 m in a random direction, as a phone's GPS or a clerk's map tap does.
func jitter(r *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + r.Float64()*130
	a := r.Float64() * 2 * math.Pi
	dlat := d * math.Cos(a) / 111_000
	dlon := d * math.Sin(a) / (111_000 * math.Cos(lat*math.Pi/180))
	return math.Round((lat+dlat)*1e6) / 1e6, math.Round((lon+dlon)*1e6) / 1e6
}
