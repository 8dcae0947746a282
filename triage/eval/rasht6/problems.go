package rasht6

// Where a problem lives decides how its place is told.
type scope int

const (
	scopeAlley  scope = iota // an alley, or a stretch of street («کوچه ۱۲», «خیابان ۱۲۴»)
	scopeStreet              // a street, boulevard or square
	scopePark                // a park
	scopeHome                // one house or flat (plate), inside an alley
	scopeMark                // a shop, school, bakery, restaurant
)

// problem is one kind of thing that goes wrong, as citizens and operators say it.
// In the citizen templates {P} is the place, or «کوچه ما»/«اینجا» when the text does not name it.
type problem struct {
	code    string
	agency  string
	scope   scope
	weight  float64 // share of issues
	maxSize int     // the largest issue this kind plausibly grows to
	cats    []string
	nouns   []string // for operator summaries: «شهروند از {N} در ... گلایه دارد»
	cit     []string
	cons    []string
	fin     []string // Finglish; {F} is the place in Latin letters
	// area says the problem is the whole alley's (water, power or line cut): each caller
	// gives their own plate, and it is still one issue
	area bool
}

var problems = []problem{
	{
		code: "asphalt", agency: "municipality", scope: scopeAlley, weight: 13, maxSize: 120,
		cats:  []string{"آسفالت و معابر", "عمران", "ترمیم آسفالت"},
		nouns: []string{"خرابی آسفالت", "وجود چاله در آسفالت", "نیاز به لکه‌گیری آسفالت", "تخریب آسفالت معبر"},
		cit: []string{
			"آسفالت {P} کاملا خراب شده",
			"{P} پر از چاله و دست‌انداز است",
			"توی {P} یه چاله خیلی بزرگ هست",
			"چرا آسفالت {P} را درست نمی‌کنید؟",
			"{P} سال‌هاست آسفالت نشده و همه‌اش خاک و سنگ است",
			"درخواست آسفالت مجدد {P} را داریم",
			"آسفالت {P} ترک خورده و ریخته",
			"{P} چاله‌های عمیق دارد که با باران پر آب می‌شود",
			"خواهشا {P} رو لکه‌گیری کنید",
			"وضعیت آسفالت {P} افتضاح است",
			"کف {P} کاملا داغون شده",
			"آسفالتی که شهرداری پارسال در {P} ریخت دوباره خراب شده، ربطی هم به حفاری گاز ندارد",
			"یه گودال وسط {P} درست شده",
		},
		cons: []string{"ماشین‌ها آسیب می‌بینند", "دیشب یه موتوری زمین خورد", "سالمندان نمی‌توانند رد شوند",
			"لاستیک ماشینم پنچر شد", "بچه‌ها موقع مدرسه رفتن زمین می‌خورند", "با هر بارون گل و لای همه جا رو می‌گیره"},
		fin: []string{"asfalt {F} kharab shode", "{F} pore chale ast lotfan residegi konid", "chale bozorg too {F}"},
	},
	{
		code: "garbage", agency: "municipality", scope: scopeAlley, weight: 11, maxSize: 60,
		cats:  []string{"پسماند و نظافت", "خدمات شهری", "جمع‌آوری زباله"},
		nouns: []string{"عدم جمع‌آوری زباله", "انباشت زباله", "تجمع پسماند", "عدم تخلیه زباله"},
		cit: []string{
			"زباله‌های {P} چند روز است جمع نشده",
			"ماشین زباله چند شب است به {P} نیامده",
			"سر {P} کوه زباله درست شده",
			"کیسه‌های زباله توی {P} مانده و بو گرفته",
			"زباله‌ها را از {P} نبردند",
			"کسی زباله‌های {P} را جمع نمی‌کند",
			"گربه‌ها کیسه‌های زباله {P} را پاره کرده‌اند و همه جا پخش شده",
			"جلوی {P} زباله ریخته‌اند و کسی جمع نمی‌کند",
		},
		cons: []string{"بوی تعفن همه جا را گرفته", "پشه و مگس زیاد شده", "موش دیده‌ایم", "نمی‌شود پنجره را باز کرد"},
		fin:  []string{"ashghal haye {F} jam nashode", "mashin zobale nayomade {F}"},
	},
	{
		code: "bin", agency: "municipality", scope: scopeAlley, weight: 4, maxSize: 12,
		cats:  []string{"پسماند و نظافت", "مخازن زباله"},
		nouns: []string{"شکستگی مخزن زباله", "نبود سطل زباله", "جابجایی مخزن زباله"},
		cit: []string{
			"مخزن زباله {P} شکسته و درش باز نمی‌شود",
			"سطل زباله {P} را برداشته‌اند و جایش چیزی نگذاشتند",
			"مخزن زباله را درست جلوی در خانه ما در {P} گذاشته‌اند لطفا جابجا کنید",
			"چرخ مخزن زباله {P} شکسته و وسط کوچه افتاده",
			"{P} سطل زباله ندارد",
		},
		cons: []string{"شیرابه زباله راه افتاده", "سگ‌ها زباله‌ها را پخش می‌کنند"},
	},
	{
		code: "sweep", agency: "municipality", scope: scopeStreet, weight: 4, maxSize: 10,
		cats:  []string{"پسماند و نظافت", "رفت و روب"},
		nouns: []string{"عدم رفت و روب معبر", "کثیفی معبر", "انباشت برگ درختان"},
		cit: []string{
			"{P} ماه‌هاست جارو نشده",
			"برگ درختان {P} را کسی جمع نمی‌کند",
			"پیاده‌رو {P} خیلی کثیف است",
			"رفتگر به {P} نمی‌آید",
			"گل و لای {P} را بعد از بارندگی کسی پاک نکرد",
		},
	},
	{
		code: "channel", agency: "municipality", scope: scopeAlley, weight: 7, maxSize: 45,
		cats:  []string{"آب‌های سطحی", "خدمات شهری", "لایروبی"},
		nouns: []string{"گرفتگی کانال آب‌های سطحی", "آبگرفتگی معبر", "نیاز به لایروبی جوی"},
		cit: []string{
			"جوی آب {P} گرفته و با هر بارون کوچه پر آب می‌شود",
			"بعد از بارندگی {P} را آب برداشته",
			"کانال آب باران {P} پر از گل و لای شده و لایروبی نشده",
			"آب باران در {P} جمع شده و راه عبور نیست",
			"{P} آبگرفتگی دارد",
			"آب جوی {P} راکد مانده و بوی لجن می‌دهد",
			"دهانه کانال {P} با برگ و زباله بسته شده",
			"به آبفا زنگ زدم گفتند آب باران کار شهرداری است، {P} را آب گرفته",
		},
		cons: []string{"آب تا داخل حیاط‌ها آمده", "ماشین‌ها نمی‌توانند رد شوند", "پشه زیاد شده"},
		fin:  []string{"joob {F} gerefte ab baran jam shode", "{F} ro ab bardashte"},
	},
	{
		code: "channel_cover", agency: "municipality", scope: scopeAlley, weight: 2, maxSize: 6,
		cats:  []string{"آب‌های سطحی", "عمران"},
		nouns: []string{"شکستگی دریچه کانال", "باز بودن دهانه جوی"},
		cit: []string{
			"دریچه فلزی کانال آب باران {P} شکسته",
			"درپوش جوی {P} را برده‌اند و یک چاله باز مانده",
			"روی جوی {P} باز است و خطرناک",
		},
		cons: []string{"یک بچه نزدیک بود بیفتد توش", "شب‌ها دیده نمی‌شود"},
	},
	{
		code: "park_light", agency: "municipality", scope: scopePark, weight: 3, maxSize: 15,
		cats:  []string{"فضای سبز", "روشنایی", "پارک‌ها"},
		nouns: []string{"خاموشی چراغ‌های پارک", "عدم روشنایی بوستان"},
		cit: []string{
			"چراغ‌های {P} خاموش است",
			"شب‌ها {P} تاریک است چون لامپ‌ها سوخته",
			"پایه چراغ داخل {P} شکسته و روشن نمی‌شود",
			"روشنایی مسیر پیاده‌روی {P} کار نمی‌کند",
		},
		cons: []string{"خانم‌ها شب نمی‌توانند پیاده‌روی کنند", "معتادها جمع می‌شوند"},
		fin:  []string{"cheragh haye {F} khamoosh ast"},
	},
	{
		code: "park_equipment", agency: "municipality", scope: scopePark, weight: 3, maxSize: 8,
		cats:  []string{"فضای سبز", "پارک‌ها"},
		nouns: []string{"خرابی وسایل بازی پارک", "خرابی تجهیزات بوستان"},
		cit: []string{
			"تاب {P} شکسته",
			"وسایل بازی بچه‌ها در {P} خراب و خطرناک است",
			"سرسره {P} لبه تیز دارد",
			"نیمکت‌های {P} شکسته",
			"شیر آب خوری {P} خراب است و آب هدر می‌رود",
			"دستگاه‌های ورزشی {P} خراب شده",
		},
		cons: []string{"بچه‌ها زخمی می‌شوند"},
	},
	{
		code: "tree", agency: "municipality", scope: scopeAlley, weight: 5, maxSize: 10,
		cats:  []string{"فضای سبز", "هرس درختان"},
		nouns: []string{"نیاز به هرس درخت", "خطر سقوط درخت", "شکستن شاخه درخت"},
		cit: []string{
			"درخت بزرگ {P} کج شده و ممکن است بیفتد",
			"لطفا درختان {P} را هرس کنید",
			"شاخه درخت در {P} شکسته و افتاده وسط راه",
			"درخت خشک شده {P} را قطع کنید",
			"ریشه درخت پیاده‌رو {P} را بلند کرده",
			"شاخه‌های درخت جلوی {P} تا پنجره خانه ما آمده، هرس لازم است",
			"با طوفان دیشب درخت {P} افتاد",
			"درخت‌های {P} خیلی بلند شده‌اند ولی به سیم برق نرسیده‌اند، فقط هرس لازم دارند",
		},
		fin: []string{"derakht {F} kaj shode", "lotfan derakht haye {F} ro haras konid"},
	},
	{
		code: "dogs", agency: "municipality", scope: scopeStreet, weight: 4, maxSize: 35,
		cats:  []string{"حیوانات ولگرد", "خدمات شهری", "سایر"},
		nouns: []string{"وجود سگ‌های ولگرد", "حضور سگ‌های بلاصاحب"},
		cit: []string{
			"سگ‌های ولگرد در {P} زیاد شده‌اند",
			"یک گله سگ شب‌ها در {P} پرسه می‌زنند",
			"سگ ولگرد در {P} به بچه‌ها حمله کرد",
			"چند تا سگ بلاصاحب توی {P} هستند و مردم می‌ترسند",
			"شب‌ها سگ‌های {P} پارس می‌کنند و به عابرها حمله می‌کنند",
		},
		cons: []string{"بچه‌ها از ترس مدرسه نمی‌روند", "همسایه‌مان را گاز گرفتند"},
		fin:  []string{"sag haye velgard too {F} ziad shode"},
	},
	{
		code: "rubble", agency: "municipality", scope: scopeAlley, weight: 4, maxSize: 15,
		cats:  []string{"ساخت و ساز", "پسماند و نظافت", "نخاله"},
		nouns: []string{"تخلیه نخاله ساختمانی", "رها شدن مصالح ساختمانی در معبر"},
		cit: []string{
			"نخاله ساختمانی را در {P} خالی کرده‌اند",
			"یک کامیون شب آمد و نخاله ریخت در {P}",
			"مصالح ساختمانی ساختمان در حال ساخت نصف {P} را گرفته",
			"خاک و آجر ساختمان‌سازی در {P} ریخته و جمع نمی‌کنند",
		},
		cons: []string{"راه عبور بسته شده", "گرد و خاک زیاد است"},
	},
	{
		code: "site_noise", agency: "municipality", scope: scopeAlley, weight: 2, maxSize: 12,
		cats:  []string{"ساخت و ساز", "شهرسازی", "سایر"},
		nouns: []string{"کار ساختمانی در ساعات غیرمجاز", "سر و صدای کارگاه ساختمانی"},
		cit: []string{
			"ساختمانی که در {P} می‌سازند شب‌ها هم کار می‌کنند و صدای دستگاه می‌آید",
			"کارگاه ساختمانی {P} از ساعت ۶ صبح با بیل مکانیکی سر و صدا می‌کند",
			"بتن‌ریزی ساختمان {P} تا نیمه شب طول کشید و نخوابیدیم",
			"صدای پیکور ساختمان {P} امان ما را بریده",
		},
		cons: []string{"بیمار در خانه داریم", "بچه‌ها امتحان دارند"},
	},
	{
		code: "illegal_build", agency: "municipality", scope: scopeHome, weight: 2, maxSize: 5,
		cats:  []string{"شهرسازی", "ساخت و ساز", "تخلفات ساختمانی"},
		nouns: []string{"ساخت و ساز غیرمجاز", "تخلف ساختمانی"},
		cit: []string{
			"در {P} بدون مجوز طبقه اضافه می‌سازند",
			"همسایه در {P} پیش‌آمدگی غیرمجاز ساخته",
			"ساختمان {P} پروانه ندارد و دارند سقف می‌زنند",
			"در {P} دیوار را جلو آورده‌اند و کوچه تنگ شده",
		},
	},
	{
		code: "sidewalk_goods", agency: "municipality", scope: scopeStreet, weight: 4, maxSize: 12,
		cats:  []string{"سد معبر", "خدمات شهری"},
		nouns: []string{"سد معبر توسط مغازه‌دار", "اشغال پیاده‌رو"},
		cit: []string{
			"مغازه‌های {P} اجناسشان را روی پیاده‌رو چیده‌اند",
			"میوه‌فروشی {P} کل پیاده‌رو را گرفته و مردم مجبورند از خیابان رد شوند",
			"سد معبر در {P}، پیاده‌رو جای عبور ندارد",
			"یک مغازه در {P} یخچال و جعبه‌هایش را گذاشته توی پیاده‌رو",
			"دستفروش‌ها پیاده‌روی {P} را اشغال کرده‌اند",
		},
		cons: []string{"با کالسکه نمی‌شود رد شد", "ویلچر رد نمی‌شود"},
		fin:  []string{"piade ro {F} ro maghaze ha gereftan"},
	},
	{
		code: "sidewalk_broken", agency: "municipality", scope: scopeStreet, weight: 4, maxSize: 10,
		cats:  []string{"آسفالت و معابر", "عمران", "پیاده‌رو"},
		nouns: []string{"تخریب پیاده‌رو", "شکستگی جدول و موزاییک"},
		cit: []string{
			"موزاییک‌های پیاده‌رو {P} شکسته و بالا آمده",
			"جدول کنار {P} خراب شده",
			"پیاده‌رو {P} پستی و بلندی دارد و آدم زمین می‌خورد",
			"سنگفرش {P} کنده شده",
		},
		cons: []string{"مادربزرگم زمین خورد"},
	},
	{
		code: "carcass", agency: "municipality", scope: scopeAlley, weight: 2, maxSize: 5,
		cats:  []string{"خدمات شهری", "پسماند و نظافت", "سایر"},
		nouns: []string{"وجود لاشه حیوان", "لاشه گربه در معبر"},
		cit: []string{
			"لاشه یک گربه در {P} افتاده",
			"یک سگ مرده در {P} هست، لطفا ببرید",
			"لاشه حیوان از دیروز کنار {P} مانده و بو گرفته",
		},
	},
	{
		code: "pests", agency: "municipality", scope: scopeAlley, weight: 2, maxSize: 10,
		cats:  []string{"خدمات شهری", "بهداشت محیط", "سایر"},
		nouns: []string{"درخواست سم‌پاشی", "وجود موش و حشرات"},
		cit: []string{
			"موش‌ها در {P} زیاد شده‌اند، سم‌پاشی کنید",
			"پشه در {P} بیداد می‌کند، درخواست سمپاشی داریم",
			"سوسک‌ها از جوی {P} بیرون می‌آیند",
		},
	},
	{
		code: "speed_bump", agency: "municipality", scope: scopeAlley, weight: 2, maxSize: 6,
		cats:  []string{"ترافیک", "آسفالت و معابر"},
		nouns: []string{"درخواست نصب سرعت‌گیر", "خرابی سرعت‌گیر"},
		cit: []string{
			"ماشین‌ها با سرعت زیاد از {P} رد می‌شوند، سرعت‌گیر بگذارید",
			"سرعت‌گیر {P} کنده شده و میخ‌هایش بیرون زده",
			"لطفا در {P} سرعتگیر نصب کنید، بچه‌ها بازی می‌کنند",
		},
	},
	{
		code: "bus_stop", agency: "municipality", scope: scopeStreet, weight: 1.5, maxSize: 6,
		cats:  []string{"حمل و نقل", "اتوبوسرانی", "سایر"},
		nouns: []string{"خرابی ایستگاه اتوبوس", "نبود سایبان ایستگاه"},
		cit: []string{
			"سایبان ایستگاه اتوبوس {P} شکسته",
			"ایستگاه اتوبوس {P} صندلی ندارد",
			"شیشه ایستگاه اتوبوس {P} را شکسته‌اند",
		},
	},
	{
		code: "sign", agency: "municipality", scope: scopeAlley, weight: 1.5, maxSize: 4,
		cats:  []string{"سایر", "خدمات شهری"},
		nouns: []string{"نبود تابلو نام معبر", "خرابی تابلو کوچه"},
		cit: []string{
			"تابلو اسم {P} افتاده",
			"{P} تابلو ندارد و پیک‌ها آدرس را پیدا نمی‌کنند",
			"تابلوی {P} را باد برده",
		},
	},

	// --- other agencies ---
	{
		code: "sewage", agency: "water", scope: scopeAlley, weight: 3.5, maxSize: 40,
		cats:  []string{"آب و فاضلاب", "آب‌های سطحی", "خدمات شهری"},
		nouns: []string{"پس زدن فاضلاب", "سرریز منهول فاضلاب", "نشت فاضلاب به معبر"},
		cit: []string{
			"فاضلاب از منهول {P} بیرون زده",
			"چاه فاضلاب {P} پس زده و فاضلاب راه افتاده توی کوچه",
			"لوله فاضلاب شهری در {P} گرفته و فاضلاب برگشته داخل خانه‌ها",
			"بوی فاضلاب در {P} غیرقابل تحمل است، درپوش منهول فاضلاب شکسته",
			"فاضلاب توی {P} جاری شده",
		},
		cons: []string{"بوی تعفن همه جا را گرفته", "بچه‌ها مریض شده‌اند"},
		fin:  []string{"fazelab too {F} zade bala"},
	},
	{
		code: "water_main", agency: "water", scope: scopeAlley, weight: 2, maxSize: 20,
		cats:  []string{"آب و فاضلاب", "آب‌های سطحی"},
		nouns: []string{"ترکیدگی لوله آب", "نشت آب شرب"},
		cit: []string{
			"لوله آب شهری در {P} ترکیده و آب فواره می‌زند",
			"از دیروز آب تمیز از زیر آسفالت {P} بیرون می‌زند، لوله آب شکسته",
			"لوله اصلی آب {P} ترکیده و خیابان را آب برداشته",
			"نشتی کنتور آب جلوی {P}",
		},
		cons: []string{"کلی آب هدر می‌رود", "آسفالت دارد می‌نشیند"},
	},
	{
		code: "no_water", agency: "water", scope: scopeHome, weight: 1.5, maxSize: 10,
		cats:  []string{"آب و فاضلاب", "سایر"},
		nouns: []string{"قطعی آب", "افت فشار آب"},
		cit: []string{
			"از صبح آب {P} قطع است",
			"فشار آب در {P} خیلی کم است و به طبقه بالا نمی‌رسد",
			"آب لوله‌کشی {P} گل‌آلود است",
		},
	},
	{
		code: "water_trench", agency: "water", scope: scopeAlley, weight: 1.5, maxSize: 15,
		cats:  []string{"آسفالت و معابر", "آب و فاضلاب", "حفاری"},
		nouns: []string{"عدم ترمیم حفاری آبفا"},
		cit: []string{
			"آبفا برای لوله‌گذاری {P} را کنده و یک ماه است رها کرده",
			"ترانشه‌ای که شرکت آب در {P} زد هنوز پر نشده",
			"حفاری فاضلاب در {P} تمام شده ولی جای کندن را آسفالت نکرده‌اند، پیمانکار آبفا رفته",
		},
	},
	{
		code: "street_light", agency: "power", scope: scopeStreet, weight: 4, maxSize: 25,
		cats:  []string{"روشنایی", "برق", "سایر"},
		nouns: []string{"خاموشی چراغ روشنایی معابر", "عدم روشنایی معبر"},
		cit: []string{
			"چراغ‌های برق {P} خاموش است",
			"لامپ تیر برق {P} سوخته و شب‌ها کوچه تاریک است",
			"روشنایی {P} چند شب است کار نمی‌کند",
			"چراغ خیابان در {P} روزها روشن و شب‌ها خاموش است",
			"{P} تاریکه، چراغ تیر برق نمی‌سوزه",
		},
		cons: []string{"دزدی زیاد شده", "خانم‌ها شب می‌ترسند تردد کنند"},
		fin:  []string{"cheragh bargh {F} khamoosh ast"},
	},
	{
		code: "power_line", agency: "power", scope: scopeAlley, weight: 1.5, maxSize: 8,
		cats:  []string{"فضای سبز", "برق", "هرس درختان"},
		nouns: []string{"برخورد شاخه درخت با سیم برق", "خطر سیم برق"},
		cit: []string{
			"شاخه درخت {P} روی سیم برق افتاده و جرقه می‌زند",
			"سیم برق در {P} پاره شده و آویزان است",
			"شاخه‌های درخت به سیم‌های برق {P} گیر کرده، وقتی باد میاد جرقه میزنه",
			"تیر برق {P} کج شده و سیم‌ها شل شده",
			"پست برق {P} صدای وزوز می‌دهد و جرقه می‌زند",
		},
		cons: []string{"خیلی خطرناک است"},
	},
	{
		code: "outage", agency: "power", scope: scopeHome, weight: 1, maxSize: 15,
		cats:  []string{"برق", "سایر"},
		nouns: []string{"قطعی برق", "نوسان برق"},
		cit: []string{
			"برق {P} از دیشب قطع است",
			"نوسان برق در {P} وسایل خانه را سوزانده",
			"برق {P} مرتب قطع و وصل می‌شود",
		},
	},
	{
		code: "gas_smell", agency: "gas", scope: scopeAlley, weight: 1.5, maxSize: 12,
		cats:  []string{"گاز", "سایر", "ایمنی"},
		nouns: []string{"بوی گاز", "نشت گاز"},
		cit: []string{
			"بوی گاز شدید در {P} می‌آید",
			"از لوله گاز کنار دیوار {P} صدای نشتی می‌آید",
			"در {P} بوی گاز پیچیده، لطفا سریع بیایید",
			"رگلاتور گاز {P} نشتی دارد",
		},
		cons: []string{"می‌ترسیم انفجار شود"},
		fin:  []string{"booye gaz too {F} miad"},
	},
	{
		code: "gas_trench", agency: "gas", scope: scopeAlley, weight: 1, maxSize: 10,
		cats:  []string{"آسفالت و معابر", "حفاری", "گاز"},
		nouns: []string{"عدم ترمیم حفاری شرکت گاز"},
		cit: []string{
			"شرکت گاز {P} را برای انشعاب کنده و رها کرده",
			"کانالی که گاز در {P} زده هنوز باز است",
			"لوله‌کشی گاز {P} تمام شده ولی جای حفاری را درست نکرده‌اند",
		},
	},
	{
		code: "telecom", agency: "telecom", scope: scopeHome, weight: 1.2, maxSize: 10,
		cats:  []string{"مخابرات", "سایر"},
		nouns: []string{"قطعی تلفن ثابت", "قطعی اینترنت"},
		cit: []string{
			"تلفن ثابت {P} یک هفته است قطع است",
			"اینترنت ADSL {P} وصل نمی‌شود",
			"خط تلفن {P} بوق ندارد",
			"اینترنت کل {P} از دیروز قطعه",
		},
	},
	{
		code: "telecom_box", agency: "telecom", scope: scopeAlley, weight: 0.8, maxSize: 6,
		cats:  []string{"مخابرات", "سایر"},
		nouns: []string{"باز بودن کافو مخابرات", "آویزان بودن کابل مخابرات"},
		cit: []string{
			"در کافوی مخابرات {P} باز است و سیم‌ها بیرون ریخته",
			"کابل مخابرات در {P} پاره شده و روی زمین افتاده",
			"مخابرات {P} را کنده و کابل کشیده ولی رها کرده",
		},
	},
	{
		code: "blocking_cars", agency: "police", scope: scopeAlley, weight: 2, maxSize: 8,
		cats:  []string{"ترافیک", "سد معبر", "سایر"},
		nouns: []string{"پارک خودرو جلوی پارکینگ", "سد معبر توسط خودروها"},
		cit: []string{
			"ماشین‌ها جلوی در پارکینگ ما در {P} پارک می‌کنند و نمی‌توانیم بیرون برویم",
			"یک خودرو چند روز است دوبله در {P} پارک کرده و کوچه بسته است",
			"پارک دوبل در {P} راه آمبولانس را بسته",
			"ماشین یه نفر از صبح جلوی پارکینگ ما در {P} پارکه",
		},
	},
	{
		code: "neighbour_noise", agency: "police", scope: scopeHome, weight: 1.2, maxSize: 4,
		cats:  []string{"سایر", "مزاحمت"},
		nouns: []string{"مزاحمت صوتی همسایه", "سر و صدای شبانه"},
		cit: []string{
			"همسایه در {P} هر شب تا ساعت ۳ صبح مهمانی و صدای موسیقی بلند دارد",
			"از خانه‌ای در {P} شب‌ها صدای دعوا و داد می‌آید",
			"همسایه طبقه بالا در {P} نیمه شب سر و صدا می‌کند",
		},
	},
	{
		code: "motorbikes", agency: "police", scope: scopeStreet, weight: 1, maxSize: 8,
		cats:  []string{"ترافیک", "سایر"},
		nouns: []string{"حرکات نمایشی موتورسواران", "مزاحمت موتورسیکلت‌ها"},
		cit: []string{
			"موتورسوارها شب‌ها در {P} تک‌چرخ می‌زنند و اگزوز را باز کرده‌اند",
			"جوان‌ها با موتور در {P} مسابقه می‌دهند",
			"معتادها در {P} جمع می‌شوند و مزاحم مردم هستند",
		},
	},
	{
		code: "other_food", agency: "other", scope: scopeMark, weight: 1, maxSize: 4,
		cats:  []string{"سایر", "بهداشت"},
		nouns: []string{"کیفیت نامناسب نان", "رعایت نکردن بهداشت در صنف"},
		cit: []string{
			"نانوایی {P} نان را خمیر می‌پزد و گران می‌فروشد",
			"رستوران {P} بهداشت را رعایت نمی‌کند",
			"قصابی {P} گوشت مانده می‌فروشد",
		},
	},
	{
		code: "other_misc", agency: "other", scope: scopeMark, weight: 1, maxSize: 3,
		cats:  []string{"سایر"},
		nouns: []string{"شکایت از اداره", "مشکل مستمری"},
		cit: []string{
			"مستمری پدرم از تامین اجتماعی سه ماه است واریز نشده",
			"مدرسه {P} از ما پول اضافه می‌گیرد",
			"بیمه سلامت دفترچه ما را تمدید نمی‌کند",
			"درمانگاه {P} شب‌ها پزشک ندارد",
		},
	},
}
