package rasht45

import (
	"fmt"
	"math"
)

// The district as pictured in README.md: six neighbourhoods along the Tehran road down to
// Lakan, their streets, alleys, dead ends and landmarks. The world is fixed; the seed only
// decides what happens in it.

type hood struct {
	id    string
	name  string   // as most people write it
	spell []string // other ways it is written
	fing  string   // how Finglish writers spell it
	lat   float64  // centre
	lon   float64
	pop   float64 // relative weight of requests from here
	sts   []*street
}

type street struct {
	id      string
	h       *hood
	typ     string // خیابان، بلوار، جاده
	name    string // شهید مطهری، ۱۲
	num     int    // numbered streets (مسکن مهر): the number
	short   string // مطهری
	fing    string // motahari
	trunk   bool   // a boulevard: places on it are segments, not alleys
	lat0    float64
	lon0    float64
	lat1    float64
	lon1    float64
	alleys  []*alley
	marks   []*landmark
	nseg    int
	segSpan float64
}

type alley struct {
	id      string
	st      *street
	num     int    // numbered alley, 0 when named
	name    string // named alley (لاله) or dead end name
	fing    string
	pos     float64 // along the street, 0..1
	side    float64 // +1 or -1
	length  float64 // metres
	dead    bool    // a dead end off parent
	parent  *alley
	at      float64 // dead end: along the parent, 0..1
	ends    []*alley
	popular float64 // some alleys draw more trouble than others
}

type landmark struct {
	id   string
	name string
	fing string
	kind string // mosque, school, bakery, bank, square, park, clinic, fuel, pharmacy, shop, tomb, bus
	st   *street
	pos  float64
}

type world struct {
	hoods  []*hood
	alleys []*alley // every alley and dead end
	marks  []*landmark
}

type streetDef struct {
	typ, name, short, fing string
	num                    int
	trunk                  bool
	dx, dy, bearing, len   float64 // start offset from the hood's centre (m), bearing (deg from north), length (m)
	alleys                 int     // numbered alleys 1..alleys
	named                  []string
	namedFing              []string
	marks                  []markDef
}

type markDef struct {
	name, fing, kind string
	pos              float64
}

type hoodDef struct {
	id, name, fing string
	spell          []string
	lat, lon, pop  float64
	streets        []streetDef
}

var hoodDefs = []hoodDef{
	{id: "manzarie", name: "منظریه", fing: "manzarie", spell: []string{"منظریه", "منظريه", "محله منظریه", "منظرّیه"},
		lat: 37.2585, lon: 49.6010, pop: 1.2, streets: []streetDef{
			{typ: "بلوار", name: "امام خمینی", short: "امام", fing: "bolvar emam", trunk: true, dx: -600, dy: 900, bearing: 155, len: 3200,
				marks: []markDef{{"میدان منظریه", "meydan manzarie", "square", 0.12}, {"پمپ بنزین", "pomp benzin", "fuel", 0.3},
					{"بانک ملت", "bank mellat", "bank", 0.45}, {"ایستگاه اتوبوس منظریه", "istgah otobus", "bus", 0.58},
					{"نمایشگاه ماشین", "namayeshgah mashin", "shop", 0.72}, {"پل جاده تهران", "pol jade tehran", "square", 0.9}}},
			{typ: "خیابان", name: "شهید مطهری", short: "مطهری", fing: "motahari", dx: -100, dy: 350, bearing: 95, len: 1300, alleys: 24,
				marks: []markDef{{"مسجد جامع منظریه", "masjed jame", "mosque", 0.22}, {"نانوایی بربری", "nanvaei barbari", "bakery", 0.48},
					{"دبستان شهید بهشتی", "dabestan", "school", 0.7}}},
			{typ: "خیابان", name: "منظریه", short: "منظریه", fing: "manzarie", dx: 200, dy: -300, bearing: 100, len: 900, alleys: 16,
				marks: []markDef{{"داروخانه دکتر رضایی", "darookhane", "pharmacy", 0.35}, {"سوپرمارکت ستاره", "super setare", "shop", 0.66}}},
			{typ: "خیابان", name: "بهار", short: "بهار", fing: "bahar", dx: 500, dy: 150, bearing: 10, len: 600,
				named: []string{"لاله", "نرگس", "یاس", "نسترن", "اقاقیا", "شقایق"}, namedFing: []string{"laleh", "narges", "yas", "nastaran", "aghaghia", "shaghayegh"},
				marks: []markDef{{"پارک بهار", "park bahar", "park", 0.5}}},
		}},
	{id: "soleiman", name: "سلیمانداراب", fing: "soleimandarab", spell: []string{"سلیمانداراب", "سلیمان داراب", "سليمانداراب", "سلیمان‌داراب"},
		lat: 37.2490, lon: 49.6215, pop: 1.3, streets: []streetDef{
			{typ: "خیابان", name: "سلیمانداراب", short: "سلیمانداراب", fing: "soleimandarab", dx: -700, dy: 200, bearing: 80, len: 1700, alleys: 30,
				marks: []markDef{{"آرامگاه میرزا کوچک خان", "aramgah mirza", "tomb", 0.15}, {"نانوایی سنگک", "nanvaei sangak", "bakery", 0.4},
					{"مسجد صاحب‌الزمان", "masjed saheb zaman", "mosque", 0.62}, {"بانک صادرات", "bank saderat", "bank", 0.85}}},
			{typ: "خیابان", name: "شهید رجایی", short: "رجایی", fing: "rajaei", dx: -300, dy: -250, bearing: 85, len: 1100, alleys: 18,
				marks: []markDef{{"دبیرستان دخترانه فاطمیه", "dabirestan fatemie", "school", 0.3}, {"درمانگاه شبانه‌روزی", "darmangah", "clinic", 0.75}}},
			{typ: "خیابان", name: "میرزا کوچک خان", short: "میرزا", fing: "mirza koochak khan", dx: 300, dy: 500, bearing: 170, len: 800, alleys: 12,
				marks: []markDef{{"پارک میرزا", "park mirza", "park", 0.55}}},
		}},
	{id: "maskan", name: "مسکن مهر", fing: "maskan mehr", spell: []string{"مسکن مهر", "مسكن مهر", "شهرک مسکن مهر", "مسکن‌مهر"},
		lat: 37.2230, lon: 49.6400, pop: 1.1, streets: []streetDef{
			{typ: "بلوار", name: "مهر", short: "مهر", fing: "bolvar mehr", trunk: true, dx: -500, dy: 0, bearing: 90, len: 1200,
				marks: []markDef{{"مدرسه شاهد", "madrese shahed", "school", 0.2}, {"فروشگاه شهروند", "forushgah", "shop", 0.5},
					{"ایستگاه تاکسی", "istgah taxi", "bus", 0.8}}},
			{typ: "خیابان", name: "12", short: "12", num: 12, fing: "12", dx: -400, dy: 80, bearing: 0, len: 450, alleys: 10},
			{typ: "خیابان", name: "14", short: "14", num: 14, fing: "14", dx: -150, dy: 80, bearing: 0, len: 450, alleys: 10,
				marks: []markDef{{"پارک محله", "park mahale", "park", 0.6}}},
			{typ: "خیابان", name: "16", short: "16", num: 16, fing: "16", dx: 100, dy: 80, bearing: 0, len: 450, alleys: 10,
				marks: []markDef{{"مسجد امام رضا", "masjed emam reza", "mosque", 0.4}}},
			{typ: "خیابان", name: "18", short: "18", num: 18, fing: "18", dx: 350, dy: 80, bearing: 0, len: 450, alleys: 10},
		}},
	{id: "lakan", name: "لاکان", fing: "lakan", spell: []string{"لاکان", "لاكان", "شهرک لاکان"},
		lat: 37.2050, lon: 49.5860, pop: 0.8, streets: []streetDef{
			{typ: "جاده", name: "لاکان", short: "لاکان", fing: "jade lakan", trunk: true, dx: -200, dy: 1200, bearing: 175, len: 2300,
				marks: []markDef{{"پاسگاه", "pasgah", "square", 0.25}, {"کارخانه برنج", "karkhane berenj", "shop", 0.55}, {"پل لاکان", "pol lakan", "square", 0.8}}},
			{typ: "خیابان", name: "آقاسیدعباس", short: "آقاسیدعباس", fing: "aghaseyed abbas", dx: -500, dy: 300, bearing: 90, len: 900, alleys: 14,
				marks: []markDef{{"مسجد جامع لاکان", "masjed lakan", "mosque", 0.35}, {"دبستان لاکان", "dabestan lakan", "school", 0.7}}},
			{typ: "خیابان", name: "شهید بهشتی", short: "بهشتی", fing: "beheshti", dx: -400, dy: -300, bearing: 80, len: 800, alleys: 12,
				marks: []markDef{{"خانه بهداشت", "khane behdasht", "clinic", 0.5}}},
		}},
	{id: "besat", name: "شهرک بعثت", fing: "shahrak besat", spell: []string{"شهرک بعثت", "بعثت", "شهرك بعثت"},
		lat: 37.2400, lon: 49.5960, pop: 1.0, streets: []streetDef{
			{typ: "خیابان", name: "بعثت", short: "بعثت", fing: "besat", dx: -600, dy: 0, bearing: 90, len: 1200, alleys: 20,
				marks: []markDef{{"بوستان بعثت", "boostan besat", "park", 0.3}, {"بانک ملی", "bank melli", "bank", 0.55}, {"نانوایی لواش", "nanvaei lavash", "bakery", 0.8}}},
			{typ: "خیابان", name: "22 بهمن", short: "22 بهمن", fing: "22 bahman", dx: -300, dy: 350, bearing: 95, len: 800, alleys: 12,
				marks: []markDef{{"هنرستان فنی", "honarestan", "school", 0.4}}},
			{typ: "خیابان", name: "فجر", short: "فجر", fing: "fajr", dx: 0, dy: -350, bearing: 85, len: 700, alleys: 10,
				marks: []markDef{{"حسینیه فجر", "hoseinie", "mosque", 0.5}}},
		}},
	{id: "azadegan", name: "آزادگان", fing: "azadegan", spell: []string{"آزادگان", "ازادگان", "شهرک آزادگان", "کوی آزادگان"},
		lat: 37.2320, lon: 49.6120, pop: 0.9, streets: []streetDef{
			{typ: "بلوار", name: "آزادگان", short: "آزادگان", fing: "bolvar azadegan", trunk: true, dx: -700, dy: 100, bearing: 100, len: 1500,
				marks: []markDef{{"داروخانه شبانه‌روزی", "darookhane", "pharmacy", 0.2}, {"ایستگاه اتوبوس آزادگان", "istgah otobus", "bus", 0.5},
					{"چهارراه آزادگان", "chaharrah azadegan", "square", 0.75}}},
			{typ: "خیابان", name: "شهید باهنر", short: "باهنر", fing: "bahonar", dx: -400, dy: 400, bearing: 90, len: 800, alleys: 14,
				marks: []markDef{{"مسجد امام حسین", "masjed emam hosein", "mosque", 0.45}}},
			{typ: "خیابان", name: "ولیعصر", short: "ولیعصر", fing: "valiasr", dx: 200, dy: -300, bearing: 80, len: 700, alleys: 12,
				marks: []markDef{{"نانوایی حاج رضا", "nanvaei haj reza", "bakery", 0.3}, {"هایپر آزادگان", "hyper azadegan", "shop", 0.7}}},
		}},
}

const (
	mPerLat = 111000.0
	mPerLon = 88600.0 // at 37.2°N
)

func newWorld() *world {
	w := &world{}
	for _, hd := range hoodDefs {
		h := &hood{id: hd.id, name: hd.name, spell: hd.spell, fing: hd.fing, lat: hd.lat, lon: hd.lon, pop: hd.pop}
		for si, sd := range hd.streets {
			st := &street{id: fmt.Sprintf("%s/%d", h.id, si), h: h, typ: sd.typ, name: sd.name, num: sd.num,
				short: sd.short, fing: sd.fing, trunk: sd.trunk}
			b := sd.bearing * math.Pi / 180
			st.lat0 = h.lat + sd.dy/mPerLat
			st.lon0 = h.lon + sd.dx/mPerLon
			st.lat1 = st.lat0 + sd.len*math.Cos(b)/mPerLat
			st.lon1 = st.lon0 + sd.len*math.Sin(b)/mPerLon
			for k := 1; k <= sd.alleys; k++ {
				side := 1.0
				if k%2 == 0 {
					side = -1
				}
				a := &alley{st: st, num: k, pos: (float64((k+1)/2) - 0.5) / float64((sd.alleys+1)/2), side: side,
					length: 80 + float64((k*37)%9)*25}
				st.alleys = append(st.alleys, a)
			}
			for i, nm := range sd.named {
				side := 1.0
				if i%2 == 1 {
					side = -1
				}
				a := &alley{st: st, name: nm, fing: sd.namedFing[i], pos: (float64(i) + 0.5) / float64(len(sd.named)), side: side,
					length: 90 + float64(i%4)*30}
				st.alleys = append(st.alleys, a)
			}
			for i, md := range sd.marks {
				st.marks = append(st.marks, &landmark{id: fmt.Sprintf("%s/m%d", st.id, i), name: md.name, fing: md.fing, kind: md.kind, st: st, pos: md.pos})
			}
			// Segments: trunk roads by their landmarks, streets by every few alleys.
			st.nseg = 3
			if st.trunk {
				st.nseg = len(st.marks)
			} else if n := len(st.alleys) / 4; n > 3 {
				st.nseg = n
			}
			st.segSpan = 1 / float64(st.nseg)
			h.sts = append(h.sts, st)
		}
		w.hoods = append(w.hoods, h)
	}
	// Dead ends: every fifth numbered alley has one or two; popularity varies.
	for _, h := range w.hoods {
		for _, st := range h.sts {
			for i, a := range st.alleys {
				a.id = fmt.Sprintf("%s/a%d", st.id, i)
				a.popular = 0.4 + float64((i*7+len(st.id)*3)%10)/6
				w.alleys = append(w.alleys, a)
				if a.num > 0 && a.num%5 == 2 {
					n := 1 + a.num%2
					for j := 1; j <= n; j++ {
						d := &alley{id: fmt.Sprintf("%s/d%d", a.id, j), st: st, num: j, dead: true, parent: a, at: 0.3 + 0.3*float64(j-1),
							length: 40 + float64(j)*15, side: a.side, pos: a.pos, popular: 0.5}
						a.ends = append(a.ends, d)
						w.alleys = append(w.alleys, d)
					}
				}
			}
			w.marks = append(w.marks, st.marks...)
		}
	}
	return w
}

// along is the point at fraction f of the street.
func (st *street) along(f float64) (float64, float64) {
	return st.lat0 + f*(st.lat1-st.lat0), st.lon0 + f*(st.lon1-st.lon0)
}

// normal is the unit perpendicular of the street in metres (north, east).
func (st *street) normal() (float64, float64) {
	dn := (st.lat1 - st.lat0) * mPerLat
	de := (st.lon1 - st.lon0) * mPerLon
	l := math.Hypot(dn, de)
	return -de / l, dn / l
}

// spot is a point inside the alley at fraction f of its length.
func (a *alley) spot(f float64) (float64, float64) {
	if a.dead {
		plat, plon := a.parent.spot(a.at)
		nn, ne := a.st.normal()
		// a dead end runs along the street direction, away from its parent alley
		dn, de := ne, -nn
		d := f * a.length
		return plat + dn*d/mPerLat, plon + de*d/mPerLon
	}
	lat, lon := a.st.along(a.pos)
	nn, ne := a.st.normal()
	d := a.side * (8 + f*a.length)
	return lat + nn*d/mPerLat, lon + ne*d/mPerLon
}

// seg is the segment of the street at fraction f.
func (st *street) seg(f float64) int {
	s := int(f * float64(st.nseg))
	if s >= st.nseg {
		s = st.nseg - 1
	}
	if s < 0 {
		s = 0
	}
	return s
}

// segAlleys are the numbered alleys bounding segment s, if any.
func (st *street) segAlleys(s int) []*alley {
	var out []*alley
	lo, hi := float64(s)*st.segSpan, float64(s+1)*st.segSpan
	for _, a := range st.alleys {
		if a.pos >= lo && a.pos < hi {
			out = append(out, a)
		}
	}
	return out
}

// segMarks are the landmarks in segment s.
func (st *street) segMarks(s int) []*landmark {
	var out []*landmark
	for _, m := range st.marks {
		if st.seg(m.pos) == s {
			out = append(out, m)
		}
	}
	return out
}

// offset moves a point d metres in direction theta (radians from north).
func offset(lat, lon, d, theta float64) (float64, float64) {
	return lat + d*math.Cos(theta)/mPerLat, lon + d*math.Sin(theta)/mPerLon
}
