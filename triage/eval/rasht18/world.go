package rasht18

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// village is one of the villages joined to the city, with the ways people name it.
type village struct {
	names    []string // Persian spellings, most common first
	finglish []string
	lat, lon float64
	road     []string // what the main road is called
	mahalle  []string
	spots    []*spot
}

// spot is one place a crew visits once, reachable by several landmark phrases.
type spot struct {
	v        *village
	refs     []string // landmark phrases that name this spot
	finglish []string
	lat, lon float64
	waterway bool // by a river or canal: fits rubbish on the bank, the canal
	field    bool // at the edge of the rice fields
}

// villageSeed is the fixed part of a village; spots are drawn per seed.
var villageSeeds = []struct {
	names, finglish, mahalle []string
	lat, lon                 float64
}{
	{[]string{"پیربازار", "پیر بازار"}, []string{"pirbazar", "pir bazar"}, []string{"محله بالا", "محله پایین", "بازارچه"}, 37.352, 49.548},
	{[]string{"سلیمان‌داراب", "سلیمان داراب", "سلیماندراب"}, []string{"soleyman darab", "soleymandarab"}, []string{"محله بالا", "محله پایین", "سر گذر"}, 37.292, 49.636},
	{[]string{"جیرسر", "جیر سر"}, []string{"jirsar", "jir sar"}, []string{"محله بالا", "محله پایین", "وسط محله"}, 37.318, 49.668},
	{[]string{"سیاه‌اسطلخ", "سیاه اسطلخ", "سیاهستلخ"}, []string{"siah estalakh", "siahestalakh"}, []string{"محله بالا", "محله پایین", "آن‌ور پل"}, 37.262, 49.545},
	{[]string{"لاکان", "لکان"}, []string{"lakan"}, []string{"محله بالا", "محله پایین", "شهرک"}, 37.221, 49.602},
	{[]string{"مبارک‌آباد", "مبارک آباد", "مبارکاباد"}, []string{"mobarak abad", "mobarakabad"}, []string{"محله بالا", "محله پایین", "سر کوچه‌ها"}, 37.236, 49.676},
	{[]string{"پسیخان", "پسی خان"}, []string{"pasikhan"}, []string{"محله بالا", "محله پایین", "لب رودخانه"}, 37.277, 49.512},
	{[]string{"بیجارپس", "بیجار پس"}, []string{"bijarpas"}, []string{"محله بالا", "محله پایین", "ته ده"}, 37.375, 49.712},
	{[]string{"اسپیلی‌محله", "اسپیلی محله", "اسپیلیمحله"}, []string{"espili mahale"}, []string{"محله بالا", "محله پایین", "سر آبندان"}, 37.338, 49.602},
	{[]string{"تازه‌آباد", "تازه آباد"}, []string{"taze abad", "tazeabad"}, []string{"محله بالا", "محله پایین", "شهرک جدید"}, 37.248, 49.628},
	{[]string{"کاسه‌گرمحله", "کاسه گر محله", "کاسگرمحله"}, []string{"kasegar mahale"}, []string{"محله بالا", "محله پایین", "پشت بازار"}, 37.305, 49.522},
	{[]string{"گیل‌آباد", "گیل آباد"}, []string{"gil abad", "gilabad"}, []string{"محله بالا", "محله پایین", "سر جاده"}, 37.362, 49.645},
}

// landmarks are the anchors a spot can be named by; several fall on one spot. The second
// form is Finglish, the flags say what problems fit.
var landmarks = []struct {
	fa, fi          []string
	waterway, field bool
}{
	{[]string{"جنب امامزاده", "کنار امامزاده", "روبروی امامزاده"}, []string{"kenar emamzade", "jolo emamzade"}, false, false},
	{[]string{"کوچه مسجد جامع", "پشت مسجد جامع", "کنار مسجد"}, []string{"koocheye masjed", "posht masjed"}, false, false},
	{[]string{"بعد از پل", "سر پل", "کنار پل چوبی", "این‌ور پل"}, []string{"bad az pol", "sare pol"}, true, false},
	{[]string{"روبروی نانوایی", "جنب نانوایی", "کنار نونوایی"}, []string{"jolo nanvaei", "kenar nanvaei"}, false, false},
	{[]string{"کنار مدرسه ابتدایی", "روبروی مدرسه", "جلوی دبستان"}, []string{"jolo madrese", "kenar madrese"}, false, false},
	{[]string{"کوچه دوازدهم", "کوچه ۱۲", "کوچه 12", "ک دوازده"}, []string{"kooche 12", "kooche davazdahom"}, false, false},
	{[]string{"لب بیجار", "کنار شالیزار", "ته کوچه سمت بیجارها"}, []string{"lab bijar", "kenar shalizar"}, false, true},
	{[]string{"کنار نهر", "لب نهر", "کنار کانال آب"}, []string{"kenar nahr", "lab kanal"}, true, true},
	{[]string{"نبش کوچه قبرستان", "کنار قبرستان", "راه قبرستان"}, []string{"kenar ghabrestan"}, false, false},
	{[]string{"جنب خانه بهداشت", "روبروی خانه بهداشت"}, []string{"kenar khane behdasht"}, false, false},
	{[]string{"کنار سوپرمارکت", "روبروی بقالی", "جنب مغازه مش قاسم"}, []string{"jolo supermarket", "baghali mash ghasem"}, false, false},
	{[]string{"کنار شالیکوبی", "روبروی کارخانه شالیکوبی", "جنب برنج‌کوبی"}, []string{"kenar shalikoobi"}, false, true},
	{[]string{"لب رودخانه", "کنار رودخانه", "پشت رودخانه"}, []string{"lab roodkhane", "kenar roodkhane"}, true, false},
	{[]string{"کنار حسینیه", "روبروی تکیه", "جنب حسینیه"}, []string{"kenar hoseinie", "jolo tekie"}, false, false},
	{[]string{"پشت پاسگاه قدیم", "کنار پاسگاه"}, []string{"kenar pasgah"}, false, false},
	{[]string{"ایستگاه تاکسی", "سر ایستگاه", "کنار ایستگاه مینی‌بوس"}, []string{"istgah taxi", "sare istgah"}, false, false},
	{[]string{"کنار گلخانه", "پشت گلخانه‌ها"}, []string{"kenar golkhane"}, false, true},
	{[]string{"دهیاری قدیم", "ساختمان دهیاری سابق", "کنار دهیاری"}, []string{"dehyari ghadim"}, false, false},
}

// alleyNames are lanes named after a family or a martyr; each village has a few of them.
var alleyNames = []string{"حاج رحیم", "مش حسن", "شهید رضایی", "کربلایی جعفر", "پوراحمد", "نرگس", "یاس", "اسماعیل‌زاده",
	"شهید قربانی", "حاج آقا", "رحمتی", "گلستان", "شهید باقری", "مشهدی علی", "صیادی", "بهار"}

var alleyFinglish = map[string]string{"حاج رحیم": "haj rahim", "مش حسن": "mash hasan", "شهید رضایی": "shahid rezaei",
	"کربلایی جعفر": "karbalaei jafar", "پوراحمد": "poorahmad", "نرگس": "narges", "یاس": "yas", "اسماعیل‌زاده": "esmailzade",
	"شهید قربانی": "shahid ghorbani", "حاج آقا": "haj agha", "رحمتی": "rahmati", "گلستان": "golestan",
	"شهید باقری": "shahid bagheri", "مشهدی علی": "mashhadi ali", "صیادی": "sayadi", "بهار": "bahar"}

// ordinals are alleys counted from the main road, written as a word or a number.
var ordinals = []struct {
	word string
	n    int
}{{"اول", 1}, {"دوم", 2}, {"سوم", 3}, {"چهارم", 4}, {"پنجم", 5}, {"ششم", 6}, {"هفتم", 7}, {"هشتم", 8}}

// buildWorld draws each village's spots from twelve of its landmarks, five named lanes and
// three counted ones, one or two anchors to a spot, at least 250 m apart so that 150 m of GPS noise does not make two
// spots one.
func buildWorld(r *rand.Rand) []*village {
	var vs []*village
	for _, s := range villageSeeds {
		v := &village{names: s.names, finglish: s.finglish, lat: s.lat, lon: s.lon, mahalle: s.mahalle,
			road: []string{"جاده اصلی", "جاده روستا", "جاده " + s.names[0], "سر جاده"}}
		var anchors []anchor
		for _, i := range r.Perm(len(landmarks))[:12] {
			lm := landmarks[i]
			anchors = append(anchors, anchor{fa: lm.fa, fi: lm.fi, waterway: lm.waterway, field: lm.field})
		}
		for _, i := range r.Perm(len(alleyNames))[:5] {
			a := alleyNames[i]
			anchors = append(anchors, anchor{alley: true, fa: []string{"کوچه " + a, "ک " + a, "کوچه " + a, "انتهای کوچه " + a},
				fi: []string{"kooche " + alleyFinglish[a]}})
		}
		for _, i := range r.Perm(len(ordinals))[:3] {
			o := ordinals[i]
			anchors = append(anchors, anchor{alley: true, fa: []string{"کوچه " + o.word, "کوچه " + o.word + " سمت چپ جاده",
				"کوچه " + strconv.Itoa(o.n), "ک " + toPersianDigits(o.n)},
				fi: []string{"kooche " + strconv.Itoa(o.n)}})
		}
		r.Shuffle(len(anchors), func(i, j int) { anchors[i], anchors[j] = anchors[j], anchors[i] })
		for used := 0; used < len(anchors); {
			sp := &spot{v: v}
			k := 1
			if r.IntN(3) == 0 {
				k = 2 // two landmarks side by side: «بعد از پل، روبروی نانوایی»
			}
			if k == 2 && used+1 < len(anchors) && anchors[used].alley && anchors[used+1].alley {
				k = 1 // a lane is not named by another lane
			}
			for j := 0; j < k && used < len(anchors); j++ {
				a := anchors[used]
				used++
				sp.refs = append(sp.refs, a.fa...)
				sp.finglish = append(sp.finglish, a.fi...)
				sp.waterway = sp.waterway || a.waterway
				sp.field = sp.field || a.field
			}
			if k == 2 && len(sp.refs) > 3 {
				// some callers name both
				sp.refs = append(sp.refs, sp.refs[0]+"، "+sp.refs[len(sp.refs)-1])
			}
			for try := 0; try < 50; try++ {
				sp.lat, sp.lon = offset(s.lat, s.lon, 150+r.Float64()*1600, r.Float64()*2*math.Pi)
				if farFromAll(sp, v.spots, 250) {
					break
				}
			}
			v.spots = append(v.spots, sp)
		}
		vs = append(vs, v)
	}
	return vs
}

type anchor struct {
	fa, fi                 []string
	waterway, field, alley bool
}

func toPersianDigits(n int) string {
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		b.WriteRune('۰' + c - '0')
	}
	return b.String()
}

func farFromAll(sp *spot, others []*spot, m float64) bool {
	for _, o := range others {
		if meters(sp.lat, sp.lon, o.lat, o.lon) < m {
			return false
		}
	}
	return true
}

// offset moves a point d metres in direction a (radians).
func offset(lat, lon, d, a float64) (float64, float64) {
	dlat := d * math.Cos(a) / 111320
	dlon := d * math.Sin(a) / (111320 * math.Cos(lat*math.Pi/180))
	return lat + dlat, lon + dlon
}

func meters(lat1, lon1, lat2, lon2 float64) float64 {
	dy := (lat2 - lat1) * 111320
	dx := (lon2 - lon1) * 111320 * math.Cos(lat1*math.Pi/180)
	return math.Hypot(dx, dy)
}
