package rasht21

// problem is one kind of job for one agency, with the way operators and citizens write it.
// {loc} is where the place goes in a sentence: a named place («کوچه ۱۲ پاستور») or the
// generic noun («کوچه», «کوچه ما») when the writer does not name it.
type problem struct {
	key    string
	agency string
	weight float64 // share of issues, before the season
	kinds  []spotKind
	// category is the right operator category; vague is what a hurried operator picks; wrong
	// is the near miss an operator or a citizen picks by mistake.
	category, vague, wrong string
	// facets: the templates at one index describe one concrete problem (gas smell, gas
	// trench, ...) and every request of an issue keeps to its issue's facet.
	facets                 bool
	single                 float64 // chance an issue draws a single request
	tail                   float64 // scale of the size tail beyond one
	spanDays               float64 // mean spread of one episode's requests
	recur                  float64 // chance the problem comes back at the spot in a later episode
	months                 [12]float64
	operator, citizen, fng []string
}

var (
	allYear  = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	rainy    = [12]float64{0.6, 0.4, 0.2, 0.2, 0.3, 0.6, 1.5, 2.5, 2.8, 2.6, 2, 1.2} // Farvardin..Esfand
	summer   = [12]float64{0.8, 1, 1.4, 1.6, 1.6, 1.3, 1, 0.8, 0.7, 0.7, 0.7, 0.8}
	winterly = [12]float64{0.8, 0.6, 0.5, 0.5, 0.5, 0.7, 1, 1.4, 1.8, 1.8, 1.6, 1.2}
	alleyOr  = []spotKind{inAlley, inAlley, inAlley, onStreet}
	streetly = []spotKind{onStreet}
	parkOnly = []spotKind{inPark}
	anywhere = []spotKind{inAlley, onStreet}
)

var problems = []problem{
	{key: "asphalt", agency: "municipality", weight: 15, kinds: alleyOr, category: "آسفالت و لکه‌گیری", vague: "عمران", wrong: "آبهای سطحی",
		single: 0.5, tail: 1.6, spanDays: 45, recur: 0.04, months: winterly,
		operator: []string{
			"شهروند از وضعیت نامناسب آسفالت {loc} گلایه داشته و خواستار لکه‌گیری می‌باشند.",
			"تماس‌گیرنده اعلام نمودند آسفالت {loc} به شدت تخریب شده و چاله‌های متعدد ایجاد شده است.",
			"درخواست آسفالت {loc}؛ به گفته شهروند چند سال است آسفالت نشده.",
			"وجود چاله عمیق در {loc} و آبگیر شدن آن، درخواست ترمیم دارند.",
			"شهروند خواستار ترمیم آسفالت {loc} هستند.",
			"تخریب آسفالت {loc}. درخواست رسیدگی.",
		},
		citizen: []string{
			"آسفالت {loc} کاملا خراب شده و پر از چاله است",
			"چند ماهه آسفالت {loc} داغونه، ماشین به زور رد میشه",
			"{loc} یه چاله بزرگ داره، دیشب یه موتوری افتاد توش",
			"کی قراره {loc} رو آسفالت کنید؟ همه جا رو آسفالت کردن جز اینجا",
			"آسفالت {loc} ترمیم بشه لطفا، با اولین بارون پر گل و آب میشه",
		},
		fng: []string{"asfalt {loc} kharab shode pore chale", "{loc} chale bozorg dare lotfan dorost konid"}},
	{key: "garbage", agency: "municipality", weight: 17, kinds: anywhere, category: "جمع‌آوری پسماند", vague: "خدمات شهری", wrong: "نظافت معابر",
		single: 0.6, tail: 1.2, spanDays: 4, recur: 0.2, months: summer,
		operator: []string{
			"عدم جمع‌آوری زباله در {loc}؛ شهروند اعلام داشتند چند روز است زباله‌ها جمع نشده.",
			"شهروند از انباشت زباله کنار مخزن {loc} و بوی نامطبوع آن گلایه دارند.",
			"درخواست جمع‌آوری زباله و شستشوی مخزن {loc}.",
			"مخزن زباله {loc} پر شده و زباله‌ها در معبر ریخته است.",
			"زباله‌های {loc} دیشب جمع‌آوری نشده است.",
		},
		citizen: []string{
			"زباله‌های {loc} سه روزه جمع نشده، بوی تعفن همه جا رو گرفته",
			"مخزن {loc} پره و گربه‌ها زباله‌ها رو پخش کردن",
			"ماشین زباله دیشب نیومد، {loc} پر از کیسه زباله است",
			"{loc} شده محل تخلیه زباله، لطفا رسیدگی کنید",
		},
		fng: []string{"ashghal haye {loc} jam nashode", "zobale {loc} 3 roze mounde booye bad mide"}},
	{key: "surface_water", agency: "municipality", weight: 11, kinds: anywhere, category: "آبهای سطحی", vague: "خدمات شهری", wrong: "فاضلاب",
		single: 0.45, tail: 1.8, spanDays: 6, recur: 0.3, months: rainy,
		operator: []string{
			"آبگرفتگی {loc} به علت گرفتگی جوی؛ درخواست لایروبی.",
			"شهروند اعلام نمودند با بارندگی {loc} را آب گرفته و آب وارد حیاط منازل شده است.",
			"گرفتگی کانال آبهای سطحی {loc}، درخواست رسیدگی فوری.",
			"جوی {loc} مسدود شده و آب در معبر جاری است.",
			"تجمع آب باران در {loc}؛ دریچه‌ها گرفته است.",
		},
		citizen: []string{
			"با این بارون {loc} رو آب برداشته، جوی گرفته و آب اومده تو حیاط",
			"کانال {loc} پر از لجن و آشغاله، هر بارون آبگرفتگی داریم",
			"{loc} آب تا زانو اومده، کسی نیست رسیدگی کنه؟",
			"دریچه آبروی {loc} گرفته، آب کثیف جمع شده",
		},
		fng: []string{"ab gereftegi {loc}, jooy gerefte", "{loc} ro ab bordeh"}},
	{key: "construction_waste", agency: "municipality", weight: 6, kinds: anywhere, category: "نخاله ساختمانی", vague: "خدمات شهری", wrong: "تخلفات ساختمانی",
		single: 0.65, tail: 1, spanDays: 10, recur: 0.05, months: summer,
		operator: []string{
			"تخلیه نخاله ساختمانی در {loc}؛ درخواست جمع‌آوری.",
			"شهروند از رها شدن نخاله‌های یک ساختمان در حال ساخت در {loc} گلایه دارند.",
			"انباشت خاک و نخاله در {loc} و سد شدن مسیر.",
		},
		citizen: []string{
			"یکی نخاله ساختمونی ریخته {loc}، نصف راه بسته شده",
			"کامیون شبونه خاک و نخاله خالی کرده {loc}",
			"یه هفته‌ست نخاله‌های ساختمون کناری {loc} مونده",
		},
		fng: []string{"nakhale sakhtemani {loc} rikhtan"}},
	{key: "sidewalk", agency: "municipality", weight: 4, kinds: streetly, category: "سد معبر", vague: "سایر", wrong: "ترافیک",
		single: 0.7, tail: 0.8, spanDays: 20, recur: 0.15, months: allYear,
		operator: []string{
			"سد معبر توسط مغازه‌داران {loc}؛ عابرین مجبورند از سواره‌رو عبور کنند.",
			"اشغال پیاده‌رو {loc} با اجناس مغازه.",
			"دستفروشان {loc} پیاده‌رو را اشغال کرده‌اند.",
		},
		citizen: []string{
			"مغازه‌های {loc} کل پیاده‌رو رو با جنس گرفتن، با کالسکه نمیشه رد شد",
			"میوه‌فروشی {loc} وسایلشو چیده تو پیاده‌رو",
		},
		fng: []string{"piade ro {loc} ro maghaze ha gereftan"}},
	{key: "tree_prune", agency: "municipality", weight: 3.5, kinds: anywhere, category: "فضای سبز", vague: "سایر", wrong: "خدمات شهری",
		single: 0.75, tail: 0.7, spanDays: 30, recur: 0.05, months: winterly,
		operator: []string{"درخواست هرس درختان {loc}.", "شاخه‌های درختان {loc} مانع دید و عبور شده است؛ درخواست هرس."},
		citizen:  []string{"شاخه‌های درخت {loc} خیلی بلند شده، جلوی نور رو گرفته", "درختای {loc} رو هرس کنید لطفا"},
		fng:      []string{"derakhtaye {loc} ro haras konid"}},
	{key: "tree_fallen", agency: "municipality", weight: 2, kinds: anywhere, category: "فضای سبز", vague: "خدمات شهری", wrong: "حوادث",
		single: 0.55, tail: 0.8, spanDays: 2, recur: 0, months: winterly,
		operator: []string{"سقوط درخت در {loc} بر اثر باد و انسداد معبر.", "شکستن شاخه بزرگ درخت در {loc}؛ خطر برای عابرین."},
		citizen:  []string{"درخت {loc} با باد دیشب افتاده وسط راه", "یه شاخه گنده شکسته افتاده {loc}"},
		fng:      []string{"derakht {loc} oftade vasat rah"}},
	{key: "stray_dogs", agency: "municipality", weight: 5, kinds: anywhere, category: "حیوانات ولگرد", vague: "خدمات شهری", wrong: "سایر",
		single: 0.6, tail: 1, spanDays: 25, recur: 0.1, months: summer,
		operator: []string{
			"شهروند از حضور سگ‌های ولگرد در {loc} و ترس اهالی و کودکان گلایه دارند.",
			"درخواست جمع‌آوری سگ‌های بلاصاحب {loc}.",
		},
		citizen: []string{
			"یه گله سگ ولگرد تو {loc} هستن، بچه‌ها نمیتونن برن مدرسه",
			"شبا سگ‌ها تو {loc} به آدم حمله میکنن",
		},
		fng: []string{"sag velgard too {loc} ziade"}},
	{key: "park_equipment", agency: "municipality", weight: 2, kinds: parkOnly, category: "پارک و فضای سبز", vague: "فضای سبز", wrong: "سایر",
		single: 0.7, tail: 0.8, spanDays: 30, recur: 0.05, months: summer,
		operator: []string{"خرابی وسایل بازی کودکان در {loc}.", "شهروند از شکسته بودن تاب و سرسره {loc} و خطر برای کودکان گلایه دارند."},
		citizen:  []string{"تاب و سرسره {loc} شکسته، بچه‌ها زخمی میشن", "وسایل ورزشی {loc} خرابه"},
		fng:      []string{"tab {loc} shekaste"}},
	{key: "park_lights", agency: "municipality", weight: 1.2, kinds: parkOnly, category: "روشنایی معابر", vague: "پارک و فضای سبز", wrong: "برق",
		single: 0.7, tail: 0.8, spanDays: 15, recur: 0.1, months: allYear,
		operator: []string{"خاموشی چراغ‌های {loc}.", "روشنایی {loc} شب‌ها خاموش است و محل تجمع افراد نامناسب شده."},
		citizen:  []string{"چراغای {loc} شبا خاموشه، شده پاتوق معتادا", "{loc} شب تاریک تاریکه"},
		fng:      []string{"cheraghaye {loc} khamooshe"}},
	{key: "street_cleaning", agency: "municipality", weight: 3, kinds: anywhere, category: "نظافت معابر", vague: "خدمات شهری", wrong: "جمع‌آوری پسماند",
		single: 0.8, tail: 0.6, spanDays: 7, recur: 0.1, months: winterly,
		operator: []string{"عدم رفت‌وروب {loc}.", "درخواست نظافت و جمع‌آوری برگ‌ها در {loc}."},
		citizen:  []string{"خیلی وقته کسی {loc} رو جارو نکرده، پر از برگ و آشغاله"},
		fng:      []string{"{loc} ro kasi tamiz nemikone"}},
	{key: "illegal_building", agency: "municipality", weight: 2, kinds: alleyOr, category: "تخلفات ساختمانی", vague: "شهرسازی", wrong: "نخاله ساختمانی",
		single: 0.8, tail: 0.6, spanDays: 20, recur: 0, months: summer,
		operator: []string{"گزارش ساخت‌وساز غیرمجاز در {loc}.", "شهروند اعلام نمودند یکی از همسایگان در {loc} بدون مجوز در حال احداث طبقه اضافه است."},
		citizen:  []string{"تو {loc} همسایه بدون مجوز داره طبقه اضافه میسازه", "تو {loc} دارن بدون پروانه ساختمون میسازن"},
		fng:      []string{"sakht o saz bedoone mojavez {loc}"}},
	{key: "dead_animal", agency: "municipality", weight: 1.5, kinds: anywhere, category: "خدمات شهری", vague: "سایر", wrong: "حیوانات ولگرد",
		single: 0.75, tail: 0.6, spanDays: 2, recur: 0, months: allYear,
		operator: []string{"لاشه حیوان در {loc}؛ درخواست جمع‌آوری.", "وجود لاشه سگ در {loc}."},
		citizen:  []string{"یه گربه مرده از دیروز افتاده {loc}", "لاشه سگ {loc} بو گرفته"},
		fng:      []string{"lashe sag {loc} oftade"}},

	{key: "sewage", agency: "water", weight: 2.5, kinds: alleyOr, category: "فاضلاب", vague: "سایر", wrong: "آبهای سطحی",
		single: 0.55, tail: 1.2, spanDays: 6, recur: 0.15, months: rainy,
		operator: []string{"سرریز فاضلاب از منهول {loc}.", "پس‌زدگی فاضلاب در {loc} و بوی نامطبوع.", "گرفتگی شبکه فاضلاب {loc}."},
		citizen:  []string{"چاه فاضلاب {loc} سر رفته، همه جا بوی گند گرفته", "از منهول {loc} فاضلاب بیرون میزنه"},
		fng:      []string{"fazelab {loc} sar rafte"}},
	{key: "water_main", agency: "water", weight: 1.2, kinds: anywhere, category: "آب", vague: "سایر", wrong: "آبهای سطحی",
		single: 0.6, tail: 0.8, spanDays: 2, recur: 0.05, months: allYear,
		operator: []string{"ترکیدگی لوله آب در {loc} و هدر رفت آب.", "نشت آب از لوله شبکه در {loc}."},
		citizen:  []string{"لوله آب {loc} ترکیده از صبح آب داره هدر میره", "از زیر آسفالت {loc} آب تمیز میجوشه"},
		fng:      []string{"looleye ab {loc} tarakide"}},
	{key: "water_trench", agency: "water", weight: 1, kinds: alleyOr, category: "آسفالت و لکه‌گیری", vague: "حفاری", wrong: "آسفالت و لکه‌گیری",
		single: 0.5, tail: 1, spanDays: 25, recur: 0, months: allYear,
		operator: []string{"حفاری آبفا در {loc} رها شده و ترمیم نشده است.", "شهروند اعلام نمودند شرکت آب پس از تعمیر لوله، محل حفاری {loc} را بدون ترمیم رها کرده است."},
		citizen:  []string{"آب و فاضلاب {loc} رو کنده و رفته، دو هفته‌ست همینطوری مونده", "بعد لوله‌کشی آب {loc} رو خاکی ول کردن"},
		fng:      []string{"abfa {loc} ro kande raft"}},
	{key: "street_light", agency: "power", weight: 4.5, kinds: anywhere, category: "روشنایی معابر", vague: "سایر", wrong: "برق",
		single: 0.6, tail: 1, spanDays: 12, recur: 0.12, months: winterly,
		operator: []string{"خاموشی روشنایی معابر {loc}.", "چراغ‌های {loc} چند شب است خاموش است.", "سوختن لامپ تیر چراغ برق {loc}."},
		citizen:  []string{"کل {loc} تاریکه، چراغای تیر برق خاموشه", "لامپ تیر برق {loc} سوخته، شبا هیچی دیده نمیشه"},
		fng:      []string{"cheragh bargh {loc} khamooshe"}},
	{key: "wires_in_tree", agency: "power", weight: 0.8, kinds: anywhere, category: "فضای سبز", vague: "سایر", wrong: "فضای سبز",
		single: 0.7, tail: 0.6, spanDays: 5, recur: 0, months: winterly,
		operator: []string{"برخورد شاخه درختان با سیم برق در {loc}.", "شاخه درخت روی کابل برق {loc} افتاده است."},
		citizen:  []string{"شاخه درخت رفته لای سیمای برق {loc}، جرقه میزنه"},
		fng:      []string{"shakhe derakht rooye sim bargh {loc}"}},
	{key: "power_cut", facets: true, agency: "power", weight: 0.8, kinds: anywhere, category: "برق", vague: "سایر", wrong: "روشنایی معابر",
		single: 0.7, tail: 1, spanDays: 1, recur: 0.1, months: summer,
		operator: []string{"قطعی برق {loc}.", "کج شدن تیر برق در {loc} و خطر سقوط."},
		citizen:  []string{"برق {loc} از ظهر قطعه", "تیر برق {loc} کج شده داره میفته"},
		fng:      []string{"bargh {loc} ghate"}},
	{key: "gas", facets: true, agency: "gas", weight: 1.6, kinds: anywhere, category: "سایر", vague: "سایر", wrong: "آسفالت و لکه‌گیری",
		single: 0.65, tail: 0.8, spanDays: 10, recur: 0, months: winterly,
		operator: []string{"استشمام بوی گاز در {loc}.", "حفاری شرکت گاز در {loc} ترمیم نشده است.", "لوله گاز روکار {loc} آسیب دیده است."},
		citizen:  []string{"بوی گاز شدید میاد {loc}", "شرکت گاز {loc} رو کنده و درست نکرده", "لوله گاز روکار {loc} ضربه خورده، میترسیم"},
		fng:      []string{"booye gaz miad {loc}"}},
	{key: "telecom", facets: true, agency: "telecom", weight: 0.9, kinds: anywhere, category: "سایر", vague: "سایر", wrong: "حفاری",
		single: 0.7, tail: 0.6, spanDays: 15, recur: 0, months: allYear,
		operator: []string{"باز بودن درب جعبه تقسیم مخابرات در {loc}.", "حفاری فیبر نوری مخابرات در {loc} رها شده است.", "کابل مخابرات در {loc} آویزان شده است."},
		citizen:  []string{"در جعبه مخابرات {loc} بازه و سیما ریخته بیرون", "مخابرات {loc} رو برای فیبر کنده و ول کرده", "سیم تلفن {loc} پاره شده آویزونه"},
		fng:      []string{"jabe mokhaberat {loc} baze"}},
	{key: "blocked_alley", facets: true, agency: "police", weight: 2.4, kinds: alleyOr, category: "ترافیک", vague: "سایر", wrong: "سد معبر",
		single: 0.8, tail: 0.6, spanDays: 10, recur: 0.1, months: allYear,
		operator: []string{"پارک خودرو در ورودی {loc} و سد شدن راه.", "خودروی رها شده چند ماهه در {loc}."},
		citizen:  []string{"یکی ماشینشو جلوی در پارکینگ {loc} پارک کرده و رفته", "یه پراید چند ماهه تو {loc} ول شده"},
		fng:      []string{"mashin jeloye parking {loc} park karde"}},
	{key: "noise", facets: true, agency: "police", weight: 1.3, kinds: anywhere, category: "سایر", vague: "سایر", wrong: "تخلفات ساختمانی",
		single: 0.85, tail: 0.5, spanDays: 5, recur: 0.1, months: summer,
		operator: []string{"سر و صدای شبانه و مزاحمت همسایه در {loc}.", "تجمع جوانان و موتورسواران در {loc} تا دیروقت."},
		citizen:  []string{"هر شب تا ۲ نصف شب صدای موزیک و داد و بیداد از یه خونه تو {loc}", "بچه‌موتوریا تا دیروقت {loc} جمع میشن و گاز میدن"},
		fng:      []string{"har shab sar o seda too {loc}"}},
	{key: "other_agency", facets: true, agency: "other", weight: 1.8, kinds: anywhere, category: "سایر", vague: "سایر", wrong: "خدمات شهری",
		single: 0.85, tail: 0.5, spanDays: 10, recur: 0, months: allYear,
		operator: []string{"نگهداری دام در منزل مسکونی {loc} و بوی نامطبوع.", "گلایه از کم‌فروشی نانوایی {loc}.", "خودپرداز بانک {loc} چند روز است کار نمی‌کند."},
		citizen:  []string{"همسایه تو {loc} گاو و مرغ نگه میداره، بوش کل محل رو برداشته", "نانوایی {loc} نون خمیر میده و گرون میفروشه", "خودپرداز {loc} همیشه خرابه"},
		fng:      []string{"nanvaei {loc} gerun mifrooshe"}},
}

// placeless are the requests that name no place and chase nothing: each is its own issue.
var placeless = []struct {
	agency, category string
	text             []string
}{
	{"municipality", "سایر", []string{"شهروند خواستار اطلاع از ساعت جمع‌آوری زباله در محله هستند.", "ساعت جمع‌آوری زباله محله ما چنده؟"}},
	{"municipality", "سایر", []string{"گلایه از عدم پاسخگویی شهرداری منطقه به درخواست‌های قبلی.", "هر چی زنگ میزنیم کسی جواب نمیده، چرا هیچ کاری نمیکنید؟"}},
	{"municipality", "شهرسازی", []string{"سوال در خصوص نحوه دریافت مجوز حفاری و تعمیرات ساختمان.", "برای مجوز تعمیر سقف باید به کجا مراجعه کنیم؟"}},
	{"municipality", "عوارض", []string{"اعتراض به مبلغ عوارض نوسازی.", "عوارض امسال چرا انقدر زیاد اومده؟"}},
	{"municipality", "خدمات شهری", []string{"شکایت از پاکبانان که زباله‌ها را در مسیر می‌ریزند.", "سگ‌های ولگرد در کل منطقه زیاد شده‌اند، فکری بکنید."}},
	{"municipality", "سایر", []string{"پیشنهاد شهروند برای ایجاد ایستگاه دوچرخه و پیاده‌راه در منطقه.", "تشکر از پرسنل خدمات شهری بابت رسیدگی سریع."}},
	{"water", "سایر", []string{"شهروند از مبلغ بالای قبض آب گلایه دارند.", "آب از صبح قطعه، کی وصل میشه؟"}},
	{"power", "سایر", []string{"گلایه از قطعی‌های مکرر برق در ساعات اوج.", "چرا برق هر روز قطع میشه؟"}},
}
