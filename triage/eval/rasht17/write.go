package rasht17

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// placeFor is how this writer names the issue's spot.
func (g *gen) placeFor(d *draft) string {
	r, is := g.r, d.is
	switch is.k.scope {
	case scopeBlock:
		for {
			p := blockPlace(r, is.blk)
			if !strings.HasPrefix(is.k.needs, "landmark:") || !strings.Contains(p, is.blk.landmark) {
				return p
			}
		}
	case scopePhase:
		return phasePlace(r, is.town, is.phase, d.home)
	case scopeBoulevard:
		return boulevardPlace(r, is.town)
	case scopeAccess:
		return accessPlace(r, is.town)
	default:
		return townPlace(r, is.town)
	}
}

// addressFor is what the writer puts in the address field: for a phone call the operator's
// careful address of the writer's spot.
func (g *gen) operatorAddressFor(d *draft) string {
	is := d.is
	switch is.k.scope {
	case scopeBlock:
		return operatorAddress(g.r, is.blk)
	case scopePhase:
		if g.r.IntN(2) == 0 {
			return operatorAddress(g.r, d.home)
		}
		return is.town.name + "، فاز " + itoa(is.phase)
	case scopeBoulevard:
		return is.town.name + "، " + is.town.boulevard
	case scopeAccess:
		return is.town.name + "، " + is.town.accessRoad
	default:
		return "رشت، " + is.town.name
	}
}

// write composes a request's text and address (README: the picture).
func (g *gen) write(d *draft) {
	r, is, k := g.r, d.is, d.is.k
	n := d.noise
	// finish puts the writer's habits on the text and, for a follow-up, also writes the
	// text with a reference to an earlier request; {ref} becomes its number once ids exist.
	finish := func(raw string, free bool, ref string) {
		d.text = n.apply(r, raw, free)
		if d.follow {
			d.followText = n.apply(r, quote(r, raw, ref), free)
		}
	}
	if k.scope == scopeNone {
		d.follow = false
		finish(decorate(r, is.place, 0), d.channel != "phone", "")
		return
	}
	if d.channel == "phone" {
		p := g.placeFor(d)
		if r.IntN(10) < 3 {
			p = "محل"
		}
		raw := g.digger(d, strings.Replace(pick(r, k.operator), "{p}", p, 1))
		d.text = n.apply(r, raw, false)
		if d.follow {
			d.followText = n.apply(r, "پیگیری درخواست شماره {ref}؛ "+raw, false)
		}
		d.address = n.apply(r, g.operatorAddressFor(d), false)
		return
	}
	if len(k.finglish) > 0 && r.Float64() < 0.05 {
		fp := finglishPlace(r, is.town, d.home, k.scope)
		d.text = strings.Replace(pick(r, k.finglish), "{p}", fp, 1)
		if r.IntN(3) == 0 {
			d.text = "salam " + d.text + pick(r, []string{"", " lotfan residegi konid", " merci"})
		}
		d.followText = "peygiri {ref} " + d.text
		if !d.pinned && r.IntN(2) == 0 {
			d.address = fp
		}
		return
	}
	ref := pick(r, []string{"پیرو درخواست شماره {ref}", "پیگیری کد {ref}", "درخواست قبلی {ref}", "پیرو {ref}"})
	if r.IntN(2) == 0 {
		ref += " هنوز رسیدگی نشده."
	}
	days := d.at.Sub(is.start).Hours() / 24
	short := d.pinned && len(k.pinOnly) > 0 && r.Float64() < 0.55
	if !d.pinned && len(k.pinOnly) > 0 && r.Float64() < 0.25 {
		short = true // a short text, the place typed in the address field
	}
	if short {
		finish(decorate(r, pick(r, k.pinOnly), days), true, ref)
	} else {
		finish(decorate(r, g.digger(d, strings.Replace(pick(r, k.citizen), "{p}", g.placeFor(d), 1)), days), true, ref)
	}
	switch {
	case short && !d.pinned:
		d.address = n.apply(r, g.placeFor(d), true)
	case d.pinned:
		switch x := r.Float64(); {
		case x < 0.4:
		case x < 0.75:
			d.address = geocode(r, d)
		default:
			d.address = n.apply(r, g.placeFor(d), true)
		}
	default:
		if r.Float64() < 0.7 {
			d.address = n.apply(r, g.placeFor(d), true)
		}
	}
}

// digger names the utility that left a trench, where the text has {u}.
func (g *gen) digger(d *draft, s string) string {
	if !strings.Contains(s, "{u}") {
		return s
	}
	return strings.Replace(s, "{u}", pick(g.r, diggers[d.is.agency]), 1)
}

// geocode is the app's reverse geocoding of the pin: coarse, and wrong for a far pin.
func geocode(r *rand.Rand, d *draft) string {
	if d.lat < 37.24 || d.lat > 37.33 || d.lon < 49.54 || d.lon > 49.66 || r.IntN(20) == 0 {
		return pick(r, cityAddresses)
	}
	if r.IntN(3) == 0 {
		return "گیلان، رشت، " + d.home.town.name
	}
	return "رشت، " + d.home.town.name
}

// decorate adds the greeting, the "how long" and the plea a citizen writes around the point.
func decorate(r *rand.Rand, s string, days float64) string {
	if r.Float64() < 0.3 {
		s = pick(r, greetings) + pick(r, []string{" ", "، ", "\n"}) + s
	}
	if days >= 1 && r.Float64() < 0.15 && !saysHowLong(s) {
		var fit []string
		for _, d := range durations {
			if d.days <= days {
				fit = append(fit, d.text)
			}
		}
		s += " " + pick(r, fit)
	}
	if r.Float64() < 0.4 {
		sep := pick(r, []string{". ", " ", "، "})
		if strings.HasSuffix(s, "؟") || strings.HasSuffix(s, "?") {
			sep = " "
		}
		p := pick(r, pleas)
		for days < 2 && (strings.Contains(p, "وقته") || strings.Contains(p, "زنگ زدیم")) {
			p = pick(r, pleas) // nobody has waited long yet
		}
		s += sep + p
	}
	return s
}

// saysHowLong: the text already tells how long, so no second "how long" is added.
func saysHowLong(s string) bool {
	for _, w := range []string{"روزه", "هفته", "ماهه", "دیشب", "دیروز", "سال", "وقته"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var greetingsLongestFirst = func() []string {
	gs := append([]string(nil), greetings...)
	sort.SliceStable(gs, func(i, j int) bool { return len(gs[i]) > len(gs[j]) })
	return gs
}()

// quote puts a reference to an earlier request where a writer would: after the greeting
// or at the end.
func quote(r *rand.Rand, text, ref string) string {
	for _, g := range greetingsLongestFirst {
		if strings.HasPrefix(text, g) && len(text) > len(g) {
			rest := strings.TrimLeft(text[len(g):], " ،\n")
			return g + "، " + ref + " " + rest
		}
	}
	if r.IntN(2) == 0 {
		return text + " (" + strings.TrimSpace(ref) + ")"
	}
	return ref + " " + text
}

// batches: now and then an operator types a stack of phone calls in later, all in one minute.
func (g *gen) batches(ds []*draft) {
	var phone []*draft
	for _, d := range ds {
		if d.channel == "phone" && d.is.k.scope != scopeNone {
			phone = append(phone, d)
		}
	}
	sort.SliceStable(phone, func(i, j int) bool { return phone[i].at.Before(phone[j].at) })
	for i := 0; i+6 < len(phone); i += 6 {
		if g.r.Float64() >= 0.12 {
			continue
		}
		k := 3 + g.r.IntN(4)
		last := phone[i+k-1].at
		if last.Sub(phone[i].at) > 36*time.Hour {
			continue
		}
		y, m, d := last.Date()
		at := time.Date(y, m, d, last.Hour(), last.Minute(), 0, 0, tehran).Add(time.Duration(30+g.r.IntN(600)) * time.Minute)
		if h := at.Hour(); h < 8 || h >= 22 {
			// the stack waits for the morning shift
			y, m, d := at.Add(3 * time.Hour).Date()
			at = time.Date(y, m, d, 8, g.r.IntN(60), 0, 0, tehran)
		}
		for _, p := range phone[i : i+k] {
			p.at = at
		}
	}
}

var vague = []string{"سایر", "شکایات", "درخواست عمومی", "خدمات شهری"}

// rows gives ids in time order, writes follow-ups quoting an earlier request, and fills
// category and status.
func (g *gen) rows(ds []*draft) []labelled.Row {
	r := g.r
	end := g.opt.Start.AddDate(0, 0, yearDays)
	seq := 2_000_000 + r.IntN(3_000_000)
	first := map[*issue]string{}
	var rows []labelled.Row
	for _, d := range ds {
		seq += 1 + r.IntN(4) // other districts' requests take the numbers between
		id := fmt.Sprintf("1404%07d", seq)
		text := d.text
		if prev, ok := first[d.is]; ok && d.follow && d.followText != "" {
			text = strings.Replace(d.followText, "{ref}", d.noise.apply(r, prev, false), 1)
		}
		if _, ok := first[d.is]; !ok {
			first[d.is] = id
		}
		row := labelled.Row{ID: id, District: g.opt.District, CreatedAt: d.at, Text: text, Address: d.address,
			Channel: d.channel, Group: d.is.id(), Agency: d.is.agency}
		row.Category = g.category(d)
		row.Status = g.status(d, end)
		if d.pinned {
			lat, lon := d.lat, d.lon
			row.Lat, row.Lon = &lat, &lon
		}
		rows = append(rows, row)
	}
	return rows
}

func (g *gen) category(d *draft) string {
	x := g.r.Float64()
	right, wrong := 0.65, 0.2
	if d.channel == "phone" {
		right, wrong = 0.8, 0.1
	}
	switch {
	case x < right || len(d.is.k.wrong) == 0:
		return d.is.cat
	case x < right+wrong:
		return pick(g.r, d.is.k.wrong)
	default:
		return pick(g.r, vague)
	}
}

// status is where the request stands at the export, a year's end.
func (g *gen) status(d *draft, end time.Time) string {
	age := end.Sub(d.at)
	x := g.r.Float64()
	if d.is.agency != "municipality" && x < 0.6 {
		return "referred"
	}
	switch {
	case age < 3*24*time.Hour:
		return pick(g.r, []string{"new", "new", "reviewing"})
	case age < 20*24*time.Hour:
		return pick(g.r, []string{"reviewing", "assigned", "in_progress", "resolved"})
	case x < 0.75:
		return "resolved"
	case x < 0.85:
		return "rejected"
	default:
		return "in_progress"
	}
}

// Write generates the set and writes dir/requests.jsonl and dir/truth.csv.
func Write(dir string, opt Options) error {
	rows, err := Generate(opt)
	if err != nil {
		return err
	}
	return labelled.Write(dir, rows)
}
