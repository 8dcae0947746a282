package rasht11

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
	"time"

	jalaali "github.com/jalaali/go-jalaali"
)

type draft struct {
	is   *issue
	k    int
	at   time.Time
	twin bool // a second send of the previous draft
	row  Row
}

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "درود", "سلام علیکم", "باسلام", "", "", "", ""}
var pleas = []string{"لطفا رسیدگی کنید", "تو رو خدا یه کاری کنید", "خواهشمند است پیگیری فرمایید", "ممنون میشم رسیدگی بشه", "لطفا سریعتر",
	"تشکر", "دستتون درد نکنه", "چرا کسی جواب نمیده؟", "منتظر اقدام شما هستیم", "یه نفر بفرستید ببینه", "", "", ""}
var angry = []string{"واقعا که!!", "این همه عوارض میدیم برای چی؟", "خجالت بکشید", "بار چندمه زنگ میزنم", "مسئولین خوابن؟", "دیگه خسته شدیم"}
var emojis = []string{"😡", "🙏", "🙏🙏", "😤", "💔", "😞", "‼️", "👎"}
var opTemplates = []string{
	"شهروند از %s در %s گلایه دارد.",
	"شهروند از %s در %s گلایه دارد و خواستار رسیدگی است.",
	"تماس‌گیرنده اعلام نمود: %s. محل: %s",
	"%s - %s - پیگیری شود",
	"گزارش %s در محدوده %s",
	"شهروند محترم خواستار رسیدگی به %s در %s می‌باشد.",
}
var opNoPlace = []string{
	"شهروند از %s گلایه دارد.",
	"شهروند محترم خواستار رسیدگی به موضوع %s می‌باشد. آدرس در قسمت نشانی ثبت شد.",
	"تماس‌گیرنده از %s شکایت دارد. لطفا پیگیری شود.",
	"%s. پیگیری شود.",
}
var followRefs = []string{"پیرو درخواست %s", "کد رهگیری قبلی %s", "قبلا با کد پیگیری %s ثبت کردم ولی کاری نشد", "درخواست شماره %s هنوز انجام نشده",
	"در ادامه درخواست %s"}
var smsReplies = []string{"در پاسخ به پیامک نظرسنجی: مشکل حل نشده", "هنوز درست نشده", "رسیدگی نشد!!", "پیامک دادید انجام شد ولی انجام نشده",
	"کار انجام نشده، به پیامک شما اعتراض دارم", "نه، درست نشده"}
var rambles = []string{"دیروز که داشتم میرفتم نونوایی دیدم", "همسایه‌ها همه شاکی‌ان ولی کسی زنگ نمیزنه", "من خودم سی ساله اینجا زندگی میکنم هیچوقت اینطور نبود",
	"به دهیار و شورایاری هم گفتیم", "عکسشم دارم اگه بخواید میفرستم", "تو گروه محله هم همه نوشتن", "پارسال هم همین موقع همین بود", "نمیدونم به کی باید بگم"}
var others = []string{"سطل زباله هم پره", "چراغ کوچه هم خاموشه", "جوی هم گرفته", "سگ ولگرد هم زیاده", "آسفالت هم خرابه"}

var finglishCore = map[string][]string{
	"asphalt": {"asfalt kharabe", "por az chale shode", "asfalte kooche kharab"}, "garbage": {"ashghala ro nabordan", "zobale jam nemishe", "satl ashghal pore"},
	"channel": {"joob gerefte ab bala zade", "ab baroon jam shode"}, "dogs": {"sag velgard ziad shode"}, "streetlight": {"cheragh bargh khamooshe"},
	"sewage": {"fazelab zade biroon"}, "gas": {"booye gaz miad"}, "blocking": {"mashin jelo dar parking park karde"}, "tree": {"derakht oftade", "derakhta haras nashodan"},
	"telecom": {"telephone sabet ghate", "internet ghate"}, "noise": {"hamsaye ta sobh sar o seda dare"}, "building": {"sakhto saz gheyre mojaz"},
	"debris": {"nakhale rikhtan too kooche"}, "nowater": {"ab ghate"}, "watermain": {"looleye ab tarakide"},
}

func (g *gen) render() []Row {
	var ds []*draft
	for _, is := range g.issues {
		double := len(is.times) >= 2 && g.r.Float64() < 0.03
		if double {
			// the app user who pressed send twice: the same words a minute or two later
			is.times[1] = is.times[0].Add(time.Duration(40+g.r.Intn(200)) * time.Second)
		}
		for k, t := range is.times {
			ds = append(ds, &draft{is: is, k: k, at: t, twin: double && k == 1})
		}
	}
	sort.SliceStable(ds, func(a, b int) bool { return ds[a].at.Before(ds[b].at) })
	// Tracking codes grow with time, with gaps: other districts share the sequence.
	code := 4051000 + g.r.Intn(50000)
	ids := map[*issue][]string{}
	last := map[*issue]*draft{}
	for _, d := range ds {
		code += 1 + g.r.Intn(9)
		d.row.ID = fmt.Sprint(code)
		d.row.Group = d.is.id
		d.row.Agency = d.is.prob.agency
		d.row.District = g.o.District
		d.row.CreatedAt = d.at
		if prev := last[d.is]; d.twin && prev != nil {
			d.row.Text, d.row.Address, d.row.Category = prev.row.Text, prev.row.Address, prev.row.Category
			d.row.Channel, d.row.Status, d.row.Lat, d.row.Lon = "app", prev.row.Status, prev.row.Lat, prev.row.Lon
		} else {
			g.fill(d, ids[d.is])
		}
		last[d.is] = d
		ids[d.is] = append(ids[d.is], d.row.ID)
		if pe := d.is.persona; pe != nil {
			pe.codes = append(pe.codes, d.row.ID)
			pe.codeIssue = append(pe.codeIssue, d.is)
		}
	}
	out := make([]Row, len(ds))
	for i, d := range ds {
		out[i] = d.row
	}
	return out
}

func (g *gen) fill(d *draft, earlier []string) {
	r := g.r
	is, p := d.is, d.is.prob
	row := &d.row
	switch u := r.Float64(); {
	case u < 0.45:
		row.Channel = "phone"
	case u < 0.85:
		row.Channel = "app"
	case u < 0.95:
		row.Channel = "web"
	default:
		row.Channel = "sms"
	}
	// Where the place is said: the address only, the text only, both, or nowhere.
	inAddr, inText := true, false
	switch u := r.Float64(); {
	case u < is.noPlaceBias || (d.k > 0 && u < 0.08):
		inAddr, inText = false, false
	case u < 0.35:
	case u < 0.55:
		inAddr, inText = false, true
	default:
		inText = true
	}
	if is.persona != nil && r.Float64() < 0.8 {
		inAddr = true
	}
	if inAddr {
		row.Address = addressField(r, is.pl, is.persona)
	} else if r.Float64() < 0.3 && is.pl.h != nil {
		row.Address = is.pl.h.spell(r) // the clerk typed only the quarter
	}
	var text string
	switch {
	case d.k > 0 && len(earlier) > 0 && r.Float64() < 0.025:
		text = pick(r, smsReplies)
		if r.Intn(2) == 0 {
			text = fmt.Sprintf("%s (کد %s)", text, earlier[r.Intn(len(earlier))])
		}
		row.Channel = "sms"
	case r.Float64() < 0.03 && finglishCore[p.code] != nil:
		text = g.finglish(d, inText)
		row.Channel = "app"
	case row.Channel == "phone" && r.Float64() < 0.6:
		text = g.operator(d, inText)
	default:
		text = g.citizen(d, inText, earlier)
	}
	row.Text = noisy(r, text)
	if row.Address != "" {
		row.Address = lightNoise(r, row.Address)
	}
	// Coordinates: the app sends them, the phone rarely.
	pr := map[string]float64{"app": 0.9, "web": 0.55, "phone": 0.35, "sms": 0.2}[row.Channel]
	if r.Float64() < pr {
		dist := 20 + r.Float64()*130
		ang := r.Float64() * 2 * math.Pi
		lat := is.pl.lat + math.Sin(ang)*dist*metreLat
		lon := is.pl.lon + math.Cos(ang)*dist*metreLon(is.pl.lat)
		lat = math.Round(lat*1e6) / 1e6
		lon = math.Round(lon*1e6) / 1e6
		row.Lat, row.Lon = &lat, &lon
	}
	row.Category = g.category(p, row.Channel)
	row.Status = g.status(d)
}

var appMenu = map[string]string{
	"asphalt": "عمران و معابر", "sidewalk": "عمران و معابر", "trench-mun": "عمران و معابر", "trench-water": "عمران و معابر", "trench-gas": "عمران و معابر", "trench-telecom": "عمران و معابر",
	"garbage": "خدمات شهری", "sweep": "خدمات شهری", "debris": "خدمات شهری", "carcass": "خدمات شهری", "pests": "خدمات شهری", "snow": "خدمات شهری", "dogs": "خدمات شهری",
	"channel": "خدمات شهری", "tree": "فضای سبز", "parklight": "فضای سبز", "parkgear": "فضای سبز", "shopgoods": "سد معبر", "building": "شهرسازی",
	"bump": "حمل و نقل و ترافیک", "blocking": "حمل و نقل و ترافیک",
}

func (g *gen) category(p *problem, channel string) string {
	r := g.r
	if channel == "app" && r.Float64() < 0.7 {
		// the app's menu sets it, coarse and sometimes chosen wrong
		if c, ok := appMenu[p.code]; ok && r.Float64() < 0.85 {
			return c
		}
		return pick(r, []string{"سایر", "خدمات شهری", "عمران و معابر", "سایر"})
	}
	switch u := r.Float64(); {
	case u < 0.72:
		return p.cat
	case u < 0.90:
		return pick(r, p.alt)
	case u < 0.97:
		return "سایر"
	}
	return ""
}

func (g *gen) status(d *draft) string {
	age := g.o.End.Sub(d.at)
	r := g.r
	if d.is.prob.agency != agMun && r.Float64() < 0.5 {
		return "referred"
	}
	switch {
	case age < 7*24*time.Hour:
		return pick(r, []string{"new", "new", "reviewing", "assigned"})
	case age < 40*24*time.Hour:
		return pick(r, []string{"reviewing", "assigned", "in_progress", "resolved"})
	}
	if r.Float64() < 0.04 {
		return "rejected"
	}
	return pick(r, []string{"resolved", "resolved", "resolved", "in_progress", "assigned"})
}

func (g *gen) core(is *issue) string {
	return pick(g.r, is.vocab)
}

// citizen writes as a caller or app user: a greeting, maybe who they are, the place, the
// problem, how long, a plea, an aside, a face.
func (g *gen) citizen(d *draft, inText bool, earlier []string) string {
	r := g.r
	is := d.is
	var parts []string
	if gr := pick(r, greetings); gr != "" {
		parts = append(parts, gr)
	}
	if is.persona != nil && r.Float64() < 0.6 {
		parts = append(parts, is.persona.intro)
	} else if r.Float64() < 0.05 {
		parts = append(parts, pick(r, []string{"از طرف همسایه‌مون که سالمنده پیام میدم", "برای مادرم ثبت میکنم", "به نمایندگی از اهالی کوچه"}))
	}
	if other := otherCodes(is); len(other) > 0 && r.Float64() < 0.3 {
		// a resident citing the code of another thing they reported: not the same issue
		parts = append(parts, fmt.Sprintf(pick(r, []string{"قبلا هم با کد %s یه مشکل دیگه ثبت کرده بودم", "(کد قبلی من %s بود، اون یه موضوع دیگه بود)", "درخواست قبلی‌ام %s درباره موضوع دیگری بود"}), pick(r, other)))
	} else if len(earlier) > 0 && r.Float64() < 0.15 {
		parts = append(parts, fmt.Sprintf(pick(r, followRefs), earlier[r.Intn(len(earlier))]))
	} else if d.k > 0 && r.Float64() < 0.1 {
		parts = append(parts, pick(r, []string{"باز هم", "دوباره", "بار سوم است که ثبت میکنم،", "هنوز هم"}))
	}
	core := g.core(is)
	if is.feast != nil && r.Float64() < 0.7 {
		core = pick(r, is.feast)
	}
	if gen := generic[is.prob.code]; gen != nil && r.Float64() < 0.06 {
		core = pick(r, gen)
	}
	if r.Float64() < 0.03 {
		// two problems in one message, numbered; the first is the one the clerk files
		core = "۱- " + core + " ۲- " + pick(r, others)
	}
	if inText {
		pt := placeText(r, is.pl, true)
		switch r.Intn(6) {
		case 0:
			core = pt + " " + core
		case 1:
			core = "تو " + pt + " " + core
		case 2:
			parts = append(parts, "ساکن "+pt+" هستم")
		case 3:
			core = core + " (" + pt + ")"
		case 4:
			core = "آدرس: " + pt + ". " + core
		default:
			core = pt + "، " + core
		}
	}
	parts = append(parts, core)
	if r.Float64() < 0.45 {
		parts = append(parts, pick(r, is.prob.then))
	}
	if r.Float64() < 0.10 {
		parts = append(parts, pick(r, rambles))
	}
	if !is.prob.burst && r.Float64() < 0.07 {
		parts = append(parts, since(r, is.start, d.at))
	}
	if r.Float64() < 0.03 {
		parts = append(parts, "شماره تماس "+fmt.Sprintf("0911%07d", r.Intn(10000000)))
	}
	if r.Float64() < 0.12 {
		parts = append(parts, pick(r, angry))
	}
	if pl := pick(r, pleas); pl != "" {
		parts = append(parts, pl)
	}
	if r.Float64() < 0.05 {
		parts = append(parts, "ضمناً "+pick(r, others))
	}
	sep := pick(r, []string{"، ", ". ", " ", "، ", "\n"})
	s := strings.Join(parts, sep)
	if r.Float64() < 0.08 {
		s += " " + pick(r, emojis)
	}
	if r.Float64() < 0.04 {
		for _, gw := range gilaki {
			s = strings.Replace(s, gw[0], gw[1], 1)
		}
	}
	if r.Float64() < 0.04 {
		// the young: a mate's greeting, sarcasm
		s = pick(r, []string{"سلام داداش ", "درود بر شما ", "سلام عزیزان "}) + s + pick(r, []string{" دمتون گرم واقعا 😂", " عالیه، خسته نباشید 😐", " مرسی اه"})
	} else if r.Float64() < 0.05 {
		// the formal letter of an older caller
		s = "اینجانب " + pick(r, []string{"ساکن محل", "یکی از اهالی"}) + " به استحضار می‌رساند " + s + ". با تشکر"
	}
	return s
}

// operator writes the clerk's summary of a phone call, often the same pasted template.
func (g *gen) operator(d *draft, inText bool) string {
	r := g.r
	p := d.is.prob
	if d.is.paste != "" && r.Float64() < 0.7 {
		if inText {
			return d.is.paste + "، " + placeText(r, d.is.pl, true)
		}
		return d.is.paste
	}
	op := pick(r, p.op)
	switch {
	case distinct[p.code] || len(d.is.vocab) == 1:
		// the operator names the matter itself, or only the vague kind
		op = g.core(d.is)
		if r.Float64() < 0.2 {
			op = "مشکل " + p.cat
		}
	case r.Float64() < 0.3:
		op = g.core(d.is)
	}
	if inText {
		return fmt.Sprintf(pick(r, opTemplates), op, placeText(r, d.is.pl, true))
	}
	if d.row.Address == "" {
		return fmt.Sprintf(pick(r, opNoPlace[:1]), op)
	}
	return fmt.Sprintf(pick(r, opNoPlace), op)
}

func (g *gen) finglish(d *draft, inText bool) string {
	r := g.r
	s := pick(r, finglishCore[d.is.prob.code])
	if inText && d.is.pl.h != nil && d.is.pl.al != nil {
		pl := d.is.pl
		var where string
		switch {
		case pl.h.kind == kindTown:
			where = fmt.Sprintf("%s faz %d block %d", pl.h.finglish, pl.s.phase, pl.al.num)
		case pl.al.num > 0 && pl.s.num > 0:
			where = fmt.Sprintf("%s %d kooche %d", pl.h.finglish, pl.s.num, pl.al.num)
		case pl.al.num > 0:
			where = fmt.Sprintf("%s kooche %d", pl.h.finglish, pl.al.num)
		default:
			where = pl.h.finglish
		}
		s = where + " " + s
	}
	return pick(r, []string{"salam ", "slm ", ""}) + s + pick(r, []string{" lotfan residegi konid", " mersi", "!!", ""})
}

// generic are the texts that say nothing of where, identical across places.
var generic = map[string][]string{
	"asphalt": {"خیابان خراب است", "کوچه خرابه", "آسفالت"}, "garbage": {"زباله", "زباله جمع نشده"}, "channel": {"آبگرفتگی", "آب جمع شده"},
	"dogs": {"سگ ولگرد"}, "sweep": {"کوچه کثیفه"}, "streetlight": {"چراغ خاموش است"}, "sewage": {"فاضلاب"}, "tree": {"درخت"},
}

var jMonths = []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// since says when it began, as callers do: a Jalali date, or days and weeks.
func since(r *rand.Rand, start, at time.Time) string {
	jy, jm, jd, err := jalaali.ToJalaali(start.Year(), start.Month(), start.Day())
	days := int(at.Sub(start).Hours() / 24)
	switch {
	case err == nil && r.Intn(3) == 0:
		return fmt.Sprintf("از %d %s", jd, jMonths[int(jm)-1])
	case err == nil && r.Intn(2) == 0:
		return fmt.Sprintf("از تاریخ %d/%02d/%02d", jy, int(jm), jd)
	case days >= 14:
		return fmt.Sprintf("%d هفته است", days/7)
	case days >= 2:
		return fmt.Sprintf("%d روزه", days)
	}
	return "از دیروز"
}

// otherCodes are the codes the issue's resident got for their other issues.
func otherCodes(is *issue) []string {
	pe := is.persona
	if pe == nil {
		return nil
	}
	var out []string
	for i, c := range pe.codes {
		if pe.codeIssue[i] != is {
			out = append(out, c)
		}
	}
	return out
}
