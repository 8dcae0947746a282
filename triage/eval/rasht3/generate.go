package rasht3

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/jalaali/go-jalaali"
	"github.com/tafkik/tafkik"
	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options say what to generate. Zero values take the defaults.
type Options struct {
	Seed     int64
	N        int       // requests; default 6000
	District string    // default "3"
	Start    time.Time // default one year before End
	End      time.Time // default 2026-11-20
}

// Row is one generated request with its truth: the issue it belongs to and who must act.
type Row struct {
	ID           string
	District     string
	CreatedAt    time.Time
	Category     string
	Text         string
	Address      string
	Lat, Lon     float64
	HasLocation  bool
	Channel      string
	Status       string
	GroupID      string
	Jurisdiction tafkik.Agency
	// Kind is the problem code behind the request, for the generator's own statistics.
	Kind string
}

// Tehran has kept +03:30 all year since 2022.
var irst = time.FixedZone("IRST", 3*3600+1800)

func (o *Options) defaults() error {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 {
		return fmt.Errorf("rasht3: N must be positive, got %d", o.N)
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.End.IsZero() {
		o.End = time.Date(2026, 11, 20, 23, 59, 0, 0, irst)
	}
	if o.Start.IsZero() {
		o.Start = o.End.AddDate(-1, 0, 0)
	}
	if !o.End.After(o.Start.Add(24 * time.Hour)) {
		return fmt.Errorf("rasht3: End %s must be more than a day after Start %s", o.End, o.Start)
	}
	return nil
}

// issue is one distinct problem at one place in one episode.
type issue struct {
	id      string
	k       *kind
	p       *place
	start   time.Time
	size    int
	times   []time.Time
	prev    *issue // the earlier episode this one repeats
	favCore []int
	codes   []string // tracking codes of its requests so far, in time order
	vagueOK bool
}

type gen struct {
	rng    *rand.Rand
	w      *world
	opt    Options
	issues []*issue
	// episodes by kind and place key, to keep two issues from being the same thing
	byKey map[string][]*issue
	total int
	span  float64 // days in the window
	// storms are the days of heavy rain (autumn and winter in Gilan) when channels overflow
	// and trees fall all over the district at once.
	storms []float64
}

// stormy kinds mostly start on a storm day.
var stormy = map[string]bool{"surface_water": true, "channel_cover": true, "tree_prune": true, "power_line_tree": true, "power_outage": true}

func (g *gen) planStorms() {
	for d := 0.0; d < g.span; d++ {
		m := g.day(d).Month()
		wet := m >= time.September || m <= time.February
		if wet && chance(g.rng, 0.07) || !wet && chance(g.rng, 0.01) {
			g.storms = append(g.storms, d)
		}
	}
}

// startDay picks the day an issue of k begins.
func (g *gen) startDay(k *kind) time.Time {
	if stormy[k.code] && len(g.storms) > 0 && chance(g.rng, 0.6) {
		return g.day(pick(g.rng, g.storms) + g.rng.Float64()*1.5)
	}
	return g.day(g.rng.Float64() * (g.span - 1))
}

// Generate makes opt.N requests and their truth, the same for the same options.
func Generate(opt Options) ([]Row, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	g := &gen{
		rng:   newRand(opt.Seed),
		w:     buildWorld(),
		opt:   opt,
		byKey: map[string][]*issue{},
		span:  opt.End.Sub(opt.Start).Hours() / 24,
	}
	g.planStorms()
	g.plan()
	return g.write(), nil
}

func newRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
}

// outsideScale brings other agencies' problems to about an eighth of the requests; their
// weights in the kind table are relative to each other.
const outsideScale = 0.36

func weight(k *kind) float64 {
	if k.agency.Outside() {
		return k.weight * outsideScale
	}
	return k.weight
}

func (g *gen) pickKind() *kind {
	var sum float64
	for _, k := range kinds {
		sum += weight(k)
	}
	x := g.rng.Float64() * sum
	for _, k := range kinds {
		x -= weight(k)
		if x < 0 {
			return k
		}
	}
	return kinds[len(kinds)-1]
}

// baseSize draws how many people report one issue: most once or twice, a long tail.
func (g *gen) baseSize(k *kind) int {
	r := g.rng.Float64()
	var n float64
	switch {
	case r < 0.5:
		n = 1
	case r < 0.72:
		n = 2
	case r < 0.83:
		n = 3
	case r < 0.945:
		n = 4 + float64(g.rng.IntN(6))
	case r < 0.99:
		n = 10 + float64(g.rng.IntN(16))
	default:
		n = 26 + float64(g.rng.IntN(20))
	}
	if n > 1 {
		n = math.Round(n * k.bigger)
	}
	return max(1, int(n))
}

func (g *gen) day(d float64) time.Time {
	return g.opt.Start.Add(time.Duration(d * 24 * float64(time.Hour)))
}

// free reports whether is would not overlap an episode of the same problem at the same
// place, with a quiet gap of two months between episodes.
func (g *gen) free(is *issue) bool {
	from, to := is.times[0], is.times[len(is.times)-1]
	for _, o := range g.byKey[is.k.code+"|"+is.p.key] {
		if from.Before(o.times[len(o.times)-1].Add(60*24*time.Hour)) && to.After(o.times[0].Add(-60*24*time.Hour)) {
			return false
		}
	}
	return true
}

// try lays out the issue's reports and adds it unless it would be the same thing as an
// issue already there.
func (g *gen) try(is *issue) bool {
	if is.size <= 0 || !is.start.Before(g.opt.End) {
		return false
	}
	g.times(is)
	if !g.free(is) {
		return false
	}
	g.add(is)
	return true
}

func (g *gen) add(is *issue) {
	is.id = fmt.Sprintf("G%05d", len(g.issues)+1)
	g.issues = append(g.issues, is)
	key := is.k.code + "|" + is.p.key
	g.byKey[key] = append(g.byKey[key], is)
	g.total += is.size
	// which core phrases this issue's reporters lean on: the thing everybody sees there
	for range 1 + g.rng.IntN(2) {
		is.favCore = append(is.favCore, g.rng.IntN(len(is.k.core)))
	}
}

// times spreads an issue's reports: a first one, then the others over days or weeks; the
// big ones go on for months.
func (g *gen) times(is *issue) {
	t := is.start
	big := is.size >= 40
	spanMax := g.opt.End.Sub(is.start).Hours() / 24
	longSpan := 50 + g.rng.Float64()*100
	for i := 0; i < is.size; i++ {
		if i > 0 {
			var d float64
			if big {
				u := g.rng.Float64()
				d = longSpan * math.Pow(u, 1.4)
				t = is.start.Add(time.Duration(d * 24 * float64(time.Hour)))
			} else {
				d = g.rng.ExpFloat64() * is.k.spread * (0.5 + 2/float64(is.size+1))
				t = t.Add(time.Duration(d * 24 * float64(time.Hour)))
			}
			if t.Sub(is.start).Hours()/24 > spanMax {
				t = is.start.Add(time.Duration(g.rng.Float64() * spanMax * 24 * float64(time.Hour)))
			}
		}
		is.times = append(is.times, g.clock(t, is.k))
	}
	slices.SortFunc(is.times, func(a, b time.Time) int { return a.Compare(b) })
}

// clock puts a report at a believable hour of its day: mostly 8 to 23, any hour for gas
// and outages.
func (g *gen) clock(t time.Time, k *kind) time.Time {
	t = t.In(irst)
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, irst)
	var h float64
	if k.code == "gas_smell" || k.code == "power_outage" || k.code == "water_main" || k.code == "neighbour_noise" {
		h = float64(t.Hour()) + float64(t.Minute())/60
	} else {
		h = 8 + g.rng.Float64()*15
		if chance(g.rng, 0.15) {
			h = 7 + g.rng.Float64()*3
		}
	}
	out := d.Add(time.Duration(h * float64(time.Hour))).Add(time.Duration(g.rng.IntN(60)) * time.Second)
	if out.After(g.opt.End) {
		out = g.opt.End.Add(-time.Duration(g.rng.IntN(3600)) * time.Second)
	}
	if out.Before(g.opt.Start) {
		out = g.opt.Start.Add(time.Duration(g.rng.IntN(3600)) * time.Second)
	}
	return out
}

// newIssue places a new issue of k somewhere in the district at some time.
func (g *gen) newIssue(k *kind, size int) *issue { return g.newIssueAt(k, size, k.levels) }

// newIssueAt is newIssue at one of the given levels.
func (g *gen) newIssueAt(k *kind, size int, levels []level) *issue {
	for range 25 {
		p := g.w.placeAt(g.rng, pick(g.rng, levels))
		is := &issue{k: k, p: p, start: g.startDay(k), size: size, vagueOK: true}
		if g.try(is) {
			return is
		}
	}
	return nil
}

// plan lays out the issues until they hold N requests, with the hard cases on purpose:
// the next alley with the same problem, another problem at the same alley, the same
// problem again months after a repair.
func (g *gen) plan() {
	n := g.opt.N
	// the giants: a hundred calls about one alley's asphalt
	giants := max(1, int(math.Round(float64(n)/2000)))
	if n < 200 {
		giants = 0
	}
	giantKinds := []string{"asphalt", "surface_water", "garbage", "stray_dogs", "asphalt", "sewage"}
	for i := 0; i < giants && g.total < n; i++ {
		k := kindByCode(giantKinds[i%len(giantKinds)])
		size := min(n-g.total, 70+g.rng.IntN(60))
		g.newIssueAt(k, size, []level{lvAlley})
	}
	for g.total < n {
		k := g.pickKind()
		size := min(n-g.total, g.baseSize(k))
		if is := g.newIssue(k, size); is != nil {
			g.spawn(is)
		}
	}
}

func (g *gen) spawn(is *issue) {
	n := g.opt.N
	room := func() int { return n - g.total }
	// the next alley, same problem, same weeks
	if chance(g.rng, 0.07) && room() > 0 && (is.p.lv == lvAlley || is.p.lv == lvStreet) {
		if q := g.w.neighbour(g.rng, is.p); q != nil {
			start := is.start.Add(time.Duration((g.rng.Float64()*14 - 4) * 24 * float64(time.Hour)))
			size := min(room(), g.baseSize(is.k))
			if start.After(g.opt.Start) {
				g.try(&issue{k: is.k, p: q, start: start, size: size, vagueOK: true})
			}
		}
	}
	// a different problem at the same place, same weeks
	if chance(g.rng, 0.07) && room() > 0 && is.p.lv != lvHood {
		var k *kind
		if len(is.k.again) > 0 && chance(g.rng, 0.6) {
			k = kindByCode(pick(g.rng, is.k.again))
		} else {
			k = g.pickKind()
		}
		if k != is.k && slices.Contains(k.levels, is.p.lv) {
			start := is.start.Add(time.Duration((g.rng.Float64()*10 - 3) * 24 * float64(time.Hour)))
			size := min(room(), g.baseSize(k))
			// the category cannot tell these apart, so a text that says nothing would be a coin toss
			if start.After(g.opt.Start) && g.try(&issue{k: k, p: is.p, start: start, size: size}) {
				is.vagueOK = false
			}
		}
	}
	// the same problem, months after the last report: a new episode
	if chance(g.rng, 0.08) && room() > 0 && is.size >= 1 {
		last := is.times[len(is.times)-1]
		start := last.Add(time.Duration((75 + g.rng.Float64()*150) * 24 * float64(time.Hour)))
		if start.Before(g.opt.End.Add(-48 * time.Hour)) {
			size := min(room(), g.baseSize(is.k))
			g.try(&issue{k: is.k, p: is.p, start: start, size: size, prev: is, vagueOK: true})
		}
	}
}

// write turns the plan into rows: ids in time order, texts, addresses, coordinates,
// categories and statuses.
func (g *gen) write() []Row {
	type slot struct {
		is *issue
		t  time.Time
		i  int
	}
	var slots []slot
	for _, is := range g.issues {
		for i, t := range is.times {
			slots = append(slots, slot{is, t, i})
		}
	}
	slices.SortStableFunc(slots, func(a, b slot) int { return a.t.Compare(b.t) })
	rows := make([]Row, 0, len(slots))
	perDay := map[string]int{}
	texts := map[*issue][]string{}
	for _, s := range slots {
		is, rng := s.is, g.rng
		id := g.trackingCode(s.t, perDay)
		r := Row{ID: id, District: g.opt.District, CreatedAt: s.t, GroupID: is.id,
			Jurisdiction: is.k.agency, Kind: is.k.code}
		p := g.reportedPlace(is)

		t := &talk{k: is.k, p: p, favCore: is.favCore, followUp: s.i > 0}
		if len(is.codes) > 0 {
			t.prior = pick(rng, is.codes)
		}
		if is.prev != nil {
			t.again = chance(rng, 0.45)
			if len(is.prev.codes) > 0 && chance(rng, 0.25) {
				t.oldCode = pick(rng, is.prev.codes)
			}
		}
		if _, ok := passing[is.k.code]; ok && chance(rng, 0.12) {
			t.passing = true
		}
		if chance(rng, 0.05) {
			t.since = jalaliDate(rng, s.t.Add(-time.Duration(1+rng.IntN(40))*24*time.Hour))
		}
		if chance(rng, 0.05) {
			if k := g.pickKind(); k != is.k && !k.agency.Outside() && slices.Contains(k.levels, is.p.lv) {
				t.aside = k
			}
		}
		switch v := rng.Float64(); {
		case v < 0.035:
			t.v = voiceFinglish
		case is.vagueOK && v < 0.075:
			t.v = voiceVague
		case v < 0.55:
			t.v = voiceCitizen
		case v < 0.7:
			t.v = voiceCaller
		default:
			t.v = voiceOperator
		}
		switch t.v {
		case voiceOperator, voiceCaller:
			r.Channel = pick(rng, []string{"phone", "phone", "phone", "137"})
		default:
			r.Channel = pick(rng, []string{"app", "app", "app", "web", "sms"})
		}
		// where the place is: both fields, address only, text only, or nowhere
		inAddr := true
		switch m := rng.Float64(); {
		case t.v == voiceVague:
			inAddr = m < 0.9
			t.inText = !inAddr || m < 0.2
		case m < 0.42:
			t.inText = true
		case m < 0.74:
		case m < 0.93:
			t.inText, inAddr = true, false
		default:
			inAddr = false
		}
		prev := texts[is]
		if len(prev) > 0 && chance(rng, 0.04) {
			// the same person sends the same words again
			r.Text = pick(rng, prev)
		} else {
			r.Text = t.write(rng)
			if t.v == voiceOperator {
				r.Text = tidy(rng, r.Text)
			} else {
				if t.v != voiceFinglish && chance(rng, 0.5) {
					r.Text = vary(rng, r.Text)
				}
				r.Text = roughen(rng, r.Text, r.Channel == "app")
			}
			r.Text = digits(rng, r.Text, pickDigits(rng))
		}
		texts[is] = append(prev, r.Text)
		if inAddr && t.inText && p.lv == lvAlley && chance(rng, 0.06) {
			// the address is the caller's home on the same street; the text says where the trouble is
			if home := g.w.neighbour(rng, p); home != nil {
				r.Address = digits(rng, address(rng, home), pickDigits(rng))
				inAddr = false
			}
		}
		if inAddr {
			a := address(rng, p)
			if chance(rng, 0.1) {
				a = arabicLetters(rng, a, true)
			}
			r.Address = digits(rng, a, pickDigits(rng))
		}
		if chance(rng, 0.6) {
			pt := jitter(rng, p.at)
			r.Lat, r.Lon, r.HasLocation = round6(pt.lat), round6(pt.lon), true
		}
		r.Category = g.category(is.k)
		r.Status = g.status(is.k, s.t)
		is.codes = append(is.codes, id)
		rows = append(rows, r)
	}
	return rows
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// reportedPlace is the place as this reporter knows it: for a neighbourhood-wide problem,
// their own street in it.
func (g *gen) reportedPlace(is *issue) *place {
	if is.p.lv != lvHood {
		return is.p
	}
	p := *is.p
	if chance(g.rng, 0.5) {
		p.street = pick(g.rng, p.hood.streets)
		p.at = p.street.along(g.rng.Float64()*p.street.length, 0)
	} else {
		p.at = p.hood.center.move(g.rng.Float64()*300-150, g.rng.Float64()*300-150)
	}
	return &p
}

// trackingCode is a 137-style id: the Jalali date and a running number of the day.
func (g *gen) trackingCode(t time.Time, perDay map[string]int) string {
	t = t.In(irst)
	jy, jm, jd, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		jy, jm, jd = t.Year(), jalaali.Month(t.Month()), t.Day()
	}
	day := fmt.Sprintf("%04d%02d%02d", jy, int(jm), jd)
	perDay[day]++
	return fmt.Sprintf("%s3%04d", day, perDay[day])
}

// jalaliDate writes t as people write a date: 1405/07/12, 12 مهر or ۱۲/۷.
func jalaliDate(rng *rand.Rand, t time.Time) string {
	t = t.In(irst)
	jy, jm, jd, err := jalaali.ToJalaali(t.Year(), t.Month(), t.Day())
	if err != nil {
		return ""
	}
	months := []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}
	switch rng.IntN(3) {
	case 0:
		return fmt.Sprintf("%d/%02d/%02d", jy, int(jm), jd)
	case 1:
		return fmt.Sprintf("%d %s", jd, months[int(jm)-1])
	}
	return fmt.Sprintf("%d/%d", jd, int(jm))
}

// lookalikes are municipal problems a desk often files as another agency's.
var lookalikes = map[string]bool{"surface_water": true, "channel_cover": true, "park_light": true, "tree_prune": true,
	"construction_nuisance": true, "sidewalk_obstruction": true, "deco_light": true}

// category is the operator's pick: mostly right, sometimes a neighbour, vague or wrong.
func (g *gen) category(k *kind) string {
	if lookalikes[k.code] && chance(g.rng, 0.07) {
		return pick(g.rng, []string{catOutside, catUtility})
	}
	switch r := g.rng.Float64(); {
	case r < 0.72:
		return k.cats[0]
	case r < 0.82 && len(k.cats) > 1:
		return pick(g.rng, k.cats[1:])
	case r < 0.9:
		return catOther
	case r < 0.95:
		return pick(g.rng, allCats)
	}
	return ""
}

// status follows age: recent requests are open, older ones done or referred out.
func (g *gen) status(k *kind, t time.Time) string {
	age := g.opt.End.Sub(t).Hours() / 24
	rng := g.rng
	var st tafkik.Status
	switch {
	case chance(rng, 0.05):
		return ""
	case age < 7:
		st = pick(rng, []tafkik.Status{tafkik.StatusNew, tafkik.StatusNew, tafkik.StatusReviewing})
	case age < 40:
		st = pick(rng, []tafkik.Status{tafkik.StatusReviewing, tafkik.StatusAssigned, tafkik.StatusInProgress, tafkik.StatusResolved})
		if k.agency.Outside() && chance(rng, 0.5) {
			st = tafkik.StatusReferred
		}
	default:
		st = pick(rng, []tafkik.Status{tafkik.StatusResolved, tafkik.StatusResolved, tafkik.StatusResolved, tafkik.StatusInProgress})
		if chance(rng, 0.05) {
			st = tafkik.StatusRejected
		}
		if k.agency.Outside() && chance(rng, 0.7) {
			st = tafkik.StatusReferred
		}
	}
	if chance(rng, 0.15) {
		if w, ok := persianStatus[st]; ok {
			return w
		}
	}
	return string(st)
}

var persianStatus = map[tafkik.Status]string{
	tafkik.StatusNew: "ثبت شده", tafkik.StatusReviewing: "در حال بررسی", tafkik.StatusAssigned: "ارجاع به واحد",
	tafkik.StatusInProgress: "در حال انجام", tafkik.StatusResolved: "انجام شده", tafkik.StatusReferred: "ارجاع شده",
	tafkik.StatusRejected: "رد شده",
}

// Write generates and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return WriteRows(dir, rows)
}

// WriteRows writes rows as dir/requests.jsonl and dir/truth.csv (labelled.Write).
func WriteRows(dir string, rows []Row) error {
	out := make([]labelled.Row, len(rows))
	for i, r := range rows {
		out[i] = labelled.Row{ID: r.ID, District: r.District, CreatedAt: r.CreatedAt, Category: r.Category,
			Text: r.Text, Address: r.Address, Channel: r.Channel, Status: r.Status, Group: r.GroupID,
			Agency: string(r.Jurisdiction)}
		if r.HasLocation {
			lat, lon := r.Lat, r.Lon
			out[i].Lat, out[i].Lon = &lat, &lon
		}
	}
	return labelled.Write(dir, out)
}
