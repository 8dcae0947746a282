package rasht18

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// writer puts a draft into words, remembering the numbers callers can quote.
type writer struct {
	r    *rand.Rand
	prev map[*issue][]string
}

func (w *writer) pick(xs []string) string { return xs[w.r.IntN(len(xs))] }

func (w *writer) chance(p float64) bool { return w.r.Float64() < p }

func (w *writer) row(d *draft, opt Options) labelled.Row {
	if w.prev == nil {
		w.prev = map[*issue][]string{}
	}
	is := d.is
	row := labelled.Row{ID: d.id, District: opt.District, CreatedAt: d.at, Channel: d.channel,
		Group: is.id, Agency: is.p.agency}
	row.Category = w.category(is.p)
	young := d.channel != "phone" && w.chance(0.12)
	place, addr := w.place(d, young)
	if !is.noPlace {
		row.Lat, row.Lon = w.coords(d)
	}
	// A request with neither address nor coordinates names its place in the text: only the
	// lone requests with no place at all (their own issue) and follow-ups go without.
	mustName := addr == "" && row.Lat == nil && !is.noPlace
	if mustName && place == "" {
		place = w.fullPlace(d, young)
	}
	switch {
	case d.followUp:
		row.Text = w.followUp(d)
		if w.chance(0.5) {
			addr = ""
		}
	case d.channel == "phone":
		row.Text = w.operatorText(d, place, mustName)
	case young:
		row.Text = w.finglishText(is.p, place)
	case d.channel == "messenger":
		row.Text = w.shortText(is.p, place)
	default:
		row.Text = w.citizenText(is.p, place)
	}
	row.Address = addr
	row.Status = w.status(d, opt)
	w.prev[is] = append(w.prev[is], d.id)
	return row
}

// category is the operator's hint: mostly right, sometimes vague, sometimes wrong.
func (w *writer) category(p *problem) string {
	x := w.r.Float64()
	switch {
	case x < 0.10:
		return w.pick(vagueCategories)
	case x < 0.25:
		return w.pick(allCategories())
	}
	return p.category
}

// place returns how this caller names the place in the text (may be empty) and what goes
// in the address field.
func (w *writer) place(d *draft, young bool) (inText, addr string) {
	is := d.is
	if is.noPlace {
		return "", ""
	}
	v := is.v
	name := w.pick(v.names)
	if young {
		name = w.pick(v.finglish)
	}
	var ref string
	switch {
	case is.sp != nil && !d.village:
		if young {
			ref = w.pick(is.sp.finglish)
		} else {
			ref = w.pick(is.sp.refs)
		}
	case is.sp == nil:
		// a village-wide problem: the caller's own house, anywhere in the village
		if is.mahalle != "" && (young || w.chance(0.6)) {
			if young {
				ref = "mahale " + map[bool]string{true: "bala", false: "paein"}[strings.Contains(is.mahalle, "بالا")]
			} else {
				ref = is.mahalle
			}
		} else if !young && w.chance(0.4) {
			sp := v.spots[w.r.IntN(len(v.spots))]
			ref = w.pick(sp.refs)
		}
	}
	road := ""
	if !young && is.sp != nil && !d.village && w.chance(0.25) {
		road = w.pick(v.road)
	}
	// the text
	if young {
		inText = strings.TrimSpace(name + " " + ref)
	} else {
		switch w.r.IntN(4) {
		case 0:
			inText = join("، ", "روستای "+name, road, ref)
		case 1:
			inText = join(" ", ref, name)
		case 2:
			inText = join(" ", name, ref)
		default:
			inText = ""
		}
	}
	// the address field
	x := w.r.Float64()
	switch d.channel {
	case "phone":
		if x < 0.85 {
			addr = w.operatorAddress(name, road, ref, is)
		}
	case "web":
		if x < 0.9 {
			addr = join(w.pick([]string{"، ", " - ", " ", "،"}), name, road, ref)
		}
	default: // app, messenger: coordinates often stand in for the address
		if x < 0.55 {
			addr = join(" ", name, ref)
		}
	}
	if addr != "" && w.chance(0.07) {
		addr += " پلاک " + digits(w.r, 1+w.r.IntN(80))
	}
	return inText, w.noise(addr)
}

// fullPlace names the village and, for a spot, one of its landmarks.
func (w *writer) fullPlace(d *draft, young bool) string {
	if young {
		name := w.pick(d.is.v.finglish)
		if d.is.sp != nil && !d.village {
			return name + " " + w.pick(d.is.sp.finglish)
		}
		return name
	}
	name := "روستای " + w.pick(d.is.v.names)
	if d.is.sp != nil && !d.village {
		return name + "، " + w.pick(d.is.sp.refs)
	}
	return name
}

func (w *writer) operatorAddress(name, road, ref string, is *issue) string {
	prefix := w.pick([]string{"روستای ", "روستای ", "", "رشت، روستای ", "منطقه الحاقی "})
	sep := w.pick([]string{"، ", " - ", "، "})
	return join(sep, prefix+name, road, ref)
}

func join(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

var (
	greetings = []string{"سلام", "سلام خسته نباشید", "با سلام و احترام", "سلام وقت بخیر", "سلام علیکم", "", "", ""}
	fillers   = []string{"خیلی وقته همینطوره", "چند بار زنگ زدیم کسی نیومد", "تو رو خدا رسیدگی کنید", "ممنون میشم پیگیری کنید",
		"لطفا هر چه زودتر اقدام کنید", "خیلی ناراحتیم", "مگه ما جزو شهر نیستیم؟", "عوارض می‌دیم ولی خبری نیست",
		"بیدین چی بوکونیم آخه", "تی قوربان ایتا کاری بوکونید", "خوب نیه اینجوری", "ممنون از زحماتتون", "", "", ""}
	callers = []string{"شهروند اعلام کرد ", "تماس‌گیرنده اظهار داشت ", "خانم مسنی تماس گرفته و اعلام کرد ",
		"آقای مسنی از اهالی تماس گرفته؛ ", "اعلام شهروند: ", "یکی از اهالی اطلاع داد ", "شهروند (به زبان گیلکی) اظهار داشت "}
	closings = []string{"درخواست رسیدگی دارند.", "لطفا پیگیری شود.", "خواستار اعزام اکیپ هستند.", "", ""}
)

func (w *writer) operatorText(d *draft, place string, mustName bool) string {
	var b strings.Builder
	if d.repeat {
		b.WriteString(w.pick([]string{"تماس مجدد؛ ", "تماس مکرر، ", "برای چندمین بار تماس گرفته‌اند؛ "}))
	}
	b.WriteString(w.pick(callers))
	if place != "" && (mustName || w.chance(0.7)) {
		b.WriteString("در " + place + " ")
	}
	b.WriteString(w.pick(d.is.p.operator))
	if w.chance(0.15) {
		b.WriteString("؛ به گفته ایشان «" + w.pick(d.is.p.citizen) + "»")
	}
	b.WriteString(". ")
	b.WriteString(w.pick(closings))
	return strings.TrimSpace(w.light(b.String()))
}

func (w *writer) citizenText(p *problem, place string) string {
	parts := []string{w.pick(greetings)}
	phrase := w.pick(p.citizen)
	if place != "" {
		if w.chance(0.5) {
			parts = append(parts, place+"،", phrase)
		} else {
			parts = append(parts, phrase, "("+place+")")
		}
	} else {
		parts = append(parts, phrase)
	}
	parts = append(parts, w.pick(fillers))
	return w.noise(join(" ", parts...))
}

func (w *writer) shortText(p *problem, place string) string {
	s := w.pick(p.short)
	if place != "" {
		s = join(" ", s, place)
	}
	if w.chance(0.3) {
		s += w.pick([]string{"!!", "؟؟", " لطفا", " فوری"})
	}
	return w.noise(s)
}

func (w *writer) finglishText(p *problem, place string) string {
	parts := []string{w.pick([]string{"salam", "slm", "salam khaste nabashid", ""}), w.pick(p.finglish)}
	if place != "" {
		parts = append(parts, place)
	}
	parts = append(parts, w.pick([]string{"lotfan residegi konid", "mamnoon", "lotfan", "", "khahesh mikonam zood biayn"}))
	return join(" ", parts...)
}

func (w *writer) followUp(d *draft) string {
	prev := w.prev[d.is]
	num := digits(w.r, atoiSafe(prev[w.r.IntN(len(prev))]))
	s := w.pick([]string{
		"پیگیری درخواست شماره " + num + "؛ هنوز هیچ اقدامی نشده",
		"با سلام، درخواست قبلی به شماره " + num + " بی‌نتیجه مانده",
		"پیرو درخواست " + num + " مشکل همچنان باقی است",
		"کد رهگیری " + num + " رو پیگیری کنید لطفا، کسی نیومد",
	})
	if w.chance(0.5) {
		s += "، " + w.pick(d.is.p.short)
	}
	return w.noise(s)
}

// coords are the spot's position (or for a village-wide problem the caller's house) moved
// 20–150 m, on the channels that send a location.
func (w *writer) coords(d *draft) (*float64, *float64) {
	share := map[string]float64{"app": 0.85, "web": 0.25, "messenger": 0.35}[d.channel]
	if !w.chance(share) {
		return nil, nil
	}
	is := d.is
	lat, lon := is.v.lat, is.v.lon
	if is.sp != nil {
		lat, lon = is.sp.lat, is.sp.lon
	} else {
		lat, lon = offset(lat, lon, w.r.Float64()*700, w.r.Float64()*2*math.Pi)
	}
	lat, lon = offset(lat, lon, 20+w.r.Float64()*130, w.r.Float64()*2*math.Pi)
	lat, lon = math.Round(lat*1e6)/1e6, math.Round(lon*1e6)/1e6
	return &lat, &lon
}

func (w *writer) status(d *draft, opt Options) string {
	age := opt.Start.AddDate(1, 0, 0).Sub(d.at).Hours() / 24
	if d.is.p.agency != "municipality" && w.chance(0.6) {
		return w.pick([]string{"referred", "referred", "ارجاع شده"})
	}
	if age < 20 {
		return w.pick([]string{"new", "new", "reviewing", "assigned", "در حال بررسی"})
	}
	x := w.r.Float64()
	switch {
	case x < 0.65:
		return w.pick([]string{"resolved", "resolved", "انجام شده"})
	case x < 0.8:
		return "in_progress"
	case x < 0.85:
		return "rejected"
	}
	return "assigned"
}
