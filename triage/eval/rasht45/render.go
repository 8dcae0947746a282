package rasht45

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// rows sorts the requests by time, gives them tracking codes and their issues group ids,
// and writes each one in its reporter's words.
func (g *gen) rows() []labelled.Row {
	var all []*spec
	for i, is := range g.issues {
		is.order = i
		all = append(all, is.reqs...)
	}
	sort.SliceStable(all, func(a, b int) bool {
		if !all[a].at.Equal(all[b].at) {
			return all[a].at.Before(all[b].at)
		}
		return all[a].is.order < all[b].is.order
	})
	// Tracking codes of the central system: increasing, with the other districts' requests
	// in the gaps.
	code := int64(140400000) + int64(g.r.IntN(4000))
	groups := 0
	for _, s := range all {
		code += 1 + int64(g.r.IntN(40))
		s.id = strconv.FormatInt(code, 10)
		if s.is.group == "" {
			groups++
			s.is.group = fmt.Sprintf("i%04d-%s", groups, s.is.k.code)
		}
	}
	rows := make([]labelled.Row, 0, len(all))
	for _, s := range all {
		rows = append(rows, g.render(s))
	}
	return rows
}

var generic = map[level][]string{
	lvAlley: {"کوچه ما", "کوچمون", "این کوچه", "کوچه"},
	lvSeg:   {"خیابان", "این خیابون", "خیابون ما"},
	lvPoint: {"سر کوچه", "جلوی خونه ما", "اینجا", "کوچه ما"},
	lvArea:  {"محله ما", "منطقه ما", "اینجا", "کل محله"},
	lvPlate: {"خونه ما", "ما"},
}

var genericMark = map[string]string{"park": "پارک محله", "school": "مدرسه", "bakery": "نانوایی محل", "bus": "ایستگاه",
	"square": "میدون", "shop": "مغازه سر کوچه", "pharmacy": "داروخانه", "bank": "بانک"}

func genericLoc(rd renderer, k *kind) string {
	if len(k.here) > 0 {
		return rd.pick(k.here...)
	}
	if k.lv == lvMark {
		if k.prep {
			return "سر کوچه"
		}
		return genericMark[k.marks[0]]
	}
	xs := generic[k.lv]
	return xs[rd.r.IntN(len(xs))]
}

func (g *gen) render(s *spec) labelled.Row {
	rd := renderer{rand.New(rand.NewPCG(s.seed, 0x45))}
	r := rd.r
	k, pl := s.is.k, s.is.p
	w := g.write(rd, s)
	row := labelled.Row{ID: s.id, District: g.opt.District, CreatedAt: s.at, Category: w.category,
		Text: w.text, Address: w.addr, Channel: s.channel, Status: status(rd, s),
		Group: s.is.group, Agency: k.agency}
	if s.pin && pl != nil {
		lat, lon := pl.spot(r, s.home)
		lat, lon = offset(lat, lon, 20+130*r.Float64(), 2*math.Pi*r.Float64())
		lat, lon = math.Round(lat*1e6)/1e6, math.Round(lon*1e6)/1e6
		row.Lat, row.Lon = &lat, &lon
	}
	return row
}

// written is what one request says: its address field, the place its words mention
// (before noise), its words and its category.
type written struct {
	addr, mention, text, category string
}

func (g *gen) write(rd renderer, s *spec) written {
	operator := s.channel == "phone" || s.channel == "in_person"
	st := newStyle(rd.r, s.channel, s.fing)
	addr, mention := g.where(rd, s, operator)
	var text string
	switch {
	case s.fing:
		text = fingText(rd, s, mention)
	case operator:
		text = opText(rd, s, mention)
	default:
		text = citText(rd, s, mention)
	}
	return written{addr: noisy(addr, st, rd.r), mention: mention, text: noisy(text, st, rd.r), category: category(rd, s, operator)}
}

// where decides what goes in the address field and what place the words mention.
func (g *gen) where(rd renderer, s *spec, operator bool) (addr, mention string) {
	pl := s.is.p
	k := s.is.k
	if pl == nil || s.noPlace {
		if operator && rd.chance(0.3) {
			addr = rd.pick("اعلام نشد", "نامشخص", "آدرس دقیق اعلام نشد", "-")
		}
		return addr, ""
	}
	prep := k.prep || k.lv == lvPoint
	full := func() string { return rd.full(pl, s.home, s.plate, prep) }
	short := func() string { return rd.short(pl, s.home, prep) }
	if s.streetOnly {
		if operator || rd.chance(0.4) {
			addr = rd.streetOnly(pl)
			if rd.chance(0.3) {
				mention = rd.streetOnly(pl)
			}
			return addr, mention
		}
		return "", rd.streetOnly(pl)
	}
	if s.fing {
		if rd.chance(0.3) {
			addr = rd.fing(pl, s.home)
		}
		if addr == "" || rd.chance(0.5) {
			mention = rd.fing(pl, s.home)
		}
		return addr, mention
	}
	partial := func() string {
		if pl.st == nil || rd.chance(0.4) {
			return rd.hood(pl.h)
		}
		return rd.hood(pl.h) + "، " + rd.street(pl.st, true)
	}
	switch s.channel {
	case "phone", "in_person":
		u := rd.r.Float64()
		switch {
		case u < 0.82:
			addr = full()
			if rd.chance(0.25) {
				mention = short()
			}
		case u < 0.9:
			addr = partial()
			mention = short()
		default:
			mention = full()
		}
		if addr != "" && rd.chance(0.08) {
			addr = "رشت، منطقه 5، " + addr
		}
	case "app":
		if rd.chance(0.4) {
			addr = full()
			if rd.chance(0.25) {
				addr = partial()
			}
		}
		if (addr == "" && !s.pin) || rd.chance(0.45) {
			mention = short()
			if addr == "" && !s.pin {
				mention = full()
			}
		}
	default: // web
		if rd.chance(0.85) {
			addr = full()
		}
		if (addr == "" && !s.pin) || rd.chance(0.35) {
			mention = short()
			if addr == "" && !s.pin {
				mention = full()
			}
		}
	}
	return addr, mention
}

// ---- the words

var greetings = []string{"سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "درود", "سلام علیکم", "باسلام", "سلام، ببخشید مزاحم میشم"}

var pleas = []string{"لطفا رسیدگی کنید", "خواهشمند است دستور رسیدگی صادر فرمایید", "ممنون میشم زودتر درست کنید", "تو رو خدا یه کاری کنید",
	"لطفا پیگیری کنید", "با تشکر", "ممنون از زحماتتون", "خیلی ممنون", "لطفا فوری رسیدگی شود", "منتظر اقدام شما هستیم",
	"لطفا هر چه سریع\u200cتر اقدام کنید", "دستتون درد نکنه"}

var extras = []string{"چند بار زنگ زدیم کسی جواب نداد", "مسئولین محترم لطفا یه نگاهی بندازید", "ما هم عوارض نوسازی می\u200cدیم",
	"بچه\u200cها و سالمندان خیلی اذیت میشن", "خواهشا جدی بگیرید", "مامور شهرداری اومد دید ولی کاری نکرد",
	"تاخیر در رسیدگی واقعا آزاردهنده\u200cست", "رئیس منطقه لطفا خودتون بیاید ببینید", "واقعا خسته شدیم", "خیلی خیلی وضع بدیه"}

var gilaki = []string{"چی بوکونیم؟", "ایتا کار بوکونید", "آقا جان ایتا کار بوکونید", "خیلی بده، چی بوکونیم"}

var asides = []string{"ضمنا ", "در ضمن ", "راستی ", "یه چیز دیگه، ", "همچنین "}

func (rd renderer) follow(s *spec) string {
	ord := ordinal(max(s.nth, 2))
	return rd.pick("پیگیری مجدد: ", "بار "+ord+" است که تماس می\u200cگیرم، ", "بار "+ord+"ه که گزارش میدم، ",
		"قبلا هم گزارش دادم ولی هیچ اقدامی نشده، ", "دوباره پیگیری می\u200cکنم، ", "هنوز رسیدگی نشده! ", "چند بار پیگیری کردم، ",
		"پیگیری مجدد درخواست قبلی: ")
}

func (rd renderer) cite(s *spec) string {
	id := s.follow.id
	return rd.pick("کد رهگیری "+id, "شماره پیگیری "+id, "پیرو درخواست شماره "+id, "کد پیگیری قبلیم "+id+" بود",
		"کد رهگیری قبلی: "+id)
}

// since says how long the problem has been there, as the reporter would.
func (rd renderer) since(s *spec, operator bool) string {
	d := s.at.Sub(s.is.start).Hours() / 24
	k := s.is.k
	if k.days[0] >= 5 && d < 7 {
		// a slow problem was there long before anyone called
		if operator {
			return rd.pick("از مدت\u200cها قبل", "از چند هفته قبل")
		}
		if k.days[1] >= 100 && rd.chance(0.5) {
			return rd.pick("سال\u200cهاست ", "از پارسال ")
		}
		return rd.pick("خیلی وقته ", "مدتیه ", "چند هفته\u200cست ")
	}
	if operator {
		switch {
		case d < 1:
			return rd.pick("از امروز", "از چند ساعت قبل", "از شب گذشته")
		case d < 7:
			return "از " + rd.pick(cardinal(int(d)+1)+" روز قبل", "چند روز قبل")
		case d < 30:
			return "از " + rd.pick(cardinal(int(d/7)+1)+" هفته قبل", "چند هفته قبل")
		default:
			return "از " + rd.pick(cardinal(min(int(d/30)+1, 12))+" ماه قبل", "چند ماه قبل")
		}
	}
	switch {
	case d < 0.5:
		return rd.pick("از امروز صبح ", "از چند ساعت پیش ", "از دیشب ", "همین الان ")
	case d < 2:
		return rd.pick("از دیروز ", "از دیشب ", "از دیروز تا حالا ")
	case d < 7:
		return rd.pick(cardinal(int(d)+1)+" روزه ", "چند روزه ", strconv.Itoa(int(d)+1)+" روزه ")
	case d < 30:
		return rd.pick(cardinal(int(d/7)+1)+" هفته\u200cست ", "چند هفته\u200cست ", "حدود "+strconv.Itoa(int(d/7)+1)+" هفته است ")
	default:
		return rd.pick(cardinal(min(int(d/30)+1, 12))+" ماهه ", "چند ماهه ", "از "+monthNames[monthOf(int(s.is.start.Sub(yearStart)/day))]+" تا حالا ")
	}
}

var carLetters = []string{"ب", "ج", "د", "س", "ص", "ط", "ق", "ل", "م", "ن", "و", "ه", "ی"}

func (rd renderer) carPlate() string {
	return fmt.Sprintf("پلاک %d %s %d ایران %s", 11+rd.r.IntN(88), carLetters[rd.r.IntN(len(carLetters))],
		111+rd.r.IntN(888), rd.pick("46", "56", "46"))
}

// saysWhen reports whether a sentence already says since when.
func saysWhen(s string) bool {
	for _, w := range []string{"از صبح", "از دیشب", "از دیروز", "روزه", "ساعته", "هفته", "ماهه", "سال", "دیروز", "دیشب"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func citText(rd renderer, s *spec, mention string) string {
	k := s.is.k
	loc := mention
	if loc == "" {
		loc = genericLoc(rd, k)
	}
	var b strings.Builder
	if rd.chance(0.6) {
		b.WriteString(rd.pick(greetings...))
		b.WriteString(rd.pick("، ", " ", ". "))
	}
	if s.follow != nil && !s.reopen {
		b.WriteString(rd.follow(s))
	}
	if s.cite {
		b.WriteString(rd.cite(s) + "، ")
	}
	if s.reopen {
		b.WriteString(rd.pick(k.reopen...) + "، ")
	}
	tmpl := rd.sentence(k.cit, k.citSub, s.is.v)
	core := strings.ReplaceAll(tmpl, "{loc}", loc)
	if rd.chance(0.35) && !s.reopen && !k.noSince && !saysWhen(tmpl) {
		core = rd.since(s, false) + core
	}
	b.WriteString(core)
	if k.code == "blocking" && rd.chance(0.35) {
		b.WriteString("، " + rd.carPlate())
	}
	if s.aside != nil {
		b.WriteString(rd.pick(". ", "، ") + rd.pick(asides...) + s.aside.aside)
	}
	if rd.chance(0.25) {
		b.WriteString(rd.pick(". ", "، ", "! ") + rd.pick(extras...))
	}
	if rd.chance(0.04) {
		b.WriteString(". " + rd.pick(gilaki...))
	}
	if rd.chance(0.65) {
		b.WriteString(rd.pick(". ", "، ", " ") + rd.pick(pleas...))
	}
	return b.String()
}

func opText(rd renderer, s *spec, mention string) string {
	k := s.is.k
	n := rd.sentence(k.op, k.opSub, s.is.v)
	in := ""
	if mention != "" {
		in = " در " + mention
	}
	var b strings.Builder
	if s.follow != nil && !s.reopen {
		b.WriteString(rd.pick("پیگیری مجدد: ", "تماس مجدد شهروند - ", "شهروند برای بار "+ordinal(max(s.nth, 2))+" تماس گرفته است. ",
			"پیرو درخواست قبلی، ", "پیگیری مجدد شهروند: "))
	}
	if s.cite {
		b.WriteString(rd.pick("کد رهگیری قبلی: ", "پیرو درخواست شماره ", "شماره پیگیری ") + s.follow.id + ". ")
	}
	if s.reopen {
		b.WriteString("شهروند اعلام کرد " + rd.pick(k.reopen...) + ". ")
	}
	switch rd.r.IntN(7) {
	case 0:
		b.WriteString("شهروند از " + n + in + " گلایه دارد.")
	case 1:
		b.WriteString("گزارش " + n + in + ". درخواست رسیدگی دارد.")
	case 2:
		b.WriteString(n + in + "، شهروند خواستار رسیدگی فوری است.")
	case 3:
		b.WriteString("درخواست رسیدگی به " + n + in)
	case 4:
		b.WriteString("شهروند تماس گرفته و از " + n + in + " شکایت دارد.")
	case 5:
		b.WriteString("تماس\u200cگیرنده اعلام نمود " + n + in + " وجود دارد و تاکنون اقدامی نشده است.")
	default:
		b.WriteString("اعلام " + n + in + " توسط شهروند")
	}
	if rd.chance(0.25) && !s.reopen && !k.noSince {
		b.WriteString(" مشکل " + rd.since(s, true) + " وجود دارد.")
	}
	if k.code == "blocking" && rd.chance(0.3) {
		b.WriteString(" " + rd.carPlate())
	}
	if s.aside != nil {
		b.WriteString(" همچنین از " + rd.pick(s.aside.op...) + " نیز گلایه دارد.")
	}
	if rd.chance(0.15) {
		b.WriteString(rd.pick(" لطفا بررسی شود.", " ارجاع جهت اقدام.", " شهروند بسیار ناراضی است.", " فوری"))
	}
	return b.String()
}

func fingText(rd renderer, s *spec, mention string) string {
	k := s.is.k
	loc := mention
	if loc == "" {
		loc = rd.pick("koochamun", "inja", "mahale ma")
	}
	var b strings.Builder
	if rd.chance(0.7) {
		b.WriteString(rd.pick("salam ", "salam vaght bekheir ", "slm ", "salam khaste nabashid "))
	}
	if s.follow != nil {
		b.WriteString(rd.pick("peygiri mojadad ", "baare sevome zang mizanam ", "dobare peygiri mikonam "))
	}
	if s.cite {
		b.WriteString("code rahgiri " + s.follow.id + " ")
	}
	b.WriteString(strings.ReplaceAll(rd.sentence(k.fing, k.fingSub, s.is.v), "{loc}", loc))
	if rd.chance(0.3) {
		b.WriteString(rd.pick(" kheili bade", " kheiliiii", " chand roze"))
	}
	b.WriteString(rd.pick(" lotfan rasidegi konid", " mamnoon", " lotfan zoodtar", "", " merci"))
	return b.String()
}

// ---- category and status

func category(rd renderer, s *spec, operator bool) string {
	k := s.is.k
	u := rd.r.Float64()
	right, vague, wrong := 0.55, 0.72, 0.9
	if operator {
		right, vague, wrong = 0.78, 0.88, 0.96
	}
	switch {
	case u < right:
		return rd.pick(k.cats...)
	case u < vague:
		return rd.pick(catOther, catOther, catCitizen)
	case u < wrong:
		if len(k.wrong) > 0 && rd.chance(0.7) {
			return rd.pick(k.wrong...)
		}
		return rd.pick(allCats...)
	default:
		return ""
	}
}

func status(rd renderer, s *spec) string {
	is := s.is
	u := rd.r.Float64()
	recent := yearEnd.Sub(s.at) < 6*day
	switch {
	case is.p == nil || (s.noPlace && s.follow == nil):
		return pickS(u, []string{"rejected", "resolved", "new"}, []float64{0.5, 0.2, 0.3})
	case recent:
		return pickS(u, []string{"new", "reviewing"}, []float64{0.6, 0.4})
	case is.k.agency != municipality:
		return pickS(u, []string{"referred", "rejected", "resolved", "reviewing"}, []float64{0.85, 0.05, 0.05, 0.05})
	case is.end.Before(yearEnd):
		return pickS(u, []string{"resolved", "in_progress", "rejected"}, []float64{0.8, 0.17, 0.03})
	default:
		return pickS(u, []string{"assigned", "in_progress", "reviewing", "new"}, []float64{0.35, 0.35, 0.2, 0.1})
	}
}

func pickS(u float64, xs []string, w []float64) string {
	for i, x := range w {
		if u < x {
			return xs[i]
		}
		u -= x
	}
	return xs[len(xs)-1]
}
