package rasht16

// Agency codes of the truth file (DESIGN.md).
const (
	municipality = "municipality"
	water        = "water"
	power        = "power"
	gas          = "gas"
	telecom      = "telecom"
	police       = "police"
	other        = "other"
)

// problem is one kind of problem a clerk counts issues of. The phrases are how citizens
// (says, short, en) and operators (op) put it; {n} is a plate number.
type problem struct {
	key    string
	agency string
	// area problems cover a spot (the alley's asphalt); the others are one object at it (a
	// building, a manhole), told apart by a plate.
	area   bool
	where  []spotKind
	weight float64 // share of issues
	alpha  float64 // tail of the issue sizes: the smaller, the more chronic
	maxLen int     // cap on the issue size (giants aside)
	days   [2]int  // how long an episode lasts before it is fixed
	rain   bool    // starts on a storm day
	summer bool    // mostly in the warm months
	night  bool    // reported at night
	// fishyOnly keeps the problem to the fish, poultry and meat rows.
	fishyOnly bool
	// tree and code are the central system's category for it: a path in the coded tree and
	// a code with its title.
	tree, code string
	like       []string // problems an operator confuses it with
	says       []string
	op         []string
	short      []string
	en         []string
}

var (
	lanes   = []spotKind{spotAlley, spotDeadEnd}
	allOpen = []spotKind{spotAlley, spotDeadEnd, spotStreet, spotRow, spotSquare}
	public  = []spotKind{spotStreet, spotRow, spotSquare}
)

var problems = []*problem{
	{key: "asphalt", agency: municipality, area: true, where: []spotKind{spotAlley, spotDeadEnd, spotStreet},
		weight: 9, alpha: 1.2, maxLen: 40, days: [2]int{40, 240},
		tree: "عمران شهری / معابر / ترمیم آسفالت", code: "203 - آسفالت و لکه‌گیری", like: []string{"trench", "pavement"},
		says: []string{"آسفالت کوچه کلا از بین رفته، پر چاله چوله‌ست", "آسفالت داغونه، با هر بارون چاله‌ها پر آب میشه",
			"چند ماهه آسفالت خرابه و کسی رسیدگی نمیکنه", "چاله‌های وسط کوچه خیلی عمیق شده، موتوری‌ها زمین میخورن",
			"درخواست آسفالت مجدد کوچه رو داریم", "لکه‌گیری آسفالت که قول دادین انجام نشده",
			"کوچه خاکی شده، آسفالت نمونده، با بارون گل و شل میشه", "چاله بزرگ وسط راه هست ماشین‌ها میفتن توش",
			"آسفالت ترک خورده و وسطش گود شده، آب جمع میشه"},
		op: []string{"از خرابی آسفالت و وجود چاله در معبر شکایت داشتند", "درخواست لکه‌گیری و ترمیم آسفالت معبر را دارند",
			"خرابی شدید آسفالت کوچه را اعلام نمودند"},
		short: []string{"آسفالتم داغونه", "کوچه پر چاله‌ست", "آسفالت خرابه"},
		en:    []string{"asfalte kooche kharabe", "kooche por az chale shode", "asfalt dorost konid lotfan"}},
	{key: "pavement", agency: municipality, area: true, where: public,
		weight: 5, alpha: 1.5, maxLen: 25, days: [2]int{20, 150},
		tree: "عمران شهری / معابر / پیاده‌رو و سنگفرش", code: "205 - پیاده‌رو", like: []string{"asphalt", "walkway"},
		says: []string{"سنگفرش پیاده‌رو شکسته، یه خانم مسن اینجا زمین خورد", "موزاییک‌های پیاده‌رو لق شده با بارون آب گل میپاشه به آدم",
			"جدول کنار پیاده‌رو شکسته", "پیاده‌رو بالا پایین شده، با کالسکه و ویلچر نمیشه رد شد",
			"کف پیاده‌راه ترک برداشته و سنگ‌هاش دراومده"},
		op:    []string{"از تخریب پیاده‌رو و سنگفرش معبر گلایه داشتند", "درخواست ترمیم سنگفرش پیاده‌رو را دارند"},
		short: []string{"پیاده‌رو هم شکسته", "سنگفرشم خرابه"},
		en:    []string{"piade ro kharab shode", "sangfarsh shekaste"}},
	{key: "channel", agency: municipality, area: true, where: allOpen, rain: true,
		weight: 9, alpha: 1.4, maxLen: 30, days: [2]int{1, 4},
		tree: "خدمات شهری / آب‌های سطحی / لایروبی جوی و کانال", code: "311 - آبگرفتگی معابر", like: []string{"sewage", "waste"},
		says: []string{"جوی آب گرفته، با هر بارون کوچه رو آب میبره", "کانال آب‌های سطحی مسدود شده و آب‌گرفتگی داریم",
			"آب بارون جمع شده تا زانو، جوی پر از آشغاله", "دریچه جوی پر از برگ و زباله‌ست، آب رفته تو حیاط‌ها",
			"آبگرفتگی شدید، ماشین‌ها نمیتونن رد شن", "لایروبی جوی انجام نشده، آب برگشته تو مغازه‌ها",
			"از دیشب بارون میاد آب تو کوچه موج میزنه"},
		op: []string{"آبگرفتگی معبر به علت انسداد کانال آب‌های سطحی را اعلام نمودند", "درخواست لایروبی جوی و کانال را دارند",
			"از آبگرفتگی شدید معبر پس از بارندگی گلایه داشتند"},
		short: []string{"جوی هم گرفته", "آب بارون جمع میشه", "آبگرفتگی هم داریم"},
		en:    []string{"joob gerefte ab gereftegi darim", "ab e baroon jam shode", "kanal gerefte"}},
	{key: "waste", agency: municipality, area: true, where: allOpen,
		weight: 10, alpha: 1.6, maxLen: 25, days: [2]int{1, 5},
		tree: "خدمات شهری / پسماند / جمع‌آوری زباله", code: "301 - جمع‌آوری زباله", like: []string{"fishsmell", "debris"},
		says: []string{"زباله‌ها دو روزه جمع نشده", "مخزن زباله پر شده و دورش آشغال ریخته",
			"مغازه‌دارها کارتن و آشغال رو میریزن وسط راه", "ماشین زباله دیشب نیومد، همه جا بو گرفته",
			"سطل زباله رو برداشتن، مردم آشغال رو میریزن کنار دیوار", "کیسه‌های زباله رو گربه‌ها پاره کردن همه جا ریخته",
			"کارتن و پلاستیک مغازه‌ها از عصر مونده"},
		op: []string{"از عدم جمع‌آوری پسماند شکایت داشتند", "تجمع زباله در معبر را اعلام نمودند",
			"درخواست جمع‌آوری زباله و شستشوی مخزن را دارند"},
		short: []string{"زباله هم جمع نمیشه", "آشغال‌ها هم مونده"},
		en:    []string{"ashghala jam nashode", "mashin ashghal nayoomad", "zobale rikhte hame ja"}},
	{key: "fishsmell", agency: municipality, area: true, where: []spotKind{spotRow}, fishyOnly: true, summer: true,
		weight: 2.5, alpha: 1.0, maxLen: 45, days: [2]int{15, 90},
		tree: "خدمات شهری / پسماند / پسماند واحدهای صنفی", code: "304 - پسماند صنفی", like: []string{"waste", "hygiene"},
		says: []string{"بوی ماهی و ضایعات ماهی کل راسته رو برداشته", "ماهی‌فروش‌ها آب و شکم ماهی رو میریزن تو جوی، بو غیرقابل تحمله",
			"شب‌ها ضایعات ماهی و مرغ رو جلوی مغازه میذارن، صبح بوی تعفن میده", "بوی تعفن ضایعات مرغ‌فروشی‌ها نمیذاره از بازار رد شیم",
			"پر از مگس شده از بس ضایعات رو جمع نمیکنن"},
		op:    []string{"از بوی نامطبوع ضایعات ماهی و مرغ در بازار شکایت داشتند", "رهاسازی ضایعات صنفی و بوی تعفن را اعلام نمودند"},
		short: []string{"بوی ماهی هم که بیداد میکنه", "ضایعات ماهی هم مونده"},
		en:    []string{"booye mahi gande kol raste ro gerefte", "zayeat mahi rikhtan too joob"}},
	{key: "walkway", agency: municipality, area: true, where: public,
		weight: 5, alpha: 1.4, maxLen: 30, days: [2]int{10, 120},
		tree: "شهرسازی و نظارت / سد معبر / سد معبر کسبه", code: "213 - سد معبر", like: []string{"vendors", "parking"},
		says: []string{"مغازه‌دارها اجناسشون رو چیدن رو پیاده‌رو، جای رد شدن نیست", "کل پیاده‌رو رو با جعبه و کارتن گرفتن",
			"سد معبر مغازه‌ها، مجبوریم از وسط خیابون رد شیم", "میوه‌فروشی نصف پیاده‌رو رو گرفته",
			"سایبون و اجناس کسبه تا وسط راسته اومده"},
		op:    []string{"از سد معبر توسط کسبه شکایت داشتند", "اشغال پیاده‌رو توسط اجناس مغازه‌ها را اعلام نمودند"},
		short: []string{"پیاده‌رو رو هم اجناس گرفتن", "سد معبرم هست"},
		en:    []string{"maghaze dara piade ro ro gereftan", "jaye rad shodan nist"}},
	{key: "vendors", agency: municipality, area: true, where: public,
		weight: 3, alpha: 1.3, maxLen: 30, days: [2]int{10, 120},
		tree: "شهرسازی و نظارت / سد معبر / دستفروشان", code: "214 - ساماندهی دستفروشان", like: []string{"walkway"},
		says: []string{"دستفروش‌ها کل ورودی رو گرفتن", "وانتی‌های دوره‌گرد با بلندگو جنس میفروشن و راه رو بستن",
			"بساط دستفروش‌ها تا وسط پیاده‌راه اومده", "دستفروشا جلوی مغازه ما بساط پهن میکنن، کاسبی ما خوابیده"},
		op:    []string{"درخواست ساماندهی دستفروشان را دارند", "از حضور دستفروشان و سد معبر گلایه داشتند"},
		short: []string{"دستفروش‌ها هم جا رو گرفتن"},
		en:    []string{"dastforusha hame ja ro gereftan"}},
	{key: "building", agency: municipality, where: []spotKind{spotAlley, spotDeadEnd, spotStreet},
		weight: 4, alpha: 1.6, maxLen: 20, days: [2]int{30, 300},
		tree: "شهرسازی / بناهای فرسوده / خطر ریزش", code: "402 - ساختمان فرسوده", like: []string{"construction"},
		says: []string{"ساختمان قدیمی پلاک {n} داره میریزه، دیوارش ترک برداشته", "خونه کلنگی پلاک {n} هر آن ممکنه رو سر رهگذرا خراب شه",
			"دیوار خونه متروکه کج شده، خطرناکه", "سقف خونه خالی کنار ما ریخته، معتادا و بچه‌ها میرن توش",
			"ساختمان فرسوده خطر ریزش داره، با هر زلزله کوچیک آجر میریزه", "بالکن چوبی خونه قدیمی پلاک {n} آویزون شده"},
		op:    []string{"خطر ریزش ساختمان فرسوده پلاک {n} را اعلام نمودند", "از وجود بنای متروکه و خطرناک در معبر گلایه داشتند"},
		short: []string{"یه خونه خرابه هم داره میریزه"},
		en:    []string{"khoone ghadimi dare mirize", "divar tarak khorde khatarnake"}},
	{key: "dogs", agency: municipality, area: true, where: []spotKind{spotAlley, spotDeadEnd, spotSquare, spotRow},
		weight: 4, alpha: 1.5, maxLen: 25, days: [2]int{10, 90},
		tree: "خدمات شهری / حیوانات / سگ‌های بلاصاحب", code: "321 - سگ ولگرد", like: []string{"rats"},
		says: []string{"سگ‌های ولگرد شب‌ها جمع میشن، بچه‌ها میترسن مدرسه برن", "یه گله سگ اینجاست، دیروز به یه خانم حمله کردن",
			"سگ ولگرد زیاد شده، صبح‌ها نمیشه نون گرفت", "سگا زباله‌ها رو پاره میکنن و به رهگذرا پارس میکنن"},
		op:    []string{"از وجود سگ‌های بلاصاحب در معبر شکایت داشتند", "درخواست جمع‌آوری سگ‌های ولگرد را دارند"},
		short: []string{"سگ ولگرد هم زیاده"},
		en:    []string{"sag velgard ziad shode", "sagha hamle mikonan"}},
	{key: "rats", agency: municipality, area: true, where: []spotKind{spotRow, spotAlley},
		weight: 2.5, alpha: 1.3, maxLen: 30, days: [2]int{15, 90},
		tree: "خدمات شهری / بهداشت محیط / مبارزه با جوندگان", code: "322 - جوندگان", like: []string{"fishsmell", "dogs"},
		says: []string{"موش‌های گنده از جوی‌ها میان بیرون", "موش تو انبار مغازه‌ها پر شده، جنس‌ها رو خراب کردن",
			"سم‌پاشی نکردن، موش‌ها روز روشن اینجا میگردن", "شب‌ها موش مثل گربه بزرگ از زیر دکون‌ها رد میشه"},
		op:    []string{"درخواست طعمه‌گذاری و مبارزه با جوندگان را دارند", "از افزایش موش در محل گلایه داشتند"},
		short: []string{"موش هم زیاد شده"},
		en:    []string{"moosh ziad shode", "moosha too maghaze ha"}},
	{key: "debris", agency: municipality, where: []spotKind{spotAlley, spotDeadEnd, spotStreet},
		weight: 4, alpha: 1.9, maxLen: 15, days: [2]int{3, 20},
		tree: "خدمات شهری / پسماند / نخاله ساختمانی", code: "306 - نخاله", like: []string{"waste"},
		says: []string{"یکی نخاله ساختمونی ریخته جلوی پلاک {n}", "نخاله‌های بنایی یه هفته‌ست اینجا مونده",
			"خاک و نخاله ریختن، راه بسته شده", "کیسه‌های گچ و آجر خرده رو شب آوردن خالی کردن"},
		op:    []string{"تخلیه نخاله ساختمانی در معبر را اعلام نمودند", "درخواست جمع‌آوری نخاله جلوی پلاک {n} را دارند"},
		short: []string{"نخاله هم ریختن"},
		en:    []string{"nakhale rikhtan too kooche"}},
	{key: "tree", agency: municipality, where: []spotKind{spotStreet, spotAlley, spotSquare},
		weight: 3, alpha: 2.0, maxLen: 12, days: [2]int{2, 20},
		tree: "فضای سبز / درختان / هرس و قطع درخت", code: "501 - درخت", like: []string{"lamps"},
		says: []string{"شاخه درخت شکسته آویزونه رو سر مردم", "درخت کهنه کج شده ممکنه بیفته رو ماشین‌ها",
			"درخت افتاده وسط پیاده‌رو", "بعد از باد دیشب یه شاخه بزرگ افتاده جلوی پلاک {n}"},
		op:    []string{"درخواست هرس و رسیدگی به درخت خطرساز را دارند", "سقوط شاخه درخت در معبر را اعلام نمودند"},
		short: []string{"درخت هم کج شده"},
		en:    []string{"derakht shekaste oftade"}},
	{key: "construction", agency: municipality, where: lanes, night: true,
		weight: 3, alpha: 1.6, maxLen: 20, days: [2]int{15, 120},
		tree: "شهرسازی / تخلفات ساختمانی / ساخت‌وساز غیرمجاز", code: "411 - تخلف ساختمانی", like: []string{"building", "noise"},
		says: []string{"ساخت و ساز غیرمجاز پلاک {n}، طبقه اضافه دارن میزنن", "شب‌ها تا ساعت ۲ بنایی میکنن، مجوز هم ندارن",
			"بدون پروانه دارن خونه قدیمی رو خراب میکنن", "همسایه پلاک {n} شبانه داره دیوار میکشه تو کوچه"},
		op:    []string{"گزارش ساخت‌وساز غیرمجاز در پلاک {n} را دادند", "از عملیات ساختمانی بدون مجوز در ساعات شب شکایت داشتند"},
		short: []string{"ساخت و ساز غیر مجازم هست"},
		en:    []string{"sakhtosaz gheyre mojaz darand", "shaba banaei mikonan"}},
	{key: "lamps", agency: power, area: true, where: []spotKind{spotAlley, spotDeadEnd, spotStreet, spotSquare}, night: true,
		weight: 1.8, alpha: 1.4, maxLen: 25, days: [2]int{3, 30},
		tree: "خدمات شهری / روشنایی معابر / خاموشی چراغ", code: "601 - روشنایی معابر", like: []string{"outage", "tree"},
		says: []string{"چراغ‌های کوچه چند شبه خاموشه، شب خیلی تاریکه", "تیر چراغ برق سر کوچه خاموشه",
			"لامپ‌های روشنایی معبر سوخته", "کوچه تو تاریکیه، شب‌ها دزدی زیاد شده", "چراغ برق روز هم روشنه ولی شب خاموشه"},
		op:    []string{"خاموشی روشنایی معبر را اعلام نمودند", "از عدم روشنایی معبر در شب گلایه داشتند"},
		short: []string{"چراغ‌ها هم خاموشن", "کوچه هم تاریکه"},
		en:    []string{"cheragh haye kooche khamooshe", "kooche tarike"}},
	{key: "outage", agency: power, area: true, where: allOpen,
		weight: 0.8, alpha: 2.0, maxLen: 12, days: [2]int{0, 1},
		tree: "سایر دستگاه‌ها / برق / قطعی برق", code: "911 - برق", like: []string{"lamps"},
		says: []string{"برق کل کوچه رفته", "از صبح برق نداریم", "برق مدام قطع و وصل میشه، یخچال سوخت",
			"سیم برق از تیر جدا شده جرقه میزنه"},
		op:    []string{"قطعی برق را اعلام نمودند", "از نوسان و قطع مکرر برق شکایت داشتند"},
		short: []string{"برقم که مدام میره"},
		en:    []string{"bargh rafte", "bargh ghat o vasl mishe"}},
	{key: "pipe", agency: water, where: allOpen,
		weight: 0.9, alpha: 1.8, maxLen: 12, days: [2]int{1, 7},
		tree: "سایر دستگاه‌ها / آب و فاضلاب / نشت آب", code: "921 - آب", like: []string{"channel", "nowater"},
		says: []string{"لوله آب ترکیده جلوی پلاک {n}، آب داره هدر میره", "از زیر آسفالت آب میزنه بیرون",
			"شیر آب سر کوچه شکسته از دیشب آب میره", "کنتور آب پلاک {n} نشتی داره کوچه رو آب برداشته"},
		op:    []string{"نشت آب از شبکه جلوی پلاک {n} را اعلام نمودند", "شکستگی لوله آب در معبر را گزارش دادند"},
		short: []string{"لوله آبم ترکیده"},
		en:    []string{"loole ab tarkide", "ab az zire asfalt miad"}},
	{key: "nowater", agency: water, area: true, where: lanes,
		weight: 0.6, alpha: 2.0, maxLen: 10, days: [2]int{1, 3},
		tree: "سایر دستگاه‌ها / آب و فاضلاب / قطعی آب", code: "922 - قطعی آب", like: []string{"pipe"},
		says:  []string{"دو روزه آب نداریم", "فشار آب خیلی کمه طبقه دوم آب نمیرسه", "آب گل‌آلود میاد"},
		op:    []string{"قطعی آب را اعلام نمودند", "از افت فشار آب شکایت داشتند"},
		short: []string{"آبم که قطعه"},
		en:    []string{"ab nadarim", "feshar ab kame"}},
	{key: "sewage", agency: water, where: []spotKind{spotAlley, spotDeadEnd, spotStreet, spotRow},
		weight: 1.1, alpha: 1.5, maxLen: 20, days: [2]int{2, 30},
		tree: "سایر دستگاه‌ها / آب و فاضلاب / فاضلاب", code: "923 - فاضلاب", like: []string{"channel", "fishsmell"},
		says: []string{"فاضلاب از منهول زده بیرون، بوی گند همه جا رو برداشته", "چاه فاضلاب پس زده تو کوچه",
			"درب منهول فاضلاب جلوی پلاک {n} شکسته، یکی میفته توش", "آب فاضلاب قاطی آب جوی شده، بوی بد میده"},
		op:    []string{"سرریز فاضلاب از منهول را اعلام نمودند", "از پس زدن فاضلاب در معبر شکایت داشتند"},
		short: []string{"فاضلابم زده بیرون"},
		en:    []string{"fazelab zade biroon", "manhol fazelab shekaste"}},
	{key: "trench", where: []spotKind{spotAlley, spotDeadEnd, spotStreet},
		weight: 1.4, alpha: 1.3, maxLen: 30, days: [2]int{20, 150},
		tree: "عمران شهری / حفاری / ترمیم محل حفاری", code: "221 - حفاری", like: []string{"asphalt"},
		says: []string{"یه ماهه کوچه رو کندن و ول کردن رفتن", "حفاری کردن خاکش رو ریختن وسط کوچه، درستش نکردن",
			"ترانشه وسط راه مونده، ماشین افتاد توش", "گودال حفاری رو فقط با خاک پر کردن، حالا نشست کرده",
			"جلوی پلاک {n} رو کندن و همینطور باز مونده"},
		op:    []string{"ترمیم نشدن محل حفاری در معبر را اعلام نمودند", "از رها شدن ترانشه حفاری شکایت داشتند"},
		short: []string{"حفاری‌ها هم ول شده", "یه جا رو هم کندن رفتن"},
		en:    []string{"kooche ro kandan raftan", "hafari dorost nashode"}},
	{key: "gas", agency: gas, where: lanes,
		weight: 0.5, alpha: 2.5, maxLen: 8, days: [2]int{0, 1},
		tree: "سایر دستگاه‌ها / گاز / نشت گاز", code: "931 - گاز", like: []string{"sewage"},
		says:  []string{"بوی گاز شدید میاد", "لوله گاز روی دیوار پلاک {n} زنگ زده نشتی داره", "ماشین زده به علمک گاز، بوی گاز میاد"},
		op:    []string{"احساس بوی گاز در معبر را اعلام نمودند", "نشت گاز از علمک پلاک {n} را گزارش دادند"},
		short: []string{"بوی گاز هم میاد"},
		en:    []string{"booye gaz miad"}},
	{key: "telecom", agency: telecom, where: []spotKind{spotAlley, spotDeadEnd, spotStreet},
		weight: 0.8, alpha: 1.8, maxLen: 12, days: [2]int{5, 40},
		tree: "سایر دستگاه‌ها / مخابرات / خرابی تلفن", code: "941 - مخابرات", like: []string{"outage"},
		says: []string{"سیم‌های تلفن آویزون شده تا رو زمین", "جعبه مخابرات سر کوچه درش باز مونده سیم‌ها بیرونه",
			"تلفن‌های کوچه یه هفته‌ست قطعه", "اینترنت و تلفن کل کوچه قطعه"},
		op:    []string{"خرابی کافو و آویزان بودن کابل مخابرات را اعلام نمودند", "قطعی خطوط تلفن را گزارش دادند"},
		short: []string{"سیم‌های تلفنم آویزونه"},
		en:    []string{"sim telefon aviz shode", "telefon ghate"}},
	{key: "parking", agency: police, area: true, where: []spotKind{spotRow, spotStreet, spotAlley, spotSquare},
		weight: 0.9, alpha: 1.2, maxLen: 30, days: [2]int{30, 200},
		tree: "حمل و نقل و ترافیک / پارک غیرمجاز / پارک دوبل", code: "702 - پارک دوبل", like: []string{"walkway", "vendors"},
		says: []string{"وانت‌ها صبح‌ها دوبله پارک میکنن بار خالی کنن، ترافیک قفل میشه", "ماشین‌ها جلوی در پارکینگ پارک میکنن نمیتونیم بیایم بیرون",
			"ورودی کوچه رو با ماشین بستن، آمبولانس نمیتونه بیاد", "کامیون بار بازار وسط راه وایستاده",
			"پیکان وانت‌ها از صبح تا شب دوبله وایمیستن"},
		op:    []string{"از پارک دوبل و انسداد معبر توسط خودروها شکایت داشتند", "توقف خودروهای باربری و سد معبر را اعلام نمودند"},
		short: []string{"ماشینا هم دوبله پارک میکنن", "راه رو هم با ماشین بستن"},
		en:    []string{"mashina doble park mikonan", "vanet ha rah ro bastan"}},
	{key: "noise", agency: police, area: true, where: []spotKind{spotAlley, spotDeadEnd, spotSquare}, night: true,
		weight: 1.0, alpha: 1.5, maxLen: 20, days: [2]int{10, 90},
		tree: "سایر / مزاحمت / سر و صدا", code: "991 - مزاحمت", like: []string{"construction"},
		says: []string{"موتوری‌ها شب‌ها ویراژ میدن، خواب نداریم", "ساعت ۲ شب صدای ضبط ماشین و داد و بیداد",
			"یه مغازه تا نصفه شب آهنگ بلند میذاره", "جوونا شب‌ها سر کوچه جمع میشن سر و صدا میکنن"},
		op:    []string{"از مزاحمت صوتی شبانه شکایت داشتند", "سر و صدای موتورسواران در شب را اعلام نمودند"},
		short: []string{"شب‌ها هم سر و صداست"},
		en:    []string{"shaba sar o seda ziade", "motori ha viraj midan"}},
	{key: "hygiene", agency: other, where: []spotKind{spotRow, spotStreet},
		weight: 0.7, alpha: 2.0, maxLen: 10, days: [2]int{5, 30},
		tree: "سایر دستگاه‌ها / بهداشت / تخلف بهداشتی صنفی", code: "951 - بهداشت اصناف", like: []string{"fishsmell"},
		says: []string{"ماهی‌فروشی ماهی مونده میفروشه", "قصابی بهداشت رو رعایت نمیکنه، گوشت رو بیرون رو هوا گذاشته",
			"ساندویچی بهداشتی نیست، دیروز مسموم شدیم"},
		op:    []string{"تخلف بهداشتی واحد صنفی را گزارش دادند", "از فروش مواد غذایی فاسد شکایت داشتند"},
		short: []string{"بهداشتم رعایت نمیکنن"},
		en:    []string{"mahi mande mifurushan"}},
	{key: "bread", agency: other, where: lanes,
		weight: 0.5, alpha: 2.0, maxLen: 10, days: [2]int{5, 60},
		tree: "سایر دستگاه‌ها / اصناف / نانوایی", code: "961 - نانوایی", like: []string{"hygiene"},
		says: []string{"نانوایی نون رو خمیر میده و کم‌فروشی میکنه", "نانوایی زودتر از ساعت میبنده، صف طولانیه",
			"نون بربری رو گرون میفروشه"},
		op:    []string{"از کیفیت نان و کم‌فروشی نانوایی شکایت داشتند"},
		short: []string{"نونوایی هم نون خمیر میده"},
		en:    []string{"nanvaei noon khamir mide"}},
}

// trenchDiggers are the utilities that leave a trench open, with how people name them.
var trenchDiggers = []struct {
	agency string
	says   []string
}{
	{water, []string{"آب و فاضلاب کوچه رو کنده آسفالت نکرده", "اداره آب برای لوله کشی کنده و رفته", "آبفا حفاری کرده درستش نکرده"}},
	{gas, []string{"شرکت گاز لوله کشید کوچه رو همینطور ول کرد", "اداره گاز کنده و رفته"}},
	{telecom, []string{"مخابرات برای فیبر نوری پیاده‌رو رو کنده و رفته", "مخابرات کابل کشی کرده و کانالش باز مونده"}},
	{power, []string{"برق برای کابل کشی کنده و رفته", "اداره برق تیر عوض کرده چاله‌اش مونده"}},
}

func problemByKey(key string) *problem {
	for _, p := range problems {
		if p.key == key {
			return p
		}
	}
	return nil
}

func (p *problem) fits(s *spot) bool {
	if p.fishyOnly && !s.fishy {
		return false
	}
	for _, k := range p.where {
		if k == s.kind {
			return true
		}
	}
	return false
}
