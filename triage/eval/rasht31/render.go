package rasht31

import (
	"math/rand/v2"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// channel shares: the phone still carries half of 137; the app has a pin on most requests.
var (
	channels       = []string{"phone", "app", "web", "in_person"}
	channelWeights = []float64{52, 30, 10, 8}
)

func newWriter(r *rand.Rand, channel string) writer {
	var w writer
	type habits struct{ arabic, keep, drop, persian, arabicDigits, abbrev float64 }
	h := map[string]habits{
		"phone":     {0.2, 0.15, 0.5, 0.6, 0.04, 0.55},
		"in_person": {0.15, 0.25, 0.45, 0.7, 0.03, 0.3},
		"app":       {0.04, 0.45, 0.35, 0.45, 0.05, 0.12},
		"web":       {0.06, 0.6, 0.25, 0.6, 0.03, 0.08},
	}[channel]
	w.arabic = r.Float64() < h.arabic
	switch u := r.Float64(); {
	case u < h.keep:
	case u < h.keep+h.drop:
		w.zwnjMode = 1
	default:
		w.zwnjMode = 2
	}
	switch u := r.Float64(); {
	case u < h.arabicDigits:
		w.digits = digitsArabic
	case u < h.arabicDigits+h.persian:
		w.digits = digitsPersian
	default:
		w.digits = digitsLatin
	}
	w.abbrev = r.Float64() < h.abbrev
	w.rel = pick(r, landmarkRelations)
	return w
}

// render writes one request of an issue as its channel and writer would.
func render(r *rand.Rand, ev event, end time.Time) labelled.Row {
	is := ev.is
	p := problems[is.prob]
	ch := channels[pickWeighted(r, channelWeights)]
	if is.noPlace && ch == "web" {
		ch = "phone"
	}
	w := newWriter(r, ch)
	at := ev.at
	row := labelled.Row{Channel: ch, Agency: p.agency}
	followUp := ev.nth > 0 && r.Float64() < 0.2
	hoodOnly := !is.noPlace && r.Float64() < 0.06

	place := func(withHood bool) string {
		if hoodOnly {
			return hoods[is.sp.hood].name
		}
		return placePhrase(r, w, is.sp, withHood)
	}
	if ch == "in_person" {
		if holiday(end.Add(-year), at) {
			ch = "phone" // the office is shut for Nowruz: the call-centre takes it
			row.Channel = ch
			w = newWriter(r, ch)
		} else {
			at = officeHours(r, at)
		}
	}
	var text, addr string
	switch ch {
	case "phone", "in_person":
		text = operatorText(r, p, followUp)
		if ch == "in_person" {
			text = counterWords.Replace(text) // the citizen came to the counter, not on the phone
		}
		if ch == "in_person" && r.Float64() < 0.3 {
			text = pick(r, []string{"مراجعه حضوری ", "حضوری - ", "ارباب رجوع "}) + text
		}
		if !is.noPlace {
			addr = place(r.Float64() < 0.65)
			if r.Float64() < 0.2 {
				text = place(false) + " " + text
				if r.Float64() < 0.5 {
					addr = hoods[is.sp.hood].name
				}
			}
		}
		// A pile of paper forms typed in after the shift: the record time is the typing time.
		if r.Float64() < 0.04 && at.Hour() < 13 {
			day := midnight(at)
			at = day.Add(time.Duration(13*60+r.IntN(150)) * time.Minute)
		}
		if r.Float64() < 0.04 {
			text = misspell(r, text)
		}
	case "app":
		text, addr = appText(r, w, is, p, followUp, place)
	case "web":
		text = webText(r, p, followUp, is.noPlace, place)
		if !is.noPlace {
			addr = place(true)
		}
	}
	if is.noPlace {
		addr = pick(r, []string{"", "", "رشت", "منطقه ۴", "-"})
	}
	row.Text = w.finish(strings.TrimSpace(text))
	row.Address = w.finish(strings.TrimSpace(addr))
	row.CreatedAt = at
	row.Category = operatorCategory(r, p, ch)
	if len([]rune(row.Text)) < 18 && (ch == "phone" || ch == "in_person") {
		row.Category = p.category // an empty summary goes with a careful category
	}
	if !is.noPlace {
		pin := map[string]float64{"phone": 0.03, "in_person": 0, "app": 0.86, "web": 0.3}[ch]
		if r.Float64() < pin {
			lat, lon := jitter(r, is.sp.lat, is.sp.lon)
			row.Lat, row.Lon = &lat, &lon
		}
	}
	row.Status = status(r, p, at, end, ev.nth)
	return row
}

var (
	operatorPrefixes = []string{"شهروند اظهار داشت ", "تماس گیرنده اعلام نمود ", "اعلام ", "گزارش ", "شهروند اعلام کرد ", "شکایت از "}
	operatorSuffixes = []string{" درخواست رسیدگی دارد", " لطفا پیگیری شود", " چند روز است", " فوری", " تماس مکرر", " درخواست اعزام اکیپ", " رسیدگی شود", " شهروند ناراضی است"}
)

// operatorText is a busy call-centre summary: short, no punctuation, the fixed phrases.
func operatorText(r *rand.Rand, p problem, followUp bool) string {
	if r.Float64() < 0.04 {
		// In a rush hour the summary is left almost empty: only the category says what it is.
		return pick(r, []string{"درخواست رسیدگی", "طبق تماس شهروند", "رسیدگی شود", "اعزام کارشناس", "شکایت شهروند"})
	}
	core := pick(r, p.operator)
	if followUp {
		switch r.IntN(4) {
		case 0:
			return "پیگیری درخواست قبلی " + core
		case 1:
			return "تماس مجدد شهروند " + core + " هنوز رسیدگی نشده"
		case 2:
			return "شهروند برای بار " + ordinal(2+r.IntN(3)) + " تماس گرفته " + core
		default:
			return "پیگیری " + core + " تا کنون اقدامی نشده"
		}
	}
	s := core
	request := strings.HasPrefix(core, "درخواست")
	if r.Float64() < 0.4 {
		if request {
			s = pick(r, []string{"شهروند ", "تماس گیرنده ", "متقاضی "}) + s + " دارد"
			return s
		}
		s = pick(r, operatorPrefixes) + s
	}
	if r.Float64() < 0.35 {
		if request {
			s += pick(r, []string{" فوری", " تماس مکرر", " لطفا پیگیری شود"})
		} else {
			s += pick(r, operatorSuffixes)
		}
	}
	return s
}

var (
	greetings = []string{"سلام", "با سلام", "سلام خسته نباشید", "سلام وقت بخیر", "سلام آقا"}
	asides    = []string{"از هفته پیش اینطوریه", "همسایه‌ها همه شاکی‌ان", "چند بار زنگ زدیم", "بچه‌ها مدرسه میرن از اینجا",
		"پیرمردا نمیتونن رد شن", "عکسشو گذاشتم", "هر سال همینه", "دیشب بدتر شد"}
	pleas = []string{"لطفا رسیدگی کنید", "خواهشا یه کاری بکنید", "تو رو خدا پیگیری کنید", "ممنون میشم رسیدگی کنید", "مرسی", "کسی نیست جواب بده؟", "چند بار گفتیم"}
)

// appText is a citizen's caption under a photo, and the address the app filled or they typed.
func appText(r *rand.Rand, w writer, is *issue, p problem, followUp bool, place func(bool) string) (string, string) {
	if len(p.latin) > 0 && r.Float64() < 0.07 {
		t := pick(r, p.latin)
		if !is.noPlace && r.Float64() < 0.6 {
			t += " " + latinPlace(r, is.sp)
		}
		return t, appAddress(r, w, is)
	}
	var parts []string
	if r.Float64() < 0.3 {
		parts = append(parts, pick(r, greetings))
	}
	c := pick(r, p.citizen)
	if followUp {
		c = pick(r, []string{"دوباره میگم ", "بازم ", "هنوز درست نشده ", "چند بار ثبت کردم "}) + c
	}
	parts = append(parts, c)
	if r.Float64() < 0.2 {
		parts = append(parts, pick(r, asides))
	}
	if !is.noPlace && r.Float64() < 0.3 {
		parts = append(parts, place(false))
	}
	if r.Float64() < 0.3 {
		parts = append(parts, pick(r, pleas))
	}
	t := strings.Join(parts, " ")
	if r.Float64() < 0.12 {
		t = stretch(r, t)
	}
	if r.Float64() < 0.08 {
		t = misspell(r, t)
	}
	if is.noPlace {
		return t, ""
	}
	return t, appAddress(r, w, is)
}

// appAddress: the app fills the street from the pin; some citizens type their own.
func appAddress(r *rand.Rand, w writer, is *issue) string {
	if is.noPlace {
		return ""
	}
	h := hoods[is.sp.hood]
	str := h.streets[is.sp.street]
	switch u := r.Float64(); {
	case u < 0.5:
		return "رشت، " + h.name + "، " + str.kind + " " + str.name
	case u < 0.8:
		return placePhrase(r, w, is.sp, r.Float64() < 0.5)
	}
	return ""
}

// webText is the longer, more formal form of the web portal.
func webText(r *rand.Rand, p problem, followUp, noPlace bool, place func(bool) string) string {
	c := pick(r, p.citizen)
	var b strings.Builder
	b.WriteString(pick(r, []string{"با سلام و احترام", "با سلام", "احتراما"}))
	b.WriteString(pick(r, []string{"، ", " ", "\n"}))
	if followUp {
		b.WriteString("پیرو درخواست قبلی به اطلاع میرساند ")
	}
	b.WriteString(c)
	if !noPlace && r.Float64() < 0.5 {
		b.WriteString(" در " + place(true))
	}
	b.WriteString(pick(r, []string{". خواهشمند است دستور رسیدگی صادر فرمایید.", ". لطفا رسیدگی شود.", " با تشکر", ". پیشاپیش از همکاری شما سپاسگزارم.", ""}))
	s := b.String()
	if r.Float64() < 0.05 {
		s = misspell(r, s)
	}
	return s
}

// operatorCategory is the category on the record: usually right, sometimes vague, sometimes
// a neighbouring one; citizens choosing from the app's menu miss more often.
func operatorCategory(r *rand.Rand, p problem, ch string) string {
	vague, wrong := 0.1, 0.08
	if ch == "app" {
		vague, wrong = 0.16, 0.12
	}
	switch u := r.Float64(); {
	case u < vague:
		return pick(r, vagueCategories)
	case u < vague+wrong && len(p.wrong) > 0:
		return pick(r, p.wrong)
	}
	return p.category
}

// status is where the request stood on export day.
func status(r *rand.Rand, p problem, at, end time.Time, nth int) string {
	age := end.Sub(at)
	if age < 7*24*time.Hour {
		return pick(r, []string{"new", "new", "reviewing", "assigned"})
	}
	if p.agency != "municipality" {
		switch u := r.Float64(); {
		case u < 0.75:
			return "referred"
		case u < 0.85:
			return "resolved"
		case u < 0.92:
			return "rejected"
		}
		return "reviewing"
	}
	u := r.Float64()
	if nth > 0 && u < 0.08 {
		return "rejected" // a duplicate closed by the clerk
	}
	switch {
	case u < 0.68:
		return "resolved"
	case u < 0.77:
		return "in_progress"
	case u < 0.85:
		return "assigned"
	case u < 0.91:
		return "reviewing"
	case u < 0.94:
		return "referred"
	case u < 0.97:
		return "rejected"
	}
	return "new"
}

// officeHours moves a counter visit into the office's hours: Saturday to Wednesday 7:30 to
// 14:00, Thursday to noon, never Friday.
func officeHours(r *rand.Rand, at time.Time) time.Time {
	day := midnight(at)
	if day.Weekday() == time.Friday {
		day = day.AddDate(0, 0, 1)
	}
	minutes := 6*60 + 30
	if day.Weekday() == time.Thursday {
		minutes = 4*60 + 30
	}
	return day.Add(7*time.Hour + 30*time.Minute + time.Duration(r.IntN(minutes*60))*time.Second)
}

// holiday: the first four days of the year and the 12th and 13th of farvardin.
func holiday(start, at time.Time) bool {
	d := int(midnight(at).Sub(midnight(start)).Hours() / 24)
	return d < 4 || d == 11 || d == 12
}

var counterWords = strings.NewReplacer("تماس گرفته", "مراجعه کرده", "تماس مجدد", "مراجعه مجدد",
	"تماس مکرر", "مراجعه مکرر", "طبق تماس شهروند", "طبق مراجعه شهروند", "تماس گیرنده", "مراجعه کننده")
