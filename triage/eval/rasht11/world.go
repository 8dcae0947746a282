package rasht11

import (
	"fmt"
	"math"
	"math/rand"
)

// hoodKind decides how a neighbourhood's places are named: Golsar's numbered grid, the old
// centre's named alleys, a new town's phases and blocks, or a mixed quarter of avenues.
type hoodKind int

const (
	kindGrid hoodKind = iota
	kindOld
	kindTown
	kindMixed
)

type hood struct {
	name     string
	spells   []string // other ways people write it
	finglish string
	kind     hoodKind
	lat, lon float64
	streets  []*street
	// landmarks are the shops, mosques and offices people name instead of an address.
	landmarks []string
	postBase  int
}

type street struct {
	kind  string // خیابان، بلوار
	name  string // "۱۲۴" for the grid, a name elsewhere
	num   int    // grid number, 0 when named
	phase int    // new towns: the phase this "street" stands for
	lat   float64
	lon   float64
	// dlat, dlon is the direction alleys run along the street, about 70 m per alley.
	dlat, dlon float64
	alleys     []*alley
}

type alley struct {
	num     int    // numbered alley (grid, mixed) or block (town); 0 when named
	name    string // named alley of the old centre
	deadEnd bool
	// subDeadEnd is a dead end off this alley ("بن‌بست اول"), 0 when none.
	subDeadEnd int
	lat, lon   float64
	post       string
	landmark   string // a landmark at the alley's mouth, may be empty
}

// place is where one issue is: an alley of a street, or a stretch of the street itself by a
// landmark when al is nil.
type place struct {
	h        *hood
	s        *street
	al       *alley
	landmark string // for street stretches and parks
	park     bool
	lat, lon float64
}

var shahidNames = []string{"رحیمی", "نیکخواه", "قربانی", "صادقی", "رضایی", "حسن‌زاده", "کاظمی", "مرادی",
	"طالبی", "اکبری", "یوسفی", "پورحسن", "شعبانی", "غلامی", "جعفری", "نوروزی", "خوشرو", "بابایی",
	"آقاجانی", "میرزایی", "پوررضا", "عاشوری", "کریمی", "سلیمانی", "گیلانی", "رفیعی"}

var flowerNames = []string{"بهار", "گلستان", "نسترن", "یاس", "لاله", "نرگس", "اقاقیا", "شقایق", "بنفشه",
	"مریم", "سرو", "سپیدار", "ارغوان", "نیلوفر", "سوسن", "صنوبر", "شمشاد", "آزادی", "امید", "صفا",
	"سعادت", "حمام", "مسجد", "سرچشمه", "آب‌انبار", "بازارچه", "تکیه", "چاله‌حوض"}

var landmarkKinds = []string{
	"مسجد %s", "مسجد جامع %s", "حسینیه %s", "دبستان %s", "دبیرستان %s", "مدرسه %s",
	"بانک ملت", "بانک ملی", "بانک صادرات", "بانک سپه", "بانک تجارت", "نانوایی بربری %s",
	"نانوایی سنگکی %s", "داروخانه دکتر %s", "سوپرمارکت %s", "قنادی %s", "آژانس %s",
	"امامزاده %s", "پمپ بنزین", "درمانگاه %s", "میوه‌فروشی %s", "آرایشگاه %s", "کبابی %s",
	"اداره گاز", "مخابرات", "کلانتری ۱۲", "اداره برق", "ساختمان آبفا", "پست برق", "باشگاه %s",
	"مهدکودک %s", "تالار %s", "پاساژ %s",
}

var landmarkOwners = []string{"حاج رضا", "امیر", "نور", "فردوسی", "شهید بهشتی", "امام حسین", "صاحب‌الزمان",
	"ولیعصر", "الزهرا", "دکتر معین", "کوثر", "رسالت", "سعدی", "اطلسی", "میرزا", "طالقانی", "ابوذر",
	"گیلان", "سپید", "پارسا", "نگین", "شهرزاد", "باران", "قائم"}

func mkLandmark(r *rand.Rand) string {
	k := landmarkKinds[r.Intn(len(landmarkKinds))]
	if contains(k, "%s") {
		return fmt.Sprintf(k, landmarkOwners[r.Intn(len(landmarkOwners))])
	}
	return k
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

type hoodSpec struct {
	name     string
	spells   []string
	finglish string
	kind     hoodKind
	lat, lon float64
	streets  []string // named avenues for old and mixed quarters
}

// The district's quarters. Coordinates are near the real places, to a few hundred metres.
var hoodSpecs = []hoodSpec{
	{"گلسار", []string{"گلسار", "گلسار رشت"}, "golsar", kindGrid, 37.2985, 49.5905, nil},
	{"ساغری‌سازان", []string{"ساغری سازان", "ساغریسازان", "ساغری‌سازون"}, "saghari sazan", kindOld, 37.2790, 49.5930,
		[]string{"خیابان ساغری‌سازان", "خیابان تختی", "خیابان اعلم‌الهدی"}},
	{"زاهدان", []string{"زاهدان", "محله زاهدان"}, "zahedan", kindOld, 37.2760, 49.5990,
		[]string{"خیابان زاهدان", "خیابان سعدی"}},
	{"استادسرا", []string{"استادسرا", "استاد سرا"}, "ostadsara", kindOld, 37.2700, 49.5800,
		[]string{"خیابان استادسرا", "خیابان شهید بهشتی"}},
	{"چمارسرا", []string{"چمارسرا", "چمار سرا"}, "chomarsara", kindOld, 37.2850, 49.5870,
		[]string{"خیابان چمارسرا", "خیابان مطهری"}},
	{"سوخته‌تکیه", []string{"سوخته تکیه", "سوخته‌تکیه", "سوخته تیکه"}, "sukhte tekye", kindOld, 37.2740, 49.5880,
		[]string{"خیابان سوخته‌تکیه", "خیابان امام"}},
	{"منظریه", []string{"منظریه", "منظریّه"}, "manzarieh", kindMixed, 37.2900, 49.6050,
		[]string{"خیابان منظریه", "بلوار شهید انصاری", "خیابان نیکنام"}},
	{"پاسداران", []string{"پاسداران", "محله پاسداران"}, "pasdaran", kindMixed, 37.2690, 49.5680,
		[]string{"خیابان پاسداران", "بلوار امام رضا"}},
	{"معلم", []string{"معلم", "کوی معلم"}, "moalem", kindMixed, 37.2880, 49.5720,
		[]string{"خیابان معلم", "خیابان دانشسرا"}},
	{"طالقانی", []string{"طالقانی", "کوی طالقانی"}, "taleghani", kindMixed, 37.2820, 49.6010,
		[]string{"خیابان طالقانی", "خیابان شریعتی"}},
	{"رشتیان", []string{"رشتیان"}, "rashtian", kindMixed, 37.2950, 49.5780,
		[]string{"خیابان رشتیان", "بلوار گیلان"}},
	{"شهرک قدس", []string{"شهرک قدس", "قدس", "شهرک قدس رشت"}, "shahrak ghods", kindTown, 37.3050, 49.6120, nil},
	{"شهرک گلها", []string{"شهرک گلها", "شهرک گل‌ها", "گلها"}, "shahrak golha", kindTown, 37.2620, 49.6060, nil},
	{"مسکن مهر", []string{"مسکن مهر", "مسکن مهر رشت", "مهر"}, "maskan mehr", kindTown, 37.3120, 49.5600, nil},
}

type world struct {
	hoods  []*hood
	places []*place // every alley-level and street-level place
	parks  []*place
	// mains are the avenues that cross several quarters, with no alleys of their own.
	mains []*place
}

const metreLat = 1.0 / 111000.0

func metreLon(lat float64) float64 { return 1.0 / (111000.0 * math.Cos(lat*math.Pi/180)) }

func buildWorld(r *rand.Rand) *world {
	w := &world{}
	for hi, sp := range hoodSpecs {
		h := &hood{name: sp.name, spells: sp.spells, finglish: sp.finglish, kind: sp.kind,
			lat: sp.lat, lon: sp.lon, postBase: 41630 + hi*7}
		for i := 0; i < 6; i++ {
			h.landmarks = append(h.landmarks, mkLandmark(r))
		}
		switch sp.kind {
		case kindGrid:
			// Golsar: even-numbered streets, each with numbered alleys.
			for n := 84; n <= 196; n += 4 + 2*r.Intn(2) {
				addStreet(r, h, "خیابان", fmt.Sprint(n), n, 0, 6+r.Intn(14))
			}
		case kindOld:
			for _, nm := range sp.streets {
				addStreet(r, h, "", nm, 0, 0, 8+r.Intn(8))
			}
		case kindMixed:
			for _, nm := range sp.streets {
				addStreet(r, h, "", nm, 0, 0, 6+r.Intn(14))
			}
		case kindTown:
			for ph := 1; ph <= 2+r.Intn(3); ph++ {
				addStreet(r, h, "فاز", fmt.Sprint(ph), 0, ph, 10+r.Intn(25))
			}
		}
		w.hoods = append(w.hoods, h)
		for _, s := range h.streets {
			for _, a := range s.alleys {
				w.places = append(w.places, &place{h: h, s: s, al: a, lat: a.lat, lon: a.lon})
			}
			if h.kind != kindTown {
				// two stretches of the street itself, each by a landmark
				for k := 0; k < 2; k++ {
					lm := mkLandmark(r)
					f := r.Float64() * float64(len(s.alleys))
					w.places = append(w.places, &place{h: h, s: s, landmark: lm,
						lat: s.lat + s.dlat*f, lon: s.lon + s.dlon*f})
				}
			}
		}
		parkNames := []string{"پارک", "بوستان"}
		for k := 0; k < 1+r.Intn(2); k++ {
			nm := parkNames[r.Intn(2)] + " " + landmarkOwners[r.Intn(len(landmarkOwners))]
			s := h.streets[r.Intn(len(h.streets))]
			p := &place{h: h, s: s, landmark: nm, park: true,
				lat: h.lat + (r.Float64()-0.5)*0.004, lon: h.lon + (r.Float64()-0.5)*0.004}
			w.parks = append(w.parks, p)
		}
	}
	mains := []string{"بلوار گیلان", "بلوار شهید بهشتی", "خیابان امام خمینی", "بلوار لاکانی", "خیابان شریعتی", "میدان شهرداری", "میدان فرهنگ", "میدان گیل", "میدان صیقلان"}
	for _, m := range mains {
		for k := 0; k < 3; k++ {
			h := w.hoods[r.Intn(len(w.hoods))]
			w.mains = append(w.mains, &place{h: nil, s: &street{name: m}, landmark: mkLandmark(r),
				lat: h.lat + (r.Float64()-0.5)*0.006, lon: h.lon + (r.Float64()-0.5)*0.006})
		}
	}
	return w
}

func addStreet(r *rand.Rand, h *hood, kind, name string, num, phase, nAlleys int) {
	ang := r.Float64() * math.Pi
	step := 60 + r.Float64()*30
	s := &street{kind: kind, name: name, num: num, phase: phase,
		lat: h.lat + (r.Float64()-0.5)*0.008, lon: h.lon + (r.Float64()-0.5)*0.008,
		dlat: math.Sin(ang) * step * metreLat, dlon: math.Cos(ang) * step * metreLon(h.lat)}
	used := map[string]bool{}
	for i := 1; i <= nAlleys; i++ {
		a := &alley{lat: s.lat + s.dlat*float64(i), lon: s.lon + s.dlon*float64(i)}
		switch {
		case h.kind == kindGrid || h.kind == kindMixed || h.kind == kindTown:
			a.num = i
			if h.kind == kindTown {
				a.num = i + i/7 // blocks are not contiguous: gaps look real
			}
		default:
			for {
				var nm string
				if r.Intn(2) == 0 {
					nm = "شهید " + shahidNames[r.Intn(len(shahidNames))]
				} else {
					nm = flowerNames[r.Intn(len(flowerNames))]
				}
				if !used[nm] {
					used[nm] = true
					a.name = nm
					break
				}
			}
		}
		if h.kind != kindTown && r.Intn(5) == 0 {
			a.deadEnd = true
		}
		if h.kind != kindTown && !a.deadEnd && r.Intn(6) == 0 {
			a.subDeadEnd = 1 + r.Intn(3)
		}
		if r.Intn(3) == 0 {
			a.landmark = mkLandmark(r)
		}
		a.post = fmt.Sprintf("%05d%05d", h.postBase+r.Intn(5), 10000+r.Intn(89999))
		s.alleys = append(s.alleys, a)
	}
	h.streets = append(h.streets, s)
}

// neighbour returns the alley next to p on the same street, or nil.
func (w *world) neighbour(r *rand.Rand, p *place) *place {
	if p.al == nil {
		return nil
	}
	for i, a := range p.s.alleys {
		if a != p.al {
			continue
		}
		var cands []*alley
		if i > 0 {
			cands = append(cands, p.s.alleys[i-1])
		}
		if i+1 < len(p.s.alleys) {
			cands = append(cands, p.s.alleys[i+1])
		}
		if len(cands) == 0 {
			return nil
		}
		na := cands[r.Intn(len(cands))]
		for _, q := range w.places {
			if q.al == na {
				return q
			}
		}
	}
	return nil
}
