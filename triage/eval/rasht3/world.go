package rasht3

import (
	"math"
	"math/rand/v2"
)

// name is a place name in Persian with the ways people also write it, and its Finglish form.
type name struct {
	fa  string
	alt []string
	fi  string
}

func nm(fa, fi string, alt ...string) name { return name{fa: fa, fi: fi, alt: alt} }

type streetKind int

const (
	avenue    streetKind = iota // خیابان with a name
	boulevard                   // بلوار
	numbered                    // Golsar's numbered streets: خیابان ۱۲۴
)

type alleyKind int

const (
	alleyNumbered alleyKind = iota
	alleyNamed
	deadEndNumbered
	deadEndNamed
)

// point is WGS84 degrees.
type point struct{ lat, lon float64 }

// move returns p moved by metres north and east.
func (p point) move(north, east float64) point {
	return point{
		lat: p.lat + north/111320,
		lon: p.lon + east/(111320*math.Cos(p.lat*math.Pi/180)),
	}
}

type hood struct {
	name    name
	center  point
	streets []*street
}

type street struct {
	hood     *hood
	kind     streetKind
	name     name // for numbered streets fa holds the number as ASCII digits
	number   int
	start    point
	bearing  float64 // radians, 0 = north
	alleys   []*alley
	marks    []*landmark
	length   float64
	parallel *street // the next street over, for neighbouring-place confusions
}

type alley struct {
	street  *street
	kind    alleyKind
	number  int
	name    name
	at      point
	atMetre float64
}

type landmark struct {
	street  *street
	kind    string // what the place is, in Persian: مسجد، بانک ...
	name    name   // full Persian name as people say it («مسجد جامع», «بانک ملت»)
	at      point
	atMetre float64
	// outsideWord is set when the landmark's own name carries another agency's word
	// («اداره گاز», «پست برق»), so municipal complaints near it mention that word in passing.
	outsideWord bool
}

// park is a public park or square, a place of its own.
type park struct {
	hood   *hood
	name   name
	at     point
	square bool // a square (میدان/فلکه) rather than a park
}

type world struct {
	hoods []*hood
	parks []*park
	// alleys and streets flattened, for uniform picks
	allAlleys  []*alley
	allStreets []*street
}

// hoodSpec is the hand-written part of the world: neighbourhoods and their streets.
type hoodSpec struct {
	name    name
	lat     float64
	lon     float64
	streets []streetSpec
	parks   []name
	squares []name
}

type streetSpec struct {
	kind   streetKind
	name   name
	number int
	alleys int // how many alleys branch off it
	named  bool
}

func av(fa, fi string, alleys int, alt ...string) streetSpec {
	return streetSpec{kind: avenue, name: nm(fa, fi, alt...), alleys: alleys, named: true}
}
func bl(fa, fi string, alleys int, alt ...string) streetSpec {
	return streetSpec{kind: boulevard, name: nm(fa, fi, alt...), alleys: alleys, named: true}
}
func avn(fa, fi string, alleys int, alt ...string) streetSpec {
	return streetSpec{kind: avenue, name: nm(fa, fi, alt...), alleys: alleys}
}
func num(n, alleys int) streetSpec {
	return streetSpec{kind: numbered, number: n, alleys: alleys}
}

// The neighbourhoods of the district as this author knows Rasht: Golsar's numbered streets
// and alleys, the old quarters with named lanes, boulevards on the edges.
var hoodSpecs = []hoodSpec{
	{name: nm("گلسار", "golsar", "گلسار رشت"), lat: 37.2962, lon: 49.5921,
		streets: []streetSpec{num(57, 14), num(65, 16), num(82, 18), num(90, 14), num(98, 12),
			num(106, 15), num(114, 13), num(124, 24), num(132, 12), num(142, 16), num(160, 20),
			num(174, 10), bl("بلوار گیلان", "bolvar gilan", 6, "بلوار گیلان گلسار"),
			av("خیابان گلسار", "khiabane golsar", 5, "خیابان اصلی گلسار")},
		parks:   []name{nm("پارک گلسار", "parke golsar"), nm("بوستان نسترن", "boostane nastaran", "پارک نسترن")},
		squares: []name{nm("میدان گیل", "meydane gil", "فلکه گیل")}},
	{name: nm("منظریه", "manzarie", "منظریّه"), lat: 37.2868, lon: 49.5702,
		streets: []streetSpec{av("خیابان منظریه", "khiabane manzarie", 12), avn("خیابان شهید رجایی", "khiabane rajaei", 9, "خیابان رجایی"),
			avn("خیابان ارشاد", "khiabane ershad", 8), bl("بلوار شهید بهشتی", "bolvar beheshti", 7, "بلوار بهشتی")},
		parks: []name{nm("پارک منظریه", "parke manzarie")}},
	{name: nm("معلم", "moalem", "خیابان معلم"), lat: 37.2902, lon: 49.6021,
		streets: []streetSpec{av("خیابان معلم", "khiabane moalem", 22), avn("خیابان نواب", "khiabane navab", 10),
			avn("خیابان فرهنگ", "khiabane farhang", 9)},
		parks:   []name{nm("پارک معلم", "parke moalem")},
		squares: []name{nm("فلکه گاز", "falakeye gaz", "میدان گاز", "فلکه‌ی گاز")}},
	{name: nm("حمیدیان", "hamidian", "حمیدیون"), lat: 37.2951, lon: 49.6108,
		streets: []streetSpec{av("خیابان حمیدیان", "khiabane hamidian", 16), avn("خیابان شهید چمران", "khiabane chamran", 10, "خیابان چمران"),
			avn("خیابان ولیعصر", "khiabane valiasr", 11, "خیابان ولی‌عصر")},
		parks: []name{nm("بوستان حمیدیان", "boostane hamidian", "پارک حمیدیان")}},
	{name: nm("پل‌عراق", "pole eragh", "پل عراق", "پلعراق"), lat: 37.2712, lon: 49.5883,
		streets: []streetSpec{av("خیابان پل‌عراق", "khiabane pole eragh", 14, "خیابان پل عراق"), avn("خیابان آزادگان", "khiabane azadegan", 9),
			avn("خیابان شهدا", "khiabane shohada", 8)}},
	{name: nm("ضیابری", "ziabari", "ضیا بری"), lat: 37.2761, lon: 49.5648,
		streets: []streetSpec{av("خیابان ضیابری", "khiabane ziabari", 18), avn("خیابان تختی", "khiabane takhti", 11),
			avn("خیابان پاسداران", "khiabane pasdaran", 9)},
		squares: []name{nm("چهارراه ضیابری", "chaharrahe ziabari")}},
	{name: nm("بیستون", "bisotoun", "بیسیتون"), lat: 37.2899, lon: 49.5779,
		streets: []streetSpec{av("خیابان بیستون", "khiabane bisotoun", 15), avn("خیابان سعدی", "khiabane saadi", 12),
			avn("خیابان حافظ", "khiabane hafez", 8)},
		parks: []name{nm("پارک لاله", "parke laleh", "بوستان لاله")}},
	{name: nm("استادسرا", "ostadsara", "استاد سرا"), lat: 37.2841, lon: 49.5999,
		streets: []streetSpec{av("خیابان استادسرا", "khiabane ostadsara", 13, "خیابان استاد سرا"), avn("خیابان پرستار", "khiabane parastar", 9),
			bl("بلوار شهید انصاری", "bolvar ansari", 8, "بلوار انصاری")},
		squares: []name{nm("میدان انصاری", "meydane ansari")}},
	{name: nm("سبزه‌میدان", "sabze meydan", "سبزه میدان", "سبزمیدان"), lat: 37.2791, lon: 49.5861,
		streets: []streetSpec{av("خیابان امام خمینی", "khiabane emam", 10, "خیابان امام"), avn("خیابان اعلم‌الهدی", "khiabane alamolhoda", 8, "خیابان علم الهدی"),
			avn("خیابان شریعتی", "khiabane shariati", 9)},
		parks:   []name{nm("پارک شهر", "parke shahr")},
		squares: []name{nm("میدان شهرداری", "meydane shahrdari", "میدان شهرداری رشت")}},
	{name: nm("صیقلان", "seyghalan", "صیقلانی"), lat: 37.2869, lon: 49.5562,
		streets: []streetSpec{av("خیابان صیقلان", "khiabane seyghalan", 14), avn("خیابان جماران", "khiabane jamaran", 9),
			bl("بلوار امام علی", "bolvar emam ali", 6, "بلوار امام علی (ع)")},
		squares: []name{nm("میدان صیقلان", "meydane seyghalan", "فلکه صیقلان")}},
	{name: nm("زرجوب", "zarjoob", "زر جوب"), lat: 37.2779, lon: 49.5951,
		streets: []streetSpec{av("خیابان زرجوب", "khiabane zarjoob", 12), avn("خیابان مطهری", "khiabane motahari", 12, "خیابان شهید مطهری"),
			avn("خیابان لاهیجی", "khiabane lahiji", 8)}},
	{name: nm("پیرسرا", "pirsara", "پیر سرا"), lat: 37.2651, lon: 49.5801,
		streets: []streetSpec{av("خیابان پیرسرا", "khiabane pirsara", 15), avn("خیابان طالقانی", "khiabane taleghani", 9),
			avn("خیابان سردار جنگل", "khiabane sardare jangal", 10)},
		parks: []name{nm("بوستان پیرسرا", "boostane pirsara")}},
	{name: nm("چمارسرا", "chomarsara", "چمار سرا", "چومارسرا"), lat: 37.2689, lon: 49.5951,
		streets: []streetSpec{av("خیابان چمارسرا", "khiabane chomarsara", 14), avn("خیابان نامجو", "khiabane namjoo", 10),
			bl("بلوار قلی‌پور", "bolvar gholipour", 6, "بلوار قلی پور")}},
	{name: nm("شهرک بعثت", "shahrak besat", "بعثت", "شهرک بعثت رشت"), lat: 37.3041, lon: 49.5802,
		streets: []streetSpec{avn("خیابان اصلی بعثت", "khiabane asli besat", 12), avn("خیابان فجر", "khiabane fajr", 10),
			avn("خیابان بهار", "khiabane bahar", 8)},
		parks: []name{nm("پارک بعثت", "parke besat")}},
}

// alleyNames are lane names of the older quarters.
var alleyNames = []name{
	nm("نسترن", "nastaran"), nm("یاس", "yas"), nm("ارغوان", "arghavan"), nm("شقایق", "shaghayegh"),
	nm("نرگس", "narges"), nm("اقاقیا", "aghaghia"), nm("پروانه", "parvaneh"), nm("گلستان", "golestan"),
	nm("شبنم", "shabnam"), nm("صنوبر", "senobar"), nm("سرو", "sarv"), nm("مریم", "maryam"),
	nm("ستاره", "setareh"), nm("وحدت", "vahdat"), nm("ایثار", "isar"), nm("شهید باهنر", "bahonar", "باهنر"),
	nm("شهید فهمیده", "fahmideh", "فهمیده"), nm("شهید کاظمی", "kazemi", "کاظمی"), nm("شهید رضایی", "rezaei", "رضایی"),
	nm("شهید حسین‌زاده", "hosseinzadeh", "حسین زاده"), nm("شهید قربانی", "ghorbani", "قربانی"),
	nm("شهید نصیری", "nasiri", "نصیری"), nm("شهید یوسفی", "yousefi", "یوسفی"), nm("حمام", "hamoom", "حموم"),
	nm("مسجد", "masjed"), nm("آسیاب", "asiab"), nm("باغ", "bagh"), nm("بنفشه", "banafsheh"),
	nm("میخک", "mikhak"), nm("زنبق", "zanbagh"), nm("رز", "roz"), nm("کاج", "kaj"), nm("چنار", "chenar"),
	nm("نارون", "naroon"), nm("آفتاب", "aftab"), nm("مهتاب", "mahtab"), nm("امید", "omid"), nm("رضوان", "rezvan"),
	nm("فردوس", "ferdows"), nm("رودکی", "roodaki"), nm("عطار", "attar"), nm("نیما", "nima"), nm("شالیزار", "shalizar"),
	nm("سپیدار", "sepidar"), nm("لادن", "ladan"), nm("شهید صادقی", "sadeghi", "صادقی"), nm("حاج‌آقا", "haj agha", "حاج آقا"),
	nm("دانش", "danesh"), nm("بهشت", "behesht"), nm("شهید نوروزی", "noroozi", "نوروزی"), nm("سعادت", "saadat"),
	nm("گلبرگ", "golbarg"), nm("شمشاد", "shemshad"), nm("نیلوفر", "niloofar"), nm("طوبی", "tooba"),
}

// landmarkKinds: the sort of place, a few names for it, and whether its name carries
// another agency's word.
var landmarkPool = []struct {
	kind  string
	names []name
	out   bool
}{
	{"مسجد", []name{nm("مسجد جامع", "masjede jame"), nm("مسجد امام حسین", "masjede emam hossein", "مسجد امام حسین (ع)"),
		nm("مسجد صاحب‌الزمان", "masjede saheb zaman", "مسجد صاحب الزمان"), nm("مسجد ابوالفضل", "masjede abolfazl"),
		nm("مسجد نور", "masjede noor"), nm("مسجد جعفری", "masjede jafari")}, false},
	{"حسینیه", []name{nm("حسینیه اعظم", "hosseiniye azam"), nm("تکیه سادات", "tekiye sadat"), nm("حسینیه انصار", "hosseiniye ansar")}, false},
	{"مدرسه", []name{nm("دبستان شهید بهشتی", "dabestane beheshti", "مدرسه بهشتی"), nm("دبیرستان فرزانگان", "dabirestane farzanegan"),
		nm("دبستان دخترانه پروین", "dabestane parvin", "مدرسه پروین"), nm("هنرستان فنی", "honarestan"), nm("مدرسه امام رضا", "madreseye emam reza")}, false},
	{"بانک", []name{nm("بانک ملت", "bank mellat"), nm("بانک ملی", "bank melli"), nm("بانک صادرات", "bank saderat"),
		nm("بانک سپه", "bank sepah"), nm("بانک تجارت", "bank tejarat"), nm("بانک مسکن", "bank maskan")}, false},
	{"نانوایی", []name{nm("نانوایی سنگکی", "nanvaie sangaki"), nm("نانوایی بربری", "nanvaie barbari"), nm("نانوایی لواشی", "nanvaie lavashi"),
		nm("نونوایی", "noonvaie")}, false},
	{"داروخانه", []name{nm("داروخانه دکتر رحیمی", "darookhane rahimi"), nm("داروخانه شبانه‌روزی", "darookhane shabanerooz", "داروخانه شبانه روزی"),
		nm("داروخانه دکتر پور", "darookhane pour")}, false},
	{"مغازه", []name{nm("سوپرمارکت", "supermarket", "سوپر"), nm("میوه‌فروشی", "mivefrooshi", "میوه فروشی"), nm("قنادی", "ghanadi"),
		nm("آژانس", "azhans"), nm("کبابی", "kababi"), nm("آرایشگاه", "arayeshgah")}, false},
	{"امامزاده", []name{nm("بقعه آقا سید ابوجعفر", "boghe abu jafar", "آقا سید ابوجعفر"), nm("بقعه خواهر امام", "khahar emam", "خواهر امام"),
		nm("امامزاده سید محمد", "emamzade seyed mohammad")}, false},
	{"درمانگاه", []name{nm("درمانگاه", "darmangah"), nm("بیمارستان", "bimarestan"), nm("مطب دکتر", "matab")}, false},
	{"پمپ بنزین", []name{nm("پمپ بنزین", "pomp benzin", "جایگاه سوخت")}, false},
	{"اداره", []name{nm("اداره گاز", "edare gaz", "شرکت گاز"), nm("پست برق", "poste bargh", "ترانس برق"),
		nm("مخابرات", "mokhaberat", "اداره مخابرات"), nm("کلانتری", "kalantari", "کلانتری ۱۲"), nm("اداره آب", "edare ab", "آبفا")}, true},
}

// buildWorld lays out the district deterministically; it does not depend on the run's seed,
// so every seed describes the same town.
func buildWorld() *world {
	rng := rand.New(rand.NewPCG(1405, 137))
	w := &world{}
	usedNames := 0
	for _, hs := range hoodSpecs {
		h := &hood{name: hs.name, center: point{hs.lat, hs.lon}}
		w.hoods = append(w.hoods, h)
		for si, ss := range hs.streets {
			s := &street{hood: h, kind: ss.kind, name: ss.name, number: ss.number}
			// streets fan out from the neighbourhood's centre, a few hundred metres apart
			s.bearing = float64(si)*1.1 + rng.Float64()*0.4
			s.start = h.center.move(float64(si%3-1)*180+rng.Float64()*60, float64(si/3)*220-200+rng.Float64()*60)
			s.length = float64(ss.alleys)*55 + 150
			named := ss.named
			for a := 1; a <= ss.alleys; a++ {
				al := &alley{street: s}
				switch {
				case ss.kind == numbered || (!named && rng.Float64() < 0.6):
					al.kind, al.number = alleyNumbered, a
					if rng.Float64() < 0.12 {
						al.kind = deadEndNumbered
					}
				default:
					al.kind, al.name = alleyNamed, alleyNames[(usedNames*7+a)%len(alleyNames)]
					if rng.Float64() < 0.15 {
						al.kind = deadEndNamed
					}
				}
				// alleys alternate sides every ~55 m
				al.atMetre = float64(a)*55 + rng.Float64()*10
				side := 1.0
				if a%2 == 0 {
					side = -1
				}
				al.at = s.along(al.atMetre, side*35)
				s.alleys = append(s.alleys, al)
				w.allAlleys = append(w.allAlleys, al)
			}
			usedNames++
			// landmarks along the street: 2-5, kinds not repeated on one street
			count := 2 + rng.IntN(4)
			perm := rng.Perm(len(landmarkPool))
			for i := 0; i < count && i < len(perm); i++ {
				lp := landmarkPool[perm[i]]
				if lp.out && rng.Float64() < 0.5 {
					continue
				}
				n := lp.names[rng.IntN(len(lp.names))]
				m := &landmark{street: s, kind: lp.kind, name: n, outsideWord: lp.out}
				m.atMetre = rng.Float64() * s.length
				m.at = s.along(m.atMetre, 15)
				s.marks = append(s.marks, m)
			}
			if len(s.marks) == 0 {
				lp := landmarkPool[0]
				m := &landmark{street: s, kind: lp.kind, name: lp.names[0], atMetre: s.length / 2}
				m.at = s.along(m.atMetre, 15)
				s.marks = append(s.marks, m)
			}
			h.streets = append(h.streets, s)
			w.allStreets = append(w.allStreets, s)
		}
		for i := range h.streets {
			h.streets[i].parallel = h.streets[(i+1)%len(h.streets)]
		}
		for _, p := range hs.parks {
			w.parks = append(w.parks, &park{hood: h, name: p, at: h.center.move(rng.Float64()*500-250, rng.Float64()*500-250)})
		}
		for _, p := range hs.squares {
			w.parks = append(w.parks, &park{hood: h, name: p, square: true, at: h.center.move(rng.Float64()*400-200, rng.Float64()*400-200)})
		}
	}
	return w
}

// along is the point metres along the street, offset metres to its side.
func (s *street) along(metres, offset float64) point {
	n := metres*math.Cos(s.bearing) - offset*math.Sin(s.bearing)
	e := metres*math.Sin(s.bearing) + offset*math.Cos(s.bearing)
	return s.start.move(n, e)
}

// jitter moves p by 20-150 m in a random direction: how far a phone's fix or a map pin
// dropped by a citizen lands from the real spot.
func jitter(rng *rand.Rand, p point) point {
	r := 20 + rng.Float64()*130
	a := rng.Float64() * 2 * math.Pi
	return p.move(r*math.Cos(a), r*math.Sin(a))
}
