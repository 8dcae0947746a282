package rasht47

import (
	"math"
	"math/rand/v2"
)

// The picture of District 2: neighbourhoods, their streets, the alleys and dead ends that open
// on them, and landmarks. It is the same for every seed (built from a fixed seed of its own), so
// that two years generated with different seeds are two years of one district.

type point struct{ Lat, Lon float64 }

const metresPerDegLat = 111320.0

var metresPerDegLon = metresPerDegLat * math.Cos(37.275*math.Pi/180)

// add moves p by dx metres east and dy metres north.
func (p point) add(dx, dy float64) point {
	return point{p.Lat + dy/metresPerDegLat, p.Lon + dx/metresPerDegLon}
}

// dist is the distance in metres between a and b (flat earth, fine at a district's scale).
func dist(a, b point) float64 {
	dy := (a.Lat - b.Lat) * metresPerDegLat
	dx := (a.Lon - b.Lon) * metresPerDegLon
	return math.Hypot(dx, dy)
}

func lerp(a, b point, f float64) point {
	return point{a.Lat + (b.Lat-a.Lat)*f, a.Lon + (b.Lon-a.Lon)*f}
}

// The district's bounding box; every coordinate written lies inside it.
const (
	minLat, maxLat = 37.255, 37.295
	minLon, maxLon = 49.545, 49.595
)

type hood struct {
	Name      string
	Forms     []string // ways it is written
	Latin     string
	Center    point
	Streets   []int
	Alleys    []int // every alley of the neighbourhood
	Landmarks []int
}

type street struct {
	Hood   int
	Kind   string   // خیابان or بلوار
	Name   string   // the name as on the sign; for a numbered street, the number
	Forms  []string // other ways it is written (without the kind word)
	Latin  string
	Number int // a numbered street of a grid (منظریه ۱۱۳); 0 when named
	Major  bool
	A, B   point
	Alleys []int
}

type alley struct {
	Street int
	Dead   bool   // بن‌بست
	Number int    // 0 when named
	Name   string // when named
	Latin  string
	Pos    float64 // fraction along the street where it opens
	Mouth  point
	End    point
	Weight float64 // how many people live on it, relatively
}

type landmark struct {
	Kind   string // mosque, school, bakery, bank, park, pharmacy, clinic, hall, restaurant, shop, square, monument
	Name   string
	Forms  []string
	Latin  string
	Street int
	Alley  int // the alley whose mouth it faces
	P      point
}

type world struct {
	Hoods     []hood
	Streets   []street
	Alleys    []alley
	Landmarks []landmark
}

type streetSpec struct {
	hood          int
	kind, name    string
	forms         []string
	latin         string
	number        int
	alleys        int
	numbered      bool // alleys numbered 1..n (dead ends still named)
	dx, dy        float64
	angle, length float64
	major         bool
}

var hoodSpecs = []struct {
	name  string
	forms []string
	latin string
	lat   float64
	lon   float64
}{
	{"سبزه‌میدان", []string{"سبزه‌میدان", "سبزه میدان", "سبزمیدان", "سبزه‌ میدان"}, "sabze meydan", 37.2795, 49.5830},
	{"استادسرا", []string{"استادسرا", "استاد سرا", "محله استادسرا"}, "ostadsara", 37.2840, 49.5755},
	{"چهل‌تن", []string{"چهل‌تن", "چهلتن", "چهل تن"}, "chehelton", 37.2755, 49.5800},
	{"ضیابری", []string{"ضیابری", "ضیا بری", "محله ضیابری"}, "ziabari", 37.2860, 49.5650},
	{"بیستون", []string{"بیستون", "محله بیستون"}, "bistoon", 37.2715, 49.5690},
	{"آج‌بیشه", []string{"آج‌بیشه", "آج بیشه", "اج بیشه", "آجبیشه"}, "ajbishe", 37.2790, 49.5555},
	{"پل عراق", []string{"پل عراق", "پل‌عراق", "پل عراغ"}, "pol eragh", 37.2655, 49.5785},
	{"منظریه", []string{"منظریه", "منظریّه", "شهرک منظریه"}, "manzarie", 37.2635, 49.5610},
}

var streetSpecs = []streetSpec{
	{0, "خیابان", "امام خمینی", []string{"امام خمینی", "امام", "امام خمینی (ره)", "امام خمینى"}, "emam", 0, 12, false, 0, 0, 80, 780, true},
	{0, "خیابان", "تختی", []string{"تختی", "شهید تختی", "جهان پهلوان تختی"}, "takhti", 0, 9, false, -120, 230, -10, 480, false},
	{1, "خیابان", "استادسرا", []string{"استادسرا", "استاد سرا"}, "ostadsara", 0, 12, false, 0, 0, 20, 680, true},
	{1, "خیابان", "شهید رجایی", []string{"شهید رجایی", "رجایی", "رجائی"}, "rajaei", 0, 10, true, 220, -180, 100, 480, false},
	{2, "خیابان", "نامجو", []string{"نامجو", "شهید نامجو"}, "namjoo", 0, 11, false, 0, 0, 60, 600, true},
	{2, "خیابان", "حافظ", []string{"حافظ"}, "hafez", 0, 8, false, -40, 250, 150, 440, false},
	{3, "خیابان", "ضیابری", []string{"ضیابری", "ضیا بری", "ظیابری"}, "ziabari", 0, 30, true, 0, 0, 75, 900, true},
	{3, "خیابان", "جوان", []string{"جوان"}, "javan", 0, 10, false, 80, -280, 160, 540, false},
	{4, "خیابان", "بیستون", []string{"بیستون"}, "bistoon", 0, 28, true, 0, 0, 10, 880, true},
	{4, "بلوار", "آیت‌الله رودباری", []string{"آیت‌الله رودباری", "رودباری", "آیت الله رودباری", "آیت‌ا... رودباری"}, "roodbari", 0, 12, false, 380, 40, 95, 760, true},
	{5, "خیابان", "آزادگان", []string{"آزادگان"}, "azadegan", 0, 12, false, 0, 0, 30, 680, true},
	{5, "خیابان", "فلسطین", []string{"فلسطین"}, "felestin", 0, 9, false, -220, 200, 120, 460, false},
	{6, "خیابان", "طالقانی", []string{"طالقانی", "آیت‌الله طالقانی"}, "taleghani", 0, 12, true, 0, 0, 50, 720, true},
	{6, "خیابان", "22 بهمن", []string{"22 بهمن", "بیست و دو بهمن", "22بهمن"}, "22 bahman", 0, 9, false, 60, -260, 140, 480, false},
	{7, "خیابان", "105", nil, "105", 105, 8, true, -300, 0, 0, 380, false},
	{7, "خیابان", "109", nil, "109", 109, 7, true, -180, 0, 0, 380, false},
	{7, "خیابان", "113", nil, "113", 113, 9, true, -60, 0, 0, 400, false},
	{7, "خیابان", "117", nil, "117", 117, 7, true, 60, 0, 0, 380, false},
	{7, "خیابان", "121", nil, "121", 121, 8, true, 180, 0, 0, 380, false},
	{7, "خیابان", "125", nil, "125", 125, 6, true, 300, 0, 0, 360, false},
}

// alleyNames is the pool of names for named alleys and dead ends.
var alleyNames = [][2]string{
	{"گلستان", "golestan"}, {"یاس", "yas"}, {"لاله", "laleh"}, {"نرگس", "narges"}, {"شقایق", "shaghayegh"},
	{"بهار", "bahar"}, {"مسجد", "masjed"}, {"حمام", "hamam"}, {"شهید احمدی", "shahid ahmadi"},
	{"شهید رضایی", "shahid rezaei"}, {"شهید قربانی", "shahid ghorbani"}, {"شهید کاظمی", "shahid kazemi"},
	{"شهید نوروزی", "shahid noroozi"}, {"شهید رحیمی", "shahid rahimi"}, {"آزادی", "azadi"}, {"ایثار", "isar"},
	{"فجر", "fajr"}, {"صفا", "safa"}, {"وحدت", "vahdat"}, {"امید", "omid"}, {"سرو", "sarv"}, {"بوستان", "boostan"},
	{"اقاقیا", "aghaghia"}, {"نسترن", "nastaran"}, {"ارغوان", "arghavan"}, {"کاج", "kaj"}, {"چنار", "chenar"},
	{"بنفشه", "banafshe"}, {"پروین", "parvin"}, {"سعدی", "saadi"}, {"مولوی", "molavi"}, {"عطار", "attar"},
	{"دانش", "danesh"}, {"فرهنگ", "farhang"}, {"میرزا", "mirza"}, {"حاج‌آقا", "hajagha"}, {"ستاره", "setare"},
	{"مهر", "mehr"}, {"نیلوفر", "niloofar"}, {"شهید پورحسن", "shahid poorhasan"}, {"شهید بابایی", "shahid babaei"},
	{"شهید گلزار", "shahid golzar"}, {"سبحان", "sobhan"}, {"رضوان", "rezvan"}, {"کوثر", "kowsar"},
	{"غدیر", "ghadir"}, {"طوبی", "tooba"}, {"مریم", "maryam"}, {"شهید عاطفی", "shahid atefi"}, {"پاییز", "paeez"},
	{"شهید صیادی", "shahid sayadi"}, {"فردوس", "ferdos"}, {"شکوفه", "shekoofe"}, {"رازقی", "razeghi"},
	{"شهید خرازی", "shahid kharazi"}, {"نیما", "nima"}, {"ابریشم", "abrisham"}, {"باران", "baran"},
	{"شالیزار", "shalizar"}, {"شهید مدنی", "shahid madani"}, {"پونه", "pooneh"}, {"گیلان", "gilan"},
}

type landmarkSpec struct {
	street int
	pos    float64
	kind   string
	name   string
	forms  []string
	latin  string
}

var landmarkSpecs = []landmarkSpec{
	{0, 0.30, "bank", "بانک ملی", []string{"بانک ملی", "بانک ملی شعبه سبزه‌میدان", "بانک ملّی"}, "bank melli"},
	{0, 0.60, "bakery", "نانوایی سنگکی", []string{"نانوایی سنگکی", "نونوایی سنگکی", "سنگکی"}, "nanvaei sangaki"},
	{0, 0.82, "pharmacy", "داروخانه شفا", []string{"داروخانه شفا", "داروخانه"}, "darookhane shafa"},
	{0, 0.45, "shop", "پاساژ ارم", []string{"پاساژ ارم", "پاساژ"}, "pasaj eram"},
	{1, 0.40, "mosque", "مسجد جامع", []string{"مسجد جامع", "مسجد"}, "masjed jame"},
	{1, 0.70, "restaurant", "رستوران ماهی‌سرا", []string{"رستوران ماهی‌سرا", "رستوران ماهی سرا", "رستوران"}, "resturan mahisara"},
	{2, 0.50, "monument", "خانه میرزا کوچک خان", []string{"خانه میرزا کوچک خان", "خانه میرزا", "موزه میرزا کوچک خان"}, "khane mirza"},
	{2, 0.20, "mosque", "مسجد امام حسن", []string{"مسجد امام حسن", "مسجد امام حسن مجتبی", "مسجد"}, "masjed emam hasan"},
	{3, 0.50, "school", "دبستان شهید بهشتی", []string{"دبستان شهید بهشتی", "مدرسه شهید بهشتی", "دبستان بهشتی"}, "madrese beheshti"},
	{2, 0.75, "bakery", "نانوایی بربری", []string{"نانوایی بربری", "نونوایی بربری", "بربری"}, "nanvaei barbari"},
	{2, 0.92, "bank", "بانک صادرات", []string{"بانک صادرات"}, "bank saderat"},
	{4, 0.30, "mosque", "حسینیه چهل‌تن", []string{"حسینیه چهل‌تن", "حسینیه چهلتن", "حسینیه"}, "hoseinie chehelton"},
	{5, 0.50, "park", "پارک چهل‌تن", []string{"پارک چهل‌تن", "پارک محله", "پارک چهلتن"}, "park chehelton"},
	{4, 0.70, "clinic", "درمانگاه شبانه‌روزی نامجو", []string{"درمانگاه شبانه‌روزی", "درمانگاه نامجو", "درمانگاه"}, "darmangah"},
	{5, 0.20, "bakery", "نانوایی لواش", []string{"نانوایی لواش", "نونوایی لواشی"}, "nanvaei lavash"},
	{6, 0.60, "hall", "تالار پرنیان", []string{"تالار پرنیان", "تالار عروسی پرنیان", "تالار"}, "talar parnian"},
	{7, 0.40, "school", "دبیرستان دخترانه فاطمیه", []string{"دبیرستان فاطمیه", "مدرسه دخترانه فاطمیه", "دبیرستان دخترانه"}, "dabirestan fatemie"},
	{6, 0.30, "bank", "بانک ملت", []string{"بانک ملت"}, "bank mellat"},
	{6, 0.82, "mosque", "مسجد صاحب‌الزمان", []string{"مسجد صاحب‌الزمان", "مسجد صاحب الزمان", "مسجد"}, "masjed saheb zaman"},
	{6, 0.45, "shop", "فروشگاه رفاه", []string{"فروشگاه رفاه", "رفاه"}, "foroshgah refah"},
	{8, 0.47, "mosque", "مسجد حضرت ابوالفضل", []string{"مسجد حضرت ابوالفضل", "مسجد ابوالفضل", "مسجد"}, "masjed abolfazl"},
	{8, 0.55, "bakery", "نانوایی بربری", []string{"نانوایی بربری", "بربری", "نونوایی"}, "nanvaei barbari"},
	{8, 0.02, "square", "فلکه بیستون", []string{"فلکه بیستون", "میدان بیستون", "فلکه"}, "falake bistoon"},
	{9, 0.30, "park", "پارک بیستون", []string{"پارک بیستون", "بوستان بیستون", "پارک"}, "park bistoon"},
	{9, 0.60, "bank", "بانک سپه", []string{"بانک سپه"}, "bank sepah"},
	{9, 0.80, "pharmacy", "داروخانه دکتر صادقی", []string{"داروخانه دکتر صادقی", "داروخانه صادقی", "داروخانه"}, "darookhane sadeghi"},
	{10, 0.50, "mosque", "مسجد آج‌بیشه", []string{"مسجد آج‌بیشه", "مسجد محل", "مسجد"}, "masjed"},
	{11, 0.50, "school", "دبستان پسرانه شهید مطهری", []string{"دبستان شهید مطهری", "مدرسه مطهری", "دبستان پسرانه"}, "madrese motahari"},
	{10, 0.80, "bakery", "نانوایی سنگکی", []string{"نانوایی سنگکی", "سنگکی"}, "nanvaei sangaki"},
	{10, 0.20, "restaurant", "رستوران شالیزار", []string{"رستوران شالیزار", "رستوران"}, "resturan shalizar"},
	{12, 0.02, "square", "پل عراق", []string{"پل عراق", "سر پل عراق", "پل"}, "pol eragh"},
	{12, 0.40, "bank", "بانک تجارت", []string{"بانک تجارت"}, "bank tejarat"},
	{13, 0.70, "shop", "پمپ بنزین", []string{"پمپ بنزین", "جایگاه سوخت"}, "pomp benzin"},
	{13, 0.30, "mosque", "مسجد امام رضا", []string{"مسجد امام رضا", "مسجد"}, "masjed emam reza"},
	{16, 0.50, "park", "پارک منظریه", []string{"پارک منظریه", "پارک"}, "park manzarie"},
	{15, 0.30, "school", "دبستان منظریه", []string{"دبستان منظریه", "مدرسه منظریه"}, "madrese manzarie"},
	{18, 0.60, "bakery", "نانوایی لواش", []string{"نانوایی لواش", "نونوایی"}, "nanvaei"},
	{14, 0.20, "bank", "بانک رفاه", []string{"بانک رفاه"}, "bank refah"},
	{7, 0.75, "park", "بوستان شقایق", []string{"بوستان شقایق", "پارک شقایق", "پارک"}, "boostan shaghayegh"},
	{10, 0.62, "park", "پارک آج‌بیشه", []string{"پارک آج‌بیشه", "پارک آج بیشه", "پارک محله"}, "park ajbishe"},
	{13, 0.90, "park", "بوستان پل عراق", []string{"بوستان پل عراق", "پارک پل عراق", "پارک"}, "park pol eragh"},
	{17, 0.40, "mosque", "مسجد الغدیر", []string{"مسجد الغدیر", "مسجد غدیر", "مسجد"}, "masjed ghadir"},
}

// buildWorld lays out the district. It uses its own fixed random stream: the district is the
// same whatever the seed of the year.
func buildWorld() *world {
	r := rand.New(rand.NewPCG(47, 1404))
	w := &world{}
	for _, h := range hoodSpecs {
		w.Hoods = append(w.Hoods, hood{Name: h.name, Forms: h.forms, Latin: h.latin, Center: point{h.lat, h.lon}})
	}
	names := make([]int, len(alleyNames))
	for i := range names {
		names[i] = i
	}
	for si, sp := range streetSpecs {
		h := &w.Hoods[sp.hood]
		c := h.Center.add(sp.dx, sp.dy)
		rad := sp.angle * math.Pi / 180
		ux, uy := math.Cos(rad), math.Sin(rad)
		half := sp.length / 2
		s := street{Hood: sp.hood, Kind: sp.kind, Name: sp.name, Forms: sp.forms, Latin: sp.latin, Number: sp.number,
			Major: sp.major, A: c.add(-ux*half, -uy*half), B: c.add(ux*half, uy*half)}
		r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
		nextName := 0
		num := 0
		deadNum := 0
		for k := 0; k < sp.alleys; k++ {
			a := alley{Street: si, Pos: (float64(k) + 0.5) / float64(sp.alleys)}
			a.Dead = r.Float64() < 0.15
			switch {
			case a.Dead && r.Float64() < 0.5:
				deadNum++
				a.Number = deadNum
				a.Latin = "bonbast " + itoa(deadNum)
			case a.Dead || !sp.numbered:
				nm := alleyNames[names[nextName%len(names)]]
				nextName++
				a.Name, a.Latin = nm[0], nm[1]
			default:
				num++
				a.Number = num
				a.Latin = itoa(num)
			}
			a.Mouth = lerp(s.A, s.B, a.Pos)
			side := 1.0
			if k%2 == 1 {
				side = -1
			}
			l := 60 + r.Float64()*110
			a.End = a.Mouth.add(-uy*side*l, ux*side*l)
			a.Weight = 0.3 + r.ExpFloat64()
			ai := len(w.Alleys)
			w.Alleys = append(w.Alleys, a)
			s.Alleys = append(s.Alleys, ai)
			h.Alleys = append(h.Alleys, ai)
		}
		w.Streets = append(w.Streets, s)
		h.Streets = append(h.Streets, si)
	}
	for _, ls := range landmarkSpecs {
		s := w.Streets[ls.street]
		p := lerp(s.A, s.B, ls.pos)
		best, bd := -1, math.Inf(1)
		for _, ai := range s.Alleys {
			if d := dist(p, w.Alleys[ai].Mouth); d < bd {
				best, bd = ai, d
			}
		}
		li := len(w.Landmarks)
		w.Landmarks = append(w.Landmarks, landmark{Kind: ls.kind, Name: ls.name, Forms: ls.forms, Latin: ls.latin,
			Street: ls.street, Alley: best, P: p.add(8, 8)})
		w.Hoods[s.Hood].Landmarks = append(w.Hoods[s.Hood].Landmarks, li)
	}
	return w
}

// landmarksOf lists the landmarks of one kind ("" for any).
func (w *world) landmarksOf(kind string) []int {
	var out []int
	for i, l := range w.Landmarks {
		if kind == "" || l.Kind == kind {
			out = append(out, i)
		}
	}
	return out
}

// nearestLandmark is the landmark on street s nearest to p within maxM metres, or -1.
func (w *world) nearestLandmark(s int, p point, maxM float64) int {
	best, bd := -1, maxM
	for i, l := range w.Landmarks {
		if l.Street != s {
			continue
		}
		if d := dist(p, l.P); d < bd {
			best, bd = i, d
		}
	}
	return best
}

// alleyIndex is the position of alley a among its street's alleys.
func (w *world) alleyIndex(a int) int {
	for i, x := range w.Streets[w.Alleys[a].Street].Alleys {
		if x == a {
			return i
		}
	}
	return -1
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
