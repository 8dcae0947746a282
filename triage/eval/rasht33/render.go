package rasht33

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

var greetings = []string{"سلام", "با سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "باسلام"}
var pleas = []string{"لطفا رسیدگی کنید", "خواهشا پیگیری کنید", "ممنون میشم رسیدگی کنید", "تورو خدا یه کاری بکنید",
	"چند بار گزارش دادم هیچ کس جواب نداده", "مرسی", "خیلی ممنون", "لطفا هرچه سریعتر اقدام کنید", "کسی نیست جواب بده؟"}

var phoneForms = []string{
	"شهروند از {f} در {p} گلایه دارد.",
	"{f} در {p}. درخواست رسیدگی دارند.",
	"تماس‌گیرنده اعلام نمود {f} در {p} وجود دارد. خواستار رسیدگی است.",
	"{p} - {f}",
	"اعلام {f} در {p}؛ شهروند خواستار رسیدگی فوری است.",
	"{f}. آدرس: {p}",
	"شهروند اظهار داشت «{s}». آدرس: {p}",
}
var phoneFormsNoPlace = []string{"{f}. شهروند خواستار رسیدگی است.", "شهروند از {f} گلایه دارد.", "{f}", "تماس شهروند در خصوص {f}."}

// finglishSay is the gist a citizen types in Latin letters on a phone without a Persian keyboard.
var finglishSay = map[string]string{
	"asphalt": "asphalt kharabe chale dare", "garbage": "ashghala jam nashode", "surfacewater": "ab gerefte",
	"light": "cheragh bargh khamooshe", "dogs": "sag velgard ziade", "tree": "derakht oftade", "sewage": "fazelab zade biroon",
}

func one(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

func fill(form, f, p, s string) string {
	return strings.NewReplacer("{f}", f, "{p}", p, "{s}", s).Replace(form)
}

// render writes the request as the channel it came by would have it.
func render(rng *rand.Rand, d *draft, district string) {
	is, w := d.iss, d.w
	p := is.prob
	r := &d.row
	r.District, r.CreatedAt, r.Channel = district, d.at, d.channel
	r.Group, r.Agency = is.group, p.agency
	if o := d.copyOf; o != nil {
		r.Category, r.Text, r.Address, r.Lat, r.Lon = o.row.Category, o.row.Text, o.row.Address, o.row.Lat, o.row.Lon
		r.Status = o.row.Status
		if r.Status == "resolved" || r.Status == "in_progress" {
			r.Status = "rejected" // the clerk closed the copy
		}
		return
	}

	// the pin comes first: the app names the street from it
	hasPin := !is.noPlace && pinned(rng, d.channel)
	var text, addr string
	inText := !is.noPlace
	switch d.channel {
	case "phone", "in_person":
		addrFilled := !is.noPlace && rng.Float64() < 0.82
		if addrFilled {
			addr = placeText(rng, is.sp, w, true)
			inText = rng.Float64() < 0.35
		}
		f := one(rng, p.formal)
		switch {
		case d.followOf != nil && rng.Float64() < 0.7:
			text = followPhone(rng, d, f, is, w)
		case d.channel == "in_person" && rng.Float64() < 0.5:
			pl := ""
			if inText {
				pl = "ساکن " + placeText(rng, is.sp, w, true) + " "
			}
			text = "اینجانب " + pl + "خواهشمند است دستور فرمایید نسبت به " + f + " اقدام لازم صورت پذیرد."
		case !inText:
			text = fill(one(rng, phoneFormsNoPlace), f, "", "")
		default:
			text = fill(one(rng, phoneForms), f, placeText(rng, is.sp, w, false), one(rng, p.say))
		}
		if d.channel == "in_person" && !strings.HasPrefix(text, "اینجانب") && !strings.HasPrefix(text, "مراجعه") {
			text = "مراجعه حضوری: " + text
		}
	default:
		text, addr = citizenText(rng, d, w, hasPin)
	}
	if rng.Float64() < 0.12 {
		text = misspell(rng, text)
	}
	if d.channel != "phone" && rng.Float64() < 0.1 {
		text = stretch(rng, text)
	}
	text = applyZWNJ(restyleDigits(text, w.dig), w.zwnj)
	addr = applyZWNJ(addr, w.zwnj)
	if w.arabic {
		text, addr = arabicLetters(text), arabicLetters(addr)
	}
	r.Text, r.Address = text, addr
	r.Category = category(rng, p, d.channel)
	if hasPin {
		lat, lon := pin(rng, is)
		r.Lat, r.Lon = &lat, &lon
	}
	r.Status = status(rng, d)
}

func followPhone(rng *rand.Rand, d *draft, f string, is *issue, w writer) string {
	ref := digits(atoi(d.followOf.row.ID), w.dig)
	switch rng.IntN(3) {
	case 0:
		return "پیگیری درخواست شماره " + ref + ". شهروند اعلام نمود تاکنون رسیدگی نشده است."
	case 1:
		again := "تماس مجدد شهروند: "
		if d.channel == "in_person" {
			again = "مراجعه مجدد: "
		}
		return again + f + " همچنان باقی است. (درخواست قبلی " + ref + ")"
	}
	if is.noPlace {
		return "پیگیری " + f + "، کد رهگیری " + ref
	}
	return "پیگیری " + f + " در " + placeText(rng, is.sp, w, false) + "، کد رهگیری " + ref
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// citizenText is what a citizen types in the app or on the web, and the address field
// the app filled from the pin or the citizen typed.
func citizenText(rng *rand.Rand, d *draft, w writer, hasPin bool) (string, string) {
	is := d.iss
	p := is.prob
	var addr string
	placeInText := !is.noPlace
	if !is.noPlace {
		switch x := rng.Float64(); {
		case hasPin && d.channel == "app" && x < 0.4:
			// the app's reverse geocoding gives the street only
			st := &district5[is.sp.hood].streets[is.sp.street]
			addr = "رشت، " + st.kind + " " + st.name
			placeInText = rng.Float64() < 0.6
		case x < 0.75:
			addr = placeText(rng, is.sp, w, d.channel == "web")
			placeInText = rng.Float64() < 0.3
		}
	}
	if fs, ok := finglishSay[p.key]; ok && d.channel == "app" && rng.Float64() < 0.04 {
		t := fs
		if !is.noPlace {
			t = finglishPlace(rng, is.sp) + " " + fs
		}
		if rng.Float64() < 0.5 {
			t = "salam " + t + " lotfan residegi konid"
		}
		return t, addr
	}
	var b []string
	if rng.Float64() < 0.55 {
		b = append(b, one(rng, greetings))
	}
	if d.followOf != nil && rng.Float64() < 0.6 {
		switch rng.IntN(3) {
		case 0:
			b = append(b, "پیگیری کد "+digits(atoi(d.followOf.row.ID), w.dig)+" هنوز هیچ کاری نکردن")
		case 1:
			b = append(b, "دفعه دومه ثبت می‌کنم!")
		default:
			b = append(b, "باز هم گزارش میدم،")
		}
	}
	say := one(rng, p.say)
	if placeInText {
		pt := placeText(rng, is.sp, w, false)
		switch rng.IntN(3) {
		case 0:
			say = pt + " " + say
		case 1:
			say = say + " " + pt
		default:
			say = say + "، آدرس: " + pt
		}
	}
	b = append(b, say)
	if rng.Float64() < 0.15 {
		b = append(b, one(rng, []string{"خیلی اذیت میشیم", "وضعیت خیلی بده", "خیلی خطرناکه", "واقعا خسته شدیم"}))
	}
	if rng.Float64() < 0.6 {
		b = append(b, one(rng, pleas))
	}
	return strings.Join(b, " "), addr
}

func category(rng *rand.Rand, p *problem, channel string) string {
	x := rng.Float64()
	if channel == "app" || channel == "web" {
		// the citizen picks from the app's menu, or skips it
		switch {
		case x < 0.1:
			return ""
		case x < 0.2:
			return one(rng, vague)
		case x < 0.32:
			return one(rng, p.wrong)
		}
		return one(rng, p.cats)
	}
	switch {
	case x < 0.1:
		return one(rng, vague)
	case x < 0.18:
		return one(rng, p.wrong)
	}
	return one(rng, p.cats)
}

func pinned(rng *rand.Rand, channel string) bool {
	switch channel {
	case "app":
		return rng.Float64() < 0.85
	case "web":
		return rng.Float64() < 0.25
	case "phone":
		return rng.Float64() < 0.03 // an operator who clicked the map
	}
	return false
}

// pin is where the phone put the request: at the problem (anywhere along the alley for an
// alley problem) with 20 to 150 m of GPS and thumb error.
func pin(rng *rand.Rand, is *issue) (float64, float64) {
	lat, lon := is.sp.lat, is.sp.lon
	if is.prob.alley && is.sp.alley > 0 {
		st := &district5[is.sp.hood].streets[is.sp.street]
		lat, lon = along(lat, lon, st.bearing+90, rng.Float64()*100-25)
	}
	dist := 20 + 130*math.Pow(rng.Float64(), 2)
	lat, lon = along(lat, lon, rng.Float64()*360, dist)
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

func status(rng *rand.Rand, d *draft) string {
	is := d.iss
	days := d.at.Sub(yearStart).Hours() / 24
	if is.prob.agency != "municipality" {
		if rng.Float64() < 0.8 {
			return "referred"
		}
		return "reviewing"
	}
	if is.stuck {
		return []string{"reviewing", "assigned", "in_progress"}[rng.IntN(3)]
	}
	if days > yearDays-20 {
		return []string{"new", "new", "reviewing", "assigned"}[rng.IntN(4)]
	}
	switch x := rng.Float64(); {
	case x < 0.72:
		return "resolved"
	case x < 0.82:
		return "in_progress"
	case x < 0.9:
		return "assigned"
	case x < 0.95:
		return "rejected"
	}
	return "reviewing"
}
