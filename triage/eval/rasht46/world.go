package rasht46

import (
	"math"
	"math/rand/v2"
)

// The district is drawn in metres east (x) and north (y) of an origin south-west of it;
// degrees are derived only when a request carries coordinates.
const (
	originLat  = 37.258
	originLon  = 49.598
	mPerDegLat = 111320.0
)

func toLatLon(x, y float64) (lat, lon float64) {
	lat = originLat + y/mPerDegLat
	lon = originLon + x/(mPerDegLat*math.Cos(originLat*math.Pi/180))
	return lat, lon
}

type point struct{ x, y float64 }

func (p point) add(dx, dy float64) point { return point{p.x + dx, p.y + dy} }

// neighbourhood is a named part of the district, written several ways.
type neighbourhood struct {
	names []string // how people write it; the first is the clean form
	fing  string
	parks []int // indexes into world.landmarks
}

// street is a main street or boulevard with alleys along it.
type street struct {
	nb     int
	kind   string   // خیابان or بلوار
	names  []string // without the kind: "ایران", "شهید قلی~پور", "قلی~پور"
	fing   []string
	a, b   point
	alleys []int // indexes into world.alleys, in order along the street
}

// alley is a numbered or named alley, or a dead end off one.
type alley struct {
	street int
	pos    int    // index along the street
	num    int    // 0 when only named
	name   string // "" when only numbered; "شهید رضایی", "کاج"
	dead   bool   // a dead end (بن‌بست); parent is set when it branches off an alley
	parent int    // -1, or the alley it branches off
	deadNo int    // 1, 2 for «بن‌بست اول»; 0 when named
	at     point
	weight float64 // how often problems happen here
}

// landmark is a named building or open space near an alley of a street.
type landmark struct {
	kind   string   // mosque, school, bakery, bank, park, ...
	names  []string // written forms
	street int
	pos    int // the alley index along the street it is near
	at     point
}

type world struct {
	nbs       []neighbourhood
	streets   []street
	alleys    []alley
	landmarks []landmark
}

var martyrs = []string{"شهید رضایی", "شهید احمدی", "شهید کاظمی", "شهید نوری", "شهید حسین~زاده", "شهید رحیمی",
	"شهید صادقی", "شهید باقری", "شهید ابراهیمی", "شهید یوسفی", "شهید قربانی", "شهید جعفری", "شهید مرادی",
	"شهید پورحسن", "شهید رمضانی", "شهید طالبی", "شهید خوشرو", "شهید شفیعی", "شهید کیانی", "شهید اسماعیل~پور",
	"شهید علیزاده", "شهید نیکو", "شهید پوررضا", "شهید رحمانی", "شهید میرزایی", "شهید بابایی"}

var flowers = []string{"نرگس", "لاله", "یاس", "نسترن", "مریم", "اقاقیا", "سوسن", "شقایق", "بنفشه", "ارغوان", "یاسمن"}

// streetDef is the static description of a street.
type streetDef struct {
	nb      int
	kind    string
	names   []string
	fing    []string
	a, b    point
	n       int
	named   map[int]string // alley number -> its name, for alleys that have one besides the number
	onlyNam []string       // alleys that have a name and no number, appended after the numbered ones
}

var nbDefs = []neighbourhood{
	{names: []string{"پاره~بیجار", "محله پاره~بیجار", "پاره بیجار", "پاره~بیجار رشت"}, fing: "parebijar"},
	{names: []string{"گلباغ نماز", "محله گلباغ نماز", "گلباغ~نماز", "گلباغ"}, fing: "golbagh namaz"},
	{names: []string{"استقامت", "کوی استقامت", "شهرک استقامت", "استقامت ۲", "استقامت دو"}, fing: "esteghamat"},
	{names: []string{"معلولین", "کوی معلولین", "شهرک معلولین", "محله معلولین"}, fing: "maloolin"},
	{names: []string{"رازی", "محله رازی", "شهرک رازی"}, fing: "razi"},
	{names: []string{"آج~بیشه", "آج بیشه", "محله آج~بیشه", "اجبیشه"}, fing: "ajbishe"},
}

var streetDefs = []streetDef{
	{nb: 0, kind: "خیابان", names: []string{"ایران"}, fing: []string{"iran"}, a: point{2300, 3000}, b: point{4300, 3300}, n: 26,
		named: map[int]string{5: "شهید نوری", 17: "شهید کاظمی", 21: "شهید پورحسن"}},
	{nb: 0, kind: "خیابان", names: []string{"شهید مسعود قلی~زاده", "شهید قلی~زاده", "قلی~زاده", "مسعود قلی~زاده"}, fing: []string{"gholizade", "shahid gholizade"},
		a: point{3000, 2500}, b: point{3400, 4000}, n: 12, onlyNam: []string{"بهار", "گلستان"}},
	{nb: 1, kind: "خیابان", names: []string{"شهید قلی~پور", "قلی~پور", "شهید قلیپور"}, fing: []string{"gholipour", "gholipoor"},
		a: point{200, 2900}, b: point{1900, 3300}, n: 20, named: map[int]string{3: "شهید رحیمی", 11: "شهید باقری"}},
	{nb: 1, kind: "خیابان", names: []string{"آیت~الله رودباری", "رودباری", "آیت الله رودباری"}, fing: []string{"roudbari", "roodbari"},
		a: point{700, 2400}, b: point{1100, 4000}, n: 12, onlyNam: []string{"کاج", "شهید روبیاتی"}},
	{nb: 1, kind: "خیابان", names: []string{"گلباغ", "گلباغ نماز"}, fing: []string{"golbagh"}, a: point{1500, 3500}, b: point{2200, 4100}, n: 10},
	{nb: 2, kind: "بلوار", names: []string{"شهید افتخاری", "افتخاری"}, fing: []string{"eftekhari"}, a: point{2000, 1500}, b: point{4400, 900}, n: 30,
		named: map[int]string{4: "شهید یوسفی", 19: "شهید قربانی", 26: "شهید طالبی"}},
	{nb: 2, kind: "خیابان", names: []string{"۱۶ متری", "شانزده متری", "۱۶ متری استقامت"}, fing: []string{"16 metri"}, a: point{2800, 300}, b: point{3000, 1900}, n: 15},
	{nb: 2, kind: "خیابان", names: []string{"۲۰ متری", "بیست متری", "۲۰ متری استقامت"}, fing: []string{"20 metri"}, a: point{3700, 300}, b: point{3900, 1700}, n: 12},
	{nb: 3, kind: "خیابان", names: []string{"معلولین", "اصلی معلولین"}, fing: []string{"maloolin"}, a: point{900, 400}, b: point{2000, 1300}, n: 0,
		onlyNam: []string{"نرگس", "لاله", "یاس", "نسترن", "مریم", "اقاقیا", "سوسن", "شقایق", "بنفشه", "ارغوان", "یاسمن"}},
	{nb: 3, kind: "خیابان", names: []string{"بهاران"}, fing: []string{"baharan"}, a: point{1250, 1350}, b: point{1950, 350}, n: 8},
	{nb: 4, kind: "بلوار", names: []string{"رازی"}, fing: []string{"razi"}, a: point{600, 2000}, b: point{2800, 2200}, n: 24,
		named: map[int]string{7: "شهید رمضانی", 15: "شهید جعفری"}},
	{nb: 4, kind: "خیابان", names: []string{"میخک"}, fing: []string{"mikhak"}, a: point{1700, 1650}, b: point{2000, 2650}, n: 8},
	{nb: 5, kind: "خیابان", names: []string{"آج~بیشه", "آج بیشه"}, fing: []string{"ajbishe"}, a: point{3500, 1900}, b: point{4450, 2800}, n: 18,
		named: map[int]string{6: "شهید خوشرو", 13: "شهید علیزاده"}},
	{nb: 5, kind: "خیابان", names: []string{"نوبهار"}, fing: []string{"noubahar", "nobahar"}, a: point{3600, 2650}, b: point{4300, 2000}, n: 10},
}

// Fixed places of the headline issues, by street and alley number or name.
const (
	stIran       = 0
	stGholizade  = 1
	stGholipour  = 2
	stRoudbari   = 3
	stEftekhari  = 5
	stMaloolin   = 8
	stRazi       = 10
	stAjbishe    = 12
	nbParebijar  = 0
	nbGolbagh    = 1
	nbEsteghamat = 2
	nbMaloolin   = 3
	nbRazi       = 4
)

type landmarkDef struct {
	kind   string
	names  []string
	street int
	pos    int
}

var landmarkDefs = []landmarkDef{
	{"mosque", []string{"مسجد امام حسین (ع)", "مسجد امام حسین", "مسجد"}, stIran, 8},
	{"mosque", []string{"مسجد جامع استقامت", "مسجد جامع", "مسجد استقامت"}, stEftekhari, 10},
	{"mosque", []string{"مسجد صاحب~الزمان", "مسجد صاحب الزمان", "مسجد"}, stGholipour, 6},
	{"mosque", []string{"مسجد حضرت ابوالفضل", "مسجد ابوالفضل"}, stAjbishe, 9},
	{"mosque", []string{"مسجد امام رضا (ع)", "مسجد امام رضا"}, stRazi, 18},
	{"mosque", []string{"حسینیه معلولین", "حسینیه"}, stMaloolin, 4},
	{"mosque", []string{"مسجد جامع پاره~بیجار", "مسجد پاره~بیجار"}, stGholizade, 5},
	{"school", []string{"دبستان شهید بهشتی", "مدرسه شهید بهشتی", "مدرسه بهشتی"}, stIran, 14},
	{"school", []string{"دبیرستان دخترانه فاطمیه", "مدرسه فاطمیه", "دبیرستان فاطمیه"}, stEftekhari, 21},
	{"school", []string{"دبستان شهید مطهری", "مدرسه مطهری"}, stRoudbari, 7},
	{"school", []string{"هنرستان فنی استقامت", "هنرستان"}, 6, 9},
	{"school", []string{"مدرسه شاهد", "دبستان شاهد"}, stGholipour, 13},
	{"school", []string{"دبستان امید", "مدرسه امید"}, stMaloolin, 7},
	{"bakery", []string{"نانوایی سنگکی", "نونوایی سنگکی", "نانوایی"}, stIran, 11},
	{"bakery", []string{"نانوایی بربری", "نانوایی بربری حسینی"}, stEftekhari, 6},
	{"bakery", []string{"نانوایی لواشی", "نانوایی"}, stAjbishe, 4},
	{"bakery", []string{"نانوایی تافتون", "نانوایی"}, stGholipour, 16},
	{"bakery", []string{"نانوایی سنگکی رازی", "نانوایی"}, stRazi, 5},
	{"bank", []string{"بانک ملت"}, stEftekhari, 12},
	{"bank", []string{"بانک ملی"}, stIran, 3},
	{"bank", []string{"بانک صادرات"}, stRazi, 12},
	{"bank", []string{"بانک تجارت"}, stGholipour, 9},
	{"bank", []string{"بانک سپه"}, stAjbishe, 12},
	{"bank", []string{"بانک رفاه"}, stGholizade, 8},
	{"park", []string{"پارک میخک", "بوستان میخک"}, stRazi, 10},
	{"park", []string{"پارک مفاخر", "بوستان مفاخر"}, stEftekhari, 15},
	{"park", []string{"بوستان ارغوان", "پارک ارغوان", "پارک معلولین"}, stMaloolin, 9},
	{"park", []string{"پارک محله آج~بیشه", "پارک آج~بیشه"}, stAjbishe, 15},
	{"clinic", []string{"درمانگاه شبانه~روزی", "درمانگاه"}, 7, 6},
	{"clinic", []string{"خانه بهداشت", "مرکز بهداشت"}, stAjbishe, 7},
	{"fuel", []string{"پمپ بنزین", "جایگاه سوخت"}, stRazi, 22},
	{"fire", []string{"ایستگاه آتش~نشانی", "آتش~نشانی"}, stEftekhari, 24},
	{"square", []string{"میدان استقامت", "فلکه استقامت"}, stEftekhari, 0},
	{"square", []string{"میدان گلباغ", "فلکه گلباغ"}, stGholipour, 19},
	{"police", []string{"کلانتری ۱۲", "کلانتری"}, stIran, 20},
	{"shop", []string{"فروشگاه رفاه", "هایپر رفاه"}, stRazi, 3},
	{"shop", []string{"سوپرمارکت محله", "سوپری"}, 9, 4},
	{"pharmacy", []string{"داروخانه", "داروخانه شبانه~روزی"}, stRoudbari, 3},
	{"office", []string{"ناحیه ۲ شهرداری منطقه ۴", "دفتر ناحیه", "شهرداری ناحیه"}, stGholizade, 10},
	{"shop", []string{"قصابی", "مرغ فروشی"}, 4, 5},
}

func buildWorld(r *rand.Rand) *world {
	w := &world{}
	for _, nb := range nbDefs {
		w.nbs = append(w.nbs, nb)
	}
	for si, d := range streetDefs {
		st := street{nb: d.nb, kind: d.kind, names: d.names, fing: d.fing, a: d.a, b: d.b}
		total := d.n + len(d.onlyNam)
		dx, dy := d.b.x-d.a.x, d.b.y-d.a.y
		length := math.Hypot(dx, dy)
		ux, uy := dx/length, dy/length
		for i := 0; i < total; i++ {
			frac := (float64(i) + 0.5) / float64(total)
			side := 1.0
			if i%2 == 1 {
				side = -1
			}
			base := d.a.add(dx*frac, dy*frac)
			at := base.add(-uy*55*side, ux*55*side)
			al := alley{street: si, pos: i, parent: -1, at: at, weight: math.Exp(r.NormFloat64() * 0.8)}
			if i < d.n {
				al.num = i + 1
				al.name = d.named[i+1]
				if al.name == "" && r.Float64() < 0.12 {
					al.name = martyrs[r.IntN(len(martyrs))]
				}
			} else {
				al.name = d.onlyNam[i-d.n]
			}
			idx := len(w.alleys)
			w.alleys = append(w.alleys, al)
			st.alleys = append(st.alleys, idx)
			// dead ends branching off about a quarter of the alleys
			if r.Float64() < 0.25 {
				k := 1 + r.IntN(2)
				for j := 1; j <= k; j++ {
					de := alley{street: si, pos: i, num: al.num, name: "", dead: true, parent: idx, deadNo: j,
						at: at.add(-uy*float64(40*j)*side+ux*30, ux*float64(40*j)*side+uy*30), weight: 0.5 * math.Exp(r.NormFloat64()*0.6)}
					if r.Float64() < 0.2 {
						de.deadNo = 0
						de.name = flowers[r.IntN(len(flowers))]
					}
					w.alleys = append(w.alleys, de)
				}
			}
		}
		w.streets = append(w.streets, st)
	}
	// بن‌بست شاهد: a named dead end straight off خیابان شهید قلی‌پور, next to alley 9.
	gp := &w.streets[stGholipour]
	shahed := alley{street: stGholipour, pos: 9, dead: true, parent: -1, name: "شاهد",
		at: w.alleys[gp.alleys[9]].at.add(20, 40), weight: 1}
	w.alleys = append(w.alleys, shahed)
	for _, d := range landmarkDefs {
		st := w.streets[d.street]
		pos := d.pos
		if pos >= len(st.alleys) {
			pos = len(st.alleys) - 1
		}
		at := w.alleys[st.alleys[pos]].at.add(12, -18)
		lm := landmark{kind: d.kind, names: d.names, street: d.street, pos: pos, at: at}
		if d.kind == "park" {
			w.nbs[st.nb].parks = append(w.nbs[st.nb].parks, len(w.landmarks))
		}
		w.landmarks = append(w.landmarks, lm)
	}
	return w
}

// alleyBy finds an alley of a street by number, or by name when num is 0.
func (w *world) alleyBy(st, num int, name string) int {
	for i, a := range w.alleys {
		if a.street != st || a.dead {
			continue
		}
		if (num > 0 && a.num == num) || (num == 0 && a.name == name) {
			return i
		}
	}
	return -1
}

func (w *world) deadBy(name string) int {
	for i, a := range w.alleys {
		if a.dead && a.name == name && a.parent < 0 {
			return i
		}
	}
	return -1
}

func (w *world) landmarkBy(name string) int {
	for i, l := range w.landmarks {
		if l.names[0] == name {
			return i
		}
	}
	return -1
}

// nearLandmarks lists the landmarks on street st within two alleys of pos.
func (w *world) nearLandmarks(st, pos int) []int {
	var out []int
	for i, l := range w.landmarks {
		if l.street == st && l.pos >= pos-2 && l.pos <= pos+2 {
			out = append(out, i)
		}
	}
	return out
}

// alleysOf lists the alleys (dead ends included) of a neighbourhood.
func (w *world) alleysOf(nb int) []int {
	var out []int
	for i, a := range w.alleys {
		if w.streets[a.street].nb == nb {
			out = append(out, i)
		}
	}
	return out
}

// streetPoint is the point on street st beside the alley at pos.
func (w *world) streetPoint(st, pos int) point {
	s := w.streets[st]
	n := len(s.alleys)
	frac := (float64(pos) + 0.5) / float64(n)
	return s.a.add((s.b.x-s.a.x)*frac, (s.b.y-s.a.y)*frac)
}
