package rasht20

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// landmark is a named thing at a distance along a road that callers stand next to.
type landmark struct {
	at       float64 // metres from the road's start
	names    []string
	finglish string
	kind     string // "shop", "bank", "stop", "junction", "alley", "bridge", "public"
}

// road is a street, boulevard, square or bazaar row, modelled as a straight line.
type road struct {
	key                    string
	names                  []string // ways callers write it
	finglish               []string
	lat0, lon0, lat1, lon1 float64
	length                 float64 // metres
	busy                   float64 // how many passers-by call: scales issue sizes
	marks                  []landmark
	square                 bool
}

// point is the coordinate at metres along r.
func (r *road) point(at float64) (lat, lon float64) {
	f := at / r.length
	return r.lat0 + f*(r.lat1-r.lat0), r.lon0 + f*(r.lon1-r.lon0)
}

// near lists the landmarks within d metres of at, nearest first.
func (r *road) near(at, d float64) []landmark {
	var out []landmark
	for _, m := range r.marks {
		if math.Abs(m.at-at) <= d {
			out = append(out, m)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && math.Abs(out[j].at-at) < math.Abs(out[j-1].at-at); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// junctions are the intersections before and after at (nil when none on that side).
func (r *road) junctions(at float64) (before, after *landmark) {
	for i := range r.marks {
		m := &r.marks[i]
		if m.kind != "junction" {
			continue
		}
		if m.at <= at {
			before = m
		} else if after == nil {
			after = m
		}
	}
	return before, after
}

const metresPerDegLat = 111_000.0

func metresPerDegLon(lat float64) float64 { return metresPerDegLat * math.Cos(lat*math.Pi/180) }

// city is the fixed map every seed shares: the centre does not move between years.
type city struct {
	roads []*road
}

type roadSpec struct {
	key                    string
	names                  []string
	finglish               []string
	lat0, lon0, lat1, lon1 float64
	busy                   float64
	square                 bool
	fixed                  []landmark // landmarks known by everyone, placed by fraction of the length (at in 0..1)
}

var roadSpecs = []roadSpec{
	{key: "imam", names: []string{"خیابان امام خمینی", "خ امام خمینی", "خیابان امام", "امام خمینی", "خیابون امام", "خ. امام"},
		finglish: []string{"kh emam", "khiaban emam khomeini", "emam khomeyni"},
		lat0:     37.2792, lon0: 49.5880, lat1: 37.2738, lon1: 49.6050, busy: 1.5,
		fixed: []landmark{{at: 0.02, names: []string{"میدان شهرداری", "شهرداری"}, kind: "junction", finglish: "meydan shahrdari"},
			{at: 0.35, names: []string{"چهارراه میکائیل"}, kind: "junction", finglish: "chaharrah mikaeil"},
			{at: 0.62, names: []string{"پل عراق", "پل عراقی"}, kind: "bridge", finglish: "pole eragh"},
			{at: 0.9, names: []string{"میدان انتظام", "میدان یخسازی", "یخسازی"}, kind: "junction", finglish: "yakhsazi"}}},
	{key: "shariati", names: []string{"خیابان شریعتی", "خ شریعتی", "شریعتی", "خیابان دکتر شریعتی", "خیابون شریعتی"},
		finglish: []string{"shariati", "kh shariati"},
		lat0:     37.2800, lon0: 49.5900, lat1: 37.2930, lon1: 49.5985, busy: 1.3,
		fixed: []landmark{{at: 0.05, names: []string{"میدان شهرداری"}, kind: "junction", finglish: "meydan shahrdari"},
			{at: 0.5, names: []string{"چهارراه شریعتی", "چهارراه حاجی‌آباد"}, kind: "junction", finglish: "chaharrah haji abad"},
			{at: 0.85, names: []string{"چهارراه گلسار", "چهارراه اصفهان"}, kind: "junction", finglish: "chaharrah golsar"}}},
	{key: "alamolhoda", names: []string{"خیابان علم‌الهدی", "علم‌الهدی", "علم الهدی", "خ علمالهدی", "خیابان علم‌الهدا", "علم‌الهدی"},
		finglish: []string{"alamolhoda", "kh alam olhoda"},
		lat0:     37.2818, lon0: 49.5870, lat1: 37.2880, lon1: 49.5760, busy: 1.2,
		fixed: []landmark{{at: 0.03, names: []string{"میدان شهرداری"}, kind: "junction", finglish: "meydan shahrdari"},
			{at: 0.45, names: []string{"بیمارستان پورسینا", "پورسینا"}, kind: "public", finglish: "bimarestan poursina"},
			{at: 0.92, names: []string{"میدان حشمت", "حشمت"}, kind: "junction", finglish: "meydan heshmat"}}},
	{key: "saadi", names: []string{"خیابان سعدی", "خ سعدی", "سعدی", "خیابون سعدی", "خ. سعدی"},
		finglish: []string{"saadi", "kh saadi", "khiaban sadi"},
		lat0:     37.2785, lon0: 49.5862, lat1: 37.2700, lon1: 49.5790, busy: 1.2,
		fixed: []landmark{{at: 0.04, names: []string{"سبزه‌میدان", "سبزه میدان"}, kind: "junction", finglish: "sabze meydan"},
			{at: 0.55, names: []string{"چهارراه سعدی", "چهارراه زاهدان"}, kind: "junction", finglish: "chaharrah saadi"}}},
	{key: "lakani", names: []string{"خیابان لاکانی", "لاکانی", "خ لاکانی", "خیابان شهید لاکانی", "لاکانی"},
		finglish: []string{"lakani", "kh lakani"},
		lat0:     37.2770, lon0: 49.5905, lat1: 37.2705, lon1: 49.5985, busy: 1.3,
		fixed: []landmark{{at: 0.05, names: []string{"سبزه‌میدان", "سبزه میدان"}, kind: "junction", finglish: "sabze meydan"},
			{at: 0.6, names: []string{"چهارراه لاکانی", "چهارراه عینک"}, kind: "junction", finglish: "chaharrah eynak"}}},
	{key: "motahari", names: []string{"خیابان مطهری", "مطهری", "خ مطهری", "خیابان شهید مطهری", "استاد مطهری"},
		finglish: []string{"motahari", "kh motahari"},
		lat0:     37.2760, lon0: 49.5830, lat1: 37.2650, lon1: 49.5860, busy: 1.0,
		fixed: []landmark{{at: 0.3, names: []string{"چهارراه مطهری"}, kind: "junction", finglish: "chaharrah motahari"},
			{at: 0.8, names: []string{"پل بوسار", "پل زرجوب"}, kind: "bridge", finglish: "pole bousar"}}},
	{key: "takhti", names: []string{"خیابان تختی", "تختی", "خ تختی", "خیابون تختی"},
		finglish: []string{"takhti"},
		lat0:     37.2720, lon0: 49.5890, lat1: 37.2640, lon1: 49.5960, busy: 0.9,
		fixed: []landmark{{at: 0.5, names: []string{"چهارراه تختی"}, kind: "junction", finglish: "chaharrah takhti"}}},
	{key: "jangal", names: []string{"خیابان سردار جنگل", "سردار جنگل", "خ سردار جنگل", "سردارجنگل"},
		finglish: []string{"sardar jangal"},
		lat0:     37.2880, lon0: 49.5800, lat1: 37.2975, lon1: 49.5730, busy: 1.0,
		fixed: []landmark{{at: 0.4, names: []string{"چهارراه سردار جنگل", "سه‌راه جنگل"}, kind: "junction", finglish: "chaharrah jangal"}}},
	{key: "gilan", names: []string{"بلوار گیلان", "بلوار گیلان", "بلوار", "بلوار گیلان"},
		finglish: []string{"bolvar gilan", "blv gilan"},
		lat0:     37.2960, lon0: 49.5780, lat1: 37.2860, lon1: 49.6080, busy: 1.6,
		fixed: []landmark{{at: 0.2, names: []string{"پل گیلان", "پل رودخانه"}, kind: "bridge", finglish: "pole gilan"},
			{at: 0.45, names: []string{"زیرگذر بلوار گیلان", "زیرگذر"}, kind: "public", finglish: "zirgozar"},
			{at: 0.7, names: []string{"میدان گیل", "گیل"}, kind: "junction", finglish: "meydan gil"}}},
	{key: "kamarbandi", names: []string{"کمربندی", "بلوار کمربندی", "کمربندی شرقی", "کمربندی"},
		finglish: []string{"kamarbandi", "kamarbandi sharghi"},
		lat0:     37.2640, lon0: 49.5980, lat1: 37.2990, lon1: 49.6095, busy: 1.4,
		fixed: []landmark{{at: 0.25, names: []string{"میدان مصلی", "مصلی"}, kind: "junction", finglish: "meydan mosala"},
			{at: 0.5, names: []string{"زیرگذر کمربندی", "زیرگذر مصلی"}, kind: "public", finglish: "zirgozar kamarbandi"},
			{at: 0.8, names: []string{"پل عابر پیاده کمربندی", "پل هوایی"}, kind: "bridge", finglish: "pole abere piade"}}},
	{key: "shahrdari", square: true, names: []string{"میدان شهرداری", "میدان شهرداری", "شهرداری", "میدون شهرداری"},
		finglish: []string{"meydan shahrdari"},
		lat0:     37.2797, lon0: 49.5880, lat1: 37.2808, lon1: 49.5902, busy: 1.5,
		fixed: []landmark{{at: 0.2, names: []string{"ساختمان شهرداری", "عمارت شهرداری"}, kind: "public", finglish: "sakhteman shahrdari"},
			{at: 0.6, names: []string{"پست بانک میدان", "اداره پست", "ساختمان پست"}, kind: "public", finglish: "edare post"},
			{at: 0.9, names: []string{"پیاده‌راه فرهنگی", "پیاده راه علم‌الهدی"}, kind: "public", finglish: "piade rah"}}},
	{key: "sabze", square: true, names: []string{"سبزه‌میدان", "سبزه میدان", "پارک سبزه‌میدان", "سبزه‌ميدان"},
		finglish: []string{"sabze meydan"},
		lat0:     37.2775, lon0: 49.5875, lat1: 37.2788, lon1: 49.5898, busy: 1.2,
		fixed: []landmark{{at: 0.3, names: []string{"پارک سبزه‌میدان", "داخل پارک"}, kind: "public", finglish: "park"},
			{at: 0.7, names: []string{"ایستگاه تاکسی سبزه‌میدان", "تاکسی‌های سبزه‌میدان"}, kind: "stop", finglish: "istgah taxi"}}},
	{key: "bazaar", square: true, names: []string{"بازار بزرگ", "بازار", "بازار رشت", "بازار ماهی‌فروشان"},
		finglish: []string{"bazar", "bazare bozorg"},
		lat0:     37.2782, lon0: 49.5850, lat1: 37.2770, lon1: 49.5895, busy: 1.4,
		fixed: []landmark{{at: 0.1, names: []string{"راسته ماهی‌فروشان", "ماهی فروشا", "راسته ماهی فروش ها"}, kind: "public", finglish: "raste mahi forosha"},
			{at: 0.45, names: []string{"راسته سبزی‌فروشان", "سبزی فروشا"}, kind: "public", finglish: "raste sabzi forosha"},
			{at: 0.8, names: []string{"راسته مرغ‌فروشان", "مرغ فروشا", "راسته مرغ فروشی"}, kind: "public", finglish: "raste morgh forosha"}}},
}

var (
	surnames  = []string{"صادقی", "رحیمی", "پورمحمدی", "گیلانی", "میرزایی", "عزیزی", "کاظمی", "رضوانی", "طاهری", "اکبرزاده", "نوروزی", "فلاحی", "قربانی", "یوسفی", "جعفری", "خوشرو", "ابراهیمی", "شفیعی", "حسن‌زاده", "نیکو", "پوراحمد", "رمضانی", "کیانی", "باقری"}
	shopNames = []string{"گلستان", "ستاره", "آفتاب", "میلاد", "پارسیان", "نگین", "سپید", "البرز", "کیمیا", "مهتاب", "آرین", "بهار", "نارنج", "ساحل", "دنیا", "پرنیان", "الماس", "شقایق"}
	banks     = []string{"بانک ملی", "بانک ملت", "بانک صادرات", "بانک تجارت", "بانک سپه", "بانک رفاه", "بانک مسکن", "بانک کشاورزی", "بانک پاسارگاد"}
	shopKinds = []string{"قنادی", "نانوایی", "کبابی", "پاساژ", "لباس‌فروشی", "موبایل‌فروشی", "عینک‌فروشی", "کفش", "آژانس", "رستوران", "کتابفروشی", "بستنی‌فروشی", "طلافروشی", "لوازم خانگی", "آرایشگاه"}
	publics   = []string{"مسجد جامع", "مسجد حاج", "دبیرستان", "دبستان", "درمانگاه", "هتل", "سینما", "اداره برق", "کلانتری", "بیمه", "آتش‌نشانی", "پمپ بنزین", "فروشگاه رفاه", "اورژانس"}
	// the same names as callers spell them in Latin letters
	surnamesLatin = []string{"sadeghi", "rahimi", "pourmohammadi", "gilani", "mirzaei", "azizi", "kazemi", "rezvani", "taheri", "akbarzade", "noroozi", "fallahi", "ghorbani", "yousefi", "jafari", "khoshroo", "ebrahimi", "shafiei", "hasanzade", "nikoo", "pourahmad", "ramezani", "kiani", "bagheri"}
	shopLatin     = []string{"golestan", "setare", "aftab", "milad", "parsian", "negin", "sepid", "alborz", "kimia", "mahtab", "arian", "bahar", "narenj", "sahel", "donya", "parnian", "almas", "shaghayegh"}
	banksLatin    = []string{"melli", "mellat", "saderat", "tejarat", "sepah", "refah", "maskan", "keshavarzi", "pasargad"}
	ordinals      = []string{"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"}
)

// newCity builds the fixed map: the same landmarks for every seed.
func newCity() *city {
	rng := rand.New(rand.NewPCG(20, 1405))
	c := &city{}
	for _, s := range roadSpecs {
		r := &road{key: s.key, names: s.names, finglish: s.finglish, lat0: s.lat0, lon0: s.lon0,
			lat1: s.lat1, lon1: s.lon1, busy: s.busy, square: s.square}
		dy := (s.lat1 - s.lat0) * metresPerDegLat
		dx := (s.lon1 - s.lon0) * metresPerDegLon(s.lat0)
		r.length = math.Hypot(dx, dy)
		if r.square && r.length < 120 {
			r.length = 120
		}
		for _, f := range s.fixed {
			m := f
			m.at = f.at * r.length
			r.marks = append(r.marks, m)
		}
		alley := 0
		for at := 30 + rng.Float64()*40; at < r.length-20; at += 40 + rng.Float64()*80 {
			if r.square {
				break
			}
			r.marks = append(r.marks, randomMark(rng, at, &alley))
		}
		sortMarks(r.marks)
		c.roads = append(c.roads, r)
	}
	return c
}

func sortMarks(ms []landmark) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].at < ms[j-1].at; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func randomMark(rng *rand.Rand, at float64, alley *int) landmark {
	switch x := rng.Float64(); {
	case x < 0.16:
		i := rng.IntN(len(banks))
		b := banks[i]
		branch := pick(rng, []string{"مرکزی", "", "", "شعبه " + pick(rng, surnames)})
		return landmark{at: at, names: []string{b, "شعبه " + b, strings.TrimSpace(b + " " + branch)}, kind: "bank", finglish: "bank " + banksLatin[i]}
	case x < 0.42:
		k, i := pick(rng, shopKinds), rng.IntN(len(shopNames))
		n := shopNames[i]
		return landmark{at: at, names: []string{k + " " + n, n, "مغازه " + k + " " + n}, kind: "shop", finglish: "maghaze " + shopLatin[i]}
	case x < 0.52:
		i := rng.IntN(len(surnames))
		n := surnames[i]
		return landmark{at: at, names: []string{"داروخانه دکتر " + n, "داروخانه " + n, "داروخونه"}, kind: "pharmacy", finglish: "darookhane " + surnamesLatin[i]}
	case x < 0.64:
		i := rng.IntN(len(surnames))
		return landmark{at: at, names: []string{"ایستگاه اتوبوس " + surnames[i], "ایستگاه " + surnames[i], "ایستگاه اتوبوس"}, kind: "stop", finglish: "istgah otobus " + surnamesLatin[i]}
	case x < 0.82:
		*alley++
		if rng.IntN(2) == 0 {
			i := rng.IntN(len(surnames))
			n := surnames[i]
			return landmark{at: at, names: []string{"کوچه شهید " + n, "کوچه " + n, "ک " + n}, kind: "alley", finglish: "kooche " + surnamesLatin[i]}
		}
		i := min(*alley, len(ordinals))
		return landmark{at: at, names: []string{"کوچه " + ordinals[i-1], fmt.Sprintf("کوچه %d", i), fmt.Sprintf("ک %d", i)}, kind: "alley", finglish: fmt.Sprintf("kooche %d", i)}
	case x < 0.9:
		i := rng.IntN(len(surnames))
		n := surnames[i]
		return landmark{at: at, names: []string{"چهارراه " + n, "تقاطع " + n, "چهارراه"}, kind: "junction", finglish: "chaharrah " + surnamesLatin[i]}
	default:
		p := pick(rng, publics)
		n := pick(rng, append(append([]string{}, shopNames...), surnames...))
		return landmark{at: at, names: []string{p + " " + n, p}, kind: "public", finglish: ""}
	}
}
