package rasht39

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// channels, as the export writes them.
const (
	phone    = "phone"
	app      = "app"
	web      = "web"
	inPerson = "in_person"
)

// requests writes every issue's requests, not yet in time order and without ids.
func (gen *generator) requests() []*draft {
	var out []*draft
	for _, is := range gen.issues {
		times := gen.times(is)
		for k, at := range times {
			d := gen.request(is, k, at)
			d.seq = len(out)
			out = append(out, d)
		}
	}
	return out
}

// times spreads an issue's requests over its episode, most in its first days.
func (gen *generator) times(is *issue) []time.Time {
	r := gen.r
	ts := make([]time.Time, is.size)
	for k := range ts {
		day := 0
		if k > 0 {
			day = int(math.Pow(r.Float64(), 1.8) * float64(is.days))
		}
		ts[k] = is.start.AddDate(0, 0, day).Add(gen.timeOfDay())
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	return ts
}

// timeOfDay: calls through the working day and evening, fewer at night.
func (gen *generator) timeOfDay() time.Duration {
	hourW := []float64{0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 3, 4, 4, 3.8, 3.5, 3, 2.8, 2.6, 2.4, 2.5, 2.6, 2.6, 2.4, 2, 1.4, 0.8}
	h := drawIndex(gen.r, hourW)
	return time.Duration(h)*time.Hour + time.Duration(gen.r.IntN(3600))*time.Second
}

// officeHours moves a walk-in to when the district office is open: 8 to 14, not on a
// Friday nor in the first days of نوروز.
func (gen *generator) officeHours(at time.Time) time.Time {
	day := int(at.Sub(gen.opt.Start).Hours() / 24)
	if day < 4 {
		day = 4 + gen.r.IntN(3)
	}
	d := gen.opt.Start.AddDate(0, 0, day)
	if d.Weekday() == time.Friday {
		d = d.AddDate(0, 0, -1)
	}
	return d.Add(8*time.Hour + time.Duration(gen.r.IntN(6*3600))*time.Second)
}

func (gen *generator) channel(is *issue) string {
	w := []float64{50, 33, 9, 8} // phone, app, web, in person
	switch {
	case is.p.scope == areaScope || is.p.key == "gassmell" || is.p.key == "snow":
		w = []float64{85, 10, 3, 2}
	case is.p.key == "building" || is.p.key == "sidewalk":
		w = []float64{40, 30, 14, 16}
	}
	return []string{phone, app, web, inPerson}[drawIndex(gen.r, w)]
}

// request writes the k-th request of an issue.
func (gen *generator) request(is *issue, k int, at time.Time) *draft {
	r := gen.r
	p := is.p
	ch := gen.channel(is)
	if is.noPlace && (ch == web || ch == inPerson) {
		ch = phone // the web form and the counter both ask for the address
	}
	if ch == inPerson {
		at = gen.officeHours(at)
	}
	followup := k > 0 && r.IntN(100) < 22
	row := labelled.Row{District: gen.opt.District, CreatedAt: at, Channel: ch, Group: "", Agency: p.agency}
	d := &draft{row: row, iss: is, followup: followup}

	var h habits
	citizen := ch == app || ch == web
	if citizen {
		h = citizenHabits(r)
	} else {
		h = operators[r.IntN(len(operators))]
	}

	if is.noPlace {
		text := placelessText(r, p, is.variant, citizen)
		d.row.Text, d.noRef = scribble(r, h, text), ""
		d.row.Category = gen.category(p, ch)
		d.row.Status = gen.status(is, at)
		return d
	}

	// How much of the place the writer gave: all of it mostly; only the street or only the
	// neighbourhood sometimes (README: such a report still belongs to its issue).
	level := 3
	switch x := r.IntN(100); {
	case x < 9:
		level = 2
	case x < 13:
		level = 1
	}
	if p.scope == areaScope {
		level = 1 + r.IntN(2)
	}
	sp := is.sp
	if p.scope == areaScope && level == 2 {
		// the caller names her own street in the neighbourhood that is out
		n := gen.g[sp.nb]
		sp = spot{nb: sp.nb, st: r.IntN(len(n.streets)), al: -1}
	}
	addr := address(r, gen.g, sp, level, citizen)
	inText := ""
	hasPin := false
	switch ch {
	case phone:
		switch x := r.IntN(100); {
		case x < 8:
			inText, addr = addr, "" // the operator typed it all into the text
		case x < 35:
			inText = address(r, gen.g, sp, level, false)
		}
		hasPin = r.IntN(100) < 7
	case app:
		hasPin = r.IntN(100) < 82
		if r.IntN(100) < 30 {
			addr = ""
		}
		if r.IntN(100) < 30 || (addr == "" && !hasPin) {
			inText = address(r, gen.g, sp, level, true)
		}
	case web:
		hasPin = r.IntN(100) < 25
		if r.IntN(100) < 20 {
			inText = address(r, gen.g, sp, level, true)
		}
	case inPerson:
		if r.IntN(100) < 40 {
			inText = address(r, gen.g, sp, level, false)
		}
	}
	if addr == "" && inText == "" && !hasPin {
		addr = address(r, gen.g, sp, level, citizen)
	}

	var text, noRef string
	switch ch {
	case phone:
		text, noRef = operatorText(r, p, is.variant, inText, followup)
		if r.IntN(2) == 0 {
			text = noRef // most call-backs do not have the earlier number at hand
		}
	case app:
		if len(p.finglish) > 0 && r.IntN(100) < 4 {
			text = finglishText(r, p, finglishPlace(r, gen.g, sp))
			addr = ""
			hasPin = true
		} else {
			text = citizenText(r, p, is.variant, inText, followup)
		}
	case web:
		text = webText(r, p, is.variant, inText, followup)
	case inPerson:
		text = walkInText(r, p, is.variant, inText, followup)
	}
	if noRef == "" {
		noRef = text
	}
	d.row.Text = scribble(r, h, text)
	d.noRef = scribble(r, h, noRef)
	if addr != "" {
		d.row.Address = scribble(r, h, addr)
	}
	if hasPin {
		lat, lon := where(gen.g, is.sp)
		m := 20 + r.Float64()*130
		switch {
		case p.scope == areaScope:
			m = r.Float64() * 500
		case r.IntN(100) < 5:
			m = 200 + r.Float64()*400 // pinned at home, not at the problem
		}
		lat, lon = jitter(r, lat, lon, m)
		lat, lon = math.Round(lat*1e6)/1e6, math.Round(lon*1e6)/1e6
		d.row.Lat, d.row.Lon = &lat, &lon
	}
	d.row.Category = gen.category(p, ch)
	d.row.Status = gen.status(is, at)
	return d
}

// category is the 137 category the operator or the citizen chose: a hint, sometimes vague
// and sometimes wrong.
func (gen *generator) category(p *problem, ch string) string {
	r := gen.r
	vague, wrong := 8, 4
	if ch == app || ch == web {
		vague, wrong = 16, 9
	}
	switch x := r.IntN(100); {
	case x < vague:
		return pick(r, vagueCategories)
	case x < vague+wrong:
		if c, ok := gen.byKey[p.confusedWith]; ok {
			return pick(r, c.categories)
		}
		return pick(r, gen.ps[r.IntN(len(gen.ps))].categories)
	}
	if ch == app && r.IntN(100) < 3 {
		return "" // the app let it through empty
	}
	return pick(r, p.categories)
}

// status is where the request stood when the year was exported (the day after it ended).
// The issue's fate sets it: a referred issue's requests are referred, a repaired one's are
// done; a clerk closes some repeat calls as duplicates, and the newest wait in the inbox.
func (gen *generator) status(is *issue, at time.Time) string {
	r := gen.r
	export := gen.opt.Start.AddDate(0, 0, yearDays)
	age := export.Sub(at).Hours() / 24
	ended := export.Sub(is.start.AddDate(0, 0, is.days)).Hours() / 24
	if age < 3 && r.IntN(3) > 0 {
		return pick(r, []string{"ثبت شده", "در حال بررسی"})
	}
	if is.p.agency != "municipality" {
		switch x := r.IntN(100); {
		case x < 80:
			return pick(r, []string{"ارجاع شده", "ارجاع به دستگاه دیگر", "خارج از حوزه"})
		case x < 90 && age > 20:
			return "بسته شده"
		}
		return "در حال بررسی"
	}
	if ended < 15 {
		return []string{"ثبت شده", "در حال بررسی", "ارجاع به پیمانکار", "در دست اقدام", "انجام شده"}[drawIndex(r, []float64{20, 25, 20, 20, 15})]
	}
	return []string{"انجام شده", "مختومه", "رد شده", "در دست اقدام"}[drawIndex(r, []float64{80, 8, 7, 5})]
}

// batchTyping: on a few busy days an operator typed the morning's calls after the shift,
// so they carry the same few minutes of the early afternoon.
func (gen *generator) batchTyping(ds []*draft) {
	r := gen.r
	busy := map[int]bool{}
	for i := 0; i < 8; i++ {
		busy[r.IntN(yearDays)] = true
	}
	k := 0
	for _, d := range ds {
		day := int(d.row.CreatedAt.Sub(gen.opt.Start).Hours() / 24)
		if d.row.Channel != phone || !busy[day] || d.row.CreatedAt.Hour() >= 13 {
			continue
		}
		base := gen.opt.Start.AddDate(0, 0, day).Add(13*time.Hour + 40*time.Minute)
		d.row.CreatedAt = base.Add(time.Duration(k%25) * 50 * time.Second)
		k++
	}
}

// finish sorts the drafts by time, gives them tracking numbers and issue ids, and writes
// the follow-ups that quote an earlier tracking number.
func (gen *generator) finish(ds []*draft) []labelled.Row {
	sort.SliceStable(ds, func(i, j int) bool {
		if !ds[i].row.CreatedAt.Equal(ds[j].row.CreatedAt) {
			return ds[i].row.CreatedAt.Before(ds[j].row.CreatedAt)
		}
		return ds[i].seq < ds[j].seq
	})
	next := 2_130_000 + gen.r.IntN(50_000)
	firstID := map[*issue]string{}
	groups := 0
	rows := make([]labelled.Row, len(ds))
	for i, d := range ds {
		next += 1 + gen.r.IntN(6) // the other districts' requests take the numbers between
		d.row.ID = fmt.Sprintf("1404%07d", next)
		if d.iss.group == "" {
			groups++
			d.iss.group = fmt.Sprintf("d3-%05d", groups)
		}
		d.row.Group = d.iss.group
		if strings.Contains(d.row.Text, "{REF}") {
			if ref, ok := firstID[d.iss]; ok {
				d.row.Text = strings.ReplaceAll(d.row.Text, "{REF}", refDigits(gen.r, ref))
			} else {
				d.row.Text = d.noRef
			}
		}
		if _, ok := firstID[d.iss]; !ok {
			firstID[d.iss] = d.row.ID
		}
		rows[i] = d.row
	}
	return rows
}

// refDigits writes a quoted tracking number as operators do, mostly in Latin digits.
func refDigits(r *rand.Rand, id string) string {
	if r.IntN(3) == 0 {
		return faDigits0(id)
	}
	return id
}

func faDigits0(s string) string {
	return strings.Map(func(c rune) rune {
		if c >= '0' && c <= '9' {
			return '۰' + (c - '0')
		}
		return c
	}, s)
}
