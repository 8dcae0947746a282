package rasht42

// The problems of the district: what goes wrong, whose business it is, at what scale its
// place is, how long an episode lasts and how people say it. In the texts «_» stands for the
// zero-width non-joiner (kept, dropped or spaced by each writer) and {P} for the place as the
// writer names it (or «کوچه ما» when they do not).

const (
	municipality = "municipality"
	water        = "water"
	power        = "power"
	gas          = "gas"
	telecom      = "telecom"
	police       = "police"
	other        = "other"
)

// site kinds
const (
	stAlley = iota
	stDeadEnd
	stStretch
	stArea
	stPark
	stSquare
	stInst
	nSiteKinds
)

// size distributions of tail issues
const (
	sizeNormal = iota // lasting problems: most reported once or twice, a tail into the dozens
	sizeSmall         // point events: one to four calls
	sizeArea          // cuts: a street calls
)

type kind struct {
	id     string
	agency string
	group  string // problems that cannot overlap at one place
	point  bool   // the site carries a plate
	sites  [nSiteKinds]float64
	inst   []string // landmark kinds for stInst
	size   int
	minH   float64 // episode length in hours, log-uniform
	maxH   float64
	gap    int // days between episodes of the group at one place
	night  bool
	season [12]float64 // weight by Persian month, Farvardin first
	weight float64     // tail issues, relative
	cats   []string
	noun   string // what the follow-up is about
	cores  []string
	fing   []string
	aside  string // the same problem named in passing in another request
	cons   []string
}

var flat = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}

var kinds = []*kind{
	{id: "asphalt", agency: municipality, group: "road", sites: [nSiteKinds]float64{stAlley: 70, stDeadEnd: 10, stStretch: 20},
		size: sizeNormal, minH: 24 * 20, maxH: 24 * 150, gap: 90, season: [12]float64{1, 1, 1, .8, .7, .8, 1.2, 1.5, 1.6, 1.5, 1.4, 1.2}, weight: 330,
		cats: []string{"آسفالت", "آسفالت و لکه_گیری", "عمران و معابر", "معابر"}, noun: "آسفالت",
		cores: []string{
			"آسفالت {P} خراب شده و پر از چاله است",
			"چاله_های بزرگی در {P} ایجاد شده که به ماشین_ها آسیب می_زند",
			"وضعیت آسفالت {P} خیلی بد است، بارون که میاد همه_جا گل و چاله است",
			"{P} سال_هاست آسفالت نشده",
			"درخواست آسفالت مجدد {P} را داریم",
			"یک چاله بزرگ وسط {P} هست که موتوری_ها زمین می_خورن",
			"لکه_گیری آسفالت {P} انجام نشده و چاله_ها هر روز بزرگ_تر می_شود",
			"آسفالت {P} کنده شده و سنگ_ریزه همه جا ریخته",
		},
		fing:  []string{"asphalt {P} kharab shode", "{P} pore chale ast, lotfan asphalt konid", "asfalt {P} kharabe"},
		aside: "آسفالت کوچه هم خراب است",
		cons:  []string{"ماشین_ها آسیب می_بینند", "سالمندان زمین می_خورند", "بچه_ها نمی_توانند دوچرخه سواری کنند", "شب_ها خطرناک است"}},
	{id: "sunk_patch", agency: municipality, group: "road", sites: [nSiteKinds]float64{stAlley: 75, stDeadEnd: 5, stStretch: 20},
		size: sizeNormal, minH: 24 * 14, maxH: 24 * 90, gap: 60, season: [12]float64{.8, .8, .8, .8, .8, .8, 1.2, 1.4, 1.4, 1.3, 1.2, 1}, weight: 55,
		cats: []string{"ترمیم حفاری", "حفاری", "آسفالت", "عمران و معابر"}, noun: "ترمیم حفاری",
		cores: []string{
			"محل ترمیم حفاری {P} نشست کرده و چاله شده",
			"جایی که چند ماه پیش برای لوله_کشی گاز در {P} کنده بودند الان گود افتاده",
			"ترمیم حفاری {P} بعد از کار آبفا نشست کرده و آب جمع می_شود",
			"آسفالتی که بعد از حفاری {P} ریختند پایین نشسته و ماشین_ها می_افتند",
			"وصله آسفالت روی ترانشه قدیمی {P} فرو رفته",
		},
		fing:  []string{"jaye hafari {P} neshast karde"},
		aside: "جای حفاری هم نشست کرده",
		cons:  []string{"ماشین_ها آسیب می_بینند", "آب باران جمع می_شود"}},
	{id: "trench_water", agency: water, group: "road", sites: [nSiteKinds]float64{stAlley: 65, stDeadEnd: 5, stStretch: 30},
		size: sizeNormal, minH: 24 * 5, maxH: 24 * 40, gap: 21, season: flat, weight: 14,
		cats: []string{"حفاری", "آب و فاضلاب", "آسفالت", "عمران و معابر"}, noun: "حفاری آبفا",
		cores: []string{
			"آبفا {P} را برای تعمیر لوله کنده و بعد از دو هفته هنوز پر نکرده",
			"ترانشه_ای که شرکت آب در {P} کنده باز مانده و شب هیچ علامتی ندارد",
			"لوله_گذاری آب در {P} تمام شده ولی گودال را رها کرده_اند",
			"اداره آب {P} را کنده و خاکش را وسط کوچه ریخته و رفته",
		},
		fing:  []string{"edare ab {P} ro kande va raha karde"},
		aside: "گودالی که آبفا کنده هم هنوز باز است",
		cons:  []string{"ماشین نمی_تواند رد شود", "یک نفر شب داخل گودال افتاد"}},
	{id: "trench_gas", agency: gas, group: "road", sites: [nSiteKinds]float64{stAlley: 70, stDeadEnd: 10, stStretch: 20},
		size: sizeNormal, minH: 24 * 5, maxH: 24 * 35, gap: 21, season: [12]float64{.8, 1, 1.2, 1.2, 1.2, 1, 1, .8, .8, .8, .8, .8}, weight: 10,
		cats: []string{"حفاری", "گاز", "عمران و معابر", "آسفالت"}, noun: "حفاری گاز",
		cores: []string{
			"شرکت گاز {P} را برای لوله_کشی کنده و رها کرده",
			"ترانشه گاز در {P} باز مانده و لوله_ها بیرون است",
			"پیمانکار گاز {P} را کنده، تازه آسفالت شده بود، حالا پر نمی_کنند",
		},
		fing:  []string{"sherkat gaz {P} ro kande va rafte"},
		aside: "کانال گاز هم باز مانده",
		cons:  []string{"بچه_ها در گودال بازی می_کنند", "ماشین_ها نمی_توانند وارد شوند"}},
	{id: "trench_telecom", agency: telecom, group: "road", sites: [nSiteKinds]float64{stAlley: 40, stStretch: 60},
		size: sizeNormal, minH: 24 * 5, maxH: 24 * 30, gap: 21, season: flat, weight: 7,
		cats: []string{"حفاری", "مخابرات", "عمران و معابر"}, noun: "حفاری مخابرات",
		cores: []string{
			"مخابرات برای فیبر نوری {P} را کنده و رها کرده",
			"پیمانکار فیبر نوری پیاده_رو {P} را شکافته و جمع نکرده",
		},
		aside: "کانال فیبر نوری هم باز است",
		cons:  []string{"عابران مجبورند از خیابان رد شوند"}},
	{id: "garbage", agency: municipality, group: "garbage", sites: [nSiteKinds]float64{stAlley: 78, stDeadEnd: 8, stStretch: 14},
		size: sizeNormal, minH: 24 * 1, maxH: 24 * 10, gap: 21, season: [12]float64{2, 1, 1, 1.2, 1.3, 1.2, 1, .9, .9, .9, .9, 1.1}, weight: 300,
		cats: []string{"پسماند", "خدمات شهری", "نظافت معابر", "جمع_آوری زباله"}, noun: "جمع_آوری زباله",
		cores: []string{
			"زباله_های {P} چند روز است جمع_آوری نشده",
			"سطل زباله {P} پر شده و زباله_ها ریخته روی زمین",
			"بوی بد زباله در {P} غیرقابل تحمل است",
			"ماشین زباله چند شب است به {P} نیامده",
			"مخزن زباله {P} شکسته و گربه_ها زباله_ها را پخش می_کنند",
			"درخواست گذاشتن مخزن زباله در {P}",
			"رفتگر چند روز است {P} را جارو نکرده و آشغال همه جا هست",
		},
		fing:  []string{"ashghal haye {P} jam nashode", "zobale {P} chand rooze mounde", "mashin ashghal {P} nayoomade"},
		aside: "زباله_ها هم جمع نشده",
		cons:  []string{"بوی تعفن همه جا را گرفته", "گربه و موش زیاد شده", "بچه_ها مریض می_شوند"}},
	{id: "surface", agency: municipality, group: "surface", sites: [nSiteKinds]float64{stAlley: 60, stDeadEnd: 5, stStretch: 35},
		size: sizeNormal, minH: 24 * 1, maxH: 24 * 25, gap: 21, season: [12]float64{.6, .5, .3, .2, .2, .4, 1.4, 2.2, 2.2, 1.8, 1.6, 1.2}, weight: 200,
		cats: []string{"آب_های سطحی", "لایروبی", "آبگرفتگی معابر", "خدمات شهری"}, noun: "آبگرفتگی",
		cores: []string{
			"با هر بارانی {P} آبگرفتگی دارد و آب وارد حیاط خانه_ها می_شود",
			"جوی آب {P} پر از لجن و زباله است و آب باران رد نمی_شود",
			"کانال آب_های سطحی {P} گرفته است",
			"دریچه_های آب باران {P} مسدود شده و خیابان دریاچه شده",
			"آب باران در {P} جمع شده و عبور ممکن نیست",
			"لایروبی جوی {P} انجام نشده و با باران دیشب آب بالا آمد",
			"دریچه فلزی کانال آب باران {P} کنده شده و جوی باز مانده",
		},
		fing:  []string{"ab gereftegi {P} bad az baroon", "jooye {P} gerefte, ab baroon rad nemishe"},
		aside: "جوی آب هم گرفته است",
		cons:  []string{"آب وارد زیرزمین شد", "ماشین_ها در آب گیر می_کنند", "عابران نمی_توانند رد شوند"}},
	{id: "tree", agency: municipality, group: "tree", point: true, sites: [nSiteKinds]float64{stAlley: 60, stDeadEnd: 5, stStretch: 25, stPark: 10},
		size: sizeSmall, minH: 24 * 1, maxH: 24 * 20, gap: 21, season: [12]float64{.8, .8, .8, .8, .8, .9, 1, 1.3, 1.4, 1.5, 1.3, 1}, weight: 140,
		cats: []string{"فضای سبز", "درختان", "سیما و منظر"}, noun: "درخت",
		cores: []string{
			"شاخه بزرگ درخت در {P} شکسته و روی زمین افتاده",
			"درخت خشک {P} در حال افتادن است",
			"درخواست هرس درختان {P}",
			"درخت {P} کج شده و روی ماشین_ها خم شده، خطرناک است",
			"باد دیشب درخت {P} را انداخته و راه بسته شده",
		},
		fing:  []string{"derakht {P} oftade"},
		aside: "درخت کوچه هم نیاز به هرس دارد",
		cons:  []string{"ممکن است روی کسی بیفتد", "راه ماشین_ها بسته شده"}},
	{id: "dogs", agency: municipality, group: "dogs", sites: [nSiteKinds]float64{stAlley: 60, stDeadEnd: 5, stStretch: 10, stPark: 25},
		size: sizeNormal, minH: 24 * 5, maxH: 24 * 60, gap: 21, season: flat, weight: 75,
		cats: []string{"سگ_های بلاصاحب", "حیوانات ولگرد", "خدمات شهری"}, noun: "سگ_های ولگرد",
		cores: []string{
			"چند سگ ولگرد در {P} هستند و به بچه_ها حمله می_کنند",
			"سگ_های بلاصاحب {P} شب_ها پارس می_کنند و امنیت نیست",
			"یک گله سگ در {P} جمع شده_اند و مردم می_ترسند رد شوند",
			"سگ ولگرد در {P} یک بچه را گاز گرفته",
		},
		fing:  []string{"sag haye velgard too {P}"},
		aside: "سگ_های ولگرد هم زیاد شده_اند",
		cons:  []string{"بچه_ها نمی_توانند بیرون بروند", "صبح_ها برای رفتن به مدرسه می_ترسیم"}},
	{id: "debris", agency: municipality, group: "debris", sites: [nSiteKinds]float64{stAlley: 70, stDeadEnd: 10, stStretch: 20},
		size: sizeSmall, minH: 24 * 2, maxH: 24 * 20, gap: 21, season: flat, weight: 110,
		cats: []string{"نخاله", "پسماند ساختمانی", "خدمات شهری"}, noun: "نخاله",
		cores: []string{
			"یک نفر نخاله ساختمانی در {P} تخلیه کرده",
			"نخاله و خاک در {P} رها شده و راه بسته شده",
			"کامیون شب آمده و نخاله ریخته {P}",
			"مبل و کمد کهنه در {P} رها کرده_اند",
		},
		fing:  []string{"nakhale rikhtan too {P}", "khak o nakhale {P} raha shode"},
		aside: "نخاله هم ریخته_اند",
		cons:  []string{"ماشین نمی_تواند رد شود"}},
	{id: "sidewalk", agency: municipality, group: "sidewalk", sites: [nSiteKinds]float64{stStretch: 80, stAlley: 20},
		size: sizeSmall, minH: 24 * 10, maxH: 24 * 90, gap: 21, season: flat, weight: 70,
		cats: []string{"پیاده_رو", "عمران و معابر", "معابر"}, noun: "پیاده_رو",
		cores: []string{
			"پیاده_رو {P} شکسته و سنگ_ها کنده شده",
			"موزاییک_های پیاده_رو {P} لق است و یک خانم مسن زمین خورد",
			"جدول کنار {P} خراب شده",
			"رمپ ویلچر پیاده_رو {P} شکسته",
		},
		fing:  []string{"piaderoo {P} kharabe"},
		aside: "پیاده_رو هم شکسته است",
		cons:  []string{"عابران زمین می_خورند"}},
	{id: "park", agency: municipality, group: "park", sites: [nSiteKinds]float64{stPark: 100},
		size: sizeSmall, minH: 24 * 5, maxH: 24 * 60, gap: 21, season: [12]float64{1.3, 1.2, 1.2, 1.3, 1.3, 1.1, 1, .8, .7, .7, .7, .9}, weight: 45,
		cats: []string{"فضای سبز", "پارک_ها", "روشنایی معابر", "خدمات شهری"}, noun: "پارک",
		cores: []string{
			"چراغ_های {P} شب_ها خاموش است و پارک تاریک است",
			"وسایل بازی کودکان در {P} شکسته و خطرناک است",
			"سرویس بهداشتی {P} کثیف و خراب است",
			"آبخوری {P} خراب است و آب هدر می_رود",
			"نیمکت_های {P} شکسته و چمن_ها خشک شده",
		},
		fing:  []string{"vasayel bazi {P} shekaste", "cheragh haye {P} khamoushe"},
		aside: "پارک هم رسیدگی نمی_شود",
		cons:  []string{"خانواده_ها دیگر به پارک نمی_آیند", "بچه_ها آسیب می_بینند"}},
	{id: "encroach", agency: municipality, group: "encroach", sites: [nSiteKinds]float64{stStretch: 85, stAlley: 15},
		size: sizeSmall, minH: 24 * 3, maxH: 24 * 40, gap: 21, season: flat, weight: 55,
		cats: []string{"سد معبر", "ساماندهی مشاغل", "تخلفات"}, noun: "سد معبر",
		cores: []string{
			"مغازه_دار اجناسش را روی پیاده_رو {P} چیده و عابران مجبورند از خیابان رد شوند",
			"دستفروش_ها پیاده_رو {P} را گرفته_اند",
			"میوه_فروشی {P} سد معبر کرده و جعبه_ها را روی پیاده_رو گذاشته",
			"تعمیرگاه {P} ماشین_ها را روی پیاده_رو تعمیر می_کند",
		},
		fing:  []string{"dastforosh ha piaderoo {P} ro gereftan"},
		aside: "سد معبر مغازه_ها هم هست",
		cons:  []string{"مادرها با کالسکه نمی_توانند رد شوند"}},
	{id: "building", agency: municipality, group: "building", point: true, sites: [nSiteKinds]float64{stAlley: 80, stDeadEnd: 10, stStretch: 10},
		size: sizeSmall, minH: 24 * 10, maxH: 24 * 120, gap: 30, season: flat, weight: 60,
		cats: []string{"شهرسازی", "تخلفات ساختمانی", "ساخت و ساز"}, noun: "ساخت_وساز غیرمجاز",
		cores: []string{
			"در {P} ساخت_وساز غیرمجاز انجام می_شود",
			"همسایه {P} بدون مجوز طبقه اضافه می_سازد",
			"ساختمان در حال ساخت {P} مصالح را در کوچه ریخته و شب_ها هم کار می_کنند",
			"در {P} دیوار را برداشته_اند و پنجره رو به حیاط ما باز کرده_اند، مجوز ندارند",
		},
		fing:  []string{"sakht o saz gheire mojaz dar {P}"},
		aside: "ساخت_وساز غیرمجاز هم در کوچه هست",
		cons:  []string{"ایمنی ساختمان ما به خطر افتاده"}},
	{id: "traffic_light", agency: municipality, group: "traffic", sites: [nSiteKinds]float64{stSquare: 100},
		size: sizeSmall, minH: 4, maxH: 24 * 10, gap: 7, season: flat, weight: 25,
		cats: []string{"ترافیک", "حمل و نقل و ترافیک", "چراغ راهنمایی", "روشنایی معابر"}, noun: "چراغ راهنمایی",
		cores: []string{
			"چراغ راهنمایی {P} خاموش است و تصادف می_شود",
			"چراغ قرمز {P} خراب است و فقط زرد چشمک می_زند",
			"زمان چراغ سبز عابر پیاده {P} خیلی کوتاه است",
			"چراغ راهنمایی {P} از دیروز کار نمی_کند",
		},
		fing:  []string{"cheragh ghermez {P} kharabe"},
		aside: "چراغ راهنمایی هم خراب است",
		cons:  []string{"ترافیک سنگین شده", "نزدیک بود تصادف شود"}},
	{id: "bump", agency: municipality, group: "bump", sites: [nSiteKinds]float64{stAlley: 70, stStretch: 30},
		size: sizeSmall, minH: 24 * 15, maxH: 24 * 120, gap: 30, season: flat, weight: 45,
		cats: []string{"ترافیک", "سرعت_گیر", "عمران و معابر"}, noun: "سرعت_گیر",
		cores: []string{
			"درخواست نصب سرعت_گیر در {P}، ماشین_ها با سرعت زیاد رد می_شوند",
			"خط_کشی عابر پیاده {P} پاک شده",
			"سرعت_گیر {P} خیلی بلند است و زیر ماشین می_خورد",
		},
		fing:  []string{"sorat gir mikhaim baraye {P}"},
		aside: "سرعت_گیر هم لازم است",
		cons:  []string{"بچه_ها در کوچه بازی می_کنند", "نزدیک مدرسه است"}},
	{id: "rats", agency: municipality, group: "rats", sites: [nSiteKinds]float64{stAlley: 80, stDeadEnd: 10, stStretch: 10},
		size: sizeSmall, minH: 24 * 5, maxH: 24 * 40, gap: 21, season: [12]float64{.8, 1, 1.2, 1.4, 1.4, 1.2, 1, .9, .8, .8, .8, .8}, weight: 40,
		cats: []string{"بهداشت محیط", "خدمات شهری", "سم_پاشی"}, noun: "موش",
		cores: []string{
			"موش_های بزرگ در جوی {P} زیاد شده_اند",
			"درخواست سم_پاشی و موش_کشی در {P}",
			"موش_ها از جوی {P} وارد حیاط خانه_ها می_شوند",
		},
		fing:  []string{"moosh ziad shode too jooye {P}"},
		aside: "موش هم زیاد شده",
		cons:  []string{"بچه_ها می_ترسند"}},
	{id: "sewage", agency: water, group: "sewage", sites: [nSiteKinds]float64{stAlley: 75, stDeadEnd: 10, stStretch: 15},
		size: sizeNormal, minH: 24 * 1, maxH: 24 * 15, gap: 21, season: [12]float64{1, 1, .9, .9, .9, .9, 1.1, 1.2, 1.2, 1.1, 1, 1}, weight: 50,
		cats: []string{"فاضلاب", "آب و فاضلاب", "آبفا"}, noun: "فاضلاب",
		cores: []string{
			"فاضلاب از منهول {P} بیرون زده و بوی تعفن همه_جا را گرفته",
			"فاضلاب شهری {P} پس زده و وارد کوچه شده",
			"لوله فاضلاب شهری در {P} گرفته است",
			"بوی فاضلاب {P} خیلی شدید است، منهول سرریز کرده",
			"آدمرو فاضلاب {P} سرریز کرده و کوچه پر از کثافت است",
		},
		fing:  []string{"fazelab {P} biroon zade", "manhole fazelab {P} saririz karde"},
		aside: "فاضلاب هم از منهول بیرون زده",
		cons:  []string{"بیماری می_آید", "بوی آن تا داخل خانه می_آید", "نمی_توانیم پنجره را باز کنیم"}},
	{id: "cover", agency: water, group: "sewage_cover", point: true, sites: [nSiteKinds]float64{stAlley: 70, stStretch: 30},
		size: sizeSmall, minH: 12, maxH: 24 * 10, gap: 7, season: flat, weight: 16,
		cats: []string{"فاضلاب", "آب و فاضلاب", "عمران و معابر"}, noun: "درپوش منهول",
		cores: []string{
			"درپوش منهول فاضلاب {P} شکسته و یک چاله خطرناک باز مانده",
			"دریچه منهول فاضلاب {P} را برده_اند و دهانه باز است",
			"درب آدمرو فاضلاب {P} جابجا شده و ماشین_ها رویش می_افتند",
		},
		fing:  []string{"darpoosh manhole fazelab {P} nist"},
		aside: "درپوش منهول فاضلاب هم شکسته",
		cons:  []string{"بچه ممکن است بیفتد"}},
	{id: "burst", agency: water, group: "water_point", point: true, sites: [nSiteKinds]float64{stAlley: 65, stDeadEnd: 5, stStretch: 30},
		size: sizeNormal, minH: 3, maxH: 48, gap: 5, season: [12]float64{.8, .8, .9, 1, 1, 1, 1, 1, 1.2, 1.4, 1.3, 1}, weight: 38,
		cats: []string{"آب", "آب و فاضلاب", "آبفا", "حوادث"}, noun: "ترکیدگی لوله",
		cores: []string{
			"لوله آب {P} ترکیده و آب در خیابان جاری است",
			"آب از زیر آسفالت {P} می_جوشد",
			"نشتی شدید لوله آب شهری {P}",
			"شیر قبل از کنتور {P} شکسته و آب هدر می_رود",
		},
		fing:  []string{"looleye ab {P} tarkide"},
		aside: "لوله آب هم نشتی دارد",
		cons:  []string{"آب هدر می_رود", "آب وارد زیرزمین خانه_ها شده"}},
	{id: "water_cut", agency: water, group: "water_area", sites: [nSiteKinds]float64{stArea: 100},
		size: sizeArea, minH: 3, maxH: 30, gap: 5, season: [12]float64{.6, .8, 1.2, 1.8, 2, 1.6, 1, .7, .6, .6, .6, .6}, weight: 24,
		cats: []string{"آب", "آب و فاضلاب", "قطعی آب", "آبفا"}, noun: "قطعی آب",
		cores: []string{
			"آب {P} از صبح قطع است و هیچ اطلاع_رسانی نشده",
			"فشار آب {P} خیلی کم است و به طبقه دوم نمی_رسد",
			"چند ساعت است آب {P} قطع است",
			"آب {P} گل_آلود است و بو می_دهد",
			"آب {P} دوباره قطع شده، چرا خبر نمی_دهید",
		},
		fing:  []string{"ab {P} ghate", "feshar ab {P} kheili kame"},
		aside: "آب هم قطع است",
		cons:  []string{"سالمند در خانه داریم", "نمی_توانیم غذا درست کنیم"}},
	{id: "light", agency: power, group: "light", sites: [nSiteKinds]float64{stAlley: 68, stDeadEnd: 10, stStretch: 22},
		size: sizeNormal, minH: 24 * 3, maxH: 24 * 50, gap: 21, season: [12]float64{.8, .7, .6, .6, .7, .9, 1.2, 1.4, 1.5, 1.5, 1.3, 1}, weight: 125,
		cats: []string{"روشنایی معابر", "برق", "روشنایی"}, noun: "روشنایی",
		cores: []string{
			"چراغ_های روشنایی {P} چند هفته است خاموش است",
			"لامپ تیر برق {P} سوخته و کوچه تاریک است",
			"{P} شب_ها کاملا تاریک است و خانم_ها می_ترسند رد شوند",
			"چراغ خیابان {P} روزها هم روشن است",
			"چراغ تیر برق {P} چشمک می_زند و خاموش روشن می_شود",
			"هیچ_کدام از چراغ_های {P} روشن نیست",
		},
		fing:  []string{"cheragh haye {P} khamoushe", "{P} shaba tarike, lamp sookhte"},
		aside: "چراغ کوچه هم خاموش است",
		cons:  []string{"دزدی زیاد شده", "خانم_ها شب می_ترسند", "معتادها جمع می_شوند"}},
	{id: "outage", agency: power, group: "power_area", sites: [nSiteKinds]float64{stArea: 100},
		size: sizeArea, minH: 1, maxH: 8, gap: 5, season: [12]float64{.4, .6, 1.4, 2.4, 2.6, 1.8, .8, .5, .6, .8, .7, .5}, weight: 40,
		cats: []string{"برق", "قطعی برق", "روشنایی معابر"}, noun: "قطعی برق",
		cores: []string{
			"برق {P} رفته",
			"برق {P} از یک ساعت پیش قطع است",
			"خاموشی_های {P} بیشتر از جدول اعلام شده است",
			"نوسان برق {P} یخچال و تلویزیون را سوزاند",
			"برق {P} قطع است و آسانسور گیر کرده",
		},
		fing:  []string{"bargh {P} rafte", "bargh {P} ghate"},
		aside: "برق هم مدام قطع می_شود",
		cons:  []string{"یخچال خراب شد", "بیمار در خانه داریم", "آسانسور گیر کرده"}},
	{id: "pole", agency: power, group: "pole", point: true, sites: [nSiteKinds]float64{stAlley: 70, stDeadEnd: 5, stStretch: 25},
		size: sizeSmall, minH: 6, maxH: 24 * 15, gap: 7, season: [12]float64{1, 1, 1, 1, 1, 1, 1, 1.2, 1.3, 1.3, 1.1, 1}, weight: 22,
		cats: []string{"برق", "حوادث", "روشنایی معابر"}, noun: "تیر برق",
		cores: []string{
			"تیر برق {P} کج شده و در حال افتادن است",
			"سیم برق {P} پاره شده و آویزان است",
			"جعبه تقسیم برق {P} درش باز است و بچه_ها دست می_زنند",
			"ترانس برق {P} صدای زیادی می_دهد و جرقه می_زند",
		},
		fing:  []string{"sim bargh {P} aviz shode"},
		aside: "سیم برق هم آویزان است",
		cons:  []string{"خطر برق_گرفتگی دارد"}},
	{id: "gas_smell", agency: gas, group: "gas_point", point: true, sites: [nSiteKinds]float64{stAlley: 80, stDeadEnd: 10, stStretch: 10},
		size: sizeSmall, minH: 1, maxH: 14, gap: 5, season: [12]float64{.8, .7, .6, .6, .6, .7, 1, 1.3, 1.6, 1.7, 1.5, 1.1}, weight: 52,
		cats: []string{"گاز", "حوادث", "ایمنی"}, noun: "بوی گاز",
		cores: []string{
			"بوی گاز شدید در {P} به مشام می_رسد",
			"از علمک گاز {P} گاز نشت می_کند",
			"بوی گاز در {P} از دیشب احساس می_شود",
			"علمک گاز {P} را ماشین زده و کج شده، بوی گاز می_آید",
		},
		fing:  []string{"booye gaz {P} miad"},
		aside: "بوی گاز هم می_آید",
		cons:  []string{"می_ترسیم انفجار شود", "بچه کوچک داریم"}},
	{id: "telecom", agency: telecom, group: "telecom", point: true, sites: [nSiteKinds]float64{stAlley: 70, stDeadEnd: 5, stStretch: 25},
		size: sizeSmall, minH: 12, maxH: 24 * 20, gap: 7, season: flat, weight: 46,
		cats: []string{"مخابرات", "تلفن و اینترنت", "خدمات شهری"}, noun: "مخابرات",
		cores: []string{
			"کابل مخابرات {P} پاره شده و آویزان است",
			"در کافو مخابرات {P} باز است و سیم_ها بیرون ریخته",
			"تلفن ثابت و اینترنت {P} چند روز است قطع است",
			"تیر چوبی مخابرات {P} کج شده",
		},
		fing:  []string{"internet va telefon {P} ghate"},
		aside: "کابل مخابرات هم آویزان است",
		cons:  []string{"کار ما به اینترنت وابسته است"}},
	{id: "parking", agency: police, group: "parking", point: true, sites: [nSiteKinds]float64{stAlley: 80, stDeadEnd: 15, stStretch: 5},
		size: sizeSmall, minH: .5, maxH: 5, gap: 5, season: flat, weight: 72,
		cats: []string{"ترافیک", "سد معبر", "پلیس", "تخلفات"}, noun: "پارک خودرو",
		cores: []string{
			"یک خودروی سواری جلوی درب پارکینگ {P} پارک کرده و نمی_توانیم خارج شویم",
			"ماشین_ها در {P} دوبله پارک کرده_اند و کوچه بسته شده",
			"یک وانت ورودی {P} را بسته و صاحبش پیدا نیست",
			"پژوی سفید جلوی پارکینگ {P} پارک کرده و رفته",
		},
		fing:  []string{"ye mashin jelooye parking {P} park karde"},
		aside: "ماشین_ها هم جلوی پارکینگ پارک می_کنند",
		cons:  []string{"باید بیمار را به بیمارستان ببرم", "دیرم شده"}},
	{id: "noise", agency: police, group: "noise", point: true, night: true, sites: [nSiteKinds]float64{stAlley: 80, stDeadEnd: 10, stStretch: 10},
		size: sizeSmall, minH: 1, maxH: 5, gap: 5, season: [12]float64{1.3, 1, 1.2, 1.5, 1.5, 1.2, .8, .7, .7, .7, .7, 1}, weight: 55,
		cats: []string{"مزاحمت", "آلودگی صوتی", "پلیس", "سایر"}, noun: "مزاحمت صوتی",
		cores: []string{
			"همسایه در {P} تا نیمه_شب مهمانی دارد و صدای موسیقی بلند است",
			"موتورسوارها شب_ها در {P} با صدای بلند ویراژ می_دهند",
			"چند جوان در {P} تا دیروقت سروصدا می_کنند و مزاحم هستند",
			"معتادها شب در {P} تجمع کرده_اند",
		},
		fing:  []string{"sar o sedaye shab too {P}, nemitoonim bekhabim"},
		aside: "سروصدای شبانه هم هست",
		cons:  []string{"بچه_ها نمی_توانند بخوابند", "صبح باید سر کار بروم"}},
	{id: "school", agency: other, group: "school", sites: [nSiteKinds]float64{stInst: 100}, inst: []string{"school"},
		size: sizeSmall, minH: 24 * 3, maxH: 24 * 30, gap: 21, season: [12]float64{.2, .5, .5, .2, .2, 1.2, 2, 1.5, 1.3, 1.3, 1.2, 1}, weight: 22,
		cats: []string{"آموزش و پرورش", "سایر", "شکایت"}, noun: "مدرسه",
		cores: []string{
			"سرویس بهداشتی {P} خراب است و آموزش و پرورش رسیدگی نمی_کند",
			"{P} از ما شهریه غیرقانونی گرفته",
			"بخاری کلاس_های {P} کار نمی_کند و بچه_ها سرما خوردند",
		},
		aside: "مدرسه هم رسیدگی نمی_کند",
		cons:  []string{"بچه_ها اذیت می_شوند"}},
	{id: "food", agency: other, group: "food", sites: [nSiteKinds]float64{stInst: 100}, inst: []string{"bakery", "restaurant", "food"},
		size: sizeSmall, minH: 24 * 2, maxH: 24 * 30, gap: 21, season: flat, weight: 40,
		cats: []string{"بهداشت", "سایر", "شکایت", "اصناف"}, noun: "تخلف صنفی",
		cores: []string{
			"{P} بهداشت را رعایت نمی_کند",
			"{P} نان را کم_وزن و خمیر می_پزد",
			"{P} جنس تاریخ_گذشته می_فروشد",
			"{P} گران_فروشی می_کند",
		},
		aside: "مغازه سر کوچه هم بهداشت را رعایت نمی_کند",
		cons:  []string{"مردم مریض می_شوند"}},
	{id: "dispute", agency: other, group: "dispute", point: true, sites: [nSiteKinds]float64{stAlley: 85, stDeadEnd: 15},
		size: sizeSmall, minH: 24 * 2, maxH: 24 * 30, gap: 21, season: flat, weight: 26,
		cats: []string{"سایر", "شکایت", "درخواست شهروندی"}, noun: "اختلاف همسایه",
		cores: []string{
			"همسایه {P} دیوار مشترک را خراب کرده و با ما اختلاف دارد",
			"صاحبخانه {P} ودیعه ما را پس نمی_دهد",
			"همسایه {P} آب کولرش را روی حیاط ما ریخته و حاضر به صحبت نیست",
			"نامه_ها و قبض_های {P} به دست ما نمی_رسد",
		},
		aside: "با همسایه هم اختلاف داریم",
		cons:  []string{"چند بار صحبت کردیم فایده نداشت"}},
}

// Categories that say nothing.
var vagueCats = []string{"سایر", "درخواست شهروندی", "شکایت", "عمومی"}

func kindByID(id string) *kind {
	for _, k := range kinds {
		if k.id == id {
			return k
		}
	}
	panic("rasht42: no kind " + id)
}
