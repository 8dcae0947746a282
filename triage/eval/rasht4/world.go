package rasht4

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Rasht's centre (Shahrdari square); neighbourhood centres are placed around it.
const (
	centreLat = 37.2790
	centreLon = 49.5880
)

// hood is a neighbourhood with its own streets; numbered means its streets are known by
// number (Golsar's 55, 124, 132 ...), as residents write them.
type hood struct {
	name     string
	alias    []string // other spellings residents use
	finglish string
	dLat     float64 // offset of its centre from Rasht's centre, degrees
	dLon     float64
	numbered bool
	streets  []string // named streets of the hood (without the kind word)
}

var hoods = []hood{
	{name: "گلسار", alias: []string{"گلسار", "گلسار", "شهرک گلسار"}, finglish: "golsar", dLat: 0.012, dLon: -0.022, numbered: true},
	{name: "منظریه", alias: []string{"منظریه", "منظريه"}, finglish: "manzarieh", dLat: -0.004, dLon: -0.026,
		streets: []string{"شهید رجایی", "بهار", "نسترن", "سرو", "یاس"}},
	{name: "معلم", alias: []string{"معلم", "بلوار معلم"}, finglish: "moalem", dLat: 0.006, dLon: -0.034,
		streets: []string{"شهید نوری", "کوثر", "فرزانگان", "دانش"}},
	{name: "زرجوب", alias: []string{"زرجوب", "زر جوب"}, finglish: "zarjoob", dLat: -0.006, dLon: 0.004,
		streets: []string{"زرجوب", "شهید فاطمی", "ارشاد"}},
	{name: "ساغریسازان", alias: []string{"ساغریسازان", "ساغری سازان"}, finglish: "saghrisazan", dLat: 0.002, dLon: 0.006,
		streets: []string{"ساغریسازان", "کوی قدس", "شهید شفیعی"}},
	{name: "استادسرا", alias: []string{"استادسرا", "استاد سرا"}, finglish: "ostadsara", dLat: -0.014, dLon: 0.012,
		streets: []string{"استادسرا", "مهدیه", "شهید بهشتی"}},
	{name: "چمارسرا", alias: []string{"چمارسرا", "چمار سرا"}, finglish: "chomarsara", dLat: -0.018, dLon: -0.004,
		streets: []string{"چمارسرا", "انقلاب", "لاله"}},
	{name: "پیرسرا", alias: []string{"پیرسرا", "پیر سرا"}, finglish: "pirsara", dLat: 0.018, dLon: 0.016,
		streets: []string{"پیرسرا", "شهید انصاری", "امیرکبیر"}},
	{name: "صیقلان", alias: []string{"صیقلان", "صیقلان"}, finglish: "seyghalan", dLat: 0.004, dLon: 0.022,
		streets: []string{"صیقلان", "تختی", "شهید چمران"}},
	{name: "ضیابری", alias: []string{"ضیابری", "ضیا بری"}, finglish: "ziabari", dLat: -0.002, dLon: -0.012,
		streets: []string{"ضیابری", "شهید مطهری", "حافظ"}},
	{name: "سلیمان‌داراب", alias: []string{"سلیمان‌داراب", "سلیمانداراب", "سلیمان داراب"}, finglish: "soleyman darab", dLat: -0.026, dLon: 0.024,
		streets: []string{"سلیمان‌داراب", "ولیعصر", "شهید صدوقی"}},
	{name: "آج‌بیشه", alias: []string{"آج‌بیشه", "آجبیشه", "آج بیشه"}, finglish: "ajbishe", dLat: -0.030, dLon: -0.010,
		streets: []string{"آج‌بیشه", "فرهنگ", "بوستان"}},
	{name: "کوی مدرس", alias: []string{"کوی مدرس", "مدرس"}, finglish: "koye modares", dLat: 0.016, dLon: -0.006,
		streets: []string{"مدرس", "آزادگان", "شقایق"}},
	{name: "حاجی‌آباد", alias: []string{"حاجی‌آباد", "حاجی آباد", "حاجیاباد"}, finglish: "hajiabad", dLat: -0.010, dLon: 0.032,
		streets: []string{"حاجی‌آباد", "نامجو", "شهید باهنر"}},
	{name: "سرخبنده", alias: []string{"سرخبنده", "سرخ بنده"}, finglish: "sorkhbande", dLat: 0.024, dLon: 0.004,
		streets: []string{"سرخبنده", "گلستان", "نرگس"}},
	{name: "پاسکیاب", alias: []string{"پاسکیاب"}, finglish: "paskiab", dLat: 0.010, dLon: 0.030,
		streets: []string{"پاسکیاب", "شهید کریمی", "امام رضا"}},
	{name: "خمیران", alias: []string{"خمیران"}, finglish: "khomiran", dLat: -0.020, dLon: 0.036,
		streets: []string{"خمیران", "رسالت", "مطهری"}},
	{name: "عینک", alias: []string{"عینک", "شهرک عینک"}, finglish: "eynak", dLat: -0.036, dLon: 0.008,
		streets: []string{"عینک", "پرستار", "شهید یوسفی"}},
	{name: "بیستون", alias: []string{"بیستون"}, finglish: "bisotoon", dLat: 0.008, dLon: -0.004,
		streets: []string{"بیستون", "سعدی", "فردوسی"}},
	{name: "شهرک بعثت", alias: []string{"شهرک بعثت", "بعثت"}, finglish: "shahrak besat", dLat: 0.028, dLon: -0.030,
		streets: []string{"بعثت", "اندیشه", "شهید حیدری"}},
}

// Avenues and boulevards crossing several hoods; a place can hang off them directly.
var avenues = []struct{ kind, name string }{
	{"خیابان", "امام خمینی"}, {"خیابان", "سعدی"}, {"خیابان", "شریعتی"}, {"خیابان", "لاکانی"},
	{"خیابان", "مطهری"}, {"خیابان", "تختی"}, {"خیابان", "سردار جنگل"}, {"خیابان", "طالقانی"},
	{"بلوار", "گیلان"}, {"بلوار", "شهید انصاری"}, {"بلوار", "معلم"}, {"بلوار", "ولیعصر"},
	{"خیابان", "نامجو"}, {"خیابان", "آزادگان"}, {"خیابان", "حافظ"}, {"بلوار", "امام رضا"},
}

var squares = []string{"میدان شهرداری", "میدان صیقلان", "میدان فرهنگ", "میدان حشمت", "میدان گاز",
	"میدان مصلی", "میدان انتظام", "میدان جانبازان", "میدان پل عراق", "میدان ولیعصر"}

// Landmark kinds and the names they come with; a place may have one.
var landmarkKinds = []struct {
	kind  string
	names []string
}{
	{"مسجد", []string{"جامع", "امام حسن", "حضرت ابوالفضل", "قائم", "صاحب‌الزمان", "النبی", "امام صادق"}},
	{"مدرسه", []string{"شهید بهشتی", "فرزانگان", "نیکان", "امام علی", "دخترانه کوثر", "ابتدایی سعدی"}},
	{"بانک", []string{"ملت", "ملی", "صادرات", "سپه", "تجارت", "رفاه", "مسکن"}},
	{"نانوایی", []string{"سنگکی", "بربری", "لواشی", "تافتون", "سنگک حاج رضا"}},
	{"داروخانه", []string{"دکتر رحیمی", "دکتر صالحی", "شبانه‌روزی", "دکتر نوروزی", "سینا"}},
	{"پارک", []string{"شهر", "بانوان", "محله", "کودک", "لاله", "ملت"}},
	{"بقعه", []string{"آقا سید ابوجعفر", "سید محمد", "خواهر امام"}},
	{"سوپرمارکت", []string{"رضایی", "خانواده", "ستاره", "قائم"}},
	{"درمانگاه", []string{"امام رضا", "شبانه‌روزی", "خیریه"}},
	{"حسینیه", []string{"اعظم", "ابوالفضل", "محله"}},
	{"پمپ بنزین", []string{""}},
	{"کلانتری", []string{"۱۱", "۱۲", "۱۴", "۱۶"}},
	{"اداره گاز", []string{""}},
	{"پست برق", []string{""}},
	{"ساختمان مخابرات", []string{""}},
}

// Names of alleys named after people or things; also used for named dead ends.
var alleyNames = []string{"شهید رضایی", "شهید احمدی", "گلستان", "یاس", "نسترن", "بهار", "شهید نظری",
	"مریم", "صفا", "وحدت", "شهید قربانی", "پروانه", "امید", "شهید کاظمی", "لاله", "حاج رحیم",
	"شهید زمانی", "ارغوان", "آزادی", "شهید محمدی", "نیلوفر", "فرهنگ", "شهید سلیمانی", "بوستان",
	"شهید پورحسن", "سعادت", "مهر", "شقایق", "اقاقیا", "شهید رمضانی"}

// place is where a problem is: from the hood down to a plate. Fields left empty are levels
// the place does not have (a problem on an avenue has no alley).
type place struct {
	hood      int    // index into hoods
	streetK   string // خیابان / بلوار
	street    string // name, or a number for numbered hoods
	streetNum int    // >0 for numbered streets
	alleyNum  int    // >0: numbered alley
	alleyName string // named alley
	deadEnd   int    // >0: numbered dead end off the alley
	square    string // a problem at a square
	plate     int
	landmark  string // «نانوایی بربری» ...
	lat, lon  float64
}

func (p place) key() string {
	return fmt.Sprintf("%d|%s|%s|%d|%s|%d|%s", p.hood, p.streetK, p.street, p.alleyNum, p.alleyName, p.deadEnd, p.square)
}

// newPlace draws a place of the given scale: "alley" (an alley or dead end), "street" (on a
// street, often by a landmark), "square".
func newPlace(r *rand.Rand, scale string) place {
	h := r.IntN(len(hoods))
	hd := hoods[h]
	p := place{hood: h}
	switch {
	case scale == "square":
		p.square = squares[r.IntN(len(squares))]
	case r.IntN(5) == 0:
		a := avenues[r.IntN(len(avenues))]
		p.streetK, p.street = a.kind, a.name
	case hd.numbered:
		p.streetK = "خیابان"
		p.streetNum = []int{35, 55, 57, 75, 95, 105, 114, 124, 132, 140, 142, 158, 166, 174, 189, 195}[r.IntN(16)]
		p.street = fmt.Sprint(p.streetNum)
	default:
		p.streetK = "خیابان"
		if r.IntN(4) == 0 {
			p.streetK = "بلوار"
		}
		p.street = hd.streets[r.IntN(len(hd.streets))]
	}
	if scale == "alley" && p.square == "" {
		if r.IntN(10) < 6 {
			p.alleyNum = 1 + r.IntN(30)
		} else {
			p.alleyName = alleyNames[r.IntN(len(alleyNames))]
		}
		if r.IntN(5) == 0 {
			p.deadEnd = 1 + r.IntN(6)
		}
	}
	p.plate = 1 + r.IntN(120)
	if r.IntN(3) == 0 || scale == "street" {
		lk := landmarkKinds[r.IntN(len(landmarkKinds))]
		n := lk.names[r.IntN(len(lk.names))]
		p.landmark = lk.kind
		if n != "" {
			p.landmark += " " + n
		}
	}
	p.lat, p.lon = p.position()
	return p
}

// position derives a stable position from the place's parts, so the same alley is always at
// the same spot and neighbouring alleys are ~80 m apart.
func (p place) position() (float64, float64) {
	hd := hoods[p.hood]
	lat, lon := centreLat+hd.dLat, centreLon+hd.dLon
	hsh := func(s string) float64 {
		var x uint32 = 2166136261
		for _, b := range []byte(s) {
			x = (x ^ uint32(b)) * 16777619
		}
		return float64(x%1000)/1000 - 0.5
	}
	if p.square != "" {
		return centreLat + hsh(p.square+"a")*0.05, centreLon + hsh(p.square+"o")*0.06
	}
	lat += hsh(p.street+"a") * 0.012
	lon += hsh(p.street+"o") * 0.012
	if p.alleyNum > 0 {
		lon += float64(p.alleyNum) * 0.0009 // alleys along the street, ~80 m apart
	}
	if p.alleyName != "" {
		lat += hsh(p.alleyName) * 0.004
	}
	lat += float64(p.deadEnd) * 0.0004
	return lat, lon
}

// noisyCoord moves a position by 20-150 m in a random direction.
func noisyCoord(r *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + r.Float64()*130
	a := r.Float64() * 2 * math.Pi
	dLat := d * math.Cos(a) / 111320
	dLon := d * math.Sin(a) / (111320 * math.Cos(lat*math.Pi/180))
	return math.Round((lat+dLat)*1e6) / 1e6, math.Round((lon+dLon)*1e6) / 1e6
}
