package rasht31

// problem is one kind of trouble: the agency that must act, the category a careful operator
// picks, neighbouring categories a hurried one picks instead, and how each writer puts it.
type problem struct {
	key      string
	agency   string
	category string
	wrong    []string // plausible wrong categories
	weight   float64  // share of issues
	// big says the problem can draw a dozen or a hundred requests (asphalt, garbage, water).
	big bool
	// streetWide is the chance the spot is a whole street (lighting along a street).
	streetWide float64
	operator   []string // operator's summary, terse
	citizen    []string // citizen's own words (app, web)
	latin      []string // Finglish captions
}

const (
	catGarbage  = "پسماند"
	catAsphalt  = "آسفالت و معابر"
	catWater    = "آبهای سطحی"
	catDebris   = "نخاله ساختمانی"
	catSidewalk = "سد معبر"
	catGreen    = "فضای سبز"
	catAnimals  = "حیوانات ولگرد"
	catPark     = "پارک"
	catCleaning = "نظافت معابر"
	catBuild    = "شهرسازی"
	catTraffic  = "ترافیک"
	catLight    = "روشنایی معابر"
	catUtility  = "آب و فاضلاب"
	catOutside  = "ارجاع به سایر دستگاه‌ها"
	catOther    = "سایر"
)

// vagueCategories are what a busy operator picks when unsure.
var vagueCategories = []string{catOther, "خدمات شهری", "شکایات", catOther, "درخواست عمومی"}

var problems = []problem{
	{key: "garbage", agency: "municipality", category: catGarbage, wrong: []string{catCleaning, "خدمات شهری"}, weight: 17, big: true,
		operator: []string{"زباله جمع آوری نشده", "عدم جمع‌آوری زباله", "تجمع زباله کنار مخزن", "مخزن زباله پر و سرریز شده", "عدم حضور خودرو حمل زباله", "زباله ها چند روز مانده"},
		citizen:  []string{"زباله‌ها چند روزه جمع نشده بو گرفته", "سطل زباله پر شده همه جا ریخته", "ماشین زباله دو شبه نیومده", "آشغالا رو گربه‌ها پخش کردن وسط کوچه", "مخزن زباله پره کسی نمیاد خالی کنه"},
		latin:    []string{"ashghal jam nashode", "satl ashghal por shode", "mashin zobale nayomade"}},
	{key: "asphalt", agency: "municipality", category: catAsphalt, wrong: []string{catTraffic, catWater}, weight: 14, big: true,
		operator: []string{"تخریب آسفالت کوچه", "چاله در سطح معبر", "درخواست آسفالت", "درخواست ترمیم آسفالت", "آسفالت معبر کاملا تخریب", "وجود چاله عمیق"},
		citizen:  []string{"کوچه پر از چاله شده ماشین نمیتونه رد شه", "آسفالت کوچه کامل خراب شده", "یه چاله بزرگ وسط خیابونه", "از بس چاله داره ماشینم داغون شد", "چند ساله این کوچه رو آسفالت نکردن"},
		latin:    []string{"asphalt kharab shode", "chale bozorg vasate koche", "asfalt nadarim"}},
	{key: "surfacewater", agency: "municipality", category: catWater, wrong: []string{catUtility, catAsphalt}, weight: 9, big: true,
		operator: []string{"گرفتگی جوی", "آبگرفتگی معبر", "درخواست لایروبی جوی", "دریچه آبهای سطحی گرفته", "آب گرفتگی بعد از بارندگی"},
		citizen:  []string{"با هر بارون کوچه رو آب میگیره", "جوی آب پر از لجن و آشغاله", "آب بارون جمع شده نمیشه رد شد", "جوی گرفته آب اومده تو حیاط"},
		latin:    []string{"ab gerefte koche", "jooye gerefte"}},
	{key: "debris", agency: "municipality", category: catDebris, wrong: []string{catGarbage, catSidewalk}, weight: 5,
		operator: []string{"تخلیه نخاله", "رها کردن نخاله ساختمانی", "نخاله در معبر"},
		citizen:  []string{"یکی شبانه نخاله خالی کرده سر کوچه", "نخاله ساختمونی چند هفته‌ست مونده", "خاک و نخاله ریختن جلو در"}},
	{key: "sidewalk", agency: "municipality", category: catSidewalk, wrong: []string{catTraffic, catOther}, weight: 5,
		operator: []string{"سد معبر مغازه", "اشغال پیاده‌رو توسط کسبه", "سد معبر توسط دستفروش"},
		citizen:  []string{"میوه فروشی کل پیاده‌رو رو گرفته", "مغازه‌دار جنس‌هاشو گذاشته تو پیاده‌رو باید از وسط خیابون رد شیم", "پیاده‌رو رو کلا بستن"}},
	{key: "tree", agency: "municipality", category: catGreen, wrong: []string{catPark, catOther}, weight: 5,
		operator: []string{"درخواست هرس درخت", "شکستگی شاخه درخت", "درخت خشک شده خطر سقوط", "سقوط درخت"},
		citizen:  []string{"شاخه درخت شکسته افتاده وسط کوچه", "درخت کج شده ممکنه بیفته رو ماشینا", "درختای کوچه رو هرس کنید"}},
	{key: "dogs", agency: "municipality", category: catAnimals, wrong: []string{"خدمات شهری", catOther}, weight: 4,
		operator: []string{"حضور سگ ولگرد", "سگ‌های ولگرد در محل", "درخواست جمع‌آوری سگ ولگرد"},
		citizen:  []string{"چند تا سگ ولگرد شبا بچه‌ها رو دنبال میکنن", "سگای ولگرد جمع شدن کسی جرات نمیکنه رد شه", "یه گله سگ تو کوچه‌ست"},
		latin:    []string{"sag velgard ziad shode"}},
	{key: "park", agency: "municipality", category: catPark, wrong: []string{catGreen}, weight: 2.5,
		operator: []string{"خرابی وسایل بازی پارک", "عدم نظافت پارک", "خاموشی چراغ‌های پارک"},
		citizen:  []string{"تاب پارک شکسته بچه‌ها آسیب میبینن", "سرویس بهداشتی پارک خیلی کثیفه", "پارک شبا تاریکه معتادا جمع میشن"}},
	{key: "grate", agency: "municipality", category: catWater, wrong: []string{catAsphalt, catUtility}, weight: 2,
		operator: []string{"دریچه جوی شکسته", "درپوش جوی مفقود", "شکستگی دال روی جوی"},
		citizen:  []string{"درپوش جوی نیست یکی میفته توش", "دال روی جوی شکسته خطرناکه"}},
	{key: "carcass", agency: "municipality", category: "خدمات شهری", wrong: []string{catGarbage, catAnimals}, weight: 1.5,
		operator: []string{"لاشه حیوان در معبر", "جمع‌آوری لاشه سگ"},
		citizen:  []string{"یه گربه مرده افتاده کنار جوی بو گرفته", "لاشه سگ دو روزه وسط کوچه‌ست"}},
	{key: "sweeping", agency: "municipality", category: catCleaning, wrong: []string{catGarbage}, weight: 3,
		operator: []string{"عدم رفت و روب", "درخواست نظافت معبر", "برگ‌ها جمع‌آوری نشده"},
		citizen:  []string{"رفتگر یه ماهه نیومده کوچه رو جارو کنه", "برگ درختا کل کوچه رو گرفته جوی‌ها رو بسته"}},
	{key: "illegalbuild", agency: "municipality", category: catBuild, wrong: []string{catOther, catDebris}, weight: 1.5,
		operator: []string{"ساخت و ساز غیرمجاز", "گزارش ساخت غیرمجاز", "احداث بنا بدون مجوز"},
		citizen:  []string{"همسایه بدون مجوز داره طبقه اضافه میسازه", "شبا دارن غیرمجاز میسازن"}},
	{key: "bump", agency: "municipality", category: catTraffic, wrong: []string{catAsphalt}, weight: 1.5,
		operator: []string{"درخواست سرعتگیر", "درخواست نصب سرعت گیر"},
		citizen:  []string{"ماشینا با سرعت رد میشن یه سرعتگیر بذارید", "سر کوچه سرعتگیر لازمه بچه‌ها خطر دارن"}},

	{key: "pipe", agency: "water", category: catUtility, wrong: []string{catWater, catAsphalt}, weight: 2.5,
		operator: []string{"شکستگی لوله آب", "نشتی آب از زیر آسفالت", "هدر رفت آب شرب"},
		citizen:  []string{"لوله آب ترکیده آب داره هدر میره", "از زیر آسفالت آب میزنه بیرون", "دو روزه آب داره از کنار کوچه میره"}},
	{key: "sewage", agency: "water", category: catUtility, wrong: []string{catWater, catOther}, weight: 2.5,
		operator: []string{"سرریز فاضلاب", "گرفتگی منهول فاضلاب", "پس زدن فاضلاب در معبر"},
		citizen:  []string{"فاضلاب زده بیرون بوی تعفن همه جا رو گرفته", "منهول فاضلاب پس زده", "فاضلاب ساختمون بغلی میریزه تو کوچه"}},
	{key: "watertrench", agency: "water", category: catAsphalt, wrong: []string{catUtility, catOutside}, weight: 1,
		operator: []string{"حفاری آبفا ترمیم نشده", "ترانشه آب و فاضلاب رها شده", "حفاری رها شده در معبر"},
		citizen:  []string{"آب و فاضلاب کوچه رو کنده ولی آسفالت نکرده", "یه ترانشه وسط کوچه کندن ولش کردن", "بعد از تعمیر لوله آب جای کندن رو پر نکردن"}},
	{key: "light", agency: "power", category: catLight, wrong: []string{catOutside, catOther}, weight: 5.5, streetWide: 0.35,
		operator: []string{"خاموشی چراغ معابر", "روشنایی معبر قطع", "لامپ تیر برق سوخته", "خاموشی روشنایی معبر"},
		citizen:  []string{"چراغای کوچه یه هفته‌ست خاموشه شبا تاریکه", "تیر چراغ برق روشن نمیشه", "خیابون شبا تاریک تاریکه هیچ چراغی روشن نیست"},
		latin:    []string{"cheragh bargh khamooshe", "koche tarike"}},
	{key: "wire", agency: "power", category: catOutside, wrong: []string{catLight, catOther}, weight: 1,
		operator: []string{"آویزان شدن سیم برق", "تیر برق کج شده", "سیم برق پاره"},
		citizen:  []string{"سیم برق افتاده پایین خطرناکه", "تیر برق کج شده داره میفته"}},
	{key: "treewire", agency: "power", category: catGreen, wrong: []string{catOutside}, weight: 0.5,
		operator: []string{"برخورد شاخه درخت با سیم برق", "شاخه درخت روی سیم برق"},
		citizen:  []string{"شاخه درختا رفته لای سیمای برق جرقه میزنه"}},
	{key: "gassmell", agency: "gas", category: catOutside, wrong: []string{catOther}, weight: 0.9,
		operator: []string{"استشمام بوی گاز", "نشت گاز در معبر"},
		citizen:  []string{"بوی گاز تو کوچه میاد", "از کنتور گاز سر کوچه بوی گاز میاد"}},
	{key: "gastrench", agency: "gas", category: catAsphalt, wrong: []string{catOutside}, weight: 0.8,
		operator: []string{"حفاری گاز رها شده", "عدم ترمیم حفاری شرکت گاز"},
		citizen:  []string{"شرکت گاز لوله کشی کرده کوچه رو همینطوری ول کرده", "کندن برای لوله گاز هنوز پر نکردن"}},
	{key: "telbox", agency: "telecom", category: catOutside, wrong: []string{catOther}, weight: 0.8,
		operator: []string{"درب باکس مخابرات باز", "قطع کابل مخابرات", "کابل مخابرات آویزان"},
		citizen:  []string{"جعبه مخابرات درش کنده شده سیما بیرونه", "کابل تلفن افتاده رو زمین"}},
	{key: "teltrench", agency: "telecom", category: catAsphalt, wrong: []string{catOutside}, weight: 0.5,
		operator: []string{"حفاری مخابرات ترمیم نشده", "حفاری فیبر نوری رها شده"},
		citizen:  []string{"برای فیبر نوری کندن پر نکردن", "مخابرات کنده رفته"}},
	{key: "blockcar", agency: "police", category: catSidewalk, wrong: []string{catTraffic}, weight: 1.5,
		operator: []string{"پارک خودرو جلوی درب پارکینگ", "سد معبر با خودرو", "پارک دوبل در کوچه"},
		citizen:  []string{"یه ماشین هر روز جلوی در پارکینگ پارک میکنه نمیتونیم بیایم بیرون", "ماشینا دوبله پارک میکنن کوچه بسته میشه"}},
	{key: "abandoned", agency: "police", category: catTraffic, wrong: []string{catSidewalk, catOther}, weight: 0.6,
		operator: []string{"خودروی رها شده", "خودرو اسقاطی رها شده در معبر"},
		citizen:  []string{"یه پیکان چند ماهه کنار کوچه رها شده", "ماشین اسقاطی چند وقته اینجا مونده"}},
	{key: "fight", agency: "police", category: catOther, wrong: []string{catOutside}, weight: 0.5,
		operator: []string{"مزاحمت موتورسواران", "تجمع افراد مشکوک شبانه"},
		citizen:  []string{"شبا موتوریا تو کوچه ویراژ میدن", "جوونا شبا جمع میشن سر و صدا و دعوا"}},
	{key: "workshop", agency: "other", category: catOther, wrong: []string{catOutside, catBuild}, weight: 0.8,
		operator: []string{"آلودگی صوتی کارگاه", "سر و صدای کارگاه نجاری"},
		citizen:  []string{"صدای کارگاه نجاری تا نصف شب قطع نمیشه", "صافکاری سر کوچه از صبح تا شب سر و صدا داره"}},
	{key: "livestock", agency: "other", category: catOther, wrong: []string{catAnimals}, weight: 0.5,
		operator: []string{"نگهداری دام در منزل مسکونی", "بوی دامداری"},
		citizen:  []string{"همسایه تو حیاط گاو و مرغ نگه میداره بو و مگس همه جا رو گرفته"}},
	{key: "bakery", agency: "other", category: catOther, wrong: []string{catOutside}, weight: 0.4,
		operator: []string{"کم فروشی نانوایی", "کیفیت نامناسب نان"},
		citizen:  []string{"نون این نانوایی همیشه خمیره وزنشم کمه"}},
}
