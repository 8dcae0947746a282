package rasht38

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// channel shares of the district's 137 traffic, as the author believes them.
var channels = []struct {
	name  string
	share float64
	pin   float64 // chance the request carries coordinates
}{
	{"phone", 0.55, 0.03},
	{"app", 0.28, 0.85},
	{"web", 0.09, 0.20},
	{"in_person", 0.08, 0},
}

type draft struct {
	row    labelled.Row
	seq    int
	resent bool // a copy of the request before it: never copied again
}

var yearEnd = yearStart.AddDate(0, 0, yearDays)

func (g *gen) makeRequests() []labelled.Row {
	var ds []draft
	for _, is := range g.issues {
		noPlace := 0
		for j := 0; j < is.size; j++ {
			var r labelled.Row
			resent := false
			if prev := len(ds) - 1; j > 0 && !ds[prev].resent && ds[prev].row.Channel == "app" && chance(g.rng, 0.05) {
				resent = true
				// the app's send button pressed twice, or the caption resent after "no network";
				// it keeps the first one's truth, even a no-place one's (one submission, sent twice)
				r = ds[prev].row
				r.CreatedAt = r.CreatedAt.Add(time.Duration(20+g.rng.IntN(600)) * time.Second)
				if r.Lat != nil {
					lat := math.Round((*r.Lat+(g.rng.Float64()-0.5)*2e-4)*1e6) / 1e6
					lon := math.Round((*r.Lon+(g.rng.Float64()-0.5)*2e-4)*1e6) / 1e6
					r.Lat, r.Lon = &lat, &lon
				}
			} else {
				r = g.request(is, j)
			}
			if r.Group == "" {
				noPlace++
				r.Group = fmt.Sprintf("%s-np%d", is.id, noPlace)
			}
			ds = append(ds, draft{row: r, seq: len(ds), resent: resent})
		}
	}
	sort.SliceStable(ds, func(a, b int) bool {
		if !ds[a].row.CreatedAt.Equal(ds[b].row.CreatedAt) {
			return ds[a].row.CreatedAt.Before(ds[b].row.CreatedAt)
		}
		return ds[a].seq < ds[b].seq
	})
	rows := make([]labelled.Row, len(ds))
	id := 1000 + g.rng.IntN(4000)
	for i, d := range ds {
		// the 137 tracking number: the year, the district, a counter shared with the city's
		// other desks, so it has gaps
		id += 1 + g.rng.IntN(3)
		d.row.ID = fmt.Sprintf("1404%02s%06d", g.opt.District, id)
		d.row.District = g.opt.District
		rows[i] = d.row
	}
	return rows
}

// when is the j-th request's time: the first at the start, the rest front-loaded over the
// episode, at the hours people call.
func (g *gen) when(is *issue, j int) time.Time {
	if j == 0 {
		return is.start
	}
	span := is.end.Sub(is.start)
	u := math.Pow(g.rng.Float64(), 1.6)
	t := is.start.Add(time.Duration(u * float64(span)))
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, irst)
	hour := []int{7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 21, 22, 23}[g.rng.IntN(20)]
	if is.k.key == "noise" && chance(g.rng, 0.7) {
		hour = 23
	}
	t = day.Add(time.Duration(hour)*time.Hour + time.Duration(g.rng.IntN(3600))*time.Second)
	if t.Weekday() == time.Friday && chance(g.rng, 0.4) {
		t = t.AddDate(0, 0, 1) // the weekend: many wait for Saturday
	}
	if t.Before(is.start) {
		t = is.start.Add(time.Duration(1+g.rng.IntN(90)) * time.Minute)
	}
	if !t.Before(yearEnd) {
		t = yearEnd.Add(-time.Duration(1+g.rng.IntN(600)) * time.Minute)
	}
	return t
}

func (g *gen) request(is *issue, j int) labelled.Row {
	rng := g.rng
	k := is.k
	t := g.when(is, j)
	ch := channels[len(channels)-1]
	x := rng.Float64()
	for _, c := range channels {
		if x < c.share {
			ch = c
			break
		}
		x -= c.share
	}
	if ch.name == "in_person" {
		t = officeHours(rng, t)
	}
	if ch.name == "in_person" && chance(rng, 0.5) {
		// counter forms are typed in a batch the next working morning
		next := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, irst).AddDate(0, 0, 1)
		if next.Weekday() == time.Friday {
			next = next.AddDate(0, 0, 1)
		}
		t = next.Add(8*time.Hour + 30*time.Minute + time.Duration(rng.IntN(40*60))*time.Second)
	}
	if !t.Before(yearEnd) {
		t = yearEnd.Add(-time.Duration(1+rng.IntN(600)) * time.Minute)
	}
	citizen := ch.name == "app" || ch.name == "web"
	hb := newHabit(rng, citizen)
	hb.repeat = (ch.name == "app" && chance(rng, 0.15)) || (ch.name == "web" && chance(rng, 0.04))

	m := mention(pickInt(rng, []float64{0.62, 0.18, 0.11, 0.09}))
	if m == mentionNone && !chance(rng, 0.35) {
		m = mentionFull // most who give no address still say where in the text
	}
	hasPin := chance(rng, ch.pin)
	finglish := ch.name == "app" && chance(rng, 0.04)

	place := placeText(rng, is.sp, m, citizen)
	var address, inText string
	switch {
	case place == "":
	case ch.name == "app" && hasPin && chance(rng, 0.45):
		if chance(rng, 0.4) {
			inText = place
		}
	case ch.name == "app" && chance(rng, 0.4):
		inText = place
	case !citizen && chance(rng, 0.08):
		inText = place // the operator put it in the summary only
	default:
		address = place
		if chance(rng, 0.25) {
			inText = placeText(rng, is.sp, m, citizen)
		}
	}
	if finglish {
		address = ""
		inText = ""
		if place != "" {
			inText = finglishPlace(rng, is.sp)
		}
	}

	row := labelled.Row{CreatedAt: t, Channel: ch.name, Agency: k.agency, Group: is.id}
	if place == "" && !hasPin {
		row.Group = "" // nothing places it: its own issue (see README)
	}
	row.Category = g.category(k)
	row.Text = hb.apply(rng, g.text(is, j, t, ch.name, inText, finglish))
	row.Address = hb.apply(rng, address)
	if hasPin {
		lat, lon := g.pin(is.sp)
		row.Lat, row.Lon = &lat, &lon
	}
	row.Status = g.status(is, k, t)
	return row
}

// officeHours moves a counter visit into the district office's hours: Saturday to
// Wednesday 7:30–14:00, Thursday to noon, closed on Friday.
func officeHours(rng *rand.Rand, t time.Time) time.Time {
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, irst)
	closes := 14 * time.Hour
	if t.Weekday() == time.Thursday {
		closes = 12 * time.Hour
	}
	if t.Weekday() == time.Friday || t.Sub(day) >= closes {
		day = day.AddDate(0, 0, 1)
		if day.Weekday() == time.Friday {
			day = day.AddDate(0, 0, 1)
		}
	} else if t.Sub(day) >= 7*time.Hour+30*time.Minute {
		return t
	}
	return day.Add(7*time.Hour + 30*time.Minute + time.Duration(rng.IntN(4*3600))*time.Second)
}

func (g *gen) category(k *kind) string {
	switch pickInt(g.rng, []float64{0.74, 0.14, 0.09, 0.03}) {
	case 0:
		return k.cat
	case 1:
		return pick(g.rng, k.vague)
	case 2:
		return pick(g.rng, k.wrong)
	}
	return ""
}

// pin is where the phone put the request: somewhere in the spot's extent, 20–150 m off
// from GPS and the citizen's thumb, and now and then far off (the pin left at home).
func (g *gen) pin(sp spot) (float64, float64) {
	rng := g.rng
	lat, lon := sp.lat, sp.lon
	switch sp.lvl {
	case atAlley:
		lat, lon = offset(lat, lon, rng.Float64()*360, rng.Float64()*50)
	case atStreet:
		if sp.mark == nil {
			lat, lon = offset(lat, lon, sp.street.def.bearing, (rng.Float64()-0.5)*sp.street.def.length*0.8)
		}
	case atHood:
		lat, lon = offset(lat, lon, rng.Float64()*360, rng.Float64()*400)
	}
	d := 20 + rng.Float64()*130
	if chance(rng, 0.04) {
		d = 300 + rng.Float64()*1200
	}
	lat, lon = offset(lat, lon, rng.Float64()*360, d)
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

func (g *gen) status(is *issue, k *kind, t time.Time) string {
	rng := g.rng
	if k.agency != "municipality" {
		return []string{"referred", "referred", "referred", "referred", "referred", "referred", "referred", "new", "reviewing", "resolved"}[rng.IntN(10)]
	}
	if chance(rng, 0.02) {
		return "rejected"
	}
	if is.end.Before(yearEnd.AddDate(0, 0, -10)) {
		if chance(rng, 0.85) {
			return "resolved"
		}
		return pick(rng, []string{"in_progress", "assigned", "reviewing"})
	}
	return pick(rng, []string{"new", "new", "reviewing", "assigned", "in_progress"})
}

var visitors = []string{"شهروند", "شهروند", "مراجعه‌کننده", "آقای مراجعه‌کننده", "خانمی از اهالی", "یکی از ساکنین", "یکی از کسبه"}

var subjects = []string{"شهروند", "شهروند", "شهروند محترم", "تماس‌گیرنده", "یکی از ساکنین", "خانمی از اهالی", "آقای تماس‌گیرنده", "یکی از کسبه"}

func durationPhrase(days float64) string {
	switch {
	case days < 2:
		return "دو روز"
	case days < 4:
		return "چند روز"
	case days < 10:
		return "یک هفته"
	case days < 20:
		return "دو هفته"
	case days < 45:
		return "یک ماه"
	}
	return "چند ماه"
}

// nounPlace fills «کوچه{p}», «پارک{p}», «خیابون{p}» with the place itself when the place
// already names that kind of thing, so nobody writes «کوچه در کوچه ۱۲».
var nounPlace = []struct {
	noun  string
	marks []string
}{
	{"کوچه ما", []string{"کوچه", "ک ", "ک.", "بن"}},
	{"کوچه", []string{"کوچه", "ک ", "ک.", "بن"}},
	{"پارک", []string{"پارک"}},
	{"خیابون", []string{"خیابان", "خ ", "خ.", "بلوار", "جاده", "خیابون"}},
	{"خیابان", []string{"خیابان", "خ ", "خ.", "بلوار", "جاده", "خیابون"}},
	{"kooche", []string{"kooche", "koche", "kuche", "k "}},
	{"park", []string{"park"}},
}

func fill(tmpl, place, prep string) string {
	if place == "" {
		return strings.ReplaceAll(tmpl, "{p}", "")
	}
	for _, np := range nounPlace {
		if !strings.Contains(tmpl, np.noun+"{p}") {
			continue
		}
		for _, m := range np.marks {
			if strings.Contains(place, m) {
				return strings.Replace(tmpl, np.noun+"{p}", place, 1)
			}
		}
	}
	return strings.Replace(tmpl, "{p}", " "+prep+" "+place, 1)
}

var (
	greetings = []string{"سلام", "سلام وقت بخیر", "سلام خسته نباشید", "با سلام", "سلام و عرض ادب", "سلام ببخشید"}
	pleas     = []string{"لطفا رسیدگی کنید", "لطفا پیگیری کنید", "ممنون میشم رسیدگی کنید", "خواهشا یه کاری بکنید",
		"تشکر", "ممنون", "دستتون درد نکنه", "لطفا زودتر اقدام کنید"}
	grumbles = []string{"چند بار زنگ زدیم کسی نیومد", "هیچکس جواب نمیده", "مسئولین کجان؟", "واقعا که",
		"این چه وضعشه", "ما هم عوارض میدیم"}
	followOps = []string{"پیگیری درخواست قبلی: ", "تماس مجدد؛ ", "شهروند مجددا تماس گرفت. ", "پیگیری - "}
	followCit = []string{"بار دومه پیام میدم", "هنوز درست نشده", "چند روز پیش گزارش دادم هنوز خبری نیست", "باز هم"}
)

func (g *gen) text(is *issue, j int, t time.Time, ch, place string, finglish bool) string {
	rng := g.rng
	k := is.k
	elapsed := t.Sub(is.start).Hours() / 24
	follow := j > 0 && elapsed > 2 && chance(rng, 0.3)
	if finglish {
		s := fill(pick(rng, k.fin), place, "")
		s = strings.ReplaceAll(s, "  ", " ")
		if chance(rng, 0.4) {
			s = pick(rng, []string{"salam ", "slm ", "salam vaght bekheyr "}) + s
		}
		if chance(rng, 0.3) {
			s += pick(rng, []string{" lotfan residegi konid", " mamnoon", " merci"})
		}
		return s
	}
	switch ch {
	case "phone", "in_person":
		d := durationPhrase(elapsed + float64(rng.IntN(10)))
		s := pick(rng, k.op)
		who := subjects
		if ch == "in_person" {
			who = visitors
		}
		s = strings.ReplaceAll(s, "{s}", pick(rng, who))
		s = strings.ReplaceAll(s, "{d}", d)
		s = fill(s, place, "در")
		if ch == "in_person" && chance(rng, 0.6) {
			s = pick(rng, []string{"مراجعه حضوری: ", "مراجعه‌ی حضوری - ", "حضوری: "}) + s
		}
		if follow && ch == "in_person" {
			s = pick(rng, []string{"مراجعه‌ی مجدد؛ ", "پیگیری درخواست قبلی: "}) + s
		} else if follow {
			s = pick(rng, followOps) + s
		}
		if chance(rng, 0.12) {
			s += pick(rng, []string{" شهروند خواستار پیگیری فوری است.", " درخواست بازدید کارشناس.", " شهروند ناراضی است.",
				" شماره تماس در سامانه ثبت شد."})
		}
		return s
	}
	s := pick(rng, k.cit)
	lead := place != "" && (chance(rng, 0.5) || strings.Contains(s, "کوچه ما{p}"))
	if lead {
		s = place + pick(rng, []string{"، ", " ", " - ", ": "}) + fill(s, "", "")
	} else {
		s = fill(s, place, pick(rng, []string{"تو", "توی", "در", "داخل"}))
	}
	if follow {
		s = pick(rng, followCit) + "، " + s
	}
	if ch == "web" {
		s = pick(rng, []string{"با سلام و احترام\n", "با سلام و احترام، ", "سلام\n", "احتراما به استحضار می‌رساند "}) + s
		if chance(rng, 0.5) {
			s += ". " + pick(rng, grumbles)
		}
		if !strings.HasSuffix(s, "؟") {
			s += "."
		}
		s += " " + pick(rng, []string{"با تشکر", "پیشاپیش از زحمات شما سپاسگزارم", "لطفا رسیدگی فرمایید. با تشکر", "ممنون"})
		return s
	}
	if chance(rng, 0.45) {
		s = pick(rng, greetings) + pick(rng, []string{" ", "، ", "\n", ". "}) + s
	}
	if chance(rng, 0.15) {
		s += " " + pick(rng, grumbles)
	}
	if chance(rng, 0.4) {
		s += pick(rng, []string{" ", ". ", "، "}) + pick(rng, pleas)
	}
	if chance(rng, 0.025) {
		s += pick(rng, []string{" ضمنا چراغای کوچه هم خاموشه", " یه چاله هم سر کوچه هست", " جوب هم گرفته",
			" سگ ها هم زیاد شدن"}) // a second complaint in passing; the clerk files the request under the first
	}
	if chance(rng, 0.3) {
		s += pick(rng, []string{"!", "!!", "!!!", "...", "!!"})
	}
	return s
}
