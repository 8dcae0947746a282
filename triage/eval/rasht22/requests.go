package rasht22

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// channel draws how a request came in: the app for most, the phone for a good part.
func (g *generator) channel(p *problem) string {
	u := g.rng.Float64()
	if p.code == "outage" || p.code == "gassmell" || p.code == "nowater" {
		u += 0.35 // people call when the power is off or gas smells
	}
	switch {
	case u < 0.62:
		return "app"
	case u < 0.89:
		return "phone"
	case u < 0.96:
		return "web"
	}
	if u >= 1 {
		return "phone"
	}
	return "in_person"
}

// hours when each channel is used; a request outside them waits for the morning.
func (g *generator) workHours(at time.Time, ch string) time.Time {
	h := at.Hour()
	switch ch {
	case "app", "web":
		if h >= 1 && h < 7 && g.rng.Float64() < 0.7 { // most wait for the morning to write
			return time.Date(at.Year(), at.Month(), at.Day(), 7, 0, 0, 0, tehran).Add(time.Duration(g.rng.IntN(300)) * time.Minute)
		}
	case "phone": // the line answers around the clock, but few call between one and seven
		if h >= 1 && h < 7 && g.rng.Float64() < 0.8 {
			return time.Date(at.Year(), at.Month(), at.Day(), 7, 0, 0, 0, tehran).Add(time.Duration(g.rng.IntN(240)) * time.Minute)
		}
	}
	return at
}

// batchMorning is when the operator types in the desk's and the night's paper requests:
// the next working morning (Friday is off).
// One morning's batch is typed in a run, a request every one to four minutes.
func (g *generator) batchMorning(at time.Time) time.Time {
	d := at.AddDate(0, 0, 1)
	if d.Weekday() == time.Friday {
		d = d.AddDate(0, 0, 1)
	}
	day := d.Format("2006-01-02")
	next, ok := g.batch[day]
	if !ok {
		next = time.Date(d.Year(), d.Month(), d.Day(), 8, 20, 0, 0, tehran).Add(time.Duration(g.rng.IntN(40)) * time.Minute)
	}
	g.batch[day] = next.Add(time.Duration(60+g.rng.IntN(180)) * time.Second)
	return next
}

// daytime puts an issue's first request at a likely hour of its day.
func (g *generator) daytime(at time.Time) time.Time {
	hours := []float64{0.3, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 1, 1.8, 2.2, 2.2, 2, 1.6, 1.3, 1.2, 1.3, 1.5, 1.6, 1.7, 1.8, 1.9, 1.7, 1.2, 0.7}
	var sum float64
	for _, w := range hours {
		sum += w
	}
	u := g.rng.Float64() * sum
	h := 0
	for ; h < 23 && u >= hours[h]; h++ {
		u -= hours[h]
	}
	return time.Date(at.Year(), at.Month(), at.Day(), h, g.rng.IntN(60), g.rng.IntN(60), 0, tehran)
}

// requests writes every request of every issue, not yet in time order.
func (g *generator) requests(issues []*issue) []*draft {
	var out []*draft
	for _, is := range issues {
		first := g.daytime(is.start)
		var mine []*draft
		for k, off := range is.offsets {
			at := first.Add(off)
			if k > 0 && is.prob.gap >= 1 {
				// slower issues: each later request at its own hour of its day
				at = g.daytime(at)
				if at.Before(mine[len(mine)-1].at) {
					at = mine[len(mine)-1].at.Add(time.Duration(1+g.rng.IntN(300)) * time.Minute)
				}
			}
			if k > 0 && mine[k-1].ch == "app" && g.rng.Float64() < 0.025 {
				// the same citizen pressed send twice, or sent again a few minutes later
				d := *mine[k-1]
				d.at = d.at.Add(time.Duration(1+g.rng.IntN(8)) * time.Minute)
				d.copyOf = mine[k-1]
				mine = append(mine, &d)
				continue
			}
			d := g.render(is, k, mine)
			d.at = g.workHours(at, d.ch)
			if d.ch == "in_person" || (d.ch == "phone" && g.rng.Float64() < 0.06) {
				d.at = g.batchMorning(d.at)
			}
			mine = append(mine, d)
		}
		out = append(out, mine...)
	}
	return out
}

// render writes request k of an issue as its channel would: caption, address, pin, category.
func (g *generator) render(is *issue, k int, earlier []*draft) *draft {
	p, t, rng := is.prob, g.towns[is.spot.town], g.rng
	d := &draft{issue: is, ch: g.channel(p)}
	if d.ch == "phone" || d.ch == "in_person" {
		d.hand = operators[rng.IntN(len(operators))]
	} else {
		d.hand = citizenHand(rng)
	}
	d.cat = system.write(rng, g.category(p))

	asp := p.aspect(is.aspect)
	say := pick(rng, asp.says)
	if is.famous != "" && famousSays[is.famous] != nil && rng.Float64() < 0.7 {
		say = pick(rng, famousSays[is.famous])
	}
	noun := pick(rng, asp.nouns)
	var placeInText string
	followUp := k > 0 && rng.Float64() < 0.12
	if followUp {
		d.ref = earlier[rng.IntN(len(earlier))]
		for d.ref.ref != nil && d.ref.ref.issue == is { // quote the request the citizen has, the first
			d.ref = d.ref.ref
		}
	}

	switch d.ch {
	case "app":
		if rng.Float64() < 0.93 {
			d.lat, d.lon = g.pin(is.spot)
		}
		switch u := rng.Float64(); {
		case u < 0.6:
			d.addr = system.write(rng, geocoded(rng, t, is.spot))
		case u < 0.82:
		default:
			d.addr = d.hand.write(rng, address(rng, t, is.spot))
		}
		if rng.Float64() < 0.3 {
			placeInText = address(rng, t, is.spot)
		}
		if len(p.fing) > 0 && is.aspect == 0 && rng.Float64() < 0.06 {
			d.text = pick(rng, p.fing)
			if rng.Float64() < 0.5 {
				d.text = finglishAddress(rng, t, is.spot) + " " + d.text
				placeInText = "finglish"
			}
			if rng.Float64() < 0.3 {
				d.text = "salam " + d.text
			}
			d.raw = true
			break
		}
		if rng.Float64() < 0.05 && placeInText == "" && k == 0 {
			d.text = noun // the app's sub-category title, when the citizen wrote nothing
			break
		}
		if rng.Float64() < 0.025 && placeInText == "" {
			// only the photo says what it is; the category and the pin are all there is
			d.text = pick(rng, []string{"عکس رو ببینید", "لطفا رسیدگی شود", "رسیدگی کنید", "این وضعیت رو ببینید!", "عکس پیوست"})
			break
		}
		d.text = g.citizenText(say, placeInText, is, d, false)
	case "web":
		if rng.Float64() < 0.4 {
			d.lat, d.lon = g.pin(is.spot)
		}
		if rng.Float64() < 0.88 {
			d.addr = d.hand.write(rng, address(rng, t, is.spot))
		}
		if rng.Float64() < 0.25 {
			placeInText = address(rng, t, is.spot)
		}
		d.text = g.citizenText(say, placeInText, is, d, true)
	case "phone", "in_person":
		if d.ch == "phone" && rng.Float64() < 0.04 {
			d.lat, d.lon = g.pin(is.spot) // the operator dropped a pin on the map
		}
		if rng.Float64() < 0.93 {
			d.addr = d.hand.write(rng, address(rng, t, is.spot))
		}
		if rng.Float64() < 0.15 {
			placeInText = address(rng, t, is.spot)
		}
		d.text = g.operatorText(say, noun, placeInText, is, d)
	}
	d.noPlace = d.addr == "" && d.lat == nil && placeInText == ""
	return d
}

func (g *generator) category(p *problem) string {
	switch u := g.rng.Float64(); {
	case u < 0.11:
		return pick(g.rng, p.wrong)
	case u < 0.2:
		return pick(g.rng, vagueCats)
	}
	return p.cat
}

// pin is the app's location: 20–150 m off the spot, now and then far off (pinned from home).
func (g *generator) pin(s spot) (*float64, *float64) {
	d := 20 + 130*math.Pow(g.rng.Float64(), 1.4)
	if g.rng.Float64() < 0.02 {
		d = 300 + g.rng.Float64()*1500
	}
	a := g.rng.Float64() * 2 * math.Pi
	lat := s.lat + d*math.Sin(a)/111_000
	lon := s.lon + d*math.Cos(a)/(111_000*math.Cos(s.lat*math.Pi/180))
	lat, lon = math.Round(lat*1e6)/1e6, math.Round(lon*1e6)/1e6
	return &lat, &lon
}

// citizenText is a citizen's own words: greeting, caption, place, politeness, typos.
func (g *generator) citizenText(say, place string, is *issue, d *draft, web bool) string {
	rng := g.rng
	var parts []string
	if rng.Float64() < 0.3 || (web && rng.Float64() < 0.6) {
		if web {
			parts = append(parts, pick(rng, []string{"با سلام و احترام", "سلام", "با عرض سلام و خسته نباشید", "احتراما"}))
		} else {
			parts = append(parts, pick(rng, greetings))
		}
	}
	if is.again && rng.Float64() < 0.5 {
		say = pick(rng, []string{"دوباره ", "باز هم ", "باز "}) + say
	} else if rng.Float64() < 0.12 {
		say = pick(rng, fillers) + say
	}
	if d.ref != nil {
		switch rng.IntN(3) {
		case 0:
			say = "درخواست {ref} رو بستید ولی هنوز درست نشده، " + say
		case 1:
			say = "دوباره ثبت میکنم هنوز کاری نکردین. " + say
			d.ref = nil
		default:
			say = "پیگیری " + "{ref}: " + say
		}
	}
	if place != "" {
		if rng.Float64() < 0.5 {
			say = place + pick(rng, []string{" ", "، ", " - ", ": "}) + say
		} else {
			say = say + " " + pick(rng, []string{"تو ", "در ", "", "آدرس: "}) + place
		}
	}
	parts = append(parts, say)
	if rng.Float64() < 0.025 {
		// a second complaint in passing: the request still counts for its main one
		parts = append(parts, pick(rng, []string{"ضمنا چراغ کوچه هم خاموشه", "ضمنا زباله~ها هم جمع نشده",
			"در ضمن سگ~های ولگرد هم زیاد شدن", "جوی~ها هم گرفته", "آسفالت هم که داغونه"}))
	}
	if web {
		parts = append(parts, pick(rng, []string{"خواهشمند است دستور رسیدگی صادر فرمایید.", "لطفا پیگیری بفرمایید.",
			"چندین بار تماس گرفته~ام ولی نتیجه~ای نداشته است.", "از زحمات شما سپاسگزارم."}))
	} else if rng.Float64() < 0.35 {
		parts = append(parts, pick(rng, closers))
	}
	if rng.Float64() < 0.12 {
		parts = append(parts, pick(rng, []string{"عکسش رو گذاشتم", "عکس پیوست شد", "تصویر رو ببینید"}))
	}
	sep := " "
	if rng.Float64() < 0.4 {
		sep = "، "
	}
	s := strings.Join(parts, sep)
	if rng.Float64() < 0.07 {
		s = stretch(rng, s)
	}
	if rng.Float64() < 0.1 {
		s = misspell(rng, s)
	}
	return s
}

// operatorText is the 137 operator's summary of a call or a visit.
func (g *generator) operatorText(say, noun, place string, is *issue, d *draft) string {
	rng := g.rng
	if d.ref != nil {
		s := pick(rng, []string{"پیگیری درخواست شماره {ref}. " + noun + " هنوز رفع نشده است.",
			"شهروند جهت پیگیری درخواست قبلی ({ref}) تماس گرفت؛ " + noun + " رسیدگی نشده.",
			"پیگیری {ref} - " + noun})
		if place != "" {
			s += " " + place
		}
		if d.ch == "in_person" {
			s = "مراجعه حضوری: " + strings.ReplaceAll(s, "تماس گرفت", "مراجعه کرد")
		}
		return s
	}
	var s string
	if place != "" {
		s = pick(rng, []string{"شهروند از " + noun + " در " + place + " گلایه دارد.",
			noun + " در " + place + ". درخواست رسیدگی.",
			"تماس~گیرنده " + noun + " در " + place + " را اعلام نمود.",
			noun + " - " + place})
	} else {
		s = pick(rng, []string{"شهروند از " + noun + " گلایه دارد و خواستار رسیدگی است.",
			noun + ". شهروند درخواست رسیدگی فوری دارد.", "اعلام " + noun + " توسط شهروند",
			noun, noun, "تماس~گیرنده اظهار داشت " + say, "شهروند میگوید " + say})
	}
	if is.again && rng.Float64() < 0.4 {
		s += pick(rng, []string{" مجددا", " (مشکل دوباره تکرار شده)", " بعد از رفع قبلی دوباره"})
	}
	if d.ch == "in_person" {
		s = "مراجعه حضوری: " + strings.ReplaceAll(s, "تماس~گیرنده", "شهروند")
	}
	return s
}

// rows puts the drafts in time order, numbers them the way the central system does (other
// districts' requests take the numbers between) and writes the truth.
func (g *generator) rows(drafts []*draft, district string) []labelled.Row {
	for i, d := range drafts {
		d.seq = i
	}
	sort.SliceStable(drafts, func(i, j int) bool {
		if !drafts[i].at.Equal(drafts[j].at) {
			return drafts[i].at.Before(drafts[j].at)
		}
		return drafts[i].seq < drafts[j].seq
	})
	num := 14040000000 + int64(g.rng.IntN(50000))
	for _, d := range drafts {
		num += 1 + int64(g.rng.IntN(12))
		d.id = fmt.Sprint(num)
	}
	for _, d := range drafts {
		if d.ref == nil {
			continue
		}
		if d.ref.at.After(d.at) { // the quoted one was typed in later: "the earlier request"
			d.text = strings.ReplaceAll(strings.ReplaceAll(d.text, " شماره {ref}", " قبلی"), "{ref}", "قبلی")
			d.ref = nil
			continue
		}
		for q := d.ref; q != nil; q = q.copyOf { // quoting a message sent twice ties both
			q.quoted = true
		}
	}
	end := yearStart.AddDate(0, 0, yearDays)
	alone := 0
	rows := make([]labelled.Row, 0, len(drafts))
	for _, d := range drafts {
		text := d.text
		if d.ref != nil {
			text = strings.ReplaceAll(text, "{ref}", d.ref.id)
		}
		if !d.raw {
			text = d.hand.write(g.rng, text)
		}
		// the labelling rule: a request with no place at all is an issue alone, unless a
		// quoted number ties it to its issue or it is a message sent again within minutes
		d.group = d.issue.id
		switch {
		case d.copyOf != nil && d.copyOf.group != "":
			d.group = d.copyOf.group
		case d.ref != nil && d.ref.group != "":
			d.group = d.ref.group
		case d.noPlace && !d.quoted:
			alone++
			d.group = fmt.Sprintf("P%05d", alone)
		}
		rows = append(rows, labelled.Row{ID: d.id, District: district, CreatedAt: d.at, Category: d.cat,
			Text: text, Address: d.addr, Lat: d.lat, Lon: d.lon, Channel: d.ch,
			Status: g.status(d, end), Group: d.group, Agency: d.issue.prob.agency})
	}
	return rows
}

// status is where the request stands when the year is exported.
func (g *generator) status(d *draft, end time.Time) string {
	age := end.Sub(d.at)
	u := g.rng.Float64()
	if d.issue.prob.agency != "municipality" {
		switch {
		case u < 0.75:
			return "ارجاع شده"
		case u < 0.85:
			return "انجام شده"
		}
		return "در حال بررسی"
	}
	if age > 30*24*time.Hour {
		switch {
		case u < 0.8:
			return "انجام شده"
		case u < 0.9:
			return "در حال انجام"
		case u < 0.95:
			return "ارجاع به واحد"
		}
		return "رد شده"
	}
	switch {
	case u < 0.3:
		return "جدید"
	case u < 0.55:
		return "در حال بررسی"
	case u < 0.75:
		return "ارجاع به واحد"
	case u < 0.9:
		return "در حال انجام"
	}
	return "انجام شده"
}

// famousSays are what people write about the year's famous issues, besides the usual.
var famousSays = map[string][]string{
	"کوچه خاکی سبحان": {"کوچه ما هنوز خاکیه، تو بارون پر گل و لای میشه", "چند ساله این کوچه آسفالت نشده",
		"کی میخواین این کوچه رو آسفالت کنید؟", "بچه~ها باید از تو گل و لای برن مدرسه",
		"قول آسفالت داده بودین هنوز خبری نیست", "همه جای شهرک آسفالته جز کوچه ما", "ماشین تو گل گیر کرد، یه فکری بکنید"},
	"آبگرفتگی بلوار": {"بلوار رفته زیر آب", "آبگرفتگی شدید بلوار، ماشین~ها خاموش میکنن",
		"آب تا جدول بالا اومده مغازه~ها رو آب گرفته", "کانال بلوار گرفته هر بار بارون میاد همینه"},
	"دپوی زباله": {"اینجا شده محل دپوی زباله، بوی تعفن", "کیسه~های زباله رو همینجا تلنبار میکنن",
		"مگس و موش از دست این زباله~ها", "زباله~ها چند روزه جمع نشده کل بلوار بو گرفته"},
	"سگ~های پارک": {"سگ~های ولگرد تو پارک بچه~ها رو دنبال کردن", "یه گله سگ تو پارک لونه کردن",
		"نمیشه بچه~ها رو پارک برد از دست سگ~ها"},
}
