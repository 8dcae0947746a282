package rasht28

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// streetText writes the street of p one of the ways people write it.
func streetText(rng *rand.Rand, p place) string {
	if p.streetNum > 0 {
		n := strconv.Itoa(p.streetNum)
		switch pickIdx(rng, []float64{0.55, 0.25, 0.2}) {
		case 0:
			return "خیابان " + n
		case 1:
			return "خ " + n
		default:
			return "خیابان " + n + " گلسار"
		}
	}
	if p.streetKind == "بلوار" {
		if chance(rng, 0.15) {
			return strings.Replace(p.streetName, "بلوار ", "بلوار"+zwnj, 1) // a stray ZWNJ is how some keyboards autocorrect
		}
		return p.streetName
	}
	switch pickIdx(rng, []float64{0.6, 0.2, 0.2}) {
	case 0:
		return p.streetName
	case 1:
		return strings.Replace(p.streetName, "خیابان ", "خ ", 1)
	default:
		return strings.TrimPrefix(p.streetName, "خیابان ")
	}
}

// alleyText writes the alley of p; empty when p is a stretch of the street.
func alleyText(rng *rand.Rand, p place) string {
	if p.alleyKind == "" {
		return ""
	}
	kind := p.alleyKind
	if p.alleyName != "" {
		switch pickIdx(rng, []float64{0.6, 0.2, 0.1, 0.1}) {
		case 0:
			return kind + " " + p.alleyName
		case 1:
			return "کوچه" + zwnj + "ی " + p.alleyName
		case 2:
			return "ک " + p.alleyName
		default:
			return kind + " " + p.alleyName + " ته کوچه"
		}
	}
	n := strconv.Itoa(p.alleyNum)
	switch pickIdx(rng, []float64{0.4, 0.2, 0.22, 0.08, 0.1}) {
	case 0:
		return kind + " " + n
	case 1:
		return "ک " + n
	case 2:
		return kind + " " + ordinals[p.alleyNum]
	case 3:
		return kind + " شماره " + n
	default:
		return "کوچه" + zwnj + "ی " + n
	}
}

func landmarkText(rng *rand.Rand, p place) string {
	if p.landmark == "" {
		return ""
	}
	if p.landmark == "بانک ملت" || p.landmark == "بانک صادرات" || p.landmark == "بانک ملی" {
		if chance(rng, 0.3) {
			return "کنار بانک"
		}
	}
	return pick(rng, []string{"روبروی ", "جنب ", "کنار ", "نزدیک ", "پشت "}) + p.landmark
}

// address writes the place of p as an address field, in one of the orders operators and
// citizens use.
func address(rng *rand.Rand, p place) string {
	if p.park != "" {
		if strings.Contains(p.park, p.hood) {
			return pick(rng, []string{p.park, p.park, "داخل " + p.park})
		}
		switch pickIdx(rng, []float64{0.5, 0.3, 0.2}) {
		case 0:
			return p.hood + "، " + p.park
		case 1:
			return p.park
		default:
			return "داخل " + p.park + " " + p.hood
		}
	}
	st, al, lm := streetText(rng, p), alleyText(rng, p), landmarkText(rng, p)
	var parts []string
	order := pickIdx(rng, []float64{0.55, 0.15, 0.15, 0.15})
	switch {
	case order == 1 && p.streetNum > 0 && p.alleyNum > 0:
		// «کوچه دوازدهم ۱۲۴ گلسار»
		parts = []string{p.alleyKind + " " + ordinals[p.alleyNum] + " " + strconv.Itoa(p.streetNum) + " " + p.hood}
	case order == 2 && p.streetNum > 0:
		// «گلسار 124 ک 12»
		s := p.hood + " " + strconv.Itoa(p.streetNum)
		if p.alleyNum > 0 {
			s += " ک " + strconv.Itoa(p.alleyNum)
		} else if al != "" {
			s += " " + al
		}
		parts = []string{s}
	case order == 3:
		parts = []string{st}
		if al != "" {
			parts = append(parts, al)
		}
		if !strings.Contains(p.streetName, p.hood) && !strings.Contains(st, p.hood) {
			parts = append(parts, p.hood)
		}
	default:
		if !strings.Contains(st, p.hood) {
			parts = append(parts, p.hood)
		}
		parts = append(parts, st)
		if al != "" {
			if p.alleyKind == "کوچه" && chance(rng, 0.08) {
				al = "نبش " + al
			}
			parts = append(parts, al)
		}
	}
	if lm != "" && chance(rng, 0.7) {
		parts = append(parts, lm)
	}
	sep := "، "
	if chance(rng, 0.3) {
		sep = " "
	} else if chance(rng, 0.1) {
		sep = " - "
	}
	s := strings.Join(parts, sep)
	if chance(rng, 0.08) {
		s = "رشت" + sep + s
	}
	if p.alleyKind != "" && chance(rng, 0.12) {
		s += sep + "پلاک " + strconv.Itoa(1+rng.IntN(60))
	}
	return s
}

// placeInText is how a citizen names the spot inside the text itself.
func placeInText(rng *rand.Rand, p place) string {
	if p.park != "" {
		return pick(rng, []string{"تو ", "در ", ""}) + p.park
	}
	if al := alleyText(rng, p); al != "" && chance(rng, 0.7) {
		if chance(rng, 0.4) {
			return al + " " + streetText(rng, p)
		}
		return pick(rng, []string{"تو ", "در ", "سر "}) + al
	}
	if lm := landmarkText(rng, p); lm != "" {
		return streetText(rng, p) + " " + lm
	}
	return streetText(rng, p)
}

var (
	greetings = []string{"سلام", "با سلام", "سلام وقت بخیر", "با سلام و احترام", "سلام خسته نباشید", "سلام و عرض ادب"}
	closings  = []string{"لطفا رسیدگی کنید", "ممنون", "لطفا پیگیری کنید", "با تشکر", "خواهشا رسیدگی کنید",
		"ممنون میشم زودتر درست کنید", "تشکر", "لطفا یه فکری بکنید"}
	extras = []string{"چند بار زنگ زدم ولی کسی رسیدگی نکرده", "بچه‌ها و سالمندها اذیت میشن",
		"خیلی وقته همینطوره", "شب‌ها خطرناکه", "از هفته پیش اینطوریه", "همسایه‌ها همه شاکی‌ان",
		"عکسشم گذاشتم", "واقعا دیگه خسته شدیم"}
	followups = []string{"پیگیری درخواست قبلی: ", "دوباره ثبت می‌کنم، ", "بار سومه ثبت می‌کنم ",
		"هنوز رسیدگی نشده! ", "قبلا هم گزارش دادم، ", "پیگیری: "}
	operatorFollowups = []string{"پیگیری مجدد - ", "پیگیری - ", "درخواست تکراری: ", "شهروند مجددا پیگیر هستند: "}
	operatorTails     = []string{"", "", "", " - شهروند خواستار رسیدگی فوری هستند", " - به گفته شهروند از دو هفته پیش",
		"، لطفا بازدید شود", " - تماس از طرف اهالی", " - شهروند ناراضی"}
)

var finglish = map[string][]string{
	"asphalt":      {"asfalt kooche kharabe", "chale dare kooche", "asfalt nadarim"},
	"garbage":      {"ashghal jam nashode", "zobale ha mondeh bo mide"},
	"surfacewater": {"ab gerefte kooche", "joob gerefte ab rafte too hayat"},
	"lighting":     {"cheragh kooche khamooshe", "lampe tir bargh sookhte"},
	"dogs":         {"sag velgard ziad shode", "sagha hamle mikonan"},
	"debris":       {"nakhale rikhtan too kooche"},
	"parking":      {"mashin jelo parking park karde"},
	"sewage":       {"fazelab zade biroon"},
}

var hoodFinglish = map[string]string{"گلسار": "golsar", "معلم": "moallem", "منظریه": "manzarieh",
	"حمیدیان": "hamidian", "طالقانی": "taleghani"}

func finglishPlace(p place) string {
	s := hoodFinglish[p.hood]
	if p.streetNum > 0 {
		s += " " + strconv.Itoa(p.streetNum)
	}
	if p.alleyNum > 0 {
		s = fmt.Sprintf("kooche %d %s", p.alleyNum, s)
	}
	return s
}

// citizenText is an app caption (short) or a web text (longer).
func citizenText(rng *rand.Rand, pr problem, p place, web, followup, needPlace bool) string {
	var parts []string
	if chance(rng, map[bool]float64{true: 0.6, false: 0.25}[web]) {
		parts = append(parts, pick(rng, greetings))
	}
	core := pick(rng, pr.citizen)
	if p.alleyKind == "" && p.park == "" {
		// a stretch of a street, not an alley
		core = strings.ReplaceAll(core, "کوچه", "خیابون")
	}
	if followup {
		core = pick(rng, followups) + core
	}
	if needPlace || chance(rng, map[bool]float64{true: 0.4, false: 0.2}[web]) {
		if chance(rng, 0.5) {
			core = placeInText(rng, p) + pick(rng, []string{" ", "، ", " - "}) + core
		} else {
			core += " " + placeInText(rng, p)
		}
	}
	parts = append(parts, core)
	if chance(rng, map[bool]float64{true: 0.45, false: 0.12}[web]) {
		parts = append(parts, pick(rng, extras))
	}
	if chance(rng, map[bool]float64{true: 0.55, false: 0.25}[web]) {
		parts = append(parts, pick(rng, closings))
	}
	sep := "، "
	if chance(rng, 0.4) {
		sep = " "
	} else if chance(rng, 0.2) {
		sep = ". "
	}
	s := strings.Join(parts, sep)
	if chance(rng, 0.15) {
		s += pick(rng, []string{"!!", "!!!", "؟", "."})
	}
	return s
}

// operatorText is the operator's summary of a call or a visit.
func operatorText(rng *rand.Rand, pr problem, p place, followup, needPlace, inPerson bool) string {
	s := pick(rng, pr.operator)
	if p.alleyKind == "" {
		s = strings.ReplaceAll(s, "کوچه", "معبر")
	}
	if followup {
		s = pick(rng, operatorFollowups) + s
	}
	if needPlace || chance(rng, 0.15) {
		s += " در " + address(rng, p)
	}
	tail := pick(rng, operatorTails)
	if inPerson && strings.Contains(tail, "تماس") {
		tail = " - مراجعه حضوری اهالی"
	}
	return s + tail
}
