package rasht47

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// Options choose one year.
type Options struct {
	Seed     int64
	N        int    // requests; 0 means 6000
	District string // written in every request; "" means "2"
}

func (o Options) normal() (Options, error) {
	if o.N == 0 {
		o.N = 6000
	}
	if o.N < 0 || o.N > 200000 {
		return o, fmt.Errorf("rasht47: %d requests is out of range (1..200000)", o.N)
	}
	if o.District == "" {
		o.District = "2"
	}
	return o, nil
}

// request is one request as planned and written, with what the generator knows about it.
type request struct {
	Issue    *issue
	K        int // its rank among its issue's requests as planned
	At       time.Time
	Channel  string
	Level    level // how much place it gives, address and text together
	AddrHome bool  // the address field is the caller's home, not the problem's place
	Home     place // where the caller lives (area problems, AddrHome)
	Spot     point // the real spot its coordinates are taken off
	Follow   bool
	Side     string
	Row      labelled.Row
}

// Generate writes the year: rows sorted by creation time, each with its truth.
func Generate(opt Options) ([]labelled.Row, error) {
	reqs, err := generate(opt)
	if err != nil {
		return nil, err
	}
	rows := make([]labelled.Row, len(reqs))
	for i, q := range reqs {
		rows[i] = q.Row
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

func generate(opt Options) ([]*request, error) {
	opt, err := opt.normal()
	if err != nil {
		return nil, err
	}
	w := buildWorld()
	r := rand.New(rand.NewPCG(uint64(opt.Seed), 0x7261736874343734))
	issues := planIssues(r, w, opt.N)

	// when each request comes
	var reqs []*request
	for _, is := range issues {
		for k, at := range requestTimes(r, is) {
			reqs = append(reqs, &request{Issue: is, K: k, At: at})
		}
	}
	order := map[*issue]int{}
	for i, is := range issues {
		order[is] = i
	}
	sort.SliceStable(reqs, func(i, j int) bool {
		a, b := reqs[i], reqs[j]
		if !a.At.Equal(b.At) {
			return a.At.Before(b.At)
		}
		if order[a.Issue] != order[b.Issue] {
			return order[a.Issue] < order[b.Issue]
		}
		return a.K < b.K
	})

	// groups in the order they first appear; ids as tracking numbers in time order
	groups := 0
	firstID := map[*issue]string{}
	id := 1404020000 + r.IntN(8000)
	for _, q := range reqs {
		is := q.Issue
		if is.Group == "" {
			groups++
			is.Group = fmt.Sprintf("I%04d-%s", groups, is.Prob.Code)
		}
		id += 1 + r.IntN(3)
		q.Row.ID = itoa(id)
		q.Row.District = opt.District
		q.Row.CreatedAt = q.At
		q.Row.Group = is.Group
		q.Row.Agency = is.Prob.Agency
		writeRequest(r, w, q, firstID[is])
		if _, ok := firstID[is]; !ok {
			firstID[is] = q.Row.ID
		}
	}
	return reqs, nil
}

// requestTimes spreads an issue's requests over its episode: the first at its start, most of
// the rest early, people calling by day when the episode is long.
func requestTimes(r *rand.Rand, is *issue) []time.Time {
	var out []time.Time
	from, dur := is.Start, is.Dur
	if from.Before(yearStart) {
		// left over from last year: this year's requests are all follow-ups or late callers
		shift := time.Duration(r.Float64() * float64(12*time.Hour))
		dur -= yearStart.Add(shift).Sub(from).Hours() / 24
		from = yearStart.Add(shift)
		d := int(dur * r.Float64())
		for try := 0; try < 6 && r.Float64() > dayWeight(d); try++ {
			d = int(dur * r.Float64())
		}
		t := dayTime(d, pickHour(r))
		if end := from.Add(days(dur)); t.After(end) {
			t = end.Add(-time.Duration(r.Float64() * float64(min(3*time.Hour, end.Sub(yearStart)))))
		}
		out = append(out, t.Truncate(time.Second))
	} else {
		out = append(out, from.Truncate(time.Second))
	}
	gamma := 1.8
	if dur > 3 {
		gamma = 1.15
	}
	for k := 1; k < is.Size; k++ {
		t := from.Add(days(dur * math.Pow(r.Float64(), gamma)))
		if is.Dur > 2 {
			// people call by day, fewer on Fridays and at Nowruz
			for try := 0; try < 4; try++ {
				d := int(t.Sub(yearStart).Hours() / 24)
				if r.Float64() < dayWeight(d) {
					break
				}
				t = from.Add(days(dur * math.Pow(r.Float64(), gamma)))
			}
			d := int(t.Sub(yearStart).Hours() / 24)
			t = dayTime(d, pickHour(r))
			if t.Before(from) {
				t = from.Add(time.Duration(r.Float64() * float64(3*time.Hour)))
			}
		}
		if end := from.Add(days(dur)); t.After(end) {
			t = end.Add(-time.Duration(r.Float64() * float64(min(3*time.Hour, end.Sub(from)))))
		}
		if !t.Before(yearEnd) {
			t = from.Add(time.Duration(r.Float64() * float64(yearEnd.Sub(from))))
		}
		out = append(out, t.Truncate(time.Second))
	}
	return out
}

func pickChannel(r *rand.Rand, p *problem) string {
	w := []float64{0.48, 0.38, 0.09, 0.05}
	switch p.Code {
	case "gas_smell", "pole":
		w = []float64{0.85, 0.1, 0.02, 0.03}
	case "water_cut", "outage", "water_leak":
		w = []float64{0.62, 0.3, 0.05, 0.03}
	case "construction", "ruin":
		w = []float64{0.4, 0.35, 0.1, 0.15}
	}
	return []string{"phone", "app", "web", "in_person"}[pickWeighted(r, w)]
}

var sideProblems = []string{"asphalt", "garbage", "drain", "light", "tree", "sewage"}

// writeRequest decides what the request says and writes its row.
func writeRequest(r *rand.Rand, w *world, q *request, ref string) {
	is := q.Issue
	p := is.Prob
	q.Channel = pickChannel(r, p)
	h := newHand(r, q.Channel)
	rd := &renderer{r: r, w: w, h: h}

	// whose door: the problem's place, or for an area problem the caller's own
	x := is.Place
	q.Spot = x.Spot
	if x.Kind == pArea {
		q.Home = homeIn(r, w, x.Hood)
		x = q.Home
		q.Spot = q.Home.Spot
	}
	q.Level = pickLevel(r, is.Place.Kind)

	// follow-ups: late requests of an issue say they are not the first
	since := q.At.Sub(is.Start).Hours() / 24
	later := q.K > 0 || is.Start.Before(yearStart)
	switch {
	case later && since > 7:
		q.Follow = r.Float64() < 0.6
	case later && since > 1:
		q.Follow = r.Float64() < 0.45
	case later && since > 0.1:
		q.Follow = r.Float64() < 0.12
	}
	nth := pickWeighted(r, []float64{0.35, 0.35, 0.2, 0.1})
	if !q.Follow || r.Float64() > 0.15 {
		ref = ""
	}
	if r.Float64() < 0.03 && !h.latin {
		for {
			sp := problemByCode(sideProblems[r.IntN(len(sideProblems))])
			if family(sp.Code) != family(p.Code) {
				q.Side = sp.Side
				break
			}
		}
	}

	// where the place is written: the address field, the text, or both
	addrFilled := r.Float64() < 0.55
	if h.operator {
		addrFilled = r.Float64() < 0.85
	}
	var addr, inText string
	full := rd.placeText(x, q.Level)
	switch {
	case full == "":
		if addrFilled && r.Float64() < 0.2 {
			addr = rd.pick([]string{"رشت", "رشت", "منطقه 2", "رشت، منطقه دو"})
		}
	case !addrFilled:
		inText = full
	case r.Float64() < 0.32:
		addr = rd.addressField(full)
		inText = rd.placeText(x, shorter(r, q.Level))
	default:
		addr = rd.addressField(full)
	}
	if is.Place.Kind == pBlock && addrFilled && r.Float64() < 0.15 {
		// the caller types their own address; the text says where on the street the problem is
		q.AddrHome = true
		home := rd.w.Streets[is.Place.Street].Alleys[r.IntN(len(rd.w.Streets[is.Place.Street].Alleys))]
		q.Home = place{Kind: pAlley, Hood: is.Place.Hood, Street: is.Place.Street, Alley: home, Landmark: -1,
			Spot: lerp(w.Alleys[home].Mouth, w.Alleys[home].End, r.Float64())}
		addr = rd.addressField(rd.join(rd.alleyFull(home, r.Float64() < 0.4), rd.plate(1+int(r.ExpFloat64()*12))))
		if q.Level != lvNone {
			inText = rd.placeText(is.Place, q.Level)
		}
	} else if addr != "" && !h.latin && x.Kind == pAlley && q.Level == lvFull && r.Float64() < 0.2 {
		addr = rd.join(addr, rd.plate(1+int(r.ExpFloat64()*12)))
	}

	text := rd.text(is, textParts{placeTxt: inText, follow: q.Follow, ref: ref, side: q.Side, nth: nth})
	q.Row.Text = noisy(r, text, h, true)
	q.Row.Address = noisy(r, addr, h, false)
	q.Row.Category = rd.category(p, h.operator)
	q.Row.Channel = q.Channel
	q.Row.Status = status(r, p, q.At)

	pin := map[string]float64{"app": 0.72, "web": 0.25, "phone": 0.03}[q.Channel]
	if r.Float64() < pin {
		d := 20 + r.Float64()*130
		a := r.Float64() * 2 * math.Pi
		pt := q.Spot.add(d*math.Cos(a), d*math.Sin(a))
		lat := math.Round(pt.Lat*1e6) / 1e6
		lon := math.Round(pt.Lon*1e6) / 1e6
		q.Row.Lat, q.Row.Lon = &lat, &lon
	}
}

// shorter is a lower level for the text when the address field already has the place.
func shorter(r *rand.Rand, lv level) level {
	if lv == lvFull && r.Float64() < 0.5 {
		return lvFull
	}
	if lv == lvFull || lv == lvStreet {
		return lvStreet
	}
	return lv
}

// homeIn is a caller's door somewhere in neighbourhood h.
func homeIn(r *rand.Rand, w *world, h int) place {
	hd := w.Hoods[h]
	ws := make([]float64, len(hd.Alleys))
	for i, a := range hd.Alleys {
		ws[i] = w.Alleys[a].Weight
	}
	a := hd.Alleys[pickWeighted(r, ws)]
	al := w.Alleys[a]
	return place{Kind: pAlley, Hood: h, Street: al.Street, Alley: a, Landmark: -1, Spot: lerp(al.Mouth, al.End, r.Float64())}
}

// status is where a request stands in an export taken at the end of the year.
func status(r *rand.Rand, p *problem, at time.Time) string {
	age := yearEnd.Sub(at).Hours() / 24
	if p.Agency != municipality {
		if age < 2 {
			return pickW(r, []string{"new", "reviewing", "referred"}, []float64{0.4, 0.3, 0.3})
		}
		return pickW(r, []string{"referred", "new", "reviewing", "rejected", "resolved"}, []float64{0.75, 0.05, 0.07, 0.05, 0.08})
	}
	switch {
	case age < 3:
		return pickW(r, []string{"new", "reviewing", "assigned"}, []float64{0.5, 0.3, 0.2})
	case age < 20:
		return pickW(r, []string{"assigned", "in_progress", "resolved", "reviewing"}, []float64{0.3, 0.3, 0.3, 0.1})
	default:
		return pickW(r, []string{"resolved", "in_progress", "rejected", "assigned", "reviewing"}, []float64{0.75, 0.08, 0.07, 0.05, 0.05})
	}
}
