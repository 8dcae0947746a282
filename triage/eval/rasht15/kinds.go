package rasht15

// Agencies, as the truth writes them.
const (
	municipality = "municipality"
	water        = "water"
	power        = "power"
	gas          = "gas"
	telecom      = "telecom"
	police       = "police"
	other        = "other"
)

// level is what a kind's spot is.
type level int

const (
	atAlley  level = iota // one issue per alley
	atStreet              // one issue per street
	atPark                // the hood's park
	atPerson              // bound to a person, not a place: every request its own issue
)

// Categories operators and forms choose from.
const (
	catAsphalt  = "آسفالت و ترمیم نوار حفاری"
	catWaste    = "پسماند و نظافت شهری"
	catSurface  = "آبهای سطحی"
	catGreen    = "فضای سبز"
	catLighting = "روشنایی معابر"
	catAnimals  = "حیوانات ولگرد"
	catEncroach = "سد معبر"
	catCivil    = "عمران و پیاده‌رو"
	catTraffic  = "ترافیک"
	catBuild    = "ساخت و ساز غیرمجاز"
	catCrisis   = "مدیریت بحران"
	catOther    = "سایر"
	catServices = "خدمات شهری"
	catOutside  = "خارج از حوزه شهرداری"
)

// kind is one problem. say is how a citizen says it, formal how an operator writes it
// (after «شهروند اعلام نمود»), more are the sentences a messenger writer adds.
type kind struct {
	Code   string
	Agency string
	Level  level
	// Event kinds are over in hours; the others last days (MinDays..MaxDays) or, when
	// chronic, until someone repairs them.
	Event            bool
	MinDays, MaxDays int
	Chronic          bool    // may become a chronic issue
	Weight           float64 // in ordinary traffic
	Cats             []string
	Wrong            []string // what an operator files it under by mistake
	Say              []string
	Formal           []string
	More             []string
}

var kinds = []*kind{
	{Code: "asphalt", Agency: municipality, Level: atAlley, MinDays: 20, MaxDays: 120, Chronic: true, Weight: 10,
		Cats: []string{catAsphalt}, Wrong: []string{catCivil, catServices},
		Say: []string{"آسفالت کوچه خراب شده", "کوچه پر از چاله‌ست", "وسط کوچه یه چاله بزرگ هست", "آسفالت کوچه کامل از بین رفته",
			"کوچه هنوز آسفالت نشده و خاکیه", "آسفالت کوچه ترک برداشته و گود شده"},
		Formal: []string{"تخریب آسفالت کوچه", "وجود چاله‌های متعدد در سطح کوچه", "درخواست آسفالت مجدد کوچه", "نشست آسفالت معبر"},
		More: []string{"ماشین نمی‌تونه رد بشه", "بارون که میاد همه چاله‌ها پر آب میشه", "دیروز یه موتوری اونجا زمین خورد",
			"بچه‌ها موقع مدرسه رفتن گل‌آلود میشن", "چند بار زنگ زدیم کسی نیومد"}},
	{Code: "pothole", Agency: municipality, Level: atStreet, MinDays: 5, MaxDays: 40, Chronic: true, Weight: 4,
		Cats: []string{catAsphalt}, Wrong: []string{catTraffic},
		Say:    []string{"یه چاله خیلی بزرگ وسط خیابون هست", "دست‌انداز خطرناک وسط خیابون", "آسفالت خیابون نشست کرده"},
		Formal: []string{"وجود چاله عمیق در سطح خیابان", "نشست آسفالت در مسیر سواره‌رو"},
		More:   []string{"شب دیده نمیشه ماشینا میفتن توش", "لاستیک ماشینم پاره شد", "خطرناکه برای موتوریا"}},
	{Code: "garbage", Agency: municipality, Level: atAlley, MinDays: 2, MaxDays: 8, Weight: 10,
		Cats: []string{catWaste}, Wrong: []string{catServices, catOther},
		Say: []string{"زباله‌های کوچه رو جمع نکردن", "ماشین زباله سه شبه نیومده", "سطل زباله سر کوچه پر شده ریخته تو کوچه",
			"آشغالا مونده تو کوچه بو گرفته", "مخزن زباله رو بردن و برنگردوندن"},
		Formal: []string{"عدم جمع‌آوری پسماند", "سرریز مخزن زباله", "عدم مراجعه خودروی جمع‌آوری زباله"},
		More:   []string{"گربه‌ها کیسه‌ها رو پاره کردن", "بوی بدش کل کوچه رو برداشته", "موش زیاد شده"}},
	{Code: "channel", Agency: municipality, Level: atAlley, MinDays: 10, MaxDays: 60, Chronic: true, Weight: 6,
		Cats: []string{catSurface}, Wrong: []string{catServices, catWaste},
		Say: []string{"جوی کوچه گرفته", "کانال آب‌های سطحی کوچه مسدود شده", "جوی پر از لجن و آشغاله آب نمیره",
			"دریچه جوی سر کوچه گرفته", "آب جوی راکد مونده بوی بد میده"},
		Formal: []string{"انسداد کانال آب‌های سطحی", "عدم لایروبی جوی کوچه", "گرفتگی دهانه جوی"},
		More:   []string{"با هر بارون کوچه رو آب می‌گیره", "پشه زیاد شده", "چند ساله لایروبی نشده"}},
	{Code: "flood", Agency: municipality, Level: atStreet, Event: true, Weight: 1,
		Cats: []string{catSurface, catCrisis}, Wrong: []string{catServices},
		Say: []string{"خیابون رو آب گرفته", "آب تا زانو بالا اومده", "آبگرفتگی شدید تو خیابون", "آب رفته تو حیاط خونه‌ها",
			"ماشینا تو آب گیر کردن"},
		Formal: []string{"آبگرفتگی معبر", "آبگرفتگی شدید و ورود آب به منازل"},
		More:   []string{"آب راه نداره بره", "زیرزمین خونه‌ها پر آب شده", "عابرا نمی‌تونن رد شن"}},
	{Code: "tree", Agency: municipality, Level: atAlley, Event: true, Weight: 1.5,
		Cats: []string{catGreen, catCrisis}, Wrong: []string{catServices},
		Say:    []string{"درخت افتاده وسط کوچه", "یه شاخه بزرگ شکسته افتاده رو ماشین", "درخت کاج از ریشه دراومده", "درخت کج شده داره میفته رو خونه"},
		Formal: []string{"سقوط درخت در معبر", "شکستگی شاخه درخت و مسدود شدن کوچه", "خطر سقوط درخت"},
		More:   []string{"راه بسته شده", "رو سیم برق افتاده", "یه ماشین زیرش مونده", "خطرناکه بچه‌ها رد میشن"}},
	{Code: "drytree", Agency: municipality, Level: atAlley, MinDays: 15, MaxDays: 90, Chronic: true, Weight: 2,
		Cats: []string{catGreen}, Wrong: []string{catServices},
		Say:    []string{"درخت خشک شده ممکنه بیفته", "شاخه‌های درخت خیلی بلند شده پنجره رو گرفته", "درخت خشک کنار کوچه خطرناکه"},
		Formal: []string{"درخواست هرس درختان", "وجود درخت خشک و خطر سقوط"},
		More:   []string{"باد بیاد میفته", "چند بار درخواست هرس دادیم"}},
	{Code: "dogs", Agency: municipality, Level: atAlley, MinDays: 20, MaxDays: 100, Chronic: true, Weight: 4,
		Cats: []string{catAnimals}, Wrong: []string{catOther},
		Say:    []string{"سگای ولگرد تو کوچه زیاد شدن", "یه گله سگ شبا تو کوچه‌ان", "سگا به بچه‌ها حمله می‌کنن"},
		Formal: []string{"وجود سگ‌های ولگرد در کوچه", "ازدحام سگ‌های بلاصاحب"},
		More:   []string{"صبح زود نمیشه رفت نونوایی", "شبا تا صبح پارس می‌کنن", "دیروز یه بچه رو دنبال کردن"}},
	{Code: "debris", Agency: municipality, Level: atAlley, MinDays: 4, MaxDays: 30, Weight: 3,
		Cats: []string{catWaste, catBuild}, Wrong: []string{catServices},
		Say:    []string{"نخاله ساختمونی ریختن کنار کوچه", "یه کامیون خاک و نخاله خالی کرده تو کوچه"},
		Formal: []string{"تخلیه نخاله ساختمانی در معبر", "رهاسازی نخاله در کوچه"},
		More:   []string{"نصف کوچه رو گرفته", "شب اومدن ریختن رفتن"}},
	{Code: "sidewalk", Agency: municipality, Level: atStreet, MinDays: 20, MaxDays: 120, Chronic: true, Weight: 2,
		Cats: []string{catCivil}, Wrong: []string{catAsphalt},
		Say:    []string{"سنگفرش پیاده‌رو کنده شده", "موزاییکای پیاده‌رو شکسته", "پیاده‌رو گود شده آب جمع میشه"},
		Formal: []string{"تخریب سنگفرش پیاده‌رو", "ناهمواری پیاده‌رو"},
		More:   []string{"یه خانم مسن دیروز زمین خورد", "با کالسکه نمیشه رد شد"}},
	{Code: "encroach", Agency: municipality, Level: atStreet, MinDays: 5, MaxDays: 60, Weight: 2,
		Cats: []string{catEncroach}, Wrong: []string{catTraffic, catOther},
		Say:    []string{"مغازه‌دار اجناسشو گذاشته تو پیاده‌رو", "میوه‌فروشی پیاده‌رو رو گرفته", "پیاده‌رو رو با صندلی گرفتن"},
		Formal: []string{"سد معبر توسط واحد صنفی", "اشغال پیاده‌رو"},
		More:   []string{"مردم مجبورن از تو خیابون رد شن"}},
	{Code: "building", Agency: municipality, Level: atAlley, MinDays: 10, MaxDays: 80, Chronic: true, Weight: 2,
		Cats: []string{catBuild}, Wrong: []string{catOther},
		Say:    []string{"همسایه داره طبقه اضافه می‌سازه", "ساخت و ساز غیرمجاز شبونه", "پارکینگ رو کردن مغازه"},
		Formal: []string{"ساخت و ساز غیرمجاز", "احداث بنای بدون پروانه"},
		More:   []string{"شبا کار می‌کنن که کسی نبینه", "جمعه‌ها هم کار می‌کنن"}},
	{Code: "bump", Agency: municipality, Level: atAlley, MinDays: 10, MaxDays: 60, Weight: 1.5,
		Cats: []string{catTraffic}, Wrong: []string{catAsphalt},
		Say:    []string{"درخواست سرعت‌گیر برای کوچه داریم", "ماشینا با سرعت زیاد از کوچه رد میشن"},
		Formal: []string{"درخواست نصب سرعت‌گیر"},
		More:   []string{"کوچه پر از بچه‌ست", "نزدیک بود یه بچه رو زیر بگیرن"}},
	{Code: "carcass", Agency: municipality, Level: atAlley, MinDays: 1, MaxDays: 3, Weight: 1,
		Cats: []string{catWaste}, Wrong: []string{catAnimals},
		Say:    []string{"لاشه یه گربه وسط کوچه افتاده", "یه سگ مرده کنار جوی افتاده"},
		Formal: []string{"وجود لاشه حیوان در معبر"},
		More:   []string{"بو گرفته"}},
	{Code: "park", Agency: municipality, Level: atPark, MinDays: 10, MaxDays: 60, Weight: 1.5,
		Cats: []string{catGreen}, Wrong: []string{catServices},
		Say:    []string{"وسایل بازی پارک شکسته", "چراغای پارک خاموشه", "سرویس بهداشتی پارک خیلی کثیفه"},
		Formal: []string{"خرابی وسایل بازی پارک", "خاموشی روشنایی پارک", "عدم نظافت سرویس بهداشتی پارک"},
		More:   []string{"بچه‌ها ممکنه آسیب ببینن", "شبا پارک تاریکه"}},
	{Code: "snow", Agency: municipality, Level: atStreet, Event: true,
		Cats: []string{catServices, catCrisis}, Wrong: []string{catAsphalt},
		Say:    []string{"برف خیابون رو نروبیدن", "خیابون یخ زده ماشینا سر میخورن", "برف کوچه‌ها رو هیچکس پاک نکرده"},
		Formal: []string{"عدم برف‌روبی معبر", "یخ‌زدگی سطح معبر"},
		More:   []string{"یه نفر افتاد پاش شکست", "نمک‌پاشی نکردن"}},

	{Code: "trench_water", Agency: water, Level: atAlley, MinDays: 15, MaxDays: 90, Chronic: true, Weight: 0.5,
		Cats: []string{catAsphalt}, Wrong: []string{catCivil, catServices},
		Say:    []string{"آبفا کوچه رو کنده و همینطوری ول کرده", "اداره آب لوله عوض کرد جای کندنشو آسفالت نکرد", "ترانشه‌ای که آب و فاضلاب کنده هنوز پر نشده"},
		Formal: []string{"عدم ترمیم نوار حفاری شرکت آب و فاضلاب", "رهاسازی ترانشه حفاری آبفا"},
		More:   []string{"یه ماهه همینطوریه", "گل و شل شده"}},
	{Code: "trench_gas", Agency: gas, Level: atAlley, MinDays: 15, MaxDays: 80, Chronic: true, Weight: 0.3,
		Cats: []string{catAsphalt}, Wrong: []string{catCivil},
		Say:    []string{"شرکت گاز برای لوله‌کشی کوچه رو کنده و پر نکرده", "حفاری گاز رو ول کردن رفتن"},
		Formal: []string{"عدم ترمیم حفاری شرکت گاز", "رهاسازی حفاری لوله‌کشی گاز"},
		More:   []string{"خاکاش ریخته وسط کوچه"}},
	{Code: "trench_telecom", Agency: telecom, Level: atAlley, MinDays: 15, MaxDays: 80, Chronic: true, Weight: 0.3,
		Cats: []string{catAsphalt}, Wrong: []string{catCivil},
		Say:    []string{"مخابرات برای فیبر نوری کوچه رو کنده و رفته", "کانال کابل مخابرات رو پر نکردن"},
		Formal: []string{"عدم ترمیم حفاری مخابرات", "رهاسازی کانال فیبر نوری"},
		More:   []string{"دو هفته‌ست همینطوره"}},
	{Code: "sewage", Agency: water, Level: atAlley, MinDays: 2, MaxDays: 30, Chronic: true, Weight: 0.8,
		Cats: []string{catOutside}, Wrong: []string{catSurface, catServices},
		Say: []string{"فاضلاب از منهول زده بیرون", "چاه فاضلاب پس زده کل کوچه رو فاضلاب برداشته", "لوله فاضلاب شکسته بوی بد میاد",
			"درپوش منهول فاضلاب شکسته"},
		Formal: []string{"سرریز منهول فاضلاب", "پس‌زدگی شبکه فاضلاب", "شکستگی درپوش منهول فاضلاب"},
		More:   []string{"بوش غیرقابل تحمله", "رفته تو جوی"}},
	{Code: "leak", Agency: water, Level: atAlley, Event: true, Weight: 0.6,
		Cats: []string{catOutside}, Wrong: []string{catSurface},
		Say:    []string{"لوله آب ترکیده آب داره هدر میره", "آب از زیر آسفالت میزنه بیرون", "کنتور آب سر کوچه نشتی داره"},
		Formal: []string{"شکستگی لوله آب شرب", "نشت آب از شبکه آبرسانی"},
		More:   []string{"از صبح داره آب میره", "کوچه رو آب برداشته"}},
	{Code: "nowater", Agency: water, Level: atStreet, Event: true, Weight: 0.3,
		Cats: []string{catOutside}, Wrong: []string{catOther},
		Say:    []string{"از صبح آب قطعه", "فشار آب خیلی کمه طبقه بالا آب نمیاد"},
		Formal: []string{"قطعی آب شرب", "افت فشار آب"},
		More:   []string{"هیچ اطلاعیه‌ای هم ندادن"}},
	{Code: "powercut", Agency: power, Level: atStreet, Event: true, Weight: 0.5,
		Cats: []string{catOutside}, Wrong: []string{catLighting},
		Say:    []string{"برق کل خیابون رفته", "برق قطعه", "برق چند ساعته قطع شده"},
		Formal: []string{"قطعی برق", "خاموشی برق منازل"},
		More:   []string{"یخچالا خراب شد", "بچه مریض داریم"}},
	{Code: "lamp", Agency: power, Level: atAlley, MinDays: 5, MaxDays: 60, Chronic: true, Weight: 0.6,
		Cats: []string{catLighting}, Wrong: []string{catServices},
		Say: []string{"چراغ برق کوچه چند شبه خاموشه", "لامپ تیر برق سر کوچه سوخته", "کوچه شبا تاریک تاریکه",
			"چراغای کوچه روز روشنه شب خاموش"},
		Formal: []string{"خاموشی چراغ روشنایی معبر", "سوختگی لامپ تیر برق"},
		More:   []string{"شبا خانما می‌ترسن رد شن", "دزدی زیاد شده"}},
	{Code: "wire", Agency: power, Level: atAlley, Event: true, Weight: 0.4,
		Cats: []string{catOutside}, Wrong: []string{catLighting, catCrisis},
		Say:    []string{"سیم برق پاره شده افتاده رو زمین", "تیر برق کج شده داره میفته", "از سیم برق جرقه میزنه"},
		Formal: []string{"پارگی سیم برق", "خطر سقوط تیر برق"},
		More:   []string{"خیلی خطرناکه", "بچه‌ها بازی می‌کنن اونجا"}},
	{Code: "gassmell", Agency: gas, Level: atAlley, Event: true, Weight: 0.5,
		Cats: []string{catOutside}, Wrong: []string{catOther},
		Say:    []string{"بوی گاز شدید میاد", "بوی گاز کل کوچه رو گرفته", "از علمک گاز صدای نشتی میاد"},
		Formal: []string{"استشمام بوی گاز", "نشت گاز از علمک"},
		More:   []string{"می‌ترسیم منفجر شه"}},
	{Code: "cable", Agency: telecom, Level: atAlley, MinDays: 10, MaxDays: 90, Chronic: true, Weight: 0.5,
		Cats: []string{catOutside}, Wrong: []string{catLighting, catServices},
		Say:    []string{"کابل تلفن آویزون شده وسط کوچه", "در جعبه مخابرات بازه سیما ریخته بیرون", "سیم تلفن پاره شده افتاده"},
		Formal: []string{"آویزان بودن کابل مخابرات", "باز بودن درب کافو مخابرات"},
		More:   []string{"ماشین بلند رد بشه پاره میکنه", "تلفنامون قطع و وصل میشه"}},
	{Code: "blocking", Agency: police, Level: atAlley, MinDays: 1, MaxDays: 10, Weight: 1.5,
		Cats: []string{catTraffic}, Wrong: []string{catEncroach},
		Say:    []string{"یه ماشین جلوی در پارکینگ پارک کرده", "ماشینا سر کوچه دوبله پارک می‌کنن نمیشه رد شد", "یه وانت چند روزه کوچه رو بسته"},
		Formal: []string{"توقف خودرو مقابل درب پارکینگ", "سد معبر توسط خودروی شخصی"},
		More:   []string{"نمی‌تونم ماشینمو بیارم بیرون", "آمبولانس نمی‌تونه بیاد"}},
	{Code: "noise", Agency: police, Level: atAlley, MinDays: 1, MaxDays: 20, Weight: 1.2,
		Cats: []string{catOther}, Wrong: []string{catBuild},
		Say:    []string{"همسایه هر شب تا سه صبح سر و صدا داره", "موتورسواری شبانه با اگزوز بلند", "جوونا شبا سر کوچه جمع میشن سر و صدا میکنن"},
		Formal: []string{"مزاحمت صوتی شبانه", "ایجاد سر و صدا توسط موتورسیکلت‌ها"},
		More:   []string{"بچه‌ها نمی‌تونن بخوابن"}},
	{Code: "subsidy", Agency: other, Level: atPerson, Event: true, Weight: 1,
		Cats: []string{catOther}, Wrong: []string{catServices},
		Say:    []string{"یارانه‌ام سه ماهه واریز نشده", "کالابرگم فعال نشده"},
		Formal: []string{"عدم واریز یارانه", "مشکل کالابرگ"},
		More:   []string{"به کی باید بگم"}},
	{Code: "school", Agency: other, Level: atPerson, Event: true, Weight: 0.5,
		Cats: []string{catOther}, Wrong: []string{catServices},
		Say:    []string{"بخاری کلاس مدرسه پسرم خرابه", "مدرسه بچه‌ام شهریه اضافه گرفته"},
		Formal: []string{"شکایت از مدرسه", "مشکل گرمایش مدرسه"},
		More:   []string{"آموزش و پرورش هم جواب نمیده"}},
	{Code: "bill", Agency: other, Level: atPerson, Event: true, Weight: 0.5,
		Cats: []string{catOther}, Wrong: []string{catServices},
		Say:    []string{"بیمه تکمیلی هزینه‌ها رو پرداخت نمی‌کنه", "نانوایی سر کوچه کم‌فروشی می‌کنه", "حقوق بازنشستگی‌ام دیر واریز میشه"},
		Formal: []string{"شکایت از بیمه", "شکایت از کم‌فروشی واحد صنفی", "تاخیر در پرداخت حقوق بازنشستگی"},
		More:   []string{"کسی جواب نمیده"}},
}

func kindByCode(code string) *kind {
	for _, k := range kinds {
		if k.Code == code {
			return k
		}
	}
	panic("rasht15: no kind " + code)
}

// latinSay is how a few kinds are written in Finglish, from a phone without a Persian
// keyboard.
var latinSay = map[string][]string{
	"asphalt": {"asfalt kooche kharab shode", "kooche pore chale ast", "asfalte koche kamel az bein rafte"},
	"garbage": {"ashghala ro jam nakardan", "mashin zobale 3 shabe nayomade"},
	"channel": {"joob gerefte", "joobe kooche gerefte ab nemire"},
	"flood":   {"khiaboon ro ab gerefte", "ab gereftegi shadid"},
	"tree":    {"derakht oftade vasate kooche", "ye shakhe bozorg oftade roo mashin"},
	"dogs":    {"sag velgard ziad shode too kooche"},
	"sewage":  {"fazelab zade biroon", "booye fazelab miad"},
	"lamp":    {"cheragh bargh kooche khamooshe", "kooche shaba tarike"},
}
