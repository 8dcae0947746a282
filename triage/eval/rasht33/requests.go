package rasht33

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// channel shares of the district's 137 requests.
func pickChannel(rng *rand.Rand) string {
	switch x := rng.Float64(); {
	case x < 0.56:
		return "phone"
	case x < 0.84:
		return "app"
	case x < 0.94:
		return "web"
	default:
		return "in_person"
	}
}

func pickWriter(rng *rand.Rand, channel string) writer {
	var w writer
	switch channel {
	case "phone", "in_person":
		// operators type on Persian layouts; a few old workstations still give ي and ك
		w.dig = persianDigits
		if rng.Float64() < 0.08 {
			w.dig = latinDigits
		}
		w.arabic = rng.Float64() < 0.06
		w.zwnj = zwnjMode(pick(rng, 0.6, 0.3))
	default:
		w.dig = digitStyle(pick(rng, 0.45, 0.47))
		w.arabic = rng.Float64() < 0.14
		w.zwnj = zwnjMode(pick(rng, 0.35, 0.4))
	}
	return w
}

// pick returns 0 with probability a, 1 with b, else 2.
func pick(rng *rand.Rand, a, b float64) int {
	x := rng.Float64()
	switch {
	case x < a:
		return 0
	case x < a+b:
		return 1
	}
	return 2
}

// requestsOf spreads an issue's requests over its episode: most arrive early, the rest
// trail off as neighbours call again and follow up.
func requestsOf(rng *rand.Rand, is *issue) []*draft {
	ds := make([]*draft, is.size)
	for i := range ds {
		day := is.start
		if i > 0 {
			day += is.span * math.Pow(rng.Float64(), 1.6)
		}
		ch := pickChannel(rng)
		ds[i] = &draft{iss: is, channel: ch, w: pickWriter(rng, ch), at: clock(rng, day, ch)}
	}
	slices.SortStableFunc(ds, func(a, b *draft) int { return a.at.Compare(b.at) })
	for i, d := range ds {
		d.seq = i
		if i > 0 && ds[i-1].channel == "app" && ds[i-1].copyOf == nil && rng.Float64() < 0.04 {
			o := ds[i-1]
			d.copyOf, d.channel, d.w = o, o.channel, o.w
			d.at = o.at.Add(time.Duration(20+rng.IntN(200)) * time.Second)
			continue
		}
		// a follow-up is the same citizen again, a day or more after the first call
		if i > 0 && rng.Float64() < 0.22 {
			o := ds[rng.IntN(i)]
			if d.at.Sub(o.at) > 20*time.Hour {
				d.followOf = o
			}
		}
	}
	return ds
}

// clock puts a request on its day at an hour its channel is used: the phone line from
// seven to eleven at night, the app any time, the paper forms typed in after noon.
func clock(rng *rand.Rand, day float64, channel string) time.Time {
	d := int(day)
	var min float64
	switch channel {
	case "phone":
		min = 7*60 + rng.Float64()*15.5*60
		if rng.Float64() < 0.05 {
			// a busy shift's calls noted on paper and typed in at its end
			min = 22*60 + rng.Float64()*80
		}
	case "in_person":
		min = 13*60 + rng.Float64()*100 // typed in a batch after the counter closes
	default:
		min = math.Mod((day-float64(d))*24*60+rng.Float64()*600, 24*60)
		if min < 6*60 && rng.Float64() < 0.7 {
			min += 6 * 60
		}
	}
	if d >= yearDays {
		d = yearDays - 1
	}
	return yearStart.AddDate(0, 0, d).Add(time.Duration(min*float64(time.Minute)) + time.Duration(rng.IntN(60))*time.Second)
}
