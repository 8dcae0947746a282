package rasht34

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// The district is built from a fixed seed: every seed of the generator describes the same
// streets, as every year of a real district does.
const worldSeed = 34

type hood struct {
	name, fin string
	lat, lon  float64
	streets   []*street
	parks     []*spot
}

type street struct {
	hood *hood
	// kind is «خیابان», «بلوار» or «جاده»; name is what follows it («سعدی», «شهید رجایی», «۷»).
	kind, name, fin string
	num             int // a numbered street of the new blocks, else 0
	lat, lon        float64
	dirLat, dirLon  float64 // degrees per metre along the street
	alleys          []*spot
	stretches       []*spot
}

type spotKind int

const (
	atAlley spotKind = iota
	atStretch
	atPark
)

// spot is one place the clerk opens files for: an alley (with all its doors), a block-long
// stretch of a main street named by its landmark, or a park.
type spot struct {
	kind   spotKind
	hood   *hood
	street *street
	// alley: num > 0 for a numbered alley, name for a named one; deadEnd for «بن‌بست».
	num      int
	name     string
	deadEnd  bool
	landmark string // stretch: what people steer by; alley: a landmark at its mouth, may be ""
	lat, lon float64
	length   float64 // metres along which doors (and pins) spread
	weight   float64 // how often problems happen here
}

type hoodSpec struct {
	name, fin string
	newer     bool
	streets   [][2]string // kind+name, Finglish
}

var hoodSpecs = []hoodSpec{
	{"سعدی", "saadi", false, [][2]string{{"خیابان سعدی", "saadi"}, {"خیابان تختی", "takhti"}}},
	{"ضیابری", "ziabari", false, [][2]string{{"خیابان ضیابری", "ziabari"}, {"خیابان شهید رجایی", "rajaei"}}},
	{"لاکانی", "lakani", false, [][2]string{{"خیابان لاکانی", "lakani"}, {"خیابان شریعتی", "shariati"}}},
	{"چمارسرا", "chomarsara", false, [][2]string{{"خیابان چمارسرا", "chomarsara"}, {"خیابان شهید بهشتی", "beheshti"}}},
	{"استادسرا", "ostadsara", false, [][2]string{{"خیابان استادسرا", "ostadsara"}, {"خیابان شهید صدوقی", "sadooghi"}}},
	{"پاسکیاب", "paskiab", false, [][2]string{{"خیابان پاسکیاب", "paskiab"}, {"بلوار شهید باهنر", "bahonar"}}},
	{"باقرآباد", "bagherabad", false, [][2]string{{"خیابان باقرآباد", "bagherabad"}, {"خیابان ولیعصر", "valiasr"}}},
	{"پیرسرا", "pirsara", false, [][2]string{{"خیابان پیرسرا", "pirsara"}}},
	{"خمیران", "khomeiran", false, [][2]string{{"خیابان خمیران", "khomeiran"}, {"جاده خمیران", "jadeh khomeiran"}}},
	{"شهرک بعثت", "shahrak besat", true, [][2]string{{"بلوار بعثت", "besat"}, {"خیابان ۳", "3"}, {"خیابان ۷", "7"}}},
	{"شهرک امام حسین", "shahrak emam hossein", true, [][2]string{{"بلوار امام حسین", "emam hossein"}, {"خیابان ۵", "5"}, {"خیابان ۹", "9"}}},
	{"انصاری", "ansari", true, [][2]string{{"بلوار شهید انصاری", "ansari"}, {"خیابان میلاد", "milad"}}},
}

var sideStreets = [][2]string{{"خیابان شهید مدنی", "madani"}, {"خیابان شهید چمران", "chamran"}, {"خیابان مطهری", "motahari"},
	{"خیابان طالقانی", "taleghani"}, {"خیابان فردوسی", "ferdowsi"}, {"خیابان حافظ", "hafez"}, {"خیابان نواب", "navab"},
	{"خیابان کاشانی", "kashani"}, {"خیابان شهید بابایی", "babaei"}, {"خیابان امام رضا", "emam reza"}, {"خیابان رازی", "razi"},
	{"خیابان پروین اعتصامی", "parvin"}, {"خیابان سلمان فارسی", "salman"}, {"خیابان شهید باکری", "bakeri"},
	{"خیابان شهید همت", "hemmat"}, {"خیابان نیایش", "niayesh"}, {"خیابان صاحب‌الزمان", "saheb zaman"},
	{"خیابان سردار جنگل", "sardar jangal"}, {"خیابان شهید صیاد شیرازی", "sayad"},
	{"خیابان عدالت", "edalat"}, {"خیابان ارشاد", "ershad"},
	{"خیابان توحید", "tohid"}, {"خیابان شهید منتظری", "montazeri"}, {"خیابان کارگر", "kargar"},
	{"خیابان دانش", "danesh"}, {"خیابان شهید کلانتری", "kalantari"}, {"خیابان فرهنگ", "farhang"}}

func persianDigits(n int) string {
	var b []rune
	for _, r := range strconv.Itoa(n) {
		b = append(b, '۰'+(r-'0'))
	}
	return string(b)
}

// Named alleys of the old quarters; a street takes a few of them.
var alleyNames = []string{"شهید رجبی", "مسجد", "یاس", "حمام", "سیدی", "نسترن", "شهید کریمی", "گلستان",
	"اقاقیا", "شهید نوری", "امامزاده", "بهار", "نرگس", "شهید صادقی", "پرستو", "حاج‌آقا", "شقایق", "شهید قربانی",
	"لاله", "مدرسه", "آزادی", "شهید حسینی", "محمدی", "صفا"}

// Landmarks people give for a stretch of a main street or the mouth of an alley.
var landmarks = []string{"بانک ملی", "بانک ملت", "بانک صادرات", "نانوایی", "نانوایی سنگکی", "مسجد", "حسینیه",
	"داروخانه", "مدرسه", "دبستان", "درمانگاه", "پمپ بنزین", "سوپرمارکت", "آتش‌نشانی", "کلانتری", "پست بانک",
	"قصابی", "میوه‌فروشی", "آژانس", "تعمیرگاه", "مخابرات", "امامزاده", "بیمه", "رستوران"}

var parkNames = []string{"پارک محله", "پارک بانوان", "بوستان لاله", "پارک شهدا", "بوستان ولایت", "پارک کودک",
	"پارک بهار", "بوستان نسیم"}

const metresPerDegLat = 111_000.0

var metresPerDegLon = 111_320.0 * math.Cos(37.26*math.Pi/180)

// buildWorld lays the district out: neighbourhoods on a rough grid south and south-east of
// the centre, each street a line with alleys off both sides and stretches along it.
func buildWorld() []*hood {
	rng := rand.New(rand.NewPCG(worldSeed, 0x52a5))
	var hoods []*hood
	takenStreet := map[string]bool{}
	for i, hs := range hoodSpecs {
		h := &hood{name: hs.name, fin: hs.fin,
			lat: 37.272 - float64(i/4)*0.0085 + (rng.Float64()-0.5)*0.002,
			lon: 49.588 + float64(i%4)*0.0095 + (rng.Float64()-0.5)*0.002}
		streets := append([][2]string(nil), hs.streets...)
		// the side streets behind the main ones: martyrs' and poets' names in the old
		// quarters, numbers in the new blocks
		for extra := 1 + rng.IntN(3); extra > 0; extra-- {
			if hs.newer {
				n := 11 + 2*len(streets) + rng.IntN(2)
				streets = append(streets, [2]string{"خیابان " + persianDigits(n), strconv.Itoa(n)})
				continue
			}
			// each side street belongs to one neighbourhood; the list is long enough for all
			for len(takenStreet) < len(sideStreets) {
				sn := sideStreets[rng.IntN(len(sideStreets))]
				if !takenStreet[sn[0]] {
					takenStreet[sn[0]] = true
					streets = append(streets, sn)
					break
				}
			}
		}
		for j, sn := range streets {
			kind, name := splitStreet(sn[0])
			st := &street{hood: h, kind: kind, name: name, fin: sn[1], num: streetNumber(name)}
			angle := rng.Float64() * math.Pi
			st.dirLat = math.Sin(angle) / metresPerDegLat
			st.dirLon = math.Cos(angle) / metresPerDegLon
			st.lat = h.lat + float64(j)*220*math.Cos(angle)/metresPerDegLat
			st.lon = h.lon - float64(j)*220*math.Sin(angle)/metresPerDegLon
			usedNames := map[string]bool{}
			nAlleys := 6 + rng.IntN(9)
			if kind == "بلوار" {
				nAlleys += 4
			}
			for k := range nAlleys {
				along := float64(k)*85 + rng.Float64()*20
				side := 1.0
				if k%2 == 1 {
					side = -1
				}
				a := &spot{kind: atAlley, hood: h, street: st, length: 60 + rng.Float64()*160,
					weight: math.Pow(rng.Float64(), 2.2)*3 + 0.15}
				// alleys leave the street on both sides, 40 m in from its axis
				a.lat = st.lat + along*st.dirLat + side*40*math.Cos(angle)/metresPerDegLat
				a.lon = st.lon + along*st.dirLon - side*40*math.Sin(angle)/metresPerDegLon
				if hs.newer || rng.Float64() < 0.45 {
					a.num = k + 1
				} else {
					for {
						n := alleyNames[rng.IntN(len(alleyNames))]
						if !usedNames[n] {
							usedNames[n] = true
							a.name = n
							break
						}
					}
				}
				a.deadEnd = rng.Float64() < 0.22
				if rng.Float64() < 0.35 {
					a.landmark = landmarks[rng.IntN(len(landmarks))]
				}
				st.alleys = append(st.alleys, a)
			}
			nStretch := 2 + rng.IntN(3)
			usedMarks := map[string]bool{}
			for k := range nStretch {
				along := float64(k)*float64(nAlleys)*85/float64(nStretch) + 60
				s := &spot{kind: atStretch, hood: h, street: st, length: 120, weight: 0.6 + rng.Float64()*1.5,
					lat: st.lat + along*st.dirLat, lon: st.lon + along*st.dirLon}
				for {
					m := landmarks[rng.IntN(len(landmarks))]
					if !usedMarks[m] {
						usedMarks[m] = true
						s.landmark = m
						break
					}
				}
				st.stretches = append(st.stretches, s)
			}
			h.streets = append(h.streets, st)
		}
		if rng.Float64() < 0.7 {
			p := &spot{kind: atPark, hood: h, name: parkNames[i%len(parkNames)], length: 80, weight: 1,
				lat: h.lat + 0.0015, lon: h.lon + 0.001}
			h.parks = append(h.parks, p)
		}
		hoods = append(hoods, h)
	}
	return hoods
}

func splitStreet(s string) (kind, name string) {
	for i, r := range s {
		if r == ' ' {
			return s[:i], s[i+1:]
		}
	}
	return "خیابان", s
}

func streetNumber(name string) int {
	n := 0
	for _, r := range name {
		if r < '۰' || r > '۹' {
			return 0
		}
		n = n*10 + int(r-'۰')
	}
	return n
}

// spots lists every spot of kind k in a fixed order.
func spotsOf(hoods []*hood, k spotKind) []*spot {
	var out []*spot
	for _, h := range hoods {
		if k == atPark {
			out = append(out, h.parks...)
			continue
		}
		for _, st := range h.streets {
			if k == atAlley {
				out = append(out, st.alleys...)
			} else {
				out = append(out, st.stretches...)
			}
		}
	}
	return out
}
