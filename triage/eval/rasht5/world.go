package rasht5

import (
	"math"
	"math/rand"
)

// hoodSeed is a neighbourhood as a Rasht resident names it: its spellings (Finglish last),
// an approximate centre, the streets people give as their address, and its squares.
type hoodSeed struct {
	names   []string
	lat     float64
	lon     float64
	streets []string // "kind|name|finglish"
	squares []string
}

var hoodSeeds = []hoodSeed{
	{[]string{"گلسار", "golsar"}, 37.2905, 49.5935,
		[]string{"خیابان|95|95", "خیابان|105|105", "خیابان|117|117", "خیابان|124|124", "خیابان|132|132",
			"خیابان|141|141", "خیابان|157|157", "بلوار|گیلان|gilan", "بلوار|سمیه|somayeh"},
		[]string{"میدان گیل"}},
	{[]string{"منظریه", "manzarieh"}, 37.2958, 49.5750,
		[]string{"بلوار|منظریه|manzarieh", "خیابان|شهید چمران|chamran", "خیابان|بهار|bahar", "خیابان|ارشاد|ershad"},
		nil},
	{[]string{"معلم", "moallem"}, 37.2990, 49.6010,
		[]string{"بلوار|معلم|moallem", "خیابان|فرهنگ|farhang", "خیابان|شهید انصاری|ansari"},
		[]string{"میدان فرهنگ"}},
	{[]string{"حمیدیان", "hamidian"}, 37.2745, 49.6065,
		[]string{"خیابان|حمیدیان|hamidian", "بلوار|شهید بهشتی|beheshti", "خیابان|لاله|laleh"}, nil},
	{[]string{"سبزه میدان", "سبزه‌میدان", "sabze meydan"}, 37.2795, 49.5880,
		[]string{"خیابان|امام خمینی|emam", "خیابان|اعلم الهدی|alamolhoda", "خیابان|تختی|takhti"},
		[]string{"میدان شهرداری"}},
	{[]string{"ضیابری", "ضیا بری", "ziabari"}, 37.2830, 49.5800,
		[]string{"خیابان|ضیابری|ziabari", "خیابان|مطهری|motahari", "خیابان|رازی|razi"}, nil},
	{[]string{"لاکانی", "lakani"}, 37.2772, 49.5962,
		[]string{"خیابان|شهید لاکانی|lakani", "خیابان|سعدی|saadi", "خیابان|سرچشمه|sarcheshmeh"}, nil},
	{[]string{"پل عراق", "پل‌عراق", "pol eragh"}, 37.2730, 49.5858,
		[]string{"خیابان|پل عراق|pol eragh", "خیابان|شریعتی|shariati", "خیابان|نواب|navab"}, nil},
	{[]string{"بیستون", "bistoon"}, 37.2705, 49.5722,
		[]string{"خیابان|بیستون|bistoon", "بلوار|امام رضا|emam reza", "خیابان|شهدا|shohada"},
		[]string{"میدان شهدا"}},
	{[]string{"رشتیان", "rashtian"}, 37.2660, 49.5950,
		[]string{"خیابان|رشتیان|rashtian", "خیابان|ولیعصر|valiasr", "خیابان|نسترن|nastaran"}, nil},
	{[]string{"کوی مهدی", "کوی‌مهدی", "kuye mahdi"}, 37.2615, 49.6060,
		[]string{"بلوار|مهدی|mahdi", "خیابان|امیرکبیر|amirkabir", "خیابان|سپیدار|sepidar"}, nil},
	{[]string{"شهرک بعثت", "بعثت", "besat"}, 37.2575, 49.5810,
		[]string{"بلوار|بعثت|besat", "خیابان|صنوبر|sanobar", "خیابان|ارغوان|arghavan"}, nil},
	{[]string{"آتشگاه", "atashgah"}, 37.2870, 49.5665,
		[]string{"خیابان|آتشگاه|atashgah", "خیابان|شهید صدوقی|sadughi", "بلوار|قلی پور|gholipour"}, nil},
	{[]string{"استادسرا", "استاد سرا", "ostadsara"}, 37.2682, 49.6155,
		[]string{"خیابان|استادسرا|ostadsara", "خیابان|کشاورز|keshavarz", "بلوار|انقلاب|enghelab"}, nil},
	{[]string{"صیقلان", "seyghalan"}, 37.2765, 49.5760,
		[]string{"خیابان|صیقلان|seyghalan", "خیابان|طالقانی|taleghani", "خیابان|حافظ|hafez"},
		[]string{"میدان صیقلان"}},
	{[]string{"چمارسرا", "chomarsara"}, 37.2688, 49.5615,
		[]string{"خیابان|چمارسرا|chomarsara", "خیابان|پاسداران|pasdaran", "خیابان|گلها|golha"}, nil},
	{[]string{"زرجوب", "zarjub"}, 37.2855, 49.6085,
		[]string{"خیابان|زرجوب|zarjub", "خیابان|مهرگان|mehregan", "بلوار|نماز|namaz"},
		[]string{"میدان مصلی"}},
	{[]string{"پاسداران", "pasdaran"}, 37.2928, 49.6140,
		[]string{"بلوار|پاسداران|pasdaran", "خیابان|شقایق|shaghayegh", "خیابان|مژده|mozhdeh"},
		[]string{"میدان جانبازان"}},
}

// Names of alleys that are not numbered: martyrs, flowers, trees, as in any Iranian city.
var alleyNames = []string{"شهید رضایی", "شهید کاظمی", "شهید نوری", "شهید احمدی", "گلستان", "نسترن",
	"یاس", "بهار", "لاله", "نرگس", "اقاقیا", "سرو", "شمشاد", "ارغوان", "مریم", "شهید باقری",
	"شهید رجایی", "عدالت", "وحدت", "فجر", "امید", "آزادی", "صفا", "مهر", "توحید", "شهید پورجباری",
	"میرزا کوچک", "شهید حسن پور", "پروین", "سعادت", "دانش", "حکمت"}

var alleyFin = map[string]string{"گلستان": "golestan", "نسترن": "nastaran", "یاس": "yas", "بهار": "bahar",
	"لاله": "laleh", "نرگس": "narges", "سرو": "sarv", "عدالت": "edalat", "وحدت": "vahdat", "فجر": "fajr",
	"امید": "omid", "آزادی": "azadi", "مهر": "mehr"}

// Landmarks people use to say where exactly they mean.
var landmarkKinds = []string{"مسجد", "مدرسه", "بانک", "نانوایی", "داروخانه", "سوپرمارکت", "پارک",
	"بقعه", "حسینیه", "مطب", "آرایشگاه", "میوه فروشی", "قنادی", "پمپ بنزین", "کلینیک"}

var landmarkNames = map[string][]string{
	"مسجد":       {"مسجد جامع", "مسجد امام حسن", "مسجد صاحب الزمان", "مسجد قدس", "مسجد ابوالفضل", "مسجد فاطمیه"},
	"مدرسه":      {"مدرسه شهید بهشتی", "دبستان فردوسی", "مدرسه دخترانه فاطمیه", "دبیرستان شاهد", "مدرسه امام علی"},
	"بانک":       {"بانک ملت", "بانک ملی", "بانک صادرات", "بانک تجارت", "بانک سپه", "بانک مسکن"},
	"نانوایی":    {"نانوایی سنگک", "نانوایی بربری", "نانوایی لواشی", "نانوایی تافتون"},
	"داروخانه":   {"داروخانه دکتر رحیمی", "داروخانه شبانه روزی", "داروخانه دکتر صالحی", "داروخانه دکتر مقدم"},
	"سوپرمارکت":  {"سوپر مارکت نیکان", "سوپری حسین", "فروشگاه شهروند", "هایپر ستاره"},
	"پارک":       {"پارک محله", "پارک بانوان", "بوستان گلها", "پارک کودک"},
	"بقعه":       {"بقعه سید ابوجعفر", "امامزاده", "بقعه آقا سید"},
	"حسینیه":     {"حسینیه اعظم", "حسینیه ابوالفضلی", "حسینیه محل"},
	"مطب":        {"مطب دکتر کاظمی", "ساختمان پزشکان", "مطب دندانپزشکی"},
	"آرایشگاه":   {"آرایشگاه مردانه", "سالن زیبایی"},
	"میوه فروشی": {"میوه فروشی", "تره بار"},
	"قنادی":      {"قنادی گیلان", "شیرینی فروشی"},
	"پمپ بنزین":  {"پمپ بنزین", "جایگاه سوخت"},
	"کلینیک":     {"کلینیک تخصصی", "درمانگاه شبانه روزی"},
}

// Landmarks that carry another agency's word: a municipal complaint next to them is still
// municipal, which is exactly what a keyword rule gets wrong.
var agencyLandmarks = []string{"اداره گاز", "شرکت گاز", "اداره آب و فاضلاب", "ساختمان آبفا", "مخابرات",
	"اداره برق", "پست برق", "کلانتری 12", "پاسگاه", "آموزش و پرورش ناحیه 2", "تامین اجتماعی",
	"ایستگاه آتش نشانی"}

type street struct {
	kind, name, fin string
	lat, lon        float64
	alleys          []*alley
	landmarks       []string
}

type alley struct {
	num     int    // 0 when named
	name    string // the alley's name when not numbered
	deadEnd int    // >0: the place is «بن‌بست N» off this alley
	lat     float64
	lon     float64
	mark    string // a landmark at its corner, may be empty
}

type hood struct {
	names   []string
	lat     float64
	lon     float64
	streets []*street
	squares []string
	parks   []string
}

// buildWorld lays out the city deterministically from r: alleys are numbered or named, some
// with a dead end, placed along their street so that neighbouring numbers are near each other.
func buildWorld(r *rand.Rand) []*hood {
	var hs []*hood
	for _, hsd := range hoodSeeds {
		h := &hood{names: hsd.names, lat: hsd.lat, lon: hsd.lon, squares: hsd.squares}
		h.parks = []string{"پارک " + hsd.names[0], landmarkNames["پارک"][r.Intn(len(landmarkNames["پارک"]))]}
		for i, s := range hsd.streets {
			var kind, name, fin string
			parts := splitBar(s)
			kind, name, fin = parts[0], parts[1], parts[2]
			st := &street{kind: kind, name: name, fin: fin}
			ang := float64(i) * 1.3
			st.lat = h.lat + 0.004*math.Sin(ang)*(0.5+r.Float64())
			st.lon = h.lon + 0.005*math.Cos(ang)*(0.5+r.Float64())
			nAlleys := 6 + r.Intn(10)
			usedNames := map[string]bool{}
			for a := 0; a < nAlleys; a++ {
				al := &alley{}
				if r.Float64() < 0.65 {
					al.num = a + 1
					if r.Float64() < 0.2 {
						al.num = (a + 1) * 2
					}
				} else {
					for {
						n := alleyNames[r.Intn(len(alleyNames))]
						if !usedNames[n] {
							usedNames[n] = true
							al.name = n
							break
						}
					}
				}
				if r.Float64() < 0.18 {
					al.deadEnd = 1 + r.Intn(5)
				}
				// alleys every ~70 m along the street
				al.lat = st.lat + float64(a)*0.00045*math.Sin(ang+1.57)
				al.lon = st.lon + float64(a)*0.00055*math.Cos(ang+1.57)
				if r.Float64() < 0.5 {
					k := landmarkKinds[r.Intn(len(landmarkKinds))]
					al.mark = pickS(r, landmarkNames[k])
				}
				st.alleys = append(st.alleys, al)
			}
			for k := 0; k < 3; k++ {
				kk := landmarkKinds[r.Intn(len(landmarkKinds))]
				st.landmarks = append(st.landmarks, pickS(r, landmarkNames[kk]))
			}
			h.streets = append(h.streets, st)
		}
		hs = append(hs, h)
	}
	return hs
}

func splitBar(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func pickS(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }
