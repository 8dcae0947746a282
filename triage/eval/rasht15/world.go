package rasht15

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// hood is a neighbourhood of the district: a centre, the direction its streets run, and
// its streets.
type hood struct {
	Name     string
	Latin    []string // how Finglish writers spell it
	Lat, Lon float64
	Bearing  float64 // degrees from north of its streets
	Park     string  // its park, where the park's own problems happen
	Streets  []*street
}

// street is a line of alleys. Golsar's streets are numbered («خیابان ۱۲۴»), the others named.
type street struct {
	Hood   *hood
	Word   string // خیابان, بلوار
	Num    int
	Name   string
	Latin  string
	X0, Y0 float64 // start, metres east and north of the hood's centre
	DX, DY float64 // unit direction
	Length float64
	Alleys []*alley
}

// alley branches off a street. It has a number and often also a martyr's name or, for a
// dead end, a flower's; people use either.
type alley struct {
	Street   *street
	Num      int
	Martyr   string // «شهید رضایی», empty if none
	Latin    string // Finglish of the martyr's name
	DeadEnd  string // «بن‌بست یاس», empty if none
	Landmark string // at its mouth, unique within the hood; empty if none
	MX, MY   float64
	PX, PY   float64 // unit direction into the alley
	Length   float64
}

type hoodSpec struct {
	name    string
	latin   []string
	lat     float64
	lon     float64
	bearing float64
	park    string
	streets []streetSpec
}

type streetSpec struct {
	word   string
	num    int
	name   string
	latin  string
	alleys int
}

// The six neighbourhoods. Centres are approximate; streets and alleys are invented.
var hoodSpecs = []hoodSpec{
	{"گلسار", []string{"golsar", "golsaar", "Golsar"}, 37.2990, 49.5880, 28, "پارک گلسار", []streetSpec{
		{"بلوار", 0, "گیلان", "gilan", 6}, {"خیابان", 95, "", "", 12}, {"خیابان", 108, "", "", 14},
		{"خیابان", 116, "", "", 11}, {"خیابان", 124, "", "", 16}, {"خیابان", 132, "", "", 10}, {"خیابان", 141, "", "", 9},
	}},
	{"منظریه", []string{"manzarie", "manzariye", "Manzarieh"}, 37.3040, 49.5985, 15, "پارک لاله", []streetSpec{
		{"خیابان", 0, "شقایق", "shaghayegh", 10}, {"خیابان", 0, "نسترن", "nastaran", 9},
		{"خیابان", 0, "صنوبر", "sanobar", 8}, {"خیابان", 0, "اصلی منظریه", "asli manzarie", 7},
	}},
	{"معلم", []string{"moallem", "moalem", "Moallem"}, 37.2930, 49.6010, 62, "پارک معلم", []streetSpec{
		{"بلوار", 0, "معلم", "moallem", 9}, {"خیابان", 0, "فرهنگ", "farhang", 10}, {"خیابان", 0, "دانش", "danesh", 8},
	}},
	{"بیستون", []string{"bistoon", "bisotun", "Bistun"}, 37.2905, 49.5805, 40, "پارک بیستون", []streetSpec{
		{"خیابان", 0, "بیستون", "bistoon", 13}, {"خیابان", 0, "مهر", "mehr", 8}, {"خیابان", 0, "نیایش", "niayesh", 7},
	}},
	{"حمیدیان", []string{"hamidian", "hamidiyan", "Hamidian"}, 37.2860, 49.5720, 75, "پارک حمیدیان", []streetSpec{
		{"خیابان", 0, "حمیدیان", "hamidian", 12}, {"خیابان", 0, "بهار", "bahar", 9}, {"خیابان", 0, "پروین", "parvin", 7},
	}},
	{"عینک", []string{"eynak", "einak", "Eynak"}, 37.2975, 49.5715, 5, "پارک عینک", []streetSpec{
		{"خیابان", 0, "عینک", "eynak", 11}, {"خیابان", 0, "سرو", "sarv", 8}, {"خیابان", 0, "آزادی عینک", "azadi", 6},
	}},
}

var martyrs = []struct{ name, latin string }{
	{"شهید رضایی", "rezaei"}, {"شهید باقری", "bagheri"}, {"شهید کاظمی", "kazemi"}, {"شهید حسین‌پور", "hosseinpour"},
	{"شهید نوری", "noori"}, {"شهید طالبی", "talebi"}, {"شهید پورحسن", "pourhasan"}, {"شهید عاشوری", "ashouri"},
	{"شهید رحیمی", "rahimi"}, {"شهید قربانی", "ghorbani"}, {"شهید صفری", "safari"}, {"شهید محمدی", "mohammadi"},
	{"شهید ابراهیمی", "ebrahimi"}, {"شهید یوسفی", "yousefi"}, {"شهید حق‌شناس", "haghshenas"}, {"شهید زارع", "zare"},
}

var deadEnds = []string{"یاس", "اقاقیا", "نرگس", "بنفشه", "لادن", "نیلوفر", "مریم", "سوسن"}

// landmarks stand at alley mouths; each appears at most once in a hood.
var landmarks = []string{
	"نانوایی بربری", "نانوایی سنگکی", "نانوایی لواشی", "مسجد امام حسن", "مسجد صاحب‌الزمان", "حسینیه ابوالفضل",
	"مدرسه شهید باهنر", "دبستان شهید چمران", "هنرستان فنی", "بانک ملت", "بانک صادرات", "بانک ملی",
	"داروخانه دکتر رضوی", "سوپرمارکت صدف", "آژانس تاکسی تلفنی", "میوه‌فروشی برادران", "کلینیک دندانپزشکی",
	"آرایشگاه مردانه", "قصابی", "لبنیاتی", "مهدکودک شکوفه", "پست بانک", "کبابی", "تعمیرگاه موتور",
}

type world struct {
	Hoods []*hood
}

func buildWorld(r *rand.Rand) *world {
	w := &world{}
	for _, hs := range hoodSpecs {
		h := &hood{Name: hs.name, Latin: hs.latin, Lat: hs.lat, Lon: hs.lon, Bearing: hs.bearing, Park: hs.park}
		rad := hs.bearing * math.Pi / 180
		dx, dy := math.Sin(rad), math.Cos(rad) // along the streets
		nx, ny := dy, -dx                      // across them
		marks := r.Perm(len(landmarks))
		nextMark := 0
		for i, ss := range hs.streets {
			off := (float64(i) - float64(len(hs.streets)-1)/2) * (150 + 30*r.Float64())
			st := &street{Hood: h, Word: ss.word, Num: ss.num, Name: ss.name, Latin: ss.latin, DX: dx, DY: dy}
			st.Length = 40 + float64(ss.alleys)*58
			st.X0 = nx*off - dx*st.Length/2
			st.Y0 = ny*off - dy*st.Length/2
			mart := r.Perm(len(martyrs))
			along := 25.0
			for j := 1; j <= ss.alleys; j++ {
				along += 40 + 30*r.Float64()
				side := 1.0
				if j%2 == 0 {
					side = -1
				}
				a := &alley{Street: st, Num: j, Length: 60 + 90*r.Float64(),
					MX: st.X0 + dx*along, MY: st.Y0 + dy*along, PX: nx * side, PY: ny * side}
				switch x := r.Float64(); {
				case x < 0.35:
					m := martyrs[mart[j%len(mart)]]
					a.Martyr, a.Latin = m.name, m.latin
				case x < 0.45:
					a.DeadEnd = "بن‌بست " + deadEnds[r.IntN(len(deadEnds))]
				}
				if nextMark < len(marks) && r.Float64() < 0.3 {
					a.Landmark = landmarks[marks[nextMark]]
					nextMark++
				}
				st.Alleys = append(st.Alleys, a)
			}
			h.Streets = append(h.Streets, st)
		}
		w.Hoods = append(w.Hoods, h)
	}
	return w
}

// metres per degree near Rasht
const (
	mPerLat = 111320.0
	mPerLon = 111320.0 * 0.7955 // cos 37.3°
)

func (h *hood) latLon(x, y float64) (float64, float64) {
	return h.Lat + y/mPerLat, h.Lon + x/mPerLon
}

// spot is where an issue is: an alley (and a point in it), or a street.
type spot struct {
	Street *street
	Alley  *alley // nil for a street-level spot
	Park   bool   // the hood's park
	X, Y   float64
	Plate  int
}

func (s spot) hood() *hood { return s.Street.Hood }

// key identifies the spot for the labelling rule: one open issue of a kind per key.
func (s spot) key() string {
	switch {
	case s.Park:
		return s.hood().Name + "/park"
	case s.Alley == nil:
		return fmt.Sprintf("%s/%s%d", s.hood().Name, s.Street.Name, s.Street.Num)
	}
	return fmt.Sprintf("%s/%s%d/%d", s.hood().Name, s.Street.Name, s.Street.Num, s.Alley.Num)
}

func (s spot) latLon() (float64, float64) { return s.hood().latLon(s.X, s.Y) }

func alleySpot(a *alley, r *rand.Rand) spot {
	u := 0.15 + 0.8*r.Float64()
	return spot{Street: a.Street, Alley: a, X: a.MX + a.PX*a.Length*u, Y: a.MY + a.PY*a.Length*u, Plate: 2 + r.IntN(60)}
}

func streetSpot(st *street, r *rand.Rand) spot {
	u := 0.1 + 0.8*r.Float64()
	return spot{Street: st, X: st.X0 + st.DX*st.Length*u, Y: st.Y0 + st.DY*st.Length*u, Plate: 1 + r.IntN(300)}
}

func parkSpot(h *hood, r *rand.Rand) spot {
	st := h.Streets[len(h.Streets)-1]
	return spot{Street: st, Park: true, X: st.X0 + st.DX*st.Length + 40, Y: st.Y0 + st.DY*st.Length + 40}
}

// noisy moves a point by 20–150 m in a random direction, mostly by less than 60.
func noisy(h *hood, x, y float64, r *rand.Rand, maxM float64) (float64, float64) {
	d := 20 + (maxM-20)*math.Pow(r.Float64(), 1.8)
	a := 2 * math.Pi * r.Float64()
	lat, lon := h.latLon(x+d*math.Sin(a), y+d*math.Cos(a))
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}
