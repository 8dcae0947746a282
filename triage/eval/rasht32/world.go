package rasht32

import (
	"math"
	"math/rand/v2"
)

// street is a street, boulevard or lane of the district; its alleys are numbered or named.
type street struct {
	name    string // without the «خیابان» prefix
	latin   string // as Finglish writers spell it
	kind    string // خیابان، بلوار، کوچه
	hood    string
	lat     float64
	lon     float64
	bearing float64  // direction the street runs, radians from north
	length  float64  // metres
	alleys  []int    // numbered alleys
	named   []string // named alleys, «شهید ...» etc.
	marks   []string // landmarks on it: «نانوایی بربری»، «مدرسه ...»
}

// place is one spot: a street block, an alley or a landmark, with its true centre.
type place struct {
	st       *street
	alleyNo  int    // 0 when not in a numbered alley
	alleyNm  string // named alley, "" when none
	mark     string // landmark, "" when none
	block    int    // ≈150 m block of the street, for a spot that is neither alley nor landmark
	plate    int
	lat, lon float64
}

// neighbourhoods of district 1 and their streets. Coordinates are approximate centres;
// what matters is that spots are metres or hundreds of metres apart as they would be.
func buildWorld() []*street {
	s := func(hood, kind, name string, lat, lon, bearingDeg, length float64, alleys []int, named, marks []string) *street {
		return &street{name: name, kind: kind, hood: hood, lat: lat, lon: lon, bearing: bearingDeg * math.Pi / 180,
			length: length, alleys: alleys, named: named, marks: marks}
	}
	seq := func(from, to int) []int {
		var a []int
		for i := from; i <= to; i++ {
			a = append(a, i)
		}
		return a
	}
	latin := map[string]string{"استادسرا": "ostadsara", "شهید حسن‌زاده": "hasanzade", "پیرسرا": "pirsara",
		"چمارسرا": "chomarsara", "ضیابری": "ziabari", "سعدی": "saadi", "لاکانی": "lakani", "بیستون": "bistoon",
		"خمیران": "khomeyran", "پل عراق": "pole eragh", "مطهری": "motahari", "شهید انصاری": "ansari",
		"آتشگاه": "atashgah", "شهید بهشتی": "beheshti"}
	streets := []*street{
		s("استادسرا", "خیابان", "استادسرا", 37.2862, 49.5821, 20, 1100, seq(1, 24), []string{"شهید رحمانی", "شهید کاظمی", "بوستان"},
			[]string{"مسجد استادسرا", "نانوایی سنگکی", "دبستان پروین اعتصامی", "بانک ملی"}),
		s("استادسرا", "کوچه", "شهید حسن‌زاده", 37.2871, 49.5839, 110, 350, nil, nil, []string{"پارک محله"}),
		s("پیرسرا", "خیابان", "پیرسرا", 37.2831, 49.5762, 160, 900, seq(1, 18), []string{"گلستان", "شهید نوری"},
			[]string{"امامزاده", "سوپرمارکت", "مدرسه شاهد", "داروخانه"}),
		s("چمارسرا", "خیابان", "چمارسرا", 37.2897, 49.5868, 60, 800, seq(1, 15), []string{"لاله", "شهید صفری"},
			[]string{"مسجد جامع", "نانوایی لواشی", "پارک چمارسرا"}),
		s("ضیابری", "خیابان", "ضیابری", 37.2808, 49.5897, 0, 1400, seq(1, 30), []string{"شهید غفاری", "نسترن", "یاس"},
			[]string{"بانک ملت", "هنرستان", "بیمارستان", "ایستگاه تاکسی", "پمپ بنزین"}),
		s("سعدی", "خیابان", "سعدی", 37.2776, 49.5851, 90, 1200, seq(1, 36), []string{"ارشاد", "صبا", "شهید بهشتی"},
			[]string{"دبیرستان فرزانگان", "بانک صادرات", "نانوایی بربری", "مسجد", "پارک سعدی"}),
		s("لاکانی", "خیابان", "لاکانی", 37.2792, 49.5948, 30, 1000, seq(1, 20), []string{"شهید اکبری"},
			[]string{"مدرسه", "بانک تجارت", "میوه‌فروشی"}),
		s("بیستون", "خیابان", "بیستون", 37.2842, 49.5965, 100, 900, seq(1, 22), []string{"فرهنگ", "شقایق"},
			[]string{"پارک بیستون", "نانوایی", "مسجد صاحب‌الزمان"}),
		s("خمیران", "خیابان", "خمیران", 37.2916, 49.5911, 140, 700, seq(1, 14), []string{"شهید رضایی"},
			[]string{"مدرسه", "حسینیه"}),
		s("پل عراق", "خیابان", "پل عراق", 37.2754, 49.5797, 50, 800, seq(1, 16), []string{"شهید فلاح"},
			[]string{"پل", "سبزی‌فروشی", "بانک سپه"}),
		s("سبزه‌میدان", "خیابان", "مطهری", 37.2781, 49.5906, 170, 900, seq(1, 12), nil,
			[]string{"بانک ملی", "پاساژ", "ایستگاه اتوبوس"}),
		s("شهید انصاری", "بلوار", "شهید انصاری", 37.2925, 49.5992, 40, 1600, seq(1, 20), []string{"گلها", "شهید منصوری"},
			[]string{"پمپ بنزین", "بانک پاسارگاد", "هایپرمارکت", "ایستگاه اتوبوس"}),
		s("آتشگاه", "خیابان", "آتشگاه", 37.2877, 49.5752, 80, 700, seq(1, 12), []string{"شهید یوسفی"},
			[]string{"مسجد", "نانوایی", "دبستان"}),
		s("شهید بهشتی", "خیابان", "شهید بهشتی", 37.2829, 49.5917, 130, 800, seq(1, 18), nil,
			[]string{"بانک رفاه", "کلانتری", "داروخانه شبانه‌روزی"}),
	}
	for _, st := range streets {
		st.latin = latin[st.name]
	}
	return streets
}

// at returns the point d metres along the street from its centre (negative is the other way).
func (s *street) at(d float64) (float64, float64) {
	dn := d * math.Cos(s.bearing)
	de := d * math.Sin(s.bearing)
	return s.lat + dn/111320, s.lon + de/(111320*math.Cos(s.lat*math.Pi/180))
}

// randomPlace picks one spot on the street: mostly an alley, else a block or landmark.
func randomPlace(r *rand.Rand, s *street) place {
	p := place{st: s, plate: 0}
	along := (r.Float64() - 0.5) * s.length
	switch x := r.Float64(); {
	case len(s.alleys) > 0 && x < 0.55:
		i := r.IntN(len(s.alleys))
		p.alleyNo = s.alleys[i]
		along = (float64(i)/float64(len(s.alleys)) - 0.5) * s.length
	case len(s.named) > 0 && x < 0.70:
		p.alleyNm = s.named[r.IntN(len(s.named))]
	case len(s.marks) > 0 && x < 0.88:
		p.mark = s.marks[r.IntN(len(s.marks))]
	}
	p.lat, p.lon = s.at(along)
	if p.alleyNo == 0 && p.alleyNm == "" && p.mark == "" {
		p.block = int((along + s.length/2) / 150)
	}
	if p.alleyNo > 0 || p.alleyNm != "" {
		in := 40 + r.Float64()*160
		side := 1.0
		if r.IntN(2) == 0 {
			side = -1
		}
		dn := side * in * math.Cos(s.bearing+math.Pi/2)
		de := side * in * math.Sin(s.bearing+math.Pi/2)
		p.lat += dn / 111320
		p.lon += de / (111320 * math.Cos(p.lat*math.Pi/180))
	}
	if r.Float64() < 0.5 {
		p.plate = 1 + r.IntN(60)
	}
	return p
}

// jitter moves a point by a distance drawn between lo and hi metres in a random direction.
func jitter(r *rand.Rand, lat, lon, lo, hi float64) (float64, float64) {
	d := lo + r.Float64()*(hi-lo)
	a := r.Float64() * 2 * math.Pi
	return lat + d*math.Cos(a)/111320, lon + d*math.Sin(a)/(111320*math.Cos(lat*math.Pi/180))
}

func samePlace(a, b place) bool {
	return a.st == b.st && a.alleyNo == b.alleyNo && a.alleyNm == b.alleyNm && a.mark == b.mark && a.block == b.block
}
