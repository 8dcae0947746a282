package rasht13

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// caller is a person who calls more than once over the year, about different things.
type caller struct {
	name, phone string
	home        place
}

type voices struct {
	rng     *rand.Rand
	w       *world
	opt     Options
	callers []*caller
	ids     map[*issue][]string // ids of an issue's reports so far, for reminders
	last    map[*issue]*Row     // the issue's latest row, copied by a double submission
	state   map[*issue]string   // the issue's state in the new system
}

var surnames = []string{"رضایی", "محمدی", "حسینی", "کریمی", "نیکنام", "پورعلی", "قربانی", "صفری", "جعفرزاده", "رحیمی",
	"ابراهیمی", "خوش‌قدم", "طالبی", "میرزایی", "پوراحمد", "شعبانی", "نوروزی", "فلاح", "یوسف‌زاده", "حیدری", "کاظمی", "گیلانی"}

func newVoices(rng *rand.Rand, w *world, opt Options) *voices {
	v := &voices{rng: rng, w: w, opt: opt, ids: map[*issue][]string{}, last: map[*issue]*Row{}, state: map[*issue]string{}}
	for i := 0; i < 70; i++ {
		st := pick(rng, w.streets)
		al := pick(rng, st.alleys)
		v.callers = append(v.callers, &caller{
			name:  pick(rng, []string{"", "آقای ", "خانم ", "حاج آقا "}) + pick(rng, surnames),
			phone: phone(rng),
			home:  place{st: st, al: al, pos: al.idx, plate: 1 + rng.IntN(80)},
		})
	}
	return v
}

var greetings = []string{"سلام", "با سلام و احترام", "سلام خسته نباشید", "سلام وقت بخیر", "باسلام", "درود", "سلام علیکم",
	"با عرض سلام", "سلام. ", "ضمن عرض خسته نباشید"}
var durations = []string{"از دو هفته پیش", "چند ماهه", "از سه هفته پیش", "از دیروز", "یک ماهه", "خیلی وقته",
	"از هفته قبل", "چند روزه", "بیش از ده روزه", "از ماه پیش", "از پریروز", "از شنبه"}
var pleas = []string{"لطفا رسیدگی کنید", "تو رو خدا یه فکری بکنید", "ممنون میشم پیگیری کنید", "خواهشمندیم اقدام فرمایید",
	"کسی جوابگو نیست؟!", "لطفا سریعتر", "مرسی از زحماتتون", "منتظر اقدام شما هستیم", "دست شما درد نکنه اگه رسیدگی کنید",
	"چرا کسی کاری نمی‌کنه؟", "لطفا یکی بیاد ببینه", "با تشکر"}
var gilaki = []string{"امی کوچه", "ایتا", "چره کسی نیه بیدینه", "خیلی بد ایسه", "هچی کار نوکودید", "بوشو بیدین", "جیر بیجیر",
	"تا کی اَمَه صبر بوکونیم", "خوب نیه", "دکفته"}
var reminders = []string{"هفته پیش زنگ زدم کسی نیومد", "قبلا هم ثبت کردم هیچ اقدامی نشد", "بار سومه که تماس می‌گیرم",
	"دفعه قبل گفتن پیگیری میشه ولی خبری نشد", "همسایه‌ها هم ثبت کردن", "چند بار گزارش دادیم", "پریروز هم زنگ زدم",
	"این دومین باریه که اعلام می‌کنم"}
var citeWords = []string{"پیرو درخواست شماره", "کد رهگیری قبلی", "پیگیری درخواست", "شماره پیگیری", "ادامه درخواست", "کد پیگیری"}
var comebacks = []string{"هفته پیش درست کردن ولی دوباره همون‌طور شده", "تعمیر کردن اما دوباره خراب شد",
	"گفتن انجام شده ولی مشکل برگشته", "کار رو سرسری انجام دادن و دوباره مشکل داریم", "چند روز خوب بود ولی باز هم همینه"}
var recurs = []string{"پارسال هم همین مشکل بود و درست کردن، الان دوباره", "چند ماه پیش یه بار حل شد ولی باز",
	"دوباره بعد از چند ماه", "مثل سری قبل"}
var forOthersOp = []string{"برای منزل مادرش", "برای منزل پدر سالمندش", "برای مغازه‌اش", "از طرف همسایه سالمندش", "برای محل کارش"}
var outsideAsides = []string{"شهرداری محترم لطفا پیگیری کنید", "به شهرداری هم گفتیم کسی نیومد", "نمی‌دونم شهرداری باید بیاد یا کس دیگه",
	"شهرداری گفت مربوط به ما نیست ولی کسی دیگه جواب نمیده", "از منطقه ۳ خواهش می‌کنم پیگیری کنن"}
var menuOnly = []string{"ثبت از طریق منوی برنامه", "گزارش", ".", "درخواست", "مشکل"}

var forOthers = []string{"برای منزل مادرم", "برای منزل پدرم که تنها زندگی می‌کنه", "برای مغازه‌ام", "برای خونه مادربزرگم",
	"از طرف همسایه مسن‌مون", "برای محل کارم"}

// operatorTemplates are pasted as they are, for many requests; the place is only in the
// address field.
var operatorTemplates = []string{
	"شهروند از {noun} در آدرس فوق گلایه دارد و خواستار رسیدگی است.",
	"تماس گیرنده اعلام نمود: {noun}. لطفا بررسی شود.",
	"{noun} - درخواست بازدید و اقدام",
}

func (v *voices) citizenCore(p *problem) string {
	if chance(v.rng, 0.12) {
		return pick(v.rng, p.short)
	}
	if pp, ok := pieces[p.key]; ok && chance(v.rng, 0.45) {
		return pp.compose(v.rng)
	}
	return pick(v.rng, p.says)
}

func (v *voices) row(r *report) Row {
	rng := v.rng
	is, p := r.is, r.is.prob
	old := r.old
	var channel string
	switch {
	case old:
		channel = pick(rng, []string{"تلفنی ۱۳۷", "۱۳۷", "تلفن", "حضوری", "سامانه قدیم"})
	default:
		channel = pick(rng, []string{"app", "app", "app", "phone", "phone", "web", "app", "phone", "app", "phone", "app"})
	}
	script := 1
	switch {
	case old && chance(rng, 0.5):
		script = 2
	case chance(rng, 0.3):
		script = 0
	}

	// who calls and for which address
	var who *caller
	if chance(rng, 0.08) {
		who = pick(rng, v.callers)
	}
	forOther := chance(rng, 0.04)
	if forOther && who == nil {
		who = pick(rng, v.callers)
	}

	prior := v.ids[is]
	if l := v.last[is]; l != nil && is.twice[r.at] {
		// the same citizen sent it twice
		row := *l
		row.ID, row.CreatedAt = r.id, r.at
		v.ids[is] = append(prior, r.id)
		v.last[is] = &row
		return row
	}
	var extras []string
	if r.idx > 0 && is.fixed > 0 && r.idx >= is.fixed && chance(rng, 0.7) {
		extras = append(extras, pick(rng, comebacks))
	}
	if is.recur && chance(rng, 0.35) {
		extras = append(extras, pick(rng, recurs))
	}
	if is.recur && is.prev != nil && len(v.ids[is.prev]) > 0 && chance(rng, 0.15) {
		// the citizen cites the closed file of the earlier episode: still a new issue
		extras = append(extras, "قبلا با کد "+digitsIn(pick(rng, v.ids[is.prev]), script)+" ثبت کرده بودم که "+
			pick(rng, []string{"انجام شد", "بسته شد", "درست کردن"}))
	}
	if len(prior) > 0 && chance(rng, 0.2) {
		switch rng.IntN(5) {
		case 0, 1:
			extras = append(extras, pick(rng, citeWords)+" "+digitsIn(pick(rng, prior), script))
		case 2:
			extras = append(extras, "از تاریخ "+digitsIn(jalaliDate(is.times[0]), script)+" "+
				pick(rng, []string{"پیگیری می‌کنم", "ثبت کردم", "منتظرم"}))
		default:
			extras = append(extras, pick(rng, reminders))
		}
	}
	if r.at.Equal(is.migr) {
		// the clerk re-registers a file left open at the migration, citing the old number
		var oldID string
		for _, id := range prior {
			if strings.Contains(id, "-") {
				oldID = id
			}
		}
		t := pick(rng, []string{"انتقال از سامانه قبلی - شماره قبلی ", "پرونده منتقل شده، شماره سامانه قدیم ", "ثبت مجدد درخواست "}) +
			digitsIn(oldID, script) + " - " + pick(rng, p.nouns)
		return v.finish(r, "migration", script, t, v.w.address(rng, is.pl, script), prior, false, nil)
	}
	if len(prior) > 0 && chance(rng, 0.04) {
		// a call-back that only says "about the same thing as before"
		t := pick(rng, reminders) + pick(rng, []string{"، هنوز کسی نیومده", " ولی خبری نشد", "، همون مشکل قبلی", ""})
		a := v.w.address(rng, v.callerPlace(is), script)
		if chance(rng, 0.6) {
			t += " " + pick(rng, citeWords) + " " + digitsIn(prior[len(prior)-1], script)
			if chance(rng, 0.5) {
				a = ""
			}
		}
		if old {
			// the old system had no address field: the operator typed it in
			if a != "" {
				t += " آدرس " + a
				a = ""
			}
			t = arabicLetters(rng, t, true)
		}
		return v.finish(r, channel, script, digitsIn(t, script), a, prior, forOther, who)
	}

	addr := ""
	var text string
	mode := rng.Float64()
	switch {
	case old:
		text, addr = v.oldText(r, script, extras, who)
	case channel == "phone" && chance(rng, 0.7):
		text, addr = v.operatorText(r, script, extras, who, forOther)
	case channel == "app" && chance(rng, 0.025):
		// the app sends the menu's choice and a pin; the citizen typed nothing of note
		cat := pick(rng, p.cats)
		text = pick(rng, []string{cat, pick(rng, menuOnly) + " " + cat, pick(rng, p.short)})
		if cat == "سایر" {
			text = pick(rng, p.short)
		}
		if chance(rng, 0.5) {
			addr = v.w.address(rng, v.callerPlace(is), script)
		}
	case chance(rng, 0.05):
		text = v.finglishText(is, extras)
		if mode < 0.5 {
			addr = v.w.address(rng, v.callerPlace(is), script)
		}
	default:
		text, addr = v.citizenText(r, script, extras, who, forOther)
	}

	return v.finish(r, channel, script, text, addr, prior, forOther, who)
}

func (v *voices) finish(r *report, channel string, script int, text, addr string, prior []string, forOther bool, who *caller) Row {
	is, p := r.is, r.is.prob
	old := r.old
	lat, lon, has := v.coords(r, channel, forOther, who)
	row := labelled.Row{ID: r.id, District: v.opt.District, CreatedAt: r.at, Category: v.category(p, old),
		Text: text, Address: addr, Channel: channel, Status: v.status(r), Group: is.id, Agency: p.agency}
	if has {
		row.Lat, row.Lon = &lat, &lon
	}
	v.ids[is] = append(prior, r.id)
	v.last[is] = &row
	return row
}

// citizenText is what a citizen types in the app or the web form (or an operator copies
// word for word).
func (v *voices) citizenText(r *report, script int, extras []string, who *caller, forOther bool) (string, string) {
	rng := v.rng
	is, p := r.is, r.is.prob
	core := v.citizenCore(p)
	var parts []string
	if chance(rng, 0.4) {
		parts = append(parts, pick(rng, greetings))
	}
	addr := ""
	inText := ""
	m := rng.Float64()
	switch {
	case forOther:
		// the address field is the caller's own; the problem is where the parent lives
		addr = v.w.address(rng, who.home, script)
		inText = pick(rng, forOthers) + " در " + v.w.inText(rng, is.pl, script)
		parts = append(parts, inText+":")
		inText = ""
	case m < 0.33:
		addr = v.w.address(rng, v.callerPlace(is), script)
		inText = v.w.inText(rng, is.pl, script)
	case m < 0.70:
		addr = v.w.address(rng, v.callerPlace(is), script)
	case m < 0.88:
		inText = v.w.inText(rng, is.pl, script)
	case m < 0.93:
		if mk := is.pl.nearMark(); mk != nil {
			inText = markPhrase(rng, mk)
		} else {
			inText = v.w.inText(rng, is.pl, script)
		}
	default:
		// nowhere: the caller thought the app knew
	}
	if inText != "" {
		switch rng.IntN(4) {
		case 0:
			parts = append(parts, inText+"،", core)
		case 1:
			intro := pick(rng, [][2]string{{"ساکن", "هستم."}, {"ساکن", "هستیم،"}, {"منزل ما در", "است."}, {"ما تو", "میشینیم،"}, {"ما تو", "هستیم."}, {"من", "زندگی می‌کنم،"}})
			parts = append(parts, intro[0]+" "+inText+" "+intro[1], core)
		case 2:
			parts = append(parts, core, pick(rng, []string{"- آدرس:", "آدرس", "محل:", "در"})+" "+inText)
		default:
			parts = append(parts, "در "+inText, core)
		}
	} else {
		parts = append(parts, core)
	}
	if chance(rng, 0.25) {
		parts = append(parts, pick(rng, durations))
	}
	if chance(rng, 0.15) {
		parts = append(parts, pick(rng, rambles))
	}
	if p.agency == "municipality" && chance(rng, 0.015) {
		if m := pick(rng, secondMentions); !strings.Contains(m, ownWord[p.key]) || ownWord[p.key] == "" {
			parts = append(parts, m)
		}
	}
	parts = append(parts, extras...)
	if p.agency == "municipality" && chance(rng, 0.04) {
		parts = append(parts, pick(rng, asides))
	}
	if p.agency != "municipality" && chance(rng, 0.12) {
		parts = append(parts, pick(rng, outsideAsides))
	}
	if chance(rng, 0.04) {
		parts = append(parts, pick(rng, gilaki))
	}
	if chance(rng, 0.5) {
		parts = append(parts, pick(rng, pleas))
	}
	if who != nil && chance(rng, 0.5) {
		parts = append(parts, who.name+" "+digitsIn(who.phone, script))
	}
	text := noisy(rng, digitsIn(strings.Join(parts, " "), script))
	return text, addr
}

// operatorText is an operator's summary of a phone call.
func (v *voices) operatorText(r *report, script int, extras []string, who *caller, forOther bool) (string, string) {
	rng := v.rng
	is, p := r.is, r.is.prob
	noun := pick(rng, p.nouns)
	addr := v.w.address(rng, v.callerPlace(is), script)
	if forOther {
		addr = v.w.address(rng, who.home, script)
		return digitsIn("شهروند "+pick(rng, forOthersOp)+" واقع در "+v.w.inText(rng, is.pl, script)+" از "+noun+" گلایه دارد.", script), addr
	}
	if chance(rng, 0.3) && len(extras) == 0 {
		t := strings.ReplaceAll(pick(rng, operatorTemplates), "{noun}", noun)
		return t, addr
	}
	var s string
	switch rng.IntN(8) {
	case 5:
		s = "درخواست شهروند مبنی بر رفع " + noun + pick(rng, []string{"", " در محدوده " + v.w.inText(rng, is.pl, script)})
	case 6:
		s = "گزارش شهروند: " + pick(rng, p.says) + pick(rng, []string{"", " - " + v.w.inText(rng, is.pl, script)})
	case 7:
		s = "شهروند خواستار رسیدگی به " + noun + " می‌باشد"
	case 0:
		s = "شهروند از " + noun + " " + pick(rng, []string{"گلایه دارد", "شکایت دارد", "ناراضی است"}) + "."
	case 1:
		s = "تماس‌گیرنده اعلام نمود " + pick(rng, p.says) + "."
	case 2:
		s = "شهروند گزارش کرد که " + pick(rng, p.says) + " و درخواست رسیدگی دارد."
	case 3:
		s = noun + " در " + v.w.inText(rng, is.pl, script) + "، " + pick(rng, []string{"درخواست اقدام", "ارجاع به واحد مربوطه", "پیگیری شود"})
		if chance(rng, 0.5) {
			addr = ""
		}
	default:
		s = "شهروندی با ۱۳۷ تماس گرفته و اعلام کرده " + pick(rng, p.says) + "؛ " + pick(rng, []string{"خواهان رسیدگی فوری است", "تقاضای بازدید دارد", "ناراضی است"})
	}
	if len(extras) > 0 {
		s += " " + pick(rng, []string{"شهروند افزود: ", "به گفته تماس‌گیرنده ", ""}) + strings.Join(extras, "، ")
	}
	if chance(rng, 0.12) {
		// some operators note where they sent it
		if p.agency == "municipality" {
			s += " " + pick(rng, []string{"به واحد خدمات شهری ارجاع شد.", "ارجاع به ناحیه.", "به پیمانکار منطقه اعلام شد."})
		} else {
			s += " " + pick(rng, []string{"به دستگاه مربوطه ارجاع شد.", "خارج از حوزه شهرداری.", "به شهروند اعلام شد با سامانه مربوطه تماس بگیرد."})
		}
	}
	if who != nil && chance(rng, 0.4) {
		s += " (" + who.name + ")"
	}
	if chance(rng, 0.15) {
		s = spacing(rng, s)
	}
	return digitsIn(s, script), addr
}

// oldText is a row of the old system: everything typed into one text in a hurry, Arabic
// letters, the address inside the text.
func (v *voices) oldText(r *report, script int, extras []string, who *caller) (string, string) {
	rng := v.rng
	is, p := r.is, r.is.prob
	noun := pick(rng, p.nouns)
	a := v.w.address(rng, v.callerPlace(is), script)
	ph := ""
	if chance(rng, 0.5) {
		ph = phone(rng)
		if who != nil {
			ph = who.phone
		}
	}
	var s string
	addrField := ""
	switch rng.IntN(8) {
	case 6:
		s = noun + "/" + a
	case 7:
		s = "موضوع " + noun + " محل " + a
	case 0:
		s = "آدرس: " + a + " - موضوع: " + noun
	case 1:
		s = noun + " " + a
	case 2:
		s = "شهروند از " + noun + " گلایه دارد آدرس " + a
	case 3:
		s = a + "، " + pick(rng, p.says)
	case 4:
		// the migration moved this one's address into its own field
		s, addrField = noun, a
	case 5:
		if chance(rng, 0.5) {
			s = pick(rng, p.short) + " " + a
		} else {
			s = pick(rng, p.says) // no place at all: lost in the old system
		}
	}
	if len(extras) > 0 {
		s += " - " + strings.Join(extras, " - ")
	}
	if ph != "" {
		s += pick(rng, []string{" تلفن ", " ت: ", " شماره تماس ", " - "}) + ph
	}
	if chance(rng, 0.12) {
		s += pick(rng, []string{" - ثبت: اپراتور ", " /اپ", " کاربر "}) + num(rng, 1+rng.IntN(14), script)
	}
	if chance(rng, 0.08) {
		s = "[انتقال از سامانه قدیم] " + s
	}
	s = digitsIn(s, script)
	if chance(rng, 0.04) {
		// the migration's code page had no half-space
		s = strings.ReplaceAll(s, zwnj, "?")
	}
	s = strings.ReplaceAll(s, zwnj, pick(rng, []string{"", " "}))
	if chance(rng, 0.7) {
		s = arabicLetters(rng, s, chance(rng, 0.7))
		addrField = arabicLetters(rng, addrField, true)
	}
	if chance(rng, 0.1) {
		s = typo(rng, s)
	}
	return s, addrField
}

func (v *voices) finglishText(is *issue, extras []string) string {
	rng := v.rng
	s := pick(rng, is.prob.fin)
	if chance(rng, 0.7) {
		s = is.pl.finglish(rng) + " " + s
	}
	if chance(rng, 0.5) {
		s = pick(rng, []string{"salam ", "slm ", "salam khaste nabashid "}) + s
	}
	if len(extras) > 0 && chance(rng, 0.5) {
		s += " " + pick(rng, []string{"ghablan ham goftam", "bare dovome sabt mikonam", "dobare"})
	}
	return s + pick(rng, []string{"", " lotfan residegi konid", " mamnoon", " !!!"})
}

func (v *voices) category(p *problem, old bool) string {
	rng := v.rng
	if old {
		switch r := rng.Float64(); {
		case r < 0.45:
			return "سایر"
		case r < 0.8:
			return pick(rng, oldCodes)
		}
		return arabicLetters(rng, pick(rng, p.cats), true)
	}
	switch r := rng.Float64(); {
	case r < 0.74:
		return pick(rng, p.cats)
	case r < 0.87:
		return pick(rng, vagueCats)
	}
	return pick(rng, pick(rng, problems).cats)
}

func (v *voices) status(r *report) string {
	rng := v.rng
	is := r.is
	if r.old {
		if is.prob.agency != "municipality" && chance(rng, 0.6) {
			return pick(rng, []string{"ارجاع شده", "خارج از حوزه"})
		}
		return pick(rng, []string{"مختومه", "انجام شده", "بسته شده", "رسیدگی شده", "مختومه"})
	}
	if is.fixed > 0 && r.idx < is.fixed {
		return "resolved"
	}
	if st, ok := v.state[is]; ok {
		return st
	}
	// the new system closes an issue's requests together: they share its state
	age := v.opt.End.Sub(is.times[len(is.times)-1])
	var st string
	switch {
	case is.prob.agency != "municipality" && chance(rng, 0.7):
		st = "referred"
	case age < 10*day:
		st = pick(rng, []string{"new", "new", "reviewing"})
	case age < 40*day:
		st = pick(rng, []string{"reviewing", "assigned", "in_progress", "resolved"})
	default:
		st = pick(rng, []string{"resolved", "resolved", "resolved", "in_progress", "assigned", "resolved", "in_progress", "resolved", "resolved", "rejected"})
	}
	v.state[is] = st
	return st
}

// coords: the phone's position for app rows (near the problem, 20-150 m off), an
// operator's map pin for some phone rows, none in the old system.
func (v *voices) coords(r *report, channel string, forOther bool, who *caller) (float64, float64, bool) {
	rng := v.rng
	var p float64
	switch {
	case r.old:
		p = 0.03
	case channel == "app":
		p = 0.97
	case channel == "phone":
		p = 0.8
	default:
		p = 0.7
	}
	if !chance(rng, p) {
		return 0, 0, false
	}
	pl := r.is.pl
	if forOther && chance(rng, 0.5) {
		pl = who.home // sent from home, about the parent's alley
	}
	side := float64(pl.plate%7-3) * 8
	lat, lon := pl.st.coords(pl.pos, side)
	d := 20 + rng.Float64()*130
	a := rng.Float64() * 2 * math.Pi
	lat += d * math.Cos(a) / 111000
	lon += d * math.Sin(a) / 88300
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6, true
}

// callerPlace is the place a caller writes in the address field. For a problem of a whole
// street stretch (its lights, its sidewalk) a caller often gives their own alley off it.
func (v *voices) callerPlace(is *issue) place {
	pl := is.pl
	if is.prob.lv != lvStreet || !chance(v.rng, 0.3) {
		return pl
	}
	i := pl.pos - 1 + v.rng.IntN(5) - 2
	if i < 0 || i >= len(pl.st.alleys) {
		return pl
	}
	pl.al, pl.mark = pl.st.alleys[i], nil
	return pl
}
