package rasht26

// The 137 line's categories as the operator picks them. Written with their ZWNJ: they come
// from the central system's list, not from a keyboard.
const (
	catAsphalt  = "معابر و آسفالت"
	catWaste    = "پسماند"
	catClean    = "نظافت شهری"
	catSurface  = "آب\u200cهای سطحی"
	catLight    = "روشنایی معابر"
	catGreen    = "فضای سبز"
	catAnimals  = "حیوانات ولگرد"
	catDebris   = "نخاله و مصالح ساختمانی"
	catObstruct = "سد معبر"
	catBuild    = "ساخت و ساز"
	catTraffic  = "ترافیک"
	catHealth   = "بهداشت محیط"
	catWater    = "آب و فاضلاب"
	catPower    = "برق"
	catGas      = "گاز"
	catTelecom  = "مخابرات"
	catPolice   = "انتظامی"
	catOther    = "سایر"
)

// vagueCats are what an operator picks when in a hurry or in doubt.
var vagueCats = []string{"سایر", "سایر", "عمومی", "شکایات", ""}

// problem is one kind of thing citizens report. A template may start with "1|", "2|" …:
// the variant of the problem it describes (a broken slide and a dark park are two issues in
// one park); an issue keeps one variant, and untagged templates fit every variant. Templates mark a ZWNJ with "_" (the writer
// decides per request whether it is a ZWNJ, a space or nothing); {in} in an operator's
// summary is « در <address>» or nothing.
type problem struct {
	Key      string
	Agency   string
	Cat      string
	Wrong    []string // categories an operator plausibly picks instead
	Level    level
	Weight   float64     // share of issues, before season
	Season   [12]float64 // by Solar Hijri month from فروردین; zero means flat
	Days     [2]int      // how long an episode lasts until the work is done
	Big      float64     // >1: draws more requests per issue (outages, floods)
	Recur    float64     // chance the spot has another episode later
	Max      int         // most requests an ordinary issue draws: a private nuisance few see
	Citizen  []string
	Operator []string
	Fing     []string
}

var autumnWinter = [12]float64{0.6, 0.4, 0.3, 0.3, 0.3, 0.6, 1.6, 2.4, 2.2, 1.8, 1.6, 1.0}
var summer = [12]float64{0.8, 1.0, 1.3, 1.5, 1.5, 1.2, 0.9, 0.8, 0.7, 0.7, 0.8, 0.9}
var building = [12]float64{1.2, 1.3, 1.3, 1.3, 1.2, 1.1, 0.9, 0.7, 0.6, 0.6, 0.7, 0.9}

var problems = []problem{
	{Key: "asphalt", Agency: "municipality", Cat: catAsphalt, Wrong: []string{catTraffic, catSurface}, Level: levelAlley,
		Weight: 13, Season: [12]float64{1, 1, 1, 1, 1, 1, 1, 1.2, 1.4, 1.5, 1.4, 1.1}, Days: [2]int{10, 120}, Recur: 0.12,
		Citizen: []string{"1|آسفالت کوچه خیلی خرابه، پر از چاله_ست", "1|چاله بزرگ وسط کوچه_ست، ماشین_ها آسیب می_بینن",
			"این کوچه چند ساله آسفالت نشده", "1|چاله_های کوچه رو پر کنید، شب_ها یکی میفته توش",
			"2|بعد از حفاری، آسفالت کوچه رو ترمیم نکردن و پر از دست_انداز شده", "تو رو خدا این کوچه رو آسفالت کنید، بارون که میاد پر از گل و لای میشه",
			"1|آسفالت جلوی خونه ما نشست کرده و چاله شده", "3|کوچه خاکیه، بچه_ها با کفش گلی میرن مدرسه",
			"2|چند ماه پیش برای لوله_کشی کوچه رو کندن و هنوز آسفالتش نکردن", "3|کوچه ما هنوز آسفالت نداره، فقط شن ریختن"},
		Operator: []string{"شهروند از وضعیت آسفالت{in} گلایه دارد و خواستار رسیدگی است.", "1|درخواست لکه_گیری و ترمیم آسفالت{in}",
			"1|وجود چاله_های متعدد{in}؛ درخواست رسیدگی", "1|تماس_گیرنده اظهار داشت آسفالت{in} تخریب شده و تردد دشوار است.",
			"2|ترمیم نوار حفاری{in} پس از چند ماه انجام نشده است.", "درخواست آسفالت معبر{in}", "3|درخواست آسفالت کوچه خاکی{in}"},
		Fing: []string{"asphalt kooche kharabe, por az chale", "lotfan kooche ro asphalt konid", "chale vasate kooche"}},
	{Key: "garbage", Agency: "municipality", Cat: catWaste, Wrong: []string{catClean, catHealth}, Level: levelAlley,
		Weight: 12, Season: summer, Days: [2]int{1, 5}, Big: 1.1, Recur: 0.2,
		Citizen: []string{"زباله_ها سه روزه جمع نشده", "ماشین زباله دیشب نیومد، بوی زباله کل کوچه رو گرفته",
			"مخزن زباله پر شده و زباله_ها ریخته تو خیابون", "چرا زباله_های کوچه ما رو جمع نمی_کنید؟",
			"زباله_ها کنار کوچه تلنبار شده و گربه_ها پخششون کردن", "دو شبه ماشین حمل زباله نیومده"},
		Operator: []string{"عدم جمع_آوری پسماند{in}", "شهروند اظهار داشت زباله_ها{in} چند روز است جمع_آوری نشده.",
			"سرریز مخزن زباله{in}، درخواست تخلیه", "گلایه از عدم حضور خودروی حمل پسماند{in}"},
		Fing: []string{"ashghala 3 rooze jam nashode", "mashine ashghal nayoomade"}},
	{Key: "bin", Agency: "municipality", Cat: catWaste, Wrong: []string{catClean}, Level: levelAlley,
		Weight: 3, Days: [2]int{5, 40}, Max: 6,
		Citizen: []string{"1|مخزن زباله شکسته و درش نیست", "2|درخواست نصب مخزن زباله سر کوچه", "3|مخزن زباله رو از جلوی در خونه ما بردارید، بوش اذیت میکنه",
			"1|سطل زباله کوچه آتیش گرفته و سوخته"},
		Operator: []string{"1|درخواست تعویض مخزن آسیب_دیده{in}", "3|درخواست جابجایی مخزن زباله{in}", "2|درخواست استقرار مخزن پسماند{in}"}},
	{Key: "sweeping", Agency: "municipality", Cat: catClean, Wrong: []string{catWaste, catGreen}, Level: levelAlley,
		Weight: 5, Season: [12]float64{0.8, 0.7, 0.7, 0.7, 0.8, 1, 1.5, 2, 1.6, 1, 0.8, 0.8}, Days: [2]int{2, 10}, Max: 15,
		Citizen: []string{"برگ_ها جوی رو پر کرده، رفتگر نمیاد", "کوچه خیلی کثیفه، هفته_هاست جارو نشده", "خاک و گل کف خیابون مونده، کسی جمع نمی_کنه",
			"رفتگر فقط سر خیابون رو جارو میکنه، داخل کوچه نمیاد"},
		Operator: []string{"درخواست رفت و روب{in}", "عدم نظافت معبر{in}", "جمع_آوری برگ و خاک از سطح معبر{in}"}},
	{Key: "flood", Agency: "municipality", Cat: catSurface, Wrong: []string{catWater, catAsphalt}, Level: levelAlley,
		Weight: 0, Days: [2]int{0, 2}, Big: 1.6,
		Citizen: []string{"آب کوچه رو گرفته، تا زانو آبه", "با این بارون کل کوچه آب گرفته، آب داره میره تو خونه_ها",
			"جوی گرفته و آب برگشته تو کوچه", "سر کوچه دریاچه شده، ماشین رد نمیشه", "آب وارد حیاط و پارکینگ شده، کمک کنید"},
		Operator: []string{"آبگرفتگی معبر{in} در پی بارندگی", "شهروند از آبگرفتگی{in} و ورود آب به منازل خبر داد.",
			"درخواست تخلیه آب{in}", "تجمع آب باران{in}، درخواست اعزام اکیپ"},
		Fing: []string{"kooche ab gerefte", "ab oomade too khoone, komak konid"}},
	{Key: "channel", Agency: "municipality", Cat: catSurface, Wrong: []string{catWater, catClean}, Level: levelAlley,
		Weight: 5, Season: autumnWinter, Days: [2]int{5, 45}, Max: 25, Recur: 0.15,
		Citizen: []string{"کانال آب جلوی خونه گرفته، لایروبی کنید", "جوی پر از لجن و زباله_ست، آب راه نداره", "جوی کوچه بو گرفته و پشه زیاد شده",
			"کانال روباز کوچه رو سال_هاست لایروبی نکردن"},
		Operator: []string{"درخواست لایروبی کانال آب_های سطحی{in}", "انسداد جوی{in}", "شهروند خواستار لایروبی جوی{in} است."}},
	{Key: "grate", Agency: "municipality", Cat: catSurface, Wrong: []string{catAsphalt, catWater}, Level: levelAlley,
		Weight: 1.5, Days: [2]int{3, 30}, Max: 8,
		Citizen:  []string{"دریچه جوی شکسته، دیروز یه بچه پاش رفت توش", "درپوش کانال رو بردن، یه چاله باز مونده", "دال روی جوی شکسته و ماشین نمی_تونه رد شه"},
		Operator: []string{"تخریب دریچه کانال{in}", "سرقت درپوش کانال آب_های سطحی{in}؛ خطر سقوط عابر"}},
	{Key: "prune", Agency: "municipality", Cat: catGreen, Wrong: []string{catLight, catPower}, Level: levelAlley,
		Weight: 3.5, Season: [12]float64{0.8, 0.8, 0.7, 0.6, 0.6, 0.7, 1.2, 1.5, 1.6, 1.5, 1.2, 1}, Days: [2]int{7, 60}, Max: 10,
		Citizen: []string{"1|شاخه_های درخت جلوی چراغ رو گرفته و کوچه تاریکه", "2|درخت کنار خونه خطرناکه، داره کج میشه", "1|درخواست هرس درختان کوچه",
			"3|ریشه درخت کف پیاده_رو رو بلند کرده"},
		Operator: []string{"1|درخواست هرس درختان{in}", "2|درخت خطرساز{in}، درخواست بازدید", "1|شهروند خواستار هرس درخت مقابل منزل{in} است.", "3|آسیب پیاده_رو بر اثر ریشه درخت{in}"}},
	{Key: "falltree", Agency: "municipality", Cat: catGreen, Wrong: []string{catAsphalt, catPower}, Level: levelStretch,
		Weight: 1.2, Season: autumnWinter, Days: [2]int{0, 2}, Big: 1.3, Max: 12,
		Citizen:  []string{"درخت افتاده وسط خیابون، راه بسته_ست", "باد درخت رو انداخته روی ماشین_ها", "یه درخت بزرگ شکسته و افتاده تو پیاده_رو"},
		Operator: []string{"سقوط درخت{in} و انسداد معبر", "شکستن درخت{in} بر اثر باد؛ درخواست جمع_آوری"}},
	{Key: "park", Agency: "municipality", Cat: catGreen, Wrong: []string{catLight, catClean}, Level: levelPark,
		Weight: 2.5, Season: summer, Days: [2]int{7, 60}, Max: 25, Recur: 0.1,
		Citizen: []string{"1|وسایل بازی پارک شکسته، بچه_ها آسیب می_بینن", "2|چراغ_های پارک شب_ها خاموشه", "3|سرویس بهداشتی پارک کثیفه و همیشه قفله",
			"4|چمن_های پارک خشک شده، آبیاری نمی_کنن", "1|سرسره پارک شکسته", "2|پارک شب_ها تاریکه، هیچ چراغی روشن نیست"},
		Operator: []string{"1|خرابی وسایل بازی کودکان{in}", "2|خاموشی چراغ_های داخل پارک{in}", "3|گلایه از نظافت سرویس بهداشتی{in}", "4|درخواست آبیاری فضای سبز{in}"}},
	{Key: "dogs", Agency: "municipality", Cat: catAnimals, Wrong: []string{catHealth, catOther}, Level: levelAlley,
		Weight: 5, Days: [2]int{3, 40}, Max: 20, Recur: 0.2,
		Citizen: []string{"سگ_های ولگرد شب_ها تو کوچه جمع میشن، بچه_ها می_ترسن", "یه گله سگ جلوی مدرسه_ست", "سگ ولگرد به پسرم حمله کرد",
			"صبح_ها نمی_تونیم از ترس سگ_ها بریم بیرون"},
		Operator: []string{"وجود سگ_های بلاصاحب{in}؛ درخواست زنده_گیری", "تجمع سگ_های ولگرد{in}", "گلایه از حمله سگ ولگرد{in}"},
		Fing:     []string{"sag velgard ziad shode", "sagha shab too kooche jam mishan"}},
	{Key: "debris", Agency: "municipality", Cat: catDebris, Wrong: []string{catWaste, catBuild}, Level: levelAlley,
		Weight: 4, Season: building, Days: [2]int{3, 30}, Max: 12, Recur: 0.1,
		Citizen:  []string{"یکی نخاله ساختمونی ریخته کنار کوچه", "نخاله_ها رو شبانه کنار زمین خالی خالی میکنن", "کامیون نخاله آورد ریخت سر کوچه و رفت"},
		Operator: []string{"تخلیه غیرمجاز نخاله ساختمانی{in}", "درخواست جمع_آوری نخاله{in}"}},
	{Key: "materials", Agency: "municipality", Cat: catDebris, Wrong: []string{catObstruct, catBuild}, Level: levelAlley,
		Weight: 2.5, Season: building, Days: [2]int{5, 40}, Max: 10,
		Citizen:  []string{"ماسه و آجر ساختمون رو ریختن وسط کوچه، ماشین رد نمیشه", "مصالح ساختمونی همسایه یک ماهه تو کوچه_ست", "میلگرد و تیرآهن گذاشتن تو پیاده_رو"},
		Operator: []string{"رها کردن مصالح ساختمانی در معبر{in}", "اشغال معبر با مصالح ساختمانی{in}"}},
	{Key: "obstruct", Agency: "municipality", Cat: catObstruct, Wrong: []string{catTraffic, catPolice}, Level: levelStretch,
		Weight: 3, Days: [2]int{5, 60}, Max: 15, Recur: 0.2,
		Citizen:  []string{"مغازه_ها پیاده_رو رو گرفتن، مجبوریم از تو خیابون رد شیم", "میوه_فروشی جنسش رو گذاشته تو پیاده_رو", "دست_فروش_ها کل پیاده_رو رو گرفتن"},
		Operator: []string{"سد معبر توسط کسبه{in}", "اشغال پیاده_رو توسط واحد صنفی{in}"}},
	{Key: "building", Agency: "municipality", Cat: catBuild, Wrong: []string{catDebris, catOther}, Level: levelAlley,
		Weight: 2.5, Season: building, Days: [2]int{10, 90}, Max: 8,
		Citizen:  []string{"همسایه بدون مجوز داره طبقه اضافه میسازه", "یه ساختمون بدون پروانه دارن می_سازن و جلوی نور ما رو گرفتن", "حیاط رو دارن می_سازن، مجوز ندارن"},
		Operator: []string{"گزارش ساخت_وساز غیرمجاز{in}", "ساخت_وساز بدون پروانه{in}؛ درخواست بازدید"}},
	{Key: "rats", Agency: "municipality", Cat: catHealth, Wrong: []string{catAnimals, catWaste}, Level: levelAlley,
		Weight: 1.5, Season: summer, Days: [2]int{5, 40}, Max: 8,
		Citizen:  []string{"موش_ها تو جوی کوچه زیاد شدن", "موش_های بزرگ شب_ها از کانال میان بیرون"},
		Operator: []string{"درخواست طعمه_گذاری برای مبارزه با موش{in}", "افزایش جوندگان{in}"}},
	{Key: "carcass", Agency: "municipality", Cat: catHealth, Wrong: []string{catAnimals, catWaste}, Level: levelStretch,
		Weight: 1.5, Days: [2]int{0, 2}, Max: 5,
		Citizen:  []string{"1|یه گربه مرده وسط کوچه_ست", "2|لاشه سگ کنار خیابون افتاده، بو گرفته", "1|لاشه گربه کنار جوی افتاده"},
		Operator: []string{"وجود لاشه حیوان{in}؛ درخواست جمع_آوری", "1|لاشه گربه{in}", "2|لاشه سگ{in}"}},
	{Key: "bump", Agency: "municipality", Cat: catTraffic, Wrong: []string{catAsphalt, catPolice}, Level: levelAlley,
		Weight: 2, Days: [2]int{20, 120}, Max: 10,
		Citizen:  []string{"1|ماشین_ها با سرعت رد میشن، سرعت_گیر بذارید", "1|سرعت_گیر جلوی مدرسه لازمه، بچه_ها در خطرن", "2|سرعت_گیر کوچه خیلی بلنده، ماشین_ها زیرشون می_خوره"},
		Operator: []string{"1|درخواست نصب سرعت_گیر{in}", "2|درخواست اصلاح سرعت_گیر{in}"}},
	{Key: "workshop", Agency: "municipality", Cat: catOther, Wrong: []string{catPolice, catHealth}, Level: levelAlley,
		Weight: 1, Days: [2]int{10, 90}, Max: 8,
		Citizen:  []string{"1|صافکاری تو کوچه مسکونی صداش کل روز اذیت میکنه", "2|تعمیرگاه سر کوچه روغن سوخته رو میریزه تو جوی"},
		Operator: []string{"فعالیت کارگاه مزاحم در محدوده مسکونی{in}", "شکایت از واحد صنفی مزاحم{in}"}},

	// water and sewage company (آبفا)
	{Key: "sewage", Agency: "water", Cat: catWater, Wrong: []string{catSurface, catHealth}, Level: levelAlley,
		Weight: 2.2, Season: autumnWinter, Days: [2]int{1, 10}, Max: 25, Recur: 0.15,
		Citizen:  []string{"منهول فاضلاب سرریز کرده، بوی بدی میده", "فاضلاب از دریچه بیرون زده تو کوچه", "چاه فاضلاب شبکه پس زده، کوچه پر از فاضلابه"},
		Operator: []string{"سرریز منهول فاضلاب{in}", "پس_زدگی فاضلاب{in}", "جاری شدن فاضلاب در معبر{in}"}},
	{Key: "pipe", Agency: "water", Cat: catWater, Wrong: []string{catSurface, catAsphalt}, Level: levelStretch,
		Weight: 1.6, Days: [2]int{0, 3}, Max: 20, Big: 1.2,
		Citizen:  []string{"لوله آب ترکیده، آب داره تو خیابون هدر میره", "از زیر آسفالت آب میجوشه", "از دیشب آب تمیز از وسط خیابون فواره میزنه"},
		Operator: []string{"شکستگی لوله آب{in}؛ آب در معبر جاری است", "نشت آب از شبکه{in}"}},
	{Key: "watercut", Agency: "water", Cat: catWater, Wrong: []string{catOther}, Level: levelArea,
		Weight: 0.7, Season: summer, Days: [2]int{0, 1}, Big: 1.8, Max: 70,
		Citizen:  []string{"1|از صبح آب قطعه", "2|فشار آب خیلی کمه، طبقه بالا آب نداریم", "1|چرا بدون اطلاع آب رو قطع کردید؟"},
		Operator: []string{"1|قطعی آب{in}", "2|افت فشار آب{in}"}},
	{Key: "watertrench", Agency: "water", Cat: catWater, Wrong: []string{catAsphalt}, Level: levelAlley,
		Weight: 0.8, Days: [2]int{5, 30}, Max: 10,
		Citizen:  []string{"آبفا کوچه رو کنده و ول کرده رفته، دو هفته_ست", "لوله_گذاری آب تموم شده ولی گودال رو پر نکردن"},
		Operator: []string{"رها شدن حفاری آبفا{in} بدون ایمن_سازی", "ترانشه باز شرکت آب و فاضلاب{in}"}},

	// power distribution: street lighting is theirs
	{Key: "lamp", Agency: "power", Cat: catLight, Wrong: []string{catPower, catAsphalt}, Level: levelAlley,
		Weight: 3.5, Season: autumnWinter, Days: [2]int{3, 40}, Max: 20, Recur: 0.12,
		Citizen: []string{"چراغ تیر برق کوچه چند شبه خاموشه", "کوچه شب_ها تاریکه، لامپ سوخته", "چراغ سر کوچه روزها هم روشنه و شب_ها خاموش",
			"لامپ تیر برق جلوی خونه سوخته"},
		Operator: []string{"خاموشی چراغ روشنایی معبر{in}", "درخواست تعویض لامپ روشنایی{in}", "شهروند از تاریکی معبر{in} گلایه دارد."},
		Fing:     []string{"cheragh kooche khamooshe", "kooche shab tarike"}},
	{Key: "darkroad", Agency: "power", Cat: catLight, Wrong: []string{catPower}, Level: levelStretch,
		Weight: 0.6, Season: autumnWinter, Days: [2]int{5, 40}, Big: 1.5,
		Citizen:  []string{"کل خیابون شب_ها تاریکه، هیچکدوم از چراغ_ها روشن نیست", "چند شبه همه چراغ_های بلوار خاموشه، خیلی خطرناکه"},
		Operator: []string{"خاموشی کامل روشنایی{in}", "تاریکی مسیر{in}؛ چراغ_ها خاموش است"}},
	{Key: "outage", Agency: "power", Cat: catPower, Wrong: []string{catLight, catOther}, Level: levelArea,
		Weight: 0.4, Season: summer, Days: [2]int{0, 1}, Big: 1.5, Max: 60,
		Citizen:  []string{"برق کوچه ما قطع شده", "دو ساعته برق نداریم", "برق محله رفته، یخچال_ها خراب میشن"},
		Operator: []string{"قطعی برق{in}", "گزارش خاموشی{in}"}},
	{Key: "wire", Agency: "power", Cat: catPower, Wrong: []string{catLight, catGreen}, Level: levelAlley,
		Weight: 0.8, Days: [2]int{0, 10}, Max: 10,
		Citizen:  []string{"1|سیم برق افتاده رو درخت، جرقه میزنه", "2|تیر برق کج شده، ممکنه بیفته", "1|درخت افتاده روی سیم_های برق"},
		Operator: []string{"1|آویزان بودن سیم برق{in}", "1|تماس شاخه درخت با سیم برق{in}", "2|کج شدن تیر برق{in}"}},

	// gas
	{Key: "gassmell", Agency: "gas", Cat: catGas, Wrong: []string{catOther}, Level: levelAlley,
		Weight: 0.6, Season: autumnWinter, Days: [2]int{0, 2}, Max: 6,
		Citizen:  []string{"بوی گاز شدید تو کوچه میاد", "بوی گاز از کنتور سر کوچه میاد"},
		Operator: []string{"استشمام بوی گاز{in}", "نشت گاز از علمک{in}"}},
	{Key: "gastrench", Agency: "gas", Cat: catGas, Wrong: []string{catAsphalt}, Level: levelAlley,
		Weight: 0.5, Season: building, Days: [2]int{5, 30}, Max: 10,
		Citizen:  []string{"شرکت گاز کوچه رو کنده و درست نکرده", "گودال لوله_کشی گاز وسط کوچه باز مونده"},
		Operator: []string{"رها شدن حفاری شرکت گاز{in}", "ترانشه باز گاز{in}"}},

	// telecom
	{Key: "telecover", Agency: "telecom", Cat: catTelecom, Wrong: []string{catAsphalt, catSurface}, Level: levelStretch,
		Weight: 0.4, Days: [2]int{3, 30}, Max: 6,
		Citizen:  []string{"درپوش حوضچه مخابرات نیست، خطرناکه", "دریچه مخابرات تو پیاده_رو شکسته"},
		Operator: []string{"مفقود شدن درپوش حوضچه مخابراتی{in}"}},
	{Key: "cable", Agency: "telecom", Cat: catTelecom, Wrong: []string{catPower, catOther}, Level: levelAlley,
		Weight: 0.6, Days: [2]int{0, 7}, Max: 15, Big: 1.2,
		Citizen:  []string{"1|کابل مخابرات آویزونه", "2|تلفن و اینترنت کوچه دو روزه قطعه", "2|تلفن ثابت صدا نداره"},
		Operator: []string{"2|قطعی تلفن ثابت{in}", "1|آویزان بودن کابل مخابرات{in}"}},
	{Key: "teletrench", Agency: "telecom", Cat: catTelecom, Wrong: []string{catAsphalt}, Level: levelAlley,
		Weight: 0.3, Days: [2]int{5, 30}, Max: 6,
		Citizen:  []string{"مخابرات برای فیبر نوری کوچه رو کنده و رفته"},
		Operator: []string{"رها شدن حفاری مخابرات{in}"}},

	// police
	{Key: "parking", Agency: "police", Cat: catPolice, Wrong: []string{catObstruct, catTraffic}, Level: levelAlley,
		Weight: 1.8, Days: [2]int{0, 20}, Max: 6,
		Citizen: []string{"یه ماشین جلوی پارکینگ پارک کرده، نمی_تونم بیام بیرون", "ماشین_ها دو طرف کوچه پارک میکنن، آمبولانس رد نمیشه",
			"هر روز جلوی در پارکینگ ما پارک می_کنن"},
		Operator: []string{"پارک خودرو مقابل درب پارکینگ{in}", "سد معبر توسط خودروها{in}"}},
	{Key: "noise", Agency: "police", Cat: catPolice, Wrong: []string{catOther}, Level: levelAlley,
		Weight: 0.7, Days: [2]int{0, 1}, Max: 4,
		Citizen:  []string{"1|همسایه تا ۳ صبح مهمونی داره و صدای آهنگ بلنده", "2|دعوا و سروصدا تو کوچه، هر شب"},
		Operator: []string{"مزاحمت صوتی{in}", "شکایت از سروصدای همسایه{in}"}},
	{Key: "abandoned", Agency: "police", Cat: catPolice, Wrong: []string{catTraffic, catObstruct}, Level: levelAlley,
		Weight: 0.5, Days: [2]int{20, 90}, Max: 4,
		Citizen:  []string{"یه ماشین چند ماهه تو کوچه رها شده، زیرش پر از زباله_ست"},
		Operator: []string{"خودروی رهاشده{in}"}},
	{Key: "addicts", Agency: "police", Cat: catPolice, Wrong: []string{catGreen, catOther}, Level: levelPark,
		Weight: 0.4, Days: [2]int{10, 60}, Max: 8,
		Citizen:  []string{"معتادها شب_ها تو پارک جمع میشن", "تو پارک مواد می_فروشن، بچه_ها نمی_تونن برن"},
		Operator: []string{"تجمع افراد معتاد{in}"}},

	// other agencies
	{Key: "bakery", Agency: "other", Cat: catOther, Wrong: []string{catHealth}, Level: levelStretch,
		Weight: 0.6, Days: [2]int{0, 10}, Max: 8,
		Citizen:  []string{"1|نانوایی نون رو خمیر میده و کم_فروشی میکنه", "2|نانوایی سر ساعت باز نمیکنه و نون نمیده"},
		Operator: []string{"شکایت از نانوایی{in}"}},
	{Key: "foodshop", Agency: "other", Cat: catOther, Wrong: []string{catHealth}, Level: levelStretch,
		Weight: 0.4, Days: [2]int{0, 10}, Max: 5,
		Citizen:  []string{"1|قصابی بهداشت رو رعایت نمیکنه، گوشت بیرون مونده", "2|ساندویچی سر خیابون خیلی کثیفه"},
		Operator: []string{"عدم رعایت بهداشت در واحد صنفی{in}"}},
	{Key: "smoke", Agency: "other", Cat: catOther, Wrong: []string{catHealth, catBuild}, Level: levelAlley,
		Weight: 0.3, Days: [2]int{5, 60}, Max: 8,
		Citizen:  []string{"دود کارگاه پشت خونه_ها کل محله رو گرفته"},
		Operator: []string{"آلودگی هوا ناشی از کارگاه{in}"}},
}
