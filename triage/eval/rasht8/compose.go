package rasht8

import (
	"fmt"
	"math/rand"
	"strings"
)

// voice is who wrote a request's text.
type voice int

const (
	citizenVoice  voice = iota // typed in the app or the website
	operatorVoice              // the 137 operator's summary of a phone call
	pastedVoice                // the operator's canned sentence, place only in the address
	finglishVoice              // typed in Latin letters
	terseVoice                 // a few words typed into the app's box
)

// where says which fields carry the place.
type where int

const (
	inBoth where = iota
	inAddress
	inText
	nowhere
)

var openers = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "درود", "سلام خسته نباشید", "سلام و عرض ادب",
	"با سلام", "سلام ببخشید", "سلام علیکم", "وقتتون بخیر", "سلام آقا", "خسته نباشید"}

var pleas = []string{"لطفا رسیدگی کنید", "خواهشا یه فکری بکنید", "تورو خدا یکی بیاد ببینه", "ممنون میشم پیگیری کنید",
	"لطفا هر چه سریعتر اقدام کنید", "منتظر اقدام شما هستیم", "کی میخواید درستش کنید؟", "لطفا یه نفر رو بفرستید",
	"خواهش میکنم جدی بگیرید", "رسیدگی فوری", "مسئولین کجان؟", "عاجزانه تقاضای رسیدگی داریم", "دستتون درد نکنه اگه پیگیری کنید"}

var closers = []string{"با تشکر", "ممنون", "خدا قوت", "سپاس", "تشکر", "با تشکر از زحمات شما", "مرسی", "یا علی"}

var durations = []string{"چند هفته است", "از اول پاییز", "دو ماهه", "یه هفته‌ست", "از عید تا حالا", "سه روزه",
	"از پارسال", "از دیروز", "امروز صبح", "چند وقته", "مدت‌هاست", "از ۱۵ آبان", "از اول مهر",
	"از بعد عید", "از اول آذر"}

var followups = []string{"این بار سومه که گزارش میدم", "قبلا هم زنگ زدم ولی کسی نیومد", "پیرو درخواست قبلیم به شماره {REF}",
	"دفعه قبل کد رهگیری {REF} دادید ولی خبری نشد", "هنوز رسیدگی نشده", "بازم همون مشکل", "پیگیری درخواست {REF}",
	"چند بار ثبت کردم", "همسایه‌ها هم زنگ زدن"}

var gilaki = []string{"آقا جان ایتا فکری بوکونید", "خیلی بد بوسته", "خسته نبین", "اَمه محله‌ره ایتا فکر بوکونید"}

var opIntro = []string{"شهروند از %s در %s گلایه دارد.", "تماس‌گیرنده از %s در %s شکایت داشت.",
	"شهروند اعلام نمود %[2]s دچار %[1]s است.", "گزارش %s - %s.", "%s در %s.", "شهروند نسبت به %s در %s معترض است.",
	"شکایت از %s، آدرس: %s."}

var opAsk = []string{"درخواست %s در %s.", "شهروند خواستار %s در %s می‌باشد.", "لطفا نسبت به %s در %s اقدام گردد.",
	"تقاضای %s - %s"}

var opTail = []string{"", "", " لطفا بررسی شود.", " جهت اقدام.", " پیگیری شود.", " شهروند ناراضی است.",
	" تماس مجدد شهروند.", " شهروند درخواست تماس دارد.", " فوری."}

// textFor writes one request's text. refOK says whether an earlier request of the same issue
// exists, so that a cited tracking code can be filled in later.
func textFor(p *problem, sp spot, v voice, w where, refOK bool, rng *rand.Rand) string {
	placed := w == inBoth || w == inText
	place := func() string {
		if placed {
			return placeInText(sp, rng)
		}
		return pointAt(sp, rng)
	}
	switch v {
	case pastedVoice:
		return fmt.Sprintf("شهروند درخواست %s دارد. جهت بررسی به واحد مربوطه ارجاع شود.", p.act[0])
	case terseVoice:
		n := p.noun[rng.Intn(len(p.noun))]
		if placed {
			return pick(rng, n+" "+placeInText(sp, rng), placeInText(sp, rng)+" "+n, n+" - "+placeInText(sp, rng))
		}
		return pick(rng, n, n+"!!!", n+" "+pointAt(sp, rng), n+"؟")
	case finglishVoice:
		if len(p.fing) > 0 {
			pl := "inja"
			if placed {
				pl = latinPlace(sp, rng)
			}
			s := strings.ReplaceAll(p.fing[rng.Intn(len(p.fing))], "{P}", pl)
			return pick(rng, "salam ", "slm ", "", "salam vaght bekheir ") + s + pick(rng, " lotfan residegi konid", " mamnoon", "", " merci", " ye fekri bokonid")
		}
		v = citizenVoice
	case operatorVoice:
		pl := "محل"
		if sp.lvl == atMark {
			pl = sp.m.kind + " مذکور"
		}
		if placed {
			pl = placeInText(sp, rng)
		}
		var s string
		switch rng.Intn(5) {
		case 0, 1:
			s = fmt.Sprintf(opIntro[rng.Intn(len(opIntro))], p.noun[rng.Intn(len(p.noun))], pl)
		case 2:
			s = fmt.Sprintf(opAsk[rng.Intn(len(opAsk))], p.act[rng.Intn(len(p.act))], pl)
		case 3:
			say := strings.ReplaceAll(p.says[rng.Intn(len(p.says))], "{P}", pl)
			s = "تماس‌گیرنده اظهار داشت " + say + "."
		default:
			say := strings.ReplaceAll(p.says[rng.Intn(len(p.says))], "{P}", pl)
			s = "شهروند گفت: " + say
		}
		s = strings.Replace(s, "آدرس: محل.", "آدرس در سامانه ثبت شده.", 1)
		if chance(rng, 0.35) {
			s += " " + p.more[rng.Intn(len(p.more))] + "."
		}
		if refOK && chance(rng, 0.12) {
			s += " " + pick(rng, "پیرو درخواست {REF}.", "تماس مجدد، کد قبلی {REF}.", "درخواست تکراری، قبلا با کد {REF} ثبت شده.")
		}
		return s + opTail[rng.Intn(len(opTail))]
	}
	// the citizen's own words
	var b []string
	if chance(rng, 0.55) {
		b = append(b, openers[rng.Intn(len(openers))])
	}
	say := p.says[rng.Intn(len(p.says))]
	if placed && chance(rng, 0.2) && sp.lvl != atMark && sp.lvl != atPark {
		// the place said first, then the problem pointed at
		b = append(b, pick(rng, "ساکن %s هستم.", "از %s تماس میگیرم.", "آدرس: %s.", "%s،"))
		b[len(b)-1] = fmt.Sprintf(b[len(b)-1], placeInText(sp, rng))
		say = strings.ReplaceAll(say, "{P}", pointAt(sp, rng))
	} else {
		say = strings.ReplaceAll(say, "{P}", place())
	}
	sudden := p.class == burst || p.key == "flood"
	if !sudden && chance(rng, 0.3) && !strings.ContainsAny(say, "؟") && !strings.Contains(say, "لطفا") && !strings.Contains(say, "بذارید") {
		say = durations[rng.Intn(len(durations))] + " " + say
	}
	b = append(b, say+pick(rng, ".", "", "!", "!!", "،", " .."))
	if sp.lvl == atAlley && chance(rng, 0.04) {
		// a neighbouring alley named in passing: it is not the place of this issue
		if nb := neighbour(sp.a); nb != nil {
			b = append(b, pick(rng, "%s رو درست کردید ولی ما رو نه.", "مثل %s که رسیدگی کردید.", "%s بهتر از ماست!"))
			b[len(b)-1] = fmt.Sprintf(b[len(b)-1], alleySay(nb, rng, false))
		}
	}
	for k := 0; k < 2 && chance(rng, 0.45); k++ {
		b = append(b, p.more[rng.Intn(len(p.more))]+pick(rng, ".", "", "!"))
	}
	if chance(rng, 0.15) {
		f := followups[rng.Intn(len(followups))]
		if strings.Contains(f, "{REF}") && !refOK {
			f = "قبلا هم گزارش دادم"
		}
		b = append(b, f+".")
	}
	if chance(rng, 0.04) {
		b = append(b, gilaki[rng.Intn(len(gilaki))])
	}
	if chance(rng, 0.6) {
		b = append(b, pleas[rng.Intn(len(pleas))]+pick(rng, ".", "", "🙏", "!"))
	}
	if chance(rng, 0.25) {
		b = append(b, closers[rng.Intn(len(closers))])
	}
	return strings.Join(b, " ")
}

func latinPlace(sp spot, rng *rand.Rand) string {
	st := sp.s.latin
	if sp.s.num == 0 {
		st = pick(rng, "khiaban ", "kh ", "") + st
	}
	switch sp.lvl {
	case atAlley:
		a := sp.a
		al := ""
		if a.num > 0 {
			al = fmt.Sprintf("%s %d", pick(rng, "kooche", "koche", "k"), a.num)
		} else {
			al = "kooche " + a.name // the alley's name stays in Persian letters: people switch scripts
		}
		if a.parent != nil && a.parent.num > 0 {
			al = fmt.Sprintf("kooche %d bonbast %d", a.parent.num, a.num)
		}
		return fmt.Sprintf("%s %s %s", sp.h.latin, st, al)
	case atHood:
		return sp.h.latin
	}
	return sp.h.latin + " " + st
}

// noisy roughens a text the way real typing does. The noise is per request: one person
// types Arabic ي or leaves out every ZWNJ, not every other word.
func noisy(s string, app bool, v voice, rng *rand.Rand) string {
	if v == operatorVoice || v == pastedVoice {
		// operators type on a Persian keyboard, fast: missing ZWNJ and typos, little else
		if chance(rng, 0.4) {
			s = strings.ReplaceAll(s, "\u200c", pick(rng, "", " "))
		}
		if chance(rng, 0.15) {
			s = typos(s, rng)
		}
		return s
	}
	if chance(rng, 0.1) {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	switch r := rng.Float64(); {
	case r < 0.35:
		s = strings.ReplaceAll(s, "\u200c", "")
	case r < 0.6:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	if chance(rng, 0.3) {
		s = typos(s, rng)
	}
	if chance(rng, 0.08) {
		s = stretch(s, rng)
	}
	if app && chance(rng, 0.07) {
		s += " " + pick(rng, "😡", "😢", "🙏🙏", "‼️", "😔", "🤬")
	}
	return s
}

func typos(s string, rng *rand.Rand) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		r := []rune(w)
		if len(r) < 4 || !chance(rng, 0.05) || strings.ContainsAny(w, "0123456789{}") {
			continue
		}
		k := 1 + rng.Intn(len(r)-2)
		switch rng.Intn(3) {
		case 0:
			r = append(r[:k], r[k+1:]...)
		case 1:
			r[k], r[k+1] = r[k+1], r[k]
		default:
			r = append(r[:k+1], r[k:]...)
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

var stretchable = []string{"خیلی", "لطفا", "واقعا", "تورو خدا", "زیاده"}

func stretch(s string, rng *rand.Rand) string {
	for _, w := range stretchable {
		if strings.Contains(s, w) {
			r := []rune(w)
			last := string(r[len(r)-1])
			return strings.Replace(s, w, w+strings.Repeat(last, 2+rng.Intn(4)), 1)
		}
	}
	return s + " لطفااااا"
}

var faDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
var arDigits = []rune("٠١٢٣٤٥٦٧٨٩")

// digits writes ASCII digits in the request's style: Persian mostly, Latin when typed on a
// phone with an English keyboard, Arabic-Indic now and then, sometimes a mix.
func digits(s string, style int) string {
	if style == 0 {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r >= '0' && r <= '9' {
			switch {
			case style == 1 || (style == 3 && i%2 == 0):
				r = faDigits[r-'0']
			case style == 2:
				r = arDigits[r-'0']
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}
