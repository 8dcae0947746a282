package rasht16

import (
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// channel is how a request reached the central 137 system, as its export names it.
type channel struct {
	name     string
	operator bool    // an operator wrote the text and the address
	batched  bool    // typed in later, several in the same minute
	coords   float64 // share with a map pin
	share    float64
}

var channels = []channel{
	{name: "تماس تلفنی", operator: true, share: 0.42},
	{name: "اپلیکیشن", coords: 0.97, share: 0.25},
	{name: "سامانه اینترنتی", coords: 0.25, share: 0.15},
	{name: "پیامک", share: 0.06},
	{name: "مراجعه حضوری", operator: true, batched: true, share: 0.08},
	{name: "مکاتبه", operator: true, batched: true, share: 0.04},
}

func (g *gen) pickChannel(is *issue) channel {
	u := g.rng.Float64()
	for _, c := range channels {
		if u -= c.share; u < 0 {
			return c
		}
	}
	return channels[0]
}

// render fills a request's row: the text and address in its writer's voice, the category
// and status of the central system, a pin if its channel has one.
func (g *gen) render(r *request, id, prev string) labelled.Row {
	is := r.is
	row := labelled.Row{ID: id, District: g.opt.District, CreatedAt: r.at, Channel: r.channel.name,
		Group: groupID(is), Agency: is.agency}
	w := &writer{g: g, r: r, digits: g.digitStyle()}
	if r.channel.operator {
		row.Text, row.Address = w.operatorText(prev)
	} else {
		row.Text, row.Address = w.citizenText(prev)
	}
	row.Text = w.digitsOf(row.Text)
	row.Address = w.digitsOf(row.Address)
	if is.s != nil && g.rng.Float64() < r.channel.coords {
		lat, lon := is.s.lat, is.s.lon
		if is.plate > 0 {
			// the object stands somewhere along its alley
			lat, lon = offset(lat, lon, float64(is.plate%7-3)*12, float64(is.plate%5-2)*12)
		}
		lat, lon = jitter(g.rng, lat, lon)
		lat, lon = round6(lat), round6(lon)
		row.Lat, row.Lon = &lat, &lon
	}
	row.Category = g.category(is)
	row.Status = g.status(r)
	return row
}

func round6(x float64) float64 {
	return float64(int64(x*1e6+0.5)) / 1e6
}

// vague categories are what an operator picks in a hurry.
var vague = []string{"سایر", "عمومی", "999 - سایر موارد", "سایر / سایر", "خدمات شهری / سایر"}

func (g *gen) category(is *issue) string {
	p := is.p
	switch u := g.rng.Float64(); {
	case u < 0.10:
		return pick(g.rng, vague)
	case u < 0.22:
		if len(p.like) > 0 && g.rng.Float64() < 0.85 {
			p = problemByKey(pick(g.rng, p.like))
		} else {
			p = pick(g.rng, problems)
		}
	}
	if g.rng.Float64() < 0.55 {
		return p.tree
	}
	code := p.code
	if g.rng.Float64() < 0.3 {
		code = toDigits(code, persianDigits)
	}
	return code
}

// status is the central system's word for where the request stands at the end of the year.
func (g *gen) status(r *request) string {
	is := r.is
	end := yearStart.AddDate(0, 0, yearDays)
	age := end.Sub(r.at).Hours() / 24
	u := g.rng.Float64()
	if u < 0.02 {
		return ""
	}
	if age < 3 {
		return pick(g.rng, []string{"ثبت شده", "در انتظار بررسی", "در حال بررسی"})
	}
	if is.agency != municipality {
		switch {
		case u < 0.65:
			return "ارجاع به دستگاه دیگر"
		case u < 0.8:
			return "خارج از حوزه"
		case u < 0.9:
			return "مختومه"
		default:
			return "در حال بررسی"
		}
	}
	fixed := yearStart.Add(time.Duration((is.start + is.dur) * 24 * float64(time.Hour)))
	if fixed.Before(end.AddDate(0, 0, -2)) {
		switch {
		case u < 0.4:
			return "انجام شده"
		case u < 0.72:
			return "مختومه"
		case u < 0.92:
			return "رسیدگی شده"
		default:
			return "رد شده"
		}
	}
	return pick(g.rng, []string{"در حال بررسی", "ارجاع به واحد", "در دست اقدام", "ارجاع به پیمانکار"})
}

type digitStyle int

const (
	persianDigits digitStyle = iota
	latinDigits
	arabicDigits
)

func (g *gen) digitStyle() digitStyle {
	switch u := g.rng.Float64(); {
	case u < 0.55:
		return persianDigits
	case u < 0.9:
		return latinDigits
	default:
		return arabicDigits
	}
}

func toDigits(s string, style digitStyle) string {
	if style == latinDigits {
		return s
	}
	base := '۰'
	if style == arabicDigits {
		base = '٠'
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return base + (r - '0')
		}
		return r
	}, s)
}
