package jurisdiction

import "unicode/utf8"

// Venting. A caller often lets off steam before the request: other grievances said in
// passing («برق هم که هر روز قطع میشه بماند», «همسایه‌ها هم که شب‌ها سر و صدا میکنن، اون یه
// حرف دیگه», «زباله‌ها هم که دیر جمع میشه، عادت کردیم») and then turns to what they ask for
// («بگذریم، ...», «خلاصه اینکه ...», «اما درخواستم اینه: ...»). What came before the turn,
// and a grievance the writer dismisses, is no request: it is hidden from every rule, as long
// as the rest of the text names something a rule knows (see Engine.Explain).

// turns end the venting: the request follows. Each is a run of keyed tokens.
var turns = [][]string{
	{"بگذریم"}, {"بکذریم"}, {"بگذریمم"}, {"بیخیال"},
	{"درخواستم", "اینه"}, {"درخواستم", "این", "است"}, {"درخواستم", "اینست"},
	{"عرضم", "اینه"}, {"عرضم", "این", "است"}, {"عرضم", "اینست"},
	{"اصل", "مطلب"}, {"اصل", "حرفم"}, {"حرف", "اصلیم"},
	{"مشکل", "اصلی", "اینه"}, {"مشکل", "اصلی", "این", "است"}, {"مشکل", "اصلیم", "اینه"}, {"مشکل", "اصلی", "ما", "اینه"},
}

// summaries end the venting too, but «خلاصه اینکه» as often sums up the complaint before it
// («فاضلاب زده بیرون و کوچه رو برداشته، خلاصه اینکه ...»): they turn only after a grievance
// said in passing, a clause that opens «X هم ...» («گاز شهری هم تازه اومده»).
var summaries = [][]string{
	{"خلاصه", "اینکه"}, {"خلاصه", "این", "که"}, {"خلاصه", "که"}, {"خلاصه", "کلام"}, {"خلاصه", "بگم"}, {"القصه"},
}

// dismissals close a grievance the writer sets aside themselves: «اون یه حرف دیگه», «اون
// دیگه با شما نیست», «عادت کردیم», «بماند».
var dismissals = [][]string{
	{"اون", "یه", "حرف", "دیگه"}, {"اون", "یه", "حرف", "دیکه"}, {"اون", "یه", "حرف", "دیگست"},
	{"ان", "یک", "حرف", "دیگر", "است"}, {"ان", "حرف", "دیگری", "است"}, {"اون", "حرف", "دیگست"},
	{"اون", "یه", "داستان", "دیگست"}, {"اون", "یه", "داستان", "دیگه"},
	{"اون", "دیگه", "با", "شما", "نیست"}, {"ان", "دیگر", "با", "شما", "نیست"}, {"اون", "با", "شما", "نیست"},
	{"اون", "دیگه", "کار", "شما", "نیست"}, {"اون", "کار", "شما", "نیست"},
	{"عادت", "کردیم"}, {"عادت", "کردیم", "دیگه"}, {"بماند"}, {"بمونه"}, {"بگذریم"}, {"بکذریم"},
}

// predates closes a grievance with «... مال قبل بود»: the problem was there before what the
// writer just blamed on another agency.
var predates = [][]string{
	{"مال", "قبل", "بود"}, {"مال", "قبله"}, {"مال", "قبل", "است"}, {"مال", "قبل", "هست"}, {"مال", "قبلا", "بود"},
	{"از", "قبل", "بود"}, {"از", "قبل", "بوده"}, {"مال", "قبل", "از", "اون", "بود"}, {"قبل", "از", "اون", "بود"},
	{"ربطی", "به", "اون", "نداره"}, {"ربطی", "به", "ان", "ندارد"}, {"ربطی", "به", "اونا", "نداره"},
}

// The runs as typed on an Arabic keyboard too («اون یه حرف دیکه», «بکذریم»): none is
// another phrase so typed.
func init() {
	for _, runs := range []*[][]string{&turns, &summaries, &dismissals, &predates} {
		for _, r := range *runs {
			folded, changed := make([]string, len(r)), false
			for k, w := range r {
				folded[k] = arabicLayout.Replace(w)
				changed = changed || folded[k] != w
			}
			if changed {
				*runs = append(*runs, folded)
			}
		}
	}
	ventStarts, fuzzyStarts = startsOf()
}

// predateStarts are the words a predates run may start with.
var predateStarts = setOf("مال", "از", "قبل", "ربطی")

// ventStarts are the words a turn, a summary or a dismissal may start with, and fuzzyStarts
// the first letters of the one-word ones that forgive a typo: most tokens are neither, and
// are passed over without trying every run.
var ventStarts, fuzzyStarts = startsOf()

func startsOf() (map[string]bool, map[rune]bool) {
	words, letters := map[string]bool{}, map[rune]bool{}
	for _, runs := range [][][]string{turns, summaries, dismissals} {
		for _, r := range runs {
			words[r[0]] = true
			if len(r) == 1 && utf8.RuneCountInString(r[0]) >= 5 {
				letters[firstRune(r[0])] = true
			}
		}
	}
	return words, letters
}

// untold closes «از ... نگم»: what the writer passes over.
var untold = setOf("نگم", "نگویم", "نمیگم", "نمیگویم", "بگذرم")

// runAt reports whether the tokens from i spell one of the runs, and where it ends. A run of
// one long word forgives a typo in it («بگذری», «بگزریم»).
func runAt(toks []string, i int, runs [][]string) (end int, ok bool) {
	best := -1
	for _, r := range runs {
		if i+len(r) > len(toks) || i+len(r) <= best {
			continue
		}
		match := true
		for k, w := range r {
			if toks[i+k] != w && !(len(r) == 1 && utf8.RuneCountInString(w) >= 5 && firstRune(toks[i]) == firstRune(w) && within1(toks[i], w)) {
				match = false
				break
			}
		}
		if match {
			best = i + len(r)
		}
	}
	return best, best >= 0
}

// markVenting fills d.vent: what comes before the last turn, a «X هم که ...» grievance (up to
// the end of its clause or a dismissal) that a turn or a dismissal follows, a clause the
// writer dismisses with the dismissal itself, and what they pass over («از ... نگم»). brk[i]
// is true when a clause ends after token i.
func (d *doc) markVenting(brk []bool) {
	n := len(d.toks)
	var vent []bool
	mark := func(from, to int) {
		if vent == nil {
			vent = make([]bool, n)
		}
		for k := max(from, 0); k < to && k < n; k++ {
			vent[k] = true
		}
	}
	clauseStart := func(i int) int {
		for i > 0 && !brk[i-1] {
			i--
		}
		return i
	}
	also := false // a clause so far opened «X هم ...»
	cue := -1     // where the last turn, summary or dismissal starts
	var grievances [][2]int
	for i := 0; i < n; i++ {
		if i > 0 && d.toks[i] == "هم" && i-clauseStart(i) <= 4 && i > clauseStart(i) {
			also = true
		}
		if untold[d.toks[i]] && i > clauseStart(i) && d.toks[clauseStart(i)] == "از" {
			// «از وضع گرونی و اجاره خونه نگم براتون»: what the writer will not go into; «از
			// بوی فاضلاب نگم که نمیشه نفس کشید» dwells on it
			to := i + 1
			if to < n && (d.toks[to] == "براتون" || d.toks[to] == "براتان" || d.toks[to] == "برایتان") {
				to++
			}
			if to >= n || d.toks[to] != "که" {
				grievances = append(grievances, [2]int{clauseStart(i), to})
			}
			continue
		}
		if !ventStarts[d.toks[i]] && !fuzzyStarts[firstRune(d.toks[i])] && d.toks[i] != "هم" && !predateStarts[d.toks[i]] {
			continue
		}
		if end, ok := runAt(d.toks, i, turns); ok {
			mark(0, end)
			cue = i
		}
		if end, ok := runAt(d.toks, i, summaries); ok && also {
			mark(0, end)
			cue = i
		}
		if end, ok := runAt(d.toks, i, dismissals); ok && (end == n || brk[end-1] || turnAt(d.toks, end)) {
			cue = i
			// «..., اون یه حرف دیگه،»: the clause before, or the one it closes
			from := clauseStart(i)
			if from == i && i > 0 {
				from = clauseStart(i - 1)
			}
			mark(from, end)
		}
		// «مخابرات هم که کابلشو کشید رفت ولی این مشکل مال قبل بود»: the grievance, however far
		// into the clause, has nothing to do with this request, as the writer says; from a few
		// words before its «هم که» to the end of the dismissal. Unlike venting it is never read
		// back, even when the rest names nothing a rule knows («مخزن رو جابجا کنید»).
		if end, ok := runAt(d.toks, i, predates); ok {
			for h := i - 1; h > clauseStart(i) && h >= i-14; h-- {
				if d.toks[h-1] == "هم" && d.toks[h] == "که" {
					for k := max(clauseStart(i), h-4); k < end; k++ {
						d.negated[k] = true
					}
					break
				}
			}
		}
		// «برق هم که هر روز قطع میشه بماند»، «روبروی اداره گاز هم که هست هیچکس نمیبینه»: a
		// topic a few words long, then «هم که»
		if i+1 < n && d.toks[i] == "هم" && d.toks[i+1] == "که" && !brk[i] {
			from := clauseStart(i)
			if i-from > 4 || i == from {
				continue
			}
			to := i + 2
			for to < n && !brk[to-1] {
				if _, ok := runAt(d.toks, to, dismissals); ok {
					break
				}
				if turnAt(d.toks, to) {
					break
				}
				to++
			}
			grievances = append(grievances, [2]int{from, to})
		}
	}
	// a grievance is vented only when the writer turns from it or dismisses it later; one
	// that ends the text («کوچه کثیفه، فاضلاب هم که زده بیرون») is a complaint of its own
	for _, g := range grievances {
		if cue >= g[0] {
			mark(g[0], g[1])
		}
	}
	d.vent = vent
}

// turnAt reports whether a turn or a summary starts at toks[i].
func turnAt(toks []string, i int) bool {
	_, ok := runAt(toks, i, turns)
	if !ok {
		_, ok = runAt(toks, i, summaries)
	}
	return ok
}

// compareWords open a comparison; pastOccasions after them name an earlier occasion: «مثل
// دفعه قبل که برق رفته بود کسی نیامد», «مانند پارسال که فاضلاب زده بود بیرون».
var (
	compareWords = setOf("مثل", "مانند", "عین", "همانند", "همچون", "مثه", "مث", "مثله", "بسان", "برخلاف", "برعکس",
		"خلاف")
	// comparedOffices: «برخلاف اداره برق که زود میان», «مثل مخابرات که همیشه جواب میده»: how
	// another office answers, not what the request is about.
	comparedOffices = setOf("اداره", "ادارهی", "ادارات", "شرکت", "ابفا", "مخابرات", "پلیس", "کلانتری", "اتشنشانی",
		"ماموران", "مامورای", "پیمانکار")
	pastOccasions = setOf("دفعه", "دفعهی", "دفعات", "دفعههای", "دفعهای", "بار", "باری", "سری", "مرتبه", "نوبت",
		"دفه", "دفعهٔ", "وقتی", "وقتیکه", "زمانی", "موقعی", "هنگامی", "روزی", "شبی", "پارسال", "سال", "ماه", "هفته",
		"موقع", "وقت", "زمان", "قبل", "قبلا", "دیشب", "دیروز", "پریروز", "پریشب",
		"زمستان", "زمستون", "تابستان", "تابستون", "پاییز", "بهار")
)

// markCompared adds to d.vent a comparison with an earlier occasion or another office («برخلاف
// اداره برق که زود میان»), from «مثل» through the
// «که» clause that tells what happened then, up to its past «بود» or the end of the clause:
// the writer compares how the municipality answered before, and what went wrong that time
// («برق رفته بود») is no request. As with venting, a text that names nothing else is read
// whole. «مثل دفعه قبل» without «که» («برق رفته، مثل دفعه قبل») compares the complaint
// itself, and stays.
func (d *doc) markCompared(brk []bool) {
	n := len(d.toks)
	for i := 0; i+3 < n; i++ {
		if !compareWords[d.toks[i]] || brk[i] {
			continue
		}
		occasion := -1
		for k := i + 1; k < n && k <= i+3; k++ {
			if pastOccasions[d.toks[k]] || comparedOffices[d.toks[k]] {
				occasion = k
				break
			}
			if brk[k] {
				break
			}
		}
		if occasion < 0 || brk[occasion] {
			continue
		}
		that := -1
		for k := occasion + 1; k < n && k <= occasion+4; k++ {
			if d.toks[k] == "که" {
				that = k
				break
			}
			if brk[k] {
				break
			}
		}
		if that < 0 {
			continue
		}
		end := that
		for end+1 < n && !brk[end] {
			end++
			if pastWords[d.toks[end]] {
				break
			}
		}
		if d.vent == nil {
			d.vent = make([]bool, n)
		}
		for k := i; k <= end; k++ {
			d.vent[k] = true
		}
		i = end
	}
}

var (
	// earlierWords and requestWords make a reference to an earlier request of the writer's:
	// «قبلا ... را با شماره ۷۱۶۹۹۳۹ گزارش داده بودم», «درخواست قبلی من با کد ...».
	earlierWords = setOf("قبلا", "قبلی", "قبلیم", "قبلیمون", "پیشین", "پیشینم", "سابق")
	// aboutWords tell what that request was about: «... درباره خرابی آسفالت بود».
	aboutWords = setOf("درباره", "دربارهی", "مربوط", "راجع", "راجب", "بابت", "موضوعش")
	// otherTopics after a topic word say this one is another: «این یکی موضوع دیگری است».
	topicWords  = setOf("موضوع", "مورد", "مشکل", "مسئله", "مساله", "قضیه", "داستان")
	otherTopics = setOf("دیگری", "دیگر", "دیگه", "دیگهای", "جدید", "جدیدی", "جدا", "جداگانه", "جداگانهای", "متفاوت", "متفاوتی")
)

var (
	// occasionWords and lastWords make «دفعه قبل», «بار پیش», «سری قبل»: an earlier occasion.
	occasionWords = setOf("دفعه", "دفعهی", "دفه", "بار", "سری", "مرتبه", "نوبت")
	lastWords     = setOf("قبل", "پیش", "قبلی", "گذشته")
	// differWords after «این یکی», «این مورد»: this one is different («فرق داره», «فرق میکنه»).
	differWords = []string{"فرق", "فرقی", "متفاوت", "جداست", "جدا"}
)

// anotherAt finds «این یکی فرق داره», «این مورد فرق میکنه», «این یکی جداست» in toks[from:to]
// and returns where it ends, or -1.
func (d *doc) anotherAt(from, to int) int {
	for k := from; k+2 < to+1 && k+1 < len(d.toks); k++ {
		if d.toks[k] != "این" && d.toks[k] != "اینم" {
			continue
		}
		j := k + 1
		if d.toks[j] == "یکی" || topicWords[d.toks[j]] || d.toks[j] == "بار" || d.toks[j] == "دفعه" {
			j++
		}
		if j < len(d.toks) && j < to && hasAnyPrefix(d.toks[j], differWords) && d.toks[j] != "فرقون" {
			end := j
			if end+1 < len(d.toks) && end+1 < to {
				end++ // «داره», «میکنه»
			}
			return end
		}
	}
	return -1
}

// occasionStart is where «دفعه قبل» starts, given the token of its «قبل».
func (d *doc) occasionStart(a, earlier int) int {
	if earlier > a && inSet(d.toks[earlier-1], occasionWords) {
		return earlier - 1
	}
	return earlier
}

// markEarlier hides what the writer says an earlier request of theirs was about,
// when they say this one is about something else: «قبلا آویزان بودن سیم برق را با شماره
// ۷۱۶۹۹۳۹ گزارش داده بودم؛ این یکی موضوع دیگری است: ...», «(کد قبلی من ۷۱۹۱۶۹۴ مربوط به
// تجمع آب‌های سطحی بود)». A follow-up that names its earlier request's problem («قبلا
// نشت گاز را گزارش دادم ولی هنوز ...») says neither, and keeps its words. Unlike venting,
// the earlier request is never read back: the writer said it is not this one.
func (d *doc) markEarlier(brk []bool) {
	n := len(d.toks)
	mark := func(from, to int) {
		for k := from; k <= to && k < n; k++ {
			d.negated[k] = true
		}
	}
	for a := 0; a < n; {
		b := a
		for b < n-1 && !brk[b] {
			b++
		}
		earlier, request := -1, false
		for k := a; k <= b; k++ {
			if (earlierWords[d.toks[k]] || k > a && inSet(d.toks[k-1], occasionWords) && lastWords[d.toks[k]]) && earlier < 0 {
				earlier = k
			}
			request = request || requestWords[d.toks[k]] || reportWords[d.toks[k]] || d.toks[k] == "شماره"
		}
		if earlier < 0 || !request {
			a = b + 1
			continue
		}
		// «... درباره X بود»: what it was about, up to its past «بود»
		// «(قبلا هم بابت گل آلود بودن آب شرب با کد ... تماس گرفته بود)»: to the clause's last
		// «بود», not an infinitive's «بودن» on the way
		about, last := false, -1
		for k := a; k <= b; k++ {
			if aboutWords[d.toks[k]] {
				about = true
			}
			if about && pastWords[d.toks[k]] {
				last = k
			}
		}
		if last >= 0 {
			mark(a, last)
		}
		// «دفعه قبل برای X زنگ زدم کد N که درست شد این یکی فرق داره»: said in the same clause,
		// from the earlier occasion on; what the clause says before it is this request's own
		if f := d.anotherAt(earlier+1, b+1); f >= 0 {
			mark(d.occasionStart(a, earlier), f)
			d.another = true
			a = b + 1
			continue
		}
		// «...؛ این یکی موضوع دیگری است:» in the next clause or two
		next := b + 1
		for c := 0; c < 2 && next < n; c++ {
			e := next
			for e < n-1 && !brk[e] {
				e++
			}
			found := false
			for k := next; k < e; k++ {
				if topicWords[d.toks[k]] && otherTopics[d.toks[k+1]] {
					found = true
					break
				}
			}
			found = found || d.anotherAt(next, e+1) >= 0
			if found {
				from := a
				if !earlierWords[d.toks[earlier]] {
					from = d.occasionStart(a, earlier) // «دفعه قبل»: what came before it is this request
				}
				mark(from, e)
				d.another = true
				b = e
				break
			}
			next = e + 1
		}
		a = b + 1
	}
}

// lesserRuns close a problem the writer says matters less than the one they report: «البته
// مشکل فاضلاب هم داریم ولی فعلا این مهمتره».
var lesserRuns = [][]string{
	{"این", "مهمتره"}, {"این", "مهمتر", "است"}, {"این", "مهمتر", "هست"}, {"این", "مهم", "تره"}, {"این", "یکی", "مهمتره"},
	{"این", "یکی", "مهمتر", "است"}, {"این", "مهمتر"}, {"این", "واجبتره"}, {"این", "واجبتر", "است"}, {"این", "فوریتره"},
	{"این", "فوری", "تره"}, {"این", "اولویت", "داره"}, {"این", "اولویت", "دارد"},
}

// unrelatedRuns close what the writer says has nothing to do with this request: «قبلا آب و
// فاضلاب اینجا رو کنده بود ولی ربطی به این موضوع نداره».
var unrelatedRuns = [][]string{
	{"ربطی", "به", "این", "موضوع", "نداره"}, {"ربطی", "به", "این", "موضوع", "ندارد"}, {"ربطی", "به", "این", "مشکل", "نداره"},
	{"ربطی", "به", "این", "مشکل", "ندارد"}, {"ربطی", "به", "این", "قضیه", "نداره"}, {"ربطی", "به", "این", "مورد", "نداره"},
	{"ربطی", "به", "این", "مورد", "ندارد"}, {"به", "این", "موضوع", "ربطی", "نداره"}, {"به", "این", "موضوع", "ربطی", "ندارد"},
	{"ارتباطی", "به", "این", "موضوع", "ندارد"}, {"ارتباطی", "به", "این", "مشکل", "ندارد"}, {"ربطی", "به", "این", "نداره"},
	{"ربطی", "به", "این", "ندارد"},
}

var (
	// alsoHave close «X هم داریم»: another problem the household has.
	alsoHave = setOf("داریم", "دارم", "هست", "داره", "دارد", "داریمم")
	// butWords join the lesser or unrelated clause to what the writer says of it.
	butWords = setOf("ولی", "اما", "فعلا", "فعلن", "الان", "که", "البته")
	// sinceWords start an earlier event the writer sets apart: «قبلا آب و فاضلاب اینجا رو کنده بود».
	sinceWords = setOf("قبلا", "قبلن", "پارسال", "البته", "سال", "ماه", "هفته", "پیشتر", "چندوقت")
)

// markLesser hides, and never reads back, another problem the writer names only to put it
// after this one («البته مشکل فاضلاب هم داریم ولی فعلا این مهمتره»: from «البته», or a few
// words before its «هم داریم», to the end), and an earlier event they say has nothing to do
// with this request («قبلا آب و فاضلاب اینجا رو کنده بود ولی ربطی به این موضوع نداره»: from
// the word that sets it in the past).
func (d *doc) markLesser(brk []bool) {
	n := len(d.toks)
	clauseStart := func(i int) int {
		for i > 0 && !brk[i-1] {
			i--
		}
		return i
	}
	hide := func(from, to int) {
		for k := from; k < to && k < n; k++ {
			d.negated[k] = true
		}
	}
	for i := 0; i < n; i++ {
		t := d.toks[i]
		if t != "این" && t != "ربطی" && t != "به" && t != "ارتباطی" {
			continue
		}
		if end, ok := runAt(d.toks, i, lesserRuns); ok {
			k := i - 1
			for k > 0 && butWords[d.toks[k]] {
				k--
			}
			if k < 1 || !alsoHave[d.toks[k]] || d.toks[k-1] != "هم" {
				continue
			}
			also := k - 1
			from := max(clauseStart(also), also-4)
			for h := also - 1; h >= clauseStart(also) && h >= also-8; h-- {
				if d.toks[h] == "البته" {
					from = h
					break
				}
			}
			hide(from, end)
			i = end - 1
			continue
		}
		if end, ok := runAt(d.toks, i, unrelatedRuns); ok {
			from := -1
			for h := i - 1; h >= clauseStart(i) && h >= i-14; h-- {
				if sinceWords[d.toks[h]] {
					from = h
					break
				}
			}
			if from < 0 && clauseStart(i) > 0 && clauseStart(i) < i {
				from = clauseStart(i)
			}
			if from >= 0 {
				hide(from, end)
				i = end - 1
			}
		}
	}
}
