package rasht41

import (
	"math/rand/v2"
	"strings"
)

// detail is how much of the place a writer gives.
type detail int

const (
	detFull   detail = iota // the alley, the stretch, the landmark, the park
	detStreet               // only the street
	detHood                 // only the neighbourhood
	detNearby               // the street and a landmark on it
	detNone                 // nothing at all
)

// pick returns one of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// chance is true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func alleyRef(r *rand.Rand, s *street, a *alley, d digitStyle) string {
	if a.name != "" && chance(r, 0.8) {
		if a.deadEnd {
			return pick(r, []string{"بن‌بست ", "بن بست ", "کوچه "}) + a.name
		}
		return "کوچه " + a.name
	}
	n := digits(a.num, d)
	if a.deadEnd && chance(r, 0.3) {
		return pick(r, []string{"بن‌بست ", "بن بست "}) + n
	}
	if s.style == byOrdinal {
		switch x := r.Float64(); {
		case x < 0.55:
			return "کوچه " + ordinal(a.num)
		case x < 0.85:
			return "کوچه " + n
		default:
			return "ک " + n
		}
	}
	switch x := r.Float64(); {
	case x < 0.52:
		return "کوچه " + n
	case x < 0.67:
		return "ک " + n
	case x < 0.72:
		return "ک" + n
	case x < 0.80:
		return "کوچه شماره " + n
	case x < 0.94:
		return "کوچه " + ordinal(a.num)
	default:
		return "کوچه‌ی " + n
	}
}

func streetRef(r *rand.Rand, s *street) string {
	if s.kind == "جاده" {
		return "جاده " + s.name
	}
	switch x := r.Float64(); {
	case x < 0.5:
		return s.kind + " " + s.name
	case x < 0.62 && s.kind == "خیابان":
		return pick(r, []string{"خ ", "خ.", "خ. "}) + s.name
	case x < 0.62:
		return "بلوار " + s.short
	default:
		return s.short
	}
}

func hoodRef(r *rand.Rand, h *hood) string {
	if chance(r, 0.2) && !strings.HasPrefix(h.name, "کوی") {
		return "محله " + h.name
	}
	return h.name
}

var landmarkPreps = []string{"روبروی", "جنب", "کنار", "جلوی", "نزدیک", "پشت", "روبه‌روی"}

// inlinePlace is the place as a writer puts it inside a sentence.
func inlinePlace(r *rand.Rand, sp spot, det detail, d digitStyle, home *alley) string {
	switch det {
	case detStreet:
		if chance(r, 0.3) && !strings.Contains(sp.h.name, sp.st.short) {
			return streetRef(r, sp.st) + " " + sp.h.name
		}
		return streetRef(r, sp.st)
	case detHood:
		return hoodRef(r, sp.h)
	case detNearby:
		lm := pick(r, sp.st.landmarks)
		return streetRef(r, sp.st) + " " + pick(r, landmarkPreps) + " " + lm.name
	}
	switch sp.level {
	case atAlley:
		a := alleyRef(r, sp.st, sp.al, d)
		switch x := r.Float64(); {
		case x < 0.45:
			return a + " " + streetRef(r, sp.st)
		case x < 0.65 && strings.Contains(sp.h.name, sp.st.short):
			return a + " " + sp.st.short
		case x < 0.65:
			return a + " " + sp.st.short + " " + sp.h.name
		case x < 0.8:
			return streetRef(r, sp.st) + "، " + a
		case x < 0.9 && strings.Contains(sp.h.name, sp.st.short):
			return sp.h.name + " " + a
		case x < 0.9:
			return sp.h.name + " " + sp.st.short + " " + a
		default:
			return pick(r, []string{"نبش ", "سر ", "انتهای ", "اول "}) + a + " " + streetRef(r, sp.st)
		}
	case atStretch:
		st := streetRef(r, sp.st)
		if chance(r, 0.35) {
			return st + pick(r, []string{" حد فاصل کوچه ", " بین کوچه ", " از کوچه "}) + digits(sp.from, d) +
				pick(r, []string{" تا ", " و "}) + digits(sp.to, d)
		}
		k := sp.from + r.IntN(sp.to-sp.from+1)
		a := sp.st.alleys[k-1]
		return st + " " + pick(r, []string{"روبروی ", "نبش ", "نزدیک ", "سر "}) + alleyRef(r, sp.st, a, d)
	case atLandmark:
		p := pick(r, landmarkPreps) + " " + sp.lm.name
		if chance(r, 0.6) && !strings.Contains(sp.lm.name, sp.st.short) {
			p += " " + streetRef(r, sp.st)
		}
		return p
	case atPark:
		if chance(r, 0.3) {
			return sp.lm.name + " " + streetRef(r, sp.st)
		}
		return sp.lm.name
	case atHood:
		if home != nil && chance(r, 0.5) {
			if strings.Contains(sp.h.name, sp.st.short) {
				return alleyRef(r, sp.st, home, d) + " " + sp.st.short
			}
			return alleyRef(r, sp.st, home, d) + " " + sp.st.short + " " + sp.h.name
		}
		if chance(r, 0.3) {
			return pick(r, []string{"کل محله ", "محله "}) + sp.h.name
		}
		return hoodRef(r, sp.h)
	}
	return ""
}

// addressField is the address column as the writer fills it: an operator's comma list or a
// citizen's own order («گلسار 124 ک 12»).
func addressField(r *rand.Rand, sp spot, det detail, d digitStyle, formal bool, home *alley) string {
	if det == detNone {
		return ""
	}
	var parts []string
	// «استادسرا، خیابان استادسرا»: the neighbourhood is often left out when the street says it.
	if det == detHood || sp.st == nil || !strings.Contains(sp.h.name, sp.st.short) || chance(r, 0.4) {
		parts = append(parts, hoodRef(r, sp.h))
	}
	if sp.st != nil && det != detHood {
		if len(parts) > 0 && sp.h.name == sp.st.kind+" "+sp.st.name {
			// «جاده تهران» is the neighbourhood and its road: said once
		} else if len(parts) > 0 && strings.Contains(sp.h.name, sp.st.short) {
			parts = append(parts, sp.st.kind+" "+sp.st.name) // not «استادسرا، استادسرا»
		} else {
			parts = append(parts, streetRef(r, sp.st))
		}
	}
	if det == detFull {
		switch sp.level {
		case atAlley:
			parts = append(parts, alleyRef(r, sp.st, sp.al, d))
			if sp.plate > 0 && chance(r, 0.6) {
				parts = append(parts, "پلاک "+digits(sp.plate, d))
			} else if chance(r, 0.12) {
				parts = append(parts, "پلاک "+digits(1+r.IntN(60), d))
			}
		case atStretch:
			k := sp.from + r.IntN(sp.to-sp.from+1)
			parts = append(parts, pick(r, []string{"روبروی ", "نبش ", "نزدیک "})+alleyRef(r, sp.st, sp.st.alleys[k-1], d))
		case atLandmark, atPark:
			parts = append(parts, pick(r, landmarkPreps)+" "+sp.lm.name)
		case atHood:
			if home != nil {
				parts = append(parts, alleyRef(r, sp.st, home, d))
			}
		}
	}
	if det == detNearby {
		parts = append(parts, pick(r, landmarkPreps)+" "+pick(r, sp.st.landmarks).name)
	}
	if formal {
		s := strings.Join(parts, "، ")
		if chance(r, 0.3) {
			s = "رشت، " + s
		}
		return s
	}
	switch x := r.Float64(); {
	case x < 0.35:
		return strings.Join(parts, "، ")
	case x < 0.6:
		return strings.Join(parts, " ")
	case x < 0.85 && len(parts) > 1:
		// the alley first, the neighbourhood last: «کوچه دوازدهم ولیعصر کوی ولیعصر»
		rev := make([]string, len(parts))
		for i, p := range parts {
			rev[len(parts)-1-i] = p
		}
		return strings.Join(rev, " ")
	default:
		return strings.Join(parts, " - ")
	}
}

// geocoded is what the app writes in the address column from the pin: clean and coarse.
func geocoded(sp spot) string {
	if sp.st == nil {
		return "رشت، " + sp.h.name
	}
	if sp.h.name == sp.st.kind+" "+sp.st.name {
		return "رشت، " + sp.h.name
	}
	return "رشت، " + sp.h.name + "، " + sp.st.kind + " " + sp.st.name
}

// bare is the noun an operator writes when the place is in the address column.
func bare(sp spot) string {
	switch sp.level {
	case atStretch:
		return "خیابان"
	case atLandmark:
		return pick2(sp.lm.name)
	case atPark:
		return "پارک"
	case atHood:
		return "محل"
	}
	return "کوچه"
}

func pick2(name string) string { return "جلوی " + name }

var deictic = map[spotLevel][]string{
	atAlley:    {"کوچه ما", "کوچه‌مان", "این کوچه", "کوچه", "جلوی منزل ما", "کوچه‌مون"},
	atStretch:  {"خیابان ما", "این خیابان", "خیابان", "جلوی منزل ما"},
	atLandmark: {"اینجا", "جلوی مغازه"},
	atPark:     {"پارک محله", "پارک"},
	atHood:     {"محله ما", "منطقه ما", "خونه ما"},
}

var (
	greetings      = []string{"سلام", "سلام", "با سلام", "سلام وقت بخیر", "سلام خسته نباشید", "سلام و عرض ادب"}
	formalGreeting = []string{"با سلام و احترام", "با سلام و احترام", "احتراما به استحضار می‌رساند"}
	pleas          = []string{"لطفا رسیدگی کنید", "لطفا پیگیری کنید", "ممنون میشم رسیدگی کنید", "خواهشا یه کاری بکنید", "لطفا هر چه سریع‌تر اقدام کنید", "تورو خدا رسیدگی کنید"}
	thanks         = []string{"با تشکر", "ممنون", "متشکرم", "با تشکر از زحمات شما", "خدا قوت"}
	moans          = []string{"خیلی وقته همینطوره", "چند بار زنگ زدیم ولی کسی نیومد", "واقعا خسته شدیم", "هیچکس جواب نمیده", "مردم خیلی اذیت میشن"}
	followCitizen  = []string{"قبلا هم ثبت کردم ولی هنوز کاری نشده.", "بار سوم است که گزارش می‌دهم.", "پیرو درخواست قبلی", "هنوز رسیدگی نشده!"}
	followOperator = []string{"پیگیری مجدد: ", "شهروند مجدداً تماس گرفته و اعلام داشت تاکنون اقدامی نشده است. ", "تماس مکرر - ", "پیرو درخواست قبلی، "}
	operatorTails  = []string{"درخواست رسیدگی دارد.", "لطفا پیگیری شود.", "شهروند خواستار رسیدگی فوری است.", "شهروند ناراضی است.", ""}
)

func fill(tmpl, place string) string {
	return strings.TrimSpace(strings.ReplaceAll(tmpl, "{p}", place))
}
