package rasht47

import (
	"math/rand/v2"
	"strings"
)

// How much place a request gives (README, "Rates chosen").
type level int

const (
	lvFull     level = iota // street and alley (or block, building, landmark)
	lvStreet                // the street, no alley
	lvHood                  // the neighbourhood only
	lvLandmark              // a landmark only
	lvNone                  // nothing
)

var levelNames = [...]string{"full", "street", "neighbourhood", "landmark", "none"}

func pickLevel(r *rand.Rand, k placeKind) level {
	var w []float64
	switch k {
	case pAlley, pPlate:
		w = []float64{0.62, 0.20, 0.06, 0.05, 0.07}
	case pBlock:
		w = []float64{0.40, 0.40, 0.08, 0.05, 0.07}
	case pLandmark:
		w = []float64{0.60, 0.12, 0.06, 0.15, 0.07}
	default: // the caller's own door during a cut
		w = []float64{0.40, 0.25, 0.25, 0, 0.10}
	}
	return level(pickWeighted(r, w))
}

type renderer struct {
	r *rand.Rand
	w *world
	h hand
}

func (rd *renderer) pick(xs []string) string { return xs[rd.r.IntN(len(xs))] }

func (rd *renderer) chance(p float64) bool { return rd.r.Float64() < p }

// ---- names ----

func (rd *renderer) hoodName(h int) string {
	hd := rd.w.Hoods[h]
	if rd.h.latin {
		return hd.Latin
	}
	if rd.chance(0.55) {
		return hd.Forms[0]
	}
	return rd.pick(hd.Forms)
}

// streetName writes street s; bare leaves out the kind word («بیستون» for «خیابان بیستون»).
func (rd *renderer) streetName(s int, bare bool) string {
	st := rd.w.Streets[s]
	if rd.h.latin {
		if st.Number > 0 {
			if bare || rd.chance(0.5) {
				return rd.w.Hoods[st.Hood].Latin + " " + st.Latin
			}
			return "khiaban " + st.Latin
		}
		if bare || rd.chance(0.5) {
			return st.Latin
		}
		if st.Kind == "بلوار" {
			return "bolvar " + st.Latin
		}
		return rd.pick([]string{"khiaban ", "kh ", "khiabane "}) + st.Latin
	}
	if st.Number > 0 {
		switch u := rd.r.Float64(); {
		case bare || u < 0.35:
			return rd.hoodName(st.Hood) + " " + st.Name
		case u < 0.85:
			return "خیابان " + st.Name
		default:
			return "خ " + st.Name
		}
	}
	name := st.Name
	if len(st.Forms) > 0 && rd.chance(0.4) {
		name = rd.pick(st.Forms)
	}
	if bare {
		return name
	}
	var kind string
	if st.Kind == "بلوار" {
		kind = pickW(rd.r, []string{"بلوار ", "بل ", ""}, []float64{0.75, 0.05, 0.2})
	} else {
		kind = pickW(rd.r, []string{"خیابان ", "خ ", "خ. ", "خیابون ", ""}, []float64{0.65, 0.08, 0.04, 0.05, 0.18})
	}
	return kind + name
}

func pickW(r *rand.Rand, xs []string, w []float64) string { return xs[pickWeighted(r, w)] }

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم"}

var cardinals = []string{"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست"}

var tens = map[int]string{20: "بیست", 30: "سی", 40: "چهل"}

// numberWord writes 1..49 in words, as an ordinal («دوازدهم») or a cardinal («دوازده»).
func numberWord(n int, ordinal bool) string {
	if n <= 0 || n >= 50 {
		return itoa(n)
	}
	if n <= 20 {
		if ordinal {
			return ordinals[n]
		}
		return cardinals[n]
	}
	t, u := n/10*10, n%10
	if u == 0 {
		if ordinal {
			return tens[t] + "م"
		}
		return tens[t]
	}
	if ordinal {
		if u == 1 {
			return tens[t] + " و یکم"
		}
		return tens[t] + " و " + ordinals[u]
	}
	return tens[t] + " و " + cardinals[u]
}

// alleyName writes alley a: «کوچه 14», «ک 14», «کوچه چهاردهم», «کوچه گلستان», «بن‌بست لاله».
func (rd *renderer) alleyName(a int) string {
	al := rd.w.Alleys[a]
	if rd.h.latin {
		switch {
		case al.Dead:
			return "bonbast " + strings.TrimPrefix(al.Latin, "bonbast ")
		case al.Number > 0:
			return rd.pick([]string{"kooche ", "k ", "koche ", "kuche "}) + al.Latin
		default:
			return rd.pick([]string{"kooche ", "koche "}) + al.Latin
		}
	}
	var kind string
	if al.Dead {
		kind = pickW(rd.r, []string{"بن~بست ", "بنبست ", "بن بست "}, []float64{0.8, 0.1, 0.1})
	} else {
		kind = pickW(rd.r, []string{"کوچه ", "ک ", "ک. ", "کوچه~ی ", "کوچهٔ "}, []float64{0.76, 0.1, 0.05, 0.06, 0.03})
	}
	if al.Number > 0 {
		switch u := rd.r.Float64(); {
		case u < 0.14:
			return kind + numberWord(al.Number, true)
		case u < 0.17:
			return kind + numberWord(al.Number, false)
		default:
			return kind + itoa(al.Number)
		}
	}
	if !al.Dead && rd.chance(0.12) {
		return al.Name
	}
	return kind + al.Name
}

// alleyShort is the short form for a numbered alley: «14» after the street («بیستون 14»)
// or «ک 14».
func (rd *renderer) alleyShort(a int) string {
	al := rd.w.Alleys[a]
	if rd.h.latin {
		return rd.pick([]string{"", "k "}) + itoa(al.Number)
	}
	return rd.pick([]string{"", "ک ", "ک", "کوچه "}) + itoa(al.Number)
}

func (rd *renderer) landmarkName(l int) string {
	lm := rd.w.Landmarks[l]
	if rd.h.latin {
		return lm.Latin
	}
	if rd.chance(0.5) {
		return lm.Name
	}
	return rd.pick(lm.Forms)
}

var relations = []string{"روبروی", "روبه~روی", "جنب", "کنار", "نبش", "پشت", "نزدیک", "بعد از", "جلوی", "سر", "روبرو"}
var relationWeights = []float64{0.22, 0.06, 0.16, 0.12, 0.08, 0.06, 0.1, 0.08, 0.07, 0.03, 0.02}
var latinRelations = []string{"rooberooye", "kenare", "jelooye", "nazdik", "nabshe", "baad az"}

func (rd *renderer) relation() string {
	if rd.h.latin {
		return rd.pick(latinRelations)
	}
	return pickW(rd.r, relations, relationWeights)
}

func (rd *renderer) plate(n int) string {
	if rd.h.latin {
		return rd.pick([]string{"pelak ", "p "}) + itoa(n)
	}
	return pickW(rd.r, []string{"پلاک ", "پلاک", "پ ", "پ. ", "پلاک: "}, []float64{0.7, 0.1, 0.1, 0.05, 0.05}) + itoa(n)
}

// ---- places ----

func (rd *renderer) join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, rd.h.comma)
}

// nearbyLandmark is a landmark within m metres of p, on any street, or -1.
func (rd *renderer) nearbyLandmark(p point, m float64) int {
	best, bd := -1, m
	for i, l := range rd.w.Landmarks {
		if d := dist(p, l.P); d < bd {
			best, bd = i, d
		}
	}
	return best
}

// alleyFull writes «street, alley» in one of the ways people write it.
func (rd *renderer) alleyFull(a int, withHood bool) string {
	al := rd.w.Alleys[a]
	s := al.Street
	st := rd.w.Streets[s]
	hd := ""
	if withHood && st.Number == 0 && st.Name != rd.w.Hoods[st.Hood].Name {
		hd = rd.hoodName(st.Hood)
	}
	ws := []float64{3, 4, 2, 0, 1, 1, 1}
	if al.Number > 0 && !al.Dead {
		ws[3] = 2.5
	}
	lm := rd.w.nearestLandmark(s, al.Mouth, 150)
	if lm < 0 {
		ws[4] = 0
	}
	switch pickWeighted(rd.r, ws) {
	case 0:
		return rd.join(hd, rd.streetName(s, false), rd.alleyName(a))
	case 1:
		return rd.join(rd.streetName(s, false), rd.alleyName(a))
	case 2:
		// «کوچه دوازدهم بیستون», «کوچه گلستان خیابان استادسرا»
		return strings.TrimSpace(rd.alleyName(a) + " " + rd.streetName(s, rd.chance(0.6)) + " " + hd)
	case 3:
		// «بیستون 14», «منظریه 113 ک 4», «ضیابری ک 22»
		return strings.TrimSpace(rd.streetName(s, true) + " " + rd.alleyShort(a))
	case 4:
		return rd.join(rd.streetName(s, false), rd.relation()+" "+rd.landmarkName(lm), rd.alleyName(a))
	case 5:
		if hd == "" && st.Number == 0 && st.Name != rd.w.Hoods[st.Hood].Name {
			hd = rd.hoodName(st.Hood)
		}
		return strings.TrimSpace(hd + " " + rd.streetName(s, false) + " " + rd.alleyName(a))
	default:
		return rd.streetName(s, false) + " - " + rd.alleyName(a)
	}
}

func (rd *renderer) blockFull(x place) string {
	s := x.Street
	if x.Landmark >= 0 && rd.chance(0.5) {
		return rd.join(rd.streetName(s, false), rd.relation()+" "+rd.landmarkName(x.Landmark))
	}
	mouth := pickW(rd.r, []string{"نبش", "جنب", "روبروی", "سر", "بعد از", "قبل از", "ابتدای", "نرسیده به"},
		[]float64{0.3, 0.15, 0.15, 0.1, 0.1, 0.08, 0.06, 0.06})
	if rd.h.latin {
		mouth = rd.pick([]string{"nabshe", "sare", "rooberooye", "baad az"})
	}
	switch rd.r.IntN(4) {
	case 0:
		return rd.join(rd.hoodName(x.Hood), rd.streetName(s, false), mouth+" "+rd.alleyName(x.Alley))
	case 1:
		st := rd.w.Streets[s]
		i := rd.w.alleyIndex(x.Alley)
		if i+1 < len(st.Alleys) && !rd.h.latin {
			return rd.streetName(s, false) + " بین " + rd.alleyName(x.Alley) + " و " + rd.alleyName(st.Alleys[i+1])
		}
		fallthrough
	default:
		return rd.streetName(s, false) + " " + mouth + " " + rd.alleyName(x.Alley)
	}
}

func (rd *renderer) streetOnly(s int, withHood bool) string {
	st := rd.w.Streets[s]
	if withHood && st.Number == 0 && st.Name != rd.w.Hoods[st.Hood].Name {
		if st.Number == 0 && rd.chance(0.5) {
			return rd.join(rd.hoodName(st.Hood), rd.streetName(s, false))
		}
		return rd.streetName(s, false) + " " + rd.hoodName(st.Hood)
	}
	return rd.streetName(s, false)
}

func (rd *renderer) hoodOnly(h int) string {
	if rd.h.latin {
		return rd.pick([]string{"", "mahalle "}) + rd.hoodName(h)
	}
	return pickW(rd.r, []string{"", "محله ", "محدوده "}, []float64{0.7, 0.2, 0.1}) + rd.hoodName(h)
}

// placeText writes place x at level lv ("" for lvNone).
func (rd *renderer) placeText(x place, lv level) string {
	if lv == lvNone {
		return ""
	}
	if lv == lvLandmark {
		l := x.Landmark
		if x.Kind != pLandmark {
			l = rd.nearbyLandmark(x.Spot, 250)
		}
		if l < 0 {
			lv = lvHood
		} else {
			if x.Kind == pLandmark {
				return rd.landmarkName(l)
			}
			return rd.relation() + " " + rd.landmarkName(l)
		}
	}
	if lv == lvHood || x.Street < 0 {
		return rd.hoodOnly(x.Hood)
	}
	if lv == lvStreet {
		return rd.streetOnly(x.Street, rd.chance(0.25))
	}
	switch x.Kind {
	case pAlley:
		return rd.alleyFull(x.Alley, rd.chance(0.4))
	case pBlock:
		return rd.blockFull(x)
	case pPlate:
		if x.OnStreet {
			if rd.chance(0.5) {
				return rd.join(rd.streetName(x.Street, false), rd.plate(x.Plate))
			}
			return rd.join(rd.blockFull(x), rd.plate(x.Plate))
		}
		return rd.join(rd.alleyFull(x.Alley, rd.chance(0.3)), rd.plate(x.Plate))
	default: // landmark
		lm := rd.landmarkName(x.Landmark)
		switch rd.r.IntN(4) {
		case 0:
			return lm + " " + rd.streetName(x.Street, false)
		case 1:
			return rd.join(rd.streetName(x.Street, false), lm)
		case 2:
			return rd.join(lm, rd.hoodName(x.Hood))
		default:
			return lm
		}
	}
}

// addressField dresses a place as an address field is typed.
func (rd *renderer) addressField(txt string) string {
	if txt == "" || rd.h.latin {
		return txt
	}
	prefix := ""
	if rd.chance(0.15) {
		prefix = rd.pick([]string{"رشت", "رشت", "گیلان، رشت"}) + rd.h.comma
	}
	if rd.chance(0.08) {
		prefix += rd.pick([]string{"منطقه 2", "منطقه دو", "منطقه 2 شهرداری"}) + rd.h.comma
	}
	return prefix + txt
}

// ---- texts ----

var greetings = []string{"سلام", "با سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "سلام و عرض ادب", "درود", "سلام ببخشید"}
var pleas = []string{"لطفا رسیدگی کنید", "خواهشمندم پیگیری فرمایید", "لطفا هر چه زودتر اقدام کنید", "تو رو خدا یه کاری کنید",
	"لطفا یه نفر رو بفرستید", "رسیدگی بفرمایید", "ممنون میشم پیگیری کنید", "لطفا به مسئولین مربوطه اطلاع بدید", "چرا کسی رسیدگی نمیکنه؟", "لطفا به رئیس منطقه بگید"}
var thanks = []string{"ممنون", "با تشکر", "متشکرم", "دستتون درد نکنه", "سپاس", "مرسی"}
var fillers = []string{"والا", "آقا", "خب", "دیگه", "واقعا", "بابا"}
var gilakiTails = []string{"چره کسی کار نوکونه؟", "خیلی بد بوبوسته", "تی قوربان بوشم یه کاری بوکونید", "اَمه خسته بوبوستیم", "هیچکس امی حرفه گوش نوکونه"}
var followCitizen = []string{"پیگیری مجدد", "پیگیری", "بار {N} است که تماس میگیرم", "بار {N}ه که ثبت میکنم", "چندمین باره گزارش میدیم",
	"قبلا هم گزارش دادم ولی هیچ اقدامی نشده", "هنوز رسیدگی نشده", "هفته پیش ثبت کردم ولی خبری نشد", "باز هم پیگیری میکنم"}
var followOperator = []string{"پیگیری مجدد درخواست قبلی.", "شهروند برای بار {N} تماس گرفته است.", "تماس مکرر؛ عدم رسیدگی به درخواست قبلی.",
	"پیگیری مجدد؛ تاکنون اقدامی صورت نگرفته است."}
var followRef = []string{"کد رهگیری قبلی {ID}", "درخواست قبلی به شماره {ID} رسیدگی نشده", "پیرو درخواست {ID}"}
var followLatin = []string{"peygiri mojadad", "bare {N}e zang mizanam", "ghablan ham sabt kardam"}
var latinOrd = []string{"dovom", "sevom", "chaharom", "panjom"}
var persianOrd = []string{"دوم", "سوم", "چهارم", "پنجم"}
var operatorTails = []string{"", "", "شهروند خواستار رسیدگی فوری است.", "لطفا اقدام لازم صورت پذیرد.", "ارجاع جهت بررسی.", "جهت بررسی به مأمور ناحیه ارجاع شد.", "ارجاع به رئیس ناحیه."}

var durShort = []string{"از صبح", "از دیشب", "دو ساعته", "از ظهر", "یک ساعته"}
var durMedium = []string{"از دیروز", "چند روزه", "از دو روز پیش", "سه روزه", "از پریروز"}
var durLong = []string{"یک هفته~ست", "از دو هفته پیش", "یک ماهه", "چند ماهه", "از پارسال", "خیلی وقته"}

// template picks one of tpls that fits place x: a template tagged «[bank]» is only for a bank,
// «[place]» only for a place that is not a landmark.
func (rd *renderer) template(tpls []string, x place) string {
	var fit, all []string
	for _, t := range tpls {
		tag := ""
		if strings.HasPrefix(t, "[") {
			end := strings.Index(t, "]")
			tag, t = t[1:end], t[end+1:]
		}
		all = append(all, t)
		if tag == "" || rd.fits(tag, x) {
			fit = append(fit, t)
		}
	}
	if len(fit) == 0 {
		fit = all
	}
	t := rd.pick(fit)
	// an alley's words for an alley, a street's for a street
	switch {
	case x.Kind == pBlock || x.Kind == pPlate && x.OnStreet:
		t = strings.ReplaceAll(t, "کوچه", "خیابون")
	case x.Kind == pAlley || x.Kind == pPlate:
		t = strings.ReplaceAll(t, "خیابون", "کوچه")
	}
	return t
}

// fits tells whether a template tagged tag suits place x.
func (rd *renderer) fits(tag string, x place) bool {
	switch tag {
	case "place":
		return x.Kind != pLandmark
	case "alley":
		return x.Kind == pAlley || x.Kind == pPlate && !x.OnStreet
	case "block":
		return x.Kind == pBlock || x.Kind == pPlate && x.OnStreet
	}
	return x.Kind == pLandmark && rd.w.Landmarks[x.Landmark].Kind == tag
}

// fill puts the place (or the template's own fallback) and the utility into a template.
func fill(tpl, placeTxt, util string) string {
	out := tpl
	if i := strings.Index(out, "{P"); i >= 0 {
		j := strings.Index(out[i:], "}")
		fb := ""
		if bar := strings.Index(out[i:i+j], "|"); bar >= 0 {
			fb = out[i+bar+1 : i+j]
		}
		rep := placeTxt
		if rep == "" {
			rep = fb
		}
		out = out[:i] + rep + out[i+j+1:]
	}
	out = strings.ReplaceAll(out, "{U}", util)
	out = strings.Join(strings.Fields(out), " ")
	out = strings.ReplaceAll(out, " ،", "،")
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.TrimLeft(out, "،, ")
	return out
}

type textParts struct {
	placeTxt string // the place as the text gives it ("" for none)
	follow   bool
	ref      string // an earlier request's id to cite
	side     string // a second problem
	nth      int
}

// text writes the request's words.
func (rd *renderer) text(is *issue, tp textParts) string {
	p := is.Prob
	r := rd.r
	util := is.Utility
	if util != "" && len(p.Utility) > 0 && p.Agency != municipality && rd.chance(0.15) {
		util = "یه شرکتی"
	}
	if rd.h.latin {
		if u, ok := latinUtility[util]; ok {
			util = u
		} else if util != "" {
			util = "sherkat"
		}
		tpls := p.Latin
		if len(tpls) == 0 {
			tpls = []string{"{P|inja} moshkel dare, lotfan residegi konid"}
		}
		var parts []string
		if rd.chance(0.6) {
			parts = append(parts, rd.pick([]string{"salam", "salam vaght bekheir", "salam khaste nabashid"}))
		}
		if tp.follow {
			f := rd.pick(followLatin)
			parts = append(parts, strings.ReplaceAll(f, "{N}", latinOrd[tp.nth]))
		}
		parts = append(parts, fill(rd.template(tpls, is.Place), tp.placeTxt, util))
		if rd.chance(0.5) {
			parts = append(parts, rd.pick([]string{"lotfan residegi konid", "lotfan zoodtar", "merci", "mamnoon"}))
		}
		return strings.Join(parts, ", ")
	}

	var core string
	tpls := p.Citizen
	if rd.h.operator {
		tpls = p.Operator
	}
	tpl := rd.template(tpls, is.Place)
	if tp.placeTxt != "" && rd.chance(0.35) {
		// the place first, then the complaint
		core = tp.placeTxt + rd.h.comma + fill(tpl, "", util)
	} else {
		core = fill(tpl, tp.placeTxt, util)
	}
	if is.Chronic && !rd.h.operator && rd.chance(0.6) {
		core = rd.pick([]string{"هر شب ", "هر روز ", "همیشه "}) + core
	}

	if rd.h.operator {
		parts := []string{core}
		if tp.side != "" {
			parts = append(parts, "همچنین "+tp.side+".")
		}
		if tp.follow {
			if tp.ref != "" && rd.chance(0.5) {
				parts = append(parts, strings.ReplaceAll(rd.pick(followRef), "{ID}", tp.ref)+".")
			} else {
				parts = append(parts, strings.ReplaceAll(rd.pick(followOperator), "{N}", persianOrd[tp.nth]))
			}
		}
		if t := rd.pick(operatorTails); t != "" {
			parts = append(parts, t)
		}
		return strings.Join(parts, " ")
	}

	var parts []string
	if rd.h.gilaki && rd.chance(0.5) {
		parts = append(parts, rd.pick([]string{"سلام خسته نبون", "سلام"}))
	} else if rd.chance(0.55) {
		parts = append(parts, rd.pick(greetings))
	}
	var follow string
	if tp.follow {
		if tp.ref != "" {
			follow = strings.ReplaceAll(rd.pick(followRef), "{ID}", tp.ref)
		} else {
			follow = strings.ReplaceAll(rd.pick(followCitizen), "{N}", persianOrd[tp.nth])
		}
		if rd.chance(0.5) {
			parts = append(parts, follow)
			follow = ""
		}
	}
	if rd.chance(0.08) {
		core = rd.pick(fillers) + " " + core
	}
	parts = append(parts, core)
	if rd.chance(0.25) {
		switch {
		case p.DurMax <= 1.5:
			parts = append(parts, rd.pick(durShort))
		case p.DurMax <= 10:
			parts = append(parts, rd.pick(durMedium))
		default:
			parts = append(parts, rd.pick(durLong))
		}
	}
	if tp.side != "" {
		parts = append(parts, "ضمنا "+tp.side)
	}
	if rd.h.gilaki {
		parts = append(parts, rd.pick(gilakiTails))
	}
	if rd.chance(0.5) {
		parts = append(parts, rd.pick(pleas))
	}
	if follow != "" {
		parts = append(parts, follow)
	}
	if rd.chance(0.2) {
		parts = append(parts, rd.pick(thanks))
	}
	sep := rd.h.comma
	if r.Float64() < 0.3 {
		sep = ". "
	}
	out := strings.Join(parts, sep)
	if rd.h.gilaki {
		out = strings.ReplaceAll(out, "کوچه ما", "امی کوچه")
		out = strings.ReplaceAll(out, "محله ما", "امی محله")
		out = strings.ReplaceAll(out, "خونه ما", "امی خانه")
	}
	return out
}

// category is what the operator or the app filed the request under.
func (rd *renderer) category(p *problem, operator bool) string {
	w := []float64{0.55, 0.15, 0.15, 0.15}
	if operator {
		w = []float64{0.75, 0.10, 0.05, 0.10}
	}
	switch pickWeighted(rd.r, w) {
	case 0:
		return strings.ReplaceAll(rd.pick(p.Cats), "~", "\u200c")
	case 1:
		return rd.pick(vagueCats)
	case 2:
		return ""
	default:
		return strings.ReplaceAll(rd.pick(p.Wrong), "~", "\u200c")
	}
}
