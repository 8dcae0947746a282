package rasht6

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"time"
)

var (
	greetings = []string{"سلام", "با سلام", "سلام و عرض ادب", "با سلام و احترام", "سلام خسته نباشید",
		"درود", "سلام وقت بخیر", "باسلام", "سلام، ببخشید", "احتراما"}
	pleas = []string{"لطفا رسیدگی کنید", "خواهشمندیم رسیدگی فرمایید", "لطفا پیگیری کنید",
		"ممنون میشم رسیدگی کنید", "تو رو خدا یه کاری بکنید", "خواهش می‌کنم زودتر اقدام کنید",
		"لطفا هر چه سریع‌تر اقدام شود", "منتظر رسیدگی شما هستیم", "لطفا یکی رو بفرستید ببینه",
		"چرا کسی رسیدگی نمی‌کند؟", "رسیدگی کنید لطفا", "تقاضای رسیدگی فوری دارم"}
	thanks    = []string{"با تشکر", "ممنون", "مرسی", "سپاس", "دستتون درد نکنه", "با تشکر از زحمات شما", "متشکرم"}
	durations = []string{"از هفته پیش", "چند روز است", "بیش از یک ماه است", "از دیروز", "دو هفته است",
		"چند ماهه", "از اول ماه", "از پریروز", "امروز صبح دیدم", "از آخر هفته"}
	history = []string{"چند بار زنگ زدم ولی خبری نشد", "قبلا هم گزارش داده بودم", "بار سوم است که تماس می‌گیرم",
		"همسایه‌ها هم زنگ زده‌اند", "هیچکس جواب نمی‌دهد", "قبلا گفتند درست می‌کنیم ولی نکردند",
		"از طریق سامانه هم ثبت کردم"}
	intros = []string{"ساکن {L} هستم،", "از {L} تماس می‌گیرم،", "در {L} زندگی می‌کنم و", "آدرس: {L} -",
		"{L}:", "محل: {L}،", "{L}،"}
	emojis    = []string{"😡", "🙏", "😔", "😤", "🙏🙏", "😞", "‼️", "👎"}
	genericOp = []string{"رسیدگی شود.", "پیگیری شود", "مشکل تکراری، رسیدگی شود", "شهروند خواستار رسیدگی است."}
	// texts that name neither the problem's detail nor the place: only the address tells them apart
	genericCit = map[string][]string{
		"asphalt": {"خیابان خراب است", "کوچه خرابه", "وضع کوچه خیلی بده", "راه خراب است"},
		"garbage": {"آشغال‌ها مونده", "زباله", "زباله جمع نشده"},
		"channel": {"آب گرفته", "آبگرفتگی", "همه جا آبه"},
		"dogs":    {"سگ", "سگ‌ها باز اومدن"},
	}
)

func fill(tpl, placeText string) string { return strings.ReplaceAll(tpl, "{P}", placeText) }

// render writes one request of an issue: channel, who speaks, where the place is told,
// the text, the address, the category, the coordinates and the status.
func (g *gen) render(is *issue, row *Row) {
	r := g.r
	p := is.prob
	pl := is.pl
	if p.area || p.scope == scopeAlley && chance(r, 0.12) {
		// the caller gives their own door
		own := *pl
		own.plate = 1 + r.Intn(200)
		pl = &own
	}

	switch x := r.Float64(); {
	case x < 0.52:
		row.Channel = "تلفن"
	case x < 0.82:
		row.Channel = "اپلیکیشن"
	case x < 0.95:
		row.Channel = "سامانه"
	default:
		row.Channel = "حضوری"
	}
	phone := row.Channel == "تلفن" || row.Channel == "حضوری"
	operator := phone && chance(r, 0.68)

	// where the place is told: both, the address only, the text only, or nowhere
	inAddr, inText := true, true
	switch x := r.Float64(); {
	case x < 0.30:
	case x < 0.68:
		inText = false
	case x < 0.90:
		inAddr = false
	default:
		inAddr, inText = false, false
	}
	detailOf := func() int {
		switch x := r.Float64(); {
		case x < 0.72:
			return 2
		case x < 0.87:
			return 1
		default:
			return 0
		}
	}
	if inAddr {
		row.Address = pl.address(r, operator, detailOf(), row.District)
	}
	if !phone && chance(r, 0.03) {
		// the app fills in the address of the citizen's profile, not of the problem
		st := pick(r, pl.h.streets)
		home := &place{h: pl.h, st: st, al: pick(r, st.alleys), plate: 1 + r.Intn(150)}
		row.Address = home.address(r, false, 2, row.District)
		inText = true
	}
	placeText := deictic(r, p.scope)
	if inText {
		placeText = pl.text(r, detailOf())
	}

	var text string
	switch {
	case len(is.reqs) > 0 && chance(r, 0.06):
		text = g.followUp(is, operator)
	case len(is.texts) > 0 && chance(r, 0.03):
		// sent twice from the app, word for word
		text = pick(r, is.texts)
	case len(is.texts) > 0 && chance(r, 0.05):
		// the same caller again, in nearly the same words
		text = pick(r, []string{"باز هم ", "مجددا ", "دوباره عرض می‌کنم ", "هنوز درست نشده! "}) + pick(r, is.texts)
	case !operator && len(p.fin) > 0 && chance(r, 0.06):
		text = g.finglish(is, inText)
	case !inText && chance(r, 0.05) && len(genericCit[p.code]) > 0:
		text = pick(r, genericCit[p.code])
	case operator:
		text = g.operatorText(p, placeText, inText)
	default:
		text = g.citizenText(is, placeText, inText)
	}
	if !operator {
		is.texts = append(is.texts, text)
	}
	row.Text = noisy(r, text, operator)
	if row.Address != "" && !operator {
		row.Address = noisy(r, row.Address, true)
	} else if row.Address != "" {
		row.Address = digits(r, row.Address)
	}

	row.Category = g.category(p)
	if !phone && chance(r, 0.8) || phone && chance(r, 0.45) {
		row.HasLocation = true
		row.Lat, row.Lon = jitter(r, pl.lat, pl.lon)
	}
	row.Status = g.status(p, row.CreatedAt)
}

func (g *gen) citizenText(is *issue, placeText string, inText bool) string {
	r := g.r
	p := is.prob
	core := fill(pick(r, p.cit), placeText)
	var parts []string
	if chance(r, 0.45) {
		parts = append(parts, pick(r, greetings))
	}
	// sometimes the place comes first and the sentence points back at it
	if inText && chance(r, 0.25) {
		tpl := pick(r, intros)
		if p.scope == scopePark || p.scope == scopeStreet && chance(r, 0.5) {
			tpl = pick(r, intros[3:])
		}
		intro := strings.ReplaceAll(tpl, "{L}", placeText)
		parts = append(parts, intro)
		core = fill(pick(r, p.cit), deictic(r, p.scope))
	}
	// a request, or a sentence that already says when, takes no «since when» in front
	timed := strings.Contains(core, "لطفا") || strings.Contains(core, "کنید") || strings.Contains(core, "درخواست")
	for _, w := range []string{"دیشب", "دیروز", "امروز", "هفته", "سال", "ماه", " روز", "وقتی", "بعد از"} {
		timed = timed || strings.Contains(core, w)
	}
	switch x := r.Float64(); {
	case timed:
	case x < 0.25:
		core = pick(r, durations) + " " + core
	case x < 0.31:
		core = "از " + jalaliDay(r, is.start) + " " + core
	}
	parts = append(parts, core+pick(r, []string{".", "", "!", "!!!", " .", "،"}))
	if len(p.cons) > 0 && chance(r, 0.35) {
		parts = append(parts, pick(r, p.cons)+pick(r, []string{".", "", "!"}))
	}
	if as := asides[p.code]; len(as) > 0 && chance(r, 0.12) {
		parts = append(parts, pick(r, as)+pick(r, []string{".", "،", ""}))
	}
	if chance(r, 0.12) {
		parts = append(parts, pick(r, ramble)+pick(r, []string{".", "", "..."}))
	}
	if chance(r, 0.2) {
		parts = append(parts, pick(r, history)+".")
	}
	if is.prev != nil && len(is.prev.reqs) > 0 && chance(r, 0.12) {
		// the last episode's code: the same place and problem, but a new issue
		parts = append(parts, pick(r, []string{"چند ماه پیش هم با کد ", "قبلا با شماره ", "دفعه قبل با کد "})+
			pick(r, is.prev.reqs).ID+pick(r, []string{" گزارش دادم و درست شد ولی دوباره همان مشکل است", " ثبت شده بود و رسیدگی شد، الان دوباره", " پیگیری کردم و حل شد، باز هم تکرار شده"}))
	} else if len(is.reqs) > 0 && chance(r, 0.07) {
		parts = append(parts, pick(r, []string{"کد رهگیری قبلی ", "شماره پیگیری قبلی: ", "قبلا با کد ", "کد "})+
			pick(r, is.reqs).ID+pick(r, []string{" ثبت شده بود", "", " هنوز بی‌جواب"}))
	}
	if sec, ok := secondary[p.code]; ok && chance(r, 0.04) {
		parts = append(parts, pick(r, []string{"ضمنا ", "در ضمن ", "یه چیز دیگه هم، ", "البته "})+pick(r, sec)+".")
	}
	if chance(r, 0.55) {
		parts = append(parts, pick(r, pleas))
	}
	if chance(r, 0.03) {
		parts = append(parts, pick(r, []string{"شماره تماس ", "شمارم ", "تلفن: ", "با این شماره تماس بگیرید "})+mobile(r))
	}
	if chance(r, 0.2) {
		parts = append(parts, pick(r, thanks))
	}
	if chance(r, 0.08) {
		parts = append(parts, pick(r, emojis))
	}
	if chance(r, 0.04) {
		// typed on a phone, a line at a time
		return strings.Join(parts, "\n")
	}
	return strings.Join(parts, " ")
}

func (g *gen) operatorText(p *problem, placeText string, inText bool) string {
	r := g.r
	n := pick(r, p.nouns)
	where := ""
	if inText {
		where = " در " + placeText
	}
	switch r.Intn(9) {
	case 0, 1:
		return "شهروند از " + n + where + " گلایه دارد" + pick(r, []string{".", " و خواستار رسیدگی است.", " و درخواست رسیدگی دارد."})
	case 2:
		return "تماس‌گیرنده اعلام نمود " + fill(pick(r, p.cit), placeText) + "."
	case 3:
		return n + where + pick(r, []string{". شهروند خواستار رسیدگی فوری است.", " - پیگیری شود", "، ", ""})
	case 4:
		return "گزارش " + n + where + pick(r, []string{"، لطفا اقدام شود.", ".", " توسط شهروند"})
	case 5:
		if inText && (p.scope == scopeAlley || p.scope == scopeHome) {
			return "شهروند ساکن " + placeText + " از " + n + " شکایت دارد."
		}
		return "شهروند از " + n + " شکایت دارد."
	case 6:
		return "درخواست رسیدگی به " + n + where
	case 7:
		return "مراجعه‌کننده " + pick(r, []string{"اظهار داشت", "عنوان کرد", "می‌گوید"}) + " " + fill(pick(r, p.cit), placeText) + "."
	default:
		s := n + where + ". " + pick(r, genericOp)
		if as := asides[p.code]; len(as) > 0 && chance(r, 0.25) {
			s += " شهروند می‌گوید " + pick(r, as) + "."
		}
		return s
	}
}

// followUp is a request that only points at an earlier one.
func (g *gen) followUp(is *issue, operator bool) string {
	r := g.r
	code := pick(r, is.reqs).ID
	if operator {
		return pick(r, []string{"پیگیری درخواست شماره ", "شهروند مجددا تماس گرفت، کد رهگیری ", "پیگیری مجدد کد "}) + code +
			pick(r, []string{"، تاکنون اقدامی نشده.", " - رسیدگی نشده", ". شهروند ناراضی است."})
	}
	return pick(r, []string{"درخواست قبلی من با کد ", "پیگیری ", "کد رهگیری "}) + code +
		pick(r, []string{" هنوز انجام نشده", " چی شد؟", " رسیدگی نشد", " هنوز هیچ کاری نکردید"})
}

func (g *gen) finglish(is *issue, inText bool) string {
	r := g.r
	f := "kooche ma"
	if inText {
		f = is.pl.finglish(r)
	}
	s := strings.ReplaceAll(pick(r, is.prob.fin), "{F}", f)
	if chance(r, 0.5) {
		s = "salam " + s
	}
	if chance(r, 0.5) {
		s += pick(r, []string{" lotfan residegi konid", " mamnoon", " plz", " merci"})
	}
	return s
}

func (g *gen) category(p *problem) string {
	r := g.r
	switch x := r.Float64(); {
	case x < 0.70:
		return pick(r, p.cats)
	case x < 0.82:
		return pick(r, []string{"سایر", "سایر", "متفرقه", "عمومی", ""})
	default:
		// the operator picked a wrong box
		return pick(r, pick(r, problems).cats)
	}
}

func (g *gen) status(p *problem, at time.Time) string {
	r := g.r
	age := g.opt.End.Sub(at)
	if p.agency != "municipality" && chance(r, 0.55) {
		return "referred"
	}
	switch {
	case age < 7*24*time.Hour:
		return pick(r, []string{"new", "new", "reviewing", "assigned"})
	case age < 40*24*time.Hour:
		return pick(r, []string{"assigned", "in_progress", "resolved", "reviewing", "resolved"})
	default:
		return pick(r, []string{"resolved", "resolved", "resolved", "rejected", "in_progress", "referred"})
	}
}

// jitter moves a point 20 to 150 metres in a random direction, as phone GPS and a pin
// dropped on a map do.
func jitter(r *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + r.Float64()*130
	a := r.Float64() * 2 * math.Pi
	lat, lon = offset(lat, lon, d*math.Sin(a), d*math.Cos(a))
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

// secondary are the smaller things a caller mentions after the main one; they do not
// change who must act on the request.
var secondary = map[string][]string{
	"asphalt":      {"جوی کوچه هم کمی گرفته است", "تابلوی کوچه هم افتاده", "زباله‌ها هم دیر جمع می‌شوند"},
	"garbage":      {"آسفالت کوچه هم خوب نیست", "سگ‌ها هم زباله‌ها را پخش می‌کنند"},
	"channel":      {"آسفالت هم چاله دارد", "برگ درختان هم جمع نشده"},
	"sewage":       {"آسفالت کوچه هم به خاطر همین خراب شده", "زباله هم کنار منهول ریخته‌اند"},
	"dogs":         {"زباله‌های سر کوچه هم سگ‌ها را جمع می‌کند"},
	"street_light": {"آسفالت خیابان هم خراب است", "درخت‌ها هم جلوی نور را گرفته‌اند"},
	"water_main":   {"جوی هم پر شده"},
}

// mobile is a Gilan mobile number, written the ways people write them.
func mobile(r *rand.Rand) string {
	n := fmt.Sprintf("%03d%04d", r.Intn(1000), r.Intn(10000))
	switch r.Intn(3) {
	case 0:
		return "0911" + n
	case 1:
		return "0911 " + n[:3] + " " + n[3:]
	default:
		return "09" + pick(r, []string{"12", "13", "01", "35", "39"}) + n
	}
}
