package rasht25

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// The district is the same every year whatever the seed: its streets are laid out from a
// fixed seed so that seeds vary the year's problems, not the map.
const mapSeed = 4

const (
	metresPerDegLat = 111_000.0
	metresPerDegLon = 88_350.0 // at 37.27° N
)

type hood struct {
	name string
	alts []string // other ways people write it
	fing string   // Finglish
	lat  float64
	lon  float64
}

type street struct {
	hood     *hood
	kind     string // خیابان, بلوار, جاده
	name     string // «تختی»; for a numbered street the series name («بعثت»)
	num      int    // numbered street («بعثت ۱۲»), else 0
	fing     string
	main     bool // shops, cut into segments
	lat, lon float64
	dx, dy   float64 // unit direction in metres (east, north)
	length   float64
	alleys   []*alley
	marks    []mark // landmarks along a main street
}

type alley struct {
	st      *street
	num     int    // numbered alley, else 0
	name    string // named alley («شهید رجایی»)
	deadEnd bool
	pos     float64 // metres along the street
}

type mark struct {
	name string
	pos  float64
}

// site is a place that is one spot of its own: a park, the market, a school.
type site struct {
	kind string // park, market, school, shrine
	name string
	alts []string
	hood *hood
	lat  float64
	lon  float64
}

// spot is where an issue is: an alley, a segment of a main street, or a site.
type spot struct {
	key      string
	hood     *hood
	st       *street
	al       *alley
	seg      int
	site     *site
	lat, lon float64
	mark     *mark   // nearest landmark, for main-street segments
	corner   *alley  // the alley at whose corner a segment is, if any
	along    float64 // metres along the street, for segments
}

type district struct {
	hoods   []*hood
	streets []*street
	sites   []*site
	alleys  []spot
	segs    []spot
	parks   []spot
	markets []spot
	schools []spot
	roads   []spot // long roads (لاکان) where a lamp outage is one issue
}

var namedAlleys = []string{"شهید رجایی", "گلستان", "بهار", "نسترن", "حمام", "مسجد", "شهید باهنر",
	"لاله", "یاس", "شقایق", "شهید چمران", "صفا", "امید", "نرگس", "سرو", "آزادی", "پروین", "شهید مطهری",
	"فردوسی", "ارغوان", "حافظ", "سعدی", "شهید بابایی", "نیلوفر", "مهر", "بنفشه", "اقاقیا", "شهید فهمیده"}

var markNames = []string{"بانک ملی", "بانک ملت", "بانک صادرات", "بانک سپه", "مسجد جامع", "نانوایی بربری",
	"نانوایی سنگکی", "داروخانه شفا", "داروخانه دکتر رضوی", "سوپرمارکت ولیعصر", "آژانس تاکسی تلفنی",
	"قنادی گیلان", "پمپ بنزین", "کلینیک", "میوه فروشی", "نانوایی لواشی", "مسجد حضرت ابوالفضل",
	"پست بانک", "لبنیات کاله", "رستوران", "کبابی", "آهن فروشی", "مدرسه", "تعمیرگاه"}

func buildDistrict() *district {
	r := rand.New(rand.NewPCG(mapSeed, 137))
	d := &district{}
	h := func(name, fing string, lat, lon float64, alts ...string) *hood {
		x := &hood{name: name, alts: alts, fing: fing, lat: lat, lon: lon}
		d.hoods = append(d.hoods, x)
		return x
	}
	polErq := h("پل عراق", "pol eragh", 37.2660, 49.5880, "پل‌عراق", "پلعراق")
	khahar := h("خواهر امام", "khahar emam", 37.2725, 49.5965, "خواهرامام", "محله خواهر امام")
	seygh := h("صیقلان", "seyghalan", 37.2695, 49.5770, "صیقلان محله", "صیقلانه")
	ostad := h("استادسرا", "ostadsara", 37.2600, 49.5950, "استاد سرا")
	kiasar := h("کیاسر", "kiasar", 37.2560, 49.6040, "کیا سر")
	besat := h("شهرک بعثت", "shahrak besat", 37.2495, 49.5895, "بعثت", "شهرک‌بعثت")
	lakan := h("لاکان", "lakan", 37.2385, 49.5800, "محله لاکان")

	add := func(ho *hood, kind, name, fing string, main bool, length float64, nAlleys int) *street {
		ang := r.Float64() * 2 * math.Pi
		off := 150 + r.Float64()*300
		s := &street{hood: ho, kind: kind, name: name, fing: fing, main: main, length: length,
			dx: math.Cos(ang), dy: math.Sin(ang)}
		s.lat = ho.lat + off*math.Sin(ang+2)/metresPerDegLat - s.dy*length/2/metresPerDegLat
		s.lon = ho.lon + off*math.Cos(ang+2)/metresPerDegLon - s.dx*length/2/metresPerDegLon
		num, used := 0, map[string]bool{}
		for i := 0; i < nAlleys; i++ {
			a := &alley{st: s, pos: length * (float64(i) + 0.5) / float64(nAlleys), deadEnd: r.IntN(4) == 0}
			if n := namedAlleys[r.IntN(len(namedAlleys))]; r.IntN(3) == 0 && !used[n] {
				a.name, used[n] = n, true
			} else {
				num++
				a.num = num
			}
			s.alleys = append(s.alleys, a)
		}
		if main {
			for p := 60.0; p < length; p += 90 + r.Float64()*140 {
				s.marks = append(s.marks, mark{name: markNames[r.IntN(len(markNames))], pos: p})
			}
		}
		d.streets = append(d.streets, s)
		return s
	}
	add(polErq, "خیابان", "پل عراق", "pol eragh", true, 900, 14)
	add(polErq, "خیابان", "شهید بهشتی", "beheshti", true, 1100, 16)
	add(polErq, "خیابان", "مدرس", "modares", false, 500, 8)
	add(khahar, "خیابان", "خواهر امام", "khahar emam", true, 800, 12)
	add(khahar, "خیابان", "شهید انصاری", "ansari", false, 600, 9)
	add(khahar, "خیابان", "سعدی", "saadi", false, 450, 7)
	add(seygh, "خیابان", "صیقلان", "seyghalan", true, 700, 12)
	add(seygh, "خیابان", "شریعتی", "shariati", false, 500, 8)
	add(ostad, "خیابان", "تختی", "takhti", true, 1300, 18)
	add(ostad, "خیابان", "استادسرا", "ostadsara", true, 900, 13)
	add(ostad, "خیابان", "طالقانی", "taleghani", false, 500, 8)
	add(kiasar, "خیابان", "کیاسر", "kiasar", true, 800, 12)
	add(kiasar, "خیابان", "شهید بابایی", "babaei", false, 600, 10)
	add(kiasar, "خیابان", "بوستان", "boostan", false, 400, 6)
	for i := 1; i <= 14; i++ {
		s := add(besat, "خیابان", "بعثت", "besat", false, 250+r.Float64()*150, 4+r.IntN(4))
		s.num = i
		for j, a := range s.alleys { // the new town numbers every alley
			a.name, a.num = "", j+1
		}
	}
	add(besat, "بلوار", "بعثت", "besat", true, 1200, 0)
	lk := add(lakan, "جاده", "لاکان", "jadde lakan", true, 2400, 10)
	add(lakan, "خیابان", "امام رضا", "emam reza", false, 500, 7)

	site := func(kind, name string, ho *hood, alts ...string) {
		s := &site{kind: kind, name: name, alts: alts, hood: ho,
			lat: ho.lat + (r.Float64()-0.5)*500/metresPerDegLat, lon: ho.lon + (r.Float64()-0.5)*500/metresPerDegLon}
		d.sites = append(d.sites, s)
		sp := spot{key: "site/" + name, hood: ho, site: s, lat: s.lat, lon: s.lon}
		switch kind {
		case "park":
			d.parks = append(d.parks, sp)
		case "market":
			d.markets = append(d.markets, sp)
		case "school":
			d.schools = append(d.schools, sp)
		default:
			d.segs = append(d.segs, sp)
		}
	}
	site("park", "پارک کوثر", ostad, "بوستان کوثر", "پارک کوثر استادسرا")
	site("park", "پارک محله صیقلان", seygh, "پارک صیقلان", "پارک محلی صیقلان")
	site("park", "بوستان بانوان", kiasar, "پارک بانوان", "بوستان بانوان کیاسر")
	site("park", "پارک بعثت", besat, "بوستان بعثت", "پارک شهرک بعثت")
	site("market", "بازارچه پل عراق", polErq, "بازار پل عراق", "بازارچه میوه و ماهی پل عراق")
	site("market", "بازارچه کیاسر", kiasar, "بازار روز کیاسر", "بازارچه روز کیاسر")
	site("school", "دبستان شهید رجایی", seygh, "مدرسه شهید رجایی", "دبستان رجایی")
	site("school", "دبیرستان دخترانه فرزانگان", ostad, "مدرسه فرزانگان", "دبیرستان فرزانگان")
	site("school", "دبستان پسرانه امام علی", besat, "مدرسه امام علی", "دبستان امام علی")
	site("school", "هنرستان فنی تختی", ostad, "هنرستان تختی", "هنرستان فنی")
	site("shrine", "بقعه خواهر امام", khahar, "حرم خواهر امام", "امامزاده خواهر امام")

	for _, s := range d.streets {
		for _, a := range s.alleys {
			lat, lon := s.at(a.pos)
			side := 1.0
			if r.IntN(2) == 0 {
				side = -1
			}
			depth := 40 + r.Float64()*80
			lat += side * s.dx * depth / metresPerDegLat // perpendicular
			lon -= side * s.dy * depth / metresPerDegLon
			d.alleys = append(d.alleys, spot{key: fmt.Sprintf("%s/%s%d/%s%d", s.hood.name, s.name, s.num, a.name, a.num),
				hood: s.hood, st: s, al: a, lat: lat, lon: lon})
		}
		if !s.main {
			continue
		}
		nseg := int(math.Ceil(s.length / 300))
		for g := 0; g < nseg; g++ {
			pos := (float64(g) + 0.2 + 0.6*r.Float64()) * s.length / float64(nseg)
			lat, lon := s.at(pos)
			sp := spot{key: fmt.Sprintf("%s/%s%d#%d", s.hood.name, s.name, s.num, g), hood: s.hood, st: s, seg: g,
				lat: lat, lon: lon, along: pos}
			sp.mark, sp.corner = s.near(pos)
			d.segs = append(d.segs, sp)
		}
		if s == lk {
			lat, lon := s.at(s.length / 2)
			d.roads = append(d.roads, spot{key: "road/" + s.name, hood: s.hood, st: s, seg: -1, lat: lat, lon: lon, along: s.length / 2})
		}
	}
	return d
}

// at is the point pos metres along s.
func (s *street) at(pos float64) (lat, lon float64) {
	return s.lat + s.dy*pos/metresPerDegLat, s.lon + s.dx*pos/metresPerDegLon
}

// near is the landmark and the alley closest to pos (nil when none within 120 m).
func (s *street) near(pos float64) (*mark, *alley) {
	var m *mark
	var a *alley
	best, bestA := 120.0, 120.0
	for i := range s.marks {
		if d := math.Abs(s.marks[i].pos - pos); d < best {
			best, m = d, &s.marks[i]
		}
	}
	for _, x := range s.alleys {
		if d := math.Abs(x.pos - pos); d < bestA {
			bestA, a = d, x
		}
	}
	return m, a
}

// jitter moves a point by a distance between lo and hi metres in a random direction.
func jitter(r *rand.Rand, lat, lon, lo, hi float64) (float64, float64) {
	d := lo + (hi-lo)*r.Float64()
	a := r.Float64() * 2 * math.Pi
	return lat + d*math.Sin(a)/metresPerDegLat, lon + d*math.Cos(a)/metresPerDegLon
}
