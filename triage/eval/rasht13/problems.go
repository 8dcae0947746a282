package rasht13

// level says how a clerk draws the place of a problem: an alley, a stretch of a street
// around a landmark, a single point (a plate, a tree, a manhole), or a park.
type level int

const (
	lvAlley level = iota
	lvStreet
	lvPoint
	lvPark
)

// problem is one kind of thing that must be done, with the words people use for it.
type problem struct {
	key    string
	agency string
	lv     level
	cats   []string // the app menu's categories that fit
	says   []string // the citizen's core sentence, with no place in it
	short  []string // the shortest complaints, often all a caller types
	nouns  []string // an operator's noun phrase: «شهروند از {noun} گلایه دارد»
	fin    []string // Finglish
	weight float64  // how many issues of this kind a year brings, relative
	big    bool     // may grow into a much-reported issue (tens of requests)
	burst  bool     // reports come within hours of each other
}

var problems = []*problem{
	// ---- municipality ----
	{key: "asphalt", agency: "municipality", lv: lvAlley, cats: []string{"آسفالت", "عمران و معابر", "ترمیم آسفالت"}, weight: 14, big: true,
		says: []string{"آسفالت کوچه کاملا خراب شده و پر از چاله است", "چاله‌های وسط کوچه هر روز بزرگتر میشه، ماشین‌ها آسیب می‌بینن",
			"آسفالت این کوچه چند ساله ترمیم نشده و با هر بارون پر از گودال میشه", "کوچه ما آسفالت نداره عملا، همش خاک و سنگه",
			"چاله بزرگی جلوی در منزل ایجاد شده که موتوری‌ها توش میفتن", "درخواست آسفالت مجدد کوچه را داریم، وضعیت اسفناک است",
			"روکش آسفالت کوچه ترک خورده و تکه‌تکه کنده شده", "بعد از بارندگی آسفالت کوچه وا رفته و دست‌انداز درست شده",
			"یه چاله عمیق هست که شبا دیده نمیشه، دیشب یه پیرمرد افتاد"},
		short: []string{"آسفالت خراب است", "کوچه خراب است", "چاله", "خیابان خراب است", "آسفالت"},
		nouns: []string{"خرابی آسفالت کوچه", "وجود چاله در معبر", "عدم ترمیم آسفالت"},
		fin:   []string{"asfalte kooche kharab shode chale dare", "kooche por az chale ast lotfan asfalt konid"}},
	{key: "garbage", agency: "municipality", lv: lvAlley, cats: []string{"پسماند", "خدمات شهری", "جمع‌آوری زباله"}, weight: 11, big: true,
		says: []string{"چند روزه زباله‌ها رو جمع نکردن و بوی تعفن همه جا رو گرفته", "ماشین زباله این هفته اصلا به کوچه ما نیومده",
			"زباله‌ها کنار کوچه تلنبار شده و گربه‌ها کیسه‌ها رو پاره کردن", "ساعت جمع‌آوری زباله نامنظمه و کیسه‌ها تا ظهر می‌مونه",
			"سه شبه که زباله برده نشده، لطفا پیگیری کنید", "زباله‌ها از دیروز صبح مونده، هوا هم گرمه و بو میده",
			"پاکبان محل زباله‌های ته کوچه رو جمع نمی‌کنه"},
		short: []string{"زباله جمع نشده", "زباله", "آشغال‌ها مونده"},
		nouns: []string{"عدم جمع‌آوری زباله", "تجمع پسماند در معبر", "جمع‌آوری نامنظم زباله"},
		fin:   []string{"ashghal ha ro jam nakardan chand roze", "zobale jam nashode bu mide"}},
	{key: "bin", agency: "municipality", lv: lvPoint, cats: []string{"پسماند", "مخزن زباله"}, weight: 5,
		says: []string{"مخزن زباله شکسته و درش کنده شده", "مخزن زباله رو درست جلوی در خونه ما گذاشتن، لطفا جابجا کنید",
			"سطل زباله شهرداری پر شده و سرریز کرده", "مخزن زباله سوخته و کسی عوضش نکرده", "شیرابه مخزن زباله راه افتاده تو کوچه"},
		short: []string{"مخزن زباله", "سطل زباله خراب"},
		nouns: []string{"خرابی مخزن زباله", "جابجایی مخزن پسماند"},
		fin:   []string{"makhzane zobale shekaste"}},
	{key: "sweep", agency: "municipality", lv: lvStreet, cats: []string{"خدمات شهری", "رفت و روب", "نظافت معابر"}, weight: 5,
		says: []string{"خیابان رفت و روب نمیشه و پر از برگ و خاکه", "کنار جدول‌ها پر از گل و لای و آشغاله، کسی جارو نمی‌کنه",
			"برگ درخت‌ها کل پیاده‌رو رو پوشونده و لیزه", "نظافت خیابان خیلی وقته انجام نشده"},
		short: []string{"نظافت خیابان", "جارو نمیشه"},
		nouns: []string{"عدم رفت و روب معبر", "کثیفی خیابان"},
		fin:   []string{"khiaban ro jaroo nemikonan"}},
	{key: "channel", agency: "municipality", lv: lvAlley, cats: []string{"آبهای سطحی", "خدمات شهری", "لایروبی"}, weight: 9, big: true,
		says: []string{"جوی کنار کوچه گرفته و آب بارون تو کوچه جمع شده", "با هر بارون کوچه آب‌گرفتگی داره چون جوی لایروبی نشده",
			"آب باران راه نداره و تا جلوی در خونه‌ها اومده", "دریچه کانال آب باران پر از برگ و گل شده، آب بالا زده",
			"جوی آب پر از لجن و زباله است و آب برگشت کرده", "کانال روباز آبهای سطحی نیاز به لایروبی داره، پشه زیاد شده",
			"آبگرفتگی شدید معبر بعد از بارش دیشب", "آب بارون جلوی در خونه‌ها جمع شده، جوی جواب نمیده", "دهانه آبروی خیابون با برگ بسته شده و آب تا وسط خیابون اومده"},
		short: []string{"آبگرفتگی", "جوی گرفته", "آب جمع شده"},
		nouns: []string{"آبگرفتگی معبر", "انسداد جوی آب باران", "لزوم لایروبی کانال"},
		fin:   []string{"joob gerefte ab jam shode too kooche", "ab gereftegi darim"}},
	{key: "sidewalk", agency: "municipality", lv: lvStreet, cats: []string{"پیاده‌رو", "عمران و معابر"}, weight: 5,
		says: []string{"موزاییک‌های پیاده‌رو شکسته و ناهمواره، خانم‌های مسن زمین می‌خورن", "پیاده‌رو گود افتاده و آب توش جمع میشه",
			"جدول کنار پیاده‌رو ریخته و خطرناکه", "سنگ‌فرش پیاده‌رو رو کندن و نصفه رها کردن"},
		short: []string{"پیاده رو خراب", "پیاده‌رو"},
		nouns: []string{"تخریب پیاده‌رو", "ناهمواری پیاده‌رو"},
		fin:   []string{"piade ro kharabe mozaik ha shekaste"}},
	{key: "debris", agency: "municipality", lv: lvPoint, cats: []string{"نخاله ساختمانی", "پسماند", "خدمات شهری"}, weight: 5,
		says: []string{"یک نفر نخاله ساختمانی شبانه اینجا خالی کرده", "خاک و نخاله ساختمان نیمه‌کاره وسط کوچه ریخته شده",
			"کامیون اومده نخاله ریخته کنار زمین خالی و رفته", "مصالح و نخاله جلوی ساختمان در حال ساخت راه رو بسته"},
		short: []string{"نخاله", "خاک ریختن"},
		nouns: []string{"تخلیه نخاله ساختمانی", "رهاسازی نخاله در معبر"},
		fin:   []string{"nakhale sakhtemani rikhtan"}},
	{key: "build", agency: "municipality", lv: lvPoint, cats: []string{"شهرسازی", "تخلفات ساختمانی"}, weight: 4,
		says: []string{"همسایه بدون مجوز داره طبقه اضافه می‌سازه", "ساختمان در حال ساخت پیش‌آمدگی غیرمجاز داره و تو کوچه جلو اومده",
			"ساخت و ساز غیرمجاز در حیاط، شبانه کار می‌کنن که کسی نبینه", "دیوار ساختمان کناری ترک برداشته به خاطر گودبرداری همسایه"},
		short: []string{"ساخت و ساز غیر مجاز", "تخلف ساختمانی"},
		nouns: []string{"ساخت و ساز غیرمجاز", "تخلف ساختمانی"},
		fin:   []string{"sakht o saze gheire mojaz"}},
	{key: "sitenoise", agency: "municipality", lv: lvPoint, cats: []string{"شهرسازی", "سایر"}, weight: 3,
		says: []string{"کارگاه ساختمانی از ساعت ۶ صبح سر و صدا می‌کنه، حتی جمعه‌ها", "صدای دستگاه بتن‌ریزی تا نصف شب ادامه داره",
			"سر و صدای کارگاه ساختمانی همسایه امان ما رو بریده", "ساختمون‌سازی بغل ما شب‌ها هم بتن میریزه و صدای میکسر نمیذاره بخوابیم", "جرثقیل و کمپرسی ساختمون کناری از صبح زود سر و صدا دارن"},
		short: []string{"سر و صدای ساختمان سازی"},
		nouns: []string{"سر و صدای کارگاه ساختمانی"},
		fin:   []string{"sar o sedaye kargahe sakhtemani"}},
	{key: "dogs", agency: "municipality", lv: lvAlley, cats: []string{"سگ‌های ولگرد", "خدمات شهری", "حیوانات"}, weight: 5, big: true,
		says: []string{"چند تا سگ ولگرد تو کوچه هستن و بچه‌ها می‌ترسن مدرسه برن", "سگ‌های بی‌صاحب شب‌ها پارس می‌کنن و به رهگذرها حمله می‌کنن",
			"یه گله سگ ولگرد کنار زمین خالی جمع شدن", "سگ ولگرد دیروز به دختر همسایه حمله کرد"},
		short: []string{"سگ ولگرد", "سگها"},
		nouns: []string{"وجود سگ‌های ولگرد", "حضور سگ بلاصاحب"},
		fin:   []string{"sag haye velgard too kooche hastan"}},
	{key: "prune", agency: "municipality", lv: lvPoint, cats: []string{"فضای سبز", "هرس درختان"}, weight: 4,
		says: []string{"شاخه‌های درخت جلوی دید راننده‌ها رو گرفته، لطفا هرس کنید", "درخت کنار خونه خیلی بلند شده و شاخه‌هاش رو پشت بوم ریخته",
			"ریشه درخت پیاده‌رو رو بلند کرده", "درخت خشک شده و ممکنه بیفته، لطفا قطع کنید", "شاخه‌های درخت کوچه اومده تو حیاط و پنجره‌ها رو شکسته، هرس لازمه", "درخت‌های کنار خیابون سال‌هاست هرس نشده"},
		short: []string{"هرس درخت", "درخت"},
		nouns: []string{"لزوم هرس درختان", "درخت خشک و خطرساز"},
		fin:   []string{"derakht ro haras konid"}},
	{key: "felltree", agency: "municipality", lv: lvPoint, cats: []string{"فضای سبز", "حوادث"}, weight: 2, burst: true,
		says:  []string{"درخت بزرگ افتاده وسط خیابون و راه بسته شده", "با باد دیشب درخت شکسته و افتاده روی ماشین", "درخت از ریشه درومده و افتاده تو کوچه"},
		short: []string{"درخت افتاده"},
		nouns: []string{"سقوط درخت در معبر"},
		fin:   []string{"derakht oftade vasate kooche"}},
	{key: "parklight", agency: "municipality", lv: lvPark, cats: []string{"فضای سبز", "روشنایی"}, weight: 3,
		says: []string{"چراغ‌های داخل پارک چند شبه خاموشه و پارک تاریکه", "روشنایی پارک خرابه و شب‌ها معتادها جمع میشن", "تیرهای چراغ داخل فضای سبز پارک خاموشه", "پروژکتورهای زمین بازی پارک کار نمی‌کنه",
			"چراغ‌های مسیر پیاده‌روی پارک روشن نمیشه", "لامپ‌های پارک رو شکستن و کسی عوض نکرده"},
		short: []string{"پارک تاریکه"},
		nouns: []string{"خاموشی چراغ‌های پارک"},
		fin:   []string{"cheragh haye park khamooshe"}},
	{key: "parkplay", agency: "municipality", lv: lvPark, cats: []string{"فضای سبز", "پارک"}, weight: 3,
		says: []string{"تاب و سرسره پارک شکسته و برای بچه‌ها خطرناکه", "وسایل ورزشی پارک زنگ زده و پیچ‌هاش در رفته",
			"سرویس بهداشتی پارک کثیف و بدون آبه", "نیمکت‌های پارک شکسته و کسی تعمیر نمی‌کنه"},
		short: []string{"وسایل بازی پارک خرابه"},
		nouns: []string{"خرابی تجهیزات پارک"},
		fin:   []string{"vasayele bazi park kharabe"}},
	{key: "goods", agency: "municipality", lv: lvStreet, cats: []string{"سد معبر", "امور شهری"}, weight: 4,
		says: []string{"مغازه‌دار اجناسش رو تا وسط پیاده‌رو چیده و عابر باید از خیابون رد بشه", "میوه‌فروشی جعبه‌هاش رو روی پیاده‌رو گذاشته",
			"لوازم خانگی فروشی یخچال‌ها رو گذاشته تو پیاده‌رو", "سد معبر مغازه‌ها، پیاده‌رو کلا قابل استفاده نیست", "تعمیرگاه ماشین‌ها رو روی پیاده‌رو تعمیر می‌کنه", "مغازه‌دار با گلدون و صندلی پیاده‌رو رو بسته"},
		short: []string{"سد معبر"},
		nouns: []string{"سد معبر توسط کسبه", "اشغال پیاده‌رو توسط مغازه"},
		fin:   []string{"sadde mabar maghaze"}},
	{key: "vendor", agency: "municipality", lv: lvStreet, cats: []string{"سد معبر", "امور شهری"}, weight: 2,
		says:  []string{"وانت‌های میوه‌فروش سر خیابون پارک می‌کنن و با بلندگو داد می‌زنن", "دستفروش‌ها کل پیاده‌رو رو گرفتن"},
		short: []string{"دستفروش"},
		nouns: []string{"حضور دستفروشان و وانت‌بارها"},
		fin:   []string{"vanet mive foroosh ha"}},
	{key: "carcass", agency: "municipality", lv: lvPoint, cats: []string{"خدمات شهری", "پسماند"}, weight: 2,
		says:  []string{"لاشه یک سگ کنار جوی افتاده و بو گرفته", "گربه مرده وسط کوچه است از دیروز", "لاشه حیوان کنار خیابون رو جمع کنید"},
		short: []string{"لاشه حیوان"},
		nouns: []string{"وجود لاشه حیوان در معبر"},
		fin:   []string{"lashe sag kenare joob"}},
	{key: "bump", agency: "municipality", lv: lvStreet, cats: []string{"ترافیک", "عمران و معابر"}, weight: 3,
		says: []string{"ماشین‌ها با سرعت زیاد رد میشن، درخواست نصب سرعتگیر داریم", "سرعتگیر خیابون خراب شده و پیچ‌هاش بیرون زده",
			"خط‌کشی عابر پیاده پاک شده و بچه‌های مدرسه نمی‌تونن رد بشن"},
		short: []string{"سرعتگیر"},
		nouns: []string{"درخواست نصب سرعتگیر", "خرابی سرعتگیر"},
		fin:   []string{"sorat gir lazem darim"}},
	{key: "muntrench", agency: "municipality", lv: lvAlley, cats: []string{"عمران و معابر", "آسفالت"}, weight: 2,
		says: []string{"شهرداری برای کانال‌کشی آب باران کوچه رو کنده و نیمه‌کاره رها کرده", "پیمانکار شهرداری جدول‌گذاری رو نصفه ول کرده و کوچه خاکیه",
			"بعد از لوله‌گذاری کانال شهرداری هنوز روش آسفالت نشده", "پیمانکار شهرداری جدول‌ها رو درآورد و رفت، الان کوچه خاکیه"},
		short: []string{"کانال نیمه کاره"},
		nouns: []string{"رهاسازی پروژه کانال‌کشی شهرداری"},
		fin:   []string{"kanal keshi nime kare raha shode"}},
	{key: "pests", agency: "municipality", lv: lvAlley, cats: []string{"سمپاشی", "خدمات شهری"}, weight: 2,
		says:  []string{"موش‌ها از جوی کوچه بیرون میان، درخواست سمپاشی داریم", "پشه خیلی زیاد شده، سمپاشی کنید لطفا", "سوسک از جوی‌ها میاد تو خونه‌ها"},
		short: []string{"سمپاشی"},
		nouns: []string{"درخواست سمپاشی معابر"},
		fin:   []string{"samm pashi konid moosh ziad shode"}},
	{key: "bus", agency: "municipality", lv: lvStreet, cats: []string{"حمل و نقل", "سایر"}, weight: 1.5,
		says: []string{"سقف ایستگاه اتوبوس شکسته و مردم زیر بارون می‌مونن", "اتوبوس‌های این خط خیلی دیر میان و بعضی روزها اصلا نمیان",
			"تاکسی‌ها سر خیابون ایستگاه غیرمجاز درست کردن و ترافیک میشه"},
		short: []string{"ایستگاه اتوبوس"},
		nouns: []string{"خرابی ایستگاه اتوبوس", "نظم ناوگان حمل و نقل"},
		fin:   []string{"istgahe otobus kharabe"}},

	// ---- water and sewage (آبفا) ----
	{key: "sewage", agency: "water", lv: lvAlley, cats: []string{"آبهای سطحی", "سایر", "فاضلاب"}, weight: 2.09, big: true,
		says: []string{"فاضلاب از منهول وسط کوچه بیرون زده و بوی وحشتناکی داره", "لوله فاضلاب گرفته و فاضلاب برگشت کرده تو حیاط",
			"دریچه فاضلاب سرریز کرده و کوچه پر از فاضلاب شده", "چاه فاضلاب شهری پر شده و پس میده", "آب سیاه و بدبو از دریچه وسط کوچه میجوشه بیرون", "توالت‌ها پس میزنه چون لوله اصلی کوچه گرفته", "از درپوش چدنی وسط کوچه کثافت بیرون اومده", "بوی گند فاضلاب از منهول کل محله رو برداشته، مامور آبفا نیومده"},
		short: []string{"فاضلاب زده بیرون"},
		nouns: []string{"سرریز فاضلاب از منهول", "گرفتگی شبکه فاضلاب"},
		fin:   []string{"fazelab az manhol zade biroon"}},
	{key: "burstmain", agency: "water", lv: lvPoint, cats: []string{"آبهای سطحی", "سایر", "حوادث"}, weight: 0.78, burst: true,
		says:  []string{"لوله آب اصلی ترکیده و آب تمیز داره تو خیابون هدر میره", "آب شرب از زیر آسفالت فواره زده", "شکستگی لوله آب، کل کوچه رو آب برداشته", "آب از زیر آسفالت میجوشه و کوچه رو برداشته", "از صبح آب تمیز از کنار جدول بیرون میزنه، حتما لوله ترکیده", "کنتور آب جلوی در نشتی داره و آب هدر میره"},
		short: []string{"لوله آب ترکیده"},
		nouns: []string{"شکستگی لوله آب شرب"},
		fin:   []string{"looleye ab tarkide"}},
	{key: "nowater", agency: "water", lv: lvAlley, cats: []string{"سایر"}, weight: 0.53,
		says:  []string{"از صبح آب قطعه و هیچ اطلاعیه‌ای ندادن", "فشار آب خیلی کمه، طبقه دوم آب نمیاد", "آب لوله‌کشی گل‌آلود و بدبوئه", "شیر آب رو باز می‌کنیم فقط هوا میاد", "آب شرب کوچه سه روزه قطع و وصل میشه"},
		short: []string{"آب قطع است"},
		nouns: []string{"قطعی آب شرب", "افت فشار آب"},
		fin:   []string{"ab ghate az sob"}},
	{key: "watertrench", agency: "water", lv: lvAlley, cats: []string{"عمران و معابر", "آسفالت", "حفاری"}, weight: 0.65,
		says: []string{"آبفا برای تعمیر لوله کوچه رو کنده و ترمیم نکرده", "بعد از حفاری آب و فاضلاب جای کندن رو خاکی ول کردن",
			"ترانشه انشعاب فاضلاب هنوز باز مونده و خطرناکه", "اداره آب لوله عوض کرد و جاش رو با خاک پر کرد، الان چاله شده", "کانال‌کنی آب و فاضلاب رو رها کردن، یه ماهه کوچه گل و شله"},
		short: []string{"حفاری آبفا"},
		nouns: []string{"عدم ترمیم حفاری آبفا"},
		fin:   []string{"ab o fazelab kandan tarmim nakardan"}},

	// ---- power ----
	{key: "streetlight", agency: "power", lv: lvStreet, cats: []string{"روشنایی", "روشنایی معابر", "سایر"}, weight: 1.96, big: true,
		says: []string{"چراغ‌های تیر برق خیابون چند شبه خاموشه", "لامپ تیر چراغ برق جلوی خونه سوخته و کوچه تاریکه",
			"روشنایی معابر کار نمی‌کنه و شب‌ها خیابون ترسناکه", "چراغ خیابون روزها روشنه و شب‌ها خاموش!", "تیر چراغ جلوی خونه ما چشمک میزنه و خاموش میشه", "کل تیرهای چراغ این خیابون خاموشه، شب مثل قبرستونه", "لامپ سر تیر سوخته، به برق زنگ زدیم گفتن ثبت کنید"},
		short: []string{"چراغ برق خاموش", "کوچه تاریکه"},
		nouns: []string{"خاموشی چراغ‌های روشنایی معابر"},
		fin:   []string{"cheragh bargh khamoosh ast"}},
	{key: "branchline", agency: "power", lv: lvPoint, cats: []string{"فضای سبز", "هرس درختان"}, weight: 0.78,
		says: []string{"شاخه درخت افتاده روی سیم برق و جرقه میزنه", "شاخه‌های درخت لای سیم‌های برق رفته، با باد اتصالی می‌کنه",
			"درخت کنار تیر برق به کابل‌ها گیر کرده", "با باد دیروز شاخه شکست و افتاد رو سیم‌ها، هنوز همونجاست", "شاخه‌های چنار رفته لای سیم‌های فشار قوی، شب جرقه دیدیم"},
		short: []string{"شاخه روی سیم برق"},
		nouns: []string{"برخورد شاخه درخت با سیم برق"},
		fin:   []string{"shakhe derakht roo sime bargh"}},
	{key: "powercut", agency: "power", lv: lvAlley, cats: []string{"سایر"}, weight: 0.53, burst: true,
		says:  []string{"برق کوچه از دیشب قطعه", "نوسان برق داره وسایل برقی خونه رو می‌سوزونه", "فیوز تیر برق پریده و نصف کوچه برق نداره", "از دیشب خاموشی داریم، یخچال‌ها خراب شد", "برق کوچه هر روز چند بار میره و میاد"},
		short: []string{"برق قطع"},
		nouns: []string{"قطعی برق"},
		fin:   []string{"bargh ghate az dishab"}},
	{key: "transformer", agency: "power", lv: lvPoint, cats: []string{"سایر", "ایمنی"}, weight: 0.39,
		says:  []string{"ترانس برق سر کوچه صدای وز وز بلندی میده و دود کرده", "تیر برق کج شده و ممکنه بیفته", "در جعبه کنتور برق باز مونده و سیم‌ها بیرونه", "سیم برق از تیر آویزون شده تا نزدیک زمین، بچه‌ها بازی می‌کنن", "پست برق سر کوچه صدای انفجار داد و دود کرد"},
		short: []string{"تیر برق کج"},
		nouns: []string{"خطر تیر برق و ترانس"},
		fin:   []string{"tire bargh kaj shode"}},

	// ---- gas ----
	{key: "gassmell", agency: "gas", lv: lvPoint, cats: []string{"سایر", "ایمنی", "حوادث"}, weight: 0.65, burst: true,
		says:  []string{"بوی گاز شدیدی تو کوچه پیچیده", "از لوله گاز کنار دیوار بوی گاز میاد، می‌ترسیم", "بوی گاز از زیر زمین کنار خیابون میاد", "کنار علمک گاز همسایه بوی گاز میاد، کبریت نزدیکش نمیشه برد", "بوی گاز تو راه‌پله ساختمون پیچیده"},
		short: []string{"بوی گاز"},
		nouns: []string{"نشت گاز"},
		fin:   []string{"booye gaz miad"}},
	{key: "gaspipe", agency: "gas", lv: lvPoint, cats: []string{"سایر", "ایمنی"}, weight: 0.33,
		says:  []string{"لوله گاز روکار ساختمون ضربه خورده و خم شده", "علمک گاز جلوی در زنگ زده و شل شده", "کامیون زد به لوله گاز کنار دیوار و کج شده", "رگولاتور گاز ساختمون صدا میده"},
		short: []string{"لوله گاز"},
		nouns: []string{"آسیب‌دیدگی لوله گاز"},
		fin:   []string{"looleye gaz zarbe khorde"}},
	{key: "gastrench", agency: "gas", lv: lvAlley, cats: []string{"عمران و معابر", "آسفالت", "حفاری"}, weight: 0.46,
		says:  []string{"شرکت گاز برای لوله‌کشی کوچه رو کنده و دو ماهه همینطور مونده", "کانال گازکشی رو پر نکردن و کوچه گل‌آلوده", "اداره گاز لوله‌کشی کرد و رفت، خاکش هنوز وسط کوچه است"},
		short: []string{"حفاری گاز"},
		nouns: []string{"عدم ترمیم حفاری شرکت گاز"},
		fin:   []string{"sherkate gaz kandan"}},

	// ---- telecom ----
	{key: "landline", agency: "telecom", lv: lvAlley, cats: []string{"سایر"}, weight: 0.53,
		says:  []string{"تلفن ثابت یک هفته است قطعه و اینترنت هم نداریم", "خط تلفن نویز داره و ADSL مدام قطع میشه", "کل کوچه تلفن‌هاشون قطع شده", "خط تلفن خونه بوق نمیزنه، مخابرات جواب نمیده", "اینترنت خانگی کل ساختمون از پریروز قطعه"},
		short: []string{"تلفن قطع"},
		nouns: []string{"قطعی تلفن ثابت و اینترنت"},
		fin:   []string{"telefon sabet ghate internet nadarim"}},
	{key: "telbox", agency: "telecom", lv: lvPoint, cats: []string{"سایر", "ایمنی"}, weight: 0.33,
		says:  []string{"در کافوی مخابرات باز مونده و سیم‌ها بیرون ریخته", "کابل مخابرات از تیر آویزون شده تا پایین", "جعبه تقسیم مخابرات سر کوچه شکسته و درش افتاده"},
		short: []string{"کافو مخابرات"},
		nouns: []string{"باز بودن کافوی مخابراتی"},
		fin:   []string{"kafoo mokhaberat baz mande"}},
	{key: "teltrench", agency: "telecom", lv: lvAlley, cats: []string{"عمران و معابر", "حفاری"}, weight: 0.26,
		says:  []string{"مخابرات برای فیبر نوری پیاده‌رو رو کنده و ترمیم نکرده", "حفاری فیبر نوری وسط کوچه همینطور رها شده"},
		short: []string{"حفاری فیبر"},
		nouns: []string{"عدم ترمیم حفاری مخابرات"},
		fin:   []string{"fibre nori kandan"}},

	// ---- police ----
	{key: "blockcar", agency: "police", lv: lvAlley, cats: []string{"ترافیک", "سد معبر", "سایر"}, weight: 0.99,
		says: []string{"یه ماشین چند روزه جلوی پارکینگ پارک کرده و نمی‌تونیم بیرون بیایم", "ماشین‌ها دوبله پارک می‌کنن و کوچه بسته میشه",
			"یه وانت جلوی در پارکینگ ما پارک کرده و صاحبش پیدا نیست", "همسایه روبرو همیشه ماشینش رو جلوی در ما میذاره", "ماشین‌های مهمونای تالار کل کوچه رو بستن، آمبولانس نمی‌تونه رد بشه"},
		short: []string{"ماشین جلوی پارکینگ"},
		nouns: []string{"پارک خودرو مقابل درب پارکینگ"},
		fin:   []string{"mashin jolooye parking park karde"}},
	{key: "neighnoise", agency: "police", lv: lvPoint, cats: []string{"سایر", "مزاحمت"}, weight: 0.65,
		says: []string{"همسایه هر شب تا ساعت ۳ صبح مهمونی داره و صدای موزیک بلنده", "داد و بیداد و دعوای همسایه‌ها هر شب ادامه داره",
			"جوون‌ها شب‌ها تو کوچه جمع میشن و سر و صدا می‌کنن", "طبقه بالا هر شب تا دیروقت پارتی دارن", "سگ همسایه تو حیاط از شب تا صبح پارس می‌کنه و صاحبش اهمیت نمیده"},
		short: []string{"مزاحمت همسایه"},
		nouns: []string{"مزاحمت صوتی همسایه"},
		fin:   []string{"hamsaye shab ha sar o seda mikone"}},
	{key: "motorbike", agency: "police", lv: lvStreet, cats: []string{"ترافیک", "سایر"}, weight: 0.53,
		says:  []string{"موتورسوارها شب‌ها با اگزوز بدون صدا خفه‌کن ویراژ میدن", "موتوری‌ها تک‌چرخ میزنن و مزاحم مردم میشن", "شب‌ها ماشین‌ها تو خیابون کورس میذارن و دور دور می‌کنن"},
		short: []string{"ویراژ موتور"},
		nouns: []string{"مزاحمت موتورسواران"},
		fin:   []string{"motori ha viraj midan"}},

	// ---- other agencies ----
	{key: "hygiene", agency: "other", lv: lvPoint, cats: []string{"سایر", "بهداشت"}, weight: 0.39,
		says:  []string{"فست‌فودی سر خیابون بهداشت رو رعایت نمی‌کنه، مسموم شدیم", "قصابی گوشت رو بیرون و بدون یخچال گذاشته", "نانوایی نون رو کم‌وزن میده و کارگرش دستکش نداره", "ساندویچی سر کوچه روغنش رو عوض نمی‌کنه، بوی سوختگی میاد"},
		short: []string{"بهداشت رستوران"},
		nouns: []string{"عدم رعایت بهداشت صنفی"},
		fin:   []string{"fast food behdasht nadare"}},
	{key: "school", agency: "other", lv: lvPoint, cats: []string{"سایر"}, weight: 0.26,
		says:  []string{"مدرسه بچه‌ها بخاری نداره و کلاس‌ها سرده", "مدیر مدرسه شهریه اجباری می‌گیره", "مدرسه سرویس بهداشتی درست نداره و آموزش و پرورش جواب نمیده"},
		short: []string{"مشکل مدرسه"},
		nouns: []string{"مشکلات آموزشی مدرسه"},
		fin:   []string{"madrese bokhari nadare"}},
	{key: "pension", agency: "other", lv: lvPoint, cats: []string{"سایر"}, weight: 0.26,
		says:  []string{"حقوق بازنشستگی پدرم سه ماهه واریز نشده", "بیمه تامین اجتماعی دفترچه رو تمدید نمی‌کنه", "خودپرداز بانک چند روزه خرابه", "یارانه ما قطع شده و جایی جواب نمیده", "اداره بیمه پرونده پدرم رو گم کرده"},
		short: []string{"حقوق بازنشستگی"},
		nouns: []string{"مشکل حقوق بازنشستگی"},
		fin:   []string{"hoghoogh bazneshastegi variz nashode"}},
}

func problemByKey(k string) *problem {
	for _, p := range problems {
		if p.key == k {
			return p
		}
	}
	return nil
}

// vagueCats are what an operator picks when in a hurry, or what the app's menu offers
// for everything it does not list.
var vagueCats = []string{"سایر", "سایر", "متفرقه", "عمومی"}

// oldCodes are the old system's category codes, typed as operators remembered them.
var oldCodes = []string{"ع-۱۲ عمران", "خ ش ۰۴", "خدمات-۰۲", "ف س ۳", "ش س ۱۱", "کد ۲۰۳", "ع۱۲", "خ.ش-۷", "سایر/۹۹", "م ع ۵"}

// asides are words of another agency that a municipal complaint names in passing; the
// request stays the municipality's.
var asides = []string{
	"قبلا آب و فاضلاب اینجا رو کنده بود ولی ربطی به این موضوع نداره",
	"برق هم یه بار قطع شد اما مشکل اصلی همینه که گفتم",
	"از اداره گاز که رد میشی سمت راست",
	"کنار پست برق",
	"پشت ساختمون مخابرات",
	"نزدیک کلانتری",
	"با پلیس هم تماس گرفتیم گفتن کار شهرداریه",
	"آبفا گفته مربوط به ما نیست و شهرداری باید بیاد",
	"روبروی اداره آب",
	"ماشین‌ها هم که دور میزنن گیر می‌کنن",
}
