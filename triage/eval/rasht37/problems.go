package rasht37

// kind is one sort of problem: who must act, the category an operator would pick, how
// often it comes, when in the year, and how people describe it. In texts, %s is replaced by
// the place when the writer puts the place into the text.
type kind struct {
	name     string
	agency   string
	category string
	weight   float64
	rainy    bool // peaks in autumn and winter
	parkOnly bool
	operator []string // phone operator's summary
	citizen  []string // app caption, web text, the caller's own words
}

var kinds = []kind{
	{name: "pothole", agency: "municipality", category: "آسفالت و معابر", weight: 16, rainy: true,
		operator: []string{"شهروند از وجود چاله در %s گلایه دارد", "درخواست لکه‌گیری آسفالت %s", "آسفالت %s خراب است و چاله ایجاد شده",
			"تماس گیرنده اعلام کرد آسفالت %s کاملا تخریب شده"},
		citizen: []string{"چاله وسط کوچه، ماشینا میفتن توش", "آسفالت اینجا داغونه", "این چاله رو کی درست میکنید؟",
			"آسفالت کوچه ما چند ماهه خرابه لطفا رسیدگی کنید", "چاله بزرگ جلوی در خونه", "کوچه پر از چاله شده با بارون بدتر شده"}},
	{name: "garbage", agency: "municipality", category: "پسماند", weight: 15,
		operator: []string{"زباله‌های %s جمع آوری نشده", "عدم جمع آوری زباله در %s", "شهروند از عدم تخلیه مخزن زباله %s شکایت دارد",
			"مخزن زباله %s پر شده و زباله‌ها روی زمین ریخته"},
		citizen: []string{"دو روزه ماشین زباله نیومده", "سطل زباله پر شده بو گرفته", "زباله‌ها ریخته وسط کوچه گربه‌ها پخش کردن",
			"لطفا زباله های اینجا رو جمع کنید", "مخزن زباله پره همه جا بو میده"}},
	{name: "surfacewater", agency: "municipality", category: "آبهای سطحی", weight: 9, rainy: true,
		operator: []string{"آبگرفتگی %s بعد از بارندگی", "انسداد کانال آب سطحی در %s", "جوی %s مسدود شده و آب وارد منازل میشود",
			"درخواست لایروبی کانال %s"},
		citizen: []string{"با هر بارون کوچه رو آب میگیره", "جوی آب پر از آشغال شده آب برگشته", "آب تا جلوی در خونه ها اومده",
			"کانال گرفته، آب راه نداره", "آبگرفتگی شدید، نمیشه رد شد"}},
	{name: "debris", agency: "municipality", category: "نخاله ساختمانی", weight: 6,
		operator: []string{"تخلیه نخاله ساختمانی در %s", "نخاله ساختمانی در %s رها شده", "شهروند از ریختن نخاله در %s گلایه دارد"},
		citizen:  []string{"یکی نخاله ساختمونی ریخته اینجا", "نخاله ها چند هفته است مونده", "خاک و نخاله ساختمون کناری کل پیاده رو رو گرفته"}},
	{name: "sidewalk", agency: "municipality", category: "سد معبر", weight: 5,
		operator: []string{"سد معبر توسط مغازه در %s", "اشغال پیاده رو توسط کسبه %s", "مغازه دار اجناس رو در پیاده رو %s چیده"},
		citizen:  []string{"مغازه ها پیاده رو رو گرفتن مجبوریم از خیابون رد شیم", "میوه فروشی کل پیاده رو رو گرفته", "سد معبر، پیاده رو قابل استفاده نیست"}},
	{name: "tree", agency: "municipality", category: "فضای سبز", weight: 5, rainy: true,
		operator: []string{"درخواست هرس درختان %s", "شاخه درخت در %s شکسته و خطرناک است", "سقوط درخت در %s"},
		citizen:  []string{"شاخه های درخت رفته تو سیم ها لطفا هرس کنید", "درخت کج شده ممکنه بیفته", "شاخه شکسته افتاده وسط کوچه"}},
	{name: "park", agency: "municipality", category: "پارک و فضای سبز", weight: 4, parkOnly: true,
		operator: []string{"وسایل بازی پارک %s خراب است", "چراغ های پارک %s خاموش است", "عدم نظافت پارک %s"},
		citizen:  []string{"تاب پارک شکسته بچه ها آسیب میبینن", "چراغای پارک شبا خاموشه", "سرویس بهداشتی پارک خیلی کثیفه", "نیمکت های پارک شکسته"}},
	{name: "dogs", agency: "municipality", category: "حیوانات", weight: 4,
		operator: []string{"وجود سگ‌های ولگرد در %s", "شهروند از سگ های بلاتکلیف در %s گلایه دارد"},
		citizen:  []string{"سگ ها صبح به بچه ها حمله کردن", "چند تا سگ ولگرد شبا اینجا جمع میشن", "سگ ها خیلی زیاد شدن لطفا جمع آوری کنید"}},
	{name: "deadanimal", agency: "municipality", category: "پسماند", weight: 2,
		operator: []string{"لاشه حیوان در %s", "لاشه گربه در %s"},
		citizen:  []string{"یه گربه مرده افتاده اینجا", "لاشه سگ کنار خیابون"}},
	{name: "sweeping", agency: "municipality", category: "خدمات شهری", weight: 4,
		operator: []string{"عدم رفت و روب %s", "درخواست نظافت %s"},
		citizen:  []string{"رفتگر چند وقته نیومده کوچه خیلی کثیفه", "برگ ها جوی رو پر کرده کسی جارو نمیکنه"}},
	{name: "speedbump", agency: "municipality", category: "آسفالت و معابر", weight: 2,
		operator: []string{"درخواست نصب سرعت گیر در %s"},
		citizen:  []string{"ماشین ها با سرعت رد میشن لطفا سرعتگیر بذارید", "سرعت گیر کوچه رو برداشتن دوباره بذارید"}},

	{name: "pipe", agency: "water", category: "آبهای سطحی", weight: 3,
		operator: []string{"ترکیدگی لوله آب در %s", "نشت آب از زیر آسفالت %s"},
		citizen:  []string{"لوله آب ترکیده آب داره هدر میره", "از دیروز آب از زیر آسفالت میجوشه"}},
	{name: "sewage", agency: "water", category: "آبهای سطحی", weight: 2.5, rainy: true,
		operator: []string{"پس زدن فاضلاب در %s", "سرریز منهول فاضلاب در %s"},
		citizen:  []string{"فاضلاب پس زده بوی بد همه جا رو گرفته", "آب کثیف از منهول میاد بیرون"}},
	{name: "watertrench", agency: "water", category: "آسفالت و معابر", weight: 1.5,
		operator: []string{"ترانشه آب و فاضلاب در %s ترمیم نشده", "حفاری آبفا در %s رها شده"},
		citizen:  []string{"آب و فاضلاب کوچه رو کندن و رفتن، ترمیم نکردن", "دریچه منهول آبفا شکسته خطرناکه"}},
	{name: "streetlamp", agency: "power", category: "روشنایی", weight: 5,
		operator: []string{"چراغ های روشنایی %s خاموش است", "خاموشی لامپ تیر برق در %s"},
		citizen:  []string{"چند شبه چراغ برق کوچه خاموشه، خیلی تاریکه", "لامپ تیر برق سوخته", "کوچه تاریکه خانما میترسن رد شن"}},
	{name: "wire", agency: "power", category: "سایر", weight: 1,
		operator: []string{"سیم برق در %s آویزان شده"},
		citizen:  []string{"سیم برق افتاده پایین خیلی خطرناکه"}},
	{name: "gas", agency: "gas", category: "سایر", weight: 1.2,
		operator: []string{"بوی گاز در %s", "حفاری شرکت گاز در %s ترمیم نشده"},
		citizen:  []string{"بوی گاز میاد از کنار علمک", "شرکت گاز کندن و ول کردن رفتن"}},
	{name: "telecom", agency: "telecom", category: "سایر", weight: 1.2,
		operator: []string{"درب کافو مخابرات در %s باز است", "کابل مخابرات در %s پاره شده"},
		citizen:  []string{"در جعبه مخابرات بازه سیم ها بیرونه", "کابل تلفن افتاده رو زمین", "مخابرات کندن ترمیم نکردن"}},
	{name: "parking", agency: "police", category: "سد معبر", weight: 1.3,
		operator: []string{"پارک دوبله خودروها در %s", "خودرو جلوی درب پارکینگ در %s پارک شده"},
		citizen:  []string{"ماشین ها رو پیاده رو پارک میکنن", "هر روز یکی جلوی پارکینگ پارک میکنه نمیتونیم بیرون بیایم"}},
	{name: "racing", agency: "police", category: "سایر", weight: 0.5,
		operator: []string{"ویراژ موتورسواران در %s شبها"},
		citizen:  []string{"شبا موتوریا ویراژ میدن صداشون نمیذاره بخوابیم"}},
	{name: "noise", agency: "other", category: "سایر", weight: 1,
		operator: []string{"آلودگی صوتی کارگاه در %s", "دود نانوایی در %s"},
		citizen:  []string{"کارگاه تا نصف شب کار میکنه صداش اذیت میکنه", "دود نانوایی میاد تو خونه ها"}},
}
