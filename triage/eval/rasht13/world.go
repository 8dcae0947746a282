package rasht13

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// hood is a neighbourhood of the district; its borders are fuzzy, so a street may be
// written under a neighbour's name too.
type hood struct {
	name, fin  string
	alt        []string // other spellings callers use
	lat, lon   float64
	numbered   bool // Golsar-style numbered avenues and alleys
	neighbours []*hood
}

type street struct {
	kind    string // خیابان or بلوار
	name    string // «۱۲۴» (ASCII digits here) or «شهید انصاری»
	num     int    // >0 for numbered avenues, kept when the avenue was renamed
	fin     string
	oldName string // the name before a renaming, still used by older callers
	hood    *hood
	lat     float64
	lon     float64
	angle   float64
	alleys  []*alley
	marks   []*landmark
}

type alley struct {
	st      *street
	idx     int    // position along the street
	num     int    // >0 when numbered
	name    string // named alley («گلستان»)
	fin     string
	deadEnd bool
}

// landmark is a place everyone in the neighbourhood knows; callers use it instead of an
// address. Agency marks the buildings of other agencies (a municipal complaint may name them).
type landmark struct {
	kind, name string // «مسجد», «جامع»
	st         *street
	al         *alley // nil when it is on the street itself
	pos        int    // index along the street
	isPark     bool
	agencyWord bool
}

type world struct {
	hoods   []*hood
	streets []*street
	marks   []*landmark
	parks   []*landmark
}

type namePair struct{ fa, fin string }

var hoodSeeds = []struct {
	fa, fin  string
	alt      []string
	dLat     float64
	dLon     float64
	numbered bool
}{
	{"گلسار", "golsar", []string{"گلسار", "گل سار", "گلسـار"}, 0.018, -0.012, true},
	{"منظریه", "manzarieh", []string{"منظریه", "منظريه", "منظرّیه"}, 0.010, -0.022, false},
	{"حمیدیان", "hamidian", []string{"حمیدیان", "حميديان", "شهرک حمیدیان"}, 0.024, 0.004, false},
	{"استادسرا", "ostadsara", []string{"استادسرا", "استاد سرا", "استادسرای"}, -0.006, -0.006, false},
	{"آج‌بیشه", "ajbishe", []string{"آج‌بیشه", "آجبیشه", "اج بیشه"}, -0.014, 0.016, false},
	{"پل عراق", "pole eragh", []string{"پل عراق", "پل‌عراق", "پل عراغ"}, -0.004, 0.014, false},
	{"خواهر امام", "khahar emam", []string{"خواهر امام", "خواهرامام", "محله خواهر امام"}, 0.002, 0.006, false},
	{"سرخبند", "sorkhband", []string{"سرخبند", "سرخ بند", "سرخ‌بند"}, -0.010, 0.002, false},
	{"چمارسرا", "chomarsara", []string{"چمارسرا", "چمار سرا", "چُمارسرا"}, 0.006, 0.022, false},
	{"پیرسرا", "pirsara", []string{"پیرسرا", "پیر سرا"}, -0.020, -0.016, false},
	{"خمیران", "khomeyran", []string{"خمیران", "خميران", "کوی خمیران"}, -0.024, 0.006, false},
	{"شهرک بعثت", "shahrak beasat", []string{"شهرک بعثت", "بعثت", "شهرک‌بعثت"}, 0.030, 0.018, false},
	{"بیستون", "bistoon", []string{"بیستون", "کوی بیستون", "بیستون"}, 0.014, 0.012, false},
	{"صیقلان", "seyghalan", []string{"صیقلان", "صیقلان", "سیقلان"}, -0.030, -0.004, false},
}

var streetNames = []namePair{
	{"شهید بهشتی", "shahid beheshti"}, {"شهید رجایی", "rajaee"}, {"امام رضا", "emam reza"},
	{"آزادگان", "azadegan"}, {"ولیعصر", "valiasr"}, {"گلستان", "golestan"}, {"فرهنگ", "farhang"},
	{"سعدی", "saadi"}, {"حافظ", "hafez"}, {"ابن سینا", "ebne sina"}, {"شهید چمران", "chamran"},
	{"قائم", "ghaem"}, {"۱۷ شهریور", "17 shahrivar"}, {"نیکنام", "niknam"}, {"شهید انصاری", "ansari"},
	{"سرداران", "sardaran"}, {"کشاورز", "keshavarz"}, {"صیاد شیرازی", "sayad shirazi"},
	{"پرستار", "parastar"}, {"شهید صادقی", "sadeghi"}, {"میرزا کوچک‌خان", "mirza koochak khan"},
	{"رودکی", "roodaki"}, {"امیرکبیر", "amir kabir"}, {"دانشجو", "daneshjoo"}, {"کوثر", "kowsar"},
	{"معلم", "moallem"}, {"نامجو", "namjoo"}, {"لاکانی", "lakani"}, {"تختی", "takhti"},
	{"شهید مطهری", "motahari"}, {"بیستون", "bistoon"}, {"دیلمان", "deylaman"}, {"سمیه", "somayeh"},
	{"شهید قربانی", "ghorbani"}, {"استاد معین", "ostad moein"}, {"شهید باهنر", "bahonar"},
	{"پاسداران", "pasdaran"}, {"شهدای گمنام", "shohadaye gomnam"}, {"فلسطین", "felestin"},
	{"شالکو", "shalkoo"}, {"سبزه‌میدان", "sabze meydan"}, {"شهید کریمی", "karimi"},
	{"نواب", "navab"}, {"ضیابری", "ziabari"}, {"شهید عضدی", "azodi"}, {"مشاهیر", "mashahir"},
	{"حاجی‌آباد", "hajiabad"}, {"سردار جنگل", "sardare jangal"}, {"شهید بابایی", "babaei"},
	{"امام حسین", "emam hossein"}, {"بهارستان", "baharestan"}, {"جمهوری", "jomhoori"},
	{"شهید فکوری", "fakoori"}, {"کاشانی", "kashani"},
	{"رسالت", "resalat"}, {"شهید مدنی", "madani"},
	{"طالقانی", "taleghani"}, {"شهید حمیدی", "hamidi"}, {"عدالت", "edalat"}, {"کارگر", "kargar"},
}

var oldStreetNames = []string{"فرودگاه", "راه‌آهن", "کارخانه", "سیلو", "باغ ملی", "شاهپور", "گمرک", "پهلوی", "کاخ", "ژاله", "بهار قدیم"}

var alleyNames = []namePair{
	{"گلستان", "golestan"}, {"یاس", "yas"}, {"نسترن", "nastaran"}, {"شقایق", "shaghayegh"},
	{"بهار", "bahar"}, {"لاله", "laleh"}, {"نرگس", "narges"}, {"صنوبر", "senobar"}, {"اقاقیا", "aghaghia"},
	{"شهید نوری", "noori"}, {"شهید حسن‌زاده", "hasanzadeh"}, {"شهید رفیعی", "rafiee"},
	{"مسجد", "masjed"}, {"حمام", "hamoom"}, {"وحدت", "vahdat"}, {"امید", "omid"}, {"مهر", "mehr"},
	{"پروانه", "parvaneh"}, {"ارغوان", "arghavan"}, {"بنفشه", "banafsheh"}, {"شبنم", "shabnam"},
	{"ابریشم", "abrisham"}, {"شهید یوسفی", "yousefi"}, {"فجر", "fajr"}, {"آفتاب", "aftab"},
	{"سپیدار", "sepidar"}, {"چنار", "chenar"}, {"توحید", "towhid"}, {"نیلوفر", "niloofar"},
	{"دوستی", "doosti"}, {"شهید کاظمی", "kazemi"}, {"عدالت", "edalat"}, {"یگانه", "yeganeh"},
}

type markSeed struct {
	kind  string
	names []string
	park  bool
	agent bool
}

var markSeeds = []markSeed{
	{"مسجد", []string{"جامع", "امام حسن", "صاحب‌الزمان", "الغدیر", "کاسه‌فروشان", "حاج سمیع", "جعفری", "ابوالفضل", "قدس", "امام سجاد", "المهدی", "حاج ابراهیم", "چهارده معصوم"}, false, false},
	{"مدرسه", []string{"شهید بهشتی", "فرزانگان", "دخترانه نرجس", "ابتدایی شهید مدنی", "پسرانه امام", "ابتدایی فردوسی", "هنرستان فنی", "دبیرستان شاهد", "ابتدایی ایرانشهر", "راهنمایی سعدی", "دخترانه کوثر"}, false, false},
	{"بانک", []string{"ملت", "ملی", "صادرات", "تجارت", "سپه", "رفاه", "مسکن"}, false, false},
	{"نانوایی", []string{"بربری حاج رضا", "سنگکی محمدی", "لواشی", "تافتون کریمی", "بربری سر کوچه", "سنگک گیلان", "بربری آذری", "فانتزی نان آوران", "سنگکی حاج علی", "بربری داداش", "لواش صبا"}, false, false},
	{"داروخانه", []string{"دکتر نیکنام", "دکتر رحیمی", "شبانه‌روزی", "دکتر صفری", "رازی", "دکتر پورجعفر", "دکتر امیری", "سینا"}, false, false},
	{"پارک", []string{"محله", "بانوان", "کودک", "لاله", "شقایق", "سبز", "نیلوفر", "آزادی"}, true, false},
	{"بقعه", []string{"خواهر امام", "آقا سید ابوجعفر", "سید محمد", "امامزاده هاشم کوچک"}, false, false},
	{"سوپرمارکت", []string{"رفاه", "خانواده", "حاج قاسم", "محمدی", "افق کوروش"}, false, false},
	{"کلینیک", []string{"شبانه‌روزی", "دندانپزشکی لبخند", "فیزیوتراپی", "آزمایشگاه پاستور", "رادیولوژی گیلان"}, false, false},
	{"پمپ بنزین", []string{""}, false, false},
	{"قنادی", []string{"گیلان", "شیرین", "رضوان", "پارمیس"}, false, false},
	{"کتابفروشی", []string{"طاقچه", "دانش"}, false, false},
	{"تعمیرگاه", []string{"اتو سرویس علی", "مکانیکی برادران", "صافکاری حسن"}, false, false},
	{"حسینیه", []string{"انصارالحسین", "اعظم", "حاج حسن"}, false, false},
	{"آرایشگاه", []string{"مردانه مهدی", "ستاره", "مردانه آرش", "زنانه مهتاب"}, false, false},
	{"میوه‌فروشی", []string{"حاج اکبر", "برادران", "گیلان", "ممد آقا", "سبزیجات تازه"}, false, false},
	{"اداره گاز", []string{"", "ناحیه ۲"}, false, true},
	{"مخابرات", []string{"", "مرکز ۵"}, false, true},
	{"پست برق", []string{"", "فشار قوی"}, false, true},
	{"کلانتری", []string{"۱۴", "۱۷", "۱۲"}, false, true},
	{"آب و فاضلاب", []string{"اداره", "ساختمان"}, false, true},
}

func (m *landmark) label() string {
	switch {
	case m.name == "":
		return m.kind
	case m.kind == "آب و فاضلاب":
		return m.name + " " + m.kind
	}
	return m.kind + " " + m.name
}

func buildWorld(rng *rand.Rand) *world {
	w := &world{}
	const baseLat, baseLon = 37.2800, 49.5900
	for _, s := range hoodSeeds {
		w.hoods = append(w.hoods, &hood{name: s.fa, fin: s.fin, alt: s.alt, lat: baseLat + s.dLat, lon: baseLon + s.dLon, numbered: s.numbered})
	}
	for _, a := range w.hoods {
		for _, b := range w.hoods {
			if a != b && math.Hypot(a.lat-b.lat, (a.lon-b.lon)*0.8) < 0.014 {
				a.neighbours = append(a.neighbours, b)
			}
		}
	}
	names := rng.Perm(len(streetNames))
	usedMark := map[string]bool{}
	ni := 0
	for _, h := range w.hoods {
		var nst int
		if h.numbered {
			nst = 12
		} else {
			nst = 3 + rng.IntN(2)
		}
		used := map[int]bool{}
		for k := 0; k < nst; k++ {
			st := &street{kind: "خیابان", hood: h, angle: rng.Float64() * math.Pi}
			if h.numbered {
				n := 95 + 4*rng.IntN(26)
				for used[n] {
					n += 2
				}
				used[n] = true
				st.num = n
				st.name = strconv.Itoa(n)
				st.fin = strconv.Itoa(n)
				if rng.IntN(4) == 0 {
					p := streetNames[names[ni%len(names)]]
					ni++
					st.oldName, st.name = st.name, p.fa
					st.fin = p.fin
				}
			} else {
				p := streetNames[names[ni%len(names)]]
				ni++
				st.name, st.fin = p.fa, p.fin
				if rng.IntN(5) == 0 {
					st.oldName = oldStreetNames[rng.IntN(len(oldStreetNames))]
				}
			}
			if rng.IntN(5) == 0 {
				st.kind = "بلوار"
			}
			st.lat = h.lat + (rng.Float64()-0.5)*0.006
			st.lon = h.lon + (rng.Float64()-0.5)*0.008
			nal := 6 + rng.IntN(14)
			anames := rng.Perm(len(alleyNames))
			for i := 0; i < nal; i++ {
				al := &alley{st: st, idx: i + 1}
				if h.numbered || rng.IntN(3) > 0 {
					al.num = i + 1
				} else {
					p := alleyNames[anames[i%len(anames)]]
					al.name, al.fin = p.fa, p.fin
				}
				al.deadEnd = rng.IntN(6) == 0
				st.alleys = append(st.alleys, al)
			}
			for m := 0; m < 2+rng.IntN(3); m++ {
				for try := 0; try < 4; try++ {
					if lm := newMark(rng, st, usedMark); lm != nil {
						st.marks = append(st.marks, lm)
						w.marks = append(w.marks, lm)
						if lm.isPark {
							w.parks = append(w.parks, lm)
						}
						break
					}
				}
			}
			w.streets = append(w.streets, st)
		}
	}
	// Every neighbourhood has a park somewhere.
	for _, st := range w.streets {
		has := false
		for _, m := range st.hood.parksOn(w) {
			has = has || m != nil
		}
		if !has {
			lm := &landmark{kind: "پارک", name: st.hood.name, st: st, pos: 1 + rng.IntN(len(st.alleys)), isPark: true}
			st.marks = append(st.marks, lm)
			w.marks = append(w.marks, lm)
			w.parks = append(w.parks, lm)
		}
	}
	return w
}

func (h *hood) parksOn(w *world) []*landmark {
	var out []*landmark
	for _, p := range w.parks {
		if p.st.hood == h {
			out = append(out, p)
		}
	}
	return out
}

// newMark places a landmark on st, or nil when its name is already taken in the district
// and cannot be told apart by its street.
func newMark(rng *rand.Rand, st *street, used map[string]bool) *landmark {
	ms := markSeeds[rng.IntN(len(markSeeds))]
	if ms.agent && rng.IntN(3) > 0 {
		ms = markSeeds[rng.IntN(6)]
	}
	nal := len(st.alleys)
	lm := &landmark{kind: ms.kind, name: ms.names[rng.IntN(len(ms.names))], st: st,
		pos: 1 + rng.IntN(nal), isPark: ms.park, agencyWord: ms.agent}
	if used[lm.label()] {
		// a second branch is known by its street: «بانک ملت شعبه سعدی»
		switch ms.kind {
		case "بانک":
			lm.name += " شعبه " + st.name
		case "داروخانه", "سوپرمارکت", "پارک", "مسجد":
			lm.name = strings.TrimSpace(lm.name + " " + st.name)
		default:
			return nil
		}
		if used[lm.label()] {
			return nil
		}
	}
	used[lm.label()] = true
	if rng.IntN(3) == 0 {
		lm.al = st.alleys[lm.pos-1]
	}
	return lm
}

// coords of a point along street st at alley position pos, offset sideways in metres.
func (st *street) coords(pos int, side float64) (float64, float64) {
	along := float64(pos) * 65
	dLat := (along*math.Cos(st.angle) - side*math.Sin(st.angle)) / 111000
	dLon := (along*math.Sin(st.angle) + side*math.Cos(st.angle)) / 88300
	return st.lat + dLat, st.lon + dLon
}

func (al *alley) String() string {
	if al.num > 0 {
		return fmt.Sprintf("%s/%d", al.st.name, al.num)
	}
	return al.st.name + "/" + al.name
}
