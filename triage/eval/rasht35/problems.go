package rasht35

// kind is one kind of problem: who must act, how the operator files it, how people
// describe it, how long an episode lasts and how many requests it tends to draw.
type kind struct {
	code   string
	agency string
	weight float64 // share of issues, before the season
	// season multiplies weight by Persian month (1 = فروردین … 12 = اسفند); nil: flat.
	season []float64
	// where: "alley" problems sit in an alley or on a stretch; "street" ones mostly on a
	// street's stretch.
	where string
	// days an episode lasts, from the first report to the fix.
	minDays, maxDays float64
	// draw scales how many requests an issue draws (1 typical, <1 few, >1 many).
	draw float64
	// recur is the chance the problem comes back at the same spot after the fix.
	recur float64
	// cats are the operator's right categories; near are plausible wrong ones.
	cats, near []string
	// citizen and operator describe the problem; fin is the Finglish caption core.
	citizen, operator, fin []string
	// again starts a report of a new episode after a fix.
	again []string
	// event is the share of episodes that start with the weather: a heavy rain, a storm,
	// the snow; many alleys then report the same problem the same day.
	event   float64
	weather string
}

const (
	catAsphalt   = "آسفالت و ترمیم معابر"
	catWaste     = "پسماند و نظافت شهری"
	catWater     = "دفع آب‌های سطحی"
	catGreen     = "فضای سبز"
	catAnimals   = "حیوانات ولگرد و مزاحم"
	catDebris    = "نخاله و مصالح ساختمانی"
	catSidewalk  = "سد معبر"
	catParks     = "پارک‌ها و بوستان‌ها"
	catLighting  = "روشنایی معابر"
	catUtilities = "آب و فاضلاب"
	catPower     = "برق"
	catGas       = "گاز"
	catTelecom   = "مخابرات"
	catTraffic   = "ترافیک و حمل و نقل"
	catPolice    = "انتظامی"
	catUrban     = "شهرسازی و ساخت و ساز"
	catOther     = "سایر"
)

// vagueCats are what an operator picks when in a hurry.
var vagueCats = []string{"سایر", "شکایات", "عمومی", "درخواست شهروندی", "خدمات شهری"}

// rainy: Rasht's rain peaks in autumn and winter.
var rainy = []float64{0.8, 0.6, 0.4, 0.3, 0.4, 0.8, 1.8, 2.4, 2.2, 1.9, 1.6, 1.2}
var summer = []float64{0.8, 1, 1.2, 1.5, 1.6, 1.4, 1, 0.9, 0.8, 0.8, 0.8, 0.8}
var windy = []float64{1.2, 1, 0.8, 0.7, 0.7, 0.9, 1.3, 1.5, 1.3, 1.3, 1.2, 1.3}
var snowy = []float64{0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 3, 1}

var kinds = []kind{
	{code: "asphalt", agency: "municipality", weight: 15, season: rainy, where: "alley", minDays: 10, maxDays: 60, draw: 1.3, recur: 0.15,
		cats: []string{catAsphalt, catAsphalt, "لکه‌گیری آسفالت"}, near: []string{catWater, catUrban},
		citizen: []string{"آسفالت کوچه خیلی خرابه", "کوچه پر از چاله چوله است ماشین به زور رد میشه", "آسفالت داغونه",
			"یه چاله بزرگ وسط کوچه هست", "چاله‌ها پر آب میشه و آب می‌پاشه به عابرا", "آسفالت کوچه کنده شده و کسی درستش نمی‌کنه",
			"دست‌انداز و چاله زیاده، شب ماشین می‌افته توش", "کوچه سال‌هاست آسفالت نشده", "خیابون چاله داره نزدیک بود تصادف کنم"},
		operator: []string{"خرابی آسفالت و وجود چاله در معبر", "درخواست لکه‌گیری آسفالت", "تخریب آسفالت کوچه",
			"وجود چاله عمیق در سطح معبر", "درخواست آسفالت مجدد کوچه", "نشست و تخریب آسفالت"},
		fin:   []string{"asfalt kooche kharabe", "chale bozorg vasat kooche", "asfalt dagoone"},
		again: []string{"باز هم آسفالت خراب شده، تازه وصله کرده بودن", "لکه‌گیری که کردید دوباره کنده شد"}},
	{code: "garbage", agency: "municipality", weight: 14, season: summer, where: "alley", minDays: 1, maxDays: 6, draw: 1.2, recur: 0.35,
		cats: []string{catWaste, catWaste, "جمع‌آوری زباله"}, near: []string{catGreen, catDebris},
		citizen: []string{"زباله‌ها چند روزه جمع نشده", "سطل زباله پر شده و بوی بدی میده", "مخزن زباله سر کوچه لبریزه",
			"گربه‌ها زباله‌ها رو پخش کردن تو کوچه", "ماشین زباله دیشب نیومد", "کیسه‌های زباله کنار خیابون مونده",
			"بوی زباله کل کوچه رو برداشته"},
		operator: []string{"عدم جمع‌آوری زباله", "درخواست تخلیه مخزن زباله", "تجمع زباله در معبر",
			"لبریز شدن مخزن پسماند", "عدم مراجعه خودروی حمل زباله"},
		fin:   []string{"ashghal jam nashode", "satl ashghal pore booye bad mide", "mashin zobale nayoomad"},
		again: []string{"دوباره زباله‌ها مونده", "باز مخزن پر شده"}},
	{code: "surface_water", event: 0.7, weather: "rain", agency: "municipality", weight: 8, season: rainy, where: "alley", minDays: 1, maxDays: 5, draw: 1.3, recur: 0.4,
		cats: []string{catWater, catWater, "آبگرفتگی معابر"}, near: []string{catUtilities, catAsphalt},
		citizen: []string{"با این بارون کوچه رو آب گرفته", "جوی آب گرفته و آب افتاده تو کوچه", "آب بارون جمع شده نمیشه رد شد",
			"آبگرفتگی شدید، آب تا جلوی در خونه‌ها اومده", "جوی رو لایروبی نکردن آب برگشته", "آب باران راه نداره کوچه دریاچه شده"},
		operator: []string{"آبگرفتگی معبر", "انسداد جوی و آبگرفتگی", "درخواست لایروبی جوی", "تجمع آب‌های سطحی"},
		fin:      []string{"kooche ro ab gerefte", "jube gerefte ab oomade too kooche"},
		again:    []string{"باز با بارون دیشب آب گرفت", "دوباره آبگرفتگی شده"}},
	{code: "debris", agency: "municipality", weight: 5, where: "alley", minDays: 3, maxDays: 20, draw: 0.9, recur: 0.1,
		cats: []string{catDebris, catDebris}, near: []string{catWaste, catUrban, catSidewalk},
		citizen: []string{"نخاله ساختمانی ریختن کنار کوچه", "یکی شب نخاله خالی کرده تو کوچه", "مصالح ساختمونی نصف کوچه رو گرفته",
			"خاک و نخاله ساختمان‌سازی تو پیاده‌رو"},
		operator: []string{"تخلیه نخاله ساختمانی در معبر", "رهاسازی نخاله", "اشغال معبر با مصالح ساختمانی"},
		fin:      []string{"nakhale rikhtan too kooche"}},
	{code: "sidewalk", agency: "municipality", weight: 4, where: "street", minDays: 5, maxDays: 30, draw: 0.9, recur: 0.2,
		cats: []string{catSidewalk, catSidewalk}, near: []string{catTraffic, catUrban},
		citizen: []string{"مغازه‌دار جنساشو گذاشته تو پیاده‌رو", "پیاده‌رو رو میوه‌فروشی اشغال کرده", "نمیشه از پیاده‌رو رد شد، همه‌اش وسیله است",
			"دستفروش‌ها پیاده‌رو رو گرفتن"},
		operator: []string{"سد معبر توسط واحد صنفی", "اشغال پیاده‌رو", "سد معبر و مزاحمت برای عابرین"},
		fin:      []string{"piaderou ro eshghal kardan"}},
	{code: "tree", event: 0.5, weather: "storm", agency: "municipality", weight: 5, season: windy, where: "alley", minDays: 2, maxDays: 20, draw: 0.9, recur: 0.1,
		cats: []string{catGreen, catGreen, "هرس درختان"}, near: []string{catParks, catPower},
		citizen: []string{"شاخه درخت شکسته و آویزونه", "درخت خشک شده ممکنه بیفته", "با باد دیشب درخت افتاد وسط کوچه",
			"شاخه‌های درخت جلوی پنجره رو گرفته هرس کنید", "ریشه درخت پیاده‌رو رو بلند کرده"},
		operator: []string{"درخواست هرس درخت", "سقوط درخت در معبر", "شکستگی شاخه درخت", "قطع درخت خشکیده"},
		fin:      []string{"derakht oftade vasat kooche"}},
	{code: "dogs", agency: "municipality", weight: 4, where: "alley", minDays: 10, maxDays: 50, draw: 1.1, recur: 0.2,
		cats: []string{catAnimals, catAnimals}, near: []string{catOther, catGreen},
		citizen: []string{"چند تا سگ ولگرد تو کوچه هستن بچه‌ها می‌ترسن", "سگ‌های ولگرد شب‌ها پارس می‌کنن", "گله سگ به عابر حمله کرده",
			"سگ ولگرد جلوی مدرسه"},
		operator: []string{"تجمع سگ‌های ولگرد", "مزاحمت سگ‌های بلاصاحب", "درخواست جمع‌آوری سگ ولگرد"},
		fin:      []string{"sag velgard too kooche ziade"}},
	{code: "park", agency: "municipality", weight: 3, season: summer, where: "street", minDays: 7, maxDays: 40, draw: 0.9, recur: 0.15,
		cats: []string{catParks, catGreen}, near: []string{catOther, catLighting},
		citizen: []string{"وسایل بازی پارک شکسته خطرناکه", "چمن پارک خشک شده کسی آب نمیده", "سرویس بهداشتی پارک خیلی کثیفه",
			"چراغ‌های پارک خاموشه شب‌ها تاریکه", "نیمکت‌های پارک شکسته"},
		operator: []string{"خرابی وسایل بازی پارک", "عدم آبیاری فضای سبز پارک", "عدم نظافت سرویس بهداشتی پارک", "خاموشی روشنایی داخل پارک"},
		fin:      []string{"vasayel bazi park shekaste"}},
	{code: "sweeping", agency: "municipality", weight: 3, where: "street", minDays: 1, maxDays: 5, draw: 0.8, recur: 0.25,
		cats: []string{catWaste}, near: []string{catGreen},
		citizen:  []string{"خیابون رو چند وقته جارو نکردن", "برگ درختا جوی رو پر کرده", "پیاده‌رو پر از آشغاله"},
		operator: []string{"عدم رفت و روب معبر", "درخواست نظافت و جاروکشی", "انباشت برگ در جوی"}},
	{code: "dead_animal", agency: "municipality", weight: 2, where: "alley", minDays: 0.2, maxDays: 1.5, draw: 0.5,
		cats: []string{catWaste, catAnimals}, near: []string{catOther},
		citizen:  []string{"لاشه گربه وسط کوچه افتاده", "یه سگ مرده کنار جوی هست", "لاشه حیوان بو گرفته"},
		operator: []string{"وجود لاشه حیوان در معبر", "درخواست جمع‌آوری لاشه"}},
	{code: "snow", event: 1.0, weather: "snow", agency: "municipality", weight: 1.5, season: snowy, where: "alley", minDays: 1, maxDays: 3, draw: 1.2,
		cats: []string{"برف‌روبی", catWaste}, near: []string{catAsphalt},
		citizen:  []string{"کوچه رو برف‌روبی نکردن ماشین گیر کرده", "یخ زده کوچه، نمک بپاشید", "برف کوچه رو باز نکردن"},
		operator: []string{"درخواست برف‌روبی معبر", "یخ‌زدگی معبر و درخواست نمک‌پاشی"}},
	{code: "construction", agency: "municipality", weight: 2, where: "alley", minDays: 15, maxDays: 60, draw: 0.8,
		cats: []string{catUrban}, near: []string{catDebris, catOther},
		citizen:  []string{"ساختمون بغلی بدون مجوز داره طبقه اضافه می‌سازه", "کارگاه ساختمانی تا ۱۱ شب سر و صدا داره", "گودبرداری ساختمون کناری خطرناکه"},
		operator: []string{"ساخت و ساز غیرمجاز", "ایمنی کارگاه ساختمانی", "گودبرداری غیرایمن"}},

	{code: "sewage", event: 0.4, weather: "rain", agency: "water", weight: 4, season: rainy, where: "alley", minDays: 1, maxDays: 8, draw: 1.4, recur: 0.25,
		cats: []string{catUtilities, catUtilities, "فاضلاب"}, near: []string{catWater, catWaste},
		citizen: []string{"فاضلاب از منهول زده بیرون", "بوی فاضلاب کل کوچه رو گرفته", "فاضلاب برگشته تو حیاط خونه‌ها",
			"درپوش منهول فاضلاب شکسته", "آب فاضلاب تو کوچه راه افتاده"},
		operator: []string{"سرریز فاضلاب از منهول", "گرفتگی شبکه فاضلاب", "پس‌زدگی فاضلاب", "شکستگی دریچه منهول فاضلاب"},
		fin:      []string{"fazelab zade biroon", "booye fazelab kole kooche ro gerefte"},
		again:    []string{"باز فاضلاب بالا زده"}},
	{code: "water_main", agency: "water", weight: 1.5, where: "street", minDays: 0.3, maxDays: 2, draw: 1.2,
		cats: []string{catUtilities}, near: []string{catWater},
		citizen:  []string{"لوله آب ترکیده آب تو خیابون راه افتاده", "از زیر آسفالت آب می‌جوشه", "شیر آب کنار پیاده‌رو نشتی داره"},
		operator: []string{"شکستگی لوله آب", "نشت آب از شبکه", "هدررفت آب شرب در معبر"}},
	{code: "no_water", agency: "water", weight: 1, season: summer, where: "street", minDays: 0.3, maxDays: 2, draw: 1,
		cats: []string{catUtilities}, near: []string{catOther},
		citizen:  []string{"از صبح آب قطعه", "فشار آب خیلی کمه طبقه بالا آب نمیاد", "آب گل‌آلوده"},
		operator: []string{"قطعی آب", "افت فشار آب", "کدورت آب شرب"}},
	{code: "water_trench", agency: "water", weight: 1, where: "alley", minDays: 7, maxDays: 40, draw: 1,
		cats: []string{catAsphalt, catUtilities}, near: []string{catAsphalt},
		citizen: []string{"آبفا کوچه رو کنده و همین‌طوری ول کرده", "از وقتی لوله آب عوض کردن آسفالت کوچه رو درست نکردن",
			"کانال آب و فاضلاب رو پر نکردن"},
		operator: []string{"رهاسازی ترانشه حفاری آبفا", "عدم ترمیم حفاری شرکت آب و فاضلاب"}},

	{code: "streetlight", event: 0.2, weather: "storm", agency: "power", weight: 5, season: windy, where: "alley", minDays: 5, maxDays: 40, draw: 1.1, recur: 0.15,
		cats: []string{catLighting, catLighting, catPower}, near: []string{catParks, catOther},
		citizen: []string{"چراغ برق کوچه خاموشه", "کوچه تاریکه شب‌ها نمیشه رفت و آمد کرد", "لامپ تیر برق سوخته",
			"چند تا از چراغ‌های خیابون روشن نمیشه", "چراغ تیر برق روزم روشنه"},
		operator: []string{"خاموشی روشنایی معبر", "سوختگی لامپ تیر برق", "عدم روشنایی کوچه"},
		fin:      []string{"cheragh kooche khamooshe", "kooche tarike"},
		again:    []string{"باز چراغ کوچه سوخته"}},
	{code: "power_cable", event: 0.5, weather: "storm", agency: "power", weight: 1.2, season: windy, where: "alley", minDays: 0.5, maxDays: 4, draw: 1,
		cats: []string{catPower}, near: []string{catLighting, catTelecom},
		citizen:  []string{"سیم برق از تیر آویزون شده خطرناکه", "شاخه درخت افتاده رو سیم برق جرقه میزنه", "تیر برق کج شده"},
		operator: []string{"آویزان شدن سیم برق", "برخورد شاخه درخت با شبکه برق", "کج شدن تیر برق"}},
	{code: "outage", agency: "power", weight: 1, season: summer, where: "street", minDays: 0.1, maxDays: 0.6, draw: 1,
		cats: []string{catPower}, near: []string{catLighting},
		citizen:  []string{"برق قطعه از یک ساعت پیش", "برق کل کوچه رفته"},
		operator: []string{"قطعی برق", "خاموشی برق منازل"}},

	{code: "gas_smell", agency: "gas", weight: 0.7, where: "alley", minDays: 0.05, maxDays: 0.5, draw: 0.9,
		cats: []string{catGas}, near: []string{catOther},
		citizen:  []string{"بوی گاز شدید تو کوچه میاد", "از کنار علمک گاز بو میاد"},
		operator: []string{"استشمام بوی گاز", "نشت گاز از انشعاب"}},
	{code: "gas_trench", agency: "gas", weight: 0.9, where: "alley", minDays: 7, maxDays: 40, draw: 1,
		cats: []string{catAsphalt, catGas}, near: []string{catAsphalt},
		citizen:  []string{"شرکت گاز کوچه رو کنده و ترمیم نکرده", "جای حفاری گاز رو فقط خاک ریختن", "لوله‌کشی گاز کردن و آسفالت رو درست نکردن"},
		operator: []string{"عدم ترمیم حفاری شرکت گاز", "رهاسازی ترانشه گاز"}},

	{code: "telecom", agency: "telecom", weight: 1.2, where: "alley", minDays: 3, maxDays: 30, draw: 0.8,
		cats: []string{catTelecom}, near: []string{catPower, catAsphalt},
		citizen:  []string{"در جعبه مخابرات باز مونده سیما بیرونه", "کابل مخابرات افتاده رو زمین", "مخابرات کوچه رو کنده برای فیبر و ول کرده"},
		operator: []string{"باز بودن کافو مخابراتی", "افتادن کابل مخابرات", "عدم ترمیم حفاری مخابرات"}},

	{code: "parking", agency: "police", weight: 2, where: "alley", minDays: 0.05, maxDays: 1, draw: 0.7, recur: 0.4,
		cats: []string{catTraffic, catPolice}, near: []string{catSidewalk},
		citizen:  []string{"یه ماشین جلوی پارکینگ پارک کرده نمی‌تونم بیام بیرون", "ماشینا دوبل پارک کردن کوچه بسته شده", "تاکسی‌ها سر کوچه رو بستن"},
		operator: []string{"پارک خودرو مقابل درب پارکینگ", "انسداد کوچه توسط خودروها", "توقف غیرمجاز خودرو"}},
	{code: "noise", agency: "police", weight: 0.8, where: "alley", minDays: 1, maxDays: 20, draw: 0.8,
		cats: []string{catPolice, catOther}, near: []string{catUrban},
		citizen:  []string{"موتورسوارها نصف شب با اگزوز سر و صدا میکنن", "جوونا تا دیروقت تو کوچه سر و صدا میکنن"},
		operator: []string{"مزاحمت صوتی شبانه", "ایجاد سر و صدا توسط موتورسواران"}},
	{code: "abandoned_car", agency: "police", weight: 0.6, where: "alley", minDays: 20, maxDays: 90, draw: 0.8,
		cats: []string{catTraffic, catPolice}, near: []string{catSidewalk, catWaste},
		citizen:  []string{"یه ماشین چند ماهه تو کوچه رها شده", "پیکان قراضه سال‌هاست تو کوچه مونده"},
		operator: []string{"خودروی رهاشده در معبر", "رها شدن خودروی فرسوده"}},

	{code: "homeless", agency: "other", weight: 0.5, season: rainy, where: "street", minDays: 5, maxDays: 30, draw: 0.7,
		cats: []string{catOther}, near: []string{catParks},
		citizen:  []string{"یه آقای کارتن‌خواب شب‌ها تو پارک می‌خوابه", "کودک کار سر چهارراه"},
		operator: []string{"حضور فرد کارتن‌خواب", "کودکان کار"}},
	{code: "hygiene", agency: "other", weight: 0.4, where: "street", minDays: 3, maxDays: 15, draw: 0.5,
		cats: []string{catOther}, near: []string{catWaste},
		citizen:  []string{"نانوایی بهداشت رو رعایت نمیکنه", "رستوران پسماندشو می‌ریزه تو جوی"},
		operator: []string{"عدم رعایت بهداشت واحد صنفی", "تخلف بهداشتی واحد صنفی"}},
	{code: "boar", agency: "other", weight: 0.3, season: windy, where: "alley", minDays: 5, maxDays: 30, draw: 0.8,
		cats: []string{catAnimals, catOther}, near: []string{catGreen},
		citizen:  []string{"شب‌ها گراز میاد تو کوچه", "گراز باغچه‌ها رو کنده"},
		operator: []string{"ورود گراز به محله"}},
}
