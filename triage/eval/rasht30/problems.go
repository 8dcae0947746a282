package rasht30

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

// problem is one kind of fault: who must act, how the operator files it, how often and in
// which season it happens, how many requests an issue of it draws, and how people word it.
type problem struct {
	key, agency string
	category    string   // the category a careful operator picks
	wrongCat    []string // the categories a hurried operator picks instead
	weight      float64  // share of issues
	wet         bool     // far more common in the rainy months (Mehr to Esfand)
	onStreet    bool     // the spot is a block of a street, not an alley
	draw        float64  // how much more than the ordinary issue it draws (garbage point, flood)
	operator    []string // the operator's summaries, third person
	citizen     []string // the citizen's own words (app, web, in person)
	finglish    []string
}

var problems = []problem{
	{key: "pothole", agency: municipality, category: "آسفالت و ابنیه", wrongCat: []string{"عمران", "ترافیک"}, weight: 13, draw: 1.3,
		operator: []string{"شهروند از وجود چاله و خرابی آسفالت گلایه دارد", "آسفالت معبر تخریب شده و چاله ایجاد شده است",
			"درخواست لکه‌گیری آسفالت کوچه", "آسفالت کوچه کاملا خراب است و خودرو به سختی عبور می‌کند"},
		citizen: []string{"آسفالت کوچه خیلی خرابه چاله‌ها پر از آب میشه", "چاله وسط کوچه خطرناکه موتوری افتاد",
			"کوچه ما سالهاست آسفالت نشده", "لطفا آسفالت کوچه رو درست کنید", "این همه چاله تو کوچه هیچکس رسیدگی نمیکنه"},
		finglish: []string{"asfalte kooche kharabe chale dare", "lotfan asfalt konid kooche ro"}},
	{key: "trench", agency: municipality, category: "آسفالت و ابنیه", wrongCat: []string{"حفاری"}, weight: 2,
		operator: []string{"ترانشه حفاری شده پس از اتمام کار ترمیم نشده", "محل حفاری پیمانکار شهرداری رها شده است"},
		citizen:  []string{"کوچه رو کندن برای جدول کشی ولی درستش نکردن", "بعد از جدول گذاری خاک و سنگ وسط کوچه مونده"}},
	{key: "garbage", agency: municipality, category: "پسماند", wrongCat: []string{"خدمات شهری", "نظافت"}, weight: 14, draw: 1.3,
		operator: []string{"زباله‌ها چند روز است جمع‌آوری نشده", "شهروند از عدم جمع‌آوری زباله گلایه دارد",
			"مخزن زباله پر شده و زباله‌ها در معبر ریخته است", "درخواست جمع‌آوری زباله و شستشوی مخزن"},
		citizen: []string{"سه روزه زباله‌ها رو نبردن بوی بدش همه جا رو گرفته", "مخزن زباله پره گربه‌ها همه رو ریختن تو کوچه",
			"ماشین زباله این هفته نیومده", "لطفا سطل زباله بذارید اینجا همه زباله رو کنار خیابون میریزن"},
		finglish: []string{"ashghala ro 3 roze nabordan", "zobale jam nashode bo mide"}},
	{key: "sweeping", agency: municipality, category: "رفت و روب", wrongCat: []string{"پسماند", "خدمات شهری"}, weight: 4,
		operator: []string{"معبر جاروکشی نشده و برگ و خاک انباشته شده", "درخواست رفت و روب کوچه"},
		citizen:  []string{"برگ درختا کل کوچه رو گرفته کسی جارو نمیکنه", "رفتگر چند هفته است نیومده"}},
	{key: "surface", agency: municipality, category: "آبهای سطحی", wrongCat: []string{"فاضلاب", "آب و فاضلاب"}, weight: 10, wet: true, draw: 1.6,
		operator: []string{"آب باران در معبر جمع شده و تخلیه نمی‌شود", "کانال آب سطحی مسدود شده و آب وارد منازل می‌شود",
			"جوی کنار خیابان گرفته و آبگرفتگی ایجاد شده", "درخواست لایروبی کانال"},
		citizen: []string{"با هر بارون کوچه میشه دریاچه", "جوی آب گرفته آب اومده تو حیاط", "آبگرفتگی شدید تقاطع ماشینا گیر کردن",
			"کانال پر از آشغاله آب رد نمیشه", "آب بارون تا زانو بالا اومده"},
		finglish: []string{"ab gerefteghi shadid kooche ab raft too hayat", "joob gerefte ab sare kooche mande"}},
	{key: "tree", agency: municipality, category: "فضای سبز", wrongCat: []string{"خدمات شهری"}, weight: 5,
		operator: []string{"درخواست هرس درختان معبر", "درخت در حال سقوط است و خطرساز شده", "شاخه درخت روی سیم‌ها افتاده"},
		citizen:  []string{"درخت کج شده ممکنه رو ماشینا بیفته", "شاخه‌های درخت جلوی دید رو گرفته لطفا هرس کنید", "طوفان دیشب درخت رو انداخت وسط کوچه"}},
	{key: "park", agency: municipality, category: "فضای سبز", wrongCat: []string{"سایر"}, weight: 3, onStreet: true,
		operator: []string{"وسایل بازی پارک شکسته و خطرناک است", "چمن پارک رسیدگی نشده", "روشنایی داخل پارک خاموش است"},
		citizen:  []string{"تاب پارک شکسته بچه‌ها آسیب میبینن", "سرویس بهداشتی پارک کثیفه و بسته است", "چراغای پارک شبا خاموشه"}},
	{key: "dogs", agency: municipality, category: "حیوانات ولگرد", wrongCat: []string{"سایر", "بهداشت محیط"}, weight: 5,
		operator: []string{"وجود سگ‌های ولگرد و ایجاد مزاحمت برای اهالی", "سگ ولگرد به عابرین حمله کرده"},
		citizen:  []string{"چند تا سگ ولگرد شبا تو کوچه‌ان بچه‌ها میترسن", "سگا دنبال دانش‌آموزا میکنن", "سگ ولگرد زباله‌ها رو پخش میکنه"},
		finglish: []string{"sag velgard too kooche ziad shode"}},
	{key: "debris", agency: municipality, category: "نخاله ساختمانی", wrongCat: []string{"پسماند", "سد معبر"}, weight: 5,
		operator: []string{"تخلیه نخاله ساختمانی در معبر", "نخاله ساختمانی چند هفته است در کوچه رها شده"},
		citizen:  []string{"یه نفر شبونه نخاله خالی کرده سر کوچه", "نخاله‌های ساختمون همسایه راه رو بسته"}},
	{key: "sidewalk", agency: municipality, category: "سد معبر", wrongCat: []string{"ترافیک", "سایر"}, weight: 4, onStreet: true,
		operator: []string{"مغازه‌دار اجناس را در پیاده‌رو گذاشته و سد معبر کرده", "سد معبر توسط دستفروشان"},
		citizen:  []string{"پیاده رو رو کامل گرفتن مجبوریم از وسط خیابون رد شیم", "میوه فروشی کل پیاده‌رو رو گرفته"}},
	{key: "bump", agency: municipality, category: "ترافیک", wrongCat: []string{"آسفالت و ابنیه"}, weight: 2,
		operator: []string{"درخواست نصب سرعت‌گیر", "سرعت‌گیر غیراستاندارد و خطرساز است"},
		citizen:  []string{"ماشینا با سرعت زیاد رد میشن یه سرعتگیر بذارید", "سرعت گیر کوچه خیلی بلنده ماشین زیرش میخوره"}},
	{key: "manhole", agency: municipality, category: "آبهای سطحی", wrongCat: []string{"آسفالت و ابنیه"}, weight: 2,
		operator: []string{"دریچه کانال شکسته و خطر سقوط دارد", "درپوش جوی برداشته شده"},
		citizen:  []string{"دریچه کانال شکسته یکی پاش رفت توش", "درپوش جوب رو بردن خطرناکه"}},

	{key: "lights", agency: power, category: "روشنایی معابر", wrongCat: []string{"برق", "سایر"}, weight: 4.5, draw: 1.2,
		operator: []string{"روشنایی معبر خاموش است", "چراغ‌های برق کوچه چند شب است روشن نمی‌شود", "لامپ تیر برق سوخته"},
		citizen:  []string{"کوچه شبا کاملا تاریکه", "چراغ تیر برق سوخته خیلی وقته", "چراغای خیابون خاموشه شب خطرناکه"},
		finglish: []string{"cheragh kooche khamooshe shab tarike"}},
	{key: "pole", agency: power, category: "برق", wrongCat: []string{"روشنایی معابر", "سایر"}, weight: 1.5,
		operator: []string{"تیر برق کج شده و خطر سقوط دارد", "سیم برق آویزان شده"},
		citizen:  []string{"سیم برق افتاده پایین خطر برق گرفتگی داره", "تیر برق کج شده رو خونه‌ها"}},
	{key: "sewage", agency: water, category: "فاضلاب", wrongCat: []string{"آبهای سطحی", "خدمات شهری"}, weight: 3,
		operator: []string{"پس زدن فاضلاب در معبر", "منهول فاضلاب سرریز کرده و بوی بد دارد", "آب فاضلاب در کوچه جاری است"},
		citizen:  []string{"فاضلاب زده بیرون بوی تعفن همه جا رو برداشته", "از منهول آب سیاه بیرون میاد"}},
	{key: "pipe", agency: water, category: "آب", wrongCat: []string{"آبهای سطحی", "سایر"}, weight: 2,
		operator: []string{"شکستگی لوله آب و هدررفت آب", "حفاری اداره آب ترمیم نشده"},
		citizen:  []string{"لوله آب ترکیده آب داره هدر میره", "اداره آب کوچه رو کند و ول کرد رفت"}},
	{key: "gas", agency: gas, category: "سایر", wrongCat: []string{"گاز", "خدمات شهری"}, weight: 1.5,
		operator: []string{"بوی گاز در معبر استشمام می‌شود", "لوله گاز در اثر حفاری آسیب دیده", "ترانشه گاز پس از لوله‌کشی رها شده"},
		citizen:  []string{"بوی گاز میاد سر کوچه", "شرکت گاز کوچه رو کند درستش نکرد"}},
	{key: "telecom", agency: telecom, category: "سایر", wrongCat: []string{"برق"}, weight: 1.5,
		operator: []string{"جعبه مخابرات باز و سیم‌ها بیرون است", "کابل مخابرات آویزان شده"},
		citizen:  []string{"کابل تلفن پاره شده آویزونه", "در جعبه مخابرات کنده شده"}},
	{key: "parking", agency: police, category: "ترافیک", wrongCat: []string{"سد معبر", "سایر"}, weight: 2,
		operator: []string{"پارک خودرو جلوی درب پارکینگ", "خودروها کوچه را مسدود کرده‌اند", "خودروی رها شده چند ماه است در کوچه است"},
		citizen:  []string{"هر روز جلو پارکینگ ماشین پارک میکنن", "ماشین اسقاطی ماه‌هاست تو کوچه مونده"}},
	{key: "noise", agency: police, category: "سایر", wrongCat: []string{"خدمات شهری"}, weight: 1,
		operator: []string{"مزاحمت صوتی و سروصدا در ساعات شب", "تجمع جوانان و ایجاد مزاحمت شبانه"},
		citizen:  []string{"هر شب موتورسوارا با صدای بلند رد میشن", "سروصدای کارگاه تا نصف شب"}},
	{key: "building", agency: other, category: "سایر", wrongCat: []string{"عمران"}, weight: 0.7,
		operator: []string{"ساختمان قدیمی در حال ریزش است", "دیوار خانه متروکه در حال فروریختن"},
		citizen:  []string{"دیوار خونه خرابه داره میریزه تو کوچه"}},
	{key: "hygiene", agency: other, category: "بهداشت محیط", wrongCat: []string{"سایر", "پسماند"}, weight: 0.5,
		operator: []string{"عدم رعایت بهداشت توسط واحد صنفی"},
		citizen:  []string{"قصابی سر کوچه ضایعات رو میریزه تو جوب"}},
}

// vagueCategories are what an operator picks when in doubt.
var vagueCategories = []string{"سایر", "خدمات شهری", ""}
