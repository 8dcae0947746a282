package rasht34

// problem is one kind of issue: who must act, where it happens, how the 137 operator files
// it and how each channel words it. In the templates {p} is the place as the writer gives it
// (or «کوچه ما», «خیابون» when they give none) and {at} is «در <place> » or nothing.
type problem struct {
	key    string
	agency string
	// topic is what a follow-up calls it («پیگیری ... آسفالت»).
	topic  string
	where  []spotKind
	weight float64
	// chronic problems draw crowds; the others rarely more than a few requests.
	chronic bool
	// months (1 = Farvardin) weights the season: rain in autumn and winter, dogs all year.
	season func(month int) float64
	// right is the operator's category when right; wrong the ones it is misfiled under.
	right, wrong            []string
	phone, app, web, person []string
}

// vague are the categories an operator picks when unsure.
var vague = []string{"سایر", "خدمات شهری", "عمومی", "شکایات", "سایر موارد"}

func flat(int) float64 { return 1 }

// rainy: Rasht's rain falls from Mehr to Esfand, heaviest in Aban and Azar.
func rainy(m int) float64 {
	return []float64{0, 0.8, 0.5, 0.3, 0.2, 0.4, 0.9, 1.6, 2.4, 2.2, 1.6, 1.3, 1.1}[m]
}

// summer: garbage smells, dogs and parks are used, shops spill on the pavement.
func summer(m int) float64 {
	return []float64{0, 0.9, 1, 1.2, 1.5, 1.5, 1.3, 1, 0.8, 0.7, 0.7, 0.8, 1.1}[m]
}

// winterish: asphalt breaks after the rains; lights fail with storms.
func winterish(m int) float64 {
	return []float64{0, 1.3, 1.1, 0.9, 0.8, 0.8, 0.8, 1, 1.2, 1.3, 1.3, 1.2, 1.2}[m]
}

var problems = []problem{
	{key: "asphalt", agency: "municipality", topic: "آسفالت", where: []spotKind{atAlley, atAlley, atAlley, atStretch},
		weight: 14, chronic: true, season: winterish,
		right: []string{"آسفالت و لکه‌گیری", "آسفالت", "ترمیم آسفالت"}, wrong: []string{"آب‌های سطحی", "عمران", "ترافیک"},
		phone: []string{
			"شهروند از خرابی آسفالت {p} و وجود چاله‌های متعدد گلایه دارد.",
			"درخواست لکه‌گیری و ترمیم آسفالت {p}",
			"تماس‌گیرنده اعلام کرد آسفالت {p} کاملا از بین رفته و با هر بارندگی پر از گل و آب می‌شود.",
			"{at}چاله بزرگ ایجاد شده و برای موتورسوارها خطرناک است. درخواست ترمیم دارد.",
			"درخواست آسفالت {p}، به گفته شهروند چند سال است آسفالت نشده.",
		},
		app: []string{
			"سلام {p} خیلی وقته آسفالت نداره، با این بارونا پر گل و چاله‌ست تو رو خدا یه فکری بکنین",
			"چاله وسط {p} ماشین‌ها آسیب می‌بینن",
			"آسفالت {p} داغونه، کی میخواین درستش کنین؟",
			"چند ساله {p} آسفالت نشده، بچه‌ها نمی‌تونن راه برن",
			"salam asfalte {p} kheili kharabe lotfan residegi konid",
		},
		web: []string{
			"با سلام و احترام، به استحضار می‌رساند آسفالت {p} سال‌هاست ترمیم نشده و در فصل بارندگی عبور و مرور اهالی با مشکل مواجه است. خواهشمند است دستور فرمایید نسبت به آسفالت معبر اقدام گردد.",
			"احتراما آسفالت {p} دچار نشست و چاله‌های عمیق شده است. لطفا رسیدگی شود.",
		},
		person: []string{"مراجعه حضوری؛ درخواست آسفالت {p}", "شهروند حضورا درخواست لکه‌گیری آسفالت {p} را دارد."},
	},
	{key: "garbage", agency: "municipality", topic: "جمع‌آوری زباله", where: []spotKind{atAlley, atAlley, atStretch},
		weight: 16, chronic: true, season: summer,
		right: []string{"پسماند", "جمع‌آوری پسماند", "زباله"}, wrong: []string{"نظافت معابر", "فضای سبز", "حیوانات ولگرد"},
		phone: []string{
			"عدم جمع‌آوری زباله {p} از دو روز گذشته",
			"شهروند اعلام نمود زباله‌های {p} جمع‌آوری نشده و بوی بد گرفته است.",
			"درخواست نصب مخزن زباله {p}",
			"تجمع زباله کنار مخزن {p}، سگ‌ها زباله‌ها را پخش کرده‌اند.",
			"{at}ماشین حمل زباله چند شب است نیامده.",
		},
		app: []string{
			"زباله‌ها سه روزه جمع نشده بوی گندش همه جا رو برداشته",
			"سلام ماشین زباله چند شبه نیومده {p}، لطفا رسیدگی کنید",
			"مخزن زباله {p} پر شده ریخته تو کوچه",
			"آشغالا رو جمع نمی‌کنن {p} خیلی بد شده",
			"ashghal haye {p} jam nashode",
		},
		web: []string{
			"با سلام، متاسفانه چند روز است که زباله‌های {p} جمع‌آوری نمی‌شود و بوی نامطبوع و حشرات باعث آزار اهالی شده است. لطفا پیگیری فرمایید.",
		},
		person: []string{"مراجعه حضوری درخصوص عدم جمع‌آوری زباله {p}"},
	},
	{key: "surfacewater", agency: "municipality", topic: "آب‌گرفتگی", where: []spotKind{atAlley, atStretch, atStretch},
		weight: 9, chronic: true, season: rainy,
		right: []string{"آب‌های سطحی", "لایروبی", "آبگرفتگی معابر"}, wrong: []string{"آسفالت و لکه‌گیری", "فاضلاب", "آب و فاضلاب"},
		phone: []string{
			"آب‌گرفتگی {p} به علت گرفتگی جوی، درخواست لایروبی",
			"شهروند اعلام کرد با بارش باران {at}آب‌گرفتگی ایجاد شده و آب وارد حیاط منازل شده است.",
			"کانال آب‌های سطحی {p} مسدود شده، درخواست لایروبی کانال",
			"{at}جوی آب پر از گل و لای است و آب در معبر مانده.",
		},
		app: []string{
			"با هر بارون {p} دریاچه میشه، جوی رو لایروبی کنین لطفا",
			"آب تا زانو {p}!!! کسی نیست رسیدگی کنه؟",
			"جوب {p} گرفته آب برگشته تو حیاط ما",
			"ab gerefte {p} lotfan joob ro layeroobi konid",
		},
		web: []string{
			"با سلام، با توجه به بارندگی‌های اخیر، {at}آب‌گرفتگی شدید ایجاد شده و کانال هدایت آب‌های سطحی مسدود است. خواهشمند است نسبت به لایروبی اقدام فرمایید.",
		},
		person: []string{"مراجعه حضوری؛ آب‌گرفتگی {p} و درخواست لایروبی جوی"},
	},
	{key: "debris", agency: "municipality", topic: "نخاله", where: []spotKind{atAlley, atAlley, atStretch},
		weight: 5, chronic: false, season: summer,
		right: []string{"نخاله ساختمانی", "نخاله"}, wrong: []string{"پسماند", "سد معبر"},
		phone: []string{
			"تخلیه نخاله ساختمانی {p}، درخواست جمع‌آوری",
			"شهروند از رها کردن نخاله ساختمانی توسط یک ساختمان در حال ساخت {p} شکایت دارد.",
			"نخاله و خاک ساختمان {p} نیمی از معبر را گرفته.",
		},
		app: []string{
			"یه نفر شب نخاله ریخته {p}",
			"ساختمون نیمه‌کاره {p} هرچی آجر و خاک داره ریخته وسط کوچه",
			"نخاله ساختمانی چند هفته‌ست مونده {p}",
		},
		web:    []string{"با سلام، نخاله‌های ساختمانی {at}رها شده و عبور را دشوار کرده است. لطفا دستور جمع‌آوری صادر فرمایید."},
		person: []string{"مراجعه حضوری؛ گزارش تخلیه نخاله {p}"},
	},
	{key: "obstruction", agency: "municipality", topic: "سد معبر", where: []spotKind{atStretch, atStretch, atAlley},
		weight: 4, chronic: false, season: summer,
		right: []string{"سد معبر"}, wrong: []string{"ترافیک", "نخاله ساختمانی"},
		phone: []string{
			"سد معبر توسط مغازه‌دار {p}، اجناس روی پیاده‌رو چیده شده",
			"شهروند از سد معبر {p} گلایه دارد؛ عابرین مجبورند از سواره‌رو عبور کنند.",
			"دستفروش‌ها پیاده‌رو {p} را اشغال کرده‌اند.",
		},
		app: []string{
			"مغازه‌دارا کل پیاده‌رو رو گرفتن {p} نمیشه رد شد",
			"سد معبر {p}، با کالسکه نمیشه رد شد",
			"پیاده‌رو {p} شده انبار میوه‌فروشی",
		},
		web:    []string{"با سلام، متاسفانه پیاده‌رو {p} توسط کسبه اشغال شده است. خواهشمند است برخورد قانونی صورت گیرد."},
		person: []string{"مراجعه حضوری؛ شکایت از سد معبر {p}"},
	},
	{key: "dogs", agency: "municipality", topic: "سگ‌های ولگرد", where: []spotKind{atAlley, atStretch, atPark},
		weight: 5, chronic: true, season: flat,
		right: []string{"حیوانات ولگرد", "سگ‌های ولگرد"}, wrong: []string{"پسماند", "سایر"},
		phone: []string{
			"وجود سگ‌های ولگرد {p}، ایجاد مزاحمت برای اهالی",
			"شهروند اعلام کرد چند سگ ولگرد {p} به عابرین حمله می‌کنند.",
			"درخواست جمع‌آوری سگ‌های ولگرد {p}",
		},
		app: []string{
			"یه گله سگ {p} هست بچه‌ها نمی‌تونن برن مدرسه",
			"سگای ولگرد شبا {p} پارس میکنن و حمله میکنن، لطفا جمع‌آوری کنید",
			"sag haye velgard {p} kheili ziad shodan",
		},
		web:    []string{"با سلام، وجود تعداد زیادی سگ ولگرد {at}امنیت اهالی به‌ویژه کودکان را به خطر انداخته است."},
		person: []string{"مراجعه حضوری؛ درخواست جمع‌آوری سگ‌های ولگرد {p}"},
	},
	{key: "trees", agency: "municipality", topic: "هرس درخت", where: []spotKind{atAlley, atStretch, atPark},
		weight: 5, chronic: false, season: winterish,
		right: []string{"فضای سبز", "هرس درختان"}, wrong: []string{"پسماند", "روشنایی معابر", "سایر"},
		phone: []string{
			"درخواست هرس درختان {p}",
			"شاخه درخت {p} شکسته و روی معبر افتاده است.",
			"شهروند خواستار قطع درخت خشک {p} است که خطر سقوط دارد.",
		},
		app: []string{
			"درخت {p} داره میفته رو خونه ما، لطفا یکی بیاد",
			"شاخه‌های درخت {p} جلوی تابلو و چراغ رو گرفته",
			"باد دیشب شاخه درخت رو انداخته وسط {p}",
		},
		web:    []string{"با سلام، درختان {p} نیاز به هرس دارند و شاخه‌ها تا روی پشت‌بام منازل رسیده است."},
		person: []string{"مراجعه حضوری؛ درخواست هرس درختان {p}"},
	},
	{key: "park", agency: "municipality", topic: "تجهیزات", where: []spotKind{atPark},
		weight: 3, chronic: false, season: summer,
		right: []string{"پارک و فضای سبز", "فضای سبز"}, wrong: []string{"روشنایی معابر", "پسماند"},
		phone: []string{
			"خرابی وسایل بازی کودکان {p}",
			"سرویس بهداشتی {p} تمیز نمی‌شود.",
			"شهروند از خشک شدن چمن و عدم آبیاری {p} گلایه دارد.",
		},
		app: []string{
			"تاب {p} شکسته بچه‌ها زخمی میشن",
			"سرویس بهداشتی {p} خیلی کثیفه",
			"نیمکتای {p} همه شکسته",
		},
		web:    []string{"با سلام، وسایل بازی کودکان {p} فرسوده و خطرناک است. خواهشمند است تعمیر یا تعویض شود."},
		person: []string{"مراجعه حضوری؛ خرابی تجهیزات {p}"},
	},
	{key: "sweeping", agency: "municipality", topic: "نظافت", where: []spotKind{atAlley, atStretch},
		weight: 3, chronic: false, season: flat,
		right: []string{"نظافت معابر", "رفت و روب"}, wrong: []string{"پسماند", "فضای سبز"},
		phone: []string{
			"عدم رفت‌وروب {p}، برگ و گل و لای در معبر",
			"شهروند {at}درخواست نظافت و شستشوی معبر را دارد.",
		},
		app: []string{
			"{p} چند هفته‌ست جارو نشده، پر برگ و آشغاله",
			"خیابون پر از گل و لای شده، رفتگر نمیاد",
		},
		web:    []string{"با سلام، نظافت {p} مدتی است انجام نمی‌شود."},
		person: []string{"مراجعه حضوری؛ درخواست نظافت {p}"},
	},
	{key: "grate", agency: "municipality", topic: "دریچه", where: []spotKind{atStretch, atAlley},
		weight: 2, chronic: false, season: flat,
		right: []string{"آب‌های سطحی", "تاسیسات شهری"}, wrong: []string{"آسفالت و لکه‌گیری", "آب و فاضلاب"},
		phone: []string{
			"دریچه کانال آب‌های سطحی {p} شکسته و خطر سقوط عابر دارد.",
			"درپوش جوی {p} برداشته شده، درخواست نصب",
		},
		app: []string{
			"دریچه جوی {p} نیست یکی میفته توش",
			"توری جوب {p} شکسته، بچه‌ها پاشون میره توش",
		},
		web:    []string{"با سلام، دریچه مشبک کانال {p} شکسته است. لطفا قبل از وقوع حادثه تعویض شود."},
		person: []string{"مراجعه حضوری؛ شکستگی دریچه جوی {p}"},
	},
	{key: "carcass", agency: "municipality", topic: "لاشه حیوان", where: []spotKind{atAlley, atStretch},
		weight: 1.5, chronic: false, season: flat,
		right: []string{"پسماند", "حیوانات ولگرد"}, wrong: []string{"سایر"},
		phone:  []string{"وجود لاشه گربه {p}، درخواست جمع‌آوری", "لاشه سگ کنار جوی {p} مانده است."},
		app:    []string{"یه گربه مرده {p} افتاده از دیروز", "لاشه سگ {p} بو گرفته"},
		web:    []string{"با سلام، لاشه یک حیوان {at}رها شده است. لطفا جمع‌آوری شود."},
		person: []string{"مراجعه حضوری؛ لاشه حیوان {p}"},
	},
	{key: "bump", agency: "municipality", topic: "سرعت‌گیر", where: []spotKind{atAlley, atStretch},
		weight: 1.5, chronic: false, season: flat,
		right: []string{"ترافیک و حمل‌ونقل", "سرعت‌گیر"}, wrong: []string{"آسفالت و لکه‌گیری", "سایر"},
		phone:  []string{"درخواست نصب سرعت‌گیر {p} به دلیل سرعت بالای خودروها", "شهروند خواستار نصب سرعت‌گیر جلوی مدرسه {p} است."},
		app:    []string{"ماشینا با سرعت از {p} رد میشن، یه سرعت‌گیر بذارین قبل از اینکه بچه‌ای زیر بره"},
		web:    []string{"با سلام، به علت تردد پرسرعت خودروها {at}تقاضای نصب سرعت‌گیر داریم."},
		person: []string{"مراجعه حضوری؛ درخواست سرعت‌گیر {p}"},
	},
	// Outside the municipality.
	{key: "sewage", agency: "water", topic: "فاضلاب", where: []spotKind{atAlley, atAlley, atStretch},
		weight: 2.5, chronic: true, season: rainy,
		right: []string{"آب و فاضلاب", "فاضلاب"}, wrong: []string{"آب‌های سطحی", "پسماند"},
		phone: []string{
			"پس زدن فاضلاب از منهول {p}، بوی بسیار بد",
			"شهروند اعلام کرد فاضلاب از دریچه فاضلاب {p} بیرون می‌زند.",
			"گرفتگی شبکه فاضلاب {p}",
		},
		app: []string{
			"فاضلاب از منهول {p} زده بیرون، بوش آدمو خفه میکنه",
			"آب کثیف فاضلاب {p} راه افتاده",
		},
		web:    []string{"با سلام، مدتی است فاضلاب از منهول {p} سرریز می‌شود و بهداشت محیط به خطر افتاده است."},
		person: []string{"مراجعه حضوری؛ سرریز فاضلاب {p}"},
	},
	{key: "watermain", agency: "water", topic: "شکستگی لوله آب", where: []spotKind{atAlley, atStretch},
		weight: 2, chronic: false, season: flat,
		right: []string{"آب و فاضلاب", "آب"}, wrong: []string{"آب‌های سطحی", "آسفالت و لکه‌گیری"},
		phone: []string{
			"شکستگی لوله آب {p}، آب در معبر جاری است",
			"شهروند از افت فشار آب {p} از یک هفته گذشته گلایه دارد.",
			"نشتی آب از زیر آسفالت {p}",
		},
		app: []string{
			"لوله آب {p} ترکیده از صبح داره آب میره",
			"آب {p} قطعه کسی جواب نمیده",
		},
		web:    []string{"با سلام، لوله اصلی آب {at}شکسته و حجم زیادی آب هدر می‌رود."},
		person: []string{"مراجعه حضوری؛ شکستگی لوله آب {p}"},
	},
	{key: "watertrench", agency: "water", topic: "ترمیم ترانشه", where: []spotKind{atAlley, atStretch},
		weight: 0.8, chronic: false, season: flat,
		right: []string{"آب و فاضلاب"}, wrong: []string{"آسفالت و لکه‌گیری", "آسفالت", "حفاری"},
		phone: []string{
			"حفاری آبفا {p} بعد از تعمیر لوله ترمیم نشده و گودال باقی مانده است.",
			"شهروند اعلام کرد اداره آب {at}حفاری کرده و رها کرده است.",
		},
		app: []string{
			"اداره آب {p} رو کنده دو هفته‌ست همینطوری ول کرده",
			"بعد از تعمیر لوله آب، جای کندن رو آسفالت نکردن {p}",
		},
		web:    []string{"با سلام، ترانشه حفاری شرکت آب و فاضلاب {at}پس از اتمام کار ترمیم نشده است."},
		person: []string{"مراجعه حضوری؛ ترانشه رها شده آبفا {p}"},
	},
	{key: "lights", agency: "power", topic: "روشنایی", where: []spotKind{atAlley, atAlley, atStretch, atPark},
		weight: 4, chronic: true, season: winterish,
		right: []string{"روشنایی معابر", "برق"}, wrong: []string{"فضای سبز", "سایر", "خدمات شهری"},
		phone: []string{
			"خاموشی چراغ‌های روشنایی {p}",
			"شهروند اعلام کرد لامپ تیر برق {p} چند شب است خاموش است.",
			"عدم روشنایی {p}، تاریکی و ناامنی در شب",
			"چراغ {p} روزها روشن و شب‌ها خاموش است.",
		},
		app: []string{
			"کوچه شبا تاریک تاریکه، لامپ تیر برق سوخته",
			"چراغای {p} خاموشه یه ماهه، شبا آدم می‌ترسه رد بشه",
			"لامپ {p} چشمک میزنه",
			"cheragh haye {p} khamooshe",
		},
		web:    []string{"با سلام، روشنایی معابر {at}مدتی است قطع است و در شب ناامنی ایجاد کرده است. لطفا پیگیری شود."},
		person: []string{"مراجعه حضوری؛ خاموشی روشنایی {p}"},
	},
	{key: "powerline", agency: "power", topic: "برق", where: []spotKind{atAlley, atStretch},
		weight: 1, chronic: false, season: winterish,
		right: []string{"برق"}, wrong: []string{"فضای سبز", "روشنایی معابر", "سایر"},
		phone: []string{
			"شاخه درخت روی سیم‌های برق {p} افتاده، خطر برق‌گرفتگی",
			"تیر برق {p} کج شده و خطر سقوط دارد.",
			"قطعی مکرر برق {p}",
		},
		app: []string{
			"سیم برق {p} آویزون شده تا نزدیک زمین!",
			"شاخه درخت رو سیم برق افتاده جرقه میزنه",
		},
		web:    []string{"با سلام، تیر برق فرسوده {at}کج شده و احتمال سقوط آن وجود دارد."},
		person: []string{"مراجعه حضوری؛ سیم برق آویزان {p}"},
	},
	{key: "gas", agency: "gas", topic: "گاز", where: []spotKind{atAlley, atStretch},
		weight: 1, chronic: false, season: flat,
		right: []string{"گاز", "سایر"}, wrong: []string{"آسفالت و لکه‌گیری", "سایر", "حفاری"},
		phone: []string{
			"استشمام بوی گاز {p}",
			"حفاری شرکت گاز {p} رها شده و ترمیم نشده است.",
			"شهروند از نشت گاز از علمک {p} خبر داد.",
		},
		app: []string{
			"بوی گاز میاد {p} خیلی شدیده",
			"شرکت گاز کوچه رو کنده ول کرده رفته",
		},
		web:    []string{"با سلام، ترانشه حفاری گازرسانی {at}یک ماه است بدون ترمیم مانده است."},
		person: []string{"مراجعه حضوری؛ گزارش بوی گاز {p}"},
	},
	{key: "telecom", agency: "telecom", topic: "مخابرات", where: []spotKind{atAlley, atStretch},
		weight: 0.8, chronic: false, season: flat,
		right: []string{"مخابرات", "سایر"}, wrong: []string{"روشنایی معابر", "سایر", "آسفالت و لکه‌گیری"},
		phone: []string{
			"درب کافوی مخابرات {p} باز است و سیم‌ها بیرون ریخته.",
			"کابل مخابرات {p} پاره و آویزان است.",
			"حفاری مخابرات {p} ترمیم نشده است.",
		},
		app: []string{
			"جعبه مخابرات سر {p} درش کنده شده",
			"سیم تلفن افتاده وسط {p}",
		},
		web:    []string{"با سلام، کابل‌های مخابرات {at}از تیر جدا شده و آویزان است."},
		person: []string{"مراجعه حضوری؛ کابل آویزان مخابرات {p}"},
	},
	{key: "police", agency: "police", topic: "پارک خودرو", where: []spotKind{atAlley, atAlley, atStretch},
		weight: 2, chronic: false, season: flat,
		right: []string{"ترافیک", "انتظامی", "سایر"}, wrong: []string{"سد معبر", "ترافیک و حمل‌ونقل"},
		phone: []string{
			"پارک خودرو جلوی درب پارکینگ {p}، شهروند نمی‌تواند خارج شود.",
			"یک کامیون چند روز است {p} پارک شده و راه را بسته.",
			"سروصدای موتورسیکلت‌ها و مزاحمت شبانه {p}",
			"خودروهای رها شده {p} معبر را مسدود کرده‌اند.",
		},
		app: []string{
			"یکی ماشینشو جلو پارکینگ ما پارک کرده نمیتونم برم سر کار",
			"کامیون یه هفته‌ست {p} پارکه کوچه بسته شده",
			"هر شب موتوریا {p} تا صبح سروصدا میکنن",
		},
		web:    []string{"با سلام، پارک دوبله خودروها {at}باعث انسداد کامل معبر شده است."},
		person: []string{"مراجعه حضوری؛ شکایت از پارک خودرو {p}"},
	},
	{key: "other", agency: "other", topic: "شکایت", where: []spotKind{atStretch, atAlley},
		weight: 1.2, chronic: false, season: flat,
		right: []string{"سایر", "سایر موارد"}, wrong: []string{"پسماند", "سد معبر", "شکایات"},
		phone: []string{
			"شکایت از وضعیت بهداشتی قصابی {p}",
			"ساختمان قدیمی مخروبه {p} خطر ریزش دارد، مالک اقدامی نمی‌کند.",
			"خودپرداز بانک {p} چند روز است کار نمی‌کند.",
			"شهروند از تعطیلی مکرر مدرسه و نبود سرایدار {p} شکایت دارد.",
		},
		app: []string{
			"این ساندویچی {p} اصلا بهداشت رو رعایت نمیکنه",
			"خونه کلنگی {p} داره خراب میشه رو سر عابرا",
		},
		web:    []string{"با سلام، واحد صنفی {p} پسماند عفونی را با زباله عادی رها می‌کند. لطفا به مراجع ذی‌ربط اطلاع داده شود."},
		person: []string{"مراجعه حضوری؛ شکایت از واحد صنفی {p}"},
	},
}

// Openers, closers and fillers the channels add around the problem.
var (
	appOpen  = []string{"", "", "", "سلام ", "سلام وقت بخیر ", "با سلام ", "سلام خسته نباشید ", "ببخشید "}
	appClose = []string{"", "", "", " لطفا رسیدگی کنید", " ممنون", " تو رو خدا یه کاری بکنین", " خیلی ممنون میشم",
		" چند بار زنگ زدیم کسی نیومد", " دستتون درد نکنه", " مرسی", " ممنون از زحماتتون"}
	phoneClose = []string{"", "", "", "", " درخواست رسیدگی دارد.", " خواستار رسیدگی فوری است.",
		" شماره تماس در سامانه ثبت است."}
	appExtra = []string{"، از هفته پیش همینطوره", "، همسایه‌ها هم شاکی‌ان", "، یه ماهه همینطوره", "، هر سال همین داستانه",
		"، بچه‌ها مریض شدن", " واقعا دیگه خسته شدیم", "، هیچکس جواب نمیده", "، عکسشم گذاشتم", " دیشب بدتر شد",
		"، سالمندا نمی‌تونن رد شن"}
	phoneExtra = []string{" به گفته شهروند از ده روز پیش.", " اهالی محل نیز شاکی هستند.", " شهروند قبلا نیز تماس گرفته است.",
		" سالمندان و کودکان در عبور مشکل دارند.", " به گفته تماس‌گیرنده از هفته گذشته.", " شهروند بسیار ناراضی بود.",
		" شهروند خواستار اعزام اکیپ است.", " درخواست بازدید کارشناس دارد."}
	webClose = []string{"", " با تشکر", " با تشکر و احترام", " پیشاپیش از همکاری شما سپاسگزارم."}
)

// Follow-ups: the same person calls again about the same file.
var (
	phoneFollow = []string{
		"پیگیری درخواست قبلی در خصوص {t} {p}؛ تاکنون اقدامی نشده است.",
		"شهروند برای بار {n} تماس گرفته، {t} {p} هنوز رسیدگی نشده.",
		"پیگیری: {t} {p}",
		"تماس مجدد؛ مشکل {t} {p} همچنان باقی است.",
	}
	appFollow = []string{
		"چند بار ثبت کردم هنوز کسی نیومده! {t} {p}",
		"بار {n} که ثبت میکنم، {t} {p} هنوز درست نشده",
		"پیگیری درخواست قبلی، {t} {p}",
	}
)

// ordinals names alleys and streets the way people say them: کوچه دوازدهم.
var ordinals = []string{"", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
	"یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
	"بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم"}

var cardinals = []string{"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
	"یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست",
	"بیست و یک", "بیست و دو", "بیست و سه", "بیست و چهار"}

// followCount words «برای بار سوم».
var followCount = []string{"دوم", "سوم", "چهارم", "پنجم", "چندم"}
