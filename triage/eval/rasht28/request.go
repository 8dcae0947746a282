package rasht28

import (
	"math/rand/v2"
	"time"

	"github.com/tafkik/tafkik/triage/eval/labelled"
)

// renderRequest writes the k-th report of an issue, made on the given day of the year.
func renderRequest(rng *rand.Rand, is issue, k int, day float64) labelled.Row {
	ch := []string{chPhone, chApp, chWeb, chInPerson}[pickIdx(rng, []float64{0.5, 0.28, 0.13, 0.09})]
	operator := ch == chPhone || ch == chInPerson
	wr := newWriter(rng, operator)
	followup := k > 0 && chance(rng, 0.3)
	row := labelled.Row{Channel: ch, Status: is.status, CreatedAt: reportTime(rng, ch, day)}
	p := is.place

	hasAddr, hasPin := false, false
	switch ch {
	case chPhone:
		hasAddr = chance(rng, 0.93)
	case chInPerson:
		hasAddr = chance(rng, 0.97)
	case chApp:
		hasPin = chance(rng, 0.8)
		hasAddr = chance(rng, 0.35)
	case chWeb:
		hasPin = chance(rng, 0.3)
		hasAddr = chance(rng, 0.75)
	}
	if is.noPlace {
		hasAddr, hasPin = false, false
	}
	needPlace := !hasAddr && !hasPin && !is.noPlace

	var text string
	switch {
	case is.noPlace && operator:
		text = pick(rng, is.problem.operator) + pick(rng, []string{"", "", " - شهروند آدرس اعلام نکردند", " (آدرس ناقص)"})
	case is.noPlace:
		text = pick(rng, is.problem.citizen)
		if chance(rng, 0.4) {
			text = pick(rng, greetings) + " " + text
		}
	case operator:
		text = operatorText(rng, is.problem, p, followup, needPlace, ch == chInPerson)
	case ch == chApp && chance(rng, 0.02) && len(finglish[is.problem.key]) > 0:
		text = pick(rng, finglish[is.problem.key])
		if needPlace || chance(rng, 0.5) {
			text += " " + finglishPlace(p)
		}
	default:
		text = citizenText(rng, is.problem, p, ch == chWeb, followup, needPlace)
	}
	row.Text = wr.apply(rng, text)
	if hasAddr {
		row.Address = wr.apply(rng, address(rng, p))
	}
	if hasPin {
		lat, lon := jitter(rng, p.lat, p.lon)
		row.Lat, row.Lon = &lat, &lon
	}
	row.Category = category(rng, is.problem, operator)
	return row
}

// category is the operator's (or the app menu's) hint: mostly right, sometimes vague or wrong.
func category(rng *rand.Rand, pr problem, operator bool) string {
	right, vague := 0.78, 0.12
	if !operator {
		right, vague = 0.7, 0.18
	}
	switch pickIdx(rng, []float64{right, vague, 1 - right - vague}) {
	case 0:
		return pr.category
	case 1:
		return pick(rng, vagueCategories)
	}
	if w, ok := likelyWrong[pr.key]; ok && chance(rng, 0.6) {
		return w
	}
	for {
		if c := pick(rng, allCategories); c != pr.category {
			return c
		}
	}
}

// reportTime puts a report at a plausible hour: operators work 7:30 to 22:00, in-person
// requests are typed in a batch at the end of the morning shift, some phone calls are typed
// the next morning, the app is used any time people are awake.
func reportTime(rng *rand.Rand, ch string, day float64) time.Time {
	d := int(day)
	date := yearStart.AddDate(0, 0, d)
	var minutes int
	switch ch {
	case chInPerson:
		// the office is shut on Fridays: Friday's visitors come on Saturday
		if date.Weekday() == time.Friday {
			date = date.AddDate(0, 0, 1)
		}
		minutes = 13*60 + 20 + rng.IntN(25)
	case chPhone:
		for minutes = 0; minutes < 7*60+30 || minutes > 22*60; {
			minutes = 10*60 + 30 + int(rng.NormFloat64()*170)
		}
		if chance(rng, 0.03) {
			date = date.AddDate(0, 0, 1)
			minutes = 8*60 + rng.IntN(40)
		}
	default:
		minutes = 6*60 + 30 + rng.IntN(17*60)
	}
	if d >= yearDays-1 && date.After(yearStart.AddDate(0, 0, yearDays-1)) {
		date = yearStart.AddDate(0, 0, yearDays-1)
	}
	return date.Add(time.Duration(minutes)*time.Minute + time.Duration(rng.IntN(60))*time.Second)
}
