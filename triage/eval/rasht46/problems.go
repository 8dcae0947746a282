package rasht46

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

type scope int

const (
	scopeAlley   scope = iota // an alley or dead end, or a stretch of a main street
	scopePark                 // a park
	scopeArea                 // a neighbourhood hit by one failure
	scopeSubject              // a bus line, an office matter, a school
)

// Month weights, Farvardin first.
var (
	flat   = [12]float64{0.75, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9}
	rainy  = [12]float64{0.7, 0.7, 0.5, 0.45, 0.55, 0.9, 1.6, 1.9, 1.7, 1.5, 1.3, 1.0}
	summer = [12]float64{0.5, 0.8, 1.4, 1.9, 2.0, 1.4, 0.8, 0.55, 0.45, 0.45, 0.55, 0.65}
	winter = [12]float64{0, 0, 0, 0, 0, 0, 0.1, 0.7, 1.5, 2.0, 1.8, 0.6}
	dark   = [12]float64{0.8, 0.75, 0.65, 0.65, 0.75, 0.95, 1.2, 1.35, 1.35, 1.25, 1.1, 1.0}
	snowy  = [12]float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0}
	spring = [12]float64{1.3, 1.5, 1.3, 1.0, 0.8, 0.8, 0.9, 0.8, 0.6, 0.6, 0.8, 1.1}
)

// kind is one kind of problem: its agency, how it spreads in place and time, and the words
// people and operators use for it. "~" in the words is a ZWNJ.
type kind struct {
	key         string
	agency      string
	scope       scope
	streetShare float64 // chance the place is a stretch of a main street rather than an alley
	weight      float64 // relative number of issues
	single      float64 // chance an issue draws a single request
	mu, sigma   float64 // log-normal tail of the larger issues
	maxSize     int
	durMin      float64 // episode length in days
	durMax      float64
	season      *[12]float64
	cats        []string // right categories
	wrong       []string // related, wrong categories
	cores       []string // the citizen's words
	ops         []string // the operator's summary
	fing        []string // Finglish
	impacts     []string
	short       []string // as a side remark or a terse app text
}

var kinds = []*kind{
	{key: "asphalt", agency: municipality, scope: scopeAlley, streetShare: 0.2, weight: 10.5, single: 0.43, mu: 1.2, sigma: 0.9, maxSize: 45,
		durMin: 20, durMax: 200, season: &rainy,
		cats:  []string{"آسفالت و لکه~گیری", "معابر", "عمران و آسفالت"},
		wrong: []string{"آب~های سطحی", "حفاری", "پیاده~رو"},
		cores: []string{"آسفالت کوچه کاملا خراب شده و پر از چاله است", "چاله~های بزرگ وسط کوچه هست، ماشین~ها آسیب می~بینند",
			"کوچه ما اصلا آسفالت نداره، همش گل و لای است", "آسفالت خیابون داغون شده", "درخواست آسفالت کوچه داریم",
			"لکه~گیری آسفالت انجام نشده، چاله~ها هر روز بزرگ~تر میشه", "بعد از بارندگی کوچه پر از چاله و گودال شده",
			"چاله چوله~های کوچه رو پر کنید", "یه چاله عمیق جلوی در خونه ماست", "آسفالت نشست کرده و آب جمع میشه توش",
			"کوچه خاکیه، چند ساله قول آسفالت دادن"},
		ops: []string{"خرابی آسفالت و وجود چاله در معبر", "درخواست لکه~گیری و ترمیم آسفالت معبر",
			"تخریب آسفالت کوچه", "درخواست روکش آسفالت کوچه", "وجود چاله~های متعدد در سطح معبر"},
		fing:    []string{"asfalt kooche kharab shode, pore chale", "lotfan kooche ro asfalt konid", "chale bozorg vasate kooche"},
		impacts: []string{"موقع بارون نمیشه رد شد", "بچه~ها زمین می~خورن", "لاستیک ماشینم پاره شد", "سالمندان نمی~تونن رد بشن", "موتوری~ها می~افتن"},
		short:   []string{"آسفالت کوچه هم خرابه", "چاله", "آسفالت"}},
	{key: "waste", agency: municipality, scope: scopeAlley, streetShare: 0.15, weight: 11, single: 0.55, mu: 0.8, sigma: 0.7, maxSize: 20,
		durMin: 1, durMax: 6, season: &summer,
		cats:  []string{"پسماند", "جمع~آوری زباله", "خدمات شهری"},
		wrong: []string{"مخازن پسماند", "رفت و روب", "نخاله ساختمانی"},
		cores: []string{"زباله~های کوچه چند روزه جمع~آوری نشده", "ماشین زباله دو شبه نیومده", "کیسه~های زباله کنار کوچه تلنبار شده و بو میده",
			"آشغال~ها رو جمع نکردن، گربه~ها پاره کردن ریخته وسط کوچه", "زباله~ها از دیروز مونده", "کسی زباله~های کوچه رو نبرده",
			"پاکبان چند روزه نیومده و آشغال همه جا ریخته"},
		ops:     []string{"عدم جمع~آوری پسماند در معبر", "عدم مراجعه خودروی حمل زباله", "تجمع پسماند در معبر"},
		fing:    []string{"ashghala jam nashode", "mashin ashghal nayomade", "zobale ha mounde"},
		impacts: []string{"بوی تعفن همه جا رو گرفته", "مگس و موش زیاد شده", "گربه~ها همه رو پخش کردن"},
		short:   []string{"زباله~ها هم جمع نشده", "زباله", "آشغال"}},
	{key: "bin", agency: municipality, scope: scopeAlley, streetShare: 0.2, weight: 3.5, single: 0.68, mu: 0.6, sigma: 0.5, maxSize: 8,
		durMin: 5, durMax: 40, season: &flat,
		cats:  []string{"مخازن پسماند", "پسماند"},
		wrong: []string{"خدمات شهری", "سایر"},
		cores: []string{"مخزن زباله سر کوچه شکسته", "سطل زباله درب نداره و بو میده", "مخزن زباله رو از جلوی خونه ما بردارید",
			"مخزن زباله کمه و همیشه پره", "چرخ مخزن زباله شکسته و وسط کوچه ول شده"},
		ops:   []string{"درخواست تعویض مخزن پسماند", "درخواست جابجایی مخزن زباله", "شکستگی مخزن پسماند"},
		fing:  []string{"satl ashghal shekaste", "makhzan zobale ro bardarid"},
		short: []string{"مخزن زباله هم شکسته", "مخزن"}},
	{key: "debris", agency: municipality, scope: scopeAlley, streetShare: 0.15, weight: 3.5, single: 0.53, mu: 0.8, sigma: 0.7, maxSize: 15,
		durMin: 5, durMax: 35, season: &spring,
		cats:  []string{"نخاله ساختمانی", "پسماند"},
		wrong: []string{"ساخت و ساز", "سد معبر"},
		cores: []string{"یه نفر نخاله ساختمانی ریخته کنار کوچه", "خاک و نخاله ساختمونی وسط کوچه رها شده", "نخاله~های ساختمان رو کنار زمین خالی ریختن",
			"شب~ها کامیون میاد نخاله خالی میکنه", "آجر و سیمان و نخاله راه رو بسته"},
		ops:   []string{"تخلیه غیرمجاز نخاله ساختمانی در معبر", "رهاسازی نخاله ساختمانی"},
		fing:  []string{"nakhale sakhtemooni rikhtan too kooche"},
		short: []string{"نخاله هم ریختن", "نخاله"}},
	{key: "channel", agency: municipality, scope: scopeAlley, streetShare: 0.3, weight: 6.5, single: 0.43, mu: 1.1, sigma: 0.8, maxSize: 30,
		durMin: 3, durMax: 40, season: &rainy,
		cats:  []string{"آب~های سطحی", "لایروبی کانال", "کانال و جوی"},
		wrong: []string{"فاضلاب", "آب و فاضلاب", "خدمات شهری"},
		cores: []string{"جوی آب کوچه گرفته و آب بارون تو کوچه مونده", "کانال آب سطحی پر از لجن و زباله شده، با هر بارون آب میاد بالا",
			"آبگرفتگی شدید کوچه بعد از بارندگی", "آبروی سر کوچه مسدود شده", "لایروبی کانال کنار خیابان انجام نشده",
			"آب بارون میره تو حیاط خونه~ها", "جوی پر از آب کثیف شده و بوی بد میده", "کانال روباز پر از زباله و لجنه، بوی بدش خونه رو برداشته",
			"با یه بارون کوچه میشه دریاچه"},
		ops: []string{"درخواست لایروبی کانال آب~های سطحی", "آبگرفتگی معبر به علت انسداد جوی", "انسداد کانال هدایت آب~های سطحی",
			"آبگرفتگی معبر در زمان بارندگی"},
		fing:    []string{"joob gerefte, ab too kooche mounde", "kanal por az lajan", "ab gereftegi"},
		impacts: []string{"آب تا زانو میرسه", "نمیشه از خونه بیرون اومد", "آب رفته تو پارکینگ~ها", "بچه~ها نمی~تونن برن مدرسه"},
		short:   []string{"جوی هم گرفته", "آبگرفتگی", "کانال"}},
	{key: "grate", agency: municipality, scope: scopeAlley, streetShare: 0.3, weight: 2, single: 0.63, mu: 0.6, sigma: 0.6, maxSize: 8,
		durMin: 5, durMax: 40, season: &flat,
		cats:  []string{"آب~های سطحی", "تاسیسات شهری"},
		wrong: []string{"فاضلاب", "آب و فاضلاب"},
		cores: []string{"دریچه آبرو وسط کوچه شکسته", "درپوش کانال سر کوچه نیست، خطرناکه", "جدول و دریچه جوی شکسته",
			"درب منهول وسط کوچه نیست، یکی میفته توش", "دریچه کانال آب بارون کنده شده"},
		ops:   []string{"شکستگی دریچه کانال آب~های سطحی", "مفقود شدن درپوش آبرو"},
		fing:  []string{"dar kanal shekaste"},
		short: []string{"دریچه جوی هم شکسته"}},
	{key: "tree", agency: municipality, scope: scopeAlley, streetShare: 0.3, weight: 4.5, single: 0.58, mu: 0.7, sigma: 0.6, maxSize: 12,
		durMin: 1, durMax: 30, season: &rainy,
		cats:  []string{"فضای سبز", "هرس درختان"},
		wrong: []string{"برق", "خدمات شهری"},
		cores: []string{"شاخه درخت شکسته و افتاده وسط کوچه", "درخت کهنسال کج شده و ممکنه بیفته", "درختای کوچه نیاز به هرس دارن",
			"باد درخت رو انداخته روی دیوار", "درخت افتاده و راه بسته شده", "ریشه درخت پیاده~رو رو بلند کرده"},
		ops:   []string{"درخواست هرس درختان معبر", "سقوط درخت در معبر", "شکستگی شاخه درخت"},
		fing:  []string{"derakht oftade vasat kooche", "shakhe derakht shekaste"},
		short: []string{"درخت هم افتاده", "درخت"}},
	{key: "dogs", agency: municipality, scope: scopeAlley, streetShare: 0.1, weight: 3.5, single: 0.48, mu: 0.9, sigma: 0.7, maxSize: 15,
		durMin: 10, durMax: 90, season: &flat,
		cats:  []string{"حیوانات بلاصاحب", "سگ~های ولگرد"},
		wrong: []string{"خدمات شهری", "بهداشت"},
		cores: []string{"سگ~های ولگرد تو کوچه زیاد شدن", "چند تا سگ ولگرد به بچه~ها حمله کردن", "شب~ها سگ~ها پارس می~کنن و مردم می~ترسن",
			"یه گله سگ اینجا جمع شدن", "سگ ولگرد یه بچه رو گاز گرفته"},
		ops:   []string{"درخواست جمع~آوری سگ~های بلاصاحب", "تجمع سگ~های ولگرد"},
		fing:  []string{"sag velgard ziad shode", "sagha hamle mikonan"},
		short: []string{"سگ ولگرد هم زیاده", "سگ"}},
	{key: "sidewalk", agency: municipality, scope: scopeAlley, streetShare: 0.85, weight: 2, single: 0.63, mu: 0.7, sigma: 0.6, maxSize: 10,
		durMin: 20, durMax: 120, season: &flat,
		cats:  []string{"پیاده~رو", "عمران"},
		wrong: []string{"آسفالت و لکه~گیری", "سد معبر"},
		cores: []string{"موزاییک~های پیاده~رو کنده شده", "پیاده~رو خراب شده و عابرین زمین می~خورن", "جدول کنار پیاده~رو شکسته",
			"پیاده~رو پله داره و ویلچر رد نمیشه"},
		ops:  []string{"تخریب پیاده~رو و نیاز به مرمت", "شکستگی جدول و کفپوش پیاده~رو"},
		fing: []string{"piade ro kharabe"}},
	{key: "encroach", agency: municipality, scope: scopeAlley, streetShare: 0.85, weight: 2, single: 0.58, mu: 0.7, sigma: 0.6, maxSize: 10,
		durMin: 10, durMax: 60, season: &flat,
		cats:  []string{"سد معبر"},
		wrong: []string{"ترافیک", "انتظامی"},
		cores: []string{"مغازه~دار اجناسش رو گذاشته تو پیاده~رو", "دستفروش~ها پیاده~رو رو گرفتن", "میوه~فروشی سر کوچه نصف پیاده~رو رو اشغال کرده",
			"تعمیرگاه ماشین~ها رو تو پیاده~رو تعمیر میکنه"},
		ops:  []string{"سد معبر توسط واحد صنفی", "اشغال پیاده~رو توسط کسبه"},
		fing: []string{"maghaze piade ro ro gerefte"}},
	{key: "construction", agency: municipality, scope: scopeAlley, streetShare: 0.1, weight: 3.5, single: 0.53, mu: 0.8, sigma: 0.6, maxSize: 12,
		durMin: 20, durMax: 120, season: &spring,
		cats:  []string{"ساخت و ساز", "شهرسازی"},
		wrong: []string{"نخاله ساختمانی", "سد معبر", "انتظامی"},
		cores: []string{"ساخت و ساز بدون مجوز تو کوچه", "مصالح ساختمانی رو ریختن وسط کوچه و راه بسته شده", "همسایه داره طبقه اضافه می~سازه",
			"ساختمون نیمه~کاره خطرناکه و داربست ول شده", "کارگرای ساختمون تا نصف شب کار میکنن و صدای دستگاه نمیذاره بخوابیم"},
		ops:   []string{"گزارش ساخت و ساز غیرمجاز", "ریختن مصالح ساختمانی در معبر", "فعالیت کارگاه ساختمانی در ساعات غیرمجاز"},
		fing:  []string{"sakht o saz bedoone mojavez"},
		short: []string{"مصالح ساختمونی هم ریختن"}},
	{key: "speedbump", agency: municipality, scope: scopeAlley, streetShare: 0.3, weight: 2, single: 0.58, mu: 0.8, sigma: 0.6, maxSize: 10,
		durMin: 30, durMax: 150, season: &flat,
		cats:  []string{"ترافیک", "سرعت~گیر", "حمل و نقل و ترافیک"},
		wrong: []string{"آسفالت و لکه~گیری", "انتظامی"},
		cores: []string{"درخواست نصب سرعتگیر داریم، ماشینا با سرعت رد میشن", "سرعتگیر کوچه خراب شده", "جلوی مدرسه سرعتگیر لازمه",
			"موتوری~ها با سرعت میان، یه سرعتگیر بذارید"},
		ops:  []string{"درخواست نصب سرعت~کاه", "درخواست ترمیم سرعت~گیر"},
		fing: []string{"sorat gir mikhaim"}},
	{key: "cleaning", agency: municipality, scope: scopeAlley, streetShare: 0.5, weight: 2, single: 0.73, mu: 0.5, sigma: 0.5, maxSize: 6,
		durMin: 2, durMax: 10, season: &rainy,
		cats:  []string{"رفت و روب", "خدمات شهری", "نظافت شهری"},
		wrong: []string{"پسماند", "فضای سبز"},
		cores: []string{"خیابان رفت و روب نمیشه", "برگ درختا همه جا رو گرفته", "گل و خاک روی خیابون ریخته از کامیون~ها", "کوچه خیلی کثیفه، کسی جارو نمیکنه"},
		ops:   []string{"درخواست نظافت و رفت و روب معبر"},
		fing:  []string{"khiaban kasife"}},
	{key: "park", agency: municipality, scope: scopePark, weight: 2.5, single: 0.48, mu: 0.9, sigma: 0.6, maxSize: 15,
		durMin: 10, durMax: 60, season: &summer,
		cats:  []string{"فضای سبز", "بوستان~ها"},
		wrong: []string{"روشنایی معابر", "برق", "خدمات شهری"},
		cores: []string{"وسایل بازی پارک شکسته و برای بچه~ها خطرناکه", "چراغ~های پارک شب~ها خاموشه", "سرویس بهداشتی پارک کثیفه و آب نداره",
			"چمن پارک رو کسی کوتاه نمیکنه", "نیمکت~های پارک شکسته", "روشنایی پارک خرابه و شب~ها تاریکه"},
		ops:  []string{"خرابی تجهیزات بوستان", "خاموشی روشنایی بوستان", "نامناسب بودن وضعیت نظافت بوستان"},
		fing: []string{"vasayel bazi park shekaste", "cheragh haye park khamooshe"}},
	{key: "carcass", agency: municipality, scope: scopeAlley, streetShare: 0.3, weight: 1.2, single: 0.73, mu: 0.5, sigma: 0.4, maxSize: 5,
		durMin: 0.3, durMax: 2, season: &flat,
		cats:  []string{"خدمات شهری", "پسماند"},
		wrong: []string{"بهداشت", "حیوانات بلاصاحب"},
		cores: []string{"لاشه گربه وسط کوچه افتاده", "سگ مرده کنار کانال هست، بو گرفته", "لاشه یه حیوون جلوی در خونه~ست"},
		ops:   []string{"درخواست جمع~آوری لاشه حیوان"},
		fing:  []string{"lashe gorbe vasat kooche"}},
	{key: "spray", agency: municipality, scope: scopeAlley, streetShare: 0.1, weight: 1.5, single: 0.63, mu: 0.7, sigma: 0.6, maxSize: 8,
		durMin: 5, durMax: 30, season: &summer,
		cats:  []string{"سمپاشی", "خدمات شهری"},
		wrong: []string{"بهداشت", "آب~های سطحی"},
		cores: []string{"پشه خیلی زیاد شده، لطفا سمپاشی کنید", "سوسک از جوی~ها بیرون میاد، سمپاشی لازمه", "موش تو کوچه زیاد شده"},
		ops:   []string{"درخواست سمپاشی معابر", "درخواست مبارزه با جوندگان"},
		fing:  []string{"samp pashi konid, pashe ziade"}},
	{key: "snow", agency: municipality, scope: scopeAlley, streetShare: 0.2, weight: 1.2, single: 0.43, mu: 0.9, sigma: 0.6, maxSize: 12,
		durMin: 1, durMax: 5, season: &snowy,
		cats:  []string{"برف~روبی", "خدمات شهری"},
		wrong: []string{"مدیریت بحران", "سایر"},
		cores: []string{"برف کوچه رو کسی پارو نکرده، نمیشه رد شد", "یخ~زدگی سر کوچه، چند نفر زمین خوردن", "کوچه زیر برف مونده، ماشین بیرون نمیاد"},
		ops:   []string{"درخواست برف~روبی معبر", "یخ~زدگی معبر"},
		fing:  []string{"barf kooche ro pak konid"}},
	{key: "bus", agency: municipality, scope: scopeSubject, weight: 1.5, single: 0.63, mu: 0.7, sigma: 0.6, maxSize: 8,
		durMin: 10, durMax: 60, season: &flat,
		cats:  []string{"حمل و نقل عمومی", "اتوبوسرانی"},
		wrong: []string{"ترافیک", "تاکسیرانی", "سایر"},
		cores: []string{"اتوبوس {subj} خیلی دیر میاد", "{subj} سقف و صندلی نداره", "راننده {subj} بد رفتاری کرد", "{subj} بعد از ساعت ۸ شب دیگه نمیاد"},
		ops:   []string{"شکایت از وضعیت {subj}", "تاخیر در سرویس~دهی {subj}"},
		fing:  []string{"otobus {subj} dir miad"}},
	{key: "admin", agency: municipality, scope: scopeSubject, weight: 2.5, single: 0.86, mu: 0.4, sigma: 0.3, maxSize: 3,
		durMin: 2, durMax: 30, season: &flat,
		cats:  []string{"درآمد و عوارض", "شهرسازی", "شکایت از پرسنل"},
		wrong: []string{"سایر", "اطلاعات عمومی"},
		cores: []string{"در مورد {subj} سوال داشتم", "پرونده {subj} ما چند ماهه معطله", "بابت {subj} کسی جواب نمیده",
			"درباره {subj} شکایت دارم"},
		ops:  []string{"استعلام {subj}", "پیگیری {subj}", "شکایت درباره {subj}"},
		fing: []string{"darbare {subj} soal dashtam"}},
	{key: "excavation", agency: "", scope: scopeAlley, streetShare: 0.35, weight: 2.4, single: 0.48, mu: 0.9, sigma: 0.7, maxSize: 15,
		durMin: 10, durMax: 90, season: &flat,
		cats:  []string{"حفاری", "ترمیم حفاری"},
		wrong: []string{"آسفالت و لکه~گیری", "معابر"},
		cores: []string{"حفاری کردن و رفتن، کوچه رو به همین حال ول کردن", "ترانشه وسط کوچه باز مونده", "گودال حفاری بدون علائم هشدار رها شده، خطرناکه",
			"خاک حفاری ریخته وسط کوچه و کسی جمع نمیکنه", "جای کندن کوچه رو آسفالت نکردن"},
		ops:     []string{"حفاری رها شده در معبر بدون ترمیم", "عدم ترمیم محل حفاری"},
		fing:    []string{"kooche ro kandan raftan", "hafari ro ol kardan"},
		impacts: []string{"یه نفر افتاد توش", "ماشین~ها گیر میکنن", "شب~ها چیزی معلوم نیست"},
		short:   []string{"حفاری هم رها شده"}},

	{key: "sewage", agency: water, scope: scopeAlley, streetShare: 0.2, weight: 3, single: 0.43, mu: 1, sigma: 0.8, maxSize: 25,
		durMin: 1, durMax: 15, season: &rainy,
		cats:  []string{"فاضلاب", "آب و فاضلاب"},
		wrong: []string{"آب~های سطحی", "خدمات شهری"},
		cores: []string{"فاضلاب از منهول زده بیرون و کوچه رو گرفته", "لوله فاضلاب گرفته، فاضلاب پس میزنه تو حیاط", "بوی شدید فاضلاب از منهول وسط کوچه",
			"فاضلاب خونه~ها از شبکه برگشت میکنه", "منهول فاضلاب سرریز کرده و آب کثیف راه افتاده", "توالت~ها پس میزنه، شبکه فاضلاب گرفته"},
		ops:     []string{"گرفتگی شبکه فاضلاب و سرریز منهول", "پس زدن فاضلاب به منازل", "انتشار بوی نامطبوع از منهول فاضلاب"},
		fing:    []string{"fazelab zade biroon", "booye fazelab miad", "manhol fazelab gerefte"},
		impacts: []string{"بوی تعفن غیر قابل تحمله", "بچه~ها مریض شدن", "نمی~تونیم از خونه بیایم بیرون"},
		short:   []string{"فاضلاب هم زده بیرون", "فاضلاب"}},
	{key: "manhole", agency: water, scope: scopeAlley, streetShare: 0.3, weight: 1.2, single: 0.63, mu: 0.6, sigma: 0.6, maxSize: 8,
		durMin: 3, durMax: 30, season: &flat,
		cats:  []string{"فاضلاب", "آب و فاضلاب"},
		wrong: []string{"آب~های سطحی", "تاسیسات شهری"},
		cores: []string{"درب منهول فاضلاب شکسته", "درب منهول وسط کوچه نیست، یکی میفته توش", "درپوش منهول فاضلاب جابجا شده و صدا میده",
			"دریچه فاضلاب پایین~تر از آسفالت نشسته"},
		ops:   []string{"شکستگی دریچه منهول فاضلاب", "مفقود شدن درب منهول شبکه فاضلاب"},
		fing:  []string{"dar manhol nist"},
		short: []string{"درب منهول هم شکسته"}},
	{key: "burst", agency: water, scope: scopeAlley, streetShare: 0.3, weight: 2, single: 0.48, mu: 0.8, sigma: 0.7, maxSize: 15,
		durMin: 0.3, durMax: 4, season: &winter2,
		cats:  []string{"آب و فاضلاب", "آب", "شکستگی لوله"},
		wrong: []string{"آب~های سطحی", "حفاری"},
		cores: []string{"لوله آب ترکیده و آب داره هدر میره", "آب از زیر آسفالت میزنه بیرون", "نشتی لوله آب جلوی پلاک {pl}",
			"کنتور آب نشتی داره و آب راه افتاده تو کوچه", "از دیشب آب داره از وسط کوچه بیرون میاد"},
		ops:     []string{"شکستگی لوله آب", "نشت آب در معبر", "شکستگی انشعاب آب"},
		fing:    []string{"looleh ab tarakide", "ab dare hadar mire"},
		impacts: []string{"کلی آب هدر رفت", "فشار آب خونه~ها افتاده"},
		short:   []string{"لوله آب هم ترکیده"}},
	{key: "watercut", agency: water, scope: scopeArea, weight: 1.3, single: 0.3, mu: 1.6, sigma: 0.7, maxSize: 30,
		durMin: 0.3, durMax: 3, season: &summer,
		cats:  []string{"قطعی آب", "آب و فاضلاب"},
		wrong: []string{"سایر", "شکستگی لوله"},
		cores: []string{"آب قطعه، از صبح آب نداریم", "فشار آب خیلی کمه، طبقه بالا آب نمیرسه", "دو روزه آب قطعه و هیچ اطلاع~رسانی نشده",
			"آب محله قطع شده", "از ساعت {h} آب نداریم"},
		ops:     []string{"قطعی آب", "افت فشار آب", "قطعی آب بدون اطلاع~رسانی قبلی"},
		fing:    []string{"ab ghat shode", "ab nadarim az sob"},
		impacts: []string{"بچه کوچیک داریم", "مریض تو خونه داریم", "نمی~تونیم غذا درست کنیم"},
		short:   []string{"آب هم قطعه"}},
	{key: "waterquality", agency: water, scope: scopeArea, weight: 0.8, single: 0.53, mu: 0.8, sigma: 0.6, maxSize: 8,
		durMin: 1, durMax: 5, season: &rainy,
		cats:  []string{"آب و فاضلاب", "کیفیت آب"},
		wrong: []string{"بهداشت", "سایر"},
		cores: []string{"آب لوله~کشی گل~آلوده", "آب بوی کلر زیاد میده", "آب رنگش زرده و نمیشه خورد"},
		ops:   []string{"کدورت آب شرب", "شکایت از کیفیت آب شرب"},
		fing:  []string{"ab gel aloode"}},

	{key: "streetlight", agency: power, scope: scopeAlley, streetShare: 0.25, weight: 5, single: 0.48, mu: 0.9, sigma: 0.7, maxSize: 20,
		durMin: 5, durMax: 60, season: &dark,
		cats:  []string{"روشنایی معابر", "برق"},
		wrong: []string{"فضای سبز", "تاسیسات شهری", "خدمات شهری"},
		cores: []string{"چراغ~های کوچه خاموشه و شب~ها تاریکه", "لامپ تیر برق سر کوچه سوخته", "کوچه کاملا تاریکه، چند شبه چراغا روشن نمیشن",
			"چراغ برق کوچه روزها روشنه و شب~ها خاموش", "روشنایی معبر نداریم", "چراغ خیابون چشمک میزنه و خاموش میشه"},
		ops:     []string{"خاموشی چراغ~های روشنایی معبر", "درخواست تعمیر لامپ روشنایی", "عدم روشنایی معبر"},
		fing:    []string{"cheragh kooche khamoosh", "kooche tarike, lamp sookhte"},
		impacts: []string{"شب~ها خانم~ها می~ترسن رد بشن", "دزدی زیاد شده", "بچه~ها تو تاریکی می~افتن"},
		short:   []string{"چراغ کوچه هم خاموشه", "چراغ خاموش", "لامپ"}},
	{key: "outage", agency: power, scope: scopeArea, weight: 1.5, single: 0.33, mu: 1.4, sigma: 0.7, maxSize: 25,
		durMin: 0.1, durMax: 1.2, season: &summer,
		cats:  []string{"برق", "قطعی برق"},
		wrong: []string{"روشنایی معابر", "سایر"},
		cores: []string{"برق محله رفته", "از ساعت {h} برق نداریم", "برق قطع و وصل میشه، وسایل برقی سوخت", "ترانس سر کوچه صدا داد و برق رفت",
			"برق کل کوچه قطعه"},
		ops:     []string{"قطعی برق", "نوسان برق", "قطعی برق بدون اطلاع~رسانی"},
		fing:    []string{"bargh raft", "bargh nadarim"},
		impacts: []string{"یخچال خراب شد", "مریض با دستگاه اکسیژن داریم", "تو این گرما نمیشه موند"},
		short:   []string{"برق هم رفت"}},
	{key: "pole", agency: power, scope: scopeAlley, streetShare: 0.3, weight: 1.2, single: 0.58, mu: 0.7, sigma: 0.6, maxSize: 10,
		durMin: 1, durMax: 20, season: &rainy,
		cats:  []string{"برق"},
		wrong: []string{"روشنایی معابر", "مخابرات"},
		cores: []string{"تیر برق کج شده و داره میفته", "سیم برق پاره شده و آویزونه", "سیم~های برق جرقه میزنن", "جعبه فیوز برق سر کوچه بازه"},
		ops:   []string{"آویزان بودن سیم برق", "کج شدن تیر برق", "جرقه زدن شبکه برق"},
		fing:  []string{"sim bargh avizoone"},
		short: []string{"سیم برق هم آویزونه"}},
	{key: "treewire", agency: power, scope: scopeAlley, streetShare: 0.3, weight: 1, single: 0.63, mu: 0.6, sigma: 0.6, maxSize: 8,
		durMin: 3, durMax: 30, season: &rainy,
		cats:  []string{"برق", "هرس درختان"},
		wrong: []string{"فضای سبز"},
		cores: []string{"شاخه~های درخت رفته لای سیم~های برق", "درخت روی سیم برق افتاده", "هرس درختای زیر سیم برق لازمه، جرقه میزنه"},
		ops:   []string{"برخورد شاخه درخت با شبکه برق", "درخواست هرس درختان مجاور شبکه برق"},
		fing:  []string{"derakht roo sim bargh"}},

	{key: "gasleak", agency: gas, scope: scopeAlley, streetShare: 0.2, weight: 1.1, single: 0.53, mu: 0.7, sigma: 0.6, maxSize: 8,
		durMin: 0.1, durMax: 1, season: &winter2,
		cats:  []string{"گاز", "نشت گاز"},
		wrong: []string{"سایر", "آتش~نشانی"},
		cores: []string{"بوی گاز تو کوچه پیچیده", "بوی گاز شدید از علمک گاز همسایه", "لوله گاز نشتی داره", "بوی گاز میاد، خطرناکه"},
		ops:   []string{"نشت گاز", "استشمام بوی گاز در معبر"},
		fing:  []string{"booye gaz miad"}},
	{key: "gaspressure", agency: gas, scope: scopeArea, weight: 0.6, single: 0.43, mu: 1.1, sigma: 0.6, maxSize: 12,
		durMin: 1, durMax: 5, season: &winter,
		cats:  []string{"گاز", "افت فشار گاز"},
		wrong: []string{"سایر"},
		cores: []string{"فشار گاز خیلی کمه، بخاری روشن نمیشه", "گاز محله ضعیفه", "شعله گاز خیلی کمه، از سرما مردیم"},
		ops:   []string{"افت فشار گاز"},
		fing:  []string{"feshar gaz kame"}},
	{key: "gaspipe", agency: gas, scope: scopeAlley, streetShare: 0.2, weight: 0.6, single: 0.73, mu: 0.5, sigma: 0.5, maxSize: 5,
		durMin: 3, durMax: 30, season: &flat,
		cats:  []string{"گاز"},
		wrong: []string{"حفاری", "سایر"},
		cores: []string{"لوله گاز روکار رو ماشین زده کج شده", "علمک گاز شکسته", "لوله گاز کنار دیوار زنگ زده و پوسیده"},
		ops:   []string{"آسیب~دیدگی انشعاب گاز", "شکستگی علمک گاز"},
		fing:  []string{"looleh gaz kaj shode"}},

	{key: "phoneline", agency: telecom, scope: scopeAlley, streetShare: 0.2, weight: 1.2, single: 0.48, mu: 0.8, sigma: 0.6, maxSize: 10,
		durMin: 1, durMax: 12, season: &rainy,
		cats:  []string{"مخابرات"},
		wrong: []string{"برق", "سایر"},
		cores: []string{"تلفن ثابت چند روزه قطعه", "اینترنت و تلفن کوچه قطعه، کابل رو بریدن", "خط تلفن خش داره", "تلفن~های کل کوچه بوق نمیده"},
		ops:   []string{"قطعی تلفن ثابت", "قطعی خطوط مخابراتی"},
		fing:  []string{"telefon ghate", "internet va telefon ghat"}},
	{key: "cabinet", agency: telecom, scope: scopeAlley, streetShare: 0.3, weight: 0.6, single: 0.73, mu: 0.5, sigma: 0.5, maxSize: 5,
		durMin: 5, durMax: 40, season: &flat,
		cats:  []string{"مخابرات"},
		wrong: []string{"برق", "تاسیسات شهری"},
		cores: []string{"جعبه کابل مخابرات سر کوچه بازه و سیم~ها بیرونه", "کابل مخابرات آویزون شده وسط کوچه", "تیر مخابرات کج شده"},
		ops:   []string{"باز بودن کافوی مخابراتی", "آویزان بودن کابل مخابرات"},
		fing:  []string{"kabl mokhaberat avizoon"}},

	{key: "blocking", agency: police, scope: scopeAlley, streetShare: 0.1, weight: 2.2, single: 0.63, mu: 0.7, sigma: 0.6, maxSize: 8,
		durMin: 0.2, durMax: 40, season: &flat,
		cats:  []string{"ترافیک", "انتظامی", "پارک خودرو"},
		wrong: []string{"سد معبر", "حمل و نقل و ترافیک"},
		cores: []string{"یه ماشین جلوی درب پارکینگ پارک کرده", "ماشینای غریبه کوچه رو بستن", "پارک دوبل سر کوچه راه رو بسته",
			"هر روز یه پراید جلوی در پارکینگ ما پارک میکنه", "وانت~ها کوچه رو بستن و آمبولانس نمی~تونه رد بشه"},
		ops:  []string{"توقف خودرو مقابل درب پارکینگ", "انسداد معبر توسط خودروهای پارک شده"},
		fing: []string{"mashin jeloye parking park karde"}},
	{key: "noise", agency: police, scope: scopeAlley, streetShare: 0.1, weight: 1.6, single: 0.58, mu: 0.7, sigma: 0.6, maxSize: 8,
		durMin: 1, durMax: 30, season: &summer,
		cats:  []string{"مزاحمت", "انتظامی"},
		wrong: []string{"ساخت و ساز", "سایر"},
		cores: []string{"همسایه تا صبح سر و صدا دارن", "موتورسوارها با اگزوز بلند تو کوچه ویراژ میدن", "صدای بلند موسیقی از ساعت دوازده شب",
			"جوونا شب~ها سر کوچه جمع میشن و داد و بیداد میکنن"},
		ops:  []string{"ایجاد مزاحمت و سر و صدا", "مزاحمت صوتی موتورسواران"},
		fing: []string{"sar o seda ta sob"}},
	{key: "abandoned", agency: police, scope: scopeAlley, streetShare: 0.15, weight: 0.9, single: 0.63, mu: 0.6, sigma: 0.5, maxSize: 6,
		durMin: 20, durMax: 120, season: &flat,
		cats:  []string{"خودروی رها شده", "انتظامی"},
		wrong: []string{"سد معبر", "ترافیک"},
		cores: []string{"یه ماشین فرسوده چند ماهه تو کوچه رها شده", "موتور بدون پلاک چند هفته~ست کنار خیابون افتاده", "یه پیکان اسقاطی جلوی خونه ما ول شده"},
		ops:   []string{"خودروی رهاشده در معبر"},
		fing:  []string{"mashin rasha shode too kooche"}},
	{key: "addicts", agency: police, scope: scopePark, weight: 0.8, single: 0.53, mu: 0.7, sigma: 0.6, maxSize: 8,
		durMin: 10, durMax: 60, season: &flat,
		cats:  []string{"انتظامی", "آسیب~های اجتماعی"},
		wrong: []string{"فضای سبز", "سایر"},
		cores: []string{"شب~ها تو پارک معتادها جمع میشن", "افراد مشکوک گوشه پارک مواد مصرف میکنن", "سرنگ تو پارک ریخته، معتادا جمع میشن"},
		ops:   []string{"تجمع افراد معتاد در بوستان"},
		fing:  []string{"moetada too park"}},

	{key: "school", agency: other, scope: scopeSubject, weight: 0.7, single: 0.68, mu: 0.6, sigma: 0.5, maxSize: 5,
		durMin: 5, durMax: 40, season: &flat,
		cats:  []string{"آموزش و پرورش", "سایر"},
		wrong: []string{"ساخت و ساز", "ترافیک"},
		cores: []string{"دیوار {subj} ترک خورده و خطرناکه", "بوفه {subj} غیربهداشتیه", "سرویس بهداشتی {subj} خرابه و بچه~ها اذیت میشن"},
		ops:   []string{"شکایت از وضعیت {subj}"},
		fing:  []string{"madrese {subj} moshkel dare"}},
	{key: "health", agency: other, scope: scopeAlley, streetShare: 0.5, weight: 0.8, single: 0.73, mu: 0.5, sigma: 0.5, maxSize: 4,
		durMin: 5, durMax: 30, season: &summer,
		cats:  []string{"بهداشت", "سایر"},
		wrong: []string{"پسماند", "سد معبر"},
		cores: []string{"نانوایی رعایت بهداشت نمیکنه", "قصابی سر کوچه گوشت رو بیرون آویزون کرده", "یه مغازه مواد غذایی تاریخ گذشته میفروشه"},
		ops:   []string{"عدم رعایت بهداشت صنفی"},
		fing:  []string{"nanvayi behdasht nadare"}},
	{key: "livestock", agency: other, scope: scopeAlley, streetShare: 0.05, weight: 0.5, single: 0.53, mu: 0.6, sigma: 0.5, maxSize: 5,
		durMin: 20, durMax: 120, season: &flat,
		cats:  []string{"بهداشت", "سایر"},
		wrong: []string{"حیوانات بلاصاحب", "پسماند"},
		cores: []string{"همسایه تو حیاط مرغ و خروس نگه میداره، بو میده", "یه نفر گاو تو زمین خالی نگه میداره", "تو حیاط همسایه گوسفند نگه میدارن"},
		ops:   []string{"نگهداری دام و طیور در منطقه مسکونی"},
		fing:  []string{"hamsaye morgh negah midare"}},
	{key: "welfare", agency: other, scope: scopeAlley, streetShare: 0.6, weight: 0.6, single: 0.63, mu: 0.6, sigma: 0.5, maxSize: 5,
		durMin: 5, durMax: 60, season: &winter3,
		cats:  []string{"آسیب~های اجتماعی", "بهزیستی"},
		wrong: []string{"انتظامی", "سایر"},
		cores: []string{"یه پیرمرد بی~خانمان شب~ها تو ایستگاه اتوبوس می~خوابه", "کودکان کار سر چهارراه هستن", "یه خانم بی~سرپرست با بچه تو خیابون می~خوابه"},
		ops:   []string{"گزارش فرد بی~خانمان", "حضور کودکان کار"},
		fing:  []string{"bikhaman too khiaban"}},
}

var (
	winter2 = [12]float64{0.8, 0.8, 0.9, 1.0, 1.0, 0.9, 0.9, 1.0, 1.2, 1.4, 1.3, 1.0}
	winter3 = [12]float64{0.8, 0.7, 0.6, 0.6, 0.6, 0.8, 1.0, 1.2, 1.4, 1.5, 1.4, 1.2}
)

func kindBy(key string) *kind {
	for _, k := range kinds {
		if k.key == key {
			return k
		}
	}
	panic("rasht46: no kind " + key)
}

// Who dug an excavation, and how people name them.
type digger struct {
	agency string
	weight float64
	names  []string
	fing   string
}

var diggers = []digger{
	{water, 0.35, []string{"آب و فاضلاب", "شرکت آب", "آبفا", "لوله~کشی آب"}, "ab o fazelab"},
	{gas, 0.28, []string{"شرکت گاز", "گازکشی", "اداره گاز"}, "gaz"},
	{telecom, 0.2, []string{"مخابرات", "فیبر نوری مخابرات", "کابل~کشی مخابرات"}, "mokhaberat"},
	{power, 0.07, []string{"اداره برق", "کابل~کشی برق", "توزیع برق"}, "edare bargh"},
	{municipality, 0.1, []string{"پیمانکار شهرداری", "کانال~سازی شهرداری", "شهرداری"}, "shahrdari"},
}

// Subjects of the subject kinds.
var busSubjects = []string{"خط ۱۱ (استقامت - میدان شهرداری)", "خط ۱۸", "خط ۲۳ معلولین", "ایستگاه اتوبوس بلوار رازی", "ایستگاه اتوبوس خیابان ایران",
	"خط ۷ گلباغ نماز", "ایستگاه اتوبوس روبروی بانک ملت", "خط ۳۰ آج~بیشه"}

var adminSubjects = []string{"عوارض نوسازی", "پروانه ساختمانی", "پایان کار", "عوارض کسب", "رفتار مامور سد معبر", "پاکبان محله",
	"پرداخت عوارض خودرو", "تعریض کوچه", "کمیسیون ماده ۱۰۰", "پلاک~کوبی", "ثبت~نام در طرح محله~محوری", "مامورین شهرداری"}

var schoolSubjects = []string{"دبستان شهید بهشتی", "دبیرستان دخترانه فاطمیه", "دبستان شهید مطهری", "هنرستان فنی استقامت", "مدرسه شاهد", "دبستان امید"}
