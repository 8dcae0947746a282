package rasht7

import (
	"time"

	"github.com/tafkik/tafkik"
)

// Where a problem lives.
const (
	atAlley  = iota // an alley or a dead end
	atStreet        // a spot on a street or square, by a landmark
	atPark
	atAlleyOrStreet
)

// Operator categories of the 137 centre. The operator picks one per call; it is sometimes
// wrong, often vague.
const (
	catRoad     = "آسفالت و معابر"
	catWaste    = "پسماند و نظافت شهری"
	catSurface  = "آب‌های سطحی و کانال‌ها"
	catGreen    = "فضای سبز"
	catAnimal   = "حیوانات ولگرد و موذی"
	catBuild    = "ساخت‌وساز و نخاله"
	catObstruct = "سد معبر"
	catLight    = "روشنایی معابر"
	catTraffic  = "ترافیک و حمل‌ونقل"
	catPark     = "پارک و مبلمان شهری"
	catHealth   = "بهداشت محیط"
	catOther    = "سایر"
	catOutside  = "ارجاع به سایر دستگاه‌ها"
)

var allCats = []string{catRoad, catWaste, catSurface, catGreen, catAnimal, catBuild, catObstruct,
	catLight, catTraffic, catPark, catHealth, catOther}

// problem is one kind of thing that goes wrong. say are the citizen's sentences ({loc} is the
// place as a noun phrase, or «کوچه ما» when the caller does not name it), short the one- or
// two-word texts of the app, op the operator's nominal phrase, fing Finglish sentences.
type problem struct {
	key    string
	agency tafkik.Agency
	cat    string
	alt    []string // other categories an operator plausibly picks
	where  int
	weight float64 // relative number of issues
	size   float64 // how much bigger than usual its issues get
	rain   bool    // comes in bursts after heavy rain
	say    []string
	short  []string
	op     []string
	fing   []string
	ask    []string
	// most is the largest issue people make of it (a dead cat is not reported forty
	// times); 0 means no limit
	most int
	// months is when the problem happens at all, nil for all year
	months []time.Month
}

var problems = []*problem{
	// ---------------- municipality ----------------
	{key: "asphalt", agency: tafkik.AgencyMunicipality, cat: catRoad, alt: []string{catBuild, catTraffic}, where: atAlley, weight: 9, size: 2.2,
		say: []string{
			"بعد از بارون‌های اخیر آسفالت {loc} شسته شده و کلش چاله است",
			"ماشین آشغال هم دیگه نمیتونه بیاد تو {loc} از بس چاله داره",
			"آسفالت {loc} رو نصفه‌نیمه لکه‌گیری کردن و دوباره خراب شد",
			"کوچه‌های اطراف رو آسفالت کردید ولی {loc} رو جا انداختید",
			"آسفالت {loc} کاملا از بین رفته و پر از چاله است",
			"{loc} آسفالت نداره، همش سنگ و خاکه",
			"کف {loc} چاله چوله شده، ماشین نمیتونه رد بشه",
			"آسفالت {loc} ترک خورده و چاله‌هاش هر روز بزرگتر میشه",
			"چند ساله {loc} رو آسفالت نکردید، با بارون کل کوچه گل و لای میشه",
			"وضعیت آسفالت {loc} افتضاحه",
			"تو {loc} یه چاله بزرگ هست که بچه‌ها با دوچرخه توش میفتن",
			"زیرسازی {loc} رو کردن ولی آسفالت نریختن و ول کردن رفتن",
			"{loc} خیلی خرابه، لطفا آسفالتش کنید",
			"قول آسفالت {loc} رو داده بودید ولی هنوز خبری نیست",
			"نیمی از {loc} آسفالت شد و بقیه‌اش موند",
			"پیرمردها تو {loc} از دست چاله‌ها زمین میخورن",
		},
		short: []string{"آسفالت", "آسفالت کوچه", "چاله", "کوچه خرابه", "خیابان خراب است", "آسفالت خراب", "اسفالت"},
		op:    []string{"تخریب آسفالت", "نبود آسفالت", "وجود چاله در سطح معبر", "عدم آسفالت"},
		fing:  []string{"asfalt {loc} kharabe", "{loc} asfalt nadare lotfan residegi konid", "chaale {loc} kheili bozorge"},
		ask:   []string{"لطفا آسفالت کنید", "درخواست آسفالت داریم", "خواهشا زودتر لکه‌گیری کنید"}},
	{key: "pothole", most: 25, agency: tafkik.AgencyMunicipality, cat: catRoad, alt: []string{catTraffic}, where: atStreet, weight: 4, size: 1.5,
		say: []string{
			"چاله بزرگ {loc} شب‌ها دیده نمیشه و چند تا موتوری زمین خوردن",
			"درپوش آسفالت {loc} نشست کرده و یه گودال درست شده",
			"وسط {loc} یه چاله عمیق هست که لاستیک ماشینم ترکید",
			"{loc} یه دست‌انداز طبیعی درست شده، چاله عمیقه",
			"در {loc} چاله بزرگی ایجاد شده و خطرناکه برای موتوری‌ها",
			"لکه‌گیری {loc} رو انجام بدید، چاله‌ها پر آب شده",
			"جلوی {loc} آسفالت نشست کرده",
		},
		short: []string{"چاله خیابان", "چاله", "نشست آسفالت"},
		op:    []string{"وجود چاله در سواره‌رو", "نشست آسفالت", "ضرورت لکه‌گیری"},
		fing:  []string{"chaale vasate {loc}", "{loc} chaale dare"}},
	{key: "garbage", agency: tafkik.AgencyMunicipality, cat: catWaste, alt: []string{catHealth}, where: atAlley, weight: 8, size: 1.6,
		say: []string{
			"از وقتی پیمانکار زباله عوض شده {loc} رو فراموش کردن",
			"ساعت جمع‌آوری زباله {loc} رو عوض کردید و حالا زباله تا ظهر میمونه",
			"بوی زباله‌های {loc} تو این گرما غیرقابل تحمله",
			"همسایه‌ها زباله رو میذارن کنار تیر برق {loc} و کسی جمع نمیکنه",
			"زباله‌های {loc} چند روزه جمع نشده",
			"ماشین زباله چند شبه نیومده {loc}، بوی زباله همه جا رو برداشته",
			"سر {loc} کوه زباله درست شده، گربه‌ها پاره‌اش میکنن",
			"کیسه‌های زباله جلوی در خونه‌ها تو {loc} مونده",
			"پاکبان به {loc} سر نمیزنه",
			"زباله {loc} رو دیر جمع میکنن و تا صبح سگ و گربه پخشش میکنن",
			"{loc} تبدیل به محل دپوی زباله شده",
			"یک هفته است زباله {loc} رو نبردن",
		},
		short: []string{"زباله", "جمع آوری زباله", "زباله جمع نشده", "آشغال"},
		op:    []string{"عدم جمع‌آوری پسماند", "تجمع زباله", "عدم مراجعه خودروی حمل زباله"},
		fing:  []string{"ashghal haye {loc} jam nashode", "zobale {loc} ro kasi jam nemikone"}},
	{key: "bin", most: 12, agency: tafkik.AgencyMunicipality, cat: catWaste, where: atStreet, weight: 3, size: 1.3,
		say: []string{
			"مخزن زباله {loc} سرریز شده و دورش پر از آشغاله",
			"سطل زباله مکانیزه {loc} شکسته و درش باز نمیشه",
			"مخزن زباله رو از {loc} برداشتن، مردم زباله رو زمین میریزن",
			"شیرابه مخزن زباله {loc} راه افتاده تو پیاده‌رو",
			"مخزن زباله {loc} رو شستشو نمیدن، بوی تعفن میده",
		},
		short: []string{"مخزن زباله", "سطل زباله"},
		op:    []string{"سرریز مخزن پسماند", "خرابی مخزن زباله", "نیاز به شستشوی مخزن"},
		fing:  []string{"makhzan zobale {loc} por shode"}},
	{key: "jube", agency: tafkik.AgencyMunicipality, cat: catSurface, alt: []string{catWaste, catRoad}, where: atAlleyOrStreet, weight: 6, size: 1.8, rain: true,
		say: []string{
			"برگ درختا جوی {loc} رو بسته و هر بارون آب میزنه بالا",
			"روی جوی {loc} رو بتن ریختن و آب بارون راه نداره",
			"جوی {loc} گرفته و آب بارون جمع شده",
			"کانال آب سطحی {loc} پر از برگ و لجن شده و آب رد نمیشه",
			"جوب {loc} رو لایروبی نکردید، با هر بارون آب میاد تو حیاط",
			"آب بارون تو جوی {loc} راکد مونده و پشه میزنه",
			"دهانه کانال {loc} با آشغال و برگ بسته شده",
			"جوی آب {loc} سرریز کرده، آب باران تا وسط کوچه اومده",
			"لایروبی جوی {loc} رو انجام بدید قبل از بارون‌های بعدی",
			"نهر کنار {loc} پر از زباله است",
			"جوی {loc} بوی لجن و گنداب میده، سال‌هاست لایروبی نشده",
			"کانال روباز {loc} پر از گل و لای شده و آب بارون برمیگرده تو کوچه",
		},
		short: []string{"لایروبی جوی", "جوی گرفته", "کانال", "لایروبی"},
		op:    []string{"انسداد جوی آب سطحی", "نیاز به لایروبی کانال", "گرفتگی جوی"},
		fing:  []string{"jub {loc} gerefte ab rad nemishe", "layeroobi jube {loc}"}},
	{key: "flood", agency: tafkik.AgencyMunicipality, cat: catSurface, alt: []string{catRoad, catOther}, where: atStreet, weight: 3, size: 3.5, rain: true,
		say: []string{
			"کانال‌های {loc} آب بارون رو نمی‌کشن و آب تا جدول بالا اومده",
			"بارون دیشب {loc} رو بست، آب تا زانو بود",
			"از دیشب که بارون اومده کل {loc} رو آب گرفته",
			"آبگرفتگی شدید در {loc}، ماشینا تا نصفه تو آبن",
			"{loc} زیر آب رفته و آب داره میره تو مغازه‌ها",
			"با این بارون {loc} دریاچه شده، عابرها نمیتونن رد بشن",
			"آب باران در {loc} تخلیه نمیشه، آبگرفتگی داریم",
			"آب بارون از {loc} وارد پارکینگ خونه‌ها شده",
			"هر بار بارون میاد {loc} آبگرفتگی داره، الانم همینطوره",
		},
		short: []string{"آبگرفتگی", "آب گرفتگی خیابان", "آبگرفتگي معبر"},
		op:    []string{"آبگرفتگی معبر", "تجمع آب باران", "عدم تخلیه آب‌های سطحی"},
		fing:  []string{"{loc} ro ab gerefte", "ab gereftegi {loc}"}},
	{key: "dogs", agency: tafkik.AgencyMunicipality, cat: catAnimal, where: atAlleyOrStreet, weight: 4, size: 1.6,
		say: []string{
			"سگ‌های بزرگ ولگرد تو {loc} لونه کردن و توله آوردن",
			"یه سگ زخمی و مریض چند روزه تو {loc} افتاده",
			"شب‌ها دسته سگ‌ها دنبال موتوری‌ها تو {loc} میکنن",
			"چند تا سگ ولگرد تو {loc} هستن که به بچه‌ها حمله میکنن",
			"سگ‌های ولگرد {loc} شب‌ها تا صبح پارس میکنن",
			"یه گله سگ تو {loc} جمع شدن، مردم میترسن رد بشن",
			"سگ ولگرد دیروز تو {loc} یه رهگذر رو گاز گرفت",
			"صبح‌ها بچه‌ها از ترس سگ‌ها نمیتونن از {loc} برن مدرسه",
		},
		short: []string{"سگ ولگرد", "سگ های ولگرد", "سگ"},
		op:    []string{"حضور سگ‌های بلاصاحب", "مزاحمت سگ ولگرد"},
		fing:  []string{"sag velgard too {loc}", "sagaye velgard {loc} be bache ha hamle mikonan"}},
	{key: "jackal", most: 12, agency: tafkik.AgencyMunicipality, cat: catAnimal, where: atPark, weight: 1, size: 1.4,
		months: []time.Month{time.November, time.December, time.January, time.February, time.March},
		say: []string{
			"شب‌ها شغال‌ها میان تو {loc} و سر و صدا میکنن",
			"تو {loc} شغال دیده شده، بچه‌ها میترسن",
			"شغال‌ها از {loc} میان تو کوچه‌ها و زباله‌ها رو پخش میکنن",
		},
		short: []string{"شغال"},
		op:    []string{"حضور شغال"},
		fing:  []string{"shoghal too {loc}"}},
	{key: "rats", most: 15, agency: tafkik.AgencyMunicipality, cat: catAnimal, alt: []string{catHealth}, where: atAlleyOrStreet, weight: 2, size: 1.3,
		say: []string{
			"موش‌های بزرگ تو {loc} رفت و آمد میکنن",
			"{loc} پر از موش شده، از جوی میان بیرون",
			"درخواست طعمه‌گذاری و مبارزه با موش در {loc} داریم",
			"موش‌ها تو {loc} حتی روز روشن هم هستن",
		},
		short: []string{"موش", "موش صحرایی"},
		op:    []string{"وجود جوندگان موذی", "درخواست مبارزه با موش"},
		fing:  []string{"moosh too {loc} ziad shode"}},
	{key: "carcass", most: 4, agency: tafkik.AgencyMunicipality, cat: catHealth, alt: []string{catWaste, catAnimal}, where: atAlleyOrStreet, weight: 1.5, size: 0.6,
		say: []string{
			"لاشه یه گربه تو {loc} افتاده، لطفا جمع کنید",
			"یه سگ مرده کنار {loc} افتاده و بو گرفته",
			"لاشه حیوان از دیروز وسط {loc} مونده",
		},
		short: []string{"لاشه حیوان", "لاشه گربه"},
		op:    []string{"وجود لاشه حیوان"},
		fing:  []string{"lashe gorbe too {loc}"}},
	{key: "prune", most: 8, agency: tafkik.AgencyMunicipality, cat: catGreen, where: atAlleyOrStreet, weight: 3, size: 1.1,
		say: []string{
			"شاخه‌های درخت {loc} خیلی بلند شده و جلوی دید رو گرفته، هرس لازمه",
			"درخت‌های {loc} رو هرس کنید، شاخه‌ها تا پنجره خونه‌ها اومده",
			"درخت چنار {loc} خم شده و ممکنه بیفته روی خونه",
			"ریشه درخت {loc} پیاده‌رو رو بلند کرده",
			"درختای {loc} نیاز به هرس دارن، شب‌ها کوچه تاریک میشه زیر شاخه‌ها",
			"درخت {loc} رو هرس کنید، شاخه‌هاش جلوی نور چراغ برق رو گرفته",
		},
		short: []string{"هرس درخت", "هرس", "درخت"},
		op:    []string{"نیاز به هرس درختان", "خطر سقوط درخت"},
		fing:  []string{"derakhte {loc} hars mikhad"}},
	{key: "fallentree", most: 10, agency: tafkik.AgencyMunicipality, cat: catGreen, alt: []string{catRoad}, where: atStreet, weight: 1.2, size: 1.7, rain: true,
		say: []string{
			"با باد دیشب یه درخت بزرگ تو {loc} افتاده وسط راه",
			"درخت افتاده روی ماشین‌ها تو {loc}",
			"تنه درخت شکسته وسط {loc} مونده و راه بسته شده",
		},
		short: []string{"سقوط درخت", "درخت افتاده"},
		op:    []string{"سقوط درخت در معبر"},
		fing:  []string{"derakht oftade {loc}"}},
	{key: "dry", most: 6, agency: tafkik.AgencyMunicipality, cat: catGreen, where: atStreet, weight: 1.2, size: 1,
		months: []time.Month{time.June, time.July, time.August, time.September},
		say: []string{
			"چمن و گل‌های باغچه {loc} خشک شده، کسی آبیاری نمیکنه",
			"فضای سبز {loc} رها شده و علف هرز گرفته",
			"نهال‌هایی که تو {loc} کاشتید همه خشک شدن",
		},
		short: []string{"فضای سبز", "آبیاری"},
		op:    []string{"عدم رسیدگی به فضای سبز", "نیاز به آبیاری"},
		fing:  []string{"faza sabz {loc} khoshk shode"}},
	{key: "debris", most: 15, agency: tafkik.AgencyMunicipality, cat: catBuild, alt: []string{catWaste}, where: atAlley, weight: 3, size: 1.3,
		say: []string{
			"یکی شبانه نخاله ساختمانی ریخته تو {loc}",
			"نخاله و آجر شکسته {loc} رو بسته",
			"خاک و نخاله ساختمون نیمه‌کاره همه {loc} رو گرفته",
			"کامیون اومد و نخاله خالی کرد سر {loc}",
		},
		short: []string{"نخاله", "نخاله ساختمانی"},
		op:    []string{"تخلیه غیرمجاز نخاله", "رهاسازی نخاله ساختمانی"},
		fing:  []string{"nakhale rikhtan too {loc}"}},
	{key: "site", most: 20, agency: tafkik.AgencyMunicipality, cat: catBuild, where: atAlley, weight: 2, size: 1.4,
		say: []string{
			"ساختمون در حال ساخت {loc} از ۶ صبح سر و صدا میکنه و میکسر کار میکنه",
			"بنای {loc} مصالح رو ریخته وسط کوچه و رفت و آمد سخت شده",
			"ساخت و ساز غیرمجاز تو {loc}، طبقه اضافه میزنن",
			"گود برداری ساختمون {loc} بدون حفاظه، دیوار همسایه ترک خورده",
			"جرثقیل ساختمون {loc} تا ده شب کار میکنه",
		},
		short: []string{"ساخت و ساز", "سر و صدای ساختمان"},
		op:    []string{"مزاحمت ساختمان در حال احداث", "ساخت‌وساز غیرمجاز", "رهاسازی مصالح در معبر"},
		fing:  []string{"sakhteman too {loc} saro seda mikone"}},
	{key: "goods", most: 15, agency: tafkik.AgencyMunicipality, cat: catObstruct, alt: []string{catTraffic}, where: atStreet, weight: 2.5, size: 1.4,
		say: []string{
			"مغازه {loc} اجناسش رو چیده تو پیاده‌رو و جای رد شدن نیست",
			"میوه‌فروشی {loc} پیاده‌رو رو کامل اشغال کرده",
			"صندلی و میزهای کافه {loc} روی پیاده‌رو هستن",
			"سد معبر مغازه‌دارها در {loc}، مجبوریم از وسط خیابون راه بریم",
			"لاستیک‌فروشی {loc} لاستیک‌ها رو روی پیاده‌رو گذاشته",
			"مغازه گازفروشی {loc} کپسول‌های گاز رو چیده تو پیاده‌رو",
		},
		short: []string{"سد معبر", "سدمعبر"},
		op:    []string{"سد معبر توسط کسبه", "اشغال پیاده‌رو"},
		fing:  []string{"maghaze {loc} piade ro ro gerefte"}},
	{key: "vendors", most: 15, agency: tafkik.AgencyMunicipality, cat: catObstruct, where: atStreet, weight: 1.2, size: 1.5,
		say: []string{
			"دستفروش‌ها {loc} رو قرق کردن",
			"وانت‌های میوه‌فروش هر عصر {loc} رو میبندن",
			"بساط دستفروشی {loc} راه رو بسته",
		},
		short: []string{"دستفروش"},
		op:    []string{"حضور دستفروشان", "سد معبر وانت‌بارها"},
		fing:  []string{"dastforosh ha {loc} ro bastan"}},
	{key: "sidewalk", most: 10, agency: tafkik.AgencyMunicipality, cat: catRoad, alt: []string{catPark}, where: atStreet, weight: 2, size: 1.1,
		say: []string{
			"موزاییک‌های پیاده‌رو {loc} شکسته و کنده شده",
			"جدول کنار {loc} خراب شده",
			"پیاده‌روی {loc} پستی بلندی داره و مادرم زمین خورد",
			"رمپ ویلچر {loc} رو خراب کردن",
		},
		short: []string{"پیاده رو", "موزاییک پیاده‌رو"},
		op:    []string{"تخریب پیاده‌رو", "خرابی جدول"},
		fing:  []string{"piade roye {loc} kharabe"}},
	{key: "parklight", most: 15, agency: tafkik.AgencyMunicipality, cat: catPark, alt: []string{catLight}, where: atPark, weight: 1.5, size: 1.4,
		say: []string{
			"چراغ‌های {loc} شب‌ها خاموشه و پارک تاریکه",
			"پایه‌های روشنایی داخل {loc} شکسته و سیمشون بیرونه",
			"نورپردازی {loc} کار نمیکنه، شب کسی جرات نمیکنه بره",
			"لامپ‌های مسیر پیاده‌روی {loc} سوخته",
			"کابل برق چراغ‌های {loc} لخت بیرون افتاده، بچه‌ها دست میزنن",
		},
		short: []string{"روشنایی پارک", "چراغ پارک"},
		op:    []string{"خاموشی چراغ‌های پارک", "خرابی روشنایی داخل بوستان"},
		fing:  []string{"cheragh haye {loc} khamooshe"}},
	{key: "parkkit", most: 10, agency: tafkik.AgencyMunicipality, cat: catPark, alt: []string{catGreen}, where: atPark, weight: 1.5, size: 1.2,
		say: []string{
			"تاب و سرسره {loc} شکسته و برای بچه‌ها خطرناکه",
			"وسایل ورزشی {loc} خراب شده",
			"نیمکت‌های {loc} شکسته",
			"سرویس بهداشتی {loc} کثیف و قفله",
			"آبخوری {loc} خرابه",
			"آب آبنمای {loc} مونده و بوی بد میده",
		},
		short: []string{"وسایل بازی پارک", "سرویس بهداشتی پارک"},
		op:    []string{"خرابی تجهیزات بوستان", "نامناسب بودن سرویس بهداشتی پارک"},
		fing:  []string{"tab o sorsore {loc} shekaste"}},
	{key: "bump", most: 8, agency: tafkik.AgencyMunicipality, cat: catTraffic, alt: []string{catRoad}, where: atAlley, weight: 1.5, size: 1,
		say: []string{
			"ماشین‌ها با سرعت از {loc} رد میشن، یه سرعت‌گیر بذارید",
			"درخواست نصب سرعتگیر در {loc} رو داریم، بچه‌ها تو کوچه بازی میکنن",
			"سرعت‌گیر {loc} رو برداشتید و حالا تصادف میشه",
		},
		short: []string{"سرعت گیر", "سرعتگیر"},
		op:    []string{"درخواست نصب سرعت‌کاه"},
		fing:  []string{"sorat gir bezarid too {loc}"}},
	{key: "busstop", most: 6, agency: tafkik.AgencyMunicipality, cat: catTraffic, alt: []string{catPark}, where: atStreet, weight: 1, size: 1,
		say: []string{
			"سایه‌بان ایستگاه اتوبوس {loc} شکسته و زیر بارون خیس میشیم",
			"صندلی ایستگاه اتوبوس {loc} رو کندن",
			"اتوبوس‌ها دیگه تو ایستگاه {loc} نگه نمیدارن",
		},
		short: []string{"ایستگاه اتوبوس"},
		op:    []string{"خرابی ایستگاه اتوبوس"},
		fing:  []string{"istgah otoboos {loc} kharabe"}},
	{key: "spray", most: 12, agency: tafkik.AgencyMunicipality, cat: catHealth, alt: []string{catGreen, catAnimal}, where: atAlley, weight: 1.5, size: 1.3,
		months: []time.Month{time.May, time.June, time.July, time.August, time.September},
		say: []string{
			"پشه‌ها تو {loc} غوغا میکنن، سم‌پاشی کنید",
			"سوسک از جوی‌های {loc} میاد تو خونه‌ها، درخواست سمپاشی",
			"امسال {loc} رو سمپاشی نکردید",
		},
		short: []string{"سمپاشی", "سم پاشی"},
		op:    []string{"درخواست سم‌پاشی", "وجود حشرات موذی"},
		fing:  []string{"sampashi {loc}"}},
	{key: "sweep", most: 10, agency: tafkik.AgencyMunicipality, cat: catWaste, where: atStreet, weight: 1.5, size: 1.2,
		months: []time.Month{time.October, time.November, time.December, time.January},
		say: []string{
			"برگ‌های ریخته {loc} رو جارو نکردن و جوی رو پر کرده",
			"رفتگر چند هفته است {loc} رو جارو نکرده",
			"{loc} خیلی کثیفه، خاک و برگ همه جا رو گرفته",
		},
		short: []string{"نظافت معبر", "رفت و روب"},
		op:    []string{"عدم رفت‌وروب معبر", "عدم نظافت"},
		fing:  []string{"{loc} kasife kasi jaroo nemikone"}},
	{key: "lot", most: 8, agency: tafkik.AgencyMunicipality, cat: catHealth, alt: []string{catBuild, catWaste}, where: atAlley, weight: 1.5, size: 1.1,
		say: []string{
			"زمین خالی {loc} پر از زباله و علف هرز شده و مار دیده شده",
			"خونه متروکه {loc} محل تجمع زباله شده",
			"زمین بایر {loc} رو حصارکشی کنید، مردم توش آشغال میریزن",
		},
		short: []string{"زمین بایر", "خرابه"},
		op:    []string{"رهاسازی زمین بایر", "ملک متروکه"},
		fing:  []string{"zamin khali {loc} por az ashghale"}},
	{key: "grate", most: 8, agency: tafkik.AgencyMunicipality, cat: catSurface, alt: []string{catRoad}, where: atAlleyOrStreet, weight: 1.5, size: 1.2,
		say: []string{
			"دریچه فلزی کانال آب باران {loc} رو دزدیدن و یه چاله باز مونده",
			"درپوش جوی {loc} شکسته، یکی پاش رفت توش",
			"روی کانال سطحی {loc} بازه و شب خطرناکه",
		},
		short: []string{"دریچه کانال"},
		op:    []string{"مفقودی دریچه کانال آب‌های سطحی"},
		fing:  []string{"dariche kanal {loc} nist"}},
	{key: "muniditch", most: 20, agency: tafkik.AgencyMunicipality, cat: catBuild, alt: []string{catRoad}, where: atAlley, weight: 1, size: 1.4,
		say: []string{
			"پیمانکار شهرداری برای جدول‌گذاری {loc} رو کنده و رها کرده",
			"کانال‌کشی شهرداری تو {loc} نیمه‌کاره مونده، ماشین‌ها نمیتونن برن تو",
			"اکیپ شهرداری {loc} رو برای جوی‌سازی خراب کرد و دیگه نیومد",
		},
		short: []string{"پروژه نیمه کاره"},
		op:    []string{"رهاسازی پروژه عمرانی"},
		fing:  []string{"shahrdari {loc} ro kande raha karde"}},

	// ---------------- water and sewage (آبفا) ----------------
	{key: "sewage", agency: tafkik.AgencyWater, cat: catSurface, alt: []string{catHealth, catOutside}, where: atAlley, weight: 2, size: 2,
		say: []string{
			"بوی فاضلاب از دریچه فاضلاب {loc} کل کوچه رو برداشته، انگار لوله شکسته",
			"فاضلاب ساختمون‌ها به جای لوله شهری تو {loc} راه افتاده، آبفا کاری نمیکنه",
			"فاضلاب از منهول {loc} زده بیرون و بوی بدی داره",
			"چاه فاضلاب {loc} پس زده و کل کوچه رو کثافت برداشته",
			"فاضلاب خونه‌ها تو {loc} برگشت میکنه",
			"لوله فاضلاب شهری {loc} گرفته، آب کثیف تو کوچه راه افتاده",
			"آدم‌رو فاضلاب {loc} سرریز کرده",
		},
		short: []string{"فاضلاب", "پس زدن فاضلاب"},
		op:    []string{"سرریز شبکه فاضلاب", "گرفتگی فاضلاب"},
		fing:  []string{"fazelab {loc} zade biroon"}},
	{key: "mainburst", agency: tafkik.AgencyWater, cat: catSurface, alt: []string{catOther, catOutside}, where: atAlleyOrStreet, weight: 1.5, size: 2.2,
		say: []string{
			"لوله آب شهری تو {loc} ترکیده و آب داره هدر میره",
			"از دیشب آب تمیز از زیر آسفالت {loc} میجوشه بیرون",
			"شکستگی لوله آب در {loc}، کل کوچه رو آب برداشته",
			"کنتور آب سر {loc} نشتی داره و آب راه افتاده",
		},
		short: []string{"ترکیدگی لوله آب", "نشت آب"},
		op:    []string{"شکستگی لوله آب شرب", "نشتی شبکه آبرسانی"},
		fing:  []string{"looleye ab {loc} tarakide"}},
	{key: "nowater", most: 30, agency: tafkik.AgencyWater, cat: catOther, alt: []string{catOutside}, where: atAlley, weight: 1.3, size: 1.6,
		say: []string{
			"از صبح آب {loc} قطعه و هیچ اطلاعیه‌ای ندادن",
			"فشار آب تو {loc} خیلی کمه، به طبقه دوم نمیرسه",
			"آب لوله‌کشی {loc} گل‌آلود و زرده",
			"دو روزه آب نداریم تو {loc}",
		},
		short: []string{"قطعی آب", "افت فشار آب"},
		op:    []string{"قطعی آب شرب", "افت فشار آب"},
		fing:  []string{"abe {loc} ghate"}},
	{key: "watertrench", most: 15, agency: tafkik.AgencyWater, cat: catRoad, alt: []string{catBuild}, where: atAlley, weight: 1, size: 1.5,
		say: []string{
			"آبفا برای تعمیر لوله {loc} رو کند و ترانشه رو همینطور رها کرد",
			"اداره آب {loc} رو حفاری کرده و یک ماهه پر نکرده",
			"بعد از تعمیر فاضلاب، ترانشه {loc} رو آبفا ترمیم نکرده",
		},
		short: []string{"حفاری آبفا"},
		op:    []string{"عدم ترمیم حفاری آبفا"},
		fing:  []string{"abfa {loc} ro kande raha karde"}},

	// ---------------- electricity ----------------
	{key: "streetlight", agency: tafkik.AgencyPower, cat: catLight, alt: []string{catOther}, where: atAlleyOrStreet, weight: 2.2, size: 1.5,
		say: []string{
			"تیر برق سر {loc} چراغش سوخته، اداره برق هم جواب نمیده",
			"نصف لامپ‌های خیابونی {loc} خاموشه",
			"چراغ برق تیر {loc} سوخته و شب‌ها کوچه تاریکه",
			"لامپ‌های روشنایی {loc} یک ماهه خاموشه",
			"چراغ‌های خیابانی {loc} روزها روشنه و شب‌ها خاموش",
			"تیر چراغ {loc} چشمک میزنه",
			"روشنایی معبر {loc} قطعه، شب زن‌ها میترسن رد بشن",
		},
		short: []string{"چراغ برق", "روشنایی کوچه", "لامپ تیر برق"},
		op:    []string{"خاموشی روشنایی معابر", "سوختگی لامپ تیر برق"},
		fing:  []string{"cheraghe {loc} sookhte"}},
	{key: "outage", agency: tafkik.AgencyPower, cat: catOther, alt: []string{catLight, catOutside}, where: atAlleyOrStreet, weight: 1.2, size: 2.5,
		say: []string{
			"از دیشب با طوفان برق {loc} رفته و هنوز نیومده",
			"ترانس برق {loc} صدا میده و هر شب برق قطع میشه",
			"برق {loc} از دیشب قطعه",
			"برق {loc} هر روز چند بار قطع و وصل میشه، وسایلمون سوخت",
			"فقط برق {loc} قطعه، کوچه بغلی برق داره",
			"ولتاژ برق {loc} پایینه، یخچال کار نمیکنه",
		},
		short: []string{"قطعی برق", "برق قطع"},
		op:    []string{"قطعی برق", "نوسان برق"},
		fing:  []string{"barghe {loc} ghate"}},
	{key: "wirebranch", most: 12, agency: tafkik.AgencyPower, cat: catGreen, alt: []string{catLight}, where: atAlley, weight: 1, size: 1.4,
		say: []string{
			"شاخه درخت افتاده روی سیم برق {loc} و جرقه میزنه",
			"شاخه‌های درخت {loc} به سیم‌های برق گیر کرده، هر باد میاد برق قطع میشه",
			"سیم برق {loc} پاره شده و آویزونه، خطرناکه",
			"تیر برق {loc} کج شده و ممکنه بیفته",
		},
		short: []string{"سیم برق", "تیر برق کج"},
		op:    []string{"برخورد شاخه با شبکه برق", "خطر برق‌گرفتگی"},
		fing:  []string{"sim bargh {loc} pare shode"}},

	{key: "powertrench", most: 8, agency: tafkik.AgencyPower, cat: catRoad, alt: []string{catBuild}, where: atAlleyOrStreet, weight: 0.4, size: 1.3,
		say: []string{
			"اداره برق برای کابل زمینی {loc} رو کنده و پر نکرده",
			"ترانشه کابل‌کشی برق {loc} یک ماهه باز مونده",
		},
		short: []string{"حفاری برق"},
		op:    []string{"عدم ترمیم حفاری شرکت توزیع برق"},
		fing:  []string{"edare bargh {loc} ro kande"}},

	// ---------------- gas ----------------
	{key: "gassmell", most: 15, agency: tafkik.AgencyGas, cat: catOther, alt: []string{catHealth, catOutside}, where: atAlley, weight: 0.9, size: 2.2,
		say: []string{
			"بوی گاز نزدیک رگولاتور {loc} میاد، لطفا سریع بیاین",
			"کنتور گاز یکی از خونه‌های {loc} نشتی داره",
			"بوی گاز شدید تو {loc} میاد",
			"از کنار علمک گاز {loc} بوی گاز میاد، نشتی داره",
			"لوله گاز {loc} رو ماشین زد و داره گاز نشت میکنه",
			"بوی گاز از دیشب تو {loc} پیچیده، میترسیم",
		},
		short: []string{"بوی گاز", "نشت گاز"},
		op:    []string{"نشت گاز", "استشمام بوی گاز"},
		fing:  []string{"booye gaz too {loc} miad"}},
	{key: "gastrench", most: 10, agency: tafkik.AgencyGas, cat: catRoad, alt: []string{catBuild}, where: atAlley, weight: 0.5, size: 1.3,
		say: []string{
			"شرکت گاز برای لوله‌کشی {loc} رو کنده و خاکش رو ریخته کنار",
			"ترانشه لوله‌کشی گاز {loc} رو ترمیم نکردن",
		},
		short: []string{"حفاری گاز"},
		op:    []string{"عدم ترمیم حفاری شرکت گاز"},
		fing:  []string{"sherkat gaz {loc} ro kande"}},

	// ---------------- telephone and internet ----------------
	{key: "landline", most: 25, agency: tafkik.AgencyTelecom, cat: catOther, alt: []string{catOutside}, where: atAlley, weight: 0.7, size: 1.8,
		say: []string{
			"تلفن ثابت خونه‌های {loc} یک هفته است بوق نداره",
			"اینترنت ADSL کل {loc} قطعه",
			"خط تلفن {loc} از بعد بارون قطع شده",
			"کابل مخابرات {loc} رو بریدن، تلفن‌ها قطعه",
		},
		short: []string{"قطعی تلفن", "اینترنت قطع"},
		op:    []string{"قطعی خطوط تلفن ثابت", "قطعی اینترنت"},
		fing:  []string{"telefone {loc} boogh nadare"}},
	{key: "kafu", most: 4, agency: tafkik.AgencyTelecom, cat: catOther, alt: []string{catPark}, where: atStreet, weight: 0.4, size: 1.2,
		say: []string{
			"در کافوی مخابرات {loc} بازه و سیم‌ها بیرون ریخته",
			"جعبه مخابراتی {loc} شکسته",
		},
		short: []string{"کافو مخابرات"},
		op:    []string{"باز بودن کافوی مخابرات"},
		fing:  []string{"kafoo mokhaberat {loc} baze"}},

	{key: "telcotrench", most: 8, agency: tafkik.AgencyTelecom, cat: catRoad, alt: []string{catBuild}, where: atAlleyOrStreet, weight: 0.4, size: 1.3,
		say: []string{
			"مخابرات برای فیبر نوری {loc} رو کنده و آسفالت رو ترمیم نکرده",
			"پیمانکار مخابرات {loc} رو حفاری کرده و رفته، جای کانالش گود افتاده",
		},
		short: []string{"حفاری مخابرات"},
		op:    []string{"عدم ترمیم حفاری مخابرات"},
		fing:  []string{"mokhaberat {loc} ro kande"}},

	// ---------------- police ----------------
	{key: "blockcar", most: 6, agency: tafkik.AgencyPolice, cat: catTraffic, alt: []string{catObstruct}, where: atAlley, weight: 1.6, size: 1.3,
		say: []string{
			"یه ماشین چند روزه جلوی در پارکینگ ما تو {loc} پارک کرده",
			"همسایه‌ها ماشیناشون رو دوبله پارک میکنن و {loc} بسته میشه",
			"ماشین همسایه کوچه بغلی همیشه جلوی در خونه ما تو {loc} پارکه و نمیتونیم ماشین رو بیاریم بیرون",
			"ماشین‌ها دوبله پارک میکنن سر {loc} و آمبولانس نمیتونه رد بشه",
		},
		short: []string{"پارک مزاحم"},
		op:    []string{"توقف مزاحم خودرو", "سد معبر خودروهای شخصی"},
		fing:  []string{"mashin jelooye parking too {loc}"}},
	{key: "partynoise", most: 10, agency: tafkik.AgencyPolice, cat: catOther, alt: []string{catBuild}, where: atAlley, weight: 1.3, size: 1.3,
		say: []string{
			"همسایه‌های {loc} هر شب تا ۳ صبح مهمونی دارن و صدای آهنگ میاد",
			"جوونا شب‌ها تو {loc} جمع میشن و عربده میکشن",
			"موتورسوارها نصف شب تو {loc} تک چرخ میزنن و صدای اگزوز میاد",
			"صدای دعوای همسایه‌ها در {loc} هر شب",
		},
		short: []string{"مزاحمت شبانه"},
		op:    []string{"مزاحمت صوتی شبانه"},
		fing:  []string{"saro sedaye shab too {loc}"}},
	{key: "drugs", most: 8, agency: tafkik.AgencyPolice, cat: catPark, alt: []string{catOther}, where: atPark, weight: 0.5, size: 1.3,
		say: []string{
			"معتادها شب‌ها تو {loc} جمع میشن",
			"تو {loc} مواد خرید و فروش میکنن، بچه‌ها نمیتونن برن پارک",
		},
		short: []string{"تجمع معتادین"},
		op:    []string{"تجمع افراد معتاد"},
		fing:  []string{"motad ha too {loc}"}},

	// ---------------- other bodies ----------------
	{key: "food", most: 4, agency: tafkik.AgencyOther, cat: catHealth, alt: []string{catOther}, where: atStreet, weight: 0.5, size: 1,
		say: []string{
			"ساندویچی {loc} بهداشت رو رعایت نمیکنه، غذاش مسموممون کرد",
			"نانوایی {loc} کم‌فروشی میکنه و نونش خمیره",
			"قصابی {loc} گوشت مونده میفروشه",
		},
		short: []string{"بهداشت مواد غذایی"},
		op:    []string{"عدم رعایت بهداشت صنفی", "تخلف صنفی"},
		fing:  []string{"sandevichi {loc} behdashti nist"}},
	{key: "school", most: 3, agency: tafkik.AgencyOther, cat: catOther, where: atStreet, weight: 0.3, size: 1,
		say: []string{
			"بخاری کلاس‌های مدرسه {loc} خرابه و بچه‌ها سرما خوردن",
			"مدرسه {loc} از ما پول ثبت‌نام اجباری میگیره",
		},
		short: []string{"مدرسه"},
		op:    []string{"شکایت از مدرسه"},
		fing:  []string{"madrese {loc} pool migire"}},
	{key: "bank", most: 3, agency: tafkik.AgencyOther, cat: catOther, where: atStreet, weight: 0.3, size: 1,
		say: []string{
			"خودپرداز بانک {loc} یک هفته است خرابه",
			"شعبه بیمه تامین اجتماعی {loc} ارباب رجوع رو سرگردان میکنه",
			"کارمندای بانک {loc} جواب مردم رو نمیدن",
		},
		short: []string{"خودپرداز"},
		op:    []string{"شکایت از خدمات بانک"},
		fing:  []string{"atm {loc} kharabe"}},
	{key: "pension", most: 1, agency: tafkik.AgencyOther, cat: catOther, where: atAlleyOrStreet, weight: 0.3, size: 0.5,
		say: []string{
			"حقوق بازنشستگی پدرم سه ماهه واریز نشده",
			"دفترچه بیمه‌ام رو تامین اجتماعی تمدید نمیکنه",
			"یارانه‌ام قطع شده، کجا باید برم؟",
		},
		short: []string{"بیمه", "یارانه"},
		op:    []string{"مشکل بیمه و مستمری"},
		fing:  []string{"hoghoogh bazneshastegi variz nashode"}},
}

// looks says which municipal problems have an outside twin that a rule could confuse them
// with; used to pick the names of other agencies that appear only in passing.
var passingMentions = []string{
	"برق هم که هر روز قطع میشه بماند",
	"آب هم که فشارش کمه، اون دیگه با شما نیست",
	"به آبفا هم زنگ زدم گفتن کار ما نیست",
	"به اداره برق زنگ زدم گفتن برو شهرداری",
	"پلیس ۱۱۰ هم گفت به ما ربطی نداره",
	"از وضع گرونی و اجاره خونه نگم براتون",
	"اینترنت هم که افتضاحه",
	"گاز شهری هم تازه به کوچه‌مون اومده",
	"همسایه‌ها هم که شب‌ها سر و صدا میکنن، اون یه حرف دیگه",
	"مدرسه بچه‌ها هم که هر روز یه پولی میخواد",
	"زباله‌ها هم که دیر جمع میشه، عادت کردیم",
	"آسفالت کوچه هم که سال‌هاست خرابه",
	"سگ‌ها هم که شب‌ها نمیذارن بخوابیم",
	"قبلا هم برای جوی زنگ زده بودم و درست شد، دستتون درد نکنه",
}
