package rasht33

// street is one street of a neighbourhood. Alleys are numbered from the street's start at
// about alleyGap metres; named alleys replace some numbers, as in the older quarters.
type street struct {
	kind, name string
	// finglish is how a citizen types the street in Latin letters.
	finglish string
	alleys   int
	named    map[int]string
	lat, lon float64
	// bearing of the street in degrees from north; alleys leave it at right angles.
	bearing   float64
	landmarks []string
}

type hood struct {
	name     string
	variants []string
	finglish string
	streets  []street
}

const alleyGap = 55.0 // metres between alleys along a street

// district5 is منطقه ۵ as its clerks know it: the older east of the city and the newer
// blocks on its edge. Coordinates are the start of each street.
var district5 = []hood{
	{name: "سعدی", variants: []string{"خیابان سعدی", "محله سعدی"}, finglish: "saadi", streets: []street{
		{kind: "خیابان", name: "سعدی", finglish: "saadi", alleys: 30, lat: 37.2795, lon: 49.5960, bearing: 80,
			named: map[int]string{3: "شهید رضایی", 7: "گلستان", 15: "بهار"}, landmarks: []string{"مسجد جامع سعدی", "بانک ملی", "نانوایی بربری", "داروخانه", "مدرسه فرزانگان"}},
		{kind: "خیابان", name: "سعدی شرقی", finglish: "saadi sharghi", alleys: 18, lat: 37.2801, lon: 49.6055, bearing: 75,
			landmarks: []string{"پمپ بنزین", "بانک صادرات", "سوپرمارکت"}},
	}},
	{name: "لاکانی", variants: []string{"بلوار لاکانی", "لاکانی"}, finglish: "lakani", streets: []street{
		{kind: "بلوار", name: "شهید لاکانی", finglish: "lakani", alleys: 40, lat: 37.2838, lon: 49.6080, bearing: 60,
			landmarks: []string{"بیمارستان", "پارک لاکانی", "ایستگاه اتوبوس", "بانک ملت", "کلانتری"}},
		{kind: "خیابان", name: "مطهری", finglish: "motahari", alleys: 22, lat: 37.2862, lon: 49.6120, bearing: 150,
			named: map[int]string{4: "نسترن", 9: "یاس"}, landmarks: []string{"مسجد", "مدرسه شهید بهشتی", "نانوایی"}},
	}},
	{name: "تختی", variants: []string{"خیابان تختی", "تختی"}, finglish: "takhti", streets: []street{
		{kind: "خیابان", name: "تختی", finglish: "takhti", alleys: 34, lat: 37.2748, lon: 49.6010, bearing: 95,
			named: map[int]string{2: "شهید اکبری", 11: "نرگس", 20: "شقایق"}, landmarks: []string{"ورزشگاه تختی", "بانک تجارت", "مسجد امام حسین", "قنادی"}},
		{kind: "کوچه", name: "دوستی", finglish: "dousti", alleys: 8, lat: 37.2735, lon: 49.6048, bearing: 5,
			landmarks: []string{"حسینیه"}},
	}},
	{name: "پل عراق", variants: []string{"پل عراق", "پل‌عراق", "پل عراقی"}, finglish: "pol eragh", streets: []street{
		{kind: "خیابان", name: "پل عراق", finglish: "pol eragh", alleys: 26, lat: 37.2712, lon: 49.5948, bearing: 120,
			landmarks: []string{"پل", "رودخانه زرجوب", "نانوایی سنگک", "مسجد"}},
		{kind: "خیابان", name: "شهید انصاری", finglish: "ansari", alleys: 16, lat: 37.2695, lon: 49.5990, bearing: 30,
			named: map[int]string{5: "لاله"}, landmarks: []string{"مدرسه", "سوپرمارکت"}},
	}},
	{name: "ضیابری", variants: []string{"ضیابری", "خیابان ضیابری"}, finglish: "ziabari", streets: []street{
		{kind: "خیابان", name: "ضیابری", finglish: "ziabari", alleys: 28, lat: 37.2772, lon: 49.5905, bearing: 100,
			named: map[int]string{6: "شهید حسینی", 13: "فجر"}, landmarks: []string{"بانک سپه", "مسجد", "داروخانه شبانه‌روزی", "میوه‌فروشی"}},
	}},
	{name: "شهرک بعثت", variants: []string{"شهرک بعثت", "بعثت"}, finglish: "shahrak besat", streets: []street{
		{kind: "بلوار", name: "بعثت", finglish: "besat", alleys: 24, lat: 37.2690, lon: 49.6270, bearing: 70,
			landmarks: []string{"پارک بعثت", "مدرسه", "فروشگاه", "ایستگاه تاکسی"}},
		{kind: "خیابان", name: "گلها", finglish: "golha", alleys: 14, lat: 37.2702, lon: 49.6315, bearing: 160,
			landmarks: []string{"زمین بازی", "مسجد"}},
	}},
	{name: "شهرک فرهنگیان", variants: []string{"شهرک فرهنگیان", "فرهنگیان"}, finglish: "farhangian", streets: []street{
		{kind: "خیابان", name: "فرهنگ", finglish: "farhang", alleys: 20, lat: 37.2650, lon: 49.6220, bearing: 85,
			landmarks: []string{"پارک محله", "مدرسه", "نانوایی"}},
		{kind: "خیابان", name: "معلم", finglish: "moalem", alleys: 12, lat: 37.2638, lon: 49.6265, bearing: 175,
			landmarks: []string{"مسجد", "سوپرمارکت"}},
	}},
	{name: "کوی ولیعصر", variants: []string{"کوی ولیعصر", "ولیعصر", "کوی ولی عصر"}, finglish: "koye valiasr", streets: []street{
		{kind: "خیابان", name: "ولیعصر", finglish: "valiasr", alleys: 26, lat: 37.2905, lon: 49.6210, bearing: 110,
			named: map[int]string{8: "شهید صادقی"}, landmarks: []string{"مسجد ولیعصر", "بانک کشاورزی", "نانوایی لواش", "پارک"}},
		{kind: "خیابان", name: "آزادگان", finglish: "azadegan", alleys: 15, lat: 37.2930, lon: 49.6255, bearing: 20,
			landmarks: []string{"مدرسه", "درمانگاه"}},
	}},
	{name: "جماران", variants: []string{"جماران"}, finglish: "jamaran", streets: []street{
		{kind: "خیابان", name: "جماران", finglish: "jamaran", alleys: 18, lat: 37.2868, lon: 49.5985, bearing: 65,
			landmarks: []string{"بانک ملی", "مسجد", "آرایشگاه"}},
	}},
}

// spot is one place a problem is at: a street, an alley of it (0: the street itself), a
// landmark it is told by (may be empty) and its true coordinates.
type spot struct {
	hood, street, alley int
	block               int
	plate               int
	landmark            string
	lat, lon            float64
}
