package rasht23

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// name is a place name as people write it: Persian variants (the first is the official
// one) and a Finglish spelling for app captions typed on a Latin keyboard.
type name struct {
	fa  []string
	fin string
}

type hoodSpec struct {
	name     name
	lat, lon float64
}

// The old core of district 1. Centres are approximate; what matters is that the
// neighbourhoods sit a few hundred metres apart, as they do.
var hoodSpecs = []hoodSpec{
	{name{[]string{"سبزه‌میدان", "سبزه میدان", "سبزمیدان"}, "sabze meydan"}, 37.2790, 49.5880},
	{name{[]string{"بازار", "بازار رشت", "راسته بازار"}, "bazar"}, 37.2805, 49.5925},
	{name{[]string{"ساغری‌سازان", "ساغریسازان", "ساغری سازان"}, "saghari sazan"}, 37.2762, 49.5958},
	{name{[]string{"زاهدان", "محله زاهدان"}, "zahedan"}, 37.2722, 49.5872},
	{name{[]string{"صیقلان", "محله صیقلان"}, "seyghalan"}, 37.2836, 49.5972},
	{name{[]string{"چمارسرا", "چمار سرا"}, "chomarsara"}, 37.2858, 49.5900},
	{name{[]string{"دباغیان", "محله دباغیان"}, "dabbaghian"}, 37.2748, 49.6010},
	{name{[]string{"خمیران", "محله خمیران"}, "khomeyran"}, 37.2698, 49.5940},
	{name{[]string{"استادسرا", "استاد سرا"}, "ostadsara"}, 37.2872, 49.5822},
	{name{[]string{"چله‌خانه", "چله خانه", "چلخانه"}, "chelekhane"}, 37.2828, 49.5785},
}

var streetNames = []name{
	{[]string{"امام خمینی", "امام", "امام خمینی (ره)"}, "emam"},
	{[]string{"شریعتی", "دکتر شریعتی"}, "shariati"},
	{[]string{"سعدی", "سعدی"}, "saadi"},
	{[]string{"علم‌الهدی", "علم الهدی", "علم‌ الهدی"}, "alamolhoda"},
	{[]string{"تختی", "شهید تختی"}, "takhti"},
	{[]string{"لاکانی", "لاکانی"}, "lakani"},
	{[]string{"حاجی‌آباد", "حاجی آباد", "حاجیآباد"}, "hajiabad"},
	{[]string{"مطهری", "شهید مطهری"}, "motahari"},
	{[]string{"استادسرا", "استاد سرا"}, "ostadsara"},
	{[]string{"صیقلان", "صیقلان"}, "seyghalan"},
	{[]string{"آزادگان", "آزادگان"}, "azadegan"},
	{[]string{"بیستون", "بیستون"}, "bisotun"},
	{[]string{"ضیابری", "ضیابری"}, "ziabari"},
	{[]string{"میرزا کوچک خان", "میرزا کوچک", "میرزاکوچک خان"}, "mirza koochak"},
}

// Alley names of the old core: martyrs, hajis, mosques, old buildings, flowers for the
// dead ends. Variants drop a title or spell a compound another way, as people do.
var martyrs = []name{
	{[]string{"شهید رضایی", "رضایی", "ش رضایی"}, "shahid rezaei"},
	{[]string{"شهید کاظمی", "کاظمی", "ش. کاظمی"}, "kazemi"},
	{[]string{"شهید نوروزی", "نوروزی"}, "shahid noroozi"},
	{[]string{"شهید پورحسن", "پورحسن", "شهید پور حسن"}, "poorhasan"},
	{[]string{"شهید قربانی", "قربانی"}, "ghorbani"},
	{[]string{"شهید صفری", "صفری"}, "safari"},
	{[]string{"شهید رحیمی", "رحیمی"}, "rahimi"},
	{[]string{"شهید میرزایی", "میرزایی"}, "mirzaei"},
	{[]string{"شهید جعفری", "جعفری"}, "jafari"},
	{[]string{"شهید حسین‌زاده", "حسین زاده", "شهید حسینزاده"}, "hoseinzade"},
	{[]string{"شهید بابایی", "بابایی"}, "babaei"},
	{[]string{"شهید طالبی", "طالبی"}, "talebi"},
	{[]string{"شهید پوررضا", "پوررضا", "پور رضا"}, "poorreza"},
	{[]string{"شهید خوش‌قدم", "خوشقدم", "خوش قدم"}, "khoshghadam"},
	{[]string{"شهید امیری", "امیری"}, "amiri"},
	{[]string{"شهید یوسفی", "یوسفی"}, "yousefi"},
	{[]string{"شهید نیکخواه", "نیک‌خواه", "نیکخواه"}, "nikkhah"},
	{[]string{"شهید کریمی", "کریمی"}, "karimi"},
}

var hajis = []name{
	{[]string{"حاج‌ابراهیم", "حاج ابراهیم", "حاجی ابراهیم"}, "haj ebrahim"},
	{[]string{"حاج‌رحیم", "حاج رحیم"}, "haj rahim"},
	{[]string{"حاج‌عباس", "حاج عباس"}, "haj abbas"},
	{[]string{"حاج‌نصیر", "حاج نصیر"}, "haj nasir"},
	{[]string{"حاج‌محمود", "حاج محمود", "حاجی محمود"}, "haj mahmood"},
	{[]string{"حاج‌آقا بزرگ", "حاج آقا بزرگ", "آقابزرگ"}, "aghabozorg"},
	{[]string{"حاج‌صادق", "حاج صادق"}, "haj sadegh"},
}

var oldPlaces = []name{
	{[]string{"مسجد صفی", "مسجد صفی"}, "masjed safi"},
	{[]string{"مسجد حاجی", "مسجد حاجی"}, "masjed haji"},
	{[]string{"مسجد کاسه‌فروشان", "مسجد کاسه فروشان"}, "kase foroushan"},
	{[]string{"حمام قدیم", "حموم قدیم", "حمام"}, "hamoom"},
	{[]string{"سقاخانه", "سقا خانه"}, "saghakhane"},
	{[]string{"تکیه", "تکیه"}, "tekye"},
	{[]string{"آب‌انبار", "آب انبار"}, "ab anbar"},
	{[]string{"بقعه", "بقعه"}, "boghe"},
	{[]string{"حکیم", "حکیم"}, "hakim"},
	{[]string{"پیرسرا", "پیر سرا"}, "pirsara"},
	{[]string{"نعلبندان", "نعل بندان"}, "nalbandan"},
}

var flowers = []name{
	{[]string{"یاس", "یاس"}, "yas"},
	{[]string{"نسترن", "نسترن"}, "nastaran"},
	{[]string{"لاله", "لاله"}, "laleh"},
	{[]string{"شقایق", "شقایق"}, "shaghayegh"},
	{[]string{"گلبهار", "گل بهار"}, "golbahar"},
	{[]string{"بهار", "بهار"}, "bahar"},
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم"}

var landmarkNames = []name{
	{[]string{"نانوایی سنگکی", "نانوایی", "نونوایی سنگکی"}, "nanvaei"},
	{[]string{"بانک ملی", "بانک ملی"}, "bank melli"},
	{[]string{"بانک ملت", "بانک ملت"}, "bank mellat"},
	{[]string{"بانک صادرات", "بانک صادرات"}, "bank saderat"},
	{[]string{"داروخانه", "داروخانه"}, "darookhane"},
	{[]string{"مدرسه", "مدرسه دخترانه", "دبستان"}, "madrese"},
	{[]string{"پست بانک", "پست بانک"}, "post bank"},
	{[]string{"درمانگاه", "درمانگاه"}, "darmangah"},
	{[]string{"قنادی", "شیرینی فروشی"}, "ghanadi"},
	{[]string{"مسجد", "مسجد محل"}, "masjed"},
	{[]string{"کلانتری", "کلانتری"}, "kalantari"},
	{[]string{"میوه فروشی", "میوه‌فروشی"}, "mive foroushi"},
}

var parkNames = []name{
	{[]string{"پارک محله", "پارک کوچیک محله", "پارک"}, "park"},
	{[]string{"بوستان محله", "بوستان"}, "boostan"},
}

type hood struct {
	idx      int
	name     name
	lat, lon float64
	streets  []*street
	alleys   []*alley
	marks    []*landmark
	park     *spot
	world    *world
}

type street struct {
	name name
	hood *hood
}

type alley struct {
	kind   string // "named", "haji", "mosque", "deadend", "number"
	name   name   // the name without «کوچه»
	number int    // for numbered alleys
	street *street
	hood   *hood
}

type landmark struct {
	name   name
	street *street
	corner *alley // the alley at whose corner it stands, may be nil
}

// spot is where an issue is: an alley, a stretch of a main street by a landmark, a park,
// or a whole neighbourhood (for outages).
type spot struct {
	kind     string // "alley", "stretch", "park", "hood"
	hood     *hood
	alley    *alley
	mark     *landmark
	lat, lon float64
	weight   float64 // how often this spot has problems (some alleys always do)
	key      string
}

type world struct {
	hoods  []*hood
	spots  []*spot // every alley, stretch and park
	areas  []*spot // whole neighbourhoods
	cumW   []float64
	totalW float64
}

const (
	metresPerDegLat = 111_000.0
	metresPerDegLon = 88_300.0 // at 37.28° N
)

func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/metresPerDegLat, lon + east/metresPerDegLon
}

// buildWorld lays out the district from the seed: streets, alleys, landmarks and spots.
func buildWorld(rng *rand.Rand) *world {
	w := &world{}
	for i, hs := range hoodSpecs {
		h := &hood{idx: i, name: hs.name, lat: hs.lat, lon: hs.lon, world: w}
		ns := 2 + rng.IntN(2)
		for _, k := range rng.Perm(len(streetNames))[:ns] {
			h.streets = append(h.streets, &street{name: streetNames[k], hood: h})
		}
		used := map[string]bool{}
		na := 18 + rng.IntN(9)
		numbered := 0
		for len(h.alleys) < na {
			a := &alley{street: h.streets[rng.IntN(len(h.streets))], hood: h}
			switch r := rng.Float64(); {
			case r < 0.40:
				a.kind, a.name = "named", martyrs[rng.IntN(len(martyrs))]
			case r < 0.55:
				a.kind, a.name = "haji", hajis[rng.IntN(len(hajis))]
			case r < 0.72:
				a.kind, a.name = "mosque", oldPlaces[rng.IntN(len(oldPlaces))]
			case r < 0.85:
				a.kind, a.name = "deadend", flowers[rng.IntN(len(flowers))]
			default:
				numbered++
				a.kind, a.number = "number", 1+rng.IntN(12)
			}
			k := a.kind + a.name.fin + fmt.Sprint(a.number)
			if used[k] {
				continue
			}
			used[k] = true
			h.alleys = append(h.alleys, a)
		}
		for _, k := range rng.Perm(len(landmarkNames))[:3+rng.IntN(3)] {
			st := h.streets[rng.IntN(len(h.streets))]
			var corner *alley
			for _, a := range h.alleys {
				if a.street == st && a.kind != "deadend" {
					corner = a
					break
				}
			}
			h.marks = append(h.marks, &landmark{name: landmarkNames[k], street: st, corner: corner})
		}
		w.hoods = append(w.hoods, h)
		place := func(sp *spot, spread float64) {
			ang := rng.Float64() * 2 * math.Pi
			d := spread * math.Sqrt(rng.Float64())
			sp.lat, sp.lon = offset(h.lat, h.lon, d*math.Sin(ang), d*math.Cos(ang))
			sp.weight = math.Exp(rng.NormFloat64() * 0.8)
			w.spots = append(w.spots, sp)
		}
		for j, a := range h.alleys {
			place(&spot{kind: "alley", hood: h, alley: a, key: fmt.Sprintf("h%d/a%d", i, j)}, 380)
		}
		for j, m := range h.marks {
			sp := &spot{kind: "stretch", hood: h, mark: m, key: fmt.Sprintf("h%d/m%d", i, j)}
			place(sp, 380)
			sp.weight *= 1.3 // shops, traffic
		}
		if i%3 == 0 {
			pk := &spot{kind: "park", hood: h, key: fmt.Sprintf("h%d/park", i)}
			h.park = pk
			place(pk, 250)
		}
		w.areas = append(w.areas, &spot{kind: "hood", hood: h, lat: h.lat, lon: h.lon, weight: 1, key: fmt.Sprintf("h%d", i)})
	}
	for _, sp := range w.spots {
		w.totalW += sp.weight
		w.cumW = append(w.cumW, w.totalW)
	}
	return w
}

// pickSpot draws a spot of one of the kinds allowed, weighted by how troubled it is.
func (w *world) pickSpot(rng *rand.Rand, kinds string) *spot {
	for {
		x := rng.Float64() * w.totalW
		lo, hi := 0, len(w.cumW)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if w.cumW[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		sp := w.spots[lo]
		if containsWord(kinds, sp.kind) {
			return sp
		}
	}
}

func containsWord(list, w string) bool {
	for i := 0; i+len(w) <= len(list); i++ {
		if list[i:i+len(w)] == w && (i == 0 || list[i-1] == ' ') && (i+len(w) == len(list) || list[i+len(w)] == ' ') {
			return true
		}
	}
	return false
}
