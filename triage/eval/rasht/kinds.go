package rasht

import "github.com/tafkik/tafkik"

// placeLevel is how precisely a kind of problem sits on the map.
type placeLevel int

const (
	atAlley  placeLevel = iota // an alley or a dead end, sometimes a plate
	atStreet                   // a spot on a street, usually by a landmark or a plate
	atSquare                   // a square
	atPark                     // a neighbourhood park
	atArea                     // a street or neighbourhood as a whole (a power cut, a water cut)
	atNone                     // the place is not what the request is about (a pension)
)

// Operator categories as a 137 desk in Gilan might name them.
const (
	catAsphalt  = "آسفالت و ترمیم معابر"
	catGarbage  = "پسماند و نظافت شهری"
	catDebris   = "نخاله و ضایعات ساختمانی"
	catSurface  = "آب‌های سطحی و کانال‌ها"
	catGreen    = "فضای سبز و درختان"
	catAnimals  = "حیوانات بلاصاحب"
	catBuild    = "ساخت و ساز و تخلفات ساختمانی"
	catObstruct = "سد معبر"
	catSidewalk = "پیاده‌رو و جدول‌گذاری"
	catLight    = "روشنایی معابر"
	catTraffic  = "ترافیک و علائم"
	catPest     = "بهداشت محیط"
	catNoise    = "آلودگی صوتی"
	catPark     = "پارک‌ها و بوستان‌ها"
	catTransit  = "حمل و نقل عمومی"
	catOther    = "سایر"
	catOutside  = "خارج از حوزه شهرداری"
	catWater    = "آب و فاضلاب"
	catPower    = "برق"
	catGas      = "گاز"
	catTelecom  = "مخابرات"
	catPolice   = "انتظامی"
)

// kind is one sort of problem: who must act, how it is reported and how its episodes run.
type kind struct {
	code   string
	agency tafkik.Agency
	cat    string   // the right category
	wrong  []string // categories an operator picks by mistake
	weight float64  // relative number of issues
	scale  float64  // multiplies the number of requests per issue
	span   [2]int   // episode length in days, min and max
	levels []placeLevel
	say    []string // a citizen's own sentence about it
	noun   []string // what an operator writes after «شهروند از ...»
	ask    []string // what is asked for, after «درخواست ...»
	short  []string // bare, generic texts
	fing   []string // Finglish
	detail []string // what else people add
	// facets is set when say lists different problems rather than ways to say one: an
	// issue then keeps to one of them, and operators write from it, not from noun.
	facets bool
}

func init() {
	for _, k := range kinds {
		switch k.code {
		case "bin", "building_illegal", "markings", "park_upkeep", "pests", "ruin", "posters", "bus_stop",
			"water_cut", "water_main", "power_pole", "telecom", "parking", "neighbour_noise", "other_agency",
			"sidewalk", "shop_obstruction", "speed_bump", "tree_prune", "dead_animal":
			k.facets = true
		}
	}
}

var kinds = []*kind{
	// ---- the municipality's ----
	{code: "asphalt", agency: tafkik.AgencyMunicipality, cat: catAsphalt, wrong: []string{catSidewalk, catTraffic}, weight: 10, scale: 1.4, span: [2]int{20, 240},
		levels: []placeLevel{atAlley, atAlley, atAlley, atStreet, atSquare},
		say: []string{"آسفالت کوچه کاملا خراب شده و پر از چاله است", "چاله‌های بزرگی وسط کوچه ایجاد شده", "آسفالت ترک خورده و چاله چوله شده",
			"ماشین‌ها توی چاله‌ها گیر می‌کنند", "کوچه سال‌هاست آسفالت نشده", "یک چاله عمیق وسط معبر هست که خطرناک است",
			"آسفالت این قسمت نشست کرده و گود شده", "با هر بارندگی چاله‌ها پر آب می‌شود و معلوم نیست کجا چاله است",
			"کوچه ما خاکی شده، آسفالتی باقی نمانده", "لکه‌گیری که کردید دوباره خراب شد", "خیابان خراب است", "آسفالت داغون شده"},
		noun:  []string{"خرابی آسفالت", "وجود چاله در معبر", "فرسودگی آسفالت", "نشست آسفالت", "عدم آسفالت کوچه"},
		ask:   []string{"لکه‌گیری و ترمیم آسفالت", "آسفالت مجدد کوچه", "پر کردن چاله‌ها", "روکش آسفالت"},
		short: []string{"خیابان خراب است", "آسفالت خراب", "چاله", "کوچه خرابه", "آسفالت کوچه"},
		fing:  []string{"asfalt kharab ast", "kooche por az chale ast", "asfalt kooche kharabe", "chale vasate kooche"},
		detail: []string{"ماشینم آسیب دید", "بچه‌ها موقع مدرسه رفتن زمین می‌خورند", "سالمندان نمی‌توانند رد شوند", "لاستیک ماشینم پاره شد",
			"موتورسوار دیشب زمین خورد", "شب‌ها دیده نمی‌شود"}},
	{code: "garbage", agency: tafkik.AgencyMunicipality, cat: catGarbage, wrong: []string{catPest, catDebris}, weight: 10, scale: 1.3, span: [2]int{3, 60},
		levels: []placeLevel{atAlley, atAlley, atStreet, atStreet, atSquare},
		say: []string{"زباله‌ها چند روز است جمع‌آوری نشده", "ماشین زباله چند شب است نیامده", "سطل زباله پر شده و زباله‌ها روی زمین ریخته",
			"بوی تعفن زباله همه جا را گرفته", "کیسه‌های زباله را گربه‌ها پاره کرده‌اند", "جای زباله سر کوچه شده آشغالدونی",
			"مخزن زباله سرریز شده", "زباله‌ها را کنار دیوار تلنبار کرده‌اند و کسی جمع نمی‌کند", "آشغال‌ها مانده و بو می‌دهد"},
		noun:   []string{"عدم جمع‌آوری زباله", "انباشت زباله", "سرریز مخزن زباله", "تجمع پسماند"},
		ask:    []string{"جمع‌آوری زباله", "تخلیه مخزن", "نظافت محل"},
		short:  []string{"زباله", "آشغال جمع نشده", "زباله‌ها مانده", "زباله جمع نمیشه"},
		fing:   []string{"ashghal jam nemishe", "zobale ha moonde", "mashin zobale nayoomade"},
		detail: []string{"بوی بد تا داخل خانه می‌آید", "موش زیاد شده", "سگ‌ها زباله‌ها را پخش می‌کنند", "بچه‌ها مریض شدند"}},
	{code: "bin", agency: tafkik.AgencyMunicipality, cat: catGarbage, wrong: []string{catOther}, weight: 2.5, scale: 0.7, span: [2]int{5, 60},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"مخزن زباله سر کوچه شکسته و چرخ ندارد|سطل زباله کوچه شکسته|مخزن زباله خراب شده و زباله از زیرش می‌ریزد|چرخ مخزن زباله کنده شده", "سطل زباله را برده‌اند و جایش خالی است|مخزن زباله کوچه را برداشته‌اند و مردم زباله را روی زمین می‌گذارند|کوچه سطل زباله ندارد", "مخزن زباله را درست جلوی درب منزل ما گذاشته‌اند لطفا جابجا کنید|جای مخزن زباله جلوی خانه ماست و بو می‌دهد، جابجا کنید|سطل آشغال را از جلوی در ما بردارید"},
		noun:   []string{"شکستگی مخزن زباله", "نبود مخزن زباله", "جانمایی نامناسب مخزن زباله"},
		ask:    []string{"نصب مخزن زباله", "تعویض مخزن", "جابجایی مخزن زباله"},
		short:  []string{"سطل زباله", "مخزن شکسته"}},
	{code: "debris", agency: tafkik.AgencyMunicipality, cat: catDebris, wrong: []string{catGarbage, catBuild}, weight: 4, scale: 1, span: [2]int{5, 60},
		levels: []placeLevel{atAlley, atStreet},
		say: []string{"نخاله ساختمانی وسط کوچه رها شده", "یک نفر شبانه خاک و نخاله خالی کرده", "نخاله‌های بنایی کنار جوی ریخته شده",
			"کیسه‌های گچ و آجر شکسته جلوی در خانه ما ریخته‌اند", "ضایعات ساختمانی چند هفته است مانده"},
		noun:  []string{"تخلیه نخاله ساختمانی", "رهاسازی ضایعات ساختمانی", "وجود نخاله در معبر"},
		ask:   []string{"جمع‌آوری نخاله", "برخورد با متخلف تخلیه نخاله"},
		short: []string{"نخاله", "خاک و نخاله"},
		fing:  []string{"nakhale rikhtan too kooche"}},
	{code: "sweeping", agency: tafkik.AgencyMunicipality, cat: catGarbage, wrong: []string{catOther}, weight: 3, scale: 1, span: [2]int{3, 40},
		levels: []placeLevel{atAlley, atStreet, atSquare},
		say: []string{"رفتگر مدت‌هاست به این کوچه نیامده", "برگ درختان همه جوی‌ها را پر کرده", "کوچه خیلی کثیف است و جارو نمی‌شود",
			"خاک و گل کنار خیابان جمع شده", "پیاده‌رو پر از برگ و آشغال است"},
		noun:  []string{"عدم رفت و روب", "کثیفی معبر", "عدم نظافت کوچه"},
		ask:   []string{"رفت و روب", "نظافت معبر", "جارو کشی"},
		short: []string{"نظافت", "کوچه کثیف است"}},
	{code: "surface_water", agency: tafkik.AgencyMunicipality, cat: catSurface, wrong: []string{catWater, catAsphalt}, weight: 8, scale: 1.3, span: [2]int{1, 20},
		levels: []placeLevel{atAlley, atAlley, atStreet, atSquare},
		say: []string{"جوی آب کوچه گرفته و با هر بارون آب میاد تو کوچه", "آب باران در کوچه جمع شده و راه رفتن ممکن نیست",
			"کانال آب‌های سطحی پر از لجن و برگ شده", "بعد از بارندگی آبگرفتگی شدید داریم", "دهانه کانال آب باران بسته شده",
			"آب باران وارد حیاط خانه‌ها شده", "آب پشت جدول مانده و راه ندارد", "جوی وسط کوچه لایروبی نشده", "کل خیابان را آب گرفته، باران که میاد دریاچه می‌شود"},
		noun:   []string{"آبگرفتگی معبر", "گرفتگی جوی و کانال", "عدم لایروبی کانال آب‌های سطحی", "تجمع آب باران"},
		ask:    []string{"لایروبی جوی", "تخلیه آب", "بازگشایی دهانه کانال", "لایروبی کانال"},
		short:  []string{"آبگرفتگی", "جوی گرفته", "کوچه رو آب گرفته"},
		fing:   []string{"joob gerefte ab omade too kooche", "ab gereftegi shadid"},
		detail: []string{"ماشین‌ها که رد می‌شوند آب می‌پاشد به عابرین", "پارکینگ خانه را آب گرفت", "این وضع هر سال تکرار می‌شود", "آب بوی لجن می‌دهد"}},
	{code: "tree_prune", agency: tafkik.AgencyMunicipality, cat: catGreen, wrong: []string{catOther}, weight: 4, scale: 0.9, span: [2]int{10, 90},
		levels: []placeLevel{atAlley, atStreet, atPark},
		say:    []string{"درخت جلوی خانه نیاز به هرس دارد|شاخه‌های درخت چنار جلوی پنجره را گرفته|درخواست هرس درختان کوچه را داریم|درخت کنار پیاده‌رو خیلی بزرگ شده و شاخه‌هایش به سر عابرین می‌خورد|شاخه‌ها جلوی تابلو را گرفته", "ریشه درخت پیاده‌رو را بلند کرده|ریشه‌های درخت کف پیاده‌رو را شکسته", "درخت خشک شده و ممکن است بیفتد|یک درخت خشک کنار کوچه هست که خطرناک است|درخت خشکیده را قطع کنید"},
		noun:   []string{"نیاز به هرس درختان", "خشک شدن درخت", "رشد بیش از حد شاخه‌ها"},
		ask:    []string{"هرس درختان", "قطع درخت خشک", "سرشاخه‌زنی"},
		short:  []string{"هرس درخت", "درخت"},
		fing:   []string{"derakht niaz be hars dare"}},
	{code: "tree_fallen", agency: tafkik.AgencyMunicipality, cat: catGreen, wrong: []string{catOther, catAsphalt}, weight: 2, scale: 1.2, span: [2]int{0, 3},
		levels: []placeLevel{atAlley, atStreet, atPark},
		say: []string{"با باد دیشب درخت افتاده وسط کوچه", "یک درخت بزرگ روی ماشین‌ها افتاده", "شاخه بزرگی شکسته و راه را بسته",
			"درخت از ریشه درآمده و افتاده روی پیاده‌رو"},
		noun:  []string{"سقوط درخت", "شکستن شاخه درخت و انسداد معبر"},
		ask:   []string{"جمع‌آوری درخت افتاده", "بازگشایی معبر"},
		short: []string{"درخت افتاده"}},
	{code: "dogs", agency: tafkik.AgencyMunicipality, cat: catAnimals, wrong: []string{catPest, catOther}, weight: 5, scale: 1.2, span: [2]int{10, 120},
		levels: []placeLevel{atAlley, atStreet, atPark},
		say: []string{"سگ‌های ولگرد در کوچه زیاد شده‌اند", "یک گله سگ شب‌ها به رهگذران حمله می‌کنند", "سگ‌های بلاصاحب بچه‌ها را می‌ترسانند",
			"دیروز سگ به همسایه ما حمله کرد", "صدای پارس سگ‌ها تا صبح نمی‌گذارد بخوابیم", "چند سگ ولگرد کنار زباله‌ها لانه کرده‌اند"},
		noun:  []string{"وجود سگ‌های ولگرد", "تجمع سگ‌های بلاصاحب", "حمله سگ‌های ولگرد"},
		ask:   []string{"جمع‌آوری سگ‌های ولگرد", "ساماندهی حیوانات بلاصاحب"},
		short: []string{"سگ ولگرد", "سگ‌ها"},
		fing:  []string{"sag haye velgard ziad shodan"}},
	{code: "building_illegal", agency: tafkik.AgencyMunicipality, cat: catBuild, wrong: []string{catOther}, weight: 3, scale: 1, span: [2]int{10, 120},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"همسایه بدون مجوز طبقه اضافه می‌سازد|ساختمان کناری بدون پروانه دارد طبقه پنجم را می‌سازد|اضافه بنای غیرمجاز روی پشت‌بام همسایه", "یک نفر پیاده‌رو را جزو ملکش کرده و دیوار کشیده|مالک ملک دیوارش را جلو آورده و پیاده‌رو را گرفته|دیوار خانه‌ای که تازه ساخته شده نصف پیاده‌رو را تصرف کرده", "بالکن ساختمان نوساز تا وسط کوچه جلو آمده|پیش‌آمدگی ساختمان نوساز روی کوچه غیرمجاز است", "تغییر کاربری غیرمجاز مسکونی به تجاری|همسایه خانه مسکونی را کارگاه کرده|پارکینگ ساختمان را مغازه کرده‌اند"},
		noun:   []string{"ساخت و ساز غیرمجاز", "تخلف ساختمانی", "تصرف معبر توسط ملک مجاور"},
		ask:    []string{"بازدید و برخورد با تخلف ساختمانی", "جلوگیری از ساخت غیرمجاز"},
		short:  []string{"ساخت غیرمجاز"}},
	{code: "building_noise", agency: tafkik.AgencyMunicipality, cat: catBuild, wrong: []string{catNoise, catPolice}, weight: 3, scale: 1, span: [2]int{5, 60},
		levels: []placeLevel{atAlley, atStreet},
		say: []string{"کارگاه ساختمانی از شش صبح سر و صدا دارد", "ساختمان‌سازی تا نیمه شب با دستگاه کار می‌کنند و صدای بتونیر نمی‌گذارد بخوابیم",
			"صدای تخریب ساختمان کنار خانه ما غیر قابل تحمل است", "جمعه‌ها هم کارگرهای ساختمان همسایه با پیکور کار می‌کنند",
			"گرد و خاک و سر و صدای ساختمان نیمه‌کاره همه را اذیت کرده"},
		noun:  []string{"سر و صدای کارگاه ساختمانی", "آلودگی صوتی ناشی از ساخت و ساز", "فعالیت کارگاه ساختمانی در ساعات غیرمجاز"},
		ask:   []string{"رسیدگی به ساعت کار کارگاه ساختمانی"},
		short: []string{"سر و صدای ساختمان"}},
	{code: "materials", agency: tafkik.AgencyMunicipality, cat: catObstruct, wrong: []string{catBuild, catDebris}, weight: 3, scale: 1, span: [2]int{5, 60},
		levels: []placeLevel{atAlley, atStreet},
		say: []string{"مصالح ساختمانی را وسط کوچه ریخته‌اند و ماشین رد نمی‌شود", "شن و ماسه ساختمان همسایه نیمی از کوچه را بسته",
			"داربست ساختمان روی پیاده‌رو است و مردم از وسط خیابان رد می‌شوند", "آجر و تیرآهن روی پیاده‌رو رها شده"},
		noun:  []string{"رهاسازی مصالح ساختمانی در معبر", "انسداد معبر با مصالح"},
		ask:   []string{"رفع سد معبر مصالح ساختمانی"},
		short: []string{"مصالح تو کوچه"}},
	{code: "shop_obstruction", agency: tafkik.AgencyMunicipality, cat: catObstruct, wrong: []string{catPolice, catTraffic}, weight: 4, scale: 1, span: [2]int{10, 90},
		levels: []placeLevel{atStreet, atStreet, atSquare},
		say:    []string{"مغازه‌دار اجناسش را روی پیاده‌رو چیده و جای رد شدن نیست|مغازه‌ها پیاده‌رو را اشغال کرده‌اند و با کالسکه نمی‌شود رد شد|کسبه جنس‌هایشان را روی پیاده‌رو گذاشته‌اند", "میوه‌فروشی جعبه‌هایش را تا لب خیابان گذاشته|میوه فروشی کل پیاده‌رو را با جعبه میوه گرفته|بار میوه‌فروشی روی پیاده‌رو است", "تعمیرگاه ماشین‌ها را روی پیاده‌رو تعمیر می‌کند|مکانیکی پیاده‌رو را کارگاه کرده|صافکاری روی پیاده‌رو کار می‌کند و روغن ریخته", "صندلی‌های کافه کل پیاده‌رو را گرفته|کافه میز و صندلی روی پیاده‌رو گذاشته"},
		noun:   []string{"سد معبر توسط کسبه", "اشغال پیاده‌رو توسط مغازه‌داران"},
		ask:    []string{"رفع سد معبر", "برخورد با سد معبر کسبه"},
		short:  []string{"سد معبر"},
		fing:   []string{"maghaze ajnas ro gozashte roo piade ro"}},
	{code: "vendors", agency: tafkik.AgencyMunicipality, cat: catObstruct, wrong: []string{catOther}, weight: 2, scale: 1, span: [2]int{10, 90},
		levels: []placeLevel{atStreet, atSquare},
		say:    []string{"دستفروش‌ها پیاده‌رو را بسته‌اند", "وانتی‌ها کنار خیابان بساط کرده‌اند و ترافیک می‌شود", "بساط دستفروشان جلوی مغازه‌ها را گرفته"},
		noun:   []string{"سد معبر دستفروشان", "حضور وانت‌بارهای میوه‌فروش"},
		ask:    []string{"ساماندهی دستفروشان"},
		short:  []string{"دستفروش"}},
	{code: "sidewalk", agency: tafkik.AgencyMunicipality, cat: catSidewalk, wrong: []string{catAsphalt}, weight: 4, scale: 1, span: [2]int{10, 150},
		levels: []placeLevel{atStreet, atStreet, atAlley},
		say:    []string{"سنگ‌فرش پیاده‌رو کنده شده|سنگ‌های پیاده‌رو کنده شده و جایش چاله است|کف‌پوش پیاده‌رو خراب شده|پیاده‌رو پستی و بلندی دارد و افراد مسن زمین می‌خورند", "جدول کنار خیابان شکسته|جدول‌ها شکسته و ریخته داخل جوی|جدول‌گذاری کنار خیابان خراب است", "موزاییک‌های پیاده‌رو لق است و آب می‌پاشد به لباس|موزاییک‌ها لق شده و موقع باران گل می‌پاشد", "رمپ ویلچر پیاده‌رو خراب است|پیاده‌رو برای ویلچر و کالسکه رمپ ندارد"},
		noun:   []string{"خرابی پیاده‌رو", "شکستگی جدول", "تخریب سنگ‌فرش"},
		ask:    []string{"ترمیم پیاده‌رو", "تعویض جدول"},
		short:  []string{"پیاده‌رو خراب"}},
	{code: "park_light", agency: tafkik.AgencyMunicipality, cat: catPark, wrong: []string{catLight, catPower}, weight: 3, scale: 1, span: [2]int{5, 60},
		levels: []placeLevel{atPark},
		say: []string{"چراغ‌های پارک شب‌ها خاموش است", "پارک تاریک است و خانواده‌ها نمی‌توانند بیایند", "لامپ‌های داخل پارک سوخته",
			"روشنایی پارک خراب است و شب‌ها جای معتادها شده", "چراغ‌های مسیر پیاده‌روی پارک کار نمی‌کنند"},
		noun:  []string{"خاموشی چراغ‌های پارک", "نقص روشنایی بوستان"},
		ask:   []string{"تعمیر روشنایی پارک"},
		short: []string{"پارک تاریکه"},
		fing:  []string{"cheragh haye park khamoushe"}},
	{code: "park_upkeep", agency: tafkik.AgencyMunicipality, cat: catPark, wrong: []string{catGreen, catOther}, weight: 3, scale: 1, span: [2]int{5, 90},
		levels: []placeLevel{atPark},
		say:    []string{"وسایل بازی بچه‌ها در پارک شکسته و خطرناک است|تاب و سرسره پارک شکسته|وسایل بازی پارک زنگ زده و خراب است|سرسره پارک لبه تیز دارد و بچه‌ها زخمی می‌شوند", "نیمکت‌های پارک شکسته|جایی برای نشستن در پارک نیست، نیمکت‌ها خراب است|صندلی‌های پارک را شکسته‌اند", "سرویس بهداشتی پارک کثیف و قفل است|دستشویی پارک همیشه بسته است|توالت پارک خیلی کثیف است", "چمن پارک آبیاری نمی‌شود و خشک شده|فضای سبز پارک خشک شده|گل‌ها و چمن پارک از بی‌آبی زرد شده", "آبخوری پارک خراب است|شیر آبخوری پارک کار نمی‌کند", "سطل‌های زباله پارک پر است|زباله‌های پارک جمع نمی‌شود|پارک پر از آشغال است"},
		noun:   []string{"خرابی وسایل بازی پارک", "عدم نگهداری بوستان", "کثیفی سرویس بهداشتی پارک"},
		ask:    []string{"تعمیر وسایل پارک", "رسیدگی به پارک"},
		short:  []string{"پارک"}},
	{code: "speed_bump", agency: tafkik.AgencyMunicipality, cat: catTraffic, wrong: []string{catPolice, catAsphalt}, weight: 3, scale: 0.9, span: [2]int{10, 150},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"ماشین‌ها با سرعت زیاد از کوچه رد می‌شوند، سرعت‌گیر لازم است|درخواست نصب سرعت‌گیر داریم|کوچه سرعت‌گیر ندارد و ماشین‌ها ویراژ می‌دهند|جلوی مدرسه سرعت‌گیر نیست و بچه‌ها در خطرند", "سرعت‌گیر کوچه خیلی بلند است و زیر ماشین می‌خورد|سرعت‌گیر غیر استاندارد است و ماشین‌ها آسیب می‌بینند|سرعت‌گیر را کوتاه‌تر کنید"},
		noun:   []string{"نبود سرعت‌گیر", "ارتفاع نامناسب سرعت‌گیر"},
		ask:    []string{"نصب سرعت‌گیر", "اصلاح سرعت‌گیر"},
		short:  []string{"سرعت گیر"},
		fing:   []string{"sorat gir lazem darim"}},
	{code: "markings", agency: tafkik.AgencyMunicipality, cat: catTraffic, wrong: []string{catPolice}, weight: 2, scale: 0.8, span: [2]int{10, 120},
		levels: []placeLevel{atStreet, atSquare},
		say:    []string{"خط‌کشی عابر پیاده پاک شده|خط عابر پیاده دیگر دیده نمی‌شود|گذرگاه عابر پیاده رنگ ندارد", "تابلوی ورود ممنوع افتاده|تابلوی ورود ممنوع را باد انداخته|تابلو ورود ممنوع کج شده و دیده نمی‌شود", "تابلوی نام کوچه وجود ندارد|پلاک و تابلوی اسم کوچه نیست و آدرس پیدا نمی‌شود", "آینه محدب سر پیچ شکسته|آینه سر پیچ کوچه شکسته و تصادف می‌شود"},
		noun:   []string{"پاک شدن خط‌کشی عابر پیاده", "نبود تابلو", "شکستگی تابلو"},
		ask:    []string{"خط‌کشی عابر پیاده", "نصب تابلو"},
		short:  []string{"خط کشی"}},
	{code: "dead_animal", agency: tafkik.AgencyMunicipality, cat: catPest, wrong: []string{catAnimals, catGarbage}, weight: 2, scale: 1.1, span: [2]int{0, 3},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"لاشه یک سگ وسط خیابان افتاده|سگ مرده کنار خیابان است|لاشه سگ تصادفی از دیروز مانده", "گربه مرده کنار جوی است و بو گرفته|لاشه گربه داخل جوی افتاده|یک گربه تلف شده جلوی در است"},
		noun:   []string{"وجود لاشه حیوان", "لاشه حیوان در معبر"},
		ask:    []string{"جمع‌آوری لاشه"},
		short:  []string{"لاشه"}},
	{code: "pests", agency: tafkik.AgencyMunicipality, cat: catPest, wrong: []string{catGarbage, catOther}, weight: 3, scale: 1.1, span: [2]int{10, 60},
		levels: []placeLevel{atAlley, atStreet, atPark},
		say:    []string{"موش‌ها در کوچه زیاد شده‌اند|موش‌های بزرگ در جوی رفت و آمد می‌کنند|جوی‌ها لانه موش شده|موش زیاد شده، لطفا طعمه‌گذاری کنید", "پشه زیاد است لطفا سمپاشی کنید|شب‌ها از دست پشه نمی‌شود خوابید، سمپاشی نشده|درخواست سمپاشی برای پشه داریم", "سوسک از جوی بیرون می‌آید|سوسک‌ها از چاهک‌ها بالا آمده‌اند|سوسک زیاد شده سمپاشی کنید"},
		noun:   []string{"تکثیر جوندگان", "وجود حشرات موذی", "نیاز به سمپاشی"},
		ask:    []string{"سمپاشی", "مبارزه با جوندگان"},
		short:  []string{"موش", "سمپاشی"},
		fing:   []string{"moosh ziad shode"}},
	{code: "ruin", agency: tafkik.AgencyMunicipality, cat: catBuild, wrong: []string{catOther}, weight: 2, scale: 1, span: [2]int{20, 150},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"خانه کلنگی متروکه محل تجمع زباله شده|خانه خرابه متروکه پر از آشغال است|ساختمان متروکه شده محل ریختن زباله", "دیوار ساختمان مخروبه در حال ریزش است|دیوار خانه قدیمی ترک برداشته و ممکن است روی عابرین بریزد|ساختمان کلنگی خطر ریزش دارد", "زمین بایر بدون حصار پر از آشغال است|زمین خالی کنار کوچه حصار ندارد و آشغالدانی شده|زمین رها شده پر از علف و زباله است"},
		noun:   []string{"ساختمان مخروبه و خطرساز", "زمین رهاشده بدون حصار"},
		ask:    []string{"ایمن‌سازی ساختمان مخروبه", "حصارکشی زمین"},
		short:  []string{"خرابه"}},
	{code: "posters", agency: tafkik.AgencyMunicipality, cat: catOther, wrong: []string{catGarbage}, weight: 1, scale: 0.8, span: [2]int{5, 60},
		levels: []placeLevel{atStreet, atAlley},
		say:    []string{"دیوارها پر از آگهی و شماره تلفن شده|روی دیوارها آگهی چسبانده‌اند|آگهی‌های تبلیغاتی همه دیوار را گرفته", "دیوارنویسی روی دیوار مدرسه|روی دیوار مدرسه یادگاری نوشته‌اند|دیوار مدرسه را با اسپری خط‌خطی کرده‌اند", "بنر تبلیغاتی پاره شده و آویزان است|بنر بزرگ پاره شده و باد آن را تکان می‌دهد"},
		noun:   []string{"آگهی‌های غیرمجاز روی دیوار", "دیوارنویسی"},
		ask:    []string{"پاکسازی دیوارها"},
		short:  []string{"دیوار نویسی"}},
	{code: "drain_cover", agency: tafkik.AgencyMunicipality, cat: catSurface, wrong: []string{catWater, catAsphalt}, weight: 2, scale: 1, span: [2]int{3, 60},
		levels: []placeLevel{atAlley, atStreet},
		say: []string{"درپوش کانال آب باران شکسته و دهانه‌اش باز است", "دریچه کانال روی جوی را برده‌اند و بچه‌ها ممکن است بیفتند",
			"روی جوی پل فلزی کنده شده", "دال بتنی روی جوی شکسته"},
		noun:  []string{"شکستگی دریچه کانال آب‌های سطحی", "باز بودن دهانه جوی"},
		ask:   []string{"تعویض درپوش کانال"},
		short: []string{"دریچه جوی"}},
	{code: "bus_stop", agency: tafkik.AgencyMunicipality, cat: catTransit, wrong: []string{catOther}, weight: 1, scale: 0.8, span: [2]int{5, 90},
		levels: []placeLevel{atStreet, atSquare},
		say:    []string{"سایه‌بان ایستگاه اتوبوس شکسته|سقف ایستگاه اتوبوس خراب است و زیر باران خیس می‌شویم|ایستگاه اتوبوس سایه‌بان ندارد", "اتوبوس‌های این خط خیلی دیر می‌آیند|نیم ساعت منتظر اتوبوس می‌مانیم|اتوبوس این مسیر کم است و دیر می‌آید", "صندلی ایستگاه اتوبوس را کنده‌اند|نیمکت ایستگاه اتوبوس شکسته"},
		noun:   []string{"خرابی ایستگاه اتوبوس", "تاخیر اتوبوس‌ها"},
		ask:    []string{"تعمیر ایستگاه اتوبوس"},
		short:  []string{"ایستگاه اتوبوس"}},

	// ---- other agencies' ----
	{code: "sewage", agency: tafkik.AgencyWater, cat: catWater, wrong: []string{catSurface, catSurface, catPest}, weight: 0.74, scale: 1.3, span: [2]int{1, 20},
		levels: []placeLevel{atAlley, atAlley, atStreet},
		say: []string{"فاضلاب از منهول وسط کوچه زده بیرون", "بوی فاضلاب تمام کوچه را برداشته، دریچه فاضلاب پس می‌زند",
			"لوله فاضلاب شهری گرفته و فاضلاب برگشته داخل حیاط", "آب سیاه و بدبوی فاضلاب در جوی جاری است", "چاهک فاضلاب سرریز کرده",
			"درب منهول فاضلاب شکسته و بو می‌دهد", "فاضلاب ساختمان‌ها به کوچه راه افتاده"},
		noun:   []string{"سرریز فاضلاب", "گرفتگی شبکه فاضلاب", "پس زدن فاضلاب از منهول"},
		ask:    []string{"رفع گرفتگی فاضلاب", "تخلیه منهول فاضلاب"},
		short:  []string{"فاضلاب", "بوی فاضلاب"},
		fing:   []string{"fazelab zade biroon", "booye fazelab miad"},
		detail: []string{"بچه‌ها مریض شدند", "همه جا بوی تعفن گرفته", "نمی‌شود پنجره را باز کرد"}},
	{code: "water_main", agency: tafkik.AgencyWater, cat: catWater, wrong: []string{catSurface, catAsphalt}, weight: 0.47, scale: 1.8, span: [2]int{0, 3},
		levels: []placeLevel{atStreet, atAlley},
		say:    []string{"لوله آب اصلی ترکیده و کل خیابان را آب برداشته|لوله آب شکسته و آب هدر می‌رود|آب شرب از وسط کوچه فواره زده|لوله آب زیر خیابان ترکیده", "از زیر آسفالت آب تمیز می‌جوشد|چند روز است از زیر آسفالت آب بیرون می‌زند|نشت آب از زیر زمین، آب تمیز است نه فاضلاب", "کنتور آب جلوی خانه ترکیده و آب راه افتاده|از کنتور آب کنار دیوار آب نشت می‌کند|انشعاب آب جلوی در شکسته"},
		noun:   []string{"شکستگی لوله آب", "نشت آب از شبکه", "هدر رفت آب شرب"},
		ask:    []string{"تعمیر لوله آب"},
		short:  []string{"لوله آب ترکیده"},
		fing:   []string{"looleye ab tarakide"}},
	{code: "water_cut", agency: tafkik.AgencyWater, cat: catWater, wrong: []string{catOther}, weight: 0.51, scale: 1.8, span: [2]int{0, 2},
		levels: []placeLevel{atArea},
		say:    []string{"از صبح آب قطع است|آب نداریم از صبح|آب خانه‌ها قطع شده|دو روز است آب نداریم|آب قطع و وصل می‌شود بدون اطلاع قبلی", "فشار آب خیلی کم است و طبقه دوم آب ندارد|فشار آب افت کرده و آب به طبقات نمی‌رسد|آب خیلی ضعیف است", "آب لوله‌کشی گل‌آلود و زرد است|آب شیر رنگش زرد است و بو می‌دهد|آب لوله‌کشی کدر شده"},
		noun:   []string{"قطعی آب", "افت فشار آب", "کدورت آب شرب"},
		ask:    []string{"وصل آب"},
		short:  []string{"آب قطعه"},
		fing:   []string{"ab ghate az sobh"}},
	{code: "water_trench", agency: tafkik.AgencyWater, cat: catWater, wrong: []string{catAsphalt, catAsphalt}, weight: 0.34, scale: 1, span: [2]int{10, 90},
		levels: []placeLevel{atAlley, atStreet},
		say: []string{"آبفا کوچه را برای لوله‌کشی کنده و ترانشه را همان‌طور رها کرده", "شرکت آب و فاضلاب حفاری کرده و رفته، آسفالت نکرده",
			"پیمانکار آب و فاضلاب چاله حفاری را پر نکرده", "بعد از تعمیر لوله آب جای کندن را رها کرده‌اند"},
		noun:  []string{"رهاسازی ترانشه حفاری آبفا", "عدم ترمیم حفاری شرکت آب و فاضلاب"},
		ask:   []string{"ترمیم حفاری آبفا"},
		short: []string{"حفاری آبفا"}},
	{code: "streetlight", agency: tafkik.AgencyPower, cat: catLight, wrong: []string{catLight, catPark, catOther}, weight: 0.78, scale: 1.1, span: [2]int{3, 40},
		levels: []placeLevel{atAlley, atStreet, atStreet},
		say: []string{"چراغ‌های روشنایی کوچه خاموش است و شب‌ها خیلی تاریک است", "لامپ تیر چراغ برق سر کوچه سوخته", "چراغ‌های خیابان چند شب است روشن نمی‌شود",
			"چراغ برق کوچه روزها روشن است و شب خاموش", "کوچه تاریک است و زن‌ها می‌ترسند رد شوند", "لامپ چراغ خیابان چشمک می‌زند"},
		noun:  []string{"خاموشی چراغ‌های معابر", "سوختگی لامپ روشنایی معبر", "نقص روشنایی کوچه"},
		ask:   []string{"تعویض لامپ روشنایی معبر", "تعمیر چراغ‌های خیابان"},
		short: []string{"چراغ کوچه خاموشه", "کوچه تاریکه"},
		fing:  []string{"cheragh kooche khamoushe", "kooche tarike"}},
	{code: "power_cut", agency: tafkik.AgencyPower, cat: catPower, wrong: []string{catOther, catLight}, weight: 0.35, scale: 2.2, span: [2]int{0, 1},
		levels: []placeLevel{atArea},
		say: []string{"برق کل کوچه قطع است", "برق از ساعت سه رفته و هنوز نیامده", "برق مدام قطع و وصل می‌شود و وسایل خانه سوخت",
			"ولتاژ برق خیلی پایین است", "برق محله ما دو ساعت است نیست"},
		noun:  []string{"قطعی برق", "نوسان برق"},
		ask:   []string{"وصل برق"},
		short: []string{"برق رفته", "برق قطعه"},
		fing:  []string{"bargh rafte", "bargh ghate"}},
	{code: "power_tree", agency: tafkik.AgencyPower, cat: catPower, wrong: []string{catGreen, catGreen}, weight: 0.51, scale: 1, span: [2]int{1, 20},
		levels: []placeLevel{atAlley, atStreet},
		say: []string{"شاخه درخت روی سیم برق افتاده و جرقه می‌زند", "شاخه‌های درخت به سیم‌های برق فشار قوی رسیده", "درخت با سیم برق درگیر شده و موقع باد اتصالی می‌کند",
			"سیم برق از لای شاخه‌های درخت رد شده و خطرناک است"},
		noun:  []string{"تماس شاخه درخت با شبکه برق", "درگیری شاخه با سیم برق"},
		ask:   []string{"رفع تماس شاخه با سیم برق"},
		short: []string{"شاخه روی سیم برق"}},
	{code: "power_pole", agency: tafkik.AgencyPower, cat: catPower, wrong: []string{catLight, catOther}, weight: 0.34, scale: 1, span: [2]int{1, 20},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"تیر برق کج شده و نزدیک است بیفتد|تیر برق کوچه خم شده|تیر چوبی برق پوسیده و کج شده", "سیم برق پاره شده و آویزان است|سیم برق از تیر جدا شده و تا نزدیک زمین آمده|کابل برق آویزان شده و خطرناک است", "جعبه کنتور برق روی تیر باز است و سیم‌ها بیرون زده|درب جعبه فیوز برق باز است و بچه‌ها دست می‌زنند", "ترانس برق سر کوچه صدا می‌دهد و دود می‌کند|از ترانس برق صدای وزوز و جرقه می‌آید"},
		noun:   []string{"کج شدن تیر برق", "آویزان بودن سیم برق", "خرابی ترانس"},
		ask:    []string{"ایمن‌سازی تیر برق"},
		short:  []string{"سیم برق آویزونه"}},
	{code: "power_trench", agency: tafkik.AgencyPower, cat: catPower, wrong: []string{catAsphalt, catAsphalt}, weight: 0.17, scale: 1, span: [2]int{10, 60},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"اداره برق برای کابل زمینی کوچه را کنده و رها کرده", "پیمانکار برق کانال کابل را پر نکرده و آسفالت نشده"},
		noun:   []string{"رهاسازی حفاری شرکت برق"},
		ask:    []string{"ترمیم حفاری اداره برق"}},
	{code: "gas_smell", agency: tafkik.AgencyGas, cat: catGas, wrong: []string{catOther, catOther}, weight: 1.17, scale: 2, span: [2]int{0, 2},
		levels: []placeLevel{atAlley, atStreet},
		say: []string{"بوی گاز شدید در کوچه می‌آید", "از لوله گاز کنار دیوار صدای نشتی می‌آید", "علمک گاز ضربه خورده و نشت دارد", "بوی گاز همه جا را گرفته، خطرناک است",
			"انشعاب گاز همسایه بو می‌دهد"},
		noun:  []string{"نشت گاز", "استشمام بوی گاز"},
		ask:   []string{"بررسی نشتی گاز"},
		short: []string{"بوی گاز"},
		fing:  []string{"booye gaz miad"}},
	{code: "gas_trench", agency: tafkik.AgencyGas, cat: catGas, wrong: []string{catAsphalt, catAsphalt}, weight: 0.47, scale: 1, span: [2]int{10, 60},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"شرکت گاز حفاری کرده و آسفالت نکرده", "بعد از لوله‌کشی گاز کوچه را همان‌طور خاکی رها کرده‌اند", "اکیپ گاز چاله کنده و رفته"},
		noun:   []string{"عدم ترمیم حفاری شرکت گاز"},
		ask:    []string{"ترمیم حفاری گاز"}},
	{code: "telecom", agency: tafkik.AgencyTelecom, cat: catTelecom, wrong: []string{catOther, catOther}, weight: 1.56, scale: 1.2, span: [2]int{2, 30},
		levels: []placeLevel{atAlley, atStreet, atArea},
		say:    []string{"تلفن ثابت یک هفته است قطع است|تلفن خانه بوق ندارد|خط تلفن ثابت قطع شده|تلفن‌های کوچه همه قطع است", "اینترنت ADSL وصل نمی‌شود|اینترنت خانگی چند روز است قطع است|خط تلفن نویز دارد و اینترنت مدام قطع می‌شود|مودم وصل نمی‌شود، مخابرات جواب نمی‌دهد", "کابل مخابرات پاره شده و آویزان است|سیم تلفن از تیر افتاده روی زمین|کابل تلفن پاره شده", "درب کافو مخابرات باز است و سیم‌ها بیرون ریخته|جعبه مخابرات سر کوچه شکسته و سیم‌ها بیرون است"},
		noun:   []string{"قطعی تلفن ثابت", "قطعی اینترنت", "آسیب کابل مخابراتی"},
		ask:    []string{"رفع قطعی تلفن"},
		short:  []string{"تلفن قطعه"},
		fing:   []string{"telephone ghate", "internet vasl nemishe"}},
	{code: "telecom_trench", agency: tafkik.AgencyTelecom, cat: catTelecom, wrong: []string{catAsphalt}, weight: 0.31, scale: 1, span: [2]int{10, 60},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"مخابرات برای فیبر نوری پیاده‌رو را کنده و رها کرده", "پیمانکار مخابرات کانال حفاری را باز گذاشته"},
		noun:   []string{"رهاسازی حفاری مخابرات"},
		ask:    []string{"ترمیم حفاری مخابرات"}},
	{code: "parking", agency: tafkik.AgencyPolice, cat: catPolice, wrong: []string{catTraffic, catObstruct, catObstruct}, weight: 0.86, scale: 1, span: [2]int{3, 90},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"ماشین‌ها جلوی درب پارکینگ پارک می‌کنند و نمی‌توانیم خارج شویم|جلوی در پارکینگ ما ماشین پارک می‌کنند|ماشین همسایه همیشه جلوی در خانه ما پارک است|هر روز یکی جلوی در پارکینگ پارک می‌کند", "یک خودرو چند روز است وسط کوچه پارک شده و راه را بسته|ماشینی هفته‌هاست در کوچه رها شده و راه را گرفته|یک پراید کوچه را بسته", "پارک دوبله جلوی مدرسه راه را کاملا بسته|موقع تعطیلی مدرسه پارک دوبله ترافیک درست می‌کند|ماشین‌ها دوطرف کوچه پارک می‌کنند و آمبولانس رد نمی‌شود"},
		noun:   []string{"پارک خودرو جلوی درب پارکینگ", "انسداد کوچه با خودروهای پارک شده"},
		ask:    []string{"رسیدگی به پارک غیرمجاز"},
		short:  []string{"پارک جلوی در"}},
	{code: "neighbour_noise", agency: tafkik.AgencyPolice, cat: catPolice, wrong: []string{catNoise, catNoise, catOther}, weight: 0.51, scale: 1, span: [2]int{2, 40},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"همسایه تا سه صبح مهمانی دارد و صدای موزیک بلند است|صدای ساز و آهنگ همسایه تا نصف شب|همسایه طبقه بالا هر شب جشن دارد و سر و صدا", "هر شب صدای موتورسیکلت‌های بدون اگزوز در کوچه می‌پیچد|موتورسوارها شب‌ها در کوچه ویراژ می‌دهند|صدای موتورهای اگزوز بریده نمی‌گذارد بخوابیم", "جوان‌ها شب‌ها در کوچه جمع می‌شوند و سر و صدا و دعوا دارند|هر شب عده‌ای سر کوچه دعوا می‌کنند|تجمع شبانه و فحاشی جوان‌ها در کوچه", "صدای بلند ضبط ماشین تا نیمه شب|ماشینی هر شب با صدای ضبط بلند در کوچه می‌ایستد"},
		noun:   []string{"مزاحمت صوتی همسایه", "ایجاد سر و صدا در ساعات شب", "موتورسواری و مزاحمت شبانه"},
		ask:    []string{"برخورد با مزاحمین"},
		short:  []string{"مزاحمت شبانه"}},
	{code: "drugs", agency: tafkik.AgencyPolice, cat: catPolice, wrong: []string{catOther, catPark}, weight: 0.34, scale: 1, span: [2]int{10, 90},
		levels: []placeLevel{atAlley, atPark},
		say:    []string{"معتادها شب‌ها در این محل جمع می‌شوند و مواد مصرف می‌کنند", "خرید و فروش مواد در روز روشن انجام می‌شود", "چند نفر معتاد در خرابه کنار کوچه بساط کرده‌اند و مزاحم عابرین می‌شوند"},
		noun:   []string{"تجمع معتادین", "خرید و فروش مواد مخدر"},
		ask:    []string{"برخورد انتظامی"},
		short:  []string{"معتاد"}},
	{code: "theft", agency: tafkik.AgencyPolice, cat: catPolice, wrong: []string{catOther}, weight: 0.22, scale: 1, span: [2]int{5, 60},
		levels: []placeLevel{atAlley, atStreet},
		say:    []string{"دزدی از ماشین‌ها در این کوچه زیاد شده", "دیشب باتری ماشین ما را دزدیدند", "زاپاس ماشین‌ها را شب‌ها سرقت می‌کنند"},
		noun:   []string{"سرقت از خودروها", "افزایش سرقت"},
		ask:    []string{"گشت شبانه"}},
	{code: "other_agency", agency: tafkik.AgencyOther, cat: catOther, wrong: []string{catOther, catOutside}, weight: 2.73, scale: 0.6, span: [2]int{0, 30},
		levels: []placeLevel{atNone, atNone, atStreet},
		say:    []string{"حقوق بازنشستگی من دو ماه است واریز نشده|مستمری بازنشستگی‌ام پرداخت نشده|حقوق بازنشستگی را دیر واریز می‌کنند", "مدرسه دخترم شهریه اضافه می‌گیرد|مدرسه از ما پول اجباری می‌خواهد|مدیر مدرسه برای ثبت نام پول می‌گیرد", "رستوران سر خیابان غذای مانده و فاسد می‌فروشد|از رستوران غذا گرفتیم مسموم شدیم|فست‌فودی محله بهداشت ندارد", "نانوایی کم‌فروشی می‌کند و نان‌ها خمیر است|نانوایی نان را گران می‌فروشد و وزنش کم است|نان نانوایی محل خمیر است و دیر باز می‌کند", "یارانه‌ام قطع شده|یارانه ما واریز نشده|یارانه خانوار ما حذف شده", "قصابی محله بهداشت را رعایت نمی‌کند|گوشت قصابی بو می‌دهد|مرغ‌فروشی محل کثیف است", "بیمه تکمیلی هزینه‌ها را پرداخت نمی‌کند|بیمه هزینه بیمارستان را نمی‌دهد", "کلاس‌های مدرسه بخاری ندارد|مدرسه بچه‌ها گرمایش ندارد|بخاری کلاس خراب است و بچه‌ها سرما خوردند", "داروخانه داروی سهمیه‌ای را آزاد می‌فروشد|داروخانه داروی بیمه را نمی‌دهد", "پستچی بسته‌ها را تحویل نمی‌دهد|مرسوله پستی ما گم شده"},
		noun:   []string{"مشکل حقوق بازنشستگی", "تخلف صنفی", "مشکل بهداشتی واحد صنفی", "مشکل آموزشی"},
		ask:    []string{"پیگیری از دستگاه مربوط"}},
}

// asides are what a municipal request may add that names another agency in passing
// (by problem code; "*" fits any); they make no difference to who must act.
var asides = map[string][]string{
	"*": {"ما که قبض آب و برق و گاز را مرتب پرداخت می‌کنیم", "به آبفا زنگ زدیم گفتند کار شهرداری است",
		"اداره برق گفت مربوط به ما نیست", "همسایه‌ها گفتند زنگ بزنید ۱۲۱ ولی این کار شهرداری است",
		"پلیس ۱۱۰ گفت به ۱۳۷ زنگ بزنید", "از شهرداری انتظار داریم مثل اداره گاز سریع بیاید"},
	"asphalt":          {"دیشب که برق رفته بود بچه‌ام توی همین چاله افتاد", "این آسفالت مال دو سال پیش است، ربطی به حفاری ندارد"},
	"surface_water":    {"فاضلاب نیست، آب باران است", "بوی فاضلاب ندارد، فقط آب باران است که راه ندارد", "لوله آب نترکیده، آب باران است"},
	"garbage":          {"مخابرات هم تلفن ما را درست نکرده ولی الان مشکل زباله است", "زباله‌ها را زیر تیر برق می‌ریزند"},
	"tree_prune":       {"شاخه‌ها به سیم برق نرسیده ولی جلوی نور را گرفته", "کاری به سیم برق ندارد، فقط هرس لازم است"},
	"park_light":       {"اداره برق گفت چراغ‌های داخل پارک با شهرداری است"},
	"shop_obstruction": {"ماشین نیست، اجناس مغازه است"},
	"building_noise":   {"همسایه‌ها نیستند، کارگاه ساختمانی است"},
}
