package rasht17

// scope says what spot an issue covers (README: the labelling rule).
type scope int

const (
	scopeBlock     scope = iota // one block, its complex, its street segment
	scopePhase                  // a whole phase: one cause, one fix
	scopeBoulevard              // the town's main road
	scopeAccess                 // the half-built access road
	scopeTown                   // the whole town (bus, school)
	scopeNone                   // no place at all: always a single request
)

// kind is one problem a resident reports. Texts use {p} for a place phrase; pinOnly texts
// carry no place because the app's pin says where.
type kind struct {
	name     string
	family   string // issues of one family never overlap at one spot (README)
	scope    scope
	agencies []string // the agency, or several for which the issue picks one (a utility's trench)
	category string   // the operator's right category
	wrong    []string // categories a hurried operator or citizen picks instead
	weight   float64  // issues of this kind per year, relative
	minSize  int
	maxSize  int
	heavy    float64 // >0: size has a heavy tail towards maxSize
	minDays  float64
	maxDays  float64
	season   [12]float64 // relative weight by month from Farvardin; zero means flat
	pinOnly  []string    // citizen texts with no place
	citizen  []string    // citizen texts with {p}
	operator []string    // an operator's summary with {p}
	finglish []string    // Finglish citizen texts with {p}
	needs    string      // "complex", "landmark:<word>", or ""
}

var (
	summer = [12]float64{1, 1, 2, 4, 5, 4, 2, 1, 1, 1, 1, 1}
	wet    = [12]float64{1, 1, 0.5, 0.3, 0.3, 1, 3, 4, 4, 3, 3, 2}
	winter = [12]float64{1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 2, 4, 5, 4, 2}
	dry    = [12]float64{1, 2, 3, 4, 4, 3, 2, 1, 0.5, 0.5, 0.5, 1}
)

var kinds = []kind{
	{name: "pothole", family: "asphalt", scope: scopeBlock, agencies: []string{"municipality"},
		category: "آسفالت و ترمیم معابر", wrong: []string{"عمران شهری", "سایر"}, weight: 11, minSize: 1, maxSize: 9, heavy: 1.8,
		minDays: 10, maxDays: 60, season: wet,
		pinOnly:  []string{"اینجا چاله بزرگی هست ماشینا میفتن توش", "همین کوچه آسفالتش خراب شده", "چاله وسط خیابون", "آسفالت جلوی ساختمان ما کنده شده", "جلوی در پارکینگ چاله افتاده", "آسفالت اینجا کاملا از بین رفته"},
		citizen:  []string{"{p} چاله خیلی بزرگی وسط خیابان هست", "آسفالت {p} خراب شده و چاله‌چوله شده", "{p} یه چاله هست که شبا ماشینا میرن توش", "لطفا چاله‌های {p} رو ترمیم کنید", "ترمیم آسفالت {p}"},
		operator: []string{"شهروند از وجود چاله در معبر {p} گلایه دارد", "درخواست ترمیم آسفالت {p}", "تماس‌گیرنده اعلام نمود آسفالت {p} تخریب شده است"},
		finglish: []string{"{p} chale bozorg vasate khiaboon", "asphalte {p} kharab shode"}},

	{name: "garbage", family: "garbage", scope: scopeBlock, agencies: []string{"municipality"},
		category: "پسماند", wrong: []string{"نظافت معابر", "خدمات شهری"}, weight: 18, minSize: 1, maxSize: 14, heavy: 1.6,
		minDays: 2, maxDays: 7,
		pinOnly:  []string{"زباله‌ها سه روزه جمع نشده", "سطل زباله پر شده و همه جا ریخته", "ماشین زباله نیومده", "بوی زباله همه جا رو برداشته", "مخزن زباله پر شده کسی نمیاد خالی کنه"},
		citizen:  []string{"زباله‌های {p} چند روزه جمع‌آوری نشده", "مخزن زباله {p} پره و زباله‌ها ریخته تو خیابون", "ماشین حمل زباله به {p} نمیاد", "لطفا زباله‌های {p} رو جمع کنید بو گرفته", "{p} زباله جمع نمیشه"},
		operator: []string{"عدم جمع‌آوری پسماند در {p}", "شهروند اعلام کرد مخزن زباله {p} تخلیه نشده است", "درخواست تخلیه مخزن پسماند {p}"},
		finglish: []string{"{p} ashghal jam nashode", "zobale haye {p} 3 rooze moonde"}},

	{name: "surfacewater", family: "surfacewater", scope: scopeBlock, agencies: []string{"municipality"},
		category: "آب‌های سطحی", wrong: []string{"آب و فاضلاب", "سایر"}, weight: 8, minSize: 2, maxSize: 22, heavy: 1.5,
		minDays: 1, maxDays: 3, season: wet,
		pinOnly:  []string{"اینجا آب جمع شده", "با این بارون کل کوچه رو آب گرفته", "آب تا جلوی در ساختمون اومده", "جوی آب گرفته و آب رفته تو پارکینگ", "آبگرفتگی شدید"},
		citizen:  []string{"{p} رو آب گرفته", "آبگرفتگی شدید در {p} بعد از بارون", "کانال آب {p} گرفته و آب جمع شده", "{p} بعد از بارندگی آب تا زانو جمع شده", "آب بارون تو {p} راه نداره بره"},
		operator: []string{"آبگرفتگی معبر در {p}", "شهروند از آبگرفتگی {p} در پی بارندگی گلایه دارد", "انسداد کانال آب‌های سطحی {p}"},
		finglish: []string{"{p} ro ab gerefte", "ab gereftegi {p} bad az baroon"}},

	{name: "lamp", family: "light", scope: scopeBlock, agencies: []string{"power"},
		category: "روشنایی معابر", wrong: []string{"برق", "سایر"}, weight: 2, minSize: 1, maxSize: 5, heavy: 2,
		minDays: 5, maxDays: 30, season: winter,
		pinOnly:  []string{"چراغ این تیر خاموشه", "لامپ تیر برق جلوی ساختمون سوخته", "این کوچه شبا تاریکه چراغش خرابه", "چراغ خیابون چند شبه روشن نمیشه"},
		citizen:  []string{"چراغ تیر برق {p} خاموشه", "لامپ روشنایی {p} سوخته", "{p} یه چراغ خیابون خرابه و شبا تاریکه", "روشنایی {p} قطعه"},
		operator: []string{"خاموشی چراغ روشنایی معبر {p}", "شهروند اعلام نمود لامپ تیر روشنایی {p} سوخته است"},
		finglish: []string{"cheraghe {p} khamoosh ast", "lampe tir bargh {p} sookhte"}},

	{name: "phasedark", family: "light", scope: scopePhase, agencies: []string{"power"},
		category: "روشنایی معابر", wrong: []string{"برق", "سایر", "خدمات شهری"}, weight: 0.08, minSize: 25, maxSize: 110, heavy: 1.2,
		minDays: 14, maxDays: 45, season: winter,
		pinOnly:  []string{"کل خیابونا شبا تاریک مطلقه", "هیچ کدوم از چراغای خیابون روشن نیست", "دو هفته‌ست کل اینجا شبا تاریکه", "چراغای خیابون هنوز خاموشه", "شبا از ترس نمیشه بیرون رفت همه جا تاریکه"},
		citizen:  []string{"کل {p} شبا تاریکه هیچ چراغی روشن نیست", "روشنایی معابر {p} چند هفته‌ست قطعه", "تمام چراغای خیابون {p} خاموشه", "{p} تاریک مطلقه لطفا پیگیری کنید", "هنوز چراغای {p} روشن نشده"},
		operator: []string{"قطعی کامل روشنایی معابر {p}", "شهروند از خاموشی تمام چراغ‌های روشنایی {p} گلایه دارد", "عدم روشنایی معابر در کل {p}"},
		finglish: []string{"kole {p} shaba tarike", "cheragha ye {p} hame khamooshe"}},

	{name: "boulevard", family: "road", scope: scopeBoulevard, agencies: []string{"municipality"},
		category: "آسفالت و ترمیم معابر", wrong: []string{"عمران شهری", "نظافت معابر", "سایر"}, weight: 0.13, minSize: 50, maxSize: 150, heavy: 1.1,
		minDays: 30, maxDays: 100, season: dry,
		pinOnly:  []string{"این خیابون اصلی نصفه آسفالت شده و ول کردن", "گرد و خاک خیابون اصلی خونه‌ها رو برداشته", "خاک این جاده کل ماشینا رو کثیف کرده", "چرا آسفالت خیابون اصلی رو تموم نمیکنید"},
		citizen:  []string{"آسفالت {p} نیمه‌کاره رها شده", "گرد و خاک {p} امون مردم رو بریده", "{p} پر از دست‌انداز و خاکه", "کی آسفالت {p} تموم میشه؟", "لطفا {p} رو آبپاشی کنید خاک همه جا رو گرفته"},
		operator: []string{"نیمه‌کاره ماندن آسفالت {p}", "شهروند از گرد و خاک {p} و عدم تکمیل آسفالت گلایه دارد", "درخواست تکمیل آسفالت {p}"},
		finglish: []string{"asphalte {p} nime kare moonde", "khak e {p} kheili ziade"}},

	{name: "accessroad", family: "access", scope: scopeAccess, agencies: []string{"other"},
		category: "عمران شهری", wrong: []string{"آسفالت و ترمیم معابر", "حمل و نقل و ترافیک"}, weight: 0.15, minSize: 8, maxSize: 50, heavy: 1.3,
		minDays: 30, maxDays: 90, season: dry,
		pinOnly:  []string{"این جاده ورودی شهرک هنوز خاکیه", "جاده دسترسی نصفه ساخته شده و شبا خطرناکه"},
		citizen:  []string{"{p} سال‌هاست نیمه‌کاره مونده", "{p} خاکی و پر از چاله‌ست و تصادف میشه", "پروژه {p} چرا تموم نمیشه", "{p} روشنایی نداره و نیمه‌کاره‌ست"},
		operator: []string{"نیمه‌کاره ماندن پروژه {p}", "شهروند از وضعیت {p} و خطر تصادف گلایه دارد"}},

	{name: "site", family: "site", scope: scopeBlock, agencies: []string{"municipality"},
		category: "ساخت‌وساز", wrong: []string{"سد معبر", "نظافت معابر", "سایر"}, weight: 1.5, minSize: 4, maxSize: 80, heavy: 1.3,
		minDays: 15, maxDays: 60,
		pinOnly:  []string{"کارگاه ساختمانی بغل ما شبا تا ساعت ۲ کار میکنه", "خاک و نخاله ساختمون کناری ریخته تو خیابون", "گرد و خاک این ساختمون در حال ساخت نمیذاره پنجره رو باز کنیم", "صدای دستگاه‌های کارگاه ساختمانی از صبح زود", "مصالح ساختمانی رو ریختن وسط کوچه راه بسته‌ست", "ساختمون در حال ساخت شبا کار میکنه صدای بتونیر نمیذاره بخوابیم"},
		citizen:  []string{"کارگاه ساختمانی {p} مصالح رو ریخته تو خیابون", "ساخت‌وساز {p} شب‌ها ادامه داره و سروصدا زیاده", "گرد و خاک کارگاه ساختمانی {p} خیلی زیاده", "کامیونای کارگاه {p} خیابون رو گِلی کردن", "ساختمون در حال ساخت {p} شبا بتن‌ریزی میکنه"},
		operator: []string{"سروصدا و کار شبانه کارگاه ساختمانی {p}", "ریختن مصالح ساختمانی در معبر {p}", "شهروند از گرد و خاک و نخاله کارگاه ساختمانی {p} گلایه دارد"},
		finglish: []string{"kargah sakhtemani {p} shaba kar mikone", "khak e sakhteman {p} ziade"}},

	{name: "sitecable", family: "cable", scope: scopeBlock, agencies: []string{"power"},
		category: "برق", wrong: []string{"ساخت‌وساز", "روشنایی معابر", "سایر"}, weight: 0.7, minSize: 1, maxSize: 6, heavy: 1.5,
		minDays: 1, maxDays: 3,
		pinOnly:  []string{"جرثقیل کارگاه ساختمانی سیم برق رو پاره کرده افتاده رو زمین", "سیم برق افتاده وسط کوچه خطرناکه"},
		citizen:  []string{"سیم برق کنار کارگاه ساختمانی {p} پاره شده و افتاده روی زمین", "{p} کابل برق افتاده بچه‌ها رد میشن خطرناکه", "کامیون کارگاه {p} خورده به تیر برق و سیمش آویزونه"},
		operator: []string{"سقوط سیم برق در {p} در اثر فعالیت کارگاه ساختمانی", "شهروند از پاره شدن کابل برق {p} خبر داد"}},

	{name: "dogs", family: "dogs", scope: scopePhase, agencies: []string{"municipality"},
		category: "حیوانات ولگرد", wrong: []string{"سایر", "محیط زیست"}, weight: 1.0, minSize: 3, maxSize: 60, heavy: 1.3,
		minDays: 14, maxDays: 60,
		pinOnly:  []string{"سگ‌های ولگرد از زمینای خالی میان تو کوچه", "یه گله سگ اینجاست بچه‌ها جرات ندارن برن مدرسه", "سگای ولگرد شبا پارس میکنن و به آدم حمله میکنن", "چند تا سگ ولگرد دنبال بچه‌م کردن"},
		citizen:  []string{"سگ‌های ولگرد {p} زیاد شدن", "{p} پر از سگ ولگرده از زمینای خالی میان", "لطفا سگای ولگرد {p} رو جمع کنید", "به خاطر سگ‌های ولگرد {p} شب‌ها نمیشه بیرون رفت"},
		operator: []string{"وجود سگ‌های ولگرد در {p}", "شهروند از حضور گله سگ ولگرد در {p} گلایه دارد", "درخواست جمع‌آوری سگ‌های بلاصاحب {p}"},
		finglish: []string{"sag haye velgard too {p} ziad shodan", "{p} sag velgard ziade"}},

	{name: "bus", family: "bus", scope: scopeTown, agencies: []string{"municipality"},
		category: "حمل و نقل عمومی", wrong: []string{"حمل و نقل و ترافیک", "سایر"}, weight: 0.12, minSize: 12, maxSize: 80, heavy: 1.2,
		minDays: 60, maxDays: 200,
		pinOnly:  []string{"اینجا هیچ اتوبوسی نمیاد", "چرا خط اتوبوس برای ما نذاشتن", "برای رفتن به شهر باید یه ساعت منتظر تاکسی باشیم"},
		citizen:  []string{"{p} خط اتوبوس نداره", "اتوبوس به {p} نمیاد مردم مجبورن پیاده برن تا جاده", "لطفا برای {p} سرویس اتوبوس بذارید", "{p} هیچ وسیله حمل و نقل عمومی نداره", "ساعت اتوبوس {p} خیلی کمه هر یه ساعت یکی"},
		operator: []string{"درخواست برقراری خط اتوبوس برای {p}", "شهروند از نبود حمل و نقل عمومی در {p} گلایه دارد"},
		finglish: []string{"{p} otoboos nadare", "lotfan baraye {p} khat otoboos bezarid"}},

	{name: "school", family: "school", scope: scopeTown, agencies: []string{"other"},
		category: "سایر", wrong: []string{"عمران شهری", "خدمات شهری"}, weight: 0.15, minSize: 3, maxSize: 20, heavy: 1.5,
		minDays: 60, maxDays: 150, season: [12]float64{0.5, 0.5, 1, 1, 2, 4, 4, 1, 0.5, 0.5, 0.5, 0.5},
		citizen:  []string{"{p} مدرسه نداره بچه‌ها باید برن شهر", "چرا تو {p} دبستان نساختن", "{p} درمانگاه نداره برای یه آمپول باید بریم رشت"},
		operator: []string{"درخواست احداث مدرسه در {p}", "شهروند از نبود مدرسه و درمانگاه در {p} گلایه دارد"}},

	{name: "waterout", family: "water", scope: scopePhase, agencies: []string{"water"},
		category: "آب و فاضلاب", wrong: []string{"سایر", "خدمات شهری"}, weight: 0.3, minSize: 4, maxSize: 40, heavy: 1.4,
		minDays: 0.4, maxDays: 2, season: summer,
		pinOnly:  []string{"از صبح آب قطعه", "آب نداریم", "فشار آب خیلی کمه طبقه بالا اصلا آب نمیاد", "دوباره آب قطع شد"},
		citizen:  []string{"آب {p} از دیشب قطعه", "{p} آب نداره", "فشار آب {p} خیلی پایینه", "چرا آب {p} بدون اطلاع قطع شده؟"},
		operator: []string{"قطعی آب در {p}", "شهروند از افت فشار و قطعی آب {p} گلایه دارد"},
		finglish: []string{"ab e {p} ghate", "{p} ab nadarim"}},

	{name: "sewage", family: "sewage", scope: scopeBlock, agencies: []string{"water"},
		category: "آب و فاضلاب", wrong: []string{"آب‌های سطحی", "نظافت معابر", "سایر"}, weight: 0.9, minSize: 1, maxSize: 10, heavy: 1.6,
		minDays: 3, maxDays: 20,
		pinOnly:  []string{"فاضلاب از منهول زده بیرون بوش همه جا رو گرفته", "آب فاضلاب راه افتاده تو کوچه", "منهول فاضلاب پس زده"},
		citizen:  []string{"فاضلاب {p} از منهول بیرون زده", "بوی فاضلاب {p} غیرقابل تحمله", "{p} چاه فاضلاب پر شده و راه افتاده تو خیابون", "منهول فاضلاب {p} سرریز کرده"},
		operator: []string{"سرریز فاضلاب از منهول در {p}", "شهروند از پس زدن فاضلاب در {p} گلایه دارد"},
		finglish: []string{"fazelab {p} zade biroon"}},

	{name: "waterleak", family: "leak", scope: scopeBlock, agencies: []string{"water"},
		category: "آب و فاضلاب", wrong: []string{"آب‌های سطحی", "سایر"}, weight: 0.8, minSize: 1, maxSize: 6, heavy: 1.8,
		minDays: 1, maxDays: 7,
		pinOnly:  []string{"لوله آب ترکیده آب داره هدر میره", "از زیر آسفالت آب میزنه بیرون"},
		citizen:  []string{"لوله آب {p} شکسته و آب هدر میره", "{p} از زیر زمین آب بیرون میاد", "شکستگی لوله آب در {p}"},
		operator: []string{"شکستگی لوله آب در {p}", "شهروند از نشت آب از شبکه در {p} خبر داد"}},

	{name: "trench", family: "trench", scope: scopeBlock, agencies: []string{"water", "gas", "telecom"},
		category: "حفاری", wrong: []string{"آسفالت و ترمیم معابر", "سایر"}, weight: 0.7, minSize: 1, maxSize: 8, heavy: 1.6,
		minDays: 7, maxDays: 40,
		citizen:  []string{"{p} {u} کندن و دیگه نیومدن درستش کنن", "ترانشه‌ای که {u} تو {p} زدن همین‌طور باز مونده", "{p} {u} حفاری کردن و رها کردن خاک و سنگ ریخته", "گودال {p} که {u} کندن بدون علامت خطر مونده"},
		operator: []string{"رها کردن حفاری {u} در {p}", "شهروند از ترمیم نشدن محل حفاری {u} در {p} گلایه دارد"}},

	{name: "powerout", family: "power", scope: scopePhase, agencies: []string{"power"},
		category: "برق", wrong: []string{"روشنایی معابر", "سایر"}, weight: 0.3, minSize: 4, maxSize: 45, heavy: 1.3,
		minDays: 0.1, maxDays: 0.6, season: summer,
		pinOnly:  []string{"برق رفته", "چرا برق قطعه؟ برنامه خاموشی که نبود", "برق قطع شده آسانسور گیر کرده", "برق از یه ساعت پیش قطعه"},
		citizen:  []string{"برق {p} قطعه", "{p} برق نداره", "چرا برق {p} بدون برنامه قطع شده", "برق {p} رفته یخچالا خراب شد"},
		operator: []string{"قطعی برق در {p}", "شهروند از قطعی برق {p} خبر داد"},
		finglish: []string{"bargh e {p} rafte", "{p} bargh nadarim"}},

	{name: "gassmell", family: "gas", scope: scopeBlock, agencies: []string{"gas"},
		category: "گاز", wrong: []string{"سایر", "ایمنی"}, weight: 0.7, minSize: 1, maxSize: 3, heavy: 2,
		minDays: 0.1, maxDays: 1, season: winter,
		pinOnly:  []string{"بوی گاز میاد", "بوی شدید گاز تو راه‌پله"},
		citizen:  []string{"بوی گاز شدید در {p}", "{p} بوی گاز میاد فوری", "از رگولاتور گاز {p} بوی گاز میاد"},
		operator: []string{"اعلام بوی گاز در {p}", "شهروند از نشت گاز در {p} خبر داد"}},

	{name: "gasconnect", family: "gasline", scope: scopeBlock, agencies: []string{"gas"},
		category: "گاز", wrong: []string{"سایر", "عمران شهری"}, weight: 0.4, minSize: 2, maxSize: 16, heavy: 1.4,
		minDays: 30, maxDays: 90, season: [12]float64{0.3, 0.3, 0.3, 0.3, 0.5, 1, 3, 4, 4, 2, 1, 0.5}, needs: "complex",
		pinOnly:  []string{"هنوز گاز ساختمون ما وصل نشده", "زمستونه و ما هنوز گاز نداریم"},
		citizen:  []string{"گاز {p} هنوز وصل نشده", "{p} انشعاب گاز نداره زمستون داریم یخ میزنیم", "کی گاز {p} رو وصل میکنید؟"},
		operator: []string{"عدم اتصال انشعاب گاز {p}", "شهروند از وصل نشدن گاز {p} گلایه دارد"}},

	{name: "internet", family: "telecom", scope: scopeBlock, agencies: []string{"telecom"},
		category: "مخابرات", wrong: []string{"سایر"}, weight: 0.4, minSize: 2, maxSize: 25, heavy: 1.3,
		minDays: 30, maxDays: 120, needs: "complex",
		pinOnly:  []string{"اینجا نه تلفن ثابت داریم نه اینترنت", "آنتن موبایل اینجا اصلا نیست"},
		citizen:  []string{"{p} تلفن ثابت و اینترنت نداره", "کابل مخابرات {p} هنوز کشیده نشده", "آنتن موبایل تو {p} صفره", "اینترنت {p} خیلی ضعیفه و مخابرات جواب نمیده"},
		operator: []string{"عدم واگذاری خط تلفن ثابت در {p}", "شهروند از نبود اینترنت و تلفن ثابت در {p} گلایه دارد"},
		finglish: []string{"{p} internet nadare", "{p} telephone sabet nadarim"}},

	{name: "lift", family: "lift", scope: scopeBlock, agencies: []string{"other"},
		category: "سایر", wrong: []string{"ساخت‌وساز", "خدمات شهری"}, weight: 0.6, minSize: 1, maxSize: 8, heavy: 1.5,
		minDays: 10, maxDays: 40, needs: "complex",
		pinOnly:  []string{"آسانسور ساختمون یک ماهه خرابه سازنده جواب نمیده", "مشاعات ساختمون هنوز نیمه‌کاره‌ست"},
		citizen:  []string{"آسانسور {p} خرابه و سازنده پاسخگو نیست", "مشاعات {p} رو سازنده تحویل نداده", "راه‌پله {p} نه چراغ داره نه نرده"},
		operator: []string{"خرابی آسانسور {p} و عدم پاسخگویی سازنده", "شهروند از تکمیل نشدن مشاعات {p} گلایه دارد"}},

	{name: "blocking", family: "parking", scope: scopeBlock, agencies: []string{"police"},
		category: "سد معبر", wrong: []string{"حمل و نقل و ترافیک", "سایر"}, weight: 1.4, minSize: 1, maxSize: 4, heavy: 2,
		minDays: 1, maxDays: 10,
		pinOnly:  []string{"یه کامیون چند روزه جلوی در پارکینگ پارک کرده", "ماشین جلوی در پارکینگ پارک کرده نمیتونیم بیرون بیایم", "تریلی شبا تو کوچه پارک میکنه"},
		citizen:  []string{"کامیون‌ها شب‌ها تو {p} پارک میکنن و راه بسته‌ست", "یه ماشین جلوی پارکینگ {p} پارک کرده", "{p} خودرو سنگین پارک شده و راه عبور نیست"},
		operator: []string{"توقف خودروی سنگین و سد معبر در {p}", "پارک خودرو مقابل درب پارکینگ {p}"}},

	{name: "addicts", family: "addicts", scope: scopePhase, agencies: []string{"police"},
		category: "سایر", wrong: []string{"آسیب‌های اجتماعی", "خدمات شهری"}, weight: 0.7, minSize: 1, maxSize: 8, heavy: 1.5,
		minDays: 10, maxDays: 40,
		pinOnly:  []string{"شبا تو زمین خالی پشت ساختمون معتادا جمع میشن"},
		citizen:  []string{"زمین‌های خالی {p} شده پاتوق معتادها", "{p} شب‌ها افراد مشکوک جمع میشن و ناامنه"},
		operator: []string{"تجمع افراد معتاد در زمین‌های بایر {p}", "شهروند از ناامنی در {p} گلایه دارد"}},

	{name: "theft", family: "theft", scope: scopeBlock, agencies: []string{"police"},
		category: "سایر", wrong: []string{"ساخت‌وساز"}, weight: 0.7, minSize: 1, maxSize: 2, heavy: 2,
		minDays: 0.5, maxDays: 3,
		pinOnly:  []string{"دیشب از کارگاه ساختمونی کنار ما میلگرد دزدیدن", "موتورم رو از جلوی خونه بردن"},
		citizen:  []string{"از پارکینگ {p} موتور دزدیدن", "دیشب کابل‌های برق کارگاه {p} رو دزدیدن"},
		operator: []string{"سرقت از کارگاه ساختمانی {p}", "شهروند از سرقت در {p} خبر داد"}},

	{name: "parklight", family: "parklight", scope: scopeBlock, agencies: []string{"municipality"},
		category: "فضای سبز", wrong: []string{"روشنایی معابر", "برق"}, weight: 0.8, minSize: 1, maxSize: 5, heavy: 1.8,
		minDays: 5, maxDays: 30, needs: "landmark:پارک",
		pinOnly:  []string{"چراغای پارک خاموشه شبا بچه‌ها نمیتونن بازی کنن"},
		citizen:  []string{"چراغ‌های {p} خاموشه", "روشنایی {p} خرابه و شبا تاریکه", "وسایل بازی و چراغای {p} خرابه"},
		operator: []string{"خاموشی چراغ‌های {p}", "خرابی روشنایی و وسایل بازی {p}"}},

	{name: "green", family: "green", scope: scopeBlock, agencies: []string{"municipality"},
		category: "فضای سبز", wrong: []string{"نظافت معابر", "سایر"}, weight: 3, minSize: 1, maxSize: 4, heavy: 2,
		minDays: 5, maxDays: 30, season: dry,
		pinOnly:  []string{"علفای هرز اینقدر بلند شده که مار دیده شده", "درختای کاشته شده خشک شدن کسی آب نمیده", "فضای سبز جلوی ساختمون رها شده"},
		citizen:  []string{"علف‌های هرز {p} خیلی بلند شده", "نهال‌های {p} خشک شدن آبیاری نمیشن", "لطفا فضای سبز {p} رو رسیدگی کنید", "شاخه درخت {p} شکسته افتاده رو پیاده‌رو"},
		operator: []string{"درخواست هرس و پاکسازی علف‌های هرز {p}", "عدم آبیاری فضای سبز {p}"},
		finglish: []string{"alaf haye harz {p} boland shode"}},

	{name: "debris", family: "debris", scope: scopeBlock, agencies: []string{"municipality"},
		category: "نظافت معابر", wrong: []string{"پسماند", "ساخت‌وساز"}, weight: 3, minSize: 1, maxSize: 6, heavy: 1.8,
		minDays: 3, maxDays: 20,
		pinOnly:  []string{"نخاله ساختمونی ریختن تو زمین خالی", "شبا میان زباله و نخاله خالی میکنن اینجا", "پیاده‌رو پر از خاک و نخاله‌ست"},
		citizen:  []string{"تو زمین خالی {p} نخاله و زباله خالی میکنن", "{p} پر از نخاله ساختمانیه", "لطفا نخاله‌های {p} رو جمع کنید"},
		operator: []string{"تخلیه غیرمجاز نخاله در {p}", "درخواست جمع‌آوری نخاله ساختمانی {p}"}},

	{name: "animal", family: "animal", scope: scopeBlock, agencies: []string{"municipality"},
		category: "خدمات شهری", wrong: []string{"حیوانات ولگرد", "پسماند"}, weight: 1, minSize: 1, maxSize: 2, heavy: 2,
		minDays: 0.5, maxDays: 2,
		pinOnly:  []string{"لاشه سگ وسط خیابونه"},
		citizen:  []string{"لاشه حیوان در {p} افتاده", "یه سگ مرده تو {p} هست بوی بد میده"},
		operator: []string{"وجود لاشه حیوان در {p}", "درخواست جمع‌آوری لاشه حیوان در {p}"}},

	{name: "sidewalk", family: "sidewalk", scope: scopeBlock, agencies: []string{"municipality"},
		category: "عمران شهری", wrong: []string{"آسفالت و ترمیم معابر", "سایر"}, weight: 2.5, minSize: 1, maxSize: 5, heavy: 1.8,
		minDays: 10, maxDays: 60,
		pinOnly:  []string{"اینجا پیاده‌رو نداره بچه‌ها از وسط خیابون میرن", "جدول کنار خیابون شکسته"},
		citizen:  []string{"{p} پیاده‌رو نداره", "جدول‌های {p} شکسته", "سرپوش کانال {p} شکسته و خطرناکه", "{p} سرعت‌گیر لازم داره ماشینا تند میرن"},
		operator: []string{"درخواست احداث پیاده‌رو در {p}", "شکستگی جدول و سرپوش کانال {p}", "درخواست نصب سرعت‌گیر در {p}"}},
}

// diggers name who left a trench open, by agency: the text says it, or the clerk could not
// know whom to refer it to.
var diggers = map[string][]string{
	"water":   {"آبفا", "برای لوله آب", "اداره آب", "برای لوله‌کشی آب"},
	"gas":     {"اداره گاز", "برای لوله گاز", "شرکت گاز", "برای لوله‌کشی گاز"},
	"telecom": {"مخابرات", "برای کابل مخابرات", "برای فیبر نوری", "پیمانکار مخابرات"},
}

// placeless are general complaints and questions with no place at all; each is its own issue.
var placeless = []struct {
	text, category, agency string
}{
	{"چرا هیچ‌کس جواب تلفن رو نمیده؟", "سایر", "municipality"},
	{"عوارض نوسازی رو چطوری پرداخت کنم؟", "درآمد", "municipality"},
	{"از پیگیری‌هاتون ممنونم", "سایر", "municipality"},
	{"پروانه ساختمانی چه مدارکی لازم داره", "ساخت‌وساز", "municipality"},
	{"این شهرک‌ها رو ساختید ولی هیچ امکاناتی نذاشتید", "سایر", "municipality"},
	{"چرا قبض آب امسال این‌قدر زیاد اومده", "آب و فاضلاب", "water"},
	{"برنامه خاموشی رو کجا میشه دید؟", "برق", "power"},
	{"شماره تماس اداره گاز رو میخواستم", "گاز", "gas"},
	{"میخوام شکایت کنم از ماموری که اومد", "سایر", "municipality"},
	{"سامانه ۱۳۷ چرا اینقدر کنده", "سایر", "municipality"},
	{"تاکسی‌ها کرایه رو خودسرانه زیاد کردن", "حمل و نقل عمومی", "municipality"},
	{"یارانه‌ام واریز نشده", "سایر", "other"},
	{"درخواست معرفی به بهزیستی دارم", "سایر", "other"},
	{"کی مسکن ملی تحویل داده میشه؟", "سایر", "other"},
	{"خواهش میکنم به درخواست‌های ما رسیدگی کنید", "سایر", "municipality"},
}
