package rasht44

import "github.com/tafkik/tafkik"

// placeRule is what "the place" of a problem is (README: the labelling rule).
type placeRule int

const (
	onAlleyOrBlock placeRule = iota // the alley, or the block of a street
	onBlock                         // mostly the block of a street
	onArea                          // the neighbourhood
	onHouse                         // a house or shop: alley + plate
	onMark                          // a landmark: park, school, shop
	onNone                          // no fixable place (general complaints)
)

// sizeClass is how many requests an issue of the kind tends to draw.
type sizeClass int

const (
	sizeLocal   sizeClass = iota // one alley's neighbours
	sizeArea                     // a whole neighbourhood without water or power
	sizePrivate                  // one household's complaint
	sizeOne                      // always one
)

// kind is a problem type: who must act, what its place is, how long an episode lasts and
// how people speak of it. {p} in a phrase is where the place goes.
type kind struct {
	code    string
	agency  tafkik.Agency
	family  string // kinds of one family are one problem for the labelling rule
	share   float64
	where   placeRule
	marks   []string
	size    sizeClass
	minDays float64
	maxDays float64
	hours   float64 // > 0: an episode of a few hours, reports within this many hours
	most    int     // > 0: the most requests one issue of the kind draws
	season  [12]float64
	rain    bool
	night   bool
	cats    []string
	say     []string
	op      []string
	fing    []string
	also    string // the passing mention of it in a request about something else
}

var (
	flat    = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	wet     = [12]float64{0.8, 0.5, 0.4, 0.3, 0.4, 0.6, 1.4, 1.8, 1.7, 1.6, 1.5, 1.2}
	summer  = [12]float64{0.6, 0.9, 1.4, 2.4, 2.4, 1.6, 0.8, 0.5, 0.6, 0.6, 0.5, 0.5}
	cuts    = [12]float64{0.2, 0.5, 1.6, 3.2, 3.2, 1.8, 0.4, 0.6, 1.4, 1.4, 0.6, 0.3}
	nights  = [12]float64{0.6, 0.6, 0.6, 0.6, 0.7, 0.9, 1.3, 1.6, 1.7, 1.6, 1.3, 1.0}
	leaves  = [12]float64{0.8, 0.8, 0.7, 0.7, 0.7, 0.9, 1.6, 2.0, 1.4, 0.9, 0.8, 0.8}
	warm    = [12]float64{1.2, 1.4, 1.5, 1.6, 1.5, 1.2, 0.9, 0.7, 0.6, 0.6, 0.7, 0.9}
	schools = [12]float64{0.2, 0.8, 0.6, 0.1, 0.1, 0.8, 1.8, 1.6, 1.5, 1.4, 1.4, 1.0}
)

var kinds = []*kind{
	// --- municipality ---
	{code: "asphalt", agency: tafkik.AgencyMunicipality, family: "surface", share: 15.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 20, maxDays: 220, season: wet,
		cats: []string{"آسفالت و ترمیم معابر", "ترمیم آسفالت", "عمران"},
		say: []string{
			"آسفالت {p} خیلی خراب شده و پر از چاله است",
			"{p} چاله‌های بزرگ دارد و ماشین‌ها آسیب می‌بینند",
			"کف {p} کاملا از بین رفته، با هر بارون پر از گل و آب میشه",
			"{p} هنوز آسفالت نشده و خاکی است",
			"یک چاله عمیق وسط {p} است، دیشب یک موتوری زمین خورد",
			"آسفالت {p} ترک خورده و نشست کرده",
			"درخواست آسفالت مجدد {p} را داریم، سال‌هاست کسی رسیدگی نکرده",
			"چاله چوله‌های {p} ماشین رو داغون کرده",
		},
		op: []string{
			"شهروند از تخریب آسفالت {p} و وجود چاله‌های متعدد گلایه دارد و خواستار ترمیم است",
			"درخواست ترمیم آسفالت {p}",
			"تماس‌گیرنده اعلام نمود چاله بزرگی در {p} ایجاد شده است",
		},
		fing: []string{"asfalte {p} kharab shode", "{p} pore chale ast, lotfan asfalt konid"},
		also: "آسفالت کوچه هم خرابه"},
	{code: "waste", agency: tafkik.AgencyMunicipality, family: "waste", share: 10.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 1, maxDays: 5, season: warm,
		cats: []string{"پسماند و نظافت", "جمع‌آوری زباله", "خدمات شهری"},
		say: []string{
			"زباله‌های {p} چند روز است جمع‌آوری نشده",
			"مخزن زباله {p} پر شده و زباله‌ها روی زمین ریخته",
			"بوی بد آشغال در {p} همه جا را گرفته",
			"سطل زباله {p} شکسته و گربه‌ها زباله‌ها را پخش می‌کنند",
			"ماشین زباله دو شب است به {p} نیامده",
		},
		op: []string{
			"شهروند از عدم جمع‌آوری زباله در {p} شکایت دارد",
			"پر بودن مخزن زباله در {p} و پراکندگی پسماند",
		},
		fing: []string{"ashghal haye {p} jam nemishe", "sotle ashghal {p} por shode"},
		also: "زباله‌ها هم جمع نمیشه"},
	{code: "channel", agency: tafkik.AgencyMunicipality, family: "channel", share: 8, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 3, maxDays: 70, season: wet, rain: true,
		cats: []string{"آبهای سطحی", "لایروبی جوی و کانال", "خدمات شهری"},
		say: []string{
			"جوی {p} گرفته و با هر بارون آب تو کوچه جمع میشه",
			"کانال آب‌های سطحی {p} مسدود شده و آب برگشته داخل حیاط‌ها",
			"آبگرفتگی شدید در {p}، جوی‌ها لایروبی نشده",
			"دریچه کانال {p} پر از لجن و برگ است و آب باران رد نمی‌شود",
			"جوی {p} بوی بد میده و آب در آن ایستاده، لطفا لایروبی کنید",
			"آب بارون تو {p} تا زانو بالا آمده",
		},
		op: []string{
			"شهروند از آبگرفتگی {p} به علت گرفتگی جوی آب‌های سطحی خبر داد",
			"درخواست لایروبی کانال آب‌های سطحی {p}",
		},
		fing: []string{"jooye {p} gerefte, ab jam shode", "ab gereftegi dar {p}"},
		also: "جوی‌ها هم گرفته"},
	{code: "sidewalk", most: 20, agency: tafkik.AgencyMunicipality, family: "sidewalk", share: 3, where: onBlock, size: sizeLocal,
		minDays: 20, maxDays: 160, season: flat,
		cats: []string{"پیاده‌رو", "عمران", "معابر"},
		say: []string{
			"موزاییک‌های پیاده‌رو {p} شکسته و لق است",
			"پیاده‌روی {p} خراب است و سالمندان زمین می‌خورند",
			"جدول کنار {p} شکسته و ریخته",
		},
		op:   []string{"تخریب کف‌پوش پیاده‌رو در {p}", "درخواست بازسازی پیاده‌رو {p}"},
		fing: []string{"piade rooye {p} kharabe"},
		also: "پیاده‌رو هم خراب است"},
	{code: "tree", most: 15, agency: tafkik.AgencyMunicipality, family: "tree", share: 3.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 2, maxDays: 40, season: leaves,
		cats: []string{"فضای سبز", "هرس درختان"},
		say: []string{
			"شاخه بزرگ درخت در {p} شکسته و روی زمین افتاده",
			"درخت‌های {p} نیاز به هرس دارند و جلوی دید را گرفته‌اند",
			"درخت کهنسال {p} کج شده و ممکن است بیفتد",
			"ریشه درخت، پیاده‌روی {p} را بلند کرده",
		},
		op:   []string{"درخواست هرس درختان {p}", "سقوط شاخه درخت در {p}"},
		fing: []string{"derakht {p} shekaste"},
		also: "درختا هم هرس نشده"},
	{code: "debris", most: 15, agency: tafkik.AgencyMunicipality, family: "debris", share: 4, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 3, maxDays: 30, season: warm,
		cats: []string{"نخاله و مصالح ساختمانی", "خدمات شهری", "تخلفات ساختمانی"},
		say: []string{
			"نخاله ساختمانی در {p} رها شده",
			"یک نفر شبانه خاک و نخاله ساختمان را در {p} خالی کرده",
			"مصالح ساختمانی همسایه نصف {p} را بسته",
		},
		op:   []string{"تخلیه غیرمجاز نخاله در {p}", "رهاسازی مصالح ساختمانی در {p}"},
		fing: []string{"nakhale sakhtemani dar {p} rikhtan"},
		also: "نخاله هم ریختن"},
	{code: "encroach", most: 15, agency: tafkik.AgencyMunicipality, family: "encroach", share: 3.5, where: onBlock, size: sizeLocal,
		minDays: 10, maxDays: 90, season: flat,
		cats: []string{"سد معبر", "تخلفات صنفی"},
		say: []string{
			"مغازه‌های {p} اجناس را روی پیاده‌رو چیده‌اند و جای عبور نیست",
			"دستفروش‌ها پیاده‌روی {p} را اشغال کرده‌اند",
			"میوه‌فروشی {p} سد معبر کرده",
		},
		op:   []string{"سد معبر توسط کسبه در {p}"},
		fing: []string{"maghaze ha piade ro ro dar {p} gereftan"},
		also: "سد معبر هم هست"},
	{code: "dogs", agency: tafkik.AgencyMunicipality, family: "dogs", share: 4, where: onArea, size: sizeArea,
		minDays: 10, maxDays: 60, season: flat,
		cats: []string{"حیوانات ولگرد", "سگ‌های بلاصاحب", "خدمات شهری"},
		say: []string{
			"چند سگ ولگرد در {p} هستند و بچه‌ها می‌ترسند",
			"سگ‌های ولگرد شب‌ها در {p} پارس می‌کنند و به عابرین حمله می‌کنند",
			"یک گله سگ در {p} پرسه می‌زنند",
		},
		op:   []string{"حضور سگ‌های بلاصاحب در {p} و ایجاد ناامنی برای عابرین"},
		fing: []string{"sag haye velgard dar {p} ziad shodan"},
		also: "سگ ولگرد هم زیاد شده"},
	{code: "rats", most: 10, agency: tafkik.AgencyMunicipality, family: "rats", share: 1.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 5, maxDays: 40, season: warm,
		cats: []string{"بهداشت محیط", "سمپاشی", "خدمات شهری"},
		say: []string{
			"موش‌های بزرگ در {p} زیاد شده‌اند، لطفا طعمه‌گذاری کنید",
			"{p} پر از موش شده، شب‌ها از دیوار بالا میان",
		},
		op:   []string{"درخواست طعمه‌گذاری و مبارزه با جوندگان در {p}"},
		fing: []string{"moosh dar {p} ziad shode"},
		also: "موش هم زیاد شده"},
	{code: "park", most: 15, agency: tafkik.AgencyMunicipality, family: "park", share: 2, where: onMark, marks: []string{"park"}, size: sizeLocal,
		minDays: 5, maxDays: 60, season: warm,
		cats: []string{"فضای سبز", "پارک‌ها و بوستان‌ها"},
		say: []string{
			"وسایل بازی بچه‌ها در {p} شکسته و خطرناک است",
			"سرویس بهداشتی {p} کثیف و خراب است",
			"نیمکت‌های {p} شکسته و آبخوری کار نمی‌کند",
		},
		op:   []string{"خرابی وسایل بازی کودکان در {p}", "نامناسب بودن سرویس بهداشتی {p}"},
		fing: []string{"vasayel bazi {p} kharabe"},
		also: "وسایل بازی پارک هم شکسته"},
	{code: "parklight", most: 20, agency: tafkik.AgencyMunicipality, family: "parklight", share: 1.2, where: onMark, marks: []string{"park"}, size: sizeLocal,
		minDays: 3, maxDays: 40, season: nights,
		cats: []string{"فضای سبز", "روشنایی معابر", "پارک‌ها و بوستان‌ها"},
		say: []string{
			"چراغ‌های داخل {p} چند شب است خاموش است و پارک تاریک است",
			"روشنایی {p} قطع است، شب‌ها معتادها جمع می‌شوند",
			"پایه چراغ‌های {p} خاموشه، کسی جرات نمی‌کنه بره پیاده‌روی",
		},
		op:   []string{"خاموشی روشنایی داخل {p}"},
		fing: []string{"cheragh haye {p} khamooshe"},
		also: "چراغای پارک هم خاموشه"},
	{code: "speedbump", most: 20, agency: tafkik.AgencyMunicipality, family: "speedbump", share: 2.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 30, maxDays: 250, season: flat,
		cats: []string{"ترافیک و حمل و نقل", "سرعت‌گیر", "عمران"},
		say: []string{
			"ماشین‌ها با سرعت زیاد از {p} رد میشن، لطفا سرعت‌گیر بگذارید",
			"سرعت‌گیر {p} خراب شده و فقط آهنش مانده",
			"{p} خط‌کشی عابر پیاده ندارد و بچه‌ها موقع مدرسه در خطرند",
		},
		op:   []string{"درخواست نصب سرعت‌گیر در {p}"},
		fing: []string{"lotfan dar {p} sorat gir bezarid"},
		also: "سرعت‌گیر هم لازم داریم"},
	{code: "trenchpave", most: 25, agency: tafkik.AgencyMunicipality, family: "surface", share: 2.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 20, maxDays: 150, season: wet,
		cats: []string{"ترمیم حفاری", "آسفالت و ترمیم معابر", "عمران"},
		say: []string{
			"چند ماه پیش برای لوله‌کشی گاز {p} را کندند و بستند ولی هنوز آسفالت نکرده‌اند",
			"روی کانال لوله آب در {p} فقط خاک ریختند و رفتند، آسفالت نشده و گل شده",
			"ترمیم ترانشه {p} انجام نشده، جای حفاری نشست کرده",
			"کار حفاری {p} تمام شده ولی نوار حفاری هنوز آسفالت نشده",
		},
		op:   []string{"عدم ترمیم آسفالت محل حفاری در {p} پس از پایان عملیات"},
		fing: []string{"jaye hafari {p} asfalt nashode"},
		also: "جای حفاری هم آسفالت نشده"},
	{code: "carcass", most: 6, agency: tafkik.AgencyMunicipality, family: "carcass", share: 1, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 0.3, maxDays: 2, season: warm,
		cats: []string{"خدمات شهری", "بهداشت محیط"},
		say: []string{
			"لاشه یک سگ در {p} افتاده و بو میده",
			"یک گربه مرده وسط {p} است، لطفا جمع کنید",
		},
		op:   []string{"وجود لاشه حیوان در {p}"},
		fing: []string{"lashe heyvan dar {p}"},
		also: "لاشه گربه هم افتاده"},
	{code: "sweeping", most: 12, agency: tafkik.AgencyMunicipality, family: "sweeping", share: 2, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 2, maxDays: 20, season: leaves,
		cats: []string{"رفت و روب", "پسماند و نظافت", "خدمات شهری"},
		say: []string{
			"رفتگر مدتی است به {p} نیامده و همه جا کثیف است",
			"کف {p} پر از برگ و خاک است، جارو نشده",
		},
		op:   []string{"عدم رفت و روب {p}"},
		fing: []string{"{p} jaroo nemishe"},
		also: "رفتگر هم نمیاد"},
	{code: "transit", most: 6, agency: tafkik.AgencyMunicipality, family: "transit", share: 1, where: onBlock, size: sizePrivate,
		minDays: 5, maxDays: 60, season: flat,
		cats: []string{"تاکسیرانی", "حمل و نقل عمومی", "ترافیک و حمل و نقل"},
		say: []string{
			"ایستگاه اتوبوس {p} سایبان ندارد و زیر باران خیس می‌شویم",
			"تاکسی‌های خط {p} کرایه را بیشتر از نرخ مصوب می‌گیرند",
			"اتوبوس‌ها در ایستگاه {p} توقف نمی‌کنند",
		},
		op:   []string{"شکایت از وضعیت حمل و نقل عمومی در {p}"},
		fing: []string{"otoboos dar istgahe {p} vaymise nemishe"},
		also: "ایستگاه اتوبوس هم سایبان نداره"},
	{code: "general", most: 1, agency: tafkik.AgencyMunicipality, family: "general", share: 1.5, where: onNone, size: sizeOne,
		minDays: 1, maxDays: 1, season: flat,
		cats: []string{"سایر", "درخواست شهروندی", "پیشنهادات"},
		say: []string{
			"چرا شهرداری به محله ما رسیدگی نمی‌کند؟ همه جا کثیف و خراب است",
			"پیشنهاد می‌کنم در محله ما یک پارک کوچک برای بچه‌ها ساخته شود",
			"از زحمات پرسنل شهرداری منطقه سه تشکر می‌کنم",
			"عوارض نوسازی ما اشتباه محاسبه شده، کسی جواب نمیده",
			"از رفتار مامور شهرداری شکایت دارم",
		},
		op:   []string{"شهروند از عملکرد شهرداری منطقه گلایه دارد", "پیشنهاد شهروند جهت بهبود خدمات محله"},
		fing: []string{"shahrdari be mahale ma residegi nemikone"},
		also: "کلا به محله ما رسیدگی نمیشه"},

	// --- water and sewage company (آبفا) ---
	{code: "sewer", agency: tafkik.AgencyWater, family: "sewer", share: 3.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 1, maxDays: 20, season: wet,
		cats: []string{"آب و فاضلاب", "فاضلاب", "سایر ارگان‌ها"},
		say: []string{
			"فاضلاب از منهول {p} بیرون زده و بوی بدی میده",
			"لوله فاضلاب {p} گرفته و فاضلاب برگشته داخل خانه‌ها",
			"درپوش منهول فاضلاب {p} شکسته و فاضلاب سرریز کرده",
			"آب کثیف و بدبو از دریچه فاضلاب {p} بیرون میاد",
		},
		op:   []string{"سرریز فاضلاب از منهول در {p}", "پس‌زدگی فاضلاب شبکه در {p}"},
		fing: []string{"fazelab dar {p} birun zade"},
		also: "فاضلاب هم بیرون زده"},
	{code: "burst", agency: tafkik.AgencyWater, family: "burst", share: 2.3, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 0.3, maxDays: 3, season: summer,
		cats: []string{"آب و فاضلاب", "شکستگی لوله", "سایر ارگان‌ها"},
		say: []string{
			"لوله آب در {p} ترکیده و آب تمیز هدر میره",
			"از زیر آسفالت {p} آب بیرون میزنه، انگار لوله شکسته",
			"لوله اصلی آب {p} شکسته و کوچه را آب برداشته",
		},
		op:   []string{"شکستگی لوله آب در {p}", "نشت آب از شبکه در {p}"},
		fing: []string{"looleye ab dar {p} tarakide"},
		also: "لوله آب هم نشتی داره"},
	{code: "watercut", agency: tafkik.AgencyWater, family: "watersupply", share: 1.8, where: onArea, size: sizeArea,
		hours: 8, season: summer,
		cats: []string{"آب و فاضلاب", "قطعی آب", "سایر ارگان‌ها"},
		say: []string{
			"آب {p} از صبح قطع است",
			"آب چند ساعت است در {p} قطع شده و هیچ اطلاع‌رسانی نشده",
			"باز هم آب {p} قطعه! چی کار کنیم با بچه کوچیک",
		},
		op:   []string{"قطعی آب در {p}"},
		fing: []string{"abe {p} ghate"},
		also: "آب هم قطعه"},
	{code: "pressure", agency: tafkik.AgencyWater, family: "watersupply", share: 0.8, where: onArea, size: sizeArea,
		minDays: 2, maxDays: 15, season: summer,
		cats: []string{"آب و فاضلاب", "افت فشار آب", "سایر ارگان‌ها"},
		say: []string{
			"فشار آب {p} خیلی کم است و به طبقه دوم نمی‌رسد",
			"چند روز است فشار آب {p} عصرها صفر می‌شود",
		},
		op:   []string{"افت فشار آب در {p}"},
		fing: []string{"feshare ab dar {p} kame"},
		also: "فشار آب هم کمه"},
	{code: "trenchwater", agency: tafkik.AgencyWater, family: "surface", share: 0.8, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 5, maxDays: 40, season: flat,
		cats: []string{"ترمیم حفاری", "آب و فاضلاب", "عمران"},
		say: []string{
			"آبفا {p} را کنده و دو هفته است رها کرده، گودال باز مانده",
			"کانالی که برای لوله آب در {p} کندند باز مانده و خطرناک است، هیچ علامتی هم نگذاشته‌اند",
		},
		op:   []string{"رهاسازی ترانشه باز حفاری آبفا در {p}"},
		fing: []string{"abfa {p} ro kande va raha karde"},
		also: "گودال حفاری هم بازه"},

	// --- power distribution, street lighting included ---
	{code: "streetlight", agency: tafkik.AgencyPower, family: "light", share: 5.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 3, maxDays: 45, season: nights,
		cats: []string{"روشنایی معابر", "برق", "سایر ارگان‌ها"},
		say: []string{
			"چراغ‌های {p} چند شب است خاموش است و کوچه کاملا تاریک است",
			"لامپ تیر برق {p} سوخته",
			"{p} شب‌ها تاریکه و ناامن شده، چراغ برق روشن نمیشه",
			"چراغ خیابان در {p} خاموش است، خانم‌ها شب می‌ترسند رد شوند",
		},
		op:   []string{"خاموشی چراغ‌های روشنایی معابر در {p}", "سوختگی لامپ روشنایی معبر در {p}"},
		fing: []string{"cheragh haye {p} khamooshe", "{p} shab tarike"},
		also: "چراغ‌های کوچه هم خاموش است"},
	{code: "powercut", agency: tafkik.AgencyPower, family: "powercut", share: 3.5, where: onArea, size: sizeArea,
		hours: 3, season: cuts,
		cats: []string{"برق", "قطعی برق", "سایر ارگان‌ها"},
		say: []string{
			"برق {p} قطع است",
			"باز هم برق رفت! {p} سه ساعت است بی‌برق است",
			"قطعی برق {p} خارج از جدول خاموشی است",
			"برق {p} رفته، یخچال و وسایل برقی خراب شد",
		},
		op:   []string{"قطعی برق در {p}"},
		fing: []string{"barghe {p} ghate", "bargh raft dar {p}"},
		also: "برق هم مدام قطع میشه"},
	{code: "pole", agency: tafkik.AgencyPower, family: "pole", share: 1.2, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 1, maxDays: 20, season: wet,
		cats: []string{"برق", "روشنایی معابر", "سایر ارگان‌ها"},
		say: []string{
			"تیر برق {p} کج شده و ممکن است بیفتد",
			"سیم برق در {p} آویزان شده و خطرناک است",
			"شاخه درخت در {p} روی سیم برق افتاده و جرقه می‌زند",
			"در جعبه فیوز برق {p} باز است و بچه‌ها دست می‌زنند",
		},
		op:   []string{"آویزان بودن سیم برق در {p}", "کج شدن تیر برق در {p}"},
		fing: []string{"sime bargh dar {p} avizoone"},
		also: "سیم برق هم آویزونه"},

	// --- gas ---
	{code: "gassmell", agency: tafkik.AgencyGas, family: "gas", share: 0.8, where: onAlleyOrBlock, size: sizeLocal,
		hours: 5, season: nights,
		cats: []string{"گاز", "حوادث", "سایر ارگان‌ها"},
		say: []string{
			"بوی گاز شدید در {p} می‌آید",
			"علمک گاز {p} نشتی دارد و بوی گاز پیچیده",
		},
		op:   []string{"گزارش بوی گاز در {p}"},
		fing: []string{"booye gaz dar {p}"},
		also: "بوی گاز هم میاد"},
	{code: "trenchgas", agency: tafkik.AgencyGas, family: "surface", share: 0.6, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 5, maxDays: 40, season: flat,
		cats: []string{"ترمیم حفاری", "گاز", "عمران"},
		say: []string{
			"شرکت گاز {p} را برای لوله‌کشی کنده و رها کرده، کانال باز است",
			"حفاری گاز در {p} یک ماه است باز مانده",
		},
		op:   []string{"رهاسازی حفاری شرکت گاز در {p}"},
		fing: []string{"sherkat gaz {p} ro kande"},
		also: "کانال گاز هم بازه"},

	// --- telecom ---
	{code: "telecom", agency: tafkik.AgencyTelecom, family: "telecom", share: 0.9, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 2, maxDays: 25, season: flat,
		cats: []string{"مخابرات", "سایر ارگان‌ها"},
		say: []string{
			"کابل مخابرات {p} پاره شده و روی زمین افتاده",
			"در جعبه مخابرات {p} باز است و سیم‌ها بیرون ریخته",
			"تلفن‌های ثابت {p} یک هفته است قطع است",
		},
		op:   []string{"قطعی خطوط تلفن ثابت در {p}", "آسیب‌دیدگی کابل مخابراتی در {p}"},
		fing: []string{"kabl mokhaberat dar {p} pare shode"},
		also: "تلفن هم قطعه"},
	{code: "trenchtel", agency: tafkik.AgencyTelecom, family: "surface", share: 0.5, where: onAlleyOrBlock, size: sizeLocal,
		minDays: 5, maxDays: 40, season: flat,
		cats: []string{"ترمیم حفاری", "مخابرات"},
		say: []string{
			"مخابرات برای فیبر نوری {p} را کنده و رها کرده",
			"حفاری فیبر نوری در {p} تمام نشده و گودال باز است",
		},
		op:   []string{"رهاسازی حفاری مخابرات در {p}"},
		fing: []string{"mokhaberat {p} ro baraye fiber kande"},
		also: "حفاری فیبر هم رها شده"},

	// --- police ---
	{code: "parking", agency: tafkik.AgencyPolice, family: "parking", share: 2.2, where: onAlleyOrBlock, size: sizePrivate,
		minDays: 0.2, maxDays: 20, season: flat,
		cats: []string{"ترافیک و حمل و نقل", "انتظامی", "سد معبر"},
		say: []string{
			"یک ماشین جلوی در پارکینگ {p} پارک کرده و نمی‌توانم خارج شوم",
			"ماشین‌ها دوبل پارک می‌کنند و {p} بسته شده",
			"یک وانت چند روز است سر {p} پارک شده و راه را بسته",
		},
		op:   []string{"سد معبر خودرو و مسدود شدن {p}"},
		fing: []string{"mashin jolo parking dar {p} park karde"},
		also: "ماشینا هم جلوی در پارک می‌کنن"},
	{code: "noise", agency: tafkik.AgencyPolice, family: "noise", share: 1.6, where: onHouse, size: sizePrivate,
		minDays: 0.2, maxDays: 20, season: summer, night: true,
		cats: []string{"انتظامی", "مزاحمت", "سایر"},
		say: []string{
			"همسایه {p} هر شب تا صبح سر و صدا دارد",
			"موتورسوارها با اگزوز آزاد شب‌ها در {p} ویراژ می‌دهند",
			"کارگاه {p} تا نیمه شب سر و صدا دارد",
		},
		op:   []string{"مزاحمت صوتی در {p}"},
		fing: []string{"sar o sedaye hamsaye dar {p}"},
		also: "سر و صدا هم زیاده"},

	// --- other agencies ---
	{code: "school", agency: tafkik.AgencyOther, family: "school", share: 0.7, where: onMark, marks: []string{"school"}, size: sizePrivate,
		minDays: 5, maxDays: 30, season: schools,
		cats: []string{"آموزش و پرورش", "سایر", "سایر ارگان‌ها"},
		say: []string{
			"دیوار حیاط {p} ترک برداشته و برای بچه‌ها خطرناک است",
			"بخاری‌های {p} کار نمی‌کند و بچه‌ها سرما می‌خورند",
			"سرویس مدرسه {p} هر روز دیر می‌آید",
		},
		op:   []string{"شکایت از وضعیت ایمنی {p}"},
		fing: []string{"madrese {p} moshkel dare"},
		also: "مدرسه هم مشکل داره"},
	{code: "health", agency: tafkik.AgencyOther, family: "health", share: 0.7, where: onMark, marks: []string{"bakery", "restaurant", "pastry", "shop"}, size: sizePrivate,
		minDays: 1, maxDays: 20, season: warm,
		cats: []string{"بهداشت", "سایر", "سایر ارگان‌ها"},
		say: []string{
			"{p} بهداشت را رعایت نمی‌کند، کارگرش با دست پول می‌گیرد و نان می‌دهد",
			"از {p} خرید کردم و جنس تاریخ گذشته بود",
		},
		op:   []string{"عدم رعایت موازین بهداشتی در {p}"},
		fing: []string{"{p} behdasht ro reayat nemikone"},
		also: "نانوایی هم بهداشت رعایت نمی‌کنه"},
	{code: "welfare", agency: tafkik.AgencyOther, family: "welfare", share: 0.5, where: onBlock, size: sizePrivate,
		minDays: 5, maxDays: 40, season: flat,
		cats: []string{"آسیب‌های اجتماعی", "سایر"},
		say: []string{
			"چند معتاد در {p} تجمع کرده‌اند و کارتن‌خواب شده‌اند",
			"کودکان کار سر {p} هستند، لطفا بهزیستی رسیدگی کند",
		},
		op:   []string{"تجمع افراد بی‌خانمان در {p}"},
		fing: []string{"moatad ha dar {p} jam shodan"},
		also: "معتادها هم جمع میشن"},
	{code: "livestock", agency: tafkik.AgencyOther, family: "livestock", share: 0.3, where: onHouse, size: sizePrivate,
		minDays: 10, maxDays: 60, season: warm,
		cats: []string{"بهداشت", "سایر"},
		say: []string{
			"همسایه {p} در حیاط مرغ و اردک نگه می‌دارد و بوی بد و مگس همه جا را گرفته",
			"در {p} گاو نگهداری می‌شود، وسط شهر!",
		},
		op:   []string{"نگهداری دام و طیور در منزل مسکونی {p}"},
		fing: []string{"hamsaye dar {p} morgh negah midare"},
		also: "همسایه مرغ نگه میداره"},
}

// vague categories are what operators and the app fall back on.
var vagueCats = []string{"سایر", "درخواست شهروندی", "سایر", "پیشنهادات و انتقادات"}

func kindByCode(code string) *kind {
	for _, k := range kinds {
		if k.code == code {
			return k
		}
	}
	panic("rasht44: no kind " + code)
}
