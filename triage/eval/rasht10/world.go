package rasht10

import (
	"math"
	"math/rand/v2"
)

// hoodSpec is a neighbourhood as people name it, with its rough centre and main streets.
type hoodSpec struct {
	names    []string // how people write it; the first is the usual form
	latin    string   // Finglish
	lat, lon float64
	streets  []streetSpec
	park     string // the neighbourhood park, if it has one
}

type streetSpec struct {
	kind     string // خیابان or بلوار
	name     string // a name or a number written in Latin digits
	numbered bool   // its alleys are numbered (Golsar style) rather than named
}

// The district as the generator imagines it: real Rasht names, invented plates and shops.
var hoods = []hoodSpec{
	{names: []string{"گلسار", "گلسار", "محله گلسار"}, latin: "golsar", lat: 37.3005, lon: 49.5855, park: "بوستان گلسار",
		streets: []streetSpec{{"بلوار", "گیلان", false}, {"خیابان", "90", true}, {"خیابان", "106", true}, {"خیابان", "112", true},
			{"خیابان", "124", true}, {"خیابان", "132", true}, {"خیابان", "150", true}, {"خیابان", "166", true}}},
	{names: []string{"منظریه", "منظريه", "کوی منظریه"}, latin: "manzarie", lat: 37.2945, lon: 49.6005, park: "پارک منظریه",
		streets: []streetSpec{{"خیابان", "منظریه", false}, {"خیابان", "رودکی", false}, {"خیابان", "سردار جنگل", false}, {"خیابان", "نامجو", false}}},
	{names: []string{"معلم", "کوی معلم", "بلوار معلم"}, latin: "moallem", lat: 37.2858, lon: 49.6071, park: "پارک معلم",
		streets: []streetSpec{{"بلوار", "معلم", true}, {"خیابان", "شهید بهشتی", false}, {"خیابان", "فرهنگ", false}}},
	{names: []string{"حمیدیان", "حمیديان", "شهرک حمیدیان"}, latin: "hamidian", lat: 37.2921, lon: 49.5702,
		streets: []streetSpec{{"خیابان", "حمیدیان", true}, {"خیابان", "امام حسین", false}, {"خیابان", "شهید رجایی", false}}},
	{names: []string{"پیرسرا", "پیر سرا", "محله پیرسرا"}, latin: "pirsara", lat: 37.2683, lon: 49.6002,
		streets: []streetSpec{{"خیابان", "پیرسرا", false}, {"خیابان", "آزادگان", false}, {"خیابان", "شهید مطهری", false}}},
	{names: []string{"ضیابری", "ضیا بری", "محله ضیابری"}, latin: "ziabari", lat: 37.2752, lon: 49.5803,
		streets: []streetSpec{{"خیابان", "ضیابری", false}, {"خیابان", "لاکانی", false}, {"خیابان", "تختی", false}}},
	{names: []string{"سبزه‌میدان", "سبزه میدان", "سبزمیدان"}, latin: "sabze meydan", lat: 37.2781, lon: 49.5899, park: "پارک شهر",
		streets: []streetSpec{{"خیابان", "اعلم‌الهدی", false}, {"خیابان", "سعدی", false}, {"خیابان", "امام خمینی", false}}},
	{names: []string{"استادسرا", "استاد سرا", "استادسرای رشت"}, latin: "ostadsara", lat: 37.2841, lon: 49.6120,
		streets: []streetSpec{{"خیابان", "استادسرا", false}, {"بلوار", "شهید انصاری", false}, {"خیابان", "پرستار", false}}},
	{names: []string{"زرجوب", "محله زرجوب", "کنار زرجوب"}, latin: "zarjoob", lat: 37.2702, lon: 49.5748,
		streets: []streetSpec{{"خیابان", "زرجوب", false}, {"خیابان", "شریعتی", false}}},
	{names: []string{"آج‌بیشه", "آج بیشه", "اج بیشه"}, latin: "ajbishe", lat: 37.2620, lon: 49.5851,
		streets: []streetSpec{{"خیابان", "آج‌بیشه", false}, {"خیابان", "حاجی‌آباد", false}}},
	{names: []string{"کوی مهر", "مهر", "شهرک مهر"}, latin: "kooye mehr", lat: 37.2963, lon: 49.6203, park: "بوستان مهر",
		streets: []streetSpec{{"بلوار", "مهر", true}, {"خیابان", "نسترن", false}}},
	{names: []string{"شهرک فرهنگیان", "فرهنگیان", "شهرک فرهنگيان"}, latin: "shahrak farhangian", lat: 37.3052, lon: 49.6150,
		streets: []streetSpec{{"بلوار", "فرهنگیان", true}, {"خیابان", "اندیشه", false}}},
	{names: []string{"صیقلان", "صيقلان", "محله صیقلان"}, latin: "seyghalan", lat: 37.2771, lon: 49.6004,
		streets: []streetSpec{{"خیابان", "صیقلان", false}, {"خیابان", "شهید انصاری", false}}},
	{names: []string{"چمارسرا", "چمار سرا", "چمارسرای رشت"}, latin: "chomarsara", lat: 37.2718, lon: 49.5650,
		streets: []streetSpec{{"خیابان", "چمارسرا", false}, {"خیابان", "شهدا", false}}},
}

var alleyNames = []string{"گلستان", "نسترن", "یاس", "بهار", "لاله", "شقایق", "ارغوان", "مریم", "نرگس", "بنفشه",
	"شهید نوری", "شهید رضایی", "شهید قلی‌پور", "شهید حسینی", "شهید کاظمی", "شهید باقری", "شهید صالحی",
	"امیری", "دانش", "صفا", "وحدت", "ایثار", "مهتاب", "آفتاب", "سپیدار", "نارنج", "بیست متری", "سرو", "کاج", "پونه",
	"شهید میرزایی", "شهید یوسفی", "پروین", "آزادی", "فردوسی", "حافظ", "عطار", "خیام", "مولوی", "شهید عباسی"}

// Landmarks callers steer by. Those naming another agency are used only as landmarks in
// municipal complaints, which is the trap they set.
var landmarkKinds = []struct {
	kind  string
	names []string
	agent bool // names an agency's building
}{
	{"نانوایی", []string{"بربری حسینی", "سنگکی قاسمی", "لواش برادران", "تافتون رحیمی", "بربری نان داغ"}, false},
	{"مسجد", []string{"جامع", "حضرت ابوالفضل", "امام حسن", "صاحب‌الزمان", "محمدیه", "قائم"}, false},
	{"مدرسه", []string{"دبستان شهید بهشتی", "دبیرستان فرزانگان", "دبستان پروین", "هنرستان رازی", "دبستان دخترانه نرگس"}, false},
	{"بانک", []string{"ملت", "ملی", "صادرات", "سپه", "تجارت", "رفاه", "مسکن"}, false},
	{"داروخانه", []string{"دکتر رضوی", "دکتر احمدی", "شبانه‌روزی گیلان", "دکتر مرادی"}, false},
	{"سوپرمارکت", []string{"برادران رضایی", "امید", "خانواده", "رفاه", "ستاره"}, false},
	{"قنادی", []string{"گیلان", "شیرین‌سرا", "ناپلئونی رشت"}, false},
	{"میوه‌فروشی", []string{"حاج علی", "باغ سبز"}, false},
	{"امامزاده", []string{"سید ابوجعفر", "سید محمد"}, false},
	{"درمانگاه", []string{"شبانه‌روزی", "خیریه", "تامین اجتماعی"}, false},
	{"پمپ بنزین", []string{""}, false},
	{"تعمیرگاه", []string{"مکانیکی اکبری", "جلوبندی سازی"}, false},
	{"پست برق", []string{""}, true},
	{"اداره گاز", []string{""}, true},
	{"مخابرات", []string{""}, true},
	{"مرکز مخابرات", []string{""}, true},
	{"کلانتری", []string{"11", "14", "16"}, true},
	{"اداره آب و فاضلاب", []string{""}, true},
}

type landmark struct {
	kind, name string
	agent      bool
}

func (l landmark) String() string {
	if l.name == "" {
		return l.kind
	}
	if l.kind == "کلانتری" {
		return l.kind + " " + l.name
	}
	return l.kind + " " + l.name
}

type hood struct {
	spec    hoodSpec
	streets []*street
	parkLat float64
	parkLon float64
}

type street struct {
	hood     *hood
	spec     streetSpec
	alleys   []*alley
	angle    float64 // direction the street runs, radians
	lat, lon float64 // its start
}

// alley is the unit a crew is sent to. A dead end off an alley has parent set.
type alley struct {
	street   *street
	idx      int    // position along the street, 0-based
	num      int    // alley number (0 when named)
	name     string // alley name (empty when numbered)
	deadEnd  bool
	parent   *alley // for a dead end off an alley
	lat, lon float64
	lm       *landmark // a landmark at the alley's mouth, if any
	plates   int
}

type world struct {
	hoods  []*hood
	alleys []*alley
}

// metres to degrees near Rasht
const (
	degLat = 1.0 / 111320.0
	degLon = 1.0 / (111320.0 * 0.7955) // cos(37.28°)
)

func buildWorld(r *rand.Rand) *world {
	w := &world{}
	for _, hs := range hoods {
		h := &hood{spec: hs}
		h.parkLat = hs.lat + (r.Float64()-0.5)*300*degLat
		h.parkLon = hs.lon + (r.Float64()-0.5)*300*degLon
		for si, ss := range hs.streets {
			s := &street{hood: h, spec: ss, angle: r.Float64() * math.Pi}
			// streets start spread around the neighbourhood centre, 150-500 m apart
			d := 150 + 350*r.Float64()
			a := float64(si)*2.1 + r.Float64()
			s.lat = hs.lat + d*math.Sin(a)*degLat
			s.lon = hs.lon + d*math.Cos(a)*degLon
			n := 5 + r.IntN(8)
			used := map[string]bool{}
			for i := 0; i < n; i++ {
				al := &alley{street: s, idx: i, plates: 10 + r.IntN(60)}
				if ss.numbered || r.IntN(10) < 4 {
					al.num = i + 1
					if !ss.numbered {
						al.num = 2*i + 1 + r.IntN(2) // odd/even sides
					}
				} else {
					for {
						nm := alleyNames[r.IntN(len(alleyNames))]
						if !used[nm] {
							used[nm] = true
							al.name = nm
							break
						}
					}
				}
				al.deadEnd = r.IntN(7) == 0
				along := 60 + float64(i)*75 + r.Float64()*20
				side := 35.0
				if i%2 == 1 {
					side = -35
				}
				al.lat = s.lat + (along*math.Sin(s.angle)+side*math.Cos(s.angle))*degLat
				al.lon = s.lon + (along*math.Cos(s.angle)-side*math.Sin(s.angle))*degLon
				if r.IntN(3) == 0 {
					lk := landmarkKinds[r.IntN(len(landmarkKinds))]
					al.lm = &landmark{kind: lk.kind, name: lk.names[r.IntN(len(lk.names))], agent: lk.agent}
				}
				s.alleys = append(s.alleys, al)
				w.alleys = append(w.alleys, al)
				// a dead end or two off some alleys
				if r.IntN(5) == 0 {
					for k := 1; k <= 1+r.IntN(2); k++ {
						de := &alley{street: s, idx: i, num: k, deadEnd: true, parent: al, plates: 4 + r.IntN(12)}
						de.lat = al.lat + float64(40*k)*math.Cos(s.angle)*degLat
						de.lon = al.lon - float64(40*k)*math.Sin(s.angle)*degLon
						s.alleys = append(s.alleys, de)
						w.alleys = append(w.alleys, de)
					}
				}
			}
			h.streets = append(h.streets, s)
		}
		w.hoods = append(w.hoods, h)
	}
	return w
}

// neighbour returns another alley of the same street near a (not a itself), or nil.
func (w *world) neighbour(r *rand.Rand, a *alley) *alley {
	var near []*alley
	for _, b := range a.street.alleys {
		if b != a && b.parent == nil && a.parent == nil && abs(b.idx-a.idx) <= 2 {
			near = append(near, b)
		}
	}
	if len(near) == 0 {
		return nil
	}
	return near[r.IntN(len(near))]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// landmarkNear finds a landmark on a's street close to it, to give directions by.
func landmarkNear(a *alley) (*landmark, int) {
	best, bd := (*landmark)(nil), 1<<30
	for _, b := range a.street.alleys {
		if b.lm != nil && b.parent == nil && abs(b.idx-a.idx) < bd {
			best, bd = b.lm, abs(b.idx-a.idx)
		}
	}
	return best, bd
}
