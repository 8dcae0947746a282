package rasht12

// scope is where a problem can be: some live in an alley, some on a street by a landmark,
// some only in a park, some cover a whole neighbourhood for a day.
type scope int

const (
	scopeAlley  scope = iota // an alley, a dead end, or a street by a landmark
	scopeStreet              // a street stretch or a landmark, never inside a narrow alley
	scopePark
	scopeHood // one event felt across a neighbourhood (a cut of water or power)
)

// problem is one kind of thing that goes wrong. Words in the phrases:
// {w} the place's own word (کوچه, خیابان, بلوار, پارک), {d} how long it has been.
type problem struct {
	key    string
	agency string
	scope  scope
	weight float64 // how often it occurs among ordinary issues
	size   float64 // how many reports an issue of it draws, relative to others
	opCat  string  // the operator's right category
	// appCat: the menu items citizens pick in the app, the right one first, then the
	// first plausible ones they tap instead.
	appCat []string
	cores  []string // a citizen's words for it, short enough for a caption
	longs  []string // a fuller sentence a caller or a web user writes
	ops    []string // the operator's noun phrase: «از {op} گلایه دارد»
	fing   []string // typed in Finglish
}

// App menu items (the app's own tree, joined with ›) and the operators' categories.
const (
	catAsphalt  = "عمران › آسفالت و لکه‌گیری"
	catSidewalk = "عمران › پیاده‌رو و جدول"
	catTrench   = "عمران › ترمیم حفاری"
	catWaste    = "خدمات شهری › جمع‌آوری پسماند"
	catSweep    = "خدمات شهری › رفت و روب"
	catSurface  = "خدمات شهری › آب‌های سطحی"
	catAnimals  = "خدمات شهری › حیوانات رها"
	catGreen    = "فضای سبز › هرس و قطع درخت"
	catPark     = "فضای سبز › پارک و بوستان"
	catLight    = "روشنایی › روشنایی معابر"
	catObstruct = "شهرسازی › سد معبر"
	catBuild    = "شهرسازی › ساخت و ساز"
	catTraffic  = "ترافیک › ایمنی معابر"
	catOther    = "سایر"
	catSuggest  = "پیشنهادات و انتقادات"
)

var problems = []*problem{
	// --- municipality ---
	{key: "asphalt", agency: "municipality", scope: scopeAlley, weight: 12, size: 1.6, opCat: "آسفالت",
		appCat: []string{catAsphalt, catTrench, catSidewalk},
		cores: []string{"آسفالت {w} داغونه", "{w} پر از چاله‌ست", "چاله وسط {w}", "آسفالت {w} کامل از بین رفته",
			"این چاله رو کی پر میکنید", "{w} آسفالت نداره", "ماشینم افتاد تو چاله", "کف {w} همه‌ش دست‌اندازه",
			"چاله چوله‌های {w}", "آسفالت ترک خورده و گود شده", "خیابان خراب است", "وضع آسفالت افتضاحه",
			"کوچه خاکیه آسفالت کنید", "لکه‌گیری آسفالت", "آسفالت رو نصفه کاره ول کردن", "این دست‌انداز ماشینو داغون کرد", "با هر بارون چاله‌ها پر آب میشه", "چاله عمیق جلوی در خونه"},
		longs: []string{"آسفالت {w} ما {d} است که خراب شده و با هر بارون پر از چاله آب میشه",
			"چاله بزرگی وسط {w} هست که شب دیده نمیشه و موتوری‌ها زمین میخورن",
			"بارها گفتیم آسفالت {w} رو درست کنید ولی کسی نیومده"},
		ops:  []string{"تخریب آسفالت معبر", "وجود چاله در سطح معبر", "نیاز به لکه‌گیری آسفالت", "وضعیت نامناسب آسفالت"},
		fing: []string{"asphalt kheili kharabe", "chale vasate kooche", "asfalte kooche dagoone", "kooche por az chale ast"}},
	{key: "garbage", agency: "municipality", scope: scopeAlley, weight: 10, size: 1.4, opCat: "پسماند",
		appCat: []string{catWaste, catSweep, catOther},
		cores: []string{"زباله‌ها جمع نشده", "آشغال‌ها مونده {d}", "ماشین زباله نیومده", "بوی زباله کل {w} رو گرفته",
			"کیسه‌های زباله رو گربه‌ها پاره کردن", "سر {w} شده زباله‌دونی", "زباله ریخته تو {w}", "آشغالا رو نبردن 🤢",
			"زباله‌ها سه روزه جمع نشده", "بوی گند آشغال", "ماشین زباله صبح زود میاد بعدش هرچی میذاریم میمونه", "کوه زباله سر {w}"},
		longs: []string{"{d} است که ماشین حمل زباله به {w} ما نیامده و بوی تعفن همه جا را گرفته",
			"همسایه‌ها زباله رو سر {w} میذارن و ماشین شهرداری فقط بعضی روزا میاد"},
		ops:  []string{"عدم جمع‌آوری پسماند", "انباشت زباله در معبر", "عدم مراجعه خودروی حمل پسماند"},
		fing: []string{"ashghala ro nabordan", "zobale jam nashode", "mashine ashghal nayoomade"}},
	{key: "bin", agency: "municipality", scope: scopeStreet, weight: 5, size: 1.2, opCat: "پسماند",
		appCat: []string{catWaste, catSweep},
		cores: []string{"مخزن زباله شکسته", "سطل زباله پر شده و سر ریز کرده", "مخزن زباله رو بردارید از جلوی خونه ما",
			"مخزن زباله درش کنده شده", "شیرابه مخزن زباله راه افتاده", "مخزن زباله رو شستشو بدین بو میده"},
		longs: []string{"مخزن زباله کنار {w} شکسته و زباله‌ها روی زمین ریخته، شیرابه‌اش هم تا جوی رفته"},
		ops:   []string{"خرابی مخزن پسماند", "سرریز مخزن زباله", "درخواست جابجایی مخزن زباله"},
		fing:  []string{"makhzane zobale shekaste", "satle ashghal por shode"}},
	{key: "surfacewater", agency: "municipality", scope: scopeStreet, weight: 6, size: 1.5, opCat: "آبهای سطحی",
		appCat: []string{catSurface, catAsphalt, catOther},
		cores: []string{"با یه بارون {w} رو آب میگیره", "جوی آب گرفته و آب بارون تو {w} مونده", "آبگرفتگی {w} بعد از بارندگی",
			"کانال آب باران پر از لجن و برگه", "دریچه کانال آب باران گرفته", "آب بارون راه نداره بره",
			"وارش که میاد {w} دریا میشه", "جدول کنار {w} پر از گل و لای شده",
			"آب بارون تا زانو میرسه", "ماشینا از آب رد میشن آب میپاشه تو خونه‌ها", "لایروبی جوی انجام نشده"},
		longs: []string{"هر بار باران میبارد آب در {w} جمع میشود چون کانال‌ها لایروبی نشده‌اند",
			"جوی کنار {w} مسدود شده و آب باران به داخل حیاط خانه‌ها میرود"},
		ops:  []string{"آبگرفتگی معبر پس از بارندگی", "انسداد کانال آبهای سطحی", "عدم لایروبی جوی و کانال"},
		fing: []string{"ab gerefegi bad az baroon", "jooye ab gerefte", "kanal ab baran gerefte"}},
	{key: "sweep", agency: "municipality", scope: scopeStreet, weight: 4, size: 1, opCat: "نظافت",
		appCat: []string{catSweep, catWaste},
		cores:  []string{"{w} جارو نشده", "برگ درختا کل {w} رو گرفته", "خاک و گل روی {w} مونده", "رفتگر نمیاد {d}"},
		longs:  []string{"رفتگر محله {d} است که به {w} ما سر نزده و برگ و خاک همه جا را پر کرده"},
		ops:    []string{"عدم رفت و روب معبر", "نظافت نامناسب معبر"},
		fing:   []string{"kooche jaroo nashode", "barg ha ro jam konid"}},
	{key: "dogs", agency: "municipality", scope: scopeAlley, weight: 5, size: 1.3, opCat: "حیوانات رها",
		appCat: []string{catAnimals, catOther},
		cores: []string{"سگ‌های ولگرد تو {w} جمع شدن", "سگا به بچه‌ها حمله میکنن", "چند تا سگ بی‌صاحب شبا پارس میکنن",
			"یه گله سگ سر {w} هست میترسیم رد بشیم", "سگ ولگرد 🐕🐕",
			"یه سگ هار تو {w} هست", "سگای ولگرد دنبال موتوری‌ها میکنن"},
		longs: []string{"چند سگ ولگرد در {w} هستند که به عابران حمله میکنند و بچه‌ها جرات ندارند بیرون بروند"},
		ops:   []string{"حضور سگ‌های بلاصاحب", "تجمع سگ‌های ولگرد در معبر"},
		fing:  []string{"sag velgard too kooche", "sagaye velgard hamle mikonan"}},
	{key: "pruning", agency: "municipality", scope: scopeStreet, weight: 4, size: 1, opCat: "فضای سبز",
		appCat: []string{catGreen, catPark},
		cores: []string{"درخت جلوی خونه نیاز به هرس داره", "شاخه‌های درخت تا وسط پیاده‌رو اومده", "درخت کج شده ممکنه بیفته",
			"درخت خشک شده، خطرناکه", "شاخه درخت جلوی تابلو رو گرفته", "درخت رو هرس کنید نور نمیاد"},
		longs: []string{"درخت چنار کنار {w} خشک شده و در باد ممکن است روی ماشین‌ها بیفتد، لطفا بررسی کنید"},
		ops:   []string{"درخواست هرس درخت", "درخت خشک و خطرساز", "نیاز به قطع درخت فرسوده"},
		fing:  []string{"derakht ro haras konid", "derakhte khoshk khatarnake"}},
	{key: "falltree", agency: "municipality", scope: scopeStreet, weight: 1, size: 1.4, opCat: "فضای سبز",
		appCat: []string{catGreen, catTraffic, catOther},
		cores: []string{"درخت افتاده وسط {w}", "باد درختو انداخت رو {w} راه بسته‌ست", "درخت شکسته افتاده رو ماشین",
			"تنه درخت افتاده کسی نیومده جمع کنه"},
		longs: []string{"در اثر باد دیشب درخت بزرگی در {w} افتاده و راه عبور بسته شده"},
		ops:   []string{"سقوط درخت در معبر", "انسداد معبر به علت افتادن درخت"},
		fing:  []string{"derakht oftade vasate khiaboon"}},
	{key: "parklight", agency: "municipality", scope: scopePark, weight: 2.5, size: 1.3, opCat: "فضای سبز",
		appCat: []string{catLight, catPark},
		cores:  []string{"چراغای پارک خاموشه", "پارک شبا تاریکه", "لامپ‌های پارک سوخته", "روشنایی پارک قطعه"},
		longs:  []string{"چند شب است چراغ‌های داخل پارک خاموش است و خانواده‌ها شب نمی‌توانند به پارک بیایند"},
		ops:    []string{"خاموشی چراغ‌های داخل پارک", "نقص روشنایی بوستان"},
		fing:   []string{"cheraghaye park khamooshe", "park shab tarike"}},
	{key: "parkplay", agency: "municipality", scope: scopePark, weight: 2, size: 1, opCat: "فضای سبز",
		appCat: []string{catPark, catOther},
		cores: []string{"تاب پارک شکسته", "وسایل بازی بچه‌ها خراب شده", "سرسره پارک پیچاش در اومده", "نیمکت‌های پارک شکسته",
			"سرویس بهداشتی پارک کثیفه"},
		longs: []string{"وسایل بازی کودکان در پارک شکسته و ممکن است بچه‌ها آسیب ببینند"},
		ops:   []string{"خرابی وسایل بازی پارک", "تخریب مبلمان پارک"},
		fing:  []string{"tabe park shekaste"}},
	{key: "rubble", agency: "municipality", scope: scopeAlley, weight: 4, size: 1.2, opCat: "نخاله",
		appCat: []string{catBuild, catWaste, catObstruct},
		cores: []string{"نخاله ساختمانی ریختن تو {w}", "خاک و آجر جلوی {w} رو گرفته", "یکی شبونه نخاله خالی کرده",
			"بار آهن و مصالح ساختمونی وسط {w}"},
		longs: []string{"ساختمان در حال ساخت مصالح و نخاله را در {w} ریخته و عبور ماشین ممکن نیست"},
		ops:   []string{"تخلیه نخاله ساختمانی در معبر", "رهاسازی مصالح ساختمانی در معبر"},
		fing:  []string{"nakhale rikhtan too kooche"}},
	{key: "buildnoise", agency: "municipality", scope: scopeAlley, weight: 2.5, size: 1.3, opCat: "ساخت و ساز",
		appCat: []string{catBuild, catOther},
		cores: []string{"ساختمون‌سازی تا نصف شب سر و صدا داره", "کارگرای ساختمون ساعت ۶ صبح کار میکنن", "صدای بتونیر شب",
			"ساختمون غیرمجاز داره طبقه اضافه میسازه", "ساخت و ساز بدون مجوز"},
		longs: []string{"ساختمانی که در {w} در حال ساخت است تا ساعت ۱۱ شب کار میکند و صدای دستگاه‌ها اجازه استراحت نمیدهد"},
		ops:   []string{"ایجاد مزاحمت صوتی توسط کارگاه ساختمانی", "ساخت و ساز غیرمجاز"},
		fing:  []string{"sakhtemoon sazi ta nesfe shab", "sakht o saze gheyre mojaz"}},
	{key: "shopgoods", agency: "municipality", scope: scopeStreet, weight: 3, size: 1.1, opCat: "سد معبر",
		appCat: []string{catObstruct, catSidewalk, catTraffic},
		cores: []string{"مغازه جنساشو گذاشته تو پیاده‌رو", "پیاده‌رو رو مغازه‌دار گرفته", "سد معبر مغازه", "میوه فروشی کل پیاده‌رو رو گرفته",
			"صد معبر"},
		longs: []string{"مغازه‌دار اجناسش را تا وسط پیاده‌رو چیده و عابران مجبورند از خیابان رد شوند"},
		ops:   []string{"سد معبر توسط واحد صنفی", "اشغال پیاده‌رو توسط کسبه"},
		fing:  []string{"maghaze piadero ro gerefte"}},
	{key: "sidewalk", agency: "municipality", scope: scopeStreet, weight: 3, size: 1.1, opCat: "پیاده‌رو",
		appCat: []string{catSidewalk, catAsphalt},
		cores:  []string{"موزاییکای پیاده‌رو کنده شده", "جدول کنار پیاده‌رو شکسته", "پیاده‌رو گود افتاده", "سنگفرش پیاده‌رو لق شده"},
		longs:  []string{"موزاییک‌های پیاده‌رو کنده شده و افراد مسن زمین میخورند"},
		ops:    []string{"تخریب پیاده‌رو", "خرابی جدول و موزاییک پیاده‌رو"},
		fing:   []string{"piadero kharabe"}},
	{key: "speedbump", agency: "municipality", scope: scopeAlley, weight: 2, size: 1, opCat: "ترافیک",
		appCat: []string{catTraffic, catAsphalt, catSuggest},
		cores:  []string{"سرعتگیر بذارید ماشینا با سرعت رد میشن", "درخواست سرعت‌گیر", "سرعت‌گیر {w} رو برداشتن", "ماشینا تو {w} ویراژ میدن سرعتگیر لازمه"},
		longs:  []string{"بچه‌ها در {w} بازی میکنند و خودروها با سرعت زیاد عبور میکنند، نصب سرعت‌گیر ضروری است"},
		ops:    []string{"درخواست نصب سرعت‌کاه", "نیاز به سرعت‌گیر"},
		fing:   []string{"sorat gir lazeme"}},
	{key: "carcass", agency: "municipality", scope: scopeAlley, weight: 1.2, size: 1, opCat: "خدمات شهری",
		appCat: []string{catAnimals, catWaste},
		cores:  []string{"لاشه گربه افتاده", "سگ مرده کنار {w}", "لاشه حیوون بو گرفته"},
		longs:  []string{"لاشه یک سگ از دیروز کنار {w} افتاده و کسی جمع نکرده"},
		ops:    []string{"لاشه حیوان در معبر"},
		fing:   []string{"lashe gorbe oftade"}},
	{key: "rats", agency: "municipality", scope: scopeAlley, weight: 1.5, size: 1.2, opCat: "بهداشت محیط",
		appCat: []string{catAnimals, catOther},
		cores:  []string{"موش زیاد شده", "موشای بزرگ از جوی میان بیرون", "سمپاشی کنید موش و سوسک زیاده", "پشه زیاده سمپاشی نشده"},
		longs:  []string{"از جوی کنار {w} موش‌های بزرگ بیرون می‌آیند، لطفا طعمه‌گذاری کنید"},
		ops:    []string{"درخواست طعمه‌گذاری و مبارزه با جوندگان", "درخواست سمپاشی"},
		fing:   []string{"moosh ziad shode"}},
	{key: "nameplate", agency: "municipality", scope: scopeAlley, weight: 1, size: 1, opCat: "سایر",
		appCat: []string{catOther, catSuggest},
		cores:  []string{"تابلوی اسم {w} افتاده", "{w} پلاک و تابلو نداره پیدا نمیکنن", "تابلو {w} رو اشتباه زدن"},
		longs:  []string{"تابلوی نام {w} کنده شده و آمبولانس دیشب آدرس را پیدا نکرد"},
		ops:    []string{"نصب تابلوی معرف معبر"},
		fing:   []string{"tablo nadare kooche"}},
	{key: "municipaltrench", agency: "municipality", scope: scopeStreet, weight: 1.5, size: 1.3, opCat: "عمرانی",
		appCat: []string{catTrench, catAsphalt},
		cores:  []string{"کانال‌کشی شهرداری نصفه مونده", "پیمانکار شهرداری جدول‌گذاری رو ول کرده رفته", "جدول‌گذاری نیمه‌کاره {w}"},
		longs:  []string{"پیمانکار شهرداری برای کانال آب باران {w} را کنده و {d} است که کار را رها کرده"},
		ops:    []string{"رهاشدن عملیات عمرانی شهرداری", "نیمه‌کاره ماندن جدول‌گذاری"},
		fing:   []string{"jadval gozari nime kare"}},

	// --- water (آبفا) ---
	{key: "burstmain", agency: "water", scope: scopeStreet, weight: 1.2, size: 3, opCat: "آب",
		appCat: []string{catSurface, catOther, catAsphalt},
		cores: []string{"لوله آب ترکیده {w} رو آب برداشته", "آب از زیر آسفالت فواره میزنه", "لوله شکسته آب داره هدر میره",
			"آب شرب داره تو {w} میره", "لوله اصلی آب ترکیده", "آب داره از وسط {w} میجوشه 😱"},
		longs: []string{"از صبح لوله آب زیر {w} ترکیده و آب تمیز در خیابان جاری است، آب خانه‌ها هم کم فشار شده"},
		ops:   []string{"شکستگی لوله آب شرب", "نشت آب از خط انتقال"},
		fing:  []string{"looleye ab tarakide", "ab dare hadar mire"}},
	{key: "sewage", agency: "water", scope: scopeAlley, weight: 2.5, size: 1.6, opCat: "فاضلاب",
		appCat: []string{catSurface, catWaste, catOther},
		cores: []string{"فاضلاب پس زده تو {w}", "از منهول فاضلاب آب کثیف بیرون میزنه", "بوی فاضلاب غیرقابل تحمله", "چاه فاضلاب سر ریز کرده",
			"فاضلاب راه افتاده تو {w}", "درب منهول فاضلاب شکسته"},
		longs: []string{"{d} است که فاضلاب از منهول وسط {w} بیرون میزند و بوی بد آن خانه‌ها را پر کرده",
			"لوله فاضلاب شهری گرفته و فاضلاب به داخل حیاط ما پس میزند"},
		ops:  []string{"سرریز شبکه فاضلاب", "پس‌زدگی فاضلاب از منهول", "انسداد خط فاضلاب"},
		fing: []string{"fazelab pas zade", "booye fazelab miad"}},
	{key: "nowater", agency: "water", scope: scopeHood, weight: 0, size: 3, opCat: "آب",
		appCat: []string{catOther, catSuggest},
		cores:  []string{"آب قطعه", "از صبح آب نداریم", "آب قطع شده بدون اطلاع", "فشار آب خیلی کمه طبقه بالا آب نمیاد", "آب کی وصل میشه؟"},
		longs:  []string{"از ساعت ۸ صبح آب محله قطع است و هیچ اطلاع‌رسانی نشده"},
		ops:    []string{"قطعی آب شرب", "افت فشار آب"},
		fing:   []string{"ab ghate", "ab nadarim az sob"}},
	{key: "watertrench", agency: "water", scope: scopeAlley, weight: 1.5, size: 1.4, opCat: "حفاری",
		appCat: []string{catTrench, catAsphalt},
		cores: []string{"آبفا {w} رو کنده و رفته", "بعد از لوله‌کشی آب، ترانشه رو پر نکردن", "حفاری آب و فاضلاب نصفه مونده",
			"اداره آب کانال زده و آسفالت نکرده"},
		longs: []string{"شرکت آب و فاضلاب برای تعویض لوله {w} را حفاری کرده و {d} است که روی آن را آسفالت نکرده"},
		ops:   []string{"عدم ترمیم حفاری شرکت آب و فاضلاب", "رهاسازی ترانشه آبفا"},
		fing:  []string{"abfa kande va rafte"}},

	// --- power ---
	{key: "streetlight", agency: "power", scope: scopeAlley, weight: 5, size: 1.2, opCat: "روشنایی",
		appCat: []string{catLight, catOther},
		cores: []string{"چراغ برق {w} خاموشه", "{w} شبا تاریک تاریکه", "لامپ تیر برق سوخته", "چراغ‌های {w} روشن نمیشه",
			"روشنایی {w} قطعه", "تیر چراغ برق {w} یه شب روشنه یه شب خاموش",
			"چراغ سر {w} سوخته", "لامپ خیابون روزا روشنه شبا خاموش", "{w} تاریکه میترسیم شب بیایم"},
		longs: []string{"{d} است که چراغ روی تیر برق {w} خاموش است و شب‌ها خانم‌ها میترسند رد شوند"},
		ops:   []string{"خاموشی روشنایی معابر", "سوختگی لامپ روشنایی معبر"},
		fing:  []string{"cheragh bargh khamooshe", "kooche tarike shab"}},
	{key: "branchwire", agency: "power", scope: scopeStreet, weight: 1.5, size: 1.2, opCat: "فضای سبز",
		appCat: []string{catGreen, catLight},
		cores: []string{"شاخه درخت رفته لای سیمای برق", "شاخه افتاده روی سیم برق جرقه میزنه", "درخت به کابل برق گیر کرده",
			"سیم برق از بین شاخه‌ها رد شده هر بار باد میاد جرقه میزنه"},
		longs: []string{"شاخه‌های درخت کنار {w} روی سیم‌های برق افتاده و با باد جرقه میزند"},
		ops:   []string{"برخورد شاخه درخت با شبکه برق", "تماس درخت با سیم برق"},
		fing:  []string{"shakhe roo sime bargh"}},
	{key: "outage", agency: "power", scope: scopeHood, weight: 0, size: 3, opCat: "برق",
		appCat: []string{catLight, catOther},
		cores:  []string{"برق قطع شده", "برق رفته از یه ساعت پیش", "برق محله قطعه", "چرا برق قطعه؟"},
		longs:  []string{"از ساعت ۹ شب برق کل محله قطع است و یخچال‌ها خراب شده"},
		ops:    []string{"قطعی برق", "خاموشی شبکه برق"},
		fing:   []string{"bargh raft", "bargh ghate"}},
	{key: "pole", agency: "power", scope: scopeAlley, weight: 1, size: 1.2, opCat: "برق",
		appCat: []string{catLight, catOther, catTraffic},
		cores:  []string{"تیر برق کج شده", "سیم برق آویزون شده", "جعبه فیوز برق درش بازه خطرناکه", "پست برق صدا میده و جرقه میزنه"},
		longs:  []string{"تیر برق وسط {w} کج شده و سیم‌ها پایین آمده، خطر برق‌گرفتگی دارد"},
		ops:    []string{"کج شدن تیر برق", "خطر برق‌گرفتگی از شبکه"},
		fing:   []string{"tir bargh kaj shode"}},

	// --- gas ---
	{key: "gassmell", agency: "gas", scope: scopeAlley, weight: 1.5, size: 2, opCat: "گاز",
		appCat: []string{catOther, catSuggest},
		cores: []string{"بوی گاز میاد", "بوی شدید گاز تو {w}", "فکر کنم لوله گاز نشتی داره", "از علمک گاز بو میاد",
			"بوی گاز از ظهر تو کل {w} هست"},
		longs: []string{"بوی شدید گاز در {w} پیچیده و همسایه‌ها نگرانند، لطفا سریع اقدام کنید"},
		ops:   []string{"نشت گاز", "استشمام بوی گاز"},
		fing:  []string{"booye gaz miad", "bu gaz kooche"}},
	{key: "gastrench", agency: "gas", scope: scopeAlley, weight: 1, size: 1.3, opCat: "حفاری",
		appCat: []string{catTrench, catAsphalt},
		cores: []string{"اداره گاز {w} رو کنده و ول کرده", "گازکشی تموم شده ولی کانال رو پر نکردن", "حفاری شرکت گاز ترمیم نشده",
			"لوله گاز رو عوض کردن و {w} رو خاکی ول کردن"},
		longs: []string{"شرکت گاز برای لوله‌کشی {w} را حفاری کرده و {d} است که ترانشه باز مانده"},
		ops:   []string{"عدم ترمیم حفاری شرکت گاز"},
		fing:  []string{"edare gaz kande va rafte"}},

	// --- telecom ---
	{key: "phone", agency: "telecom", scope: scopeAlley, weight: 1.5, size: 1.3, opCat: "مخابرات",
		appCat: []string{catOther, catSuggest},
		cores:  []string{"تلفن ثابت قطعه", "اینترنت ADSL {d} قطعه", "خط تلفن بوق نمیده", "کابل تلفن قطع شده", "تلفن و اینترنت کل {w} قطعه"},
		longs:  []string{"{d} است که تلفن ثابت و اینترنت خانه‌های {w} قطع است و مخابرات جواب نمیدهد"},
		ops:    []string{"قطعی تلفن ثابت", "قطعی اینترنت خانگی"},
		fing:   []string{"telefon ghate", "internet ghate"}},
	{key: "telecombox", agency: "telecom", scope: scopeStreet, weight: 0.8, size: 1, opCat: "مخابرات",
		appCat: []string{catOther, catSidewalk},
		cores:  []string{"کافوی مخابرات درش بازه", "جعبه مخابرات شکسته سیماش بیرونه", "کابل مخابرات افتاده تو پیاده‌رو"},
		longs:  []string{"کافوی مخابرات کنار {w} باز مانده و سیم‌ها بیرون ریخته"},
		ops:    []string{"باز بودن کافوی مخابرات"},
		fing:   []string{"kafooye mokhaberat baze"}},

	// --- police ---
	{key: "blockcar", agency: "police", scope: scopeAlley, weight: 3, size: 1.2, opCat: "سد معبر",
		appCat: []string{catObstruct, catTraffic, catOther},
		cores: []string{"ماشین پارک کرده جلوی پارکینگ نمیتونم بیام بیرون", "یه ماشین غریبه {d} جلوی درب پارکینگ پارکه",
			"ماشینا دوبله پارک میکنن {w} بسته میشه", "وانت جلوی در خونه رو گرفته", "پارک ماشین جلوی درب پارکینگ 😡"},
		longs: []string{"خودرویی جلوی درب پارکینگ ما پارک کرده و راننده‌اش پیدا نیست، نمیتوانم ماشین را بیرون بیاورم"},
		ops:   []string{"پارک خودرو مقابل درب پارکینگ", "انسداد معبر توسط خودروی شخصی"},
		fing:  []string{"mashin jolo parking parke", "jolo dar parking mashin gozashtan"}},
	{key: "neighbournoise", agency: "police", scope: scopeAlley, weight: 2, size: 1.1, opCat: "مزاحمت",
		appCat: []string{catOther, catBuild},
		cores: []string{"همسایه تا ۳ صبح مهمونی داره صدای آهنگ", "سر و صدای همسایه نمیذاره بخوابیم", "همسایه بالایی هر شب دعوا داره",
			"صدای موزیک بلند از خونه همسایه", "پسرای {w} شبا با موتور ویراژ میدن"},
		longs: []string{"همسایه ما هر شب تا دیروقت صدای موسیقی را بلند میکند و تذکر هم فایده ندارد"},
		ops:   []string{"مزاحمت صوتی همسایه", "ایجاد سر و صدا در ساعات شب"},
		fing:  []string{"hamsaye sar o seda dare", "mehmooni ta 3 sob"}},
	{key: "addicts", agency: "police", scope: scopeStreet, weight: 1.2, size: 1.2, opCat: "سایر",
		appCat: []string{catOther, catPark},
		cores:  []string{"معتادا شبا اینجا جمع میشن", "چند نفر مشکوک شبا تو {w} مواد مصرف میکنن", "دزدی تو {w} زیاد شده"},
		longs:  []string{"شب‌ها افراد معتاد در {w} تجمع میکنند و امنیت نداریم"},
		ops:    []string{"تجمع افراد معتاد", "ناامنی در محل"},
		fing:   []string{"motada shab jam mishan"}},

	// --- other ---
	{key: "hygiene", agency: "other", scope: scopeStreet, weight: 1, size: 1, opCat: "سایر",
		appCat: []string{catOther, catWaste},
		cores:  []string{"رستوران غذای مونده میده", "ساندویچی بهداشت نداره", "قصابی گوشت بی‌کیفیت میفروشه", "فست فودی کثیفه آشپزخونه‌ش"},
		longs:  []string{"فست فودی سر {w} بهداشت را رعایت نمیکند و دیروز از غذایش مسموم شدیم"},
		ops:    []string{"عدم رعایت بهداشت در واحد صنفی"},
		fing:   []string{"restoran behdasht nadare"}},
	{key: "breadprice", agency: "other", scope: scopeStreet, weight: 0.8, size: 1, opCat: "سایر",
		appCat: []string{catOther, catSuggest},
		cores:  []string{"نانوایی نون رو گرون میده", "نونوایی کم‌فروشی میکنه", "نان خمیر میده و گرون"},
		longs:  []string{"نانوایی محله نان را بالاتر از نرخ مصوب میفروشد و وزن نان هم کم است"},
		ops:    []string{"گران‌فروشی نانوایی", "کم‌فروشی واحد نانوایی"},
		fing:   []string{"nanvai geroon mide"}},
	{key: "school", agency: "other", scope: scopeStreet, weight: 0.6, size: 1, opCat: "سایر",
		appCat: []string{catOther, catSuggest},
		cores:  []string{"مدرسه شهریه اضافه میگیره", "بخاری کلاس مدرسه خرابه", "مدرسه سرویس نداره"},
		longs:  []string{"مدرسه فرزندم برای ثبت نام پول اضافه میگیرد، کجا باید شکایت کنم"},
		ops:    []string{"شکایت از مدرسه"},
		fing:   []string{"madrese pool mikhad"}},
	{key: "pension", agency: "other", scope: scopeHood, weight: 0.8, size: 1, opCat: "سایر",
		appCat: []string{catOther, catSuggest},
		cores:  []string{"حقوق بازنشستگی واریز نشده", "بیمه تامین اجتماعی جواب نمیده", "یارانه‌ام قطع شده"},
		longs:  []string{"حقوق بازنشستگی این ماه من واریز نشده و جوابگو نیستند"},
		ops:    []string{"پیگیری حقوق بازنشستگی", "مشکل بیمه"},
		fing:   []string{"hoghoogh varizi nashode"}},
}

func problemByKey(key string) *problem {
	for _, p := range problems {
		if p.key == key {
			return p
		}
	}
	panic("no problem " + key)
}

// lookalikes are municipal complaints that name another agency's word in passing: the
// word is a landmark or an aside, the job is the municipality's. Each keeps its problem.
var lookalikes = []struct {
	key  string
	text string
}{
	{"garbage", "زباله‌ها رو کنار پست برق جمع کردن و نبردن"},
	{"garbage", "کنار کافوی مخابرات زباله تلنبار شده"},
	{"asphalt", "آسفالت جلوی اداره گاز چاله شده"},
	{"asphalt", "فلکه گاز یه چاله بزرگ داره"},
	{"asphalt", "بعد از ترمیم لوله آب که خودشون آسفالت کردن، حالا آسفالت کل {w} ترک خورده و گود شده"},
	{"surfacewater", "آب بارون تو {w} جمع شده، فاضلاب نیست، جوی گرفته"},
	{"surfacewater", "جوی آب کنار تیر برق پر از برگ شده و آب بارون میاد رو {w}"},
	{"sweep", "جلوی کلانتری پر از برگ و آشغاله"},
	{"pruning", "درخت کنار خونه رو هرس کنید، به سیم برق نرسیده ولی نور رو گرفته"},
	{"parklight", "چراغای پارک خاموشه ولی چراغ خیابون روشنه"},
	{"shopgoods", "پیاده‌رو رو مغازه گرفته، ماشین نیست، اجناس مغازه‌ست"},
	{"buildnoise", "صدای ساختمون‌سازی نصف شب، همسایه نیست کارگاه ساختمونیه"},
	{"dogs", "سگای ولگرد جلوی ساختمون مخابرات جمع میشن"},
	{"rubble", "کنار پمپ بنزین نخاله ریختن"},
	{"bin", "مخزن زباله کنار اداره آب و فاضلاب شکسته"},
	{"sidewalk", "موزاییکای پیاده‌رو جلوی اداره برق کنده شده"},
	{"speedbump", "برای ایمنی بچه‌ها سر {w} سرعتگیر بذارید، پلیس راهور گفت کار شهرداریه"},
}

// outsideLookalikes are other agencies' jobs in words that sound municipal.
var outsideLookalikes = []struct {
	key  string
	text string
}{
	{"burstmain", "{w} رو آب گرفته بارونم نیومده، از زیر زمین آب میاد"},
	{"burstmain", "آبگرفتگی {w} از لوله ترکیده‌ست نه از بارون"},
	{"sewage", "جوی جلوی خونه بوی فاضلاب میده، از لوله فاضلاب نشتی داره"},
	{"streetlight", "شهرداری چراغ‌های {w} رو درست کنه، شبا تاریکه"},
	{"branchwire", "درخت رو هرس کنید شاخه‌هاش رو سیم برقه"},
	{"watertrench", "آسفالت {w} رو بعد از کار آبفا درست نکردن"},
	{"gastrench", "آسفالت {w} بعد از گازکشی خراب مونده"},
	{"blockcar", "سد معبر! یه ماشین جلو پارکینگ {d} مونده"},
	{"neighbournoise", "صدای بلند همسایه شبا مزاحمه، ساختمونی هم نیست"},
	{"hygiene", "آشپزخونه این ساندویچی رو بهداشت ببینه، سوسک داره"},
}
