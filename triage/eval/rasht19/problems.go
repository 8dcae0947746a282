package rasht19

// problem is one kind of thing that must be done, with the agency that must do it. The
// paraphrases of one problem all describe the same work; two problems at one spot are two
// issues. {P} is where a place goes in the text when the writer names one.
type problem struct {
	key    string
	agency string
	// category is the 137 category a careful operator picks; wrong is what a hurried one
	// picks instead.
	category string
	wrong    []string
	share    float64 // relative share of issues
	tail     float64 // how far the issue sizes reach: 1 is ordinary
	where    int     // whereAny, whereAlley, whereStreet, wherePark
	season   [12]float64
	phone    []string // the operator's summary, third person
	citizen  []string // a citizen's own words: app caption, web form
}

const (
	whereAny = iota
	whereAlley
	whereStreet
	wherePark
)

var flat = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}

// Months from Farvardin (21 March) on. Rasht rains most from Mehr to Bahman.
var (
	rainy  = [12]float64{0.8, 0.6, 0.3, 0.2, 0.3, 0.8, 1.8, 2.2, 2.4, 2.0, 1.6, 1.2}
	green  = [12]float64{1.6, 1.8, 1.6, 1.2, 1, 0.8, 0.8, 0.7, 0.6, 0.6, 0.8, 1.2}
	dark   = [12]float64{0.7, 0.6, 0.6, 0.6, 0.7, 0.9, 1.2, 1.4, 1.5, 1.5, 1.3, 1}
	summer = [12]float64{1, 1.3, 1.6, 1.8, 1.7, 1.2, 0.8, 0.6, 0.5, 0.5, 0.6, 0.8}
	storm  = [12]float64{0.5, 0.4, 0.2, 0.2, 0.3, 0.6, 1.5, 2, 2, 1.8, 1.4, 1}
)

var problems = []problem{
	{key: "garbage", agency: "municipality", category: "پسماند و نظافت شهری", wrong: []string{"خدمات شهری", "بهداشت محیط"},
		share: 15, tail: 1.4, where: whereAny, season: summer,
		phone: []string{
			"شهروند از عدم جمع‌آوری زباله در {P} گلایه دارد.",
			"زباله‌ها چند روز است در {P} جمع‌آوری نشده و بوی بد می‌دهد.",
			"مخزن زباله {P} پر شده و زباله‌ها در معبر ریخته است. درخواست جمع‌آوری دارد.",
			"شهروند اعلام می‌کند خودروی حمل زباله چند شب است به {P} نیامده.",
			"تجمع زباله در {P}، بوی نامطبوع، درخواست رسیدگی فوری.",
		},
		citizen: []string{
			"زباله های {P} سه روزه جمع نشده بوی گندش همه جا رو گرفته",
			"ماشین زباله چند شبه نیومده {P}",
			"مخزن زباله {P} پره و گربه ها همه رو ریختن وسط کوچه",
			"جمع آوری زباله {P} انجام نمیشه لطفا رسیدگی کنید",
			"زباله ها {P} تلنبار شده، بچه ها نمیتونن رد بشن",
		}},
	{key: "pothole", agency: "municipality", category: "آسفالت و ابنیه معابر", wrong: []string{"عمران", "ترافیک"},
		share: 12, tail: 1.8, where: whereAny, season: rainy,
		phone: []string{
			"شهروند از وجود چاله‌های متعدد در آسفالت {P} شکایت دارد.",
			"آسفالت {P} تخریب شده و تردد خودروها با مشکل مواجه است.",
			"درخواست لکه‌گیری و ترمیم آسفالت {P}.",
			"شهروند اظهار می‌دارد آسفالت {P} سال‌هاست ترمیم نشده و پر از چاله است.",
		},
		citizen: []string{
			"آسفالت {P} داغونه پر از چاله، ماشین ها آسیب میبینن",
			"این چاله {P} رو کی درست میکنید؟ دیروز یه موتوری افتاد توش",
			"کوچه ما آسفالت نداره، هر بارون میاد گل و لای میشه. {P}",
			"لطفا آسفالت {P} رو درست کنید چند ماهه داریم پیگیری میکنیم",
			"چاله بزرگ وسط {P} پر آب شده دیده نمیشه خطرناکه",
		}},
	{key: "surface_water", agency: "municipality", category: "آب‌های سطحی", wrong: []string{"آسفالت و ابنیه معابر", "خدمات شهری"},
		share: 8, tail: 1.8, where: whereAny, season: rainy,
		phone: []string{
			"آب‌گرفتگی شدید در {P} پس از بارندگی، درخواست لایروبی کانال.",
			"شهروند اعلام می‌کند جوی آب {P} مسدود شده و آب وارد حیاط منازل می‌شود.",
			"با هر بارندگی {P} دچار آب‌گرفتگی می‌شود.",
			"کانال آب‌های سطحی {P} پر از لجن و زباله است، درخواست لایروبی دارد.",
		},
		citizen: []string{
			"بارون که میاد {P} میشه دریاچه، آب تا زانو میرسه",
			"جوی {P} گرفته آب برگشته تو حیاط ما",
			"کانال {P} رو لایروبی کنید هر سال همین وضعه",
			"آبگرفتگی {P}، ماشین ها گیر کردن",
		}},
	{key: "tree_pruning", agency: "municipality", category: "فضای سبز", wrong: []string{"خدمات شهری"},
		share: 4, tail: 0.8, where: whereAny, season: green,
		phone: []string{
			"درخواست هرس درختان {P}.",
			"شاخه‌های درخت {P} روی پیاده‌رو آمده و مانع عبور است.",
			"شهروند درخواست قطع درخت خشک‌شده در {P} را دارد.",
		},
		citizen: []string{
			"درختای {P} خیلی بلند شدن شاخه ها اومده تو پنجره، هرس کنید",
			"یه درخت خشک {P} هست هر لحظه ممکنه بیفته",
			"شاخه های درخت جلوی تابلو و چراغ رو گرفته {P}",
		}},
	{key: "tree_fallen", agency: "municipality", category: "فضای سبز", wrong: []string{"حوادث", "خدمات شهری"},
		share: 1.5, tail: 1, where: whereAny, season: storm,
		phone: []string{
			"سقوط درخت در {P} و مسدود شدن معبر.",
			"شهروند اعلام می‌کند بر اثر باد درختی در {P} افتاده و راه بسته شده.",
		},
		citizen: []string{
			"درخت افتاده وسط {P} هیچ ماشینی رد نمیشه",
			"طوفان دیشب درخت {P} رو انداخت رو ماشین همسایه",
		}},
	{key: "stray_dogs", agency: "municipality", category: "حیوانات ولگرد", wrong: []string{"بهداشت محیط", "سایر"},
		share: 6, tail: 1.4, where: whereAny, season: flat,
		phone: []string{
			"شهروند از وجود سگ‌های ولگرد در {P} و ایجاد مزاحمت برای عابرین شکایت دارد.",
			"تجمع سگ‌های ولگرد در {P}، درخواست جمع‌آوری.",
			"سگ‌های ولگرد در {P} به کودکان حمله کرده‌اند.",
		},
		citizen: []string{
			"سگ های ولگرد {P} شبا نمیذارن بخوابیم، بچه ها میترسن برن مدرسه",
			"یه گله سگ {P} هست دیروز دنبال یه خانم کردن",
			"لطفا سگای {P} رو جمع کنید خطرناکن",
		}},
	{key: "construction_waste", agency: "municipality", category: "نخاله و مصالح ساختمانی", wrong: []string{"پسماند و نظافت شهری", "سد معبر"},
		share: 5, tail: 1, where: whereAny, season: summer,
		phone: []string{
			"تخلیه نخاله ساختمانی در {P}، درخواست جمع‌آوری.",
			"شهروند اعلام می‌کند شخصی شبانه نخاله در {P} تخلیه کرده است.",
			"نخاله‌های ساختمانی در {P} رها شده است.",
		},
		citizen: []string{
			"یکی شبونه یه وانت نخاله خالی کرده {P}",
			"نخاله ساختمونی {P} دو هفته س مونده کسی جمع نمیکنه",
			"خاک و نخاله ریختن {P} راه رو بستن",
		}},
	{key: "sidewalk_blocked", agency: "municipality", category: "سد معبر", wrong: []string{"ترافیک", "نخاله و مصالح ساختمانی"},
		share: 5, tail: 0.9, where: whereStreet, season: flat,
		phone: []string{
			"سد معبر توسط مغازه‌دار در {P}؛ اجناس در پیاده‌رو چیده شده است.",
			"شهروند از اشغال پیاده‌رو توسط کسبه در {P} شکایت دارد.",
			"مصالح ساختمانی پیاده‌روی {P} را مسدود کرده است.",
		},
		citizen: []string{
			"مغازه {P} کل پیاده رو رو گرفته، مجبوریم از تو خیابون رد بشیم",
			"پیاده رو {P} پر از جنس مغازه هاست با کالسکه نمیشه رد شد",
			"دستفروش ها پیاده رو {P} رو بستن",
		}},
	{key: "park_equipment", agency: "municipality", category: "پارک‌ها و فضای سبز", wrong: []string{"فضای سبز", "سایر"},
		share: 1.5, tail: 1, where: wherePark, season: summer,
		phone: []string{
			"وسایل بازی کودکان در {P} شکسته و خطرناک است.",
			"شهروند از خرابی نیمکت‌ها و وسایل ورزشی {P} گلایه دارد.",
			"سرویس بهداشتی {P} کثیف و غیرقابل استفاده است.",
		},
		citizen: []string{
			"تاب {P} شکسته بچه ها ممکنه آسیب ببینن",
			"وسایل ورزشی {P} خرابه، کی درست میشه؟",
			"دستشویی {P} افتضاحه",
		}},
	{key: "park_lights", agency: "municipality", category: "پارک‌ها و فضای سبز", wrong: []string{"روشنایی معابر", "برق"},
		share: 0.8, tail: 1, where: wherePark, season: dark,
		phone: []string{
			"چراغ‌های داخل {P} خاموش است و شب‌ها پارک تاریک است.",
			"روشنایی {P} قطع است، درخواست تعمیر دارد.",
		},
		citizen: []string{
			"چراغای {P} خاموشه شب نمیشه رفت پارک",
			"{P} شبا تاریکه، معتادا جمع میشن",
		}},
	{key: "sweeping", agency: "municipality", category: "پسماند و نظافت شهری", wrong: []string{"فضای سبز", "خدمات شهری"},
		share: 3, tail: 0.8, where: whereAny, season: storm,
		phone: []string{
			"درخواست رفت‌وروب و نظافت {P}.",
			"برگ درختان و خاک در {P} جمع شده، درخواست جاروکشی دارد.",
		},
		citizen: []string{
			"{P} ماه هاست جارو نشده پر از برگ و آشغاله",
			"رفتگر چند وقته نیومده {P}",
		}},
	{key: "illegal_building", agency: "municipality", category: "شهرسازی و ساختمان", wrong: []string{"سایر", "سد معبر"},
		share: 2, tail: 0.8, where: whereAlley, season: summer,
		phone: []string{
			"شهروند از ساخت‌وساز غیرمجاز و اضافه‌طبقه در {P} شکایت دارد.",
			"گزارش تخلف ساختمانی در {P}؛ ساخت بدون پروانه.",
		},
		citizen: []string{
			"همسایه {P} بدون مجوز داره طبقه سوم رو میسازه",
			"{P} یه ساختمون بدون پروانه دارن میسازن، شب ها کار میکنن",
		}},
	{key: "speed_bump", agency: "municipality", category: "ترافیک و حمل و نقل", wrong: []string{"آسفالت و ابنیه معابر", "سایر"},
		share: 2, tail: 0.9, where: whereAlley, season: flat,
		phone: []string{
			"درخواست نصب سرعت‌گیر در {P} به دلیل سرعت بالای خودروها.",
			"شهروند خواستار ایجاد سرعت‌گیر در {P} است؛ کودکان در کوچه بازی می‌کنند.",
		},
		citizen: []string{
			"ماشینا با سرعت زیاد از {P} رد میشن یه سرعتگیر بذارید",
			"درخواست سرعتگیر برای {P}، دیروز نزدیک بود یه بچه زیر ماشین بره",
		}},

	// Other agencies' business, with the hard cases the labelling rule names.
	{key: "sewage", agency: "water", category: "آب و فاضلاب", wrong: []string{"آب‌های سطحی", "بهداشت محیط"},
		share: 2.2, tail: 1.2, where: whereAny, season: rainy,
		phone: []string{
			"پس‌زدگی فاضلاب در {P}، بوی نامطبوع در معبر.",
			"شهروند اعلام می‌کند منهول فاضلاب {P} سرریز کرده است.",
			"درپوش منهول فاضلاب {P} شکسته و فاضلاب در کوچه جاری است.",
		},
		citizen: []string{
			"فاضلاب {P} زده بالا بوی تعفن همه جا رو برداشته",
			"منهول فاضلاب {P} سرریز کرده",
			"چاه فاضلاب {P} پس زده آب کثیف تو کوچه راه افتاده",
		}},
	{key: "water_leak", agency: "water", category: "آب و فاضلاب", wrong: []string{"آب‌های سطحی", "آسفالت و ابنیه معابر"},
		share: 1.3, tail: 1, where: whereAny, season: flat,
		phone: []string{
			"شکستگی لوله آب در {P}، آب در خیابان جاری است.",
			"نشت آب شرب از زیر آسفالت {P}.",
		},
		citizen: []string{
			"لوله آب {P} ترکیده از صبح داره آب میره",
			"از زیر آسفالت {P} آب میزنه بیرون، حیف این همه آب",
		}},
	{key: "water_trench", agency: "water", category: "آب و فاضلاب", wrong: []string{"آسفالت و ابنیه معابر", "حفاری"},
		share: 0.9, tail: 1, where: whereAny, season: flat,
		phone: []string{
			"ترانشه حفاری آب و فاضلاب در {P} پس از تعمیر لوله رها شده و ترمیم نشده است.",
			"شهروند اعلام می‌کند شرکت آبفا {P} را کنده و آسفالت نکرده است.",
		},
		citizen: []string{
			"آبفا {P} رو کنده یه ماهه همینجوری ول کرده",
			"بعد از تعمیر لوله آب، {P} رو کندن و رفتن، گودال مونده",
			"یه ماهه {P} رو کندن و رفتن، گودالش مونده هیچکس جواب نمیده",
		}},
	{key: "street_light", agency: "power", category: "روشنایی معابر", wrong: []string{"برق", "فضای سبز", "سایر"},
		share: 3.3, tail: 1, where: whereAny, season: dark,
		phone: []string{
			"چراغ‌های روشنایی {P} چند شب است خاموش است.",
			"شهروند از خاموشی لامپ‌های تیر برق {P} گلایه دارد.",
			"روشنایی معابر {P} قطع است و شب‌ها کاملا تاریک است.",
		},
		citizen: []string{
			"چراغای {P} یه هفته س خاموشه، شبا خیلی تاریکه میترسیم",
			"لامپ تیر برق {P} سوخته",
			"{P} شب ها کامل تاریکه هیچ چراغی روشن نیست",
		}},
	{key: "power_cable", agency: "power", category: "برق", wrong: []string{"روشنایی معابر", "حوادث"},
		share: 0.8, tail: 1, where: whereAny, season: storm,
		phone: []string{
			"سیم برق در {P} آویزان شده و خطر برق‌گرفتگی دارد.",
			"تیر برق {P} کج شده و احتمال سقوط دارد.",
		},
		citizen: []string{
			"سیم برق {P} افتاده پایین، بچه ها بازی میکنن خطرناکه",
			"تیر چراغ برق {P} داره میفته",
		}},
	{key: "tree_on_line", agency: "power", category: "فضای سبز", wrong: []string{"فضای سبز", "حوادث"},
		share: 0.7, tail: 1, where: whereAny, season: storm,
		phone: []string{
			"شاخه درخت روی سیم‌های برق {P} افتاده و جرقه می‌زند.",
			"درخت روی کابل برق {P} سقوط کرده است.",
		},
		citizen: []string{
			"درخت افتاده رو سیم برق {P} جرقه میزنه",
			"شاخه ها رفتن تو سیمای برق {P} هر باد میاد برق میره",
		}},
	{key: "gas_smell", agency: "gas", category: "گاز", wrong: []string{"حوادث", "سایر"},
		share: 0.5, tail: 0.8, where: whereAny, season: dark,
		phone: []string{
			"بوی گاز در {P}، احتمال نشتی لوله گاز.",
			"شهروند از استشمام بوی گاز در {P} خبر می‌دهد.",
		},
		citizen: []string{
			"از صبح {P} بوی گاز میاد",
			"نشتی گاز کنار رگلاتور {P}",
		}},
	{key: "gas_trench", agency: "gas", category: "گاز", wrong: []string{"آسفالت و ابنیه معابر", "حفاری"},
		share: 0.5, tail: 1, where: whereAny, season: summer,
		phone: []string{
			"حفاری شرکت گاز در {P} رها شده و ترمیم نشده است.",
		},
		citizen: []string{
			"شرکت گاز برای لوله کشی {P} رو کند و دیگه نیومد",
		}},
	{key: "telecom", agency: "telecom", category: "مخابرات", wrong: []string{"برق", "سایر"},
		share: 1, tail: 0.8, where: whereAny, season: flat,
		phone: []string{
			"درب کافو مخابرات {P} باز است و کابل‌ها بیرون ریخته.",
			"کابل تلفن در {P} پاره و روی زمین افتاده است.",
		},
		citizen: []string{
			"کافو مخابرات {P} درش شکسته سیما ریخته بیرون",
			"سیم تلفن {P} افتاده زمین، تلفن ها قطعه",
		}},
	{key: "telecom_trench", agency: "telecom", category: "مخابرات", wrong: []string{"آسفالت و ابنیه معابر", "حفاری"},
		share: 0.4, tail: 1, where: whereAny, season: summer,
		phone: []string{
			"حفاری فیبر نوری مخابرات در {P} ترمیم نشده است.",
		},
		citizen: []string{
			"برای فیبر نوری {P} رو کندن هنوز آسفالت نکردن",
		}},
	{key: "cars_blocking", agency: "police", category: "ترافیک و حمل و نقل", wrong: []string{"سد معبر", "سایر"},
		share: 1.6, tail: 0.9, where: whereAny, season: flat,
		phone: []string{
			"پارک خودرو جلوی درب پارکینگ در {P}؛ شهروند امکان خروج ندارد.",
			"خودروها به صورت دوبل در {P} پارک می‌کنند و کوچه مسدود است.",
		},
		citizen: []string{
			"هر روز یکی جلو پارکینگ ما {P} پارک میکنه",
			"ماشینای مغازه ها {P} رو بستن آمبولانس هم نمیتونه رد بشه",
		}},
	{key: "noise", agency: "police", category: "سایر", wrong: []string{"سایر", "شهرسازی و ساختمان"},
		share: 0.8, tail: 0.6, where: whereAlley, season: summer,
		phone: []string{
			"شهروند از سروصدای شبانه و مزاحمت همسایه در {P} شکایت دارد.",
		},
		citizen: []string{
			"همسایه {P} هر شب تا ۳ صبح مهمونی داره صدای آهنگ",
		}},
	{key: "motorbikes", agency: "police", category: "ترافیک و حمل و نقل", wrong: []string{"سایر"},
		share: 0.5, tail: 0.8, where: whereStreet, season: summer,
		phone: []string{
			"حرکات نمایشی موتورسواران در {P} در ساعات شب.",
		},
		citizen: []string{
			"موتوریا هر شب {P} تک چرخ میزنن صدای اگزوزشون",
		}},
	{key: "shop_hygiene", agency: "other", category: "بهداشت محیط", wrong: []string{"پسماند و نظافت شهری", "سایر"},
		share: 0.8, tail: 0.7, where: whereStreet, season: summer,
		phone: []string{
			"شهروند از وضعیت بهداشتی نامناسب اغذیه‌فروشی {P} شکایت دارد.",
			"قصابی {P} گوشت را بیرون از یخچال نگهداری می‌کند.",
		},
		citizen: []string{
			"ساندویچی {P} خیلی کثیفه، آشپزش دستکش نداره",
			"نانوایی {P} بدون کلاه و دستکش نون میپزه",
		}},
	{key: "school", agency: "other", category: "سایر", wrong: []string{"سایر", "ترافیک و حمل و نقل"},
		share: 0.4, tail: 0.8, where: whereStreet, season: flat,
		phone: []string{
			"سقف کلاس‌های مدرسه {P} چکه می‌کند؛ درخواست پیگیری از آموزش و پرورش.",
		},
		citizen: []string{
			"دیوار حیاط مدرسه {P} ترک خورده ممکنه بریزه رو بچه ها",
		}},
	{key: "atm", agency: "other", category: "سایر", wrong: []string{"سایر"},
		share: 0.3, tail: 0.6, where: whereStreet, season: flat,
		phone: []string{
			"خودپرداز بانک {P} چند روز است از کار افتاده است.",
		},
		citizen: []string{
			"عابربانک {P} یه هفته س خرابه",
		}},
}

// shortCaptions are what a citizen types under a photo in the app, and nothing else.
var shortCaptions = map[string][]string{
	"garbage":            {"زباله", "زباله جمع نشده", "آشغال"},
	"pothole":            {"چاله", "چاله خطرناک", "آسفالت خراب"},
	"surface_water":      {"آبگرفتگی", "آب گرفتگی شدید"},
	"street_light":       {"چراغ خاموش", "تاریکی"},
	"stray_dogs":         {"سگ ولگرد", "سگ"},
	"construction_waste": {"نخاله", "نخاله ساختمانی"},
	"sewage":             {"فاضلاب", "بوی فاضلاب"},
	"tree_fallen":        {"درخت افتاده"},
	"sidewalk_blocked":   {"سد معبر"},
}

// vagueCategories are what an operator picks when unsure.
var vagueCategories = []string{"سایر", "عمومی", "", "درخواست شهروندی", "خدمات شهری"}
