package rasht

import (
	"math"
	"math/rand/v2"
)

// The world is fixed (built from worldSeed), so every seed describes the same district and
// only the year's incidents change; a report can then say how big the world is.
const worldSeed = 1405

// Rasht's centre; neighbourhood centres below are rough, a few kilometres around it.
const (
	metresPerDegLat = 111_000.0
	metresPerDegLon = 88_300.0 // at 37.28° N
)

type hood struct {
	name    string   // «گلسار»
	aka     []string // other ways people name it
	fing    string   // Finglish, «golsar»
	lat     float64
	lon     float64
	streets []*street
	park    *park
	square  *square
}

type street struct {
	hood   *hood
	kind   string // خیابان, بلوار
	name   string // «سعدی», or "" when numbered
	num    int    // Golsar's numbered avenues; 0 when named
	fing   string
	lat    float64
	lon    float64
	angle  float64 // direction of the street, radians
	alleys []*alley
	marks  []*landmark
}

type alley struct {
	street *street
	parent *alley // set for a dead end inside an alley
	num    int    // 0 when named
	name   string
	dead   bool // بن‌بست
	lat    float64
	lon    float64
	ends   []*alley
	marks  []*landmark
	next   *alley // the neighbouring alley on the same street, for look-alike issues
}

type landmark struct {
	name string // full name as people say it: «مسجد جامع»
	fing string // the kind of place in Finglish: «masjed», «bank»
	// utility is set for landmarks that name another agency («اداره گاز», «پست برق»):
	// a municipal complaint near them must stay municipal.
	utility bool
}

type park struct {
	hood *hood
	name string
	fing string
	lat  float64
	lon  float64
}

type square struct {
	hood *hood
	name string
	fing string
	lat  float64
	lon  float64
}

type world struct {
	hoods   []*hood
	alleys  []*alley // every alley and dead end
	streets []*street
	parks   []*park
	squares []*square
}

type streetSpec struct {
	kind, name, fing string
	num              int
}

type hoodSpec struct {
	name     string
	aka      []string
	fing     string
	lat, lon float64
	streets  []streetSpec
	park     [2]string // name, finglish
	square   [2]string
}

func st(kind, name, fing string) streetSpec { return streetSpec{kind: kind, name: name, fing: fing} }
func avenue(n int) streetSpec               { return streetSpec{kind: "خیابان", num: n} }

var hoodSpecs = []hoodSpec{
	{name: "گلسار", aka: []string{"کوی گلسار", "محله گلسار"}, fing: "golsar", lat: 37.2895, lon: 49.5905,
		streets: []streetSpec{avenue(95), avenue(108), avenue(113), avenue(124), avenue(133), avenue(141), avenue(151), avenue(163),
			st("بلوار", "گیلان", "gilan"), st("بلوار", "سمیه", "somayeh")},
		park: [2]string{"بوستان گلسار", "park golsar"}, square: [2]string{"فلکه گاز", "felake gaz"}},
	{name: "منظریه", aka: []string{"محله منظریه"}, fing: "manzarieh", lat: 37.2990, lon: 49.5870,
		streets: []streetSpec{st("بلوار", "منظریه", "manzarieh"), st("خیابان", "ارشاد", "ershad"), st("خیابان", "نسترن", "nastaran"), st("خیابان", "فرهنگ", "farhang")},
		park:    [2]string{"پارک منظریه", "park manzarieh"}, square: [2]string{"میدان فرهنگ", "meydan farhang"}},
	{name: "پل عراق", aka: []string{"پل‌عراق", "محله پل عراق"}, fing: "pol eragh", lat: 37.2810, lon: 49.5710,
		streets: []streetSpec{st("خیابان", "پل عراق", "pol eragh"), st("خیابان", "تختی", "takhti"), st("خیابان", "شهید رجایی", "rajaei")},
		park:    [2]string{"پارک پل عراق", "park pol eragh"}},
	{name: "سبزه‌میدان", aka: []string{"سبزه میدان", "سبزمیدان"}, fing: "sabze meydan", lat: 37.2790, lon: 49.5880,
		streets: []streetSpec{st("خیابان", "علم‌الهدی", "alamolhoda"), st("خیابان", "سعدی", "saadi"), st("خیابان", "شریعتی", "shariati")},
		park:    [2]string{"پارک شهر", "park shahr"}, square: [2]string{"میدان شهرداری", "meydan shahrdari"}},
	{name: "ساغریسازان", aka: []string{"ساغری‌سازان", "محله ساغریسازان"}, fing: "saghrisazan", lat: 37.2755, lon: 49.5930,
		streets: []streetSpec{st("خیابان", "ساغریسازان", "saghrisazan"), st("خیابان", "کاسه‌فروشان", "kasefurushan"), st("خیابان", "زاهدان", "zahedan")},
		park:    [2]string{"پارک ساغریسازان", "park saghrisazan"}},
	{name: "استادسرا", aka: []string{"استاد سرا"}, fing: "ostadsara", lat: 37.2680, lon: 49.5960,
		streets: []streetSpec{st("خیابان", "استادسرا", "ostadsara"), st("خیابان", "امام خمینی", "emam khomeini"), st("خیابان", "شهید بهشتی", "beheshti")},
		park:    [2]string{"پارک استادسرا", "park ostadsara"}},
	{name: "حمیدیان", aka: []string{"محله حمیدیان"}, fing: "hamidian", lat: 37.2840, lon: 49.6010,
		streets: []streetSpec{st("خیابان", "حمیدیان", "hamidian"), st("خیابان", "سردار جنگل", "sardar jangal"), st("خیابان", "نواب", "navab")},
		park:    [2]string{"بوستان حمیدیان", "park hamidian"}, square: [2]string{"میدان انتظام", "meydan entezam"}},
	{name: "بیستون", aka: []string{"محله بیستون"}, fing: "bisotun", lat: 37.2930, lon: 49.5760,
		streets: []streetSpec{st("خیابان", "بیستون", "bisotun"), st("بلوار", "شهید انصاری", "ansari"), st("خیابان", "شهید چمران", "chamran")},
		park:    [2]string{"پارک قدس", "park ghods"}},
	{name: "معلم", aka: []string{"محله معلم"}, fing: "moallem", lat: 37.2870, lon: 49.5640,
		streets: []streetSpec{st("بلوار", "معلم", "moallem"), st("خیابان", "نامجو", "namjoo"), st("خیابان", "شهید باهنر", "bahonar")},
		park:    [2]string{"پارک معلم", "park moallem"}},
	{name: "آج‌بیشه", aka: []string{"آج بیشه", "اج بیشه"}, fing: "ajbishe", lat: 37.2700, lon: 49.5780,
		streets: []streetSpec{st("خیابان", "آج‌بیشه", "ajbishe"), st("خیابان", "مطهری", "motahari"), st("خیابان", "ابوذر", "abuzar")},
		park:    [2]string{"پارک آج‌بیشه", "park ajbishe"}},
	{name: "چمارسرا", aka: []string{"چمار سرا"}, fing: "chomarsara", lat: 37.2650, lon: 49.5850,
		streets: []streetSpec{st("خیابان", "چمارسرا", "chomarsara"), st("خیابان", "طالقانی", "taleghani"), st("خیابان", "شهید مدنی", "madani")},
		park:    [2]string{"بوستان چمارسرا", "park chomarsara"}},
	{name: "لاکانی", aka: []string{"محله لاکانی"}, fing: "lakani", lat: 37.2795, lon: 49.6050,
		streets: []streetSpec{st("خیابان", "لاکانی", "lakani"), st("خیابان", "حافظ", "hafez"), st("خیابان", "شهید صدوقی", "sadughi")},
		park:    [2]string{"پارک لاکانی", "park lakani"}, square: [2]string{"میدان حشمت", "meydan heshmat"}},
	{name: "ضیابری", aka: []string{"ضیا بری"}, fing: "ziabari", lat: 37.2750, lon: 49.5810,
		streets: []streetSpec{st("خیابان", "ضیابری", "ziabari"), st("خیابان", "پرستار", "parastar"), st("خیابان", "شهید مفتح", "mofatteh")},
		park:    [2]string{"پارک ضیابری", "park ziabari"}},
	{name: "پاستور", aka: []string{"محله پاستور"}, fing: "pasteur", lat: 37.2860, lon: 49.5810,
		streets: []streetSpec{st("خیابان", "پاستور", "pasteur"), st("خیابان", "مولوی", "molavi"), st("خیابان", "شهید نوری", "nuri")},
		park:    [2]string{"پارک پاستور", "park pasteur"}},
	{name: "دانشسرا", aka: []string{"دانش سرا"}, fing: "daneshsara", lat: 37.2725, lon: 49.6010,
		streets: []streetSpec{st("خیابان", "دانشسرا", "daneshsara"), st("خیابان", "شهید مطهری", "motahari"), st("خیابان", "بهار", "bahar")},
		park:    [2]string{"بوستان دانشسرا", "park daneshsara"}},
	{name: "صیقلان", aka: []string{"صیقلان‌ها", "محله صیقلان"}, fing: "seyghalan", lat: 37.2665, lon: 49.6090,
		streets: []streetSpec{st("خیابان", "صیقلان", "seyghalan"), st("بلوار", "قلی‌پور", "gholipour"), st("خیابان", "وحدت", "vahdat")},
		park:    [2]string{"پارک صیقلان", "park seyghalan"}, square: [2]string{"میدان صیقلان", "meydan seyghalan"}},
	{name: "باقرآباد", aka: []string{"باقر آباد"}, fing: "bagherabad", lat: 37.3020, lon: 49.6060,
		streets: []streetSpec{st("خیابان", "باقرآباد", "bagherabad"), st("بلوار", "امام رضا", "emam reza"), st("خیابان", "عدالت", "edalat")},
		park:    [2]string{"پارک باقرآباد", "park bagherabad"}},
	{name: "زرجوب", aka: []string{"پل زرجوب", "محله زرجوب"}, fing: "zarjub", lat: 37.2880, lon: 49.6100,
		streets: []streetSpec{st("خیابان", "زرجوب", "zarjub"), st("خیابان", "ولیعصر", "valiasr"), st("خیابان", "شهدا", "shohada")},
		park:    [2]string{"پارک کنار زرجوب", "park zarjub"}, square: [2]string{"میدان جانبازان", "meydan janbazan"}},
	{name: "رشتیان", aka: []string{"محله رشتیان"}, fing: "rashtian", lat: 37.2600, lon: 49.5720,
		streets: []streetSpec{st("خیابان", "رشتیان", "rashtian"), st("خیابان", "آزادی", "azadi"), st("خیابان", "فجر", "fajr")},
		park:    [2]string{"پارک رشتیان", "park rashtian"}},
}

// alleyNames are the names Iranian alleys commonly carry; a street's named alleys draw
// from them, so the same name recurs in different neighbourhoods as it does in a real city.
var alleyNames = []struct{ fa, fing string }{
	{"یاس", "yas"}, {"نسترن", "nastaran"}, {"لاله", "laleh"}, {"مریم", "maryam"}, {"بنفشه", "banafsheh"},
	{"اقاقیا", "aghaghia"}, {"نرگس", "narges"}, {"ارغوان", "arghavan"}, {"سرو", "sarv"}, {"صنوبر", "senobar"},
	{"فردوسی", "ferdowsi"}, {"حافظ", "hafez"}, {"مولوی", "molavi"}, {"شهید محمدی", "shahid mohammadi"},
	{"شهید رضایی", "shahid rezaei"}, {"شهید حسینی", "shahid hoseini"}, {"شهید کریمی", "shahid karimi"},
	{"ابوذر", "abuzar"}, {"سلمان فارسی", "salman farsi"}, {"مهدیه", "mahdieh"}, {"ایثار", "isar"},
	{"شقایق", "shaghayegh"}, {"نیلوفر", "niloufar"}, {"بهار", "bahar"}, {"صفا", "safa"}, {"وحدت", "vahdat"},
	{"فجر", "fajr"}, {"مهر", "mehr"}, {"پروین", "parvin"}, {"شهید قاسمی", "shahid ghasemi"},
	{"شهید نوری", "shahid nuri"}, {"عدالت", "edalat"}, {"حکیم", "hakim"}, {"زیتون", "zeytun"},
	{"کاج", "kaj"}, {"چنار", "chenar"}, {"شاهد", "shahed"}, {"شهید کاظمی", "shahid kazemi"},
	{"گلستان", "golestan"}, {"شهید جعفری", "shahid jafari"}, {"امیرکبیر", "amirkabir"}, {"رازی", "razi"},
	{"سپیدار", "sepidar"}, {"میخک", "mikhak"}, {"شهید یوسفی", "shahid yousefi"}, {"آفتاب", "aftab"},
}

type markSpec struct {
	kind    string
	names   []string
	fing    string
	utility bool
	weight  int
}

var markSpecs = []markSpec{
	{kind: "مسجد", names: []string{"مسجد جامع", "مسجد صاحب‌الزمان", "مسجد امام حسن", "مسجد المهدی", "مسجد حضرت ابوالفضل", "مسجد امام رضا", "مسجد قدس"}, fing: "masjed", weight: 5},
	{kind: "حسینیه", names: []string{"حسینیه اعظم", "حسینیه ابوالفضلی", "تکیه محله"}, fing: "hoseinie", weight: 2},
	{kind: "مدرسه", names: []string{"دبستان شهید بهشتی", "مدرسه حکیم نظامی", "دبیرستان فرزانگان", "دبستان دخترانه فاطمیه", "مدرسه شهید مطهری", "هنرستان فنی", "دبستان امام علی"}, fing: "madrese", weight: 5},
	{kind: "بانک", names: []string{"بانک ملت", "بانک ملی", "بانک صادرات", "بانک تجارت", "بانک سپه", "بانک رفاه", "بانک مسکن", "بانک کشاورزی"}, fing: "bank", weight: 5},
	{kind: "نانوایی", names: []string{"نانوایی سنگکی", "نانوایی بربری", "نانوایی لواشی", "نانوایی تافتون", "نونوایی"}, fing: "nanvaei", weight: 5},
	{kind: "داروخانه", names: []string{"داروخانه شبانه‌روزی", "داروخانه دکتر رحیمی", "داروخانه دکتر صالحی", "داروخانه سینا"}, fing: "darookhane", weight: 3},
	{kind: "سوپرمارکت", names: []string{"سوپرمارکت رضا", "سوپر گلستان", "هایپر شهروند", "فروشگاه رفاه", "میوه‌فروشی"}, fing: "supermarket", weight: 4},
	{kind: "درمانگاه", names: []string{"درمانگاه شبانه‌روزی", "کلینیک تخصصی", "مرکز بهداشت"}, fing: "darmangah", weight: 2},
	{kind: "بقعه", names: []string{"بقعه آقا سید ابوجعفر", "بقعه خواهر امام", "امامزاده سید ابراهیم"}, fing: "boghe", weight: 1},
	{kind: "پمپ بنزین", names: []string{"پمپ بنزین", "جایگاه سوخت"}, fing: "pomp benzin", weight: 1},
	{kind: "پارکینگ", names: []string{"پارکینگ طبقاتی", "پارکینگ عمومی"}, fing: "parking", weight: 1},
	{kind: "قنادی", names: []string{"قنادی گیلان", "شیرینی‌فروشی", "کبابی", "رستوران"}, fing: "ghanadi", weight: 2},
	// Other agencies' buildings and kit, named only as a place.
	{kind: "اداره", names: []string{"اداره گاز", "اداره برق منطقه", "شرکت آب و فاضلاب", "ساختمان مخابرات", "کلانتری", "اداره پست"}, fing: "edare", utility: true, weight: 2},
	{kind: "تاسیسات", names: []string{"پست برق", "ترانس برق", "تیر برق", "کیوسک مخابرات", "ایستگاه تقلیل فشار گاز"}, fing: "post bargh", utility: true, weight: 2},
}

func buildWorld() *world {
	rng := rand.New(rand.NewPCG(worldSeed, 0x7a5e))
	w := &world{}
	totalMark := 0
	for _, m := range markSpecs {
		totalMark += m.weight
	}
	pickMark := func() *landmark {
		r := rng.IntN(totalMark)
		for _, m := range markSpecs {
			if r < m.weight {
				return &landmark{name: m.names[rng.IntN(len(m.names))], fing: m.fing, utility: m.utility}
			}
			r -= m.weight
		}
		panic("unreachable")
	}
	for _, hs := range hoodSpecs {
		h := &hood{name: hs.name, aka: hs.aka, fing: hs.fing, lat: hs.lat, lon: hs.lon}
		for _, ss := range hs.streets {
			s := &street{hood: h, kind: ss.kind, name: ss.name, num: ss.num, fing: ss.fing}
			s.lat, s.lon = offset(h.lat, h.lon, rng.Float64()*600, rng.Float64()*2*math.Pi)
			s.angle = rng.Float64() * 2 * math.Pi
			nAlleys := 6 + rng.IntN(11)
			numbered := ss.num > 0 || rng.IntN(3) > 0
			var prev *alley
			for i := 1; i <= nAlleys; i++ {
				a := &alley{street: s}
				if numbered {
					a.num = i
				} else {
					a.name = alleyNames[rng.IntN(len(alleyNames))].fa
					for _, o := range s.alleys { // a street does not have two alleys of one name
						if o.name == a.name {
							a.name = ""
							a.num = i
						}
					}
				}
				mouthLat, mouthLon := offset(s.lat, s.lon, float64(i)*55, s.angle)
				a.lat, a.lon = offset(mouthLat, mouthLon, 45, s.angle+math.Pi/2)
				a.dead = rng.IntN(9) == 0
				if rng.IntN(4) == 0 {
					a.marks = append(a.marks, pickMark())
				}
				if !a.dead && rng.IntN(4) == 0 {
					for j := 1; j <= 1+rng.IntN(3); j++ {
						e := &alley{street: s, parent: a, dead: true}
						if rng.IntN(2) == 0 {
							e.num = j
						} else {
							e.name = alleyNames[rng.IntN(len(alleyNames))].fa
						}
						e.lat, e.lon = offset(a.lat, a.lon, 35+float64(j)*20, s.angle+float64(j%2)*math.Pi)
						a.ends = append(a.ends, e)
						w.alleys = append(w.alleys, e)
					}
				}
				if prev != nil {
					prev.next = a
				}
				prev = a
				s.alleys = append(s.alleys, a)
				w.alleys = append(w.alleys, a)
			}
			for range 1 + rng.IntN(3) {
				s.marks = append(s.marks, pickMark())
			}
			h.streets = append(h.streets, s)
			w.streets = append(w.streets, s)
		}
		h.park = &park{hood: h, name: hs.park[0], fing: hs.park[1]}
		h.park.lat, h.park.lon = offset(h.lat, h.lon, 250, rng.Float64()*2*math.Pi)
		w.parks = append(w.parks, h.park)
		if hs.square[0] != "" {
			h.square = &square{hood: h, name: hs.square[0], fing: hs.square[1]}
			h.square.lat, h.square.lon = offset(h.lat, h.lon, 400, rng.Float64()*2*math.Pi)
			w.squares = append(w.squares, h.square)
		}
		w.hoods = append(w.hoods, h)
	}
	return w
}

// offset moves a point d metres in direction angle (0 = north).
func offset(lat, lon, d, angle float64) (float64, float64) {
	return lat + d*math.Cos(angle)/metresPerDegLat, lon + d*math.Sin(angle)/metresPerDegLon
}
