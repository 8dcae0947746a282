package rasht16

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// name is a place name as Persian speakers write it and as Finglish writers spell it.
type name struct{ fa, en string }

// spotKind says what a spot is; it decides which problems happen there and how people
// describe it.
type spotKind int

const (
	spotAlley spotKind = iota
	spotDeadEnd
	spotStreet // one block of a main street, between two junctions
	spotRow    // a row (راسته) of the bazaar
	spotSquare // one side of a square
)

// spot is one place a clerk counts as one: an alley, a dead end, a block of a street, a
// bazaar row, a side of a square.
type spot struct {
	id       int
	kind     spotKind
	mahalleh name
	street   name   // the main street the spot is on or opens off
	names    []name // an alley's or dead end's names, most official first; a row's name
	parent   *spot  // the alley (or dead end) a dead end opens off
	marks    []name // landmarks at or next to the spot
	corner   name   // for a street block: the junction or corner it starts at
	lat, lon float64
	// fishy marks the rows where fish, poultry and meat are sold (smell, waste, rats).
	fishy bool
}

var mahallehs = []struct {
	n        name
	lat, lon float64
	streets  []int // indexes into mainStreets
}{
	{name{"ساغریسازان", "saghrisazan"}, 37.2818, 49.5872, []int{0, 2}},
	{name{"زاهدان", "zahedan"}, 37.2772, 49.5905, []int{1, 3}},
	{name{"چله‌خانه", "chelle khane"}, 37.2760, 49.5850, []int{1, 4}},
	{name{"استادسرا", "ostadsara"}, 37.2745, 49.5920, []int{3, 5}},
	{name{"صیقلان", "seyghalan"}, 37.2840, 49.5835, []int{0, 6}},
	{name{"کیاب", "kiab"}, 37.2705, 49.5885, []int{4, 5}},
	{name{"عینک", "eynak"}, 37.2728, 49.5960, []int{5, 7}},
	{name{"خمیران", "khomeyran"}, 37.2852, 49.5900, []int{2, 6}},
	{name{"بادی‌الله", "badiollah"}, 37.2800, 49.5960, []int{7, 3}},
	{name{"چمارسرا", "chomarsara"}, 37.2700, 49.5820, []int{4, 1}},
	{name{"آفخرا", "afkhara"}, 37.2870, 49.5945, []int{2, 7}},
	{name{"سرخ‌بنده", "sorkhbande"}, 37.2882, 49.5860, []int{6, 0}},
}

var mainStreets = []name{
	{"امام خمینی", "emam"}, {"سعدی", "saadi"}, {"علم‌الهدی", "alamolhoda"}, {"شریعتی", "shariati"},
	{"تختی", "takhti"}, {"لاکانی", "lakani"}, {"مطهری", "motahari"}, {"اعلم‌السلطنه", "aalamolsaltane"},
}

var martyrs = []name{
	{"شهید رجبی", "shahid rajabi"}, {"شهید نیکخواه", "shahid nikkhah"}, {"شهید قربانی", "shahid ghorbani"},
	{"شهید پورعلی", "shahid poorali"}, {"شهید صفری", "shahid safari"}, {"شهید کاظمی", "shahid kazemi"},
	{"شهید جعفرزاده", "shahid jafarzade"}, {"شهید رضوانی", "shahid rezvani"}, {"شهید طالبی", "shahid talebi"},
	{"شهید حسن‌پور", "shahid hasanpoor"}, {"شهید میرزایی", "shahid mirzaei"}, {"شهید خوش‌قدم", "shahid khoshghadam"},
	{"شهید بابایی", "shahid babaei"}, {"شهید دلجو", "shahid deljoo"}, {"شهید امیری", "shahid amiri"},
	{"شهید نوروزی", "shahid noroozi"}, {"شهید اسدی", "shahid asadi"}, {"شهید فلاح", "shahid fallah"},
	{"شهید یوسفی", "shahid yoosefi"}, {"شهید گلشن", "shahid golshan"}, {"شهید رمضانی", "shahid ramezani"},
	{"شهید کیانی", "shahid kiani"}, {"شهید مهدوی", "shahid mahdavi"}, {"شهید شعبانی", "shahid shabani"},
}

// oldNames are what an alley was called before it got a martyr's name; the landmark it is
// named after usually still stands.
var oldNames = []struct {
	n    name
	mark []name
}{
	{name{"حمام", "hamoom"}, []name{{"حمام قدیمی", "hamoome ghadimi"}, {"حمام حاج آقا بزرگ", "hamoom haj agha bozorg"}, {"حمام نواب", "hamoom navab"}}},
	{name{"تکیه", "tekye"}, []name{{"تکیه سیدها", "tekye seyedha"}, {"تکیه حاج حسن", "tekye haj hasan"}}},
	{name{"مسجد", "masjed"}, []name{{"مسجد کاسه‌فروشان", "masjed kasefurushan"}, {"مسجد حاج سمیع", "masjed haj sami"}, {"مسجد صفی", "masjed safi"}}},
	{name{"سقاخانه", "saghakhane"}, []name{{"سقاخانه حضرت عباس", "saghakhane hazrat abbas"}, {"سقاخانه قدیمی", "saghakhane ghadimi"}}},
	{name{"آسیاب", "asiab"}, nil},
	{name{"نانوایی", "nanvaei"}, []name{{"نانوایی بربری", "nanvaei barbari"}, {"نانوایی سنگکی", "nanvaei sangaki"}}},
	{name{"درویش‌ها", "darvishha"}, nil},
	{name{"پنبه‌زن‌ها", "panbezanha"}, nil},
	{name{"چاه", "chah"}, nil},
	{name{"باغ", "bagh"}, nil},
	{name{"مدرسه", "madrese"}, []name{{"مدرسه قدیمی", "madrese ghadimi"}, {"دبستان دخترانه", "dabestan"}}},
	{name{"کاروانسرا", "karvansara"}, nil},
}

var families = []name{
	{"حاجی‌زاده", "hajizade"}, {"رفیعی", "rafiei"}, {"خوشرو", "khoshroo"}, {"کاسه‌ساز", "kasesaz"},
	{"ملک‌زاده", "malekzade"}, {"سیدی", "seyyedi"}, {"کریمی", "karimi"}, {"پیله‌ور", "pilevar"},
	{"صراف", "sarraf"}, {"آقازاده", "aghazade"}, {"جلالی", "jalali"}, {"بازاری", "bazari"},
}

var deadEndNames = []name{
	{"اول", "aval"}, {"دوم", "dovom"}, {"گلها", "golha"}, {"یاس", "yas"}, {"شقایق", "shaghayegh"},
	{"نرگس", "narges"}, {"بهار", "bahar"}, {"امید", "omid"},
}

var shops = []name{
	{"سوپر مارکت برادران", "supermarket baradaran"}, {"قصابی حاج اکبر", "ghassabi haj akbar"},
	{"ساندویچی", "sandwichi"}, {"داروخانه", "darookhane"}, {"بانک ملی", "bank melli"},
	{"بانک صادرات", "bank saderat"}, {"بانک ملت", "bank mellat"}, {"بانک تجارت", "bank tejarat"},
	{"عطاری", "attari"}, {"آرایشگاه", "arayeshgah"}, {"کبابی", "kababi"}, {"لوازم التحریر", "lavazem tahrir"},
	{"درمانگاه", "darmangah"}, {"پاساژ", "pasaj"}, {"قنادی", "ghannadi"}, {"میوه‌فروشی", "mive furushi"},
	{"خشکشویی", "khoshkshooei"}, {"کلانتری", "kalantari"}, {"پست بانک", "post bank"},
}

var rows = []struct {
	n     name
	fishy bool
}{
	{name{"راسته ماهی‌فروش‌ها", "raste mahi furusha"}, true},
	{name{"راسته سبزی‌فروش‌ها", "raste sabzi furusha"}, false},
	{name{"راسته مرغ‌فروش‌ها", "raste morgh furusha"}, true},
	{name{"راسته قصاب‌ها", "raste ghassabha"}, true},
	{name{"راسته زرگرها", "raste zargarha"}, false},
	{name{"راسته کفاش‌ها", "raste kaffashha"}, false},
	{name{"راسته بزازها", "raste bazzazha"}, false},
	{name{"راسته برنج‌فروش‌ها", "raste berenj furusha"}, false},
	{name{"راسته عطارها", "raste attarha"}, false},
}

var caravanserais = []name{
	{"سرای گلشن", "saraye golshan"}, {"سرای حاج حسن", "saraye haj hasan"}, {"سرای امید", "saraye omid"},
	{"سرای کاسه‌فروشان", "saraye kasefurushan"}, {"تیمچه", "timche"},
}

var squares = []struct {
	n     name
	sides []name
}{
	{name{"میدان شهرداری", "meydan shahrdari"}, []name{{"جلوی ساختمان شهرداری", "jeloye shahrdari"}, {"کنار پست", "kenare post"},
		{"ورودی پیاده‌راه", "vorudi piade rah"}, {"ایستگاه تاکسی", "istgah taxi"}}},
	{name{"سبزه‌میدان", "sabze meydan"}, []name{{"ورودی بازار", "vorudi bazar"}, {"کنار سرویس بهداشتی", "kenare dastshooei"},
		{"ایستگاه اتوبوس", "istgah otoboos"}, {"ضلع شمالی", "zel shomali"}}},
}

// Rasht's old town at about 37.28 N, 49.59 E: one degree of latitude is 111 km there, one
// degree of longitude 88 km.
const (
	mPerDegLat = 111_000.0
	mPerDegLon = 88_300.0
)

func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/mPerDegLat, lon + east/mPerDegLon
}

// jitter moves a point 20 to 150 m in a random direction: a map pin dropped by a citizen.
func jitter(rng *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + rng.Float64()*130
	a := rng.Float64() * 2 * math.Pi
	return offset(lat, lon, d*math.Cos(a), d*math.Sin(a))
}

// world is the district: every spot problems can happen at.
type world struct {
	spots  []*spot
	byKind map[spotKind][]*spot
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// buildWorld lays out the district for one seed: the mahallehs and squares are Rasht's, the
// alleys, their names and landmarks are invented.
func buildWorld(rng *rand.Rand) *world {
	w := &world{byKind: map[spotKind][]*spot{}}
	add := func(s *spot) *spot {
		s.id = len(w.spots)
		w.spots = append(w.spots, s)
		w.byKind[s.kind] = append(w.byKind[s.kind], s)
		return s
	}
	martyrPool := rng.Perm(len(martyrs))
	mi := 0
	nextMartyr := func() name {
		n := martyrs[martyrPool[mi%len(martyrPool)]]
		mi++
		return n
	}
	for _, m := range mahallehs {
		nAlleys := 6 + rng.IntN(4)
		usedOld := map[int]bool{}
		for a := 0; a < nAlleys; a++ {
			st := mainStreets[m.streets[rng.IntN(len(m.streets))]]
			lat, lon := offset(m.lat, m.lon, (rng.Float64()-0.5)*450, (rng.Float64()-0.5)*450)
			s := &spot{kind: spotAlley, mahalleh: m.n, street: st, lat: lat, lon: lon}
			// the official name first; an old name and a family name many people still use
			mt := nextMartyr()
			s.names = append(s.names, name{"کوچه " + mt.fa, "kooche " + mt.en})
			oi := rng.IntN(len(oldNames))
			if !usedOld[oi] && rng.Float64() < 0.75 {
				usedOld[oi] = true
				o := oldNames[oi]
				s.names = append(s.names, name{"کوچه " + o.n.fa, "kooche " + o.n.en})
				if len(o.mark) > 0 {
					s.marks = append(s.marks, pick(rng, o.mark))
				}
			}
			if rng.Float64() < 0.3 {
				f := pick(rng, families)
				s.names = append(s.names, name{"کوچه " + f.fa, "kooche " + f.en})
			}
			if rng.Float64() < 0.2 {
				// the number an old map gave it; a few still say it
				k := 1 + rng.IntN(14)
				s.names = append(s.names, name{fmt.Sprintf("کوچه %d", k), fmt.Sprintf("kooche %d", k)})
			}
			for k := rng.IntN(3); k > 0; k-- {
				s.marks = append(s.marks, pick(rng, shops))
			}
			if len(s.marks) == 0 {
				s.marks = append(s.marks, pick(rng, shops))
			}
			add(s)
			// dead ends off the alley, and now and then one off a dead end
			for d := deadEnds(rng); d > 0; d-- {
				de := newDeadEnd(rng, s, d)
				add(de)
				if rng.Float64() < 0.25 {
					add(newDeadEnd(rng, de, 1))
				}
			}
		}
		// the blocks of the main streets that run through the mahalleh
		for _, si := range m.streets {
			corner := pick(rng, []name{{"چهارراه", "chaharrah"}, {"سه‌راه", "serah"}})
			lat, lon := offset(m.lat, m.lon, (rng.Float64()-0.5)*300, (rng.Float64()-0.5)*300)
			s := &spot{kind: spotStreet, mahalleh: m.n, street: mainStreets[si], lat: lat, lon: lon,
				corner: name{corner.fa + " " + m.n.fa, corner.en + " " + m.n.en}}
			s.marks = []name{pick(rng, shops), pick(rng, shops)}
			add(s)
		}
	}
	bazaar := name{"بازار", "bazar"}
	for i, r := range rows {
		lat, lon := offset(37.2790, 49.5868, float64(i%3)*70-70, float64(i/3)*60-60)
		s := &spot{kind: spotRow, mahalleh: bazaar, street: mainStreets[0], names: []name{r.n}, lat: lat, lon: lon, fishy: r.fishy}
		s.marks = []name{pick(rng, caravanserais)}
		if r.fishy {
			s.marks = append(s.marks, name{"ورودی بازار", "vorudi bazar"})
		}
		add(s)
	}
	for i, q := range squares {
		for j, side := range q.sides {
			lat, lon := offset(37.2805+float64(i)*-0.0012, 49.5915-float64(i)*0.0055, float64(j%2)*60-30, float64(j/2)*60-30)
			s := &spot{kind: spotSquare, mahalleh: q.n, street: mainStreets[i*2], names: []name{q.n}, lat: lat, lon: lon}
			s.marks = []name{side}
			add(s)
		}
	}
	return w
}

func deadEnds(rng *rand.Rand) int {
	switch u := rng.Float64(); {
	case u < 0.55:
		return 0
	case u < 0.85:
		return 1
	default:
		return 2
	}
}

func newDeadEnd(rng *rand.Rand, parent *spot, d int) *spot {
	lat, lon := offset(parent.lat, parent.lon, (rng.Float64()-0.5)*120, (rng.Float64()-0.5)*120)
	s := &spot{kind: spotDeadEnd, mahalleh: parent.mahalleh, street: parent.street, parent: parent, lat: lat, lon: lon}
	var n name
	if d == 1 && rng.Float64() < 0.3 {
		n = deadEndNames[0]
	} else if d == 2 && rng.Float64() < 0.3 {
		n = deadEndNames[1]
	} else {
		n = pick(rng, deadEndNames[2:])
	}
	s.names = []name{{"بن‌بست " + n.fa, "bon bast " + n.en}}
	if rng.Float64() < 0.3 {
		m := pick(rng, martyrs)
		s.names = append(s.names, name{"بن‌بست " + m.fa, "bon bast " + m.en})
	}
	if rng.Float64() < 0.4 {
		s.marks = []name{pick(rng, shops)}
	}
	return s
}
