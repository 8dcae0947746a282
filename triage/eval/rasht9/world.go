package rasht9

import (
	"math"
	"math/rand/v2"
)

// The district is built once per seed: neighbourhoods, their streets, the alleys and dead
// ends off each street, and the landmarks people name instead of an address. Coordinates
// are laid out so that neighbouring alleys are 60-100 m apart, as in Golsar.

type neighbourhood struct {
	name     string   // as written on an official address
	variants []string // how callers write it
	finglish string
	lat, lon float64
	streets  []*street
	parks    []*landmark
}

type street struct {
	hood     *neighbourhood
	kind     string // خیابان, بلوار, میدان, جاده
	name     string // a name, or digits for Golsar's numbered avenues
	num      int    // >0 for a numbered avenue
	finglish string
	lat, lon float64
	bearing  float64 // radians
	alleys   []*alley
	marks    []*landmark
}

type alley struct {
	st       *street
	num      int    // >0 for a numbered alley
	name     string // for a named alley
	deadEnd  bool
	lat, lon float64
	subs     []*alley // dead ends off this alley
	parent   *alley
	mark     *landmark // a landmark at its mouth, if any
}

type landmark struct {
	kind     string // مسجد, مدرسه, ...
	name     string // full name as people say it
	finglish string
	lat, lon float64
	st       *street
	near     *alley
	agency   string // non-empty when the landmark is another agency's building
}

type world struct {
	hoods   []*neighbourhood
	streets []*street
	alleys  []*alley // every alley and dead end
	marks   []*landmark
	parks   []*landmark
}

const (
	mPerLat = 111_000.0
	mPerLon = 88_300.0 // at 37.28°N
)

func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/mPerLat, lon + east/mPerLon
}

type hoodSpec struct {
	name, finglish string
	variants       []string
	north, east    float64 // metres from the district's centre
	streets        []streetSpec
}

type streetSpec struct {
	kind, name, finglish string
	num                  int
}

// Rasht's district 3 as a caller knows it. Golsar's avenues are numbered; the older
// quarters have named streets. Not a survey: a plausible district.
var hoodSpecs = []hoodSpec{
	{"گلسار", "golsar", []string{"گلسار", "گلسار", "گلسار", "محله گلسار", "golsar"}, 900, -600, []streetSpec{
		{"خیابان", "۹۵", "95", 95}, {"خیابان", "۱۰۷", "107", 107}, {"خیابان", "۱۱۷", "117", 117},
		{"خیابان", "۱۲۴", "124", 124}, {"خیابان", "۱۳۲", "132", 132}, {"خیابان", "۱۴۱", "141", 141},
		{"خیابان", "۱۶۳", "163", 163}, {"خیابان", "۱۸۱", "181", 181},
		{"بلوار", "گیلان", "gilan", 0}, {"بلوار", "سمیه", "somayeh", 0},
	}},
	{"منظریه", "manzarieh", []string{"منظریه", "منظریه", "منظریّه", "کوی منظریه"}, 300, 900, []streetSpec{
		{"خیابان", "منظریه", "manzarieh", 0}, {"خیابان", "شهید رجایی", "rajaei", 0}, {"خیابان", "ارشاد", "ershad", 0},
	}},
	{"بیستون", "bisotun", []string{"بیستون", "بیستون", "خیابان بیستون"}, 1400, 200, []streetSpec{
		{"خیابان", "بیستون", "bisotun", 0}, {"خیابان", "شهید انصاری", "ansari", 0},
	}},
	{"طالقانی", "taleghani", []string{"طالقانی", "خیابان طالقانی"}, -900, 300, []streetSpec{
		{"خیابان", "طالقانی", "taleghani", 0}, {"خیابان", "علم‌الهدی", "alamolhoda", 0}, {"خیابان", "اعلم‌السلطنه", "aalamosaltaneh", 0},
	}},
	{"لاکانی", "lakani", []string{"لاکانی", "خیابان لاکانی"}, -400, -300, []streetSpec{
		{"خیابان", "لاکانی", "lakani", 0}, {"خیابان", "تختی", "takhti", 0},
	}},
	{"سبزه‌میدان", "sabze meydan", []string{"سبزه‌میدان", "سبزه میدان", "سبزمیدان", "سبزه‌میدون"}, -1200, -100, []streetSpec{
		{"میدان", "سبزه‌میدان", "sabze meydan", 0}, {"خیابان", "سعدی", "saadi", 0}, {"خیابان", "امام خمینی", "emam", 0},
	}},
	{"مطهری", "motahari", []string{"مطهری", "خیابان مطهری", "خ مطهری"}, -600, -1100, []streetSpec{
		{"خیابان", "مطهری", "motahari", 0}, {"خیابان", "شریعتی", "shariati", 0},
	}},
	{"ضیابری", "ziabari", []string{"ضیابری", "خیابان ضیابری", "ضیابر"}, -1500, 800, []streetSpec{
		{"خیابان", "ضیابری", "ziabari", 0}, {"خیابان", "حاجی‌آباد", "hajiabad", 0},
	}},
	{"شهرک قدس", "shahrak ghods", []string{"شهرک قدس", "شهرک‌قدس", "قدس", "شهرک قدس رشت"}, 2100, -1500, []streetSpec{
		{"بلوار", "قدس", "ghods", 0}, {"خیابان", "فاز یک", "faz 1", 0}, {"خیابان", "فاز دو", "faz 2", 0},
	}},
	{"پیربازار", "pirbazar", []string{"جاده پیربازار", "پیربازار", "جاده پیر بازار"}, 2800, 600, []streetSpec{
		{"جاده", "پیربازار", "pirbazar", 0}, {"خیابان", "صفا", "safa", 0},
	}},
	{"استادسرا", "ostadsara", []string{"استادسرا", "استاد سرا"}, 500, 1800, []streetSpec{
		{"خیابان", "استادسرا", "ostadsara", 0}, {"خیابان", "نامجو", "namjoo", 0},
	}},
	{"معلم", "moallem", []string{"معلم", "بلوار معلم", "خیابان معلم"}, 1700, 1400, []streetSpec{
		{"بلوار", "معلم", "moallem", 0}, {"خیابان", "دیلمان", "deylaman", 0},
	}},
}

var alleyNames = []string{"لاله", "یاس", "نسترن", "شقایق", "بهار", "نرگس", "ارغوان", "صنوبر",
	"شهید حسینی", "شهید رضایی", "شهید باقری", "امید", "سعادت", "گلستان", "پروانه", "مریم",
	"بنفشه", "شبنم", "آزادی", "وحدت", "نیلوفر", "سرو", "افرا", "توسکا", "کاج", "مهتاب", "سپیده"}

var deadEndNames = []string{"یاس", "اول", "دوم", "مهر", "ناز", "گلها", "شهید عباسی", "آرامش"}

type markSpec struct {
	kind   string
	names  []string
	agency string
}

var markSpecs = []markSpec{
	{"مسجد", []string{"مسجد امام رضا", "مسجد جامع", "مسجد المهدی", "مسجد ابوالفضل", "مسجد صاحب‌الزمان", "مسجد قائم", "مسجد حضرت رسول"}, ""},
	{"مدرسه", []string{"دبستان شهید بهشتی", "مدرسه فرهنگ", "دبیرستان دخترانه فاطمیه", "مدرسه امام علی", "هنرستان شهید چمران", "دبستان پروین اعتصامی"}, ""},
	{"بانک", []string{"بانک ملت", "بانک ملی", "بانک صادرات", "بانک سپه", "بانک رفاه", "بانک مسکن"}, ""},
	{"نانوایی", []string{"نانوایی سنگکی", "نانوایی بربری", "نانوایی حسینی", "نانوایی لواشی", "نانوایی تافتون"}, ""},
	{"داروخانه", []string{"داروخانه دکتر صالحی", "داروخانه شبانه‌روزی", "داروخانه دکتر پورمحمد", "داروخانه رازی"}, ""},
	{"امامزاده", []string{"بقعه آقا سید ابوجعفر", "امامزاده سید ابراهیم", "بقعه سید محمد"}, ""},
	{"فروشگاه", []string{"سوپرمارکت کاظمی", "هایپر شهروند", "میوه‌فروشی برادران", "قصابی رحیمی", "لبنیاتی گیلان"}, ""},
	{"درمانگاه", []string{"درمانگاه شبانه‌روزی", "کلینیک دندانپزشکی", "مطب دکتر نیکو"}, ""},
	{"پست برق", []string{"پست برق"}, "power"},
	{"مخابرات", []string{"مخابرات", "ساختمان مخابرات"}, "telecom"},
	{"کلانتری", []string{"کلانتری ۱۲", "کلانتری ۱۴"}, "police"},
	{"اداره گاز", []string{"اداره گاز"}, "gas"},
	{"آبفا", []string{"اداره آب و فاضلاب", "آبفای منطقه دو"}, "water"},
}

var parkNames = []string{"پارک لاله", "پارک محله", "بوستان بانوان", "پارک ملت", "بوستان گلها", "پارک کودک",
	"پارک شقایق", "بوستان قدس", "پارک سبز", "بوستان ارم"}

func buildWorld(r *rand.Rand) *world {
	w := &world{}
	const lat0, lon0 = 37.2880, 49.5930
	usedPark := map[string]bool{}
	for _, hs := range hoodSpecs {
		h := &neighbourhood{name: hs.name, variants: hs.variants, finglish: hs.finglish}
		// Names are unique within a quarter, so that «کوچه لاله، گلسار» is one alley.
		usedAlley, usedMark := map[string]bool{}, map[string]bool{}
		h.lat, h.lon = offset(lat0, lon0, hs.north, hs.east)
		for i, ss := range hs.streets {
			s := &street{hood: h, kind: ss.kind, name: ss.name, num: ss.num, finglish: ss.finglish}
			// Streets of one quarter run side by side ~250 m apart.
			s.bearing = r.Float64() * math.Pi
			s.lat, s.lon = offset(h.lat, h.lon, float64(i-len(hs.streets)/2)*250, r.Float64()*200-100)
			n := 6 + r.IntN(12)
			if ss.kind == "میدان" {
				n = 3
			}
			named := r.IntN(3) == 0 && ss.num == 0
			for k := 0; k < n; k++ {
				a := &alley{st: s}
				if named {
					a.name = pickUnique(r, alleyNames, usedAlley)
				}
				if a.name == "" {
					a.num = 2*k + 1 + r.IntN(2) // odd on one side, even on the other
					if k > 0 && a.num <= s.alleys[k-1].num {
						a.num = s.alleys[k-1].num + 1
					}
				}
				along := float64(k)*80 + r.Float64()*20
				side := 50.0
				if k%2 == 1 {
					side = -50
				}
				a.lat, a.lon = offset(s.lat, s.lon, along*math.Cos(s.bearing)+side*math.Sin(s.bearing), along*math.Sin(s.bearing)-side*math.Cos(s.bearing))
				s.alleys = append(s.alleys, a)
				w.alleys = append(w.alleys, a)
				usedDead := map[string]bool{}
				for d, nd := 0, r.IntN(3); d < nd; d++ {
					if r.IntN(2) == 0 {
						continue
					}
					de := &alley{st: s, deadEnd: true, parent: a}
					if r.IntN(3) == 0 {
						de.name = pickUnique(r, deadEndNames, usedDead)
					}
					if de.name == "" {
						de.num = d + 1
					}
					de.lat, de.lon = offset(a.lat, a.lon, 40+r.Float64()*30, 40*float64(2*d-1))
					a.subs = append(a.subs, de)
					w.alleys = append(w.alleys, de)
				}
			}
			// Two to four landmarks along the street, at the mouth of an alley.
			for m := 0; m < 2+r.IntN(3); m++ {
				ms := markSpecs[r.IntN(len(markSpecs))]
				if ms.agency != "" && r.IntN(2) == 0 {
					ms = markSpecs[r.IntN(8)]
				}
				a := s.alleys[r.IntN(len(s.alleys))]
				name := pickUnique(r, ms.names, usedMark)
				if name == "" {
					continue
				}
				lm := &landmark{kind: ms.kind, name: name, st: s, near: a, agency: ms.agency}
				lm.lat, lm.lon = offset(a.lat, a.lon, r.Float64()*30-15, r.Float64()*30-15)
				if a.mark == nil {
					a.mark = lm
				}
				s.marks = append(s.marks, lm)
				w.marks = append(w.marks, lm)
			}
			w.streets = append(w.streets, s)
			h.streets = append(h.streets, s)
		}
		for p := 0; p < 1+r.IntN(2); p++ {
			s := h.streets[r.IntN(len(h.streets))]
			a := s.alleys[r.IntN(len(s.alleys))]
			name := pickUnique(r, parkNames, usedPark)
			if name == "" {
				continue
			}
			pk := &landmark{kind: "پارک", name: name, st: s, near: a}
			pk.lat, pk.lon = offset(a.lat, a.lon, 60, 60)
			h.parks = append(h.parks, pk)
			w.parks = append(w.parks, pk)
		}
		w.hoods = append(w.hoods, h)
	}
	return w
}

// pickUnique draws a name not yet in used, or "" when none is left after a few tries.
func pickUnique(r *rand.Rand, names []string, used map[string]bool) string {
	for i := 0; i < 12; i++ {
		n := names[r.IntN(len(names))]
		if !used[n] {
			used[n] = true
			return n
		}
	}
	return ""
}
