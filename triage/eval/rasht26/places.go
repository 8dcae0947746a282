package rasht26

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// street is a street or boulevard of a neighbourhood. Alleys off it are numbered 1..Alleys;
// a few have names instead. Positions are a plausible layout, not a map.
type street struct {
	Name, Fing string // «رجایی», "rajaee"
	Martyr     bool   // officially «شهید …», which people mostly drop
	Boulevard  bool
	Alleys     int
	Named      []string // named alleys and dead-ends («بهار», «نسترن»)
	Landmarks  []string
	// origin and direction of the street (bearing in degrees from north)
	lat, lon, bearing float64
}

type neighbourhood struct {
	Name, Fing string
	Park       string
	lat, lon   float64
	Streets    []street
}

var landmarkPool = []string{"بانک ملت", "بانک ملی", "بانک صادرات", "مسجد جامع", "مسجد امام حسن", "حسینیه",
	"نانوایی سنگکی", "نانوایی لواشی", "مدرسه شهید بهشتی", "دبستان فرهنگ", "داروخانه", "درمانگاه",
	"پمپ بنزین", "سوپرمارکت", "ایستگاه اتوبوس", "آتش_نشانی", "پارکینگ عمومی", "میوه_فروشی", "قنادی",
	"آژانس", "پست بانک", "بیمه ایران", "باشگاه", "کانون فرهنگی", "خشکشویی"}

// district3 builds منطقه ۳ as this author pictures it: real neighbourhood names on the east
// and south-east of Rasht, invented streets, alleys and landmarks.
func district3() []neighbourhood {
	type st struct {
		name, fing   string
		martyr, blvd bool
		alleys       int
	}
	defs := []struct {
		name, fing, park string
		lat, lon         float64
		streets          []st
	}{
		{"ضیابری", "ziabari", "پارک ضیابری", 37.2745, 49.5980, []st{
			{"ضیابری", "ziabari", false, false, 34}, {"رجایی", "rajaee", true, false, 18}, {"بهار", "bahar", false, false, 12}, {"مطهری", "motahari", true, false, 14}}},
		{"استادسرا", "ostadsara", "پارک استادسرا", 37.2705, 49.6065, []st{
			{"استادسرا", "ostadsara", false, false, 26}, {"چمران", "chamran", true, false, 16}, {"عدالت", "edalat", false, false, 10}}},
		{"پل عراق", "pol eragh", "بوستان پل عراق", 37.2790, 49.6010, []st{
			{"پل عراق", "pol eragh", false, false, 22}, {"شریعتی", "shariati", false, false, 12}, {"گلستان", "golestan", false, false, 9}}},
		{"پاسداران", "pasdaran", "پارک پاسداران", 37.2665, 49.5940, []st{
			{"پاسداران", "pasdaran", false, false, 30}, {"باهنر", "bahonar", true, false, 15}, {"نسترن", "nastaran", false, false, 8}, {"فردوسی", "ferdowsi", false, false, 11}}},
		{"سلیمانداراب", "soleymandarab", "پارک سلیمانداراب", 37.2620, 49.6080, []st{
			{"سلیمانداراب", "soleymandarab", false, false, 28}, {"امام رضا", "emam reza", false, false, 14}, {"شقایق", "shaghayegh", false, false, 9}}},
		{"لاکانی", "lakani", "پارک لاکانی", 37.2735, 49.6150, []st{
			{"لاکانی", "lakani", true, true, 24}, {"آزادی", "azadi", false, false, 13}, {"حافظ", "hafez", false, false, 10}}},
		{"شهرک بعثت", "shahrak besat", "پارک بعثت", 37.2580, 49.6170, []st{
			{"بعثت", "besat", false, true, 20}, {"ولیعصر", "valiasr", false, false, 12}, {"یاس", "yas", false, false, 7}}},
		{"جماران", "jamaran", "پارک جماران", 37.2640, 49.6000, []st{
			{"جماران", "jamaran", false, false, 16}, {"طالقانی", "taleghani", false, false, 10}, {"نرگس", "narges", false, false, 6}}},
		{"کوی مهر", "kooye mehr", "پارک مهر", 37.2555, 49.6045, []st{
			{"مهر", "mehr", false, false, 14}, {"انصاری", "ansari", true, true, 18}, {"لاله", "laleh", false, false, 8}}},
	}
	named := []string{"بهار", "نسترن", "یاس", "لاله", "نیلوفر", "ارغوان", "سرو", "صنوبر", "اقاقیا", "پروین", "امید", "شهید رضایی", "شهید کاظمی", "شهید نوری", "شهید حسینی", "گلبرگ"}
	var out []neighbourhood
	k := 0
	for _, d := range defs {
		n := neighbourhood{Name: d.name, Fing: d.fing, Park: d.park, lat: d.lat, lon: d.lon}
		for i, s := range d.streets {
			// streets fan out from the neighbourhood's centre, a little off it
			b := float64((k*67 + i*97) % 360)
			lat, lon := offset(d.lat, d.lon, float64(i)*120, b+90)
			str := street{Name: s.name, Fing: s.fing, Martyr: s.martyr, Boulevard: s.blvd, Alleys: s.alleys,
				lat: lat, lon: lon, bearing: b}
			str.Named = []string{named[(k+i)%len(named)], named[(k+i+5)%len(named)]}
			for j := 0; j < 3; j++ {
				str.Landmarks = append(str.Landmarks, landmarkPool[(k*7+i*3+j*5)%len(landmarkPool)])
			}
			n.Streets = append(n.Streets, str)
			k++
		}
		out = append(out, n)
	}
	return out
}

// offset moves a point m metres along a bearing (degrees from north).
func offset(lat, lon, m, bearing float64) (float64, float64) {
	r := bearing * math.Pi / 180
	dlat := m * math.Cos(r) / 111320
	dlon := m * math.Sin(r) / (111320 * math.Cos(lat*math.Pi/180))
	return lat + dlat, lon + dlon
}

// Level says how precisely a spot is known and therefore how it is written.
type level int

const (
	levelAlley   level = iota // an alley (numbered or named) off a street
	levelStretch              // a stretch of a street, named by a landmark
	levelPark                 // inside a neighbourhood park
	levelArea                 // the neighbourhood as a whole (an outage, a water cut)
)

// spot is one place in the district where problems happen.
type spot struct {
	N        *neighbourhood
	S        *street
	Level    level
	Alley    int    // number, 0 when named or none
	Named    string // named alley
	DeadEnd  bool
	Landmark string
	Rel      string // where the spot is from the landmark («روبروی», «نبش»)
	Plate    int
	Lat, Lon float64
}

func (s spot) key() string {
	return fmt.Sprintf("%s|%s|%d|%d|%s|%s", s.N.Name, s.S.Name, s.Level, s.Alley, s.Named, s.Landmark)
}

// pickSpot chooses a spot of the wanted level; busy streets (low alley numbers, main
// streets) are a little likelier, as in any district.
func pickSpot(r *rand.Rand, hood []neighbourhood, lv level) spot {
	n := &hood[r.IntN(len(hood))]
	// the first street of each neighbourhood is its main street
	si := 0
	if r.Float64() < 0.6 {
		si = r.IntN(len(n.Streets))
	}
	s := &n.Streets[si]
	sp := spot{N: n, S: s, Level: lv, Plate: 1 + r.IntN(120), Rel: relations[r.IntN(len(relations))]}
	along := 0.0
	switch lv {
	case levelAlley:
		if r.Float64() < 0.18 {
			sp.Named = s.Named[r.IntN(len(s.Named))]
			sp.DeadEnd = r.Float64() < 0.5
			along = float64(r.IntN(s.Alleys)) * 45
		} else {
			// lower numbers are nearer the busy end and get more traffic
			a := 1 + int(float64(s.Alleys)*r.Float64()*r.Float64()*1.4)
			if a > s.Alleys {
				a = s.Alleys
			}
			sp.Alley = a
			sp.DeadEnd = r.Float64() < 0.08
			along = float64(a) * 45
		}
		if r.Float64() < 0.35 {
			sp.Landmark = s.Landmarks[r.IntN(len(s.Landmarks))]
		}
		lat, lon := offset(s.lat, s.lon, along, s.bearing)
		side := 90.0
		if r.IntN(2) == 0 {
			side = -90
		}
		sp.Lat, sp.Lon = offset(lat, lon, 30+r.Float64()*80, s.bearing+side)
	case levelStretch:
		sp.Landmark = s.Landmarks[r.IntN(len(s.Landmarks))]
		sp.Lat, sp.Lon = offset(s.lat, s.lon, r.Float64()*float64(s.Alleys)*45, s.bearing)
	case levelPark:
		sp.Lat, sp.Lon = offset(n.lat, n.lon, 150, float64(r.IntN(360)))
	case levelArea:
		sp.Lat, sp.Lon = offset(n.lat, n.lon, r.Float64()*250, float64(r.IntN(360)))
	}
	return sp
}

// pin is where a request's coordinates put the spot: 20–150 m off, as phone GPS and a
// thumb on a map are.
func pin(r *rand.Rand, s spot) (float64, float64) {
	d := 20 + r.Float64()*130
	if s.Level == levelArea {
		d += r.Float64() * 250 // the caller's own house, somewhere in the area
	}
	return offset(s.Lat, s.Lon, d, r.Float64()*360)
}
