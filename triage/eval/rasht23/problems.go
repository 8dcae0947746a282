package rasht23

import "time"

// problem is one kind of thing citizens call about, with the agency that must act, where
// it happens, when, how many calls one instance draws and how people put it.
//
// In the phrases {p} is the place (a written place or a deictic such as «کوچه ما»), {d} a
// small number of days. Citizen phrases are first person and informal; operator phrases
// are the third-person summaries 137 operators type.
type problem struct {
	code   string
	agency string
	spots  string // spot kinds it happens at
	weight float64
	// season is the relative frequency per Jalali month, Farvardin first.
	season [12]float64
	// scale > 1 makes its issues draw more requests; spread is the mean gap between them.
	scale             float64
	spread            time.Duration
	recur             float64 // chance that a fixed instance comes back in a new episode
	cats              []string
	wrong             []string // categories an operator or a citizen picks by mistake
	citizen, operator []string
	short             string // a clause for mentioning it beside another problem
}

const day = 24 * time.Hour

var (
	flat   = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	rainy  = [12]float64{1, 1, .6, .4, .4, .6, 1.4, 2.2, 2.3, 2, 1.6, 1.3}
	summer = [12]float64{.9, 1, 1.2, 1.5, 1.5, 1.2, 1, .8, .8, .8, .8, .9}
	stormy = [12]float64{.8, .8, .6, .5, .6, .8, 1.3, 1.8, 1.8, 1.6, 1.3, 1}
	after  = [12]float64{1.4, 1.3, 1.1, .9, .8, .8, .9, 1.1, 1.2, 1.3, 1.4, 1.4} // potholes after the rains
	winter = [12]float64{.7, .7, .7, .7, .7, .9, 1.1, 1.4, 1.6, 1.6, 1.4, 1}
)

const (
	catAsphalt  = "آسفالت و لکه‌گیری معابر"
	catWaste    = "پسماند و نظافت شهری"
	catSurface  = "آب‌های سطحی و لایروبی جوی"
	catDebris   = "نخاله و مصالح ساختمانی"
	catObstruct = "سد معبر"
	catGreen    = "فضای سبز"
	catAnimals  = "حیوانات ولگرد"
	catPark     = "پارک و بوستان"
	catBuilding = "ساختمان ناایمن و متروکه"
	catLight    = "روشنایی معابر"
	catWater    = "آب و فاضلاب"
	catPower    = "برق"
	catGas      = "گاز"
	catTelecom  = "مخابرات"
	catTraffic  = "ترافیک و پارک خودرو"
	catOther    = "سایر"
	catServices = "خدمات شهری"
	catComplain = "شکایات"
)

// vague are the categories an operator picks when unsure.
var vague = []string{catOther, catOther, catServices, catComplain}

var problems = []*problem{
	{code: "asphalt", agency: "municipality", spots: "alley stretch", weight: .14, season: after, scale: 1.7, spread: 14 * day, recur: .08,
		cats: []string{catAsphalt}, wrong: []string{catSurface, catServices, catDebris},
		citizen: []string{
			"آسفالت {p} خراب شده و پر از چاله است",
			"{p} چاله های بزرگ داره ماشین نمیتونه رد بشه",
			"آسفالت {p} کنده شده، وقتی بارون میاد پر آب میشه",
			"چاله وسط {p} خیلی خطرناکه دیروز یه موتوری خورد زمین",
			"{p} چند ماهه آسفالت نداره، همش خاک و سنگ",
			"لطفا {p} رو آسفالت کنید، خیلی داغونه",
			"دست انداز و چاله {p} رو پر کنید",
			"بعد از بارون آسفالت {p} کاملا از بین رفته",
		},
		operator: []string{
			"شهروند از خرابی آسفالت {p} گلایه دارد و درخواست لکه‌گیری دارد.",
			"وجود چاله در {p} و درخواست ترمیم آسفالت.",
			"درخواست آسفالت {p}؛ طبق اظهار شهروند معبر پر از چاله است.",
			"تخریب آسفالت {p}، درخواست رسیدگی.",
			"شهروند اعلام نمود آسفالت {p} فرسوده و دارای چاله عمیق است.",
		},
		short: "آسفالت کوچه هم خرابه"},
	{code: "garbage", agency: "municipality", spots: "alley stretch park", weight: .17, season: summer, scale: 1, spread: 2 * day, recur: .15,
		cats: []string{catWaste}, wrong: []string{catServices, catAnimals, catDebris},
		citizen: []string{
			"زباله های {p} {d} روزه جمع نشده",
			"سطل زباله {p} پر شده و زباله ها ریخته تو کوچه، بو میده",
			"ماشین زباله چند شبه به {p} نیومده",
			"کیسه های زباله سر {p} مونده، گربه ها پاره کردن",
			"مخزن زباله {p} رو بردن، حالا همه زباله رو میذارن کنار دیوار",
			"بوی زباله تو {p} غیر قابل تحمله",
			"لطفا زباله های {p} رو جمع کنید",
		},
		operator: []string{
			"عدم جمع‌آوری پسماند در {p}.",
			"شهروند از جمع‌آوری نشدن زباله در {p} به مدت {d} روز شکایت دارد.",
			"انباشت زباله در {p} و درخواست جمع‌آوری.",
			"مخزن پسماند {p} پر و سرریز شده است.",
			"درخواست نصب مخزن زباله در {p}.",
		},
		short: "زباله ها هم جمع نشده"},
	{code: "surface", agency: "municipality", spots: "alley stretch", weight: .08, season: rainy, scale: 1.6, spread: 3 * day, recur: .2,
		cats: []string{catSurface}, wrong: []string{catWater, catAsphalt, catServices},
		citizen: []string{
			"با هر بارون {p} آب میگیره، آب تا جلوی در خونه ها میاد",
			"جوی {p} گرفته آب برگشته تو کوچه",
			"آبگرفتگی شدید {p}، نمیشه رد شد",
			"جوی آب {p} پر از گل و برگه، لطفا لایروبی کنید",
			"آب بارون تو {p} جمع شده و راه نداره بره",
			"دهانه آبرو {p} گرفته و همه جا آب گرفته",
			"جوی {p} پر از آب و لجن شده بو میده",
		},
		operator: []string{
			"آبگرفتگی معبر در {p} در پی بارندگی.",
			"درخواست لایروبی جوی {p}؛ آب به منازل نفوذ کرده است.",
			"گرفتگی کانال آب‌های سطحی در {p}.",
			"شهروند از تجمع آب باران در {p} گلایه دارد.",
		},
		short: "جوی هم گرفته"},
	{code: "debris", agency: "municipality", spots: "alley", weight: .06, season: flat, scale: 1.1, spread: 6 * day, recur: .05,
		cats: []string{catDebris}, wrong: []string{catWaste, catObstruct},
		citizen: []string{
			"یکی نخاله ساختمونی ریخته تو {p} و رفته",
			"نخاله های ساختمان در حال تخریب {p} هفته هاست مونده",
			"خاک و آجر ریختن تو {p} راه بسته شده",
			"شبانه نخاله تخلیه کردن سر {p}",
			"مصالح ساختمونی همسایه کل {p} رو بسته ماشین رد نمیشه",
		},
		operator: []string{
			"تخلیه نخاله ساختمانی در {p}.",
			"رها شدن نخاله و مصالح ساختمانی در {p} و درخواست جمع‌آوری.",
			"شهروند از انباشت نخاله در {p} شکایت دارد.",
		},
		short: "نخاله هم ریختن"},
	{code: "obstruct", agency: "municipality", spots: "stretch", weight: .05, season: flat, scale: 1.3, spread: 10 * day, recur: .1,
		cats: []string{catObstruct}, wrong: []string{catTraffic, catComplain},
		citizen: []string{
			"مغازه دار های {p} کل پیاده رو رو گرفتن جنس چیدن",
			"دستفروش ها {p} پیاده رو رو بستن مجبوریم از تو خیابون رد شیم",
			"میوه فروشی {p} جعبه هاش رو گذاشته تو پیاده رو",
			"سد معبر {p} واقعا زیاد شده",
		},
		operator: []string{
			"سد معبر توسط کسبه در {p}.",
			"اشغال پیاده‌رو توسط مغازه‌داران {p}.",
			"شهروند از سد معبر و چیدن اجناس در پیاده‌رو {p} گلایه دارد.",
		},
		short: "پیاده رو هم گرفتن"},
	{code: "tree", agency: "municipality", spots: "alley stretch park", weight: .05, season: stormy, scale: 1, spread: 4 * day, recur: .05,
		cats: []string{catGreen}, wrong: []string{catPark, catPower, catServices},
		citizen: []string{
			"درخت {p} افتاده وسط راه، رد نمیشه شد",
			"شاخه های درخت {p} خیلی بلند شده لطفا هرس کنید",
			"درخت خشک شده {p} داره میفته رو خونه ها",
			"با باد دیشب درخت {p} شکست",
		},
		operator: []string{
			"سقوط درخت در {p} و مسدود شدن معبر.",
			"درخواست هرس درختان {p}.",
			"درخت خشک و خطرناک در {p}، درخواست قطع.",
		},
		short: "درخت هم هرس نشده"},
	{code: "dogs", agency: "municipality", spots: "alley stretch park", weight: .05, season: flat, scale: 1.2, spread: 8 * day, recur: .1,
		cats: []string{catAnimals}, wrong: []string{catOther, catWaste},
		citizen: []string{
			"چند تا سگ ولگرد تو {p} هستن بچه ها میترسن",
			"سگ های ولگرد {p} شب ها پارس میکنن و به آدم حمله میکنن",
			"یه گله سگ تو {p} جمع شدن",
			"سگ ولگرد {p} دیروز به یه بچه حمله کرد",
		},
		operator: []string{
			"وجود سگ‌های ولگرد در {p} و درخواست زنده‌گیری.",
			"شهروند از حضور سگ‌های بلاصاحب در {p} گلایه دارد.",
			"تجمع سگ ولگرد در {p}.",
		},
		short: "سگ ولگرد هم زیاده"},
	{code: "park", agency: "municipality", spots: "park", weight: .025, season: summer, scale: 1.2, spread: 10 * day, recur: .1,
		cats: []string{catPark}, wrong: []string{catGreen, catWaste},
		citizen: []string{
			"وسایل بازی {p} شکسته بچه ها زخمی میشن",
			"{p} کثیفه و سطل زباله نداره",
			"نیمکت های {p} خرابه، چراغ هم نداره",
			"سرسره {p} شکسته",
		},
		operator: []string{
			"خرابی وسایل بازی کودکان در {p}.",
			"عدم نظافت {p} و درخواست رسیدگی.",
			"درخواست تعمیر نیمکت و تجهیزات {p}.",
		},
		short: "پارک هم کثیفه"},
	{code: "ruin", agency: "municipality", spots: "alley", weight: .03, season: winter, scale: 1.1, spread: 20 * day, recur: .05,
		cats: []string{catBuilding}, wrong: []string{catOther, catDebris},
		citizen: []string{
			"خونه قدیمی متروکه {p} دیوارش ترک خورده داره میریزه",
			"دیوار خونه کلنگی {p} کج شده ممکنه بریزه رو عابرا",
			"سقف خونه خرابه {p} ریخته، خطرناکه",
			"یه خونه مخروبه تو {p} هست که هر لحظه ممکنه خراب بشه",
		},
		operator: []string{
			"ساختمان فرسوده و ناایمن در {p}، احتمال ریزش دیوار.",
			"شهروند از خطر ریزش منزل متروکه در {p} گلایه دارد.",
			"درخواست ایمن‌سازی خانه مخروبه {p}.",
		},
		short: "خونه خرابه هم خطرناکه"},
	{code: "sweep", agency: "municipality", spots: "alley stretch", weight: .03, season: flat, scale: 1, spread: 5 * day, recur: .1,
		cats: []string{catWaste}, wrong: []string{catServices, catSurface},
		citizen: []string{
			"رفتگر چند وقته {p} رو جارو نکرده",
			"{p} پر از برگ و خاکه، کسی تمیز نمیکنه",
			"{p} خیلی کثیفه لطفا رفتگر بفرستید",
		},
		operator: []string{
			"عدم رفت و روب {p}.",
			"درخواست نظافت معبر {p}.",
		},
		short: "رفتگر هم نمیاد"},
	{code: "carcass", agency: "municipality", spots: "alley stretch", weight: .02, season: summer, scale: .6, spread: day / 3, recur: 0,
		cats: []string{catWaste, catAnimals}, wrong: []string{catOther},
		citizen: []string{
			"لاشه گربه تو {p} افتاده بو گرفته",
			"یه سگ مرده کنار {p} هست",
		},
		operator: []string{
			"وجود لاشه حیوان در {p}، درخواست جمع‌آوری.",
			"لاشه سگ در {p}.",
		},
		short: "لاشه حیوون هم هست"},
	{code: "grate", agency: "municipality", spots: "alley stretch", weight: .015, season: flat, scale: 1, spread: 6 * day, recur: .05,
		cats: []string{catSurface}, wrong: []string{catWater, catAsphalt},
		citizen: []string{
			"درپوش جوی {p} رو بردن، یکی میفته توش",
			"دریچه آبروی {p} شکسته و خطرناکه",
		},
		operator: []string{
			"سرقت دریچه جوی در {p}.",
			"شکستگی دال جوی {p} و خطر سقوط عابر.",
		},
		short: "دریچه جوی هم شکسته"},

	{code: "sewage", agency: "water", spots: "alley stretch", weight: .03, season: rainy, scale: 1.3, spread: 2 * day, recur: .15,
		cats: []string{catWater}, wrong: []string{catSurface, catWaste, catServices},
		citizen: []string{
			"فاضلاب از منهول {p} زده بیرون، بوی وحشتناکی داره",
			"چاه فاضلاب {p} پس زده، کل کوچه رو کثافت گرفته",
			"آب فاضلاب تو {p} راه افتاده",
			"بوی فاضلاب {p} از دیشب غیر قابل تحمله، منهول سرریز کرده",
			"آب کثیف تو {p} جمع شده بوی خیلی بدی میده، از زیر درپوش فاضلاب میزنه بیرون",
		},
		operator: []string{
			"سرریز فاضلاب از منهول در {p}.",
			"گرفتگی شبکه فاضلاب {p} و پس زدن به معبر.",
			"شهروند از جاری شدن فاضلاب در {p} گلایه دارد.",
		},
		short: "بوی فاضلاب هم میاد"},
	{code: "pipe", agency: "water", spots: "alley stretch", weight: .02, season: winter, scale: 1.2, spread: day / 2, recur: .05,
		cats: []string{catWater}, wrong: []string{catSurface, catAsphalt},
		citizen: []string{
			"لوله آب {p} ترکیده آب داره هدر میره",
			"از زیر آسفالت {p} آب میجوشه، لوله شکسته",
			"شکستگی لوله آب تو {p}، از صبح آب داره میره",
		},
		operator: []string{
			"شکستگی لوله آب در {p} و هدر رفت آب.",
			"نشت آب از شبکه در {p}.",
		},
		short: "لوله آب هم ترکیده"},
	{code: "watercut", agency: "water", spots: "hood", weight: .004, season: summer, scale: 3, spread: 2 * time.Hour, recur: .3,
		cats: []string{catWater}, wrong: []string{catServices, catOther},
		citizen: []string{
			"از صبح آب {p} قطعه، هیچ اطلاعیه ای هم ندادن",
			"آب قطع شده، کی وصل میشه؟",
			"چند ساعته آب نداریم",
		},
		operator: []string{
			"قطعی آب در {p} از ساعات اولیه صبح.",
			"شهروند از قطع آب بدون اطلاع قبلی گلایه دارد.",
		},
		short: "آب هم قطعه"},
	{code: "watertrench", agency: "water", spots: "alley", weight: .012, season: flat, scale: 1.4, spread: 12 * day, recur: 0,
		cats: []string{catWater}, wrong: []string{catAsphalt, catAsphalt, catDebris},
		citizen: []string{
			"آب و فاضلاب {p} رو کنده لوله کشی کرده ولی آسفالت نکرده رفته",
			"بعد از حفاری آبفا تو {p} ترانشه همینطوری باز مونده",
			"کانال حفاری لوله آب {p} یک ماهه پر نشده",
		},
		operator: []string{
			"عدم ترمیم حفاری شرکت آب و فاضلاب در {p}.",
			"ترانشه باز حفاری آبفا در {p}، درخواست ترمیم.",
		},
		short: "حفاری آبفا هم مونده"},

	{code: "light", agency: "power", spots: "alley stretch park", weight: .045, season: winter, scale: 1.2, spread: 7 * day, recur: .15,
		cats: []string{catLight}, wrong: []string{catPower, catServices},
		citizen: []string{
			"چراغ های {p} چند شبه خاموشه، شب ها خیلی تاریکه",
			"لامپ تیر برق {p} سوخته",
			"{p} کاملا تاریکه، چراغ برق نداره",
			"چراغ روشنایی {p} روزم روشنه شبم خاموش",
			"روشنایی {p} خرابه، زن و بچه میترسن رد بشن",
		},
		operator: []string{
			"خاموشی چراغ‌های روشنایی معابر در {p}.",
			"شهروند از خاموش بودن لامپ‌های {p} گلایه دارد.",
			"درخواست تعمیر روشنایی {p}.",
		},
		short: "چراغ کوچه هم خاموشه"},
	{code: "wire", agency: "power", spots: "alley stretch", weight: .01, season: stormy, scale: 1, spread: 2 * day, recur: .05,
		cats: []string{catPower}, wrong: []string{catLight, catTelecom},
		citizen: []string{
			"سیم برق {p} پاره شده آویزونه، خطرناکه",
			"تیر برق {p} کج شده ممکنه بیفته",
			"سیم برق {p} جرقه میزنه",
		},
		operator: []string{
			"آویزان بودن سیم برق در {p}.",
			"کج شدن تیر برق در {p}، خطر سقوط.",
		},
		short: "سیم برق هم آویزونه"},
	{code: "powercut", agency: "power", spots: "hood", weight: .006, season: stormy, scale: 3, spread: time.Hour, recur: .3,
		cats: []string{catPower}, wrong: []string{catLight, catServices},
		citizen: []string{
			"برق {p} رفته، کی وصل میشه؟",
			"از یک ساعت پیش برق نداریم",
			"برق کل محل قطعه",
		},
		operator: []string{
			"قطعی برق در {p}.",
			"شهروند از قطع برق منطقه گلایه دارد.",
		},
		short: "برقم قطع و وصل میشه"},
	{code: "branch", agency: "power", spots: "alley stretch", weight: .008, season: stormy, scale: 1, spread: 2 * day, recur: 0,
		cats: []string{catPower}, wrong: []string{catGreen, catGreen},
		citizen: []string{
			"شاخه درخت {p} افتاده رو سیم برق",
			"شاخه های درخت {p} رفته تو سیم های برق، جرقه میزنه",
		},
		operator: []string{
			"برخورد شاخه درخت با شبکه برق در {p}.",
			"افتادن شاخه روی سیم برق {p}.",
		},
		short: "شاخه ها هم خورده به سیم برق"},

	{code: "gas", agency: "gas", spots: "alley stretch", weight: .008, season: winter, scale: 1.1, spread: 3 * time.Hour, recur: .05,
		cats: []string{catGas}, wrong: []string{catOther, catServices},
		citizen: []string{
			"بوی گاز شدید تو {p} میاد",
			"از علمک گاز {p} بوی گاز میاد",
			"بوی گاز {p} از دیشب",
		},
		operator: []string{
			"استشمام بوی گاز در {p}.",
			"نشت گاز از انشعاب در {p}.",
		},
		short: "بوی گاز هم میاد"},
	{code: "gastrench", agency: "gas", spots: "alley", weight: .005, season: flat, scale: 1.3, spread: 10 * day, recur: 0,
		cats: []string{catGas}, wrong: []string{catAsphalt, catAsphalt},
		citizen: []string{
			"شرکت گاز {p} رو کنده و رفته، آسفالت نکرده",
			"حفاری گاز {p} رو پر نکردن",
		},
		operator: []string{
			"عدم ترمیم حفاری شرکت گاز در {p}.",
			"ترانشه حفاری گاز در {p} باز مانده است.",
		},
		short: "حفاری گاز هم مونده"},

	{code: "telecom", agency: "telecom", spots: "alley stretch", weight: .012, season: flat, scale: 1, spread: 5 * day, recur: .05,
		cats: []string{catTelecom}, wrong: []string{catPower, catOther},
		citizen: []string{
			"در کافو مخابرات {p} بازه سیما بیرونه",
			"کابل تلفن {p} پاره شده افتاده رو زمین",
			"مخابرات {p} رو کنده و ول کرده",
		},
		operator: []string{
			"باز بودن درب کافوی مخابرات در {p}.",
			"آویزان بودن کابل مخابراتی در {p}.",
			"عدم ترمیم حفاری مخابرات در {p}.",
		},
		short: "کابل تلفن هم پاره شده"},

	{code: "parking", agency: "police", spots: "alley stretch", weight: .02, season: flat, scale: 1.2, spread: 8 * day, recur: .15,
		cats: []string{catTraffic}, wrong: []string{catObstruct, catComplain},
		citizen: []string{
			"ماشین ها سر {p} پارک میکنن کوچه بسته میشه آمبولانس نمیتونه بیاد",
			"یه ماشین جلوی پارکینگ ما تو {p} پارک کرده نمیتونیم بریم بیرون",
			"پارک دوبله تو {p} هر روز راه رو میبنده",
		},
		operator: []string{
			"پارک خودرو در دهانه {p} و مسدود شدن معبر.",
			"سد معبر توسط خودروها در {p}.",
			"شهروند از پارک خودرو جلوی درب پارکینگ در {p} شکایت دارد.",
		},
		short: "ماشینا هم راهو میبندن"},
	{code: "addicts", agency: "police", spots: "alley", weight: .01, season: flat, scale: 1.1, spread: 12 * day, recur: .1,
		cats: []string{catComplain}, wrong: []string{catBuilding, catOther},
		citizen: []string{
			"شب ها معتادها تو خونه خرابه {p} جمع میشن",
			"تو {p} مواد میکشن، امنیت نداریم",
		},
		operator: []string{
			"تجمع معتادین در منزل متروکه {p}.",
			"شهروند از حضور افراد معتاد در {p} گلایه دارد.",
		},
		short: "معتادا هم جمع میشن"},
	{code: "noise", agency: "police", spots: "alley", weight: .008, season: summer, scale: .8, spread: 5 * day, recur: 0,
		cats: []string{catComplain}, wrong: []string{catOther},
		citizen: []string{
			"همسایه {p} تا نصف شب صدای بلند موسیقی داره",
			"کارگاه {p} شب ها سر و صدا میکنه",
		},
		operator: []string{
			"مزاحمت صوتی همسایه در {p}.",
			"سر و صدای کارگاه در ساعات شب در {p}.",
		},
		short: "سر و صدا هم زیاده"},

	{code: "heritage", agency: "other", spots: "alley", weight: .006, season: flat, scale: 1.2, spread: 6 * day, recur: 0,
		cats: []string{catOther}, wrong: []string{catBuilding, catDebris},
		citizen: []string{
			"دارن خونه قدیمی تاریخی {p} رو خراب میکنن، میراث فرهنگی کجاست؟",
			"بنای قدیمی {p} رو شبانه دارن تخریب میکنن",
		},
		operator: []string{
			"تخریب بنای تاریخی در {p}، اعلام به میراث فرهنگی.",
			"شهروند از تخریب خانه قدیمی با ارزش تاریخی در {p} خبر داد.",
		},
		short: "خونه قدیمی رو هم دارن خراب میکنن"},
	{code: "hygiene", agency: "other", spots: "stretch", weight: .008, season: summer, scale: 1, spread: 8 * day, recur: 0,
		cats: []string{catOther}, wrong: []string{catWaste, catComplain},
		citizen: []string{
			"ساندویچی {p} خیلی کثیفه، بهداشت رو رعایت نمیکنه",
			"قصابی {p} گوشت رو بیرون آویزون کرده مگس میشینه",
		},
		operator: []string{
			"عدم رعایت بهداشت در واحد صنفی واقع در {p}.",
			"شکایت از وضعیت بهداشتی اغذیه‌فروشی واقع در {p}.",
		},
		short: "مغازه هم بهداشت نداره"},
}
