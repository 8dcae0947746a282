package rasht21

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// spotKind says what a spot is, which decides the problems it can have and the generic
// noun a text falls back to when it does not name the place.
type spotKind int

const (
	inAlley spotKind = iota
	onStreet
	inPark
)

// neighbourhood is one محله with its main streets and a park.
type neighbourhood struct {
	name, fing string
	lat, lon   float64
	streets    []*street
	park       *spot
}

type street struct {
	kind, name, fing string // kind: خیابان or بلوار
	nb               *neighbourhood
	alleys           []*alley
	stretches        []*spot // ~150 m stretches around a landmark or junction
}

// alley is a کوچه or بن‌بست off a street; many have a number and a name, and residents
// use either.
type alley struct {
	num     int
	name    string // "" when known by its number only
	deadEnd bool
}

// spot is one place a crew would go to: an alley, a stretch of a street, a park.
type spot struct {
	kind     spotKind
	nb       *neighbourhood
	st       *street
	al       *alley
	landmark string // for a stretch: what it is around; for a park: its name
	near     int    // for a stretch: the alley number at its junction
	lat, lon float64
	weight   float64 // how often things go wrong here
}

// district is the whole map; spots lists every spot in a fixed order so that picks are
// deterministic.
type district struct {
	nbs   []*neighbourhood
	spots []*spot
	alley []*spot
	road  []*spot
	parks []*spot
}

var nbNames = []struct {
	name, fing string
	streets    [][3]string // kind, name, finglish
	park       string
}{
	{"پاستور", "pastor", [][3]string{{"خیابان", "پاستور", "pastor"}, {"خیابان", "شهید مطهری", "motahari"}, {"خیابان", "شهید صدوقی", "sadooghi"}}, "پارک پاستور"},
	{"استادسرا", "ostadsara", [][3]string{{"خیابان", "استادسرا", "ostadsara"}, {"خیابان", "سعدی", "saadi"}, {"خیابان", "شهید دستغیب", "dastgheyb"}}, "پارک محله استادسرا"},
	{"پیرسرا", "pirsara", [][3]string{{"خیابان", "پیرسرا", "pirsara"}, {"خیابان", "شهید بهشتی", "beheshti"}, {"خیابان", "ولیعصر", "valiasr"}}, "بوستان پیرسرا"},
	{"ضیابری", "ziabari", [][3]string{{"خیابان", "ضیابری", "ziabari"}, {"خیابان", "لاکانی", "lakani"}, {"خیابان", "شهید مفتح", "mofatteh"}}, "پارک ضیابری"},
	{"کوی گلها", "kooye golha", [][3]string{{"بلوار", "گلها", "golha"}, {"خیابان", "نرگس", "narges"}, {"خیابان", "یاس", "yas"}}, "پارک گلها"},
	{"شهرک قدس", "shahrak ghods", [][3]string{{"بلوار", "قدس", "ghods"}, {"خیابان", "فجر", "fajr"}, {"خیابان", "شهید بهشتی", "beheshti"}}, "پارک قدس"},
	{"فلکه گاز", "falake gaz", [][3]string{{"خیابان", "تختی", "takhti"}, {"خیابان", "شهید چمران", "chamran"}, {"خیابان", "صیاد شیرازی", "sayad"}}, "بوستان فلکه گاز"},
	{"بلوار انصاری", "ansari", [][3]string{{"بلوار", "شهید انصاری", "ansari"}, {"خیابان", "بهاران", "baharan"}, {"خیابان", "دانش", "danesh"}}, "پارک بهاران"},
	{"عینک", "eynak", [][3]string{{"خیابان", "عینک", "eynak"}, {"خیابان", "شهید رجایی", "rajaei"}, {"خیابان", "آزادی", "azadi"}}, "پارک عینک"},
	{"سلیمانداراب", "soleymandarab", [][3]string{{"خیابان", "سلیمانداراب", "soleymandarab"}, {"خیابان", "امام رضا", "emam reza"}, {"خیابان", "شهید مدنی", "madani"}}, "پارک سلیمانداراب"},
}

var alleyNames = []string{"شهید رجایی", "بهار", "گلستان", "نسترن", "سعادت", "شهید حسینی", "لاله", "یاس",
	"صنوبر", "ارغوان", "شقایق", "مهر", "شهید باهنر", "فردوسی", "میلاد", "شهید نوری", "ایثار", "نیلوفر",
	"امید", "شهید قربانی", "پروین", "حافظ", "سرو", "شهید کاظمی"}

var landmarks = []string{"مسجد جامع", "مسجد امام حسین", "مسجد المهدی", "مدرسه شهید بهشتی", "دبستان فرهنگ",
	"بانک ملی", "بانک ملت", "بانک صادرات", "نانوایی بربری", "نانوایی سنگکی", "داروخانه دکتر رضایی",
	"داروخانه شبانه‌روزی", "پمپ بنزین", "سوپرمارکت ستاره", "میوه‌فروشی", "درمانگاه", "پاسگاه",
	"ایستگاه تاکسی", "آژانس", "حسینیه", "کلینیک دندانپزشکی", "پست بانک", "مخابرات", "قصابی"}

const (
	mPerDegLat = 111_000.0
	mPerDegLon = 88_400.0 // at 37.26° N
)

// offset moves a point by north and east metres.
func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/mPerDegLat, lon + east/mPerDegLon
}

// newDistrict draws the map. Every pick comes from r in a fixed order.
func newDistrict(r *rand.Rand) *district {
	d := &district{}
	for i, n := range nbNames {
		nb := &neighbourhood{name: n.name, fing: n.fing}
		// ten neighbourhoods on a rough 4×3 grid, ~1 km apart, south-east of the centre
		nb.lat, nb.lon = offset(37.255, 49.595, float64(i/4)*1000+r.Float64()*300, float64(i%4)*1050+r.Float64()*300)
		for j, s := range n.streets {
			st := &street{kind: s[0], name: s[1], fing: s[2], nb: nb}
			bearing := r.Float64()*math.Pi/3 + float64(j)*math.Pi*2/3
			dn, de := math.Cos(bearing), math.Sin(bearing)
			olat, olon := offset(nb.lat, nb.lon, -400*dn, -400*de)
			nAlleys := 12 + r.IntN(23)
			for k := 1; k <= nAlleys; k++ {
				al := &alley{num: k, deadEnd: r.Float64() < 0.15}
				if r.Float64() < 0.3 {
					al.name = alleyNames[r.IntN(len(alleyNames))]
				}
				st.alleys = append(st.alleys, al)
				along := 30 + float64(k)*65
				side := 1.0
				if k%2 == 0 {
					side = -1
				}
				la, lo := offset(olat, olon, along*dn-side*55*de, along*de+side*55*dn)
				w := math.Pow(r.Float64(), 2.2) + 0.05
				sp := &spot{kind: inAlley, nb: nb, st: st, al: al, lat: la, lon: lo, weight: w}
				d.alley = append(d.alley, sp)
			}
			for k := 0; k < 4+r.IntN(3); k++ {
				along := 60 + r.Float64()*float64(nAlleys)*65
				la, lo := offset(olat, olon, along*dn, along*de)
				near := min(nAlleys, max(1, int(along/65)))
				sp := &spot{kind: onStreet, nb: nb, st: st, landmark: landmarks[r.IntN(len(landmarks))],
					near: near, lat: la, lon: lo, weight: math.Pow(r.Float64(), 1.5) + 0.1}
				st.stretches = append(st.stretches, sp)
				d.road = append(d.road, sp)
			}
			nb.streets = append(nb.streets, st)
		}
		pla, plo := offset(nb.lat, nb.lon, 150+r.Float64()*200, -200+r.Float64()*400)
		nb.park = &spot{kind: inPark, nb: nb, landmark: n.park, lat: pla, lon: plo, weight: 1}
		d.parks = append(d.parks, nb.park)
		d.nbs = append(d.nbs, nb)
	}
	d.spots = append(append(append(d.spots, d.alley...), d.road...), d.parks...)
	return d
}

// pick draws a spot of one of the kinds allowed, by weight.
func (d *district) pick(r *rand.Rand, kinds []spotKind) *spot {
	var pool []*spot
	for _, k := range kinds {
		switch k {
		case inAlley:
			pool = append(pool, d.alley...)
		case onStreet:
			pool = append(pool, d.road...)
		case inPark:
			pool = append(pool, d.parks...)
		}
	}
	total := 0.0
	for _, s := range pool {
		total += s.weight
	}
	x := r.Float64() * total
	for _, s := range pool {
		x -= s.weight
		if x < 0 {
			return s
		}
	}
	return pool[len(pool)-1]
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم", "بیست و هفتم"}

var cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست",
	"بیست و یک", "بیست و دو", "بیست و سه", "بیست و چهار", "بیست و پنج", "بیست و شش", "بیست و هفت"}

func itoa(n int) string { return strconv.Itoa(n) }
