package rasht32

// problem is one kind of trouble a citizen reports, with the agency that must act and the
// ways operators and citizens describe it. The operator phrases are an operator's summary;
// the citizen phrases are what people type or say.
type problem struct {
	key      string
	agency   string
	weight   float64     // share of issues
	season   [12]float64 // weight by Gregorian month, Jan..Dec; zero value means flat
	crowd    bool        // can draw dozens of requests (affects many households)
	cats     []string    // the operator's correct categories
	wrong    []string    // categories a hurried operator picks instead
	operator []string
	citizen  []string
	latin    []string // Finglish captions, when anyone writes them for this problem
	marks    bool     // happens at landmarks (bins at the bakery, channel by the school)
	// sub: operator[i] and citizen[i] are one sub-problem (pruning, a fallen tree) that a
	// clerk counts apart; an issue keeps one of them.
	sub bool
}

// wet is Rasht's rain: autumn and winter heavy, summer light.
var wet = [12]float64{1.3, 1.2, 1.0, 0.8, 0.5, 0.3, 0.3, 0.4, 0.9, 1.6, 1.9, 1.7}

// warm is the season of garbage smell, dogs' litters and insects.
var warm = [12]float64{0.7, 0.7, 0.8, 1.0, 1.2, 1.3, 1.4, 1.4, 1.2, 0.9, 0.8, 0.7}

var problems = []problem{
	{key: "asphalt", agency: "municipality", weight: 13, crowd: true,
		season: [12]float64{1.3, 1.3, 1.1, 1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.1, 1.2, 1.3},
		cats:   []string{"آسفالت و ترمیم معابر", "معابر"}, wrong: []string{"خدمات شهری", "عمران"},
		operator: []string{"خرابی آسفالت کوچه", "وجود چاله در سطح معبر", "درخواست لکه‌گیری آسفالت", "تخریب آسفالت و ایجاد چاله",
			"آسفالت معبر به شدت تخریب شده و تردد با مشکل مواجه است"},
		citizen: []string{"آسفالت کوچه خراب شده", "کوچه پر از چاله شده ماشین نمی‌تونه رد بشه", "یه چاله بزرگ وسط کوچه هست",
			"آسفالت کوچه ما داغونه", "چاله‌ها پر از آب شده هر روز یکی زمین می‌خوره", "سال‌هاست آسفالت نشده",
			"کوچه آسفالت نداره همش گل و چاله"},
		latin: []string{"asfalt kooche kharabe", "chale bozorg vasate kooche"}},
	{key: "trench", agency: "water", weight: 2, crowd: true,
		cats: []string{"آب و فاضلاب"}, wrong: []string{"آسفالت و ترمیم معابر", "معابر"},
		operator: []string{"عدم ترمیم محل حفاری شرکت آبفا", "حفاری آب و فاضلاب رها شده و ترمیم نشده", "ترانشه حفاری آبفا باز مانده"},
		citizen: []string{"آبفا کوچه رو کندن و رفتن هنوز درستش نکردن", "بعد از لوله‌کشی آب کوچه رو همینطوری ول کردن",
			"گودال حفاری آب و فاضلاب وسط کوچه مونده خطرناکه"}},
	{key: "garbage", agency: "municipality", weight: 14, crowd: true, season: warm, marks: true,
		cats: []string{"پسماند و نظافت شهری", "پسماند"}, wrong: []string{"خدمات شهری", "فضای سبز"},
		operator: []string{"عدم جمع‌آوری زباله", "تجمع زباله در معبر", "زباله چند روز است جمع‌آوری نشده", "انباشت زباله کنار مخزن",
			"عدم حضور پاکبان و کثیفی معبر"},
		citizen: []string{"زباله‌ها جمع نشده بو گرفته", "چند روزه ماشین زباله نیومده", "کنار سطل زباله پر از آشغاله",
			"بوی زباله کل کوچه رو برداشته", "گربه‌ها کیسه‌ها رو پاره کردن همه جا ریخته", "رفتگر چند روزه نیومده کوچه کثیفه"},
		latin: []string{"ashghala jam nashode", "mashin zobale nayomade"}},
	{key: "bin", agency: "municipality", weight: 3.5, marks: true,
		cats: []string{"پسماند و نظافت شهری"}, wrong: []string{"خدمات شهری"},
		operator: []string{"درخواست نصب مخزن زباله", "مخزن زباله شکسته است", "جابجایی مخزن زباله از جلوی منزل", "شستشوی مخزن زباله"},
		citizen: []string{"مخزن زباله نداریم همه میریزن کنار دیوار", "سطل زباله شکسته درش باز نمیشه",
			"سطل زباله رو گذاشتن جلوی در خونه ما بو میده لطفا جابجا کنید", "سطل زباله خیلی کثیفه شسته نمیشه"}, sub: true},
	{key: "surface", agency: "municipality", weight: 8, crowd: true, season: wet, marks: true,
		cats: []string{"آبهای سطحی و کانال‌ها", "آبهای سطحی"}, wrong: []string{"آب و فاضلاب", "خدمات شهری"},
		operator: []string{"آبگرفتگی معبر", "گرفتگی کانال آبهای سطحی", "لایروبی جوی و کانال", "تجمع آب باران در معبر",
			"آبگرفتگی معبر در اثر بارندگی و گرفتگی دریچه کانال"},
		citizen: []string{"با هر بارون کوچه رو آب میگیره", "جوی آب گرفته آب اومده تو حیاط", "کانال پر از برگ و آشغاله آب برگشته",
			"آب بارون تو کوچه مونده نمیشه رد شد", "دریچه کانال گرفته آب جمع شده"},
		latin: []string{"kooche ro ab gerefte", "joob gerefte"}},
	{key: "sewage", agency: "water", weight: 3.5, crowd: true,
		cats: []string{"آب و فاضلاب"}, wrong: []string{"آبهای سطحی و کانال‌ها", "پسماند و نظافت شهری"},
		operator: []string{"پس‌زدگی فاضلاب از منهول", "سرریز فاضلاب در معبر", "گرفتگی شبکه فاضلاب", "بوی فاضلاب از دریچه منهول"},
		citizen: []string{"فاضلاب از منهول زده بیرون بوی بدی میده", "چاه فاضلاب کوچه پس زده", "آب کثیف فاضلاب تو کوچه راه افتاده",
			"درپوش منهول فاضلاب رو برداشتن بوش غیر قابل تحمله"}},
	{key: "leak", agency: "water", weight: 1.8,
		cats: []string{"آب و فاضلاب"}, wrong: []string{"آبهای سطحی و کانال‌ها"},
		operator: []string{"شکستگی لوله آب و هدر رفت آب", "نشت آب از زیر آسفالت", "ترکیدگی لوله آب در معبر"},
		citizen:  []string{"لوله آب ترکیده آب داره هدر میره", "چند روزه از زیر آسفالت آب میاد بیرون", "کنتور آب نشتی داره آب تو کوچه راه افتاده"}},
	{key: "streetlight", agency: "power", weight: 6, crowd: true,
		season: [12]float64{1.2, 1.2, 1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.0, 1.2, 1.3, 1.3},
		cats:   []string{"روشنایی معابر"}, wrong: []string{"روشنایی", "خدمات شهری", "برق"},
		operator: []string{"خاموشی چراغ‌های روشنایی معبر", "لامپ تیر برق سوخته", "عدم روشنایی کوچه", "چراغ روشنایی معبر خاموش است"},
		citizen: []string{"چراغ‌های کوچه چند شبه خاموشه", "لامپ تیر برق سر کوچه سوخته", "کوچه شب‌ها تاریکه آدم می‌ترسه رد بشه",
			"چراغ کوچه روز روشنه شب خاموش"},
		latin: []string{"cheragh kooche khamooshe"}},
	{key: "cable", agency: "power", weight: 1.2,
		cats: []string{"برق"}, wrong: []string{"روشنایی معابر", "فضای سبز"},
		operator: []string{"آویزان بودن سیم برق", "برخورد شاخه درخت با سیم برق", "کج شدن تیر برق"},
		citizen:  []string{"سیم برق آویزون شده خطرناکه", "شاخه درخت افتاده روی سیم برق جرقه میزنه", "تیر برق کج شده ممکنه بیفته"}, sub: true},
	{key: "parklight", agency: "municipality", weight: 1.2, marks: true,
		cats: []string{"پارک و بوستان", "فضای سبز"}, wrong: []string{"روشنایی معابر", "برق"},
		operator: []string{"خاموشی چراغ‌های پارک", "عدم روشنایی بوستان محله"},
		citizen:  []string{"چراغ‌های پارک خاموشه شب‌ها معتادها جمع میشن", "پارک شب‌ها تاریکه چراغاش سوخته"}},
	{key: "tree", agency: "municipality", weight: 4.5,
		season: [12]float64{1.0, 1.1, 1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.0, 1.3, 1.4, 1.2},
		cats:   []string{"فضای سبز"}, wrong: []string{"خدمات شهری", "پسماند و نظافت شهری"},
		operator: []string{"درخواست هرس درختان", "سقوط درخت در معبر", "جمع‌آوری برگ و شاخه درختان", "شکستگی شاخه درخت"},
		citizen: []string{"درخت کنار خونه خیلی بزرگ شده شاخه‌هاش اومده تو حیاط لطفا هرس کنید", "درخت افتاده وسط کوچه",
			"برگ درختا جوی رو پر کرده کسی جمع نمی‌کنه", "شاخه شکسته آویزونه ممکنه بیفته رو سر کسی"}, sub: true},
	{key: "dogs", agency: "municipality", weight: 5.5, crowd: true, season: warm,
		cats: []string{"حیوانات ولگرد", "بهداشت محیط"}, wrong: []string{"خدمات شهری", "سایر"},
		operator: []string{"وجود سگ‌های ولگرد در محله", "مزاحمت سگ‌های بلاصاحب", "تجمع سگ ولگرد و ایجاد ترس برای عابران"},
		citizen: []string{"سگ‌های ولگرد دنبال بچه‌ها می‌کنن", "چند تا سگ ولگرد شب‌ها تو کوچه پارس می‌کنن خواب نداریم",
			"یه گله سگ اینجا جمع شدن مردم می‌ترسن رد بشن", "سگ ولگرد به یه بچه حمله کرده"},
		latin: []string{"sag velgard ziad shode"}},
	{key: "debris", agency: "municipality", weight: 4.5, marks: true,
		cats: []string{"نخاله ساختمانی"}, wrong: []string{"پسماند و نظافت شهری", "سد معبر"},
		operator: []string{"تخلیه نخاله ساختمانی در معبر", "رها شدن نخاله ساختمانی", "انباشت مصالح و نخاله جلوی ساختمان در حال ساخت"},
		citizen:  []string{"یکی نخاله ریخته کنار کوچه", "شب‌ها وانت میاد نخاله خالی میکنه", "مصالح ساختمونی رو ریختن وسط کوچه راه بسته شده"}},
	{key: "sidewalk", agency: "municipality", weight: 5, marks: true,
		cats: []string{"سد معبر"}, wrong: []string{"ترافیک", "خدمات شهری"},
		operator: []string{"سد معبر توسط مغازه‌دار", "اشغال پیاده‌رو توسط کسبه", "سد معبر دستفروشان", "تخریب موزاییک پیاده‌رو"},
		citizen: []string{"مغازه‌دار اجناسش رو گذاشته تو پیاده‌رو نمیشه رد شد", "پیاده‌رو رو اشغال کردن با کالسکه نمیشه رد شد",
			"دستفروشا کل پیاده‌رو رو گرفتن", "موزاییکای پیاده‌رو شکسته"}, sub: true},
	{key: "park", agency: "municipality", weight: 2.5, marks: true,
		cats: []string{"پارک و بوستان"}, wrong: []string{"فضای سبز", "سایر"},
		operator: []string{"خرابی وسایل بازی پارک", "عدم نظافت سرویس بهداشتی پارک"},
		citizen:  []string{"تاب پارک شکسته بچه‌ها ممکنه آسیب ببینن", "سرویس بهداشتی پارک خیلی کثیفه"}, sub: true},
	{key: "snow", agency: "municipality", weight: 1.0, crowd: true,
		season: [12]float64{2.5, 3, 0.6, 0, 0, 0, 0, 0, 0, 0, 0.2, 1.2},
		cats:   []string{"خدمات شهری"}, wrong: []string{"آسفالت و ترمیم معابر"},
		operator: []string{"درخواست برف‌روبی معبر", "یخ‌زدگی معبر و عدم نمک‌پاشی"},
		citizen:  []string{"کوچه پر از برفه هیچکی نیومده برف‌روبی", "یخ زده همه لیز می‌خورن لطفا نمک بپاشید"}},
	{key: "carcass", agency: "municipality", weight: 1.3,
		cats: []string{"بهداشت محیط", "پسماند و نظافت شهری"}, wrong: []string{"حیوانات ولگرد"},
		operator: []string{"لاشه حیوان در معبر", "جمع‌آوری لاشه سگ", "لاشه گربه در جوی"},
		citizen:  []string{"یه گربه مرده تو کوچه افتاده", "لاشه سگ کنار خیابونه بو گرفته"}},
	{key: "grate", agency: "municipality", weight: 1.8,
		cats: []string{"آبهای سطحی و کانال‌ها"}, wrong: []string{"آب و فاضلاب", "آسفالت و ترمیم معابر"},
		operator: []string{"شکستگی دریچه کانال", "مفقود شدن دریچه جوی", "درپوش کانال آبهای سطحی شکسته"},
		citizen:  []string{"دریچه کانال شکسته یکی می‌افته توش", "درپوش جوی رو بردن جاش خالیه خطرناکه"}},
	{key: "pests", agency: "municipality", weight: 1.5, season: warm,
		cats: []string{"بهداشت محیط"}, wrong: []string{"پسماند و نظافت شهری", "سایر"},
		operator: []string{"درخواست سمپاشی", "وجود موش در جوی و معبر"},
		citizen:  []string{"موش‌ها خیلی زیاد شدن لطفا سمپاشی کنید", "پشه و سوسک از جوی میاد بیرون"}},
	{key: "building", agency: "municipality", weight: 1.5,
		cats: []string{"ساختمان و شهرسازی"}, wrong: []string{"سد معبر", "سایر"},
		operator: []string{"ساخت و ساز غیرمجاز", "کار ساختمانی در ساعات استراحت", "ساختمان نیمه‌کاره بدون حفاظ"},
		citizen:  []string{"همسایه بدون مجوز طبقه اضافه ساخته", "ساختمون‌سازی از صبح زود سر و صدا داره", "ساختمون نیمه‌کاره حفاظ نداره بچه‌ها میرن توش"}, sub: true},
	{key: "parking", agency: "police", weight: 2.3,
		cats: []string{"ترافیک"}, wrong: []string{"سد معبر", "سایر"},
		operator: []string{"پارک خودرو جلوی درب پارکینگ", "سد معبر با خودرو و بسته شدن کوچه", "توقف خودرو در کوچه و ایجاد مزاحمت"},
		citizen: []string{"یکی ماشینش رو جلوی در پارکینگ گذاشته نمی‌تونیم بریم بیرون", "ماشین وسط کوچه پارک کرده آمبولانس نمی‌تونه رد بشه",
			"همیشه جلوی در ماشین پارک می‌کنن"}},
	{key: "wreck", agency: "police", weight: 0.8,
		cats: []string{"ترافیک"}, wrong: []string{"سد معبر", "خدمات شهری"},
		operator: []string{"خودرو رها شده در معبر", "خودروی فرسوده چند ماه است در کوچه رها شده"},
		citizen:  []string{"یه ماشین قراضه چند ماهه اینجا ول شده", "پیکان رها شده زیرش آشغال جمع شده"}},
	{key: "gas", agency: "gas", weight: 1.2,
		cats: []string{"گاز"}, wrong: []string{"سایر", "خدمات شهری"},
		operator: []string{"استشمام بوی گاز در معبر", "نشت گاز از انشعاب", "بوی گاز از علمک"},
		citizen:  []string{"بوی گاز میاد تو کوچه", "علمک گاز نشتی داره بوی گاز میده"}},
	{key: "gaspipe", agency: "gas", weight: 0.6,
		cats: []string{"گاز"}, wrong: []string{"آسفالت و ترمیم معابر", "سایر"},
		operator: []string{"لوله گاز روی زمین بدون حفاظ", "عدم ترمیم حفاری شرکت گاز"},
		citizen:  []string{"لوله گاز از زیر خاک زده بیرون ماشین بهش میخوره", "شرکت گاز کوچه رو کنده درست نکرده"}},
	{key: "telecom", agency: "telecom", weight: 1.4,
		cats: []string{"مخابرات"}, wrong: []string{"برق", "سایر"},
		operator: []string{"آویزان بودن کابل مخابرات", "درب باز جعبه تقسیم مخابرات", "کابل مخابراتی قطع شده روی زمین"},
		citizen:  []string{"کابل تلفن آویزونه ماشین‌ها بهش گیر میکنن", "در جعبه مخابرات باز مونده سیماش بیرونه"}, sub: true},
	{key: "other", agency: "other", weight: 1.3,
		cats: []string{"سایر"}, wrong: []string{"فضای سبز", "بهداشت محیط"},
		operator: []string{"آلودگی صوتی کارگاه صنعتی در منطقه مسکونی", "دود دودکش کارگاه", "عدم رعایت بهداشت در واحد صنفی",
			"مزاحمت صوتی تالار"},
		citizen: []string{"کارگاه نجاری تا نصفه شب سر و صدا داره", "دود کارگاه رنگ‌کاری کل کوچه رو گرفته",
			"ساندویچی سر کوچه اصلا بهداشت رو رعایت نمی‌کنه", "سر و صدای تالار تا دو نصفه شب"}, sub: true},
}

// vague categories an operator picks when unsure, or an app user picks by default.
var vague = []string{"سایر", "خدمات شهری", "شکایات", "سایر", "درخواست عمومی"}
