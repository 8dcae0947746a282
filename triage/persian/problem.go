package persian

import "strings"

// Problem codes. "other" is returned when nothing is recognised.
const (
	ProblemAsphalt      = "asphalt"
	ProblemPothole      = "pothole"
	ProblemGarbage      = "garbage"
	ProblemSurfaceWater = "surface_water"
	ProblemSewage       = "sewage"
	ProblemLighting     = "lighting"
	ProblemTree         = "tree"
	ProblemStrayAnimals = "stray_animals"
	ProblemConstruction = "construction"
	ProblemSidewalk     = "sidewalk_obstruction"
	ProblemNoise        = "noise"
	ProblemParking      = "parking"
	ProblemWaterLeak    = "water_leak"
	ProblemGas          = "gas"
	ProblemTelecom      = "telecom"
	ProblemPower        = "power"
	ProblemDeadAnimal   = "dead_animal"
	ProblemOther        = "other"
)

// problemWords maps key words and two-word phrases (joined by a space) to problem codes with
// a weight: 3 names the problem outright, 1 only leans towards it.
var problemWords = map[string][]codeWeight{}

type codeWeight struct {
	code string
	w    float64
}

func init() {
	add := func(code string, w float64, words ...string) {
		for _, s := range words {
			k := Key(s)
			problemWords[k] = append(problemWords[k], codeWeight{code, w})
		}
	}
	add(ProblemAsphalt, 3, "آسفالت", "قیر", "روکش", "لکه گیری", "زیرسازی", "قیرپاشی", "اسفالت", "آسفالتی", "asphalt", "paving")
	add(ProblemAsphalt, 1, "خاکی", "ناهموار", "ترک", "ترمیم", "سنگفرش", "گل و لای", "خراب", "گل")
	add(ProblemPothole, 3, "چاله", "گودال", "دست انداز", "دستانداز", "حفره", "چاله چوله", "چالهها", "pothole", "potholes")
	add(ProblemPothole, 1, "فرورفتگی", "نشست", "شکاف", "عمیق")
	add(ProblemGarbage, 1.5, "آشغال") // also «اشغال», occupied, once folded
	add(ProblemSidewalk, 3, "اشغال کرده", "اشغال شده")
	add(ProblemGarbage, -1.5, "اشغال کرده", "اشغال شده")
	add(ProblemConstruction, 3, "نخاله")
	add(ProblemDeadAnimal, 3, "لاشه", "حیوان مرده", "سگ مرده", "گربه مرده", "dead animal", "مرده")
	add(ProblemStrayAnimals, -3, "سگ مرده", "گربه مرده")
	add(ProblemGarbage, 3, "زباله", "سطل زباله", "مخزن زباله", "زبالهها", "پسماند", "garbage", "trash", "sanitation")
	add(ProblemGarbage, 1, "بوی بد", "تعفن", "کیسه", "جمع آوری", "رفتگر", "کثیف", "کثیفی", "جاروب", "نظافت")
	add(ProblemSurfaceWater, 3, "آبگرفتگی", "آب گرفتگی", "آب باران", "آب جمع", "آب راکد", "آب ایستاده", "جوی", "جوب",
		"آبرو", "کانال", "دریچه", "آبهای سطحی", "آب سطحی", "سیلاب", "تجمع آب", "water standing", "flooding")
	add(ProblemSurfaceWater, 3, "اب میگیره", "اب میگیرد", "اب گرفته", "دریاچه")
	add(ProblemSurfaceWater, 1, "باران", "بارندگی", "گرفتگی", "لایروبی", "آب")
	add(ProblemSewage, 3, "فاضلاب", "منهول", "چاه فاضلاب", "بوی فاضلاب", "سرریز", "لوله فاضلاب", "sewer")
	add(ProblemSewage, 1, "چاه", "پس زدن", "توالت")
	add(ProblemLighting, 3, "چراغ", "روشنایی", "لامپ", "تاریک", "تاریکی", "چراغ برق", "تیر چراغ", "light", "lights", "streetlight")
	add(ProblemLighting, 1, "خاموش", "تیر")
	add(ProblemTree, 3, "درخت", "درختان", "شاخه", "هرس", "ریشه درخت", "قطع درخت", "tree", "trees")
	add(ProblemTree, 1, "فضای سبز", "چمن", "برگ", "شمشاد", "باغچه", "شکسته")
	add(ProblemStrayAnimals, 3, "سگ", "سگها", "ولگرد", "سگ ولگرد", "حیوانات", "مار", "rodent", "rat", "rats", "animal", "dog")
	add(ProblemStrayAnimals, 1.5, "گربه", "موش")
	add(ProblemStrayAnimals, 1, "گاز گرفت", "پارس", "حمله")
	add(ProblemConstruction, 3, "ساخت و ساز", "ساختوساز", "غیرمجاز", "بدون مجوز", "تخریب", "نخاله ساختمانی", "بنایی", "مصالح", "گودبرداری", "building")
	add(ProblemConstruction, 1, "ساختمان", "کارگر", "داربست", "اضافه بنا", "پروانه")
	add(ProblemSidewalk, 3, "سد معبر", "سدمعبر", "دستفروش", "اشغال پیادهرو", "بساط", "پیادهرو", "گاری", "graffiti")
	add(ProblemSidewalk, 1, "مغازه", "اجناس", "وسایل", "تابلو", "میز", "صندلی")
	add(ProblemNoise, 3, "سروصدا", "سر و صدا", "صدای", "مزاحمت", "بلندگو", "noise")
	add(ProblemNoise, 3, "صدا", "سر و صدای", "کارگاه")
	add(ProblemNoise, 1, "موسیقی", "ارکستر")
	add(ProblemParking, 3, "پارک دوبل", "پارک کرده", "پارک شده", "پارک میکنند", "پارکینگ", "مسدود", "vehicle", "abandoned", "خودروی رها شده")
	add(ProblemParking, 1, "پارک", "خودرو", "ماشین", "جلوی در", "ورودی", "راه بندان", "ترافیک", "عبور")
	add(ProblemWaterLeak, 3, "نشت آب", "ترکیدگی", "شکستگی لوله", "لوله آب", "آب شرب", "قطعی آب", "کنتور", "فشار آب", "لوله ترکیده", "هدر رفت")
	add(ProblemWaterLeak, 3, "ترکیده", "لوله ترکیده", "میجوشه", "میجوشد", "فشار اب")
	add(ProblemWaterLeak, 2, "هدر")
	add(ProblemWaterLeak, 1, "لوله", "قطع", "نشتی", "نشت")
	add(ProblemGas, 3, "گاز", "بوی گاز", "نشت گاز", "لوله گاز", "انشعاب گاز", "gas")
	add(ProblemTelecom, 3, "مخابرات", "تلفن", "اینترنت", "کابل مخابرات", "جعبه مخابرات", "فیبر", "telephone")
	add(ProblemPower, 3, "قطعی برق", "برق قطع", "سیم برق", "کابل برق", "ترانس", "پست برق", "کنتور برق", "power")
	add(ProblemPower, 1, "برق", "سیم", "جرقه")
	// phrases that undo a single word's lean
	add(ProblemStrayAnimals, 3, "گاز گرفتند", "گاز گرفته", "گاز گرفت")
	add(ProblemGas, -3, "گاز گرفت", "گاز گرفتند", "گاز گرفته", "فلکه گاز", "میدان گاز")
	add(ProblemParking, -3, "پارک محله", "داخل پارک", "پشت پارک")
	add(ProblemTree, 3, "داخل پارک")
}

// Keywords returns the problem words found in a key (see Key), each with the code it points
// to; a weight below zero marks a phrase that cancels a word («گاز گرفت» is a bite, not gas).
// The jurisdiction engine can reuse it to explain a flag.
func Keywords(key string) []Keyword { return keywordsOf(strings.Fields(key)) }

func keywordsOf(ws []string) []Keyword {
	var out []Keyword
	for i, w := range ws {
		if _, ok := problemWords[w]; !ok {
			w = stem(w)
		}
		for _, cw := range problemWords[w] {
			out = append(out, Keyword{Word: w, Code: cw.code, Weight: cw.w})
		}
		if i+1 < len(ws) {
			bi := w + " " + ws[i+1]
			if _, ok := problemWords[bi]; !ok {
				bi = w + " " + stem(ws[i+1])
			}
			for _, cw := range problemWords[bi] {
				out = append(out, Keyword{Word: bi, Code: cw.code, Weight: cw.w})
			}
		}
	}
	return out
}

// Keyword is a problem word found in a text.
type Keyword struct {
	Word   string
	Code   string
	Weight float64
}

// categoryHint is how much the operator's category counts against the text: it is a hint,
// often vague («سایر») and sometimes wrong, so a single clear word in the text beats it.
const categoryHint = 2.0

// Problem says what is wrong, as a code, from the text and the operator's category, with a
// confidence in 0..1. It returns ProblemOther, 0 when nothing is recognised.
func Problem(text, category string) (code string, confidence float64) {
	code, confidence, _ = problemOf(keyTokens(text), keyTokens(category))
	return code, confidence
}

type codeScore struct {
	code string
	w    float64
}

// problemOf is Problem on key words; fromText reports whether the text itself named a problem.
func problemOf(text, category []string) (code string, confidence float64, fromText bool) {
	var scores []codeScore
	add := func(code string, w float64) {
		for i := range scores {
			if scores[i].code == code {
				scores[i].w += w
				return
			}
		}
		scores = append(scores, codeScore{code, w})
	}
	for _, k := range keywordsOf(text) {
		add(k.Code, k.Weight)
		fromText = fromText || k.Weight > 0
	}
	// a category names one problem; its best code gets the hint weight
	var cs []codeScore
	for _, k := range keywordsOf(category) {
		found := false
		for i := range cs {
			if cs[i].code == k.Code {
				cs[i].w += k.Weight
				found = true
			}
		}
		if !found {
			cs = append(cs, codeScore{k.Code, k.Weight})
		}
	}
	var best codeScore
	for _, c := range cs {
		if c.w > best.w || (c.w == best.w && c.code < best.code) {
			best = c
		}
	}
	if best.code != "" && best.w > 0 {
		add(best.code, categoryHint)
	}
	total := 0.0
	top := codeScore{code: ProblemOther}
	for _, c := range scores {
		if c.w <= 0 {
			continue
		}
		total += c.w
		if c.w > top.w || (c.w == top.w && c.code < top.code) {
			top = c
		}
	}
	if top.w == 0 {
		return ProblemOther, 0, fromText
	}
	return top.code, min(top.w/(total+1), 1), fromText
}

var problemTitles = map[string]string{
	ProblemAsphalt: "آسفالت", ProblemPothole: "چاله و دست‌انداز", ProblemGarbage: "زباله",
	ProblemSurfaceWater: "آب‌گرفتگی", ProblemSewage: "فاضلاب", ProblemLighting: "روشنایی معابر",
	ProblemTree: "درخت و فضای سبز", ProblemStrayAnimals: "حیوانات ولگرد", ProblemConstruction: "ساخت‌وساز",
	ProblemSidewalk: "سد معبر", ProblemNoise: "سروصدا", ProblemParking: "پارک خودرو",
	ProblemWaterLeak: "نشت آب", ProblemGas: "گاز", ProblemTelecom: "مخابرات", ProblemPower: "برق",
	ProblemDeadAnimal: "لاشه حیوان", ProblemOther: "سایر",
}

// ProblemTitle is the Persian name of a problem code, for people.
func ProblemTitle(code string) string {
	if t, ok := problemTitles[code]; ok {
		return t
	}
	return code
}

// families are problems that people describe with each other's words: a pothole is an
// asphalt defect. Grouping blocks by family, so the two can be one issue.
var families = map[string]string{ProblemPothole: ProblemAsphalt}

// Family is the problem family of a code, used to decide what may be one issue.
func Family(code string) string {
	if f, ok := families[code]; ok {
		return f
	}
	return code
}

// stem strips a plural suffix («چالهها» → «چاله») so plurals find their word.
func stem(w string) string {
	for _, suf := range []string{"هایی", "های", "ها", "ان"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
