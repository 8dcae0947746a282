package rasht24

// shape says what a problem's spot is (README, the labelling rule).
type shape int

const (
	atPoint  shape = iota // an alley, or a stretch of a main road
	atStreet              // a whole street or alley (lights, a canal)
	atArea                // a neighbourhood (an outage, a water cut)
	atPark                // a park
)

// season weights a problem's issues by month of the Gregorian year.
type season int

const (
	allYear season = iota
	wet            // Rasht's rainy autumn and winter
	snowy          // the Bahman snow, late January to mid February
	growing        // spring and summer: trees, dogs, construction
)

func (s season) weight(month int) float64 {
	switch s {
	case wet:
		return [13]float64{0, 2.5, 2, 1.5, 0.6, 0.4, 0.3, 0.3, 0.6, 1.8, 3, 3, 2.5}[month]
	case snowy:
		return [13]float64{0, 2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}[month]
	case growing:
		return [13]float64{0, 0.6, 0.6, 1, 1.5, 1.5, 1.4, 1.3, 1.2, 1, 0.8, 0.6, 0.5}[month]
	}
	return 1
}

// problem is one kind of trouble: who must act, where its spot is, how often and how big its
// issues are, and how each channel words it. "{P}" stands for a place; "_" for a ZWNJ.
type problem struct {
	key    string
	agency string
	shape  shape
	weight float64
	season season
	size   float64 // multiplies an issue's number of requests
	days   int     // how long an episode of it usually lasts
	// mainOnly: only on a main road, where the shops are
	mainOnly bool
	cats     []string
	wrong    []string // categories an operator or citizen plausibly picks instead
	phone    []string
	app      []string
	web      []string
	fing     []string
}

// Categories as the 137 system lists them.
const (
	catAsphalt  = "آسفالت و لکه_گیری"
	catWaste    = "پسماند و نظافت"
	catWater    = "آب_های سطحی"
	catGreen    = "فضای سبز"
	catAnimals  = "حیوانات ولگرد"
	catDebris   = "نخاله ساختمانی"
	catSidewalk = "سد معبر"
	catParks    = "پارک_ها و بوستان_ها"
	catLights   = "روشنایی معابر"
	catBuild    = "شهرسازی و ساخت_وساز"
	catTraffic  = "ترافیک و حمل_ونقل"
	catOther    = "سایر"
	catUtility  = "ارجاع به دستگاه_های خدمات_رسان"
	catCivil    = "عمران"
	catSnow     = "برف_روبی"
	catWaterCo  = "آب و فاضلاب"
	catPowerCo  = "برق"
	catGasCo    = "گاز"
	catTelecom  = "مخابرات"
)

// vague are the categories that say nothing.
var vague = []string{catOther, catOther, "عمومی", "شکایت", "پیشنهاد و انتقاد"}

var problems = []problem{
	{key: "asphalt", agency: "municipality", shape: atPoint, weight: 15, size: 1.3, days: 60,
		cats: []string{catAsphalt, catAsphalt, catCivil}, wrong: []string{catTraffic, catDebris},
		phone: []string{"شهروند از وجود چاله در {P} گلایه دارد و خواستار لکه_گیری است",
			"درخواست آسفالت {P}", "تخریب آسفالت کوچه، شهروند درخواست رسیدگی دارد",
			"چاله_های متعدد در {P} باعث آسیب به خودروها شده است",
			"شهروند اعلام نمود آسفالت کوچه کاملا از بین رفته و هنگام بارندگی گل_آلود می_شود",
			"درخواست ترمیم آسفالت {P}"},
		app: []string{"آسفالت کوچه داغونه", "یه چاله بزرگ وسط کوچه هست ماشینا میفتن توش",
			"چاله خیلی خطرناکه شب دیده نمیشه", "کی میخواین این کوچه رو آسفالت کنین؟",
			"دو ساله منتظر آسفالتیم", "{P} پر از چاله_ست", "آسفالت {P} خراب شده رسیدگی کنید"},
		web: []string{"با سلام، آسفالت {P} به شدت تخریب شده و تردد با مشکل مواجه است. خواهشمند است دستور لکه_گیری صادر فرمایید.",
			"احتراما به استحضار می_رساند کوچه محل سکونت اینجانب سال_هاست آسفالت نشده است. لطفا رسیدگی شود."},
		fing: []string{"asfalte kooche kharabe", "chale bozorg vasate kooche", "asfalt nadarim lotfan residegi konid"}},
	{key: "garbage", agency: "municipality", shape: atPoint, weight: 15, size: 1.3, days: 20,
		cats: []string{catWaste}, wrong: []string{catDebris, catGreen},
		phone: []string{"عدم جمع_آوری زباله در {P}", "شهروند از جمع نشدن زباله_ها به مدت چند روز گلایه دارد",
			"مخزن زباله {P} پر شده و زباله_ها روی زمین ریخته", "درخواست جابجایی مخزن زباله از جلوی منزل",
			"تجمع زباله کنار {P}", "درخواست مخزن زباله برای {P}"},
		app: []string{"زباله_ها رو سه روزه نبردن", "بوی زباله کل کوچه رو برداشته",
			"مخزن زباله پره و گربه_ها همه جا رو ریختن", "آشغالا رو جمع کنید لطفا", "سطل زباله نداریم",
			"ماشین زباله دیشب نیومد"},
		web: []string{"با سلام. متاسفانه چند روز است که زباله_های {P} جمع_آوری نشده و بوی نامطبوع آن آزاردهنده است.",
			"با سلام و احترام، مخزن زباله {P} همیشه پر است و اطراف آن آلوده شده است. تقاضای رسیدگی دارم."},
		fing: []string{"ashghala ro jam nakardan", "zobale 3 roze mounde", "mashin ashghal nayoomade"}},
	{key: "surfacewater", agency: "municipality", shape: atStreet, weight: 9, season: wet, size: 1.5, days: 14,
		cats: []string{catWater}, wrong: []string{catWaterCo, catCivil, catAsphalt},
		phone: []string{"آبگرفتگی {P} بعد از بارندگی", "گرفتگی جوی آب در {P}",
			"شهروند اعلام نمود جوی کوچه مسدود شده و آب وارد حیاط منازل می_شود", "درخواست لایروبی کانال {P}",
			"آب باران در {P} تخلیه نمی_شود"},
		app: []string{"کوچه رو آب برداشته با هر بارون", "جوی پر از برگ و آشغاله آب راه نداره",
			"آب تا زیر در خونه_ها اومده", "یه کم بارون میاد اینجا دریاچه میشه", "کانال گرفته آب برگشته تو کوچه"},
		web:  []string{"با سلام، با هر بارندگی معبر {P} دچار آبگرفتگی می_شود. خواهشمند است نسبت به لایروبی جوی_ها اقدام فرمایید."},
		fing: []string{"ab gerefte kooche ro", "jooy gerefte ab mire too hayat"}},
	{key: "tree", agency: "municipality", shape: atPoint, weight: 5, season: growing, size: 0.8, days: 30,
		cats: []string{catGreen}, wrong: []string{catParks, catPowerCo},
		phone: []string{"درخواست هرس درختان {P}", "شاخه درخت شکسته و در {P} افتاده",
			"شهروند خواستار قطع درخت خشک جلوی منزل است", "درخت {P} کج شده و خطر سقوط دارد"},
		app: []string{"شاخه_های درخت جلوی پنجره رو گرفته لطفا هرس کنید", "درخت افتاده وسط کوچه",
			"این درخت خشک شده داره میفته"},
		web: []string{"با سلام، درختان {P} نیاز به هرس دارند و شاخه_ها مانع دید رانندگان شده است."}},
	{key: "dogs", agency: "municipality", shape: atPoint, weight: 6, season: growing, size: 1.2, days: 30,
		cats: []string{catAnimals}, wrong: []string{catWaste},
		phone: []string{"وجود سگ_های ولگرد در {P}", "شهروند از تجمع سگ_های بلاصاحب و ترس کودکان گلایه دارد",
			"درخواست جمع_آوری سگ_های ولگرد {P}"},
		app: []string{"چند تا سگ ولگرد اینجا هست بچه_ها نمیتونن برن مدرسه", "سگا شبا پارس میکنن و به عابرا حمله میکنن",
			"دیروز سگ به یه بچه حمله کرد", "سگ ولگرد زیاد شده"},
		web:  []string{"با سلام، تعداد زیادی سگ ولگرد در {P} تجمع کرده_اند که برای اهالی خصوصا کودکان خطرناک است."},
		fing: []string{"sag velgard ziad shode", "sagha be bache ha hamle mikonan"}},
	{key: "debris", agency: "municipality", shape: atPoint, weight: 5, season: growing, size: 1, days: 25,
		cats: []string{catDebris}, wrong: []string{catWaste, catBuild},
		phone: []string{"تخلیه نخاله ساختمانی در {P}", "شهروند اعلام نمود نخاله ساختمانی چند هفته است کنار کوچه رها شده",
			"ریختن نخاله توسط خاور در {P}"},
		app: []string{"یکی نخاله ساختمونی ریخته کنار کوچه", "خاک و نخاله وسط پیاده_رو", "نخاله_ها رو بیاین ببرین"},
		web: []string{"با سلام، مقادیر زیادی نخاله ساختمانی در {P} تخلیه شده و مسیر عبور را مسدود کرده است."}},
	{key: "sidewalk", agency: "municipality", shape: atPoint, weight: 4, size: 1, days: 30, mainOnly: true,
		cats: []string{catSidewalk}, wrong: []string{catTraffic},
		phone: []string{"سد معبر توسط مغازه_داران در {P}", "اشغال پیاده_رو با اجناس مغازه",
			"شهروند از سد معبر دستفروشان {P} شکایت دارد"},
		app: []string{"مغازه_ها پیاده_رو رو گرفتن مجبوریم از خیابون رد شیم", "میوه فروشی کل پیاده_رو رو گرفته",
			"جای عبور عابر پیاده نیست"},
		web: []string{"با سلام، پیاده_رو {P} توسط کسبه اشغال شده و عابرین مجبور به عبور از سواره_رو هستند."}},
	{key: "park", agency: "municipality", shape: atPark, weight: 3, season: growing, size: 1.2, days: 30,
		cats: []string{catParks}, wrong: []string{catGreen, catWaste},
		phone: []string{"خرابی وسایل بازی {P}", "عدم نظافت {P}", "شهروند از شکستگی نیمکت_ها و تاب {P} گلایه دارد"},
		app:   []string{"سرسره پارک شکسته بچه_ها زخمی میشن", "پارک کثیفه سطلاش پره", "تاب پارک خرابه"},
		web:   []string{"با سلام، وسایل بازی کودکان در {P} فرسوده و خطرناک است."}},
	{key: "sweeping", agency: "municipality", shape: atStreet, weight: 3, size: 0.8, days: 14,
		cats: []string{catWaste}, wrong: []string{catGreen},
		phone: []string{"عدم رفت و روب {P}", "درخواست نظافت {P}", "برگ و خاک در {P} جمع شده"},
		app:   []string{"چند وقته رفتگر نیومده", "خیابون خیلی کثیفه", "برگا رو جارو نکردن"}},
	{key: "snow", agency: "municipality", shape: atStreet, weight: 3, season: snowy, size: 1.5, days: 6,
		cats: []string{catSnow}, wrong: []string{catCivil, catTraffic},
		phone: []string{"درخواست برف_روبی {P}", "برف {P} باز نشده و تردد ممکن نیست",
			"شهروند خواستار نمک_پاشی معبر یخ_زده است"},
		app: []string{"برف کوچه رو کسی پارو نکرده ماشین نمیتونه بیاد بیرون", "یخ زده همه دارن لیز میخورن",
			"کوچه هنوز برفه لودر نیومده"}},
	{key: "speedbump", agency: "municipality", shape: atPoint, weight: 2, size: 0.8, days: 90,
		cats: []string{catTraffic, catCivil}, wrong: []string{catAsphalt},
		phone: []string{"درخواست نصب سرعت_گیر در {P}", "شهروند خواستار نصب سرعتگیر به دلیل سرعت بالای خودروها است"},
		app:   []string{"ماشینا با سرعت رد میشن یه سرعتگیر بذارین", "سرعت گیر لازمه بچه_ها تو کوچه بازی میکنن"}},
	{key: "construction", agency: "municipality", shape: atPoint, weight: 2, season: growing, size: 0.9, days: 60,
		cats: []string{catBuild}, wrong: []string{catDebris},
		phone: []string{"ساخت و ساز غیرمجاز در {P}", "شهروند از ساخت طبقه اضافه بدون مجوز توسط همسایه خبر داد",
			"ساخت_وساز شبانه در {P}"},
		app: []string{"همسایه داره بدون مجوز طبقه میسازه", "ساختمون نیمه کاره رو بدون پروانه دارن میسازن"}},
	{key: "carcass", agency: "municipality", shape: atPoint, weight: 1.5, size: 0.6, days: 4,
		cats: []string{catWaste}, wrong: []string{catAnimals},
		phone: []string{"لاشه حیوان در {P}", "شهروند اعلام نمود لاشه گربه در کوچه مانده"},
		app:   []string{"یه گربه مرده وسط کوچه_ست", "لاشه سگ کنار خیابون مونده"}},
	{key: "parklights", agency: "municipality", shape: atPark, weight: 1, size: 0.8, days: 20,
		cats: []string{catParks}, wrong: []string{catLights, catPowerCo},
		phone: []string{"خاموشی چراغ_های {P}", "روشنایی {P} خاموش است"},
		app:   []string{"چراغای پارک شب خاموشه", "پارک شبا تاریکه معتادا جمع میشن"}},
	{key: "grate", agency: "municipality", shape: atPoint, weight: 2, size: 0.8, days: 20,
		cats: []string{catWater, catCivil}, wrong: []string{catWaterCo},
		phone: []string{"دریچه جوی {P} شکسته", "درپوش کانال آب_های سطحی {P} سرقت شده", "شکستگی دال جوی در {P}"},
		app:   []string{"دریچه جوی شکسته یکی میفته توش", "درپوش کانال رو بردن خطرناکه"}},

	{key: "pipeburst", agency: "water", shape: atPoint, weight: 1.8, size: 1.2, days: 4,
		cats: []string{catWaterCo, catUtility}, wrong: []string{catWater},
		phone: []string{"شکستگی لوله آب در {P}", "نشت آب از زیر آسفالت {P}", "شهروند اعلام نمود آب از زمین می_جوشد"},
		app:   []string{"لوله آب ترکیده کوچه رو آب برداشته", "از دیشب آب داره از زیر آسفالت میاد بیرون", "آب شرب داره هدر میره"}},
	{key: "watercut", agency: "water", shape: atArea, weight: 1, size: 2, days: 2,
		cats: []string{catWaterCo, catUtility}, wrong: []string{catOther},
		phone: []string{"قطعی آب {P}", "شهروند از قطعی مکرر آب و افت فشار گلایه دارد", "آب {P} از صبح قطع است"},
		app:   []string{"از صبح آب نداریم", "فشار آب خیلی کمه طبقه بالا آب نمیرسه"}},
	{key: "sewage", agency: "water", shape: atPoint, weight: 1.5, size: 1, days: 7,
		cats: []string{catWaterCo}, wrong: []string{catWater, catWater},
		phone: []string{"پس_زدن فاضلاب در {P}", "سرریز منهول فاضلاب {P}", "بوی شدید فاضلاب در {P}"},
		app:   []string{"فاضلاب زده بیرون بوی گندش کل کوچه رو برداشته", "منهول فاضلاب سر کوچه سرریز کرده"}},
	{key: "waterdig", agency: "water", shape: atPoint, weight: 1, size: 1.2, days: 40,
		cats: []string{catWaterCo, catUtility}, wrong: []string{catAsphalt, catAsphalt},
		phone: []string{"حفاری آبفا در {P} ترمیم نشده", "شهروند اعلام نمود بعد از تعمیر لوله آب، محل حفاری رها شده",
			"چاله ناشی از حفاری اداره آب در {P}"},
		app: []string{"آب و فاضلاب کوچه رو کندن رفتن درستش نکردن", "یه ماهه اداره آب کوچه رو کنده و رها کرده"}},
	{key: "streetlight", agency: "power", shape: atStreet, weight: 3, size: 1.2, days: 20,
		cats: []string{catLights, catLights, catPowerCo}, wrong: []string{catOther},
		phone: []string{"خاموشی چراغ_های روشنایی معابر {P}", "لامپ تیر برق {P} سوخته",
			"شهروند اعلام نمود {P} شب_ها کاملا تاریک است"},
		app:  []string{"چراغای کوچه چند شبه خاموشه", "کوچه تاریکه شبا میترسیم رد شیم", "لامپ تیر برق جلوی خونه سوخته"},
		web:  []string{"با سلام، روشنایی {P} مدتی است خاموش است و شب_ها تردد خطرناک شده است."},
		fing: []string{"cheraghaye kooche khamooshe"}},
	{key: "outage", agency: "power", shape: atArea, weight: 0.8, size: 2, days: 1,
		cats: []string{catPowerCo, catUtility}, wrong: []string{catLights, catOther},
		phone: []string{"قطعی برق {P}", "شهروند از قطعی برق بدون اطلاع قبلی گلایه دارد", "برق {P} رفته"},
		app:   []string{"برق رفته از یک ساعت پیش", "چرا هر روز برق قطع میشه؟"}},
	{key: "wire", agency: "power", shape: atPoint, weight: 0.8, size: 0.8, days: 5,
		cats: []string{catPowerCo, catUtility}, wrong: []string{catLights},
		phone: []string{"آویزان بودن سیم برق در {P}", "تیر برق {P} کج شده و خطر سقوط دارد"},
		app:   []string{"سیم برق آویزونه خطرناکه", "تیر برق داره میفته"}},
	{key: "treewire", agency: "power", shape: atPoint, weight: 0.5, size: 0.8, days: 5,
		cats: []string{catPowerCo}, wrong: []string{catGreen, catGreen},
		phone: []string{"برخورد شاخه_های درخت با سیم برق در {P}", "شاخه درخت روی سیم برق افتاده"},
		app:   []string{"درخت افتاده رو سیم برق جرقه میزنه", "شاخه_ها به سیم برق گیر کرده"}},
	{key: "gassmell", agency: "gas", shape: atPoint, weight: 0.6, size: 0.7, days: 2,
		cats: []string{catGasCo, catUtility}, wrong: []string{catOther},
		phone: []string{"بوی گاز در {P}", "شهروند از استشمام بوی گاز در کوچه خبر داد"},
		app:   []string{"بوی گاز شدید میاد", "بوی گاز توی کوچه پیچیده"}},
	{key: "gasdig", agency: "gas", shape: atPoint, weight: 0.6, size: 1, days: 40,
		cats: []string{catGasCo}, wrong: []string{catAsphalt, catAsphalt},
		phone: []string{"حفاری شرکت گاز در {P} رها شده", "لوله_کشی گاز انجام شده ولی محل حفاری آسفالت نشده"},
		app:   []string{"اداره گاز کوچه رو کنده و رفته", "گودال حفاری گاز وسط کوچه مونده"}},
	{key: "telcabinet", agency: "telecom", shape: atPoint, weight: 0.4, size: 0.7, days: 10,
		cats: []string{catTelecom, catUtility}, wrong: []string{catOther},
		phone: []string{"درب کافوی مخابرات {P} باز است", "کابل_های مخابرات در {P} روی زمین رها شده"},
		app:   []string{"جعبه مخابرات درش بازه سیما بیرونه", "کابل تلفن افتاده رو زمین"}},
	{key: "teldig", agency: "telecom", shape: atPoint, weight: 0.5, size: 1, days: 40,
		cats: []string{catTelecom}, wrong: []string{catAsphalt, catAsphalt},
		phone: []string{"حفاری مخابرات در {P} ترمیم نشده", "فیبر نوری کشیدن و {P} را خراب کرده_اند"},
		app:   []string{"مخابرات برای فیبر نوری کوچه رو کنده و ول کرده", "بعد از کابل کشی مخابرات کوچه پر از چاله_ست"}},
	{key: "blocking", agency: "police", shape: atPoint, weight: 1.5, size: 0.9, days: 20,
		cats: []string{catTraffic}, wrong: []string{catSidewalk, catSidewalk},
		phone: []string{"پارک خودرو جلوی درب پارکینگ در {P}", "شهروند اعلام نمود خودروها ورودی کوچه را مسدود کرده_اند",
			"توقف خودروی سنگین در {P}"},
		app: []string{"یکی ماشینشو جلوی پارکینگ پارک کرده نمیتونم برم بیرون", "کامیون وسط کوچه پارک کرده",
			"هر روز جلوی در پارکینگ ماشین پارک میکنن"}},
	{key: "noise", agency: "police", shape: atPoint, weight: 0.6, size: 0.7, days: 10,
		cats: []string{catOther}, wrong: []string{catBuild},
		phone: []string{"سر و صدای شبانه در {P}", "شهروند از سروصدای موتورسواران در ساعات شب گلایه دارد"},
		app:   []string{"همسایه تا ساعت ۲ شب سر و صدا میکنه", "صدای موتورها نصف شب نمیذاره بخوابیم"}},
	{key: "abandoned", agency: "police", shape: atPoint, weight: 0.5, size: 0.8, days: 60,
		cats: []string{catTraffic}, wrong: []string{catSidewalk, catWaste},
		phone: []string{"خودروی رها شده در {P}", "شهروند اعلام نمود یک دستگاه پیکان چند ماه است در کوچه رها شده"},
		app:   []string{"یه ماشین قراضه چند ماهه اینجا ول شده", "ماشین اسقاطی جای پارک رو گرفته"}},
	{key: "bakery", agency: "other", shape: atPoint, weight: 0.5, size: 0.7, days: 20, mainOnly: true,
		cats: []string{catOther}, wrong: []string{catWaste},
		phone: []string{"کم_فروشی نانوایی {P}", "شهروند از کیفیت نامناسب نان نانوایی {P} شکایت دارد"},
		app:   []string{"نون نانوایی خمیره و وزنش کمه", "نانوایی نون رو گرون تر از نرخ میفروشه"}},
	{key: "food", agency: "other", shape: atPoint, weight: 0.3, size: 0.6, days: 20, mainOnly: true,
		cats: []string{catOther}, wrong: []string{catSidewalk},
		phone: []string{"فروش مواد غذایی تاریخ گذشته در سوپرمارکت {P}"},
		app:   []string{"سوپری جنس تاریخ گذشته میفروشه"}},
	{key: "school", agency: "other", shape: atPoint, weight: 0.3, size: 0.7, days: 40,
		cats: []string{catOther}, wrong: []string{catCivil, catBuild},
		phone: []string{"ترک خوردگی دیوار مدرسه {P}"},
		app:   []string{"دیوار مدرسه ترک برداشته ممکنه بریزه"}},
}
