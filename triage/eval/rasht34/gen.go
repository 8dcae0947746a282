package rasht34

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Channels as the export names them.
const (
	chPhone  = "تلفن"
	chApp    = "اپلیکیشن"
	chWeb    = "سامانه وب"
	chPerson = "حضوری"
)

// Options says what to generate.
type Options struct {
	Seed     int64
	N        int    // requests; 6000 when 0
	District string // "3" when empty
	// Start is the first day of the year written; 1 Farvardin 1404 (21 March 2025) when zero.
	Start time.Time
}

var tehran = time.FixedZone("IRST", 3*3600+1800)

func (o Options) withDefaults() Options {
	if o.N == 0 {
		o.N = 6000
	}
	if o.District == "" {
		o.District = "3"
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2025, 3, 21, 0, 0, 0, 0, tehran)
	}
	return o
}

const (
	yearDays = 365
	// episodeGap is the labelling rule's: the same problem at the same spot three weeks after
	// the last report is a new episode, so no two episodes come closer than this.
	episodeGap = 21 * 24 * time.Hour
)

type issue struct {
	id    string
	prob  *problem
	spot  *spot
	times []time.Time
}

type draft struct {
	row labelled.Row
	seq int // creation order: breaks ties of equal times deterministically
}

// Generate writes one year of the district, rows in time order.
func Generate(opt Options) ([]labelled.Row, error) {
	opt = opt.withDefaults()
	if opt.N < 0 {
		return nil, errors.New("rasht34: negative N")
	}
	g := &generator{opt: opt, rng: newRand(opt.Seed),
		hoods: buildWorld(), episodes: map[episodeKey][][2]time.Time{}}
	for k := atAlley; k <= atPark; k++ {
		g.spots[k] = spotsOf(g.hoods, k)
	}
	issues := g.issues()
	var drafts []draft
	for _, is := range issues {
		// the hour and channel first, so that the first report in time is the first written
		// (no «پیگیری» before the report it follows)
		type call struct {
			ch string
			at time.Time
		}
		calls := make([]call, len(is.times))
		for k, day := range is.times {
			ch := g.channel()
			calls[k] = call{ch, g.clock(day, ch)}
		}
		sort.SliceStable(calls, func(i, j int) bool { return calls[i].at.Before(calls[j].at) })
		for k, c := range calls {
			drafts = append(drafts, draft{row: g.request(is, k, c.ch, c.at), seq: len(drafts)})
		}
	}
	sort.SliceStable(drafts, func(i, j int) bool {
		if !drafts[i].row.CreatedAt.Equal(drafts[j].row.CreatedAt) {
			return drafts[i].row.CreatedAt.Before(drafts[j].row.CreatedAt)
		}
		return drafts[i].seq < drafts[j].seq
	})
	rows := make([]labelled.Row, len(drafts))
	// 137 tracking numbers are city-wide: the district sees every few dozenth.
	id := int64(1404_0000000) + g.rng.Int64N(90_000)
	for i, d := range drafts {
		id += 1 + g.rng.Int64N(60)
		d.row.ID = strconv.FormatInt(id, 10)
		rows[i] = d.row
	}
	return rows, nil
}

// Write generates and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}

type episodeKey struct {
	spot *spot
	prob *problem
}

type generator struct {
	opt      Options
	rng      *rand.Rand
	hoods    []*hood
	spots    [atPark + 1][]*spot
	episodes map[episodeKey][][2]time.Time
	nIssues  int
	nSingle  int
}

// sampleSize: most issues draw one or two requests, a few dozens.
func (g *generator) sampleSize(chronic bool) int {
	u := g.rng.Float64()
	if !chronic {
		switch {
		case u < 0.68:
			return 1
		case u < 0.88:
			return 2
		case u < 0.96:
			return 3
		default:
			return 4 + g.rng.IntN(4)
		}
	}
	switch {
	case u < 0.52:
		return 1
	case u < 0.74:
		return 2
	case u < 0.84:
		return 3
	case u < 0.90:
		return 4 + g.rng.IntN(2)
	case u < 0.96:
		return 6 + g.rng.IntN(5)
	case u < 0.992:
		return 11 + g.rng.IntN(15)
	default:
		return 26 + g.rng.IntN(25)
	}
}

func (g *generator) issues() []*issue {
	var out []*issue
	total := 0
	// The year's two crowds, scaled to N: the asphalt of one long old alley and one street's
	// channel flooding through the autumn rains.
	if g.opt.N >= 1000 {
		alley := g.spots[atAlley][7]
		out = append(out, g.place(&problems[0], alley, 25, 150, g.opt.N/60))
		stretch := g.spots[atStretch][3]
		out = append(out, g.place(&problems[2], stretch, 215, 100, g.opt.N/85))
		total = len(out[0].times) + len(out[1].times)
	}
	weights := make([]float64, len(problems))
	for i, p := range problems {
		weights[i] = p.weight
	}
	for total < g.opt.N {
		p := &problems[weighted(g.rng, weights)]
		size := min(g.sampleSize(p.chronic), g.opt.N-total)
		var is *issue
		for try := 0; try < 40 && is == nil; try++ {
			s := g.spot(p)
			span := g.span(p, size)
			start := g.startDay(p, span)
			is = g.place(p, s, start, span, size)
		}
		if is == nil {
			continue
		}
		out = append(out, is)
		total += size
	}
	return out
}

func (g *generator) spot(p *problem) *spot {
	cands := g.spots[pick(g.rng, p.where)]
	w := make([]float64, len(cands))
	for i, s := range cands {
		w[i] = s.weight
	}
	return cands[weighted(g.rng, w)]
}

// span is how many days an episode's reports spread over.
func (g *generator) span(p *problem, size int) int {
	switch {
	case size == 1:
		return 0
	case !p.chronic:
		return 1 + g.rng.IntN(10)
	default:
		return min(3+size*(1+g.rng.IntN(4)), 140)
	}
}

// startDay draws the first day by the problem's season.
func (g *generator) startDay(p *problem, span int) int {
	last := max(yearDays-1-span, 0)
	for {
		d := g.rng.IntN(last + 1)
		month := min(d/31+1, 12)
		if d >= 186 {
			month = min(7+(d-186)/30, 12)
		}
		if g.rng.Float64()*2.5 < p.season(month) {
			return d
		}
	}
}

// place makes an issue of size reports from day start over span days at s, or nil if another
// episode of the same problem at the same spot comes within episodeGap.
func (g *generator) place(p *problem, s *spot, start, span, size int) *issue {
	day0 := g.opt.Start.AddDate(0, 0, start)
	times := make([]time.Time, size)
	for i := range times {
		off := 0.0
		if i > 0 {
			// most reports come in the first days, a tail keeps coming
			u := g.rng.Float64()
			off = float64(span) * u * u
		}
		times[i] = day0.Add(time.Duration(off * float64(24*time.Hour)))
	}
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	first, last := times[0], times[size-1].Add(24*time.Hour)
	key := episodeKey{s, p}
	for _, ep := range g.episodes[key] {
		if first.Before(ep[1].Add(episodeGap)) && ep[0].Before(last.Add(episodeGap)) {
			return nil
		}
	}
	g.episodes[key] = append(g.episodes[key], [2]time.Time{first, last})
	g.nIssues++
	return &issue{id: fmt.Sprintf("r34-%05d", g.nIssues), prob: p, spot: s, times: times}
}

// clock puts a report at an hour the channel is used; some phone calls are typed in by the
// next morning's shift.
func (g *generator) clock(day time.Time, channel string) time.Time {
	d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, tehran)
	var hour int
	switch channel {
	case chPhone:
		hour = 7 + weighted(g.rng, []float64{3, 6, 8, 8, 7, 5, 4, 4, 5, 6, 6, 5, 4, 3, 2, 1})
		if g.rng.Float64() < 0.07 {
			// a batch typed in at the start of the next morning's shift
			return d.AddDate(0, 0, 1).Add(7*time.Hour + 35*time.Minute + time.Duration(g.rng.IntN(40*60))*time.Second)
		}
	case chPerson:
		hour = 8 + g.rng.IntN(6)
	case chApp:
		hour = weighted(g.rng, []float64{2, 1, 1, 0.5, 0.3, 0.3, 0.6, 2, 4, 5, 5, 5, 5, 4, 4, 4, 5, 5, 6, 7, 7, 7, 6, 4})
	default:
		hour = weighted(g.rng, []float64{1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.5, 2, 4, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 4, 2})
	}
	return d.Add(time.Duration(hour)*time.Hour + time.Duration(g.rng.IntN(3600))*time.Second)
}

func (g *generator) channel() string {
	return []string{chPhone, chApp, chWeb, chPerson}[weighted(g.rng, []float64{55, 30, 8, 7})]
}

// request writes the k-th report of an issue.
func (g *generator) request(is *issue, k int, ch string, at time.Time) labelled.Row {
	rng := g.rng
	p, s := is.prob, is.spot
	row := labelled.Row{District: g.opt.District, CreatedAt: at, Channel: ch,
		Group: is.id, Agency: p.agency}

	// where the place is given: the address field, the text, a pin
	var addrLevel, pTextSpot float64
	var pinP float64
	switch ch {
	case chPhone:
		addrLevel = float64(weighted(rng, []float64{2, 3, 5, 90}))
		pTextSpot, pinP = 0.3, 0.04
	case chApp:
		addrLevel = float64(weighted(rng, []float64{45, 25, 5, 25}))
		pTextSpot, pinP = 0.45, 0.85
	case chWeb:
		addrLevel = float64(weighted(rng, []float64{8, 10, 4, 78}))
		pTextSpot, pinP = 0.6, 0.33
	default:
		addrLevel = float64(weighted(rng, []float64{4, 5, 3, 88}))
		pTextSpot, pinP = 0.4, 0
	}
	addrLvl, textLvl := int(addrLevel), levelNone
	row.Address = address(rng, s, addrLvl, ch == chPhone, false)

	tmpl := g.template(p, ch, k)
	fin := latin(strings.NewReplacer("{p}", "", "{at}", "", "{t}", "", "{n}", "").Replace(tmpl))
	place := fallback(rng, s, fin, ch != chApp)
	inAt := ""
	if strings.Contains(tmpl, "{p}") || strings.Contains(tmpl, "{at}") {
		if rng.Float64() < pTextSpot || (fin && rng.Float64() < 0.6) {
			textLvl = levelSpot
			if fin {
				place, textLvl = finglish(rng, s)
			} else {
				if rng.Float64() < 0.12 {
					textLvl = levelStreet
				}
				place = address(rng, s, textLvl, ch == chPhone, true)
			}
			inAt = "در " + place + " "
		}
	}
	if fin && rng.Float64() < 0.7 {
		// a Latin keyboard's caption rarely comes with a typed address
		row.Address, addrLvl = "", levelNone
	}
	level := max(addrLvl, textLvl)
	text := strings.NewReplacer("{p}", place, "{at}", inAt, "{t}", p.topic, "{n}", pick(rng, followCount)).Replace(tmpl)
	text = tidy(g.dress(tidy(text), ch, fin))
	h := handFor(rng, ch)
	if !fin {
		text = h.apply(rng, text)
	}
	if rng.Float64() < 0.1 {
		h = handFor(rng, ch) // the address typed from another field's habit
	}
	row.Address = h.surface(row.Address)
	row.Text = text

	if rng.Float64() < pinP {
		lat, lon := g.pin(s)
		row.Lat, row.Lon = &lat, &lon
	}
	if level < levelSpot && row.Lat == nil {
		// README: a request that names no spot and has no pin is a file of its own
		g.nSingle++
		row.Group = fmt.Sprintf("r34-s%05d", g.nSingle)
	}
	row.Category = g.category(p, ch)
	row.Status = g.status(p, row.CreatedAt)
	return row
}

func (g *generator) template(p *problem, ch string, k int) string {
	rng := g.rng
	if k > 0 && rng.Float64() < 0.22 {
		switch ch {
		case chPhone:
			return pick(rng, phoneFollow)
		case chPerson:
			return "مراجعه مجدد؛ {t} {p} هنوز رسیدگی نشده است."
		case chApp:
			return pick(rng, appFollow)
		}
	}
	switch ch {
	case chPhone:
		return pick(rng, p.phone)
	case chApp:
		return pick(rng, p.app)
	case chWeb:
		return pick(rng, p.web)
	}
	return pick(rng, p.person)
}

// dress adds the channel's politeness and filler around the problem.
func (g *generator) dress(text, ch string, fin bool) string {
	rng := g.rng
	switch {
	case fin:
		return text
	case ch == chApp:
		open := pick(rng, appOpen)
		if strings.HasPrefix(text, "سلام") {
			open = ""
		}
		if rng.Float64() < 0.3 {
			text += pick(rng, appExtra)
		}
		end := pick(rng, appClose)
		if strings.Contains(text, "لطفا") && strings.Contains(end, "لطفا") {
			end = ""
		}
		return strings.TrimSpace(open + text + end)
	case ch == chPhone:
		if rng.Float64() < 0.25 {
			// one added sentence is what an operator has time for
			return joinSentence(text, pick(rng, phoneExtra))
		}
		return joinSentence(text, pick(rng, phoneClose))
	case ch == chWeb:
		return joinSentence(text, pick(rng, webClose))
	}
	return text
}

// pin is where the citizen's phone put the request: 20–150 m from the spot.
func (g *generator) pin(s *spot) (float64, float64) {
	d := 20 + g.rng.Float64()*130
	a := g.rng.Float64() * 2 * math.Pi
	lat := s.lat + d*math.Sin(a)/metresPerDegLat
	lon := s.lon + d*math.Cos(a)/metresPerDegLon
	return math.Round(lat*1e6) / 1e6, math.Round(lon*1e6) / 1e6
}

// category is the operator's (or, in the app, the citizen's) choice: a hint, sometimes vague
// or wrong.
func (g *generator) category(p *problem, ch string) string {
	w := map[string][]float64{chPhone: {70, 16, 14}, chApp: {56, 20, 22, 2}, chWeb: {64, 20, 15, 1}, chPerson: {76, 14, 10}}[ch]
	switch weighted(g.rng, w) {
	case 0:
		return pick(g.rng, p.right)
	case 1:
		return pick(g.rng, vague)
	case 2:
		return pick(g.rng, p.wrong)
	}
	return ""
}

// status is where the request stood when the year was exported (the day after it ended).
func (g *generator) status(p *problem, at time.Time) string {
	end := g.opt.Start.AddDate(0, 0, yearDays)
	recent := end.Sub(at) < 20*24*time.Hour
	var words []string
	var w []float64
	switch {
	case p.agency != "municipality":
		words, w = []string{"ارجاع شده", "رد شده", "انجام شده", "در حال بررسی"}, []float64{76, 6, 8, 10}
	case recent:
		words, w = []string{"ثبت شده", "در حال بررسی", "واگذار شده", "در دست اقدام", "انجام شده"}, []float64{40, 30, 12, 10, 8}
	default:
		words, w = []string{"انجام شده", "رد شده", "در دست اقدام", "در حال بررسی", "واگذار شده"}, []float64{74, 7, 9, 7, 3}
	}
	return words[weighted(g.rng, w)]
}

// joinSentence ends the operator's sentence before adding another.
func joinSentence(text, more string) string {
	if more == "" {
		return text
	}
	if !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "!") {
		text += "."
	}
	return text + more
}

// tidy removes what an empty place leaves behind: doubled spaces, a space before a comma.
func tidy(s string) string {
	s = strings.TrimSpace(s)
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", " ")
	}
	return strings.NewReplacer(" ،", "،", " .", ".", " ؛", "؛", "،،", "،").Replace(s)
}

func newRand(seed int64) *rand.Rand { return rand.New(rand.NewPCG(uint64(seed), 0x137_0003)) }
