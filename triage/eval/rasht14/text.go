package rasht14

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

type caller struct {
	name, phone, postcode string
	finglish              bool // types in Latin letters
	voice                 int  // how this person tends to write
}

var firstNames = []string{"محمد", "علی", "رضا", "حسین", "مهدی", "زهرا", "فاطمه", "مریم", "سمیه", "نرگس", "جواد", "سعید",
	"مسعود", "لیلا", "پروین", "اکبر", "ابراهیم", "کبری", "مرتضی", "نسرین", "حمید", "ناصر", "طاهره", "بهروز"}
var lastNames = []string{"رحیمی", "پورحسن", "قربانی", "نوروزی", "کاظمی", "اسدی", "جعفری", "عاشوری", "رمضانی", "صفری",
	"خوشرو", "پوررضا", "شعبانی", "مرادی", "یوسفی", "حسن‌زاده", "کیانی", "دلاوری", "میرزایی", "طالبی"}

func makeCallers(r *rand.Rand, n int) []caller {
	cs := make([]caller, n)
	for i := range cs {
		cs[i] = caller{
			name:     pickOf(r, firstNames) + " " + pickOf(r, lastNames),
			phone:    fmt.Sprintf("0911%07d", r.IntN(10_000_000)),
			postcode: fmt.Sprintf("41%08d", r.IntN(100_000_000)),
			finglish: r.IntN(30) == 0,
			voice:    r.IntN(4),
		}
	}
	return cs
}

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "", "", "درود", "سلام علیکم", "با عرض سلام", "سلام آقا"}
var durations = []string{"دو هفته است", "از ماه پیش", "چند روزه", "از دیشب", "یه ماهه", "از قبل عید", "سه روزه", "مدتیه", "از اول پاییز", ""}
var pleas = []string{"لطفا رسیدگی کنید", "تو رو خدا یه کاری کنید", "خواهشمندم پیگیری فرمایید", "ممنون میشم زودتر بیاین",
	"چرا کسی کاری نمیکنه؟!", "لطفا اکیپ بفرستید", "رسیدگی شود", "", "", "مرسی", "دستتون درد نکنه", "منتظر اقدام شما هستیم"}
var extras = []string{"قبلا هم تماس گرفتم کسی نیومد", "چند بار زنگ زدم", "بچه‌ها از اینجا میرن مدرسه خطرناکه", "دیروز پیرمرد همسایه زمین خورد",
	"کسی جواب نمیده", "همسایه‌ها هم شاکی هستن", "عوارضمون رو به موقع میدیم", "شهردار محترم لطفا خودتون یه سر بزنید", "خیلیییی بده وضع",
	"آقا جان خسته شدیم", "واقعا شرم‌آوره", "اینجا دیگه قابل تحمل نیست"}

// asides are things a municipal caller says in passing that name another agency without
// making it that agency's job.
var asides = map[string][]string{
	"channel":   {"به آبفا زنگ زدم گفتن آب بارونه و کار شهرداریه", "این آب بارونه فاضلاب نیست", "ربطی به لوله آب نداره، آب باران است"},
	"asphalt":   {"حفاری هم نشده، خود آسفالت پوسیده", "مخابرات و گاز کاری نکردن، خود کوچه خرابه"},
	"prune":     {"به سیم برق نرسیده هنوز ولی نزدیکه، فقط هرس میخواد", "شاخه‌ها رو هرس کنید قبل از اینکه به سیم برسه"},
	"parklight": {"تیرهای خیابون روشنه فقط داخل پارک تاریکه", "اداره برق گفت چراغ پارک با شهرداریه"},
	"goods":     {"ماشین نیست، بار مغازه‌ست", "پلیس گفت سد معبر کسبه با شهرداریه"},
	"site":      {"همسایه نیستن، کارگاه ساختمونیه", "به ۱۱۰ زنگ زدیم گفتن شهرداری"},
	"garbage":   {"کنار اداره گاز", "روبروی پست برق"},
	// And the other way round: another agency's job, said with a municipal word.
	"sewage":       {"این آب بارون نیست، فاضلابه و بو میده", "شهرداری گفت مال آبفاست ولی کسی نیومده"},
	"main":         {"آب بارون نیست، آب لوله‌کشیه", "جوی آب پر شده از آب لوله"},
	"streetlight":  {"تیر برق کنار پارکه ولی چراغ خیابونه", "به ۱۲۱ زنگ زدم کسی جواب نداد"},
	"wire":         {"درخت مال شهرداریه ولی شاخه روی سیم افتاده", "شهرداری گفت تا برق نیاد دست نمیزنیم"},
	"parking":      {"مغازه نیست، ماشین شخصیه", "سد معبر کرده با ماشینش"},
	"noise":        {"ساختمون‌سازی نیست، همسایه‌ست", "شهرداری گفت به ۱۱۰ زنگ بزنید"},
	"trench-water": {"شهرداری آسفالت نمیکنه چون میگه آبفا باید ترمیم کنه", "کوچه رو کندن و آسفالت رو خراب کردن"},
}

// gilaki swaps a few words for the Gilaki a Rasht caller slips into.
var gilaki = [][2]string{{" یه ", " ایتا "}, {" بزرگ", " گت"}, {" بارون", " واران"}, {" باران", " واران"}, {"پایین کوچه", "جیر کوچه"}, {"بالای کوچه", "جور کوچه"}}

func petitionText(r *rand.Rand, code string) string {
	switch code {
	case "asphalt":
		return pick(r, "ما اهالی این کوچه با امضای این طومار خواستار آسفالت فوری کوچه هستیم. سالهاست وعده دادید.",
			"طومار اهالی: کوچه ما پر از چاله است و تقاضای آسفالت مجدد داریم")
	case "dogs":
		return pick(r, "ما ساکنین محله خواستار جمع‌آوری سگ‌های ولگرد هستیم، بچه‌هامون امنیت ندارن",
			"طومار اهالی برای جمع‌آوری سگ‌های بلاصاحب کوچه")
	default:
		return pick(r, "ما همسایگان کارگاه ساختمانی از سر و صدا و ساخت و ساز غیرمجاز شاکی هستیم و تقاضای توقف کار را داریم",
			"اعتراض جمعی اهالی به ساخت و ساز بدون پروانه و سر و صدای شبانه کارگاه")
	}
}

// render writes every request's text, address, coordinates, category, channel and status.
// Slots are in time order, so a follow-up can cite an earlier request of its issue.
func (g *gen) render(slots []*slot) {
	seen := map[*issue][]*slot{}
	operatorTemplate := []int{}
	for i := 0; i < 6; i++ {
		operatorTemplate = append(operatorTemplate, g.r.IntN(4))
	}
	for _, s := range slots {
		iss := s.iss
		pr := problems[iss.prob]
		s.row.District = g.opt.District
		s.row.CreatedAt = s.at
		s.row.Group = iss.group
		s.row.Agency = pr.agency
		if s.kind == slotFault {
			o := s.orig.row
			s.row.Text, s.row.Address, s.row.Category, s.row.Channel = o.Text, o.Address, o.Category, o.Channel
			s.row.Lat, s.row.Lon = o.Lat, o.Lon
			s.row.Status = "new"
			continue
		}
		c := g.callers[s.caller]
		text, addrMode, byOperator := g.text(s, pr, c, seen[iss], operatorTemplate)
		s.row.Text = text
		// An operator's summary is of a phone call; a citizen's own words came by app, web,
		// or are a call's transcript.
		switch {
		case s.kind == slotCampaign:
			s.row.Channel = pick(g.r, "web", "app")
		case byOperator:
			s.row.Channel = pick(g.r, "phone", "phone", "phone", "phone", "phone", "phone", "phone", "phone", "phone", "app")
		default:
			s.row.Channel = pick(g.r, "app", "app", "app", "phone", "web")
		}
		if addrMode {
			s.row.Address = g.w.addressField(g.r, iss.place, c)
			switch g.r.IntN(3) {
			case 0:
				s.row.Address = digits(s.row.Address, '۰')
			case 1:
				if g.r.IntN(8) == 0 {
					s.row.Address = digits(s.row.Address, '٠')
				}
			}
		}
		hasCoords := g.r.Float64() < 0.45
		if s.row.Channel == "app" {
			hasCoords = g.r.Float64() < 0.88
		}
		if hasCoords {
			lat, lon := jitter(g.r, iss.place.lat, iss.place.lon)
			s.row.Lat, s.row.Lon = &lat, &lon
		}
		s.row.Category = g.category(pr, s.row.Channel)
		s.row.Status = g.status(pr, s.at)
		seen[iss] = append(seen[iss], s)
	}
}

func (g *gen) category(pr problem, channel string) string {
	u := g.r.Float64()
	if channel == "app" {
		// The app's menu: coarse, and people pick the first thing that looks close.
		switch {
		case u < 0.6:
			return pickOf(g.r, pr.cats)
		case u < 0.8:
			return "خدمات شهری"
		case u < 0.92:
			return "سایر"
		default:
			return pickOf(g.r, pr.wrong)
		}
	}
	switch {
	case u < 0.74:
		return pickOf(g.r, pr.cats)
	case u < 0.86:
		return pickOf(g.r, pr.wrong)
	case u < 0.95:
		return "سایر"
	default:
		return ""
	}
}

func (g *gen) status(pr problem, at time.Time) string {
	age := g.opt.End.Sub(at).Hours() / 24
	u := g.r.Float64()
	switch {
	case age < 10:
		return pick(g.r, "new", "new", "reviewing")
	case pr.agency != "municipality" && u < 0.45:
		return "referred"
	case u < 0.5:
		return "resolved"
	case u < 0.7:
		return "in_progress"
	case u < 0.75:
		return "rejected"
	default:
		return pick(g.r, "new", "assigned", "reviewing")
	}
}

// text writes one request in one of the voices, and says whether the address field is filled.
// Where the place goes: address only, text only, both, or nowhere.
func (g *gen) text(s *slot, pr problem, c caller, earlier []*slot, tmpl []int) (string, bool, bool) {
	r := g.r
	iss := s.iss
	u := r.Float64()
	inText, inAddr := false, true
	switch {
	case u < 0.42: // address only
	case u < 0.67:
		inText = true
	case u < 0.95:
		inText, inAddr = true, false
	default:
		inAddr = false // nowhere: "our alley", maybe coordinates
	}
	placeStr := ""
	if inText {
		placeStr = g.w.placeText(r, iss.place, false)
	}
	say := pickOf(r, pr.says)
	noun := pickOf(r, pr.noun)
	var t string
	byOperator := false
	switch {
	case s.kind == slotCampaign:
		t = iss.petition
		if placeStr != "" {
			t = placeStr + ": " + t
		}
		t += pick(r, " امضا: ", " - ", "\n", " از طرف ") + c.name
	case s.kind == slotFollowUp && len(earlier) > 0:
		ref := earlier[r.IntN(len(earlier))].row.ID
		t = pick(r, "پیرو درخواست قبلی به شماره پیگیری %s هنوز رسیدگی نشده. ", "با کد رهگیری %s قبلا ثبت کردم هیچ خبری نشد! ",
			"پیگیری درخواست %s: ", "شماره پیگیری قبلی %s - ", "دوباره ثبت میکنم (قبلی: %s) ")
		t = strings.TrimSpace(fmt.Sprintf(t, ref))
		if r.IntN(3) > 0 {
			t += " " + say
		}
		if placeStr != "" {
			t += " " + placeStr
		}
	case s.kind == slotNews:
		t = pick(r, "همین کوچه‌ای که روزنامه گیلان امروز عکسشو زد، ", "خبرش تو کانال محله هم اومده، ", "بعد از گزارش روزنامه هم کاری نکردید، ",
			"تو خبرگزاری هم گفتن، ") + say
		if placeStr != "" {
			t += " (" + placeStr + ")"
		}
	case inAddr && !inText && r.IntN(30) == 0:
		// Filed from the app's menu with nothing typed: the text is the menu item.
		t = pr.noun[0]
		if r.IntN(2) == 0 {
			t = pickOf(r, pr.cats) + " - " + t
		}
		return t, inAddr, false
	case c.finglish && len(pr.latin) > 0:
		h := g.w.hoods[iss.place.hood]
		st := h.streets[iss.place.street]
		loc := ""
		if inText {
			loc = h.latin + " " + st.latin
			if iss.place.alley >= 0 {
				a := st.alleys[iss.place.alley]
				if a.num > 0 {
					loc += pick(r, " kooche ", " k ", " koche ") + fmt.Sprint(a.num)
				} else {
					loc += " kooche"
				}
			}
		}
		t = strings.TrimSpace(pick(r, "salam ", "", "slm ") + pickOf(r, pr.latin) + " " + loc + pick(r, "", " lotfan residegi konid", " mamnoon", " 3 hafte ast"))
	default:
		var citizen bool
		sudden := iss.kind == kindBurst || iss.kind == kindStorm
		t, citizen = g.voice(r, c, pr, say, noun, placeStr, tmpl, sudden)
		if citizen {
			t = g.citizenMarks(t)
		}
		byOperator = !citizen
	}
	if !inText && !inAddr && r.IntN(2) == 0 {
		t += pick(r, " جلوی خونه ما", " کوچه ما", " همین نزدیکی", " محل ما")
	}
	return g.noise(t, c), inAddr, byOperator
}

// voice writes an ordinary request; it says whether a citizen typed it (an operator does not
// stretch letters or add emoji).
func (g *gen) voice(r *rand.Rand, c caller, pr problem, say, noun, placeStr string, tmpl []int, sudden bool) (string, bool) {
	if a, ok := asides[pr.code]; ok && r.IntN(5) == 0 {
		say += "، " + pickOf(r, a)
	}
	in := ""
	if placeStr != "" {
		in = " در " + placeStr
	}
	switch v := r.IntN(10); {
	case v < 4: // the citizen writing in the app, or the transcript of a call
		parts := []string{pickOf(r, greetings)}
		if placeStr != "" && r.IntN(2) == 0 {
			parts = append(parts, placeStr)
			placeStr = ""
		}
		if d := pickOf(r, durations); d != "" && !sudden && r.IntN(2) == 0 {
			parts = append(parts, d)
		}
		parts = append(parts, say)
		if placeStr != "" {
			parts = append(parts, placeStr)
		}
		if r.IntN(3) == 0 {
			parts = append(parts, pickOf(r, extras))
		}
		parts = append(parts, pickOf(r, pleas))
		return joinNonEmpty(parts, pick(r, " ", "، ", ". ", " ")), true
	case v < 5: // short and blunt
		if placeStr != "" {
			return say + " " + placeStr, true
		}
		return say, true
	case v < 8: // the operator's summary
		switch r.IntN(6) {
		case 0:
			return fmt.Sprintf("شهروند از %s%s گلایه دارد.", noun, in), false
		case 1:
			return fmt.Sprintf("تماس‌گیرنده اعلام نمود %s%s وجود دارد و خواستار رسیدگی است.", noun, in), false
		case 2:
			return fmt.Sprintf("%s%s - پیگیری شود", noun, in), false
		case 3:
			return fmt.Sprintf("شهروند محترم اظهار داشتند: %s%s", say, in), false
		case 4:
			return fmt.Sprintf("درخواست رسیدگی به %s%s. %s", noun, in, pick(r, "", "شهروند شاکی است.", "تماس مکرر.")), false
		default:
			return fmt.Sprintf("گزارش %s%s (تلفنی)", noun, in), false
		}
	case v < 9: // an operator who pastes the same form every time
		switch tmpl[r.IntN(len(tmpl))] {
		case 0:
			return fmt.Sprintf("موضوع: %s\nنشانی: %s\nتوضیحات: %s", noun, orDash(placeStr), say), false
		case 1:
			return fmt.Sprintf("نوع درخواست: %s | محل: %s | شرح: %s", noun, orDash(placeStr), say), false
		case 2:
			return fmt.Sprintf("احتراماً به استحضار می‌رساند %s%s. خواهشمند است دستور فرمایید اقدام لازم صورت پذیرد.", noun, in), false
		default:
			return strings.TrimSpace(fmt.Sprintf("[%s] %s %s", noun, say, placeStr)), false
		}
	default: // a caller who tells the whole story
		parts := []string{pickOf(r, greetings), pickOf(r, openers), say}
		if placeStr != "" {
			parts = append(parts, pick(r, "آدرس: ", "اینجا ", "")+placeStr)
		}
		if sib := sameAgencyAside(r, pr); sib != "" {
			parts = append(parts, sib)
		}
		parts = append(parts, pickOf(r, extras), pickOf(r, extras), pickOf(r, pleas))
		return joinNonEmpty(parts, pick(r, ". ", " ", "، ")), true
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func joinNonEmpty(parts []string, sep string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

var openers = []string{"دیشب که از سر کار برمی‌گشتم دیدم", "من ساکن این محل هستم بیست ساله", "ببخشید مزاحم میشم", "مادرم مریضه و نمیتونه راه بره",
	"امروز صبح بچه‌ها رو بردم مدرسه دیدم", "همسایه‌ها ازم خواستن زنگ بزنم", "آقا من دیگه نمیدونم به کی بگم", "اول سلام به همکاران زحمتکش، بعد اینکه"}

// sameAgencyAside is a second, smaller complaint a caller adds in passing; it is the same
// agency's, so the request's jurisdiction stays what it was.
func sameAgencyAside(r *rand.Rand, pr problem) string {
	if r.IntN(3) != 0 {
		return ""
	}
	var cands []string
	for _, q := range problems {
		if q.agency == pr.agency && q.code != pr.code && q.agency == "municipality" {
			cands = append(cands, q.noun[0])
		}
	}
	if len(cands) == 0 {
		return ""
	}
	return pick(r, "ضمنا ", "در ضمن ", "یه مشکل دیگه هم ") + pickOf(r, cands) + pick(r, " هم هست", " هم داریم ولی اولویت همینه")
}

var emoji = []string{"😡", "🙏", "😔", "‼️", "🙏🙏", "😤", "💔", "👎"}

// noise gives a text the marks of real typing: Arabic letters from an Arabic keyboard, ZWNJ
// dropped or typed as a space, three digit scripts, typos, stretched letters, emoji, Gilaki.
func (g *gen) noise(t string, c caller) string {
	r := g.r
	if r.IntN(9) == 0 {
		for _, p := range gilaki {
			if r.IntN(2) == 0 {
				t = strings.Replace(t, p[0], p[1], 1)
			}
		}
	}
	switch r.IntN(10) {
	case 0, 1, 2:
		t = strings.ReplaceAll(t, "\u200c", "")
	case 3:
		t = strings.ReplaceAll(t, "\u200c", " ")
	}
	if c.voice == 1 || r.IntN(10) == 0 {
		t = strings.NewReplacer("ی", "ي", "ک", "ك").Replace(t)
	}
	switch r.IntN(10) {
	case 0, 1, 2, 3, 4:
		t = digits(t, '۰')
	case 5:
		t = digits(t, '٠')
	}
	if r.IntN(8) == 0 {
		t = typo(r, t)
	}
	return t
}

// citizenMarks are what only a citizen typing adds: stretched letters, emoji, a row of marks.
func (g *gen) citizenMarks(t string) string {
	r := g.r
	if r.IntN(8) == 0 {
		t = stretch(r, t)
	}
	if r.IntN(9) == 0 {
		t += " " + pickOf(r, emoji)
	}
	if r.IntN(7) == 0 {
		t += pick(r, "!!!", "؟؟", "...", "!!")
	}
	return t
}

func digits(t string, zero rune) string {
	var b strings.Builder
	for _, ch := range t {
		switch {
		case ch >= '0' && ch <= '9':
			b.WriteRune(zero + ch - '0')
		case ch >= '۰' && ch <= '۹':
			b.WriteRune(zero + ch - '۰')
		case ch >= '٠' && ch <= '٩':
			b.WriteRune(zero + ch - '٠')
		default:
			b.WriteRune(ch)
		}
	}
	return b.String()
}

// typo swaps or drops one letter of one long word.
func typo(r *rand.Rand, t string) string {
	words := strings.Fields(t)
	for k := 0; k < 5; k++ {
		i := r.IntN(len(words))
		w := []rune(words[i])
		// Numbers are left alone: a tracking code or an alley number mistyped would change
		// what the request points at, not just how it reads.
		if len(w) < 4 || strings.ContainsAny(words[i], "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩") {
			continue
		}
		j := 1 + r.IntN(len(w)-2)
		if r.IntN(2) == 0 {
			w[j], w[j+1] = w[j+1], w[j]
		} else {
			w = append(w[:j], w[j+1:]...)
		}
		words[i] = string(w)
		return strings.Join(words, " ")
	}
	return t
}

func stretch(r *rand.Rand, t string) string {
	for _, w := range []string{"خیلی", "خیلي", "لطفا", "بده", "تورو خدا"} {
		if strings.Contains(t, w) {
			rs := []rune(w)
			last := string(rs[len(rs)-1])
			return strings.Replace(t, w, w+strings.Repeat(last, 2+r.IntN(4)), 1)
		}
	}
	return t + pick(r, " خیلیییی بده", " لطفااااا")
}
