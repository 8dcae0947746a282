package rasht39

// The district as its residents name it. Names are a plausible composition, not the
// official gazetteer; coordinates are approximate.

// street is one street, boulevard or road of a neighbourhood with its alleys.
type street struct {
	kind       string // خیابان، بلوار، جاده، کوچه اصلی
	name       string
	finglish   string
	alleys     []alley
	lat, lon   float64 // its middle
	dLat, dLon float64 // direction along it, per alley step
}

// alley is one alley or dead end off a street: numbered (the number may be written as a word)
// or named.
type alley struct {
	num     int    // 0 when named
	name    string // "" when numbered
	deadEnd bool
}

type neighbourhood struct {
	name      string
	finglish  string
	lat, lon  float64
	streets   []street
	landmarks []landmark
}

// landmark stands at a street (and alley) of its neighbourhood.
type landmark struct {
	name   string
	street int // index into streets
	alley  int // index into the street's alleys, -1 at the street itself
}

func numbered(nums ...int) []alley {
	a := make([]alley, len(nums))
	for i, n := range nums {
		a[i] = alley{num: n}
	}
	return a
}

func seq(from, to, step int) []alley {
	var a []alley
	for n := from; n <= to; n += step {
		a = append(a, alley{num: n})
	}
	return a
}

func named(names ...string) []alley {
	a := make([]alley, len(names))
	for i, n := range names {
		a[i] = alley{name: n}
	}
	return a
}

func withDeadEnds(a []alley, every int) []alley {
	for i := range a {
		if (i+1)%every == 0 {
			a[i].deadEnd = true
		}
	}
	return a
}

// district3 is built fresh on every call so no generator run can alter another's.
func district3() []neighbourhood {
	return []neighbourhood{
		{name: "پل عراق", finglish: "pol eragh", lat: 37.2862, lon: 49.6031,
			streets: []street{
				{kind: "خیابان", name: "پل عراق", finglish: "khiaban pol eragh", alleys: withDeadEnds(seq(1, 24, 1), 5), lat: 37.2862, lon: 49.6031, dLat: 0.0002, dLon: 0.0004},
				{kind: "خیابان", name: "شهید رجایی", finglish: "rajaee", alleys: withDeadEnds(seq(1, 14, 1), 4), lat: 37.2880, lon: 49.6012, dLat: 0.0003, dLon: 0.0001},
				{kind: "کوچه", name: "حمام", finglish: "hamam", alleys: named("مرادی", "یاس"), lat: 37.2850, lon: 49.6050, dLat: 0.0002, dLon: 0.0002},
			},
			landmarks: []landmark{{"مسجد پل عراق", 0, 3}, {"نانوایی سنگکی", 0, 11}, {"مدرسه شهید بهشتی", 1, 5}, {"بانک ملی", 0, -1}}},
		{name: "حاجی‌آباد", finglish: "haji abad", lat: 37.2815, lon: 49.5985,
			streets: []street{
				{kind: "خیابان", name: "حاجی‌آباد", finglish: "haji abad", alleys: withDeadEnds(seq(1, 20, 1), 3), lat: 37.2815, lon: 49.5985, dLat: -0.0002, dLon: 0.0004},
				{kind: "خیابان", name: "شهید چمران", finglish: "chamran", alleys: withDeadEnds(seq(2, 18, 2), 4), lat: 37.2800, lon: 49.6010, dLat: 0.0003, dLon: 0.0002},
				{kind: "کوچه", name: "باغ", finglish: "bagh", alleys: named("نسترن", "لاله", "شقایق"), lat: 37.2830, lon: 49.5970, dLat: 0.0002, dLon: 0.0001},
			},
			landmarks: []landmark{{"حمام قدیمی", 0, 6}, {"مسجد حاجی‌آباد", 0, 9}, {"دبستان پروین اعتصامی", 1, 3}, {"سوپرمارکت", 2, 0}}},
		{name: "عینک", finglish: "eynak", lat: 37.2960, lon: 49.6120,
			streets: []street{
				{kind: "بلوار", name: "عینک", finglish: "bolvar eynak", alleys: withDeadEnds(seq(1, 30, 1), 6), lat: 37.2960, lon: 49.6120, dLat: 0.0003, dLon: 0.0003},
				{kind: "خیابان", name: "گلستان", finglish: "golestan", alleys: seq(1, 16, 1), lat: 37.2975, lon: 49.6095, dLat: 0.0002, dLon: 0.0003},
				{kind: "خیابان", name: "بهار", finglish: "bahar", alleys: withDeadEnds(seq(1, 12, 1), 3), lat: 37.2945, lon: 49.6150, dLat: 0.0003, dLon: 0.0001},
				{kind: "خیابان", name: "۲۲ بهمن", finglish: "22 bahman", alleys: seq(1, 10, 1), lat: 37.2990, lon: 49.6140, dLat: 0.0002, dLon: 0.0002},
			},
			landmarks: []landmark{{"پارک عینک", 0, 14}, {"بانک ملت", 0, -1}, {"مدرسه دخترانه فرزانگان", 1, 7}, {"درمانگاه", 2, 4}, {"میوه‌فروشی", 3, 2}}},
		{name: "پیرسرا", finglish: "pirsara", lat: 37.2905, lon: 49.6065,
			streets: []street{
				{kind: "خیابان", name: "پیرسرا", finglish: "pirsara", alleys: withDeadEnds(seq(1, 22, 1), 4), lat: 37.2905, lon: 49.6065, dLat: 0.0003, dLon: -0.0001},
				{kind: "کوچه", name: "شهید قربانی", finglish: "ghorbani", alleys: named("اقاقیا", "ارغوان"), lat: 37.2920, lon: 49.6050, dLat: 0.0002, dLon: 0.0002},
			},
			landmarks: []landmark{{"امامزاده", 0, 8}, {"مدرسه راهنمایی", 0, 15}, {"نانوایی لواشی", 1, 0}}},
		{name: "سلیمان‌داراب", finglish: "soleyman darab", lat: 37.2780, lon: 49.6370,
			streets: []street{
				{kind: "جاده", name: "سلیمان‌داراب", finglish: "jadde soleyman darab", alleys: withDeadEnds(seq(1, 18, 1), 3), lat: 37.2780, lon: 49.6370, dLat: -0.0003, dLon: 0.0005},
				{kind: "خیابان", name: "امام رضا", finglish: "emam reza", alleys: seq(1, 9, 1), lat: 37.2800, lon: 49.6330, dLat: 0.0003, dLon: 0.0002},
				{kind: "کوچه", name: "مسجد", finglish: "masjed", alleys: named("شالیزار"), lat: 37.2765, lon: 49.6400, dLat: 0.0002, dLon: 0.0001},
			},
			landmarks: []landmark{{"آرامستان", 0, 12}, {"مسجد جامع", 2, -1}, {"پمپ بنزین", 0, -1}, {"مدرسه شهید مطهری", 1, 4}}},
		{name: "خمیران", finglish: "khomeyran", lat: 37.2710, lon: 49.6180,
			streets: []street{
				{kind: "خیابان", name: "خمیران", finglish: "khomeyran", alleys: withDeadEnds(seq(1, 16, 1), 4), lat: 37.2710, lon: 49.6180, dLat: -0.0003, dLon: 0.0002},
				{kind: "خیابان", name: "شهید باهنر", finglish: "bahonar", alleys: seq(1, 8, 1), lat: 37.2730, lon: 49.6150, dLat: 0.0002, dLon: 0.0003},
			},
			landmarks: []landmark{{"پارک محله", 0, 6}, {"مدرسه", 1, 2}, {"کارگاه نجاری", 0, 13}}},
		{name: "کوی ولیعصر", finglish: "kooye valiasr", lat: 37.3010, lon: 49.6040,
			streets: []street{
				{kind: "خیابان", name: "ولیعصر", finglish: "valiasr", alleys: withDeadEnds(seq(1, 26, 1), 5), lat: 37.3010, lon: 49.6040, dLat: 0.0003, dLon: 0.0002},
				{kind: "خیابان", name: "نرگس", finglish: "narges", alleys: seq(1, 12, 1), lat: 37.3030, lon: 49.6010, dLat: 0.0002, dLon: 0.0003},
				{kind: "خیابان", name: "فرهنگ", finglish: "farhang", alleys: withDeadEnds(seq(1, 10, 1), 2), lat: 37.2995, lon: 49.6070, dLat: 0.0003, dLon: 0.0001},
			},
			landmarks: []landmark{{"پارک ولیعصر", 0, 10}, {"مدرسه شاهد", 1, 5}, {"بانک صادرات", 0, -1}, {"مسجد", 2, 3}}},
		{name: "میدان حشمت", finglish: "meydan heshmat", lat: 37.2880, lon: 49.5960,
			streets: []street{
				{kind: "بلوار", name: "شهید انصاری", finglish: "bolvar ansari", alleys: withDeadEnds(seq(1, 40, 1), 7), lat: 37.2900, lon: 49.6080, dLat: 0.0001, dLon: 0.0006},
				{kind: "خیابان", name: "حشمت", finglish: "heshmat", alleys: seq(1, 14, 1), lat: 37.2880, lon: 49.5960, dLat: 0.0002, dLon: 0.0003},
			},
			landmarks: []landmark{{"بیمارستان", 1, -1}, {"بانک تجارت", 0, -1}, {"پاساژ", 0, 9}, {"ایستگاه اتوبوس", 0, 20}, {"کلانتری", 1, 6}}},
	}
}
