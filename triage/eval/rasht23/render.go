package rasht23

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Channels as the 137 export codes them.
const (
	chPhone    = "phone"
	chApp      = "app"
	chWeb      = "web"
	chInPerson = "in_person"
)

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// variant is the official spelling most of the time, another one otherwise.
func variant(rng *rand.Rand, n name) string {
	if len(n.fa) == 1 || rng.Float64() < .6 {
		return n.fa[0]
	}
	return n.fa[1+rng.IntN(len(n.fa)-1)]
}

func writeAlley(rng *rand.Rand, a *alley) string {
	switch a.kind {
	case "number":
		n := strconv.Itoa(a.number)
		switch r := rng.Float64(); {
		case r < .42:
			return "کوچه " + n
		case r < .72:
			return "کوچه " + ordinals[a.number]
		case r < .82:
			return "ک " + n
		case r < .92:
			return "کوچه شماره " + n
		default:
			return "کوچه‌ی " + ordinals[a.number]
		}
	case "deadend":
		return pick(rng, []string{"بن‌بست ", "بن‌بست ", "بنبست ", "بن بست ", "کوچه "}) + variant(rng, a.name)
	}
	prefix := "کوچه "
	switch r := rng.Float64(); {
	case r < .08:
		prefix = "ک "
	case r < .12:
		prefix = "ک."
	case r < .16:
		prefix = "کوچه‌ی "
	}
	return prefix + variant(rng, a.name)
}

func finglishAlley(rng *rand.Rand, a *alley) string {
	switch a.kind {
	case "number":
		return pick(rng, []string{"kooche ", "koche ", "k "}) + strconv.Itoa(a.number)
	case "deadend":
		return "bonbast " + a.name.fin
	}
	return pick(rng, []string{"kooche ", "koche ", "kuche "}) + a.name.fin
}

func writeStreet(rng *rand.Rand, s *street) string {
	v := variant(rng, s.name)
	switch r := rng.Float64(); {
	case r < .5:
		return "خیابان " + v
	case r < .7:
		return "خ " + v
	case r < .76:
		return "خ." + v
	}
	return v
}

func writeHood(rng *rand.Rand, h *hood) string { return variant(rng, h.name) }

var landmarkPreps = []string{"روبروی", "روبروی", "جنب", "جنب", "کنار", "نبش", "نرسیده به", "بعد از", "پشت", "روبه‌روی"}

func writeLandmark(rng *rand.Rand, m *landmark) string {
	if m.corner != nil && rng.Float64() < .3 {
		return "نبش " + writeAlley(rng, m.corner)
	}
	return pick(rng, landmarkPreps) + " " + variant(rng, m.name)
}

func sep(rng *rand.Rand) string {
	return pick(rng, []string{"، ", "، ", "، ", " - ", " ", ", ", "،"})
}

func plate(rng *rand.Rand) string {
	switch r := rng.Float64(); {
	case r < .55:
		return "پلاک " + strconv.Itoa(1+rng.IntN(60))
	case r < .7:
		return "پ " + strconv.Itoa(1+rng.IntN(60))
	case r < .8:
		return "انتهای کوچه"
	case r < .9:
		return "اول کوچه"
	}
	return "وسط کوچه"
}

// callerSpot is where the caller is: the spot, or for a neighbourhood-wide outage an
// alley of the neighbourhood.
func callerAlley(rng *rand.Rand, sp *spot) *alley {
	if sp.alley != nil {
		return sp.alley
	}
	if sp.kind == "hood" {
		return pick(rng, sp.hood.alleys)
	}
	return nil
}

// writeAddress writes the address field the way the channel's writer would.
// detail is 0 for a full address, 1 for a short one, 2 for a coarse one (only the
// neighbourhood or the street).
func writeAddress(rng *rand.Rand, sp *spot, detail int) string {
	h := sp.hood
	if detail == 2 {
		if sp.mark != nil && rng.IntN(2) == 0 {
			return writeStreet(rng, sp.mark.street)
		}
		if a := callerAlley(rng, sp); a != nil && rng.IntN(3) == 0 {
			return writeStreet(rng, a.street)
		}
		return writeHood(rng, h)
	}
	var parts []string
	switch sp.kind {
	case "alley", "hood":
		a := callerAlley(rng, sp)
		switch r := rng.Float64(); {
		case detail == 1 && r < .4:
			parts = []string{writeAlley(rng, a)}
		case detail == 1 && r < .7:
			parts = []string{writeHood(rng, h), writeAlley(rng, a)}
		case detail == 1:
			parts = []string{writeStreet(rng, a.street), writeAlley(rng, a)}
		case r < .55:
			parts = []string{writeHood(rng, h), writeStreet(rng, a.street), writeAlley(rng, a)}
		case r < .75:
			parts = []string{writeStreet(rng, a.street), writeAlley(rng, a)}
		case r < .9:
			parts = []string{writeHood(rng, h), writeAlley(rng, a)}
		default:
			parts = []string{writeAlley(rng, a), writeStreet(rng, a.street), writeHood(rng, h)}
		}
		if detail == 0 && rng.Float64() < .35 {
			parts = append(parts, plate(rng))
		}
	case "stretch":
		m := sp.mark
		switch r := rng.Float64(); {
		case detail == 1 && r < .5:
			parts = []string{writeStreet(rng, m.street), writeLandmark(rng, m)}
		case detail == 1:
			parts = []string{writeHood(rng, h), writeLandmark(rng, m)}
		case r < .5:
			parts = []string{writeHood(rng, h), writeStreet(rng, m.street), writeLandmark(rng, m)}
		case r < .8:
			parts = []string{writeStreet(rng, m.street), writeLandmark(rng, m)}
		default:
			parts = []string{writeHood(rng, h), writeLandmark(rng, m)}
		}
	case "park":
		switch r := rng.Float64(); {
		case r < .5:
			parts = []string{writeHood(rng, h), variant(rng, parkNames[h.idx%len(parkNames)])}
		case r < .8:
			parts = []string{writePark(rng, h)}
		default:
			parts = []string{writeStreet(rng, h.streets[0]), writePark(rng, h)}
		}
	}
	if detail == 0 && sp.kind != "park" && rng.Float64() < .12 && !startsWithAlley(parts[0]) {
		parts = append([]string{"رشت"}, parts...)
	}
	s := sep(rng)
	return strings.Join(parts, s)
}

func startsWithAlley(s string) bool {
	for _, p := range []string{"کوچه", "ک ", "ک.", "بن"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// writePark names a neighbourhood's park by the neighbourhood.
func writePark(rng *rand.Rand, h *hood) string {
	return pick(rng, []string{"پارک ", "پارک محله ", "بوستان "}) + h.name.fa[0]
}

// textPlace is how a place is named inside the text: briefly, as people do in a sentence.
func textPlace(rng *rand.Rand, sp *spot) string {
	switch sp.kind {
	case "alley":
		switch r := rng.Float64(); {
		case r < .6:
			return writeAlley(rng, sp.alley)
		case r < .85:
			return writeAlley(rng, sp.alley) + " " + writeHood(rng, sp.hood)
		}
		return writeAlley(rng, sp.alley) + " " + writeStreet(rng, sp.alley.street)
	case "stretch":
		return writeStreet(rng, sp.mark.street) + " " + writeLandmark(rng, sp.mark)
	case "park":
		return writePark(rng, sp.hood)
	}
	return "محله " + writeHood(rng, sp.hood)
}

// deictic is how a writer who does not name the place points at it.
func deictic(rng *rand.Rand, sp *spot, operator, afterDar bool) string {
	if operator {
		switch sp.kind {
		case "park":
			return "پارک محل"
		case "hood":
			return "منطقه"
		}
		if afterDar {
			return pick(rng, []string{"معبر مذکور", "محل", "آدرس اعلامی", "آدرس فوق"})
		}
		return pick(rng, []string{"معبر مذکور", "محل", "معبر"})
	}
	switch sp.kind {
	case "alley":
		return pick(rng, []string{"کوچه ما", "کوچمون", "کوچه‌مون", "کوچه"})
	case "stretch":
		return pick(rng, []string{"خیابون", "این خیابون", "خیابون ما", "خیابون ما"})
	case "park":
		return "پارک محله"
	}
	return pick(rng, []string{"محله ما", "محل ما", "منطقه ما"})
}

func fill(rng *rand.Rand, tmpl, place string) string {
	s := strings.ReplaceAll(tmpl, "{p}", place)
	return strings.ReplaceAll(s, "{d}", strconv.Itoa(2+rng.IntN(9)))
}

// finglish captions: a few problems as people type them on a Latin keyboard.
var finglish = map[string][]string{
	"asphalt": {"salam asfalt {p} kharab shode chale dare", "{p} chale haye bozorg dare lotfan asfalt konid"},
	"garbage": {"ashghal haye {p} chand rooze jam nashode", "zobale {p} ro jam konid boo mide"},
	"surface": {"{p} ab gerefte joob gerefte", "ab gereftegi {p} lotfan residegi konid"},
	"light":   {"cheragh haye {p} khamooshe", "{p} kheili tarike lamp sookhte"},
	"dogs":    {"sag haye velgard {p} kheili ziad shodan", "too {p} sag velgard hast"},
	"sewage":  {"fazelab {p} zade biroon", "booye fazelab {p} miad"},
	"parking": {"mashin ha {p} ro bastan"},
	"debris":  {"nakhale rikhtan too {p}"},
}

var greetings = []string{"سلام", "سلام", "با سلام", "سلام وقت بخیر", "سلام خسته نباشید", "با سلام و خسته نباشید", "سلام خدا قوت", "سلام عرض ادب"}
var pleas = []string{"لطفا رسیدگی کنید", "لطفا رسیدگی کنید", "ممنون", "مرسی", "خواهشا پیگیری کنید", "تشکر", "لطفا سریعتر اقدام کنید", "ممنون میشم رسیدگی کنید", "توروخدا یه کاری کنید"}
var webOpen = []string{"با سلام و احترام", "با سلام", "احتراما به استحضار می‌رساند", "سلام و وقت بخیر", "با عرض سلام و خسته نباشید"}
var webClose = []string{"لطفا دستور رسیدگی فرمایید. با تشکر", "خواهشمند است رسیدگی فرمایید.", "با تشکر از زحمات شما", "پیشاپیش از رسیدگی شما سپاسگزارم.", "لطفا پیگیری کنید. ممنون"}
var citizenExtras = []string{"این چندمین باره که ثبت میکنم", "همسایه ها هم شاکی هستن", "هیچکس جواب نمیده",
	"خیلی وقته همینطوره", "واقعا خسته شدیم", "چند بار زنگ زدیم کسی نیومد"}
var operatorExtras = []string{"شهروند خواستار پیگیری فوری است.", "تماس مجدد شهروند.", "شماره تماس شهروند در سامانه موجود است.",
	"به گفته شهروند چند بار تماس گرفته‌اند.", "درخواست بازدید کارشناس.", "شهروند از عدم رسیدگی ناراضی است."}

// writer is one person typing: a channel and a voice.
type writer struct {
	channel  string
	operator int // which 137 operator (their keyboard habits), for phone and in person
}

// operator habits: 0 careful, 1 no ZWNJ, 2 spaces for ZWNJ, 3 an Arabic keyboard, 4 careful
// with Persian digits, 5 a temp who types fast.
const nOperators = 6

// compose writes one request's text and address.
func compose(rng *rand.Rand, w writer, p *problem, sp *spot, noPlace, coarse, followUp bool, hasPin bool, second *problem) (text, addr string) {
	opVoice := w.channel == chPhone || w.channel == chInPerson
	tmpl := pick(rng, p.citizen)
	if opVoice {
		tmpl = pick(rng, p.operator)
	}
	afterDar := strings.Contains(tmpl, "در {p}")
	var place string
	inText := false
	switch {
	case noPlace:
		place = deictic(rng, sp, opVoice, afterDar)
	case opVoice && rng.Float64() < .35, !opVoice && rng.Float64() < .3:
		place, inText = textPlace(rng, sp), true
	default:
		place = deictic(rng, sp, opVoice, afterDar)
	}

	// the address field
	switch {
	case noPlace:
	case w.channel == chApp:
		r := rng.Float64()
		switch {
		case coarse:
			addr = writeAddress(rng, sp, 2)
		case hasPin && r < .18:
			// the app fills the address from the pin: the nearest main street, often of the
			// next neighbourhood, never the alley
			h := sp.hood
			if rng.Float64() < .3 {
				h = hoodNear(rng, h)
			}
			addr = "رشت، " + h.name.fa[0] + "، خیابان " + pick(rng, h.streets).name.fa[0]
			if !inText && rng.Float64() < .5 {
				place, inText = textPlace(rng, sp), true
			}
		case hasPin && r < .5:
			// the pin says where; the caption may
			if !inText && rng.Float64() < .45 {
				place, inText = textPlace(rng, sp), true
			}
		case r < .8:
			addr = writeAddress(rng, sp, 1)
		default:
			addr = writeAddress(rng, sp, 0)
		}
	default:
		d := 0
		if coarse {
			d = 2
		} else if rng.Float64() < .2 {
			d = 1
		}
		addr = writeAddress(rng, sp, d)
	}
	if !noPlace && addr == "" && !hasPin && !inText {
		place, inText = textPlace(rng, sp), true
	}

	var parts []string
	switch w.channel {
	case chPhone, chInPerson:
		body := fill(rng, tmpl, place)
		if followUp {
			body = pick(rng, []string{"پیگیری درخواست قبلی: ", "تماس مجدد شهروند؛ ", "پیگیری: ", "درخواست تکراری - "}) + body
		}
		if w.channel == chInPerson && rng.Float64() < .5 {
			body = pick(rng, []string{"مراجعه حضوری: ", "شهروند حضورا اعلام نمود: ", "حضوری - "}) + body
		}
		parts = append(parts, body)
		if second != nil {
			t2 := pick(rng, second.operator)
			parts = append(parts, "همچنین "+fill(rng, t2, deictic(rng, sp, true, strings.Contains(t2, "در {p}"))))
		}
		if rng.Float64() < .2 {
			parts = append(parts, pick(rng, operatorExtras))
		}
	case chApp:
		if fl, ok := finglish[p.code]; ok && !followUp && rng.Float64() < .06 {
			pl := "koochemoon"
			if inText && sp.alley != nil {
				pl = finglishAlley(rng, sp.alley)
			}
			return strings.ReplaceAll(pick(rng, fl), "{p}", pl), finglishAddr(rng, sp, addr)
		}
		if rng.Float64() < .35 {
			parts = append(parts, pick(rng, greetings))
		}
		if rng.Float64() < .07 {
			parts = append(parts, pick(rng, []string{"ببخشید", "والا", "راستش", "آقا"}))
		}
		if followUp {
			parts = append(parts, pick(rng, []string{"بار سومه ثبت میکنم", "قبلا هم ثبت کردم هنوز کسی نیومده", "دوباره ثبت میکنم", "هنوز رسیدگی نشده"}))
		}
		parts = append(parts, fill(rng, tmpl, place))
		if second != nil {
			parts = append(parts, second.short)
		}
		if rng.Float64() < .2 {
			parts = append(parts, pick(rng, citizenExtras))
		}
		if rng.Float64() < .3 {
			parts = append(parts, pick(rng, pleas))
		}
	case chWeb:
		parts = append(parts, pick(rng, webOpen))
		if followUp {
			parts = append(parts, "پیرو درخواست قبلی")
		}
		parts = append(parts, fill(rng, tmpl, place))
		if second != nil {
			parts = append(parts, second.short)
		}
		if rng.Float64() < .4 {
			parts = append(parts, pick(rng, citizenExtras))
		}
		parts = append(parts, pick(rng, webClose))
	}
	j := "، "
	if w.channel == chPhone || w.channel == chInPerson {
		j = " "
	} else if rng.IntN(3) == 0 {
		j = " "
	}
	text = strings.Join(parts, j)
	text = strings.ReplaceAll(text, "، پیرو", " پیرو")
	return text, addr
}

// hoodNear is another neighbourhood within a kilometre, or h itself.
func hoodNear(rng *rand.Rand, h *hood) *hood {
	var near []*hood
	for _, o := range h.world.hoods {
		if o != h && math.Hypot((o.lat-h.lat)*metresPerDegLat, (o.lon-h.lon)*metresPerDegLon) < 1000 {
			near = append(near, o)
		}
	}
	if len(near) == 0 {
		return h
	}
	return pick(rng, near)
}

func finglishAddr(rng *rand.Rand, sp *spot, addr string) string {
	if addr == "" {
		return ""
	}
	if a := callerAlley(rng, sp); a != nil {
		return sp.hood.name.fin + " " + finglishAlley(rng, a)
	}
	return sp.hood.name.fin
}

// noisy applies the writer's habits to text and address.
func noisy(rng *rand.Rand, w writer, text, addr string) (string, string) {
	script, zw, arabic, partial := latinDigits, zwnjKeep, false, false
	switch w.channel {
	case chPhone, chInPerson:
		script = persianDigits
		switch w.operator {
		case 1:
			zw = zwnjDrop
		case 2:
			zw = zwnjSpace
		case 3:
			arabic = true
		case 5:
			zw, script = zwnjDrop, latinDigits
		}
		if rng.Float64() < .03 {
			text = misspell(text, rng)
		}
	case chApp:
		switch r := rng.Float64(); {
		case r < .5:
			script = persianDigits
		case r < .55:
			script = arabicDigits
		}
		switch r := rng.Float64(); {
		case r < .45:
			zw = zwnjDrop
		case r < .6:
			zw = zwnjSpace
		case r < .7:
			zw = zwnjAdd
		}
		arabic, partial = rng.Float64() < .06, true
		if rng.Float64() < .2 {
			text = misspell(text, rng)
		}
		if rng.Float64() < .18 {
			text = stretch(text, rng)
		}
		if rng.Float64() < .1 {
			text = spaceNoise(text, rng)
		}
	case chWeb:
		if rng.Float64() < .6 {
			script = persianDigits
		} else if rng.Float64() < .15 {
			script = arabicDigits
		}
		switch r := rng.Float64(); {
		case r < .3:
			zw = zwnjDrop
		case r < .4:
			zw = zwnjSpace
		case r < .7:
			zw = zwnjAdd
		}
		arabic = rng.Float64() < .2
		if rng.Float64() < .12 {
			text = misspell(text, rng)
		}
	}
	text, addr = applyZWNJ(text, zw), applyZWNJ(addr, zw)
	if arabic {
		text, addr = arabicLetters(text, rng, partial), arabicLetters(addr, rng, partial)
	}
	// the address field is often typed in another digit script than the text
	as := script
	if rng.Float64() < .15 {
		as = (script + 1) % 2
	}
	return digits(text, script), digits(addr, as)
}

// pin is the spot moved 20–150 m in a random direction: GPS, a thumb on a map, or the
// operator's guess.
func pin(rng *rand.Rand, sp *spot) (float64, float64) {
	lat, lon := sp.lat, sp.lon
	if sp.kind == "hood" {
		// the caller pins their own house
		ang := rng.Float64() * 2 * math.Pi
		d := 300 * math.Sqrt(rng.Float64())
		lat, lon = offset(lat, lon, d*math.Sin(ang), d*math.Cos(ang))
	}
	ang := rng.Float64() * 2 * math.Pi
	d := 20 + 130*rng.Float64()*rng.Float64()
	if rng.Float64() < .35 {
		d = 20 + 130*rng.Float64()
	}
	lat, lon = offset(lat, lon, d*math.Sin(ang), d*math.Cos(ang))
	return round6(lat), round6(lon)
}

func round6(x float64) float64 {
	v, _ := strconv.ParseFloat(fmt.Sprintf("%.6f", x), 64)
	return v
}
