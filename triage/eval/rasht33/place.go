package rasht33

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

const metresPerDegree = 111320.0

// offset moves lat, lon by north and east metres.
func offset(lat, lon, north, east float64) (float64, float64) {
	return lat + north/metresPerDegree, lon + east/(metresPerDegree*math.Cos(lat*math.Pi/180))
}

// along is the point d metres along a bearing from lat, lon.
func along(lat, lon, bearing, d float64) (float64, float64) {
	r := bearing * math.Pi / 180
	return offset(lat, lon, d*math.Cos(r), d*math.Sin(r))
}

// pickSpot chooses where a problem is. Alley problems are in an alley; others are on the
// street itself about a third of the time, often told by a landmark.
func pickSpot(rng *rand.Rand, alleyOnly bool) spot {
	total := 0
	for _, h := range district5 {
		total += len(h.streets)
	}
	k := rng.IntN(total)
	var sp spot
	for hi, h := range district5 {
		if k < len(h.streets) {
			sp.hood, sp.street = hi, k
			break
		}
		k -= len(h.streets)
	}
	st := &district5[sp.hood].streets[sp.street]
	sp.plate = 1 + rng.IntN(140)
	if alleyOnly || rng.Float64() < 0.65 {
		// low alley numbers are the older, denser end of a street
		sp.alley = 1 + int(float64(st.alleys)*math.Pow(rng.Float64(), 1.3))
		if sp.alley > st.alleys {
			sp.alley = st.alleys
		}
		lat, lon := along(st.lat, st.lon, st.bearing, float64(sp.alley)*alleyGap)
		sp.lat, sp.lon = along(lat, lon, st.bearing+90, 25+rng.Float64()*90)
		return sp
	}
	length := float64(st.alleys+1) * alleyGap
	d := rng.Float64() * length
	if len(st.landmarks) > 0 && rng.Float64() < 0.6 {
		li := rng.IntN(len(st.landmarks))
		sp.landmark = st.landmarks[li]
		d = length * float64(li+1) / float64(len(st.landmarks)+1)
	}
	sp.block = int(d / 150)
	sp.lat, sp.lon = along(st.lat, st.lon, st.bearing, d)
	return sp
}

// key names the spot as the labelling rule counts it: the alley, or the street's ~150 m block.
func (sp spot) key() string {
	if sp.alley > 0 {
		return fmt.Sprintf("%d/%d/a%d", sp.hood, sp.street, sp.alley)
	}
	return fmt.Sprintf("%d/%d/b%d", sp.hood, sp.street, sp.block)
}

// writer is how one person types: digits, ZWNJ, keyboard.
type writer struct {
	dig    digitStyle
	zwnj   zwnjMode
	arabic bool
}

// alleyName writes the alley the way this writer would.
func alleyName(rng *rand.Rand, st *street, n int, w writer) string {
	if st.kind == "کوچه" {
		// the alleys off an alley are dead-ends
		return []string{"بن‌بست ", "بن بست ", "بنبست "}[rng.IntN(3)] + digits(n, w.dig)
	}
	if name, ok := st.named[n]; ok && rng.Float64() < 0.75 {
		return "کوچه " + name
	}
	switch x := rng.Float64(); {
	case x < 0.45:
		return "کوچه " + digits(n, w.dig)
	case x < 0.65:
		return "کوچه " + ordinal(n)
	case x < 0.8:
		return "ک " + digits(n, w.dig)
	case x < 0.88:
		return "ک" + digits(n, w.dig)
	case x < 0.95:
		return "کوچه شماره " + digits(n, w.dig)
	default:
		return "کوچه " + digits(n, w.dig) + "م"
	}
}

func streetName(rng *rand.Rand, st *street) string {
	switch x := rng.Float64(); {
	case st.kind == "کوچه":
		return "کوچه " + st.name
	case x < 0.55:
		return st.kind + " " + st.name
	case x < 0.75:
		return st.name
	case x < 0.9:
		return "خ " + st.name
	default:
		return "خ." + st.name
	}
}

func hoodName(rng *rand.Rand, h *hood) string {
	if rng.Float64() < 0.5 {
		return h.name
	}
	return h.variants[rng.IntN(len(h.variants))]
}

var landmarkWords = []string{"روبروی", "جنب", "کنار", "بعد از", "نرسیده به", "پشت"}

// placeText writes a spot in one of the many ways Rasht writes a place. full adds the
// plate the way an address field or a letter does.
func placeText(rng *rand.Rand, sp spot, w writer, full bool) string {
	h := &district5[sp.hood]
	st := &h.streets[sp.street]
	sn := streetName(rng, st)
	hn := hoodName(rng, h)
	// the street often is the neighbourhood: «سعدی، خیابان سعدی» is not written twice
	sameName := strings.Contains(hn, st.name) || strings.Contains(sn, h.name)
	var parts []string
	if sp.alley > 0 {
		an := alleyName(rng, st, sp.alley, w)
		switch x := rng.Float64(); {
		case x < 0.35:
			if !sameName {
				parts = append(parts, hn)
			}
			parts = append(parts, sn, an)
			s := strings.Join(parts, "، ")
			if full && rng.Float64() < 0.6 {
				s += "، پلاک " + digits(sp.plate, w.dig)
			}
			return s
		case x < 0.55:
			s := an + " " + sn
			if !sameName {
				s += " " + hn
			}
			return s
		case x < 0.7:
			if sameName {
				return sn + " " + an
			}
			return hn + " " + sn + " " + an
		case x < 0.82:
			return sn + "، نبش " + an
		case x < 0.9:
			return "رشت، " + sn + "، " + an
		default:
			return sn + " " + an + " " + "انتهای کوچه"
		}
	}
	if sp.landmark != "" {
		lw := landmarkWords[rng.IntN(len(landmarkWords))]
		switch x := rng.Float64(); {
		case x < 0.5:
			return sn + "، " + lw + " " + sp.landmark
		case x < 0.8:
			return lw + " " + sp.landmark + " " + sn
		default:
			if sameName {
				return sn + " " + lw + " " + sp.landmark
			}
			return hn + "، " + sn + "، " + lw + " " + sp.landmark
		}
	}
	if full && rng.Float64() < 0.5 {
		return sn + "، پلاک " + digits(sp.plate, w.dig)
	}
	if sameName || rng.Float64() < 0.5 {
		return sn
	}
	return hn + "، " + sn
}

// finglishPlace is a place typed in Latin letters: «kooche 12 saadi».
func finglishPlace(rng *rand.Rand, sp spot) string {
	h := &district5[sp.hood]
	st := &h.streets[sp.street]
	if sp.alley > 0 {
		k := []string{"kooche", "koche", "k"}[rng.IntN(3)]
		return fmt.Sprintf("%s %s %d", st.finglish, k, sp.alley)
	}
	if h.finglish != st.finglish {
		return h.finglish + " " + st.finglish
	}
	return "khiaban " + st.finglish
}
