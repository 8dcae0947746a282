package rasht9

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik"
)

type pending struct {
	is  *issue
	t   time.Time
	idx int // position within its issue
	row Row
}

func (p *planner) render() []Row {
	var all []*pending
	for _, is := range p.issues {
		for i, t := range is.times {
			all = append(all, &pending{is: is, t: t, idx: i})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].t.Before(all[j].t) })
	// The central system numbers requests of every district in one sequence, so a
	// district sees increasing numbers with gaps.
	id := 7_140_000 + p.r.IntN(50_000)
	ids := map[*issue][]string{}
	for _, pe := range all {
		id += 1 + p.r.IntN(9)
		pe.row.ID = strconv.Itoa(id)
		ids[pe.is] = append(ids[pe.is], pe.row.ID)
	}
	rows := make([]Row, 0, len(all))
	lastRow := map[*issue]Row{}
	for _, pe := range all {
		var earlier []string
		if pe.idx > 0 {
			earlier = ids[pe.is][:pe.idx]
		}
		row := p.renderOne(pe, earlier, p.otherOwn(pe, ids))
		// The app's send button pressed twice, or the same caller again within minutes:
		// the same words, a new request.
		if prev, ok := lastRow[pe.is]; ok && pe.is.burst == "" && pe.t.Sub(prev.CreatedAt) < 10*time.Minute && p.chance(0.7) {
			row.Text, row.Address, row.Category, row.Channel = prev.Text, prev.Address, prev.Category, prev.Channel
		}
		lastRow[pe.is] = row
		rows = append(rows, row)
	}
	return rows
}

// otherOwn finds, for a resident reporting at their own door, the tracking code of one of
// their earlier requests about another problem: they cite it, and it is not this issue.
func (p *planner) otherOwn(pe *pending, ids map[*issue][]string) string {
	ps := pe.is.persona
	if ps == nil || pe.idx != 0 || !p.chance(0.35) {
		return ""
	}
	for _, o := range ps.issues {
		if o != pe.is && o.times[0].Before(pe.t) && len(ids[o]) > 0 {
			return ids[o][0] + "|" + p.shortName(o)
		}
	}
	return ""
}

func (p *planner) pick(xs []string) string { return xs[p.r.IntN(len(xs))] }

func (p *planner) chance(x float64) bool { return p.r.Float64() < x }

var categoriesAll = []string{"آسفالت و معابر", "عمران و معابر", "پسماند و نظافت", "خدمات شهری", "آب‌های سطحی",
	"سیلاب و آبگرفتگی", "فضای سبز", "حیوانات ولگرد", "بهداشت محیط", "ساخت و ساز", "شهرسازی", "سد معبر",
	"روشنایی", "ترافیک و حمل و نقل", "امور اجرایی", "حوادث"}

func (p *planner) renderOne(pe *pending, earlier []string, ownCite string) Row {
	r := p.r
	is := pe.is
	prob := is.prob
	row := pe.row
	row.District = p.opt.District
	row.CreatedAt = pe.t
	row.GroupID = fmt.Sprintf("r9-%05d", is.n)
	row.Agency = prob.agency
	row.Problem = prob.code

	switch u := r.Float64(); {
	case u < 0.55:
		row.Channel = "phone"
	case u < 0.93:
		row.Channel = "app"
	default:
		row.Channel = "web"
	}
	operator := row.Channel == "phone" && p.chance(0.55)

	// Category: the app's menu is chosen by the citizen, the phone form by the operator.
	wrong, vague := 0.08, 0.10
	if row.Channel == "app" {
		wrong, vague = 0.17, 0.15
	}
	switch u := r.Float64(); {
	case u < vague:
		row.Category = "سایر"
	case u < vague+wrong:
		row.Category = p.pick(categoriesAll)
	default:
		row.Category = p.pick(prob.cats)
	}
	if row.Category == "" {
		row.Category = "سایر"
	}

	// Where the place is written: both, address only, text only, nowhere.
	var inAddr, inText bool
	switch u := r.Float64(); {
	case u < 0.34:
		inAddr, inText = true, true
	case u < 0.68:
		inAddr = true
	case u < 0.93:
		inText = true
	}
	own := is.persona != nil && (pe.idx == 0 || p.chance(0.5))
	if own {
		inAddr = true
	}

	// Latin keyboards are an app habit; an operator always types Persian.
	finglish := row.Channel != "phone" && len(prob.fing) > 0 && !prob.fixed && p.chance(0.06)
	followUp := pe.idx > 0 && p.chance(0.10)

	menuOnly := row.Channel == "app" && !finglish && pe.idx > 0 && p.chance(0.04)
	if menuOnly {
		// The app's menu said what; the citizen only typed a word or two.
		row.Category = p.pick(prob.cats)
		row.Text = p.pick(menuOnlyTexts)
		if inText {
			row.Text = p.placePhrase(is.pl) + " " + row.Text
		}
	} else if finglish {
		row.Text = p.finglishText(is, inText)
	} else if operator {
		row.Text = p.operatorText(is, inText, followUp, earlier)
	} else {
		row.Text = p.citizenText(is, inText, followUp, earlier, row.Channel, pe.t)
		if ownCite != "" {
			code, what, _ := strings.Cut(ownCite, "|")
			row.Text = p.pick([]string{
				"درخواست قبلی من با کد " + code + " درباره " + what + " بود. این بار ",
				"قبلا " + what + " را با شماره " + code + " گزارش داده بودم؛ این یکی موضوع دیگری است: ",
				"(کد قبلی من " + code + " مربوط به " + what + " بود) ",
			}) + row.Text
		}
	}
	if inAddr {
		row.Address = p.address(is.pl, own, is.persona)
	} else if p.chance(0.4) {
		row.Address = p.pick(is.pl.hood.variants)
	}
	digits := p.digitStyle()
	if finglish {
		row.Text = p.noise(row.Text, digitsLatin, false)
	} else {
		row.Text = p.noise(row.Text, digits, true)
	}
	row.Address = p.addrNoise(row.Address, digits)

	// Coordinates: the app sends the phone's position; operators pin some on a map.
	pc := map[string]float64{"app": 0.85, "web": 0.6, "phone": 0.42}[row.Channel]
	if p.chance(pc) {
		d := 20 + r.Float64()*130
		a := r.Float64() * 2 * math.Pi
		lat, lon := offset(is.pl.lat, is.pl.lon, d*math.Cos(a), d*math.Sin(a))
		lat = math.Round(lat*1e6) / 1e6
		lon = math.Round(lon*1e6) / 1e6
		row.Lat, row.Lon = &lat, &lon
	}
	row.Status = p.status(pe.t, prob.agency)
	return row
}

func (p *planner) status(t time.Time, a tafkik.Agency) string {
	age := p.opt.End.Sub(t).Hours() / 24
	u := p.r.Float64()
	if a.Outside() && age > 3 && u < 0.55 {
		return "referred"
	}
	if age > 25 {
		switch {
		case u < 0.62:
			return "resolved"
		case u < 0.75:
			return "in_progress"
		case u < 0.85:
			return "assigned"
		case u < 0.9:
			return "rejected"
		}
		return "new"
	}
	switch {
	case u < 0.55:
		return "new"
	case u < 0.75:
		return "reviewing"
	case u < 0.9:
		return "assigned"
	}
	return "in_progress"
}

var (
	greetings = []string{"سلام", "با سلام", "با سلام و احترام", "سلام خسته نباشید", "سلام وقت بخیر", "سلام و عرض ادب",
		"با عرض سلام", "سلام.", "درود", "سلام علیکم"}
	durations = []string{"چند روز است", "از دو هفته پیش", "یک ماه است", "از دیروز", "از هفته پیش", "مدت‌هاست",
		"از اول پاییز", "سه روز است", "چند وقته", "از پریروز"}
	consequences = []string{"بچه‌ها نمی‌توانند رد شوند", "همسایه‌ها کلافه شده‌اند", "سالمندان خیلی اذیت می‌شوند",
		"چند بار زنگ زدیم کسی نیامد", "واقعا وضعیت اسفناک است", "هیچ کس جواب نمی‌دهد", "این وضع قابل تحمل نیست",
		"عابرین مشکل دارند", "شب‌ها خطرناک است", "قبلا هم گفتیم اما اقدامی نشد", "مردم کلافه شده‌اند"}
	pleas = []string{"لطفا رسیدگی کنید", "خواهشمندم پیگیری فرمایید", "ممنون میشم زودتر اقدام کنید", "تو رو خدا یه کاری بکنید",
		"لطفا فوری رسیدگی شود", "لطفا یکی را بفرستید", "درخواست رسیدگی دارم", "رسیدگی کنید لطفا", "منتظر اقدام شما هستیم",
		"لطفا پیگیری کنید", "خواهش می‌کنم زودتر درستش کنید"}
	closings = []string{"با تشکر", "ممنون", "سپاس", "با تشکر از زحمات شما", "تشکر", "خدا قوت", "متشکرم"}
	gilaki   = []string{"ایتا کار بوکونید", "خسته بوستیم", "بخدا ایمی کوچه را بیدینید", "ایمی محله صاحب ندارد؟", "آقا جان ایتا فکری بوکونید"}
	emoji    = []string{"😡", "🙏", "😔", "💔", "⚠️", "😤", "🙏🙏", "😢", "!!!"}
	// A municipal complaint that names another agency only in passing.
	passing = map[string][]string{
		"surfacewater": {"زنگ زدیم آبفا گفتند آب باران مربوط به شهرداری است", "این آب باران است، فاضلاب نیست"},
		"asphalt":      {"ربطی به حفاری ندارد، خود آسفالت قدیمی است", "مثل دفعه قبل که برق رفته بود کسی نیامد"},
		"pruning":      {"شاخه‌ها به سیم برق نمی‌رسند، فقط جلوی خانه را گرفته", "درخت‌ها کنار کوچه‌اند نه روی سیم"},
		"construction": {"همسایه نیست، کارگاه ساختمانی است", "به پلیس هم گفتیم گفتند کار شهرداری است"},
		"sidewalk":     {"ماشین نیست، اجناس مغازه است", "پلیس گفت سد معبر با شهرداری است"},
		"parklight":    {"چراغ‌های خیابان روشن است ولی داخل پارک تاریک است", "اداره برق گفت چراغ پارک با شهرداری است"},
		"channel":      {"آب باران است و بوی فاضلاب نمی‌دهد"},
		"rubbish":      {"مخابرات هم سر کوچه جعبه گذاشته ولی مشکل زباله است"},
	}
	rambles = []string{"دیروز مادرم موقع برگشت از نانوایی نزدیک بود زمین بخورد", "ما عوارض نوسازی را هر سال می‌دهیم ولی خدماتی نمی‌گیریم",
		"شورایاری محل هم در جریان است", "چند بار به شهرداری منطقه مراجعه کردم", "عکسش را هم گرفته‌ام اگر لازم است بفرستم",
		"همسایه‌ها همه امضا کرده‌اند", "من خودم بازنشسته‌ام و وقت دارم پیگیری کنم", "بچه مدرسه‌ای داریم و هر روز از اینجا رد می‌شوند",
		"مهمان داریم و خجالت می‌کشیم", "هر بار زنگ می‌زنم می‌گویند ثبت شد ولی کسی نمی‌آید", "اینجا رشت است نه روستا",
		"ببخشید که طولانی شد"}
	menuOnlyTexts = []string{"رسیدگی شود", "لطفا پیگیری کنید", "فوری", "مشکل دارد", "لطفا بیایید ببینید", "همان مشکل قبلی",
		"هنوز درست نشده", "لطفا"}
	// An outside request whose caller was sent back and forth between offices.
	sentBack = []string{"شهرداری گفت مربوط به ما نیست ولی کسی هم نیامد", "به ۱۳۷ زنگ زدم گفتند اینجا ثبت کنم",
		"نمی‌دانم کار شهرداری است یا اداره دیگر", "اداره مربوطه جواب نمی‌دهد"}
	// A burst main floods a street; some callers only see the water.
	mainWords = []string{"آب از زیر زمین می‌جوشد و خیابان را گرفته", "آب تمیز از صبح توی خیابان راه افتاده، باران هم نیامده",
		"لوله ترکیده و آب فواره می‌زند", "یک ساعت است آب لوله‌کشی توی کوچه جاری است"}
)

// placeInText wraps a place phrase the way people put it in a sentence.
func (p *planner) placeInText(pl place) string {
	ph := p.placePhrase(pl)
	switch p.r.IntN(7) {
	case 0:
		return "ساکن " + ph + " هستم."
	case 1:
		return "آدرس: " + ph + "."
	case 2:
		return ph + ":"
	case 3:
		return "در " + ph
	case 4:
		return ph + "،"
	case 5:
		return "محدوده " + ph
	}
	return "در " + ph + "،"
}

func (p *planner) core(is *issue) string {
	prob := is.prob
	if is.burst == "main" && p.chance(0.4) {
		return p.pick(mainWords)
	}
	if is.sub >= 0 {
		return prob.core[is.sub]
	}
	if len(prob.generic) > 0 && p.chance(0.07) {
		return p.pick(prob.generic)
	}
	return p.pick(prob.core)
}

func (p *planner) followUpText(earlier []string) string {
	code := earlier[p.r.IntN(len(earlier))]
	switch p.r.IntN(6) {
	case 0:
		return "پیگیری درخواست شماره " + code + "، هنوز کاری انجام نشده."
	case 1:
		return "قبلا با کد رهگیری " + code + " ثبت کردم ولی خبری نشد."
	case 2:
		return "پیرو درخواست " + code + ":"
	case 3:
		return "برای بار دوم تماس می‌گیرم."
	case 4:
		return "دفعه سوم است که ثبت می‌کنم."
	}
	return "کد پیگیری قبلی " + code + " بود."
}

func (p *planner) citizenText(is *issue, inText, followUp bool, earlier []string, channel string, at time.Time) string {
	var parts []string
	if p.chance(0.55) {
		parts = append(parts, p.pick(greetings))
	}
	if followUp {
		parts = append(parts, p.followUpText(earlier))
	}
	placeFirst := p.chance(0.6)
	if inText && placeFirst {
		parts = append(parts, p.placeInText(is.pl))
	}
	c := p.core(is)
	if is.sub < 0 && p.chance(0.2) {
		// A second clause about the same problem.
		if c2 := p.core(is); c2 != c {
			c += p.pick([]string{" و ", "، ", ". "}) + c2
		}
	}
	switch u := p.r.Float64(); {
	case is.burst != "": // it happened within the hour
	case u < 0.25:
		c = p.pick(durations) + " " + c
	case u < 0.32:
		c = p.jalaliSince(at) + " " + c
	}
	if !inText && p.chance(0.2) {
		// The place only as "our alley": nothing a machine can read.
		c = strings.Replace(c, "کوچه", p.pick([]string{"کوچه ما", "کوچه‌مان", "این کوچه"}), 1)
	}
	parts = append(parts, c+".")
	if inText && !placeFirst {
		ph := p.placePhrase(is.pl)
		switch p.r.IntN(3) {
		case 0:
			parts = append(parts, "آدرس "+ph)
		case 1:
			parts = append(parts, "("+ph+")")
		default:
			parts = append(parts, "محل: "+ph)
		}
	}
	if lm := p.lookalike(is); lm != "" {
		parts = append(parts, lm+".")
	}
	if p.chance(0.35) {
		parts = append(parts, p.pick(consequences)+".")
	}
	if p.chance(0.18) {
		parts = append(parts, p.pick(rambles)+".")
	}
	if p.chance(0.03) {
		parts = append(parts, p.pick([]string{"شماره تماس من ", "تماس: ", "اگر سوالی بود با این شماره تماس بگیرید "})+"0911"+strconv.Itoa(1000000+p.r.IntN(8999999)))
	}
	if p.chance(0.04) {
		parts = append(parts, p.pick(gilaki)+".")
	}
	if p.chance(0.6) {
		parts = append(parts, p.pick(pleas))
	}
	if p.chance(0.2) {
		parts = append(parts, p.pick(closings))
	}
	s := strings.Join(parts, " ")
	if channel == "app" && p.chance(0.15) {
		s = strings.ReplaceAll(s, ".", "")
	}
	return s
}

// lookalike adds, to some municipal requests, words of another agency used only in
// passing or as a landmark.
func (p *planner) lookalike(is *issue) string {
	if is.prob.agency.Outside() {
		if p.chance(0.1) {
			return p.pick(sentBack)
		}
		return ""
	}
	if xs, ok := passing[is.prob.code]; ok && p.chance(0.12) {
		return p.pick(xs)
	}
	if m := is.pl.mark; m != nil && m.agency != "" && p.chance(0.5) {
		return p.pick([]string{"روبروی ", "کنار ", "جنب ", "پشت "}) + m.name
	}
	if a := is.pl.al; a != nil && a.mark != nil && a.mark.agency != "" && p.chance(0.4) {
		return "نزدیک " + a.mark.name
	}
	return ""
}

var operatorTemplates = []string{
	"شهروند از %[1]s در %[2]s گلایه دارد.",
	"شهروند خواستار رسیدگی به %[1]s در %[2]s می‌باشد.",
	"گزارش %[1]s - %[2]s - پیگیری شود.",
	"%[2]s: %[1]s. شهروند چندین بار تماس گرفته است.",
	"تماس‌گیرنده از %[1]s در محدوده %[2]s شکایت دارد و درخواست رسیدگی فوری دارد.",
	"موضوع: %[1]s / محل: %[2]s",
	"شهروند اعلام نمود در %[2]s %[3]s. لطفا اقدام شود.",
	"به استحضار می‌رساند شهروند محترم از %[1]s در %[2]s ناراضی است.",
}

// Templates an operator pastes for many calls, with no place at all.
var pastedTemplates = []string{
	"درخواست شهروند جهت رسیدگی به موضوع %[1]s ثبت گردید.",
	"شهروند تماس گرفته و خواستار رسیدگی به %[1]s می‌باشد.",
	"%[1]s - ارجاع به واحد مربوطه",
	"پیگیری مجدد شهروند در خصوص %[1]s",
}

func (p *planner) operatorText(is *issue, inText, followUp bool, earlier []string) string {
	short := p.shortName(is)
	var s string
	if !inText {
		s = fmt.Sprintf(p.pick(pastedTemplates), short)
		if p.chance(0.3) {
			s += " شهروند " + p.pick([]string{"گفت", "اظهار داشت", "اعلام کرد"}) + " " + p.core(is) + "."
		}
	} else {
		s = fmt.Sprintf(p.pick(operatorTemplates), short, p.placePhrase(is.pl), p.core(is))
	}
	if followUp {
		code := earlier[p.r.IntN(len(earlier))]
		s += p.pick([]string{" (پیرو درخواست " + code + ")", " تماس مجدد، کد قبلی " + code, " تکراری - قبلا ثبت شده."})
	}
	if p.chance(0.15) {
		s = "(تلفنی) " + s
	}
	if m := p.lookalike(is); m != "" {
		s += " " + m + "."
	}
	return s
}

func (p *planner) finglishText(is *issue, inText bool) string {
	var parts []string
	if p.chance(0.6) {
		parts = append(parts, p.pick([]string{"salam", "salam khaste nabashid", "slm", "dorood"}))
	}
	if inText {
		parts = append(parts, p.finglishPlace(is.pl))
	}
	if len(is.prob.fing) > 0 {
		parts = append(parts, p.pick(is.prob.fing))
	} else {
		parts = append(parts, "moshkel "+p.shortName(is))
	}
	parts = append(parts, p.pick([]string{"lotfan residegi konid", "mamnoon", "lotfan zoodtar", "merci", ""}))
	return strings.TrimSpace(strings.Join(parts, " "))
}

func (p *planner) finglishPlace(pl place) string {
	var b []string
	b = append(b, pl.hood.finglish)
	if pl.st.num > 0 {
		b = append(b, p.pick([]string{"khiaban ", "kh ", ""})+strconv.Itoa(pl.st.num))
	} else if pl.st.finglish != pl.hood.finglish {
		b = append(b, p.pick([]string{"khiaban ", "kh "})+pl.st.finglish)
	}
	if a := pl.al; a != nil {
		if a.deadEnd {
			a = a.parent
		}
		if a.num > 0 {
			b = append(b, p.pick([]string{"kooche ", "koche ", "k "})+strconv.Itoa(a.num))
		} else if f, ok := finglishNames[a.name]; ok {
			b = append(b, "kooche "+f)
		}
	}
	if pl.park {
		b = append(b, "park")
	}
	return strings.Join(b, " ")
}

// finglishNames: how a caller on a Latin keyboard spells the named alleys.
var finglishNames = map[string]string{"لاله": "laleh", "یاس": "yas", "نسترن": "nastaran", "شقایق": "shaghayegh",
	"بهار": "bahar", "نرگس": "narges", "ارغوان": "arghavan", "صنوبر": "sanobar", "شهید حسینی": "shahid hoseini",
	"شهید رضایی": "shahid rezaei", "شهید باقری": "bagheri", "امید": "omid", "سعادت": "saadat", "گلستان": "golestan",
	"پروانه": "parvaneh", "مریم": "maryam", "بنفشه": "banafshe", "شبنم": "shabnam", "آزادی": "azadi", "وحدت": "vahdat",
	"نیلوفر": "niloofar", "سرو": "sarv", "افرا": "afra", "توسکا": "tooska", "کاج": "kaj", "مهتاب": "mahtab", "سپیده": "sepideh"}

func (p *planner) shortName(is *issue) string {
	if is.sub >= 0 {
		return is.prob.short[is.sub]
	}
	return p.pick(is.prob.short)
}

var jalaliMonths = []string{"", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// jalaliSince names a day some time before at the way people date things: «از ۱۲ آبان».
func (p *planner) jalaliSince(at time.Time) string {
	d := at.AddDate(0, 0, -(1 + p.r.IntN(20)))
	_, m, day, err := jalaali.ToJalaali(d.Year(), d.Month(), d.Day())
	if err != nil {
		return "از چند روز پیش"
	}
	if p.chance(0.3) {
		return "از اول " + jalaliMonths[m]
	}
	return "از " + strconv.Itoa(day) + " " + jalaliMonths[m]
}
