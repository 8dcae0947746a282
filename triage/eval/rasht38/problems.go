package rasht38

// kind is one problem as the district meets it: who must act, what the operators file it
// under, how far it reaches, how many calls an episode draws and how long it lasts, and
// how operators and citizens describe it.
type kind struct {
	key    string
	agency string
	cat    string   // the right category
	vague  []string // what a hurried operator files it under instead
	wrong  []string // a plausible wrong category
	lvl    level
	weight float64 // issues of this kind per year, relative
	extra  float64 // mean number of requests after the first
	days   [2]int  // episode length range
	winter float64 // extra weight in the rainy months (Mehr–Esfand)
	family string  // problems that cannot share a spot in one episode
	recurs float64 // chance the episode comes back later at the same spot
	rain   bool    // episodes start on a rainy day
	// op: the operator's summary ({s} subject, {p} " در <place>" or "", {d} how long).
	// cit: the citizen's own words ({p} " تو <place>" or ""). fin: Finglish captions.
	op, cit, fin []string
}

var vagueCats = []string{"سایر", "عمومی", "شکایات", "درخواست شهروندی"}

var kinds = []kind{
	{key: "pothole", agency: "municipality", cat: "آسفالت و ترمیم معابر", vague: vagueCats, wrong: []string{"عمران", "ترافیک"},
		lvl: atPoint, weight: 10, extra: 1.0, days: [2]int{7, 45}, winter: 0.6, family: "surface", recurs: 0.10,
		op: []string{
			"{s} از وجود چاله‌ی عمیق{p} گلایه دارد.",
			"{s} اعلام کرد چاله‌ای{p} ایجاد شده که باعث آسیب به خودروها می‌شود.",
			"وجود چاله در سطح معبر{p}، درخواست ترمیم آسفالت.",
			"{s} خواستار ترمیم آسفالت{p} است، {d} است که چاله ایجاد شده.",
			"چاله{p}، موتورسوار زمین خورده. درخواست رسیدگی فوری.",
		},
		cit: []string{
			"یه چاله بزرگ{p} هست ماشینا همش میفتن توش",
			"چاله{p} خیلی خطرناکه شب دیده نمیشه",
			"آسفالت{p} چاله شده لطفا ترمیم کنید",
			"این چاله{p} هر روز بزرگتر میشه کسی رسیدگی نمیکنه",
			"چاله وسط خیابون{p}، دیروز لاستیکم پاره شد",
		},
		fin: []string{"chale bozorg{p} lotfan dorost konid", "asfalt kharab shode{p} chale dare"}},
	{key: "alleyAsphalt", agency: "municipality", cat: "آسفالت و ترمیم معابر", vague: vagueCats, wrong: []string{"عمران", "آب‌های سطحی"},
		lvl: atAlley, weight: 7, extra: 1.4, days: [2]int{20, 90}, winter: 0.4, family: "surface", recurs: 0.12,
		op: []string{
			"{s} از تخریب آسفالت کوچه{p} گلایه دارد و درخواست آسفالت مجدد دارد.",
			"آسفالت کوچه{p} به طور کامل از بین رفته و پر از چاله است.",
			"{s} اعلام کرد کوچه{p} {d} است که خاکی و گل‌آلود است، درخواست آسفالت.",
			"درخواست آسفالت کوچه{p}. اهالی چندین بار تماس گرفته‌اند.",
			"{s}: کوچه{p} بعد از حفاری آسفالت نشده و در بارندگی گل‌آلود است.",
		},
		cit: []string{
			"کوچه ما{p} آسفالت نداره همش گل و چالس",
			"کی میخواید کوچه{p} رو آسفالت کنید؟ چند ساله همینطوره",
			"کوچه{p} داغونه بچه ها نمیتونن رد بشن",
			"آسفالت کوچه{p} کلا خراب شده با ماشین نمیشه رد شد",
			"تو این بارون کوچه{p} شده باتلاق لطفا یه فکری بکنید",
		},
		fin: []string{"kooche{p} asfalt nadare hamash chale", "lotfan kooche{p} ro asfalt konid"}},
	{key: "garbage", agency: "municipality", cat: "پسماند و نظافت شهری", vague: vagueCats, wrong: []string{"محیط زیست", "فضای سبز"},
		lvl: atPoint, weight: 12, extra: 0.9, days: [2]int{2, 8}, family: "waste", recurs: 0.18,
		op: []string{
			"{s} از عدم جمع‌آوری زباله{p} گلایه دارد.",
			"انباشت زباله{p}، بوی نامطبوع و حضور حیوانات.",
			"{s} اعلام کرد زباله‌ها{p} {d} است جمع‌آوری نشده.",
			"درخواست جمع‌آوری زباله و شستشوی محل{p}.",
			"مخزن زباله{p} پر شده و زباله‌ها در سطح معبر ریخته است.",
		},
		cit: []string{
			"آشغالا{p} جمع نشده بوی گندش همه جا رو برداشته",
			"سطل زباله{p} پره دیگه جا نداره",
			"زباله{p} ریخته تو خیابون سگ و گربه پخشش کردن",
			"چند روزه ماشین زباله{p} نیومده",
			"لطفا زباله ها{p} رو جمع کنید خیلی بو میده",
		},
		fin: []string{"ashghala{p} jam nashode", "zobale{p} khili bo mide"}},
	{key: "garbageRound", agency: "municipality", cat: "پسماند و نظافت شهری", vague: vagueCats, wrong: []string{"خدمات شهری"},
		lvl: atHood, weight: 2.2, extra: 2.2, days: [2]int{1, 4}, family: "waste", recurs: 0.3,
		op: []string{
			"{s} اعلام کرد ماشین جمع‌آوری زباله {d} است به محله{p} نیامده.",
			"عدم جمع‌آوری زباله در کل محله{p}.",
			"{s} از نیامدن ماشین زباله{p} گلایه دارد.",
		},
		cit: []string{
			"ماشین زباله دو شبه{p} نیومده همه جا پر آشغاله",
			"چرا زباله های محله{p} رو جمع نمیکنید؟",
			"دیشب هم ماشین زباله نیومد{p}",
		},
		fin: []string{"mashin zobale{p} nayomade"}},
	{key: "flood", agency: "municipality", cat: "آب‌های سطحی", vague: vagueCats, wrong: []string{"فاضلاب", "آب و فاضلاب"},
		lvl: atStreet, weight: 6, extra: 1.8, days: [2]int{1, 3}, family: "water", recurs: 0.0, rain: true,
		op: []string{
			"آب‌گرفتگی شدید معبر{p} در پی بارندگی.",
			"{s} اعلام کرد آب باران{p} جمع شده و به داخل منازل راه پیدا کرده.",
			"{s} از آب‌گرفتگی{p} گلایه دارد، کانال‌ها گرفته است.",
			"تجمع آب‌های سطحی{p}، تردد عابرین مختل شده.",
		},
		cit: []string{
			"باز با این بارون{p} آب گرفتگی شده تا زانو آبه",
			"آب رفته تو حیاط خونه ها{p} کمک کنید",
			"خیابون{p} شده رودخونه ماشینا نمیتونن رد شن",
			"آبگرفتگی{p} لطفا سریع یه اکیپ بفرستید",
		},
		fin: []string{"ab gerefti{p} shadid", "ab oftade too khiaban{p}"}},
	{key: "ditch", agency: "municipality", cat: "آب‌های سطحی", vague: vagueCats, wrong: []string{"فاضلاب", "پسماند و نظافت شهری"},
		lvl: atAlley, weight: 5, extra: 0.8, days: [2]int{5, 30}, winter: 0.8, family: "water", recurs: 0.15,
		op: []string{
			"{s} خواستار لایروبی جوی{p} است.",
			"انسداد کانال آب‌های سطحی{p}، آب راکد مانده.",
			"{s} اعلام کرد جوی آب{p} پر از گل و زباله است و آب برمی‌گردد.",
			"درخواست لایروبی و بازگشایی کانال{p}.",
		},
		cit: []string{
			"جوی{p} گرفته آب راکد مونده پشه زیاد شده",
			"کانال آب{p} پر لجنه لطفا لایروبی کنید",
			"جوب{p} رو چند ساله لایروبی نکردن",
		},
		fin: []string{"joob{p} gerefte"}},
	{key: "streetLight", agency: "power", cat: "روشنایی معابر", vague: vagueCats, wrong: []string{"برق", "تاسیسات شهری"},
		lvl: atStreet, weight: 3, extra: 1.3, days: [2]int{3, 30}, winter: 0.3, family: "light", recurs: 0.15,
		op: []string{
			"{s} از خاموشی چراغ‌های روشنایی{p} گلایه دارد.",
			"چراغ‌های معبر{p} {d} است خاموش است.",
			"خاموش بودن لامپ‌های تیر برق{p}، ناامنی در شب.",
			"{s} اعلام کرد روشنایی{p} قطع است.",
		},
		cit: []string{
			"چراغای خیابون{p} خاموشه شبا خیلی تاریکه",
			"لامپای تیر برق{p} چند شبه روشن نمیشه",
			"شبا{p} از تاریکی نمیشه رد شد لطفا چراغ ها رو درست کنید",
		},
		fin: []string{"cheragh bargha{p} khamooshe"}},
	{key: "alleyLight", agency: "power", cat: "روشنایی معابر", vague: vagueCats, wrong: []string{"برق"},
		lvl: atAlley, weight: 2, extra: 0.6, days: [2]int{3, 30}, family: "light", recurs: 0.1,
		op: []string{
			"لامپ تیر برق داخل کوچه{p} سوخته است.",
			"{s} درخواست نصب یا تعویض لامپ روشنایی کوچه{p} دارد.",
		},
		cit: []string{
			"لامپ کوچه{p} سوخته کوچه تاریکه",
			"کوچه ما{p} شب ها تاریکه لامپ تیر برق خرابه",
		},
		fin: []string{"lamp kooche{p} sookhte"}},
	{key: "parkLight", agency: "municipality", cat: "روشنایی معابر", vague: vagueCats, wrong: []string{"فضای سبز", "برق"},
		lvl: atPark, weight: 1.2, extra: 0.6, days: [2]int{3, 25}, family: "light", recurs: 0.2,
		op: []string{
			"{s} از خاموشی چراغ‌های داخل پارک{p} گلایه دارد.",
			"روشنایی پارک{p} خاموش است، محل تجمع افراد نامناسب شده.",
		},
		cit: []string{
			"چراغای پارک{p} خاموشه شب کسی جرات نمیکنه بره",
			"پارک{p} شبا تاریک تاریکه",
		},
		fin: []string{"park{p} shab tarike"}},
	{key: "tree", agency: "municipality", cat: "فضای سبز", vague: vagueCats, wrong: []string{"پسماند و نظافت شهری", "برق"},
		lvl: atPoint, weight: 4, extra: 0.5, days: [2]int{2, 20}, winter: 0.5, family: "tree", recurs: 0.05,
		op: []string{
			"شکستن و سقوط درخت{p}، مسدود شدن معبر.",
			"{s} درخواست هرس درختان{p} را دارد.",
			"{s} اعلام کرد شاخه‌های خشک درخت{p} در حال افتادن است.",
			"درخت{p} کج شده و خطر سقوط دارد.",
		},
		cit: []string{
			"درخت{p} افتاده وسط پیاده رو",
			"شاخه های درخت{p} خشک شده ممکنه بیفته رو سر مردم",
			"باد دیشب درخت{p} رو شکسته",
		},
		fin: []string{"derakht{p} oftade"}},
	{key: "dogs", agency: "municipality", cat: "حیوانات ولگرد", vague: vagueCats, wrong: []string{"محیط زیست", "بهداشت"},
		lvl: atHood, weight: 3.5, extra: 1.6, days: [2]int{7, 45}, family: "animal", recurs: 0.2,
		op: []string{
			"{s} از حضور سگ‌های ولگرد{p} گلایه دارد.",
			"تجمع سگ‌های بلاصاحب{p}، ایجاد ترس برای کودکان و عابرین.",
			"{s} اعلام کرد سگ‌های ولگرد{p} به عابرین حمله می‌کنند.",
		},
		cit: []string{
			"سگای ولگرد{p} خیلی زیاد شدن بچه ها میترسن برن مدرسه",
			"یه گله سگ{p} شبا پارس میکنن و دنبال مردم میکنن",
			"دیروز سگ{p} به یه بچه حمله کرد لطفا جمعشون کنید",
		},
		fin: []string{"sag velgard{p} ziad shode"}},
	{key: "debris", agency: "municipality", cat: "نخاله و مصالح ساختمانی", vague: vagueCats, wrong: []string{"پسماند و نظافت شهری", "سد معبر"},
		lvl: atPoint, weight: 4, extra: 0.6, days: [2]int{5, 30}, family: "waste", recurs: 0.1,
		op: []string{
			"تخلیه‌ی غیرمجاز نخاله‌ی ساختمانی{p}.",
			"{s} از رها شدن نخاله{p} گلایه دارد.",
			"انباشت نخاله و خاک{p} که معبر را تنگ کرده.",
		},
		cit: []string{
			"یکی شبونه نخاله خالی کرده{p}",
			"نخاله ساختمونی{p} چند هفتست مونده کسی جمع نمیکنه",
		},
		fin: []string{"nakhale{p} rikhtan"}},
	{key: "sidewalk", agency: "municipality", cat: "سد معبر", vague: vagueCats, wrong: []string{"ترافیک", "پسماند و نظافت شهری"},
		lvl: atPoint, weight: 3, extra: 0.5, days: [2]int{7, 40}, family: "obstruct", recurs: 0.2,
		op: []string{
			"سد معبر توسط مغازه‌دار{p}، اجناس در پیاده‌رو چیده شده.",
			"{s} از اشغال پیاده‌رو توسط کسبه{p} گلایه دارد.",
			"مصالح ساختمانی در پیاده‌رو{p}، عابرین مجبور به تردد در سواره‌رو هستند.",
		},
		cit: []string{
			"مغازه{p} کل پیاده رو رو گرفته",
			"پیاده رو{p} جای راه رفتن نیست همش جنس مغازه هاست",
		},
		fin: []string{"piade ro{p} ro gereftan"}},
	{key: "park", agency: "municipality", cat: "فضای سبز", vague: vagueCats, wrong: []string{"پارک‌ها", "پسماند و نظافت شهری"},
		lvl: atPark, weight: 1.8, extra: 0.5, days: [2]int{7, 60}, family: "park", recurs: 0.1,
		op: []string{
			"وسایل بازی کودکان در پارک{p} شکسته و خطرناک است.",
			"{s} از وضعیت نامناسب سرویس بهداشتی پارک{p} گلایه دارد.",
			"چمن‌های پارک{p} رسیدگی نمی‌شود.",
		},
		cit: []string{
			"تاب پارک{p} شکسته بچه ها آسیب میبینن",
			"سرویس بهداشتی پارک{p} خیلی کثیفه",
		},
		fin: []string{"taab park{p} shekaste"}},
	{key: "deadAnimal", agency: "municipality", cat: "پسماند و نظافت شهری", vague: vagueCats, wrong: []string{"حیوانات ولگرد"},
		lvl: atPoint, weight: 1.2, extra: 0.2, days: [2]int{1, 3}, family: "animalbody",
		op:  []string{"لاشه‌ی حیوان{p}، درخواست جمع‌آوری.", "{s} اعلام کرد لاشه‌ی سگ{p} افتاده است."},
		cit: []string{"یه گربه مرده{p} افتاده", "لاشه سگ{p} دو روزه مونده"},
		fin: []string{"gorbe morde{p}"}},

	// other agencies
	{key: "sewage", agency: "water", cat: "فاضلاب", vague: vagueCats, wrong: []string{"آب‌های سطحی", "پسماند و نظافت شهری"},
		lvl: atPoint, weight: 2.5, extra: 1.0, days: [2]int{2, 15}, winter: 0.3, family: "water", recurs: 0.2,
		op: []string{
			"پس‌زدن فاضلاب از منهول{p}.",
			"{s} از سرریز فاضلاب{p} و بوی بد آن گلایه دارد.",
			"{s} اعلام کرد درپوش منهول فاضلاب{p} شکسته و فاضلاب بیرون زده.",
		},
		cit: []string{
			"فاضلاب{p} زده بیرون بوی وحشتناکی میده",
			"منهول فاضلاب{p} سر ریز کرده",
			"آب کثیف از چاه فاضلاب{p} میاد بیرون",
		},
		fin: []string{"fazelab{p} zade biroon"}},
	{key: "pipeBurst", agency: "water", cat: "آب و فاضلاب", vague: vagueCats, wrong: []string{"آب‌های سطحی"},
		lvl: atPoint, weight: 2, extra: 0.9, days: [2]int{1, 3}, family: "water",
		op: []string{
			"شکستگی لوله‌ی آب{p}، آب در معبر جاری است.",
			"{s} اعلام کرد لوله‌ی آب{p} ترکیده و آب هدر می‌رود.",
		},
		cit: []string{
			"لوله آب{p} ترکیده از صبح آب داره میره",
			"آب شرب{p} از زیر آسفالت میزنه بیرون",
		},
		fin: []string{"looleh ab{p} tarakide"}},
	{key: "waterExcavation", agency: "water", cat: "آسفالت و ترمیم معابر", vague: vagueCats, wrong: []string{"آب و فاضلاب"},
		lvl: atPoint, weight: 1.5, extra: 1.0, days: [2]int{10, 50}, family: "surface", recurs: 0.05,
		op: []string{
			"حفاری شرکت آب و فاضلاب{p} رها شده و ترمیم نشده.",
			"{s} اعلام کرد بعد از تعمیر لوله توسط آبفا، محل حفاری{p} ترمیم نشده.",
		},
		cit: []string{
			"آبفا اومد خیابون{p} رو کند و رفت هنوز درستش نکردن",
			"جای حفاری لوله آب{p} چاله شده",
		},
		fin: []string{"hafari ab{p} tarmim nashode"}},
	{key: "waterCut", agency: "water", cat: "آب و فاضلاب", vague: vagueCats, wrong: []string{"سایر"},
		lvl: atHood, weight: 1.0, extra: 1.5, days: [2]int{1, 2}, family: "watercut",
		op:  []string{"قطعی آب{p} از صبح.", "{s} از قطعی آب بدون اطلاع قبلی{p} گلایه دارد.", "افت فشار شدید آب{p}."},
		cit: []string{"آب{p} از صبح قطعه", "چرا آب{p} قطعه؟ هیچ اطلاعیه ای ندادن"},
		fin: []string{"ab{p} ghate"}},
	{key: "powerLine", agency: "power", cat: "برق", vague: vagueCats, wrong: []string{"فضای سبز", "روشنایی معابر"},
		lvl: atPoint, weight: 1.4, extra: 0.5, days: [2]int{1, 10}, winter: 0.5, family: "tree",
		op: []string{
			"افتادن شاخه‌ی درخت روی سیم برق{p}.",
			"{s} اعلام کرد سیم برق{p} پاره شده و آویزان است.",
			"تیر برق{p} کج شده و خطر سقوط دارد.",
		},
		cit: []string{"سیم برق{p} افتاده رو زمین خطرناکه", "شاخه درخت رفته تو سیمای برق{p} جرقه میزنه"},
		fin: []string{"sim bargh{p} oftade"}},
	{key: "gasSmell", agency: "gas", cat: "گاز", vague: vagueCats, wrong: []string{"سایر", "آب و فاضلاب"},
		lvl: atPoint, weight: 1.2, extra: 0.25, days: [2]int{1, 1}, family: "gas",
		op:  []string{"بوی شدید گاز{p}.", "{s} از استشمام بوی گاز{p} خبر داد.", "نشت گاز از انشعاب{p}."},
		cit: []string{"بوی گاز{p} خیلی شدیده", "یه جایی{p} گاز نشت میکنه بو میاد"},
		fin: []string{"booye gaz{p} miad"}},
	{key: "gasExcavation", agency: "gas", cat: "آسفالت و ترمیم معابر", vague: vagueCats, wrong: []string{"گاز"},
		lvl: atPoint, weight: 0.7, extra: 0.6, days: [2]int{10, 40}, family: "surface",
		op:  []string{"حفاری شرکت گاز{p} بدون ترمیم رها شده.", "{s} اعلام کرد گاز برای انشعاب{p} حفاری کرده و ترمیم نکرده."},
		cit: []string{"شرکت گاز{p} رو کنده و رفته", "لوله گاز کشیدن{p} ولی جاش رو درست نکردن"},
		fin: []string{"sherkat gaz{p} kande"}},
	{key: "telecom", agency: "telecom", cat: "مخابرات", vague: vagueCats, wrong: []string{"برق", "سایر"},
		lvl: atPoint, weight: 1.2, extra: 0.4, days: [2]int{5, 40}, family: "telecom",
		op: []string{
			"درب جعبه‌ی مخابرات{p} شکسته و کابل‌ها بیرون است.",
			"{s} اعلام کرد کابل مخابرات{p} پاره شده و آویزان است.",
			"حفاری مخابرات{p} ترمیم نشده.",
		},
		cit: []string{"کابل تلفن{p} آویزونه", "جعبه مخابرات{p} درش کنده شده"},
		fin: []string{"kabl mokhaberat{p} avizoone"}},
	{key: "blockedAlley", agency: "police", cat: "ترافیک", vague: vagueCats, wrong: []string{"سد معبر"},
		lvl: atAlley, weight: 2, extra: 0.4, days: [2]int{1, 15}, family: "obstruct", recurs: 0.2,
		op: []string{
			"پارک خودرو در دهانه‌ی کوچه{p}، مسدود شدن ورودی منازل.",
			"{s} از پارک دائمی خودروی همسایه در کوچه{p} گلایه دارد.",
		},
		cit: []string{"هر روز یه ماشین جلو در پارکینگ{p} پارک میکنه", "کوچه{p} رو با ماشین بستن آمبولانس نمیتونه رد شه"},
		fin: []string{"mashin jelo parking{p} park karde"}},
	{key: "abandonedCar", agency: "police", cat: "ترافیک", vague: vagueCats, wrong: []string{"سد معبر", "پسماند و نظافت شهری"},
		lvl: atPoint, weight: 0.8, extra: 0.3, days: [2]int{20, 90}, family: "obstruct",
		op:  []string{"خودروی رها شده{p} ماه‌هاست جابجا نشده.", "{s} از وجود خودروی فرسوده‌ی رها شده{p} گلایه دارد."},
		cit: []string{"یه پیکان قراضه{p} چند ماهه ول شده", "یه ماشین{p} ول کردن رفتن شده جای زباله"},
		fin: []string{"mashin raha shode{p}"}},
	{key: "noise", agency: "police", cat: "سایر", vague: []string{"عمومی", "شکایات"}, wrong: []string{"سد معبر"},
		lvl: atPoint, weight: 1.0, extra: 0.3, days: [2]int{1, 10}, family: "noise",
		op:  []string{"تجمع شبانه‌ی جوانان و ایجاد سر و صدا{p}.", "{s} از مزاحمت موتورسواران در شب{p} گلایه دارد."},
		cit: []string{"هر شب{p} موتوریا ویراژ میدن نمیشه خوابید", "شبا{p} یه عده جمع میشن سر و صدا میکنن"},
		fin: []string{"har shab{p} sar o seda"}},
	{key: "beggar", agency: "other", cat: "سایر", vague: []string{"عمومی", "شکایات"}, wrong: []string{"سد معبر", "پسماند و نظافت شهری"},
		lvl: atPoint, weight: 1.2, extra: 0.3, days: [2]int{5, 40}, family: "social",
		op:  []string{"حضور متکدی و کارتن‌خواب{p}.", "{s} از حضور افراد کارتن‌خواب{p} گلایه دارد."},
		cit: []string{"یه کارتن خواب{p} شبا میخوابه", "متکدیا{p} مزاحم مردمن"},
		fin: []string{"kartonkhab{p}"}},
	{key: "dispute", agency: "other", cat: "شکایات", vague: []string{"سایر", "عمومی"}, wrong: []string{"سد معبر", "عمران"},
		lvl: atAlley, weight: 0.8, extra: 0.1, days: [2]int{1, 10}, family: "dispute",
		op:  []string{"{s} از تجاوز همسایه به حریم ملک{p} شکایت دارد.", "اختلاف ملکی با همسایه{p}، درخواست رسیدگی."},
		cit: []string{"همسایه{p} دیوارشو آورده تو زمین ما"},
		fin: []string{"hamsaye{p} divar sakhte"}},
	{key: "school", agency: "other", cat: "سایر", vague: []string{"عمومی"}, wrong: []string{"ترافیک", "فضای سبز"},
		lvl: atPoint, weight: 0.3, extra: 0.2, days: [2]int{5, 30}, family: "social",
		op:  []string{"{s} از وضعیت نامناسب حیاط مدرسه{p} گلایه دارد.", "درخواست رسیدگی به وضعیت سرویس مدرسه{p}."},
		cit: []string{"حیاط مدرسه{p} پر آب میشه بچه ها اذیتن"},
		fin: []string{"madrese{p}"}},
}
