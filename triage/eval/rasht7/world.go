package rasht7

import (
	"math"
	"math/rand/v2"
)

// The world is the same for every seed (built from worldSeed), so that two seeds give two
// different years of the same district, as a clerk would see them.
const worldSeed = 137

type hood struct {
	name  string
	other []string // how people also call it
	fing  string
	lat   float64
	lon   float64
	sts   []*street
	parks []*park
}

type street struct {
	hood *hood
	kind string // «خیابان», «بلوار», «میدان»
	name string // a name, or the number for Golsar's numbered streets
	num  int
	old  string // the name older people still use, «» if none
	fing string
	// alleys along the street; a numbered street has numbered alleys, others named ones
	alleys []*alley
	marks  []string // landmarks on the street
	lat    float64
	lon    float64
	angle  float64
	length float64 // metres
}

type alley struct {
	st      *street
	num     int
	name    string
	fing    string
	deadEnd bool
	lat     float64
	lon     float64
}

type park struct {
	hood *hood
	name string
	fing string
	lat  float64
	lon  float64
}

type streetSpec struct {
	kind, name, old, fing string
	num                   int
	alleys                int // how many alleys
	named                 bool
}

type hoodSpec struct {
	name  string
	other []string
	fing  string
	dn    float64 // metres north of the city centre
	de    float64 // metres east
	sts   []streetSpec
	parks [][2]string
}

// Rasht's centre (Shahrdari square) and the metres-per-degree there.
const (
	centreLat = 37.2790
	centreLon = 49.5830
	mPerLat   = 111_000.0
)

var mPerLon = 111_000.0 * math.Cos(centreLat*math.Pi/180)

func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/mPerLat, lon + east/mPerLon
}

var hoodSpecs = []hoodSpec{
	{name: "گلسار", fing: "golsar", dn: 2300, de: -300, sts: []streetSpec{
		{kind: "بلوار", name: "گلسار", fing: "bolvar golsar", alleys: 0},
		{kind: "بلوار", name: "دیلمان", fing: "bolvar deylaman", alleys: 0},
		{kind: "خیابان", name: "۶۲", num: 62, fing: "62", alleys: 10},
		{kind: "خیابان", name: "۷۵", num: 75, fing: "75", alleys: 12},
		{kind: "خیابان", name: "۹۵", num: 95, fing: "95", alleys: 14},
		{kind: "خیابان", name: "۱۰۸", num: 108, fing: "108", alleys: 12},
		{kind: "خیابان", name: "۱۲۴", num: 124, fing: "124", alleys: 16},
		{kind: "خیابان", name: "۱۳۲", num: 132, fing: "132", alleys: 10},
		{kind: "خیابان", name: "۱۴۱", num: 141, fing: "141", alleys: 9},
		{kind: "خیابان", name: "۱۶۴", num: 164, fing: "164", alleys: 8},
	}, parks: [][2]string{{"پارک گلسار", "park golsar"}}},
	{name: "معلم", other: []string{"بلوار معلم", "کوی معلم"}, fing: "moallem", dn: 1500, de: -1800, sts: []streetSpec{
		{kind: "بلوار", name: "معلم", fing: "bolvar moallem", alleys: 0},
		{kind: "خیابان", name: "شهید مفتح", old: "خیابان شاهپور", fing: "mofatteh", alleys: 7, named: true},
		{kind: "خیابان", name: "بهار", fing: "bahar", alleys: 6, named: true},
		{kind: "خیابان", name: "فرهنگیان", fing: "farhangian", alleys: 9},
	}, parks: [][2]string{{"پارک معلم", "park moallem"}}},
	{name: "منظریه", fing: "manzarieh", dn: 700, de: 1500, sts: []streetSpec{
		{kind: "خیابان", name: "منظریه", fing: "manzarieh", alleys: 11},
		{kind: "خیابان", name: "شهید نامجو", fing: "namjoo", alleys: 6, named: true},
		{kind: "خیابان", name: "ابریشم", fing: "abrisham", alleys: 5, named: true},
	}},
	{name: "ضیابری", fing: "ziabari", dn: -200, de: 500, sts: []streetSpec{
		{kind: "خیابان", name: "ضیابری", fing: "ziabari", alleys: 14},
		{kind: "خیابان", name: "شهید انصاری", old: "جاده پیربازار", fing: "ansari", alleys: 8, named: true},
	}},
	{name: "استادسرا", fing: "ostadsara", dn: 400, de: 1000, sts: []streetSpec{
		{kind: "خیابان", name: "استادسرا", fing: "ostadsara", alleys: 12},
		{kind: "خیابان", name: "سردار جنگل", old: "خیابان ثریا", fing: "sardar jangal", alleys: 7, named: true},
	}},
	{name: "حمیدیان", fing: "hamidian", dn: -1500, de: 600, sts: []streetSpec{
		{kind: "خیابان", name: "حمیدیان", fing: "hamidian", alleys: 13},
		{kind: "خیابان", name: "شهید بهشتی", old: "خیابان پهلوی", fing: "beheshti", alleys: 8, named: true},
		{kind: "خیابان", name: "ارشاد", fing: "ershad", alleys: 5, named: true},
	}},
	{name: "بیستون", fing: "bistoon", dn: -900, de: 2000, sts: []streetSpec{
		{kind: "خیابان", name: "بیستون", fing: "bistoon", alleys: 12},
		{kind: "خیابان", name: "شهید چمران", fing: "chamran", alleys: 6, named: true},
	}},
	{name: "لاکان", other: []string{"لاکانی"}, fing: "lakan", dn: -300, de: -300, sts: []streetSpec{
		{kind: "خیابان", name: "لاکانی", old: "خیابان شاه", fing: "lakani", alleys: 9, named: true},
		{kind: "خیابان", name: "تختی", fing: "takhti", alleys: 8},
	}},
	{name: "سبزه‌میدان", other: []string{"سبزه میدان"}, fing: "sabze meydan", dn: 100, de: 300, sts: []streetSpec{
		{kind: "خیابان", name: "سعدی", fing: "saadi", alleys: 7, named: true},
		{kind: "خیابان", name: "علم‌الهدی", fing: "alamolhoda", alleys: 6, named: true},
		{kind: "میدان", name: "شهرداری", fing: "meydan shahrdari", alleys: 0},
	}, parks: [][2]string{{"باغ محتشم", "bagh mohtasham"}}},
	{name: "زرجوب", fing: "zarjoob", dn: 300, de: 900, sts: []streetSpec{
		{kind: "خیابان", name: "زرجوب", fing: "zarjoob", alleys: 10},
		{kind: "خیابان", name: "کنار رودخانه", fing: "kenar roodkhoone", alleys: 4, named: true},
	}},
	{name: "پل عراق", fing: "pol eragh", dn: -1000, de: -900, sts: []streetSpec{
		{kind: "خیابان", name: "پل عراق", fing: "pol eragh", alleys: 11},
		{kind: "خیابان", name: "حاجی‌آباد", old: "خیابان حاجی‌آباد قدیم", fing: "hajiabad", alleys: 6, named: true},
	}},
	{name: "چمارسرا", fing: "chomarsara", dn: -2000, de: -1300, sts: []streetSpec{
		{kind: "خیابان", name: "چمارسرا", fing: "chomarsara", alleys: 10},
		{kind: "خیابان", name: "شهید صدوقی", fing: "saduqi", alleys: 5, named: true},
	}},
	{name: "آج‌بیشه", other: []string{"آج بیشه"}, fing: "ajbishe", dn: 1900, de: 2500, sts: []streetSpec{
		{kind: "خیابان", name: "آج‌بیشه", fing: "ajbishe", alleys: 9},
		{kind: "خیابان", name: "گلباغ نماز", fing: "golbagh namaz", alleys: 6, named: true},
	}, parks: [][2]string{{"پارک محله آج‌بیشه", "park ajbishe"}}},
	{name: "فخرآباد", fing: "fakhrabad", dn: -500, de: -1600, sts: []streetSpec{
		{kind: "خیابان", name: "فخرآباد", fing: "fakhrabad", alleys: 9},
		{kind: "خیابان", name: "شهید رجایی", old: "خیابان مخابرات", fing: "rajaei", alleys: 5, named: true},
	}},
	{name: "خمیران", fing: "khomeyran", dn: 200, de: -2300, sts: []streetSpec{
		{kind: "خیابان", name: "خمیران", fing: "khomeyran", alleys: 8},
		{kind: "خیابان", name: "پاسکیاب", fing: "paskiab", alleys: 6, named: true},
	}},
	{name: "کوی فرهنگ", other: []string{"فرهنگ"}, fing: "kooye farhang", dn: 1200, de: 2800, sts: []streetSpec{
		{kind: "خیابان", name: "فرهنگ", fing: "farhang", alleys: 8},
		{kind: "بلوار", name: "شهید افتخاری", fing: "eftekhari", alleys: 0},
	}, parks: [][2]string{{"پارک کوی فرهنگ", "park farhang"}}},
}

// alleyNames are the names of named alleys; the Finglish is how a young caller types them.
var alleyNames = [][2]string{
	{"یاس", "yas"}, {"نسترن", "nastaran"}, {"لاله", "laleh"}, {"گلستان", "golestan"},
	{"شقایق", "shaghayegh"}, {"سرو", "sarv"}, {"صنوبر", "senobar"}, {"ارغوان", "arghavan"},
	{"نرگس", "narges"}, {"شهید رضایی", "shahid rezaei"}, {"شهید حسین‌پور", "shahid hoseinpour"},
	{"شهید نوری", "shahid noori"}, {"شهید کریمی", "shahid karimi"}, {"شهید پورعلی", "shahid poorali"},
	{"عدالت", "edalat"}, {"بوستان", "boostan"}, {"دانش", "danesh"}, {"امید", "omid"},
	{"میلاد", "milad"}, {"چای‌کاران", "chaikaran"}, {"برنجکاران", "berenjkaran"},
	{"صیادان", "sayyadan"}, {"نارنج", "narenj"}, {"میرزا کوچک خان", "mirza koochak khan"},
	{"طالبی", "talebi"}, {"کاسه‌فروشان", "kaseforushan"}, {"حکیم", "hakim"}, {"افرا", "afra"},
	{"شمشاد", "shemshad"}, {"توسکا", "tooska"}, {"آزادگان", "azadegan"}, {"ولیعصر", "valiasr"},
	{"شهید بابایی", "shahid babaei"}, {"شهید قلی‌پور", "shahid gholipour"}, {"مهر", "mehr"},
	{"رازی", "razi"}, {"سپیدار", "sepidar"}, {"پونه", "pooneh"},
}

// landmarkPool: what people name to say where they are. Some carry another agency's word
// («اداره برق», «کلانتری») only as a landmark: the request is still the municipality's.
var landmarkPool = []string{
	"مسجد جامع محله", "مسجد امام حسن", "مسجد صاحب‌الزمان", "حسینیه ابوالفضل", "بقعه آقا سید محمد",
	"امامزاده سید ابراهیم", "دبستان شهید بهشتی", "مدرسه دخترانه فرزانگان", "هنرستان فنی",
	"بانک ملت", "بانک صادرات", "بانک ملی", "بانک تجارت", "پست بانک", "نانوایی بربری",
	"نانوایی سنگکی", "نانوایی لواش", "داروخانه دکتر صفری", "داروخانه شبانه‌روزی", "سوپرمارکت رفاه",
	"میوه‌فروشی", "کلینیک شفا", "درمانگاه", "آتش‌نشانی", "پمپ بنزین", "اداره برق",
	"کلانتری ۱۲", "دفتر مخابرات", "اداره گاز", "پست برق", "ایستگاه اتوبوس", "مهدکودک گل‌ها",
	"قنادی", "آرایشگاه", "تالار پذیرایی", "بیمارستان", "پاساژ", "رستوران", "کافی‌نت", "باشگاه ورزشی",
}

type world struct {
	hoods []*hood
	sts   []*street
	als   []*alley
	parks []*park
}

func buildWorld() *world {
	rng := rand.New(rand.NewPCG(worldSeed, worldSeed))
	w := &world{}
	for _, hs := range hoodSpecs {
		hlat, hlon := offset(centreLat, centreLon, hs.dn, hs.de)
		h := &hood{name: hs.name, other: hs.other, fing: hs.fing, lat: hlat, lon: hlon}
		w.hoods = append(w.hoods, h)
		for i, ss := range hs.sts {
			// streets fan out from the neighbourhood centre
			ang := float64(i)*1.1 + rng.Float64()*0.5
			r := 150 + rng.Float64()*350
			slat, slon := offset(hlat, hlon, r*math.Sin(ang), r*math.Cos(ang))
			st := &street{hood: h, kind: ss.kind, name: ss.name, num: ss.num, old: ss.old, fing: ss.fing,
				lat: slat, lon: slon, angle: rng.Float64() * math.Pi, length: 300 + float64(ss.alleys)*60}
			nm := 3 + rng.IntN(3)
			for _, k := range rng.Perm(len(landmarkPool))[:nm] {
				st.marks = append(st.marks, landmarkPool[k])
			}
			names := rng.Perm(len(alleyNames))
			for a := 1; a <= ss.alleys; a++ {
				d := float64(a) * 55
				side := 25.0
				if a%2 == 0 {
					side = -25
				}
				alat, alon := offset(slat, slon, d*math.Sin(st.angle)+side*math.Cos(st.angle), d*math.Cos(st.angle)-side*math.Sin(st.angle))
				al := &alley{st: st, lat: alat, lon: alon, deadEnd: rng.IntN(6) == 0}
				if ss.named {
					al.name, al.fing = alleyNames[names[a-1]][0], alleyNames[names[a-1]][1]
				} else {
					al.num = a
					// a few numbered alleys also carry a name on their sign
					if rng.IntN(8) == 0 {
						al.name, al.fing = alleyNames[names[a-1]][0], alleyNames[names[a-1]][1]
					}
				}
				st.alleys = append(st.alleys, al)
				w.als = append(w.als, al)
			}
			h.sts = append(h.sts, st)
			w.sts = append(w.sts, st)
		}
		for _, p := range hs.parks {
			plat, plon := offset(hlat, hlon, -200+rng.Float64()*400, -200+rng.Float64()*400)
			pk := &park{hood: h, name: p[0], fing: p[1], lat: plat, lon: plon}
			h.parks = append(h.parks, pk)
			w.parks = append(w.parks, pk)
		}
	}
	return w
}

// place is where a problem is: an alley, a spot on a street (by a landmark), a square or a
// park. Two issues at the same place differ by problem or by episode.
type place struct {
	hood  *hood
	st    *street
	al    *alley
	pk    *park
	mark  string // a landmark near the spot, on streets
	plate int
	lat   float64
	lon   float64
}

func (p place) same(q place) bool {
	return p.hood == q.hood && p.st == q.st && p.al == q.al && p.pk == q.pk && p.mark == q.mark
}

func alleyPlace(rng *rand.Rand, al *alley) place {
	return place{hood: al.st.hood, st: al.st, al: al, plate: 1 + rng.IntN(60), lat: al.lat, lon: al.lon}
}

func streetPlace(rng *rand.Rand, st *street) place {
	mk := st.marks[rng.IntN(len(st.marks))]
	d := rng.Float64() * st.length
	lat, lon := offset(st.lat, st.lon, d*math.Sin(st.angle), d*math.Cos(st.angle))
	return place{hood: st.hood, st: st, mark: mk, plate: 1 + rng.IntN(300), lat: lat, lon: lon}
}

func parkPlace(pk *park) place {
	return place{hood: pk.hood, pk: pk, lat: pk.lat, lon: pk.lon}
}
