package rasht16

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// writer writes one request: an operator's record or a citizen's own words.
type writer struct {
	g      *gen
	r      *request
	digits digitStyle
	// plateSaid: the sentence already names the plate; the place need not repeat it.
	plateSaid bool
}

func (w *writer) digitsOf(s string) string { return toDigits(s, w.digits) }

func (w *writer) chance(p float64) bool { return w.g.rng.Float64() < p }

func (w *writer) pick(xs []string) string { return pick(w.g.rng, xs) }

// say is a citizen's sentence for the problem, fitted to the kind of spot and the plate.
func (w *writer) say(p *problem, phrases []string) string {
	s := w.pick(phrases)
	is := w.r.is
	if is.p.key == "trench" && p == is.p && w.chance(0.45) {
		s = w.pick(trenchDiggers[is.digger].says)
	}
	if is.s != nil {
		if is.s.kind != spotRow {
			s = strings.ReplaceAll(s, "راسته", "پیاده‌رو")
		}
		switch is.s.kind {
		case spotStreet:
			s = strings.ReplaceAll(s, "کوچه", "خیابون")
		case spotRow:
			s = strings.ReplaceAll(s, "کوچه", "بازار")
		case spotSquare:
			s = strings.ReplaceAll(s, "کوچه", "میدون")
		}
	}
	plate := is.plate
	if plate == 0 || p != is.p {
		plate = 1 + w.g.rng.IntN(90)
	}
	return strings.ReplaceAll(s, "{n}", strconv.Itoa(plate))
}

var (
	greetings = []string{"سلام", "با سلام", "سلام خسته نباشید", "با سلام و احترام", "سلام وقت بخیر", "سلام و عرض ادب"}
	pleas     = []string{"لطفا رسیدگی کنید", "تورو خدا یه کاری کنید", "ممنون میشم پیگیری کنید", "خواهشا سریعتر اقدام کنید",
		"با تشکر", "لطفا یکی رو بفرستید", "ممنون", "مسئولین محترم رسیدگی فرمایید"}
	extras = []string{"چند بار زنگ زدم کسی نیومد", "هیچکس جوابگو نیست", "مسئولین کجان؟", "دو هفته‌ست همینطوره",
		"از عید تا حالا همینه", "این چه وضعشه", "عوارض میگیرید ولی کاری نمیکنید", "چند بار گفتیم فایده نداشت"}
	// dangers fit the problems that hurt people; shopkeepers' complaints fit the bazaar
	dangers    = []string{"بچه‌ها از اینجا مدرسه میرن خطرناکه", "پیرزن همسایه دیروز افتاد", "خدایی نکرده یکی آسیب میبینه"}
	dangerous  = []string{"asphalt", "pavement", "building", "dogs", "trench", "debris", "tree", "sewage", "gas"}
	shopkeeper = []string{"مغازه‌دارای اینجا همه شاکی‌ان", "ما کاسبیم مشتری نمیاد", "کاسبی‌مون خوابیده"}
	connectors = []string{"، ضمنا ", "، در ضمن ", ". تازه ", " و ", "، اینم بگم "}
	follows    = []string{"بار سومه ثبت میکنم، کد پیگیری قبلی %s", "پیگیری درخواست %s", "قبلا هم با کد %s ثبت کردم هیچ خبری نشد",
		"درخواست قبلی من به شماره %s بسته شده ولی هیچ کاری نکردن"}
	opOpeners = []string{"شهروند محترم", "شهروند", "تماس گیرنده", "شهروند گرامی", "یکی از کسبه"}
	opClosers = []string{"درخواست رسیدگی دارند.", "لطفا پیگیری شود.", "خواستار رسیدگی فوری هستند.",
		"شهروند چندین بار تماس گرفته‌اند.", "جهت اقدام ارجاع گردد.", ""}
)

// citizenText is what a citizen types in the app, on the web form or in a text message,
// and the address the channel records.
func (w *writer) citizenText(prev string) (text, addr string) {
	is := w.r.is
	p := is.p
	finglish := w.chance(0.07)
	if is.s != nil {
		switch w.r.channel.name {
		case "اپلیکیشن":
			if w.chance(0.7) {
				addr = w.geocoded()
			} else if w.chance(0.8) {
				addr = w.casualPlace(finglish)
			}
		case "سامانه اینترنتی":
			if w.chance(0.7) {
				addr = w.casualPlace(finglish)
			}
		}
	} else if w.chance(0.3) {
		addr = w.pick([]string{"رشت", "رشت، منطقه یک", "-"})
	}
	if finglish {
		return w.finglish(addr, prev), addr
	}
	var b strings.Builder
	if w.chance(0.4) {
		b.WriteString(w.pick(greetings))
		b.WriteString(w.pick([]string{"، ", " ", ". ", "\n"}))
	}
	sentence := w.say(p, p.says)
	ham := w.r.second != nil && w.chance(0.35)
	if ham {
		// «هم آسفالت خرابه هم چراغ‌ها خاموشن»: the first named is still the request's issue
		also := strings.NewReplacer(" هم ", " ", "هم ", "") // «هم آشغال‌ها هم مونده» says «also» twice
		sentence = "هم " + also.Replace(w.say(p, p.short)) + " هم " + also.Replace(w.say(w.r.second, w.r.second.short))
	}
	if is.s == nil {
		sentence = strings.Replace(sentence, "کوچه", "کوچه ما", 1)
	}
	// the place in the text: always when the address says nothing, else half the time
	w.plateSaid = strings.Contains(sentence, "پلاک")
	if is.s != nil && (addr == "" || addr == "-" || strings.HasPrefix(addr, "رشت،") && w.chance(0.5) || w.chance(0.45)) {
		loc := w.casualPlace(false)
		switch k := w.g.rng.IntN(4); {
		case k == 0:
			sentence = loc + "، " + sentence
		case k == 1 && !startsWithPreposition(loc):
			sentence = w.pick([]string{"تو ", "در ", "اینجا "}) + loc + " " + sentence
		case k == 2:
			sentence = sentence + "، " + loc
		default:
			sentence = "آدرس: " + loc + ". " + sentence
		}
	}
	if w.r.second != nil && !ham {
		sentence += w.pick(connectors) + w.say(w.r.second, w.r.second.short)
	}
	b.WriteString(sentence)
	if w.chance(0.3) {
		more := extras
		switch {
		case slices.Contains(dangerous, p.key) && w.chance(0.4):
			more = dangers
		case is.s != nil && (is.s.kind == spotRow || is.s.kind == spotStreet) && w.chance(0.4):
			more = shopkeeper
		}
		w.then(&b, []string{". ", "، ", "!! ", " "}, w.pick(more))
	}
	if w.r.follow && prev != "" {
		w.then(&b, []string{". ", "، ", "\n"}, fmt.Sprintf(w.pick(follows), prev))
	}
	if w.chance(0.5) {
		w.then(&b, []string{". ", "، ", "\n", " "}, w.pick(pleas))
	}
	return w.noise(b.String(), true), w.noise(addr, false)
}

// operatorText is the 137 operator's record of a call, a visit or a letter: third person,
// formal, the address in its own field.
func (w *writer) operatorText(prev string) (text, addr string) {
	is := w.r.is
	p := is.p
	if is.s == nil {
		addr = w.pick([]string{"", "نامشخص", "رشت", "اعلام نشد"})
	} else if w.chance(0.9) {
		addr = w.formalAddress()
	} else {
		addr = w.casualPlace(false)
	}
	op := w.say(p, p.op)
	var b strings.Builder
	switch name := w.r.channel.name; {
	case name == "مکاتبه" && is.s != nil:
		who := "اهالی "
		if k := is.s.kind; k != spotAlley && k != spotDeadEnd {
			who = "کسبه " // nobody lives in the bazaar
		}
		b.WriteString(who + w.formalPlace() + " طی نامه‌ای " + op)
	case name == "مراجعه حضوری":
		b.WriteString("مراجعه کننده " + op)
	case w.chance(0.25):
		b.WriteString("شهروند تماس گرفته و اعلام میدارد " + w.say(p, p.says))
	case w.chance(0.2):
		// the terse note of a busy shift: the category's leaf and the place
		leaf := p.tree[strings.LastIndex(p.tree, "/")+1:]
		b.WriteString(strings.TrimSpace(leaf))
		if is.s != nil {
			b.WriteString(" - " + w.formalPlace())
		}
	default:
		opener := w.pick(opOpeners)
		b.WriteString(opener + " ")
		if is.s != nil && w.chance(0.35) {
			if lane := is.s.kind == spotAlley || is.s.kind == spotDeadEnd; lane && opener != "یکی از کسبه" {
				b.WriteString("ساکن " + w.formalPlace() + " ")
			} else {
				b.WriteString("در محدوده " + w.formalPlace() + "، ")
			}
		}
		b.WriteString(op)
	}
	if w.r.second != nil {
		b.WriteString(". همچنین " + w.say(w.r.second, w.r.second.op))
	}
	if w.r.follow && prev != "" {
		b.WriteString(fmt.Sprintf(". پیگیری درخواست شماره %s", prev))
	}
	if c := w.pick(opClosers); c != "" && !(strings.Contains(c, "درخواست") && strings.Contains(b.String(), "درخواست")) {
		b.WriteString(". " + c)
	} else {
		b.WriteString(".")
	}
	return w.noise(b.String(), false), w.noise(addr, false)
}

func (w *writer) finglish(addr, prev string) string {
	is := w.r.is
	p := is.p
	var parts []string
	if w.chance(0.5) {
		parts = append(parts, w.pick([]string{"salam", "slm", "salam khaste nabashid"}))
	}
	if is.s != nil && (addr == "" || w.chance(0.5)) {
		parts = append(parts, w.placeLatin())
	}
	parts = append(parts, w.pick(p.en))
	if w.r.second != nil && len(w.r.second.en) > 0 {
		parts = append(parts, "ham "+w.pick(w.r.second.en))
	}
	if w.r.follow && prev != "" {
		parts = append(parts, "code peygiri "+prev)
	}
	if w.chance(0.6) {
		parts = append(parts, w.pick([]string{"lotfan residegi konid", "merci", "tor khoda ye kari konid", "lotfan"}))
	}
	return strings.Join(parts, w.pick([]string{" ", ", ", ". "}))
}

// then continues a text with a separator, unless the text already ends a sentence.
func (w *writer) then(b *strings.Builder, seps []string, next string) {
	s := b.String()
	if strings.HasSuffix(s, "؟") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ".") {
		b.WriteString(" ")
	} else {
		b.WriteString(w.pick(seps))
	}
	b.WriteString(next)
}

// startsWithPreposition: «تو داخل بازار» is not Persian.
func startsWithPreposition(loc string) bool {
	for _, p := range []string{"داخل ", "سر ", "ته ", "پشت ", "جنب ", "روبروی ", "نزدیک ", "کنار ", "نبش "} {
		if strings.HasPrefix(loc, p) {
			return true
		}
	}
	return false
}
