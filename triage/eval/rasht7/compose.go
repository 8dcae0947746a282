package rasht7

import (
	"math"
	"strings"
	"time"

	"github.com/jalaali/go-jalaali"
)

// Where the place shows in a request.
const (
	showBoth     = iota // in the text and the address field
	showAddress         // only the address field; the text says «کوچه ما»
	showText            // only in the text
	showNowhere         // neither; at most the coordinates tell
	showHomeAddr        // the address is the caller's home, the text names the problem's place
)

var showNames = []string{"both", "address", "text", "nowhere", "home-address"}

func (g *gen) showMode() int {
	switch r := g.rng.Float64(); {
	case r < 0.30:
		return showBoth
	case r < 0.60:
		return showAddress
	case r < 0.78:
		return showText
	case r < 0.85:
		return showNowhere
	}
	return showHomeAddr
}

// home is where a caller lives: near the problem, but not at it.
func (g *gen) home(p place) place {
	var cands []*alley
	for _, st := range p.hood.sts {
		for _, al := range st.alleys {
			if al != p.al {
				cands = append(cands, al)
			}
		}
	}
	if p.al != nil {
		// a neighbour from the same street more often than not
		var same []*alley
		for _, al := range p.al.st.alleys {
			if al != p.al {
				same = append(same, al)
			}
		}
		if len(same) > 0 && chance(g.rng, 0.6) {
			cands = same
		}
	}
	if len(cands) == 0 {
		return p
	}
	return alleyPlace(g.rng, pick(g.rng, cands))
}

func fill(s, loc string) string { return strings.ReplaceAll(s, "{loc}", loc) }

func (g *gen) compose(r *plannedReq, earlier []*plannedReq) Row {
	is := r.iss
	p := is.prob
	var w Row
	w.Category = g.category(p)

	switch x := g.rng.Float64(); {
	case x < 0.55:
		w.Channel = "app"
	case x < 0.95:
		w.Channel = "phone"
	default:
		w.Channel = "web"
	}
	mode := g.showMode()
	w.Shown = showNames[mode]
	where := is.at
	if mode == showHomeAddr {
		where = g.home(is.at)
	}
	// loc is the place in the text: named, or «کوچه ما»
	loc := deictic(g.rng, is.at)
	if mode == showBoth || mode == showText || mode == showHomeAddr {
		loc = placeText(g.rng, is.at)
	}
	switch mode {
	case showBoth, showAddress:
		w.Address = addressText(g.rng, is.at)
	case showHomeAddr:
		w.Address = addressText(g.rng, where)
	}

	operator := w.Channel == "phone" && chance(g.rng, 0.55)
	var text string
	switch {
	case len(earlier) > 0 && chance(g.rng, 0.13):
		text = g.followUp(r, earlier, loc, operator)
		w.Style = "followup"
	case operator:
		text = g.operatorText(p, loc, mode)
		w.Style = "operator"
	case w.Channel == "app" && chance(g.rng, 0.03):
		// the app's menu gave the category; the text box got a word or two
		w.Category = p.cat
		text = pick(g.rng, []string{"لطفا رسیدگی کنید", "رسیدگی شود", "فوری", "درخواست رسیدگی", "لطفا پیگیری کنید", "مشکل طبق عکس", "بازم همون مشکل"})
		w.Style = "menu"
	case w.Channel == "app" && chance(g.rng, 0.06):
		fl := "koocheye ma"
		switch {
		case is.at.pk != nil:
			fl = "parke mahal"
		case is.at.al == nil:
			fl = "khiaboone ma"
		}
		if mode != showAddress && mode != showNowhere {
			fl = fingPlace(g.rng, is.at)
		}
		text = g.finglish(p, fl)
		w.Style = "finglish"
	case chance(g.rng, 0.08):
		text = pick(g.rng, p.short)
		w.Style = "short"
		if mode == showText || mode == showHomeAddr {
			text += pick(g.rng, []string{" ", " - ", "، ", " در "}) + loc
		}
	case chance(g.rng, 0.06):
		text = g.rambling(p, loc)
		w.Style = "rambling"
	default:
		text = g.citizen(p, loc, r.at)
		w.Style = "citizen"
	}
	if !operator && chance(g.rng, 0.03) {
		// Gilan's mobile numbers start 0911; people leave theirs for a call back
		text += pick(g.rng, []string{" شماره تماس ", " تلفن: ", " ", "\nشماره من "}) + sprintf("0911%03d%04d", g.rng.IntN(1000), g.rng.IntN(10000))
	}
	strength := 1.0
	if operator {
		strength = 0.35
	}
	w.Text = trimSpaces(noisy(g.rng, text, strength, false))
	if w.Text == "" {
		w.Text = pick(g.rng, p.short)
	}
	if w.Address != "" {
		w.Address = trimSpaces(noisy(g.rng, w.Address, 0.4, true))
	}

	coordP := 0.25
	switch w.Channel {
	case "app":
		coordP = 0.86
	case "web":
		coordP = 0.5
	}
	if chance(g.rng, coordP) {
		w.Lat, w.Lon = g.jitter(where.lat, where.lon)
		w.HasLocation = true
		if w.Channel == "app" && chance(g.rng, 0.03) {
			// the app's default point when the phone has no fix: the municipality building
			w.Lat, w.Lon = centreLat, centreLon
		}
	}
	return w
}

func (g *gen) citizen(p *problem, loc string, at time.Time) string {
	var b []string
	if chance(g.rng, 0.5) {
		b = append(b, pick(g.rng, greetings)+pick(g.rng, []string{"، ", ". ", " ", "\n"}))
	}
	core := fill(pick(g.rng, p.say), loc)
	if !p.rain && chance(g.rng, 0.35) {
		d := pick(g.rng, durations)
		if chance(g.rng, 0.25) {
			d = "از " + jalaliDay(at.AddDate(0, 0, -3-g.rng.IntN(40)))
		}
		if chance(g.rng, 0.5) {
			core = d + " " + core
		} else {
			core += "، " + d
		}
	}
	b = append(b, core)
	if chance(g.rng, 0.2) {
		b = append(b, ". "+pick(g.rng, consequences))
	}
	if chance(g.rng, 0.6) {
		a := pick(g.rng, asks)
		if len(p.ask) > 0 && chance(g.rng, 0.4) {
			a = pick(g.rng, p.ask)
		}
		b = append(b, pick(g.rng, []string{". ", "، ", " "})+a)
	}
	if chance(g.rng, 0.22) {
		b = append(b, pick(g.rng, []string{". ", " ", "\n"})+pick(g.rng, closings))
	}
	return strings.Join(b, "")
}

// rambling is a caller who says several things before the one they are calling about.
func (g *gen) rambling(p *problem, loc string) string {
	var b []string
	b = append(b, pick(g.rng, greetings)+"، ")
	b = append(b, pick(g.rng, []string{"من ساکن این محلم و چند تا مشکل داریم. ", "ببخشید وقتتون رو میگیرم. ",
		"راستش نمیدونم به کی باید بگم. ", "چند بار زنگ زدم کسی جواب نداد. ", ""}))
	for range 1 + g.rng.IntN(2) {
		b = append(b, pick(g.rng, passingMentions)+"، ")
	}
	b = append(b, pick(g.rng, []string{"ولی الان عرضم اینه که ", "ولی مشکل اصلی اینه که ", "اما درخواستم اینه: ",
		"خلاصه اینکه ", "بگذریم، "}))
	b = append(b, fill(pick(g.rng, p.say), loc))
	b = append(b, ". "+pick(g.rng, asks))
	if chance(g.rng, 0.4) {
		b = append(b, ". "+pick(g.rng, closings))
	}
	return strings.Join(b, "")
}

func (g *gen) finglish(p *problem, loc string) string {
	s := fill(pick(g.rng, p.fing), loc)
	if chance(g.rng, 0.5) {
		s = pick(g.rng, []string{"salam ", "slm ", "salam vaght bekheir "}) + s
	}
	if chance(g.rng, 0.5) {
		s += pick(g.rng, []string{" lotfan residegi konid", " merci", " lotfan", " pls", " mamnoon"})
	}
	return s
}

// operatorText is the 137 operator's summary of a call: formal, third person, sometimes
// with the caller's own words quoted or merged in.
func (g *gen) operatorText(p *problem, loc string, mode int) string {
	op := pick(g.rng, p.op)
	placeHere := mode == showBoth || mode == showText || mode == showHomeAddr
	P := loc
	if !placeHere {
		P = pick(g.rng, []string{"محدوده اعلامی", "آدرس ثبت‌شده", "محل سکونت شهروند", "محدوده", "آدرس فوق"})
	}
	core := fill(pick(g.rng, p.say), loc)
	switch g.rng.IntN(12) {
	case 10:
		return "احتراما، شهروند در خصوص " + op + " در " + P + " تماس گرفتند. جهت اقدام."
	case 11:
		return "شهروند تماس گرفته: " + core + " (ش.ت: " + pick(g.rng, []string{"ندارد", "در سامانه", "۰۹۱۱***"}) + ")"
	case 0:
		return "شهروند از " + op + " در " + P + " گلایه دارد."
	case 1:
		return "شهروند از " + op + " " + P + " شکایت دارد و خواستار رسیدگی است."
	case 2:
		return "تماس‌گیرنده اعلام نمود " + core + ". درخواست رسیدگی دارد."
	case 3:
		return "شهروند اظهار داشت: «" + core + "» لطفا پیگیری شود."
	case 4:
		return op + " - " + P + " - درخواست رسیدگی"
	case 5:
		return "درخواست رسیدگی به " + op + " در محدوده " + P
	case 6:
		return "گزارش " + op + "؛ آدرس: " + P
	case 7:
		return op + " در " + P + ". شهروند اعلام کرد قبلا هم تماس گرفته است."
	case 8:
		return "طبق اعلام شهروند " + core + "، لطفا اکیپ اعزام شود."
	}
	return "شهروند محترم اعلام نمودند " + op + " در " + P + " وجود دارد. " +
		pick(g.rng, []string{"مراتب جهت اقدام ارسال می‌گردد.", "پیگیری شود.", "", "شهروند ناراضی است."})
}

// followUp asks after an earlier request of the same issue, often with its tracking code
// and little else.
func (g *gen) followUp(r *plannedReq, earlier []*plannedReq, loc string, operator bool) string {
	ref := earlier[0]
	if chance(g.rng, 0.3) {
		ref = pick(g.rng, earlier)
	}
	code := fmtCode(g.rng, ref.id)
	short := pick(g.rng, r.iss.prob.short)
	if operator {
		switch g.rng.IntN(3) {
		case 0:
			return "شهروند پیگیر درخواست شماره " + code + " می‌باشد."
		case 1:
			return "پیگیری مجدد شهروند در خصوص " + pick(g.rng, r.iss.prob.op) + "، کد رهگیری " + code
		}
		return "شهروند اعلام کرد درخواست قبلی (" + code + ") هنوز انجام نشده است."
	}
	switch g.rng.IntN(8) {
	case 0:
		return "پیگیری درخواست قبلی به شماره " + code
	case 1:
		return "پیگیری کد رهگیری " + code + "، هنوز هیچ اقدامی نشده"
	case 2:
		return "درخواست شماره " + code + " رو ثبت کردم ولی کسی نیومد"
	case 3:
		return pick(g.rng, greetings) + "، بار دومه پیگیری میکنم. کد " + code
	case 4:
		return short + " - پیگیری " + code
	case 5:
		return "قبلا هم گزارش دادم، هنوز درست نشده. " + short
	case 6:
		return "دوباره ثبت میکنم چون کسی رسیدگی نکرد: " + fill(pick(g.rng, r.iss.prob.say), loc)
	}
	return "سلام. درخواست قبلیم " + code + " بدون رسیدگی بسته شده! " + short + " هنوز همونطوره"
}

// echo is the same person sending the same thing again a few minutes later: the same text,
// or nearly, from the same phone.
func (g *gen) echo(prev Row) Row {
	w := Row{Request: prev.Request, Style: "echo", Shown: prev.Shown}
	switch g.rng.IntN(5) {
	case 0:
		w.Text = prev.Text + pick(g.rng, []string{"!!!", " لطفا رسیدگی کنید", " 🙏", " فوری"})
	case 1:
		w.Text = pick(g.rng, []string{"ببخشید دوباره ثبت شد. ", "تکرار: ", "مجدد: "}) + prev.Text
	}
	if w.HasLocation && chance(g.rng, 0.5) {
		w.Lat, w.Lon = g.jitter(prev.Lat, prev.Lon)
		w.Lat, w.Lon = (w.Lat+2*prev.Lat)/3, (w.Lon+2*prev.Lon)/3
		w.Lat, w.Lon = round6(w.Lat), round6(w.Lon)
	}
	return w
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

var jalaliMonths = []string{"", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// jalaliDay is a date as callers say it: «۱۲ آذر», or «۱۲/۹» typed.
func jalaliDay(t time.Time) string {
	_, m, d, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return "هفته پیش"
	}
	if d%3 == 0 {
		return fa(d) + "/" + fa(int(m))
	}
	return fa(d) + " " + jalaliMonths[m]
}
