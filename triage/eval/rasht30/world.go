package rasht30

// street is one street or boulevard of the district with the alleys off it. Alleys are
// numbered 1..alleys unless named; lat/lon is the street's start and dLat/dLon the step
// from one alley to the next (about 40-60 m).
type street struct {
	kind, name string
	fin        string // how a Finglish writer spells it
	alleys     int
	named      []string // named alleys, used instead of numbers for some spots
	lat, lon   float64
	dLat, dLon float64
}

// hood is one neighbourhood (محله) with its streets and landmarks.
type hood struct {
	name      string
	variants  []string // other ways people write the name
	fin       string
	streets   []street
	landmarks []string
}

// district3 is منطقه ۳ as the author knows it; the layout is plausible, not surveyed.
var district3 = []hood{
	{name: "ضیابری", variants: []string{"ضیابری", "ضیا بری", "خیابان ضیابری"}, fin: "ziabari",
		streets: []street{
			{kind: "خیابان", name: "ضیابری", fin: "ziabari", alleys: 40, named: []string{"شهید رجایی", "گلستان", "یاس"},
				lat: 37.2795, lon: 49.5985, dLat: -0.0004, dLon: 0.0003},
			{kind: "خیابان", name: "شهید صادقی", fin: "sadeghi", alleys: 14, lat: 37.2772, lon: 49.6012, dLat: 0.0003, dLon: 0.0004},
		},
		landmarks: []string{"نانوایی سنگک", "مسجد جامع ضیابری", "بانک ملت", "مدرسه ابتدایی شهید بهشتی", "داروخانه"}},
	{name: "چمارسرا", variants: []string{"چمارسرا", "چمار سرا"}, fin: "chomarsara",
		streets: []street{
			{kind: "خیابان", name: "چمارسرا", fin: "chomarsara", alleys: 25, named: []string{"شهید باقری", "نسترن"},
				lat: 37.2748, lon: 49.6051, dLat: -0.0004, dLon: 0.0002},
			{kind: "خیابان", name: "شهید مطهری", fin: "motahari", alleys: 12, lat: 37.2731, lon: 49.6080, dLat: 0.0002, dLon: 0.0004},
		},
		landmarks: []string{"مسجد چمارسرا", "سوپرمارکت", "بانک صادرات", "دبیرستان دخترانه", "پارک محله"}},
	{name: "پل عراق", variants: []string{"پل عراق", "پل‌عراق", "پلعراق"}, fin: "pol eragh",
		streets: []street{
			{kind: "خیابان", name: "پل عراق", fin: "pol eragh", alleys: 22, named: []string{"شهید چمران"},
				lat: 37.2721, lon: 49.5962, dLat: -0.0003, dLon: 0.0004},
		},
		landmarks: []string{"پل", "نانوایی بربری", "بانک سپه", "مسجد", "تعمیرگاه"}},
	{name: "سرچشمه", variants: []string{"سرچشمه", "سر چشمه"}, fin: "sarcheshmeh",
		streets: []street{
			{kind: "خیابان", name: "سرچشمه", fin: "sarcheshme", alleys: 30, named: []string{"بهار", "شهید نوروزی"},
				lat: 37.2818, lon: 49.6042, dLat: 0.0002, dLon: 0.0004},
			{kind: "خیابان", name: "بیستون", fin: "bisotoon", alleys: 10, lat: 37.2830, lon: 49.6090, dLat: -0.0004, dLon: 0.0001},
		},
		landmarks: []string{"حمام قدیمی", "نانوایی", "بانک ملی", "مدرسه", "میوه فروشی"}},
	{name: "احمدزاده", variants: []string{"بلوار احمدزاده", "احمدزاده", "احمد زاده"}, fin: "ahmadzade",
		streets: []street{
			{kind: "بلوار", name: "احمدزاده", fin: "ahmadzade", alleys: 35, named: []string{"لاله", "شهید حسینی"},
				lat: 37.2690, lon: 49.6100, dLat: -0.0005, dLon: 0.0002},
		},
		landmarks: []string{"پمپ بنزین", "بانک تجارت", "درمانگاه", "هنرستان", "تالار"}},
	{name: "ولیعصر", variants: []string{"بلوار ولیعصر", "ولیعصر", "ولی عصر", "بلوار ولی‌عصر"}, fin: "valiasr",
		streets: []street{
			{kind: "بلوار", name: "ولیعصر", fin: "valiasr", alleys: 30, lat: 37.2660, lon: 49.6160, dLat: -0.0003, dLon: 0.0004},
			{kind: "خیابان", name: "شهید انصاری", fin: "ansari", alleys: 16, named: []string{"ارغوان"}, lat: 37.2645, lon: 49.6205, dLat: 0.0004, dLon: 0.0002},
		},
		landmarks: []string{"بوستان ملت", "پل جانبازان", "بانک رفاه", "مدرسه راهنمایی", "نانوایی"}},
	{name: "استقلال", variants: []string{"خیابان استقلال", "استقلال"}, fin: "esteghlal",
		streets: []street{
			{kind: "خیابان", name: "استقلال", fin: "esteghlal", alleys: 20, lat: 37.2760, lon: 49.6140, dLat: 0.0003, dLon: 0.0004},
		},
		landmarks: []string{"بانک کشاورزی", "مسجد", "کلینیک", "دبستان", "قنادی"}},
	{name: "دیانتی", variants: []string{"دیانتی", "خیابان دیانتی"}, fin: "diyanati",
		streets: []street{
			{kind: "خیابان", name: "دیانتی", fin: "diyanati", alleys: 18, named: []string{"شهید کریمی"}, lat: 37.2790, lon: 49.6175, dLat: -0.0004, dLon: 0.0003},
		},
		landmarks: []string{"نانوایی لواش", "مسجد", "بانک ملت", "مدرسه", "آرایشگاه"}},
	{name: "خمیران", variants: []string{"خمیران"}, fin: "khomeyran",
		streets: []street{
			{kind: "خیابان", name: "خمیران", fin: "khomeyran", alleys: 24, lat: 37.2700, lon: 49.6250, dLat: -0.0002, dLon: 0.0005},
		},
		landmarks: []string{"مسجد خمیران", "نانوایی", "مدرسه", "قبرستان قدیمی", "سوپرمارکت"}},
}

// hoodWeights is how much of the district's traffic each neighbourhood brings (older and
// denser ones more).
var hoodWeights = []float64{18, 12, 10, 13, 12, 12, 8, 8, 7}

// ordinals are the number words people use for alleys: کوچه دوازدهم.
var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم", "بیست و هفتم",
	"بیست و هشتم", "بیست و نهم", "سی‌ام", "سی و یکم", "سی و دوم", "سی و سوم", "سی و چهارم", "سی و پنجم",
	"سی و ششم", "سی و هفتم", "سی و هشتم", "سی و نهم", "چهلم"}
