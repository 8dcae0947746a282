package rasht12

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// The world is the same for every seed: only the issues and their reports change, so two
// seeds are two years of one district, not two cities.

type hood struct {
	name    string
	aliases []string
	lat     float64
	lon     float64
	streets []*street
	parks   []*park
}

type street struct {
	kind   string // خیابان or بلوار
	name   string // a name or a number written in ASCII digits
	num    int
	hood   *hood
	lat    float64
	lon    float64
	dlat   float64 // one alley step along the street
	dlon   float64
	alleys []*alley
	marks  []*mark
}

type alley struct {
	num  int
	name string
	dead bool
	st   *street
	idx  int
	lat  float64
	lon  float64
}

type mark struct {
	kind string // shop, mosque, bank... only used to pick phrasing
	name string
	st   *street
	lat  float64
	lon  float64
	// agencyWord marks a landmark that carries another agency's name (اداره گاز, پست برق).
	agencyWord bool
}

type park struct {
	name string
	hood *hood
	lat  float64
	lon  float64
}

type world struct {
	hoods   []*hood
	streets []*street
	alleys  []*alley
	marks   []*mark
	parks   []*park
}

// defaultPin is where the app puts the pin when the phone has no fix: the city hall square.
var defaultPin = [2]float64{37.28085, 49.58312}

const defaultPinAddress = "رشت، میدان شهرداری"

type hoodSpec struct {
	name    string
	aliases []string
	lat     float64
	lon     float64
	streets []string // "خیابان 124", "بلوار گیلان"
	parks   []string
}

var hoodSpecs = []hoodSpec{
	{"گلسار", []string{"گلسار", "محله گلسار", "golsar"}, 37.2968, 49.5992,
		[]string{"بلوار گیلان", "خیابان 95", "خیابان 107", "خیابان 124", "خیابان 132", "خیابان 144", "خیابان 172"}, []string{"بوستان گلسار"}},
	{"منظریه", []string{"منظریه", "شهرک منظریه", "manzarie"}, 37.3031, 49.6065,
		[]string{"خیابان منظریه", "خیابان ارشاد", "خیابان شهید صدوقی"}, []string{"پارک منظریه"}},
	{"معلم", []string{"معلم", "بلوار معلم", "moalem"}, 37.2885, 49.6101,
		[]string{"بلوار معلم", "خیابان شهید انصاری", "خیابان فرهنگ"}, []string{"پارک معلم"}},
	{"استادسرا", []string{"استادسرا", "استاد سرا", "ostadsara"}, 37.2792, 49.6032,
		[]string{"خیابان استادسرا", "خیابان شهید مطهری", "خیابان لاهیجی"}, nil},
	{"طالقانی", []string{"طالقانی", "محله طالقانی", "taleghani"}, 37.2748, 49.5905,
		[]string{"خیابان طالقانی", "خیابان حافظ", "خیابان نامجو"}, []string{"پارک قدس"}},
	{"لاکانی", []string{"لاکانی", "لاکان", "lakani"}, 37.2706, 49.5833,
		[]string{"خیابان لاکانی", "خیابان سعدی", "خیابان شریعتی"}, nil},
	{"پاستور", []string{"پاستور", "pastor"}, 37.2672, 49.5969,
		[]string{"خیابان پاستور", "خیابان بیستون", "خیابان تختی"}, []string{"پارک بانوان"}},
	{"حمیدیان", []string{"حمیدیان", "شهرک حمیدیان", "hamidian"}, 37.2625, 49.6075,
		[]string{"خیابان حمیدیان", "خیابان آزادگان"}, nil},
	{"کوی گلها", []string{"کوی گلها", "کوی گل‌ها", "شهرک گلها", "kooye golha"}, 37.2860, 49.6200,
		[]string{"خیابان گلها", "خیابان یاس", "خیابان نسترن"}, []string{"پارک کوی گلها"}},
	{"بلوار دیلمان", []string{"دیلمان", "بلوار دیلمان", "deylaman"}, 37.3080, 49.5920,
		[]string{"بلوار دیلمان", "خیابان شهید بهشتی"}, nil},
	{"ضیابری", []string{"ضیابری", "zeyabari"}, 37.2778, 49.5768,
		[]string{"خیابان ضیابری", "خیابان امام خمینی"}, []string{"باغ محتشم"}},
	{"پیرسرا", []string{"پیرسرا", "پیر سرا", "pirsara"}, 37.2935, 49.5830,
		[]string{"خیابان پیرسرا", "خیابان شهید رجایی"}, nil},
}

var alleyNames = []string{"شهید رضایی", "لاله", "یاس", "نسترن", "ارغوان", "شقایق", "بهار", "شهید قربانی",
	"شهید بابایی", "دانش", "نور", "صفا", "امید", "گلستان", "پروین", "سرو", "شهید پورحسن", "میرزا کوچک",
	"شهید اسدی", "ناز", "بوستان", "آزادی", "شهید رحیمی", "پونه", "مهتاب", "شهید کاظمی", "نیلوفر", "حکیم"}

var deadNames = []string{"مریم", "زهرا", "سپیده", "گلناز", "مینا", "حسینی", "شهید نیکخواه"}

type markSpec struct {
	kind       string
	names      []string
	agencyWord bool
}

var markSpecs = []markSpec{
	{"mosque", []string{"مسجد امام حسن", "مسجد صاحب‌الزمان", "مسجد جامع", "مسجد قدس", "حسینیه ابوالفضل", "مسجد ولیعصر"}, false},
	{"shrine", []string{"بقعه خواهر امام", "بقعه آقا سید ابوجعفر", "امامزاده سید محمد"}, false},
	{"school", []string{"دبستان شهید مطهری", "دبیرستان فرزانگان", "مدرسه ایرانشهر", "هنرستان شهید بهشتی", "دبستان پروین اعتصامی"}, false},
	{"bank", []string{"بانک ملت", "بانک ملی", "بانک صادرات", "بانک سپه", "بانک تجارت", "بانک رفاه"}, false},
	{"bakery", []string{"نانوایی بربری", "نانوایی سنگکی حاج رضا", "نانوایی لواشی", "نانوایی تافتون رحیمی"}, false},
	{"pharmacy", []string{"داروخانه دکتر نوری", "داروخانه شبانه روزی", "داروخانه دکتر رستمی"}, false},
	{"shop", []string{"سوپرمارکت نیکان", "قنادی گیلار", "پیتزا پدرام", "میوه فروشی برادران", "لبنیات پاک", "آژانس تاکسی تلفنی گلها", "قصابی اکبری", "کلوچه فومن فروشی"}, false},
	{"clinic", []string{"بیمارستان پورسینا", "درمانگاه امام رضا", "کلینیک دندانپزشکی"}, false},
	{"agency", []string{"اداره گاز", "پست برق", "ساختمان مخابرات", "کلانتری ۱۲", "اداره آب و فاضلاب", "پمپ بنزین", "جایگاه سی‌ان‌جی"}, true},
}

// buildWorld lays the district out on a plane around each neighbourhood's centre:
// streets radiate from it and alleys follow each street every 70-110 m.
func buildWorld() *world {
	r := rand.New(rand.NewPCG(12, 1405))
	w := &world{}
	nameAt := 0
	for _, hs := range hoodSpecs {
		h := &hood{name: hs.name, aliases: hs.aliases, lat: hs.lat, lon: hs.lon}
		w.hoods = append(w.hoods, h)
		for i, sname := range hs.streets {
			kind, name := splitStreet(sname)
			st := &street{kind: kind, name: name, hood: h}
			if n, err := strconv.Atoi(name); err == nil {
				st.num = n
			}
			angle := float64(i)*2*math.Pi/float64(len(hs.streets)) + r.Float64()*0.4
			step := 70 + r.Float64()*40
			st.dlat = math.Sin(angle) * step / metresPerDegLat
			st.dlon = math.Cos(angle) * step / metresPerDegLon
			st.lat = h.lat + st.dlat*1.5
			st.lon = h.lon + st.dlon*1.5
			nAlleys := 5 + r.IntN(9)
			numbered := st.num > 0 || r.IntN(3) > 0
			evenOnly := st.num > 0 && r.IntN(3) == 0 // Golsar style: even numbers on one side
			deadSeen := 0
			for a := 0; a < nAlleys; a++ {
				al := &alley{st: st, idx: a}
				switch {
				case r.IntN(6) == 0:
					al.dead = true
					if r.IntN(2) == 0 {
						deadSeen++
						al.num = deadSeen
					} else {
						al.name = deadNames[r.IntN(len(deadNames))]
					}
				case numbered:
					al.num = a + 1
					if evenOnly {
						al.num = 2 * (a + 1)
					}
				default:
					al.name = alleyNames[nameAt%len(alleyNames)]
					nameAt++
				}
				// alleys on both sides: a small offset perpendicular to the street
				side := float64(a%2*2-1) * 25
				al.lat = st.lat + st.dlat*float64(a) + side*math.Cos(angle)/metresPerDegLat
				al.lon = st.lon + st.dlon*float64(a) - side*math.Sin(angle)/metresPerDegLon
				st.alleys = append(st.alleys, al)
				w.alleys = append(w.alleys, al)
			}
			nMarks := 2 + r.IntN(3)
			for m := 0; m < nMarks; m++ {
				ms := markSpecs[r.IntN(len(markSpecs))]
				at := r.IntN(nAlleys)
				mk := &mark{kind: ms.kind, name: ms.names[r.IntN(len(ms.names))], st: st, agencyWord: ms.agencyWord,
					lat: st.lat + st.dlat*(float64(at)+0.5), lon: st.lon + st.dlon*(float64(at)+0.5)}
				st.marks = append(st.marks, mk)
				w.marks = append(w.marks, mk)
			}
			h.streets = append(h.streets, st)
			w.streets = append(w.streets, st)
		}
		for i, pn := range hs.parks {
			pk := &park{name: pn, hood: h, lat: h.lat - 0.0015 + float64(i)*0.001, lon: h.lon + 0.0018}
			h.parks = append(h.parks, pk)
			w.parks = append(w.parks, pk)
		}
	}
	return w
}

const (
	metresPerDegLat = 111000.0
	metresPerDegLon = 88400.0 // at 37.28° N
)

func splitStreet(s string) (kind, name string) {
	for i, c := range s {
		if c == ' ' {
			return s[:i], s[i+1:]
		}
	}
	return "خیابان", s
}

// nearestStreet is the app's reverse geocoder: the street whose alleys pass closest to the pin.
func (w *world) nearestStreet(lat, lon float64) *street {
	var best *street
	bestD := math.MaxFloat64
	for _, st := range w.streets {
		for _, al := range st.alleys {
			if d := dist(lat, lon, al.lat, al.lon); d < bestD {
				best, bestD = st, d
			}
		}
	}
	return best
}

func dist(lat1, lon1, lat2, lon2 float64) float64 {
	dy := (lat1 - lat2) * metresPerDegLat
	dx := (lon1 - lon2) * metresPerDegLon
	return math.Hypot(dx, dy)
}

// jitter moves a point by a distance in [lo, hi] metres in a random direction.
func jitter(r *rand.Rand, lat, lon, lo, hi float64) (float64, float64) {
	d := lo + r.Float64()*(hi-lo)
	a := r.Float64() * 2 * math.Pi
	return lat + d*math.Sin(a)/metresPerDegLat, lon + d*math.Cos(a)/metresPerDegLon
}
