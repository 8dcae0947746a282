package rasht15

import (
	"math/rand/v2"
	"strings"
	"time"
)

// Channels as the central system exports them.
const (
	chVoice     = "voice"
	chMessenger = "messenger"
	chPhone     = "phone"
	chWeb       = "web"
	chApp       = "app"
)

var channelWeights = []struct {
	ch string
	w  float64
}{{chVoice, 26}, {chMessenger, 19}, {chPhone, 20}, {chWeb, 14}, {chApp, 21}}

// report is one rendered request before it gets its id.
type report struct {
	At       time.Time
	Channel  string
	Category string
	Text     string
	Address  string
	HasLoc   bool
	Lat, Lon float64
	Status   string
}

// render writes the nth report of an issue through a channel.
type render struct {
	r   *rand.Rand
	is  *issue
	nth int
}

func channelFor(r *rand.Rand, is *issue) string {
	if is.Placeless {
		return weighted(r, []string{chVoice, chMessenger, chPhone, chWeb}, func(c string) float64 {
			return map[string]float64{chVoice: 45, chMessenger: 25, chPhone: 20, chWeb: 10}[c]
		})
	}
	return weighted(r, channelWeights, func(c struct {
		ch string
		w  float64
	}) float64 {
		return c.w
	}).ch
}

func (rd *render) report(at time.Time, ch string) report {
	rep := report{At: at, Channel: ch}
	switch latin := latinSay[rd.is.Kind.Code]; {
	case len(latin) > 0 && ch != chVoice && ch != chPhone && chance(rd.r, 0.05):
		rd.finglish(&rep, latin)
	case ch == chVoice:
		rd.voice(&rep)
	case ch == chMessenger:
		rd.messenger(&rep)
	case ch == chPhone:
		rd.phone(&rep)
	case ch == chWeb:
		rd.web(&rep)
	default:
		rd.app(&rep)
	}
	rep.Category = rd.category(ch)
	rep.Status = rd.status(at)
	return rep
}

// register is who writes: a citizen speaking or chatting, an operator, a citizen filling a form.
type register int

const (
	spoken register = iota
	operator
	form
)

// context is what the writer says about why: the storm, how long it has been.
func (rd *render) context(reg register) string {
	r, is := rd.r, rd.is
	if is.Storm != nil {
		switch {
		case is.Storm.Snow && reg == operator:
			return pick(r, []string{"در پی بارش برف", "به دنبال برف سنگین"})
		case is.Storm.Snow:
			return pick(r, []string{"با این برف", "از دیشب که برف اومده", "بعد از برف سنگین دیشب", "با این برف و یخبندون"})
		case reg == operator:
			return pick(r, []string{"در پی طوفان شب گذشته", "به دنبال بارندگی شدید", "در اثر وزش باد شدید"})
		case reg == form:
			return pick(r, []string{"در پی طوفان دیشب", "بعد از باران شدید دیشب", "در اثر باد شدید"})
		}
		return pick(r, []string{"از دیشب که باد اومد", "با این طوفان", "بعد از بارون دیشب", "این باد امروز", "با این بارون شدید"})
	}
	if is.Chronic && rd.nth > 0 && chance(r, 0.6) {
		switch reg {
		case operator:
			return pick(r, []string{"تماس مکرر", "پیگیری درخواست قبلی", "شهروند چندمین بار است تماس می‌گیرد"})
		case form:
			return pick(r, []string{"قبلا هم درخواست داده‌ام ولی رسیدگی نشده", "این بار چندم است که درخواست می‌دهم",
				"چند ماه است این مشکل وجود دارد"})
		}
		return pick(r, []string{"چند بار زنگ زدیم ولی کسی نیومد", "این چندمین باره که زنگ میزنم", "ماه‌هاست همینطوره",
			"چند هفته‌ست درخواست دادیم هنوز خبری نیست", "قبلا هم گفتیم"})
	}
	return ""
}

// say and formal tell the issue's own fact (a branch on a car, a tree about to fall) most of
// the time: people who saw the same thing describe it alike, not word for word.
func (rd *render) say() string    { return rd.variant(rd.is.Kind.Say) }
func (rd *render) formal() string { return rd.variant(rd.is.Kind.Formal) }

func (rd *render) variant(xs []string) string {
	if chance(rd.r, 0.7) {
		return xs[rd.is.Variant%len(xs)]
	}
	return pick(rd.r, xs)
}

func (rd *render) more() string { return pick(rd.r, rd.is.Kind.More) }

func (rd *render) ask(colloquial bool) string {
	if colloquial {
		return pick(rd.r, []string{"لطفا رسیدگی کنید", "لطفا یکی رو بفرستید", "خواهشا پیگیری کنید", "میشه یه نفر بیاد ببینه",
			"تورو خدا یه کاری بکنید", "لطفا زودتر درستش کنید", "خواهش می‌کنم رسیدگی کنید", "ممنون میشم پیگیری کنید"})
	}
	return pick(rd.r, []string{"لطفا رسیدگی فرمایید", "خواهشمند است دستور پیگیری صادر فرمایید", "لطفا اقدام لازم انجام شود",
		"خواهشمندم رسیدگی شود"})
}

// voice is a 137 call as the speech recogniser wrote it: one run of words.
func (rd *render) voice(rep *report) {
	r, is := rd.r, rd.is
	var w []string
	add := func(s ...string) {
		for _, x := range s {
			if x != "" {
				w = append(w, x)
			}
		}
	}
	add(pick(r, []string{"الو سلام", "سلام خسته نباشید", "الو سلام خسته نباشید", "سلام وقت بخیر", "الو", "سلام علیکم", "", "بله سلام"}))
	add(pick(r, []string{"ببخشید", "ببخشید مزاحم شدم", "من یه مشکلی داشتم", "خواستم یه مشکلی رو بگم", "عرض کنم که", "ببینید", "", ""}))
	pl := newPlacer(r, is.Spot, 0.7)
	place := ""
	if !is.Placeless && is.Kind.Level != atPerson {
		ps := pl.parts(true)
		if pl.hasLandmark() && chance(r, 0.25) {
			ps = []string{pl.hood(), pl.landmark()}
		}
		switch r.IntN(5) {
		case 0:
			place = "من از " + ps[0] + " زنگ میزنم " + strings.Join(ps[1:], " ")
		case 1:
			place = "ما ساکن " + strings.Join(ps, " ") + " هستیم"
		case 2:
			place = "آدرس " + strings.Join(ps, " ")
		default:
			place = strings.Join(ps, " ")
		}
		if chance(r, 0.15) {
			place += " " + pick(r, []string{"یعنی", "آره", "همون", "چیزه"})
		}
	}
	problem := rd.say()
	ctx := rd.context(spoken)
	if chance(r, 0.5) {
		add(place, ctx, problem)
	} else {
		add(ctx, problem, place)
	}
	if chance(r, 0.45) {
		add(rd.more())
	}
	if chance(r, 0.2) {
		add(pick(r, []string{"یعنی", "واقعا", "خیلی", "دیگه"}) + " " + rd.more())
	}
	add(rd.ask(true))
	add(pick(r, []string{"ممنون", "خیلی ممنون خدانگهدار", "مرسی", "دستتون درد نکنه", "ممنون خدافظ", "", "خدا حفظتون کنه"}))
	text := strings.Join(w, " ")
	text = strings.ReplaceAll(text, zwnj, pick(r, []string{"", " ", " ", zwnj}))
	text = stripPunct(text)
	if chance(r, 0.25) {
		// an operator had time to read it over: the hello gone, the misheard words put right
		text = strings.TrimPrefix(strings.TrimPrefix(text, "الو "), "بله ")
	} else {
		text = segmentation(text, r, 0.35)
		text = speechErrors(text, r, 0.035)
	}
	if chance(r, 0.15) {
		text = stretch(text, r)
	}
	rep.Text = text
	switch x := r.Float64(); {
	case is.Placeless || x < 0.55:
	case x < 0.8:
		rep.Address = is.Spot.hood().Name
	default:
		rep.Address = newPlacer(r, is.Spot, 0).partial()
	}
}

var emoji = []string{"🙏", "😡", "😔", "🙏🙏", "⚠️", "💔", "😤", "🙏🏻", "😢", "‼️"}

// messenger is a message to the 137 bot: several sentences, emoji, landmarks, Rashti words.
func (rd *render) messenger(rep *report) {
	r, is := rd.r, rd.is
	var sents []string
	forwarded := chance(r, 0.12)
	if !forwarded {
		if g := pick(r, []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "درود", "", "سلام ۱۳۷"}); g != "" {
			sents = append(sents, g)
		}
	} else {
		sents = append(sents, pick(r, []string{"همسایه‌ها کسی به ۱۳۷ خبر داده؟", "دوستان لطفا همه به ۱۳۷ پیام بدید", "اهالی محترم توجه کنید"}))
	}
	gilaki := chance(r, 0.3)
	pl := newPlacer(r, is.Spot, 0.1)
	place := ""
	shared := false
	if !is.Placeless && is.Kind.Level != atPerson {
		switch x := r.Float64(); {
		case x < 0.4 && pl.hasLandmark():
			place = pl.hood() + " " + pl.landmark()
		case x < 0.7:
			place = strings.Join(pl.parts(true), " ")
		case x < 0.85 && is.Spot.Alley != nil:
			place = pl.alley() + " " + pl.streetBare()
		default:
			shared = true
		}
		if chance(r, 0.35) {
			shared = true
		}
	}
	problem := rd.say()
	if gilaki {
		problem = strings.Replace(problem, "کوچه", "امی کوچه", 1)
	}
	if ctx := rd.context(spoken); ctx != "" {
		problem = ctx + " " + problem
	}
	if gilaki && is.Storm != nil && !is.Storm.Snow && chance(r, 0.5) {
		problem = pick(r, []string{"این واران", "با این واران", "دیشب واران"}) + " " + rd.say()
	}
	switch {
	case place != "" && chance(r, 0.5):
		sents = append(sents, place+" "+problem)
	case place != "":
		sents = append(sents, problem, "آدرس: "+place)
	default:
		sents = append(sents, problem)
	}
	more := rd.is.Kind.More
	for _, i := range r.Perm(len(more))[:min(len(more), 1+r.IntN(3))] {
		sents = append(sents, more[i])
	}
	if gilaki {
		sents = append(sents, pick(r, []string{"چی بوکونیم؟", "بیاین بیدینید", "ای خدا", "خسته بوستیم"}))
	}
	if shared {
		sents = append(sents, pick(r, []string{"📍 لوکیشن رو فرستادم", "موقعیت مکانی رو ارسال کردم", "لوکیشن"}))
	}
	sents = append(sents, rd.ask(true))
	var b strings.Builder
	if forwarded {
		header := "[پیام بازارسال شده]\n"
		if !is.Placeless && chance(r, 0.5) {
			header = "Forwarded from گروه اهالی " + is.Spot.hood().Name + "\n"
		}
		b.WriteString(header)
	}
	for i, s := range sents {
		if i > 0 {
			b.WriteString(pick(r, []string{"\n", " ", " ", ". ", "، "}))
		}
		b.WriteString(s)
		if i > 0 && chance(r, 0.2) {
			b.WriteString(" " + pick(r, emoji))
		}
	}
	text := zwnjStyle(b.String(), r)
	text = misspell(text, r, 0.25)
	if chance(r, 0.3) {
		text = stretch(text, r)
	}
	if chance(r, 0.25) {
		text = strings.NewReplacer("؟", "??", "!", "!!!").Replace(text)
	}
	if chance(r, 0.05) { // an Arabic keyboard on an old phone
		text = arabicLetters(text)
	}
	rep.Text = text
	if shared {
		rep.HasLoc = true
		rep.Lat, rep.Lon = noisy(is.Spot.hood(), is.Spot.X, is.Spot.Y, r, 150)
	}
	switch x := r.Float64(); {
	case is.Placeless || x < 0.55:
	case x < 0.85:
		rep.Address = pl.partial()
	default:
		rep.Address = pl.address()
	}
}

// phone is an operator typing a call into the form, in the third person.
func (rd *render) phone(rep *report) {
	r, is := rd.r, rd.is
	pl := newPlacer(r, is.Spot, 0)
	pl.finglish = false
	f := rd.formal()
	ctx := rd.context(operator)
	var text string
	switch r.IntN(5) {
	case 0:
		text = "شهروند تماس گرفته و اعلام نمود " + f + ". " + rd.ask(false)
	case 1:
		text = f
		if ctx != "" {
			text = ctx + " " + f
			ctx = ""
		}
	case 2:
		text = "تماس گیرنده از " + f + " شکایت دارد."
	case 3:
		text = "اعلام " + f + " توسط شهروند. درخواست رسیدگی دارد"
	default:
		text = f + " - " + rd.say()
	}
	if ctx != "" {
		text += " (" + ctx + ")"
	}
	if !is.Placeless && is.Kind.Level != atPerson && chance(r, 0.25) {
		text += " آدرس: " + strings.Join(pl.parts(true), "، ")
	}
	if is.Placeless {
		text += pick(r, []string{" تماس قطع شد.", " شهروند آدرس اعلام نکرد.", ""})
	}
	text = zwnjStyle(text, r)
	text = misspell(text, r, 0.1)
	if !is.Placeless && (is.Kind.Level != atPerson || chance(r, 0.5)) {
		rep.Address = pl.address()
		if chance(r, 0.07) && is.Kind.Level != atPerson {
			rep.HasLoc = true
			rep.Lat, rep.Lon = noisy(is.Spot.hood(), is.Spot.X, is.Spot.Y, r, 120)
		}
	}
	if chance(r, 0.2) { // the old keyboard layout of one shift
		text, rep.Address = arabicLetters(text), arabicLetters(rep.Address)
	}
	rep.Text = text
}

// web is the citizen's form on the city's site.
func (rd *render) web(rep *report) {
	r, is := rd.r, rd.is
	pl := newPlacer(r, is.Spot, 0)
	var parts []string
	parts = append(parts, pick(r, []string{"با سلام", "سلام", "با عرض سلام و خسته نباشید", "احتراما"}))
	body := rd.formal()
	if chance(r, 0.5) {
		body = rd.say()
	}
	if ctx := rd.context(form); ctx != "" {
		body = ctx + " " + body
	}
	parts = append(parts, body)
	if chance(r, 0.5) {
		parts = append(parts, rd.more())
	}
	parts = append(parts, rd.ask(false))
	sep := pick(r, []string{". ", "\n", "، ", " "})
	text := strings.Join(parts, sep)
	text = zwnjStyle(text, r)
	text = misspell(text, r, 0.2)
	if chance(r, 0.12) {
		text = stretch(text, r)
	}
	rep.Text = text
	if is.Placeless {
		return
	}
	if is.Kind.Level == atPerson && chance(r, 0.6) {
		return
	}
	rep.Address = pl.address()
	if chance(r, 0.3) && is.Kind.Level != atPerson {
		rep.HasLoc = true
		rep.Lat, rep.Lon = noisy(is.Spot.hood(), is.Spot.X, is.Spot.Y, r, 150)
	}
}

// app is the 137 app: a few words and a pin.
func (rd *render) app(rep *report) {
	r, is := rd.r, rd.is
	pl := newPlacer(r, is.Spot, 0)
	text := rd.say()
	if ctx := rd.context(spoken); ctx != "" && chance(r, 0.5) {
		text = ctx + " " + text
	}
	if chance(r, 0.3) {
		text += pick(r, []string{". ", "، ", " "}) + rd.more()
	}
	if chance(r, 0.3) {
		text += pick(r, []string{". ", " "}) + rd.ask(true)
	}
	if chance(r, 0.15) && is.Spot.Alley != nil && is.Kind.Level != atPerson {
		text = pl.alley() + " " + text
	}
	if chance(r, 0.1) {
		text += " " + pick(r, emoji)
	}
	text = zwnjStyle(text, r)
	text = misspell(text, r, 0.2)
	if chance(r, 0.2) {
		text = stretch(text, r)
	}
	rep.Text = text
	if is.Kind.Level == atPerson && chance(r, 0.5) {
		return
	}
	if chance(r, 0.7) {
		rep.Address = pl.reverseGeocoded()
	} else {
		rep.Address = pl.address()
	}
	rep.HasLoc = true
	maxM := 80.0
	if chance(r, 0.3) {
		maxM = 150 // a pin dropped by hand on a small screen
	}
	rep.Lat, rep.Lon = noisy(is.Spot.hood(), is.Spot.X, is.Spot.Y, r, maxM)
}

// finglish is a whole request typed in Latin letters: «salam kooche 12 golsar asfalt kharab shode».
func (rd *render) finglish(rep *report, latin []string) {
	r, is := rd.r, rd.is
	pl := newPlacer(r, is.Spot, 0)
	text := rd.variant(latin)
	if !is.Placeless && is.Spot.Alley != nil && chance(r, 0.6) {
		text = pl.latin() + " " + text
	}
	text = pick(r, []string{"salam ", "slm ", "", "salam. "}) + text + pick(r, []string{" lotfan residegi konid", " mamnoon", " lotfan", ""})
	rep.Text = text
	if is.Placeless {
		return
	}
	if rep.Channel == chApp || chance(r, 0.3) {
		rep.HasLoc = true
		rep.Lat, rep.Lon = noisy(is.Spot.hood(), is.Spot.X, is.Spot.Y, r, 120)
	}
	if rep.Channel == chApp {
		rep.Address = pl.reverseGeocoded()
	} else if chance(r, 0.4) {
		rep.Address = pl.latin()
	}
}

// category is the operator's or the form's hint: right, vague or wrong.
func (rd *render) category(ch string) string {
	r, k := rd.r, rd.is.Kind
	right, wrong, vague := 0.78, 0.1, 0.12
	switch ch {
	case chApp, chWeb:
		right, wrong, vague = 0.6, 0.15, 0.25
	case chMessenger:
		right, wrong, vague = 0.5, 0.15, 0.35
	}
	if k.Agency != municipality && k.Level != atPerson && ch != chPhone && ch != chVoice {
		// citizens look for the nearest municipal service in the menu
		right, wrong = right-0.2, wrong+0.2
	}
	switch x := r.Float64(); {
	case x < right:
		return pick(r, k.Cats)
	case x < right+wrong:
		return pick(r, k.Wrong)
	case x < right+wrong+vague*0.7 || (ch != chMessenger && ch != chApp):
		return pick(r, []string{catOther, catServices})
	}
	return ""
}

// status is where the request stood on export day (the end of the season).
func (rd *render) status(at time.Time) string {
	r := rd.r
	age := seasonEnd.Sub(at)
	out := rd.is.Kind.Agency != municipality
	var st string
	switch {
	case out && chance(r, 0.65):
		st = "referred"
	case age < 3*day:
		st = pick(r, []string{"new", "new", "new", "reviewing"})
	case age < 20*day:
		st = pick(r, []string{"new", "reviewing", "reviewing", "assigned", "in_progress", "resolved"})
	case rd.is.Chronic:
		st = pick(r, []string{"reviewing", "assigned", "in_progress", "in_progress", "resolved"})
	default:
		st = pick(r, []string{"resolved", "resolved", "resolved", "in_progress", "assigned", "rejected"})
	}
	if chance(r, 0.12) {
		return map[string]string{"new": "ثبت شده", "reviewing": "در حال بررسی", "assigned": "ارجاع به واحد",
			"in_progress": "در حال انجام", "resolved": "انجام شده", "rejected": "رد شده", "referred": "ارجاع شده"}[st]
	}
	return st
}
