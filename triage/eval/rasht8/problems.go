package rasht8

// level is the size of the place a problem belongs to: one alley's asphalt, one avenue's
// lights, one park's swings, one neighbourhood's power cut.
type level int

const (
	atAlley level = iota
	atStreet
	atPark
	atHood
	atMark // in front of a shop or an institution
)

// sizeClass says how a problem's reports pile up.
type sizeClass int

const (
	chronic  sizeClass = iota // asphalt, rubbish: a long tail, some huge
	ordinary                  // most things
	burst                     // many people within hours (a burst main, a power cut)
	personal                  // one person's own matter
)

// The operator's category menu. Operators and the app's menu use these words; for other
// agencies the menu has only «سایر دستگاه‌ها» and «سایر», so operators often pick the
// municipal category that looks closest.
const (
	catAsphalt  = "آسفالت و ترمیم معابر"
	catWaste    = "پسماند و نظافت شهری"
	catGreen    = "فضای سبز"
	catLight    = "روشنایی معابر"
	catRain     = "آب‌های سطحی و جداول"
	catObstruct = "سد معبر"
	catAnimal   = "حیوانات و بهداشت محیط"
	catBuild    = "ساخت و ساز و نخاله"
	catTraffic  = "ترافیک و حمل و نقل"
	catSidewalk = "پیاده‌رو"
	catPark     = "پارک و بوستان"
	catOther    = "سایر"
	catOutside  = "سایر دستگاه‌ها"
	catUtility  = "تاسیسات شهری"
)

var allCats = []string{catAsphalt, catWaste, catGreen, catLight, catRain, catObstruct, catAnimal,
	catBuild, catTraffic, catSidewalk, catPark, catOther, catOutside, catUtility}

type problem struct {
	key    string
	agency string
	lvl    level
	class  sizeClass
	weight float64
	cats   []string // what a careful operator would choose, first the likeliest
	// says are the citizen's sentences; {P} is the place, said or pointed at («کوچه ما»).
	says []string
	// more are details, consequences, complaints; no place in them.
	more []string
	// noun and act feed operator summaries: «شهروند از {noun} در {P} گلایه دارد».
	noun []string
	act  []string
	fing []string // Finglish, {P} is a Latin place
	mark string   // for atMark: the landmark kind needed
}

var problems = []*problem{
	{key: "asphalt", agency: "municipality", lvl: atAlley, class: chronic, weight: 14,
		cats: []string{catAsphalt, catAsphalt, catSidewalk, catTraffic},
		says: []string{"{P} آسفالتش کلا از بین رفته", "{P} پر از چاله‌ست", "چاله‌های {P} رو کی پر می‌کنید؟",
			"آسفالت {P} ترک خورده و گود افتاده", "وسط {P} یه چاله بزرگ هست که شبا دیده نمیشه",
			"از بس {P} چاله داره نمیشه با ماشین رد شد", "{P} هنوز خاکیه، چند ساله قول آسفالت دادید",
			"{P} خرابه", "وضعیت {P} افتضاحه", "آسفالت {P} نشست کرده", "{P} با یه بارون میشه گل و شل چون آسفالت نداره",
			"لطفا {P} رو لکه‌گیری کنید", "کف {P} داغونه"},
		more: []string{"کمک فنر ماشینم خراب شد", "یه موتوری دیروز همینجا زمین خورد", "بچه‌ها موقع مدرسه رفتن می‌افتن",
			"سالمندا نمی‌تونن راه برن", "آب بارون تو چاله‌ها جمع میشه", "لاستیک ماشینم پاره شد",
			"چند بار گفتیم هیچکس نیومد", "تاکسی‌ها دیگه نمیان داخل"},
		noun: []string{"خرابی آسفالت", "وجود چاله در معبر", "وضعیت نامناسب آسفالت", "تخریب آسفالت"},
		act:  []string{"ترمیم آسفالت", "لکه‌گیری و آسفالت", "ترمیم چاله‌ها"},
		fing: []string{"{P} asfaltesh kharabe", "{P} por az chaleh hast", "asfalt {P} kharab shode lotfan dorost konid"}},
	{key: "waste", agency: "municipality", lvl: atAlley, class: chronic, weight: 11,
		cats: []string{catWaste, catWaste, catAnimal},
		says: []string{"زباله‌های {P} چند روزه جمع نشده", "ماشین زباله {P} نمیاد", "سطل زباله {P} پر شده و ریخته بیرون",
			"گربه‌ها کیسه‌های زباله {P} رو پاره کردن و همه جا پخش شده", "{P} شده زباله‌دونی",
			"کیسه‌های آشغال {P} تلنبار شده", "پاکبان چند روزه {P} نیومده", "بوی زباله {P} تا خونه‌ها میاد", "{P} آشغال پور بوسته"},
		more: []string{"بوی تعفن همه جا رو گرفته", "مگس و موش زیاد شده", "بچه‌ها مریض میشن",
			"همسایه‌ها زباله رو وسط روز میذارن بیرون", "شیرابه زباله راه افتاده تو کوچه", "سگ‌ها میان سراغش"},
		noun: []string{"عدم جمع‌آوری زباله", "انباشت پسماند", "تجمع زباله"},
		act:  []string{"جمع‌آوری زباله", "جمع‌آوری پسماند"},
		fing: []string{"ashghalaye {P} jam nashode", "mashin zobale {P} nemiad"}},
	{key: "bin", agency: "municipality", lvl: atAlley, class: ordinary, weight: 3,
		cats: []string{catWaste, catOther},
		says: []string{"سطل زباله {P} رو بردن و دیگه نیاوردن", "مخزن زباله {P} شکسته و چرخش در رفته",
			"{P} مخزن زباله نداره", "یه مخزن زباله برای {P} بذارید", "درب مخزن زباله {P} کنده شده"},
		more: []string{"مردم زباله رو رو زمین میذارن", "باد کیسه‌ها رو می‌بره", "قبلا درخواست داده بودم"},
		noun: []string{"نبود مخزن زباله", "خرابی مخزن زباله"},
		act:  []string{"نصب مخزن زباله", "تعویض مخزن زباله"}},
	{key: "sweep", agency: "municipality", lvl: atStreet, class: ordinary, weight: 4,
		cats: []string{catWaste, catWaste, catOther},
		says: []string{"{P} رو هفته‌هاست جارو نکردن", "برگ و خاک {P} رو کسی جمع نمی‌کنه", "{P} خیلی کثیفه",
			"رفتگر {P} دیگه نمیاد", "پیاده‌روهای {P} پر از برگ و آشغاله"},
		more: []string{"برگا تو جوی میره و جوی رو می‌گیره", "ظاهر محل زشت شده", "خاکش میره تو خونه‌ها"},
		noun: []string{"عدم نظافت معبر", "عدم رفت و روب"},
		act:  []string{"رفت و روب", "نظافت معبر"}},
	{key: "channel", agency: "municipality", lvl: atAlley, class: chronic, weight: 7,
		cats: []string{catRain, catRain, catUtility, catWaste},
		says: []string{"جوی {P} گرفته و با هر بارون آب میاد بالا", "دریچه آب باران {P} پر از برگ و آشغاله",
			"جدول‌های {P} پر از لجن و خاکه، لایروبی کنید", "آب جوی {P} راه نداره و می‌مونه", "کانال آب بارون {P} مسدوده",
			"جوی {P} رو پر کردن و آب بارون نمیره", "آب بارون تو جوی {P} بالا زده"},
		more: []string{"آب بارونه، فاضلاب نیست", "هر بار بارون میاد همین وضعه", "بوی لجن میاد", "پشه زیاد شده",
			"آب تا وسط کوچه میاد"},
		noun: []string{"انسداد جوی آب", "گرفتگی کانال آب‌های سطحی", "عدم لایروبی جوی"},
		act:  []string{"لایروبی جوی", "بازگشایی کانال آب‌های سطحی"},
		fing: []string{"jooye {P} gerefte", "joob {P} por az ashghal"}},
	{key: "flood", agency: "municipality", lvl: atAlley, class: ordinary, weight: 3,
		cats: []string{catRain, catRain, catAsphalt, catOther},
		says: []string{"با این وارش {P} دریاچه شده", "{P} آبگرفتگی شدید داره، آب تا در خونه‌ها اومده",
			"آب بارون {P} راه نداره بره", "{P} رو آب برداشته", "از صبح که بارون گرفته {P} زیر آبه",
			"آب بارون رفته تو پارکینگ‌های {P}", "وارش بامو، {P} آب بیگیفته"},
		more: []string{"ماشینا تو آب موندن", "زیرزمین خونه‌ها آب گرفته", "بچه‌ها نمی‌تونن برن مدرسه",
			"پمپ بیارید", "آب بارونه، تمیزه ولی زیاده"},
		noun: []string{"آبگرفتگی معبر", "تجمع آب‌های سطحی"},
		act:  []string{"تخلیه آب‌های سطحی", "رفع آبگرفتگی"},
		fing: []string{"{P} ab gerefte", "{P} zire abe"}},
	{key: "prune", agency: "municipality", lvl: atAlley, class: ordinary, weight: 4,
		cats: []string{catGreen, catGreen, catOther},
		says: []string{"شاخه‌های درخت {P} رو بزنید، جلوی دید رو گرفته", "درخت {P} کج شده رو خونه ما، می‌ترسیم بیفته",
			"هرس درختای {P} رو کی انجام میدید؟", "درخت چنار {P} خیلی بلند شده و ریشه‌هاش دیوار رو شکسته",
			"شاخه‌های خشک درخت {P} داره میفته", "درختای {P} نیاز به هرس دارن"},
		more: []string{"برگاش تو ناودون میره", "سایه‌ش نمیذاره نور بیاد", "با باد ممکنه بشکنه",
			"البته به سیم برق نمیرسه ولی خطرناکه", "شاخه‌ها رو ماشینا می‌افته"},
		noun: []string{"نیاز به هرس درخت", "خطر سقوط درخت"},
		act:  []string{"هرس درختان", "کف‌بر کردن درخت خشک"}},
	{key: "felltree", agency: "municipality", lvl: atAlley, class: burst, weight: 1,
		cats: []string{catGreen, catGreen, catOther},
		says: []string{"درخت {P} با باد افتاده وسط کوچه و راه بسته‌ست", "یه درخت بزرگ {P} شکسته افتاده رو ماشین",
			"درخت {P} از ریشه دراومده افتاده", "شاخه بزرگ درخت {P} شکسته و راه رو بسته"},
		more: []string{"کسی آسیب ندیده خداروشکر", "ماشین همسایه له شد", "نمیشه رد شد", "سریع بیاید"},
		noun: []string{"سقوط درخت", "شکستگی درخت"},
		act:  []string{"جمع‌آوری درخت افتاده"}},
	{key: "parklight", agency: "municipality", lvl: atPark, class: ordinary, weight: 3,
		cats: []string{catPark, catLight, catGreen},
		says: []string{"چراغ‌های {P} خاموشه، شبا تاریکه", "روشنایی داخل {P} خرابه", "لامپای {P} سوخته",
			"نورپردازی {P} چند هفته‌ست کار نمی‌کنه", "{P} شبا تاریکه چون چراغاش روشن نمیشه"},
		more: []string{"خانواده‌ها دیگه نمیان", "معتادا جمع میشن", "امنیت نداره", "بچه‌ها میترسن"},
		noun: []string{"خاموشی چراغ‌های پارک", "نقص روشنایی بوستان"},
		act:  []string{"تعمیر روشنایی پارک"}},
	{key: "parkkit", agency: "municipality", lvl: atPark, class: ordinary, weight: 3,
		cats: []string{catPark, catGreen, catOther},
		says: []string{"تاب و سرسره {P} شکسته", "وسایل ورزشی {P} خرابه", "نیمکتای {P} شکسته", "آبخوری {P} کار نمی‌کنه",
			"سرویس بهداشتی {P} کثیفه و درش شکسته", "زمین بازی {P} خطرناک شده"},
		more: []string{"بچه‌ها آسیب می‌بینن", "یه بچه دستش برید", "پیچ‌هاش بیرون زده", "مدتیه همینطوره"},
		noun: []string{"خرابی وسایل پارک", "وضعیت نامناسب تجهیزات بوستان"},
		act:  []string{"تعمیر وسایل بازی پارک"}},
	{key: "dogs", agency: "municipality", lvl: atAlley, class: ordinary, weight: 4,
		cats: []string{catAnimal, catAnimal, catOther},
		says: []string{"سگ‌های ولگرد {P} به بچه‌ها حمله می‌کنن", "چند تا سگ ولگرد شبا {P} پارس می‌کنن و نمیشه رد شد",
			"یه گله سگ تو {P} جمع شدن", "سگای بی‌صاحب {P} دنبال مردم میکنن"},
		more: []string{"دخترم از ترس نمیره مدرسه", "یکی رو گاز گرفتن", "صبح زود نمیشه رفت نونوایی", "تعدادشون زیاد شده"},
		noun: []string{"حضور سگ‌های بلاصاحب", "سگ‌های ولگرد"},
		act:  []string{"جمع‌آوری سگ‌های ولگرد", "ساماندهی حیوانات بلاصاحب"},
		fing: []string{"sag haye velgard {P} ziad shode"}},
	{key: "carcass", agency: "municipality", lvl: atAlley, class: ordinary, weight: 1.5,
		cats: []string{catAnimal, catWaste},
		says: []string{"یه گربه مرده {P} افتاده، بیاید جمع کنید", "لاشه سگ {P} مونده و بو گرفته", "لاشه یه حیوون وسط {P} افتاده"},
		more: []string{"از دیروز همینجاست", "بوش داره اذیت میکنه"},
		noun: []string{"وجود لاشه حیوان"},
		act:  []string{"جمع‌آوری لاشه حیوان"}},
	{key: "rubble", agency: "municipality", lvl: atAlley, class: ordinary, weight: 4,
		cats: []string{catBuild, catBuild, catWaste},
		says: []string{"نخاله ساختمانی {P} ریختن و رفتن", "یه ساختمون {P} داره ساخته میشه، مصالحش رو ریختن وسط کوچه",
			"کامیون شبانه خاک و نخاله آورد {P} خالی کرد", "آجر و شن {P} رو بسته"},
		more: []string{"ماشین رد نمیشه", "آب بارون نمیتونه بره", "چند هفته‌ست همینطوره", "گرد و خاکش میره تو خونه‌ها"},
		noun: []string{"تخلیه نخاله", "رهاسازی مصالح ساختمانی در معبر"},
		act:  []string{"جمع‌آوری نخاله", "برخورد با تخلیه غیرمجاز نخاله"}},
	{key: "building", agency: "municipality", lvl: atAlley, class: ordinary, weight: 3,
		cats: []string{catBuild, catBuild, catOther},
		says: []string{"ساختمون در حال ساخت {P} تا نصفه شب کار میکنه، صدای دستگاه نمیذاره بخوابیم",
			"ساخت و ساز غیرمجاز {P}، دارن طبقه اضافه میسازن", "کارگاه ساختمانی {P} از شش صبح سر و صدا داره",
			"همسایه {P} بدون مجوز دیوار رو برداشته و داره مغازه میسازه", "بتن‌ریزی ساختمون {P} شبا انجام میشه"},
		more: []string{"مجوز ندارن", "ساعت کارشون رعایت نمیشه", "ترک افتاده به دیوار ما", "چند بار تذکر دادیم"},
		noun: []string{"ساخت و ساز غیرمجاز", "مزاحمت کارگاه ساختمانی"},
		act:  []string{"بررسی ساخت و ساز", "اعزام بازرس ساختمانی"}},
	{key: "goods", agency: "municipality", lvl: atMark, class: ordinary, weight: 3, mark: "shop",
		cats: []string{catObstruct, catObstruct, catSidewalk, catTraffic},
		says: []string{"مغازه‌دارای {P} اجناسشونو تو پیاده‌رو چیدن و نمیشه رد شد", "{P} کل پیاده‌رو رو گرفته",
			"جعبه‌های میوه {P} پیاده‌رو رو بسته", "دست‌فروشا {P} پیاده‌رو رو اشغال کردن"},
		more: []string{"با کالسکه مجبوریم بریم تو خیابون", "خطرناکه", "هر روز همینه"},
		noun: []string{"سد معبر", "اشغال پیاده‌رو توسط کسبه"},
		act:  []string{"رفع سد معبر"}},
	{key: "pavement", agency: "municipality", lvl: atStreet, class: ordinary, weight: 3,
		cats: []string{catSidewalk, catAsphalt, catOther},
		says: []string{"موزاییک‌های پیاده‌رو {P} شکسته", "پیاده‌روی {P} بالا پایینه", "جدول کنار پیاده‌روی {P} خراب شده",
			"سنگفرش پیاده‌روی {P} کنده شده"},
		more: []string{"یه خانم مسن زمین خورد", "با ویلچر نمیشه رد شد", "شبا پا آدم گیر میکنه"},
		noun: []string{"خرابی پیاده‌رو"},
		act:  []string{"ترمیم پیاده‌رو"}},
	{key: "bump", agency: "municipality", lvl: atAlley, class: ordinary, weight: 2,
		cats: []string{catTraffic, catAsphalt},
		says: []string{"سرعت ماشینا {P} زیاده، یه سرعت‌گیر بذارید", "سرعت‌گیر {P} خراب شده", "برای {P} سرعت‌گیر لازمه"},
		more: []string{"بچه‌ها تو کوچه بازی میکنن", "نزدیک بود تصادف بشه", "مدرسه نزدیکه"},
		noun: []string{"نیاز به سرعت‌گیر"},
		act:  []string{"نصب سرعت‌گیر"}},
	{key: "pests", agency: "municipality", lvl: atAlley, class: ordinary, weight: 2,
		cats: []string{catAnimal, catWaste},
		says: []string{"پشه و مگس {P} زیاد شده، سم‌پاشی کنید", "موشای {P} زیاد شدن", "سوسک از جوی {P} میاد بیرون"},
		more: []string{"شبا نمیشه خوابید", "بچه‌ها رو نیش میزنه", "سال قبل سم‌پاشی کردید"},
		noun: []string{"نیاز به سم‌پاشی"},
		act:  []string{"سم‌پاشی"}},
	// the bus company and the taxi office belong to the municipality in Rasht
	{key: "busstop", agency: "municipality", lvl: atStreet, class: ordinary, weight: 1.2,
		cats: []string{catTraffic, catTraffic, catOther},
		says: []string{"سقف ایستگاه اتوبوس {P} شکسته", "اتوبوسای خط {P} دیر به دیر میان", "ایستگاه تاکسی {P} رو جابجا کردن و مردم سرگردونن",
			"نیمکت ایستگاه اتوبوس {P} کنده شده", "تابلوی ایستگاه اتوبوس {P} افتاده"},
		more: []string{"زیر بارون باید وایسیم", "سالمندا اذیت میشن", "یه ساعت منتظر موندیم"},
		noun: []string{"خرابی ایستگاه اتوبوس", "نامنظمی ناوگان اتوبوسرانی"},
		act:  []string{"تعمیر ایستگاه اتوبوس", "پیگیری سازمان اتوبوسرانی"}},
	// municipal complaints whose text names another agency's thing in passing
	{key: "waste-by-pole", agency: "municipality", lvl: atAlley, class: ordinary, weight: 1.5,
		cats: []string{catWaste, catOther},
		says: []string{"کنار تیر برق {P} زباله می‌ریزن و کسی جمع نمی‌کنه", "پای تیر برق {P} شده محل زباله",
			"جلوی کافوی مخابرات {P} آشغال تلنبار شده", "کنار علمک گاز {P} نخاله و زباله ریختن"},
		more: []string{"بوی بد میده", "چند روزه همینجاست"},
		noun: []string{"تجمع زباله کنار تیر برق"},
		act:  []string{"جمع‌آوری زباله"}},

	// water and sewage company (آبفا)
	{key: "sewage", agency: "water", lvl: atAlley, class: ordinary, weight: 3.5,
		cats: []string{catRain, catOutside, catUtility, catOther},
		says: []string{"فاضلاب {P} زده بیرون و بوی گندش همه جا رو برداشته", "منهول فاضلاب {P} پس زده",
			"لوله فاضلاب {P} گرفته و آب کثیف تو کوچه راه افتاده", "آدم‌رو فاضلاب {P} سر ریز کرده",
			"فاضلاب شهری {P} بالا اومده", "از دریچه فاضلاب {P} آب سیاه میاد بیرون"},
		more: []string{"این آب بارون نیست، فاضلابه", "بوی تعفن غیرقابل تحمله", "رفته تو حیاط خونه‌ها",
			"به آبفا زنگ زدیم گفتن به ۱۳۷ بگید", "بچه‌ها مریض شدن"},
		noun: []string{"سرریز فاضلاب", "گرفتگی شبکه فاضلاب"},
		act:  []string{"رفع گرفتگی فاضلاب"},
		fing: []string{"fazelab {P} zade biroon"}},
	{key: "main", agency: "water", lvl: atStreet, class: burst, weight: 1,
		cats: []string{catRain, catOutside, catUtility, catAsphalt},
		says: []string{"لوله آب {P} ترکیده و آب داره هدر میره", "آب از زیر آسفالت {P} فوران میکنه",
			"شکستگی لوله آب شهری {P}", "لوله اصلی آب {P} شکسته و خیابون رو آب برداشته", "آب لوله کشی {P} مثل چشمه داره میزنه بیرون"},
		more: []string{"آسفالت رو شسته برده", "آب خونه‌ها هم قطع شده", "یه ساعته داره آب میره", "مثل رودخونه شده"},
		noun: []string{"شکستگی لوله آب", "نشت لوله آب شرب"},
		act:  []string{"تعمیر لوله آب"}},
	{key: "nowater", agency: "water", lvl: atHood, class: burst, weight: 0.8,
		cats: []string{catOutside, catOther, catUtility},
		says: []string{"آب {P} از صبح قطعه", "فشار آب {P} خیلی کمه و طبقه بالا آب نمیرسه", "آب لوله‌کشی {P} گل‌آلوده",
			"چرا آب {P} بدون اطلاع قطع میشه؟"},
		more: []string{"هیچ اطلاع‌رسانی نشده", "مهمون داریم", "سه روزه همینه"},
		noun: []string{"قطعی آب", "افت فشار آب"},
		act:  []string{"پیگیری قطعی آب"}},
	{key: "watertrench", agency: "water", lvl: atStreet, class: ordinary, weight: 1.2,
		cats: []string{catAsphalt, catOutside, catUtility},
		says: []string{"آبفا {P} رو کنده و همینطور رها کرده", "بعد از تعمیر لوله آب، جای کندن {P} رو پر نکردن",
			"ترانشه آب و فاضلاب {P} باز مونده", "شرکت آب {P} رو برای لوله‌گذاری کنده و رفته"},
		more: []string{"ماشین افتاد توش", "خاکش ریخته وسط خیابون", "یه ماهه همینه", "شب‌ها علامت نداره"},
		noun: []string{"حفاری رهاشده آبفا", "ترانشه ترمیم‌نشده شرکت آب"},
		act:  []string{"ترمیم حفاری آبفا"}},

	// power distribution, street lights included
	{key: "streetlight", agency: "power", lvl: atStreet, class: ordinary, weight: 4,
		cats: []string{catLight, catLight, catOutside},
		says: []string{"چراغ‌های {P} خاموشه، شبا تاریکه", "لامپ تیر چراغ برق {P} سوخته", "روشنایی معبر {P} چند شبه قطعه",
			"چراغ برق {P} روزا روشنه شبا خاموش", "{P} شبا مثل قبرستون تاریکه، چراغا کار نمیکنه"},
		more: []string{"زنا شبا میترسن رد بشن", "دزدی زیاد شده", "قبلا هم گزارش دادم"},
		noun: []string{"خاموشی چراغ‌های معابر", "نقص روشنایی معبر"},
		act:  []string{"تعمیر روشنایی معبر"},
		fing: []string{"cheragh haye {P} khamooshe"}},
	{key: "outage", agency: "power", lvl: atHood, class: burst, weight: 0.8,
		cats: []string{catOutside, catLight, catOther},
		says: []string{"برق {P} قطع شده", "برق {P} همش قطع و وصل میشه", "دو ساعته برق {P} رفته", "چرا برق {P} بی‌خبر قطع میشه"},
		more: []string{"یخچالمون خراب شد", "وسایل برقی سوخت", "بیمار با دستگاه اکسیژن داریم", "هیچکس جواب نمیده"},
		noun: []string{"قطعی برق"},
		act:  []string{"پیگیری قطعی برق"}},
	{key: "branchline", agency: "power", lvl: atAlley, class: ordinary, weight: 1.5,
		cats: []string{catGreen, catGreen, catOutside, catLight},
		says: []string{"شاخه درخت {P} افتاده رو سیم برق و جرقه میزنه", "شاخه‌ها با سیم‌های برق {P} درگیرن",
			"درخت {P} رفته لای سیمای برق و با باد جرقه میده", "شاخه درخت روی کابل برق {P} افتاده"},
		more: []string{"خیلی خطرناکه", "برق هم قطع و وصل میشه", "دیشب صدای انفجار اومد"},
		noun: []string{"برخورد شاخه با شبکه برق"},
		act:  []string{"قطع شاخه‌های درگیر با سیم برق"}},
	{key: "pole", agency: "power", lvl: atAlley, class: ordinary, weight: 1,
		cats: []string{catLight, catOutside, catOther},
		says: []string{"تیر برق {P} کج شده و داره میفته", "سیم برق {P} آویزون شده تا نزدیک زمین", "جعبه فیوز تیر برق {P} بازه"},
		more: []string{"بچه‌ها رد میشن", "خطر برق‌گرفتگی داره"},
		noun: []string{"خطر تیر برق", "آویزان بودن سیم برق"},
		act:  []string{"ایمن‌سازی شبکه برق"}},

	// gas
	{key: "gassmell", agency: "gas", lvl: atAlley, class: burst, weight: 1,
		cats: []string{catOutside, catOther, catUtility},
		says: []string{"بوی گاز {P} میاد، خیلی شدیده", "نشت گاز {P}", "لوله گاز {P} نشتی داره و بو میده", "بوی شدید گاز تو {P} پیچیده"},
		more: []string{"به ۱۹۴ هم زنگ زدیم", "می‌ترسیم اتفاقی بیفته", "از دیشب بو میاد"},
		noun: []string{"نشت گاز"},
		act:  []string{"بررسی نشت گاز"}},
	{key: "gastrench", agency: "gas", lvl: atStreet, class: ordinary, weight: 0.8,
		cats: []string{catAsphalt, catOutside, catUtility},
		says: []string{"شرکت گاز {P} رو برای لوله‌کشی کنده و رفته", "کانال گازکشی {P} باز مونده", "گازرسانی {P} رو کندن و آسفالتش رو درست نکردن"},
		more: []string{"لوله‌ها هنوز بیرونه", "ماشین نمیتونه رد بشه", "شب خطرناکه"},
		noun: []string{"حفاری رهاشده شرکت گاز"},
		act:  []string{"ترمیم حفاری گاز"}},

	// telecom
	{key: "phone", agency: "telecom", lvl: atAlley, class: ordinary, weight: 1.5,
		cats: []string{catOutside, catOther},
		says: []string{"تلفن ثابت {P} یه هفته‌ست قطعه", "اینترنت ADSL {P} قطعه", "خط تلفن‌های {P} بوق نداره", "تلفن و اینترنت {P} از بارون دیروز قطع شده"},
		more: []string{"به ۱۱۷ زنگ زدم جواب ندادن", "کار و کاسبیمون خوابیده", "بچه‌ها کلاس آنلاین دارن"},
		noun: []string{"قطعی تلفن ثابت", "قطعی اینترنت"},
		act:  []string{"پیگیری قطعی خط تلفن"}},
	{key: "cabinet", agency: "telecom", lvl: atStreet, class: ordinary, weight: 0.6,
		cats: []string{catOutside, catOther, catUtility},
		says: []string{"در کافوی مخابرات {P} بازه و سیم‌ها بیرونه", "مخابرات برای فیبر نوری {P} رو کنده و رها کرده",
			"کابل مخابرات {P} پاره شده و رو زمینه"},
		more: []string{"بچه‌ها باهاش بازی میکنن", "چند هفته‌ست همینه"},
		noun: []string{"خرابی تاسیسات مخابرات"},
		act:  []string{"رسیدگی مخابرات"}},

	// police
	{key: "blocked", agency: "police", lvl: atAlley, class: ordinary, weight: 2.5,
		cats: []string{catTraffic, catObstruct, catOther},
		says: []string{"یه ماشین جلوی پارکینگ ما {P} پارک کرده و نمیتونیم بیرون بیایم", "ماشینای مسافرکش {P} رو بستن",
			"یه پراید چند روزه ورودی {P} رو بسته", "هر شب ماشینا دوبله پارک میکنن و {P} بسته میشه"},
		more: []string{"بیمار داریم باید ببریم دکتر", "صاحبش پیدا نیست", "آمبولانس نمیتونه بیاد"},
		noun: []string{"پارک مزاحم خودرو", "سد معبر توسط خودرو"},
		act:  []string{"رفع پارک مزاحم"}},
	{key: "noise", agency: "police", lvl: atAlley, class: ordinary, weight: 2,
		cats: []string{catOther, catBuild, catOutside},
		says: []string{"همسایه {P} هر شب تا صبح مهمونی داره و صدای آهنگش نمیذاره بخوابیم", "موتورسوارا شبا {P} ویراژ میدن",
			"جوونا شبا {P} جمع میشن و داد و بیداد میکنن", "یه عده شبا {P} دعوا راه میندازن"},
		more: []string{"ساعت دو نصف شبه", "چند بار تذکر دادیم فایده نداره", "بچه کوچیک داریم", "نمیشه زنگ زد ۱۱۰؟"},
		noun: []string{"مزاحمت صوتی شبانه", "ایجاد مزاحمت"},
		act:  []string{"برخورد با مزاحمت"}},
	{key: "addicts", agency: "police", lvl: atMark, class: ordinary, weight: 0.8, mark: "any",
		cats: []string{catOther, catOutside},
		says: []string{"معتادها شبا {P} جمع میشن", "کنار {P} مواد فروشی میشه", "افراد مشکوک {P} پرسه میزنن"},
		more: []string{"سرنگ رو زمین ریخته", "خانما میترسن", "امنیت نداریم"},
		noun: []string{"تجمع افراد مشکوک"},
		act:  []string{"برخورد انتظامی"}},

	// other bodies: guilds, health, education, pensions
	{key: "bakery", agency: "other", lvl: atMark, class: ordinary, weight: 1.5, mark: "نانوایی",
		cats: []string{catOther, catOutside},
		says: []string{"{P} نون رو خمیر میده و کم‌فروشی میکنه", "{P} قیمت نون رو خودسر بالا برده", "{P} ساعت کارش رو رعایت نمیکنه و نون نمیده"},
		more: []string{"صف طولانی میشه", "چند بار تذکر دادیم"},
		noun: []string{"تخلف نانوایی"},
		act:  []string{"بازرسی نانوایی"}},
	{key: "hygiene", agency: "other", lvl: atMark, class: ordinary, weight: 1.2, mark: "shop",
		cats: []string{catOther, catAnimal, catOutside},
		says: []string{"{P} بهداشت رو رعایت نمیکنه", "{P} جنس تاریخ گذشته میفروشه", "تو {P} موش دیدم، بهداشت نیست"},
		more: []string{"بچه‌م مسموم شد", "بازرس بفرستید"},
		noun: []string{"عدم رعایت بهداشت صنفی"},
		act:  []string{"بازرسی بهداشت"}},
	{key: "school", agency: "other", lvl: atMark, class: personal, weight: 1, mark: "مدرسه",
		cats: []string{catOther, catOutside},
		says: []string{"{P} به زور از ما پول کمک مدرسه میگیره", "سرویس {P} بچه‌ها رو دیر میرسونه و راننده‌ش بی‌احتیاطه", "بخاری کلاس‌های {P} خرابه و بچه‌ها سرما میخورن"},
		more: []string{"مدیر جواب نمیده", "آموزش و پرورش رسیدگی کنه"},
		noun: []string{"شکایت از مدرسه"},
		act:  []string{"پیگیری آموزش و پرورش"}},
	{key: "clinic", agency: "other", lvl: atMark, class: personal, weight: 0.8, mark: "درمانگاه",
		cats: []string{catOther, catOutside},
		says: []string{"{P} شبا پزشک نداره", "{P} بیمه رو قبول نمیکنه", "نوبت‌دهی {P} افتضاحه"},
		more: []string{"مادرم حالش بد بود", "علوم پزشکی رسیدگی کنه"},
		noun: []string{"شکایت از مرکز درمانی"},
		act:  []string{"پیگیری دانشگاه علوم پزشکی"}},
	{key: "taxi-fare", agency: "municipality", lvl: atStreet, class: personal, weight: 0.4,
		cats: []string{catTraffic, catOther},
		says: []string{"تاکسی‌های خط {P} کرایه رو بیشتر از نرخ میگیرن", "راننده تاکسی {P} بیشتر از نرخ مصوب کرایه گرفت"},
		more: []string{"نرخ رو هم نصب نکردن", "پلاکش رو یادداشت کردم"},
		noun: []string{"تخلف کرایه تاکسی"},
		act:  []string{"پیگیری سازمان تاکسیرانی"}},
	{key: "pension", agency: "other", lvl: atHood, class: personal, weight: 0.9,
		cats: []string{catOther, catOutside},
		says: []string{"حقوق بازنشستگی من سه ماهه واریز نشده", "بیمه تکمیلی ما رو قطع کردن", "یارانه ما قطع شده و کسی جواب نمیده",
			"کارت سوخت من گم شده چیکار کنم"},
		more: []string{"پیرمردم و نمیتونم برم اداره", "به کی باید بگم؟"},
		noun: []string{"مشکل حقوق و مستمری"},
		act:  []string{"راهنمایی شهروند"}},
}

func problemByKey(k string) *problem {
	for _, p := range problems {
		if p.key == k {
			return p
		}
	}
	panic("rasht8: no problem " + k)
}
