package rasht38

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// mention is how much of the spot a request gives.
type mention int

const (
	mentionFull   mention = iota // neighbourhood/street/alley or landmark, as precise as the spot
	mentionStreet                // only the street (and maybe the neighbourhood)
	mentionHood                  // only the neighbourhood
	mentionNone                  // nothing at all
)

var faDigits = []rune("۰۱۲۳۴۵۶۷۸۹")

// fa writes n in Persian digits, the default of both the operators' system and phones.
func fa(n int) string {
	s := []rune(strconv.Itoa(n))
	for i, r := range s {
		s[i] = faDigits[r-'0']
	}
	return string(s)
}

var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم", "بیست و پنجم", "بیست و ششم", "بیست و هفتم", "بیست و هشتم"}

func ordinal(n int) string {
	if n > 0 && n < len(ordinals) {
		return ordinals[n]
	}
	return fa(n)
}

// finglishNames: how the app's Latin-keyboard users spell the names.
var finglishNames = map[string]string{
	"تهران": "tehran", "یخ‌سازی": "yakhsazi", "صدوقی": "sadooghi", "فرهنگ": "farhang", "رجایی": "rajaei",
	"مطهری": "motahari", "انصاری": "ansari", "نسترن": "nastaran", "کاظمی": "kazemi", "بهشتی": "beheshti",
	"حاجی‌آباد": "hajiabad", "باهنر": "bahonar", "کمربندی": "kamarbandi", "مبارک‌آباد": "mobarakabad",
	"لاله": "laleh", "بعثت": "besat",
}

var finglishKinds = map[string][]string{"خیابان": {"khiaban", "kh"}, "بلوار": {"bolvar", "blvd"}, "جاده": {"jade", "jadeh"}}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }

func hoodName(rng *rand.Rand, h *hood) string {
	if chance(rng, 0.55) {
		return h.names[0]
	}
	return pick(rng, h.names)
}

func streetName(rng *rand.Rand, s *street, citizen bool) string {
	d := s.def
	if d.ordinal > 0 {
		switch rng.IntN(4) {
		case 0:
			return "خیابان " + ordinal(d.ordinal)
		case 1:
			return "خیابان " + fa(d.ordinal)
		case 2:
			return "خ " + fa(d.ordinal)
		default:
			if citizen {
				return "خیابون " + ordinal(d.ordinal)
			}
			return "خیابان " + ordinal(d.ordinal) + " بعثت"
		}
	}
	name := d.name
	if d.martyr && chance(rng, 0.4) {
		name = "شهید " + name
	}
	switch d.kind {
	case "جاده":
		return pick(rng, []string{"جاده تهران", "جاده تهران", "جاده‌ی تهران", "جاده رشت تهران", "جاده قدیم تهران"})
	case "بلوار":
		return pick(rng, []string{"بلوار " + name, "بلوار " + name, "بلوار " + name, "بل " + name, name})
	}
	r := rng.IntN(10)
	if name == s.hood.names[0] && r >= 7 {
		r = 0 // «یخ‌سازی، یخ‌سازی» says nothing: the street named after its neighbourhood keeps its «خیابان»
	}
	switch {
	case r < 5:
		return "خیابان " + name
	case r < 7:
		return "خ " + name
	case r < 8:
		return "خ." + name
	case r < 9 && citizen:
		return "خیابون " + name
	default:
		return name
	}
}

func alleyName(rng *rand.Rand, a *alley, citizen bool) string {
	word := "کوچه"
	if a.deadEnd && chance(rng, 0.3) {
		word = pick(rng, []string{"بن‌بست", "بن بست", "بنبست"})
	}
	if a.name != "" && chance(rng, 0.5) {
		n := a.name
		if strings.HasPrefix(n, "شهید ") && chance(rng, 0.4) {
			n = strings.TrimPrefix(n, "شهید ")
		}
		if chance(rng, 0.3) {
			return word + " " + fa(a.num) + " (" + n + ")"
		}
		return word + " " + n
	}
	r := rng.IntN(20)
	switch {
	case r < 8:
		return word + " " + fa(a.num)
	case r < 12:
		return word + " " + ordinal(a.num)
	case r < 15:
		return "ک " + fa(a.num)
	case r < 16:
		return "ک." + fa(a.num)
	case r < 17:
		return word + "‌ی " + fa(a.num)
	case r < 18 && !citizen:
		return word + " شماره " + fa(a.num)
	default:
		return word + " " + fa(a.num)
	}
}

func markPhrase(rng *rand.Rand, m string) string {
	return pick(rng, []string{"روبروی ", "روبروی ", "روبه‌روی ", "جنب ", "جنب ", "کنار ", "نزدیک ", "پشت ", "نرسیده به ", "بعد از "}) + m
}

func mouthPhrase(rng *rand.Rand, a *alley, citizen bool) string {
	return pick(rng, []string{"نبش ", "نبش ", "سر ", "اول ", "ابتدای ", "دهانه "}) + alleyName(rng, a, citizen)
}

// join puts parts in the operator's order (neighbourhood first) or the citizen's (the
// nearest part first), with the separators each uses.
func join(rng *rand.Rand, parts []string, citizen bool) string {
	var ps []string
	for _, p := range parts {
		if p != "" {
			ps = append(ps, p)
		}
	}
	if citizen && chance(rng, 0.45) {
		for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
			ps[i], ps[j] = ps[j], ps[i]
		}
	}
	sep := "، "
	switch r := rng.IntN(10); {
	case citizen && r < 5:
		sep = " "
	case !citizen && r < 2:
		sep = " - "
	case r < 3:
		sep = "- "
	case r < 4:
		sep = " ، "
	}
	return strings.Join(ps, sep)
}

// placeText writes the spot at the given mention as the writer would. An empty string
// means nothing was said.
func placeText(rng *rand.Rand, sp spot, m mention, citizen bool) string {
	if m == mentionNone {
		return ""
	}
	h := ""
	if !citizen || chance(rng, 0.6) {
		h = hoodName(rng, sp.hood)
	}
	switch sp.lvl {
	case atHood:
		// citizens often give their own street or alley for a neighbourhood-wide problem
		return h2(h, rng, sp.hood)
	case atPark:
		if m == mentionHood {
			return hoodName(rng, sp.hood)
		}
		return join(rng, []string{h, sp.mark.name}, citizen)
	}
	s := streetName(rng, sp.street, citizen)
	if sp.street.def.kind == "بلوار" && strings.Contains(h, sp.street.def.name) {
		h = "" // «بلوار انصاری» is both the neighbourhood and its boulevard: nobody writes it twice
	}
	if m == mentionHood {
		return hoodName(rng, sp.hood)
	}
	if m == mentionStreet {
		return join(rng, []string{h, s}, citizen)
	}
	switch sp.lvl {
	case atAlley:
		if chance(rng, 0.25) {
			s = "" // the alley and the neighbourhood are enough for many
			if h == "" {
				h = hoodName(rng, sp.hood)
			}
		}
		a := alleyName(rng, sp.alley, citizen)
		if chance(rng, 0.12) {
			a += " پلاک " + fa(1+rng.IntN(60))
		}
		return join(rng, []string{h, s, a}, citizen)
	case atPoint:
		if sp.mark != nil {
			return join(rng, []string{h, s, markPhrase(rng, sp.mark.name)}, citizen)
		}
		if sp.alley != nil {
			return join(rng, []string{h, s, mouthPhrase(rng, sp.alley, citizen)}, citizen)
		}
		return join(rng, []string{h, s}, citizen)
	default: // atStreet
		if sp.mark != nil && chance(rng, 0.7) {
			return join(rng, []string{h, s, pick(rng, []string{"", "داخل ", "نزدیک ", "ورودی "}) + sp.mark.name}, citizen)
		}
		if chance(rng, 0.3) {
			s += pick(rng, []string{" از اول تا آخر", " کل خیابان", " حد فاصل دو کوچه", ""})
		}
		return join(rng, []string{h, s}, citizen)
	}
}

// h2 is a neighbourhood, sometimes with the writer's own street or alley in it.
func h2(h string, rng *rand.Rand, hd *hood) string {
	if h == "" {
		h = hoodName(rng, hd)
	}
	if chance(rng, 0.4) {
		s := hd.streets[rng.IntN(len(hd.streets))]
		parts := []string{h, streetName(rng, s, true)}
		if len(s.alleys) > 0 && chance(rng, 0.5) {
			parts = append(parts, alleyName(rng, s.alleys[rng.IntN(len(s.alleys))], true))
		}
		return join(rng, parts, false)
	}
	return h
}

// finglishPlace is the place as typed on a Latin keyboard.
func finglishPlace(rng *rand.Rand, sp spot) string {
	h := sp.hood.finglish
	parts := []string{h}
	if sp.street != nil && chance(rng, 0.6) {
		d := sp.street.def
		if d.ordinal > 0 {
			parts = append(parts, "khiaban "+strconv.Itoa(d.ordinal))
		} else {
			if finglishNames[d.name] == h {
				parts = parts[:0] // «ansari blvd ansari»: the boulevard names the neighbourhood
			}
			parts = append(parts, pick(rng, finglishKinds[d.kind])+" "+finglishNames[d.name])
		}
	}
	if sp.alley != nil {
		parts = append(parts, pick(rng, []string{"kooche ", "koche ", "k ", "kuche "})+strconv.Itoa(sp.alley.num))
	}
	if sp.mark != nil && sp.lvl == atPark {
		parts = append(parts, "park")
	}
	if chance(rng, 0.5) {
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
	}
	return strings.Join(parts, " ")
}
