package rasht46

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// How much of the place a request gives.
const (
	lvFull     = iota // street and alley (and maybe neighbourhood, plate, landmark)
	lvAlley           // the alley without the street
	lvStreet          // the street without the alley
	lvLandmark        // a landmark, or the neighbourhood when there is none
	lvNb              // the neighbourhood only
	lvNone
)

func (g *gen) render() []labelled.Row {
	g.byAlley = map[int][]*issue{}
	for _, is := range g.issues {
		if is.alley >= 0 {
			g.byAlley[is.alley] = append(g.byAlley[is.alley], is)
		}
	}
	rows := make([]labelled.Row, 0, len(g.reqs))
	for _, q := range g.reqs {
		rows = append(rows, g.renderOne(q))
	}
	return rows
}

var locShare = map[string]float64{"app": 0.78, "web": 0.25, "phone": 0.04, "in_person": 0.02}

func (g *gen) renderOne(q *req) labelled.Row {
	r := g.r
	is := q.is
	w := g.writerFor(q.channel)
	hasLoc := r.Float64() < locShare[q.channel]

	lv := g.level(q, hasLoc)
	pp := g.parts(q, w)

	var text, addr string
	if w.finglish {
		text, addr = g.finglishText(q, pp, lv, w)
	} else {
		text, addr = g.compose(q, pp, lv, w)
	}
	row := labelled.Row{
		ID: q.id, District: g.opt.District, CreatedAt: q.at,
		Category: w.finish(g.category(q), false),
		Text:     w.finish(text, true),
		Address:  w.finish(addr, false),
		Channel:  q.channel, Status: g.status(q),
		Group: is.group, Agency: is.agency,
	}
	if hasLoc {
		spot := is.anchor
		if is.k.scope == scopeArea || is.k.scope == scopeSubject {
			spot = pp.home
		}
		d := 20 + r.Float64()*130
		b := r.Float64() * 2 * math.Pi
		lat, lon := toLatLon(spot.x+d*math.Cos(b), spot.y+d*math.Sin(b))
		lat, lon = math.Round(lat*1e6)/1e6, math.Round(lon*1e6)/1e6
		row.Lat, row.Lon = &lat, &lon
	}
	return row
}

// level draws how much of the place the request gives: the rates of README.md.
func (g *gen) level(q *req, hasLoc bool) int {
	ws := []float64{0.42, 0.08, 0.20, 0.09, 0.05, 0.16}
	switch {
	case q.follow:
		ws = []float64{0.30, 0.08, 0.17, 0.09, 0.06, 0.30}
	case hasLoc && q.channel == "app":
		ws = []float64{0.34, 0.07, 0.18, 0.10, 0.06, 0.25}
	}
	return pick(g.r, ws)
}

// placeParts are the pieces of a place as this writer writes them; empty when not given.
type placeParts struct {
	nb, st, al, lm, pl string
	// Finglish
	fnb, fst, fal string
	home          point // where the caller is, for area and subject problems
}

func (g *gen) parts(q *req, w *writer) placeParts {
	r, wd := g.r, g.w
	is := q.is
	var p placeParts
	alleyIdx, st, pos := is.alley, is.street, is.pos
	if is.k.scope == scopeArea || is.k.scope == scopeSubject {
		// the caller gives their own address
		als := wd.alleysOf(is.nb)
		if is.k.scope == scopeSubject && r.Float64() < 0.5 {
			als = nil
			for i := range wd.alleys {
				als = append(als, i)
			}
		}
		alleyIdx = als[r.IntN(len(als))]
		st, pos = wd.alleys[alleyIdx].street, -1
		p.home = wd.alleys[alleyIdx].at
	}
	nb := wd.streets[st].nb
	p.nb = oneOf(r, wd.nbs[nb].names, 0.5)
	p.fnb = wd.nbs[nb].fing
	p.st = g.streetName(st, w)
	p.fst = g.streetFing(st)
	switch {
	case is.park >= 0:
		p.lm = oneOf(r, wd.landmarks[is.park].names, 0.6)
		if r.Float64() < 0.3 {
			p.lm = oneOf(r, []string{"داخل ", "توی ", "کنار ", "ضلع شمالی ", "ورودی "}, 0.3) + p.lm
		}
	case pos >= 0:
		// a stretch of a main street, named by a cross alley near it or a landmark
		cross := pos + []int{-1, 0, 0, 0, 1}[r.IntN(5)]
		if cross < 0 || cross >= len(wd.streets[st].alleys) {
			cross = pos
		}
		a := g.alleyName(wd.streets[st].alleys[cross], w)
		p.al = oneOf(r, []string{"نبش ", "سر ", "روبروی ", "بعد از ", "نرسیده به ", "حد فاصل "}, 0.45) + a
		if strings.HasPrefix(p.al, "حد فاصل ") {
			lo := min(cross, len(wd.streets[st].alleys)-2)
			p.al = "حد فاصل " + g.alleyName(wd.streets[st].alleys[lo], w) + " و " + g.alleyName(wd.streets[st].alleys[lo+1], w)
		}
		p.fal = g.alleyFing(wd.streets[st].alleys[cross])
		if lms := wd.nearLandmarks(st, pos); len(lms) > 0 {
			p.lm = g.landmarkPhrase(lms[r.IntN(len(lms))], false)
		}
		p.pl = g.plateName(1+r.IntN(400), w)
	default:
		a := alleyIdx
		al := wd.alleys[a]
		if al.dead && al.parent >= 0 && r.Float64() < 0.3 {
			a = al.parent // the caller names the alley the dead end is off
		}
		p.al = g.alleyName(a, w)
		p.fal = g.alleyFing(a)
		if lms := wd.nearLandmarks(st, al.pos); len(lms) > 0 && r.Float64() < 0.6 {
			p.lm = g.landmarkPhrase(lms[r.IntN(len(lms))], true)
		}
		plate := 1 + r.IntN(70)
		if r.Float64() < 0.3 {
			plate = is.plate
		}
		p.pl = g.plateName(plate, w)
	}
	return p
}

// oneOf picks the first form with probability first, else any of the others.
func oneOf(r randSource, forms []string, first float64) string {
	if len(forms) == 1 || r.Float64() < first {
		return forms[0]
	}
	return forms[1+r.IntN(len(forms)-1)]
}

type randSource interface {
	Float64() float64
	IntN(int) int
}

func (g *gen) num(n int) string { return strconv.Itoa(n) }

func (g *gen) streetName(st int, w *writer) string {
	r := g.r
	s := g.w.streets[st]
	name := oneOf(r, s.names, 0.55)
	abbr := 0.15
	if w.op {
		abbr = 0.4
	}
	switch x := r.Float64(); {
	case x < abbr:
		if s.kind == "بلوار" {
			return oneOf(r, []string{"بلوار ", "ب ", "بل "}, 0.6) + name
		}
		return oneOf(r, []string{"خ ", "خ.", "خ. "}, 0.6) + name
	case x < abbr+0.2:
		return name
	}
	return s.kind + " " + name
}

func (g *gen) streetFing(st int) string {
	s := g.w.streets[st]
	name := s.fing[g.r.IntN(len(s.fing))]
	if s.kind == "بلوار" {
		return oneOf(g.r, []string{"bolvar ", "blv ", ""}, 0.6) + name
	}
	return oneOf(g.r, []string{"khiaban ", "kh ", "khiyaban ", ""}, 0.5) + name
}

// alleyName writes an alley the many ways people do: کوچه ۱۲, کوچه دوازدهم, ک ۱۲,
// کوچه شهید رضایی (۱۲), کوچه ۷ بن‌بست دوم, بن‌بست شاهد.
func (g *gen) alleyName(a int, w *writer) string {
	r := g.r
	al := g.w.alleys[a]
	if al.dead {
		var de string
		switch {
		case al.deadNo > 0:
			de = "بن~بست " + oneOf(r, []string{ordinal(al.deadNo, r.Float64() < 0.2), g.num(al.deadNo)}, 0.55)
		default:
			de = oneOf(r, []string{"بن~بست ", "بن بست ", "کوچه ", "بنبست "}, 0.6) + al.name
		}
		if al.parent < 0 {
			return de
		}
		parent := g.alleyName(al.parent, w)
		switch r.IntN(3) {
		case 0:
			return parent + "، " + de
		case 1:
			return parent + " " + de
		}
		return de + " " + parent
	}
	kooche := "کوچه "
	if x := r.Float64(); x < 0.12 || (w.op && x < 0.3) {
		kooche = oneOf(r, []string{"ک ", "ک.", "ک. "}, 0.6)
	}
	if al.num == 0 {
		return kooche + al.name
	}
	if al.name != "" {
		switch x := r.Float64(); {
		case x < 0.45:
			return kooche + al.name
		case x < 0.55:
			return kooche + al.name + " (" + g.num(al.num) + ")"
		case x < 0.6:
			return kooche + g.num(al.num) + " " + al.name
		}
	}
	switch x := r.Float64(); {
	case x < 0.55:
		return kooche + g.num(al.num)
	case x < 0.78:
		return "کوچه " + ordinal(al.num, r.Float64() < 0.2)
	case x < 0.85:
		return "کوچه " + cardinal(al.num)
	case x < 0.92:
		return "کوچه شماره " + g.num(al.num)
	}
	return kooche + g.num(al.num)
}

var flowerFing = map[string]string{"نرگس": "narges", "لاله": "laleh", "یاس": "yas", "نسترن": "nastaran", "مریم": "maryam",
	"اقاقیا": "aghaghia", "سوسن": "sousan", "شقایق": "shaghayegh", "بنفشه": "banafshe", "ارغوان": "arghavan", "یاسمن": "yasaman",
	"کاج": "kaj", "بهار": "bahar", "گلستان": "golestan", "شاهد": "shahed", "شهید روبیاتی": "shahid roubiati"}

func (g *gen) alleyFing(a int) string {
	al := g.w.alleys[a]
	base := al
	if al.dead && al.parent >= 0 {
		base = g.w.alleys[al.parent]
	}
	k := oneOf(g.r, []string{"kooche ", "k ", "koche ", "kuche "}, 0.5)
	var s string
	switch {
	case base.num > 0:
		s = k + strconv.Itoa(base.num)
	case flowerFing[base.name] != "":
		s = k + flowerFing[base.name]
	}
	if al.dead {
		if al.parent < 0 {
			return "bonbast " + flowerFing[al.name]
		}
		s += " bonbast " + strconv.Itoa(max(al.deadNo, 1))
	}
	return s
}

func (g *gen) landmarkPhrase(lm int, inAlley bool) string {
	l := g.w.landmarks[lm]
	rels := []string{"روبروی ", "جنب ", "کنار ", "نزدیک ", "پشت ", "بعد از ", "نرسیده به "}
	if inAlley {
		rels = append(rels, "سر کوچه کنار ", "پشت ")
	}
	return rels[g.r.IntN(len(rels))] + oneOf(g.r, l.names, 0.6)
}

func (g *gen) plateName(n int, w *writer) string {
	r := g.r
	p := "پلاک "
	switch x := r.Float64(); {
	case x < 0.15 || (w.op && x < 0.35):
		p = "پ "
	case x < 0.45:
		p = oneOf(r, []string{"پلاک", "پ.", "پلاک شماره ", "پ:"}, 0.4)
	}
	s := p + g.num(n)
	if r.Float64() < 0.05 {
		s += " واحد " + g.num(1+r.IntN(8))
	}
	return s
}

// address joins the pieces a level gives, big to small or small to big.
func (g *gen) address(p placeParts, lv int, is *issue) (big, small []string) {
	r := g.r
	add := func(list *[]string, s string, prob float64) {
		if s != "" && r.Float64() < prob {
			*list = append(*list, s)
		}
	}
	switch lv {
	case lvFull:
		add(&big, p.nb, 0.55)
		add(&big, p.st, 1)
		add(&small, p.al, 1)
		if is.park >= 0 {
			add(&small, p.lm, 1)
		} else {
			add(&small, p.lm, 0.2)
		}
		add(&small, p.pl, 0.35)
	case lvAlley:
		add(&big, p.nb, 0.35)
		if is.park >= 0 || is.pos >= 0 {
			add(&small, p.lm, 1)
		}
		if len(small) == 0 {
			add(&small, p.al, 1)
			add(&small, p.pl, 0.25)
		}
	case lvStreet:
		add(&big, p.nb, 0.4)
		add(&big, p.st, 1)
		add(&small, p.lm, 0.3)
	case lvLandmark:
		add(&big, p.nb, 0.3)
		add(&small, p.lm, 1)
		if len(small) == 0 && len(big) == 0 {
			big = append(big, p.nb)
		}
	case lvNb:
		big = append(big, p.nb)
	}
	return big, small
}

func (g *gen) join(parts []string) string {
	seps := []string{"، ", " ", " - ", ", ", "،", "-"}
	ws := []float64{0.5, 0.25, 0.08, 0.08, 0.05, 0.04}
	return strings.Join(parts, seps[pick(g.r, ws)])
}

func (g *gen) placeString(big, small []string, w *writer) string {
	all := append(append([]string{}, big...), small...)
	if len(all) > 1 && g.r.Float64() < 0.2 {
		// small to big: «کوچه دوازدهم ایران پاره‌بیجار»
		for i, j := 0, len(all)-1; i < j; i, j = i+1, j-1 {
			all[i], all[j] = all[j], all[i]
		}
	}
	return g.join(all)
}

var cityPrefixes = []string{"رشت، ", "رشت - ", "گیلان، رشت، ", "منطقه ۴، ", "رشت منطقه چهار، ", "رشت "}

// compose writes the text and the address of a Persian request.
func (g *gen) compose(q *req, p placeParts, lv int, w *writer) (text, addr string) {
	r := g.r
	is := q.is
	big, small := g.address(p, lv, is)
	var inText, inAddr string
	mode := pick(r, map[string][]float64{
		"phone":     {0.55, 0.15, 0.15, 0.15},
		"in_person": {0.6, 0.1, 0.15, 0.15},
		"app":       {0.3, 0.45, 0.1, 0.15},
		"web":       {0.5, 0.25, 0.15, 0.1},
	}[q.channel])
	if len(big)+len(small) > 0 {
		switch mode {
		case 0:
			inAddr = g.placeString(big, small, w)
		case 1:
			inText = g.placeString(big, small, w)
		case 2:
			inAddr = g.placeString(big, small, w)
			b2, s2 := g.address(p, lv, is)
			inText = g.placeString(b2, s2, w)
		case 3:
			if len(big) > 0 && len(small) > 0 {
				inAddr, inText = g.placeString(big, nil, w), g.placeString(nil, small, w)
			} else {
				inAddr = g.placeString(big, small, w)
			}
		}
	}
	if inAddr != "" && r.Float64() < 0.12 {
		inAddr = cityPrefixes[r.IntN(len(cityPrefixes))] + inAddr
	}
	if inAddr == "" && r.Float64() < 0.03 {
		inAddr = oneOf(r, []string{"رشت", "منطقه ۴", "-", "ندارد"}, 0.4)
	}
	if w.op && r.Float64() < 0.7 {
		return g.operatorText(q, inText, w), inAddr
	}
	return g.citizenText(q, inText, w), inAddr
}

var greetings = []string{"سلام", "با سلام", "سلام خسته نباشید", "با سلام و احترام", "سلام وقت بخیر", "درود", "سلام علیکم", "سلام ببخشید",
	"با عرض سلام و خسته نباشید", "سلام آقا"}
var pleas = []string{"لطفا رسیدگی کنید", "خواهشمندیم پیگیری کنید", "ممنون میشم زودتر اقدام کنید", "تورو خدا یه کاری بکنید",
	"لطفا فورا رسیدگی شود", "با تشکر", "مرسی", "لطفا یکی رو بفرستید", "خواهشمند است دستور رسیدگی صادر فرمایید", "ممنون",
	"لطفا هر چه زودتر", "دستتون درد نکنه", "منتظریم", "لطفا پیگیری کنید ممنون"}
var complaints = []string{"چند بار زنگ زدیم کسی جواب نداد", "هیچکس پیگیری نمیکنه", "این همه عوارض میدیم", "شهرداری کجاست؟",
	"مسئولین کجان؟", "واقعا خسته شدیم", "هیچکس به فکر مردم نیست", "آخه تا کی؟"}
var followUps = []string{"پیگیری مجدد", "پیگیری مجدد:", "بار سوم است که تماس میگیرم", "بار دوم است که ثبت میکنم", "قبلا هم گزارش دادم ولی کسی نیومد",
	"هنوز رسیدگی نشده", "دوباره ثبت میکنم", "پیگیری درخواست قبلی", "چند بار گفتیم", "باز هم"}
var fillers = []string{"آقا ", "ببخشید ", "والا ", "یعنی ", "راستش ", ""}
var gilaki = []string{"چره کسی نایه؟", "خدا خیرتان بده", "ای بابا جان", "امی محله را فراموش کردید"}

func (g *gen) citizenText(q *req, place string, w *writer) string {
	r := g.r
	is := q.is
	if q.channel == "app" && r.Float64() < 0.07 {
		// a terse app text, the category and the pin carrying the rest
		terse := []string{"لطفا رسیدگی شود", "رسیدگی شود", "مشکل دارد", "پیگیری"}
		if len(is.k.short) > 1 && r.Float64() < 0.6 {
			// the terse forms; the first is a side remark («... هم ...»)
			return is.k.short[1+r.IntN(len(is.k.short)-1)]
		}
		return terse[r.IntN(len(terse))]
	}
	var parts []string
	if r.Float64() < 0.45 {
		parts = append(parts, greetings[r.IntN(len(greetings))])
	}
	if q.follow {
		parts = append(parts, g.followUp(q, false))
	}
	lead := place != "" && r.Float64() < 0.7
	if lead {
		parts = append(parts, oneOf(r, []string{place + "،", "در " + place, "ساکن " + place + " هستم،", "آدرس: " + place + " -", place + ":", "ما " + place + " هستیم"}, 0.35))
	}
	core := g.core(q)
	if w.gilaki && strings.Contains(core, "کوچه") && r.Float64() < 0.6 {
		core = strings.Replace(core, "کوچه", "امی کوچه", 1)
	}
	if r.Float64() < 0.25 {
		core = fillers[r.IntN(len(fillers))] + core
	}
	parts = append(parts, core)
	if r.Float64() < 0.4 && !hasTime(core) {
		parts = append(parts, g.since(q))
	}
	if len(is.k.impacts) > 0 && r.Float64() < 0.3 {
		parts = append(parts, is.k.impacts[r.IntN(len(is.k.impacts))])
	}
	if r.Float64() < 0.04 {
		if s := g.second(q); s != "" {
			parts = append(parts, s)
		}
	}
	if place != "" && !lead {
		parts = append(parts, oneOf(r, []string{"آدرس " + place, "(" + place + ")", "- " + place}, 0.5))
	}
	if r.Float64() < 0.1 {
		parts = append(parts, complaints[r.IntN(len(complaints))])
	}
	if w.gilaki {
		parts = append(parts, gilaki[r.IntN(len(gilaki))])
	}
	if r.Float64() < 0.6 {
		parts = append(parts, pleas[r.IntN(len(pleas))])
	}
	return g.sentence(parts)
}

// sentence joins clauses the way people type: commas, dots, or nothing.
func (g *gen) sentence(parts []string) string {
	s := g.joinClauses(parts, []string{"، ", ". ", " ", " - ", "، "})
	if g.r.Float64() < 0.3 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "؟") {
		s += oneOf(g.r, []string{".", "!", "!!", " 🙏"}, 0.6)
	}
	return s
}

var opCallers = []string{"شهروند", "تماس~گیرنده", "آقای {n}", "خانم {n}", "یکی از ساکنین", "شهروندی از ساکنین محل", "آقای {n} از اهالی"}
var opSurnames = []string{"رضایی", "محمدی", "حسینی", "قربانی", "پورحسن", "علیزاده", "کاظمی", "نوروزی", "رحمانی", "شفیعی", "خوشرو", "اسماعیلی"}
var opTails = []string{"درخواست رسیدگی دارند.", "لطفا بررسی شود.", "", "", "درخواست اعزام اکیپ دارند.", "مراتب جهت اقدام اعلام میگردد.", "رسیدگی گردد."}

// operatorText is the operator's summary: a noun phrase of the problem, or the caller's own
// words reported.
func (g *gen) operatorText(q *req, place string, w *writer) string {
	r := g.r
	is := q.is
	caller := strings.ReplaceAll(opCallers[r.IntN(len(opCallers))], "{n}", opSurnames[r.IntN(len(opSurnames))])
	at := ""
	if place != "" {
		at = oneOf(r, []string{" در ", " واقع در ", " - ", "، آدرس: "}, 0.5) + place
	}
	var body string
	if np, ok := g.opCore(q); ok {
		switch x := r.IntN(4); {
		case x < 2:
			body = np + at
		case strings.HasPrefix(np, "درخواست "):
			body = caller + " " + np + at + oneOf(r, []string{" دارند", " داشتند", " را دارند"}, 0.6)
		case x == 2:
			body = caller + " از " + np + at + oneOf(r, []string{" گلایه دارند", " شکایت دارند", " خبر دادند"}, 0.6)
		default:
			body = oneOf(r, []string{"گزارش ", "اعلام ", "درخواست رسیدگی به "}, 0.5) + np + at
		}
	} else {
		words := g.core(q)
		if at != "" && r.Float64() < 0.5 {
			body = caller + at + oneOf(r, []string{" اعلام کردند ", " میگویند ", ": "}, 0.5) + words
		} else {
			body = caller + oneOf(r, []string{" اعلام کردند ", " میگویند ", ": "}, 0.5) + words + at
		}
	}
	var parts []string
	if q.follow {
		parts = append(parts, g.followUp(q, true))
	}
	parts = append(parts, body)
	if r.Float64() < 0.3 && !hasTime(body) {
		parts = append(parts, g.since(q))
	}
	if r.Float64() < 0.03 {
		if s := g.second(q); s != "" {
			parts = append(parts, s)
		}
	}
	tails := opTails
	if is.k.scope == scopeSubject {
		tails = []string{"لطفا بررسی شود.", "", "", "جهت پاسخگویی ارجاع شد."}
	}
	if t := tails[r.IntN(len(tails))]; t != "" {
		parts = append(parts, t)
	}
	return g.joinClauses(parts, []string{"، ", ". ", " - "})
}

// opCore is the operator's noun phrase for the problem, when the operator uses one.
func (g *gen) opCore(q *req) (string, bool) {
	r := g.r
	is := q.is
	if r.Float64() < 0.3 {
		return "", false
	}
	s := is.k.ops[g.facet(is, len(is.k.ops))]
	if is.k.key == "excavation" && is.digger >= 0 && r.Float64() < 0.55 {
		name := diggers[is.digger].names[r.IntN(len(diggers[is.digger].names))]
		forms := []string{"عدم ترمیم محل حفاری " + name, "حفاری رها شده " + name + " در معبر", "رهاسازی ترانشه حفاری توسط " + name}
		s = forms[r.IntN(len(forms))]
	}
	return g.fill(s, is), true
}

// hasTime tells whether words already say how long the problem has been there.
func hasTime(s string) bool {
	for _, t := range []string{"روزه", "شبه", "دیروز", "دیشب", "صبح", "هفته", "ماهه", "ساله", "ساعت", "ماه~", "مدت"} {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// joinClauses joins clauses with one separator, except after a clause that already ends
// in a comma, a colon or a dash.
func (g *gen) joinClauses(parts []string, seps []string) string {
	sep := seps[g.r.IntN(len(seps))]
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			prev := parts[i-1]
			if strings.HasSuffix(prev, "،") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "-") ||
				strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "؟") || strings.HasSuffix(prev, "!") {
				b.WriteString(" ")
			} else {
				b.WriteString(sep)
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// core is the problem in the citizen's words, with its placeholders filled.
func (g *gen) core(q *req) string {
	r := g.r
	is := q.is
	s := is.k.cores[g.facet(is, len(is.k.cores))]
	if is.k.key == "excavation" && is.digger >= 0 && r.Float64() < 0.55 {
		d := diggers[is.digger]
		name := d.names[r.IntN(len(d.names))]
		forms := []string{name + " کوچه رو کنده و ترمیم نکرده", "بعد از " + name + " کوچه رو آسفالت نکردن", "حفاری " + name + " رها شده",
			name + " اومدن کندن و رفتن", "ترانشه " + name + " باز مونده"}
		s = forms[r.IntN(len(forms))]
	}
	return g.fill(s, is)
}

func (g *gen) fill(s string, is *issue) string {
	s = strings.ReplaceAll(s, "{subj}", is.subj)
	s = strings.ReplaceAll(s, "{pl}", g.num(is.plate))
	s = strings.ReplaceAll(s, "{h}", g.num(is.t0.Hour()))
	return s
}

func (g *gen) followUp(q *req, op bool) string {
	r := g.r
	first := q.is.reqs[0]
	if r.Float64() < 0.33 {
		code := first.id
		if q.seq > 1 && r.Float64() < 0.5 {
			code = q.is.reqs[r.IntN(q.seq)].id
		}
		if op {
			return oneOf(r, []string{"پیگیری درخواست شماره " + code, "پیرو درخواست " + code, "پیگیری کد " + code}, 0.5)
		}
		return oneOf(r, []string{"پیگیری درخواست " + code, "کد رهگیری " + code, "پیگیری مجدد کد " + code, "قبلا با کد " + code + " ثبت کردم"}, 0.4)
	}
	if op {
		return oneOf(r, []string{"پیگیری مجدد", "شهروند اعلام کرد قبلا نیز تماس گرفته است", "تماس مکرر", "پیگیری مجدد شهروند"}, 0.4)
	}
	return followUps[r.IntN(len(followUps))]
}

// since says how long the problem has been there, from the episode's start.
func (g *gen) since(q *req) string {
	r := g.r
	d := q.at.Sub(q.is.t0).Hours() / 24
	if q.is.k.durMin >= 5 {
		d += 3 + r.Float64()*60 // a slow problem was there before anyone called
	}
	switch {
	case d < 0.5:
		return oneOf(r, []string{"از امروز صبح", "از یکی دو ساعت پیش", "از دیشب", "همین الان"}, 0.3)
	case d < 2:
		return oneOf(r, []string{"از دیروز", "از دیشب", "از دیروز تا حالا"}, 0.4)
	case d < 7:
		n := int(d)
		return oneOf(r, []string{g.num(n) + " روزه", "چند روزه", "از " + g.num(n) + " روز پیش", cardinal(n) + " روزه"}, 0.35)
	case d < 30:
		n := max(1, int(d/7))
		return oneOf(r, []string{g.num(n) + " هفته~ست", "چند هفته~ست", "از " + cardinal(n) + " هفته پیش", "بیشتر از یه هفته~ست"}, 0.35)
	}
	n := max(1, int(d/30))
	return oneOf(r, []string{g.num(n) + " ماهه", "چند ماهه", "ماه~هاست", "از " + cardinal(n) + " ماه پیش", "خیلی وقته"}, 0.35)
}

// second is a side remark about another problem, a real one at the same alley if there is.
func (g *gen) second(q *req) string {
	r := g.r
	is := q.is
	for _, o := range g.byAlley[is.alley] {
		if o != is && o.k != is.k && len(o.k.short) > 0 && !q.at.Before(o.t0) && q.at.Before(o.t1) {
			return oneOf(r, []string{"ضمنا ", "یه مشکل دیگه هم هست: ", "در ضمن "}, 0.5) + o.k.short[0]
		}
	}
	var with []*kind
	for _, k := range kinds {
		if k != is.k && len(k.short) > 0 {
			with = append(with, k)
		}
	}
	k := with[r.IntN(len(with))]
	return oneOf(r, []string{"ضمنا ", "یه مشکل دیگه هم هست: ", "در ضمن "}, 0.5) + k.short[0]
}

var vague = []string{"سایر", "درخواست شهروندی", "شکایت", "پیشنهاد و انتقاد", "اطلاعات عمومی", "سایر موارد"}

// category is what the operator or the app put in the category: right, wrong, vague or empty.
func (g *gen) category(q *req) string {
	r := g.r
	k := q.is.k
	ws := []float64{0.60, 0.15, 0.12, 0.13}
	switch q.channel {
	case "app":
		ws = []float64{0.50, 0.22, 0.13, 0.15}
	case "phone":
		ws = []float64{0.68, 0.10, 0.12, 0.10}
	}
	switch pick(r, ws) {
	case 0:
		return oneOf(r, k.cats, 0.7)
	case 1:
		return k.wrong[r.IntN(len(k.wrong))]
	case 2:
		return vague[r.IntN(len(vague))]
	}
	return ""
}

// status is where the request stands at the end of the year.
func (g *gen) status(q *req) string {
	r := g.r
	left := yearEnd.Sub(q.at)
	fixed := q.is.t1.Before(yearEnd.Add(-3 * 24 * time.Hour))
	switch {
	case left < 5*24*time.Hour:
		return oneOf(r, []string{"new", "in_progress"}, 0.7)
	case !fixed:
		return oneOf(r, []string{"in_progress", "new"}, 0.85)
	case q.is.agency != municipality && r.Float64() < 0.5:
		return "referred"
	}
	return oneOf(r, []string{"done", "closed", "in_progress", "rejected"}, 0.75)
}

// finglishText is an app user's request in Latin letters.
func (g *gen) finglishText(q *req, p placeParts, lv int, w *writer) (text, addr string) {
	r := g.r
	is := q.is
	var place []string
	switch lv {
	case lvFull:
		place = []string{p.fst, p.fal}
		if r.Float64() < 0.4 {
			place = append([]string{p.fnb}, place...)
		}
	case lvAlley:
		place = []string{p.fal}
	case lvStreet:
		place = []string{p.fst}
	case lvLandmark, lvNb:
		place = []string{p.fnb}
	}
	var parts []string
	if r.Float64() < 0.6 {
		parts = append(parts, oneOf(r, []string{"salam", "slm", "salam khaste nabashid", "dorood"}, 0.5))
	}
	if q.follow {
		parts = append(parts, oneOf(r, []string{"peygiri mojadad", "bare sevome sabt mikonam", "hanooz residegi nashode"}, 0.5))
	}
	pl := strings.TrimSpace(strings.Join(place, " "))
	if pl != "" && r.Float64() < 0.6 {
		parts = append(parts, pl)
		pl = ""
	}
	core := is.k.fing[r.IntN(len(is.k.fing))]
	core = strings.ReplaceAll(core, "{subj}", subjFing(is))
	parts = append(parts, core)
	if pl != "" {
		addr = pl
	}
	if r.Float64() < 0.6 {
		parts = append(parts, oneOf(r, []string{"lotfan residegi konid", "lotfan peygiri konid", "mamnoon", "merci", "tnx"}, 0.4))
	}
	return strings.Join(parts, oneOf(r, []string{" ", ", ", ". "}, 0.5)), addr
}

// subjFing names a subject in Finglish: a bus line by its number, the rest by its kind.
func subjFing(is *issue) string {
	var digits []rune
	for _, c := range is.subj {
		if v := digitValue(c); v >= 0 {
			digits = append(digits, rune('0'+v))
		} else if len(digits) > 0 {
			break
		}
	}
	switch {
	case is.k.key == "bus" && len(digits) > 0:
		return "khat " + string(digits)
	case is.k.key == "bus":
		return "istgah"
	case is.k.key == "school":
		return "madrese"
	}
	return "avarez"
}

// facet picks one of n phrasings of a problem: mostly one of the two or three that fit this
// issue (an unpaved alley is not a pothole), sometimes any.
func (g *gen) facet(is *issue, n int) int {
	if n <= 3 || g.r.Float64() < 0.2 {
		return g.r.IntN(n)
	}
	// the issue's own facets, drawn from its seed so that every request agrees
	k := 2 + int(is.facets%2)
	return int((is.facets>>8 + uint64(g.r.IntN(k))*uint64(n/k+1)) % uint64(n))
}
