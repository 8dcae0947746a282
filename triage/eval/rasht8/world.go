package rasht8

import (
	"fmt"
	"math"
	"math/rand"
)

// The district is a patchwork of real Rasht neighbourhoods and thoroughfares. Alleys, names of
// shops and plates are invented, but the way they are laid out (Golsar's numbered streets,
// named alleys off the old quarters' avenues, dead ends off alleys) follows the city.

type hood struct {
	name    string
	alts    []string // other ways people name it
	latin   string
	lat     float64
	lon     float64
	streets []*street
	postal  string // first five digits of its postcodes
}

type street struct {
	hood    *hood
	kind    string // خیابان، بلوار
	name    string // empty when numbered
	num     int
	latin   string
	lat     float64 // where it starts
	lon     float64
	bearing float64 // radians
	alleys  []*alley
	marks   []*landmark
}

type alley struct {
	street  *street
	num     int    // 0 when it only has a name
	name    string // empty when it only has a number
	deadEnd bool
	parent  *alley // a dead end off another alley
	pos     float64
	side    float64
	people  []*resident
}

type landmark struct {
	street *street
	kind   string // مسجد، مدرسه، ...
	name   string // the whole name as people say it
	pos    float64
	// agencyWord is set when the landmark itself carries another agency's word (اداره گاز,
	// پست برق, کلانتری): a municipal complaint that names it is still municipal.
	agencyWord bool
	park       bool
}

// resident is a person who keeps calling about their own alley.
type resident struct {
	plate  int
	unit   int
	phone  string
	postal string
	name   string
}

type world struct {
	hoods  []*hood
	alleys []*alley
	marks  []*landmark
	parks  []*landmark
	strts  []*street
}

type hoodSpec struct {
	name    string
	alts    []string
	latin   string
	lat     float64
	lon     float64
	postal  string
	streets []streetSpec
}

type streetSpec struct {
	kind  string
	name  string
	num   int
	latin string
}

var hoodSpecs = []hoodSpec{
	{"گلسار", []string{"محله گلسار", "گلسار رشت"}, "golsar", 37.3032, 49.5898, "41938", []streetSpec{
		{"خیابان", "", 87, "87"}, {"خیابان", "", 95, "95"}, {"خیابان", "", 101, "101"},
		{"خیابان", "", 113, "113"}, {"خیابان", "", 124, "124"}, {"خیابان", "", 132, "132"},
		{"خیابان", "", 141, "141"}, {"بلوار", "گیلان", 0, "boulevard gilan"},
	}},
	{"منظریه", []string{"محله منظریه", "شهرک منظریه"}, "manzarie", 37.2945, 49.6078, "41889", []streetSpec{
		{"بلوار", "منظریه", 0, "bolvar manzarie"}, {"خیابان", "لاله", 0, "laleh"}, {"خیابان", "نسترن", 0, "nastaran"},
	}},
	{"ساغری‌سازان", []string{"ساغری سازان", "محله ساغریسازان"}, "saghrisazan", 37.2789, 49.5905, "41358", []streetSpec{
		{"خیابان", "ساغری‌سازان", 0, "saghrisazan"}, {"خیابان", "شهید مطهری", 0, "motahari"},
	}},
	{"استادسرا", []string{"استاد سرا"}, "ostadsara", 37.2702, 49.5781, "41476", []streetSpec{
		{"خیابان", "استادسرا", 0, "ostadsara"}, {"بلوار", "شهید انصاری", 0, "ansari"}, {"خیابان", "نامجو", 0, "namjoo"},
	}},
	{"پیرسرا", []string{"پیر سرا", "محله پیرسرا"}, "pirsara", 37.2871, 49.5738, "41678", []streetSpec{
		{"خیابان", "پیرسرا", 0, "pirsara"}, {"خیابان", "امام خمینی", 0, "emam"},
	}},
	{"زرجوب", []string{"محله زرجوب", "زر جوب"}, "zarjoob", 37.2764, 49.6006, "41447", []streetSpec{
		{"خیابان", "زرجوب", 0, "zarjoob"}, {"خیابان", "شریعتی", 0, "shariati"},
	}},
	{"سبزه‌میدان", []string{"سبزه میدان", "اطراف سبزه‌میدان"}, "sabze meydan", 37.2799, 49.5837, "41336", []streetSpec{
		{"خیابان", "علم‌الهدی", 0, "alamolhoda"}, {"خیابان", "سعدی", 0, "saadi"},
	}},
	{"بیستون", []string{"محله بیستون"}, "bistoon", 37.2908, 49.5961, "41847", []streetSpec{
		{"خیابان", "بیستون", 0, "bistoon"}, {"خیابان", "تختی", 0, "takhti"},
	}},
	{"لاکانی", []string{"محله لاکانی"}, "lakani", 37.2851, 49.5816, "41639", []streetSpec{
		{"خیابان", "لاکانی", 0, "lakani"}, {"خیابان", "طالقانی", 0, "taleghani"},
	}},
	{"چمارسرا", []string{"چمار سرا", "محله چمارسرا"}, "chomarsara", 37.2667, 49.5930, "41419", []streetSpec{
		{"خیابان", "چمارسرا", 0, "chomarsara"}, {"بلوار", "معلم", 0, "moalem"},
	}},
	{"پاستور", []string{"شهرک پاستور", "پاستور رشت"}, "pastor", 37.2623, 49.6123, "41566", []streetSpec{
		{"خیابان", "پاستور", 0, "pastor"}, {"خیابان", "نگارستان", 0, "negarestan"},
	}},
	{"حمیدیان", []string{"محله حمیدیان", "شهرک حمیدیان"}, "hamidian", 37.3005, 49.5702, "41779", []streetSpec{
		{"خیابان", "حمیدیان", 0, "hamidian"}, {"بلوار", "لاکان", 0, "lakan"},
	}},
}

var alleyNames = []string{"یاس", "نرگس", "شقایق", "بهار", "ارغوان", "شهید رضایی", "شهید نوروزی",
	"پروین", "گلبرگ", "سرو", "شهید حسن‌زاده", "امیری", "صنوبر", "شهید قربانی", "نیلوفر", "مهتاب",
	"شهید کاظمی", "آزادی", "فردوسی", "شهید بابایی", "لادن", "اقاقیا", "شهید پورحسن", "کاج",
	"رز", "شهید صفری", "بوستان", "شهید رحیمی", "گلستان", "آفتاب", "مریم", "سپیدار"}

var landmarkKinds = []struct {
	kind   string
	names  []string
	agency bool
	park   bool
	weight int
}{
	{"مسجد", []string{"مسجد امام حسن", "مسجد صاحب‌الزمان", "مسجد جامع", "مسجد الرسول", "مسجد حضرت ابوالفضل", "مسجد نور"}, false, false, 6},
	{"مدرسه", []string{"دبستان شهید باهنر", "مدرسه فرزانگان", "دبیرستان شهید بهشتی", "دبستان پروین اعتصامی", "هنرستان کاردانش", "مدرسه امید"}, false, false, 5},
	{"بانک", []string{"بانک ملی", "بانک ملت", "بانک صادرات", "بانک سپه", "بانک تجارت", "بانک رفاه"}, false, false, 5},
	{"نانوایی", []string{"نانوایی بربری حسینی", "نانوایی سنگکی", "نانوایی لواشی گیلان", "نانوایی تافتون", "نانوایی بربری اکبری"}, false, false, 6},
	{"داروخانه", []string{"داروخانه دکتر میرزایی", "داروخانه شبانه‌روزی", "داروخانه دکتر رحمانی", "داروخانه سینا"}, false, false, 4},
	{"سوپرمارکت", []string{"سوپر ستاره", "سوپرمارکت امید", "هایپر گیلان", "سوپر کوثر", "میوه‌فروشی حسن‌آقا"}, false, false, 5},
	{"امامزاده", []string{"بقعه خواهر امام", "امامزاده سید ابوجعفر", "بقعه آقا سید محمد"}, false, false, 1},
	{"حسینیه", []string{"حسینیه اعظم", "تکیه محل", "حسینیه بنی‌فاطمه"}, false, false, 2},
	{"درمانگاه", []string{"درمانگاه شبانه‌روزی", "مطب دکتر کریمی", "آزمایشگاه پاستور"}, false, false, 2},
	{"پارک", []string{"پارک محله", "بوستان لاله", "پارک قدس", "بوستان نسیم", "پارک کودک", "بوستان شقایق"}, false, true, 5},
	{"اداره", []string{"اداره گاز", "پست برق", "ساختمان مخابرات", "کلانتری ۱۲", "اداره آبفا", "پاسگاه پلیس"}, true, false, 2},
}

// buildWorld lays the district out. Positions are metres along each street; alleys sit
// about 60-110 m apart, so a 20-150 m GPS error often lands in the next alley, as in life.
func buildWorld(rng *rand.Rand) *world {
	w := &world{}
	usedMarks := map[string]int{}
	for _, hs := range hoodSpecs {
		h := &hood{name: hs.name, alts: hs.alts, latin: hs.latin, lat: hs.lat, lon: hs.lon, postal: hs.postal}
		for si, ss := range hs.streets {
			s := &street{hood: h, kind: ss.kind, name: ss.name, num: ss.num, latin: ss.latin}
			s.bearing = rng.Float64() * math.Pi
			// streets of a neighbourhood start a few hundred metres apart
			dn, de := float64(si%3-1)*350+rng.Float64()*80, float64(si/3)*420-300+rng.Float64()*80
			s.lat, s.lon = offset(h.lat, h.lon, dn, de)
			nAlleys := 6 + rng.Intn(12)
			if ss.kind == "بلوار" {
				nAlleys += 4
			}
			pos := 40.0
			nameSeq := rng.Perm(len(alleyNames))
			ni := 0
			for i := 1; i <= nAlleys; i++ {
				a := &alley{street: s, pos: pos, side: float64(1 - 2*(i%2))}
				pos += 60 + rng.Float64()*50
				switch r := rng.Float64(); {
				case ss.num > 0 || r < 0.55:
					a.num = i
					if rng.Float64() < 0.15 {
						a.name = alleyNames[nameSeq[ni%len(nameSeq)]]
						ni++
					}
				default:
					a.name = alleyNames[nameSeq[ni%len(nameSeq)]]
					ni++
				}
				if rng.Float64() < 0.12 {
					a.deadEnd = true
				}
				s.alleys = append(s.alleys, a)
				// a dead end or two off the longer alleys
				if !a.deadEnd && rng.Float64() < 0.2 {
					for k := 1; k <= 1+rng.Intn(2); k++ {
						d := &alley{street: s, parent: a, num: k, deadEnd: true, pos: a.pos + float64(k)*25, side: a.side}
						s.alleys = append(s.alleys, d)
					}
				}
			}
			// landmarks: shops and institutions along the street
			for k := 0; k < 3+rng.Intn(4); k++ {
				lk := pickLandmarkKind(rng)
				name := lk.names[rng.Intn(len(lk.names))]
				// the same name twice in one district would make a landmark ambiguous
				if usedMarks[name] > 0 && lk.kind != "نانوایی" {
					continue
				}
				usedMarks[name]++
				m := &landmark{street: s, kind: lk.kind, name: name, pos: rng.Float64() * pos, agencyWord: lk.agency, park: lk.park}
				s.marks = append(s.marks, m)
				w.marks = append(w.marks, m)
				if m.park {
					w.parks = append(w.parks, m)
				}
			}
			h.streets = append(h.streets, s)
			w.strts = append(w.strts, s)
			w.alleys = append(w.alleys, s.alleys...)
		}
		// every neighbourhood has its own park, named after it
		ps := h.streets[rng.Intn(len(h.streets))]
		pm := &landmark{street: ps, kind: "پارک", name: pick(rng, "پارک ", "بوستان ") + h.name,
			pos: rng.Float64() * ps.alleys[len(ps.alleys)-1].pos, park: true}
		ps.marks = append(ps.marks, pm)
		w.marks = append(w.marks, pm)
		w.parks = append(w.parks, pm)
		w.hoods = append(w.hoods, h)
	}
	return w
}

func pickLandmarkKind(rng *rand.Rand) struct {
	kind   string
	names  []string
	agency bool
	park   bool
	weight int
} {
	total := 0
	for _, k := range landmarkKinds {
		total += k.weight
	}
	r := rng.Intn(total)
	for _, k := range landmarkKinds {
		if r < k.weight {
			return k
		}
		r -= k.weight
	}
	return landmarkKinds[0]
}

// offset moves a point dn metres north and de metres east.
func offset(lat, lon, dn, de float64) (float64, float64) {
	return lat + dn/111320, lon + de/(111320*math.Cos(lat*math.Pi/180))
}

func (s *street) point(pos, side float64) (float64, float64) {
	dn := math.Cos(s.bearing)*pos - math.Sin(s.bearing)*side*30
	de := math.Sin(s.bearing)*pos + math.Cos(s.bearing)*side*30
	return offset(s.lat, s.lon, dn, de)
}

func (a *alley) point() (float64, float64) { return a.street.point(a.pos, a.side) }

// resident returns one of the alley's regular callers, creating them on first use, so that
// the same person (plate, phone) turns up in several issues of their own alley.
func (a *alley) resident(rng *rand.Rand) *resident {
	if len(a.people) < 4 && (len(a.people) == 0 || rng.Float64() < 0.5) {
		p := &resident{
			plate:  1 + rng.Intn(60),
			phone:  fmt.Sprintf("0911%07d", rng.Intn(10000000)),
			postal: fmt.Sprintf("%s%05d", a.street.hood.postal, rng.Intn(100000)),
			name:   personNames[rng.Intn(len(personNames))],
		}
		if rng.Float64() < 0.35 {
			p.unit = 1 + rng.Intn(8)
		}
		a.people = append(a.people, p)
		return p
	}
	return a.people[rng.Intn(len(a.people))]
}

var personNames = []string{"رحیمی", "قربانی", "پورعلی", "جعفرزاده", "صفرپور", "کریمی", "نوروزی",
	"حسین‌پور", "رضازاده", "میرزایی", "اکبری", "طالبی", "کاظم‌نژاد", "عباسی", "یوسفی", "حیدری"}
