package rasht40

// problem is one kind of thing people call 137 about, with the agency that must act and
// the ways citizens and operators write it. Texts use ZWNJ where careful writers would;
// the noise layer drops or spaces it.
type problem struct {
	code     string
	agency   string
	category string   // the right category on the 137 form
	related  []string // categories an operator picks by mistake
	weight   float64  // share of issues
	rainy    bool     // mostly October to March
	stretch  bool     // may be a whole stretch of a street
	wide     bool     // a place people call from far along (dark boulevard, flooding)
	kinds    []kind   // the distinct things under one problem: an issue is one of them
}

// kind is one specific thing (a dry tree, not a fallen one) and how people write it.
type kind struct {
	citizen, operator []string
}

var problems = []problem{
	{code: "asphalt", agency: "municipality", category: "آسفالت و معابر", related: []string{"ترافیک و حمل و نقل", "خدمات شهری"}, weight: 13, stretch: true,
		kinds: []kind{
			{citizen: []string{"آسفالت کوچه کاملا خراب شده و پر از چاله است", "چاله های کوچه پر از آب میشه عابرها خیس میشن", "لکه گیری آسفالت انجام نشده کوچه پر از سنگ ریزه است"},
				operator: []string{"شهروند از تخریب آسفالت معبر و وجود چاله گلایه دارد", "درخواست لکه‌گیری و ترمیم آسفالت"}},
			{citizen: []string{"یه چاله بزرگ وسط کوچه هست ماشینا میفتن توش", "این چاله جلوی در خونه ما خیلی خطرناکه موتوریا زمین میخورن"},
				operator: []string{"وجود چاله عمیق در سطح معبر، درخواست رسیدگی"}},
			{citizen: []string{"آسفالت خیابون داغونه هر روز لاستیک ماشینا آسیب میبینه", "آسفالت این خیابون خیلی وقته خرابه کسی رسیدگی نمیکنه"},
				operator: []string{"شهروند از تخریب آسفالت خیابان گلایه دارد", "درخواست روکش آسفالت"}},
			{citizen: []string{"چند وقته کوچه رو کندن و آسفالت نکردن", "ترمیم آسفالت کوچه رو انجام بدید لطفا",
				"کوچه رو کندن و رفتن، الان همش گل و لای شده", "ماه هاست کوچه خاکیه از وقتی کندنش",
				"با این بارون کوچه که آسفالتش رو کندن شده باتلاق", "کی میخواید کوچه ما رو آسفالت کنید؟"},
				operator: []string{"درخواست آسفالت کوچه", "تماس‌گیرنده اعلام نمود آسفالت کوچه پس از حفاری ترمیم نشده است",
					"عدم ترمیم آسفالت کوچه پس از حفاری"}},
		}},
	{code: "garbage", agency: "municipality", category: "پسماند", related: []string{"خدمات شهری", "نظافت معابر"}, weight: 14,
		kinds: []kind{
			{citizen: []string{"زباله ها چند روزه جمع نشده بوی تعفن همه جا رو گرفته", "ماشین زباله دیشب نیومد"},
				operator: []string{"عدم جمع‌آوری پسماند در محل", "شهروند از انباشت زباله و عدم تخلیه مخزن گلایه دارد"}},
			{citizen: []string{"سطل زباله سر کوچه پر شده و زباله ها ریخته رو زمین", "مخزن زباله سر کوچه شکسته و گربه ها همه چیزو پخش کردن"},
				operator: []string{"شهروند از انباشت زباله و عدم تخلیه مخزن گلایه دارد", "مخزن زباله آسیب دیده، درخواست تعویض"}},
			{citizen: []string{"یه عده زباله هاشون رو کنار دیوار زمین خالی میریزن"},
				operator: []string{"تخلیه زباله در زمین بایر، درخواست پاکسازی"}},
			{citizen: []string{"لطفا مخزن زباله رو از جلوی خونه ما بردارید بوی بد میده"},
				operator: []string{"درخواست جابجایی مخزن زباله"}},
			{citizen: []string{"سطل زباله نداریم مردم آشغال رو کنار خیابون میذارن"},
				operator: []string{"عدم جمع‌آوری پسماند در محل"}},
			{citizen: []string{"زباله های رستوران کنار پیاده رو مونده"},
				operator: []string{"شهروند از انباشت زباله و عدم تخلیه مخزن گلایه دارد"}},
		}},
	{code: "surfacewater", agency: "municipality", category: "آب‌های سطحی", related: []string{"خدمات شهری", "آسفالت و معابر"}, weight: 9, rainy: true, stretch: true, wide: true,
		kinds: []kind{
			{citizen: []string{"با این بارون کوچه رو آب گرفته نمیشه رد شد", "هر بار بارون میاد اینجا دریاچه میشه", "آبگرفتگی شدید، آب داره میره تو حیاط خونه ها"},
				operator: []string{"آبگرفتگی معبر در پی بارندگی", "شهروند اعلام نمود آب باران در معبر تجمع کرده و به منازل نفوذ می‌کند"}},
			{citizen: []string{"جوی آب گرفته و آب برگشته تو کوچه", "دهانه جوی رو پوشوندن آب راه نداره"},
				operator: []string{"درخواست لایروبی جوی و کانال آب‌های سطحی", "گرفتگی کانال هدایت آب‌های سطحی"}},
			{citizen: []string{"کانال آب سطحی پر از برگ و زباله شده لایروبی کنید"},
				operator: []string{"درخواست لایروبی جوی و کانال آب‌های سطحی", "گرفتگی کانال هدایت آب‌های سطحی"}},
			{citizen: []string{"آب بارون جمع شده جلوی مدرسه بچه ها نمیتونن رد شن"},
				operator: []string{"آبگرفتگی معبر در پی بارندگی"}},
		}},
	{code: "tree", agency: "municipality", category: "فضای سبز", related: []string{"پارک‌ها", "خدمات شهری"}, weight: 6,
		kinds: []kind{
			{citizen: []string{"شاخه های درخت رفته تو سیم برق و خطرناکه", "شاخه های درخت جلوی پنجره رو گرفته لطفا هرس کنید"},
				operator: []string{"درخواست هرس درختان معبر"}},
			{citizen: []string{"درخت کج شده ممکنه بیفته رو ماشینا"},
				operator: []string{"شهروند از خطر سقوط درخت خشکیده گلایه دارد"}},
			{citizen: []string{"درخت بعد از باد دیشب افتاده وسط پیاده رو"},
				operator: []string{"سقوط درخت در معبر"}},
			{citizen: []string{"یه درخت خشک شده جلوی خونه هست بیاید قطعش کنید"},
				operator: []string{"درخواست قطع درخت خشک"}},
			{citizen: []string{"برگ درختا جوی رو گرفته"},
				operator: []string{"درخواست هرس درختان معبر"}},
		}},
	{code: "dogs", agency: "municipality", category: "حیوانات ولگرد", related: []string{"خدمات شهری", "سایر"}, weight: 4.5,
		kinds: []kind{
			{citizen: []string{"چند تا سگ ولگرد تو کوچه هستن بچه ها میترسن", "سگ های ولگرد شبا پارس میکنن و به عابرا حمله میکنن", "دیروز یه سگ به بچه همسایه حمله کرد لطفا جمعشون کنید", "یه گله سگ کنار پارک جمع شدن"},
				operator: []string{"تجمع سگ‌های بلاصاحب در محل", "شهروند از حضور سگ‌های ولگرد و ایجاد مزاحمت گلایه دارد", "درخواست زنده‌گیری سگ‌های ولگرد"}},
			{citizen: []string{"سگ ولگرد زخمی افتاده کنار خیابون"},
				operator: []string{"تجمع سگ‌های بلاصاحب در محل"}},
		}},
	{code: "debris", agency: "municipality", category: "نخاله ساختمانی", related: []string{"پسماند", "سد معبر"}, weight: 5,
		kinds: []kind{
			{citizen: []string{"یکی نخاله ساختمونی رو شب ریخته کنار کوچه", "نخاله ریختن تو زمین خالی بغل خونه ما", "کامیون شبانه نخاله خالی کرده جلوی پارک"},
				operator: []string{"تخلیه غیرمجاز نخاله ساختمانی در معبر", "درخواست جمع‌آوری نخاله و خاک"}},
			{citizen: []string{"خاک و نخاله ساختمون همسایه چند هفته است تو کوچه مونده"},
				operator: []string{"شهروند از رها شدن نخاله ساختمانی در کوچه گلایه دارد"}},
		}},
	{code: "obstruction", agency: "municipality", category: "سد معبر", related: []string{"خدمات شهری", "ترافیک و حمل و نقل"}, weight: 4.5,
		kinds: []kind{
			{citizen: []string{"مغازه میوه فروشی کل پیاده رو رو گرفته", "جلوی مغازه ها اجناس رو چیدن باید از تو خیابون رد شیم"},
				operator: []string{"سد معبر توسط واحد صنفی", "شهروند از اشغال پیاده‌رو توسط کسبه گلایه دارد"}},
			{citizen: []string{"مصالح ساختمونی ریختن تو پیاده رو نمیشه رد شد", "شن و ماسه ساختمون روبرو نصف کوچه رو گرفته"},
				operator: []string{"سد معبر با مصالح ساختمانی"}},
			{citizen: []string{"دستفروشا پیاده رو رو بستن"},
				operator: []string{"سد معبر توسط واحد صنفی", "شهروند از اشغال پیاده‌رو توسط کسبه گلایه دارد"}},
		}},
	{code: "sidewalk", agency: "municipality", category: "آسفالت و معابر", related: []string{"سد معبر", "خدمات شهری"}, weight: 3.5,
		kinds: []kind{
			{citizen: []string{"سنگ های پیاده رو شکسته و لق شده مادرم زمین خورد", "پیاده رو کاملا خرابه با کالسکه نمیشه رفت", "موزاییک های پیاده رو کنده شده"},
				operator: []string{"تخریب پیاده‌رو و جداول", "درخواست ترمیم سنگفرش پیاده‌رو", "شهروند از ناهمواری پیاده‌رو گلایه دارد"}},
			{citizen: []string{"جدول کنار خیابون شکسته"},
				operator: []string{"تخریب پیاده‌رو و جداول"}},
		}},
	{code: "park", agency: "municipality", category: "پارک‌ها", related: []string{"فضای سبز", "خدمات شهری"}, weight: 3,
		kinds: []kind{
			{citizen: []string{"تاب پارک شکسته بچه ها ممکنه آسیب ببینن", "وسایل ورزشی پارک خراب شده"},
				operator: []string{"خرابی وسایل بازی پارک", "درخواست تعمیر وسایل ورزشی بوستان"}},
			{citizen: []string{"سرویس بهداشتی پارک خیلی کثیفه"},
				operator: []string{"عدم نظافت سرویس بهداشتی پارک"}},
			{citizen: []string{"چراغ های پارک شبا خاموشه و جای معتادها شده"},
				operator: []string{"خاموشی روشنایی پارک"}},
			{citizen: []string{"چمن های پارک خشک شده کسی آب نمیده"},
				operator: []string{"خرابی وسایل بازی پارک"}},
		}},
	{code: "cleaning", agency: "municipality", category: "خدمات شهری", related: []string{"پسماند", "نظافت معابر"}, weight: 3,
		kinds: []kind{
			{citizen: []string{"جارو نکردن کوچه رو خیلی وقته", "برگ و خاک کوچه رو پر کرده رفتگر نمیاد"},
				operator: []string{"عدم رفت و روب معبر", "شهروند از عدم نظافت کوچه گلایه دارد"}},
			{citizen: []string{"لاشه گربه وسط کوچه افتاده", "لاشه سگ کنار خیابون مونده بو گرفته"},
				operator: []string{"درخواست جمع‌آوری لاشه حیوان"}},
		}},
	{code: "building", agency: "municipality", category: "شهرسازی", related: []string{"سایر", "خدمات شهری"}, weight: 2,
		kinds: []kind{
			{citizen: []string{"همسایه بدون مجوز داره طبقه اضافه میسازه", "ساخت و ساز شبانه با سر و صدا تا نصف شب"},
				operator: []string{"گزارش ساخت و ساز غیرمجاز", "شهروند از ساخت و ساز بدون مجوز و اضافه بنا گلایه دارد"}},
			{citizen: []string{"یه ساختمون نیمه کاره رها شده و خطرناکه"},
				operator: []string{"ساختمان نیمه‌کاره رها شده، خطر ریزش"}},
		}},
	{code: "speedbump", agency: "municipality", category: "ترافیک و حمل و نقل", related: []string{"آسفالت و معابر", "سایر"}, weight: 1.5,
		kinds: []kind{
			{citizen: []string{"ماشینا با سرعت زیاد از کوچه رد میشن لطفا سرعتگیر بذارید", "جلوی مدرسه سرعتگیر لازمه"},
				operator: []string{"درخواست نصب سرعت‌گیر"}},
			{citizen: []string{"سرعت گیر کوچه خراب شده"},
				operator: []string{"تخریب سرعت‌گیر معبر"}},
		}},
	{code: "gully", agency: "municipality", category: "آب‌های سطحی", related: []string{"آسفالت و معابر", "خدمات شهری"}, weight: 1.5,
		kinds: []kind{
			{citizen: []string{"دریچه جوی سر کوچه رو بردن یه چاله باز مونده", "درپوش کانال آب شکسته یکی میفته توش", "دریچه آبرو کنده شده و خطرناکه"},
				operator: []string{"سرقت دریچه کانال آب‌های سطحی", "شکستگی درپوش جوی، خطر سقوط عابر"}},
		}},

	// Other agencies' business that reaches the municipality's 137 line.
	{code: "streetlight", agency: "power", category: "روشنایی معابر", related: []string{"خدمات شهری", "برق"}, weight: 5, stretch: true, wide: true,
		kinds: []kind{
			{citizen: []string{"چراغ های کوچه چند شبه خاموشه خیلی تاریکه", "لامپ تیر برق سر کوچه سوخته", "چراغ برق جلوی خونه روزا روشنه شبا خاموش", "روشنایی معبر قطعه لطفا رسیدگی کنید"},
				operator: []string{"خاموشی چراغ‌های روشنایی معبر", "شهروند از قطع روشنایی کوچه گلایه دارد", "لامپ روشنایی تیر سوخته است"}},
			{citizen: []string{"کل خیابون تاریکه شبا آدم میترسه رد شه", "روشنایی معبر قطعه لطفا رسیدگی کنید"},
				operator: []string{"خاموشی چراغ‌های روشنایی معبر", "شهروند از قطع روشنایی کوچه گلایه دارد"}},
		}},
	{code: "powerline", agency: "power", category: "برق", related: []string{"سایر", "روشنایی معابر"}, weight: 0.8,
		kinds: []kind{
			{citizen: []string{"سیم برق از تیر آویزون شده خیلی خطرناکه"},
				operator: []string{"آویزان بودن کابل برق، خطر برق‌گرفتگی"}},
			{citizen: []string{"تیر برق کج شده ممکنه بیفته"},
				operator: []string{"کج شدن تیر برق در معبر"}},
			{citizen: []string{"جعبه تقسیم برق درش بازه بچه ها دست میزنن"},
				operator: []string{"آویزان بودن کابل برق، خطر برق‌گرفتگی"}},
		}},
	{code: "sewage", agency: "water", category: "فاضلاب", related: []string{"آب‌های سطحی", "خدمات شهری"}, weight: 2.6, rainy: true,
		kinds: []kind{
			{citizen: []string{"فاضلاب از منهول بیرون زده بوی وحشتناکی میده", "چاه فاضلاب سر کوچه پس زده و آب کثیف تو کوچه راه افتاده", "بوی فاضلاب کل کوچه رو برداشته"},
				operator: []string{"سرریز فاضلاب از منهول در معبر", "شهروند از پس زدن فاضلاب و بوی نامطبوع گلایه دارد"}},
			{citizen: []string{"درپوش منهول فاضلاب شکسته"},
				operator: []string{"شکستگی درپوش منهول فاضلاب"}},
		}},
	{code: "waterleak", agency: "water", category: "آب", related: []string{"آب‌های سطحی", "سایر"}, weight: 1.6,
		kinds: []kind{
			{citizen: []string{"لوله آب تو کوچه ترکیده آب داره هدر میره", "از زیر آسفالت آب میجوشه چند روزه"},
				operator: []string{"شکستگی لوله آب و نشت در معبر", "نشتی آب از زیر آسفالت"}},
			{citizen: []string{"کنتور آب جلوی خونه نشتی داره"},
				operator: []string{"نشتی آب از زیر آسفالت"}},
			{citizen: []string{"آب از دیروز قطعه هیچ اطلاعیه ای هم ندادن"},
				operator: []string{"قطعی آب منطقه"}},
		}},
	{code: "watertrench", agency: "water", category: "آسفالت و معابر", related: []string{"آب", "حفاری"}, weight: 0.9, stretch: true,
		kinds: []kind{
			{citizen: []string{"آب و فاضلاب کوچه رو کنده و رفته ترمیم نکرده", "ترانشه ای که شرکت آب زده بیش از یه ماهه باز مونده", "بعد از تعمیر لوله آب، جای کندن رو همینطوری ول کردن"},
				operator: []string{"عدم ترمیم حفاری شرکت آب و فاضلاب", "حفاری رها شده آبفا در معبر"}},
		}},
	{code: "gas", agency: "gas", category: "گاز", related: []string{"سایر", "آسفالت و معابر"}, weight: 1,
		kinds: []kind{
			{citizen: []string{"بوی گاز تو کوچه میاد خیلی شدیده", "لوله گاز روی دیوار زنگ زده و نشتی داره"},
				operator: []string{"استشمام بوی گاز در معبر", "نشتی انشعاب گاز"}},
			{citizen: []string{"شرکت گاز کوچه رو کنده و رها کرده"},
				operator: []string{"عدم ترمیم حفاری شرکت گاز"}},
		}},
	{code: "telecom", agency: "telecom", category: "مخابرات", related: []string{"سایر", "آسفالت و معابر"}, weight: 1.4,
		kinds: []kind{
			{citizen: []string{"کابل تلفن پاره شده و از تیر آویزونه"},
				operator: []string{"آویزان بودن کابل مخابرات"}},
			{citizen: []string{"در کافو مخابرات کنده شده سیم ها بیرونه"},
				operator: []string{"تخریب کافو مخابراتی"}},
			{citizen: []string{"مخابرات ترانشه زده و رفته آسفالت نکرده"},
				operator: []string{"عدم ترمیم حفاری مخابرات"}},
			{citizen: []string{"کابل فیبر نوری رو وسط پیاده رو ول کردن"},
				operator: []string{"آویزان بودن کابل مخابرات"}},
		}},
	{code: "parking", agency: "police", category: "ترافیک و حمل و نقل", related: []string{"سد معبر", "سایر"}, weight: 2.4,
		kinds: []kind{
			{citizen: []string{"یه ماشین جلوی پارکینگ ما پارک کرده نمیتونیم بیرون بریم", "جلوی در خونه رو هر روز میبندن"},
				operator: []string{"پارک خودرو مقابل درب پارکینگ"}},
			{citizen: []string{"ماشین ها دو طرف کوچه پارک میکنن آمبولانس نمیتونه رد شه"},
				operator: []string{"سد معبر با پارک دوبله خودروها"}},
			{citizen: []string{"یه ماشین اسقاطی چند ماهه تو کوچه رها شده"},
				operator: []string{"خودروی رها شده در معبر"}},
		}},
	{code: "health", agency: "other", category: "سایر", related: []string{"خدمات شهری", "بهداشت"}, weight: 0.6,
		kinds: []kind{
			{citizen: []string{"ساندویچی سر کوچه بهداشت رو رعایت نمیکنه"},
				operator: []string{"عدم رعایت بهداشت توسط واحد صنفی", "شکایت از وضعیت بهداشتی مغازه"}},
			{citizen: []string{"قصابی گوشت رو بیرون مغازه آویزون کرده پر از مگسه"},
				operator: []string{"عدم رعایت بهداشت توسط واحد صنفی", "شکایت از وضعیت بهداشتی مغازه"}},
			{citizen: []string{"نانوایی نون خمیر میده و نظافت نداره"},
				operator: []string{"عدم رعایت بهداشت توسط واحد صنفی", "شکایت از وضعیت بهداشتی مغازه"}},
		}},
	{code: "school", agency: "other", category: "سایر", related: []string{"خدمات شهری"}, weight: 0.4,
		kinds: []kind{
			{citizen: []string{"مدرسه دیوارش ترک برداشته و خطرناکه"},
				operator: []string{"شکایت از وضعیت ایمنی مدرسه"}},
			{citizen: []string{"سرویس مدرسه بچه ها رو کنار خیابون پیاده میکنه"},
				operator: []string{"شکایت از وضعیت ایمنی مدرسه"}},
		}},
}

// placeless are general complaints with no place at all: each is its own issue.
var placeless = []struct{ agency, category, text string }{
	{"municipality", "پسماند", "چرا ماشین زباله این روزا انقدر دیر میاد"},
	{"municipality", "پسماند", "ساعت جمع آوری زباله رو اعلام کنید مردم سردرگمن"},
	{"municipality", "حیوانات ولگرد", "تعداد سگ های ولگرد تو شهر خیلی زیاد شده چرا کاری نمیکنید"},
	{"municipality", "خدمات شهری", "شهر خیلی کثیف شده رسیدگی کنید"},
	{"municipality", "سایر", "پیشنهاد میکنم سطل های تفکیک زباله بذارید"},
	{"municipality", "آب‌های سطحی", "هر بار بارون میاد همه جای شهر آب میگیره"},
	{"municipality", "سایر", "چرا تلفن ۱۳۷ جواب نمیده"},
	{"municipality", "ترافیک و حمل و نقل", "ترافیک بلوارا خیلی زیاده یه فکری بکنید"},
	{"power", "روشنایی معابر", "خیلی از کوچه ها شبا تاریکن"},
	{"municipality", "فضای سبز", "چرا درختای شهر رو انقدر هرس میکنید"},
}
