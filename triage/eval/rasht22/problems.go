package rasht22

// spotKind says where a problem happens, and so what one spot of it is.
type spotKind int

const (
	atAlley spotKind = iota
	atStreet
	atAny
	atPark
	atTown // one feeder, one town: a power cut, no water
)

// season weighs the months of the year (January = 0) for a problem.
type season [12]float64

var (
	flat   = season{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	wet    = season{1.6, 1.4, 1.1, 0.7, 0.5, 0.3, 0.3, 0.4, 0.8, 1.6, 2, 1.9}
	summer = season{0.5, 0.5, 0.6, 0.8, 1, 1.5, 1.9, 1.9, 1.3, 0.8, 0.6, 0.5}
	spring = season{0.6, 0.8, 1.2, 1.6, 1.6, 1.2, 1, 0.9, 0.9, 0.8, 0.6, 0.6}
)

// problem is one kind of complaint: who must act, how people write it, how it draws requests.
// Persian strings write ZWNJ as "~" so that each request can write it its own way.
type problem struct {
	code    string
	agency  string
	weight  float64 // share of issues, before normalising
	at      spotKind
	season  season
	gap     float64 // mean days between two requests of one issue
	scale   float64 // multiplies the drawn size of an issue
	maxSize int     // 0: no cap
	recur   float64 // chance the same spot-problem comes back in a later episode
	cat     string  // the category an operator or the app menu gives it
	wrong   []string
	nouns   []string // an operator's noun phrase
	says    []string // a citizen's caption
	fing    []string // a Finglish caption of the first aspect, when people write it in Finglish
	// aspects split a kind into problems a clerk counts apart (a park's swings and its
	// toilets); a kind without them has one, its nouns and says.
	aspects []aspect
}

type aspect struct{ nouns, says []string }

func (p *problem) aspect(i int) aspect {
	if len(p.aspects) == 0 {
		return aspect{p.nouns, p.says}
	}
	return p.aspects[i]
}

func (p *problem) nAspects() int { return max(1, len(p.aspects)) }

var vagueCats = []string{"سایر", "سایر", "درخواست عمومی", "شکایات", ""}

var problems = []problem{
	{code: "asphalt", agency: "municipality", weight: 12, at: atAlley, season: wet, gap: 6, scale: 1.2, recur: 0.08,
		cat: "آسفالت و ترمیم نوار حفاری", wrong: []string{"نظافت معابر", "ترافیک و حمل و نقل", "آب~های سطحی"},
		nouns: []string{"خرابی آسفالت", "وجود چاله در معبر", "نیاز به آسفالت معبر", "نشست آسفالت", "تخریب آسفالت کوچه"},
		says: []string{"کوچه پر از چاله شده ماشین نمیتونه رد بشه", "آسفالت کوچه کلا از بین رفته",
			"یه چاله بزرگ وسط کوچه هست هر روز ماشینا توش میفتن", "کوچه ما هنوز خاکیه، تو بارون پر گل و لای میشه",
			"چاله~ها رو پر کنید لطفا", "وضعیت آسفالت افتضاحه", "چند ساله این کوچه آسفالت نشده",
			"عکس رو ببینید، آسفالت نشست کرده", "آسفالت ترک خورده و چاله شده"},
		fing: []string{"kooche por az chale shode", "asfalt kharabe lotfan residegi konid", "chale vasate kooche"}},
	{code: "garbage", agency: "municipality", weight: 12, at: atAny, season: summer, gap: 1.2, recur: 0.12,
		cat: "پسماند", wrong: []string{"نظافت معابر", "محیط زیست"},
		aspects: []aspect{
			{[]string{"عدم جمع~آوری زباله", "انباشت زباله", "پر بودن مخزن زباله"},
				[]string{"زباله~ها سه روزه جمع نشده", "سطل زباله پر شده بوی بدش کل کوچه رو برداشته",
					"ماشین زباله دیشب نیومد", "کنار مخزن پر از کیسه زباله~ست، گربه~ها پاره کردن",
					"زباله~ها رو جمع نمیکنن چرا؟", "شیرابه زباله راه افتاده تو کوچه"}},
			{[]string{"نبود مخزن زباله", "درخواست مخزن زباله", "خرابی مخزن زباله"},
				[]string{"مخزن زباله رو بردن سر جاش نیاوردن", "کوچه ما مخزن زباله نداره مردم کیسه~ها رو میذارن کنار دیوار",
					"مخزن زباله شکسته درش کنده شده"}}},
		fing: []string{"ashghala jam nashode", "satl ashghal por shode boo mide"}},
	{code: "surfacewater", agency: "municipality", weight: 8, at: atAny, season: wet, gap: 0.8, scale: 1.3, recur: 0.15,
		cat: "آب~های سطحی", wrong: []string{"آب و فاضلاب", "آسفالت و ترمیم نوار حفاری"},
		nouns: []string{"آبگرفتگی معبر", "انسداد جوی", "لایروبی کانال آب~های سطحی", "تجمع آب باران"},
		says: []string{"آب گرفتگی شدید، جوی گرفته", "با هر بارون کوچه میره زیر آب",
			"جوی آب پر از آشغاله آب برگشته تو کوچه", "کانال آب~های سطحی مسدود شده",
			"آب جمع شده جلوی در خونه~ها نمیشه رد شد", "دریچه کانال گرفته آب بالا زده"},
		fing: []string{"ab gereftegi shadid", "jooy gerefte ab oomade too kooche"}},
	{code: "trees", agency: "municipality", weight: 6, at: atAny, season: spring, gap: 3, maxSize: 25, recur: 0.03,
		cat: "فضای سبز", wrong: []string{"پارک~ها و بوستان~ها", "سایر"},
		aspects: []aspect{
			{[]string{"شکستگی درخت", "سقوط درخت"}, []string{"درخت افتاده وسط کوچه", "باد درخت رو شکسته", "یه شاخه بزرگ شکسته افتاده رو پیاده~رو"}},
			{[]string{"نیاز به هرس درختان"}, []string{"شاخه~های درخت خیلی بلند شده جلوی نور رو گرفته، هرس کنید", "درختای کوچه رو هرس کنید"}},
			{[]string{"درخت خشک و خطرناک"}, []string{"درخت خشک شده ممکنه بیفته رو سر مردم", "این درخت خشکیده خطرناکه"}},
			{[]string{"عدم رسیدگی به فضای سبز", "عدم آبیاری فضای سبز"}, []string{"چمن~های فضای سبز بلوار خشک شده آبیاری نمیشه", "علف~های هرز کنار خیابون قد کشیده"}}}},
	{code: "dogs", agency: "municipality", weight: 5, at: atAny, season: flat, gap: 5, scale: 1.2, recur: 0.1,
		cat: "حیوانات ولگرد", wrong: []string{"محیط زیست", "سایر", "بهداشت"},
		nouns: []string{"حضور سگ~های ولگرد", "تجمع سگ~های بلاصاحب", "مزاحمت سگ~های ولگرد"},
		says: []string{"سگ~های ولگرد بچه~ها رو دنبال کردن", "یه گله سگ اینجا جمع شدن شب~ها نمیشه رد شد",
			"سگ ولگرد به یه خانم حمله کرد", "چند تا سگ تو زمین خالی لونه کردن", "شب~ها از پارس سگ~ها خواب نداریم"},
		fing: []string{"sag velgard ziad shode", "sagha shab hamle mikonan"}},
	{code: "debris", agency: "municipality", weight: 5, at: atAny, season: spring, gap: 4, maxSize: 30, recur: 0.05,
		cat: "نخاله ساختمانی", wrong: []string{"پسماند", "سد معبر"},
		nouns: []string{"تخلیه نخاله ساختمانی", "رها شدن نخاله", "دپوی نخاله و خاک"},
		says: []string{"نخاله ساختمونی ریختن کنار کوچه", "یه کامیون شب اومد خاک و نخاله خالی کرد",
			"نخاله~های ساختمان~سازی چند هفته~ست مونده", "ضایعات ساختمانی رو ریختن تو زمین خالی"}},
	{code: "sidewalk", agency: "municipality", weight: 5, at: atStreet, season: flat, gap: 5, maxSize: 25, recur: 0.05,
		cat: "سد معبر", wrong: []string{"انتظامی", "ترافیک و حمل و نقل"},
		nouns: []string{"سد معبر", "اشغال پیاده~رو", "سد معبر توسط کسبه"},
		says: []string{"مغازه~دار اجناسشو چیده رو پیاده~رو", "پیاده~رو رو مصالح ساختمونی گرفته، مردم از وسط خیابون رد میشن",
			"دستفروش~ها پیاده~رو رو بستن", "میوه~فروشی کل پیاده~رو رو گرفته"}},
	{code: "park", agency: "municipality", weight: 3, at: atPark, season: summer, gap: 5, maxSize: 25, recur: 0.05,
		cat: "پارک~ها و بوستان~ها", wrong: []string{"فضای سبز", "سایر"},
		aspects: []aspect{
			{[]string{"خرابی وسایل بازی پارک"}, []string{"وسایل بازی پارک شکسته، بچه~ها زخمی میشن", "تاب پارک شکسته", "سرسره پارک خرابه خطرناکه"}},
			{[]string{"عدم نظافت پارک", "عدم نظافت سرویس بهداشتی بوستان"}, []string{"سرویس بهداشتی پارک خیلی کثیفه", "سطل~های زباله پارک پر شده", "پارک پر از آشغاله کسی جمع نمیکنه"}},
			{[]string{"خرابی تجهیزات بوستان"}, []string{"نیمکت~های پارک شکسته", "آبخوری پارک خرابه"}}}},
	{code: "parklights", agency: "municipality", weight: 1.2, at: atPark, season: flat, gap: 4, maxSize: 20, recur: 0.05,
		cat: "پارک~ها و بوستان~ها", wrong: []string{"روشنایی معابر", "روشنایی معابر", "برق"},
		nouns: []string{"خاموشی روشنایی پارک", "خاموش بودن چراغ~های بوستان"},
		says:  []string{"چراغ~های پارک شب~ها خاموشه", "پارک شب~ها تاریکه معتادا جمع میشن", "لامپ~های پارک سوخته"}},
	{code: "cleaning", agency: "municipality", weight: 4, at: atAny, season: flat, gap: 1, maxSize: 4,
		cat: "نظافت معابر", wrong: []string{"پسماند", "حیوانات ولگرد"},
		aspects: []aspect{
			{[]string{"وجود لاشه حیوان"}, []string{"لاشه یه گربه وسط کوچه افتاده", "یه سگ مرده کنار جوی افتاده بو گرفته"}},
			{[]string{"عدم رفت و روب معبر", "نظافت خیابان"}, []string{"خیابون چند روزه جارو نشده", "برگ~ها و گل و لای خیابون رو گرفته"}}}},
	{code: "traffic", agency: "municipality", weight: 3, at: atAny, season: flat, gap: 8, maxSize: 20, recur: 0.02,
		cat: "ترافیک و حمل و نقل", wrong: []string{"انتظامی", "آسفالت و ترمیم نوار حفاری"},
		aspects: []aspect{
			{[]string{"نیاز به نصب سرعت~گیر"}, []string{"ماشین~ها با سرعت زیاد رد میشن، سرعت~گیر بذارید", "اینجا سرعت~گیر لازمه بچه~ها رد میشن"}},
			{[]string{"خرابی تابلو", "سقوط تابلوی راهنمایی"}, []string{"تابلو ایست افتاده", "تابلو کج شده افتاده رو پیاده~رو"}},
			{[]string{"نیاز به خط~کشی"}, []string{"خط~کشی عابر پیاده پاک شده", "خط عابر پیاده نداره"}},
			{[]string{"خرابی سرعت~گیر"}, []string{"سرعت~گیر خراب شده", "سرعت~گیر کنده شده پیچاش بیرونه"}}}},
	{code: "building", agency: "municipality", weight: 2.5, at: atAlley, season: spring, gap: 7, maxSize: 15,
		cat: "ساخت و ساز غیرمجاز", wrong: []string{"انتظامی", "سد معبر"},
		aspects: []aspect{
			{[]string{"ساخت و ساز غیرمجاز", "تخلف ساختمانی"}, []string{"همسایه بدون مجوز داره طبقه اضافه میسازه", "بدون پروانه دارن ساختمون میسازن"}},
			{[]string{"سر و صدای ساختمان~سازی در شب"}, []string{"ساخت و ساز شبانه، تا ساعت 12 شب سر و صدا", "ساعت 11 شب دارن بتن میریزن"}},
			{[]string{"تصرف پیاده~رو"}, []string{"یه نفر پیاده~رو رو جزو حیاطش کرده دیوار کشیده"}}}},

	{code: "waterpipe", agency: "water", weight: 2.5, at: atAny, season: wet, gap: 0.3, maxSize: 12,
		cat: "آب و فاضلاب", wrong: []string{"آب~های سطحی", "آسفالت و ترمیم نوار حفاری"},
		nouns: []string{"شکستگی لوله آب", "نشت آب از شبکه", "هدررفت آب"},
		says: []string{"لوله آب ترکیده آب داره هدر میره", "از زیر آسفالت آب میجوشه",
			"از دیشب آب از کنار کنتور داره میاد بیرون", "آب تمیز داره تو جوی میره، لوله شکسته"}},
	{code: "sewage", agency: "water", weight: 2.5, at: atAny, season: wet, gap: 1.5, recur: 0.1,
		cat: "آب و فاضلاب", wrong: []string{"آب~های سطحی", "آب~های سطحی", "نظافت معابر", "بهداشت"},
		aspects: []aspect{
			{[]string{"سرریز فاضلاب", "گرفتگی شبکه فاضلاب"}, []string{"فاضلاب پس زده بوی وحشتناکی داره", "منهول فاضلاب سر ریز کرده", "آب سیاه از چاه فاضلاب اومده تو کوچه"}},
			{[]string{"خرابی دریچه منهول فاضلاب"}, []string{"درب منهول فاضلاب شکسته خطرناکه", "در منهول فاضلاب نیست یکی میفته توش"}}}},
	{code: "nowater", agency: "water", weight: 1.2, at: atTown, season: summer, gap: 0.1, maxSize: 15,
		cat: "آب و فاضلاب", wrong: []string{"سایر"},
		aspects: []aspect{
			{[]string{"قطعی آب"}, []string{"از صبح آب قطعه", "آب نداریم از دیشب"}},
			{[]string{"افت فشار آب"}, []string{"فشار آب خیلی کمه طبقه بالا آب نداریم"}},
			{[]string{"کدورت آب"}, []string{"آب گل~آلود از شیر میاد"}}}},
	{code: "watertrench", agency: "water", weight: 1.5, at: atAlley, season: flat, gap: 6,
		cat: "آسفالت و ترمیم نوار حفاری", wrong: []string{"آب و فاضلاب", "آسفالت و ترمیم نوار حفاری"},
		nouns: []string{"عدم ترمیم حفاری آبفا", "رها شدن ترانشه حفاری آب و فاضلاب"},
		says: []string{"آبفا کوچه رو کنده رفته، یک ماهه همینطوری مونده", "ترانشه حفاری لوله آب رو پر نکردن",
			"بعد از تعمیر لوله آب، جای حفاری رو آسفالت نکردن"}},

	{code: "streetlight", agency: "power", weight: 5.5, at: atAny, season: wet, gap: 3.5, recur: 0.1,
		cat: "روشنایی معابر", wrong: []string{"برق", "سایر", "پارک~ها و بوستان~ها"},
		nouns: []string{"خاموشی روشنایی معابر", "سوختن لامپ چراغ معبر", "تاریکی معبر"},
		says: []string{"چراغ~های کوچه یک هفته~ست خاموشه", "لامپ تیر برق سوخته، کوچه تاریکه",
			"شب~ها خیلی تاریکه خانم~ها میترسن رد بشن", "چراغ برق سر کوچه خاموشه", "روشنایی معبر نداریم"},
		fing: []string{"cheragh kooche khamooshe", "kooche shab tarike"}},
	{code: "outage", agency: "power", weight: 1.2, at: atTown, season: summer, gap: 0.015, scale: 3,
		cat: "برق", wrong: []string{"روشنایی معابر", "سایر"},
		nouns: []string{"قطعی برق", "خاموشی برق"},
		says: []string{"برق قطعه", "دو ساعته برق نداریم", "برق رفته یخچال~ها خراب میشه",
			"باز برق قطع شد، خاموشی اعلام نشده بود"},
		fing: []string{"bargh ghate", "bargh raft"}},
	{code: "pole", agency: "power", weight: 1.5, at: atAny, season: wet, gap: 1, maxSize: 10,
		cat: "برق", wrong: []string{"فضای سبز", "روشنایی معابر"},
		aspects: []aspect{
			{[]string{"کج شدن تیر برق"}, []string{"تیر برق کج شده ممکنه بیفته"}},
			{[]string{"آویزان بودن سیم برق", "جرقه زدن سیم برق"}, []string{"سیم برق آویزون شده تا نزدیک زمین", "جرقه از سیم~های برق میزنه"}},
			{[]string{"برخورد شاخه درخت با سیم برق"}, []string{"شاخه درخت رفته تو سیم~های برق", "درخت رو سیم برق افتاده"}}}},

	{code: "gassmell", agency: "gas", weight: 1.2, at: atAny, season: wet, gap: 0.05, maxSize: 4,
		cat: "گاز", wrong: []string{"سایر", "ایمنی"},
		nouns: []string{"استشمام بوی گاز", "نشت گاز از علمک"},
		says:  []string{"بوی گاز شدید تو کوچه میاد", "از کنار علمک گاز بو میاد", "بوی گاز، لطفا سریع بیاین"}},
	{code: "gastrench", agency: "gas", weight: 0.8, at: atAlley, season: flat, gap: 6, maxSize: 25,
		cat: "آسفالت و ترمیم نوار حفاری", wrong: []string{"گاز"},
		nouns: []string{"عدم ترمیم حفاری گاز"},
		says:  []string{"شرکت گاز کوچه رو کنده و رفته", "حفاری گاز~کشی رو ترمیم نکردن"}},

	{code: "telecom", agency: "telecom", weight: 2, at: atAny, season: flat, gap: 5, maxSize: 15,
		cat: "مخابرات", wrong: []string{"آسفالت و ترمیم نوار حفاری", "برق", "سایر"},
		aspects: []aspect{
			{[]string{"باز بودن کافوی مخابرات", "خرابی جعبه تقسیم مخابرات"}, []string{"در کافو مخابرات بازه سیم~ها ریخته بیرون", "جعبه تقسیم مخابرات شکسته"}},
			{[]string{"آویزان بودن کابل مخابرات"}, []string{"کابل تلفن پاره شده افتاده رو زمین"}},
			{[]string{"عدم ترمیم حفاری مخابرات"}, []string{"مخابرات کنار پیاده~رو رو کنده و رها کرده"}}}},

	{code: "blocking", agency: "police", weight: 3, at: atAlley, season: flat, gap: 4, maxSize: 20, recur: 0.1,
		cat: "انتظامی", wrong: []string{"سد معبر", "سد معبر", "ترافیک و حمل و نقل"},
		nouns: []string{"پارک خودرو جلوی درب پارکینگ", "سد معبر توسط خودرو", "پارک دوبل"},
		says: []string{"یه ماشین جلوی پارکینگ پارک کرده نمیتونم بیرون بیام", "ماشین~ها دوبله پارک میکنن کوچه بسته شده",
			"یه کامیون چند روزه وسط کوچه پارکه"}},
	{code: "noise", agency: "police", weight: 1.5, at: atAny, season: summer, gap: 4, maxSize: 20,
		cat: "انتظامی", wrong: []string{"سایر", "شکایات"},
		aspects: []aspect{
			{[]string{"تجمع و ایجاد سر و صدا", "مزاحمت موتورسواران"}, []string{"شب~ها جوونا جمع میشن صدای موتور و داد و بیداد", "موتورسوارا شبا تو کوچه ویراژ میدن"}},
			{[]string{"مزاحمت صوتی همسایه"}, []string{"صدای موزیک همسایه تا 3 صبح"}}}},
	{code: "wreck", agency: "police", weight: 1, at: atAlley, season: flat, gap: 10, maxSize: 12,
		cat: "انتظامی", wrong: []string{"سد معبر", "پسماند"},
		nouns: []string{"خودروی رها شده", "خودروی فرسوده رها شده در معبر"},
		says:  []string{"یه ماشین اسقاطی چند ماهه اینجا رها شده", "پیکان قراضه شش ماهه کنار کوچه مونده زیرش آشغال جمع شده"}},

	{code: "hygiene", agency: "other", weight: 0.6, at: atStreet, season: summer, gap: 10, maxSize: 3,
		cat: "بهداشت", wrong: []string{"سایر", "پسماند"},
		nouns: []string{"عدم رعایت بهداشت صنفی"},
		says:  []string{"رستوران سر کوچه بهداشت رو رعایت نمیکنه", "قصابی گوشت رو بیرون گذاشته مگس نشسته"}},
	{code: "bakery", agency: "other", weight: 0.6, at: atStreet, season: flat, gap: 10, maxSize: 4,
		cat: "سایر", wrong: []string{"شکایات", ""},
		nouns: []string{"گران~فروشی نانوایی", "کم~فروشی نانوایی"},
		says:  []string{"نانوایی نون رو گرون میفروشه", "نانوایی کم~فروشی میکنه نون~ها خمیره"}},
	{code: "river", agency: "other", weight: 0.4, at: atStreet, season: wet, gap: 8,
		cat: "سایر", wrong: []string{"آب~های سطحی", "پسماند"},
		nouns: []string{"ریزش دیواره رودخانه", "تخریب حاشیه رودخانه"},
		says:  []string{"دیواره رودخانه ریزش کرده خونه~ها در خطرن", "حاشیه رودخونه داره میریزه"}},
	{code: "school", agency: "other", weight: 0.4, at: atStreet, season: spring, gap: 10, maxSize: 3,
		cat: "سایر", wrong: []string{"فضای سبز", ""},
		aspects: []aspect{
			{[]string{"خرابی دیوار مدرسه"}, []string{"دیوار مدرسه ترک خورده برای بچه~ها خطرناکه"}},
			{[]string{"آبگرفتگی حیاط مدرسه"}, []string{"حیاط مدرسه آب گرفته بچه~ها نمیتونن برن"}}}},
}
