package demo

import tafkik "github.com/tafkik/tafkik"

// Where a problem sits: an alley, a whole street, a park, or one building in an alley.
const (
	levelAlley = iota
	levelStreet
	levelPark
	levelPlate
	levelNone // not tied to a place (a pension, a school): the text rarely names one
)

// problem is one kind of thing citizens report, with the words they use for it.
// Phrases use ASCII digits; the writer re-renders digits per request. A ZWNJ in a phrase is
// the careful spelling; the noise step drops it or turns it into a space for many writers.
type problem struct {
	code    string
	agency  tafkik.Agency
	weight  float64 // share of issues within its pool (municipal or outside)
	maxSize int     // the largest episode it plausibly gets
	levels  []int   // possible place levels; the first is the most common
	cats    []string
	// wrongCats are what an operator picks by mistake: the trap cases for a classifier that
	// trusts the category (a branch on a power line filed under green space).
	wrongCats []string
	phrases   []string // what citizens write
	extras    []string // optional second sentence specific to the problem
	formal    string   // how an operator summarises it
	finglish  []string
	generic   []string // bare texts that say nothing about the place
}

// vagueCats are what operators pick when in doubt.
var vagueCats = []string{"سایر", "خدمات شهری", "سایر موارد", "شکایات"}

var problems = []problem{
	{code: "asphalt", agency: tafkik.AgencyMunicipality, weight: 16, maxSize: 120, levels: []int{levelAlley, levelStreet},
		cats: []string{"آسفالت و لکه‌گیری معابر", "ترمیم آسفالت", "آسفالت معابر"}, wrongCats: []string{"عمران شهری", "حمل و نقل و ترافیک", "پیاده‌رو"},
		phrases: []string{"آسفالت کوچه خیلی خراب شده", "کوچه پر از چاله چوله است", "یه چاله بزرگ وسط کوچه هست که ماشینا میفتن توش",
			"آسفالت کنده شده و پر از دست‌انداز شده", "وضعیت آسفالت افتضاحه", "چاله‌های کوچه با بارون پر آب میشه و نمیشه رد شد",
			"نیاز به لکه‌گیری و آسفالت مجدد دارد", "آسفالت ترک خورده و نشست کرده", "چند ساله این کوچه آسفالت نشده",
			"چاله عمیق جلوی درب منزل ایجاد شده", "آسفالت خیابون داغونه", "کف کوچه خاکی شده، آسفالت کاملا از بین رفته",
			"دست‌اندازها و چاله‌ها به ماشین‌ها آسیب می‌زنند", "لطفا کوچه را آسفالت کنید"},
		extras: []string{"ماشینم توی چاله افتاد و لاستیکش ترکید", "سالمندها موقع رد شدن زمین میخورن", "چند بار زنگ زدم ولی کسی نیومد",
			"قبلا هم گزارش دادیم", "بچه‌ها با دوچرخه زمین خوردن"},
		formal:   "ترمیم آسفالت و لکه‌گیری معبر",
		finglish: []string{"asfalt kharab", "asfalte kooche kharabe", "chale bozorg vasate kooche", "asfalt dastandaz dare"},
		generic:  []string{"خیابان خراب است", "کوچه خراب است", "آسفالت خراب است", "چاله"}},
	{code: "garbage", agency: tafkik.AgencyMunicipality, weight: 13, maxSize: 60, levels: []int{levelAlley, levelStreet},
		cats: []string{"جمع‌آوری زباله", "پسماند", "جمع آوری پسماند"}, wrongCats: []string{"نظافت معابر", "محیط زیست"},
		phrases: []string{"زباله‌ها چند روزه جمع نشده", "سطل زباله پر شده و بوی بدی میده", "کیسه‌های زباله کنار کوچه مونده و گربه‌ها پاره کردن",
			"مخزن زباله سر کوچه سرریز شده", "ماشین زباله این هفته نیومده", "شیرابه زباله راه افتاده تو کوچه",
			"جلوی مخزن زباله پر از آشغاله", "عدم جمع آوری زباله", "آشغالا رو نبردن، بوی تعفن همه جا رو گرفته",
			"مخزن زباله شکسته و زباله ها ریخته بیرون"},
		extras:   []string{"بوی تعفنش تا خونه میاد", "موش و گربه جمع شده", "تو این گرما بو غیرقابل تحمله"},
		formal:   "عدم جمع‌آوری زباله",
		finglish: []string{"ashghal ha jam nashode", "satle zobale por shode", "zobale ha ro nabordan"},
		generic:  []string{"زباله", "آشغال جمع نمیشه"}},
	{code: "surface_water", agency: tafkik.AgencyMunicipality, weight: 8, maxSize: 50, levels: []int{levelAlley, levelStreet},
		cats: []string{"آب‌های سطحی", "آبگرفتگی معابر"}, wrongCats: []string{"فاضلاب", "آب و فاضلاب"},
		phrases: []string{"با هر بارون کوچه آب میگیره", "جوی آب گرفته و آب بارون تو کوچه جمع شده", "کانال آب‌های سطحی مسدود شده",
			"آبگرفتگی شدید بعد از بارندگی", "دهانه آبرو پر از گل و برگ شده و آب راه نداره", "آب باران جلوی خونه‌ها جمع میشه",
			"جوی کنار خیابون لایروبی نشده و آب بارون برگشته تو کوچه", "بعد از بارون دیشب کوچه دریاچه شده"},
		extras:   []string{"آب تا توی حیاط اومده", "نمیشه از خونه بیرون رفت", "هر سال همینه"},
		formal:   "آبگرفتگی معبر و انسداد کانال آب‌های سطحی",
		finglish: []string{"ab gereftegi bad az baroon", "jooye ab gerefte", "kooche ab gerefte"}},
	{code: "tree_pruning", agency: tafkik.AgencyMunicipality, weight: 5, maxSize: 12, levels: []int{levelAlley, levelStreet},
		cats: []string{"فضای سبز", "هرس درختان"}, wrongCats: []string{"خدمات شهری"},
		phrases: []string{"درخت‌های کوچه نیاز به هرس دارن", "شاخه‌های درخت جلوی دید راننده‌ها رو گرفته", "درخت خشک شده و ممکنه بیفته",
			"شاخه‌های شکسته درخت افتاده تو پیاده‌رو", "لطفا درختای جلوی خونه رو هرس کنید", "درخت کهنسال کج شده و خطرناکه"},
		formal:   "هرس درختان معبر",
		finglish: []string{"derakht ha hers mikhan"}},
	{code: "park_light", agency: tafkik.AgencyMunicipality, weight: 1.2, maxSize: 10, levels: []int{levelPark},
		cats: []string{"فضای سبز", "پارک‌ها"}, wrongCats: []string{"روشنایی معابر", "برق"},
		phrases: []string{"چراغ‌های پارک خاموشه و شب‌ها ناامنه", "روشنایی پارک محله خرابه", "لامپ‌های بوستان سوخته",
			"پارک شب‌ها تاریکه، چراغ‌ها روشن نمیشن", "چراغ‌های داخل پارک چند شبه روشن نشده"},
		extras:   []string{"خانواده‌ها شب نمیتونن بیان پارک", "معتادها شب‌ها جمع میشن"},
		formal:   "خاموشی روشنایی پارک",
		finglish: []string{"cheragh haye park khamooshe"}},
	{code: "stray_dogs", agency: tafkik.AgencyMunicipality, weight: 5, maxSize: 25, levels: []int{levelAlley, levelStreet},
		cats: []string{"حیوانات بلاصاحب", "سگ‌های ولگرد"}, wrongCats: []string{"خدمات شهری", "محیط زیست"},
		phrases: []string{"سگ‌های ولگرد تو کوچه جمع شدن و به بچه‌ها حمله میکنن", "چند تا سگ بلاصاحب شب‌ها پارس میکنن و نمیذارن بخوابیم",
			"گله سگ سر کوچه، مردم میترسن رد بشن", "سگ ولگرد به رهگذر حمله کرد", "سگهای ولگرد زیاد شدن"},
		formal:   "ساماندهی سگ‌های بلاصاحب",
		finglish: []string{"sag haye velgard ziad shodan"}},
	{code: "construction_waste", agency: tafkik.AgencyMunicipality, weight: 4, maxSize: 15, levels: []int{levelAlley, levelStreet},
		cats: []string{"نخاله ساختمانی", "تخلفات ساختمانی"}, wrongCats: []string{"جمع‌آوری زباله", "نظافت معابر"},
		phrases: []string{"نخاله ساختمونی ریختن تو کوچه", "یه نفر شب خاک و نخاله خالی کرده کنار خیابون", "مصالح ساختمانی کل کوچه رو بسته",
			"تخلیه غیرمجاز نخاله", "نخاله‌های ساختمان نیمه‌کاره چند هفته‌ست جمع نشده"},
		formal: "تخلیه غیرمجاز نخاله ساختمانی"},
	{code: "construction_noise", agency: tafkik.AgencyMunicipality, weight: 3, maxSize: 20, levels: []int{levelPlate, levelAlley},
		cats: []string{"تخلفات ساختمانی", "آلودگی صوتی"}, wrongCats: []string{"سایر", "انتظامی"},
		phrases: []string{"ساختمون‌سازی تا نصف شب سر و صدا داره", "کارگاه ساختمانی شب‌ها کار میکنه و صدای دستگاه‌ها نمیذاره بخوابیم",
			"از ساعت 6 صبح صدای بتن‌ریزی میاد", "بیل مکانیکی ساختمون نیمه‌کاره شب‌ها کار میکنه", "سر و صدای کارگاه ساختمانی در ساعات استراحت"},
		formal: "مزاحمت صوتی کارگاه ساختمانی در ساعات غیرمجاز"},
	{code: "sidewalk_obstruction", agency: tafkik.AgencyMunicipality, weight: 5, maxSize: 20, levels: []int{levelStreet, levelAlley},
		cats: []string{"سد معبر"}, wrongCats: []string{"ترافیک", "سایر", "انتظامی"},
		phrases: []string{"مغازه‌دار اجناسش رو چیده تو پیاده‌رو", "دستفروش‌ها پیاده‌رو رو بستن", "میوه فروشی نصف پیاده رو رو گرفته",
			"سد معبر توسط مغازه‌ها، عابر مجبوره از تو خیابون رد بشه", "کسبه پیاده رو را اشغال کرده‌اند"},
		formal: "سد معبر توسط کسبه"},
	{code: "sidewalk_damage", agency: tafkik.AgencyMunicipality, weight: 3, maxSize: 12, levels: []int{levelStreet, levelAlley},
		cats: []string{"پیاده‌رو", "عمران شهری"}, wrongCats: []string{"آسفالت و لکه‌گیری معابر"},
		phrases: []string{"کف‌پوش پیاده‌رو شکسته", "جدول کنار خیابون خراب شده", "پیاده‌رو ناهمواره و آدم زمین میخوره", "موزاییک‌های پیاده رو کنده شده"},
		formal:  "ترمیم کف‌پوش پیاده‌رو"},
	{code: "street_cleaning", agency: tafkik.AgencyMunicipality, weight: 3, maxSize: 10, levels: []int{levelStreet, levelAlley},
		cats: []string{"نظافت معابر"}, wrongCats: []string{"جمع‌آوری زباله"},
		phrases: []string{"خیابون جارو نشده، پر از برگ و خاکه", "رفتگر چند روزه نیومده", "کوچه خیلی کثیفه، لطفا نظافت کنید"},
		formal:  "نظافت معبر"},
	{code: "dead_animal", agency: tafkik.AgencyMunicipality, weight: 1.5, maxSize: 6, levels: []int{levelAlley, levelStreet},
		cats: []string{"نظافت معابر", "حیوانات بلاصاحب"}, wrongCats: []string{"سایر"},
		phrases: []string{"لاشه گربه وسط کوچه افتاده", "یه سگ مرده کنار خیابون افتاده و بو گرفته", "لاشه حیوان جمع‌آوری نشده"},
		formal:  "جمع‌آوری لاشه حیوان"},

	// Other agencies' business.
	{code: "sewage", agency: tafkik.AgencyWater, weight: 16, maxSize: 40, levels: []int{levelAlley, levelStreet},
		cats: []string{"فاضلاب", "آب و فاضلاب"}, wrongCats: []string{"آب‌های سطحی", "خدمات شهری", "آسفالت و لکه‌گیری معابر"},
		phrases: []string{"فاضلاب از منهول زده بیرون", "بوی فاضلاب کل کوچه رو برداشته", "چاه فاضلاب پس زده و تو کوچه راه افتاده",
			"لوله فاضلاب شهری گرفته", "درپوش منهول فاضلاب شکسته", "سرریز فاضلاب در معبر", "آب فاضلاب قاطی آب جوی شده و بو میده",
			"منهول فاضلاب وسط کوچه سرریز کرده"},
		extras:   []string{"بچه‌ها مریض شدن", "بوی تعفن غیرقابل تحمله"},
		formal:   "سرریز فاضلاب از شبکه فاضلاب شهری",
		finglish: []string{"fazelab zade biroon", "booye fazelab miad"}},
	{code: "water_main", agency: tafkik.AgencyWater, weight: 9, maxSize: 30, levels: []int{levelStreet, levelAlley},
		cats: []string{"آب و فاضلاب", "آب شرب"}, wrongCats: []string{"آب‌های سطحی", "آسفالت و لکه‌گیری معابر"},
		phrases: []string{"لوله آب ترکیده و آب تو خیابون راه افتاده", "شکستگی لوله آب شرب، آب داره هدر میره",
			"از دیشب آب از زیر آسفالت میجوشه بیرون", "لوله اصلی آب شکسته و کوچه رو آب برداشته", "آب قطعه و فشار آب خیلی کمه",
			"نشتی لوله آب جلوی پلاک 10"},
		formal:   "شکستگی لوله آب شرب",
		finglish: []string{"looleye ab tarakide", "ab ghate"}},
	{code: "street_light", agency: tafkik.AgencyPower, weight: 20, maxSize: 30, levels: []int{levelAlley, levelStreet},
		cats: []string{"روشنایی معابر"}, wrongCats: []string{"برق", "خدمات شهری", "فضای سبز"},
		phrases: []string{"چراغ‌های کوچه چند شبه خاموشه", "لامپ تیر برق سوخته و کوچه تاریکه", "شب‌ها خیابون کاملا تاریکه، چراغ‌ها روشن نمیشن",
			"چراغ برق سر کوچه خرابه", "روشنایی معابر قطع است", "تیر چراغ برق روزها هم روشنه", "کوچه تاریکه، چراغ برق نداره"},
		extras:   []string{"شب‌ها خانم‌ها میترسن رد بشن", "دزدی زیاد شده"},
		formal:   "خاموشی چراغ‌های روشنایی معابر",
		finglish: []string{"cheragh barghe kooche khamooshe"}},
	{code: "branch_powerline", agency: tafkik.AgencyPower, weight: 6, maxSize: 8, levels: []int{levelAlley, levelStreet},
		cats: []string{"برق", "فضای سبز", "هرس درختان"}, wrongCats: []string{"روشنایی معابر"},
		phrases: []string{"شاخه درخت روی سیم برق افتاده", "شاخه‌ها به سیم برق گیر کرده و جرقه میزنه", "درخت به سیم‌های برق رسیده، خطرناکه",
			"باد شاخه رو انداخته رو کابل برق"},
		formal: "برخورد شاخه درخت با شبکه برق"},
	{code: "cars_blocking", agency: tafkik.AgencyPolice, weight: 12, maxSize: 8, levels: []int{levelPlate, levelAlley},
		cats: []string{"ترافیک", "انتظامی"}, wrongCats: []string{"سد معبر", "سایر"},
		phrases: []string{"ماشین جلوی در پارکینگ پارک کرده نمیتونم بیام بیرون", "خودروهای شخصی کوچه رو بستن",
			"ماشینا دوبله پارک میکنن و کوچه بسته میشه", "یه ماشین چند روزه جلوی در خونه رها شده", "پارک خودرو جلوی درب پارکینگ"},
		formal: "انسداد کوچه با پارک خودروهای شخصی"},
	{code: "neighbour_noise", agency: tafkik.AgencyPolice, weight: 8, maxSize: 6, levels: []int{levelPlate},
		cats: []string{"آلودگی صوتی", "انتظامی"}, wrongCats: []string{"تخلفات ساختمانی", "سایر"},
		phrases: []string{"همسایه تا صبح صدای موسیقی بلند داره", "مهمونی همسایه هر شب تا ساعت 3 صبح", "سر و صدای همسایه طبقه بالا، دعوا و داد و بیداد",
			"صدای بلند ضبط ماشین همسایه نصف شب"},
		formal: "مزاحمت صوتی همسایه در ساعات شب"},
	{code: "gas_smell", agency: tafkik.AgencyGas, weight: 6, maxSize: 8, levels: []int{levelAlley, levelPlate},
		cats: []string{"گاز", "سایر"}, wrongCats: []string{"خدمات شهری"},
		phrases:  []string{"بوی گاز تو کوچه میاد", "نشت گاز از لوله گاز سر کوچه", "بوی شدید گاز کنار رگولاتور", "از دیروز بوی گاز میاد، میترسیم"},
		formal:   "احتمال نشت گاز",
		finglish: []string{"booye gaz miad"}},
	{code: "telecom", agency: tafkik.AgencyTelecom, weight: 7, maxSize: 10, levels: []int{levelAlley, levelPlate},
		cats: []string{"مخابرات", "سایر"}, wrongCats: []string{"برق"},
		phrases: []string{"تلفن ثابت یه هفته‌ست قطعه", "اینترنت ADSL وصل نمیشه", "کابل مخابرات پاره شده و آویزونه",
			"جعبه مخابرات باز مونده و سیم‌ها بیرونه", "خط تلفن نویز داره و اینترنت قطع و وصل میشه"},
		formal:   "قطعی تلفن ثابت و اینترنت",
		finglish: []string{"internet ghate", "telephone sabet ghate"}},
	{code: "trench_water", agency: tafkik.AgencyWater, weight: 3, maxSize: 10, levels: []int{levelAlley, levelStreet},
		cats: []string{"حفاری", "آب و فاضلاب"}, wrongCats: []string{"آسفالت و لکه‌گیری معابر"},
		phrases: []string{"آبفا کوچه رو کنده و رفته، آسفالت نکرده", "بعد از تعمیر لوله آب، ترانشه رو پر نکردن",
			"کانال لوله‌کشی آب وسط کوچه باز مونده", "حفاری اداره آب ترمیم نشده"},
		formal: "عدم ترمیم ترانشه حفاری آبفا"},
	{code: "trench_gas", agency: tafkik.AgencyGas, weight: 2, maxSize: 8, levels: []int{levelAlley, levelStreet},
		cats: []string{"حفاری", "گاز"}, wrongCats: []string{"آسفالت و لکه‌گیری معابر"},
		phrases: []string{"شرکت گاز برای لوله‌کشی خیابون رو کنده و رها کرده", "حفاری گاز ترمیم نشده", "گازرسانی کوچه رو کنده و آسفالت نکرده"},
		formal:  "عدم ترمیم ترانشه حفاری شرکت گاز"},
	{code: "trench_power", agency: tafkik.AgencyPower, weight: 2, maxSize: 8, levels: []int{levelStreet, levelAlley},
		cats: []string{"حفاری", "برق"}, wrongCats: []string{"آسفالت و لکه‌گیری معابر", "پیاده‌رو"},
		phrases: []string{"اداره برق کابل کشیده و ترانشه رو پر نکرده", "حفاری برق وسط پیاده‌رو رها شده", "کانال کابل برق باز مونده"},
		formal:  "عدم ترمیم ترانشه حفاری اداره برق"},
	{code: "trench_telecom", agency: tafkik.AgencyTelecom, weight: 2, maxSize: 8, levels: []int{levelStreet, levelAlley},
		cats: []string{"حفاری", "مخابرات"}, wrongCats: []string{"آسفالت و لکه‌گیری معابر"},
		phrases: []string{"مخابرات برای فیبر نوری کانال کنده و درست نکرده", "حفاری فیبر نوری رها شده", "بعد از کابل‌کشی مخابرات پیاده رو رو درست نکردن"},
		formal:  "عدم ترمیم ترانشه حفاری مخابرات"},
	{code: "pension", agency: tafkik.AgencyOther, weight: 5, maxSize: 2, levels: []int{levelNone},
		cats: []string{"سایر"}, wrongCats: []string{"خدمات شهری"},
		phrases: []string{"حقوق بازنشستگی‌ام سه ماهه واریز نشده", "مستمری من قطع شده، کسی جواب نمیده", "فیش حقوقی بازنشستگی صادر نشده"},
		formal:  "پیگیری حقوق بازنشستگی"},
	{code: "school", agency: tafkik.AgencyOther, weight: 4, maxSize: 3, levels: []int{levelNone, levelStreet},
		cats: []string{"سایر"}, wrongCats: []string{"آموزش"},
		phrases: []string{"مدرسه بچه‌ام شهریه اضافه میگیره", "کلاس‌های مدرسه بخاری ندارن", "مدیر مدرسه ثبت نام نمیکنه"},
		formal:  "شکایت از مدرسه"},
	{code: "food_hygiene", agency: tafkik.AgencyOther, weight: 6, maxSize: 4, levels: []int{levelStreet, levelNone},
		cats: []string{"بهداشت", "سایر"}, wrongCats: []string{"سد معبر"},
		phrases: []string{"رستوران سر خیابون بهداشت رو رعایت نمیکنه", "از فست فودی غذا گرفتم مسموم شدیم", "نانوایی کم‌فروشی میکنه و نونش خمیره",
			"قصابی گوشت مونده میفروشه"},
		formal: "شکایت بهداشتی از واحد صنفی"},
}
