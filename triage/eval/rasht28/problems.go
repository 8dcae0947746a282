package rasht28

// problem is one kind of work and the agency that must do it. citizen lines are what people
// write themselves (app, web); operator lines are the 137 operator's summaries (phone, in
// person). season weighs the months of the Persian year, Farvardin first.
type problem struct {
	key      string
	agency   string
	category string // the right operator category
	weight   float64
	park     bool    // happens in a park
	recur    float64 // chance the problem comes back at the same spot after it was fixed
	season   [12]float64
	citizen  []string
	operator []string
	// follow-up words a citizen adds when calling again
}

var flat = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
var rainy = [12]float64{0.6, 0.4, 0.2, 0.2, 0.3, 0.8, 1.6, 2.0, 2.0, 1.6, 1.3, 1.0}
var summer = [12]float64{0.8, 1.2, 1.5, 1.6, 1.5, 1.1, 0.8, 0.7, 0.6, 0.6, 0.7, 0.8}
var winter = [12]float64{0.7, 0.6, 0.6, 0.6, 0.7, 0.9, 1.2, 1.4, 1.5, 1.5, 1.3, 1.0}

var problems = []problem{
	{key: "asphalt", agency: "municipality", category: "آسفالت و ترمیم معابر", weight: 15, recur: 0.08, season: winter,
		citizen: []string{"آسفالت کوچه کاملا خراب شده و پر از چاله‌ست", "چاله‌های وسط کوچه ماشین رو داغون کرده",
			"آسفالت خیابان ترک خورده و چاله شده", "کوچه آسفالت نداره و پر از گل و لای شده",
			"این چاله بزرگ وسط خیابان خطرناکه", "کوچه ما سال‌هاست آسفالت نشده"},
		operator: []string{"شهروند از خرابی آسفالت کوچه و وجود چاله گلایه دارند", "درخواست ترمیم آسفالت و پر کردن چاله",
			"چاله‌های متعدد در سطح معبر، درخواست لکه‌گیری", "درخواست آسفالت کوچه"}},
	{key: "garbage", agency: "municipality", category: "پسماند و نظافت شهری", weight: 16, recur: 0.18, season: summer,
		citizen: []string{"زباله‌ها چند روزه جمع نشده و بوی بد میده", "سطل زباله پر شده و آشغال ریخته تو کوچه",
			"ماشین زباله این هفته نیومده", "کنار سطل زباله پر از کیسه آشغال شده و گربه‌ها پاره کردن",
			"شیرابه زباله راه افتاده تو کوچه"},
		operator: []string{"عدم جمع‌آوری پسماند", "شهروند از جمع‌آوری نشدن زباله گلایه دارند",
			"درخواست تخلیه مخزن زباله", "درخواست نصب مخزن زباله", "انباشت زباله در معبر"}},
	{key: "surfacewater", agency: "municipality", category: "آب‌های سطحی", weight: 8, recur: 0.2, season: rainy,
		citizen: []string{"با هر بارون کوچه آب می‌گیره و نمیشه رد شد", "جوی آب گرفته و آب رفته تو حیاط خونه‌ها",
			"آبگیر وسط خیابان، کانال پر از برگ و گل شده", "دریچه جوی پر شده و آب بارون جمع شده"},
		operator: []string{"آبگرفتگی معبر در اثر بارندگی", "گرفتگی کانال آب‌های سطحی، درخواست لایروبی",
			"درخواست لایروبی جوی", "مسدود بودن دریچه آب‌های سطحی"}},
	{key: "lighting", agency: "power", category: "روشنایی معابر", weight: 5, recur: 0.15, season: winter,
		citizen: []string{"چراغ‌های کوچه چند شبه خاموشه و خیلی تاریکه", "لامپ تیر برق سوخته", "کوچه شب‌ها تاریک و ناامنه چراغ نداره",
			"چراغ خیابان روزها روشنه شب‌ها خاموش"},
		operator: []string{"خاموشی روشنایی معبر", "شهروند از خاموش بودن لامپ‌های تیر برق گلایه دارند",
			"درخواست تعویض لامپ روشنایی معبر"}},
	{key: "parklight", agency: "municipality", category: "فضای سبز و پارک‌ها", weight: 1.2, park: true, season: flat,
		citizen:  []string{"چراغ‌های پارک خاموشه و شب‌ها نمیشه رفت", "پایه چراغ پارک شکسته"},
		operator: []string{"خاموشی روشنایی پارک", "درخواست تعمیر چراغ‌های پارک"}},
	{key: "park", agency: "municipality", category: "فضای سبز و پارک‌ها", weight: 2.5, park: true, recur: 0.1, season: summer,
		citizen: []string{"وسایل بازی بچه‌ها تو پارک شکسته و خطرناکه", "چمن‌های پارک خشک شده کسی آب نمیده",
			"سرویس بهداشتی پارک کثیف و خرابه", "نیمکت‌های پارک شکسته"},
		operator: []string{"تعمیر وسایل بازی پارک", "درخواست آبیاری فضای سبز پارک", "نظافت سرویس بهداشتی پارک"}},
	{key: "tree", agency: "municipality", category: "فضای سبز و پارک‌ها", weight: 4, season: winter,
		citizen: []string{"شاخه‌های درخت جلوی خونه خیلی بلند شده لطفا هرس کنید", "درخت افتاده وسط کوچه",
			"درخت خشک شده ممکنه بیفته روی ماشین‌ها", "ریشه درخت پیاده‌رو رو شکسته"},
		operator: []string{"درخواست هرس درختان", "سقوط درخت در معبر", "درخواست قطع درخت خشک"}},
	{key: "treewire", agency: "power", category: "فضای سبز و پارک‌ها", weight: 1, season: winter,
		citizen:  []string{"شاخه درخت رفته لای سیم برق و جرقه میزنه", "درخت روی سیم‌های برق افتاده"},
		operator: []string{"برخورد شاخه درخت با شبکه برق", "درخواست هرس درخت مجاور سیم برق"}},
	{key: "dogs", agency: "municipality", category: "سگ‌های ولگرد", weight: 4, recur: 0.1, season: winter,
		citizen: []string{"چند تا سگ ولگرد تو کوچه هستن بچه‌ها می‌ترسن برن مدرسه", "سگ‌های ولگرد شب‌ها پارس می‌کنن و به آدم حمله می‌کنن",
			"یه گله سگ اومده تو محل"},
		operator: []string{"حضور سگ‌های بلاصاحب", "درخواست جمع‌آوری سگ‌های ولگرد"}},
	{key: "debris", agency: "municipality", category: "نخاله ساختمانی", weight: 5, season: summer,
		citizen: []string{"یکی نخاله ساختمونی ریخته کنار کوچه", "خاک و نخاله ساختمان نیمه‌کاره کل کوچه رو گرفته",
			"شب‌ها با وانت نخاله میارن اینجا خالی می‌کنن"},
		operator: []string{"تخلیه غیرمجاز نخاله ساختمانی", "درخواست جمع‌آوری نخاله", "رها شدن مصالح ساختمانی در معبر"}},
	{key: "obstruction", agency: "municipality", category: "سد معبر", weight: 4, season: flat,
		citizen: []string{"مغازه‌دار اجناسشو گذاشته تو پیاده‌رو نمیشه رد شد", "دستفروش‌ها کل پیاده‌رو رو گرفتن",
			"میوه‌فروشی پیاده‌رو رو اشغال کرده"},
		operator: []string{"سد معبر توسط واحد صنفی", "اشغال پیاده‌رو"}},
	{key: "sidewalk", agency: "municipality", category: "آسفالت و ترمیم معابر", weight: 3, season: flat,
		citizen:  []string{"موزاییک‌های پیاده‌رو کنده شده", "جدول کنار خیابان شکسته", "پیاده‌رو پر از چاله‌ست سالمندها زمین می‌خورن"},
		operator: []string{"تخریب پیاده‌رو و جدول", "درخواست ترمیم پیاده‌رو"}},
	{key: "carcass", agency: "municipality", category: "پسماند و نظافت شهری", weight: 1.2, season: flat,
		citizen:  []string{"لاشه گربه وسط کوچه افتاده", "یه سگ مرده کنار خیابونه بو گرفته"},
		operator: []string{"درخواست جمع‌آوری لاشه حیوان"}},
	{key: "building", agency: "municipality", category: "تخلفات ساختمانی", weight: 2, season: summer,
		citizen:  []string{"همسایه بدون مجوز داره طبقه اضافه می‌سازه", "ساختمان نیمه‌کاره بدون حصار خطرناکه"},
		operator: []string{"گزارش ساخت و ساز غیرمجاز", "ساختمان نیمه‌کاره فاقد ایمنی"}},
	// other agencies
	{key: "sewage", agency: "water", category: "فاضلاب", weight: 3, recur: 0.15, season: rainy,
		citizen: []string{"فاضلاب از منهول زده بیرون و بوی بدش همه جا رو گرفته", "چاه فاضلاب پس زده تو کوچه",
			"درپوش منهول فاضلاب شکسته و بو میاد"},
		operator: []string{"سرریز فاضلاب از منهول", "گرفتگی شبکه فاضلاب"}},
	{key: "waterleak", agency: "water", category: "آب و فاضلاب", weight: 2, season: summer,
		citizen:  []string{"لوله آب ترکیده و آب داره هدر میره", "از زیر آسفالت آب تمیز میزنه بیرون", "چند روزه آب قطعه و فشار نداره"},
		operator: []string{"شکستگی لوله آب شرب", "نشت آب از شبکه"}},
	{key: "watertrench", agency: "water", category: "آسفالت و ترمیم معابر", weight: 1.5, season: flat,
		citizen:  []string{"آبفا کوچه رو کنده برای لوله‌کشی و رفته ترمیم نکرده", "ترانشه‌ای که برای فاضلاب کندن هنوز بازه"},
		operator: []string{"عدم ترمیم حفاری آبفا", "حفاری رها شده شرکت آب و فاضلاب"}},
	{key: "gas", agency: "gas", category: "سایر", weight: 0.7, season: winter,
		citizen:  []string{"بوی گاز تو کوچه میاد", "علمک گاز کج شده و بو میده"},
		operator: []string{"استشمام بوی گاز در معبر"}},
	{key: "gastrench", agency: "gas", category: "آسفالت و ترمیم معابر", weight: 0.7, season: flat,
		citizen:  []string{"شرکت گاز کانال زده برای لوله و همینطور ول کرده", "حفاری گاز ترمیم نشده"},
		operator: []string{"عدم ترمیم حفاری شرکت گاز"}},
	{key: "telecom", agency: "telecom", category: "سایر", weight: 0.8, season: flat,
		citizen:  []string{"در کافو مخابرات بازه و سیم‌ها بیرون ریخته", "کابل تلفن از تیر آویزون شده تا نزدیک زمین"},
		operator: []string{"باز بودن کافوی مخابرات", "آویزان بودن کابل مخابرات"}},
	{key: "telecomtrench", agency: "telecom", category: "آسفالت و ترمیم معابر", weight: 0.5, season: flat,
		citizen:  []string{"مخابرات برای فیبر نوری پیاده‌رو رو کنده و رها کرده"},
		operator: []string{"عدم ترمیم حفاری فیبر نوری مخابرات"}},
	{key: "parking", agency: "police", category: "ترافیک", weight: 3, season: flat,
		citizen: []string{"ماشین جلوی پارکینگ پارک کرده نمی‌تونم ماشینمو بیارم بیرون", "ماشین‌ها دوبله پارک می‌کنن کوچه بسته شده",
			"یه ماشین چند ماهه اینجا رها شده"},
		operator: []string{"پارک خودرو در ورودی پارکینگ و مسدود شدن کوچه", "سد معبر توسط خودرو"}},
	{key: "noise", agency: "other", category: "سایر", weight: 1.2, season: flat,
		citizen:  []string{"صدای کارگاه تا نصف شب میاد", "تعمیرگاه تو کوچه مسکونی سر و صدا داره و روغن می‌ریزه"},
		operator: []string{"مزاحمت صوتی کارگاه", "فعالیت کارگاه در محل مسکونی"}},
	{key: "hygiene", agency: "other", category: "سایر", weight: 0.8, season: summer,
		citizen:  []string{"این ساندویچی بهداشت رو رعایت نمی‌کنه", "قصابی زباله‌هاشو می‌ریزه تو جوی"},
		operator: []string{"عدم رعایت بهداشت واحد صنفی"}},
}

// wrongCategory is what a hurried operator files instead; vague categories say nothing.
var (
	vagueCategories = []string{"سایر", "عمومی", "", "خدمات شهری", "شکایات"}
	allCategories   = []string{"آسفالت و ترمیم معابر", "پسماند و نظافت شهری", "آب‌های سطحی", "روشنایی معابر",
		"فضای سبز و پارک‌ها", "سگ‌های ولگرد", "نخاله ساختمانی", "سد معبر", "تخلفات ساختمانی", "فاضلاب",
		"آب و فاضلاب", "ترافیک", "سایر"}
	// the mistakes operators make most: neighbouring desks
	likelyWrong = map[string]string{
		"sewage": "آب‌های سطحی", "surfacewater": "فاضلاب", "lighting": "فضای سبز و پارک‌ها",
		"parklight": "روشنایی معابر", "treewire": "روشنایی معابر", "watertrench": "آب و فاضلاب",
		"debris": "پسماند و نظافت شهری", "obstruction": "ترافیک", "parking": "سد معبر", "carcass": "سگ‌های ولگرد",
	}
)
