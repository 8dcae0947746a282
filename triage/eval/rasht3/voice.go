package rasht3

import (
	"math/rand/v2"
	"strings"
)

var openers = []string{"سلام", "سلام خسته نباشید", "با سلام و احترام", "با سلام", "سلام وقت بخیر", "سلام و عرض ادب",
	"باسلام", "سلام علیکم", "ضمن عرض سلام و خسته نباشید", "احتراماً", "شهرداری محترم منطقه ۳", "سلام، ببخشید مزاحم میشم",
	"سلام خدا قوت", "با عرض پوزش", "جناب شهردار", "سلام آقای شهردار"}

var closings = []string{"با تشکر", "ممنون", "تشکر", "خدا خیرتون بده", "پیشاپیش ممنون", "ممنون میشم",
	"با سپاس", "مرسی", "خیلی ممنون", "با تشکر از زحمات شما", "لطفاً پیگیری کنید ممنون", "یا علی"}

var durations = []string{"چند ماهه که اینطوریه", "از دو هفته پیش", "یک ساله همینطوره", "از زمستون پارسال", "سه روزه",
	"از اول هفته", "خیلی وقته", "از عید تا حالا", "چند هفته‌ست", "از دیروز", "از دیشب", "بیش از یک ماه است"}

// shortDurations are for what happens all at once: a power cut, a gas smell, a burst main.
var shortDurations = []string{"از یک ساعت پیش", "از صبح", "از دیشب", "از ظهر", "از دو ساعت پیش", "از نیم ساعت پیش", "الان"}

var mediumDurations = []string{"از دیروز", "سه روزه", "از اول هفته", "چند روزه", "از دیشب", "از پریروز", "یک هفته‌ست"}

var followUps = []string{"قبلاً هم با کد رهگیری {code} ثبت کردم ولی کسی نیومد", "پیرو درخواست قبلی به شماره {code}",
	"شماره پیگیری قبلی: {code}", "این بار سومه که زنگ میزنم", "چند بار گزارش دادیم هیچ اقدامی نشده",
	"همسایه‌ها هم قبلاً ثبت کردن", "کد پیگیری {code} رو هم دارم", "دفعه قبل گفتن میان ولی نیومدن",
	"پیگیری درخواست {code}", "دوباره ثبت میکنم چون جواب ندادید"}

// rants are what a tired citizen adds.
var rants = []string{"واقعاً جای تاسفه", "ما هم عوارض میدیم", "مگه ما شهروند این شهر نیستیم؟", "تا کی باید تحمل کنیم؟",
	"انتخابات که میشه همه میان قول میدن", "محله‌های بالای شهر اینطوری نیست", "خجالت داره", "هیچکس جوابگو نیست",
	"چند ساله همینه", "شما رو به خدا یه کاری بکنید", "دیگه خسته شدیم", "از شهرداری انتظار بیشتری داشتیم"}

var firstNames = []string{"محمد", "علی", "رضا", "حسین", "مریم", "فاطمه", "زهرا", "مهدی", "سارا", "نرگس", "امیر", "حمید", "لیلا", "جواد"}
var lastNames = []string{"رضایی", "احمدی", "پوررحیم", "قاسمی", "نوروزی", "گیلانی", "حسن‌زاده", "کاظمی", "شیرازی", "لاهیجی", "فومنی", "رحمانی"}

var againWords = []string{"دوباره", "باز هم", "مجدداً", "پارسال درستش کردید ولی دوباره", "بعد از تعمیر قبلی باز"}

// passing are sentences that name another agency without it having to act: the lookalikes
// of a municipal complaint.
var passing = map[string][]string{
	"surface_water":         {"آبفا میگه کانال آب‌های سطحی مال شهرداریه", "فاضلاب نیست، آب بارونه", "زنگ زدیم آب و فاضلاب گفتن کار شما نیست"},
	"park_light":            {"اداره برق گفت چراغ‌های پارک با شهرداریه", "تیرهای برق خیابون روشنه ولی داخل پارک تاریکه"},
	"tree_prune":            {"به سیم برق نرسیده ولی خطرناکه", "اداره برق گفت این درخت ربطی به شبکه نداره"},
	"construction_nuisance": {"به ۱۱۰ زنگ زدیم گفتن کارگاه ساختمانی با شهرداریه", "پلیس گفت به شهرداری بگید"},
	"sidewalk_obstruction":  {"پلیس گفت سد معبر کار شهرداریه", "ماشین نیست، جنس مغازه‌هاست"},
	"asphalt":               {"حفاری نبوده، آسفالت خودش از بین رفته", "کنار دریچه گاز یه چاله بزرگه", "نزدیک پست برق"},
	"garbage":               {"کنار تیر برق زباله تلنبار شده", "جلوی کنتورهای گاز پر از زباله‌ست"},
	"stray_dogs":            {"شب‌ها کنار ترانس برق جمع میشن", "پلیس گفت به شهرداری زنگ بزنید"},
	"debris":                {"کنار کافوی مخابرات خالی کردن", "دیوار اداره گاز رو پوشونده"},
	"channel_cover":         {"فاضلاب نیست، کانال آب بارونه", "آبفا گفت مال شهرداریه"},
}

// operator names, for summaries that record who called.
var callers = []string{"آقای رضایی", "خانم احمدی", "آقای محمدی", "خانم حسینی", "آقای قربانی", "خانم کریمی",
	"آقای پورحسن", "خانم نوروزی", "آقای رحیمی", "خانم صادقی", "آقای گیلانی", "خانم رشتی‌زاده", "آقای جعفری",
	"خانم باقری", "آقای عباسی", "خانم موسوی", "آقای طالبی", "خانم یوسفی"}

type voice int

const (
	voiceCitizen  voice = iota // typed by the citizen in the app or on the web
	voiceCaller                // said by a caller, written down as said
	voiceOperator              // the operator's summary
	voiceFinglish              // typed in Latin letters
	voiceVague                 // says nothing of the problem
)

// talk is what one request needs to be written.
type talk struct {
	k        *kind
	p        *place
	v        voice
	inText   bool // the place is written in the text
	again    bool // a recurrence after a repair
	prior    string
	oldCode  string // a tracking code from the previous episode
	favCore  []int
	followUp bool
	passing  bool
	aside    *kind  // another municipal problem mentioned in passing
	since    string // a Jalali date the trouble started, as the citizen writes it
}

func fill(s, w string) string { return strings.ReplaceAll(s, "{w}", w) }

func sepr(rng *rand.Rand) string {
	return pick(rng, []string{" ", "، ", ". ", ". ", "\n", " - ", "، ", "."})
}

func (t *talk) core(rng *rand.Rand) string {
	if len(t.favCore) > 0 && chance(rng, 0.65) {
		return t.k.core[pick(rng, t.favCore)]
	}
	return pick(rng, t.k.core)
}

// write composes the request's text.
func (t *talk) write(rng *rand.Rand) string {
	w := levelWord(rng, t.p)
	switch t.v {
	case voiceOperator:
		return t.operator(rng, w)
	case voiceFinglish:
		return t.finglish(rng)
	case voiceVague:
		s := fill(pick(rng, vague), w)
		if t.inText {
			s = spoken(rng, t.p) + " " + s
		}
		if chance(rng, 0.4) {
			s = pick(rng, openers) + " " + s
		}
		return s
	}
	var parts []string
	if chance(rng, 0.5) {
		parts = append(parts, pick(rng, openers))
	}
	if chance(rng, 0.05) {
		parts = append(parts, pick(rng, []string{"اینجانب ", "من ", ""})+pick(rng, firstNames)+" "+pick(rng, lastNames)+pick(rng, []string{" هستم", "", " از اهالی محل"}))
	}
	core := fill(t.core(rng), w)
	if t.again {
		core = pick(rng, againWords) + " " + core
	}
	if t.inText {
		pl := spoken(rng, t.p)
		switch r := rng.Float64(); {
		case r < 0.3:
			core = pl + " " + core
		case r < 0.45:
			core = core + "، " + pl
		case r < 0.55:
			core = core + " (" + pl + ")"
		case r < 0.75:
			core = "در " + pl + " " + core
		case r < 0.88:
			core = "ساکن " + pl + " هستم" + sepr(rng) + core
		default:
			core = "ما اهالی " + pl + " هستیم" + sepr(rng) + core
		}
	}
	if chance(rng, 0.3) {
		ds := durations
		switch {
		case t.k.spread < 1:
			ds = shortDurations
		case t.k.spread <= 3:
			ds = mediumDurations
		}
		if chance(rng, 0.5) {
			core = pick(rng, ds) + " " + core
		} else {
			core += sepr(rng) + pick(rng, ds)
		}
	}
	parts = append(parts, core)
	if chance(rng, 0.45) {
		parts = append(parts, fill(pick(rng, t.k.extra), w))
	}
	if t.passing {
		parts = append(parts, pick(rng, passing[t.k.code]))
	}
	if t.since != "" {
		parts = append(parts, "از تاریخ "+t.since+" "+pick(rng, []string{"این مشکل هست", "اینطوریه", "گزارش دادیم", "شروع شده"}))
	}
	if chance(rng, 0.12) {
		parts = append(parts, pick(rng, rants))
		if chance(rng, 0.3) {
			parts = append(parts, pick(rng, rants))
		}
	}
	if t.aside != nil {
		// a lesser complaint in passing; the request is still about its main problem
		parts = append(parts, pick(rng, []string{"ضمناً ", "در ضمن ", "یه مشکل دیگه هم هست: ", "تازه "})+fill(pick(rng, t.aside.core), w))
	}
	if t.followUp && chance(rng, 0.45) {
		parts = append(parts, t.cite(rng, pick(rng, followUps)))
	}
	if t.oldCode != "" && chance(rng, 0.3) {
		parts = append(parts, "پارسال هم با کد "+t.oldCode+" گزارش داده بودم")
	}
	if chance(rng, 0.7) {
		parts = append(parts, pick(rng, t.k.ask))
	}
	if chance(rng, 0.35) {
		parts = append(parts, pick(rng, closings))
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sepr(rng))
		}
		b.WriteString(p)
	}
	s := b.String()
	if t.v == voiceCaller {
		// a caller's words as the desk typed them, often reported
		s = pick(rng, []string{"", "", "تماس‌گیرنده: ", "شهروند میگوید: ", "(تلفنی) "}) + s
	}
	return s
}

func (t *talk) cite(rng *rand.Rand, s string) string {
	if strings.Contains(s, "{code}") {
		if t.prior == "" {
			return "قبلاً هم گزارش دادم"
		}
		return strings.ReplaceAll(s, "{code}", t.prior)
	}
	return s
}

func (t *talk) operator(rng *rand.Rand, w string) string {
	op := fill(pick(rng, t.k.op), w)
	ask := pick(rng, t.k.opAsk)
	pl := ""
	if t.inText {
		pl = spoken(rng, t.p)
		if chance(rng, 0.5) {
			pl = address(rng, t.p)
		}
	}
	in := func(prefix string) string {
		if pl == "" {
			return ""
		}
		return prefix + pl
	}
	var s string
	switch rng.IntN(9) {
	case 0:
		s = "شهروند از " + op + in(" در ") + " گلایه دارد."
	case 1:
		s = "تماس‌گیرنده اعلام نمود " + fill(t.core(rng), w) + in("، ") + "."
	case 2:
		if pl != "" {
			s = pl + ": " + op + ". درخواست رسیدگی."
		} else {
			s = op + ". درخواست رسیدگی."
		}
	case 3:
		s = "ساکنین" + in(" ") + " خواستار " + ask + " هستند."
	case 4:
		s = "شهروند اظهار داشت که " + fill(t.core(rng), w) + " و تقاضای " + ask + " دارد" + in(". آدرس: ")
	case 5:
		s = "گزارش " + op + in(" - ") + " - تماس‌گیرنده: " + pick(rng, callers)
	case 6:
		s = "پیرو تماس شهروند، " + op + in(" در محدوده ") + " گزارش شد. " + ask + " درخواست گردید."
	case 7:
		s = "درخواست " + ask + in("، ")
	default:
		s = pick(rng, callers) + " تماس گرفتند و از " + op + in(" در ") + " شکایت داشتند."
	}
	if t.again {
		s += " " + pick(rng, []string{"مشکل مجدداً تکرار شده است.", "مورد قبلاً رفع شده بود و دوباره ایجاد شده."})
	}
	if t.followUp && chance(rng, 0.35) {
		if t.prior != "" {
			s += " پیرو درخواست شماره " + t.prior + "."
		} else {
			s += " شهروند چندمین بار است تماس می‌گیرد."
		}
	}
	if chance(rng, 0.1) {
		s += " شماره تماس: 0911" + phoneDigits(rng)
	}
	return s
}

func phoneDigits(rng *rand.Rand) string {
	b := make([]byte, 7)
	for i := range b {
		b[i] = byte('0' + rng.IntN(10))
	}
	return string(b)
}

var fiGreet = []string{"salam", "slm", "salam khaste nabashid", "salam", "", ""}
var fiAsk = []string{"lotfan residegi konid", "lotfan", "residegi konid mamnoon", "merci", "zood tar lotfan", "kasi javab nemide"}

func (t *talk) finglish(rng *rand.Rand) string {
	core := fill(pick(rng, t.k.fi), levelWordFi(t.p))
	var parts []string
	if g := pick(rng, fiGreet); g != "" {
		parts = append(parts, g)
	}
	if t.inText {
		pl := finglish(rng, t.p)
		if chance(rng, 0.5) {
			core = pl + " " + core
		} else {
			core += " " + pl
		}
	}
	parts = append(parts, core)
	if t.again {
		parts = append(parts, "dobare")
	}
	parts = append(parts, pick(rng, fiAsk))
	s := strings.Join(parts, pick(rng, []string{" ", ", ", ". "}))
	if chance(rng, 0.3) {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}
