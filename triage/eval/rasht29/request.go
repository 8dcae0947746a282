package rasht29

import (
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// writer turns an issue into the requests citizens and operators write about it.
type writer struct {
	w   *world
	rng *rand.Rand
	pl  placer
}

func (wr writer) chance(p float64) bool { return wr.rng.Float64() < p }

func (wr writer) channel() string {
	switch u := wr.rng.Float64(); {
	case u < 0.55:
		return "phone"
	case u < 0.85:
		return "app"
	case u < 0.95:
		return "web"
	default:
		return "in_person"
	}
}

// request is the k-th request of issue is.
func (wr writer) request(is issue, k int) draft {
	rng := wr.rng
	kd := kinds[is.kind]
	ch := wr.channel()
	followup := k > 0 && wr.chance(0.12)
	if followup && wr.chance(0.6) {
		ch = "phone"
	}
	day := is.start
	if k > 0 {
		// most reports come early in the episode, some trail on to its end
		day += math.Min(is.days, rng.ExpFloat64()*is.days/3)
	}
	// an episode still open at the export has told only what it told by then
	day = math.Min(day, yearDays-1+rng.Float64()*0.9)
	at := when(rng, day, ch)
	if ch == "phone" && wr.chance(0.05) {
		// typed in with a batch the next day or the one after
		late := when(rng, math.Floor(day)+1+float64(rng.IntN(2)), ch)
		at = time.Date(late.Year(), late.Month(), late.Day(), 13, rng.IntN(60), rng.IntN(60), 0, tehran)
	}
	if end := yearStart.AddDate(0, 0, yearDays); !at.Before(end) {
		at = end.Add(-time.Duration(1+rng.IntN(3600)) * time.Second)
	}

	operator := ch == "phone" || ch == "in_person"
	var text, addr string
	var lat, lon *float64
	fing := ch == "app" && len(kd.fing) > 0 && wr.chance(0.03) && !is.placeless
	switch {
	case is.placeless:
		text = wr.body(kd, operator, wr.deictic(operator), followup)
	case fing:
		text = strings.ReplaceAll(wr.pl.pick(kd.fing...), "{p}", wr.pl.finglish(is.sp))
		lat, lon = wr.pin(is.sp)
	default:
		hasAddr := true
		switch ch {
		case "app":
			hasAddr = wr.chance(0.45)
			if wr.chance(0.85) {
				lat, lon = wr.pin(is.sp)
			}
		case "web":
			hasAddr = wr.chance(0.85)
			if wr.chance(0.2) {
				lat, lon = wr.pin(is.sp)
			}
		case "phone":
			hasAddr = wr.chance(0.93)
		}
		switch {
		case hasAddr:
			addr = wr.pl.address(is.sp, wr.chance(0.25))
		case ch == "app" && lat != nil && wr.chance(0.35):
			// the app filled the address in from the pin, to the street only
			addr = wr.pl.geocoded(is.sp)
		}
		inText := wr.chance(0.25)
		if !hasAddr {
			inText = lat == nil || wr.chance(0.6)
		}
		p := wr.deictic(operator)
		if inText {
			p = wr.pl.short(is.sp)
		}
		text = wr.body(kd, operator, p, followup)
	}
	if ch == "in_person" {
		text = inPerson.Replace(text)
	}
	text, addr = wr.noise(text, addr, operator, fing)

	cat := kd.category
	switch u := rng.Float64(); {
	case u < 0.10:
		cat = wr.pl.pick(kd.wrong...)
	case u < 0.25:
		cat = wr.pl.pick(vague...)
	}
	if ch == "app" && wr.chance(0.1) {
		cat = "سایر"
	}
	return draft{at: at, row: labelled.Row{Category: cat, Text: text, Address: addr, Lat: lat, Lon: lon,
		Channel: ch, Status: wr.status(kd, at), Agency: kd.agency}}
}

// inPerson rewrites an operator's phone wording for a citizen who came to the office.
var inPerson = strings.NewReplacer("تماس‌گیرنده", "مراجعه‌کننده", "تماس تکراری - ", "مراجعه مجدد - ",
	"تماس مجدد شهروند؛ ", "مراجعه مجدد شهروند؛ ", "شهروند مجددا تماس گرفت؛ ", "شهروند مجددا مراجعه کرد؛ ",
	"چندین بار تماس گرفته‌اند", "چندین بار پیگیری کرده‌اند")

// body writes the text itself: a template with the place, maybe a greeting, a closing and
// a follow-up's opening.
func (wr writer) body(kd kind, operator bool, place string, followup bool) string {
	var t string
	if operator {
		t = wr.pl.pick(kd.operator...)
		if place == "" {
			// the place is in the address field; the operator leaves it out of the summary
			t = strings.ReplaceAll(t, " در {p}", "")
			place = wr.pl.pick("محل", "محل", "محل اعلامی")
		}
		t = strings.ReplaceAll(t, "{p}", place)
		for _, rel := range relations {
			t = strings.ReplaceAll(t, "در "+rel+" ", rel+" ")
		}
		if followup {
			t = wr.pl.pick(opFollowups...) + t
		}
		if c := wr.pl.pick(opClosings...); c != "" && !strings.Contains(t, "خواستار") {
			t = strings.TrimSuffix(t, ".") + "، " + c
		}
		return t
	}
	t = strings.ReplaceAll(wr.pl.pick(kd.citizen...), "{p}", place)
	if followup {
		t = wr.pl.pick(followups...) + t
	}
	if wr.chance(0.35) && !strings.HasPrefix(t, "سلام") {
		t = wr.pl.pick(greetings...) + wr.pl.pick(" ", "، ", "\n") + t
	}
	if wr.chance(0.4) {
		t += wr.pl.pick(" ", ". ", "، ", "\n") + wr.pl.pick(closings...)
	}
	return t
}

// deictic stands for the place when the writer leaves it to the address or the pin.
func (wr writer) deictic(operator bool) string {
	if operator {
		return ""
	}
	return wr.pl.pick("کوچه ما", "محله ما", "اینجا", "خیابون ما", "جلوی خونه ما", "سر کوچه ما")
}

// pin is the app's location: 20–150 m off the spot, a few pinned from somewhere else.
func (wr writer) pin(sp spot) (*float64, *float64) {
	d := 20 + 130*wr.rng.Float64()
	if wr.chance(0.02) {
		d = 200 + 200*wr.rng.Float64()
	}
	a := wr.rng.Float64() * 2 * math.Pi
	lat := sp.lat + d*math.Cos(a)/111320
	lon := sp.lon + d*math.Sin(a)/(111320*math.Cos(sp.lat*math.Pi/180))
	lat = math.Round(lat*1e6) / 1e6
	lon = math.Round(lon*1e6) / 1e6
	return &lat, &lon
}

// noise applies the writer's habits: digits, ZWNJ, Arabic letters, misspellings,
// stretched letters.
func (wr writer) noise(text, addr string, operator, fing bool) (string, string) {
	rng := wr.rng
	if fing {
		return text, addr
	}
	var dg, zw int
	if operator {
		dg = pickWeighted(rng, 0.25, 0.70, 0.05)
		zw = pickWeighted(rng, 0.6, 0.3, 0.1)
	} else {
		dg = pickWeighted(rng, 0.45, 0.45, 0.10)
		zw = pickWeighted(rng, 0.4, 0.4, 0.2)
		if wr.chance(0.12) {
			text = misspellOne(rng, text)
		}
		if wr.chance(0.08) {
			text = stretchWord(rng, text)
		}
	}
	text, addr = digits(text, dg), digits(addr, dg)
	text, addr = zwnjStyle(text, zw), zwnjStyle(addr, zw)
	if (operator && wr.chance(0.05)) || (!operator && wr.chance(0.15)) {
		text, addr = arabicLetters(text), arabicLetters(addr)
	}
	return text, addr
}

func pickWeighted(rng *rand.Rand, ws ...float64) int {
	x := rng.Float64()
	for i, w := range ws {
		if x -= w; x < 0 {
			return i
		}
	}
	return len(ws) - 1
}

// status is where the request stood when the year was exported: old ones mostly closed,
// other agencies' referred.
func (wr writer) status(kd kind, at time.Time) string {
	age := yearStart.AddDate(0, 0, yearDays).Sub(at).Hours() / 24
	if kd.agency != "municipality" && wr.chance(0.8) {
		return "referred"
	}
	if age > 20 {
		return []string{"resolved", "in_progress", "rejected", "assigned", "new"}[pickWeighted(wr.rng, 0.75, 0.08, 0.05, 0.07, 0.05)]
	}
	return []string{"new", "reviewing", "assigned", "in_progress"}[pickWeighted(wr.rng, 0.5, 0.2, 0.2, 0.1)]
}
