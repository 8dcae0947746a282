package rasht25

// In the wording below «~» marks a ZWNJ (نیم‌فاصله): each request keeps it, drops it or
// writes a space, the way its writer types. «{p}» is where the writer names the place, if
// they do; «{ref}» is the tracking code a follow-up quotes.

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

// Where an issue of a problem happens.
const (
	atAlley  = iota // an alley
	atSeg           // a segment of a main street
	atPark          // a park
	atMarket        // the market
	atSchool        // a school's street
	atRoad          // the long road of لاکان
)

// Seasonal profiles by Solar month (Farvardin first).
var (
	flat   = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	rainy  = [12]float64{0.5, 0.3, 0.1, 0.05, 0.1, 0.4, 1.2, 1.6, 1.6, 1.4, 1.2, 0.8}
	summer = [12]float64{1.2, 1, 1.3, 1.5, 1.5, 1.2, 0.9, 0.8, 0.7, 0.7, 0.8, 1}
	winter = [12]float64{0.8, 0.7, 0.6, 0.6, 0.6, 0.8, 1, 1.3, 1.5, 1.5, 1.3, 1.1}
	spring = [12]float64{1.4, 1.5, 1.2, 0.9, 0.8, 0.7, 0.8, 0.8, 0.7, 0.8, 1, 1.3}
)

// Size classes: how many requests an issue of the problem draws.
const (
	sizeOne = iota // nearly always one (a private matter, a dead cat)
	sizeSmall
	sizeMedium
	sizeLarge // an alley's asphalt, a flooding street, a dark road
)

type problem struct {
	key    string
	agency string
	cat    string   // the right category
	near   []string // categories an operator or citizen picks by mistake
	weight float64  // relative number of issues
	where  []int    // place kinds, drawn uniformly
	season *[12]float64
	size   int
	days   float64 // how long an episode typically runs
	recur  float64 // chance the same spot has another episode later in the year
	app    []string
	op     []string
	web    []string
	fing   []string
	terse  []string // the whole caption of an app photo, when the pin or address says where
}

// Categories the 137 system offers; vague ones are picked when nobody knows better.
const (
	catAsphalt   = "آسفالت و لکه~گیری"
	catGarbage   = "پسماند"
	catSurface   = "آب~های سطحی"
	catDebris    = "نخاله ساختمانی"
	catSidewalk  = "سد معبر"
	catGreen     = "فضای سبز"
	catDogs      = "حیوانات بلاصاحب"
	catCleaning  = "رفت و روب معابر"
	catParks     = "پارک~ها و بوستان~ها"
	catBuild     = "تخلفات ساختمانی"
	catTraffic   = "ترافیک و علائم"
	catTransit   = "حمل و نقل عمومی"
	catLighting  = "روشنایی معابر"
	catDigging   = "حفاری و ترمیم نوار حفاری"
	catOutside   = "خارج از حیطه شهرداری"
	catWaterCo   = "آب و فاضلاب"
	catPowerCo   = "برق"
	catHealth    = "بهداشت محیط"
	catNuisance  = "مزاحمت"
	catVagueCity = "خدمات شهری"
	catOther     = "سایر"
)

var vagueCats = []string{catOther, catOther, catVagueCity, "شکایات", "پیگیری", "عمومی"}

var problems = []*problem{
	{key: "asphalt", agency: municipality, cat: catAsphalt, near: []string{catDigging, catSurface, catTraffic},
		weight: 13, where: []int{atAlley, atAlley, atAlley, atSeg}, season: &spring, size: sizeLarge, days: 40, recur: 0.03,
		app: []string{"آسفالت {p} خیلی خرابه", "چاله بزرگ {p} ماشین~ها آسیب میبینن", "{p} پر از چاله شده لطفا آسفالت کنید",
			"آسفالت {p} ترک خورده و چاله افتاده", "یه چاله خیلی عمیق {p} هست دیشب یه موتوری افتاد", "کی میاید آسفالت {p} رو درست کنید؟", "از بس چاله داره {p} ماشینم داغون شد", "آسفالت {p} رو سال~هاست کسی درست نکرده",
			"وسط {p} یه چاله هست که پر آب میشه دیده نمیشه", "تو رو خدا یه فکری به حال آسفالت {p} بکنید",
			"کوچه~مون آسفالت نداره همش گل و چاله", "چاله~های {p}"},
		op: []string{"شهروند از تخریب آسفالت {p} و وجود چاله~های متعدد گلایه دارد. درخواست لکه~گیری دارند.", "درخواست آسفالت {p}",
			"وجود چاله عمیق در {p}. خطر تصادف.", "تماس شهروند در خصوص خرابی آسفالت {p}، پیگیری شود.", "آسفالت {p} تخریب شده، درخواست ترمیم دارند"},
		web: []string{"با سلام و احترام. آسفالت {p} چندین ماه است که خراب شده و با هر بارندگی چاله~ها پر از آب می~شود. خواهشمند است دستور لکه~گیری صادر فرمایید.",
			"سلام. چاله~های {p} باعث خرابی ماشین~ها شده. چند بار گزارش دادیم ولی کسی نیامده.",
			"احتراما به استحضار می~رساند آسفالت {p} به شدت فرسوده است و تردد سالمندان و کودکان با مشکل مواجه است."},
		fing:  []string{"asfalt {p} kharabe", "chale bozorg {p} lotfan dorost konid", "{p} por az chale"},
		terse: []string{"چاله", "آسفالت خراب", "چاله خطرناک", "آسفالت"}},
	{key: "garbage", agency: municipality, cat: catGarbage, near: []string{catCleaning, catHealth},
		weight: 17, where: []int{atAlley, atAlley, atAlley, atSeg, atSeg, atMarket}, season: &summer, size: sizeSmall, days: 3, recur: 0.12,
		app: []string{"زباله~های {p} جمع نشده بوی بد میده", "سطل زباله {p} پر شده و ریخته تو کوچه", "دو روزه ماشین زباله نیومده {p}",
			"مخزن زباله {p} شکسته", "زباله {p} رو گربه~ها پخش کردن", "آشغال~ها {p} مونده",
			"دیشب ماشین زباله نیومد {p} همه جا آشغاله", "کیسه~های زباله {p} از صبح مونده زیر آفتاب", "سطل زباله {p} رو بردن نیاوردن"},
		op: []string{"عدم جمع~آوری زباله در {p}", "شهروند اعلام نمود زباله~ها در {p} از دیروز جمع~آوری نشده است.",
			"سرریز مخزن زباله در {p}", "درخواست تعویض مخزن زباله شکسته در {p}", "تجمع زباله در {p} و انتشار بوی نامطبوع"},
		web: []string{"سلام. چند روز است که زباله~های {p} جمع~آوری نمی~شود و بوی تعفن همه جا را گرفته است. لطفا رسیدگی کنید.",
			"با سلام. مخزن زباله {p} همیشه پر است و زباله~ها روی زمین ریخته می~شود. درخواست مخزن بزرگتر داریم."},
		fing:  []string{"ashghal {p} jam nashode", "zobale {p} bu mide"},
		terse: []string{"زباله", "آشغال", "زباله جمع نشده", "سطل زباله پر"}},
	{key: "surface", agency: municipality, cat: catSurface, near: []string{catWaterCo, catAsphalt},
		weight: 9, where: []int{atAlley, atAlley, atSeg, atSeg, atSchool}, season: &rainy, size: sizeLarge, days: 12, recur: 0.25,
		app: []string{"آبگرفتگی {p} بعد از بارون", "جوی {p} گرفته آب اومده تو کوچه", "آب {p} جمع شده نمیشه رد شد",
			"با هر بارون {p} میشه دریاچه", "{p} آب رفته تو حیاط خونه~ها", "کانال آب {p} پر از آشغاله آب راه نمیره",
			"{p} رو آب برده", "دوباره {p} آب گرفته مثل هر سال", "بارون اومد باز {p} آب گرفت ماشین رد نمیشه"},
		op: []string{"آبگرفتگی معبر در {p} به علت انسداد جوی", "گرفتگی کانال آبهای سطحی {p}", "شهروند از آبگرفتگی {p} و ورود آب به منازل خبر داد.",
			"درخواست لایروبی جوی {p}", "تجمع آب باران در {p}"},
		web: []string{"با سلام. با هر بارندگی {p} دچار آبگرفتگی شدید می~شود و آب وارد پارکینگ منازل می~شود. جوی~ها لایروبی نشده~اند.",
			"سلام وقت بخیر. کانال آبهای سطحی {p} مسدود است و آب در معبر جمع شده است."},
		fing:  []string{"ab gereftegi {p}", "joob {p} gerefte"},
		terse: []string{"آبگرفتگی", "آب گرفتگی", "آب جمع شده", "جوی گرفته"}},
	{key: "debris", agency: municipality, cat: catDebris, near: []string{catGarbage, catBuild},
		weight: 6, where: []int{atAlley, atAlley, atSeg}, season: &summer, size: sizeSmall, days: 10, recur: 0.03,
		app: []string{"یکی نخاله ساختمونی ریخته {p}", "نخاله~های ساختمانی {p} چند هفته~ست مونده", "خاک و نخاله {p} راه رو بسته",
			"شب~ها میان نخاله خالی میکنن {p}", "یه کامیون خاک ریختن {p} رفتن"},
		op:    []string{"تخلیه غیرمجاز نخاله ساختمانی در {p}", "شهروند از رها شدن نخاله ساختمانی در {p} گلایه دارد.", "درخواست جمع~آوری نخاله {p}"},
		web:   []string{"سلام. مقدار زیادی نخاله ساختمانی در {p} تخلیه شده و عبور و مرور را مختل کرده است."},
		fing:  []string{"nakhale sakhtemani {p}"},
		terse: []string{"نخاله", "نخاله ساختمانی"}},
	{key: "sidewalk", agency: municipality, cat: catSidewalk, near: []string{catTraffic, catNuisance},
		weight: 3.8, where: []int{atSeg, atSeg, atSeg, atMarket}, season: &flat, size: sizeMedium, days: 30, recur: 0.05,
		app: []string{"مغازه~دارها پیاده~رو {p} رو گرفتن", "میوه~فروشی {p} اجناسشو چیده تو پیاده~رو", "پیاده~رو {p} جای رد شدن نیست",
			"دستفروشا {p} پیاده رو رو بستن"},
		op:    []string{"سد معبر توسط کسبه در {p}", "اشغال پیاده~رو توسط مغازه~دار در {p}", "شهروند از سد معبر دستفروشان در {p} شکایت دارد."},
		web:   []string{"با سلام. کسبه {p} کالاهای خود را در پیاده~رو قرار داده~اند و عابران مجبورند از خیابان عبور کنند."},
		fing:  []string{"piade ro {p} ro gereftan"},
		terse: []string{"سد معبر", "پیاده رو"}},
	{key: "trees", agency: municipality, cat: catGreen, near: []string{catParks, catPowerCo},
		weight: 6, where: []int{atAlley, atSeg, atSeg, atSchool}, season: &winter, size: sizeSmall, days: 14, recur: 0.03,
		app: []string{"شاخه~های درخت {p} خطرناکه", "درخت {p} نیاز به هرس داره", "درخت {p} خشک شده ممکنه بیفته",
			"درخت افتاده وسط {p}", "ریشه درخت {p} پیاده~رو رو شکسته", "شاخه~های درخت {p} جلوی دید رو گرفته"},
		op:    []string{"درخواست هرس درختان {p}", "سقوط شاخه درخت در {p}", "شهروند درخواست قطع درخت خشک در {p} را دارد.", "افتادن درخت در {p} پس از طوفان"},
		web:   []string{"سلام. درخت کهنسال {p} خشک شده و خطر سقوط دارد. لطفا بررسی فرمایید."},
		fing:  []string{"derakht {p} oftade", "shakhe derakht {p} khatarnake"},
		terse: []string{"درخت", "هرس درخت", "درخت افتاده"}},
	{key: "dogs", agency: municipality, cat: catDogs, near: []string{catHealth, catOther},
		weight: 3.8, where: []int{atAlley, atSeg, atPark, atSchool}, season: &flat, size: sizeMedium, days: 20, recur: 0.1,
		app: []string{"سگ~های ولگرد {p} بچه~ها می~ترسن", "چند تا سگ {p} به مردم حمله میکنن", "یه گله سگ شبا {p} هست",
			"سگ ولگرد {p} بچه مو گاز گرفت", "شبا سگا {p} تا صبح پارس میکنن"},
		op:    []string{"وجود سگ~های بلاصاحب در {p} و ایجاد مزاحمت برای عابرین", "درخواست جمع~آوری سگ~های ولگرد {p}", "حمله سگ ولگرد به عابر در {p}"},
		web:   []string{"با سلام. تعداد سگ~های ولگرد در {p} زیاد شده و کودکان جرات رفتن به مدرسه را ندارند."},
		fing:  []string{"sag velgard {p} ziade"},
		terse: []string{"سگ ولگرد", "سگ"}},
	{key: "cleaning", agency: municipality, cat: catCleaning, near: []string{catGarbage, catGreen},
		weight: 4, where: []int{atAlley, atSeg, atMarket}, season: &winter, size: sizeSmall, days: 7, recur: 0.06,
		app:  []string{"{p} خیلی کثیفه کسی جارو نمیکنه", "برگ~ها {p} جمع نشده", "رفتگر چند وقته {p} نیومده"},
		op:   []string{"درخواست رفت و روب {p}", "عدم نظافت معبر در {p}", "تجمع برگ و خاک در {p}"},
		web:  []string{"سلام. مدتی است که {p} جاروب نشده و برگ و خاک جمع شده است."},
		fing: []string{"{p} kasife"}},
	{key: "parkequip", agency: municipality, cat: catParks, near: []string{catGreen, catOther},
		weight: 2.5, where: []int{atPark}, season: &summer, size: sizeMedium, days: 30, recur: 0.08,
		app:  []string{"وسایل بازی {p} شکسته", "سرویس بهداشتی {p} خیلی کثیفه", "تاب {p} خطرناکه بچه افتاد", "آبخوری {p} خرابه"},
		op:   []string{"خرابی وسایل بازی کودکان در {p}", "عدم نظافت سرویس بهداشتی {p}", "درخواست تعمیر نیمکت~های {p}"},
		web:  []string{"با سلام. وسایل بازی {p} شکسته و برای کودکان خطرناک است. لطفا تعمیر شود."},
		fing: []string{"vasayel bazi {p} shekaste"}},
	{key: "parklights", agency: municipality, cat: catParks, near: []string{catLighting, catLighting, catPowerCo},
		weight: 1.5, where: []int{atPark}, season: &winter, size: sizeMedium, days: 15, recur: 0.1,
		app:  []string{"چراغ~های {p} خاموشه شب~ها تاریکه", "داخل {p} هیچ چراغی روشن نیست", "لامپ~های {p} سوخته"},
		op:   []string{"خاموشی چراغ~ها در {p}", "شهروند از تاریکی {p} در شب گلایه دارد.", "روشنایی {p} قطع است"},
		web:  []string{"سلام. چراغ~های داخل {p} چند هفته است خاموش است و شب~ها محل تجمع افراد ناباب شده."},
		fing: []string{"cheragh haye {p} khamooshe"}},
	{key: "building", agency: municipality, cat: catBuild, near: []string{catDebris, catOther},
		weight: 2.5, where: []int{atAlley, atAlley, atSeg}, season: &summer, size: sizeSmall, days: 30, recur: 0.02,
		app:  []string{"ساختمون {p} بدون مجوز طبقه اضافه میسازه", "همسایه {p} داره غیرمجاز میسازه", "ساخت و ساز شبانه {p}"},
		op:   []string{"ساخت و ساز غیرمجاز در {p}", "گزارش تخلف ساختمانی در {p}", "اضافه بنا بدون پروانه در {p}"},
		web:  []string{"با سلام. در {p} ساختمانی در حال احداث طبقه اضافه بدون مجوز است. تقاضای بررسی دارم."},
		fing: []string{"sakht o saz gheyre mojaz {p}"}},
	{key: "bump", agency: municipality, cat: catTraffic, near: []string{catAsphalt, catOther},
		weight: 2, where: []int{atAlley, atSeg, atSchool}, season: &flat, size: sizeSmall, days: 40, recur: 0.02,
		app:  []string{"لطفا برای {p} سرعتگیر بزارید ماشینا با سرعت رد میشن", "تابلو {p} افتاده", "خط~کشی عابر {p} پاک شده"},
		op:   []string{"درخواست نصب سرعت~گیر در {p}", "درخواست خط~کشی عابر پیاده {p}", "تابلو راهنمایی {p} آسیب دیده"},
		web:  []string{"با سلام. خودروها با سرعت زیاد از {p} عبور می~کنند. لطفا سرعت~گیر نصب شود."},
		fing: []string{"sorat gir {p} lazeme"}},
	{key: "busstop", agency: municipality, cat: catTransit, near: []string{catOther, catVagueCity},
		weight: 1, where: []int{atSeg}, season: &winter, size: sizeSmall, days: 30, recur: 0.02,
		app:  []string{"ایستگاه اتوبوس {p} سقفش خراب شده", "صندلی ایستگاه اتوبوس {p} شکسته"},
		op:   []string{"خرابی سایبان ایستگاه اتوبوس {p}", "درخواست تعمیر ایستگاه اتوبوس {p}"},
		web:  []string{"سلام. ایستگاه اتوبوس {p} سایبان ندارد و مسافران زیر باران می~مانند."},
		fing: []string{"istgah otobus {p} kharabe"}},
	{key: "carcass", agency: municipality, cat: catHealth, near: []string{catGarbage, catDogs},
		weight: 2, where: []int{atAlley, atSeg}, season: &flat, size: sizeOne, days: 2,
		app:  []string{"لاشه گربه {p} افتاده", "یه سگ مرده {p} هست بو گرفته"},
		op:   []string{"وجود لاشه حیوان در {p}", "درخواست جمع~آوری لاشه گربه در {p}"},
		web:  []string{"سلام. لاشه یک سگ در {p} رها شده است."},
		fing: []string{"lashe gorbe {p}"}},
	{key: "grate", agency: municipality, cat: catSurface, near: []string{catAsphalt, catWaterCo},
		weight: 1.5, where: []int{atAlley, atSeg}, season: &flat, size: sizeSmall, days: 10, recur: 0.02,
		app:  []string{"دریچه کانال {p} شکسته خطرناکه", "درپوش جوی {p} نیست یکی میفته توش"},
		op:   []string{"شکستگی دریچه کانال آب~های سطحی در {p}", "نبود درپوش جوی در {p}"},
		web:  []string{"سلام. دریچه فلزی کانال {p} شکسته و برای عابران خطرناک است."},
		fing: []string{"daricheye kanal {p} shekaste"}},

	// Not the municipality's.
	{key: "burst", agency: water, cat: catWaterCo, near: []string{catSurface, catSurface, catOutside},
		weight: 1.6, where: []int{atAlley, atSeg}, season: &winter, size: sizeMedium, days: 2, recur: 0.05,
		app:   []string{"لوله آب {p} ترکیده آب داره هدر میره", "از زیر آسفالت {p} آب میزنه بیرون", "شیر آب {p} شکسته آب راه افتاده"},
		op:    []string{"شکستگی لوله آب در {p}", "نشت آب از شبکه در {p}. به آبفا اطلاع داده شود.", "هدر رفت آب شرب در {p}"},
		web:   []string{"با سلام. از دیروز لوله آب در {p} شکسته و آب تمیز در جوی جاری است."},
		fing:  []string{"looleh ab {p} tarakide"},
		terse: []string{"ترکیدگی لوله آب", "آب هدر میره"}},
	{key: "sewage", agency: water, cat: catWaterCo, near: []string{catSurface, catSurface, catHealth},
		weight: 1.7, where: []int{atAlley, atAlley, atSeg}, season: &rainy, size: sizeMedium, days: 5, recur: 0.15,
		app:   []string{"فاضلاب {p} زده بیرون بوی بدی داره", "منهول فاضلاب {p} پس زده", "آب فاضلاب تو {p} جاری شده", "بوی فاضلاب {p} آدمو خفه میکنه"},
		op:    []string{"پس زدن فاضلاب از منهول در {p}", "شهروند از سرریز فاضلاب در {p} گلایه دارد.", "گرفتگی شبکه فاضلاب {p}"},
		web:   []string{"سلام. فاضلاب از منهول {p} بیرون زده و بوی تعفن آن غیر قابل تحمل است."},
		fing:  []string{"fazelab {p} zade biroon"},
		terse: []string{"فاضلاب", "بوی فاضلاب"}},
	{key: "nowater", agency: water, cat: catWaterCo, near: []string{catOutside, catOther},
		weight: 1, where: []int{atAlley, atSeg}, season: &summer, size: sizeMedium, days: 1,
		app:  []string{"از دیشب آب {p} قطعه", "فشار آب {p} خیلی کمه"},
		op:   []string{"قطعی آب در {p}", "افت فشار آب در {p}"},
		web:  []string{"سلام. آب {p} از صبح قطع است و اطلاع~رسانی نشده."},
		fing: []string{"ab {p} ghate"}},
	{key: "watertrench", agency: water, cat: catDigging, near: []string{catAsphalt, catAsphalt, catWaterCo},
		weight: 1.2, where: []int{atAlley, atSeg}, season: &spring, size: sizeMedium, days: 30,
		app:  []string{"شرکت آب {p} رو کنده و رها کرده", "حفاری {p} بعد از لوله~کشی آسفالت نشده", "آبفا {p} رو کنده درست نکرده"},
		op:   []string{"عدم ترمیم حفاری آبفا در {p}", "ترانشه حفاری شرکت آب در {p} رها شده", "حفاری رها شده در {p}"},
		web:  []string{"با سلام. حدود یک ماه پیش برای تعمیر لوله آب {p} حفاری شد و هنوز ترمیم نشده است."},
		fing: []string{"hafari {p} dorost nashode"}},
	{key: "lamps", agency: power, cat: catLighting, near: []string{catPowerCo, catVagueCity},
		weight: 3.8, where: []int{atAlley, atAlley, atSeg, atSeg}, season: &winter, size: sizeMedium, days: 14, recur: 0.1,
		app: []string{"چراغ~های {p} خاموشه", "تیر چراغ برق {p} چند شبه روشن نمیشه", "{p} شب~ها تاریکه", "لامپ تیر برق {p} سوخته",
			"چراغ برق {p} روزا هم روشنه",
			"سه تا از چراغای {p} سوخته", "برق تیرای {p} قطعه شبا هیچی دیده نمیشه"},
		op:    []string{"خاموشی چراغ~های روشنایی معابر در {p}", "شهروند از تاریکی {p} گلایه دارد.", "عدم روشنایی معبر در {p}"},
		web:   []string{"سلام. چراغ~های {p} بیش از دو هفته است خاموش است و شب~ها خانم~ها جرات عبور ندارند."},
		fing:  []string{"cheragh {p} khamooshe", "{p} tarike"},
		terse: []string{"چراغ خاموش", "تاریکی", "لامپ سوخته"}},
	{key: "wire", agency: power, cat: catPowerCo, near: []string{catLighting, catOutside},
		weight: 1.2, where: []int{atAlley, atSeg}, season: &winter, size: sizeSmall, days: 3,
		app:  []string{"سیم برق {p} آویزون شده خطرناکه", "تیر برق {p} کج شده", "شاخه درخت افتاده رو سیم برق {p}"},
		op:   []string{"آویزان شدن سیم برق در {p}", "کج شدن تیر برق در {p}", "سقوط درخت روی سیم برق در {p}"},
		web:  []string{"سلام. سیم~های برق {p} پس از طوفان دیشب پاره شده و روی زمین افتاده است."},
		fing: []string{"sim bargh {p} oftade"}},
	{key: "blackout", agency: power, cat: catPowerCo, near: []string{catOutside, catOther},
		weight: 0.8, where: []int{atAlley, atSeg}, season: &summer, size: sizeMedium, days: 1,
		app:  []string{"برق {p} رفته", "برق {p} از صبح قطعه"},
		op:   []string{"قطعی برق در {p}"},
		web:  []string{"سلام. برق {p} چند ساعت است قطع است."},
		fing: []string{"bargh {p} rafte"}},
	{key: "gassmell", agency: gas, cat: catOutside, near: []string{catOther, catOther},
		weight: 0.8, where: []int{atAlley, atSeg}, season: &winter, size: sizeSmall, days: 1,
		app:  []string{"بوی گاز {p} میاد", "بوی شدید گاز {p}"},
		op:   []string{"استشمام بوی گاز در {p}. به ۱۹۴ اطلاع داده شد.", "نشت گاز در {p}"},
		web:  []string{"سلام. از صبح بوی گاز در {p} استشمام می~شود."},
		fing: []string{"booye gaz {p}"}},
	{key: "gastrench", agency: gas, cat: catDigging, near: []string{catAsphalt, catAsphalt},
		weight: 0.8, where: []int{atAlley, atSeg}, season: &summer, size: sizeSmall, days: 30,
		app:  []string{"شرکت گاز {p} رو کنده و درست نکرده", "حفاری گاز {p} رها شده", "{p} رو برای لوله گاز کندن هنوز آسفالت نشده"},
		op:   []string{"عدم ترمیم حفاری شرکت گاز در {p}", "حفاری رها شده گاز در {p}"},
		web:  []string{"با سلام. شرکت گاز برای لوله~کشی {p} را حفاری کرده و رها کرده است."},
		fing: []string{"hafari gaz {p}"}},
	{key: "telcable", agency: telecom, cat: catOutside, near: []string{catPowerCo, catOther},
		weight: 0.8, where: []int{atAlley, atSeg}, season: &winter, size: sizeSmall, days: 7,
		app:  []string{"کابل مخابرات {p} افتاده رو زمین", "سیم تلفن {p} پاره شده آویزونه"},
		op:   []string{"آویزان بودن کابل مخابرات در {p}", "پارگی کابل تلفن در {p}"},
		web:  []string{"سلام. کابل مخابرات {p} از تیر جدا شده و روی زمین افتاده است."},
		fing: []string{"kabl mokhaberat {p}"}},
	{key: "telbox", agency: telecom, cat: catOutside, near: []string{catSurface, catDigging},
		weight: 0.7, where: []int{atAlley, atSeg}, season: &flat, size: sizeSmall, days: 14,
		app:  []string{"در منهول مخابرات {p} باز مونده", "جعبه مخابرات {p} شکسته", "حفاری فیبر نوری {p} رها شده"},
		op:   []string{"باز بودن درب حوضچه مخابرات در {p}", "حفاری رها شده مخابرات (فیبر نوری) در {p}"},
		web:  []string{"سلام. درب حوضچه مخابراتی {p} مفقود شده و خطر سقوط عابر وجود دارد."},
		fing: []string{"manhole mokhaberat {p} baze"}},
	{key: "parking", agency: police, cat: catTraffic, near: []string{catSidewalk, catNuisance},
		weight: 1.8, where: []int{atAlley, atAlley, atSeg, atSchool}, season: &flat, size: sizeSmall, days: 5, recur: 0.1,
		app: []string{"ماشین جلو در پارکینگ {p} پارک کرده", "همیشه ماشینا {p} دوبله پارک می~کنن کوچه بسته میشه", "ماشین رو پیاده~رو {p} پارک کردن",
			"وانت {p} کوچه رو بسته"},
		op:    []string{"پارک خودرو و انسداد معبر در {p}", "سد معبر توسط خودروی پارک شده در {p}", "پارک دوبل خودروها در {p}"},
		web:   []string{"سلام. خودروها در {p} روی پیاده~رو پارک می~کنند و کالسکه رد نمی~شود."},
		fing:  []string{"mashin {p} park karde"},
		terse: []string{"پارک مزاحم", "ماشین جلو پارکینگ"}},
	{key: "abandoned", agency: police, cat: catTraffic, near: []string{catSidewalk, catOther},
		weight: 0.8, where: []int{atAlley, atSeg}, season: &flat, size: sizeSmall, days: 60,
		app:  []string{"یه ماشین اوراقی چند ماهه {p} رها شده", "پیکان قراضه {p} ماه~هاست مونده"},
		op:   []string{"خودروی رها شده در {p}", "شهروند از رها شدن خودروی فرسوده در {p} خبر داد."},
		web:  []string{"سلام. یک خودروی فرسوده چند ماه است در {p} رها شده و محل تجمع زباله شده است."},
		fing: []string{"mashin ghorazeh {p}"}},
	{key: "racing", agency: police, cat: catNuisance, near: []string{catOther, catTraffic},
		weight: 0.9, where: []int{atSeg, atAlley, atPark}, season: &summer, size: sizeSmall, days: 20, recur: 0.1,
		app:  []string{"موتورسوارها شبا {p} ویراژ میدن صدا زیاده", "هر شب {p} دور دور میکنن ساعت ۲ شب"},
		op:   []string{"مزاحمت موتورسواران در {p} در ساعات شب", "ایجاد سر و صدا توسط جوانان در {p}"},
		web:  []string{"با سلام. هر شب موتورسوارها در {p} با صدای بلند ویراژ می~دهند و آسایش اهالی سلب شده است."},
		fing: []string{"motori ha {p} viraj midan"}},
	{key: "hygiene", agency: other, cat: catHealth, near: []string{catOther, catGarbage},
		weight: 0.7, where: []int{atSeg, atMarket}, season: &summer, size: sizeOne, days: 10,
		app:  []string{"رستوران {p} بهداشت رو رعایت نمیکنه", "قصابی {p} گوشت مونده میفروشه"},
		op:   []string{"شکایت از عدم رعایت بهداشت در رستوران {p}", "عدم رعایت بهداشت توسط صنف در {p}"},
		web:  []string{"سلام. رستورانی در {p} بهداشت را رعایت نمی~کند. لطفا به بهداشت اطلاع دهید."},
		fing: []string{"resturan {p} behdasht nadare"}},
	{key: "neighbour", agency: other, cat: catNuisance, near: []string{catOther, catBuild},
		weight: 0.8, where: []int{atAlley}, season: &flat, size: sizeOne, days: 10,
		app:  []string{"همسایه~مون آب کولرش رو ریخته تو حیاط ما", "همسایه طبقه بالا سگ نگه میداره شب تا صبح پارس میکنه", "همسایه دیوار مشترک رو خراب کرده"},
		op:   []string{"اختلاف همسایگی در {p}", "شکایت از همسایه بابت نگهداری حیوان در {p}"},
		web:  []string{"سلام. همسایه ما در {p} آب باران پشت بامش را به حیاط ما هدایت کرده است."},
		fing: []string{"hamsaye ab rikhte too hayat"}},
	{key: "smoke", agency: other, cat: catHealth, near: []string{catNuisance, catOther},
		weight: 0.5, where: []int{atAlley, atSeg}, season: &winter, size: sizeSmall, days: 30,
		app:  []string{"دود کارگاه {p} کل محل رو گرفته", "نونوایی {p} لاستیک میسوزونه"},
		op:   []string{"آلودگی هوا ناشی از کارگاه در {p}", "شکایت از دود کارگاه صنعتی در {p}"},
		web:  []string{"سلام. کارگاهی در {p} ضایعات می~سوزاند و دود آن همه را آزار می~دهد."},
		fing: []string{"dood kargah {p}"}},
}
