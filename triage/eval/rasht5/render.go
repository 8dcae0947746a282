package rasht5

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم", "بیست و هفتم",
	"بیست و هشتم", "بیست و نهم", "سی ام"}

var relWords = []string{"روبروی", "جنب", "کنار", "نبش", "نرسیده به", "بعد از", "پشت", "نزدیک", "روبه روی"}

func (g *gen) coin(p float64) bool { return g.r.Float64() < p }

func (g *gen) hoodName(h *hood) string {
	// the last spelling is Finglish; the others are Persian variants
	if len(h.names) > 2 && g.coin(0.3) {
		return h.names[1]
	}
	return h.names[0]
}

func (g *gen) streetName(st *street) string {
	kind := st.kind
	switch {
	case g.coin(0.2):
		kind = "خ"
		if st.kind == "بلوار" {
			kind = "بلوار"
		}
	case g.coin(0.15):
		kind = ""
	case g.coin(0.1) && st.kind == "خیابان":
		kind = "خیابون"
	}
	if kind == "" {
		return st.name
	}
	if kind == "خ" && g.coin(0.5) {
		return "خ." + st.name
	}
	return kind + " " + st.name
}

func (g *gen) alleyName(al *alley) string {
	kw := pickS(g.r, []string{"کوچه", "کوچه", "کوچه", "کوچه", "ک", "ک.", "ک", "کوچه ی", "کوچه‌ی"})
	if al.num > 0 {
		if g.coin(0.22) && al.num < len(ordinals) {
			return "کوچه " + ordinals[al.num]
		}
		return kw + " " + strconv.Itoa(al.num)
	}
	return kw + " " + al.name
}

func (g *gen) deadName(al *alley) string {
	kw := pickS(g.r, []string{"بن‌بست", "بن بست", "بنبست", "بن‌بست", "ب"})
	if g.coin(0.15) && al.deadEnd < len(ordinals) {
		return kw + " " + ordinals[al.deadEnd]
	}
	return kw + " " + strconv.Itoa(al.deadEnd)
}

// placeText writes where an issue is, in one of the many ways people do.
func (g *gen) placeText(p place) string {
	sep := pickS(g.r, []string{"، ", " ", "، ", " - ", ","})
	var parts []string
	switch {
	case p.al != nil:
		a := g.alleyName(p.al)
		st := g.streetName(p.st)
		h := g.hoodName(p.h)
		switch g.r.Intn(6) {
		case 0:
			parts = []string{h, st, a}
		case 1:
			parts = []string{a, st}
			if g.coin(0.6) {
				parts = append(parts, h)
			}
		case 2:
			parts = []string{st, a}
		case 3:
			parts = []string{h, strings.TrimPrefix(strings.TrimPrefix(st, "خیابان "), "خ "), a}
		case 4:
			parts = []string{a, strings.TrimPrefix(st, "خیابان ")}
		default:
			parts = []string{"رشت", h, st, a}
		}
		if p.dead {
			parts = append(parts, g.deadName(p.al))
		}
		if g.coin(0.2) {
			parts = append(parts, "پلاک "+strconv.Itoa(1+g.r.Intn(60)))
		}
		if p.al.mark != "" && g.coin(0.25) {
			parts = append(parts, pickS(g.r, relWords)+" "+p.al.mark)
		}
		if g.coin(0.1) {
			parts[len(parts)-1] = pickS(g.r, []string{"انتهای ", "ابتدای ", "اواسط ", "سر "}) + parts[len(parts)-1]
		}
	case p.st != nil:
		parts = []string{g.streetName(p.st), pickS(g.r, relWords) + " " + p.seg}
		if g.coin(0.5) {
			parts = append([]string{g.hoodName(p.h)}, parts...)
		}
	case p.square != "":
		parts = []string{p.square}
		if g.coin(0.4) {
			parts = []string{pickS(g.r, []string{"دور", "اطراف", "ضلع شمالی", "ضلع جنوبی", "کنار"}) + " " + p.square}
		}
		if g.coin(0.3) {
			parts = append([]string{g.hoodName(p.h)}, parts...)
		}
	default:
		parts = []string{p.park}
		if g.coin(0.5) {
			parts = append(parts, g.hoodName(p.h))
		}
	}
	// a nearby agency building is a common landmark and a trap for keyword rules
	if g.coin(0.05) {
		parts = append(parts, pickS(g.r, relWords)+" "+pickS(g.r, agencyLandmarks))
	}
	return strings.Join(parts, sep)
}

// finglishPlace writes the place the way it is typed on a Latin keyboard.
func (g *gen) finglishPlace(p place) string {
	var b []string
	b = append(b, p.h.names[len(p.h.names)-1])
	if p.st != nil {
		b = append(b, pickS(g.r, []string{"kh ", "khiaban ", "", "blv "})+p.st.fin)
	}
	if p.al != nil {
		kw := pickS(g.r, []string{"kooche", "k", "koche", "kuche"})
		if p.al.num > 0 {
			b = append(b, kw+" "+strconv.Itoa(p.al.num))
		} else if f, ok := alleyFin[p.al.name]; ok {
			b = append(b, kw+" "+f)
		}
		if p.dead {
			b = append(b, "bonbast "+strconv.Itoa(p.al.deadEnd))
		}
	}
	if p.park != "" {
		b = append(b, "park")
	}
	return strings.Join(b, " ")
}

var finglishByAgency = map[string][]string{
	"municipality": {"salam lotfan residegi konid", "kheili vaz kharabe", "chand bar zang zadim kasi nayoomad", "shahrdari lotfan ye kari konid"},
	"water":        {"fazelab zade bala boo mide", "lole ab tarakide", "ab ghate"},
	"power":        {"cheragh bargh khamooshe", "bargh ghate", "sim bargh oftade"},
	"gas":          {"booye gaz miad", "boo gaz shadid"},
	"telecom":      {"telefon sabet ghate", "internet ghate"},
	"police":       {"mashin jolo parking park karde", "sar o seda hamsaye"},
	"other":        {"lotfan peygiri konid"},
}

var finglishByCode = map[string][]string{
	"asphalt":   {"asphalt kharabe", "chale dare", "asfalt kheili kharab shode"},
	"garbage":   {"ashghal jam nemishe", "zobale mande", "ashghala ro nabordan"},
	"rainwater": {"ab gerefte", "joob gerefte ab barun jam shode", "kanal gerefte"},
	"dogs":      {"sag velgard ziad shode", "sagha hamle mikonan"},
	"pruning":   {"derakht haras nashode", "shakhe derakht oftade"},
	"sewage":    {"fazelab pas zade", "manhol fazelab"},
	"gassmell":  {"booye gaz miad khatarnake"},
}

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "باسلام", "سلام علیکم", "درود"}
var fillers = []string{"ببخشید مزاحم میشم", "خواهشا", "لطفا", "من ساکن اینجام", "راستش", "یه گزارش داشتم", "از طرف اهالی"}
var durations = []string{"چند وقته", "از هفته پیش", "دو هفته است", "از اول ماه", "یک ماهه", "از عید تا حالا", "چند روزه", "از دیروز"}
var impacts = []string{"بچه ها نمیتونن برن مدرسه", "سالمندا اذیت میشن", "ماشین ها آسیب میبینن", "خیلی خطرناکه",
	"اهالی کلافه شدن", "هیچکس رسیدگی نمیکنه", "همسایه ها همه ناراضی هستن", "شب ها خیلی بده"}
var pleas = []string{"لطفا رسیدگی کنید", "خواهشا پیگیری کنید", "هرچه سریعتر اقدام کنید", "ممنون میشم رسیدگی بشه",
	"لطفا یک نفر رو بفرستید", "تا کی باید صبر کنیم؟", "لطفا زودتر", "رسیدگی فوری", "دست مریزاد اگه درست کنید"}
var thanks = []string{"با تشکر", "ممنون", "سپاس", "تشکر", "مرسی", "خدا قوت", "با سپاس فراوان"}
var deictic = map[string][]string{
	"alley":  {"کوچه ما", "کوچه مون", "این کوچه", "کوچه", "محل ما", "کوچمون"},
	"street": {"خیابون ما", "خیابان", "اینجا", "سر خیابون"},
	"square": {"میدون", "اینجا"},
	"park":   {"پارک محله", "پارک", "پارک نزدیک خونه"},
}
var followUps = []string{"پیرو درخواست شماره %s", "قبلا با کد پیگیری %s ثبت کردم هیچ اقدامی نشده", "کد رهگیری قبلی %s",
	"بار دوم است تماس میگیرم (پیگیری %s)", "درخواست %s بسته شده ولی کاری انجام نشده"}
var emojis = []string{"😡", "🙏", "😤", "💔", "🙏🙏", "😞", "‼️", "!!!", "؟؟", "..."}
var opTemplates = []string{
	"شهروند از {np} در {p} گلایه دارد",
	"شهروند از {np} {p} گلایه داشته و خواستار {req} می باشد",
	"تماس گیرنده اعلام نمود {s}",
	"درخواست {req} در {p}",
	"{np} - {p}",
	"گزارش {np} در محدوده {p}. لطفا بررسی شود",
	"متقاضی خواستار {req} {p} است",
	"شهروند اعلام میدارد {s}. خواستار رسیدگی است",
	"{np}، {p}، پیگیری شود",
	"اعلام {np} توسط شهروند، محل: {p}",
}

// request renders one report of an issue.
func (g *gen) request(is *issue, earlier []string) Row {
	pr := is.pr
	row := Row{}
	// where the place is written: both, address only, text only, nowhere
	u := g.r.Float64()
	inAddr, inText := u < 0.72, u >= 0.30 && u < 0.88
	if pr.code == "pension" {
		inText = false
	}
	ptext := pickS(g.r, deictic[pr.level])
	if inText {
		ptext = g.placeText(is.pl)
	}
	if inAddr {
		row.Address = g.placeText(is.pl)
		if g.coin(0.1) {
			row.Address = g.hoodName(is.pl.h) // only the neighbourhood
		}
	}
	operator := g.coin(0.3)
	if operator && !inText {
		ptext = pickS(g.r, []string{"محل ذکر شده", "آدرس اعلامی", "محل سکونت شهروند", "محدوده", "آدرس"})
	}
	var text string
	catOnly := false
	switch {
	case len(is.texts) > 0 && g.coin(0.03):
		// the same citizen sends the same words again
		text = is.texts[g.r.Intn(len(is.texts))]
		row.Channel = "app"
	case g.coin(0.02):
		// the problem is only in the category the operator picked
		catOnly = true
		text = pickS(g.r, []string{"لطفا رسیدگی شود", "درخواست رسیدگی", "پیگیری", "رسیدگی فوری", "مشکل دارد", "لطفا اقدام کنید"})
		if inText {
			text += " " + ptext
		}
		row.Channel = "phone"
	case g.coin(0.04):
		// a terse operator line: the problem in two words, the place in the address
		text = pickS(g.r, pr.nps)
		if inText {
			text += " " + ptext
		}
		row.Channel = pickS(g.r, []string{"phone", "137"})
	case g.coin(0.03):
		fp := ""
		if inText || g.coin(0.5) {
			fp = g.finglishPlace(is.pl) + " "
		}
		if fs, ok := finglishByCode[pr.code]; ok && g.coin(0.7) {
			text = fp + pickS(g.r, fs)
		} else {
			text = fp + pickS(g.r, finglishByAgency[pr.agency])
		}
		row.Channel = "app"
	case operator:
		t := pickS(g.r, opTemplates)
		s := strings.ReplaceAll(pickS(g.r, pr.sents), "{p}", ptext)
		t = strings.ReplaceAll(t, "{np}", pickS(g.r, pr.nps))
		t = strings.ReplaceAll(t, "{req}", pickS(g.r, pr.reqs))
		t = strings.ReplaceAll(t, "{p}", ptext)
		text = strings.ReplaceAll(t, "{s}", s)
		row.Channel = pickS(g.r, []string{"phone", "137", "phone", "تلفن"})
	default:
		var b []string
		if g.coin(0.4) {
			b = append(b, pickS(g.r, greetings))
		}
		if g.coin(0.2) {
			b = append(b, pickS(g.r, fillers))
		}
		if g.coin(0.25) {
			b = append(b, pickS(g.r, durations))
		}
		b = append(b, strings.ReplaceAll(pickS(g.r, pr.sents), "{p}", ptext))
		if g.coin(0.2) {
			b = append(b, pickS(g.r, impacts))
		}
		if g.coin(0.45) {
			b = append(b, pickS(g.r, pleas))
		}
		if g.coin(0.2) {
			b = append(b, pickS(g.r, thanks))
		}
		text = strings.Join(b, pickS(g.r, []string{" ", "، ", ". ", " - ", "\n"}))
		row.Channel = pickS(g.r, []string{"app", "app", "web", "phone", "سامانه"})
	}
	switch {
	case pr.agency == "municipality" && g.coin(0.07):
		// another agency named in passing: who must act does not change
		text = joinSome(g, text, pickS(g.r, passing(pr.code)))
	case pr.agency != "municipality" && g.coin(0.12):
		text = joinSome(g, text, pickS(g.r, blameCity))
	}
	if len(earlier) > 0 && g.coin(0.12) {
		ref := fmt.Sprintf(pickS(g.r, followUps), earlier[g.r.Intn(len(earlier))])
		if g.coin(0.5) {
			text = ref + "، " + text
		} else {
			text = text + ". " + ref
		}
	}
	if g.coin(0.05) {
		text += " " + pickS(g.r, emojis)
	}
	is.texts = append(is.texts, text)
	row.Text = g.noise(text)
	row.Address = g.noise(row.Address)
	row.Category = g.category(pr)
	if catOnly {
		row.Category = pickS(g.r, pr.cats)
	}
	if g.coin(0.6) {
		lat, lon := g.jitter(is.pl.lat, is.pl.lon)
		row.Lat, row.Lon = &lat, &lon
	}
	row.Status = pickS(g.r, []string{"new", "new", "new", "reviewing", "assigned", "in_progress", "resolved"})
	if pr.agency != "municipality" && g.coin(0.3) {
		row.Status = "referred"
	}
	return row
}

func (g *gen) category(pr *problem) string {
	u := g.r.Float64()
	switch {
	case u < 0.72:
		return pickS(g.r, pr.cats)
	case u < 0.86:
		return pickS(g.r, vagueCats)
	}
	return pickS(g.r, problems[g.r.Intn(len(problems))].cats)
}

// jitter moves a point 20-150 m in a random direction, as a phone's GPS does.
func (g *gen) jitter(lat, lon float64) (float64, float64) {
	d := 20 + g.r.Float64()*130
	a := g.r.Float64() * 2 * math.Pi
	lat += d * math.Cos(a) / 111320
	lon += d * math.Sin(a) / (111320 * math.Cos(lat*math.Pi/180))
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

var persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
var arabicDigits = []rune("٠١٢٣٤٥٦٧٨٩")

// noise is the keyboard's and the typist's contribution: digit systems, Arabic letters,
// ZWNJ or not, typos and stretched letters.
func (g *gen) noise(s string) string {
	if s == "" {
		return s
	}
	latin := 0
	for _, c := range s {
		if c < 128 && c != ' ' {
			latin++
		}
	}
	finglish := latin*2 > len([]rune(s))
	// digits
	var digits []rune
	switch u := g.r.Float64(); {
	case u < 0.55:
		digits = persianDigits
	case u < 0.6:
		digits = arabicDigits
	}
	if digits != nil && !finglish {
		rs := []rune(s)
		for i, c := range rs {
			if c >= '0' && c <= '9' {
				rs[i] = digits[c-'0']
			}
		}
		s = string(rs)
	}
	// half-space: present, absent or a space
	switch u := g.r.Float64(); {
	case u < 0.3:
		s = strings.ReplaceAll(s, " های ", "\u200cهای ")
		s = strings.ReplaceAll(s, " ها ", "\u200cها ")
		s = strings.ReplaceAll(s, "می ", "می\u200c")
	case u < 0.5:
		s = strings.ReplaceAll(s, "\u200c", "")
	case u < 0.65:
		s = strings.ReplaceAll(s, "\u200c", " ")
	}
	if g.coin(0.12) {
		s = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
	}
	if g.coin(0.08) {
		s = g.typo(s)
	}
	if g.coin(0.06) {
		s = g.stretch(s)
	}
	return s
}

func (g *gen) typo(s string) string {
	words := strings.Fields(s)
	for tries := 0; tries < 5; tries++ {
		i := g.r.Intn(len(words))
		rs := []rune(words[i])
		if len(rs) < 5 {
			continue
		}
		k := 1 + g.r.Intn(len(rs)-2)
		if g.coin(0.5) {
			rs = append(rs[:k], rs[k+1:]...)
		} else {
			rs[k], rs[k+1] = rs[k+1], rs[k]
		}
		words[i] = string(rs)
		return strings.Join(words, " ")
	}
	return s
}

func (g *gen) stretch(s string) string {
	for _, w := range []string{"خیلی", "لطفا", "زیاد", "خرابه", "کنید"} {
		if strings.Contains(s, w) {
			rs := []rune(w)
			last := string(rs[len(rs)-1])
			return strings.Replace(s, w, w+strings.Repeat(last, 2+g.r.Intn(4)), 1)
		}
	}
	return s
}

func joinSome(g *gen, a, b string) string {
	if g.coin(0.3) {
		return b + "، " + a
	}
	return a + pickS(g.r, []string{". ", "، ", " "}) + b
}

// blameCity is what citizens add when the problem is another agency's but they call 137.
var blameCity = []string{"شهرداری هم هیچ کاری نمیکنه", "به شهرداری گفتم گفتن کار ما نیست", "شما که شهرداری هستید پیگیری کنید",
	"از ۱۳۷ خواهش میکنم به اداره مربوطه اطلاع بدین", "نمیدونم به کی باید بگم", "هرچی زنگ میزنیم جواب نمیدن",
	"خواهشا اطلاع بدید به مسئولش"}

var passingCommon = []string{"به ۱۱۰ زنگ زدم گفتن به ۱۳۷ بگید", "آبفا گفت مربوط به شهرداریه", "همه فکر میکنن کار اداره برقه ولی نیست",
	"روبروی اداره گاز هم که هست هیچکس نمیبینه", "مامورای مخابرات هم هر روز از اینجا رد میشن", "کنار کلانتری هست ولی کسی توجه نمیکنه"}

var passingByCode = map[string][]string{
	"rainwater":    {"این آب بارونه فاضلاب نیست", "به آبفا زنگ زدم گفتن کانال آب سطحی با شهرداریه", "بوی فاضلاب نمیده فقط آب بارونه"},
	"parklight":    {"اداره برق گفت چراغ های پارک با شهرداریه", "تیر برق خیابون روشنه فقط داخل پارک تاریکه"},
	"pruning":      {"سیم برق نیست فقط شاخه ها رو ماشین ها افتاده", "اداره برق گفت درخت کار فضای سبز شهرداریه"},
	"shopgoods":    {"پلیس گفت سد معبر مغازه کار شهرداریه", "ماشین نیست، جنس مغازه است"},
	"buildnoise":   {"همسایه نیست، کارگاه ساختمونیه", "به ۱۱۰ زنگ زدیم گفتن ساختمون کار شهرداریه"},
	"asphalt":      {"کسی اینجا رو نکنده، خود آسفالت فرسوده است", "گاز و آب هم ربطی نداره آسفالت قدیمیه"},
	"garbage":      {"جلوی پارکینگ ما رو هم زباله گرفته", "بوی زباله مثل بوی فاضلاب شده"},
	"debris":       {"پلیس گفت کامیون رو نمیتونیم بگیریم به شهرداری بگید"},
	"utrench_muni": {"این کانال رو شهرداری کنده نه آبفا", "کار گاز و آب نیست، پیمانکار خود شهرداریه"},
}

func passing(code string) []string {
	if p, ok := passingByCode[code]; ok {
		return append(append([]string{}, p...), passingCommon...)
	}
	return passingCommon
}
