package rasht

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik"
)

// jalaliDate writes a date the way people type it: 1405/07/12.
func jalaliDate(t time.Time) string {
	t = t.In(tehran)
	jy, jm, jd, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d/%02d/%02d", jy, int(jm), jd)
}

var (
	greetings = []string{"سلام", "سلام وقت بخیر", "ببخشید مزاحم شدم", "سلام خدمت همکاران محترم ۱۳۷", "با سلام و احترام", "سلام خسته نباشید", "سلام علیکم", "درود", "با سلام",
		"سلام و عرض ادب", "سلام ببخشید", "باسلام"}
	asksCitizen = []string{"لطفا رسیدگی کنید", "خواهشمند است دستور پیگیری بفرمایید", "لطفا هر چه زودتر اقدام کنید", "تورو خدا یه کاری بکنید",
		"لطفا یکی بیاد ببینه", "ممنون میشم رسیدگی کنید", "لطفاً پیگیری کنید", "رسیدگی کنید لطفا", "چرا کسی کاری نمی‌کند؟",
		"تا کی باید تحمل کنیم؟", "لطفا اقدام عاجل", "منتظر رسیدگی شما هستیم", "خواهش می‌کنم پیگیری کنید", "لطفا یه فکری بکنید"}
	closings = []string{"ممنون", "با تشکر", "تشکر", "سپاس", "مرسی", "با تشکر از زحمات شما", "خدا قوت", "سپاسگزارم", "متشکرم"}
	emojis   = []string{"🙏", "😡", "😢", "🙏🙏", "👎", "‼️", "😠", "🙏🏻", "💔", "😤", "!!!"}
	durLong  = []string{"چند روز است", "از هفته پیش", "دو ماه است", "یک ماه است", "چند هفته است", "از اول پاییز", "از عید تا حالا", "مدت‌هاست", "سه ماهه"}
	durShort = []string{"از صبح", "از دیشب", "از دو ساعت پیش", "از ظهر", "از یک ساعت پیش", "همین الان"}
	refs     = []string{"قبلا هم با کد رهگیری %s ثبت کرده بودم", "پیرو درخواست قبلی به شماره %s", "کد پیگیری قبلی %s",
		"این بار دوم است که ثبت می‌کنم (%s)", "درخواست %s هنوز رسیدگی نشده"}
	refsNoCode = []string{"این بار سوم است که ثبت می‌کنم", "چندین بار زنگ زدم کسی نیامد", "قبلا هم گزارش داده بودیم",
		"همسایه‌ها هم ثبت کرده‌اند", "هفته پیش هم تماس گرفتم"}
	opOpen = []string{"شهروند از %s %s گلایه دارد", "شهروند از %s %s شکایت دارد", "گزارش %s %s", "%s %s",
		"شهروند تماس گرفته و از %s %s ناراضی است", "اعلام %s %s توسط شهروند"}
	opSay = []string{"تماس‌گیرنده اعلام نمود %s", "شهروند اظهار داشت %s", "شهروند تماس گرفته و می‌گوید %s", "شهروند محترم اعلام کردند %s",
		"طبق اظهار شهروند %s", "شهروند گفت %s"}
	opTail    = []string{"و خواستار رسیدگی است", "لطفا بررسی شود", "پیگیری شود", "جهت اقدام", "خواستار اقدام فوری است", "", "", ""}
	opRepeat  = []string{"مجددا تماس گرفته‌اند.", "تماس تکراری.", "شهروند برای بار چندم تماس گرفته.", "پیگیری مجدد."}
	followUps = []string{"پیگیری درخواست %s", "درخواست %s چه شد؟", "سلام، درخواست قبلی من با کد %s هنوز انجام نشده", "کد رهگیری %s - لطفا پیگیری کنید",
		"وضعیت درخواست %s را اعلام کنید", "پیرو %s هیچ اقدامی نشده"}
	// deskGuess is what an operator notes about who should act; wrong for the municipal
	// look-alikes, right for the others.
	deskGuess = map[string]string{
		"sewage": "(مربوط به آبفا)", "water_main": "(ارجاع به آب و فاضلاب)", "streetlight": "(مربوط به اداره برق)", "power_cut": "(اداره برق)",
		"gas_smell": "(به ۱۹۴ اطلاع داده شود)", "telecom": "(مربوط به مخابرات)", "parking": "(مربوط به پلیس راهور)", "neighbour_noise": "(مربوط به ۱۱۰)",
		"park_light": "(احتمالا مربوط به اداره برق)", "surface_water": "(شاید فاضلاب باشد)", "tree_prune": "(سیم برق نزدیک است؟)",
		"building_noise": "(شاید مزاحمت همسایه)", "shop_obstruction": "(پارک خودرو؟)",
	}
	rants = []string{"هر سال عوارض نوسازی می‌دهیم ولی هیچ خدماتی نمی‌گیریم", "مگر ما شهروند این شهر نیستیم؟", "هیچ کس جواب نمی‌دهد",
		"فقط قبل از انتخابات یادتان می‌افتد", "چند بار به دفتر منطقه هم رفتم", "این همه پیامک دادم جواب ندادید", "خجالت دارد واقعا",
		"در این سرما و بارون وضع بدتر هم می‌شود", "همسایه‌ها همه شاکی هستند", "عکسش را هم می‌توانم بفرستم", "نمی‌دانم باید به کجا زنگ بزنم"}
	againWords = []string{"دوباره همان مشکل", "باز هم همینطور شده", "چند ماه پیش درست کردید ولی دوباره خراب شد", "بعد از تعمیر دوباره همان وضع", "باز شروع شد"}
	surnames   = []string{"رضایی", "محمدی", "پورحسن", "قاسم‌پور", "نیکپور", "رحیم‌زاده", "کاظمی", "میرزایی", "علیپور", "جعفرزاده",
		"صفری", "شعبانی", "یوسفی", "حسن‌زاده", "نوروزی", "ابراهیم‌پور", "مهدی‌پور", "بابایی", "کریمی", "اسدی"}
	channels = struct{ app, phone, web string }{"اپلیکیشن", "تلفن 137", "سامانه اینترنتی"}
)

// render writes one request: voice, text, address, category, coordinates, status.
// earlier holds the tracking codes already given to the same issue.
func (g *gen) render(d *draft, earlier []string) Row {
	is, k, rng := d.is, d.is.k, g.rng
	row := Row{GroupID: is.id, Agency: k.agency, Problem: k.code}
	pl := g.asReported(is.pl)
	req := &row.Request
	req.ID, req.District, req.CreatedAt = d.id, g.opt.District, d.at

	voice := pickWeighted(rng, []float64{0.45, 0.45, 0.10}) // app, phone, web
	formalAddr := voice != 0
	switch voice {
	case 0:
		req.Channel = channels.app
	case 1:
		req.Channel = channels.phone
	default:
		req.Channel = channels.web
	}

	// Where the place is written: both, address only, text only, nowhere.
	mode := pickWeighted(rng, []float64{0.33, 0.37, 0.22, 0.08})
	if is.pl.level == atNone {
		mode = pickWeighted(rng, []float64{0.1, 0.6, 0, 0.3})
	}
	placeInText := mode == 0 || mode == 2
	if mode == 0 || mode == 1 {
		req.Address = g.address(pl, d.home, formalAddr)
	}

	var text string
	switch {
	case len(earlier) > 0 && voice != 1 && chance(rng, 0.012):
		// Only asking after an earlier request: the code is the one link to its issue.
		text = strings.Replace(pick(rng, followUps), "%s", pick(rng, earlier), 1)
	case voice == 0 && chance(rng, 0.1):
		text = g.finglishText(d, pl, placeInText)
	case voice == 1:
		text = g.operatorText(d, pl, placeInText, earlier)
	default:
		text = g.citizenText(d, pl, placeInText, earlier, voice == 2)
	}
	if strings.TrimSpace(text) == "" {
		text = pick(rng, g.says(d))
	}
	if voice != 1 && chance(rng, 0.02) {
		// A second, lesser complaint in passing; the request stays with the first.
		other := kinds[rng.IntN(len(kinds))]
		if other != k && other.agency == tafkik.AgencyMunicipality && !other.facets {
			text += pick(rng, []string{". ضمنا ", " ضمنا ", ". در ضمن ", "، یه چیز دیگه: "}) + pick(rng, other.say)
		}
	}
	if voice == 1 && chance(rng, 0.03) {
		// The desk's own guess at who is responsible, right or wrong.
		if guess := deskGuess[k.code]; guess != "" {
			text += " " + guess
		}
	}
	// The noise of real typing; operators type more carefully than citizens.
	w := writer{rng: rng, citizen: voice != 1}
	req.Text = w.noisy(text)
	if req.Address != "" {
		aw := writer{rng: rng, citizen: voice == 0, addressOnly: true}
		req.Address = aw.noisy(req.Address)
	}
	req.Category = g.category(k, voice)

	// Coordinates: the app sends the phone's fix, the web form sometimes a map pin,
	// the phone desk rarely.
	pLoc := []float64{0.85, 0.35, 0.5}[voice]
	if chance(rng, pLoc) {
		lat, lon := is.pl.lat, is.pl.lon
		if d.home != nil {
			lat, lon = d.home.lat, d.home.lon
		}
		dist := 20 + rng.Float64()*130
		if chance(rng, 0.03) { // sent from work, not from the place
			dist = 300 + rng.Float64()*1200
		}
		lat, lon = offset(lat, lon, dist, rng.Float64()*2*math.Pi)
		req.Lat, req.Lon = round6(lat), round6(lon)
		req.HasLocation = true
	}
	req.Status = g.status(is, d.at)
	return row
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// says is what the citizens of this issue may say: one facet of a mixed kind, or any
// paraphrase.
func (g *gen) says(d *draft) []string {
	k := d.is.k
	if k.facets {
		return strings.Split(k.say[d.is.facet], "|")
	}
	return k.say
}

func (g *gen) duration(d *draft) string {
	if d.is.k.span[1] <= 3 {
		return pick(g.rng, durShort)
	}
	return pick(g.rng, durLong)
}

func (g *gen) aside(k *kind) string {
	if k.agency != tafkik.AgencyMunicipality {
		return ""
	}
	if xs := asides[k.code]; len(xs) > 0 && chance(g.rng, 0.6) {
		return pick(g.rng, xs)
	}
	return pick(g.rng, asides["*"])
}

func (g *gen) ref(d *draft, earlier []string) string {
	if len(earlier) > 0 && chance(g.rng, 0.6) {
		return strings.Replace(pick(g.rng, refs), "%s", pick(g.rng, earlier), 1)
	}
	return pick(g.rng, refsNoCode)
}

func (g *gen) citizenText(d *draft, pl place, placeInText bool, earlier []string, web bool) string {
	rng, k := g.rng, d.is.k
	var parts []string
	if chance(rng, 0.06) && !web { // bare and generic; the place, if anywhere, in the address
		s := k.short
		if len(s) == 0 || k.facets {
			s = g.says(d)
		}
		return pick(rng, s)
	}
	if chance(rng, 0.55) || web {
		parts = append(parts, pick(rng, greetings))
	}
	say := pick(rng, g.says(d))
	if placeInText {
		p := g.inText(pl, d.home)
		switch rng.IntN(5) {
		case 0, 1:
			say = p + pick(rng, []string{"، ", " ", " - ", ": "}) + say
		case 2:
			say = "در " + p + " " + say
		case 3:
			if strings.Contains(p, "(") {
				say = say + " - " + p
			} else {
				say = say + " (" + p + ")"
			}
		default:
			say = say + ". آدرس: " + p
		}
	}
	parts = append(parts, say)
	if d.is.recurs && chance(rng, 0.3) {
		parts = append(parts, pick(rng, againWords))
	}
	if chance(rng, 0.3) {
		parts = append(parts, g.duration(d)+" "+pick(rng, []string{"همینطوره", "همین وضع است", "کسی رسیدگی نکرده", "مانده"}))
	}
	if len(k.detail) > 0 && chance(rng, 0.3) {
		parts = append(parts, pick(rng, k.detail))
	}
	if chance(rng, 0.1) {
		parts = append(parts, pick(rng, rants))
	}
	if chance(rng, 0.07) {
		if a := g.aside(k); a != "" {
			parts = append(parts, a)
		}
	}
	if d.rank > 0 && chance(rng, 0.15) {
		parts = append(parts, g.ref(d, earlier))
	}
	if k.span[1] > 3 && chance(rng, 0.04) {
		parts = append(parts, "از تاریخ "+jalaliDate(d.at.AddDate(0, 0, -3-rng.IntN(40)))+" "+pick(rng, []string{"این وضع هست", "چند بار تماس گرفتم", "همینطور مانده"}))
	}
	if chance(rng, 0.65) {
		if len(k.ask) > 0 && !k.facets && chance(rng, 0.3) {
			parts = append(parts, "درخواست "+pick(rng, k.ask)+" داریم")
		} else {
			parts = append(parts, pick(rng, asksCitizen))
		}
	}
	if chance(rng, 0.35) {
		parts = append(parts, pick(rng, closings))
	}
	if chance(rng, 0.03) {
		parts = append(parts, pick(rng, []string{"شماره تماس: ", "شمارم ", "تلفن: ", "با این شماره تماس بگیرید "})+fmt.Sprintf("0911%07d", rng.IntN(10_000_000)))
	}
	sep := pick(rng, []string{". ", "، ", " ", ".", "\n", " . "})
	text := strings.Join(parts, sep)
	if !web && chance(rng, 0.12) {
		text += " " + pick(rng, emojis)
	}
	return text
}

func (g *gen) operatorText(d *draft, pl place, placeInText bool, earlier []string) string {
	rng, k := g.rng, d.is.k
	p := ""
	if placeInText {
		p = g.inText(pl, d.home)
	}
	var text string
	if !k.facets && chance(rng, 0.55) {
		where := ""
		if p != "" {
			where = pick(rng, []string{"در ", "واقع در ", "", "- "}) + p
		}
		switch {
		case chance(rng, 0.2):
			text = "درخواست " + pick(rng, k.ask) + " " + where
		default:
			text = sprintf1(pick(rng, opOpen), pick(rng, k.noun), where)
		}
	} else {
		say := pick(rng, g.says(d))
		if p != "" {
			if chance(rng, 0.5) {
				say = "در " + p + " " + say
			} else {
				say = say + " - آدرس: " + p
			}
		}
		text = strings.Replace(pick(rng, opSay), "%s", say, 1)
	}
	text = strings.TrimSpace(strings.Join(strings.Fields(text), " "))
	if strings.HasPrefix(text, "شهروند") && chance(rng, 0.15) {
		who := pick(rng, []string{"آقای ", "خانم ", "شهروند (آقای ", "شهروند (خانم "}) + pick(rng, surnames)
		if strings.Contains(who, "(") {
			who += ")"
		}
		text = who + strings.TrimPrefix(text, "شهروند")
	}
	if t := pick(rng, opTail); t != "" {
		text += " " + t
	}
	if d.rank > 0 && chance(rng, 0.12) {
		if len(earlier) > 0 && chance(rng, 0.5) {
			text = pick(rng, opRepeat) + " " + text + " (پیرو " + pick(rng, earlier) + ")"
		} else {
			text = pick(rng, opRepeat) + " " + text
		}
	}
	if chance(rng, 0.04) {
		if a := g.aside(k); a != "" {
			text += ". شهروند افزود: " + a
		}
	}
	return text + pick(rng, []string{".", "", "", "."})
}

func sprintf1(format, a, b string) string {
	out := strings.Replace(format, "%s", a, 1)
	out = strings.Replace(out, "%s", b, 1)
	return strings.Join(strings.Fields(out), " ")
}

func (g *gen) finglishText(d *draft, pl place, placeInText bool) string {
	rng, k := g.rng, d.is.k
	say := ""
	if len(k.fing) > 0 && !k.facets {
		say = pick(rng, k.fing)
	} else {
		return g.citizenText(d, pl, placeInText, nil, false) // no Finglish for it: he writes Persian after all
	}
	var parts []string
	if chance(rng, 0.6) {
		parts = append(parts, pick(rng, []string{"salam", "slm", "salam vaght bekheir", "dorood"}))
	}
	if placeInText || chance(rng, 0.5) {
		parts = append(parts, g.finglish(pl, d.home))
	}
	parts = append(parts, say)
	if chance(rng, 0.6) {
		parts = append(parts, pick(rng, []string{"lotfan residegi konid", "lotfan peygiri konid", "mamnoon", "merci", "khahesh mikonam residegi konid"}))
	}
	return strings.Join(parts, pick(rng, []string{" ", ", ", ". "}))
}

// category is what the desk filed it under: usually right, sometimes wrong, often vague.
func (g *gen) category(k *kind, voice int) string {
	r := g.rng.Float64()
	if k.agency == tafkik.AgencyMunicipality {
		switch {
		case r < 0.76:
			return k.cat
		case r < 0.88 && len(k.wrong) > 0:
			return pick(g.rng, k.wrong)
		case r < 0.97:
			return catOther
		default:
			return ""
		}
	}
	switch {
	case r < 0.35:
		return k.cat
	case r < 0.45:
		return catOutside
	case r < 0.82 && len(k.wrong) > 0:
		return pick(g.rng, k.wrong)
	default:
		return catOther
	}
}

// status is where the request stood when the year was exported; it depends on time and
// the issue's repair, never on who must act, so it gives the jurisdiction away to no one.
func (g *gen) status(is *issue, at time.Time) tafkik.Status {
	if !is.resolved.IsZero() && !at.After(is.resolved) {
		if chance(g.rng, 0.9) {
			return tafkik.StatusResolved
		}
		return tafkik.StatusRejected
	}
	if g.opt.End.Sub(at) < 3*24*time.Hour {
		return tafkik.StatusNew
	}
	return pick(g.rng, []tafkik.Status{tafkik.StatusNew, tafkik.StatusReviewing, tafkik.StatusAssigned, tafkik.StatusInProgress, tafkik.StatusInProgress})
}
