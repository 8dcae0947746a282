package rasht4

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	jalaali "github.com/jalaali/go-jalaali"
)

// genericTexts are the few words some people send and nothing else; only the address field
// or the coordinates say where.
var genericTexts = map[string][]string{
	"asphalt":     {"خیابان خراب است", "کوچه خرابه", "آسفالت خراب است", "آسفالت", "چاله", "خرابی معبر"},
	"garbage":     {"زباله", "زباله جمع نشده", "آشغال", "جمع آوری زباله"},
	"streetlight": {"چراغ خاموش است", "روشنایی", "چراغ برق"},
	"rainwater":   {"آبگرفتگی", "آب گرفتگی معبر", "آب جمع شده"},
	"dogs":        {"سگ ولگرد", "سگ"},
	"sewage":      {"فاضلاب", "فاضلاب زده بیرون"},
	"tree":        {"هرس", "درخت"},
}

var finglishClauses = map[string][]string{
	"asphalt":        {"asphalt kharabe", "por az chale shode", "asfalt kharab ast lotfan residegi konid", "chale bozorg vasate kooche"},
	"garbage":        {"ashghala jam nashode", "zobale ha 3 roze mounde", "mashin zobale nayoomade"},
	"streetlight":    {"cheragh bargh khamooshe", "kooche tarike lampa sookhte"},
	"dogs":           {"sag velgard ziad shode", "saga be bache ha hamle mikonan"},
	"sewage":         {"fazelab zade biroon", "booye fazelab miad"},
	"rainwater":      {"ab gerefte kooche ro", "jooye ab gerefte"},
	"gassmell":       {"booye gaz miad", "boye gaz shadide"},
	"blockcar":       {"mashin jeloye parking park karde"},
	"tree":           {"derakht oftade", "derakht ha hars mikhan"},
	"powercut":       {"bargh ghate", "bargh az zohr rafte", "trans bargh seda mide"},
	"phoneline":      {"telefon sabet ghate", "internet adsl ghat shode"},
	"debris":         {"nakhale sakhtemoni rikhtan", "khak va nakhale too kooche"},
	"sidewalk":       {"piade ro kharabe", "mozaik haye piade ro shekaste"},
	"watermain":      {"loole ab tarakide", "ab too khiaboon raah oftade loole shekaste"},
	"neighbournoise": {"hamsaye ta sobh seda dare", "motori ha shab seda mikonan"},
	"shopgoods":      {"maghaze piade ro ro gerefte", "ajnas too piade ro"},
}

var greetings = []string{"سلام", "سلام", "با سلام", "با سلام و احترام", "سلام خسته نباشید", "درود", "سلام وقت بخیر",
	"با عرض سلام و ادب", "سلام علیکم", "ببخشید مزاحم میشم", "سلام،", "سلام اقا"}

var pleas = []string{"لطفا رسیدگی کنید", "لطفا رسیدگی شود", "ممنون میشم پیگیری کنید", "خواهشا زودتر", "لطفا یه کاری بکنید",
	"تشکر", "با تشکر", "خدا خیرتون بده", "رسیدگی کنید لطفا", "مرسی", "لطفا اقدام کنید", "منتظر رسیدگی هستیم",
	"این چه وضعشه؟", "آخه تا کی؟", "شهرداری کجاست؟", "چند بار زنگ زدیم هیچ کس جواب نداد", "پیشاپیش ممنون",
	"لطفا سریعتر اقدام فرمایید", "اگه رسیدگی نکنید به استانداری شکایت میکنم", "ممنون از زحماتتون"}

var durations = []string{"از هفته پیش", "چند روزه", "یک ماهه", "از دیروز", "دو هفته است", "مدتیه", "از اول ماه", "سه روزه", "خیلی وقته",
	"از اول هفته", "از صبح", "از جمعه", "ده روزه", "بیش از یک ماه است", "از بعد از بارندگی", "از شنبه"}

var emojis = []string{"🙏", "😡", "😢", "🤬", "💔", "‼️", "🙏🙏", "😞", "👎", "!!!", "؟؟؟"}

// writeRequest fills a row's text, address, category, coordinates, channel and status.
// earlier are the ids already reported for the same issue.
func (g *gen) writeRequest(row *Row, is *issue, earlier []string) {
	r := g.r
	p, pl := is.prob, is.place

	switch u := r.Float64(); {
	case u < 0.45:
		row.Channel = "تلفن"
	case u < 0.90:
		row.Channel = "اپلیکیشن"
	default:
		row.Channel = "وب‌سایت"
	}
	operator := row.Channel == "تلفن" && chance(r, 0.85)

	// where the place is said: both fields, address only, text only, nowhere
	inAddr, inText := true, true
	switch u := r.Float64(); {
	case p.scale == "none":
		inText = false
		inAddr = chance(r, 0.6)
	case u < 0.33:
	case u < 0.68:
		inText = false
	case u < 0.88:
		inAddr = false
	default:
		inAddr, inText = false, false
	}
	generic := genericTexts[p.id] != nil && (is.generic && chance(r, 0.7) || chance(r, 0.03))
	if generic {
		inText = false
		inAddr = inAddr || chance(r, 0.6)
	}
	if inAddr {
		at := pl
		if inText && pl.alleyNum > 2 && chance(r, 0.08) {
			// the caller's own address, two alleys away; the text says where the problem is
			at.alleyNum += []int{-2, 2}[r.IntN(2)]
		}
		row.Address = addressField(r, at)
	}

	hasCoord := chance(r, map[bool]float64{true: 0.78, false: 0.38}[row.Channel != "تلفن"])
	if !inAddr && !inText {
		hasCoord = hasCoord || chance(r, 0.5)
	}
	if hasCoord {
		lat, lon := noisyCoord(r, pl.lat, pl.lon)
		row.Lat, row.Lon = &lat, &lon
	}

	// the operator's category: right, vague, or another problem's
	switch u := r.Float64(); {
	case u < 0.72:
		row.Category = p.cats[r.IntN(len(p.cats))]
	case u < 0.88:
		row.Category = oneOf(r, vagueCats...)
	default:
		o := &problems[r.IntN(len(problems))]
		row.Category = o.cats[r.IntN(len(o.cats))]
	}

	var text string
	switch {
	case generic:
		text = oneOf(r, genericTexts[p.id]...)
	case len(earlier) > 0 && chance(r, 0.04):
		text = followUpOnly(r, earlier[r.IntN(len(earlier))])
	case !operator && finglishClauses[p.id] != nil && chance(r, 0.07):
		text = finglish(r, p, pl, inText)
	case operator:
		text = g.operatorText(p, pl, inText)
	default:
		text = g.citizenText(p, pl, inText)
		if d := since(is.first); d != "" && chance(r, 0.06) {
			text += oneOf(r, ". از "+d+" همینطوره", ". از "+d+" شروع شده", "\nتاریخ شروع: "+d, ". "+d+" هم گزارش داده بودم")
		}
	}
	followOnly := strings.HasPrefix(text, "پیگیری درخواست") || strings.Contains(text, "کد رهگیری") || strings.Contains(text, "درخواست شماره") || strings.HasPrefix(text, "پیرو") || strings.HasPrefix(text, "وضعیت درخواست")
	if len(earlier) > 0 && !generic && !followOnly && chance(r, 0.10) {
		text = followUpRef(r, earlier[r.IntN(len(earlier))], text)
	}
	row.Text = noise(r, text, operator)
	if row.Address != "" {
		row.Address = digits(r, row.Address)
		if chance(r, 0.1) {
			row.Address = arabicLetters(row.Address)
		}
	}
	row.Status = status(r, row, p)
}

func fill(r *rand.Rand, tmpl, loc string) string {
	s := strings.ReplaceAll(tmpl, "{L}", loc)
	return strings.Join(strings.Fields(s), " ")
}

func (g *gen) citizenText(p *problem, pl place, inText bool) string {
	r := g.r
	loc := deictic(r, pl, false)
	if inText {
		loc = textPlace(r, pl)
	}
	var parts []string
	if chance(r, 0.55) {
		parts = append(parts, oneOf(r, greetings...))
	}
	clause := fill(r, oneOf(r, p.clauses...), loc)
	if inText && chance(r, 0.2) {
		// the place said first, then the problem at «اینجا»
		parts = append(parts, oneOf(r, "من ساکن ", "آدرس: ", "محل: ", "ما ساکن ", "")+textPlace(r, pl)+oneOf(r, " هستم.", ".", "", " هستیم،"))
		clause = fill(r, oneOf(r, p.clauses...), oneOf(r, "اینجا", "کوچه", "خیابون", "اونجا"))
	}
	if chance(r, 0.25) {
		clause = oneOf(r, durations...) + " " + clause
	}
	if chance(r, 0.08) {
		// a question instead of a statement
		at := ""
		if inText {
			at = " " + textPlace(r, pl)
		}
		clause = oneOf(r, "چرا به "+oneOf(r, p.nouns...)+at+" رسیدگی نمیکنید؟", "کی قراره "+oneOf(r, p.remedies...)+at+" انجام بشه؟",
			"مگه "+oneOf(r, p.nouns...)+at+" مسئول نداره؟")
	}
	parts = append(parts, clause)
	if chance(r, 0.03) {
		// a second grievance in passing; the request still belongs to its first
		o := &muniProblems[r.IntN(len(muniProblems))]
		if baseKind(o.id) != baseKind(p.id) {
			parts = append(parts, oneOf(r, "تازه ", "در ضمن ", "اینم بگم ", "یه مشکل دیگه هم هست: ")+fill(r, oneOf(r, o.clauses...), oneOf(r, "اینجا", "کوچه", "محله")))
		}
	}
	if chance(r, 0.45) {
		parts = append(parts, oneOf(r, p.extras...))
	}
	if chance(r, 0.6) {
		parts = append(parts, oneOf(r, pleas...))
	}
	if chance(r, 0.12) {
		parts = append(parts, "درخواست "+oneOf(r, p.remedies...)+" داریم")
	}
	return strings.Join(parts, oneOf(r, ". ", "، ", " ", "\n", ". ", "... "))
}

func (g *gen) operatorText(p *problem, pl place, inText bool) string {
	r := g.r
	at := ""
	loc := deictic(r, pl, true)
	if inText {
		loc = textPlace(r, pl)
		at = oneOf(r, " در ", " واقع در ", " ", " - ") + loc
	}
	noun := oneOf(r, p.nouns...)
	clause := fill(r, oneOf(r, p.clauses...), loc)
	who := oneOf(r, "شهروند", "شهروند", "شهروند محترم", "تماس‌گیرنده", "خانمی", "آقای تماس‌گیرنده", "یکی از ساکنین", "شهروندی")
	t := oneOf(r,
		who+" از "+noun+at+" گلایه دارد.",
		who+" از "+noun+at+" شکایت دارند.",
		who+" اعلام نمود "+clause+".",
		who+" اظهار داشت "+clause+" و خواستار رسیدگی است.",
		who+" خواستار "+oneOf(r, p.remedies...)+at+" می‌باشد.",
		"گزارش "+noun+at,
		noun+at+". "+who+" درخواست "+oneOf(r, p.remedies...)+" دارد.",
		"موضوع: "+noun+"\nمحل: "+loc,
		who+" گلایه دارد "+clause+".",
		"طبق تماس "+who+" "+clause+". لطفا بازدید شود.",
		"اعلام "+noun+at+" توسط "+who,
		"درخواست "+oneOf(r, p.remedies...)+at,
	)
	if chance(r, 0.3) {
		t += " " + oneOf(r, "به گفته شهروند "+oneOf(r, p.extras...)+".", "قبلا هم تماس گرفته‌اند.", "شهروند ناراضی است.",
			"پیگیری فوری.", "شماره تماس در سامانه ثبت است.", "لطفا بازدید میدانی انجام شود.", oneOf(r, durations...)+" ادامه دارد.")
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(t, "\n", " \n ")), " ")
}

var jalaliMonths = []string{"", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// since says when the problem started, as a Jalali day: «۱۲ آبان».
func since(t time.Time) string {
	_, jm, jd, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d %s", jd, jalaliMonths[int(jm)])
}

func followUpOnly(r *rand.Rand, id string) string {
	return oneOf(r,
		"پیگیری درخواست "+id+"، هنوز رسیدگی نشده",
		"درخواست شماره "+id+" رو ثبت کردم ولی هیچ اقدامی نشد",
		"وضعیت درخواست "+id+" را اعلام کنید",
		"پیرو درخواست "+id+" مجددا اعلام میشود که مشکل حل نشده",
		"کد رهگیری "+id+" - هنوز همونطوره",
	)
}

func followUpRef(r *rand.Rand, id, text string) string {
	if chance(r, 0.5) {
		return oneOf(r, "پیرو درخواست "+id+"، ", "پیرو کد رهگیری "+id+" ", "قبلا با کد "+id+" ثبت شده. ", "بار دوم است ثبت میکنم ("+id+"). ") + text
	}
	return text + oneOf(r, " (کد رهگیری قبلی: "+id+")", ". قبلا هم با شماره "+id+" ثبت کردم", " - پیگیری "+id)
}

func finglish(r *rand.Rand, p *problem, pl place, inText bool) string {
	s := oneOf(r, finglishClauses[p.id]...)
	if inText {
		s = finglishPlace(r, pl) + " " + s
	}
	if chance(r, 0.5) {
		s = oneOf(r, "salam ", "slm ", "salam vaght bekheir ") + s
	}
	if chance(r, 0.4) {
		s += oneOf(r, " lotfan residegi konid", " mamnoon", " merci", " pls")
	}
	return s
}

func status(r *rand.Rand, row *Row, p *problem) string {
	u := r.Float64()
	if p.agency != "municipality" && u < 0.2 {
		return oneOf(r, "ارجاع شده", "referred", "خارج از حوزه")
	}
	switch {
	case u < 0.35:
		return oneOf(r, "جدید", "ثبت شده", "new", "")
	case u < 0.55:
		return oneOf(r, "در حال بررسی", "در دست بررسی", "reviewing")
	case u < 0.65:
		return oneOf(r, "ارجاع به واحد", "assigned")
	case u < 0.75:
		return oneOf(r, "در حال انجام", "in_progress")
	case u < 0.97:
		return oneOf(r, "انجام شده", "رسیدگی شده", "resolved", "بسته شده")
	default:
		return oneOf(r, "رد شده", "ارجاع شده")
	}
}

// ---- noise ----

const zwnj = "\u200c"

var (
	persianDigits = []rune("۰۱۲۳۴۵۶۷۸۹")
	arabicDigits  = []rune("٠١٢٣٤٥٦٧٨٩")
)

// digits writes the ASCII and Persian digits of s in one of the ways people type them.
func digits(r *rand.Rand, s string) string {
	mode := r.IntN(20)
	var b strings.Builder
	for _, c := range s {
		d := -1
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= '۰' && c <= '۹':
			d = int(c - '۰')
		}
		if d < 0 {
			b.WriteRune(c)
			continue
		}
		switch {
		case mode < 11:
			b.WriteRune(persianDigits[d])
		case mode < 18:
			b.WriteByte(byte('0' + d))
		case mode < 19:
			b.WriteRune(arabicDigits[d])
		default: // mixed within one text
			b.WriteRune([]rune{rune('0' + d), persianDigits[d]}[r.IntN(2)])
		}
	}
	return b.String()
}

func arabicLetters(s string) string {
	return strings.NewReplacer("ی", "ي", "ک", "ك").Replace(s)
}

// typoPairs are letters people confuse or hit instead of each other.
var typoPairs = [][2]string{{"س", "ص"}, {"ز", "ض"}, {"ت", "ط"}, {"ه", "ح"}, {"آ", "ا"}, {"ذ", "ز"}, {"ق", "غ"}, {"ی", "ئ"}, {"ک", "گ"}}

func typo(r *rand.Rand, s string) string {
	rs := []rune(s)
	if len(rs) < 8 {
		return s
	}
	for tries := 0; tries < 10; tries++ {
		i := 1 + r.IntN(len(rs)-2)
		if !isPersianLetter(rs[i]) || !isPersianLetter(rs[i-1]) {
			continue
		}
		switch r.IntN(4) {
		case 0: // a letter dropped
			return string(append(rs[:i:i], rs[i+1:]...))
		case 1: // two swapped
			rs[i], rs[i-1] = rs[i-1], rs[i]
			return string(rs)
		case 2: // a letter doubled
			return string(rs[:i]) + string(rs[i]) + string(rs[i:])
		default:
			for _, tp := range typoPairs {
				if string(rs[i]) == tp[0] {
					return string(rs[:i]) + tp[1] + string(rs[i+1:])
				}
			}
		}
	}
	return s
}

func isPersianLetter(c rune) bool { return c >= 0x0621 && c <= 0x06CC && !(c >= 0x064B && c <= 0x065F) }

// stretch repeats the last letter of an emphatic word: «خیلیییی», «لطفاااا».
func stretch(r *rand.Rand, s string) string {
	for _, w := range []string{"خیلی", "لطفا", "تروخدا", "واقعا", "سلام", "زود"} {
		if strings.Contains(s, w) {
			rs := []rune(w)
			return strings.Replace(s, w, w+strings.Repeat(string(rs[len(rs)-1]), 2+r.IntN(4)), 1)
		}
	}
	return s + oneOf(r, " لطفاااا", " تروخدااا زودتر", " واقعااا خسته شدیم")
}

// verbPrefix writes the «می» of a present verb with a ZWNJ, as careful typists do.
var verbPrefix = func() *strings.Replacer {
	var pairs []string
	for _, stem := range []string{"کن", "شه", "شن", "خور", "ده", "دن", "ریز", "زن", "فت", "ترس", "گ", "فروش", "جوش", "پر", "بند", "ره"} {
		pairs = append(pairs, " می"+stem, " می"+zwnj+stem)
	}
	return strings.NewReplacer(pairs...)
}()

// noise gives a text the marks of real typing; operators type more carefully than citizens.
func noise(r *rand.Rand, s string, operator bool) string {
	care := 1.0
	if operator {
		care = 0.35
	}
	switch u := r.Float64(); {
	case u < 0.45*care+0.1:
		s = strings.ReplaceAll(s, zwnj, "")
	case u < 0.7*care+0.1:
		s = strings.ReplaceAll(s, zwnj, " ")
	}
	if !operator {
		// colloquial texts are often typed with «می» glued or spaced
		if chance(r, 0.3) {
			s = verbPrefix.Replace(s)
		}
	}
	if chance(r, 0.12) {
		s = arabicLetters(s)
	}
	if chance(r, 0.2*care) {
		s = typo(r, s)
		if chance(r, 0.4) {
			s = typo(r, s)
		}
	}
	if !operator && chance(r, 0.1) {
		s = stretch(r, s)
	}
	if !operator && chance(r, 0.14) {
		s += " " + oneOf(r, emojis...)
	}
	if !operator && chance(r, 0.05) {
		s = strings.ReplaceAll(s, "،", ",")
	}
	if chance(r, 0.03) {
		s = "  " + s + " "
	}
	return digits(r, s)
}

// Summary describes a generated set: requests, issues, issue sizes and agency shares.
func Summary(rows []Row) string {
	groups := map[string]int{}
	agencies := map[string]int{}
	coords, addr := 0, 0
	for _, rw := range rows {
		groups[rw.Group]++
		agencies[rw.Agency]++
		if rw.Lat != nil {
			coords++
		}
		if rw.Address != "" {
			addr++
		}
	}
	buckets := []struct {
		name   string
		lo, hi int
	}{{"1", 1, 1}, {"2", 2, 2}, {"3", 3, 3}, {"4-9", 4, 9}, {"10-40", 10, 40}, {"41-59", 41, 59}, {"60+", 60, 1 << 30}}
	var b strings.Builder
	fmt.Fprintf(&b, "%d requests, %d issues; with coordinates %.1f%%, with address %.1f%%\n", len(rows), len(groups),
		100*float64(coords)/float64(len(rows)), 100*float64(addr)/float64(len(rows)))
	b.WriteString("issue sizes:")
	largest := 0
	for _, bk := range buckets {
		n := 0
		for _, s := range groups {
			if s >= bk.lo && s <= bk.hi {
				n++
			}
			largest = max(largest, s)
		}
		fmt.Fprintf(&b, " %s:%d", bk.name, n)
	}
	fmt.Fprintf(&b, " (largest %d)\nagencies:", largest)
	for _, a := range []string{"municipality", "water", "power", "gas", "telecom", "police", "other"} {
		fmt.Fprintf(&b, " %s %d (%.1f%%)", a, agencies[a], 100*float64(agencies[a])/float64(len(rows)))
	}
	b.WriteString("\n")
	return b.String()
}
