package rasht6

import (
	"math"
	"math/rand"
	"strings"
)

// The world is fixed (it does not depend on the seed): a district office serves the same
// streets all year, and different seeds are different years of complaints about them.

type hood struct {
	names []string // spellings in use; the first is the usual one
	fin   string   // how a Finglish writer spells it
	lat   float64
	lon   float64
	// numbered says the hood names its streets by number, as Golsar does («خیابان ۱۲۴»)
	numbered bool
	streets  []*street
	parks    []*mark
}

type street struct {
	hood   *hood
	kind   string // خیابان or بلوار
	num    int    // 0 for a named street
	name   string
	alts   []string // other ways people write a named street
	fin    string
	lat    float64
	lon    float64
	angle  float64
	alleys []*alley
	marks  []*mark
	square string // the square people use to say where on the street
}

type alley struct {
	st   *street
	num  int    // 0 for a named alley
	name string // «شهید رضایی», «یاس»
	fin  string
	dead bool // بن‌بست
	// dist is how far along the street the alley starts, in metres
	dist float64
	side float64
}

type mark struct {
	kind string // «مسجد», «مدرسه», ...
	name string // «مسجد جامع گلسار»
	lat  float64
	lon  float64
	park bool
}

type world struct {
	hoods   []*hood
	squares []string
}

const metrePerDegLat = 111_000.0

func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/metrePerDegLat, lon + east/(metrePerDegLat*math.Cos(lat*math.Pi/180))
}

var hoodSeeds = []struct {
	names    []string
	fin      string
	lat, lon float64
	numbered bool
	streets  []string
}{
	{[]string{"گلسار", "گلسار رشت"}, "golsar", 37.3005, 49.5870, true, nil},
	{[]string{"منظریه"}, "manzarie", 37.2930, 49.5960, false, []string{"شهید انصاری", "نیکوکاران", "حافظ", "سعدی"}},
	{[]string{"معلم", "بلوار معلم"}, "moallem", 37.2895, 49.5745, false, []string{"شهید بهشتی", "مطهری", "دانش", "فرهنگ"}},
	{[]string{"ساغری‌سازان", "ساغریسازان"}, "saghari sazan", 37.2790, 49.5905, false, []string{"ساغری‌سازان", "شهید حمیدی", "کاسه‌فروشان"}},
	{[]string{"زرجوب"}, "zarjoob", 37.2860, 49.5990, false, []string{"زرجوب", "شهید چمران", "امام حسین"}},
	{[]string{"استادسرا", "استاد سرا"}, "ostadsara", 37.2760, 49.5780, false, []string{"استادسرا", "شهید رجایی", "نواب"}},
	{[]string{"پیرسرا", "پیر سرا"}, "pirsara", 37.2700, 49.5860, false, []string{"پیرسرا", "آزادگان", "شهید مفتح"}},
	{[]string{"چمارسرا"}, "chomarsara", 37.2655, 49.5960, false, []string{"چمارسرا", "شهید باهنر", "امیرکبیر"}},
	{[]string{"سبزه‌میدان", "سبزه میدان"}, "sabze meydan", 37.2810, 49.5835, false, []string{"علم‌الهدی", "سعدی", "اعلم‌الهدی"}},
	{[]string{"عینک"}, "eynak", 37.3040, 49.6060, false, []string{"عینک", "شهید قربانی", "سردار جنگل"}},
	{[]string{"حمیدیان"}, "hamidian", 37.2585, 49.5880, false, []string{"حمیدیان", "شهید صدوقی", "لاکانی"}},
	{[]string{"آتشگاه"}, "atashgah", 37.2880, 49.6075, false, []string{"آتشگاه", "نامجو", "گلباغ"}},
}

// Names of people and things that streets, alleys and landmarks are named after.
var (
	martyrNames = []string{"رضایی", "حسینی", "کریمی", "موسوی", "نوری", "قاسمی", "صادقی", "پورعلی",
		"رحمانی", "جعفری", "یوسفی", "کاظمی", "طالبی", "شعبانی", "نصیری", "امیری", "اکبری", "قربانی"}
	flowerNames = []string{"یاس", "نسترن", "لاله", "نرگس", "بهار", "گلستان", "شقایق", "اقاقیا", "مریم", "سوسن", "ارغوان", "صنوبر"}
	finNames    = map[string]string{
		"رضایی": "rezaei", "حسینی": "hosseini", "کریمی": "karimi", "موسوی": "moosavi", "نوری": "noori",
		"قاسمی": "ghasemi", "صادقی": "sadeghi", "پورعلی": "poorali", "رحمانی": "rahmani", "جعفری": "jafari",
		"یوسفی": "yoosefi", "کاظمی": "kazemi", "طالبی": "talebi", "شعبانی": "shabani", "نصیری": "nasiri",
		"امیری": "amiri", "اکبری": "akbari", "قربانی": "ghorbani", "یاس": "yas", "نسترن": "nastaran",
		"لاله": "laleh", "نرگس": "narges", "بهار": "bahar", "گلستان": "golestan", "شقایق": "shaghayegh",
		"اقاقیا": "aghaghia", "مریم": "maryam", "سوسن": "soosan", "ارغوان": "arghavan", "صنوبر": "sanobar",
		"شهید انصاری": "ansari", "نیکوکاران": "nikookaran", "حافظ": "hafez", "سعدی": "saadi",
		"شهید بهشتی": "beheshti", "مطهری": "motahari", "دانش": "danesh", "فرهنگ": "farhang",
		"ساغری‌سازان": "saghari sazan", "شهید حمیدی": "hamidi", "کاسه‌فروشان": "kase foorooshan",
		"زرجوب": "zarjoob", "شهید چمران": "chamran", "امام حسین": "emam hossein", "استادسرا": "ostadsara",
		"شهید رجایی": "rajaei", "نواب": "navab", "پیرسرا": "pirsara", "آزادگان": "azadegan", "شهید مفتح": "mofatteh",
		"چمارسرا": "chomarsara", "شهید باهنر": "bahonar", "امیرکبیر": "amirkabir", "علم‌الهدی": "alamolhoda",
		"اعلم‌الهدی": "aalamolhoda", "عینک": "eynak", "شهید قربانی": "ghorbani", "سردار جنگل": "sardar jangal",
		"حمیدیان": "hamidian", "شهید صدوقی": "sadooghi", "لاکانی": "lakani", "آتشگاه": "atashgah",
		"نامجو": "namjoo", "گلباغ": "golbagh",
	}
	golsarStreets = []int{65, 79, 85, 95, 101, 107, 115, 124, 132, 141, 155, 163, 169, 185}
	markKinds     = []struct{ kind, fin string }{
		{"مسجد", "masjed"}, {"مدرسه", "madrese"}, {"بانک ملی", "bank melli"}, {"بانک ملت", "bank mellat"},
		{"بانک صادرات", "bank saderat"}, {"نانوایی", "nanvaei"}, {"داروخانه", "darookhane"},
		{"سوپرمارکت", "supermarket"}, {"بقعه", "boghe"}, {"مهدکودک", "mahd"}, {"درمانگاه", "darmangah"},
		{"آرایشگاه", "arayeshgah"}, {"تعمیرگاه", "tamirgah"}, {"حسینیه", "hosseinie"}, {"پمپ بنزین", "pomp benzin"},
		{"اداره برق", "edare bargh"}, {"پست برق", "post bargh"}, {"ساختمان مخابرات", "mokhaberat"},
		{"کلانتری", "kalantari"}, {"اداره گاز", "edare gaz"}, {"ایستگاه آتش‌نشانی", "atash neshani"},
	}
	markNames = map[string][]string{
		"مسجد":     {"مسجد جامع", "مسجد امام حسن", "مسجد صاحب‌الزمان", "مسجد جواد الائمه", "مسجد النبی"},
		"مدرسه":    {"مدرسه شهید مطهری", "دبستان فردوسی", "دبیرستان فرزانگان", "مدرسه دخترانه کوثر", "هنرستان امام"},
		"نانوایی":  {"نانوایی بربری", "نانوایی سنگکی", "نانوایی لواش", "نانوایی تافتون"},
		"داروخانه": {"داروخانه دکتر صالحی", "داروخانه شبانه‌روزی", "داروخانه دکتر فلاح"},
		"بقعه":     {"بقعه آقا سید محمد", "امامزاده خواهر امام", "بقعه سید ابوجعفر"},
		"مهدکودک":  {"مهدکودک شکوفه‌ها", "مهد کودک غنچه"},
		"حسینیه":   {"حسینیه اعظم", "حسینیه انصارالحسین"},
	}
	parkNames = []string{"پارک لاله", "بوستان ملت", "پارک نسترن", "پارک محله", "بوستان شهدا", "پارک کودک", "بوستان بانوان", "پارک ساحلی"}
	squares   = []string{"میدان شهرداری", "میدان صیقلان", "میدان فرهنگ", "میدان حشمت", "میدان گیل",
		"میدان جانبازان", "میدان مصلی", "میدان انتظام", "میدان ولیعصر", "میدان پوستین‌دوز"}
)

func newWorld() *world {
	r := rand.New(rand.NewSource(1405))
	w := &world{squares: squares}
	for _, hs := range hoodSeeds {
		h := &hood{names: hs.names, fin: hs.fin, lat: hs.lat, lon: hs.lon, numbered: hs.numbered}
		if hs.numbered {
			for _, n := range golsarStreets {
				h.streets = append(h.streets, &street{hood: h, kind: "خیابان", num: n, fin: "khiaban"})
			}
			h.streets = append(h.streets, &street{hood: h, kind: "بلوار", name: "گیلان", fin: "gilan"},
				&street{hood: h, kind: "بلوار", name: "دیلمان", fin: "deylaman"})
		} else {
			for i, name := range hs.streets {
				kind := "خیابان"
				if i == 0 && r.Intn(2) == 0 {
					kind = "بلوار"
				}
				st := &street{hood: h, kind: kind, name: name, fin: finNames[name]}
				st.alts = altNames(name)
				h.streets = append(h.streets, st)
			}
			// and the smaller streets named after the neighbourhood's martyrs
			used := map[string]bool{}
			for _, st := range h.streets {
				used[st.name] = true
				used[strings.TrimPrefix(st.name, "شهید ")] = true
			}
			for k := 0; k < 3; k++ {
				nm := martyrNames[r.Intn(len(martyrNames))]
				if used[nm] {
					continue
				}
				used[nm] = true
				name := "شهید " + nm
				h.streets = append(h.streets, &street{hood: h, kind: "خیابان", name: name, alts: altNames(name), fin: finNames[nm]})
			}
		}
		marksUsed := map[string]bool{}
		for _, st := range h.streets {
			st.lat, st.lon = offset(h.lat, h.lon, (r.Float64()-0.5)*900, (r.Float64()-0.5)*900)
			st.angle = r.Float64() * math.Pi
			st.square = squares[r.Intn(len(squares))]
			n := 6 + r.Intn(12)
			dist := 40.0
			named := map[string]bool{}
			for i := 1; i <= n; i++ {
				a := &alley{st: st, dist: dist, side: float64(1 - 2*(i%2))}
				dist += 35 + r.Float64()*50
				switch {
				case st.num > 0 || r.Intn(3) > 0:
					a.num = i
				case r.Intn(2) == 0:
					nm := martyrNames[r.Intn(len(martyrNames))]
					a.name, a.fin = "شهید "+nm, "shahid "+finNames[nm]
				default:
					nm := flowerNames[r.Intn(len(flowerNames))]
					a.name, a.fin = nm, finNames[nm]
				}
				if a.name != "" && named[a.name] {
					a.num, a.name, a.fin = i, "", ""
				}
				named[a.name] = true
				a.dead = r.Intn(6) == 0
				st.alleys = append(st.alleys, a)
			}
			// landmarks along the street; a neighbourhood has one of each name
			for k := 0; k < 2+r.Intn(3); k++ {
				mk := markKinds[r.Intn(len(markKinds))]
				name := mk.kind
				if names, ok := markNames[mk.kind]; ok {
					name = names[r.Intn(len(names))]
				}
				if marksUsed[name] {
					continue
				}
				marksUsed[name] = true
				lat, lon := st.pointAt(r.Float64()*dist, 0)
				st.marks = append(st.marks, &mark{kind: mk.kind, name: name, lat: lat, lon: lon})
			}
		}
		for k := 0; k < 1+r.Intn(2); k++ {
			lat, lon := offset(h.lat, h.lon, (r.Float64()-0.5)*700, (r.Float64()-0.5)*700)
			h.parks = append(h.parks, &mark{kind: "پارک", name: parkNames[r.Intn(len(parkNames))], lat: lat, lon: lon, park: true})
		}
		w.hoods = append(w.hoods, h)
	}
	return w
}

// altNames gives the other ways a named street is written: with or without «شهید», joined.
func altNames(name string) []string {
	var alts []string
	if len(name) > len("شهید ") && name[:len("شهید ")] == "شهید " {
		alts = append(alts, name[len("شهید "):])
	}
	return alts
}

func (st *street) pointAt(along, across float64) (float64, float64) {
	n := math.Sin(st.angle)*along + math.Cos(st.angle)*across
	e := math.Cos(st.angle)*along - math.Sin(st.angle)*across
	return offset(st.lat, st.lon, n, e)
}

func (a *alley) point(r *rand.Rand) (float64, float64) {
	// somewhere inside the alley: up to 120 m in from the street
	lat, lon := a.st.pointAt(a.dist, a.side*(15+r.Float64()*100))
	return lat, lon
}
