package rasht35

import (
	"math"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"
)

var channels = []string{"phone", "app", "web", "in_person"}
var channelShares = []float64{0.55, 0.30, 0.08, 0.07}

// reports writes the requests one issue draws, spread over its episode and front-loaded:
// most people report a problem in its first days.
func reports(r *rand.Rand, is *issue, opt Options) []*request {
	out := make([]*request, 0, is.size)
	dur := is.end.Sub(is.start)
	last := opt.Start.Add(year - time.Minute)
	for i := 0; i < is.size; i++ {
		at := is.start
		if i > 0 {
			at = is.start.Add(time.Duration(math.Pow(r.Float64(), 1.3) * float64(dur)))
		}
		ch := channels[choose(r, channelShares, 1)]
		at = clockTime(r, at, ch)
		if at.After(last) {
			at = last.Add(-time.Duration(r.IntN(600)) * time.Minute)
		}
		q := &request{is: is, seq: i, at: at, channel: ch}
		render(r, q, opt)
		out = append(out, q)
		if ch == "app" && !q.noPlace && i+1 < is.size && r.Float64() < 0.02 {
			// the app on a slow line: the same caption sent twice, a minute or two apart
			i++
			d := *q
			d.seq, d.at = i, q.at.Add(time.Duration(40+r.IntN(400))*time.Second)
			if d.at.After(last) {
				d.at = last
			}
			out = append(out, &d)
		}
	}
	return out
}

// clockTime puts a report at an hour its channel is used: the phone line 8–22, the app
// into the night, the counter in office hours and typed in at the end of the morning.
func clockTime(r *rand.Rand, at time.Time, ch string) time.Time {
	at = at.In(tehran)
	day := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, tehran)
	minute := func(from, to float64) time.Duration {
		return time.Duration((from + (to-from)*r.Float64()) * float64(time.Hour))
	}
	switch ch {
	case "phone":
		if r.Float64() < 0.04 {
			// noted on paper overnight, typed in the next morning
			return day.AddDate(0, 0, 1).Add(minute(8, 9.5))
		}
		if r.Float64() < 0.6 {
			return day.Add(minute(8, 14))
		}
		return day.Add(minute(14, 22))
	case "app":
		if r.Float64() < 0.05 {
			return day.Add(minute(0, 2))
		}
		return day.Add(minute(7, 24))
	case "web":
		return day.Add(minute(7, 24))
	}
	for day.Weekday() == time.Thursday || day.Weekday() == time.Friday {
		day = day.AddDate(0, 0, 1)
	}
	// the counter's forms are typed in a batch at the end of the morning
	return day.Add(12*time.Hour + 30*time.Minute + time.Duration(r.IntN(80))*time.Minute)
}

// writer is how one person writes one request.
type writer struct {
	digits  digitStyle
	zwnj    zwnjStyle
	arabic  float64 // chance of an Arabic keyboard
	typo    float64
	stretch float64
}

var writers = map[string]writer{
	"phone":     {digits: persianDigits, zwnj: zwnjKeep, arabic: 0.03, typo: 0.03},
	"app":       {digits: latinDigits, zwnj: zwnjJoin, arabic: 0.25, typo: 0.12, stretch: 0.2},
	"web":       {digits: persianDigits, zwnj: zwnjKeep, arabic: 0.12, typo: 0.07, stretch: 0.08},
	"in_person": {digits: persianDigits, zwnj: zwnjKeep, arabic: 0.02, typo: 0.02},
}

func (w writer) vary(r *rand.Rand, ch string) writer {
	switch x := r.Float64(); {
	case ch == "app" && x < 0.4, ch != "app" && x < 0.25:
		w.digits = []digitStyle{latinDigits, persianDigits}[1-int(w.digits)%2]
	case x > 0.95:
		w.digits = arabicDigits
	}
	switch x := r.Float64(); {
	case x < 0.3:
		w.zwnj = zwnjJoin
	case x < 0.45:
		w.zwnj = zwnjSpace
	case x < 0.75 && ch == "app":
		w.zwnj = zwnjKeep
	}
	return w
}

// render writes the request's text, address, pin, category and status.
func render(r *rand.Rand, q *request, opt Options) {
	k, sp := q.is.kind, q.is.spot
	wr := writers[q.channel].vary(r, q.channel)
	q.dstyle = wr.digits
	row := &q.row
	row.District, row.Channel, row.Agency = opt.District, q.channel, k.agency
	q.noPlace = r.Float64() < 0.04

	pin := map[string]float64{"phone": 0.15, "app": 0.85, "web": 0.2, "in_person": 0.03}[q.channel]
	hasPin := !q.noPlace && r.Float64() < pin
	if hasPin {
		lat, lon := jitter(r, sp.lat, sp.lon)
		row.Lat, row.Lon = &lat, &lon
	}

	var addr string
	citizenTyped := false
	switch q.channel {
	case "phone":
		if r.Float64() < 0.93 {
			addr = address(r, sp, false)
		}
	case "app":
		switch {
		case hasPin && r.Float64() < 0.8:
			addr = digits(geocoded(r, sp), persianDigits)
		case r.Float64() < 0.5:
			addr, citizenTyped = address(r, sp, false), true
		}
	case "web":
		if r.Float64() < 0.9 {
			addr, citizenTyped = address(r, sp, r.Float64() < 0.5), true
		}
	default:
		addr = address(r, sp, true)
	}
	if q.noPlace {
		addr = pick(r, []string{"", "", sp.st.hood.name, "رشت", "رشت، " + sp.st.hood.name, "منطقه 2"})
	}
	// Say the place in the text when nothing else does, and often anyway.
	needPlace := !q.noPlace && addr == "" && !hasPin
	inText := map[string]float64{"phone": 0.2, "app": 0.5, "web": 0.45, "in_person": 0.15}[q.channel]
	place := ""
	if needPlace || !q.noPlace && r.Float64() < inText {
		place = placeInText(r, sp)
	}

	var text string
	followUp := q.seq > 0 && r.Float64() < 0.15
	switch {
	case q.channel == "app" && r.Float64() < 0.08 && len(k.fin) > 0:
		text = finglish(r, k, sp, place != "" || needPlace)
		wr.arabic, wr.typo, wr.stretch, wr.digits = 0, 0, 0, latinDigits
	case q.channel == "phone" || q.channel == "in_person" && r.Float64() < 0.6:
		text = operatorText(r, q, place, followUp)
	default:
		text = citizenText(r, q, place, followUp)
	}

	text = alleyTwice.Replace(text)
	if r.Float64() < wr.stretch {
		text = stretch(r, text)
	}
	if r.Float64() < wr.typo {
		text = misspell(r, text)
	}
	text = halfSpace(digits(text, wr.digits), wr.zwnj)
	addr = halfSpace(digits(addr, wr.digits), wr.zwnj)
	if r.Float64() < wr.arabic {
		text = arabicKeyboard(r, text)
		if citizenTyped {
			addr = arabicKeyboard(r, addr)
		}
	}
	row.Text, row.Address = text, addr
	row.Category = category(r, k, q.channel)
	row.Status = status(r, q, opt)
}

// complaintNouns are the operator phrases that read as «شهروند از … گلایه دارد»: a state,
// not a requested action.
func complaintNoun(core string) bool {
	for _, p := range []string{"درخواست", "قطع", "هرس", "اعلام"} {
		if strings.HasPrefix(core, p) {
			return false
		}
	}
	return true
}

func operatorText(r *rand.Rand, q *request, place string, followUp bool) string {
	k := q.is.kind
	core := onStreet(r, pick(r, k.operator), q.is.spot)
	complaint := "شهروند از " + core + " گلایه دارد."
	if place != "" {
		in := " در "
		if landmarkFirst(place) {
			in = " "
		}
		complaint = "شهروند از " + core + in + place + " گلایه دارد."
	}
	if place != "" {
		sep := pick(r, []string{" در ", " - ", "، ", " "})
		if sep == " در " && landmarkFirst(place) {
			sep = " "
		}
		core += sep + place
	}
	var s string
	switch x := r.IntN(7); {
	case x == 0 && complaintNoun(core):
		s = complaint
	case x == 1:
		c := onStreet(r, pick(r, k.citizen), q.is.spot)
		if place != "" {
			c = place + " " + strings.TrimPrefix(c, "کوچه ")
		}
		who := "تماس‌گیرنده اعلام نمود "
		if q.channel == "in_person" {
			who = "شهروند با مراجعه حضوری اعلام نمود "
		}
		s = who + c + "."
	case x == 2:
		s = core + ". شهروند درخواست رسیدگی دارد."
	case x == 3:
		s = core + " - " + pick(r, shortDurations(k, true))
	default:
		s = core
	}
	if q.channel == "in_person" && !strings.HasPrefix(s, "شهروند") {
		s = pick(r, []string{"مراجعه حضوری: ", "مراجعه حضوری شهروند - ", ""}) + s
	}
	if q.is.again && q.seq == 0 && len(k.again) > 0 && r.Float64() < 0.3 {
		s = sentence(s) + " مشکل مجدداً تکرار شده است."
	}
	if followUp {
		f := pick(r, opFollowUps)
		if strings.Contains(f, "#REF#") {
			q.ref = true
		}
		s = sentence(s) + " " + f
	}
	return s
}

// alleyTwice are joins where the problem's «کوچه» meets the place's own alley word.
var alleyTwice = strings.NewReplacer("کوچه کوچه", "کوچه", "کوچه در کوچه", "کوچه", "کوچه - کوچه", "کوچه",
	"کوچه، کوچه", "کوچه", "کوچه تو کوچه", "کوچه", "کوچه ک ", "کوچه ", "کوچه ک.", "کوچه ", "کوچه بن‌بست", "بن‌بست",
	"کوچه در بن‌بست", "بن‌بست", "کوچه تو بن‌بست", "بن‌بست", "کوچه - بن‌بست", "بن‌بست", "کوچه، بن‌بست", "بن‌بست")

var alleyWord = regexp.MustCompile(`کوچه( |$|\.|،)`)

// onStreet: a problem on a street is the street's, not an alley's.
func onStreet(r *rand.Rand, s string, sp *spot) string {
	if sp.al != nil {
		return s
	}
	street := "خیابون"
	if sp.st.kind == "بلوار" {
		street = "بلوار"
	} else if r.IntN(2) == 0 {
		street = "خیابان"
	}
	return alleyWord.ReplaceAllString(s, street+"$1")
}

// landmarkFirst: a place that starts with «روبروی», «جنب» … takes no «در» before it.
func landmarkFirst(place string) bool {
	for _, p := range []string{"روبروی", "روبه‌روی", "جنب", "کنار", "نزدیک", "بعد از", "سر ", "نبش", "بین", "نرسیده", "ابتدای", "انتهای", "اول ", "آخر ", "وسط", "اواسط"} {
		if strings.HasPrefix(place, p) {
			return true
		}
	}
	return false
}

// sentence ends s with a full stop so that another sentence can follow.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "؟") {
		return s
	}
	return s + "."
}

// shortDurations says how long the problem has been there, in words that fit how long it
// can last: nobody says a dead cat has been there a month.
func shortDurations(k *kind, operator bool) []string {
	switch {
	case operator && k.maxDays < 3:
		return []string{"از دیروز", "از صبح امروز", "از شب گذشته"}
	case operator:
		return []string{"از چند روز قبل", "از هفته گذشته", "از دیروز", "مدت‌هاست"}
	case k.maxDays < 3:
		return []string{"از دیروز", "از دیشب", "از صبح", "از دیروز تا حالا"}
	case k.maxDays < 10:
		return []string{"چند روزه", "از دیروز", "از اول هفته", "دو سه روزه", "از دیشب"}
	}
	return durations
}

func citizenText(r *rand.Rand, q *request, place string, followUp bool) string {
	k := q.is.kind
	formal := q.channel == "web" || q.channel == "in_person"
	var parts []string
	if r.Float64() < map[bool]float64{false: 0.4, true: 0.75}[formal] {
		g := pick(r, greetings)
		if formal && r.Float64() < 0.25 {
			g = "با سلام و احترام، به استحضار می‌رساند"
		}
		parts = append(parts, g)
	}
	if !formal && r.Float64() < 0.12 {
		parts = append(parts, pick(r, fillers))
	}
	core := onStreet(r, pick(r, k.citizen), q.is.spot)
	if q.is.again && q.seq == 0 && len(k.again) > 0 && r.Float64() < 0.35 {
		core = pick(r, k.again)
	}
	if place != "" {
		switch r.IntN(3) {
		case 0:
			core = place + " " + strings.TrimPrefix(core, "کوچه ")
		case 1:
			in := pick(r, []string{"", "در ", "تو "})
			if landmarkFirst(place) {
				in = ""
			}
			core = core + " " + in + place
		default:
			core = place + "، " + core
		}
	}
	parts = append(parts, core)
	if r.Float64() < 0.25 {
		parts = append(parts, pick(r, shortDurations(k, false)))
	}
	if followUp {
		parts = append(parts, pick(r, followUps))
	}
	if r.Float64() < map[bool]float64{false: 0.5, true: 0.85}[formal] {
		parts = append(parts, pick(r, pleas))
	}
	sep := pick(r, []string{"، ", ". ", " ", ". "})
	s := strings.Join(parts, sep)
	if r.Float64() < 0.15 {
		s += pick(r, []string{"!!", "!!!", " 🙏", "."})
	}
	return s
}

func finglish(r *rand.Rand, k *kind, sp *spot, withPlace bool) string {
	s := pick(r, k.fin)
	if withPlace {
		s = finglishPlace(r, sp) + " " + s
	}
	if r.IntN(2) == 0 {
		s = "salam " + s
	}
	if r.IntN(2) == 0 {
		s += pick(r, []string{" lotfan residegi konid", " lotfan rasidegi konid", " mamnoon", " merci"})
	}
	return s
}

// category is what the operator (or the citizen, in the app's menu) filed it under.
func category(r *rand.Rand, k *kind, ch string) string {
	right, near, vague := 0.76, 0.11, 0.11
	if ch == "app" || ch == "web" {
		right, near, vague = 0.62, 0.2, 0.15
	}
	switch x := r.Float64(); {
	case x < right:
		return pick(r, k.cats)
	case x < right+near:
		return pick(r, k.near)
	case x < right+near+vague:
		return pick(r, vagueCats)
	}
	return ""
}

// status is where the request stood when the year was exported, ten days after it ended.
func status(r *rand.Rand, q *request, opt Options) string {
	export := opt.Start.Add(year + 10*24*time.Hour)
	open := q.is.end.After(export.Add(-7 * 24 * time.Hour))
	x := r.Float64()
	switch {
	case q.noPlace && x < 0.3:
		return "رد شده"
	case q.is.kind.agency != "municipality":
		if x < 0.82 {
			return "ارجاع به دستگاه دیگر"
		}
		if x < 0.95 {
			return "انجام شده"
		}
		return "ثبت شده"
	case open:
		return pick(r, []string{"ثبت شده", "در حال بررسی", "ارجاع به واحد", "در حال اقدام"})
	case x < 0.88:
		return "انجام شده"
	case x < 0.92:
		return "رد شده"
	}
	return pick(r, []string{"ارجاع به واحد", "در حال اقدام"})
}
