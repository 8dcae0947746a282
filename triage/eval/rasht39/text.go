package rasht39

import (
	"math/rand/v2"
	"strings"
)

// variantOf reads the «2|» tag of a phrase: phrases of one sub-problem share a tag, untagged
// ones fit every sub-problem of the kind.
func variantOf(s string) (int, string) {
	if len(s) > 2 && s[1] == '|' && s[0] >= '1' && s[0] <= '9' {
		return int(s[0] - '0'), s[2:]
	}
	return 0, s
}

// phrases keeps those of xs that fit sub-problem v.
func phrases(xs []string, v int) []string {
	var out []string
	for _, x := range xs {
		if tag, s := variantOf(x); tag == 0 || tag == v {
			out = append(out, s)
		}
	}
	return out
}

// variants lists the sub-problems a kind's phrases name (0 when it has none).
func variants(p *problem) []int {
	seen := map[int]bool{}
	var vs []int
	for _, x := range p.nouns {
		if tag, _ := variantOf(x); tag > 0 && !seen[tag] {
			seen[tag] = true
			vs = append(vs, tag)
		}
	}
	if len(vs) == 0 {
		return []int{0}
	}
	return vs
}

func orElse(xs, alt []string) []string {
	if len(xs) > 0 {
		return xs
	}
	return alt
}

// operatorText is a 137 operator's summary of a call: terse, third person.
// place is "" when the operator put the place only in the address field.
func operatorText(r *rand.Rand, p *problem, v int, place string, followup bool) (withRef, noRef string) {
	nouns := phrases(p.nouns, v)
	asks := orElse(phrases(p.asks, v), nouns)
	noun := pick(r, nouns)
	in := ""
	if place != "" {
		in = " " + pick(r, []string{"در ", "در ", "", "واقع در "}) + place
	}
	if followup {
		noun2 := pick(r, nouns)
		noRef = pick(r, []string{
			"تماس مجدد شهروند؛ " + noun2 + in + " هنوز رفع نشده است",
			"شهروند برای چندمین بار تماس گرفته: " + noun2 + in,
			"پیگیری مجدد " + noun2 + in + "، تاکنون اقدامی نشده",
			"شهروند اعتراض دارد که با وجود تماس قبلی " + noun2 + in + " برطرف نشده",
		})
		withRef = pick(r, []string{
			"پیگیری درخواست شماره {REF}؛ " + noun2 + in + " هنوز رفع نشده",
			"پیرو درخواست {REF}، " + noun2 + in + " همچنان باقی است",
		})
		return withRef, noRef
	}
	var s string
	switch x := r.IntN(10); {
	case x < 3:
		s = noun + in
	case x < 5:
		s = "شهروند از " + noun + in + " " + pick(r, []string{"گلایه دارد", "شکایت دارد", "گلایه داشتند", "ناراضی است"})
	case x < 7:
		s = pick(r, asks) + in
	case x < 8:
		s = "شهروند تماس گرفته و اعلام نموده " + noun + in + " " + pick(r, []string{"وجود دارد", "مشکل‌ساز شده است", "است"})
	default:
		s = noun + in + "، " + pick(r, []string{"چند روز است", "خواهان رسیدگی فوری", "تماس مکرر شهروندان", "خطر برای عابرین", "مشکل برای رفت و آمد اهالی", "ساکنین معترض هستند"})
	}
	if r.IntN(8) == 0 {
		s += pick(r, []string{". شماره تماس ثبت شد", "، لطفا بازدید شود", "؛ شهروند درخواست پیگیری دارد"})
	}
	return s, s
}

var greetings = []string{"سلام", "سلام", "سلام وقت بخیر", "سلام خسته نباشید", "باسلام", "سلام و عرض ادب", "با سلام"}

var pleas = []string{"لطفا رسیدگی کنید", "لطفا رسیدگی کنید", "تورو خدا یه فکری بکنید", "چرا کسی رسیدگی نمیکنه؟", "مسئولین کجان؟",
	"ممنون میشم پیگیری کنید", "خواهش میکنم زودتر درستش کنید", "شهرداری چرا کاری نمیکنه", "لطفا سریعتر اقدام کنید"}

var thanks = []string{"ممنون", "با تشکر", "مرسی", "سپاس", "تشکر"}

// citizenText is what a citizen types in the app (short, spoken Persian), with place ""
// when the pin and the address field say where.
func citizenText(r *rand.Rand, p *problem, v int, place string, followup bool) string {
	says := orElse(phrases(p.says, v), phrases(p.nouns, v))
	if r.IntN(12) == 0 && !followup {
		// the photo says it all: a word or two
		w := pick(r, phrases(p.nouns, v))
		if place != "" {
			w += " " + place
		}
		return w + pick(r, []string{"", "!!", "!", " ؟"})
	}
	var b []string
	if r.IntN(10) < 4 {
		b = append(b, pick(r, greetings))
	}
	say := pick(r, says)
	if followup {
		say = pick(r, []string{"قبلا هم گزارش دادم ولی", "بار سومه ثبت میکنم،", "دوباره میگم", "هنوز هیچ کاری نکردن،", "چند بار گفتیم"}) + " " + say
	}
	place = strings.TrimPrefix(place, "رشت، ") // the caption is not a postal address
	if place != "" {
		if r.IntN(2) == 0 {
			say = pick(r, []string{"تو ", "", "سر ", "توی "}) + place + " " + say
		} else {
			say += " " + pick(r, []string{"", "", "آدرس: ", "تو "}) + place
		}
	}
	b = append(b, say)
	if r.IntN(2) == 0 {
		b = append(b, pick(r, pleas))
	}
	if r.IntN(5) == 0 {
		b = append(b, pick(r, thanks))
	}
	sep := pick(r, []string{" ", "، ", ". ", "\n"})
	return strings.Join(b, sep)
}

// finglishText is the same in Latin letters, as a few app users write.
func finglishText(r *rand.Rand, p *problem, place string) string {
	s := pick(r, p.finglish)
	if place != "" {
		s = place + " " + s
	}
	if r.IntN(2) == 0 {
		s = "salam " + s
	}
	return s + pick(r, []string{"", " lotfan residegi konid", " lotfan", " merC"})
}

// webText is the web form: longer, written, formal.
func webText(r *rand.Rand, p *problem, v int, place string, followup bool) string {
	noun := pick(r, phrases(p.nouns, v))
	place = strings.TrimPrefix(place, "رشت، ")
	in := ""
	if place != "" {
		in = " در " + place
	}
	if followup {
		return "با سلام، " + noun + in + " که قبلا نیز اعلام شده بود همچنان پابرجاست. خواهشمند است پیگیری فرمایید."
	}
	switch r.IntN(4) {
	case 0:
		return "با سلام و احترام، به استحضار می‌رساند " + noun + in + " موجب مشکلات فراوان برای ساکنین شده است. خواهشمند است دستور رسیدگی صادر فرمایید."
	case 1:
		return "احتراما " + noun + in + " مدتی است ادامه دارد. " + pick(r, pleas) + "."
	case 2:
		return "سلام. " + pick(r, orElse(phrases(p.says, v), []string{noun})) + in + ". " + pick(r, pleas)
	}
	return noun + in + ". با تشکر"
}

// walkInText is what the district's clerk types for someone at the counter.
func walkInText(r *rand.Rand, p *problem, v int, place string, followup bool) string {
	noun := pick(r, phrases(p.nouns, v))
	place = strings.TrimPrefix(place, "رشت، ")
	in := ""
	if place != "" {
		in = " در " + place
	}
	if followup {
		return "مراجعه حضوری جهت پیگیری: " + noun + in
	}
	switch r.IntN(4) {
	case 0:
		return "مراجعه حضوری: " + noun + in
	case 1:
		return "ارباب رجوع حضوری اعلام نمود " + noun + in
	case 2:
		return "نامه ساکنین" + in + " درباره " + noun
	}
	return "مراجعه حضوری شهروند - " + pick(r, orElse(phrases(p.asks, v), []string{noun})) + in
}

// placelessText is a complaint that names no place: the clerk cannot join it to anything.
func placelessText(r *rand.Rand, p *problem, v int, citizen bool) string {
	noun := pick(r, phrases(p.nouns, v))
	if citizen {
		says := orElse(phrases(p.says, v), []string{noun})
		return pick(r, []string{
			pick(r, says) + " " + pick(r, pleas),
			"چرا به " + noun + " رسیدگی نمیکنید؟",
			pick(r, greetings) + " " + pick(r, says),
		})
	}
	return pick(r, []string{
		"شهروند از " + noun + " گلایه دارد، آدرس اعلام نشد",
		noun + " - شهروند آدرس دقیق را اعلام نکرد",
		"تماس شهروند درباره " + noun + "، قطع تماس قبل از ثبت آدرس",
		"شهروند از " + noun + " در محله شکایت دارد؛ آدرس ثبت نشد",
	})
}
