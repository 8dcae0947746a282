package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	tafkik "github.com/tafkik/tafkik"
)

// Channels of the 137 system, with their share of requests. Only the app (and sometimes the
// website) sends a location.
var channels = []struct {
	name     string
	share    float64
	location float64 // chance a request from this channel carries coordinates
}{
	{"اپلیکیشن", 0.58, 0.95},
	{"تلفن", 0.24, 0},
	{"وب‌سایت", 0.12, 0.4},
	{"پیامک", 0.06, 0},
}

// requestWriter renders one issue's requests, each as a different person would write it.
type requestWriter struct {
	rng *rand.Rand
	cat *catalog
	gr  *group
	// home is where the reporter of a place-less problem (a pension) lives.
	home  *place
	split string
	// sent are the requests so far: people resubmit the same text when nothing happens.
	sent []tafkik.Request
}

func newWriter(rng *rand.Rand, cat *catalog, gr *group, split string) *requestWriter {
	w := &requestWriter{rng: rng, cat: cat, gr: gr, split: split}
	if gr.level == levelNone {
		w.home = cat.random(rng, levelAlley)
	}
	return w
}

func (w *requestWriter) chance(p float64) bool { return w.rng.Float64() < p }

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// words picks a phrase from the half of the list the split allows: "a" the even-indexed
// phrases, "b" the odd ones, "" all. Tuning on one half and scoring on the other shows how
// much a grouper or rule set learnt the generator's words instead of the problem.
func (w *requestWriter) words(xs []string) string {
	switch {
	case w.split == "a" || (w.split == "b" && len(xs) < 2):
		return xs[2*w.rng.IntN((len(xs)+1)/2)]
	case w.split == "b":
		return xs[1+2*w.rng.IntN(len(xs)/2)]
	}
	return xs[w.rng.IntN(len(xs))]
}

// style is one writer's habits, fixed for one request.
type style struct {
	digits  int // 0 Persian, 1 Latin, 2 Arabic-Indic, 3 mixed per number
	zwnj    int // 0 keep, 1 join, 2 space, 3 add where missing
	arabic  bool
	typos   int
	stretch bool
	noMadda bool // writes ا for آ (اسفالت), common when typing fast
	tanween bool // writes لطفاً and کاملاً with the tanween
}

func (w *requestWriter) style() style {
	var s style
	switch u := w.rng.Float64(); {
	case u < 0.50:
		s.digits = 0
	case u < 0.82:
		s.digits = 1
	case u < 0.90:
		s.digits = 2
	default:
		s.digits = 3
	}
	switch u := w.rng.Float64(); {
	case u < 0.45:
		s.zwnj = 0
	case u < 0.70:
		s.zwnj = 1
	case u < 0.93:
		s.zwnj = 2
	default:
		s.zwnj = 3
	}
	s.arabic = w.chance(0.07)
	s.noMadda = w.chance(0.10)
	s.tanween = w.chance(0.20)
	if w.chance(0.14) {
		s.typos = 1 + w.rng.IntN(2)
	}
	s.stretch = w.chance(0.07)
	return s
}

func (w *requestWriter) request(at, end time.Time) tafkik.Request {
	gr := w.gr
	r := tafkik.Request{CreatedAt: at}
	u := w.rng.Float64()
	ch := channels[len(channels)-1]
	for _, c := range channels {
		if u < c.share {
			ch = c
			break
		}
		u -= c.share
	}
	r.Channel = ch.name
	if w.chance(ch.location) {
		r.Lat, r.Lon = w.coords()
		r.HasLocation = true
	}
	st := w.style()
	pl := gr.pl
	if w.home != nil {
		pl = w.home
	}

	// Where the place is written: the address field, the text, both, or (rarely) nowhere.
	var addr, inText string
	needPlaceInText, fromMap := false, false
	switch u := w.rng.Float64(); {
	case gr.level == levelNone:
		if w.chance(0.7) {
			addr = w.address(pl, levelAlley, gr)
		}
	case u < 0.13:
		needPlaceInText = w.chance(0.85)
	case u < 0.27:
		addr = w.vagueAddress(pl)
		needPlaceInText = w.chance(0.6)
	case ch.name == "اپلیکیشن" && r.HasLocation && u < 0.40:
		// The app fills the address from the pin on the map: the street, or the alley nearest
		// the pin, which with GPS noise is sometimes the neighbouring one.
		addr, fromMap = w.mapAddress(r.Lat, r.Lon), true
		needPlaceInText = w.chance(0.5)
	default:
		addr = w.address(pl, gr.level, gr)
	}
	if needPlaceInText {
		inText = w.address(pl, gr.level, gr)
	}

	if len(w.sent) > 0 && w.chance(0.06) {
		// The same person (or a neighbour forwarding the message) sends the same words again.
		prev := w.sent[w.rng.IntN(len(w.sent))]
		r.Text, r.Address = prev.Text, prev.Address
		r.Category = w.category()
		r.Status = w.status(at, end)
		w.sent = append(w.sent, r)
		return r
	}
	text := w.text(r.Channel, inText, needPlaceInText, addr)
	if strings.HasPrefix(text, "\x00") { // Finglish: no Persian noise
		text = text[1:]
		r.Text = text
	} else {
		r.Text = w.noise(text, st, true)
	}
	r.Address = w.noise(addr, st, false)
	if fromMap {
		r.Address = toPersianDigits(addr) // typed by the app, not by the citizen
	}
	r.Category = w.category()
	r.Status = w.status(at, end)
	w.sent = append(w.sent, r)
	return r
}

// coords returns the place's position with 20-150 m of GPS and pin-drop noise; a street-wide
// issue is reported from anywhere along a few hundred metres of the street.
func (w *requestWriter) coords() (float64, float64) {
	pl := w.gr.pl
	if w.home != nil {
		pl = w.home
	}
	d := 20 + w.rng.Float64()*130
	a := w.rng.Float64() * 2 * math.Pi
	if w.gr.anchor != nil {
		pl = w.gr.anchor // a stretch of street: reported from along it
		d += w.rng.Float64() * 80
	}
	lat := pl.lat + d*math.Sin(a)/111000
	lon := pl.lon + d*math.Cos(a)/88500
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

func (w *requestWriter) areaName(a *area) string {
	if len(a.variants) > 0 && w.chance(0.25) {
		return pick(w.rng, a.variants)
	}
	return a.name
}

// streetPart names the street, and whether it is a bare number (Golsar's streets).
func (w *requestWriter) streetPart(pl *place) (string, int) {
	if pl.street < 0 {
		a := pl.area
		name := w.areaName(a)
		switch a.kind {
		case "street":
			return w.weighted([]string{"خیابان " + name, "خ " + name, "خ." + name, name, "خیابون " + name}, []float64{55, 12, 3, 25, 5}), 0
		case "blvd":
			return w.weighted([]string{"بلوار " + name, "بولوار " + name, "بلوار " + name, name}, []float64{60, 10, 10, 20}), 0
		case "square":
			return name, 0
		}
		return "", 0
	}
	s := pl.area.streets[pl.street]
	if s.num > 0 {
		n := fmt.Sprint(s.num)
		return w.weighted([]string{"خیابان " + n, "خ " + n, "خ." + n, n, "خیابون " + n, "خیابان شماره " + n}, []float64{50, 15, 5, 15, 8, 7}), s.num
	}
	return w.weighted([]string{"بلوار " + s.name, "بولوار " + s.name, s.name}, []float64{70, 10, 20}), 0
}

func (w *requestWriter) hoodPart(pl *place) string {
	if pl.area.kind == "hood" {
		return w.areaName(pl.area)
	}
	return ""
}

func (w *requestWriter) alleyPart(pl *place) string {
	n := pl.alley
	num := fmt.Sprint(n)
	var s string
	if pl.alleyName != "" && w.chance(0.8) {
		s = w.weighted([]string{"کوچه " + pl.alleyName, "کوچه " + num + " " + pl.alleyName, "کوچه " + pl.alleyName + " (" + num + ")"}, []float64{60, 25, 15})
	} else {
		forms := []string{"کوچه " + num, "ک " + num, "ک." + num, "کوچه‌ی " + num, "کوچه شماره " + num, "کوچه " + num + "م", "کوچه " + num + " ام"}
		weights := []float64{45, 12, 4, 5, 8, 4, 2}
		if n < len(ordinals) {
			forms = append(forms, "کوچه "+ordinals[n])
			weights = append(weights, 18)
		}
		if n < len(cardinals) {
			forms = append(forms, "کوچه "+cardinals[n])
			weights = append(weights, 3)
		}
		s = w.weighted(forms, weights)
	}
	if pl.deadEnd > 0 {
		d := fmt.Sprint(pl.deadEnd)
		s += " " + w.weighted([]string{"بن‌بست " + d, "بن بست " + ordinals[pl.deadEnd], "بنبست " + d, "بن‌بست " + ordinals[pl.deadEnd]}, []float64{40, 25, 15, 20})
	}
	return s
}

func (w *requestWriter) weighted(xs []string, ws []float64) string {
	sum := 0.0
	for _, x := range ws {
		sum += x
	}
	u := w.rng.Float64() * sum
	for i, x := range ws {
		if u < x {
			return xs[i]
		}
		u -= x
	}
	return xs[len(xs)-1]
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// address writes a place fully, in one of the many ways people do.
func (w *requestWriter) address(pl *place, level int, gr *group) string {
	h := w.hoodPart(pl)
	s, num := w.streetPart(pl)
	plate := ""
	if gr.plate > 0 && w.chance(0.6) {
		plate = w.weighted([]string{"پلاک " + fmt.Sprint(gr.plate), "پ " + fmt.Sprint(gr.plate), "پلاک" + fmt.Sprint(gr.plate)}, []float64{75, 15, 10})
	}
	city := ""
	if w.chance(0.12) {
		city = "رشت"
	}
	if w.chance(0.02) {
		// Rasht postal codes start with 41.
		plate = joinNonEmpty("، ", plate, fmt.Sprintf("کد پستی 41%08d", w.rng.IntN(100000000)))
	}
	lm := pl.landmark
	switch level {
	case levelStreet:
		extra := ""
		if an := gr.anchor; an != nil {
			a := an.alley
			switch u := w.rng.Float64(); {
			case u < 0.15 && an.landmark != "":
				extra = an.landmark
			case u < 0.30:
				extra = fmt.Sprintf("حد فاصل کوچه %d و %d", a, a+2)
			case u < 0.48:
				extra = "نبش کوچه " + fmt.Sprint(a)
			case u < 0.53:
				extra = "روبروی کوچه " + fmt.Sprint(a)
			}
		}
		if extra == "" && s == "" {
			s = "خیابان اصلی"
		}
		return joinNonEmpty("، ", city, h, s, extra, plate)
	case levelPark:
		pk := w.weighted([]string{"پارک", "پارک محله", "بوستان", "پارک کنار خیابان"}, []float64{40, 25, 20, 15})
		if w.chance(0.5) {
			return joinNonEmpty("، ", city, h, s, pk)
		}
		return joinNonEmpty(" ", pk, h, s)
	}
	a := w.alleyPart(pl)
	if lm == "" || !w.chance(0.15) {
		lm = ""
	}
	switch u := w.rng.Float64(); {
	case u < 0.45:
		return joinNonEmpty("، ", city, h, s, a, plate, lm)
	case u < 0.58:
		return joinNonEmpty(" ", h, s, a, plate)
	case u < 0.70 && num > 0:
		// «کوچه دوازدهم ۱۲۴ گلسار»: alley first, street as a bare number.
		return joinNonEmpty(" ", a, fmt.Sprint(num), h)
	case u < 0.78 && num > 0:
		// «گلسار 124 ک 12»
		return joinNonEmpty(" ", h, fmt.Sprint(num), "ک "+fmt.Sprint(pl.alley), plate)
	case u < 0.86:
		return joinNonEmpty("، ", s, a, plate, lm)
	case u < 0.92:
		return joinNonEmpty(" - ", h, s, a)
	default:
		if s != "" {
			return joinNonEmpty("، ", h, s, "نبش "+a)
		}
		return joinNonEmpty("، ", h, "نبش "+a)
	}
}

// mapAddress is the app's reverse geocoding of a pin, in its one fixed style.
func (w *requestWriter) mapAddress(lat, lon float64) string {
	pl := w.cat.nearest(lat, lon)
	parts := []string{"رشت"}
	if pl.area.kind == "hood" {
		parts = append(parts, pl.area.name)
	}
	switch {
	case pl.street >= 0 && pl.area.streets[pl.street].num > 0:
		parts = append(parts, fmt.Sprintf("خیابان %d", pl.area.streets[pl.street].num))
	case pl.street >= 0:
		parts = append(parts, "بلوار "+pl.area.streets[pl.street].name)
	case pl.area.kind == "street":
		parts = append(parts, "خیابان "+pl.area.name)
	case pl.area.kind == "blvd":
		parts = append(parts, "بلوار "+pl.area.name)
	case pl.area.kind == "square":
		parts = append(parts, pl.area.name)
	}
	if w.chance(0.5) {
		parts = append(parts, fmt.Sprintf("کوچه %d", pl.alley))
	}
	return strings.Join(parts, "، ")
}

// vagueAddress gives only the neighbourhood or street: the alley is missing.
func (w *requestWriter) vagueAddress(pl *place) string {
	h := w.hoodPart(pl)
	s, _ := w.streetPart(pl)
	switch u := w.rng.Float64(); {
	case u < 0.35 && s != "":
		return joinNonEmpty("، ", "رشت", h, s)
	case u < 0.6 && h != "":
		return h
	case u < 0.75 && s != "":
		return "حوالی " + s
	case u < 0.85 && h != "":
		return "محدوده " + h
	}
	return joinNonEmpty("، ", h, s)
}

var openers = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "با عرض سلام و خسته نباشید",
	"سلام ببخشید", "باسلام", "سلام وقتتون بخیر", "با سلام", "احتراما"}

var closers = []string{"لطفا رسیدگی کنید", "لطفا پیگیری کنید", "ممنون میشم رسیدگی کنید", "چرا کسی جواب نمیده!!!",
	"تا کی باید صبر کنیم؟", "خواهشمند است دستور پیگیری صادر فرمایید", "با تشکر", "مرسی", "سه بار زنگ زدم هیچ اقدامی نشده",
	"مسئولین کجان؟", "لطفا سریعتر اقدام کنید", "پیشاپیش از زحمات شما سپاسگزارم", "رسیدگی نشه دوباره زنگ میزنم",
	"خیلی ممنون", "عاجزانه تقاضای رسیدگی داریم"}

var durations = []string{"از هفته پیش", "دو هفته است", "چند ماهه", "از دیروز", "سه روزه", "یک ماهه", "از اول هفته", "مدتیه"}

var impacts = []string{"رفت و آمد برای اهالی سخت شده", "سالمندان و بچه‌ها خیلی اذیت میشن", "اهالی کلافه شدن",
	"این وضع شایسته شهر رشت نیست", "واقعا زندگی رو سخت کرده", "هر روز بدتر میشه", "مهمونامون هم اعتراض میکنن",
	"مستاجرها دارن از این کوچه میرن", "خطرناکه و ممکنه اتفاق بدی بیفته"}

var histories = []string{"چندین بار با 137 تماس گرفتیم", "هفته پیش هم ثبت کردم ولی اقدامی نشد", "مامور اومد نگاه کرد و رفت",
	"به شهرداری منطقه هم مراجعه کردم", "همسایه‌ها هم جداگانه گزارش دادن", "پارسال هم همین مشکل بود",
	"گفتن پیگیری میکنیم ولی خبری نشد", "کد رهگیری قبلی رو گم کردم"}

var nearMentions = []string{"کوچه ما", "این کوچه", "کوچه‌مون", "سر کوچه", "محله ما"}

// text writes what the citizen (or the operator) said. A leading NUL marks Finglish, which the
// Persian noise must not touch.
func (w *requestWriter) text(channel, place string, needPlace bool, addr string) string {
	p := w.gr.prob
	operator := 0.04
	if channel == "تلفن" {
		operator = 0.40
	}
	switch u := w.rng.Float64(); {
	case len(p.finglish) > 0 && u < 0.025 && w.gr.level != levelNone:
		loc := ""
		if needPlace || w.chance(0.5) {
			loc = w.finglishPlace() + " "
		}
		t := loc + w.words(p.finglish)
		if w.chance(0.4) {
			t = "salam " + t
		}
		if w.chance(0.3) {
			t += " lotfan residegi konid"
		}
		return "\x00" + t
	case u < 0.025+operator:
		loc := place
		if loc == "" {
			loc = addr
		}
		f := p.formal
		if loc == "" {
			return w.weighted([]string{"درخواست رسیدگی به " + f, "شهروند خواستار " + f + " است", f}, []float64{50, 30, 20})
		}
		return w.weighted([]string{
			"درخواست رسیدگی به " + f + " در " + loc,
			"شهروند از " + f + " در محدوده " + loc + " شکایت دارد",
			f + " - " + loc,
			"گزارش شهروند: " + f + "، " + loc + ". پیگیری شود.",
			"تماس‌گیرنده اعلام کرد " + w.words(p.phrases) + ". آدرس: " + loc,
		}, []float64{30, 20, 20, 15, 15})
	case len(p.generic) > 0 && u < 0.10+operator && !needPlace:
		return w.words(p.generic)
	}
	var parts []string
	if w.chance(0.55) {
		parts = append(parts, w.words(openers))
	}
	core := w.words(p.phrases)
	switch {
	case place != "":
		parts = append(parts, w.weighted([]string{place, "در " + place, "تو " + place, "ساکن " + place + " هستم"}, []float64{35, 35, 15, 15}))
	case w.gr.level != levelNone && w.chance(0.2):
		parts = append(parts, pick(w.rng, nearMentions))
	}
	if w.chance(0.2) {
		core = w.words(durations) + " " + core
	}
	parts = append(parts, core)
	if len(p.extras) > 0 && w.chance(0.25) {
		parts = append(parts, w.words(p.extras))
	}
	if w.chance(0.12) {
		// What it costs the residents and what they already tried: words that name no problem.
		parts = append(parts, w.words(impacts))
	}
	if w.chance(0.10) {
		parts = append(parts, w.words(histories))
	}
	if w.chance(0.02) {
		// A second complaint in passing; the request is still about the first.
		other := &problems[w.rng.IntN(len(problems))]
		if other != p && other.levels[0] != levelNone {
			parts = append(parts, "ضمنا "+w.words(other.phrases))
		}
	}
	if w.chance(0.6) {
		parts = append(parts, w.words(closers))
	}
	if w.chance(0.03) {
		// A phone number to call back, a digit run that names no alley or plate.
		parts = append(parts, fmt.Sprintf("شماره تماس 0911%07d", w.rng.IntN(10000000)))
	}
	sep := w.weighted([]string{" ", "، ", ". ", "\n", "... "}, []float64{45, 30, 18, 5, 2})
	t := strings.Join(parts, sep)
	if channel == "اپلیکیشن" && w.chance(0.04) {
		t += " " + pick(w.rng, []string{"🙏", "😡", "🙏🙏", "😞", "⛔"})
	}
	return t
}

func (w *requestWriter) finglishPlace() string {
	pl := w.gr.pl
	var parts []string
	if pl.area.kind == "hood" {
		parts = append(parts, pl.area.finglish)
	}
	if pl.street >= 0 {
		s := pl.area.streets[pl.street]
		if s.num > 0 {
			parts = append(parts, w.weighted([]string{"khiaban " + fmt.Sprint(s.num), fmt.Sprint(s.num), "kh " + fmt.Sprint(s.num)}, []float64{40, 40, 20}))
		} else {
			parts = append(parts, "bolvar "+s.fing)
		}
	} else if pl.area.kind == "street" {
		parts = append(parts, w.weighted([]string{"khiaban ", ""}, []float64{50, 50})+pl.area.finglish)
	} else if pl.area.kind == "blvd" {
		parts = append(parts, w.weighted([]string{"bolvar ", ""}, []float64{50, 50})+pl.area.finglish)
	} else if pl.area.kind != "hood" {
		parts = append(parts, pl.area.finglish)
	}
	if pl.alley > 0 {
		if pl.alleyName != "" {
			parts = append(parts, "kooche "+alleyNamesFinglish[pl.alleyName])
		} else {
			parts = append(parts, w.weighted([]string{"kooche ", "k ", "koocheye "}, []float64{60, 25, 15})+fmt.Sprint(pl.alley))
		}
	}
	if w.chance(0.4) {
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
	}
	return strings.Join(parts, " ")
}

// category is the operator's (or the app user's) choice of موضوع: usually right, sometimes
// wrong, sometimes vague.
func (w *requestWriter) category() string {
	p := w.gr.prob
	switch u := w.rng.Float64(); {
	case u < 0.76:
		return pick(w.rng, p.cats)
	case u < 0.88 && len(p.wrongCats) > 0:
		return pick(w.rng, p.wrongCats)
	case u < 0.98:
		return pick(w.rng, vagueCats)
	}
	return ""
}

// status: most requests are new; older ones have moved on, and some outside ones were referred.
func (w *requestWriter) status(at, end time.Time) tafkik.Status {
	age := end.Sub(at).Hours() / 24
	pNew := 0.95
	switch {
	case age > 90:
		pNew = 0.6
	case age > 21:
		pNew = 0.78
	}
	if w.chance(pNew) {
		return tafkik.StatusNew
	}
	if w.gr.prob.agency.Outside() && w.chance(0.4) {
		return tafkik.StatusReferred
	}
	return tafkik.Status(w.weighted([]string{"reviewing", "assigned", "in_progress", "resolved", "rejected"}, []float64{25, 20, 15, 35, 5}))
}
