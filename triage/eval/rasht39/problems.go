package rasht39

// scope says how far one issue of a problem reaches (README: "same spot").
type scope int

const (
	pointScope scope = iota // one alley, or one block of a street
	lineScope               // one alley or road as a whole, while one fault lasts
	areaScope               // one neighbourhood, while one outage lasts
)

// problem is one kind of thing citizens report, with the agency that must act and the ways
// operators and citizens put it.
type problem struct {
	key    string
	agency string
	scope  scope
	weight float64 // share of issues, before the season
	// season multiplies weight by solar month, فروردین first.
	season [12]float64
	// sizeScale stretches how many requests one issue draws; days is how long an episode
	// can stay open.
	sizeScale float64
	days      [2]int
	// categories are the 137 categories an operator would rightly choose; confusedWith the
	// problem whose category a hurried one picks instead.
	categories   []string
	confusedWith string
	// nouns are operators' summaries as noun phrases («عدم جمع‌آوری زباله»), asks their
	// request form; says are a citizen's own sentences.
	nouns, asks, says []string
	// finglish is what a few app users type in Latin letters.
	finglish []string
}

var flat = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}

// rainy is Rasht's wet half: مهر to اسفند, heaviest in آبان–دی.
var rainy = [12]float64{0.6, 0.4, 0.2, 0.15, 0.2, 0.5, 1.4, 2.2, 2.4, 2.2, 1.6, 1.1}

var summer = [12]float64{0.8, 1.1, 1.4, 1.5, 1.5, 1.3, 1, 0.8, 0.6, 0.6, 0.6, 0.8}

var autumn = [12]float64{0.6, 0.6, 0.6, 0.6, 0.7, 0.9, 1.6, 2, 1.5, 1, 0.8, 0.7}

var snow = [12]float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 2.5, 0.2}

func problems() []problem {
	return []problem{
		{key: "garbage", agency: "municipality", scope: pointScope, weight: 17, season: summer, sizeScale: 1, days: [2]int{1, 5},
			categories: []string{"پسماند", "جمع‌آوری زباله", "پسماند و نظافت"}, confusedWith: "cleaning",
			nouns:    []string{"عدم جمع‌آوری زباله", "انباشت زباله کنار مخزن", "پر بودن مخزن زباله و ریختن زباله در معبر", "تجمع زباله و بوی نامطبوع", "عدم تخلیه سطل زباله"},
			asks:     []string{"درخواست جمع‌آوری زباله", "درخواست تخلیه مخزن زباله", "درخواست شستشوی مخزن زباله"},
			says:     []string{"زباله‌ها سه روزه جمع نشده", "سطل زباله پر شده ریخته تو کوچه", "ماشین زباله دیشب نیومد همه جا بو گرفته", "گربه‌ها زباله‌ها رو پخش کردن کل کوچه کثیفه", "مخزن زباله سر کوچه داره سر میره"},
			finglish: []string{"zobale jam nashode", "satl zobale por shode"}},
		{key: "asphalt", agency: "municipality", scope: pointScope, weight: 11, season: [12]float64{1.3, 1.1, 0.9, 0.8, 0.8, 0.8, 0.9, 1, 1.2, 1.3, 1.3, 1.2}, sizeScale: 1.3, days: [2]int{20, 120},
			categories: []string{"آسفالت و لکه‌گیری", "آسفالت", "عمران و آسفالت"}, confusedWith: "excavation",
			nouns:    []string{"وجود چاله در آسفالت", "تخریب آسفالت", "نشست آسفالت", "خرابی آسفالت و چاله‌های متعدد", "ناهمواری آسفالت"},
			asks:     []string{"درخواست لکه‌گیری آسفالت", "درخواست ترمیم آسفالت", "درخواست آسفالت مجدد"},
			says:     []string{"آسفالت کوچه کلا داغونه", "یه چاله بزرگ وسط کوچه هست ماشینا میفتن توش", "آسفالت خیلی وقته خرابه هر روز موتوری زمین میخوره", "با این بارون چاله‌ها پر آب شده معلوم نیست کجاست", "دو ساله آسفالت نکردن"},
			finglish: []string{"asfalt kharabe", "chale bozorg vasate koche"}},
		{key: "surfacewater", agency: "municipality", scope: pointScope, weight: 8, season: rainy, sizeScale: 1.5, days: [2]int{1, 3},
			categories: []string{"آب‌های سطحی", "آبگرفتگی معابر"}, confusedWith: "sewage",
			nouns:    []string{"آبگرفتگی معبر", "جمع شدن آب باران", "آبگرفتگی و ورود آب به منازل", "مسدود بودن دریچه آب‌های سطحی و آبگرفتگی"},
			asks:     []string{"درخواست تخلیه آب", "درخواست رفع آبگرفتگی", "درخواست اعزام اکیپ آب‌های سطحی"},
			says:     []string{"کوچه رو آب برداشته آب داره میره تو حیاط خونه‌ها", "با این بارون کل خیابون دریاچه شده", "آب تا زانو اومده نمیشه رد شد", "آب بارون جمع شده راه نداره بره"},
			finglish: []string{"koche ro ab bardashte", "ab gereftegi"}},
		{key: "gutter", agency: "municipality", scope: lineScope, weight: 4, season: autumn, sizeScale: 1, days: [2]int{5, 30},
			categories: []string{"آب‌های سطحی", "لایروبی", "خدمات شهری"}, confusedWith: "surfacewater",
			nouns: []string{"گرفتگی جوی", "پر بودن جوی از برگ و زباله", "عدم لایروبی کانال"},
			asks:  []string{"درخواست لایروبی جوی", "درخواست لایروبی کانال"},
			says:  []string{"جوی کنار کوچه پر از لجن شده بو میده", "کانال آب پر از برگ و آشغاله بارون بیاد آب میاد بالا"}},
		{key: "sidewalk", agency: "municipality", scope: pointScope, weight: 5, season: flat, sizeScale: 1, days: [2]int{7, 60},
			categories: []string{"سد معبر", "سد معبر و ساماندهی مشاغل"}, confusedWith: "parking",
			nouns: []string{"سد معبر توسط مغازه‌دار", "اشغال پیاده‌رو با اجناس", "سد معبر دستفروشان", "گذاشتن وسایل در پیاده‌رو"},
			asks:  []string{"درخواست رفع سد معبر", "درخواست برخورد با سد معبر"},
			says:  []string{"مغازه‌دار جنساشو گذاشته تو پیاده‌رو آدم باید از وسط خیابون رد بشه", "میوه‌فروشی کل پیاده‌رو رو گرفته", "دستفروشا پیاده‌رو رو بستن"}},
		{key: "debris", agency: "municipality", scope: pointScope, weight: 5, season: summer, sizeScale: 1, days: [2]int{5, 40},
			categories: []string{"نخاله ساختمانی", "پسماند ساختمانی"}, confusedWith: "garbage",
			nouns: []string{"تخلیه نخاله ساختمانی", "رها کردن نخاله در معبر", "انباشت مصالح ساختمانی در کوچه"},
			asks:  []string{"درخواست جمع‌آوری نخاله", "درخواست برخورد با تخلیه نخاله"},
			says:  []string{"یکی شبونه نخاله خالی کرده سر کوچه", "ساختمون بغلی مصالحشو ریخته وسط کوچه ماشین رد نمیشه", "یه کامیون نخاله ریخته کنار جوی"}},
		{key: "tree", agency: "municipality", scope: pointScope, weight: 5, season: autumn, sizeScale: 1, days: [2]int{5, 45},
			categories: []string{"فضای سبز", "هرس درختان", "فضای سبز و درختان"}, confusedWith: "park",
			nouns: []string{"1|نیاز به هرس درختان", "1|بلند شدن بیش از حد درختان", "2|شکستن شاخه درخت", "2|سقوط درخت در معبر", "3|خشک شدن درخت و خطر سقوط", "4|ریزش برگ و عدم جمع‌آوری"},
			asks:  []string{"1|درخواست هرس درخت", "3|درخواست قطع درخت خشک", "2|درخواست جمع‌آوری شاخه‌ها", "4|درخواست جمع‌آوری برگ"},
			says:  []string{"1|درختای کوچه خیلی بلند شدن هرسشون کنید", "1|درختا خیلی بلند شدن جلوی نور چراغ رو گرفتن", "3|درخت جلوی خونه خشک شده ممکنه بیفته", "2|باد شاخه درختو شکسته افتاده وسط کوچه", "2|درخت افتاده راه بسته شده", "4|برگا همه جا رو گرفته جوی بسته شده"}},
		{key: "dogs", agency: "municipality", scope: pointScope, weight: 4, season: flat, sizeScale: 1.3, days: [2]int{10, 60},
			categories: []string{"حیوانات بلاصاحب", "سگ‌های ولگرد", "خدمات شهری"}, confusedWith: "",
			nouns:    []string{"وجود سگ‌های ولگرد", "حمله سگ‌های بلاصاحب به عابرین", "تجمع سگ‌های ولگرد"},
			asks:     []string{"درخواست جمع‌آوری سگ‌های ولگرد", "درخواست ساماندهی سگ‌های بلاصاحب"},
			says:     []string{"چند تا سگ ولگرد تو کوچه هستن بچه‌ها میترسن مدرسه برن", "سگا شبا تا صبح پارس میکنن و به آدم حمله میکنن", "یه گله سگ جمع شدن کنار زمین خالی"},
			finglish: []string{"sag haye velgard"}},
		{key: "park", agency: "municipality", scope: pointScope, weight: 2.5, season: summer, sizeScale: 1.2, days: [2]int{7, 60},
			categories: []string{"پارک‌ها", "فضای سبز", "پارک و فضای سبز"}, confusedWith: "streetlight",
			nouns: []string{"1|خرابی وسایل بازی پارک", "2|خاموشی چراغ‌های پارک", "3|کثیفی سرویس بهداشتی پارک", "1|شکستگی تاب و سرسره پارک"},
			asks:  []string{"1|درخواست تعمیر وسایل بازی", "2|درخواست رسیدگی به روشنایی پارک", "3|درخواست نظافت سرویس بهداشتی پارک"},
			says:  []string{"1|تاب پارک شکسته بچه‌م ازش افتاد", "1|وسایل بازی پارک همه خرابه", "2|شبا پارک تاریکه چراغاش خاموشه معتادا میان", "3|دستشویی پارک خیلی کثیفه"}},
		{key: "cleaning", agency: "municipality", scope: pointScope, weight: 3, season: autumn, sizeScale: 1, days: [2]int{2, 10},
			categories: []string{"نظافت معابر", "رفت و روب", "خدمات شهری"}, confusedWith: "garbage",
			nouns: []string{"عدم رفت و روب معبر", "کثیفی معبر", "عدم نظافت پیاده‌رو"},
			asks:  []string{"درخواست رفت و روب", "درخواست شستشوی معبر"},
			says:  []string{"رفتگر چند روزه نیومده کوچه خیلی کثیفه", "جلوی مغازه‌ها پر از آشغاله کسی جارو نمیکنه"}},
		{key: "excavation", agency: "municipality", scope: pointScope, weight: 2, season: flat, sizeScale: 1.2, days: [2]int{20, 90},
			categories: []string{"حفاری", "عمران", "آسفالت و لکه‌گیری"}, confusedWith: "asphalt",
			nouns: []string{"رها شدن محل حفاری بدون ترمیم", "عدم ترمیم ترانشه", "گودبرداری رها شده در معبر"},
			asks:  []string{"درخواست ترمیم محل حفاری", "درخواست پر کردن ترانشه"},
			says:  []string{"کوچه رو کندن و رفتن کسی نیومد درستش کنه", "یه ماهه اینجا رو کندن چاله مونده", "معلوم نیست کی اینجا رو حفاری کرده ولی ولش کردن"}},
		{key: "building", agency: "municipality", scope: pointScope, weight: 1.5, season: summer, sizeScale: 1, days: [2]int{15, 90},
			categories: []string{"ساخت و ساز غیرمجاز", "شهرسازی", "تخلفات ساختمانی"}, confusedWith: "debris",
			nouns: []string{"ساخت و ساز غیرمجاز", "احداث بنای بدون مجوز", "اضافه بنا بدون پروانه"},
			asks:  []string{"درخواست بررسی ساخت و ساز غیرمجاز"},
			says:  []string{"همسایه داره بدون مجوز طبقه اضافه میسازه", "شبا دارن غیرمجاز میسازن"}},
		{key: "snow", agency: "municipality", scope: lineScope, weight: 1.5, season: snow, sizeScale: 1.6, days: [2]int{1, 4},
			categories: []string{"برف‌روبی", "خدمات شهری"}, confusedWith: "",
			nouns: []string{"عدم برف‌روبی معبر", "یخ‌زدگی معبر", "انسداد کوچه با برف"},
			asks:  []string{"درخواست برف‌روبی", "درخواست نمک‌پاشی"},
			says:  []string{"کوچه پر برفه ماشین بیرون نمیاد", "یخ زده همه زمین میخورن نمک بریزید"}},
		{key: "carcass", agency: "municipality", scope: pointScope, weight: 1.2, season: flat, sizeScale: 0.8, days: [2]int{1, 3},
			categories: []string{"خدمات شهری", "بهداشت محیط", "پسماند"}, confusedWith: "",
			nouns: []string{"لاشه حیوان در معبر", "1|وجود لاشه سگ در کنار جوی", "2|لاشه گربه در معبر"},
			asks:  []string{"درخواست جمع‌آوری لاشه حیوان"},
			says:  []string{"1|یه سگ مرده کنار خیابونه", "2|لاشه گربه از دیروز افتاده بو گرفته", "یه حیوون مرده اینجا افتاده"}},
		{key: "speedbump", agency: "municipality", scope: pointScope, weight: 1.2, season: flat, sizeScale: 1, days: [2]int{30, 120},
			categories: []string{"ترافیک", "عمران", "ایمنی معابر"}, confusedWith: "asphalt",
			nouns: []string{"1|نیاز به سرعت‌گیر", "1|سرعت بالای خودروها", "2|خرابی تابلوی راهنمایی"},
			asks:  []string{"1|درخواست نصب سرعت‌گیر", "2|درخواست تعویض تابلو"},
			says:  []string{"1|ماشینا با سرعت زیاد رد میشن سرعت‌گیر بذارید", "1|موتوریا تو کوچه ویراژ میدن", "2|تابلو افتاده کسی جمعش نکرده"}},

		{key: "streetlight", agency: "power", scope: lineScope, weight: 3.5, season: [12]float64{0.8, 0.8, 0.8, 0.8, 0.9, 1, 1.2, 1.3, 1.3, 1.2, 1, 0.9}, sizeScale: 1.2, days: [2]int{5, 45},
			categories: []string{"روشنایی معابر", "برق و روشنایی"}, confusedWith: "park",
			nouns:    []string{"خاموش بودن چراغ‌های روشنایی", "خاموشی لامپ تیر برق", "عدم روشنایی کوچه", "سوختن لامپ چراغ معبر"},
			asks:     []string{"درخواست تعمیر روشنایی معبر", "درخواست نصب چراغ"},
			says:     []string{"چراغای کوچه خاموشه شبا خیلی تاریکه", "لامپ تیر برق سوخته یه هفته‌ست", "کوچه تاریکه خانما میترسن شب رد بشن"},
			finglish: []string{"cheragh koche khamoosh"}},
		{key: "outage", agency: "power", scope: areaScope, weight: 1.2, season: summer, sizeScale: 1.5, days: [2]int{1, 1},
			categories: []string{"برق", "سایر", "روشنایی معابر"}, confusedWith: "streetlight",
			nouns: []string{"1|قطعی برق", "1|قطع برق منطقه", "2|نوسان شدید برق"},
			asks:  []string{"پیگیری قطعی برق"},
			says:  []string{"1|برق محله از صبح قطعه", "1|چند ساعته برق نداریم", "2|برق هی میره و میاد وسایل خونه سوخت"}},
		{key: "wire", agency: "power", scope: pointScope, weight: 1, season: autumn, sizeScale: 1, days: [2]int{2, 20},
			categories: []string{"روشنایی معابر", "سایر"}, confusedWith: "",
			nouns: []string{"1|آویزان بودن سیم برق", "2|کج شدن تیر برق", "1|جرقه زدن سیم برق"},
			asks:  []string{"درخواست رسیدگی به سیم برق"},
			says:  []string{"1|سیم برق پاره شده آویزونه خطرناکه", "2|تیر برق کج شده ممکنه بیفته"}},

		{key: "sewage", agency: "water", scope: pointScope, weight: 2.5, season: rainy, sizeScale: 1.2, days: [2]int{2, 20},
			categories: []string{"فاضلاب", "آب و فاضلاب"}, confusedWith: "surfacewater",
			nouns: []string{"پس زدن فاضلاب", "سرریز منهول فاضلاب", "گرفتگی شبکه فاضلاب", "بوی فاضلاب از منهول"},
			asks:  []string{"درخواست رفع گرفتگی فاضلاب"},
			says:  []string{"فاضلاب از منهول زده بیرون کل کوچه بو گرفته", "چاه فاضلاب پس زده تو کوچه", "از دریچه فاضلاب آب کثیف میاد بیرون"}},
		{key: "mainburst", agency: "water", scope: pointScope, weight: 1.5, season: [12]float64{0.8, 0.8, 1, 1.1, 1.1, 1, 0.9, 0.9, 1.1, 1.4, 1.2, 0.9}, sizeScale: 1.3, days: [2]int{1, 3},
			categories: []string{"آب", "آب و فاضلاب", "آب‌های سطحی"}, confusedWith: "surfacewater",
			nouns: []string{"شکستگی لوله آب", "نشت آب از زیر آسفالت", "ترکیدگی لوله آب شهری"},
			asks:  []string{"درخواست رسیدگی به شکستگی لوله"},
			says:  []string{"لوله آب ترکیده آب داره تو خیابون هدر میره", "از زیر آسفالت آب میزنه بیرون"}},
		{key: "watercut", agency: "water", scope: areaScope, weight: 0.8, season: summer, sizeScale: 1.5, days: [2]int{1, 2},
			categories: []string{"آب", "سایر"}, confusedWith: "",
			nouns: []string{"1|قطعی آب", "2|افت فشار آب"},
			asks:  []string{"پیگیری قطعی آب"},
			says:  []string{"1|از دیشب آب قطعه", "2|فشار آب خیلی کمه طبقه بالا آب نمیرسه"}},
		{key: "watertrench", agency: "water", scope: pointScope, weight: 0.5, season: flat, sizeScale: 1, days: [2]int{15, 60},
			categories: []string{"حفاری", "آسفالت و لکه‌گیری"}, confusedWith: "asphalt",
			nouns: []string{"عدم ترمیم حفاری آبفا", "رها کردن ترانشه توسط آب و فاضلاب"},
			asks:  []string{"درخواست ترمیم حفاری آب و فاضلاب"},
			says:  []string{"آبفا لوله عوض کرد کوچه رو کند و رفت", "اداره آب اینجا رو کنده ترمیم نکرده"}},

		{key: "gassmell", agency: "gas", scope: pointScope, weight: 0.8, season: [12]float64{0.6, 0.6, 0.6, 0.6, 0.6, 0.8, 1.2, 1.5, 1.7, 1.7, 1.5, 1}, sizeScale: 1, days: [2]int{1, 2},
			categories: []string{"گاز", "سایر"}, confusedWith: "",
			nouns: []string{"بوی گاز در معبر", "نشت گاز از علمک", "بوی شدید گاز"},
			asks:  []string{"درخواست بررسی نشت گاز"},
			says:  []string{"بوی گاز کل کوچه رو برداشته", "از لوله گاز کنار دیوار صدای نشتی میاد"}},
		{key: "gastrench", agency: "gas", scope: pointScope, weight: 0.5, season: summer, sizeScale: 1, days: [2]int{15, 60},
			categories: []string{"حفاری", "گاز", "آسفالت و لکه‌گیری"}, confusedWith: "excavation",
			nouns: []string{"عدم ترمیم حفاری شرکت گاز", "رها شدن ترانشه گازکشی"},
			asks:  []string{"درخواست ترمیم حفاری گاز"},
			says:  []string{"شرکت گاز برای لوله‌کشی کوچه رو کند و ترمیم نکرد", "گازکشی کردن خاکش مونده وسط کوچه"}},

		{key: "telecom", agency: "telecom", scope: pointScope, weight: 0.8, season: flat, sizeScale: 1, days: [2]int{7, 45},
			categories: []string{"مخابرات", "سایر"}, confusedWith: "",
			nouns: []string{"1|باز بودن درب کافو مخابرات", "2|آویزان بودن کابل مخابرات", "1|تخریب جعبه مخابرات"},
			asks:  []string{"درخواست رسیدگی به کابل مخابرات"},
			says:  []string{"1|درب کافو مخابرات بازه سیما ریخته بیرون", "2|کابل تلفن پاره شده افتاده تو کوچه"}},
		{key: "telecomtrench", agency: "telecom", scope: pointScope, weight: 0.4, season: flat, sizeScale: 1, days: [2]int{15, 60},
			categories: []string{"حفاری", "مخابرات"}, confusedWith: "excavation",
			nouns: []string{"عدم ترمیم حفاری مخابرات", "رها شدن ترانشه فیبر نوری"},
			asks:  []string{"درخواست ترمیم حفاری مخابرات"},
			says:  []string{"مخابرات برای فیبر نوری پیاده‌رو رو کند و رفت", "حفاری مخابرات یه ماهه مونده"}},

		{key: "parking", agency: "police", scope: pointScope, weight: 2, season: flat, sizeScale: 1, days: [2]int{3, 30},
			categories: []string{"ترافیک", "سد معبر", "سایر"}, confusedWith: "sidewalk",
			nouns: []string{"پارک خودرو جلوی درب پارکینگ", "مسدود کردن کوچه با خودرو", "پارک دوبله و انسداد معبر"},
			asks:  []string{"درخواست برخورد با پارک غیرمجاز"},
			says:  []string{"یه ماشین جلوی پارکینگ ما پارک کرده نمیتونم بیرون بیام", "ماشینا کوچه رو بستن آمبولانس نمیتونه رد بشه"}},
		{key: "abandoned", agency: "police", scope: pointScope, weight: 0.7, season: flat, sizeScale: 1, days: [2]int{20, 120},
			categories: []string{"خودروی رها شده", "ترافیک", "سایر"}, confusedWith: "",
			nouns: []string{"رها شدن خودروی فرسوده", "خودروی رها شده در کوچه"},
			asks:  []string{"درخواست جمع‌آوری خودروی رها شده"},
			says:  []string{"یه پیکان قراضه چند ماهه اینجا ول شده", "ماشین اوراقی جلوی خونه رها شده"}},
		{key: "noise", agency: "police", scope: pointScope, weight: 0.6, season: summer, sizeScale: 1, days: [2]int{1, 20},
			categories: []string{"سایر", "مزاحمت"}, confusedWith: "",
			nouns: []string{"1|مزاحمت صوتی همسایه", "1|سر و صدای شبانه", "2|تجمع افراد مزاحم در شب"},
			asks:  []string{"درخواست رسیدگی به مزاحمت"},
			says:  []string{"1|همسایه هر شب تا دیر وقت جشن میگیره صدای آهنگ", "2|چند تا جوون هر شب سر کوچه جمع میشن سر و صدا میکنن"}},

		{key: "other", agency: "other", scope: pointScope, weight: 1.1, season: flat, sizeScale: 0.9, days: [2]int{5, 30},
			categories: []string{"سایر", "خدمات شهری"}, confusedWith: "",
			nouns: []string{"1|حضور متکدیان و کارتن‌خواب", "2|دود و بوی کارگاه", "3|ریختن پساب به رودخانه"},
			asks:  []string{"درخواست رسیدگی"},
			says:  []string{"1|یه کارتن‌خواب اینجا زندگی میکنه حالش خوب نیست", "2|کارگاه رنگ‌کاری دودش میاد تو خونه‌ها", "3|یکی پساب میریزه تو رودخونه"}},
	}
}

// vagueCategories are what an operator picks when no category fits or in a hurry.
var vagueCategories = []string{"خدمات شهری", "سایر", "شکایات", "درخواست عمومی"}
