package rasht45

// Agency codes of DESIGN.md.
const (
	municipality = "municipality"
	water        = "water"
	power        = "power"
	gas          = "gas"
	telecom      = "telecom"
	police       = "police"
	other        = "other"
)

// Agencies lists the agency codes in a fixed order.
var Agencies = []string{municipality, water, power, gas, telecom, police, other}

// level is what a place is for a kind of problem (README: "Place").
type level int

const (
	lvAlley level = iota // an alley or dead end, or a street segment when onStreet
	lvPoint              // a spot: alley mouth, a plate in an alley, a landmark
	lvArea               // a neighbourhood
	lvPlate              // a house: an alley and a plate
	lvSeg                // a street segment only
	lvMark               // a landmark of the kinds in marks
)

// Categories of the 137 line as operators and the app offer them.
const (
	catAsphalt  = "آسفالت و ترمیم معابر"
	catWaste    = "پسماند و نظافت شهری"
	catSurface  = "آب\u200cهای سطحی و کانال\u200cها"
	catGreen    = "فضای سبز و پارک\u200cها"
	catLight    = "روشنایی معابر"
	catTraffic  = "حمل و نقل و ترافیک"
	catOccupy   = "سد معبر"
	catBuild    = "ساخت و ساز غیرمجاز"
	catAnimal   = "حیوانات ولگرد و موذی"
	catServices = "خدمات شهری"
	catWater    = "آب و فاضلاب"
	catPower    = "برق"
	catGas      = "گاز"
	catTelecom  = "مخابرات"
	catPolice   = "انتظامی"
	catOthers   = "سایر دستگاه\u200cها"
	catOther    = "سایر"
	catCitizen  = "درخواست شهروندی"
)

var allCats = []string{catAsphalt, catWaste, catSurface, catGreen, catLight, catTraffic, catOccupy, catBuild,
	catAnimal, catServices, catWater, catPower, catGas, catTelecom, catPolice, catOthers}

// Seasons by Jalali month, Farvardin first.
var (
	flat   = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	rainy  = [12]float64{0.7, 0.5, 0.3, 0.2, 0.3, 0.7, 1.6, 2.0, 2.0, 1.7, 1.4, 1.0}
	summer = [12]float64{0.2, 0.5, 1.0, 2.2, 2.4, 1.5, 0.5, 0.2, 0.2, 0.3, 0.3, 0.2}
	warm   = [12]float64{0.6, 1.0, 1.4, 1.6, 1.6, 1.3, 0.9, 0.6, 0.4, 0.4, 0.4, 0.6}
	winter = [12]float64{0.2, 0.05, 0.05, 0.05, 0.05, 0.05, 0.2, 0.8, 1.6, 2.2, 2.2, 1.0}
	snowy  = [12]float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2, 3, 0.1}
	stormy = [12]float64{0.8, 0.6, 0.5, 0.6, 0.6, 0.8, 1.4, 1.6, 1.5, 1.4, 1.2, 1.0}
)

type kind struct {
	code     string
	family   string // same family at the same place and time is one problem
	agency   string
	cats     []string // right categories
	wrong    []string // the categories it is confused with
	lv       level
	onStreet float64  // lvAlley: chance the place is a street segment
	marks    []string // lvMark: landmark kinds; lvPoint: landmark kinds allowed
	prep     bool     // a landmark is named with a preposition (روبروی ...), not as the subject
	weight   float64  // share of issues
	pull     float64  // size multiplier
	days     [2]float64
	season   [12]float64
	night    bool
	cit      []string // the citizen's sentences, {loc} is the place or a generic word
	op       []string // the operator's noun phrases
	fing     []string // Finglish sentences
	aside    string   // mentioned in passing in another problem's request
	reopen   []string // after a bad repair
	here     []string // the generic words for the place when none is named
	noSince  bool     // «since when» makes no sense (a bill, a family in need)

	// Variants: some kinds hold several problems (a park's swings, its grass, its toilets).
	// An issue is one of them; its requests use the sentences of that variant, or of -1 (any).
	citSub, opSub, fingSub []int
}

var kinds = []*kind{
	{code: "asphalt", family: "asphalt", agency: municipality, cats: []string{catAsphalt}, wrong: []string{catServices, catTraffic},
		lv: lvAlley, onStreet: 0.25, weight: 12, pull: 1.3, days: [2]float64{30, 200}, season: stormy,
		cit: []string{"آسفالت {loc} خیلی خرابه", "{loc} پر از چاله شده، ماشین نمی\u200cتونه رد بشه",
			"آسفالت {loc} کاملا از بین رفته و با هر بارون گل و لای میشه", "درخواست آسفالت {loc} را دارم",
			"چاله\u200cهای {loc} خطرناکه، دیروز یه موتوری زمین خورد", "کی قراره {loc} رو آسفالت کنید؟ سال\u200cهاست خاکیه",
			"{loc} نیاز به لکه\u200cگیری و روکش آسفالت دارد", "وضع آسفالت {loc} افتضاحه", "یه چاله بزرگ {loc} هست که پر از آب شده"},
		op:     []string{"خرابی آسفالت", "وجود چاله\u200cهای متعدد", "نیاز به روکش آسفالت", "تخریب آسفالت", "نیاز به آسفالت\u200cریزی"},
		fing:   []string{"asfalte {loc} kharabe", "{loc} por az chale shode", "lotfan {loc} ro asfalt konid"},
		aside:  "آسفالت کوچه هم داغونه",
		reopen: []string{"آسفالت رو زدن ولی هنوز یک ماه نشده دوباره نشست کرده", "لکه\u200cگیری کردن ولی نصفه کاره ول کردن و رفتن", "کار آسفالت کیفیت نداشت و دوباره چاله شده"}},
	{code: "rubbish", family: "rubbish", agency: municipality, cats: []string{catWaste}, wrong: []string{catServices},
		lv: lvPoint, marks: []string{"bakery", "shop", "mosque", "school", "bus"}, weight: 11, pull: 0.8, days: [2]float64{1, 5}, season: warm,
		cit: []string{"زباله\u200cها {loc} چند روزه جمع نشده", "{loc} زباله تلنبار شده، بوی بدش همه جا رو گرفته", "ماشین زباله {loc} نیومده",
			"کیسه\u200cهای زباله {loc} رو گربه\u200cها پاره کردن و همه جا ریخته", "لطفا زباله\u200cهای {loc} را جمع کنید"},
		op:    []string{"انباشت زباله", "عدم جمع\u200cآوری زباله", "تجمع پسماند"},
		fing:  []string{"ashghala {loc} jam nashode", "zobale {loc} munde"},
		aside: "زباله\u200cها هم چند روزه جمع نشده"},
	{code: "bin", family: "bin", agency: municipality, cats: []string{catWaste}, wrong: []string{catServices},
		lv: lvPoint, marks: []string{"bakery", "shop", "park"}, weight: 3, pull: 0.8, days: [2]float64{5, 30}, season: flat,
		cit: []string{"مخزن زباله {loc} شکسته و درش کنده شده", "سطل زباله {loc} رو بردن و دیگه نیاوردن", "{loc} نیاز به مخزن زباله داریم",
			"مخزن زباله {loc} همیشه پر و سرریزه، یه مخزن دیگه بذارید"},
		op:    []string{"خرابی مخزن زباله", "نبود مخزن زباله", "شکستگی سطل زباله"},
		fing:  []string{"satl ashghal {loc} shekaste"},
		aside: "مخزن زباله هم شکسته"},
	{code: "debris", family: "debris", agency: municipality, cats: []string{catWaste, catBuild}, wrong: []string{catAsphalt},
		lv: lvPoint, weight: 3, pull: 0.9, days: [2]float64{5, 40}, season: warm,
		cit: []string{"یکی {loc} نخاله ساختمانی خالی کرده و رفته", "نخاله و خاک ساختمونی {loc} رها شده و راه رو بسته",
			"ساختمون\u200cسازی {loc} نخاله\u200cهاش رو ریخته تو کوچه"},
		op:    []string{"رهاسازی نخاله ساختمانی", "تخلیه غیرمجاز نخاله"},
		fing:  []string{"nakhale sakhtemani {loc} rikhtan"},
		aside: "نخاله ساختمونی هم ریختن"},
	{code: "sweep", family: "sweep", agency: municipality, cats: []string{catWaste, catServices}, wrong: []string{catGreen},
		lv: lvAlley, weight: 3, pull: 0.7, days: [2]float64{3, 15}, season: stormy,
		cit:   []string{"{loc} خیلی کثیفه، رفتگر هفته\u200cهاست نیومده", "درخواست نظافت و رفت و روب {loc}", "برگ و آشغال {loc} جمع نمیشه"},
		op:    []string{"عدم رفت و روب", "کثیفی معبر", "نیاز به نظافت معبر"},
		fing:  []string{"{loc} kasife, roftegar nemiad"},
		aside: "رفتگر هم نمیاد"},
	{code: "channel", family: "channel", agency: municipality, cats: []string{catSurface}, wrong: []string{catWater, catServices},
		lv: lvAlley, onStreet: 0.3, weight: 6, pull: 1.3, days: [2]float64{3, 40}, season: rainy,
		cit: []string{"جوی آب {loc} گرفته و با این بارون آب زده بیرون", "کانال آب\u200cهای سطحی {loc} پر از لجن و آشغاله",
			"با هر بارون {loc} آب\u200cگرفتگی داریم، جوی رو لایروبی کنید", "دهانه کانال {loc} بسته شده، آب بارون راه نداره",
			"آب بارون {loc} جمع شده، تا زانو آبه", "وارش که میاد {loc} دریا میشه، کانال رو لایروبی کنید"},
		op:     []string{"گرفتگی جوی آب", "آب\u200cگرفتگی معبر", "نیاز به لایروبی کانال آب\u200cهای سطحی", "انسداد کانال آب باران"},
		fing:   []string{"joobe {loc} gerefte, ab zade biroon", "{loc} ab gerefte"},
		aside:  "جوی آب هم گرفته",
		reopen: []string{"لایروبی کردن ولی لجن\u200cها رو کنار جوی گذاشتن و دوباره ریخت توش"}},
	{code: "tree", family: "tree", agency: municipality, cats: []string{catGreen}, wrong: []string{catServices},
		lv: lvPoint, marks: []string{"park", "school", "mosque"}, weight: 3, pull: 0.8, days: [2]float64{2, 15}, season: stormy,
		cit: []string{"درخت {loc} شکسته و افتاده وسط راه", "شاخه\u200cهای درخت {loc} خطرناک شده، لطفا هرس کنید",
			"درخت کهنسال {loc} کج شده و ممکنه بیفته روی ماشین\u200cها", "باد دیشب درخت {loc} رو انداخته"},
		op:    []string{"شکستگی درخت", "نیاز به هرس درختان", "سقوط درخت"},
		fing:  []string{"derakht {loc} oftade"},
		aside: "درخت\u200cها هم نیاز به هرس دارن"},
	{code: "park", family: "park", agency: municipality, cats: []string{catGreen}, wrong: []string{catServices},
		lv: lvMark, marks: []string{"park"}, weight: 1.5, pull: 1.0, days: [2]float64{10, 60}, season: warm,
		cit: []string{"وسایل بازی {loc} شکسته و برای بچه\u200cها خطرناکه", "چمن و فضای سبز {loc} خشک شده، کسی آبیاری نمی\u200cکنه",
			"سرویس بهداشتی {loc} خرابه و بوی بد میده", "نیمکت\u200cهای {loc} شکسته"},
		op:    []string{"خرابی وسایل بازی", "عدم رسیدگی به فضای سبز", "خرابی سرویس بهداشتی"},
		fing:  []string{"vasayele bazi {loc} kharabe"},
		aside: "تاب پارک هم شکسته"},
	{code: "dogs", family: "dogs", agency: municipality, cats: []string{catAnimal}, wrong: []string{catOthers, catServices},
		lv: lvPoint, marks: []string{"park", "school", "bakery"}, weight: 3, pull: 1.1, days: [2]float64{10, 60}, season: flat,
		cit: []string{"سگ\u200cهای ولگرد {loc} به بچه\u200cها حمله می\u200cکنن", "یه گله سگ {loc} جمع شدن، شب\u200cها نمی\u200cشه رد شد",
			"سگ ولگرد {loc} دیروز یه نفر رو گاز گرفت", "لطفا سگ\u200cهای {loc} رو جمع\u200cآوری کنید"},
		op:    []string{"وجود سگ\u200cهای ولگرد", "حضور سگ\u200cهای بلاصاحب"},
		fing:  []string{"sag velgard {loc} ziad shode"},
		aside: "سگ ولگرد هم زیاد شده"},
	{code: "occupy", family: "occupy", agency: municipality, cats: []string{catOccupy}, wrong: []string{catTraffic, catPolice},
		lv: lvMark, prep: true, marks: []string{"shop", "bakery", "pharmacy", "bank"}, weight: 2.5, pull: 0.9, days: [2]float64{10, 60}, season: warm,
		cit: []string{"مغازه {loc} اجناسش رو چیده تو پیاده\u200cرو، نمی\u200cشه رد شد", "میوه\u200cفروشی {loc} کل پیاده\u200cرو رو گرفته",
			"سد معبر {loc}، مغازه\u200cدار جلوی مغازه سایبان و بار گذاشته"},
		op:    []string{"سد معبر توسط مغازه\u200cدار", "اشغال پیاده\u200cرو"},
		fing:  []string{"maghaze {loc} piadero ro gerefte"},
		aside: "مغازه\u200cها هم پیاده\u200cرو رو گرفتن"},
	{code: "build", family: "build", agency: municipality, cats: []string{catBuild}, wrong: []string{catOther},
		lv: lvPlate, weight: 2, pull: 0.8, days: [2]float64{30, 120}, season: warm,
		cit: []string{"یه نفر تو {loc} بدون مجوز داره طبقه اضافه می\u200cسازه", "ساخت و ساز غیرمجاز {loc}، شب\u200cها کار می\u200cکنن",
			"یکی تو {loc} داره دیوار می\u200cکشه و بخشی از کوچه رو گرفته"},
		here:  []string{"کوچه ما", "کوچمون"},
		op:    []string{"ساخت و ساز غیرمجاز", "تخلف ساختمانی", "احداث بنای بدون پروانه"},
		fing:  []string{"sakht o saze gheyre mojaz {loc}"},
		aside: "یه ساختمون غیرمجاز هم دارن می\u200cسازن"},
	{code: "signal", family: "signal", agency: municipality, cats: []string{catTraffic}, wrong: []string{catLight, catPolice},
		lv: lvMark, marks: []string{"square"}, weight: 0.8, pull: 1.2, days: [2]float64{1, 5}, season: flat,
		cit: []string{"چراغ راهنمایی {loc} خاموشه و ماشین\u200cها بی\u200cنظم رد میشن", "چراغ قرمز {loc} خراب شده، نزدیک بود تصادف بشه",
			"چراغ راهنمایی {loc} فقط زرد چشمک\u200cزن میزنه"},
		op:    []string{"خرابی چراغ راهنمایی", "خاموشی چراغ راهنمایی و رانندگی"},
		fing:  []string{"cheragh rahnamaei {loc} kharabe"},
		aside: "چراغ راهنمایی هم خرابه"},
	{code: "bump", family: "bump", agency: municipality, cats: []string{catTraffic}, wrong: []string{catAsphalt},
		lv: lvAlley, weight: 2, pull: 0.8, days: [2]float64{30, 150}, season: flat,
		cit: []string{"ماشین\u200cها با سرعت زیاد از {loc} رد میشن، درخواست سرعت\u200cگیر داریم", "لطفا برای {loc} سرعت\u200cگیر نصب کنید، بچه\u200cها تو کوچه بازی می\u200cکنن",
			"سرعت\u200cگیر {loc} رو برداشتن و دوباره نذاشتن"},
		op:    []string{"نبود سرعت\u200cگیر", "سرعت زیاد خودروها و نیاز به سرعت\u200cگیر"},
		fing:  []string{"lotfan {loc} sorat gir bezarid"},
		aside: "یه سرعت\u200cگیر هم لازم داریم"},
	{code: "carcass", family: "carcass", agency: municipality, cats: []string{catAnimal, catWaste}, wrong: []string{catServices},
		lv: lvPoint, weight: 1.2, pull: 0.6, days: [2]float64{0.5, 2}, season: flat,
		cit:   []string{"لاشه سگ {loc} افتاده و بو گرفته", "یه گربه مرده {loc} هست، لطفا بردارید", "لاشه حیوان {loc} از دیروز مونده"},
		op:    []string{"وجود لاشه حیوان", "لاشه سگ در معبر"},
		fing:  []string{"lashe sag {loc} oftade"},
		aside: "یه لاشه گربه هم افتاده"},
	{code: "snow", family: "snow", agency: municipality, cats: []string{catServices}, wrong: []string{catAsphalt, catTraffic},
		lv: lvSeg, weight: 1.0, pull: 1.6, days: [2]float64{1, 4}, season: snowy,
		cit:   []string{"برف {loc} رو کسی پاک نکرده، ماشین\u200cها گیر کردن", "درخواست برف\u200cروبی {loc}", "{loc} یخ زده و مردم زمین می\u200cخورن، نمک\u200cپاشی کنید"},
		op:    []string{"عدم برف\u200cروبی", "یخ\u200cزدگی معبر", "نیاز به برف\u200cروبی و نمک\u200cپاشی"},
		fing:  []string{"barfe {loc} ro pak nakardan"},
		aside: "برف\u200cروبی هم نشده"},
	{code: "trench", family: "trench", agency: municipality, cats: []string{catAsphalt}, wrong: []string{catServices, catWater},
		lv: lvAlley, weight: 1.2, pull: 1.0, days: [2]float64{10, 60}, season: flat,
		cit: []string{"یکی {loc} رو کنده و رفته، معلوم نیست کار کدوم اداره\u200cست", "حفاری {loc} چند هفته\u200cست رها شده و هیچ علامتی نذاشتن",
			"وسط {loc} یه گودال بزرگ کندن و رها کردن، شب خطرناکه"},
		op:    []string{"حفاری رها شده", "گودال رها شده در معبر", "ترانشه رها شده"},
		fing:  []string{"{loc} ro kandan o raftan"},
		aside: "یه گودال هم وسط کوچه مونده"},
	{code: "bus", family: "bus", agency: municipality, cats: []string{catTraffic}, wrong: []string{catServices},
		lv: lvMark, marks: []string{"bus"}, weight: 0.8, pull: 0.9, days: [2]float64{10, 60}, season: stormy,
		cit:   []string{"سقف {loc} شکسته، زیر بارون خیس میشیم", "اتوبوس\u200cهای {loc} خیلی دیر میان، نیم ساعت منتظریم", "نیمکت {loc} رو بردن"},
		op:    []string{"خرابی ایستگاه", "تاخیر اتوبوس", "نبود سایبان ایستگاه"},
		fing:  []string{"otobus {loc} dir miad"},
		aside: "ایستگاه هم سقف نداره"},
	{code: "spray", family: "spray", agency: municipality, cats: []string{catAnimal, catServices}, wrong: []string{catOthers},
		lv: lvAlley, weight: 1.5, pull: 0.8, days: [2]float64{7, 30}, season: summer,
		cit: []string{"پشه {loc} بیداد می\u200cکنه، درخواست سم\u200cپاشی داریم", "موش\u200cهای بزرگ {loc} زیاد شدن، لطفا سم\u200cپاشی کنید",
			"سوسک {loc} از جوی بیرون میاد، سم\u200cپاشی لازمه"},
		op:    []string{"نیاز به سم\u200cپاشی", "وجود موش و حشرات موذی"},
		fing:  []string{"pashe {loc} ziade, sampashi konid"},
		aside: "موش هم زیاد شده"},
	{code: "pavement", family: "pavement", agency: municipality, cats: []string{catAsphalt}, wrong: []string{catOccupy},
		lv: lvSeg, weight: 1.5, pull: 0.8, days: [2]float64{20, 120}, season: flat,
		cit:   []string{"موزاییک\u200cهای پیاده\u200cرو {loc} شکسته و یه خانم مسن زمین خورد", "جدول کنار {loc} خراب شده", "پیاده\u200cرو {loc} ناهموار و خطرناکه"},
		op:    []string{"خرابی پیاده\u200cرو", "شکستگی جدول", "ناهمواری پیاده\u200cرو"},
		fing:  []string{"piadero {loc} kharabe"},
		aside: "پیاده\u200cرو هم خرابه"},

	{code: "light", family: "light", agency: power, cats: []string{catLight, catPower}, wrong: []string{catServices, catTraffic},
		lv: lvAlley, onStreet: 0.3, weight: 5, pull: 1.3, days: [2]float64{7, 90}, season: winter4(),
		cit: []string{"چراغ\u200cهای {loc} خاموشه و شب\u200cها کاملا تاریکه", "تیر چراغ برق {loc} چند هفته\u200cست روشن نمیشه",
			"روشنایی {loc} قطعه، خانم\u200cها می\u200cترسن شب رد بشن", "لامپ چراغ {loc} سوخته", "{loc} خیلی تاریکه، لطفا چراغ\u200cها رو درست کنید",
			"چراغ\u200cهای {loc} روزها روشنه و شب\u200cها خاموش"},
		op:     []string{"خاموشی چراغ\u200cهای روشنایی معابر", "سوختن لامپ تیر برق", "تاریکی معبر"},
		fing:   []string{"cheraghaye {loc} khamushe", "{loc} kheili tarike"},
		aside:  "چراغ\u200cهای کوچه هم خاموشه",
		reopen: []string{"لامپ رو عوض کردن ولی دو شب بعد دوباره خاموش شد", "یکی از چراغ\u200cها رو درست کردن بقیه هنوز خاموشه"}},
	{code: "powercut", family: "powercut", agency: power, cats: []string{catPower}, wrong: []string{catLight, catServices},
		lv: lvArea, weight: 1.2, pull: 2.2, days: [2]float64{0.1, 1}, season: summer,
		cit: []string{"برق {loc} از صبح قطعه", "دو ساعته برق {loc} رفته و هیچ اطلاعیه\u200cای ندادن", "برق {loc} هی قطع و وصل میشه، یخچالمون سوخت",
			"برق کل {loc} رفته"},
		op:    []string{"قطعی برق", "قطع و وصل شدن برق", "خاموشی"},
		fing:  []string{"barghe {loc} ghate"},
		aside: "برق هم مدام قطع میشه"},
	{code: "wire", family: "wire", agency: power, cats: []string{catPower}, wrong: []string{catLight, catServices},
		lv: lvPoint, weight: 1.0, pull: 1.0, days: [2]float64{1, 10}, season: stormy,
		cit: []string{"سیم برق {loc} آویزون شده و نزدیک زمینه، خیلی خطرناکه", "تیر برق {loc} کج شده و ممکنه بیفته",
			"از جعبه فیوز برق {loc} جرقه میزنه"},
		op:    []string{"آویزان بودن سیم برق", "کج شدن تیر برق", "جرقه زدن تجهیزات برق"},
		fing:  []string{"sim bargh {loc} avizoone"},
		aside: "سیم برق هم آویزونه"},
	{code: "branches", family: "branches", agency: power, cats: []string{catPower}, wrong: []string{catGreen},
		lv: lvPoint, weight: 0.8, pull: 0.8, days: [2]float64{5, 30}, season: stormy,
		cit:   []string{"شاخه\u200cهای درخت {loc} رفته لای سیم\u200cهای برق و جرقه میزنه", "درخت {loc} روی سیم برق افتاده"},
		op:    []string{"تماس شاخه درخت با سیم برق", "افتادن درخت روی شبکه برق"},
		fing:  []string{"shakhe derakht {loc} khorde be sim bargh"},
		aside: "شاخه\u200cهای درخت هم به سیم برق خورده"},
	{code: "trench-power", family: "trench", agency: power, cats: []string{catPower}, wrong: []string{catAsphalt},
		lv: lvAlley, weight: 0.4, pull: 1.0, days: [2]float64{10, 60}, season: flat,
		cit:   []string{"اداره برق {loc} رو برای کابل\u200cکشی کنده و ترمیم نکرده", "کابل\u200cکشی برق {loc} تموم شده ولی گودالش رو پر نکردن"},
		op:    []string{"حفاری رها شده اداره برق", "عدم ترمیم حفاری شرکت توزیع برق"},
		fing:  []string{"edare bargh {loc} ro kande"},
		aside: "اداره برق هم کوچه رو کنده"},

	{code: "sewer", family: "sewer", agency: water, cats: []string{catWater}, wrong: []string{catSurface, catServices},
		lv: lvPoint, weight: 2.5, pull: 1.1, days: [2]float64{1, 10}, season: rainy,
		cit: []string{"فاضلاب {loc} زده بیرون و بوی تعفن همه جا رو گرفته", "منهول فاضلاب {loc} سرریز کرده",
			"آب فاضلاب {loc} راه افتاده تو کوچه، بچه\u200cها مریض میشن", "با هر بارون فاضلاب {loc} پس میزنه تو حیاط خونه\u200cها"},
		op:    []string{"سرریز فاضلاب", "پس زدن فاضلاب", "طغیان منهول فاضلاب"},
		fing:  []string{"fazelab {loc} zade biroon"},
		aside: "فاضلاب هم پس میزنه"},
	{code: "sewer-smell", family: "sewer", agency: water, cats: []string{catWater}, wrong: []string{catSurface, catAnimal},
		lv: lvAlley, weight: 1.5, pull: 1.0, days: [2]float64{5, 40}, season: warm,
		cit:   []string{"بوی بد فاضلاب {loc} غیرقابل تحمله", "لوله فاضلاب {loc} گرفته، لوله\u200cبازکن هم نتونست", "انشعاب فاضلاب {loc} مشکل داره"},
		op:    []string{"بوی نامطبوع فاضلاب", "گرفتگی شبکه فاضلاب"},
		fing:  []string{"booye fazelab {loc} miad"},
		aside: "بوی فاضلاب هم میاد"},
	{code: "manhole", family: "manhole", agency: water, cats: []string{catWater}, wrong: []string{catAsphalt, catSurface},
		lv: lvPoint, weight: 0.8, pull: 0.9, days: [2]float64{2, 15}, season: flat,
		cit:   []string{"درب منهول فاضلاب {loc} شکسته و یه چاله خطرناک وسط راه مونده", "دریچه فاضلاب {loc} رو برداشتن، ممکنه بچه بیفته توش"},
		op:    []string{"شکستگی درب منهول فاضلاب", "نبود دریچه منهول"},
		fing:  []string{"dare manhole {loc} shekaste"},
		aside: "درب منهول هم شکسته"},
	{code: "burst", family: "burst", agency: water, cats: []string{catWater}, wrong: []string{catSurface, catAsphalt},
		lv: lvPoint, weight: 1.4, pull: 1.2, days: [2]float64{0.3, 3}, season: winter4(),
		cit: []string{"لوله آب {loc} ترکیده و آب داره هدر میره", "از دیشب آب از زیر آسفالت {loc} می\u200cجوشه",
			"شکستگی لوله آب {loc}، کل کوچه رو آب برداشته"},
		op:    []string{"شکستگی لوله آب", "نشت آب از شبکه", "ترکیدگی لوله اصلی آب"},
		fing:  []string{"lole ab {loc} tarkide"},
		aside: "یه لوله آب هم ترکیده"},
	{code: "watercut", family: "watercut", agency: water, cats: []string{catWater}, wrong: []string{catServices},
		lv: lvArea, weight: 1.2, pull: 2.2, days: [2]float64{0.2, 2}, season: summer,
		cit: []string{"آب {loc} از صبح قطعه", "فشار آب {loc} خیلی کمه، طبقه دوم آب نمیاد", "دو روزه آب {loc} قطعه و هیچ خبری ندادن",
			"آب {loc} گل\u200cآلود و قهوه\u200cای میاد"},
		op:    []string{"قطعی آب", "افت فشار آب", "گل\u200cآلودگی آب شرب"},
		fing:  []string{"abe {loc} ghate"},
		aside: "آب هم قطعه"},
	{code: "trench-water", family: "trench", agency: water, cats: []string{catWater}, wrong: []string{catAsphalt},
		lv: lvAlley, weight: 1.2, pull: 1.1, days: [2]float64{10, 60}, season: flat,
		cit: []string{"آبفا {loc} رو برای لوله\u200cکشی کنده و ترمیم نکرده", "اداره آب {loc} رو حفاری کرده و یه ماهه رها کرده",
			"بعد از تعمیر لوله آب {loc} گودال رو پر نکردن"},
		op:    []string{"عدم ترمیم حفاری آبفا", "حفاری رها شده شرکت آب و فاضلاب"},
		fing:  []string{"abfa {loc} ro kande o tarmim nakarde"},
		aside: "آبفا هم کوچه رو کنده و ول کرده"},
	{code: "waterbill", family: "waterbill", agency: water, cats: []string{catWater}, wrong: []string{catOther},
		lv: lvPlate, weight: 0.6, pull: 0.4, days: [2]float64{5, 30}, season: flat,
		cit:  []string{"قبض آب این دوره {loc} سه برابر اومده، کنتور خرابه", "کنتور آب {loc} درست کار نمی\u200cکنه"},
		op:   []string{"اعتراض به قبض آب", "خرابی کنتور آب"},
		here: []string{"خونه ما", "ما"}, noSince: true,
		fing:  []string{"ghabze ab {loc} ziad oomade"},
		aside: "قبض آب هم زیاد اومده"},

	{code: "gassmell", family: "gassmell", agency: gas, cats: []string{catGas}, wrong: []string{catServices},
		lv: lvPoint, weight: 0.8, pull: 1.0, days: [2]float64{0.1, 1}, season: winter4(),
		cit:   []string{"بوی گاز {loc} خیلی شدیده", "از لوله گاز {loc} صدای نشتی میاد و بوی گاز میده", "رگولاتور گاز {loc} نشتی داره"},
		op:    []string{"نشت گاز", "بوی گاز"},
		fing:  []string{"booye gaz {loc} miad"},
		aside: "بوی گاز هم میاد"},
	{code: "gaspressure", family: "gaspressure", agency: gas, cats: []string{catGas}, wrong: []string{catServices},
		lv: lvArea, weight: 0.4, pull: 2.0, days: [2]float64{2, 10}, season: winter,
		cit:   []string{"فشار گاز {loc} خیلی پایینه، بخاری\u200cها روشن نمیشه", "گاز {loc} ضعیفه و تو این سرما خونه\u200cها یخ کرده"},
		op:    []string{"افت فشار گاز", "ضعیف بودن گاز"},
		fing:  []string{"feshare gaz {loc} kame"},
		aside: "فشار گاز هم کمه"},
	{code: "trench-gas", family: "trench", agency: gas, cats: []string{catGas}, wrong: []string{catAsphalt},
		lv: lvAlley, weight: 0.8, pull: 1.1, days: [2]float64{10, 60}, season: warm,
		cit:   []string{"شرکت گاز {loc} رو کنده برای لوله\u200cکشی و ترمیم نکرده", "گازکشی {loc} تموم شده ولی کانالش هنوز باز مونده"},
		op:    []string{"عدم ترمیم حفاری شرکت گاز", "رها شدن کانال گازکشی"},
		fing:  []string{"sherkat gaz {loc} ro kande"},
		aside: "شرکت گاز هم کوچه رو کنده"},

	{code: "phone", family: "phone", agency: telecom, cats: []string{catTelecom}, wrong: []string{catServices, catPower},
		lv: lvPoint, weight: 0.8, pull: 0.9, days: [2]float64{3, 30}, season: stormy,
		cit: []string{"کابل تلفن {loc} قطع شده، یه هفته\u200cست تلفن نداریم", "در کافو مخابرات {loc} بازه و سیم\u200cها بیرون ریخته",
			"اینترنت و تلفن ثابت {loc} از دیروز قطعه"},
		op:    []string{"قطعی خطوط تلفن", "باز بودن کافو مخابرات", "قطعی کابل مخابرات"},
		fing:  []string{"telephone {loc} ghate"},
		aside: "تلفن\u200cها هم قطعه"},
	{code: "trench-telecom", family: "trench", agency: telecom, cats: []string{catTelecom}, wrong: []string{catAsphalt},
		lv: lvAlley, weight: 0.5, pull: 1.1, days: [2]float64{10, 60}, season: warm,
		cit:   []string{"مخابرات {loc} برای فیبر نوری کانال کنده و رها کرده", "پیمانکار فیبر نوری {loc} رو کنده و آسفالت نکرده"},
		op:    []string{"حفاری رها شده فیبر نوری", "عدم ترمیم حفاری مخابرات"},
		fing:  []string{"fibr nori {loc} ro kandan"},
		aside: "فیبر نوری هم کوچه رو کنده"},

	{code: "blocking", family: "blocking", agency: police, cats: []string{catPolice}, wrong: []string{catTraffic, catOccupy},
		lv: lvPlate, weight: 2.5, pull: 0.5, days: [2]float64{0.1, 0.6}, season: flat,
		cit: []string{"یه ماشین جلوی پارکینگ {loc} پارک کرده و نمی\u200cتونیم بیرون بیایم", "یه خودرو جلوی {loc} کل کوچه رو بسته، ماشین آتش\u200cنشانی هم رد نمیشه",
			"یه پژو جلوی در {loc} پارک کرده و صاحبش پیدا نیست", "ماشین یکی از همسایه\u200cها جلوی {loc} راه رو بسته"},
		here:  []string{"خونه ما", "خونه\u200cمون"},
		op:    []string{"پارک خودرو جلوی درب پارکینگ", "مسدود شدن کوچه توسط خودرو"},
		fing:  []string{"ye mashin jolo parking {loc} park karde"},
		aside: "ماشین\u200cها هم جلوی کوچه پارک می\u200cکنن"},
	{code: "noise", family: "noise", agency: police, cats: []string{catPolice}, wrong: []string{catOther, catBuild},
		lv: lvPlate, night: true, weight: 2, pull: 0.6, days: [2]float64{0.1, 0.4}, season: warm,
		cit: []string{"یه خونه تو {loc} تا ۳ صبح صدای موزیک بلند داره", "سر و صدای مهمونی {loc} نمیذاره بخوابیم",
			"یه کارگاه تو {loc} شب\u200cها با دستگاه کار می\u200cکنه و سر و صداش زیاده", "دعوا و سر و صدا تو {loc}"},
		here:  []string{"کوچه ما", "کوچمون"},
		op:    []string{"سر و صدای شبانه", "ایجاد مزاحمت صوتی"},
		fing:  []string{"sar o sedaye {loc} nemizare bekhabim"},
		aside: "شب\u200cها هم سر و صدا زیاده"},
	{code: "parkcrime", family: "parkcrime", agency: police, cats: []string{catPolice}, wrong: []string{catGreen},
		lv: lvMark, marks: []string{"park"}, night: true, weight: 0.6, pull: 0.9, days: [2]float64{10, 40}, season: warm,
		cit:   []string{"معتادها تو {loc} جمع میشن و شب\u200cها ناامنه", "چند نفر تو {loc} مواد مصرف می\u200cکنن، بچه\u200cها می\u200cترسن", "دعوا و درگیری هر شب تو {loc}"},
		op:    []string{"تجمع معتادین", "ناامنی و درگیری"},
		fing:  []string{"motadha {loc} jam mishan"},
		aside: "معتادها هم تو پارک جمع میشن"},

	{code: "school", family: "school", agency: other, cats: []string{catOthers}, wrong: []string{catCitizen, catTraffic},
		lv: lvMark, marks: []string{"school"}, weight: 1.2, pull: 0.8, days: [2]float64{5, 30}, season: schoolYear(),
		cit:   []string{"سرویس {loc} هر روز دیر میاد", "شیشه\u200cهای کلاس {loc} شکسته و بچه\u200cها سرما می\u200cخورن", "{loc} از بچه\u200cها پول اضافه می\u200cگیره"},
		op:    []string{"مشکل سرویس مدرسه", "خرابی ساختمان مدرسه", "دریافت وجه اضافه توسط مدرسه"},
		fing:  []string{"servise {loc} dir miad"},
		aside: "مدرسه هم مشکل داره"},
	{code: "hygiene", family: "hygiene", agency: other, cats: []string{catOthers}, wrong: []string{catWaste, catOccupy},
		lv: lvMark, marks: []string{"shop"}, weight: 0.7, pull: 0.8, days: [2]float64{5, 30}, season: warm,
		cit:   []string{"ساندویچی کنار {loc} خیلی کثیفه و غذای مونده می\u200cفروشه", "قصابی نزدیک {loc} گوشت رو بیرون گذاشته و مگس روش نشسته"},
		op:    []string{"عدم رعایت بهداشت در واحد صنفی", "فروش مواد غذایی غیربهداشتی"},
		fing:  []string{"sandwichi {loc} kasife"},
		aside: "ساندویچی هم بهداشت رو رعایت نمی\u200cکنه"},
	{code: "livestock", family: "livestock", agency: other, cats: []string{catOthers}, wrong: []string{catAnimal, catPolice},
		lv: lvPlate, weight: 0.8, pull: 0.9, days: [2]float64{20, 90}, season: flat,
		cit: []string{"یکی از همسایه\u200cها تو {loc} تو حیاطش گاو و گوسفند نگه می\u200cداره و بوی بدش کل کوچه رو گرفته",
			"مرغ و خروس یکی از همسایه\u200cها تو {loc} از ۴ صبح سر و صدا می\u200cکنن و بو میده"},
		here:  []string{"کوچه ما", "کوچمون"},
		op:    []string{"نگهداری دام در منطقه مسکونی", "نگهداری طیور در منزل"},
		fing:  []string{"hamsaye {loc} gav o gusfand dare"},
		aside: "همسایه هم مرغ و خروس نگه می\u200cداره"},
	{code: "bakery", family: "bakery", agency: other, cats: []string{catOthers}, wrong: []string{catOccupy, catCitizen},
		lv: lvMark, marks: []string{"bakery"}, weight: 1.0, pull: 0.9, days: [2]float64{5, 30}, season: flat,
		cit:   []string{"{loc} نون رو کم\u200cوزن و گرون می\u200cفروشه", "نون {loc} خمیره و نپخته", "{loc} ساعت کارش رو رعایت نمی\u200cکنه و زود می\u200cبنده"},
		op:    []string{"کم\u200cفروشی نانوایی", "کیفیت پایین نان", "عدم رعایت ساعت کار نانوایی"},
		fing:  []string{"{loc} noon ro geroon mifrushe"},
		aside: "نونوایی هم نون خمیر میده"},
	{code: "welfare", family: "welfare", agency: other, cats: []string{catOthers, catCitizen}, wrong: []string{catOther},
		lv: lvPlate, weight: 0.8, pull: 0.5, days: [2]float64{1, 10}, season: flat,
		cit:  []string{"من سرپرست خانوارم و تو {loc} زندگی می\u200cکنم، کمک معیشتی لازم دارم", "یک خانواده بی\u200cبضاعت تو {loc} هستن که نیاز به کمک دارن"},
		op:   []string{"نیاز به کمک معیشتی", "معرفی خانواده نیازمند"},
		here: []string{"همین محله", "کوچه ما"}, noSince: true,
		fing:  []string{"komak lazem darim {loc}"},
		aside: "یه خانواده نیازمند هم هست"},
}

func winter4() [12]float64 {
	return [12]float64{0.8, 0.6, 0.6, 0.7, 0.7, 0.8, 1.1, 1.3, 1.5, 1.6, 1.5, 1.1}
}
func schoolYear() [12]float64 {
	return [12]float64{0.6, 0.8, 0.3, 0.05, 0.05, 0.3, 2.0, 1.6, 1.4, 1.3, 1.3, 1.0}
}

func kindByCode(code string) *kind {
	for _, k := range kinds {
		if k.code == code {
			return k
		}
	}
	panic("rasht45: no kind " + code)
}
