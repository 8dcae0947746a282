package demo

// The place catalogue. Names are real Rasht neighbourhoods, streets and squares; coordinates
// are approximate centres (good to a few hundred metres), which is all the generator needs:
// alleys are laid out around them and real requests carry 20-150 m of GPS noise anyway.
// Alley numbers and the small set of common alley names (یاس، لاله ...) are generic, as
// they are in every Iranian city, and do not claim to be real.

// area is a neighbourhood, a main street or a square that people name first in an address.
type area struct {
	name     string   // canonical spelling
	variants []string // other spellings people use (ZWNJ or a space, colloquial forms)
	finglish string   // how it is typed in Latin letters
	kind     string   // "hood" (neighbourhood), "street", "blvd", "square"
	lat, lon float64
	streets  []street // streets inside a neighbourhood; empty: alleys hang off the area itself
	alleys   int      // alleys per street (or off the area)
}

// street is a street inside a neighbourhood: numbered (Golsar) or named.
type street struct {
	num  int    // numbered street, e.g. خیابان ۱۲۴
	name string // named street or boulevard, when num == 0
	kind string // "street" or "blvd"
	fing string // finglish for named streets
}

func numbered(nums ...int) []street {
	s := make([]street, len(nums))
	for i, n := range nums {
		s[i] = street{num: n, kind: "street"}
	}
	return s
}

var areas = []area{
	{name: "گلسار", finglish: "golsar", kind: "hood", lat: 37.2985, lon: 49.5905, alleys: 24,
		streets: append(numbered(82, 90, 95, 104, 108, 112, 114, 118, 120, 124, 128, 132, 136, 141, 150, 160, 172, 185),
			street{name: "گیلان", kind: "blvd", fing: "gilan"})},
	{name: "منظریه", finglish: "manzarie", kind: "hood", lat: 37.3065, lon: 49.6045, alleys: 22},
	{name: "شهرک قائم", variants: []string{"قائم", "شهرک قائم‌"}, finglish: "shahrak ghaem", kind: "hood", lat: 37.2555, lon: 49.6125, alleys: 18},
	{name: "پیرسرا", variants: []string{"پیر سرا"}, finglish: "pirsara", kind: "hood", lat: 37.2905, lon: 49.6065, alleys: 20},
	{name: "استادسرا", variants: []string{"استاد سرا", "استادسرای"}, finglish: "ostadsara", kind: "hood", lat: 37.2625, lon: 49.5885, alleys: 20},
	{name: "حمیدیان", finglish: "hamidian", kind: "hood", lat: 37.2625, lon: 49.6025, alleys: 18},
	{name: "رشتیان", finglish: "rashtian", kind: "hood", lat: 37.2745, lon: 49.5725, alleys: 16},
	{name: "کوی گلباغ", variants: []string{"گلباغ", "گلباغ نماز"}, finglish: "golbagh", kind: "hood", lat: 37.2695, lon: 49.5965, alleys: 16},
	{name: "حاجی‌آباد", variants: []string{"حاجی آباد", "حاجی اباد", "حاجیآباد"}, finglish: "hajiabad", kind: "hood", lat: 37.2935, lon: 49.6155, alleys: 14},
	{name: "ضیابری", finglish: "ziabari", kind: "street", lat: 37.2765, lon: 49.5905, alleys: 20},
	{name: "معلم", finglish: "moallem", kind: "street", lat: 37.2885, lon: 49.5745, alleys: 22},
	{name: "سعدی", finglish: "saadi", kind: "street", lat: 37.2775, lon: 49.5795, alleys: 18},
	{name: "لاکانی", finglish: "lakani", kind: "street", lat: 37.2815, lon: 49.5935, alleys: 16},
	{name: "امام خمینی", variants: []string{"امام"}, finglish: "emam khomeini", kind: "street", lat: 37.2845, lon: 49.5855, alleys: 18},
	{name: "شریعتی", finglish: "shariati", kind: "street", lat: 37.2715, lon: 49.5875, alleys: 16},
	{name: "مطهری", finglish: "motahari", kind: "street", lat: 37.2685, lon: 49.5815, alleys: 18},
	{name: "تختی", finglish: "takhti", kind: "street", lat: 37.2875, lon: 49.6005, alleys: 16},
	{name: "طالقانی", finglish: "taleghani", kind: "street", lat: 37.2855, lon: 49.5905, alleys: 14},
	{name: "دیلمان", finglish: "deylaman", kind: "blvd", lat: 37.3005, lon: 49.5655, alleys: 20},
	{name: "شهید بهشتی", variants: []string{"بهشتی"}, finglish: "beheshti", kind: "blvd", lat: 37.2645, lon: 49.5705, alleys: 18},
	{name: "سبزه‌میدان", variants: []string{"سبزه میدان", "سبزمیدان", "سبزه‌ میدان"}, finglish: "sabze meydan", kind: "square", lat: 37.2795, lon: 49.5885, alleys: 10},
	{name: "فلکه گاز", variants: []string{"میدان گاز", "فلکه‌ی گاز"}, finglish: "falake gaz", kind: "square", lat: 37.2955, lon: 49.5805, alleys: 12},
	{name: "چهارراه میکائیل", variants: []string{"چهار راه میکائیل", "میکائیل"}, finglish: "chaharrah mikaeil", kind: "square", lat: 37.2835, lon: 49.5775, alleys: 10},
	{name: "بیستون", finglish: "bistoon", kind: "street", lat: 37.2925, lon: 49.5865, alleys: 14},
}

// alleyNames are the common alley names used next to numbers; many alleys have both.
var alleyNames = []string{"یاس", "لاله", "نسترن", "بهار", "گلستان", "اقاقیا", "نرگس", "صنوبر", "مریم", "شقایق"}

var alleyNamesFinglish = map[string]string{"یاس": "yas", "لاله": "laleh", "نسترن": "nastaran", "بهار": "bahar",
	"گلستان": "golestan", "اقاقیا": "aghaghia", "نرگس": "narges", "صنوبر": "sanobar", "مریم": "maryam", "شقایق": "shaghayegh"}

// landmarks are what people add to an address so a driver can find it.
var landmarks = []string{
	"روبروی مسجد", "جنب نانوایی", "کنار بانک ملی", "روبروی مدرسه", "جنب داروخانه", "کنار سوپرمارکت",
	"روبروی بانک صادرات", "جنب آژانس", "پشت پارک", "روبروی درمانگاه", "جنب قنادی", "کنار میوه فروشی",
	"روبروی پمپ بنزین", "جنب آرایشگاه", "نرسیده به میدان", "بعد از پل",
}

// ordinals are Persian ordinal words; alleys are often named «کوچه دوازدهم».
var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم"}

// cardinals are number words; «کوچه دوازده» is heard on the phone and typed as said.
var cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}
