package rasht25

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options chooses the set: the seed fixes every draw, N the number of requests.
type Options struct {
	Seed     int64
	N        int    // requests; default 6000
	District string // the district code written in every row; default "1"
	// Start is the first day of the year written (default 1 Farvardin 1404, Tehran time);
	// Days its length (default 365).
	Start time.Time
	Days  int
}

var tehran = time.FixedZone("IRST", 3*3600+1800) // Iran has kept +03:30 all year since 2022

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "1"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	if o.Days == 0 {
		o.Days = 365
	}
	return o
}

// Generate writes the year: rows in time order, each with its true issue and agency.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, fmt.Errorf("n %d: want a positive number of requests", opt.N)
	}
	if opt.Days < 60 {
		return nil, errors.New("days: a year of episodes needs at least 60 days")
	}
	r := newRand(opt.Seed)
	p := &planner{r: r, d: buildDistrict(), start: opt.Start, days: opt.Days, used: map[string][][2]time.Time{}}
	p.plan(opt.N)

	var evs []*event
	for _, is := range p.issues {
		var prev *event
		for k, t := range is.times {
			e := &event{at: t, is: is, k: k, channel: []string{chApp, chPhone, chWeb, chDesk}[pick(r, []float64{0.5, 0.33, 0.1, 0.07})]}
			if is.placeless && e.channel != chApp {
				e.channel = chPhone
			}
			e.at = typedAt(r, e.channel, e.at, opt.Start)
			if prev != nil && prev.channel == chApp && r.Float64() < 0.03 {
				// the app sent it twice: a second tap, or a retry on a bad connection
				e.channel, e.copyOf = chApp, prev
				e.at = prev.at.Add(time.Duration(20+r.IntN(600)) * time.Second)
			}
			evs = append(evs, e)
			prev = e
		}
	}
	order := map[*issue]int{}
	for i, is := range p.issues {
		order[is] = i
	}
	slices.SortStableFunc(evs, func(a, b *event) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		if c := order[a.is] - order[b.is]; c != 0 {
			return c
		}
		return a.k - b.k
	})

	// ids: the city's 137 numbers requests of all districts in one sequence
	seq := 1404_0_100000 + r.IntN(5000)
	labels := 0
	byIssue := map[*issue][]*event{}
	for _, e := range evs {
		seq += 1 + r.IntN(7)
		e.id = fmt.Sprint(seq)
		if e.is.label == "" {
			labels++
			e.is.label = fmt.Sprintf("r25-%05d", labels)
		}
		// a citizen calling again about their own earlier request
		if prev := byIssue[e.is]; len(prev) > 0 && e.copyOf == nil && r.Float64() < 0.14 {
			ref := prev[r.IntN(len(prev))]
			if e.at.Sub(ref.at) > 12*time.Hour && e.channel != chDesk {
				e.follows = ref
				if e.channel == chWeb {
					e.channel = chPhone
				}
			}
		}
		byIssue[e.is] = append(byIssue[e.is], e)
	}

	end := opt.Start.Add(time.Duration(opt.Days) * 24 * time.Hour)
	rows := make([]labelled.Row, 0, len(evs))
	for _, e := range evs {
		e.row = render(r, e, opt.District, end)
		rows = append(rows, e.row)
	}
	return rows, nil
}

// typedAt is when the request entered the system: the desk types its queue in batches in
// office hours; night calls some operators type in the morning.
func typedAt(r *rand.Rand, channel string, t, yearStart time.Time) time.Time {
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	switch channel {
	case chDesk:
		// the office is shut on Fridays and over Nowruz (1–4 and 12–13 Farvardin)
		switch n := int(day.Sub(yearStart).Hours() / 24); {
		case n >= 0 && n < 4:
			day = yearStart.AddDate(0, 0, 4)
		case n == 11 || n == 12:
			day = yearStart.AddDate(0, 0, 13)
		}
		if day.Weekday() == time.Friday {
			day = day.AddDate(0, 0, 1)
		}
		if r.Float64() < 0.4 { // the queue typed after the desk closes
			return day.Add(13*time.Hour + 30*time.Minute + time.Duration(r.IntN(45*60))*time.Second)
		}
		return day.Add(8*time.Hour + time.Duration(r.IntN(5*3600+1800))*time.Second)
	case chPhone:
		if t.Hour() < 6 && r.Float64() < 0.3 {
			return day.Add(7*time.Hour + 30*time.Minute + time.Duration(r.IntN(90*60))*time.Second)
		}
	}
	return t
}

// render writes what the citizen or the operator wrote for one request.
func render(r *rand.Rand, e *event, districtCode string, end time.Time) labelled.Row {
	is, pr := e.is, e.is.prob
	h := newHand(r, e.channel)
	operator := e.channel == chPhone || e.channel == chDesk
	row := labelled.Row{ID: e.id, District: districtCode, CreatedAt: e.at, Channel: e.channel,
		Group: is.label, Agency: pr.agency}
	row.Category = cat(category(r, pr, e.channel))
	row.Status = status(r, pr.agency, e.at, end)
	if o := e.copyOf; o != nil {
		row.Category, row.Text, row.Address = o.row.Category, o.row.Text, o.row.Address
		if o.row.Lat != nil {
			lat, lon := jitter(r, *o.row.Lat, *o.row.Lon, 0, 15)
			lat, lon = round6(lat), round6(lon)
			row.Lat, row.Lon = &lat, &lon
		}
		return row
	}

	var sp *spot
	if !is.placeless {
		sp = &is.sp
	}
	// the pin: the app's location when it was on, the web's map picker, rarely an operator's
	if sp != nil && e.follows == nil {
		if pin := map[string]float64{chApp: 0.7, chWeb: 0.2, chPhone: 0.04}[e.channel]; r.Float64() < pin {
			lat, lon := jitter(r, sp.lat, sp.lon, 20, 150)
			lat, lon = round6(lat), round6(lon)
			row.Lat, row.Lon = &lat, &lon
		}
	}

	if h.finglis && e.follows == nil {
		place := ""
		if sp != nil {
			place = finglishPlace(r, *sp)
		}
		row.Text = strings.Join(strings.Fields(strings.ReplaceAll(one(r, pr.fing), "{p}", place)), " ")
		if sp != nil && row.Lat == nil && r.IntN(2) == 0 {
			row.Address = finglishPlace(r, *sp)
		}
		return row
	}

	templates := pr.app
	inText := 0.6
	switch e.channel {
	case chPhone, chDesk:
		templates, inText = pr.op, 0.7
	case chWeb:
		templates, inText = pr.web, 0.7
	}
	text := one(r, templates)
	if e.channel == chApp && len(pr.terse) > 0 && sp != nil && e.follows == nil && r.Float64() < 0.12 {
		text = one(r, pr.terse) // a photo and a word; the pin or the address says where
		if row.Lat == nil && r.IntN(2) == 0 {
			text += " " + placeText(r, *sp, 0.1)
		}
	}
	words := 0.1
	if operator {
		words = 0.04
	}
	named := sp != nil && strings.Contains(text, "{p}") && r.Float64() < inText
	switch {
	case named:
		text = strings.Replace(text, "{p}", placeText(r, *sp, words), 1)
		// «در نبش کوچه ۸» reads, «در بعد از کوچه ۸» does not
		for _, prep := range []string{"بعد از", "نرسیده به", "جلوی", "روبروی", "سر ", "جلو در", "کنار", "نزدیک", "پشت"} {
			text = strings.Replace(text, "در "+prep, prep, 1)
		}
	case operator: // the address field carries the place; the summary says «در محل» or nothing
		text = strings.Replace(text, "در {p}", "در "+deictic(r, sp, true), 1)
		text = strings.Join(strings.Fields(strings.Replace(text, "{p}", "", 1)), " ")
		text = strings.NewReplacer(" ،", "،", " .", ".").Replace(text)
	default:
		text = strings.Replace(text, "{p}", deictic(r, sp, false), 1)
	}

	addr := ""
	if sp != nil {
		switch {
		case e.channel == chApp && r.Float64() < 0.4, e.channel == chWeb && r.Float64() < 0.15, operator && r.Float64() < 0.04:
		case r.Float64() < 0.1:
			addr = hoodName(r, sp.hood)
		default:
			addr = address(r, *sp, e.channel)
		}
	} else if operator && r.IntN(3) == 0 {
		addr = "رشت"
	}
	if !operator && r.Float64() < 0.025 { // and while they are at it, a second matter
		other := problems[r.IntN(len(problems))]
		if other != pr && other.agency == municipality {
			aside := strings.Join(strings.Fields(strings.Replace(one(r, other.app), "{p}", "", 1)), " ")
			text += one(r, []string{". ضمنا ", "، تازه ", ". یه مشکل دیگه هم هست: "}) + aside
		}
	}
	if e.follows != nil {
		text = followUp(r, e, text, operator)
		if r.IntN(2) == 0 {
			addr = ""
		}
	} else if sp != nil && !named && addr == "" && row.Lat == nil {
		// the rule keeps placeless requests for singletons: a member of a real issue says where
		addr = address(r, *sp, e.channel)
	}
	row.Text = h.write(r, dress(r, text, e.channel), true)
	row.Address = h.write(r, addr, false)
	return row
}

func followUp(r *rand.Rand, e *event, text string, operator bool) string {
	ref := e.follows.id
	if operator {
		return one(r, []string{
			"پیگیری درخواست شماره " + ref + ". شهروند اعلام نمود تاکنون اقدامی صورت نگرفته است.",
			"تماس مجدد شهروند بابت درخواست " + ref + "، " + text,
			"پیگیری کد رهگیری " + ref + " - " + text,
			"شهروند جهت پیگیری درخواست قبلی (" + ref + ") تماس گرفت. مشکل همچنان پابرجاست.",
		})
	}
	return one(r, []string{
		"پیگیری " + ref + " هنوز درست نشده",
		"قبلا گزارش دادم (" + ref + ") ولی هیچ کاری نکردید. " + text,
		"دوباره میگم " + text,
		"چند بار گزارش دادم هنوز همونطوره. " + text,
	})
}

func category(r *rand.Rand, pr *problem, channel string) string {
	w := map[string][]float64{chApp: {0.64, 0.2, 0.14, 0.02}, chWeb: {0.7, 0.17, 0.12, 0.01},
		chPhone: {0.8, 0.1, 0.09, 0.01}, chDesk: {0.8, 0.12, 0.08, 0}}[channel]
	switch pick(r, w) {
	case 0:
		return pr.cat
	case 1:
		return one(r, vagueCats)
	case 2:
		return one(r, pr.near)
	}
	return ""
}

func status(r *rand.Rand, agency string, at, end time.Time) string {
	age := end.Sub(at).Hours() / 24
	st := []string{"new", "reviewing", "assigned", "in_progress", "resolved", "referred", "rejected"}
	var w []float64
	switch {
	case agency != municipality:
		w = []float64{0.08, 0.12, 0.03, 0.02, 0.1, 0.62, 0.03}
	case age < 7:
		w = []float64{0.45, 0.25, 0.15, 0.1, 0.05, 0, 0}
	case age < 45:
		w = []float64{0.05, 0.1, 0.2, 0.25, 0.33, 0.03, 0.04}
	default:
		w = []float64{0.01, 0.04, 0.04, 0.06, 0.77, 0.03, 0.05}
	}
	return st[pick(r, w)]
}

func newRand(seed int64) *rand.Rand { return rand.New(rand.NewPCG(uint64(seed), 0x7a5d25)) }

func round6(x float64) float64 { return float64(int64(x*1e6+0.5)) / 1e6 }

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}
