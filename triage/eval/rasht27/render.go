package rasht27

import (
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

var greetings = []string{"سلام", "با سلام", "سلام وقت بخیر", "سلام خسته نباشید", "با سلام و احترام", "سلام ببخشید", "درود"}
var thanks = []string{"ممنون", "با تشکر", "مرسی", "خدا خیرتون بده", "ممنون میشم", "تشکر", "🙏", "سپاس"}
var fillers = []string{"واقعا", "راستش", "خیلی وقته", "چند روزه", "دیگه خسته شدیم", "خیلی"}
var opPrefixes = []string{"", "", "", "شهروند اعلام کرد ", "تماس گیرنده اعلام نمود ", "طبق اعلام شهروند ", "گزارش شهروند: "}
var deskPrefixes = []string{"", "", "متقاضی اعلام نمود ", "شهروند اظهار داشت "}

// finglishWords are whole captions typed in Latin letters, for the kinds people do so.
var finglishWords = map[string][]string{
	"asphalt":      {"kooche chale dare asfalt kharabe", "asfalt kooche kharab shode lotfan dorost konid"},
	"garbage":      {"ashghala jam nashode", "zobale ha az dirooz moonde"},
	"surfacewater": {"ab gereftegi shadid", "joob gerefte ab oomade too kooche"},
	"streetlight":  {"cheragh kooche khamooshe", "lamp tir bargh sookhte"},
	"dogs":         {"sag velgard ziad shode", "sagha bache ha ro mitarsoonan"},
	"tree":         {"derakht oftade", "derakht shekaste vasat kooche"},
}

// render writes the request's text, address, category, location and status as the
// channel and its writer would, and fills r.row.
func (g *gen) render(r *req) {
	if r.dupOf != nil {
		r.row = r.dupOf.row
		r.row.ID, r.row.CreatedAt = r.id, r.at
		r.row.Group = r.iss.id
		return
	}
	is := r.iss
	lat, lon, pinned := g.location(r)
	text, addr := "", ""
	switch r.channel {
	case "phone", "in_person":
		w := g.operators[g.rng.IntN(len(g.operators))]
		text, addr = g.operatorText(r, w)
	case "app":
		w := newWriter(g.rng, true)
		text, addr = g.appText(r, w, pinned, lat, lon)
	default:
		w := newWriter(g.rng, true)
		text, addr = g.webText(r, w)
	}
	if addr == "" && !pinned && !r.noPlace && !r.placed && !r.citesCode {
		// only the requests written as placeless are placeless: the rest say somewhere where
		addr = newWriter(g.rng, r.channel != "phone" && r.channel != "in_person").finish(
			newWriter(g.rng, true).places().full(is.sp, true))
	}
	row := labelled.Row{ID: r.id, District: g.opt.District, CreatedAt: r.at, Category: g.category(r),
		Text: text, Address: addr, Channel: r.channel, Status: g.status(r), Group: is.id, Agency: is.agency}
	if pinned {
		row.Lat, row.Lon = &lat, &lon
	}
	r.row = row
}

func (g *gen) pick(xs []string) string { return xs[g.rng.IntN(len(xs))] }

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

// phrases are the kind's words; a utility's trench described without naming the utility
// borrows the municipality's trench words.
func (g *gen) phrases(r *req) (*kind, string) {
	if r.iss.anonymousTrench {
		return kindByCode("trench"), ""
	}
	return r.iss.k, r.iss.topic
}

// followUpLead is how a repeat caller starts; it records on r whether the lead quotes the
// first request's tracking code.
func (g *gen) followUpLead(r *req, w writer, operator bool) string {
	lead := g.followUpWords(r, operator)
	r.citesCode = r.iss.firstID != "" && r.iss.firstID != r.id && strings.Contains(lead, r.iss.firstID)
	return lead
}

func (g *gen) followUpWords(r *req, operator bool) string {
	first := r.iss.firstID
	if first == r.id {
		first = ""
	}
	if operator && r.channel == "in_person" {
		if first != "" && g.chance(0.6) {
			return g.pick([]string{"پیگیری درخواست ", "مراجعه مجدد در خصوص درخواست "}) + first + " - "
		}
		return g.pick([]string{"مراجعه مجدد: ", "پیگیری: ", "تکرار درخواست قبلی - "})
	}
	if operator {
		if first != "" && g.chance(0.6) {
			return g.pick([]string{"پیگیری درخواست ", "پیگیری کد رهگیری ", "تماس مجدد در خصوص درخواست "}) + first + " - "
		}
		return g.pick([]string{"تماس مجدد: ", "پیگیری: ", "شهروند برای بار چندم تماس گرفته است. ", "تکرار درخواست قبلی - "})
	}
	if first != "" && g.chance(0.4) {
		return g.pick([]string{"پیگیری درخواست ", "کد پیگیری ", "درخواست قبلیم به شماره "}) + first + " "
	}
	return g.pick([]string{"بار چندمه گزارش میدم ", "قبلا هم گفتم ", "باز هم ", "هنوز رسیدگی نشده ", "چند بار ثبت کردم ", "دوباره "})
}

func (g *gen) operatorText(r *req, w writer) (string, string) {
	k, topic := g.phrases(r)
	pw := w.places()
	place := pw.full(r.iss.sp, g.chance(0.85))
	if r.iss.k.area {
		place = pw.areaPlace(r.iss.sp)
	}
	var b strings.Builder
	prefixes := opPrefixes
	if r.channel == "in_person" {
		prefixes = deskPrefixes
		if g.chance(0.5) {
			b.WriteString(g.pick([]string{"مراجعه حضوری: ", "مراجعه حضوری - ", "فرم حضوری: "}))
		}
	}
	if r.followUp {
		b.WriteString(g.followUpLead(r, w, true))
	}
	phrase := g.pick(phrasesFor(k.op, topic))
	if !strings.HasPrefix(phrase, "درخواست") && !strings.HasPrefix(phrase, "عدم") {
		// «شهروند اعلام کرد درخواست …» is not how an operator writes
		b.WriteString(g.pick(prefixes))
	}
	b.WriteString(phrase)
	if !r.noPlace && g.chance(0.3) {
		b.WriteString(" در " + pw.full(r.iss.sp, false))
		r.placed = true
	}
	if g.chance(0.45) {
		b.WriteString(g.pick([]string{". ", "، ", " - ", " "}) + g.pick(phrasesFor(k.ask, topic)))
	}
	if r.followUp && g.chance(0.5) {
		b.WriteString(g.pick([]string{". تاکنون رسیدگی نشده", " و هنوز اقدامی نشده", ". شهروند ناراضی است"}))
	}
	addr := place
	// a caller who quotes a tracking code is often not asked for the address again
	if r.noPlace || (r.citesCode && g.chance(0.5)) {
		addr = g.pick([]string{"", "", "رشت", "-", "نامشخص"})
	}
	return w.finish(b.String()), w.finish(addr)
}

func (g *gen) appText(r *req, w writer, pinned bool, lat, lon float64) (string, string) {
	k, topic := g.phrases(r)
	pw := w.places()
	if fw, ok := finglishWords[k.code]; ok && topic == "" && g.chance(0.05) && !r.followUp {
		t := g.pick(fw)
		if !r.noPlace && g.chance(0.6) {
			t = pw.finglish(r.iss.sp) + " " + t
			r.placed = true
		}
		if g.chance(0.3) {
			t = "salam " + t
		}
		return t, g.appAddress(r, pw, pinned, lat, lon)
	}
	var parts []string
	if g.chance(0.35) {
		parts = append(parts, g.pick(greetings))
	}
	if r.followUp {
		parts = append(parts, strings.TrimSpace(g.followUpLead(r, w, false)))
	}
	if !r.noPlace && g.chance(0.25) {
		if w.digits == latinDigits && g.chance(0.1) {
			parts = append(parts, pw.finglish(r.iss.sp))
			r.placed = true
		} else {
			parts = append(parts, pw.full(r.iss.sp, g.chance(0.5)))
			r.placed = true
		}
	}
	if g.chance(0.15) {
		parts = append(parts, g.pick(fillers))
	}
	parts = append(parts, g.pick(phrasesFor(k.cit, topic)))
	if g.chance(0.35) {
		parts = append(parts, g.pick(phrasesFor(k.ask, topic)))
	}
	if g.chance(0.2) {
		parts = append(parts, g.pick(thanks))
	}
	return w.finish(strings.Join(parts, " ")), g.appAddress(r, pw, pinned, lat, lon)
}

// appAddress: with a pin the app usually fills the street from the map; the citizen may
// type an address instead, or leave it empty.
func (g *gen) appAddress(r *req, pw placeWriter, pinned bool, lat, lon float64) string {
	if r.noPlace {
		return ""
	}
	switch x := g.rng.Float64(); {
	case x < 0.45 && pinned:
		// the map names the street nearest the pin, which a far pin gets wrong
		return pw.geocoded(g.world.nearest(lat, lon))
	case x < 0.7:
		return pw.full(r.iss.sp, g.chance(0.7))
	default:
		return ""
	}
}

func (g *gen) webText(r *req, w writer) (string, string) {
	k, topic := g.phrases(r)
	pw := w.places()
	var parts []string
	parts = append(parts, g.pick([]string{"با سلام و احترام", "سلام", "با سلام", "احتراما به استحضار میرساند"}))
	if r.followUp {
		parts = append(parts, strings.TrimSpace(g.followUpLead(r, w, false)))
	}
	if !r.noPlace && g.chance(0.45) {
		parts = append(parts, g.pick([]string{"اینجانب ساکن ", "در ", "ساکن "})+pw.full(r.iss.sp, true)+g.pick([]string{" هستم.", "،", ""}))
		r.placed = true
	}
	if g.chance(0.5) {
		parts = append(parts, g.pick(phrasesFor(k.op, topic)))
	} else {
		parts = append(parts, g.pick(phrasesFor(k.cit, topic)))
	}
	if g.chance(0.4) {
		parts = append(parts, g.pick([]string{"چندین بار تماس گرفتیم ولی رسیدگی نشد.", "این مشکل باعث نارضایتی اهالی شده است.", "خواهشمند است دستور فرمایید"}))
	}
	parts = append(parts, g.pick(phrasesFor(k.ask, topic)))
	if g.chance(0.6) {
		parts = append(parts, g.pick([]string{"با تشکر", "با سپاس فراوان", "پیشاپیش ممنونم"}))
	}
	addr := ""
	if !r.noPlace && g.chance(0.85) {
		addr = pw.full(r.iss.sp, true)
	}
	return w.finish(strings.Join(parts, " ")), w.finish(addr)
}

// category is what the operator (or the citizen in the app) filed it under.
func (g *gen) category(r *req) string {
	k := r.iss.k
	vague, wrong := 0.07, 0.06
	switch r.channel {
	case "app", "web":
		vague, wrong = 0.14, 0.09
	}
	switch x := g.rng.Float64(); {
	case r.channel == "web" && x < 0.05:
		return ""
	case x < vague:
		return g.pick(vagueCats)
	case x < vague+wrong:
		other := &kinds[g.rng.IntN(len(kinds))]
		return g.pick(other.cats)
	case x < 0.75:
		return k.cats[0]
	default:
		return g.pick(k.cats)
	}
}

// status is the request's state on the day of the export.
func (g *gen) status(r *req) string {
	age := yearEnd.Sub(r.at)
	x := g.rng.Float64()
	if r.iss.agency != "municipality" {
		switch {
		case x < 0.72:
			return g.pick([]string{"ارجاع شده", "ارجاع به دستگاه دیگر", "خارج از حوزه"})
		case x < 0.85:
			return "انجام شده"
		case x < 0.93:
			return "رد شده"
		default:
			return "در حال بررسی"
		}
	}
	if r.nth > 0 && x < 0.08 {
		return "رد شده" // closed as a duplicate
	}
	if age > 45*24*time.Hour {
		switch {
		case x < 0.85:
			return g.pick([]string{"انجام شده", "انجام شده", "مختومه", "بسته شده"})
		case x < 0.9:
			return "در دست اقدام"
		case x < 0.95:
			return "ارجاع به پیمانکار"
		default:
			return "رد شده"
		}
	}
	switch {
	case x < 0.3:
		return "انجام شده"
	case x < 0.5:
		return "در دست اقدام"
	case x < 0.65:
		return "ارجاع به پیمانکار"
	case x < 0.85:
		return "در حال بررسی"
	default:
		return "ثبت شده"
	}
}
