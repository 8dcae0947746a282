package rasht41

// Agency codes of the truth file.
const (
	municipality = "municipality"
	water        = "water"
	power        = "power"
	gas          = "gas"
	telecom      = "telecom"
	police       = "police"
	other        = "other"
)

// Operator categories of the 137 menu as this district's export shows them.
const (
	catAsphalt  = "آسفالت و ترمیم معابر"
	catWaste    = "پسماند و نظافت شهری"
	catSurface  = "آبهای سطحی"
	catGreen    = "فضای سبز"
	catDogs     = "حیوانات ولگرد"
	catDebris   = "نخاله ساختمانی"
	catObstruct = "سد معبر"
	catPark     = "پارک‌ها و بوستان‌ها"
	catTraffic  = "ترافیک و حمل و نقل"
	catBuilding = "تخلفات ساختمانی"
	catLight    = "روشنایی معابر"
	catWater    = "آب و فاضلاب"
	catPower    = "برق"
	catGas      = "گاز"
	catTelecom  = "مخابرات"
	catPolice   = "انتظامی"
	catOtherOrg = "سایر دستگاه‌ها"
)

// vagueCategories are what an operator in a hurry or a citizen unsure of the menu picks.
var vagueCategories = []string{"سایر", "سایر", "درخواست عمومی", "شکایات", "خدمات شهری"}

// problem is one kind of problem: who must act, how the operator files it, how wide its spot
// is, how long an episode lasts and how people write it. {p} is the place in the sentence.
type problem struct {
	key      string
	agency   string
	category string
	wrong    []string // the categories it is wrongly filed under
	weight   float64  // share of the year's issues
	level    spotLevel
	minDays  int
	maxDays  int
	scale    float64 // how many more requests than usual one issue draws
	rain     bool    // starts with a rain spell and ends with it
	months   [12]float64
	citizen  []string
	operator []string
	finglish string
}

var flat = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}

// Months are counted from Farvardin (late March).
var problems = []*problem{
	{key: "asphalt", agency: municipality, category: catAsphalt, wrong: []string{catSurface, catTraffic}, weight: 13,
		level: atAlley, minDays: 25, maxDays: 140, scale: 1.5,
		months: [12]float64{1.4, 1.2, 1, 0.8, 0.7, 0.7, 0.9, 1.1, 1.3, 1.4, 1.4, 1.3},
		citizen: []string{
			"آسفالت {p} کاملا خراب شده و پر از چاله است",
			"{p} چاله‌های بزرگ دارد، ماشین‌ها آسیب می‌بینند",
			"چند ماه است که {p} آسفالت درست و حسابی ندارد، با هر بارندگی پر از گل و لای می‌شود",
			"درخواست آسفالت {p} را داریم، خیلی خراب است",
			"وضعیت آسفالت {p} افتضاح است",
			"تو {p} یه چاله خیلی عمیق هست که شب دیده نمیشه",
			"آسفالت {p} رو کی درست می‌کنید؟ خیلی وقته خرابه",
		},
		operator: []string{
			"شهروند درخواست لکه‌گیری آسفالت {p} را دارد",
			"تماس‌گیرنده از خرابی آسفالت {p} گلایه دارد",
			"خرابی و چاله در آسفالت {p}، درخواست رسیدگی",
			"درخواست ترمیم آسفالت {p}",
		},
		finglish: "asfalte {p} kharabe, pore chaale"},
	{key: "pothole", agency: municipality, category: catAsphalt, wrong: []string{catTraffic}, weight: 3,
		level: atStretch, minDays: 10, maxDays: 60, scale: 1.2, months: flat,
		citizen: []string{
			"وسط {p} یک چاله بزرگ ایجاد شده، دیشب یک موتوری زمین خورد",
			"{p} دست‌انداز و چاله زیاد شده، لطفا لکه‌گیری کنید",
		},
		operator: []string{"وجود چاله در سواره‌رو {p}", "شهروند از ایجاد چاله در {p} خبر داد"},
		finglish: "{p} chaale bozorg dare"},
	{key: "garbage", agency: municipality, category: catWaste, wrong: []string{catDebris}, weight: 13,
		level: atAlley, minDays: 1, maxDays: 5, scale: 0.9,
		months: [12]float64{1.3, 1, 1.1, 1.3, 1.4, 1.2, 1, 0.9, 0.8, 0.8, 0.8, 0.9},
		citizen: []string{
			"زباله‌های {p} چند روز است جمع‌آوری نشده",
			"سطل زباله {p} پر شده و آشغال ریخته روی زمین",
			"ماشین زباله دو شب است به {p} نیامده، بوی بد همه جا را گرفته",
			"کیسه‌های زباله {p} را گربه‌ها پاره کرده‌اند، همه جا کثیف است",
			"لطفا مخزن زباله {p} را تخلیه کنید",
			"آشغالای {p} مونده، کسی نمیاد جمع کنه",
		},
		operator: []string{
			"عدم جمع‌آوری زباله در {p}",
			"شهروند از تجمع زباله در {p} گلایه دارد",
			"مخزن زباله {p} پر است، درخواست تخلیه",
		},
		finglish: "ashghalaye {p} jam nashode"},
	{key: "garbage-bin", agency: municipality, category: catWaste, wrong: []string{catObstruct}, weight: 4,
		level: atLandmark, minDays: 1, maxDays: 6, scale: 1.3, months: flat,
		citizen: []string{
			"مخزن زباله {p} پر شده و شیرابه راه افتاده",
			"زباله‌ها {p} روی هم تلنبار شده، بوی تعفن می‌دهد",
		},
		operator: []string{"تجمع زباله و سرریز مخزن {p}", "درخواست تخلیه و شستشوی مخزن زباله {p}"},
		finglish: "satl ashghal {p} por shode"},
	{key: "surface-water", agency: municipality, category: catSurface, wrong: []string{catWater, catAsphalt}, weight: 9,
		level: atAlley, minDays: 1, maxDays: 3, scale: 1.4, rain: true, months: flat,
		citizen: []string{
			"با بارندگی دیشب {p} را آب گرفته",
			"جوی {p} گرفته و آب باران روی آسفالت جمع شده",
			"آبگرفتگی شدید در {p}، آب تا داخل حیاط آمده",
			"دریچه جوی {p} مسدود است و آب راه ندارد",
			"هر بار باران می‌آید {p} آب می‌گیرد، الان هم همینطور است",
		},
		operator: []string{
			"آبگرفتگی معبر در {p}",
			"شهروند اعلام نمود جوی {p} مسدود و آب باران در معبر جمع شده است",
			"درخواست لایروبی جوی و رفع آبگرفتگی {p}",
		},
		finglish: "{p} ro ab gerefte, jooy gerefte"},
	{key: "tree", agency: municipality, category: catGreen, wrong: []string{catPark}, weight: 5,
		level: atAlley, minDays: 3, maxDays: 30, scale: 0.9,
		months: [12]float64{0.8, 0.8, 0.7, 0.7, 0.7, 0.8, 1.1, 1.3, 1.5, 1.5, 1.2, 0.9},
		citizen: []string{
			"شاخه‌های درخت {p} خیلی بلند شده و جلوی نور و دید را گرفته",
			"درخت {p} با باد دیشب شکسته و افتاده، راه بسته شده",
			"درخواست هرس درختان {p} را داریم",
			"درخت خشک {p} خطرناک است، ممکن است روی ماشین‌ها بیفتد",
		},
		operator: []string{"درخواست هرس درختان {p}", "سقوط شاخه درخت در {p}", "شهروند از وجود درخت خشک و خطرناک در {p} خبر داد"},
		finglish: "derakht {p} oftade"},
	{key: "dogs", agency: municipality, category: catDogs, wrong: []string{"سایر"}, weight: 5,
		level: atLandmark, minDays: 7, maxDays: 45, scale: 1.2,
		months: [12]float64{0.9, 0.9, 0.8, 0.8, 0.8, 0.9, 1, 1.1, 1.3, 1.3, 1.2, 1},
		citizen: []string{
			"چند سگ ولگرد {p} جمع شده‌اند، بچه‌ها می‌ترسند رد شوند",
			"سگ‌های ولگرد {p} شب‌ها پارس می‌کنند و به رهگذرها حمله می‌کنند",
			"یک گله سگ {p} هست، لطفا جمع‌آوری کنید",
		},
		operator: []string{"حضور سگ‌های ولگرد {p}", "شهروند از وجود سگ ولگرد {p} و ترس اهالی گلایه دارد"},
		finglish: "chand ta sag velgard {p} hastan"},
	{key: "debris", agency: municipality, category: catDebris, wrong: []string{catWaste, catBuilding}, weight: 6,
		level: atAlley, minDays: 5, maxDays: 40, scale: 1, months: flat,
		citizen: []string{
			"نخاله ساختمانی در {p} ریخته‌اند و راه بسته شده",
			"ساختمانی که در {p} در حال ساخت است نخاله‌هایش را وسط کوچه ریخته",
			"شب‌ها یک وانت می‌آید و نخاله در {p} خالی می‌کند",
		},
		operator: []string{"تخلیه نخاله ساختمانی در {p}", "رها کردن نخاله و مصالح ساختمانی در معبر، {p}"},
		finglish: "nakhale sakhtemani {p} rikhtan"},
	{key: "obstruction", agency: municipality, category: catObstruct, wrong: []string{catTraffic}, weight: 4,
		level: atLandmark, minDays: 10, maxDays: 60, scale: 1, months: flat,
		citizen: []string{
			"مغازه {p} اجناسش را روی پیاده‌رو چیده و نمی‌شود رد شد",
			"پیاده‌رو {p} را کسبه اشغال کرده‌اند، با کالسکه مجبوریم از خیابان برویم",
		},
		operator: []string{"سد معبر توسط کسبه {p}", "اشغال پیاده‌رو {p}"},
		finglish: "piyade ro {p} ro eshghal kardan"},
	{key: "park", agency: municipality, category: catPark, wrong: []string{catGreen}, weight: 3.5,
		level: atPark, minDays: 5, maxDays: 60, scale: 1, months: [12]float64{1, 1.2, 1.4, 1.5, 1.4, 1.2, 1, 0.8, 0.6, 0.6, 0.6, 0.8},
		citizen: []string{
			"وسایل بازی بچه‌ها در {p} شکسته و خطرناک است",
			"سرویس بهداشتی {p} خیلی کثیف است و آب ندارد",
			"نیمکت‌های {p} شکسته و کسی تعمیر نمی‌کند",
			"چمن‌های {p} خشک شده، آبیاری نمی‌شود",
		},
		operator: []string{"خرابی وسایل بازی {p}", "شهروند از وضعیت نامناسب {p} گلایه دارد"},
		finglish: "vasayel bazi {p} kharabe"},
	{key: "park-light", agency: municipality, category: catPark, wrong: []string{catLight}, weight: 1.2,
		level: atPark, minDays: 3, maxDays: 30, scale: 1, months: flat,
		citizen:  []string{"چراغ‌های {p} شب‌ها خاموش است و پارک تاریک است", "روشنایی {p} خراب است، شب نمی‌شود آنجا رفت"},
		operator: []string{"خاموشی چراغ‌های {p}", "درخواست رفع مشکل روشنایی داخل {p}"},
		finglish: "cheraghaye {p} khamooshe"},
	{key: "speed-bump", agency: municipality, category: catTraffic, wrong: []string{catAsphalt}, weight: 2,
		level: atAlley, minDays: 15, maxDays: 90, scale: 0.8, months: flat,
		citizen: []string{
			"ماشین‌ها با سرعت زیاد از {p} رد می‌شوند، درخواست سرعت‌گیر داریم",
			"لطفا در {p} سرعت‌گیر نصب کنید، بچه‌ها توی کوچه بازی می‌کنند",
		},
		operator: []string{"درخواست نصب سرعت‌گیر در {p}"},
		finglish: "{p} sorat gir mikhad"},
	{key: "building", agency: municipality, category: catBuilding, wrong: []string{catDebris}, weight: 2,
		level: atAlley, minDays: 10, maxDays: 80, scale: 1, months: flat,
		citizen: []string{
			"همسایه ما در {p} بدون مجوز طبقه اضافه می‌سازد",
			"ساخت و ساز غیرمجاز در {p}، حتی شب‌ها هم کار می‌کنند",
		},
		operator: []string{"گزارش ساخت و ساز غیرمجاز در {p}"},
		finglish: "{p} sakht o saz gheyre mojaz"},
	{key: "culvert", agency: municipality, category: catSurface, wrong: []string{catWater, catAsphalt}, weight: 2,
		level: atAlley, minDays: 5, maxDays: 40, scale: 0.9, months: flat,
		citizen:  []string{"دریچه جوی {p} شکسته و خطرناک است، یک بچه پایش رفت داخلش", "روی جوی {p} باز است و کسی ندیده می‌افتد"},
		operator: []string{"شکستگی دریچه جوی در {p}", "درخواست ترمیم پوشش جوی {p}"},
		finglish: "dariche jooy {p} shekaste"},
	{key: "dead-animal", agency: municipality, category: catWaste, wrong: []string{catDogs}, weight: 1.2,
		level: atAlley, minDays: 0, maxDays: 2, scale: 0.8, months: flat,
		citizen:  []string{"لاشه یک سگ در {p} افتاده، لطفا جمع کنید", "یک گربه مرده در {p} افتاده و بو گرفته"},
		operator: []string{"وجود لاشه حیوان در {p}"},
		finglish: "lashe sag {p} oftade"},
	{key: "dig-unknown", agency: municipality, category: catAsphalt, wrong: []string{catTraffic}, weight: 1.5,
		level: atAlley, minDays: 15, maxDays: 70, scale: 1.1, months: flat,
		citizen:  []string{"{p} را حفاری کرده‌اند و یک ماه است همینطور رها شده", "بعد از حفاری، {p} را ترمیم نکرده‌اند و پر از خاک و سنگ است"},
		operator: []string{"رها شدن محل حفاری در {p} بدون ترمیم", "عدم ترمیم ترانشه حفاری در {p}"},
		finglish: "{p} ro kandan raha kardan"},

	// Not the municipality's to fix.
	{key: "streetlight", agency: power, category: catLight, wrong: []string{catPower, catPark}, weight: 4,
		level: atStretch, minDays: 3, maxDays: 40, scale: 1.2,
		months: [12]float64{0.8, 0.8, 0.8, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.3, 1.1, 0.9},
		citizen: []string{
			"چراغ‌های {p} چند شب است خاموش است",
			"لامپ تیر برق {p} سوخته، شب‌ها همه جا تاریک است",
			"{p} کاملا تاریک است، خانم‌ها شب می‌ترسند رد شوند",
			"تیرهای چراغ {p} روشن نمی‌شوند",
		},
		operator: []string{"خاموشی روشنایی معابر در {p}", "شهروند از خاموش بودن چراغ‌های {p} گلایه دارد"},
		finglish: "cheraghaye {p} khamooshe"},
	{key: "alley-light", agency: power, category: catLight, wrong: []string{catPower}, weight: 2.5,
		level: atAlley, minDays: 3, maxDays: 30, scale: 0.9, months: flat,
		citizen:  []string{"لامپ تیر برق {p} سوخته، کوچه تاریک است", "چراغ {p} یک هفته است خاموش است"},
		operator: []string{"خاموشی چراغ روشنایی در {p}"},
		finglish: "lampe {p} sookhte"},
	{key: "power-cut", agency: power, category: catPower, wrong: []string{catLight, "سایر"}, weight: 1.2,
		level: atHood, minDays: 0, maxDays: 1, scale: 1.6, months: [12]float64{0.8, 0.9, 1.3, 1.7, 1.7, 1.2, 0.8, 0.8, 1, 1.1, 0.9, 0.8},
		citizen:  []string{"برق {p} از یک ساعت پیش قطع است", "چند ساعت است برق {p} رفته و هیچ خبری نیست", "برق {p} مدام قطع و وصل می‌شود، وسایل برقی سوخت"},
		operator: []string{"قطعی برق در {p}", "شهروند از قطعی مکرر برق {p} گلایه دارد"},
		finglish: "bargh {p} ghat shode"},
	{key: "wire", agency: power, category: catPower, wrong: []string{catLight, catGreen}, weight: 1,
		level: atAlley, minDays: 0, maxDays: 7, scale: 1, months: flat,
		citizen:  []string{"سیم برق {p} آویزان شده و خیلی خطرناک است", "یک شاخه درخت روی سیم برق {p} افتاده و جرقه می‌زند"},
		operator: []string{"آویزان بودن سیم برق در {p}", "افتادن شاخه درخت روی سیم‌های برق {p}"},
		finglish: "sim bargh {p} aviz shode"},
	{key: "sewage", agency: water, category: catWater, wrong: []string{catSurface, catWaste}, weight: 3.5,
		level: atAlley, minDays: 2, maxDays: 20, scale: 1.3, months: flat,
		citizen: []string{
			"فاضلاب {p} زده بیرون و بوی بدی همه جا را گرفته",
			"منهول فاضلاب {p} سرریز کرده",
			"چاه فاضلاب {p} پس زده و کوچه پر از کثافت شده",
		},
		operator: []string{"سرریز فاضلاب در {p}", "شهروند از پس زدن فاضلاب و بوی نامطبوع در {p} گلایه دارد"},
		finglish: "fazelab {p} zade biroon"},
	{key: "burst-pipe", agency: water, category: catWater, wrong: []string{catSurface}, weight: 1.3,
		level: atAlley, minDays: 0, maxDays: 3, scale: 1.2, months: flat,
		citizen:  []string{"لوله آب {p} ترکیده و آب در خیابان راه افتاده", "از صبح آب از زیر آسفالت {p} بیرون می‌زند"},
		operator: []string{"شکستگی لوله آب در {p}", "نشت آب از شبکه در {p}"},
		finglish: "looleye ab {p} tarakide"},
	{key: "water-cut", agency: water, category: catWater, wrong: []string{"سایر"}, weight: 0.8,
		level: atHood, minDays: 0, maxDays: 2, scale: 1.4, months: [12]float64{0.8, 0.9, 1.2, 1.6, 1.6, 1.2, 0.9, 0.8, 0.8, 0.9, 0.9, 0.8},
		citizen:  []string{"آب {p} از صبح قطع است", "فشار آب {p} خیلی کم است، به طبقه دوم نمی‌رسد"},
		operator: []string{"قطعی آب در {p}", "افت فشار آب در {p}"},
		finglish: "ab {p} ghate"},
	{key: "dig-water", agency: water, category: catAsphalt, wrong: []string{catWater}, weight: 0.8,
		level: atAlley, minDays: 15, maxDays: 60, scale: 1.1, months: flat,
		citizen:  []string{"آبفا برای تعمیر لوله {p} را کنده و هنوز ترمیم نکرده", "بعد از کار اداره آب، جای حفاری {p} همینطور باز مانده"},
		operator: []string{"عدم ترمیم حفاری آبفا در {p}"},
		finglish: "edare ab {p} ro kande"},
	{key: "gas-smell", agency: gas, category: catGas, wrong: []string{"سایر"}, weight: 0.6,
		level: atAlley, minDays: 0, maxDays: 1, scale: 1, months: flat,
		citizen:  []string{"بوی گاز شدید در {p} می‌آید", "از زیر زمین {p} بوی گاز می‌آید، لطفا سریع اقدام کنید"},
		operator: []string{"استشمام بوی گاز در {p}"},
		finglish: "booye gaz {p} miad"},
	{key: "dig-gas", agency: gas, category: catAsphalt, wrong: []string{catGas}, weight: 0.8,
		level: atAlley, minDays: 15, maxDays: 60, scale: 1.1, months: flat,
		citizen:  []string{"اداره گاز {p} را برای لوله‌کشی کنده و رها کرده", "بعد از حفاری گاز، {p} را ترمیم نکرده‌اند"},
		operator: []string{"عدم ترمیم ترانشه حفاری شرکت گاز در {p}"},
		finglish: "edare gaz {p} ro kande"},
	{key: "telecom-box", agency: telecom, category: catTelecom, wrong: []string{"سایر", catObstruct}, weight: 0.7,
		level: atAlley, minDays: 5, maxDays: 40, scale: 0.9, months: flat,
		citizen:  []string{"در جعبه مخابرات {p} باز است و سیم‌ها بیرون ریخته", "کابل مخابرات {p} پاره شده و آویزان است"},
		operator: []string{"باز بودن درب کافو مخابرات در {p}", "آویزان بودن کابل مخابراتی در {p}"},
		finglish: "jabe mokhaberat {p} baze"},
	{key: "dig-telecom", agency: telecom, category: catAsphalt, wrong: []string{catTelecom}, weight: 0.5,
		level: atAlley, minDays: 15, maxDays: 60, scale: 1, months: flat,
		citizen:  []string{"مخابرات برای کابل فیبر نوری {p} را حفاری کرده و رها کرده"},
		operator: []string{"عدم ترمیم حفاری مخابرات (فیبر نوری) در {p}"},
		finglish: "mokhaberat {p} ro kande"},
	{key: "parking", agency: police, category: catTraffic, wrong: []string{catObstruct}, weight: 1.8,
		level: atAlley, minDays: 1, maxDays: 30, scale: 0.9, months: flat,
		citizen:  []string{"یک ماشین چند روز است جلوی پارکینگ ما در {p} پارک کرده و نمی‌توانیم بیرون بیاییم", "ماشین‌ها دو طرف {p} پارک می‌کنند و آمبولانس هم رد نمی‌شود"},
		operator: []string{"پارک خودرو جلوی درب پارکینگ در {p}", "سد معبر با پارک دوبله خودروها در {p}"},
		finglish: "mashin jolo parking {p} park karde"},
	{key: "noise", agency: police, category: catPolice, wrong: []string{"سایر", "شکایات"}, weight: 1,
		level: atAlley, minDays: 0, maxDays: 10, scale: 0.8, months: flat,
		citizen:  []string{"همسایه ما در {p} تا نصف شب صدای موسیقی بلند دارد", "موتورسوارها شب‌ها در {p} با صدای بلند ویراژ می‌دهند"},
		operator: []string{"مزاحمت صوتی در {p}"},
		finglish: "sar o sedaye ziad {p}"},
	{key: "abandoned-car", agency: police, category: catTraffic, wrong: []string{catObstruct, catWaste}, weight: 0.8,
		level: atAlley, minDays: 20, maxDays: 90, scale: 0.8, months: flat,
		citizen:  []string{"یک خودروی فرسوده ماه‌هاست در {p} رها شده و زیرش پر از آشغال شده"},
		operator: []string{"رها شدن خودروی فرسوده در {p}"},
		finglish: "mashin oraghi {p} raha shode"},
	{key: "livestock", agency: other, category: catOtherOrg, wrong: []string{catDogs, "سایر"}, weight: 0.5,
		level: atAlley, minDays: 2, maxDays: 20, scale: 0.8, months: flat,
		citizen:  []string{"گاو و گوسفندهای یک دامدار در {p} رها هستند و همه جا را کثیف کرده‌اند"},
		operator: []string{"رهاسازی دام در معبر، {p}"},
		finglish: "gav o gosfand {p} vel hastan"},
	{key: "child-labour", agency: other, category: catOtherOrg, wrong: []string{"سایر", catObstruct}, weight: 0.5,
		level: atLandmark, minDays: 10, maxDays: 60, scale: 0.8, months: flat,
		citizen:  []string{"چند کودک کار {p} تا دیروقت گل می‌فروشند، کسی رسیدگی نمی‌کند"},
		operator: []string{"حضور کودکان کار {p}"},
		finglish: "bache haye kar {p}"},
	{key: "food-hygiene", agency: other, category: catOtherOrg, wrong: []string{catWaste, "شکایات"}, weight: 0.7,
		level: atLandmark, minDays: 3, maxDays: 30, scale: 0.8, months: flat,
		citizen:  []string{"فست‌فودی {p} بهداشت را رعایت نمی‌کند، کارگرهایش دستکش ندارند", "قصابی {p} گوشت را بیرون مغازه آویزان می‌کند"},
		operator: []string{"عدم رعایت موازین بهداشتی توسط واحد صنفی {p}"},
		finglish: "fast food {p} behdasht nadare"},
}
