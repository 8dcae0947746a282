package jurisdiction

import (
	"strings"
	"unicode/utf8"
)

// Clause-level readings of a request. A 137 message often carries, next to its complaint,
// sentences that name another agency without asking anything of it: a courtesy («ببخشید
// مزاحم شدم»), what another office said when the citizen called it («آبفا گفتند کار
// شهرداری است»), a grievance about bills the writer pays, a denial («بوی فاضلاب ندارد»,
// «کاری به سیم برق ندارد») or a guess («شاید فاضلاب باشد»). The first four name nothing the
// request is about and are hidden from every rule; a guess is context, like a place.

// fillerPairs are two keyed tokens that say nothing about the problem: a courtesy, or the
// operator's «(شهروند) تماس گرفته» — whose «گرفته» is no blocked way.
var fillerPairs = map[[2]string]bool{
	{"مزاحم", "شدم"}: true, {"مزاحم", "شدیم"}: true, {"مزاحمتون", "شدم"}: true, {"مزاحمتان", "شدم"}: true,
	{"مزاحم", "میشم"}: true, {"مزاحمتون", "میشم"}: true,
	{"تماس", "گرفته"}: true, {"تماس", "گرفتم"}: true, {"تماس", "گرفتیم"}: true, {"تماس", "گرفتند"}: true,
	{"تماس", "گرفتن"}: true, {"تماس", "گرفتهاند"}: true, {"تماس", "گرفتهام"}: true,
	// the letter's addressee («شهرداری محترم منطقه ۳») is no municipal vehicle or office
	// sending the citizen back
	{"شهرداری", "محترم"}: true, {"شهردار", "محترم"}: true, {"جناب", "شهردار"}: true,
}

// channelWords say how the request came in («(تلفنی)», «تماس تلفنی»), not what it is about:
// «تلفنی» is never the telephone line.
var channelWords = setOf("تلفنی", "تلفنيا", "telefoni")

// ownerWords after «کار» or «مال» make «کار شما نیست», «مال ما نیست»: whose job it is, said by an
// office sending the citizen back.
var ownerWords = setOf("ما", "شما", "من", "ماست", "شماست", "اونا", "آنها", "انها")

var (
	// sayWords report what someone said.
	sayWords = setOf("گفت", "گفتند", "گفتن", "گفته", "گفتهاند", "گفتدن", "میگن", "میگه", "میگویند", "میگوید",
		"فرمودند", "جواب", "جوابدادند", "پاسخ")
	// disclaimWords in what another office said send the citizen back to the municipality.
	disclaimWords = setOf("شهرداری", "137", "شهرداریه")
	// notOursWords with a negation: «مربوط به ما نیست», «ربطی به ما ندارد», «کار ما نیست».
	notOursWords = setOf("مربوط", "ربطی", "ربط", "وظیفه", "وظیفهی")
	negations    = setOf("نیست", "نیستش", "نیس", "نست", "ندارد", "نداره", "نمیشه", "نمیشود", "نمیباشد")
	// billWords and payWords: «ما که قبض آب و برق را مرتب پرداخت میکنیم» is a grievance,
	// not a complaint about the bill.
	billWords = setOf("قبض", "قبوض", "قبضهای", "قبضها", "عوارض", "مالیات")
	payWords  = setOf("پرداخت", "میپردازیم", "پرداختیم", "میدیم", "میدهیم", "دادیم")
	// smellWords and denyWords: «بوی فاضلاب ندارد», «بوی گاز نمیاد».
	smellWords = setOf("بو", "بوی", "بوش")
	denyWords  = setOf("ندارد", "نداره", "ندارند", "ندارن", "نمیده", "نمیدهد", "نمیاد", "نمیآید", "نمیاید", "نیست", "نمیدن")
	// nobodyWords and smellComes end the words a smell's denial may reach: «بوی گاز میاد
	// کسی نیست جواب بده» denies nobody's smell.
	nobodyWords = setOf("کسی", "کس", "هیچکس", "هیچکی", "کسیم")
	smellComes  = setOf("میاد", "میآید", "میاید", "میآد")
	// relationWords: «کاری به سیم برق ندارد», «ربطی به لوله آب ندارد».
	relationWords = setOf("کاری", "ربطی", "ارتباطی", "کار")
	// hedgeWords make a clause a guess.
	hedgeWords = setOf("شاید", "احتمالا", "احتمالن", "ظاهرا", "انگار")
	// whyWords open a question that complains rather than guesses.
	whyWords = setOf("چرا", "کی", "تاکی")
	// reachDeny: «به سیم برق نرسیده», «به تیر نمیخوره».
	// Any person of the verb: «نرسیده‌اند», «نرسیدند», «نمی‌رسند».
	reachDeny = []string{"نرسید", "نمیرس", "نخورد", "نمیخور", "نچسبید"}
	// gapWords and haveWords: «با سیم برق فاصله دارد», «از سیم برق فاصله زیادی داره»;
	// farWords and beWords: «از تیر برق دور است».
	// kindWords before «نیست» say what kind of thing the problem is not («آب بارون نیست»).
	kindWords = setOf("باران", "بارون", "ساختمونسازی", "ساختمانسازی", "ساختوساز", "ساز", "سازی", "کارگاه", "همسایه", "همسایهها", "همسایست")
	// reachSoon after «قبل از اینکه به سیم ...»: the subjunctive «برسه», «برسد», «بخوره»
	// (and «بسره», its letters swapped) says it has not reached yet.
	// Never the imperative «برسید» («لطفا زودتر برسید»).
	reachSoon = setOf("برسه", "برسد", "برسن", "برسند", "بسره", "بخوره", "بخورد", "بیفته", "بیفتد", "بیافته", "بیافتد")
	// beforeWords open «قبل از اینکه», «پیش از آنکه», «نکنه»: what follows has not happened.
	beforeWords = setOf("قبل", "پیش", "مبادا", "نکنه", "نکند")
	lestWords   = setOf("مبادا", "نکنه", "نکند")
	// noWorkVerbs after «کاری»: «کاری نکردن», «کاری نکرده‌اند», «کاری نمی‌کنن».
	noWorkVerbs = []string{"نکرد", "نمیکن"}
	// idleOffices are the offices a writer says did no work («مخابرات و گاز کاری نکردن»).
	idleOffices = setOf("مخابرات", "گاز", "برق", "آبفا", "ابفا", "آب", "اب", "فاضلاب", "اداره", "شرکت",
		"توزیع", "پلیس", "راهور")
	gapWords  = setOf("فاصله", "فاصلهی")
	haveWords = setOf("دارد", "داره", "دارند", "دارن", "زیادی", "زیاد", "کافی")
	farWords  = setOf("دور")
	beWords   = setOf("است", "هست", "اند", "هستند", "ه", "ان")
	// phoneLabels come before a contact number.
	phoneLabels = setOf("تلفن", "تلفنم", "شماره", "شمارم", "شمارهام", "موبایل", "همراه", "تماس", "tel")
	// timeWords start a clause that says when, closed by a past «بود»: «دیشب که برق رفته بود».
	timeWords = setOf("دیشب", "وقتی", "موقعی", "زمانی", "هنگامی", "روزی", "شبی", "دیروز", "قبلا", "قبلاً", "پارسال")
	pastWords = setOf("بود", "بودند", "بودیم", "بودن", "بودم")
	// reportWords after «همسایه‌ها هم»: the neighbours reported or called too.
	reportWords = setOf("گزارش", "ثبت", "شکایت", "تماس", "زنگ", "درخواست", "اعتراض")
	// alsoWords after «همسایه‌ها»: «هم», «همه», «همگی».
	alsoWords = setOf("هم", "همه", "همگی", "همشون", "همهشون")
	// signWords: the neighbours signed a petition about it.
	signWords = setOf("امضا", "امضاء", "طومار")
	// sufferWords before becomeWords: the neighbours are fed up with it.
	copulaWords = setOf("ان", "اند", "هستن", "هستند", "هستیم", "ایم", "یم", "ند", "ن")
	sufferWords = setOf("کلافه", "شاکی", "ناراضی", "عاصی", "ذله", "کفری", "معترض", "خسته", "نگران")
	becomeWords = []string{"شده", "شدن", "شدند", "شدیم", "هستند", "هستن", "اند", "ان", "میشن", "میشوند"}
	// addressWords start an address: the rest of the clause is where. siteWords do too when a
	// colon or a comma follows them («محل: پست برق خ ۱۰۷»).
	addressWords = setOf("ادرس", "نشانی", "adres", "address")
	siteWords    = setOf("محل", "مکان", "موقعیت", "محدوده", "لوکیشن")
	siteSpan     = 4
	// residentWords before «محل:» make «ساکن محل:» a resident who speaks, not a label for a
	// place («ساکن محل: برق کوچمون قطعه»).
	residentWords = setOf("ساکن", "ساکنین", "ساکنان", "اهالی", "اهل", "یکی", "همسایه")
	// addressRefs after one point at the address given elsewhere («آدرس اعلامی»).
	addressRefs = setOf("اعلامی", "اعلام", "ذکر", "ذکرشده", "مذکور", "فوق", "ثبت", "ثبتی", "داده", "شده")
	// addressRefPrefixes: the same run into the next word («آدرس اعلامی‌بوی بد میده»).
	addressRefPrefixes = []string{"اعلام", "ذکر", "مذکور"}
)

// markClauses applies the clause-level readings; brk[i] is true when a clause ends after
// token i.
func (d *doc) markClauses(brk, question []bool) {
	n := len(d.toks)
	d.hedge = make([]bool, n)
	d.background = make([]bool, n)
	d.joinVerbs(brk)
	for i := 0; i < n; i++ {
		// «تلفن: ۰۹۱۱ ۹۴۹ ۱۷۷۱»: a number written in groups is one number
		if k := phoneRun(d.toks, i); k > i+1 {
			for m := i; m < k; m++ {
				d.negated[m] = true
			}
			for m := i - 1; m >= 0 && m >= i-2 && phoneLabels[d.toks[m]]; m-- {
				d.negated[m] = true
			}
			i = k - 1
		}
	}
	for i, t := range d.toks {
		if isPhone(t) {
			// «تلفن: ۰۹۱۱...»: a contact number and its label name no topic
			d.negated[i] = true
			for k := i - 1; k >= 0 && k >= i-2 && phoneLabels[d.toks[k]]; k-- {
				d.negated[k] = true
			}
		}
		if timeWords[t] {
			// «دیشب که برق رفته بود بچه‌ام توی همین چاله افتاد»: when it happened, not what
			// the request asks for
			for k := i + 1; k < n && k <= i+7; k++ {
				if pastWords[d.toks[k]] {
					for m := i; m <= k; m++ {
						d.background[m] = true
					}
					break
				}
				if brk[k] {
					break
				}
			}
		}
	}
	for i, t := range d.toks {
		if channelWords[t] || n > 1 && bracketChannels[t] && d.bracketed(i) {
			d.negated[i] = true // «(تلفنی)», «(تلفن) کوچه ...», «گزارش ... (تلفن)»: how the request came
		}
	}
	for i := 0; i+1 < n; i++ {
		if fillerPairs[[2]string{d.toks[i], d.toks[i+1]}] || isBotherCourtesy(d.toks[i], d.toks[i+1]) {
			d.negated[i], d.negated[i+1] = true, true
		}
	}
	for i, t := range d.toks {
		// «همسایه‌ها هم جداگانه گزارش دادن»: the neighbours are others who complained too,
		// not what the complaint is about
		if !strings.HasPrefix(t, "همسایه") {
			continue
		}
		// «همسایه‌ها همه امضا کرده‌اند», «همسایه‌ها کلافه شده‌اند»: they signed or are fed up
		// with the problem; «همسایه کلافه‌مان کرده» is a neighbour who is the problem
		k := i + 1
		if k < n && (d.toks[k] == "ها" || d.toks[k] == "های") && !brk[k-1] {
			k++
		}
		also := false
		for k < n && k <= i+3 && alsoWords[d.toks[k]] && !brk[k-1] {
			also = true
			k++
		}
		if k >= n || brk[k-1] {
			continue
		}
		for m := k; m < n && m <= k+2; m++ {
			end := -1
			switch {
			case also && reportWords[d.toks[m]], signWords[d.toks[m]]:
				end = m
			case sufferWords[d.toks[m]] && m+1 < n && !brk[m] && hasAnyPrefix(d.verb[m+1], becomeWords):
				end = d.verbEnd(m + 1)
			// «همسایه‌ها همه شاکی‌ان», «همسایه‌ها شاکی هستن»: fed up, said with «are»
			case sufferWords[d.toks[m]] && m+1 < n && !brk[m] && copulaWords[d.toks[m+1]]:
				end = m + 1
			case sufferAre(d.toks[m]):
				end = m
			}
			if end >= 0 {
				for x := i; x <= end; x++ {
					d.negated[x] = true
				}
				break
			}
			if brk[m] {
				break
			}
		}
	}
	for i, t := range d.toks {
		// «آتش نشانی» is no address, and «در آدرس اعلامی» only points at one
		if (addressWords[t] || siteWords[t] && d.colonAfter(i) && i+1 < n && (i == 0 || !residentWords[d.toks[i-1]])) && (i == 0 || d.toks[i-1] != "اتش" && d.toks[i-1] != "آتش") && (i+1 >= n || !addressRefs[d.toks[i+1]] && !hasAnyPrefix(d.toks[i+1], addressRefPrefixes)) {
			// «آدرس: سر میدان انتظام»: the colon ends nothing; the address runs to the next stop.
			// «محل:» is as often followed by the complaint run on without a stop («محل:
			// حاجی‌آباد بلوار امام رضا نانوایی اینجا نون رو کم وزن میده»): four words at most
			last := n - 1
			if !addressWords[t] {
				last = min(last, i+siteSpan)
			} else if !d.colonAfter(i) {
				last = d.spokenAddressEnd(i+1, last, brk)
			}
			for k := i + 1; k <= last; k++ {
				d.locus[k] = true
				if brk[k] {
					break
				}
			}
		}
	}
	d.markContrast(brk)
	d.markLike(brk)
	d.markGrievance(brk)
	d.markAddressee(brk)
	d.markHousehold(brk)
	d.markRemit()
	d.markClosed(brk)
	d.markThreat(brk)
	d.markHeadLandmark(brk)
	d.markSuppliesHad(brk)
	for a := 0; a < n; {
		b := a
		for b < n-1 && !brk[b] {
			b++
		}
		d.readClause(a, b+1, question[b])
		a = b + 1
	}
}

var (
	// notWords end a short clause that says what the thing is not: «این پارک نیست».
	notWords = setOf("نیست", "نیستش", "نمیباشد", "نیستند", "نبوده", "نیس")
	// thatWords open it.
	thatWords = setOf("این", "اون", "ان", "اینا", "اینها")
	// countWords after «نه» make it the number nine («نه روز است», «نه تا»).
	countWords = []string{"روز", "ماه", "سال", "هفته", "شب", "ساعت", "دقیقه", "بار", "تا", "نفر", "سال"}
)

// markContrast hides what the writer says the problem is not. «این پارک نیست، چراغ‌های خود
// خیابان است», «ساختمان‌سازی نیست، صدای خود همسایه است»: a short clause ending in «نیست» that
// opens with «این», or that the next clause answers with «خود ...»; «از جوی آب باران
// می‌آیند نه از فاضلاب»: a single «نه» inside a sentence sets aside the words after it. «آب
// نیست» alone is a water cut, «نه آب داریم نه برق» a complaint about both, and «کوچه نه»
// the ninth alley: those stay.
func (d *doc) markContrast(brk []bool) {
	n := len(d.toks)
	for a := 0; a < n; {
		b := a
		for b < n-1 && !brk[b] {
			b++
		}
		for k := a + 1; k < b; k++ {
			// «سیم برق نیست فقط شاخه‌ها رو ماشین‌ها افتاده»: «نیست» then «فقط» or «بلکه»
			if inSet(d.toks[k], notWords) && (d.toks[k+1] == "فقط" || d.toks[k+1] == "بلکه") && !d.supplyCut(a, k) {
				// the three words before «نیست»: «خواستار رسیدگی است سیم برق نیست فقط ...»
				// runs on from a sentence without its stop
				for m := max(a, k-3); m <= k; m++ {
					d.negated[m] = true
				}
			}
		}
		if inSet(d.toks[b], notWords) && b > a {
			start := -1
			for k := b - 1; k >= a && k >= b-3; k-- {
				if thatWords[d.toks[k]] {
					start = k // «شهروند می‌گوید این پارک نیست»
					break
				}
			}
			answered := false
			for k := b + 1; k < n && k <= b+3; k++ {
				if d.toks[k] == "خود" {
					answered = true
					break
				}
				if brk[k] {
					break
				}
			}
			// «آب بارون نیست، آب لوله‌کشیه», «ساختمون‌سازی نیست، همسایه‌ست»: what kind of
			// water or noise it is not, said before what it is
			answered = answered || kindWords[d.toks[b-1]]
			if start < 0 && answered && b-a <= 4 {
				start = a
			}
			if start >= 0 {
				for k := start; k <= b; k++ {
					d.negated[k] = true
				}
			}
		}
		a = b + 1
	}
	nines := map[int]int{}
	for i, t := range d.toks {
		if t == "نه" {
			nines[d.sentence[i]]++
		}
	}
	for i := 1; i+1 < n; i++ {
		// mid-clause only: «نه، ببخشید منظورم پارک است» after a comma corrects, it does not deny
		if d.toks[i] != "نه" || brk[i] || brk[i-1] || nines[d.sentence[i]] > 1 {
			continue
		}
		prev, next := d.toks[i-1], d.toks[i+1]
		if placeWords[prev] || prev == "یا" || prev == "پلاک" || prev == "و" || next == "تنها" || next == "فقط" ||
			isDigits(next) || hasAnyPrefix(next, countWords) {
			continue
		}
		for k := i; k < n && k <= i+3; k++ {
			d.negated[k] = true
			if brk[k] {
				break
			}
		}
	}
}

// readClause reads the clause toks[a:b].
func (d *doc) readClause(a, b int, asked bool) {
	say, disclaim, notOurs, neg, bill, pay, hedge, asks := false, false, false, false, false, false, false, false
	for i := a; i < b; i++ {
		t := d.toks[i]
		say = say || isSay(t) && !(t == "جواب" || t == "پاسخ") || (t == "جواب" || t == "پاسخ") && i+1 < b && !d.noAnswerAt(i+1, b)
		disclaim = disclaim || disclaimWords[t] || within1(t, "شهرداری")
		notOurs = notOurs || notOursWords[t] || (t == "کار" || t == "مال") && i+1 < b && ownerWords[d.toks[i+1]]
		neg = neg || negations[d.verb[i]]
		bill = bill || billWords[t]
		pay = pay || isPay(d.verb[i])
		// a short question is the operator's or the writer's guess («(سیم برق نزدیک است؟)»):
		// it weighs like a «when»; a long one ending in «؟؟؟» is the complaint itself
		hedge = hedge || hedgeWords[t]
		asks = asks || asked && i == a && b-a <= 6 && !whyWords[t]
		if t == "با" || t == "از" {
			// «با سیم برق فاصله دارد ولی خیلی بزرگ شده»: what the tree is far from is not the
			// complaint
			for k := i + 2; k+1 < b && k <= i+4; k++ {
				if isFar(t, d.toks[k], d.toks[k+1]) {
					for m := i; m <= k+1; m++ {
						d.negated[m] = true
					}
					break
				}
			}
		}
		if t == "به" {
			// «شاخه‌ها به سیم برق نرسیده»: what does not reach is not the complaint
			for k := i + 2; k < b && k <= i+4; k++ {
				if hasAnyPrefix(d.verb[k], reachDeny) {
					for m := i; m <= d.verbEnd(k); m++ {
						d.negated[m] = true
					}
					break
				}
			}
		}

		if beforeWords[t] && (lestWords[t] || i+1 < b && (d.toks[i+1] == "از" || d.toks[i+1] == "اینکه")) {
			// «شاخه‌ها رو هرس کنید قبل از اینکه به سیم برسه», «نکنه بیفته رو سیم»: what has
			// not reached the wire yet is no complaint of its own; the thing it may reach
			// follows the verb at most by a preposition and two words
			for k := i + 1; k < b && k <= i+6; k++ {
				if reachSoon[d.verb[k]] {
					end := d.verbEnd(k)
					if end+1 < b && (d.toks[end+1] == "رو" || d.toks[end+1] == "روی" || d.toks[end+1] == "به") {
						end = min(b-1, end+3)
					}
					for m := i; m <= end; m++ {
						d.negated[m] = true
					}
					break
				}
			}
		}
		if (t == "کاری" || t == "کری" || t == "کرای") && i > a && i+1 < b && hasAnyPrefix(d.verb[i+1], noWorkVerbs) {
			// «مخابرات و گاز کاری نکردن، خود کوچه خرابه»: offices said to have done no work
			// here are not what the request is about; the complaint, if theirs, is named
			// elsewhere («لوله آب ترکیده آبفا هیچ کاری نکرده» keeps «لوله آب ترکیده»)
			k, named := i-1, false
			for k >= a && (isIdleOffice(d.toks[k]) || d.toks[k] == "و" || d.toks[k] == "هم" || d.toks[k] == "هیچ") {
				named = named || isIdleOffice(d.toks[k])
				k--
			}
			if named {
				for m := k + 1; m <= d.verbEnd(i+1); m++ {
					d.negated[m] = true
				}
			}
		}
		if (t == "ربطی" || t == "ارتباطی") && i+1 < b {
			// «گاز و آب هم ربطی نداره»: what is said to have nothing to do with it comes before
			k := i + 1
			if d.toks[k] == "هم" && k+1 < b {
				k++
			}
			if inSet(d.verb[k], denyWords) {
				for m := max(a, i-4); m <= d.verbEnd(k); m++ {
					d.negated[m] = true
				}
			}
		}
		if smellWords[t] || relationWords[t] {
			// «بوی فاضلاب ندارد»: a denial within four words hides the thing denied
			for k := i + 1; k < b && k <= i+6; k++ {
				if smellWords[t] && (nobodyWords[d.toks[k]] || smellComes[d.verb[k]]) {
					// «بوی گاز تو کوچه میاد کسی نیست جواب بده»: the smell came, and it is
					// nobody who is not there
					break
				}
				if inSet(d.verb[k], denyWords) {
					// «ربطی به حفاری گاز ندارد», «ربطی هم به حفاری گاز ندارد»
					j := i + 1
					if j < b && (d.toks[j] == "هم" || d.toks[j] == "هیچ") {
						j++
					}
					if relationWords[t] && (j >= b || d.toks[j] != "به" && d.toks[j] != "با") {
						break
					}
					for m := i; m <= d.verbEnd(k); m++ {
						d.negated[m] = true
					}
					break
				}
			}
		}
	}
	if bill && pay {
		// from the bill to the payment: «خط تلفن را قطع کرده با اینکه قبض را پرداخت کردیم»
		// keeps its complaint; read before what an office said, which may share the clause
		// («... ما عوارض شهرداری رو به موقع میدیم شهرداری گفت مربوط به ما نیست»)
		first, last := -1, -1
		for i := a; i < b; i++ {
			if billWords[d.toks[i]] && first < 0 {
				first = i
			}
			if isPay(d.verb[i]) {
				last = d.verbEnd(i)
			}
		}
		for i := first; first >= 0 && i <= last; i++ {
			d.negated[i] = true
		}
	}
	if say && (disclaim || notOurs && neg) {
		d.hideSaid(a, b)
		return
	}
	for i := a; i < b; i++ {
		d.hedge[i] = d.hedge[i] || hedge
		d.background[i] = d.background[i] || asks
	}
}

// markAddress marks the words of the text that repeat the request's address, two words or
// more in a row («بغل ایستگاه تقلیل فشار گاز», «میدان انتظام»): the writer is saying where.
func (d *doc) markAddress(address string) {
	if strings.TrimSpace(address) == "" {
		return
	}
	var addr []string
	for _, w := range strings.Fields(address) {
		addr = append(addr, strings.Fields(wordKey(w))...)
	}
	if len(addr) < 2 {
		return
	}
	for i := 0; i+1 < len(d.toks); {
		best := 0
		for j := 0; j+1 < len(addr); j++ {
			k := 0
			for i+k < len(d.toks) && j+k < len(addr) && d.toks[i+k] == addr[j+k] {
				k++
			}
			best = max(best, k)
		}
		// said as a place: the run starts with, or follows, a place word («جنب ترانس برق»);
		// «ترانس برق سر کوچه صدا میدهد» names the subject even when the address names it too
		asPlace := placeWords[d.toks[i]] || locatives[d.toks[i]] ||
			i > 0 && (placeWords[d.toks[i-1]] || locatives[d.toks[i-1]] || placeTitles[d.toks[i-1]])
		if best >= 2 && asPlace {
			for k := i; k < i+best; k++ {
				d.locus[k] = true
			}
			i += best
			continue
		}
		i++
	}
}

// noAnswerAt: «جواب نمیدن», «جواب تلفن را نمی دهد»: a denial within three words of «جواب».
func (d *doc) noAnswerAt(from, b int) bool {
	for k := from; k < b && k < from+3; k++ {
		if noAnswer(d.toks[k]) {
			return true
		}
	}
	return false
}

// noAnswer: «جواب نمیدن», «پاسخ ندادند», «جواب نمیده»: nobody answered, so nobody said
// anything.
func noAnswer(t string) bool { return strings.HasPrefix(t, "نمی") || strings.HasPrefix(t, "ند") }

// isBotherCourtesy: «مزاحم میشم» typed in a hurry («مزاحم مشم», «مزاحم میششم»).
// «مزاهم», «مذاحم», «مظاحم شدم» are the same said and typed by ear (homophones).
func isBotherCourtesy(a, b string) bool {
	if h := homophones.Replace(a); h != "مزاهم" && h != "مزاهمتون" && h != "مزاهمتان" {
		return false
	}
	return b == "شدم" || b == "میشم" || b == "مشم" || b == "میش" || b == "میشوم" || b == "شدیم" || slip(b, "میشم") || slip(b, "شدم")
}

// isPhone: an Iranian mobile number («09...», eleven digits) or a landline with its code.
func isPhone(t string) bool {
	return len(t) >= 10 && len(t) <= 13 && isDigits(t) && strings.HasPrefix(t, "0")
}

// isPay: «پرداخت» and its forms, with a typo forgiven («پرذاخت», «پررداخت»).
func isPay(t string) bool { return payWords[t] || within1(t, "پرداخت") }

// hasAnyPrefix reports whether t starts with one of the prefixes.
func hasAnyPrefix(t string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// phoneRun returns the end of a phone number written in groups of digits from token i
// («0911 949 1771», «۰۹۱۱ ۹۴۹ ۱۷۷۱»), or i when none starts there.
func phoneRun(toks []string, i int) int {
	if !isDigits(toks[i]) || !strings.HasPrefix(toks[i], "0") || len(toks[i]) >= 10 {
		return i
	}
	total, k := 0, i
	for k < len(toks) && k < i+4 && isDigits(toks[k]) && total < 11 {
		total += len(toks[k])
		k++
	}
	if total < 10 || total > 12 {
		return i
	}
	return k
}

// isFar reads «با X فاصله دارد» and «از X دور است» from the preposition, the word of distance
// and the verb after it.
func isFar(prep, w, verb string) bool {
	return gapWords[w] && inSet(verb, haveWords) || prep == "از" && farWords[w] && beWords[verb]
}

// inSet reports whether t is one of the words, or one of four letters or more typed with a
// slip («دادر», «نییست»); a letter left out is not forgiven, «دارد» is no «ندارد».
func inSet(t string, words map[string]bool) bool {
	if words[t] {
		return true
	}
	if utf8.RuneCountInString(t) < 4 {
		return false
	}
	for w := range words {
		if utf8.RuneCountInString(w) >= 4 && slip(t, w) {
			return true
		}
	}
	return false
}

// actWords: what the municipality is said not to do («کاری», «اقدامی», «رسیدگی»).
var (
	actWords   = setOf("کاری", "اقدامی", "رسیدگی", "توجهی", "جوابی", "فکری", "اقدام", "توجه")
	whereWords = setOf("کجاست", "کجاس", "کجایی", "کجائی", "کجاصت", "کو")
)

// markGrievance hides «شهرداری هم کاری نمی‌کند»: a grievance at the municipality for doing
// nothing, which names no municipal vehicle or work and is no sign of whose the problem is.
func (d *doc) markGrievance(brk []bool) {
	n := len(d.toks)
	for i := 0; i+1 < n; i++ {
		if d.toks[i] != "شهرداری" || brk[i] {
			continue
		}
		j := i + 1
		for j < n && j <= i+2 && (d.toks[j] == "هم" || d.toks[j] == "هیچ") {
			j++ // «شهرداری هم هیچ کاری نمیکنه»
		}
		if j < n && whereWords[d.toks[j]] {
			d.negated[i], d.negated[j] = true, true // «شهرداری کجاست؟»
			continue
		}
		if j >= n || !actWords[d.toks[j]] || brk[j] {
			continue
		}
		for k := j + 1; k < n && k <= j+2; k++ {
			if strings.HasPrefix(d.toks[k], "نمی") || strings.HasPrefix(d.toks[k], "نکرد") || strings.HasPrefix(d.toks[k], "نمیک") {
				for m := i; m <= k; m++ {
					d.negated[m] = true
				}
				break
			}
			if brk[k] {
				break
			}
		}
	}
}

var (
	// requestWords name a request the writer made before.
	requestWords = setOf("درخواست", "درخواستم", "درخواستمون", "پرونده", "گزارش", "گزارشم", "شکایت", "تیکت", "کد")
	// requestFill may stand between it and «بسته شده»: its number, «قبلی», «من».
	requestFill = setOf("قبلی", "قبلیم", "من", "ما", "شماره", "به", "با", "کد", "رهگیری", "پیگیری")
	// closedWords: «بسته شده», «بسته شد», «بستن».
	closedWords = setOf("شده", "شد", "شدهاست", "کردند", "کردن", "کرده", "کردهاند", "اند")
	// passWords: officials who pass by every day, «مامورای مخابرات هم هر روز از اینجا رد میشن».
	passWords = []string{"میشن", "میشوند", "میشند", "میرن", "میروند", "میکنن", "میکنند"}
)

// markClosed hides what the writer says about a request of theirs that was closed («درخواست
// ۱۴۰۵۲۵۲۱۵۶ بسته شده ولی کاری انجام نشده»: the request is closed, no way is blocked) and
// officials said to pass by every day («مامورای مخابرات هم هر روز از اینجا رد میشن»: they
// see it, it is not theirs).
func (d *doc) markClosed(brk []bool) {
	n := len(d.toks)
	for i := 0; i+2 < n; i++ {
		if !requestWords[d.toks[i]] || brk[i] {
			continue
		}
		k := i + 1
		for k < n && k <= i+3 && (isDigits(d.toks[k]) || requestFill[d.toks[k]]) && !brk[k] {
			k++
		}
		if k+1 < n && k > i+1 && d.toks[k] == "بسته" && closedWords[d.toks[k+1]] {
			for m := i; m <= k+1; m++ {
				d.negated[m] = true
			}
		}
	}
	for a := 0; a < n; {
		b := a
		for b < n-1 && !brk[b] {
			b++
		}
		officials, pass := -1, false
		for k := a; k <= b; k++ {
			if strings.HasPrefix(d.toks[k], "مامور") && officials < 0 {
				officials = k
			}
			if d.toks[k] == "رد" && k+1 <= b && hasAnyPrefix(d.verb[k+1], passWords) {
				pass = true
			}
		}
		if officials >= 0 && pass {
			for k := officials; k <= b; k++ {
				d.negated[k] = true
			}
		}
		a = b + 1
	}
}

// ifWords open a condition; complainWords and willWords make «شکایت می‌کنم».
var (
	ifWords   = setOf("اگه", "اگر", "وگرنه", "والا")
	willWords = []string{"میکن", "میکنم", "میکنیم", "خواهم", "خواهیم", "میدم", "میدیم", "میبرم"}
)

var (
	// higherBodies are where a writer threatens to take the complaint.
	higherBodies = setOf("استانداری", "فرمانداری", "دادستانی", "دادگستری", "بخشداری", "مجلس", "صداوسیما", "رسانه",
		"بازرسی", "شورا", "شورای", "روزنامه")
	// threatGo: «میرم», «میریم», «میرویم», «مراجعه میکنم».
	threatGo = []string{"میرم", "میریم", "میرویم", "میروم", "برم", "بریم", "مراجعه", "میام", "میایم", "زنگ"}
)

// goesNear: a verb of going within two words of a higher body, in the clause [a, b].
func (d *doc) goesNear(k, a, b int) bool {
	for m := max(a, k-3); m <= b && m <= k+2; m++ {
		if m != k && hasAnyPrefix(d.verb[m], threatGo) {
			return true
		}
	}
	return false
}

// markThreat hides a threat to take the complaint higher («اگه رسیدگی نکنید به استانداری
// شکایت می‌کنم»): the governorate named there is where the writer would go, not whose the
// problem is.
func (d *doc) markThreat(brk []bool) {
	n := len(d.toks)
	for a := 0; a < n; {
		b := a
		for b < n-1 && !brk[b] {
			b++
		}
		cond := -1
		for k := a; k <= b; k++ {
			if ifWords[d.toks[k]] && cond < 0 {
				cond = k
			}
			if cond >= 0 && strings.HasPrefix(d.toks[k], "شکایت") && k+1 <= b && hasAnyPrefix(d.verb[k+1], willWords) {
				for m := cond; m <= d.verbEnd(k+1); m++ {
					d.negated[m] = true
				}
				break
			}
			// «اگه درست نشه میرم استانداری», «وگرنه به فرمانداری میریم»
			if cond >= 0 && higherBodies[d.toks[k]] && d.goesNear(k, a, b) {
				for m := cond; m <= k; m++ {
					d.negated[m] = true
				}
				break
			}
		}
		a = b + 1
	}
}

// hideSaid hides what another office said when called, in the clause toks[a:b]: the office
// and what it said («آبفا گفتن کار شهرداریه», «اداره برق گفت ربطی به ما نداره»), from a few
// words before the first word of saying, so that a complaint run on before it without a stop
// («درپوش منهول فاضلاب بلند شده به شهرداری گفتم گفتن کار ما نیست») keeps its words. When the
// municipality was the one told («به شهرداری گفتیم گفتن چراغ‌های کوچه مال اداره برقه»), what
// it said names whose the problem is: only the telling is hidden, and its «کار ما نیست».
func (d *doc) hideSaid(a, b int) {
	s, told := -1, -1
	for i := a; i < b; i++ {
		t := d.toks[i]
		if s < 0 && (isSay(t) && t != "جواب" && t != "پاسخ" || (t == "جواب" || t == "پاسخ") && i+1 < b && !d.noAnswerAt(i+1, b)) {
			s = i
		}
		if told < 0 && s < 0 && (disclaimWords[t] || within1(t, "شهرداری")) {
			told = i
		}
	}
	if s < 0 {
		s = a
	}
	if told >= 0 {
		from := told
		if from > a && d.toks[from-1] == "به" {
			from--
		}
		for i := from; i <= s; i++ {
			d.negated[i] = true
		}
		for i := s + 1; i < b; i++ {
			// «گفتن کار ما نیست»: whose it is not, said by the municipality
			if notOursWords[d.toks[i]] || (d.toks[i] == "کار" || d.toks[i] == "مال") && i+1 < b && ownerWords[d.toks[i+1]] {
				for k := i; k < b && k <= i+4; k++ {
					d.negated[k] = true
					if negations[d.toks[k]] {
						break
					}
				}
			}
			if sayWords[d.toks[i]] {
				d.negated[i] = true // «گفتیم گفتن»
			}
		}
		return
	}
	from := s
	for from > a && from > s-6 {
		w := d.toks[from-1]
		if sayerWords[w] || isDigits(w) || from-2 >= a && (sayerWords[d.toks[from-2]] || isDigits(d.toks[from-2])) {
			from-- // a typo between two of them is one too («زنگ زیم گفتند», «آب و فاضللاب گفتن»)
			continue
		}
		break
	}
	for i := from; i < b; i++ {
		d.negated[i] = true
	}
}

// sayerWords name who said it and how they were reached («زنگ زدم اداره برق گفتن ...»): the
// words before the saying that are hidden with it. A complaint run on before them without a
// stop («چراغ‌های پارک خاموشه اداره برق گفت پارک مال شهرداریه») keeps its words.
var sayerWords = setOf("اداره", "ادارهی", "شرکت", "برق", "گاز", "اب", "فاضلاب", "و", "ابفا", "مخابرات", "پلیس",
	"کلانتری", "اتشنشانی", "اتش", "نشانی", "توزیع", "نیروی", "انتظامی", "راهور", "اونا", "انها", "اونها",
	"همکارتون", "همکاراتون", "همکاران", "مامور", "ماموران", "مامورا", "مامورای", "پیمانکار", "زنگ", "زدم", "زدیم",
	"تماس", "گرفتم", "گرفتیم", "به", "رو", "را", "هم", "که", "وقتی", "اونجا", "انجا", "اپراتور", "کارشناس", "کارمند",
	"خود", "خودشون", "خودشان", "اما", "ولی", "منطقه", "ناحیه", "امور", "مشترکین", "121", "122", "110", "194", "117")

// saidWords are typed with a letter left out often enough («گتن», «گتند»); a letter added
// is not forgiven, «گرفتن» is no «گفتن».
var saidWords = []string{"گفتن", "گفتند", "گفتهاند"}

// isSay reports whether t reports what someone said.
func isSay(t string) bool {
	if sayWords[t] {
		return true
	}
	for _, w := range saidWords {
		if oneLeftOut(t, w) {
			return true
		}
	}
	return false
}

// oneLeftOut reports whether t is w with one letter, not the first, left out.
func oneLeftOut(t, w string) bool {
	if len(t) >= len(w) || len(w)-len(t) > 4 {
		return false
	}
	for i, r := range w {
		if i > 0 && w[:i]+w[i+utf8.RuneLen(r):] == t {
			return true
		}
	}
	return false
}

// bracketChannels in brackets say how a request came in.
var bracketChannels = setOf("تلفن", "تلفنی", "حضوری", "سامانه", "پیامک", "اپ", "app")

// bracketed reports whether token i was a word written alone in brackets («(تلفن)»).
func (d *doc) bracketed(i int) bool {
	if d.raw == nil || d.origin == nil {
		return false
	}
	r := d.raw[d.origin[i]]
	w := strings.TrimRight(d.text[r[0]:r[1]], ".,،:؛;!?؟")
	return strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")")
}

// likeWords compare: «بوی زباله مثل بوی فاضلاب شده» smells like sewage, it is no sewage.
var likeWords = setOf("مثل", "مانند", "شبیه", "عین")

// markLike hides the smell a smell is compared to.
func (d *doc) markLike(brk []bool) {
	n := len(d.toks)
	for i := 0; i+2 < n; i++ {
		if !likeWords[d.toks[i]] || brk[i] || !smellWords[d.toks[i+1]] || brk[i+1] {
			continue
		}
		for k := i; k < n && k <= i+3; k++ {
			d.negated[k] = true
			if brk[k] {
				break
			}
		}
	}
}

// verbPrefixes are written apart from their verb as often as joined to it («نمی رسند»,
// «می دهیم»): the clause readings see the verb whole.
var verbPrefixes = setOf("می", "نمی")

// joinVerbs fills d.verb: each token, or a «می»/«نمی» written apart joined to the word after
// it within a clause («نمی رسند» → «نمیرسند»).
func (d *doc) joinVerbs(brk []bool) {
	d.verb = make([]string, len(d.toks))
	for i, t := range d.toks {
		d.verb[i] = t
		if verbPrefixes[t] && i+1 < len(d.toks) && !brk[i] {
			d.verb[i] = t + d.toks[i+1]
		}
	}
}

// verbEnd is the last token of the verb at k: the next one when its prefix was written apart.
func (d *doc) verbEnd(k int) int {
	if k+1 < len(d.toks) && d.verb[k] != d.toks[k] {
		return k + 1
	}
	return k
}

var (
	// toldWords after «به شهرداری»: the writer went to, called or told the municipality.
	toldWords = []string{"مراجعه", "زنگ", "تماس", "گفتم", "گفتیم", "نامه", "اطلاع", "گزارش", "رفتم", "رفتیم"}
	// unsureWords: the writer does not know whose job it is.
	unsureWords = setOf("نمیدانم", "نمیدونم", "نمیدانیم", "نمیدونیم", "نمیدانستم", "نمیدونستم")
)

// markAddressee hides the municipality named as the one the writer went to or called («چند بار
// به شهرداری منطقه مراجعه کردم») and the writer's doubt about whose job the problem is
// («نمی‌دانم کار شهرداری است یا اداره دیگر»): neither says what the problem is, nor that the
// municipality's own vehicles or works cause it.
func (d *doc) markAddressee(brk []bool) {
	n := len(d.toks)
	for i := 1; i < n; i++ {
		if d.toks[i] != "شهرداری" || d.toks[i-1] != "به" || brk[i-1] {
			continue
		}
		for k := i + 1; k < n && k <= i+3; k++ {
			if hasAnyPrefix(d.verb[k], toldWords) {
				end := d.verbEnd(k)
				if end+1 < n && !brk[end] && strings.HasPrefix(d.verb[end+1], "کرد") {
					end++ // «مراجعه کردم», «زنگ زدم» keeps its verb
				}
				for m := i - 1; m <= end; m++ {
					d.negated[m] = true
				}
				break
			}
			if brk[k] || !(d.toks[k] == "منطقه" || d.toks[k] == "هم" || isDigits(d.toks[k])) {
				break
			}
		}
	}
	for a := 0; a < n; {
		b := a
		for b < n-1 && !brk[b] {
			b++
		}
		unsure, or, city := -1, false, false
		for k := a; k <= b; k++ {
			if unsure < 0 && inSet(d.verb[k], unsureWords) {
				unsure = k
			}
			if unsure >= 0 {
				or = or || d.toks[k] == "یا"
				city = city || within1(d.toks[k], "شهرداری")
			}
		}
		if unsure >= 0 && or && city {
			for k := unsure; k <= b; k++ {
				d.negated[k] = true
			}
		}
		a = b + 1
	}
}

// colonAfter reports whether token i ends a word written with a colon after it («محل:»).
func (d *doc) colonAfter(i int) bool {
	if d.raw == nil || d.origin == nil || i+1 < len(d.toks) && d.origin[i+1] == d.origin[i] {
		return false
	}
	r := d.raw[d.origin[i]]
	w := d.text[r[0]:r[1]]
	if i+1 < len(d.toks) && strings.HasPrefix(strings.TrimSpace(d.text[r[1]:]), ":") {
		return true // «محل : ...»
	}
	return strings.HasSuffix(w, ":")
}

var (
	// householdWords open «بچه مدرسه‌ای داریم», «مریض داریم», «سالمند داریم»: who in the
	// household the problem hurts.
	householdWords = setOf("بچه", "بچهها", "بچههای", "مریض", "بیمار", "سالمند", "پیرمرد", "پیرزن", "نوزاد",
		"معلول", "کودک", "کودکان", "جانباز", "اموزا", "اموزان", "دانشاموزا", "دانشاموزان", "شاگردا", "شاگردان")
	haveHousehold = setOf("داریم", "دارم")
	// goVerbs: the household's people go or come somewhere («میرن مدرسه», «با سرویس میان»).
	goVerbs = []string{"میرن", "میروند", "میرند", "میرفتن", "میرفتند", "میان", "میایند", "میآیند", "میاین",
		"بردم", "بردیم", "میبرم", "میبریم", "رسوندم", "رسوندیم", "رساندم"}
	// schoolPlaces right after a go verb are where the household goes («میرن مدرسه»).
	schoolPlaces = setOf("مدرسه", "دبستان", "دبیرستان", "هنرستان", "مهد", "مهدکودک", "دانشگاه", "کلاس")
)

// markHousehold hides who in the writer's household the problem hurts: «بچه مدرسه‌ای داریم و
// هر روز از اینجا رد می‌شوند» names a schoolchild, not a school's complaint; «مریض داریم» no
// clinic's. The person opens a run of five words at most that closes on «داریم».
func (d *doc) markHousehold(brk []bool) {
	for h, t := range d.toks {
		// «بچه‌ها با سرویس مدرسه میرن و سرویس نمیتونه بیاد تو»: where the children go, and
		// how, is who the problem hurts; what cannot get in is the complaint
		if !householdWords[t] {
			continue
		}
		for k := h + 1; k < len(d.toks) && k <= h+5 && !brk[k-1]; k++ {
			if hasAnyPrefix(d.verb[k], goVerbs) {
				end := d.verbEnd(k)
				if end+1 < len(d.toks) && !brk[end] && schoolPlaces[d.toks[end+1]] {
					end++ // «بچه‌ها از اینجا میرن مدرسه»: where they go is no school's complaint
				}
				for m := h; m <= end; m++ {
					d.negated[m] = true
				}
				break
			}
		}
	}
	for k, t := range d.toks {
		if !haveHousehold[t] {
			continue
		}
		for h := k - 1; h >= 0 && h >= k-4 && !brk[h]; h-- {
			if householdWords[d.toks[h]] {
				for m := h; m <= k; m++ {
					d.negated[m] = true
				}
				break
			}
		}
	}
}

var (
	// supplies before «نیست» are a supply cut («آب نیست فقط گل میاد»), unless a thing of the
	// network comes first («سیم برق نیست فقط شاخه‌ها ...»).
	supplies     = setOf("اب", "برق", "گاز", "تلفن", "اینترنت", "نت")
	networkParts = setOf("سیم", "کابل", "تیر", "لوله", "شیر", "کنتور", "خط", "پست", "تابلو", "جعبه", "منهول", "دریچه")
)

// supplyCut reports whether the «نیست» at k says a supply is cut: «آب نیست».
func (d *doc) supplyCut(a, k int) bool {
	return k > a && supplies[d.toks[k-1]] && (k-2 < a || !networkParts[d.toks[k-2]])
}

// sufferAre: a word of sufferWords with «are» written onto it («شاکیان», «شاکی‌اند»,
// «کلافه‌ایم», «ناراضین»).
func sufferAre(t string) bool {
	for w := range sufferWords {
		if rest, ok := strings.CutPrefix(t, w); ok && rest != "" && copulaWords[rest] {
			return true
		}
	}
	return false
}

// isIdleOffice reports whether t names an office, «مخابرات» with a slip too («مخابارت»).
func isIdleOffice(t string) bool {
	return idleOffices[t] || slip(t, "مخابرات")
}

// remitWords after «خارج از»: the municipality's duties, field or powers.
var remitWords = setOf("وظایف", "وظیفه", "حوزه", "حیطه", "شرح", "اختیارات")

// markRemit hides the municipality named in «موضوع خارج از وظایف شهرداری»: it is named only
// to say the matter is not its own, so no rule's not-list should read it (the police's
// noise rule refuses «شهرداری», meant for its own trucks); rule other.outside-remit reads
// the phrase before it.
func (d *doc) markRemit() {
	for i := 0; i+3 < len(d.toks); i++ {
		if (d.toks[i] != "خارج" && d.toks[i] != "خاج") || d.toks[i+1] != "از" || !remitWords[d.toks[i+2]] {
			continue
		}
		for k := i + 3; k < len(d.toks) && k <= i+4; k++ {
			if within1(d.toks[k], "شهرداری") {
				d.negated[k] = true
				break
			}
		}
	}
}

var (
	// plateWords end a spoken address with the number after them («پلاک سی و شش»).
	plateWords = setOf("پلاک", "پ", "plak", "pelak")
	// numberWords are numbers said in words («کوچه هفت», «خیابان صد و شانزده», «کوچه نهم»).
	numberWords = setOf("یک", "یکم", "اول", "دو", "دوم", "سه", "سوم", "چهار", "چهارم", "پنج", "پنجم",
		"شش", "ششم", "شیش", "هفت", "هفتم", "هشت", "هشتم", "نه", "نهم", "ده", "دهم", "یازده", "یازدهم",
		"دوازده", "دوازدهم", "سیزده", "سیزدهم", "چهارده", "چهاردهم", "پانزده", "پونزده", "پانزدهم",
		"شانزده", "شونزده", "شانزدهم", "هفده", "هفدهم", "هجده", "هیجده", "هجدهم", "نوزده", "نوزدهم",
		"بیست", "بیستم", "سی", "چهل", "چهلم", "پنجاه", "پنجاهم", "شصت", "شصتم", "هفتاد", "هشتاد",
		"نود", "صد", "صدم", "یکصد", "دویست", "سیصد")
)

// spokenAddressEnd: an address said aloud and typed by ear has no colon and often no stop
// («آدرس معلم خیابان دانش کوچه هفت پلاک ۳۵ همون سیم تلفن پاره شده»): it runs over place
// words, each with a name of a word or two or a number, and ends with its plate number or
// at the third word that is none of these. from is the first word after «آدرس»; the result is
// the last word of the address, at most last. Before any place word or number it is no
// address said aloud («آدرس شب‌ها تاریکه», «آدرس پست برق حاجی‌آباد»): it runs to the stop.
func (d *doc) spokenAddressEnd(from, last int, brk []bool) int {
	name := 0     // words of a name since the last place word
	seen := false // a place word or a number: this is an address said, not «آدرس» as a word
	for k := from; k <= last; k++ {
		t := d.toks[k]
		switch {
		case brk[k]:
			return k
		case plateWords[t] && k+1 <= last && (isDigits(d.toks[k+1]) || numberWords[d.toks[k+1]]):
			// the plate ends the address: its number, said in words with «و» between
			k++
			for k+2 <= last && !brk[k] && d.toks[k+1] == "و" && (isDigits(d.toks[k+2]) || numberWords[d.toks[k+2]]) {
				k += 2
			}
			return k
		case placeWords[t] || landmarkWords[t]:
			name, seen = 0, true
		case (placeTitles[t] || officeTitles[t]) && name == 0:
			// «خیابان شهید ...», «جلوی اداره ...»: more of the place word's name to come
		case isDigits(t) || numberWords[t]:
			name, seen = 2, true // a number is a whole name: «کوچه هفت», «خیابان صد و شانزده»
		case t == "و" && k > from && (isDigits(d.toks[k-1]) || numberWords[d.toks[k-1]]):
		default:
			// a name of a word or two («منظر یه», «حمیدی ان»); a thing after its first word
			// is the complaint («خیابان حمیدیان برق کل خیابون رفته»)
			name++
			if seen && (name > 2 || name == 2 && nameBreaks[t]) {
				return k - 1
			}
		}
	}
	return last
}
