package rasht40

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options says which year to write.
type Options struct {
	Seed     int64
	N        int    // requests; 6000 when 0
	District string // "2" when empty
}

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "2"
	}
	return o
}

// draft is one request before it has its tracking number.
type draft struct {
	is       *issue
	at       time.Time
	channel  string
	text     string
	address  string
	category string
	status   string
	lat, lon *float64
	follows  *draft // the earlier request a follow-up quotes
	digits   digitStyle
	id       string
}

// Generate writes the year: opt.N requests in time order with their truth.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht40: negative N")
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x9e3779b97f4a7c15^uint64(opt.Seed)>>1))
	issues := planIssues(rng, opt.N)
	var drafts []*draft
	for _, is := range issues {
		drafts = append(drafts, requestsOf(rng, is)...)
	}
	for i, d := range drafts {
		d.id = strconv.Itoa(i) // stable tie-break until the real numbers are given
	}
	slices.SortStableFunc(drafts, func(a, b *draft) int { return a.at.Compare(b.at) })
	// tracking numbers grow with time; other districts' requests take the gaps
	num := 140410000 + rng.IntN(5000)
	for _, d := range drafts {
		num += 1 + rng.IntN(9)
		d.id = strconv.Itoa(num)
	}
	// issues are named in order of their first request
	seen := 0
	for _, d := range drafts {
		if d.is.id == "" {
			seen++
			d.is.id = fmt.Sprintf("D2-%04d", seen)
		}
	}
	rows := make([]labelled.Row, 0, len(drafts))
	for _, d := range drafts {
		text := d.text
		if d.follows != nil {
			text = strings.ReplaceAll(text, "{id}", setDigits(d.follows.id, d.digits))
		}
		agency := d.is.agency
		rows = append(rows, labelled.Row{ID: d.id, District: opt.District, CreatedAt: d.at, Category: d.category,
			Text: text, Address: d.address, Lat: d.lat, Lon: d.lon, Channel: d.channel, Status: d.status,
			Group: d.is.id, Agency: agency})
	}
	return rows, nil
}

// Write generates the year and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

func pickChannel(rng *rand.Rand) string {
	switch u := rng.Float64(); {
	case u < 0.45:
		return "phone"
	case u < 0.80:
		return "app"
	case u < 0.92:
		return "web"
	}
	return "in_person"
}

// timeOfDay puts a request at an hour people call at; in-person forms are typed in a batch
// after the counter closes at 13:00 or the next morning.
func timeOfDay(rng *rand.Rand, t time.Time, channel string) time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	var h float64
	switch channel {
	case "phone":
		h = 8 + 13*math.Pow(rng.Float64(), 1.3)
	case "in_person":
		if d.Weekday() == time.Friday { // the office is closed: the form waits for Saturday
			d = d.AddDate(0, 0, 1)
		}
		if nowruzEnd := yearStart.AddDate(0, 0, 4); d.Before(nowruzEnd) { // closed for Nowruz
			d = nowruzEnd
		}
		if rng.Float64() < 0.6 {
			return d.Add(13*time.Hour + 20*time.Minute + time.Duration(rng.IntN(50))*time.Minute + time.Duration(rng.IntN(60))*time.Second)
		}
		if d.Weekday() == time.Thursday { // typed on Saturday morning
			d = d.AddDate(0, 0, 1)
		}
		return d.Add(32*time.Hour + time.Duration(rng.IntN(45))*time.Minute + time.Duration(rng.IntN(60))*time.Second)
	default:
		h = 7 + 17.5*rng.Float64()
		if rng.Float64() < 0.06 {
			h = rng.Float64() * 7 // a citizen up at night
		}
	}
	return d.Add(time.Duration(h * float64(time.Hour)))
}

func requestsOf(rng *rand.Rand, is *issue) []*draft {
	if is.prob != nil {
		is.agency = is.prob.agency
	}
	// calls are densest when the problem appears and thin out while it stays unfixed
	out := make([]*draft, is.size)
	for i := range out {
		t := is.start
		if i > 0 {
			t = t.Add(time.Duration(math.Pow(rng.Float64(), 1.6) * float64(is.span)))
		}
		ch := pickChannel(rng)
		out[i] = &draft{is: is, channel: ch, at: timeOfDay(rng, t, ch)}
	}
	slices.SortStableFunc(out, func(a, b *draft) int { return a.at.Compare(b.at) })
	for i, d := range out {
		if is.placeless != "" {
			writePlaceless(rng, d)
		} else {
			if i > 0 && rng.Float64() < 0.1 {
				// a follow-up quotes a request at least two days older
				j := rng.IntN(i)
				if d.at.Sub(out[j].at) >= 48*time.Hour {
					d.follows = out[j]
				}
			}
			writeRequest(rng, d)
		}
		d.status = status(rng, d)
	}
	return out
}

func isOperator(ch string) bool { return ch == "phone" || ch == "in_person" }

// writer is one person's keyboard and habits.
type writer struct {
	digits digitStyle
	arabic bool
	zw     int
}

func newWriter(rng *rand.Rand, ch string) writer {
	var w writer
	u := rng.Float64()
	if isOperator(ch) {
		w.digits = persianDigits
		if u < 0.15 {
			w.digits = latinDigits
		}
		w.arabic = rng.Float64() < 0.04
		w.zw = pick3(rng, 0.5, 0.35)
		return w
	}
	switch {
	case u < 0.5:
		w.digits = persianDigits
	case u < 0.9:
		w.digits = latinDigits
	default:
		w.digits = arabicDigits
	}
	w.arabic = rng.Float64() < 0.13
	w.zw = pick3(rng, 0.3, 0.45)
	return w
}

func pick3(rng *rand.Rand, a, b float64) int {
	switch u := rng.Float64(); {
	case u < a:
		return 0
	case u < a+b:
		return 1
	}
	return 2
}

func (w writer) apply(s string) string {
	s = setDigits(zwnj(s, w.zw), w.digits)
	if w.arabic {
		s = arabicLetters(s)
	}
	return s
}

func pickGrain(rng *rand.Rand, ch string) grain {
	var p [3]float64 // full, street, hood; the rest is none
	switch ch {
	case "phone":
		p = [3]float64{0.72, 0.12, 0.06}
	case "in_person":
		p = [3]float64{0.80, 0.10, 0.05}
	case "app":
		p = [3]float64{0.35, 0.15, 0.10}
	default:
		p = [3]float64{0.60, 0.15, 0.10}
	}
	u := rng.Float64()
	for i, x := range p {
		if u < x {
			return grain(i)
		}
		u -= x
	}
	return grainNone
}

func round6(x float64) *float64 {
	v := math.Round(x*1e6) / 1e6
	return &v
}

func writeRequest(rng *rand.Rand, d *draft) {
	is, p, sp := d.is, d.is.prob, d.is.sp
	w := newWriter(rng, d.channel)
	d.digits = w.digits
	pinP := map[string]float64{"app": 0.85, "web": 0.33, "phone": 0.04}[d.channel]
	if rng.Float64() < pinP {
		lat, lon := sp.lat, sp.lon
		if p.wide && sp.alley == 0 { // a stretch: callers stand anywhere along it
			f := (rng.Float64() - 0.5) * 0.008
			lat += (sp.st.lat1 - sp.st.lat0) * f / math.Max(0.001, math.Hypot(sp.st.lat1-sp.st.lat0, sp.st.lon1-sp.st.lon0))
			lon += (sp.st.lon1 - sp.st.lon0) * f / math.Max(0.001, math.Hypot(sp.st.lat1-sp.st.lat0, sp.st.lon1-sp.st.lon0))
		}
		lat, lon = jitter(rng, lat, lon)
		d.lat, d.lon = round6(lat), round6(lon)
	}
	g := pickGrain(rng, d.channel)
	finglish := d.channel == "app" && rng.Float64() < 0.06
	// a report without pin that names only the street or neighbourhood is written only
	// where the clerk can still tell which issue it is (README: the labelling rule)
	if d.lat == nil && ((g == grainStreet && !is.vagueStreet) || (g == grainHood && !is.vagueHood)) {
		g = grainFull
	}
	if finglish { // typed without a Persian keyboard: Latin digits too
		aw := w
		aw.digits = latinDigits
		d.address = aw.apply(address(rng, sp, g, finglish))
	} else {
		d.address = w.apply(address(rng, sp, g, finglish))
	}
	mention := ""
	textP := 0.35
	if isOperator(d.channel) {
		textP = 0.15
	}
	if g == grainNone && d.lat == nil {
		textP = 1
	}
	if rng.Float64() < textP {
		tg := grainFull
		if g == grainStreet || g == grainHood {
			tg = g
		}
		mention = inText(rng, sp, tg, g == grainNone && d.lat == nil)
	}
	d.text = w.apply(compose(rng, d, mention))
	if !isOperator(d.channel) {
		if rng.Float64() < 0.15 {
			d.text = misspellSome(rng, d.text)
		}
		if rng.Float64() < 0.10 {
			d.text = stretchLetters(rng, d.text)
		}
	}
	d.category = category(rng, d)
}

// compose writes the text of one request about its issue's problem.
func compose(rng *rand.Rand, d *draft, mention string) string {
	p, k := d.is.prob, d.is.kind
	if d.follows != nil {
		return followUp(rng, d, mention)
	}
	if isOperator(d.channel) {
		s := k.operator[rng.IntN(len(k.operator))]
		if mention != "" {
			sep := []string{" در ", " - ", "، "}[rng.IntN(3)]
			if !strings.HasPrefix(mention, "سر ") && !strings.HasPrefix(mention, "کوچه") && !strings.HasPrefix(mention, "خیابان") {
				sep = []string{" - ", "، "}[rng.IntN(2)]
			}
			s += sep + mention
		}
		if d.channel == "in_person" && rng.Float64() < 0.4 {
			s = "مراجعه حضوری: " + s
		}
		return s
	}
	if d.channel == "app" && (d.address != "" || d.lat != nil) && rng.Float64() < 0.04 {
		if f, ok := finglishText[p.code]; ok {
			return f[rng.IntN(len(f))]
		}
	}
	body := k.citizen[rng.IntN(len(k.citizen))]
	var parts []string
	greetP := 0.5
	if d.channel == "web" {
		greetP = 0.7
	}
	if rng.Float64() < greetP {
		parts = append(parts, greetings[rng.IntN(len(greetings))])
	}
	if rng.Float64() < 0.04 {
		parts = append(parts, fillers[rng.IntN(len(fillers))])
	}
	if mention != "" && rng.Float64() < 0.6 {
		parts = append(parts, mention, body)
	} else if mention != "" {
		parts = append(parts, body, mention)
	} else {
		parts = append(parts, body)
	}
	if d.channel == "web" && len(k.citizen) > 1 && rng.Float64() < 0.25 {
		// web forms are longer: a second sentence about the same thing
		second := k.citizen[rng.IntN(len(k.citizen))]
		for second == body {
			second = k.citizen[rng.IntN(len(k.citizen))]
		}
		parts = append(parts, "\u200c"+second)
	}
	if rng.Float64() < 0.5 {
		parts = append(parts, pleas[rng.IntN(len(pleas))])
	}
	s := strings.Join(parts, " ")
	s = strings.ReplaceAll(strings.ReplaceAll(s, "؟ \u200c", "؟ "), " \u200c", ". ")
	return s
}

func followUp(rng *rand.Rand, d *draft, mention string) string {
	k := d.is.kind
	var s string
	if isOperator(d.channel) {
		s = []string{
			"پیگیری درخواست شماره {id}، تاکنون اقدامی نشده است",
			"شهروند پیگیر درخواست قبلی ({id}) است، مشکل همچنان باقی است",
			"تماس مجدد شهروند در خصوص درخواست {id}",
			"پیگیری: " + k.operator[rng.IntN(len(k.operator))] + "، تماس مجدد",
		}[rng.IntN(4)]
	} else {
		s = []string{
			"سلام من قبلا درخواست دادم به شماره {id} هنوز کاری نکردین",
			"پیگیری درخواست {id}. " + k.citizen[rng.IntN(len(k.citizen))],
			"دوباره میگم " + k.citizen[rng.IntN(len(k.citizen))] + " هنوز درست نشده",
			"چند روز پیش گزارش دادم (کد رهگیری {id}) ولی هیچ خبری نشده",
		}[rng.IntN(4)]
	}
	if mention != "" {
		s += " - " + mention
	}
	return s
}

var vague = []string{"سایر", "خدمات شهری", "عمومی"}

func category(rng *rand.Rand, d *draft) string {
	p := d.is.prob
	if d.follows != nil && isOperator(d.channel) && rng.Float64() < 0.3 {
		return "پیگیری درخواست"
	}
	if p.agency != "municipality" && isOperator(d.channel) && rng.Float64() < 0.12 {
		return "خارج از حوزه شهرداری"
	}
	right, vagueP := 0.75, 0.15
	switch d.channel {
	case "app":
		right, vagueP = 0.6, 0.25
	case "web":
		right, vagueP = 0.65, 0.2
	}
	switch u := rng.Float64(); {
	case u < right:
		return p.category
	case u < right+vagueP:
		if d.channel == "app" {
			return "سایر"
		}
		return vague[rng.IntN(len(vague))]
	}
	return p.related[rng.IntN(len(p.related))]
}

func writePlaceless(rng *rand.Rand, d *draft) {
	w := newWriter(rng, d.channel)
	d.digits = w.digits
	s := d.is.placeless
	switch {
	case isOperator(d.channel): // the operator types what the caller said
		s = []string{"شهروند اظهار داشت: ", "گلایه شهروند: ", "تماس‌گیرنده می‌گوید "}[rng.IntN(3)] + s
	case rng.Float64() < 0.5:
		s = greetings[rng.IntN(len(greetings))] + " " + s
	}
	d.text = w.apply(s)
	if rng.Float64() < 0.3 {
		d.address = "رشت"
	}
	d.category = d.is.category
	if rng.Float64() < 0.3 {
		d.category = "سایر"
	}
}

// status is where the request stood when the year was exported.
func status(rng *rand.Rand, d *draft) string {
	left := yearStart.Add(year).Sub(d.at)
	u := rng.Float64()
	if d.is.agency != "municipality" {
		switch {
		case u < 0.7:
			return "referred"
		case u < 0.85:
			return "new"
		case u < 0.9:
			return "rejected"
		}
		return "reviewing"
	}
	if d.is.placeless != "" {
		if u < 0.5 {
			return "rejected"
		}
		return "resolved"
	}
	if left < 20*24*time.Hour {
		return []string{"new", "reviewing", "assigned", "in_progress"}[rng.IntN(4)]
	}
	switch {
	case u < 0.6:
		return "resolved"
	case u < 0.72:
		return "assigned"
	case u < 0.82:
		return "in_progress"
	case u < 0.87:
		return "rejected"
	case u < 0.95:
		return "new"
	}
	return "reviewing"
}

// finglishText: a few captions typed on a phone without a Persian keyboard.
var finglishText = map[string][]string{
	"garbage":      {"salam ashghal haye kooche jam nashode", "mashin zobale 2 rooze nayomade", "zobale ha rikhte to kooche lotfan residegi konid"},
	"asphalt":      {"asfalt kooche kharab shode pore chale", "chale bozorg vasat kooche hast"},
	"streetlight":  {"cheragh haye kooche khamooshe", "kooche shab ha tarike lamp sookhte"},
	"dogs":         {"sag velgard to kooche ziad shode", "sag ha be bache ha hamle mikonan"},
	"surfacewater": {"kooche ro ab gerefte", "joob gerefte ab too kooche mire"},
}
