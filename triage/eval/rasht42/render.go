package rasht42

import (
	"math"
	"strings"
	"time"
)

// writer is who wrote a request down: the caller through an operator, the caller in the
// app or on the web, or a clerk at the counter.
type writer struct {
	channel  string
	operator bool
	finglish bool
	gilaki   bool
	ns       noiseStyle
}

// pending is a request before it has its id.
type pending struct {
	is       *issue
	idx      int
	at       time.Time
	text     string
	address  string
	category string
	channel  string
	status   string
	lat, lon *float64
	ref      int // the request of the same issue whose tracking code the text cites, or -1
	digits   int
}

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func (g *gen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *gen) writerFor() *writer {
	wr := &writer{}
	switch x := g.rng.Float64(); {
	case x < .5:
		wr.channel = "phone"
		wr.operator = g.chance(.55)
	case x < .85:
		wr.channel = "app"
		wr.finglish = g.chance(.045)
	case x < .93:
		wr.channel = "web"
		wr.finglish = g.chance(.02)
	default:
		wr.channel = "in_person"
		wr.operator = g.chance(.8)
	}
	wr.gilaki = !wr.operator && !wr.finglish && g.chance(.07)
	wr.ns = g.noiseFor(wr)
	if wr.finglish {
		wr.ns.digits = digLatin
	}
	return wr
}

var greetings = []string{"سلام", "با سلام", "با سلام و احترام", "سلام خسته نباشید", "سلام وقت بخیر", "سلام و عرض ادب", "درود"}
var asks = []string{"لطفا رسیدگی کنید", "خواهشمندم پیگیری فرمایید", "تو رو خدا یه کاری بکنید", "لطفا هر چه سریع_تر اقدام کنید",
	"ممنون میشم رسیدگی کنید", "لطفا رسیدگی شود", "خواهشمند است دستور رسیدگی صادر فرمایید", "کسی نیست جواب بده؟", "لطفا یک نفر را بفرستید",
	"از مسئولین محترم خواهشمندم رسیدگی کنند", "مسئول این کار کیست؟"}
var thanks = []string{"با تشکر", "ممنون", "سپاس", "با تشکر فراوان", "ممنونم", "خدا قوت"}
var fillers = []string{"والا", "آقا", "به خدا", "خسته شدیم", "دیگه", "متاسفانه", "واقعا"}
var gilakiBits = []string{"چره هیچکس جواب نده؟", "ایتا فکری بوکونید", "امی محله را فراموش کردید", "خیلی وخته همینه"}
var opAsks = []string{"درخواست رسیدگی دارد", "خواستار رسیدگی فوری است", "لطفا پیگیری شود", "درخواست اعزام اکیپ دارد", "تقاضای بازدید دارد"}

// since says how long the problem has been there, as a caller would.
func (g *gen) since(d time.Duration, lasting bool) string {
	switch {
	case lasting && g.chance(.3):
		return g.pick([]string{"مدت_هاست", "چند ماه است", "از پارسال", "خیلی وقت است"})
	case d < 3*time.Hour:
		return g.pick([]string{"از یک ساعت پیش", "از همین الان", "همین الان"})
	case d < 24*time.Hour:
		return g.pick([]string{"از صبح", "از دیشب", "از چند ساعت پیش"})
	case d < 7*24*time.Hour:
		return g.pick([]string{"چند روز است", "از " + itoa(int(d.Hours()/24)+1) + " روز پیش", "از اول هفته"})
	case d < 45*24*time.Hour:
		return g.pick([]string{itoa(int(d.Hours()/24)) + " روز است", "از هفته پیش", "چند هفته است", "بیش از دو هفته است"})
	}
	return g.pick([]string{itoa(int(d.Hours()/24/30)) + " ماه است", "چند ماه است", "ماه_هاست"})
}

// core is the sentence that says what is wrong, with the place put in.
func (g *gen) core(is *issue, place string) string {
	cores := is.k.cores
	if is.k.id == "food" {
		var c []string
		for _, s := range cores {
			if strings.Contains(s, "نان") == (is.site.mark.kind == "bakery") {
				c = append(c, s)
			}
		}
		if len(c) > 0 {
			cores = c
		}
	}
	return strings.ReplaceAll(g.pick(cores), "{P}", place)
}

func (g *gen) sep() string {
	return g.choose(wopt{"، ", 40, true}, wopt{". ", 30, true}, wopt{" ", 15, true}, wopt{"... ", 8, true}, wopt{" - ", 4, true}, wopt{"\n", 3, true})
}

// request writes request j of an issue.
func (g *gen) request(is *issue, j int, at time.Time, followUps *int) pending {
	wr := g.writerFor()
	k := is.k
	p := pending{is: is, idx: j, at: at, channel: wr.channel, ref: -1, digits: wr.ns.digits}
	var home *alley
	if is.site.kind == stArea {
		home = is.site.st.alleys[g.rng.IntN(len(is.site.st.alleys))]
	}
	plate := is.site.plate
	if plate == 0 && g.chance(.25) && (is.site.kind == stAlley || is.site.kind == stDeadEnd || is.site.kind == stArea) {
		plate = 1 + g.rng.IntN(80) // the caller's house
	}
	elapsed := at.Sub(is.start)
	lasting := k.minH >= 24*3
	followUp := j > 0 && elapsed > 6*time.Hour && g.chance(math.Min(.55, .12+elapsed.Hours()/24/60))
	if j > 0 && !followUp && g.chance(.05) {
		followUp = true
	}

	// where the place is written: both, address only, text only, or nowhere
	mode := g.choose(wopt{"both", 27, true}, wopt{"addr", 33, true}, wopt{"text", 29, true}, wopt{"none", 8, true}, wopt{"partial", 10, true})
	if followUp && g.chance(.3) {
		mode = g.choose(wopt{"addr", 50, true}, wopt{"none", 30, true}, wopt{"partial", 20, true})
	}
	placeInText := mode == "both" || mode == "text"
	var placeStr string
	switch {
	case wr.finglish:
		if placeInText || mode == "partial" {
			placeStr = g.fing(is.site, home, plate)
		} else {
			placeStr = g.choose(wopt{"kooche ma", 1, true}, wopt{"mahale ma", 1, true})
		}
	case placeInText:
		placeStr = g.inText(is.site, home, plate, wr)
	default:
		placeStr = g.generic(is.site, is.site.mark, wr)
	}
	switch mode {
	case "both", "addr":
		if g.chance(.8) {
			p.address = g.full(is.site, home, plate, wr)
		} else {
			p.address = g.partial(is.site, home, wr)
		}
	case "partial":
		p.address = g.partial(is.site, home, wr)
	case "text":
		if g.chance(.3) {
			p.address = g.partial(is.site, home, wr)
		}
	}
	if wr.finglish && p.address != "" && g.chance(.5) {
		p.address = ""
	}

	var text string
	switch {
	case wr.finglish:
		text = g.fingText(is, placeStr, followUp)
	case followUp:
		text = g.followUpText(is, placeStr, wr, followUps, &p)
	case g.chance(.025):
		text = g.pick([]string{"لطفا به وضعیت " + placeStr + " رسیدگی شود", "مشکل " + placeStr + " هنوز حل نشده",
			"کسی جواب نمی_دهد، مشکل " + placeStr + " چه شد؟", "درخواست بازدید از " + placeStr})
	case wr.operator:
		text = g.operatorText(is, placeStr, wr)
	default:
		text = g.citizenText(is, placeStr, elapsed, lasting, wr)
	}
	// a second problem named in passing
	if !wr.finglish && g.chance(.04) {
		o := kinds[g.rng.IntN(len(kinds))]
		if o != k {
			text += g.pick([]string{"، ضمنا ", ". ضمنا ", ". در ضمن ", "، راستی "}) + o.aside
		}
	}
	p.text = g.noisy(text, wr.ns, true)
	p.address = g.noisy(p.address, noiseStyle{yk: wr.ns.yk, zwnj: wr.ns.zwnj, digits: wr.ns.digits, hamza: wr.ns.hamza}, false)
	if wr.channel == "app" && p.address == "" && g.chance(.35) {
		// the app fills the address from the pin: street level, sometimes the street next door
		p.address = g.noisy(g.appAddress(is, home), noiseStyle{}, false)
	}
	p.category = g.category(k, wr)
	p.lat, p.lon = g.coords(is, home, wr)
	p.status = g.status(is, at)
	return p
}

func (g *gen) citizenText(is *issue, place string, elapsed time.Duration, lasting bool, wr *writer) string {
	var parts []string
	if g.chance(.6) {
		parts = append(parts, g.pick(greetings))
	}
	if g.chance(.12) {
		parts = append(parts, g.pick(fillers))
	}
	core := g.core(is, place)
	if g.chance(.4) && !saysWhen(core) {
		if lasting && elapsed < 3*24*time.Hour {
			elapsed = 3 * 24 * time.Hour
		}
		core = g.since(elapsed, lasting) + " " + core
	}
	parts = append(parts, core)
	if len(is.k.cons) > 0 && g.chance(.35) {
		parts = append(parts, g.pick(is.k.cons))
	}
	if wr.gilaki {
		parts = append(parts, g.pick(gilakiBits))
	}
	if g.chance(.65) {
		parts = append(parts, g.pick(asks))
	}
	if g.chance(.35) {
		parts = append(parts, g.pick(thanks))
	}
	return g.join(parts)
}

func (g *gen) join(parts []string) string {
	var b strings.Builder
	for i, s := range parts {
		if i > 0 {
			b.WriteString(g.sep())
		}
		b.WriteString(s)
	}
	return b.String()
}

func (g *gen) operatorText(is *issue, place string, wr *writer) string {
	core := g.core(is, place)
	came, who := "تماس گرفته", "تماس_گیرنده"
	if wr.channel == "in_person" {
		came, who = "مراجعه کرده", "مراجعه_کننده"
	}
	switch g.rng.IntN(5) {
	case 0, 1:
		return "شهروند " + came + " و اعلام می_کند " + core + ". " + g.pick(opAsks)
	case 2:
		return who + " از " + is.k.noun + " در " + place + " شکایت دارد. " + core + ". " + g.pick(opAsks)
	case 3:
		if wr.channel == "in_person" {
			return "احتراما به استحضار می_رساند " + core + ". خواهشمند است دستور فرمایید اقدام لازم صورت گیرد"
		}
		return "گزارش شهروند: " + core
	}
	return core + ". " + g.pick(opAsks)
}

func (g *gen) followUpText(is *issue, place string, wr *writer, n *int, p *pending) string {
	*n++
	nth := []string{"دوم", "سوم", "چهارم", "پنجم"}[min(*n+g.rng.IntN(2), 4)-1]
	core := g.core(is, place)
	ref := ""
	if p.idx > 0 && g.chance(.35) {
		p.ref = g.rng.IntN(p.idx)
		ref = "{REF}"
	}
	came, calls := "تماس گرفته", "تماس می_گیرم"
	switch wr.channel {
	case "in_person":
		came, calls = "مراجعه کرده", "مراجعه می_کنم"
	case "app", "web":
		calls = "ثبت می_کنم"
	}
	if wr.operator {
		s := "شهروند جهت پیگیری درخواست قبلی (" + is.k.noun + ") " + came + " و اعلام می_دارد هنوز اقدامی نشده است"
		if ref != "" {
			s += "، کد رهگیری قبلی " + ref
		}
		if g.chance(.5) {
			s += ". " + core
		}
		return s
	}
	var s string
	switch g.rng.IntN(6) {
	case 0, 1:
		s = "پیگیری مجدد: " + core
	case 2:
		s = "پیگیری مجدد درخواست قبلی در مورد " + is.k.noun + " " + place + "، هنوز هیچ اقدامی نشده"
	case 3:
		s = "بار " + nth + " است که " + calls + "، " + core
	case 4:
		s = "چرا به درخواست من رسیدگی نمی_کنید؟ " + core
	default:
		s = "قبلا ثبت کردم ولی رسیدگی نشده. " + core
	}
	if ref != "" {
		s += g.pick([]string{" (کد رهگیری " + ref + ")", ". کد پیگیری قبلی: " + ref, "، شماره درخواست قبلی " + ref})
	}
	if g.chance(.4) {
		s = g.pick(greetings) + g.sep() + s
	}
	if g.chance(.3) {
		s += g.sep() + g.pick(asks)
	}
	return s
}

func (g *gen) fingText(is *issue, place string, followUp bool) string {
	var core string
	if len(is.k.fing) > 0 {
		core = strings.ReplaceAll(g.pick(is.k.fing), "{P}", place)
	} else {
		core = "moshkel " + place + " hal nashode"
	}
	var parts []string
	if g.chance(.7) {
		parts = append(parts, g.pick([]string{"salam", "slm", "salam khaste nabashid", "salam vaght bekheir"}))
	}
	if followUp {
		parts = append(parts, g.pick([]string{"peygiri mojadad", "bare sevome ke sabt mikonam", "ghablan ham goftam"}))
	}
	parts = append(parts, core)
	if g.chance(.6) {
		parts = append(parts, g.pick([]string{"lotfan residegi konid", "lotfan peygiri konid", "mamnoon", "tnx", "merci"}))
	}
	return strings.Join(parts, g.pick([]string{", ", " ", ". "}))
}

// appAddress is the street the app's map puts under the pin.
func (g *gen) appAddress(is *issue, home *alley) string {
	var st *street
	switch {
	case home != nil:
		st = home.street
	case is.site.al != nil:
		st = is.site.al.street
	case is.site.de != nil:
		st = is.site.de.alley.street
	case is.site.mark != nil && is.site.mark.street != nil:
		st = is.site.mark.street
	}
	h := is.site.hood()
	if st == nil {
		return "گیلان، رشت، " + h.name
	}
	if g.chance(.15) {
		// the pin fell on the next street
		ss := st.hood.streets
		for i, x := range ss {
			if x == st {
				st = ss[(i+1)%len(ss)]
				break
			}
		}
	}
	name := st.kind + " " + st.name
	if st.num > 0 {
		name = "خیابان " + itoa(st.num)
	}
	return "گیلان، رشت، " + st.hood.name + "، " + name
}

func (g *gen) category(k *kind, wr *writer) string {
	var c string
	switch x := g.rng.Float64(); {
	case x < .6:
		c = g.pick(k.cats)
	case x < .74:
		c = g.pick(vagueCats)
	case x < .86:
		c = ""
	default:
		o := kinds[g.rng.IntN(len(kinds))]
		c = g.pick(o.cats)
	}
	return strings.ReplaceAll(c, "_", "\u200c")
}

// coords is the pin, 20–150 m off the real spot, for those who give one.
func (g *gen) coords(is *issue, home *alley, wr *writer) (*float64, *float64) {
	p := map[string]float64{"app": .8, "web": .3, "phone": .05, "in_person": .1}[wr.channel]
	if !g.chance(p) {
		return nil, nil
	}
	lat, lon := is.site.spot()
	if home != nil {
		lat, lon = home.lat, home.lon
	}
	d := 20 + g.rng.Float64()*130
	a := g.rng.Float64() * 2 * math.Pi
	lat, lon = move(lat, lon, d*math.Cos(a), d*math.Sin(a))
	lat = math.Round(lat*1e6) / 1e6
	lon = math.Round(lon*1e6) / 1e6
	return &lat, &lon
}

// status is where the request stood when the year was exported.
func (g *gen) status(is *issue, at time.Time) string {
	recent := yearEnd.Sub(at) < 4*24*time.Hour
	if is.k.agency != municipality {
		switch x := g.rng.Float64(); {
		case recent && x < .7:
			return "new"
		case x < .84:
			return "referred"
		case x < .9:
			return "rejected"
		case x < .95:
			return "resolved"
		}
		return "reviewing"
	}
	if is.resolved {
		switch x := g.rng.Float64(); {
		case x < .8:
			return "resolved"
		case x < .88:
			return "rejected"
		case x < .9:
			return "referred"
		}
		return "reviewing"
	}
	if recent && g.chance(.7) {
		return "new"
	}
	return g.pick([]string{"assigned", "in_progress", "reviewing", "in_progress", "assigned", "new"})
}

// saysWhen tells a sentence that already says since when.
func saysWhen(s string) bool {
	for _, w := range []string{"روز", "هفته", "ساعت", "صبح", "دیشب", "ماه", "سال", "شب", "دوباره"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
