package rasht10

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jalaali/go-jalaali"
)

var callerWords = []string{"شهروند", "متقاضی", "تماس‌گیرنده", "شهروند محترم", "شهروندی", "یکی از ساکنین", "ساکن محل", "خانمی", "آقایی"}

var greetings = []string{"سلام", "سلام خسته نباشید", "با سلام و احترام", "سلام وقت بخیر", "سلام ببخشید", "با عرض سلام", "درود", ""}

var pleas = []string{"لطفا رسیدگی کنید", "خواهشا پیگیری کنید", "ممنون میشم زودتر اقدام کنید", "تورو خدا یه کاری بکنید",
	"رسیدگی فرمایید", "لطفا سریعتر", "منتظر اقدام شما هستیم", "کسی جوابگو نیست؟", "", ""}

var burstDurations = []string{"از یک ساعت پیش", "از نیم ساعت پیش", "همین الان", "از سر شب", "از صبح"}

func (g *gen) duration(p *problem) string {
	if p.tempo == burst {
		return pick(g.r, burstDurations)
	}
	return pick(g.r, durations)
}

var durations = []string{"از هفته پیش", "چند روزه", "دو هفته است", "از اول ماه", "یک ماهه", "از دیروز", "مدتیه", "از عید تا حالا", "چند ماهه"}

// rambles are what callers add that is no help to anyone: old promises, their troubles,
// words that sound like other agencies' business.
var rambles = []string{"ما عوارض نوسازی رو به موقع میدیم", "همسایه‌ها همه شاکی هستن", "دفعه قبل گفتن اکیپ میاد ولی نیومد",
	"من بازنشسته‌ام و پام درد میکنه نمیتونم هر روز بیام شهرداری", "شهردار قبلی قول داده بود", "تو کوچه بغلی زود درست کردن ولی ما رو یادتون رفته",
	"بچه‌ها با سرویس مدرسه میرن و سرویس نمیتونه بیاد تو", "شب عید مهمون داریم", "ما اینجا مستاجریم ولی صاحبخونه هم کاری نمیکنه",
	"انتخابات که بود همه میومدن", "یه عکس هم فرستادم", "از طرف هیئت امنای مسجد زنگ میزنم"}

// asides: another agency named in passing, which does not make it theirs.
var municipalAsides = []string{"به آبفا زنگ زدم گفتن کار شهرداریه", "پلیس ۱۱۰ گفت به ۱۳۷ زنگ بزنید", "از اداره برق پرسیدم گفتن مربوط به ما نیست",
	"برق و گاز و آب همه چی داریم جز یه کوچه درست", "مخابرات هم که کابلشو کشید رفت ولی این مشکل مال قبل بود"}

var outsideAsides = []string{"به ۱۲۲ زنگ زدم کسی جواب نداد", "شهرداری بگه به کی زنگ بزنیم", "نمیدونم به کی باید بگم برای همین به ۱۳۷ زنگ زدم",
	"قبلا هم گفتیم کسی نیومد", "پیمانکارشون رو میشناسیم"}

// compose writes a request's text and address field as the operator or the citizen would.
func (g *gen) compose(rep *report, pl place) (string, string) {
	r := g.r
	nz := writerNoise(r, rep.channel)
	ds := nz.digits
	// where the place is given: address only, text only, both, or nowhere at all
	mode := pick(r, []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3})
	if rep.channel != "phone" && mode == 1 && chance(r, 0.5) {
		mode = 2
	}
	if rep.role == roleReminder || rep.role == roleAngry || rep.role == roleThanks {
		if chance(r, 0.3) {
			mode = 3 // a follow-up often only cites the code
		}
	}
	var addr string
	if mode == 0 || mode == 2 {
		addr = addressField(r, pl, rep.caller, rep.channel, g.opt.District, ds)
	}
	inText := mode == 1 || mode == 2
	var text string
	switch {
	case rep.channel == "app" && chance(r, 0.09):
		return g.finglish(rep, pl, inText), addr
	case rep.channel == "phone" && chance(r, 0.85):
		text = g.operator(rep, pl, inText)
	default:
		text = g.citizen(rep, pl, inText)
	}
	return strings.TrimSpace(nz.apply(r, text)), addr
}

// say and noun mostly repeat what this issue's other callers said, in their own wording.
func (g *gen) say(is *issue) string {
	if chance(g.r, 0.85) {
		return pick(g.r, is.says)
	}
	return pick(g.r, is.prob.say)
}

func (g *gen) noun(is *issue) string {
	if chance(g.r, 0.85) {
		return pick(g.r, is.nouns)
	}
	return pick(g.r, is.prob.noun)
}

// againNote says the problem is back after an earlier episode was dealt with, sometimes
// citing that episode's code.
func (g *gen) againNote(b *issue) string {
	r := g.r
	last := b.reports[len(b.reports)-1]
	switch r.IntN(3) {
	case 0:
		return "چند ماه پیش درست کردن ولی دوباره همون مشکل پیش اومده"
	case 1:
		return "قبلا با کد " + last.id + " رسیدگی شد، دوباره تکرار شده"
	}
	return "از " + jalali(last.at) + " که رسیدگی شد دوباره برگشته"
}

// abbreviate is the operator's shorthand for street, alley and plate.
func abbreviate(r *rand.Rand, s string) string {
	if !chance(r, 0.35) {
		return s
	}
	return strings.NewReplacer("خیابان ", "خ ", "کوچه ", "ک ", "پلاک ", "پ ", "بلوار ", "ب ", "بن‌بست ", "بن ").Replace(s)
}

// earlier finds the caller's own earlier request about another issue: people cite the
// last code they were given, whatever it was about.
func (g *gen) earlier(rep *report) (*report, bool) {
	var best *report
	for _, o := range rep.caller.reports {
		if o.iss != rep.iss && o.at.Before(rep.at) && o.id != "" {
			best = o
		}
	}
	return best, best != nil
}

func (g *gen) firstCode(rep *report) (string, time.Time, bool) {
	for _, o := range rep.iss.reports {
		if o.id != "" && o.at.Before(rep.at) && o != rep {
			if o.caller == rep.caller || chance(g.r, 0.3) {
				return o.id, o.at, true
			}
		}
	}
	return "", time.Time{}, false
}

func jalali(t time.Time) string {
	t = t.In(tehran)
	y, m, d, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d/%02d/%02d", y, int(m), d)
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.TrimSuffix(strings.Join(out, " "), " -")
}

func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "؟") {
		return s
	}
	return s + "."
}

// operator is the call-centre summary: hurried, abbreviated, quoting the caller in part.
func (g *gen) operator(rep *report, pl place, inText bool) string {
	r := g.r
	p := rep.iss.prob
	who := pick(r, callerWords)
	if chance(r, 0.15) {
		who = rep.caller.name
	}
	noun := g.noun(rep.iss)
	say := g.say(rep.iss)
	where := ""
	if inText {
		where = abbreviate(r, textPlace(r, pl))
	}
	in := func() string {
		if where == "" {
			return ""
		}
		return pick(r, []string{"در", "در محدوده", "واقع در", ""}) + " " + where
	}
	switch rep.role {
	case roleReminder, roleAngry:
		code, at, ok := g.firstCode(rep)
		ref := ""
		if ok {
			ref = pick(r, []string{"پیرو درخواست شماره " + code, "کد رهگیری قبلی " + code, "پیگیری " + code, "درخواست قبلی به شماره " + code,
				"پیرو درخواست مورخ " + jalali(at), "ثبت قبلی " + code + " مورخ " + jalali(at)})
		}
		head := pick(r, []string{"تماس مجدد", "پیگیری", "تماس مکرر", "بار دوم", "پیگیری مجدد"})
		if rep.role == roleAngry {
			head = pick(r, []string{"تماس مکرر و اعتراض شدید", "شهروند به شدت ناراضی است", "بار چندم تماس", "اعتراض به عدم رسیدگی"})
			return join(head+"،", ref, who, "اعلام کرد "+noun, in(), pick(r, []string{"بعد از یک ماه", "بعد از چند هفته", "با وجود چند بار تماس"}), "هنوز رفع نشده.",
				pick(r, []string{"تهدید به شکایت به استانداری کرد", "خواستار برخورد با مسئول مربوطه است", "گفت دیگر به ۱۳۷ اعتماد ندارد", "درخواست فوری دارد", ""}))
		}
		switch r.IntN(5) {
		case 0, 1:
			return join(head, "-", ref, "-", noun, in(), "-", pick(r, []string{"هنوز اقدامی نشده", "رسیدگی نشده", "مشکل پابرجاست", "هنوز کسی مراجعه نکرده"}))
		case 2:
			return join(who, "جهت پیگیری", strings.TrimPrefix(ref, "پیگیری "), "تماس گرفت.", noun, in(), pick(r, []string{"هنوز رفع نشده.", "برطرف نشده.", "به قوت خود باقیست."}))
		case 3:
			return join(who, "میگوید قبلا هم تماس گرفته ولی", say, in(), sentence(pick(r, []string{"", "کسی نیامده", "اکیپ نیامده", "فقط بازدید کرده‌اند"})), ref)
		}
		return join(ref+"،", who, "اعلام نمود", noun, in(), "همچنان ادامه دارد و درخواست پیگیری دارد.")
	case roleThanks:
		code, _, ok := g.firstCode(rep)
		ref := ""
		if ok {
			ref = "درخواست " + code
		}
		return pick(r, []string{
			join(who, "از رفع", noun, in(), "تشکر کرد."),
			join(ref, "-", "شهروند اعلام کرد", pick(r, []string{"کار انجام شد", "مشکل برطرف شد", "اکیپ آمد و درست کرد"}), "و تشکر نمود."),
			join("اعلام رضایت", who, "بابت", noun, in()),
		})
	}
	more := ""
	if chance(r, 0.4) {
		more = pick(r, p.more)
	}
	aside := ""
	if chance(r, 0.05) {
		if p.agency.Outside() {
			aside = pick(r, outsideAsides)
		} else {
			aside = pick(r, municipalAsides)
		}
	}
	if rep.role == roleRepeat && p.tempo == burst && chance(r, 0.4) {
		more = join(more, pick(r, []string{"همسایه‌ها هم تماس گرفته‌اند", "چند تماس دیگر هم داشتیم", "فوری"}))
	}
	if rep.iss.prev != nil && chance(r, 0.5) {
		aside = join(aside, "بعد از", alleyRef(r, rep.iss.prev, true), "حالا اینجا رو کندن")
	}
	if old, ok := g.earlier(rep); ok && rep.role == roleFirst && chance(r, 0.25) {
		aside = join(aside, "(قبلا هم بابت", g.noun(old.iss), "با کد", old.id, "تماس گرفته بود)")
	}
	if b := rep.iss.before; b != nil && rep.role == roleFirst && chance(r, 0.4) {
		aside = join(aside, g.againNote(b))
	}
	if rep.role == roleFirst && p.scope == atAlley && chance(r, 0.03) {
		// one call, two complaints: the issue is the first, the second is said in passing
		q := g.pickProblem(func(q *problem) bool { return q != p && q.scope == atAlley && !q.agency.Outside() })
		aside = join(aside, pick(r, []string{"ضمنا", "در ضمن", "همچنین"}), pick(r, q.noun), "هم دارند.")
	}
	if chance(r, 0.06) {
		aside = join(aside, pick(r, []string{"شماره تماس:", "تلفن:", "تماس:"}), rep.caller.phone)
	}
	x := r.IntN(9)
	if x == 4 && inText {
		x = 0
	}
	switch x {
	case 0:
		return join(who, "از", noun, in(), pick(r, []string{"گلایه دارد.", "شکایت دارد.", "گله‌مند است.", "ناراضی است."}), sentence(more), aside)
	case 1:
		return join(who, pick(r, []string{"اعلام نمود", "اظهار داشت", "میگوید", "اعلام کرد"}), say, in(), sentence(pick(r, pleas)), aside)
	case 2:
		if where == "" {
			return join(noun, "-", more, aside)
		}
		return join(noun, "-", where, "-", more)
	case 3:
		return join(sentence(noun+" "+in()), who, "میگوید: «"+say+"»", aside)
	case 4:
		// the template some operators paste for every call of the kind
		return "درخواست رسیدگی به " + noun + " در محل."
	case 5:
		return join(who, "ساکن", where, "تماس گرفته و از", noun, "شکایت دارد. به گفته ایشان «"+say+"».", sentence(more))
	case 6:
		return join(who+":", say, in()+"،", g.duration(p)+".", sentence(more), "پیگیری شود.")
	case 7:
		return join("گزارش", noun, in(), "توسط", who+".", aside)
	default:
		return join(pick(r, []string{"تماس تلفنی:", "تلفنی -", "ثبت تلفنی:", ""}), sentence(noun+" "+in()), "خواستار رسیدگی فوری است.")
	}
}

// gilaki puts a few Gilaki words into a Rasht caller's Persian.
func gilaki(r *rand.Rand, s string) string {
	rep := strings.NewReplacer("کوچه ما", "آمی کوچه", "کوچمون", "آمی کوچه", "یه ", "ایتا ", "بزرگ", "پیله", "هست ", "ایسه ", "لطفا", "خواهش کونم")
	if chance(r, 0.7) {
		return rep.Replace(s)
	}
	return s
}

// citizen is the app or web text, or a call written down word for word.
func (g *gen) citizen(rep *report, pl place, inText bool) string {
	r := g.r
	p := rep.iss.prob
	say := g.say(rep.iss)
	where := ""
	if inText {
		where = textPlace(r, pl)
	}
	var text string
	switch rep.role {
	case roleReminder, roleAngry:
		code, at, ok := g.firstCode(rep)
		ref := ""
		if ok {
			ref = pick(r, []string{"کد پیگیری " + code, "قبلا ثبت کردم به شماره " + code, "شماره درخواست قبلیم " + code, "تاریخ " + jalali(at) + " هم گزارش دادم"})
		}
		if rep.role == roleAngry {
			text = join(pick(r, []string{"چرا کسی جواب نمیده", "یک ماهه دارم زنگ میزنم", "مسئولین کجان", "واقعا که", "این چه وضعیه"}), ref, say, where,
				pick(r, []string{"اگه درست نشه میرم استانداری", "شرم آوره", "دیگه خسته شدیم", "عوارض میگیرید ولی کار نمیکنید"}))
		} else {
			noun := g.noun(rep.iss)
			switch r.IntN(5) {
			case 0:
				text = join(pick(r, []string{"سلام دوباره", "باز هم", "سلام مجدد"}), ref, where, say, pick(r, []string{"هنوز درست نشده", "کسی نیومد", "پیگیری کنید"}))
			case 1:
				text = join(pick(r, []string{"بار سومه زنگ میزنم", "دوباره پیام میدم", "چند بار گفتم"}), say, where, ref)
			case 2:
				text = join("این", noun, where, "چی شد؟", ref)
			case 3:
				text = join("همون مشکل", noun, where, "که گفته بودم", ref, pick(r, []string{"هنوز هست", "حل نشده", "بدتر هم شده"}))
			default:
				text = join(pick(r, []string{"ده روز پیش", "هفته پیش", "چند وقت پیش", "قبلا"}), "گزارش دادم", say, where, ref, pick(r, pleas))
			}
		}
	case roleThanks:
		text = join(pick(r, []string{"سلام", "", "با تشکر"}), pick(r, []string{"کار انجام شد ممنون", "درست شد دستتون درد نکنه", "ممنون از پیگیریتون مشکل حل شد", "اکیپ اومد تشکر"}),
			where, g.noun(rep.iss))
	default:
		parts := []string{pick(r, greetings)}
		if chance(r, 0.5) && where != "" {
			parts = append(parts, where, say)
		} else {
			parts = append(parts, say, where)
		}
		if chance(r, 0.4) {
			parts = append(parts, g.duration(p))
		}
		if chance(r, 0.4) {
			parts = append(parts, pick(r, p.more))
		}
		if chance(r, 0.04) && !p.agency.Outside() {
			parts = append(parts, pick(r, municipalAsides))
		}
		if b := rep.iss.before; b != nil && rep.role == roleFirst && chance(r, 0.4) {
			parts = append(parts, g.againNote(b))
		}
		if rep.iss.prev != nil && chance(r, 0.4) {
			parts = append(parts, "کوچه بغلی رو هم کنده بودن حالا نوبت ما شده")
		}
		if old, ok := g.earlier(rep); ok && chance(r, 0.2) {
			parts = append(parts, "دفعه قبل برای "+g.noun(old.iss)+" زنگ زدم کد "+old.id+" که درست شد، این یکی فرق داره")
		}
		if chance(r, 0.12) {
			parts = append(parts, pick(r, rambles))
			if chance(r, 0.4) {
				parts = append(parts, pick(r, rambles))
			}
		}
		parts = append(parts, pick(r, pleas))
		text = join(parts...)
	}
	if chance(r, 0.1) {
		text = gilaki(r, text)
	}
	if rep.channel == "app" && !p.agency.Outside() && chance(r, 0.06) {
		// the menu already said what; the citizen only pins the map
		rep.menuOnly = true
		text = pick(r, []string{"لطفا رسیدگی شود", "اینجا", "همین جا", "مشکل در محل", "رسیدگی"})
	}
	return text
}

// finglish is the text typed on a phone without a Persian keyboard.
func (g *gen) finglish(rep *report, pl place, inText bool) string {
	r := g.r
	p := rep.iss.prob
	parts := []string{pick(r, []string{"salam", "slm", "", "salam khaste nabashid"})}
	if rep.role == roleReminder || rep.role == roleAngry {
		if code, _, ok := g.firstCode(rep); ok {
			parts = append(parts, "code peygiri "+code)
		}
	}
	parts = append(parts, pick(r, p.fin))
	if inText || chance(r, 0.5) {
		parts = append(parts, finglishPlace(r, pl))
	}
	parts = append(parts, pick(r, []string{"lotfan residegi konid", "lotfan", "merci", "", "zood tar"}))
	return join(parts...)
}
