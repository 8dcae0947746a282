package rasht27

import (
	"slices"
	"strings"
)

// kind is one sort of problem: who must act, how the operator files it, how people word
// it, how many requests one episode draws and how long it lasts.
type kind struct {
	code   string
	agency string
	// weight is the share of issues (not requests) of this kind.
	weight float64
	// cats are the categories an operator or the app would file it under; the first is the
	// most usual.
	cats []string
	// op are operator summaries (third person, terse); cit are citizens' own words. A
	// phrase «topic:words» belongs to one sub-problem (a park's swing, not its lights); an
	// issue is about one topic, and its requests use that topic's phrases and the untagged ones.
	op, cit []string
	// ask is what people ask for at the end, when they ask; tagged like op and cit.
	ask []string
	// size is how big an episode tends to be: 0 mostly one request, 1 a few, 2 often tens.
	size int
	// days is how long an episode usually stays open.
	days float64
	// rainy makes the kind three times as likely from October to March.
	rainy bool
	// recur is the chance the problem comes back at the same spot as a new episode.
	recur float64
	// atLandmark puts the spot at a shop, school or park rather than an alley.
	atLandmark bool
	// area problems (a power cut) are described at neighbourhood or street level.
	area bool
	// inPark puts the spot in a park (بوستان) rather than at any landmark.
	inPark bool
}

// vague categories are what an operator picks when in doubt.
var vagueCats = []string{"سایر", "عمومی", "شکایات", "سایر موارد", "خدمات شهری"}

var kinds = []kind{
	{code: "asphalt", agency: "municipality", weight: 12, cats: []string{"آسفالت و ترمیم معابر", "عمران", "آسفالت"},
		op:   []string{"آسفالت کوچه تخریب شده و دارای چاله است", "چاله عمیق در سطح معبر", "آسفالت معبر فرسوده و پر از چاله است", "درخواست آسفالت کوچه", "نشست آسفالت در معبر"},
		cit:  []string{"کوچه پر از چاله است", "آسفالت کوچه داغون شده", "یه چاله بزرگ وسط کوچه هست ماشینا میفتن توش", "اسفالت خرابه", "چاله ها پر از آب میشه نمیشه رد شد", "آسفالت کوچه ما چند ساله درست نشده"},
		ask:  []string{"لطفا آسفالت کنید", "درخواست ترمیم آسفالت", "رسیدگی کنید", "لطفا لکه گیری کنید"},
		size: 1, days: 40, rainy: true, recur: 0.08},
	{code: "trench", agency: "municipality", weight: 3, cats: []string{"ترمیم نوار حفاری", "آسفالت و ترمیم معابر"},
		op:   []string{"محل حفاری ترمیم نشده است", "نوار حفاری رها شده و آسفالت نشده", "پس از حفاری، معبر خاکی مانده"},
		cit:  []string{"کوچه رو کندن و رفتن هنوز آسفالت نکردن", "حفاری کردن ولی درستش نکردن", "جای کندن کوچه گود شده"},
		ask:  []string{"لطفا ترمیم کنید", "رسیدگی شود"},
		size: 1, days: 45, rainy: true},
	{code: "sidewalk", agency: "municipality", weight: 3, cats: []string{"پیاده رو", "عمران"},
		op:   []string{"موزاییک پیاده رو شکسته و خطرناک است", "curb:جدول کنار پیاده رو تخریب شده", "پیاده رو ناهموار است"},
		cit:  []string{"پیاده رو خراب شده مادرم زمین خورد", "سنگای پیاده رو لق شدن", "curb:جدول شکسته"},
		ask:  []string{"لطفا ترمیم کنید", "رسیدگی کنید"},
		size: 0, days: 50},
	{code: "garbage", agency: "municipality", weight: 20, cats: []string{"پسماند", "نظافت شهری", "جمع آوری زباله"},
		op:   []string{"زباله های معبر جمع آوری نشده", "مخزن زباله پر شده و تخلیه نشده", "تجمع زباله در محل", "عدم جمع آوری زباله از دیشب", "bin:مخزن زباله شکسته است", "newbin:درخواست مخزن زباله"},
		cit:  []string{"زباله ها از دیروز جمع نشده", "سطل زباله پر شده بو میده", "ماشین زباله دیشب نیومد", "کیسه های زباله رو گربه ها پاره کردن همه جا کثیفه", "بوی زباله نمیذاره پنجره رو باز کنیم", "newbin:مخزن زباله رو بردن جاش نیاوردن", "bin:مخزن زباله شکسته همه آشغالا ریخته بیرون"},
		ask:  []string{"لطفا جمع آوری کنید", "رسیدگی کنید", "لطفا پیگیری کنید", "newbin:لطفا مخزن بذارید", "newbin:رسیدگی کنید", "bin:لطفا مخزن رو عوض کنید", "bin:رسیدگی کنید"},
		size: 0, days: 3, recur: 0.25, atLandmark: false},
	{code: "sweep", agency: "municipality", weight: 4, cats: []string{"نظافت شهری", "پسماند"},
		op:   []string{"معبر رفت و روب نشده است", "برگ و خاک در کوچه تجمع کرده", "جوی کنار معبر پر از آشغال است"},
		cit:  []string{"چند وقته رفتگر نیومده", "کوچه خیلی کثیفه", "برگا تو کوچه جمع شده"},
		ask:  []string{"لطفا نظافت کنید"},
		size: 0, days: 7, recur: 0.15},
	{code: "surfacewater", agency: "municipality", weight: 6, cats: []string{"آب های سطحی", "آبگرفتگی", "دفع آبهای سطحی"},
		op:   []string{"آبگرفتگی معبر در اثر بارندگی", "کانال آب های سطحی مسدود شده", "جوی آب گرفته و آب در کوچه جمع شده", "دریچه آبرو مسدود است", "آب باران وارد حیاط منازل شده"},
		cit:  []string{"با بارون کوچه رو آب برداشته", "جوی گرفته آب میاد تو حیاط", "آب جمع شده نمیشه رد شد", "کانال کنار خیابون پر شده آب پس زده", "همه جا رو آب گرفته", "آب جوی راکد مونده بو گرفته"},
		ask:  []string{"لطفا لایروبی کنید", "فوری رسیدگی کنید", "لطفا یکی بیاد"},
		size: 1, days: 4, rainy: true, recur: 0.35},
	{code: "tree", agency: "municipality", weight: 5, cats: []string{"فضای سبز", "درختان"},
		op:   []string{"fallen:درخت شکسته در معبر افتاده", "prune:درخواست هرس درختان", "fallen:شاخه درخت مانع عبور است", "dry:درخت خشک شده و خطر سقوط دارد"},
		cit:  []string{"fallen:درخت افتاده وسط کوچه", "prune:شاخه ها خیلی بلند شده جلو نور رو گرفته", "dry:درخت خشکیده ممکنه بیفته رو ماشینا", "fallen:باد درخت رو شکسته"},
		ask:  []string{"prune:لطفا هرس کنید", "رسیدگی کنید", "fallen:لطفا جمع کنید", "dry:لطفا قطع کنید قبل از اینکه بیفته"},
		size: 0, days: 10, rainy: true},
	{code: "dogs", agency: "municipality", weight: 5, cats: []string{"حیوانات ولگرد", "سگ های بلاصاحب"},
		op:   []string{"تجمع سگ های ولگرد در محل", "سگ ولگرد مزاحم عابرین است", "چند قلاده سگ ولگرد در کوچه"},
		cit:  []string{"سگای ولگرد بچه ها رو دنبال میکنن", "شبا سگا پارس میکنن نمیشه خوابید", "یه گله سگ اینجا جمع شدن میترسیم", "سگ ولگرد به بچه حمله کرد"},
		ask:  []string{"لطفا جمع آوری کنید", "رسیدگی کنید"},
		size: 1, days: 20, recur: 0.2},
	{code: "deadanimal", agency: "municipality", weight: 1.5, cats: []string{"حیوانات ولگرد", "نظافت شهری"},
		op:   []string{"لاشه حیوان در معبر", "لاشه سگ در معبر"},
		cit:  []string{"یه گربه مرده تو کوچه افتاده", "لاشه سگ کنار جوی هست بو گرفته"},
		ask:  []string{"لطفا جمع کنید"},
		size: 0, days: 2},
	{code: "debris", agency: "municipality", weight: 5, cats: []string{"نخاله ساختمانی", "پسماند ساختمانی", "پسماند"},
		op:   []string{"تخلیه نخاله ساختمانی در معبر", "نخاله ساختمانی رها شده", "ریختن خاک و نخاله کنار خیابان"},
		cit:  []string{"نخاله ساختمونی ریختن تو کوچه", "شب یه وانت اومد خاک و آجر خالی کرد", "آشغال ساختمونی جلوی در ما ریختن"},
		ask:  []string{"لطفا جمع آوری کنید", "با متخلف برخورد کنید"},
		size: 0, days: 12},
	{code: "materials", agency: "municipality", weight: 3, cats: []string{"سد معبر", "ساخت و ساز"},
		op:   []string{"مصالح ساختمانی در معبر رها شده و مانع عبور است", "قرار دادن مصالح در پیاده رو توسط ساختمان در حال ساخت"},
		cit:  []string{"ساختمون روبرو شن و ماسه ریخته وسط کوچه", "آجر و میلگرد گذاشتن تو پیاده رو نمیشه رد شد"},
		ask:  []string{"رسیدگی کنید"},
		size: 0, days: 15},
	{code: "obstruction", agency: "municipality", weight: 4, cats: []string{"سد معبر", "سد معبر و دستفروشی"},
		op:   []string{"shop:سد معبر توسط مغازه", "shop:اشغال پیاده رو با اجناس مغازه", "vendor:دستفروش در پیاده رو", "kiosk:کانکس در پیاده رو"},
		cit:  []string{"shop:مغازه جنساش رو گذاشته تو پیاده رو", "shop:میوه فروشی کل پیاده رو رو گرفته", "shop:با کالسکه نمیشه رد شد پیاده رو پره", "vendor:دستفروشا کل پیاده رو رو گرفتن", "kiosk:یه کانکس گذاشتن وسط پیاده رو"},
		ask:  []string{"لطفا برخورد کنید", "رسیدگی کنید"},
		size: 0, days: 30, atLandmark: true, recur: 0.2},
	{code: "park", agency: "municipality", weight: 2.5, cats: []string{"فضای سبز", "پارک ها"},
		op:   []string{"play:وسایل بازی پارک خراب است", "light:چراغ های داخل پارک خاموش است", "wc:سرویس بهداشتی پارک کثیف است", "grass:چمن پارک رسیدگی نشده"},
		cit:  []string{"play:تاب پارک شکسته بچه ها زخمی میشن", "light:شبا پارک تاریکه لامپاش سوخته", "wc:دستشویی پارک خیلی کثیفه", "grass:چمن پارک خشک شده کسی بهش نمیرسه", "play:نیمکت پارک شکسته"},
		ask:  []string{"لطفا رسیدگی کنید"},
		size: 0, days: 20, atLandmark: true, inPark: true},
	{code: "traffic", agency: "municipality", weight: 3, cats: []string{"ترافیک", "حمل و نقل و ترافیک", "تابلو و علائم"},
		op:   []string{"bump:درخواست نصب سرعت گیر", "sign:تابلو ورود ممنوع افتاده است", "paint:خط کشی عابر پیاده پاک شده", "bump:سرعت گیر تخریب شده"},
		cit:  []string{"bump:ماشینا با سرعت میان تو کوچه بچه ها بازی میکنن", "bump:سرعتگیر بذارید جلوی مدرسه", "sign:تابلو کج شده افتاده", "paint:خط عابر پیاده جلوی مدرسه پاک شده بچه ها نمیتونن رد شن"},
		ask:  []string{"bump:لطفا سرعت گیر نصب کنید", "رسیدگی کنید"},
		size: 0, days: 60},
	{code: "illegalbuild", agency: "municipality", weight: 2, cats: []string{"ساخت و ساز", "شهرسازی", "تخلفات ساختمانی"},
		op:   []string{"extra:ساخت و ساز غیرمجاز", "extra:اضافه بنای بدون مجوز", "night:کار ساختمانی در ساعات غیرمجاز"},
		cit:  []string{"extra:همسایه داره یه طبقه اضافه میسازه", "night:ساعت ۱۱ شب دارن بتن میریزن", "extra:بدون مجوز دارن دیوار رو خراب میکنن"},
		ask:  []string{"لطفا بازدید کنید", "جلوگیری کنید"},
		size: 0, days: 30},
	{code: "spray", agency: "municipality", weight: 2, cats: []string{"بهداشت محیط", "سمپاشی"},
		op:   []string{"bugs:درخواست سمپاشی معبر", "rats:وجود موش در جوی ها", "bugs:پشه زیاد در محل"},
		cit:  []string{"rats:موش ها از جوی میان تو خونه", "bugs:پشه بیداد میکنه سمپاشی کنید", "bugs:سوسک از جوی بیرون میاد"},
		ask:  []string{"لطفا سمپاشی کنید"},
		size: 0, days: 15, recur: 0.15},

	// Water and sewage company (آبفا).
	{code: "waterpipe", agency: "water", weight: 1.8, cats: []string{"آب و فاضلاب", "آب های سطحی", "سایر"},
		op:   []string{"شکستگی لوله آب و هدر رفت آب", "نشت آب از زیر آسفالت", "ترکیدگی لوله آب شرب"},
		cit:  []string{"لوله آب ترکیده آب داره میره", "از زیر آسفالت آب تمیز میزنه بیرون", "کنتور آب نشتی داره آب تو کوچه راه افتاده"},
		ask:  []string{"فوری رسیدگی کنید", "لطفا خبر بدید"},
		size: 1, days: 2},
	{code: "sewage", agency: "water", weight: 1.7, cats: []string{"آب و فاضلاب", "آب های سطحی", "بهداشت محیط"},
		op:   []string{"پس زدن فاضلاب از منهول", "سرریز فاضلاب در معبر", "بوی فاضلاب از دریچه فاضلاب", "cover:درپوش منهول فاضلاب شکسته است"},
		cit:  []string{"فاضلاب زده بیرون بوی بد میده", "منهول فاضلاب سرریز کرده", "چاه فاضلاب پس زده تو کوچه", "cover:درب منهول فاضلاب نیست خطرناکه", "جوی پر از آب کثیف شده بوی بدی میده"},
		ask:  []string{"لطفا رسیدگی کنید", "فوری"},
		size: 1, days: 4, rainy: true, recur: 0.2},
	{code: "nowater", agency: "water", weight: 0.8, cats: []string{"آب و فاضلاب", "سایر"},
		op:   []string{"cut:قطعی آب", "pressure:افت فشار آب", "mud:آب گل آلود است"},
		cit:  []string{"cut:از صبح آب قطعه کی وصل میشه؟", "pressure:فشار آب خیلی کمه طبقه بالا آب نمیرسه", "mud:آب گل آلوده"},
		ask:  []string{"لطفا پیگیری کنید", "رسیدگی شود"},
		size: 1, days: 1, area: true},
	{code: "watertrench", agency: "water", weight: 1.2, cats: []string{"ترمیم نوار حفاری", "آسفالت و ترمیم معابر"},
		op:   []string{"حفاری آبفا ترمیم نشده است", "حفاری شرکت آب و فاضلاب رها شده", "ترانشه فاضلاب ترمیم نشده"},
		cit:  []string{"آب و فاضلاب کوچه رو کنده و رفته", "برا لوله فاضلاب کندن درست نکردن", "از وقتی فاضلاب کشی کردن کوچه خرابه"},
		ask:  []string{"لطفا پیگیری کنید"},
		size: 1, days: 60},

	// Power distribution, including street lights.
	{code: "streetlight", agency: "power", weight: 2.6, cats: []string{"روشنایی معابر", "برق", "سایر"},
		op:   []string{"چراغ روشنایی معبر خاموش است", "لامپ تیر برق سوخته", "روشنایی کوچه قطع است", "day:چراغ های خیابان روز روشن است"},
		cit:  []string{"چراغ کوچه چند شبه خاموشه", "کوچه تاریکه میترسیم شب رد شیم", "لامپ تیر برق سوخته", "day:چراغای خیابون روزم روشنن"},
		ask:  []string{"لطفا درست کنید", "رسیدگی کنید"},
		size: 1, days: 20, recur: 0.15},
	{code: "powercut", agency: "power", weight: 0.4, cats: []string{"برق", "سایر"},
		op:   []string{"قطعی برق منطقه", "برق محل قطع شده", "flicker:نوسان برق"},
		cit:  []string{"برق رفته", "برق کل کوچه قطعه کی وصل میشه", "flicker:برق هی میره و میاد وسایلمون سوخت"},
		ask:  []string{"لطفا پیگیری کنید", "رسیدگی شود"},
		size: 2, days: 0.15, area: true},
	{code: "pole", agency: "power", weight: 1, cats: []string{"برق", "روشنایی معابر", "سایر"},
		op:   []string{"lean:تیر برق کج شده و خطر سقوط دارد", "wire:سیم برق آویزان است", "branch:شاخه درخت روی سیم برق افتاده"},
		cit:  []string{"wire:سیم برق آویزونه خیلی خطرناکه", "lean:تیر چراغ برق کج شده", "branch:شاخه درخت افتاده رو سیمای برق جرقه میزنه"},
		ask:  []string{"فوری رسیدگی کنید"},
		size: 1, days: 3, rainy: true},

	// Gas company.
	{code: "gassmell", agency: "gas", weight: 1.2, cats: []string{"گاز", "سایر", "حوادث"},
		op:   []string{"بوی گاز در معبر", "نشت گاز از علمک", "بوی گاز از لوله گاز کنار دیوار"},
		cit:  []string{"بوی گاز میاد", "از لوله گاز تو کوچه بوی گاز میاد", "علمک گاز نشتی داره"},
		ask:  []string{"فوری", "سریع رسیدگی کنید"},
		size: 0, days: 0.5},
	{code: "gastrench", agency: "gas", weight: 0.5, cats: []string{"ترمیم نوار حفاری", "آسفالت و ترمیم معابر"},
		op:   []string{"حفاری شرکت گاز ترمیم نشده", "لوله گاز بدون حفاظ در معبر"},
		cit:  []string{"اداره گاز کوچه رو کنده ولش کرده", "لوله گاز از زیر خاک بیرون زده"},
		ask:  []string{"رسیدگی کنید"},
		size: 0, days: 40},

	// Telecom.
	{code: "telecom", agency: "telecom", weight: 1.3, cats: []string{"مخابرات", "سایر"},
		op:   []string{"line:قطعی تلفن ثابت", "box:درب کافو مخابرات باز است", "box:کابل مخابرات آویزان است"},
		cit:  []string{"line:تلفن خونه چند روزه بوق نداره", "line:اینترنت و تلفن کل کوچه قطعه", "box:در جعبه مخابرات بازه سیما بیرونه"},
		ask:  []string{"پیگیری کنید"},
		size: 0, days: 7},
	{code: "telecomtrench", agency: "telecom", weight: 0.4, cats: []string{"ترمیم نوار حفاری"},
		op:   []string{"حفاری مخابرات ترمیم نشده", "حفاری فیبر نوری رها شده"},
		cit:  []string{"برا فیبر نوری پیاده رو رو کندن درست نکردن"},
		ask:  []string{"رسیدگی کنید"},
		size: 0, days: 40},

	// Police.
	{code: "parking", agency: "police", weight: 2.8, cats: []string{"ترافیک", "سد معبر", "سایر"},
		op:   []string{"garage:پارک خودرو جلوی درب پارکینگ", "double:پارک دوبله و ایجاد ترافیک", "abandoned:خودرو رها شده در کوچه", "double:مسدود شدن کوچه با خودرو"},
		cit:  []string{"garage:یه ماشین جلوی پارکینگ ما پارک کرده نمیتونیم بریم بیرون", "double:دوبله پارک میکنن کوچه بسته میشه", "abandoned:یه ماشین چند ماهه اینجا ول شده"},
		ask:  []string{"لطفا برخورد کنید"},
		size: 0, days: 1, recur: 0.3},
	{code: "noise", agency: "police", weight: 1.4, cats: []string{"سایر", "مزاحمت"},
		op:   []string{"music:مزاحمت صوتی همسایه", "moto:سر و صدای موتورسیکلت ها در شب", "gang:تجمع افراد مزاحم در کوچه"},
		cit:  []string{"music:همسایه تا ۳ صبح آهنگ بلند گذاشته", "moto:موتوریا شبا تو کوچه ویراژ میدن", "gang:چند نفر هر شب سر کوچه جمع میشن مزاحمن"},
		ask:  []string{"لطفا برخورد کنید"},
		size: 0, days: 2},

	// Other bodies.
	{code: "other", agency: "other", weight: 2.6, cats: []string{"سایر", "شکایات"},
		op:   []string{"bakery:کم فروشی نانوایی", "antenna:نصب آنتن موبایل روی ساختمان", "pharmacy:شکایت از داروخانه", "bakery:نانوایی نان خمیر میدهد"},
		cit:  []string{"bakery:نانوایی نون خمیر میده وزنشم کمه", "antenna:روی پشت بوم ساختمون بغلی آنتن موبایل گذاشتن", "pharmacy:داروخانه شبانه روزی شب باز نیست"},
		ask:  []string{"لطفا پیگیری کنید"},
		size: 0, days: 10},
}

// topics lists a kind's sub-problems in order of appearance; "" stands for its untagged
// phrases and comes first when there are any.
func (k *kind) topics() []string {
	var out []string
	for _, list := range [][]string{k.op, k.cit} {
		for _, p := range list {
			t, _ := splitTopic(p)
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	if i := slices.Index(out, ""); i > 0 {
		out = append([]string{""}, slices.Delete(out, i, i+1)...)
	}
	return out
}

// phrases are the phrases of list for one topic; a topic with none there (a sub-problem
// only operators name) falls back to the untagged ones, then to all.
func phrasesFor(list []string, topic string) []string {
	var own, plain []string
	for _, p := range list {
		t, words := splitTopic(p)
		switch t {
		case topic:
			own = append(own, words)
		case "":
			plain = append(plain, words)
		}
	}
	switch {
	case len(own) > 0:
		return own
	case len(plain) > 0:
		return plain
	}
	var all []string
	for _, p := range list {
		_, words := splitTopic(p)
		all = append(all, words)
	}
	return all
}

func splitTopic(p string) (topic, words string) {
	if i := strings.IndexByte(p, ':'); i > 0 && i < 12 && p[0] >= 'a' && p[0] <= 'z' {
		return p[:i], p[i+1:]
	}
	return "", p
}
