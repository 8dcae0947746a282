package rasht44

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// reporter is one citizen: where they live, how they reach the line and how they write.
type reporter struct {
	home    *alley
	plate   int
	deadEnd string
	channel string
	st      style
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// weighted picks an index by weight.
func weighted(r *rand.Rand, w ...float64) int {
	var t float64
	for _, x := range w {
		t += x
	}
	u := r.Float64() * t
	for i, x := range w {
		u -= x
		if u < 0 {
			return i
		}
	}
	return len(w) - 1
}

func newChannel(r *rand.Rand) string {
	return []string{"phone", "app", "web", "in_person"}[weighted(r, 52, 31, 9, 8)]
}

// people decides who reports each request of an issue: new neighbours, or someone calling
// again (a follow-up).
func (g *gen) people(is *issue) {
	r := g.r
	pf := 0.15
	if is.size >= 20 {
		pf = 0.2
	}
	count := map[*reporter]int{}
	last := map[*reporter]*req{}
	var seen []*reporter
	for _, q := range is.reqs {
		if q.i > 0 && r.Float64() < pf {
			q.rep = pick(r, seen)
			q.prev = last[q.rep]
			q.channel = q.rep.channel
			if r.Float64() < 0.3 {
				q.channel = "phone"
			}
		} else {
			q.rep = g.newReporter(is)
			seen = append(seen, q.rep)
			q.channel = q.rep.channel
		}
		count[q.rep]++
		q.nth = count[q.rep]
		last[q.rep] = q
		if q.channel == "phone" || q.channel == "in_person" {
			q.op = pick(r, g.ops)
		}
	}
}

func (g *gen) newReporter(is *issue) *reporter {
	r := g.r
	pl := is.pl
	var home *alley
	switch {
	case (pl.level == lvAlley || pl.level == lvHouse) && r.Float64() < 0.8:
		home = pl.al
	case pl.level == lvBlock && r.Float64() < 0.6:
		home = pick(r, pl.st.blockAlleys(pl.block+r.IntN(pl.blockHi-pl.block+1)))
	case pl.st != nil && r.Float64() < 0.5:
		home = pick(r, pl.st.alleys)
	default:
		home = pick(r, pick(r, pl.nb.streets).alleys)
	}
	rep := &reporter{home: home, plate: 1 + r.IntN(90), channel: newChannel(r)}
	if pl.level == lvHouse && home == pl.al && rep.plate == pl.plate {
		rep.plate++ // the noise is next door, not at home
	}
	if len(home.deadEnds) > 0 && r.Float64() < 0.4 {
		rep.deadEnd = pick(r, home.deadEnds)
	}
	rep.st = citizenStyle(r, rep.channel)
	return rep
}

// --- place phrases ---

func (g *gen) streetForm(st *street, formal bool) string {
	r := g.r
	if formal {
		if st.kind == "" {
			return st.name
		}
		return st.kind + " " + st.name
	}
	opts := []string{st.name, st.name}
	if st.kind != "" {
		opts = append(opts, st.kind+" "+st.name, st.kind+" "+st.name, st.kind+" "+st.name)
	}
	if st.kind == "خیابان" {
		opts = append(opts, "خ "+st.name, "خ."+st.name, "خیابون "+st.name)
	}
	if st.kind == "بلوار" {
		opts = append(opts, "بلوار "+st.name, "بل "+st.name)
	}
	opts = append(opts, st.alts...)
	return pick(r, opts)
}

func (g *gen) nbForm(nb *nbhd, formal bool) string {
	if formal {
		return nb.name
	}
	opts := []string{nb.name, nb.name, nb.name, "محله " + nb.name}
	opts = append(opts, nb.alts...)
	return pick(g.r, opts)
}

func (g *gen) alleyForm(a *alley, formal bool) string {
	r := g.r
	if a.num == 0 {
		if formal {
			return "کوچه " + a.name
		}
		return []string{"کوچه " + a.name, "کوچه " + a.name, "ک " + a.name, "کوچه\u200cی " + a.name}[weighted(r, 4, 3, 1, 1)]
	}
	n := fa(a.num)
	if formal {
		if a.name != "" && r.Float64() < 0.5 {
			return "کوچه " + a.name + " (" + n + ")"
		}
		return "کوچه " + n
	}
	opts := []string{"کوچه " + n, "ک " + n, "ک." + n, "کوچه " + ordinal(a.num), "کوچه " + cardinal(a.num),
		"کوچه شماره " + n, "کوچه\u200cی " + n}
	w := []float64{5, 1.5, 0.8, 2, 0.5, 0.7, 0.5}
	if a.name != "" {
		opts = append(opts, "کوچه "+a.name, "کوچه "+a.name+" ("+n+")", "کوچه "+n+" "+a.name)
		w = append(w, 3, 1, 0.7)
	}
	return opts[weighted(r, w...)]
}

func (g *gen) deadEndForm(d string) string {
	if n := strings.IndexAny(d, "۱۲۳"); n == 0 && g.r.Float64() < 0.4 {
		return "بن\u200cبست " + ordinal(int([]rune(d)[0]-'۰'))
	}
	return pick(g.r, []string{"بن\u200cبست ", "بن\u200cبست ", "بن بست ", "بنبست "}) + d
}

// alleyPhrase writes an alley the many ways people do.
func (g *gen) alleyPhrase(a *alley, formal bool) string {
	r := g.r
	st := a.st
	c := g.alleyForm(a, formal)
	if formal {
		parts := []string{}
		if r.Float64() < 0.6 {
			parts = append(parts, g.nbForm(st.nb, true))
		}
		parts = append(parts, g.streetForm(st, true), c)
		return strings.Join(parts, pick(r, []string{"، ", " - ", "، ", "- "}))
	}
	// a landmark near the alley gives relative directions
	var near *landmark
	var after int
	for _, m := range st.marks {
		if m.corner == a {
			near = m
			break
		}
		k := 0
		for _, b := range st.alleys {
			if b.pos > m.pos && b.pos <= a.pos {
				k++
			}
		}
		if a.pos > m.pos && k >= 1 && k <= 3 {
			near, after = m, k
		}
	}
	if near != nil && r.Float64() < 0.3 {
		s := g.streetForm(st, false)
		switch {
		case near.corner == a:
			return pick(r, []string{s + "، نبش " + c + "، " + near.name, c + " کنار " + near.short + "، " + s,
				s + "، " + c + " جنب " + near.name})
		case after > 0:
			return pick(r, []string{s + "، بعد از " + near.short + "، کوچه " + ordinal(after),
				"کوچه " + ordinal(after) + " بعد از " + near.name, s + " روبروی " + near.name + " " + c})
		}
	}
	switch weighted(r, 4, 3, 2, 1.5, 1) {
	case 0:
		return g.streetForm(st, false) + pick(r, []string{"، ", " ", " - "}) + c
	case 1:
		return g.nbForm(st.nb, false) + "، " + g.streetForm(st, false) + "، " + c
	case 2:
		return c + " " + st.name
	case 3:
		if st.name != st.nb.name {
			return st.nb.name + " " + g.streetForm(st, false) + " " + c
		}
		return g.streetForm(st, false) + " " + c
	}
	return g.nbForm(st.nb, false) + "، " + c
}

// blockPhrase writes a block of a street by a landmark or alley on it.
func (g *gen) blockPhrase(st *street, b int, formal bool) string {
	r := g.r
	s := g.streetForm(st, formal)
	as := st.blockAlleys(b)
	ms := st.blockMarks(b)
	var rel string
	if len(ms) > 0 && r.Float64() < 0.65 {
		m := pick(r, ms)
		name := m.name
		if !formal && r.Float64() < 0.3 {
			name = m.short
		}
		rel = pick(r, []string{"روبروی ", "جنب ", "کنار ", "نرسیده به ", "بعد از ", "جلوی ", "نزدیک "}) + name
	} else {
		a := pick(r, as)
		c := g.alleyForm(a, formal)
		switch weighted(r, 3, 1.5, 1, 1) {
		case 0:
			rel = "نبش " + c
		case 1:
			if len(as) >= 2 {
				rel = "بین " + g.alleyForm(as[0], formal) + " و " + g.alleyForm(as[len(as)-1], formal)
			} else {
				rel = "سر " + c
			}
		case 2:
			rel = "حدود " + c
		default:
			rel = "جلوی پلاک " + fa(1+r.IntN(200))
		}
	}
	if r.Float64() < 0.3 {
		return g.nbForm(st.nb, formal) + "، " + s + "، " + rel
	}
	return s + pick(r, []string{"، ", " ", " - "}) + rel
}

// stretchPhrase writes a run of blocks as one stretch «از ... تا ...».
func (g *gen) stretchPhrase(pl place, formal bool) string {
	end := func(b int) string {
		if ms := pl.st.blockMarks(b); len(ms) > 0 {
			return pick(g.r, ms).name
		}
		return g.alleyForm(pl.st.blockAlleys(b)[0], formal)
	}
	return g.streetForm(pl.st, formal) + " از " + end(pl.block) + " تا " + end(pl.blockHi)
}

func (g *gen) markPhrase(m *landmark, formal bool) string {
	r := g.r
	if formal {
		return m.name + "، " + g.streetForm(m.st, true)
	}
	switch weighted(r, 4, 1, 2, 1) {
	case 0:
		return m.name
	case 1:
		return m.name + " " + m.st.nb.name
	case 2:
		return m.short + " " + g.streetForm(m.st, false)
	}
	return m.name + " واقع در " + g.streetForm(m.st, false)
}

func (g *gen) areaPhrase(nb *nbhd, formal bool) string {
	if formal {
		return "محله " + nb.name
	}
	return pick(g.r, []string{"محله " + nb.name, nb.name, "کل محله " + nb.name, nb.name + " و اطراف", "منطقه " + nb.name,
		g.nbForm(nb, false)})
}

func (g *gen) plateForm(p int) string {
	return pick(g.r, []string{"پلاک " + fa(p), "پلاک " + fa(p), "پ " + fa(p), "پ." + fa(p)})
}

// placePhrase writes the place of the issue at the detail the request gives.
func (g *gen) placePhrase(q *req, give int, formal bool) string {
	is, pl, r := q.is, q.is.pl, g.r
	switch give {
	case giveStreet:
		if pl.st == nil {
			return g.areaPhrase(pl.nb, formal)
		}
		if r.Float64() < 0.4 {
			return g.nbForm(pl.nb, formal) + " " + g.streetForm(pl.st, formal)
		}
		return g.streetForm(pl.st, formal)
	case giveArea:
		return g.areaPhrase(pl.nb, formal)
	}
	switch pl.level {
	case lvAlley:
		s := g.alleyPhrase(pl.al, formal)
		if q.rep.home == pl.al && q.rep.deadEnd != "" && r.Float64() < 0.5 {
			s += "، " + g.deadEndForm(q.rep.deadEnd)
		}
		if q.rep.home == pl.al && r.Float64() < 0.15 {
			s += " " + g.plateForm(q.rep.plate)
		}
		return s
	case lvBlock:
		if pl.blockHi > pl.block && r.Float64() < 0.4 {
			return g.stretchPhrase(pl, formal)
		}
		return g.blockPhrase(pl.st, pl.block+r.IntN(pl.blockHi-pl.block+1), formal)
	case lvHouse:
		return g.alleyPhrase(pl.al, formal) + pick(r, []string{"، ", " "}) + g.plateForm(pl.plate)
	case lvMark:
		return g.markPhrase(pl.mark, formal)
	case lvArea:
		if r.Float64() < 0.3 { // people name their own street for a whole area's cut
			return g.alleyPhrase(q.rep.home, formal)
		}
		return g.areaPhrase(pl.nb, formal)
	}
	_ = is
	return g.areaPhrase(pl.nb, formal)
}

// homeAddress is the reporter's own address as an operator or the app's form writes it.
func (g *gen) homeAddress(rep *reporter, formal bool) string {
	s := g.alleyPhrase(rep.home, formal)
	if rep.deadEnd != "" && g.r.Float64() < 0.6 {
		s += "، " + g.deadEndForm(rep.deadEnd)
	}
	return s + "، " + g.plateForm(rep.plate)
}

// deictic is what stands for the place when the text does not give it.
func deictic(r *rand.Rand, pl place) string {
	switch pl.level {
	case lvAlley, lvHouse:
		return pick(r, []string{"کوچه ما", "کوچه\u200cمون", "این کوچه", "کوچه"})
	case lvBlock:
		return pick(r, []string{"خیابان ما", "اینجا", "خیابون", "خیابان جلوی خانه ما"})
	case lvArea:
		return pick(r, []string{"محله ما", "منطقه ما", "خونه ما", "محل ما"})
	case lvMark:
		switch pl.mark.kind {
		case "park":
			return pick(r, []string{"پارک محله", "پارک"})
		case "school":
			return pick(r, []string{"مدرسه بچه\u200cام", "مدرسه محل"})
		}
		return pick(r, []string{pl.mark.short + " محل", pl.mark.short + " سر کوچه"})
	}
	return "محله ما"
}

// --- Finglish ---

var fingAlleyNames = map[string]string{
	"گلستان": "golestan", "شهید رجبی": "shahid rajabi", "شهید حسن‌پور": "hasanpoor", "نسترن": "nastaran", "بهار": "bahar",
	"شهید نوری": "noori", "شهید بابایی": "babaei", "یاس": "yas", "شهید کریمی": "karimi", "ابریشم": "abrisham",
	"بازارچه": "bazarche", "شهید صادقی": "sadeghi", "لاله": "laleh", "شهید مرادی": "moradi", "شهید رضایی": "rezaei",
	"ارغوان": "arghavan", "شقایق": "shaghayegh", "شهید احمدی": "ahmadi", "شهید قربانی": "ghorbani", "نیلوفر": "niloofar",
	"گلها": "golha", "اقاقیا": "aghaghia", "شهید موسوی": "moosavi", "سرو": "sarv", "صنوبر": "senobar",
	"شهید علیزاده": "alizade", "مریم": "maryam", "بنفشه": "banafshe", "آزادی": "azadi", "شهید یوسفی": "yoosefi",
	"نرگس": "narges", "امید": "omid", "شهید رحیمی": "rahimi", "پروین": "parvin", "سپیده": "sepide",
	"شهید اکبری": "akbari", "فجر": "fajr",
}

func (g *gen) fingAlley(a *alley) string {
	r := g.r
	if a.num == 0 || (a.name != "" && r.Float64() < 0.3) {
		return pick(r, []string{"kooche ", "kuche ", "k "}) + fingAlleyNames[a.name]
	}
	n := itoa(a.num)
	return pick(r, []string{"kooche " + n, "kuche " + n, "k " + n, "koocheye " + n})
}

func (g *gen) fingPlace(q *req, give int) string {
	pl, r := q.is.pl, g.r
	if give == giveArea || pl.st == nil {
		return pick(r, []string{"mahale ", ""}) + pl.nb.fing
	}
	if give == giveStreet {
		return pick(r, []string{"khiaban ", ""}) + pl.st.fing
	}
	switch pl.level {
	case lvAlley, lvHouse:
		if r.Float64() < 0.5 {
			return pl.st.fing + " " + g.fingAlley(pl.al)
		}
		return g.fingAlley(pl.al) + " " + pl.st.fing
	case lvBlock:
		if ms := pl.st.blockMarks(pl.block); len(ms) > 0 && r.Float64() < 0.6 {
			return pl.st.fing + " roberooye " + pick(r, ms).fing
		}
		return pl.st.fing + " nabshe " + g.fingAlley(pl.st.blockAlleys(pl.block)[0])
	case lvMark:
		return pl.mark.fing
	}
	return "mahale " + pl.nb.fing
}

// --- texts ---

const (
	giveFull = iota
	giveStreet
	giveArea
	giveNone
)

var monthNames = []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

var (
	openers  = []string{"سلام", "با سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "درود", "باسلام", "سلام آقا", "سلام علیکم"}
	closers  = []string{"لطفا رسیدگی کنید", "ممنون میشم پیگیری کنید", "با تشکر", "لطفا سریعتر اقدام کنید", "خواهش میکنم رسیدگی کنید", "مرسی", "دستتون درد نکنه", "باسپاس", "لطفا فورا رسیدگی شود"}
	grumbles = []string{"کسی جواب نمیده", "هیچکس رسیدگی نمی\u200cکند", "مسئولین کجا هستند؟", "بچه\u200cها و سالمندان خیلی اذیت میشن", "واقعا خسته شدیم", "عوارض میگیرید ولی کاری نمی\u200cکنید", "تا کی باید صبر کنیم؟"}
	gilaki   = []string{"ایمرو هم همینطوره", "چی بوکونیم؟", "خیلی بد ایسه", "آقاجان", "ای خدا", "امی کوچه خیلی بد ایسه"}
	neighbrs = []string{"همسایه\u200cها هم قبلا زنگ زده\u200cاند", "چند نفر دیگه هم ثبت کردن", "همه اهالی شاکی هستند"}
)

// followUp is how a caller says they called before.
func (g *gen) followUp(q *req, operatorWords bool) string {
	r := g.r
	ref := ""
	if q.prev != nil && r.Float64() < 0.22 {
		ref = q.prev.id
	}
	if operatorWords {
		switch {
		case ref != "":
			return "پیرو درخواست شماره " + fa0(ref) + " -"
		case q.nth >= 3:
			return "شهروند اعلام نمود بار " + ordinal(q.nth) + " است که تماس می\u200cگیرد."
		}
		return pick(r, []string{"پیگیری مجدد -", "پیگیری مجدد:", "شهروند اعلام نمود قبلا نیز ثبت شده ولی اقدامی صورت نگرفته."})
	}
	switch {
	case ref != "":
		return pick(r, []string{"پیگیری درخواست " + fa0(ref) + ".", "قبلا با کد رهگیری " + fa0(ref) + " ثبت کردم."})
	case q.nth >= 3:
		return pick(r, []string{"بار " + ordinal(q.nth) + " است که اطلاع می\u200cدهم!", "چندمین بار است زنگ می\u200cزنم.", "بار " + ordinal(q.nth) + " است"})
	}
	return pick(r, []string{"پیگیری مجدد.", "بار دوم است که تماس می\u200cگیرم.", "قبلا هم ثبت کردم ولی هنوز رسیدگی نشده.", "هنوز هیچ اقدامی نشده!"})
}

// fa0 writes an ASCII tracking number in Persian digits (the writer's digits follow).
func fa0(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			c = '۰' + (c - '0')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// since says how long the problem has been there.
func (g *gen) since(q *req) string {
	r := g.r
	el := q.t - q.is.start
	if q.is.k.hours == 0 && q.is.k.minDays >= 10 {
		el += r.Float64() * 30 // slow faults were there before the first call
	}
	d := int(q.t - el)
	if d < 0 {
		d = 0
	}
	m, dd := jalali(d)
	date := fa(dd) + " " + monthNames[m-1]
	switch {
	case el < 1:
		return pick(r, []string{"از امروز صبح", "از دیشب", "از چند ساعت پیش"})
	case el < 7:
		return pick(r, []string{"چند روز است همینطور است", "از دو سه روز پیش", "از " + date + " اینطوری است"})
	case el < 30:
		return pick(r, []string{"دو هفته است کسی نیامده", "چند هفته است", "از " + date + " تا حالا"})
	}
	return pick(r, []string{"یک ماه است", "چند ماه است همینطوره", "از " + date + " تا الان", "از اول " + monthNames[m-1]})
}

func fill(tpl, p string) string {
	return strings.TrimSpace(strings.ReplaceAll(tpl, "{p}", p))
}

// citizenText is what a citizen writes in the app or says to an operator who types it.
func (g *gen) citizenText(q *req, give int, inText bool, st style) string {
	r, k := g.r, q.is.k
	var parts []string
	if r.Float64() < 0.7 {
		parts = append(parts, pick(r, openers))
	}
	if q.nth > 1 && r.Float64() < 0.85 {
		parts = append(parts, g.followUp(q, false))
	}
	p := deictic(r, q.is.pl)
	if inText {
		p = g.placePhrase(q, give, false)
	}
	parts = append(parts, fill(pick(r, k.say), p))
	if r.Float64() < 0.4 {
		parts = append(parts, g.since(q))
	}
	if q.i > 0 && q.nth == 1 && r.Float64() < 0.06 {
		parts = append(parts, pick(r, neighbrs))
	}
	if r.Float64() < 0.04 {
		other := pick(r, kinds)
		if other.family != k.family {
			parts = append(parts, "ضمنا "+other.also)
		}
	}
	if r.Float64() < 0.2 {
		parts = append(parts, pick(r, grumbles))
	}
	if st.gilaki && r.Float64() < 0.7 {
		parts = append(parts, pick(r, gilaki))
	}
	if r.Float64() < 0.65 {
		parts = append(parts, pick(r, closers))
	}
	return joinParts(r, parts)
}

func joinParts(r *rand.Rand, parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			if strings.ContainsAny(parts[i-1][len(parts[i-1])-1:], ".!؟?:-") || strings.HasSuffix(parts[i-1], "؟") {
				b.WriteString(pick(r, []string{" ", " ", "\n"}))
			} else {
				b.WriteString(pick(r, []string{"، ", ". ", " ", "\n", ". "}))
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// operatorText is an operator's third-person summary.
func (g *gen) operatorText(q *req, give int, inText bool) string {
	r, k := g.r, q.is.k
	var parts []string
	if q.nth > 1 && r.Float64() < 0.9 {
		parts = append(parts, g.followUp(q, true))
	}
	p := "محل"
	if inText {
		p = g.placePhrase(q, give, true)
	} else if q.is.pl.level == lvArea {
		p = "محل سکونت"
	}
	parts = append(parts, fill(pick(r, k.op), p))
	if r.Float64() < 0.04 {
		other := pick(r, kinds)
		if other.family != k.family {
			parts = append(parts, "همچنین اعلام نمود "+other.also)
		}
	}
	if r.Float64() < 0.3 {
		parts = append(parts, pick(r, []string{"درخواست رسیدگی فوری دارد.", "شهروند ناراضی است.", "لطفا پیگیری شود.", "تماس مجدد با شهروند انجام شود."}))
	}
	return strings.Join(parts, " ")
}

func (g *gen) finglishText(q *req, give int, inText bool) string {
	r, k := g.r, q.is.k
	var parts []string
	if r.Float64() < 0.75 {
		parts = append(parts, pick(r, []string{"salam", "salam", "slm", "salam vaght bekheir"}))
	}
	if q.nth > 1 {
		parts = append(parts, pick(r, []string{"peygiri mojadad", "bare dovome ke sabt mikonam", "hanooz kari nashode"}))
	}
	p := pick(r, []string{"koochamoon", "mahale ma", "inja"})
	if inText {
		p = g.fingPlace(q, give)
	}
	parts = append(parts, fill(pick(r, k.fing), p))
	if r.Float64() < 0.6 {
		parts = append(parts, pick(r, []string{"lotfan residegi konid", "merci", "mamnoon", "lotfan zoodtar", "kheili bade"}))
	}
	return strings.Join(parts, pick(r, []string{", ", " ", ". "}))
}

// --- the rest of a row ---

func (g *gen) category(q *req) string {
	r, k := g.r, q.is.k
	w := []float64{78, 8, 9, 5}
	if q.op == nil {
		w = []float64{60, 17, 14, 9}
	}
	switch weighted(r, w...) {
	case 0:
		return k.cats[weighted(r, 3, 1.5, 1)%len(k.cats)]
	case 1:
		for {
			o := pick(r, kinds)
			if o.family != k.family {
				return pick(r, o.cats)
			}
		}
	case 2:
		return pick(r, vagueCats)
	}
	return ""
}

// jitter moves a point 20–150 m in a random direction: the pin is never on the spot.
func jitter(r *rand.Rand, lat, lon float64) (float64, float64) {
	d := 20 + r.Float64()*130
	a := r.Float64() * 2 * math.Pi
	return offset(lat, lon, d*math.Sin(a), d*math.Cos(a))
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func (g *gen) status(q *req) string {
	r, is := g.r, q.is
	const export = yearDays + 3 // the set is exported a few days after the year
	age := export - q.t
	if r.Float64() < 0.015 {
		return string(tafkik.StatusRejected)
	}
	if is.k.agency != tafkik.AgencyMunicipality {
		switch weighted(r, 52, 12, 18, 18) {
		case 0:
			return string(tafkik.StatusReferred)
		case 1:
			return string(tafkik.StatusResolved)
		case 2:
			return string(tafkik.StatusNew)
		}
		return string(tafkik.StatusReviewing)
	}
	if r.Float64() < 0.02 {
		return string(tafkik.StatusReferred) // referred out by mistake
	}
	switch {
	case age < 4:
		return []string{string(tafkik.StatusNew), string(tafkik.StatusReviewing)}[weighted(r, 3, 1)]
	case is.end < export:
		return []string{string(tafkik.StatusResolved), string(tafkik.StatusInProgress), string(tafkik.StatusAssigned)}[weighted(r, 85, 10, 5)]
	}
	return []string{string(tafkik.StatusReviewing), string(tafkik.StatusAssigned), string(tafkik.StatusInProgress), string(tafkik.StatusNew)}[weighted(r, 2, 3, 4, 1)]
}

// render writes every request: who wrote what where, with the noise of their keyboard.
func (g *gen) render(reqs []*req) {
	for _, q := range reqs {
		g.renderOne(q)
	}
}

func (g *gen) renderOne(q *req) {
	r, is := g.r, q.is
	give := []int{giveFull, giveStreet, giveArea, giveNone}[weighted(r, 88, 6, 3, 3)]
	if q.nth > 1 {
		give = []int{giveFull, giveStreet, giveArea, giveNone}[weighted(r, 70, 10, 8, 12)]
	}
	if is.pl.level == lvArea && give == giveStreet {
		give = giveFull
	}
	if is.pl.level == lvNone {
		give = giveNone
	}
	st := q.rep.st
	if q.op != nil {
		st = q.op.st
	}
	// the address field
	var addr string
	addrHasPlace := false
	switch {
	case give == giveNone:
		if q.op != nil && r.Float64() < 0.5 {
			addr = "رشت"
		}
	case q.op != nil && r.Float64() < 0.8:
		addr = g.addressFor(q, give, true)
		addrHasPlace = true
	case q.op == nil && q.channel == "app" && r.Float64() < 0.55,
		q.op == nil && q.channel == "web" && r.Float64() < 0.7:
		addr = g.addressFor(q, give, false)
		addrHasPlace = true
	}
	inText := give != giveNone && (!addrHasPlace && r.Float64() < 0.93 || addrHasPlace && r.Float64() < 0.45)
	q.give, q.inText, q.inAddr = give, inText, addrHasPlace
	var text string
	switch {
	case q.op == nil && q.rep.st.finglish:
		text = g.finglishText(q, give, inText)
		if addrHasPlace && r.Float64() < 0.7 {
			addr = g.fingPlace(q, give)
		}
		st.finglish = true
	case q.op != nil && r.Float64() < 0.55:
		text = g.operatorText(q, give, inText)
	default:
		text = g.citizenText(q, give, inText, q.rep.st)
	}
	row := labelled.Row{
		ID: q.id, District: g.opt.District, CreatedAt: at(q.t), Category: g.category(q),
		Text: noisy(r, text, st), Address: noisy(r, addr, st), Channel: q.channel, Status: g.status(q),
		Group: is.group, Agency: string(is.k.agency),
	}
	pLoc := map[string]float64{"app": 0.75, "web": 0.25, "phone": 0.03, "in_person": 0.10}[q.channel]
	if r.Float64() < pLoc {
		lat, lon := is.spotLat, is.spotLon
		if is.pl.level == lvArea || is.pl.level == lvNone {
			lat, lon = q.rep.home.inside(float64(q.rep.plate%40) / 40 * q.rep.home.length)
		}
		lat, lon = jitter(r, lat, lon)
		lat, lon = round6(lat), round6(lon)
		row.Lat, row.Lon = &lat, &lon
	}
	q.row = row
}

// addressFor writes the address field: the problem's place, or the caller's home for a
// whole neighbourhood's cut.
func (g *gen) addressFor(q *req, give int, formal bool) string {
	r, pl := g.r, q.is.pl
	var s string
	switch {
	case give == giveStreet:
		s = g.placePhrase(q, giveStreet, formal)
	case give == giveArea:
		s = g.areaPhrase(pl.nb, formal)
	case pl.level == lvArea || (pl.level == lvAlley && q.rep.home == pl.al && r.Float64() < 0.5),
		formal && (pl.level == lvBlock || pl.level == lvMark) && r.Float64() < 0.12: // the caller's home, not the problem's place
		s = g.homeAddress(q.rep, formal)
	default:
		s = g.placePhrase(q, give, formal)
	}
	if formal && r.Float64() < 0.5 {
		s = pick(r, []string{"رشت، ", "رشت - ", "منطقه ۳، ", "رشت، منطقه ۳، "}) + s
	}
	return s
}
