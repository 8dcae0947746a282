package rasht43

// Agency codes of DESIGN.md.
const (
	municipality = "municipality"
	water        = "water"
	power        = "power"
	gas          = "gas"
	telecom      = "telecom"
	police       = "police"
	other        = "other"
)

// where says what kind of place a problem sits at.
type where int

const (
	atStreetPlace where = iota // alley, dead end or street segment, by the weights of placeRule
	atArea                     // a neighbourhood (outages)
	atPark                     // a park
	atJunction                 // a junction (traffic lights)
	atInst                     // a landmark of one of the kinds in placeRule.kinds
	atNone                     // no place: questions, thanks
)

type placeRule struct {
	at    where
	alley float64  // weight of an alley (a dead end counts as an alley when dead is set)
	seg   float64  // weight of a street segment
	park  float64  // weight of a park (stray dogs)
	dead  bool     // dead ends are places of their own
	plate bool     // the place is a building: a plate is part of it
	kinds []string // atInst: landmark kinds
}

// sizeDist is how many requests an issue of a problem draws.
type sizeDist int

const (
	sizeCommon sizeDist = iota
	sizeAsphalt
	sizeSingle
	sizeArea
	sizeOne // always one: questions, thanks
)

// problem is one kind of problem: who must act, where it sits, how it is written.
type problem struct {
	key     string
	family  string // problems of one family at one place are one issue at a time
	agency  string // "" for excavations: the owner decides
	place   placeRule
	weight  float64 // share of the year's ordinary requests (before the chronic issues)
	size    sizeDist
	max     int         // the most requests one episode draws (0: no limit beyond the size law)
	span    float64     // days over which an episode's reports come in
	gap     float64     // days after an episode before the same family may start again at the place
	season  []float64   // weights per Jalali month, Farvardin first; nil = even
	rain    bool        // episodes start on a rain day
	snow    bool        // episodes start in the snow spell
	cats    []string    // right categories, the first most often
	wrong   []string    // categories an operator picks by mistake
	texts   []string    // the citizen's words; {p} the place, {inp} «در» + place
	op      []string    // an operator's words
	fing    []string    // Finglish; {fp} the place in Latin letters
	terse   []string    // a few words
	again   []string    // a complaint that a fix was bad (reopens the issue)
	also    string      // a short clause when the problem is named second in another request
	ownerOf []ownerRate // excavations: who dug
}

type ownerRate struct {
	agency string
	w      float64
}

var (
	rainy   = []float64{1, 0.6, 0.3, 0.2, 0.2, 0.6, 2, 2.5, 2.5, 2.2, 2, 1.6}
	summer  = []float64{0.1, 0.3, 1.5, 3, 3, 2, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1}
	winter  = []float64{0, 0, 0, 0, 0, 0, 0, 0.3, 2, 3, 2.5, 0.5}
	nowruz  = []float64{2.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.4}
	autumn  = []float64{0.6, 0.6, 0.5, 0.5, 0.5, 0.8, 1.5, 2.2, 2, 1, 0.8, 1}
	spring  = []float64{1.6, 1.6, 1.3, 0.8, 0.8, 0.8, 0.9, 1, 1, 1, 1, 1.2}
	school  = []float64{0.3, 1, 1, 0.1, 0.1, 0.1, 1.4, 1.4, 1.4, 1.4, 1.2, 1}
	warm    = []float64{0.8, 1, 1.2, 1.5, 1.5, 1.3, 1, 0.8, 0.6, 0.6, 0.6, 0.9}
	treeish = []float64{1.5, 1.3, 1, 0.7, 0.7, 0.8, 1, 1.4, 1.3, 1.2, 1.2, 1.4}
)

var problems = []*problem{
	{key: "asphalt", family: "asphalt", agency: municipality, weight: 10.5, size: sizeAsphalt, span: 110, gap: 60, season: spring,
		place: placeRule{alley: 1, dead: true},
		cats:  []string{"آسفالت و ترمیم معابر", "عمران و آسفالت", "معابر"}, wrong: []string{"آب‌های سطحی و آبگرفتگی", "ترافیک و حمل و نقل"},
		texts: []string{
			"آسفالت {p} کاملا از بین رفته و پر از چاله شده",
			"{p} چند ساله آسفالت نشده، با این بارون‌ها پر از گل و چاله‌ست",
			"وضعیت آسفالت {p} خیلی خرابه، ماشین‌ها آسیب می‌بینن",
			"چاله‌های {p|کوچه} رو پر کنید، دیروز یه بچه زمین خورد",
			"درخواست آسفالت مجدد {p} را داریم",
			"آسفالت {p} نشست کرده و آب توش جمع میشه",
			"لکه‌گیری آسفالت {p} انجام نشده و روز به روز بدتر میشه",
			"{inp} آسفالت ترک خورده و پوسته پوسته شده، لطفا روکش کنید",
			"ساکنین {p} از خرابی آسفالت به ستوه آمده‌اند",
			"آسفالت {p} مثل شخم زده شده، با ماشین نمیشه رد شد",
		},
		op: []string{
			"شهروند اظهار داشتند آسفالت {p} تخریب شده و خواستار ترمیم و روکش آسفالت هستند",
			"تماس‌گیرنده از وجود چاله‌های متعدد {inp} گلایه دارد و درخواست لکه‌گیری دارد",
			"درخواست آسفالت معبر {p}",
			"شهروند خواستار آسفالت کوچه محل سکونت خود می‌باشند",
		},
		fing:  []string{"salam {fp} asfalt kharab shode lotfan residegi konid", "asfalte {fp} dastan shode, chale dare", "{fp} asfalt nadare!!! lotfan"},
		terse: []string{"آسفالت {p}", "چاله {p}", "اسفالت کوچه"},
		again: []string{"آسفالتی که {inp} ریختید یک هفته نشده دوباره خراب شد", "ترمیم آسفالت {p} خیلی بد انجام شده، دوباره چاله افتاده", "هنوز آسفالت {p} کامل نشده، نصفه ول کردن"},
		also:  "آسفالت کوچه هم خرابه"},
	{key: "pothole", family: "asphalt", agency: municipality, weight: 3.5, size: sizeCommon, span: 30, gap: 30, season: spring,
		place: placeRule{seg: 1},
		cats:  []string{"آسفالت و ترمیم معابر", "معابر"}, wrong: []string{"ترافیک و حمل و نقل"},
		texts: []string{
			"یه چاله بزرگ {inp} هست که ماشین‌ها میفتن توش",
			"{inp} چاله عمیقی ایجاد شده، برای موتورسوارها خطرناکه",
			"آسفالت {p} نشست کرده، شب‌ها دیده نمیشه",
			"دست‌انداز خطرناک {inp}، دو تا تصادف شده",
			"چاله وسط خیابون {inp} رو پر کنید",
		},
		op:    []string{"شهروند از وجود چاله عمیق {inp} خبر دادند و خواستار ترمیم فوری هستند", "گزارش چاله و نشست آسفالت {inp}"},
		fing:  []string{"ye chale bozorg {fp} hast, khatarnake", "chale {fp} ro por konid"},
		terse: []string{"چاله {p}", "نشست آسفالت {p}"},
		again: []string{"چاله‌ای که {inp} پر کردید دوباره باز شد"},
		also:  "یه چاله بزرگ هم سر خیابونه"},
	{key: "garbage", max: 12, family: "waste", agency: municipality, weight: 10, size: sizeCommon, span: 1.5, gap: 5, season: nowruz,
		place: placeRule{alley: 0.8, seg: 0.2, dead: true},
		cats:  []string{"پسماند", "جمع‌آوری زباله", "خدمات شهری"}, wrong: []string{"فضای سبز"},
		texts: []string{
			"زباله‌های {p} دو روزه جمع نشده",
			"ماشین زباله دیشب {inp} نیومد، همه جا بوی گند گرفته",
			"آشغال‌ها {inp} مونده و گربه‌ها پخش کردن",
			"جمع‌آوری زباله {inp} انجام نشده",
			"پاکبان این هفته {inp} نیومده، زباله‌ها روی هم تلنبار شده",
			"کیسه‌های زباله {inp} از دیروز مونده، بوی بدش کل کوچه رو برداشته",
		},
		op:    []string{"شهروند اظهار داشتند زباله‌های {p} جمع‌آوری نشده است", "عدم جمع‌آوری پسماند {inp}"},
		fing:  []string{"ashghal haye {fp} jam nashode", "mashin zobale {fp} nayoomad"},
		terse: []string{"زباله {p}", "آشغال جمع نشده"},
		also:  "زباله‌ها هم جمع نشده"},
	{key: "bin", max: 15, family: "waste", agency: municipality, weight: 3.5, size: sizeCommon, span: 10, gap: 20, season: warm,
		place: placeRule{alley: 0.5, seg: 0.5},
		cats:  []string{"پسماند", "مخازن زباله"}, wrong: []string{"خدمات شهری"},
		texts: []string{
			"مخزن زباله {p} شکسته و درش بسته نمیشه",
			"مخزن {inp} همیشه پره و زباله‌ها دورش ریخته",
			"لطفا {inp} یه مخزن زباله بذارید",
			"مخزن زباله رو از جلوی خونه ما {inp} جابجا کنید، بوی بدش اذیت میکنه",
			"مخزن زباله {p} شسته نشده و شیرابه راه افتاده",
		},
		op:    []string{"درخواست تعویض مخزن شکسته {inp}", "شهروند خواستار جابجایی مخزن پسماند {inp} هستند"},
		fing:  []string{"makhzan zobale {fp} shekaste", "makhzane {fp} hamishe pore"},
		terse: []string{"مخزن زباله {p}"},
		also:  "مخزن زباله هم شکسته"},
	{key: "sweep", max: 8, family: "sweep", agency: municipality, weight: 3, size: sizeCommon, span: 6, gap: 20, season: autumn,
		place: placeRule{alley: 0.7, seg: 0.3, dead: true},
		cats:  []string{"خدمات شهری", "رفت و روب"}, wrong: []string{"پسماند"},
		texts: []string{
			"برگ درختا {inp} جمع نشده، همه جا رو گرفته",
			"بعد از بارندگی {p} پر از گل و لای شده، کسی نظافت نکرده",
			"{p} مدتیه جارو نشده",
			"رفت و روب {inp} انجام نمیشه",
		},
		op:    []string{"درخواست رفت و روب و نظافت {p}"},
		fing:  []string{"{fp} kheili kasife, jaroo nemishe"},
		terse: []string{"نظافت {p}"}},
	{key: "flood", max: 15, family: "surface", agency: municipality, weight: 5, size: sizeCommon, span: 1.5, gap: 6, season: rainy, rain: true,
		place: placeRule{alley: 0.6, seg: 0.4, dead: true},
		cats:  []string{"آب‌های سطحی و آبگرفتگی", "آبگرفتگی"}, wrong: []string{"آب و فاضلاب"},
		texts: []string{
			"با بارون دیشب {p} کامل آب گرفته، نمیشه رد شد",
			"آبگرفتگی شدید {inp}، آب تا پله خونه‌ها رسیده",
			"{p} زیر آبه، آب راه نداره بره",
			"باز هم با یه بارون کوچیک {p} دریاچه شد",
			"آب بارون {inp} جمع شده و رفته تو زیرزمین‌ها",
		},
		op:    []string{"شهروند از آبگرفتگی {p} در پی بارندگی خبر دادند", "آبگرفتگی معبر {inp}؛ درخواست اعزام اکیپ"},
		fing:  []string{"{fp} ab gerefte, baroon oomad hame ja ab shod"},
		terse: []string{"آبگرفتگی {p}"},
		also:  "با هر بارون هم آب جمع میشه"},
	{key: "channel", family: "surface", agency: municipality, weight: 3.5, size: sizeCommon, span: 20, gap: 25, season: rainy,
		place: placeRule{alley: 0.6, seg: 0.4},
		cats:  []string{"آب‌های سطحی و آبگرفتگی", "لایروبی"}, wrong: []string{"آب و فاضلاب"},
		texts: []string{
			"جوی آب {p} با برگ و زباله مسدود شده",
			"کانال آب‌های سطحی {p} گرفته، لایروبی کنید",
			"دریچه آبروی {p} شکسته و یکی افتاد توش",
			"درپوش کانال آب باران {inp} نیست، خیلی خطرناکه",
			"جدول و جوی {p} خراب شده، آب سرریز میکنه",
			"جوب {p} پر از لجن شده، آب نمیره",
		},
		op:    []string{"درخواست لایروبی کانال آب‌های سطحی {p}", "شهروند از مفقود شدن دریچه کانال آب‌های سطحی {inp} خبر دادند"},
		fing:  []string{"jooye ab {fp} gerefte, layroobi konid", "darpoosh kanal {fp} nist"},
		terse: []string{"لایروبی جوی {p}"},
		also:  "جوی آب هم گرفته"},
	{key: "dogs", family: "dogs", agency: municipality, weight: 4, size: sizeCommon, span: 30, gap: 30, season: warm,
		place: placeRule{alley: 0.8, park: 0.2},
		cats:  []string{"حیوانات ولگرد", "سگ‌های بلاصاحب"}, wrong: []string{"سایر"},
		texts: []string{
			"یه گله سگ ولگرد {inp} جمع شدن، بچه‌ها می‌ترسن بیان بیرون",
			"سگ‌های ولگرد {inp} به رهگذرا حمله می‌کنن",
			"شب‌ها صدای پارس سگ‌ها {inp} نمیذاره بخوابیم",
			"دیروز سگ به بچه همسایه {inp} حمله کرد، تورو خدا یه کاری کنید",
		},
		op:    []string{"شهروند از حضور سگ‌های بلاصاحب {inp} گلایه دارند و خواستار جمع‌آوری هستند"},
		fing:  []string{"sag velgard {fp} ziad shode", "sag ha {fp} hamle mikonan"},
		terse: []string{"سگ ولگرد {p}"},
		also:  "سگ‌های ولگرد هم زیاد شدن"},
	{key: "tree", family: "tree", agency: municipality, weight: 4, size: sizeCommon, span: 12, gap: 40, season: treeish,
		place: placeRule{alley: 0.5, seg: 0.5, plate: true},
		cats:  []string{"فضای سبز"}, wrong: []string{"خدمات شهری"},
		texts: []string{
			"شاخه‌های درخت {p} خیلی بلند شده، لطفا هرس کنید",
			"درخت خشک شده {inp} داره میفته، خطرناکه",
			"درخت {p} با باد دیشب افتاد وسط کوچه",
			"ریشه درخت {p} پیاده‌رو رو شکسته",
			"درخت جلوی خونه {inp} جلوی نور رو گرفته، هرس کنید",
		},
		op:    []string{"درخواست هرس درختان {p}", "شهروند از سقوط درخت {inp} خبر دادند"},
		fing:  []string{"derakht {fp} oftade vasat kooche", "lotfan derakht haye {fp} ro haras konid"},
		terse: []string{"هرس درخت {p}"}},
	{key: "park", family: "park", agency: municipality, weight: 2, size: sizeCommon, span: 15, gap: 15, season: warm,
		place: placeRule{at: atPark},
		cats:  []string{"فضای سبز", "پارک‌ها"}, wrong: []string{"روشنایی معابر", "برق"},
		texts: []string{
			"وسایل بازی {p|پارک} شکسته، بچه‌ها آسیب می‌بینن",
			"چراغ‌های {p|پارک} چند شبه خاموشه، شب‌ها کسی جرأت نمی‌کنه بره",
			"نیمکت‌های {p|پارک} خراب شده",
			"{p|پارک} کثیفه، سطل‌های زباله پر شده",
			"آبخوری {p|پارک} خرابه",
			"روشنایی {p|پارک} قطعه، شب‌ها معتادها جمع میشن",
		},
		op:    []string{"شهروند از خاموش بودن روشنایی {p|پارک} گلایه دارند", "درخواست تعمیر وسایل بازی {p|پارک}"},
		fing:  []string{"vasayel bazi {fp} kharabe", "cheragh haye {fp} khamooshe"},
		terse: []string{"خرابی وسایل {p}"}},
	{key: "signal", max: 10, family: "signal", agency: municipality, weight: 1, size: sizeCommon, span: 4, gap: 15,
		place: placeRule{at: atJunction},
		cats:  []string{"ترافیک و حمل و نقل", "چراغ راهنمایی"}, wrong: []string{"روشنایی معابر", "برق"},
		texts: []string{
			"چراغ راهنمایی {p} از صبح خاموشه، ترافیک شدیده",
			"چراغ قرمز {p} خراب شده و فقط چشمک میزنه",
			"چراغ عابر پیاده {p} کار نمیکنه",
			"زمان چراغ سبز {p} خیلی کمه، صف ماشین‌ها تا میدون میرسه",
		},
		op:    []string{"گزارش خرابی چراغ راهنمایی {p}"},
		fing:  []string{"cheragh rahnamaee {fp} kharabe"},
		terse: []string{"چراغ راهنمایی {p}"}},
	{key: "debris", family: "building", agency: municipality, weight: 3, size: sizeCommon, span: 20, gap: 30,
		place: placeRule{alley: 0.7, seg: 0.3, plate: true},
		cats:  []string{"نخاله ساختمانی", "خدمات شهری"}, wrong: []string{"شهرسازی و ساخت‌وساز"},
		texts: []string{
			"نخاله ساختمانی {inp} ریختن و رفتن، راه بسته شده",
			"یه ساختمون داره {inp} ساخته میشه و مصالحش رو وسط کوچه ریختن",
			"خاک و نخاله ساختمان {p} کل کوچه رو گلی کرده",
			"کسی شبونه {inp} نخاله خالی کرده",
		},
		op:    []string{"شهروند از رهاسازی نخاله ساختمانی {inp} شکایت دارند"},
		fing:  []string{"nakhale sakhtemooni {fp} rikhtan"},
		terse: []string{"نخاله {p}"},
		also:  "نخاله ساختمونی هم ریختن"},
	{key: "violation", family: "building", agency: municipality, weight: 2.5, size: sizeCommon, span: 40, gap: 60,
		place: placeRule{alley: 0.8, seg: 0.2, plate: true},
		cats:  []string{"شهرسازی و ساخت‌وساز", "تخلفات ساختمانی"}, wrong: []string{"نخاله ساختمانی"},
		texts: []string{
			"همسایه {inp} بدون مجوز داره طبقه اضافه میسازه",
			"ساخت‌وساز غیرمجاز {p}، شب‌ها هم کار می‌کنن",
			"ساختمون نیمه‌کاره {p} داره خراب میشه، خطرناکه",
			"بالکن ساختمان {p} از حد مجاز جلوتر اومده",
		},
		op:    []string{"گزارش تخلف ساختمانی {inp}؛ درخواست بازدید"},
		fing:  []string{"sakht o saz gheyre mojaz {fp}"},
		terse: []string{"تخلف ساختمانی {p}"}},
	{key: "sidewalk", family: "sidewalk", agency: municipality, weight: 3, size: sizeCommon, span: 35, gap: 30,
		place: placeRule{seg: 1},
		cats:  []string{"سد معبر", "خدمات شهری"}, wrong: []string{"ترافیک و حمل و نقل"},
		texts: []string{
			"مغازه‌دارهای {p|اینجا} پیاده‌رو رو با جنس پر کردن، مردم مجبورن تو خیابون راه برن",
			"دستفروش‌ها {inp} کل پیاده‌رو رو گرفتن",
			"میوه‌فروشی {p} بساطشو تو پیاده‌رو پهن کرده",
			"سد معبر {inp}، با کالسکه نمیشه رد شد",
		},
		op:    []string{"شهروند از سد معبر توسط کسبه {inp} شکایت دارند"},
		fing:  []string{"piade ro {fp} ro maghaze dara gereftan"},
		terse: []string{"سد معبر {p}"}},
	{key: "snow", max: 12, family: "snow", agency: municipality, weight: 2, size: sizeCommon, span: 2, gap: 3, snow: true,
		place: placeRule{alley: 0.7, seg: 0.3, dead: true},
		cats:  []string{"برفروبی", "خدمات شهری"}, wrong: []string{"ترافیک و حمل و نقل"},
		texts: []string{
			"برف {p} هنوز برفروبی نشده، ماشین‌ها گیر کردن",
			"{p} یخ زده، دیروز دو نفر زمین خوردن، نمک‌پاشی کنید",
			"برفروبی {inp} انجام نشده، هیچکس نیومده",
		},
		op:    []string{"درخواست برفروبی و نمک‌پاشی {p}"},
		fing:  []string{"barf {fp} ro pak nakardan"},
		terse: []string{"برفروبی {p}"}},
	{key: "carcass", max: 3, family: "carcass", agency: municipality, weight: 0.5, size: sizeSingle, span: 1, gap: 5,
		place: placeRule{alley: 0.6, seg: 0.4},
		cats:  []string{"خدمات شهری"}, wrong: []string{"حیوانات ولگرد"},
		texts: []string{"لاشه یه سگ {inp} افتاده، بو میده", "گربه مرده {inp} هست، لطفا جمع کنید"},
		op:    []string{"گزارش لاشه حیوان {inp}"},
		terse: []string{"لاشه حیوان {p}"}},
	{key: "dig", family: "asphalt", weight: 3, size: sizeCommon, span: 40, gap: 40,
		place:   placeRule{alley: 0.8, seg: 0.2},
		ownerOf: []ownerRate{{municipality, 0.25}, {water, 0.4}, {gas, 0.2}, {telecom, 0.15}},
		cats:    []string{"ترمیم حفاری", "آسفالت و ترمیم معابر"}, wrong: []string{"سایر"},
		texts: []string{
			"{owner} {p|کوچه} رو کندن و رفتن، دو ماهه همینطوری مونده",
			"ترانشه‌ای که {owner} {inp} زده هنوز ترمیم نشده",
			"بعد از کار {owner} {inp} آسفالت رو درست نکردن، خاکش نشست کرده",
			"گودال حفاری {owner} {inp} بدون علامت و حفاظه، شب خطرناکه",
			"{owner} {inp} لوله گذاشتن و رفتن، کوچه شده خاک و گل",
		},
		op:    []string{"شهروند اظهار داشتند حفاری {owner} {inp} رها شده و ترمیم نشده است", "ترمیم نشدن محل حفاری {owner} {inp}"},
		fing:  []string{"{fp} ro kandan raftan, {fowner}", "{fowner} {fp} ro khaki kard va raft"},
		terse: []string{"ترمیم حفاری {p}", "ترانشه {p}"},
		again: []string{"ترمیم حفاری {p} بد انجام شده، دوباره نشست کرده"},
		also:  "یه جاش رو هم کندن و ول کردن"},
	{key: "bump", max: 3, family: "bump", agency: municipality, weight: 1.2, size: sizeSingle, span: 20, gap: 60,
		place: placeRule{alley: 0.6, seg: 0.4},
		cats:  []string{"ترافیک و حمل و نقل", "ایمنی معابر"}, wrong: []string{"آسفالت و ترمیم معابر"},
		texts: []string{
			"لطفا {inp} سرعت‌گیر نصب کنید، ماشین‌ها با سرعت رد میشن",
			"تابلوی نام {p} افتاده، آدرس پیدا نمیشه",
			"سرعت‌گیر {p} خیلی بلنده، زیر ماشین می‌خوره",
		},
		op:    []string{"درخواست نصب سرعت‌گیر {inp}"},
		fing:  []string{"lotfan {fp} sorat gir bezarid"},
		terse: []string{"سرعت‌گیر {p}"}},
	{key: "bus", max: 3, family: "bus", agency: municipality, weight: 0.8, size: sizeSingle, span: 15, gap: 30,
		place: placeRule{seg: 1},
		cats:  []string{"اتوبوسرانی", "ترافیک و حمل و نقل"}, wrong: []string{"سایر"},
		texts: []string{
			"اتوبوس‌های خط {line} که از {p|اینجا} رد میشن خیلی دیر میان",
			"ایستگاه اتوبوس {p} سایه‌بان و نیمکت نداره",
			"راننده اتوبوس خط {line} {inp} نگه نداشت",
		},
		op:    []string{"شکایت از تأخیر اتوبوس‌های خط {line} {inp}"},
		fing:  []string{"otoboos khat {line} {fp} dir miad"},
		terse: []string{"ایستگاه اتوبوس {p}"}},
	{key: "misc", family: "misc", agency: municipality, weight: 2.5, size: sizeOne,
		place: placeRule{at: atNone},
		cats:  []string{"درخواست شهروندی", "سایر", "قدردانی", "عوارض و درآمد"},
		texts: []string{
			"از پاکبان محله‌مون تشکر می‌کنم، خیلی زحمت می‌کشه",
			"ساعت کاری شهرداری منطقه ۲ چیه؟",
			"عوارض نوسازی رو چطور اینترنتی پرداخت کنم؟",
			"برای گرفتن پروانه ساخت چه مدارکی لازمه؟",
			"از برخورد بد مأمور شهرداری شکایت دارم",
			"پیشنهاد میکنم تو محله ما یه کتابخونه بسازید",
			"چرا جواب درخواست قبلیم رو ندادید؟",
			"شماره تلفن واحد شهرسازی منطقه رو می‌خواستم",
			"تشکر ویژه از شهرداری بابت آسفالت محله",
		},
		op:    []string{"شهروند در خصوص نحوه پرداخت عوارض سؤال داشتند؛ راهنمایی شد", "قدردانی شهروند از عملکرد پاکبانان", "شکایت از نحوه برخورد پرسنل"},
		fing:  []string{"salam, saat kari shahrdari mantaghe 2 chie?", "merci az refgar haye paakban"},
		terse: []string{"سؤال", "تشکر"}},

	// water
	{key: "sewage", family: "sewage", agency: water, weight: 3.5, size: sizeCommon, span: 8, gap: 20, season: rainy,
		place: placeRule{alley: 0.85, seg: 0.15, dead: true},
		cats:  []string{"آب و فاضلاب", "فاضلاب"}, wrong: []string{"آب‌های سطحی و آبگرفتگی", "خدمات شهری"},
		texts: []string{
			"فاضلاب از منهول {p} بیرون زده و کل کوچه رو گرفته",
			"بوی فاضلاب {inp} غیرقابل تحمله",
			"لوله فاضلاب {p} گرفته و فاضلاب برگشته تو حیاط‌ها",
			"درب منهول فاضلاب {p} شکسته و خطرناکه",
			"آب کثیف و بدبو از دریچه فاضلاب {p} میزنه بیرون",
			"فاضلاب ساختمون‌ها {inp} پس زده، توالت‌ها بالا اومده",
		},
		op:    []string{"شهروند از سرریز شبکه فاضلاب {inp} خبر دادند", "گرفتگی شبکه فاضلاب {inp}؛ ارجاع به آبفا"},
		fing:  []string{"fazelab {fp} zade biroon", "booye fazelab {fp} vahshatnake"},
		terse: []string{"فاضلاب {p}", "گرفتگی فاضلاب"},
		also:  "فاضلاب هم زده بیرون"},
	{key: "burst", max: 10, family: "burst", agency: water, weight: 1.5, size: sizeCommon, span: 1, gap: 10,
		place: placeRule{alley: 0.5, seg: 0.5},
		cats:  []string{"آب و فاضلاب", "شکستگی لوله"}, wrong: []string{"آب‌های سطحی و آبگرفتگی"},
		texts: []string{
			"لوله آب {p} ترکیده و آب داره هدر میره",
			"از زیر آسفالت {p} آب میجوشه، لوله شکسته",
			"شکستگی لوله آب {inp}، از دیشب آب جاریه",
		},
		op:    []string{"گزارش شکستگی لوله آب شرب {inp}"},
		fing:  []string{"looleye ab {fp} tarakide"},
		terse: []string{"شکستگی لوله {p}"}},
	{key: "watercut", family: "watercut", agency: water, weight: 2.5, size: sizeArea, span: 0.6, gap: 5, season: summer,
		place: placeRule{at: atArea},
		cats:  []string{"آب و فاضلاب", "قطعی آب"}, wrong: []string{"سایر"},
		texts: []string{
			"آب {p} از صبح قطعه، هیچ اطلاعیه‌ای هم ندادن",
			"فشار آب {inp} خیلی کمه، به طبقه دوم نمیرسه",
			"چرا آب {p} قطع شده؟ تا کی؟",
			"آب نداریم {inp}، بچه کوچیک داریم",
		},
		op:    []string{"شهروند از قطعی آب {inp} خبر دادند", "افت فشار آب {inp}"},
		fing:  []string{"ab {fp} ghate az sobh"},
		terse: []string{"قطعی آب {p}", "قطعی آب"}},

	// power
	{key: "light", family: "light", agency: power, weight: 6, size: sizeCommon, span: 25, gap: 25, season: autumn,
		place: placeRule{alley: 0.75, seg: 0.25, dead: true},
		cats:  []string{"روشنایی معابر", "برق"}, wrong: []string{"خدمات شهری", "فضای سبز"},
		texts: []string{
			"چراغ‌های برق {p} چند شبه خاموشه، خیلی تاریکه",
			"{p} شب‌ها کاملا تاریکه، لامپ تیرها سوخته",
			"چراغ تیر برق {inp} خاموشه، خانم‌ها می‌ترسن رد شن",
			"روشنایی {p} قطعه",
			"چراغ {p} روزها روشنه شب‌ها خاموش",
		},
		op:    []string{"گزارش خاموشی روشنایی معابر {inp}", "شهروند از خاموش بودن چراغ‌های روشنایی {p} خبر دادند"},
		fing:  []string{"cheragh haye {fp} khamoosh", "{fp} shab ha tarike"},
		terse: []string{"چراغ خاموش {p}", "روشنایی معبر"},
		also:  "چراغ کوچه هم چند شبه خاموشه"},
	{key: "pole", max: 8, family: "pole", agency: power, weight: 1.2, size: sizeCommon, span: 4, gap: 20,
		place: placeRule{alley: 0.5, seg: 0.5},
		cats:  []string{"برق"}, wrong: []string{"روشنایی معابر"},
		texts: []string{
			"تیر برق {p} کج شده و ممکنه بیفته",
			"سیم برق {inp} آویزون شده، خیلی خطرناکه",
			"از ترانس برق {p} صدای جرقه میاد",
		},
		op:    []string{"شهروند از آویزان بودن سیم‌های برق {inp} خبر دادند"},
		fing:  []string{"sim bargh {fp} avizoon shode"},
		terse: []string{"تیر برق {p}"}},
	{key: "blackout", family: "blackout", agency: power, weight: 1.8, size: sizeArea, span: 0.25, gap: 2, season: summer,
		place: placeRule{at: atArea},
		cats:  []string{"برق", "قطعی برق"}, wrong: []string{"روشنایی معابر"},
		texts: []string{
			"برق {p} از یک ساعت پیش رفته",
			"چرا برق {p} هر روز قطع میشه؟ جدول خاموشی رو هم رعایت نمی‌کنن",
			"برق نداریم {inp}، یخچال‌ها خراب شد",
		},
		op:    []string{"گزارش قطعی برق {inp}"},
		fing:  []string{"bargh {fp} rafte"},
		terse: []string{"قطعی برق"}},

	// gas
	{key: "gasleak", max: 8, family: "gasleak", agency: gas, weight: 1, size: sizeCommon, span: 0.3, gap: 10,
		place: placeRule{alley: 0.7, seg: 0.3, plate: true},
		cats:  []string{"گاز"}, wrong: []string{"سایر", "آتش‌نشانی"},
		texts: []string{
			"بوی گاز شدید {inp} میاد",
			"لوله گاز {p} آسیب دیده و بوی گاز میده",
			"علمک گاز {p} ضربه خورده، بوی گاز",
		},
		op:    []string{"گزارش نشت گاز {inp}؛ ارجاع فوری به اداره گاز"},
		fing:  []string{"booye gaz {fp} miad"},
		terse: []string{"بوی گاز {p}"}},
	{key: "gaspress", family: "gaspress", agency: gas, weight: 0.6, size: sizeArea, span: 3, gap: 10, season: winter,
		place: placeRule{at: atArea},
		cats:  []string{"گاز"}, wrong: []string{"سایر"},
		texts: []string{
			"فشار گاز {p} خیلی پایینه، بخاری‌ها خاموش میشن",
			"گاز {inp} ضعیفه، شب‌ها سرده",
		},
		op:    []string{"افت فشار گاز {inp}"},
		fing:  []string{"feshar gaz {fp} kame"},
		terse: []string{"افت فشار گاز"}},

	// telecom
	{key: "cable", max: 8, family: "cable", agency: telecom, weight: 0.7, size: sizeCommon, span: 12, gap: 20,
		place: placeRule{alley: 0.6, seg: 0.4},
		cats:  []string{"مخابرات"}, wrong: []string{"برق"},
		texts: []string{
			"کابل مخابرات {p} پاره شده و آویزونه",
			"در جعبه کافو مخابرات {p} بازه و سیم‌ها بیرون ریخته",
			"سیم تلفن {inp} افتاده وسط کوچه",
		},
		op:    []string{"گزارش کابل مخابراتی آویزان {inp}"},
		fing:  []string{"kabl mokhaberat {fp} avizoone"},
		terse: []string{"کابل مخابرات {p}"}},
	{key: "landline", family: "landline", agency: telecom, weight: 0.8, size: sizeSingle, span: 6, gap: 20,
		place: placeRule{alley: 0.8, seg: 0.2, plate: true},
		cats:  []string{"مخابرات"}, wrong: []string{"سایر"},
		texts: []string{
			"تلفن ثابت و اینترنت {p} یک هفته‌ست قطعه",
			"خط تلفن خونه ما {inp} بوق نمیده",
		},
		op:    []string{"قطعی خط تلفن ثابت {inp}"},
		fing:  []string{"telefon sabet {fp} ghate"},
		terse: []string{"قطعی تلفن"}},

	// police
	{key: "parking", family: "parking", agency: police, weight: 2, size: sizeCommon, span: 25, gap: 30,
		place: placeRule{alley: 1, dead: true},
		cats:  []string{"ترافیک و حمل و نقل", "پارک خودرو"}, wrong: []string{"سد معبر"},
		texts: []string{
			"ماشین‌ها جلوی درب پارکینگ ما {inp} پارک می‌کنن، نمیتونیم بیایم بیرون",
			"یه تعمیرگاه {inp} ماشین‌هاشو تو کوچه پارک می‌کنه، کوچه بسته شده",
			"دوبله‌پارک {inp} راه رو بسته، آمبولانس نمیتونه رد شه",
			"یه وانت چند روزه جلوی پارکینگ {p} پارکه",
		},
		op:    []string{"شهروند از پارک خودرو در مقابل درب منزل {inp} شکایت دارند"},
		fing:  []string{"jolo dar parking {fp} park mikonan"},
		terse: []string{"پارک مزاحم {p}"},
		also:  "ماشین هم جلوی پارکینگ پارک می‌کنن"},
	{key: "noise", max: 10, family: "noise", agency: police, weight: 1.2, size: sizeCommon, span: 15, gap: 20, season: warm,
		place: placeRule{alley: 0.6, seg: 0.4},
		cats:  []string{"مزاحمت", "سایر"}, wrong: []string{"ترافیک و حمل و نقل"},
		texts: []string{
			"هر شب تا دیروقت {inp} موتورسوارها ویراژ میدن و سر و صدا میکنن",
			"همسایه {inp} تا ساعت ۳ صبح مهمونی داره و صدای آهنگ بلنده",
			"کارگاه {p} شب‌ها با دستگاه کار میکنه، خواب نداریم",
		},
		op:    []string{"شکایت از ایجاد مزاحمت صوتی {inp}"},
		fing:  []string{"sar o seda {fp} shab ha"},
		terse: []string{"مزاحمت صوتی {p}"}},
	{key: "schooltraffic", family: "schooltraffic", agency: police, weight: 0.4, size: sizeCommon, span: 20, gap: 40, season: school,
		place: placeRule{at: atInst, kinds: []string{"school"}},
		cats:  []string{"ترافیک و حمل و نقل"}, wrong: []string{"سد معبر"},
		texts: []string{
			"ساعت تعطیلی {p|مدرسه} ترافیک وحشتناکه، ماشین‌ها دوبله پارک می‌کنن",
			"جلوی {p|مدرسه} صبح‌ها کسی ترافیک رو کنترل نمی‌کنه، بچه‌ها در خطرن",
		},
		op:    []string{"درخواست حضور پلیس راهور در ساعات تعطیلی {p|مدرسه}"},
		fing:  []string{"terafik jolo {fp} vahshatnake"},
		terse: []string{"ترافیک جلوی {p|مدرسه}"}},

	// other
	{key: "school", family: "school", agency: other, weight: 0.8, size: sizeSingle, span: 10, gap: 15, season: school,
		place: placeRule{at: atInst, kinds: []string{"school"}},
		cats:  []string{"سایر", "آموزش و پرورش"}, wrong: []string{"خدمات شهری"},
		texts: []string{
			"سرویس بهداشتی {p|مدرسه} خرابه و مدرسه رسیدگی نمی‌کنه",
			"{p|مدرسه} از دانش‌آموزا پول اضافه میگیره",
			"کلاس‌های {p|مدرسه} بخاری نداره، بچه‌ها سرما خوردن",
		},
		op:    []string{"شکایت از وضعیت {p|مدرسه}؛ موضوع مربوط به آموزش و پرورش است"},
		terse: []string{"شکایت از {p|مدرسه}"}},
	{key: "hygiene", family: "hygiene", agency: other, weight: 0.8, size: sizeSingle, span: 10, gap: 15,
		place: placeRule{at: atInst, kinds: []string{"bakery", "butcher", "shop"}},
		cats:  []string{"بهداشت", "سایر"}, wrong: []string{"پسماند"},
		texts: []string{
			"{p|نانوایی محل} بهداشت رو رعایت نمیکنه، با دستکش پول میگیره و نون میده",
			"{p|سوپرمارکت محل} اجناس تاریخ گذشته می‌فروشه",
			"{p|قصابی محل} گوشت مونده می‌فروشه، بو میده",
		},
		op:    []string{"شکایت از رعایت نکردن موازین بهداشتی در {p|یک واحد صنفی}"},
		terse: []string{"بهداشت {p}"}},
	{key: "atm", family: "atm", agency: other, weight: 0.3, size: sizeSingle, span: 5, gap: 20,
		place: placeRule{at: atInst, kinds: []string{"bank"}},
		cats:  []string{"سایر"}, wrong: []string{"درخواست شهروندی"},
		texts: []string{"عابر بانک {p|بانک} چند روزه کار نمیکنه", "دستگاه خودپرداز {p|بانک} کارت رو خورد"},
		op:    []string{"خرابی خودپرداز {p}"},
		terse: []string{"خودپرداز {p}"}},
	{key: "welfare", family: "welfare", agency: other, weight: 0.7, size: sizeSingle, span: 10, gap: 20,
		place: placeRule{alley: 0.4, seg: 0.6},
		cats:  []string{"امور اجتماعی", "سایر"}, wrong: []string{"خدمات شهری"},
		texts: []string{
			"یه پیرمرد بی‌خانمان شب‌ها {inp} می‌خوابه، تو این سرما کمکش کنید",
			"یه خانم سالمند تنها {inp} زندگی میکنه و کسی رو نداره، بهزیستی رسیدگی کنه",
			"کودکان کار {inp} تا نصف شب هستن",
		},
		op:    []string{"گزارش فرد بی‌سرپرست {inp}؛ مربوط به بهزیستی"},
		terse: []string{"بی‌خانمان {p}"}},
}

func problemByKey(k string) *problem {
	for _, p := range problems {
		if p.key == k {
			return p
		}
	}
	panic("rasht43: no problem " + k)
}

// owner words: how people name who dug.
var ownerWords = map[string][]string{
	municipality: {"پیمانکار شهرداری", "شهرداری", "پیمانکار"},
	water:        {"آبفا", "اداره آب", "آب و فاضلاب", "شرکت آب"},
	gas:          {"اداره گاز", "شرکت گاز", "گازی‌ها"},
	telecom:      {"مخابرات", "پیمانکار فیبر نوری مخابرات"},
}

var ownerFing = map[string][]string{
	municipality: {"peymankar shahrdari"},
	water:        {"abfa", "edare ab"},
	gas:          {"edare gaz"},
	telecom:      {"mokhaberat"},
}
