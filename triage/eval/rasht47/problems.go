package rasht47

// The clerk's list of problems: who must act, what a place is for each, how long an episode
// lasts, when in the year it comes, how many requests an issue draws, and the words people use.
//
// In the templates "~" is a ZWNJ (written later with, without or as a space), {P|x} is the
// place as the request gives it or x when it gives none, {U} the utility that dug a trench.

const (
	municipality = "municipality"
	water        = "water"
	power        = "power"
	gas          = "gas"
	telecom      = "telecom"
	police       = "police"
	other        = "other"
)

var agencies = []string{municipality, water, power, gas, telecom, police, other}

type placeKind int

const (
	pAlley    placeKind = iota // an alley or dead end, whole
	pBlock                     // a street block, in front of one alley mouth
	pPlate                     // a building
	pLandmark                  // a landmark (park, school, bakery …)
	pArea                      // a neighbourhood (cuts, roaming dogs)
)

type kindW struct {
	k placeKind
	w float64
}

type problem struct {
	Code      string
	Agency    string
	Share     float64 // of requests
	Kinds     []kindW
	Landmark  []string // landmark kinds for pLandmark
	P1        float64  // share of its issues drawing one request
	Alpha     float64  // tail of the rest (smaller is heavier)
	Scale     float64
	Cap       int
	DurMin    float64 // episode length, days
	DurMax    float64
	Season    [12]float64 // by Persian month, Farvardin first
	Trigger   string      // rain, snow, blackout or ""
	Recur     float64     // chance an issue is a later episode at an earlier issue's place
	Gap       float64     // days between the end of one episode and the next at one place
	Neighbour float64     // chance an issue sits next door to an earlier one at the same time
	Cats      []string
	Wrong     []string
	Utility   []string // for trenches: how the utility is named
	Citizen   []string
	Operator  []string
	Latin     []string
	Side      string // as a side remark in a request about something else
	Chronic   []string
}

var flat = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}

var alleyOrBlock = []kindW{{pAlley, 0.7}, {pBlock, 0.3}}

var problems = []*problem{
	{
		Code: "asphalt", Agency: municipality, Share: 0.15, Kinds: alleyOrBlock,
		P1: 0.5, Alpha: 1.3, Scale: 1.5, Cap: 30, DurMin: 20, DurMax: 150,
		Season: [12]float64{0.8, 1, 1, 1, 0.9, 0.9, 1.1, 1.4, 1.5, 1.5, 1.4, 1.2}, Recur: 0.02, Gap: 60, Neighbour: 0.08,
		Cats:  []string{"آسفالت و لکه~گیری", "آسفالت معابر", "عمران و آسفالت"},
		Wrong: []string{"ترمیم حفاری", "آب~های سطحی", "معابر"},
		Citizen: []string{
			"آسفالت {P|کوچه ما} خیلی خرابه، پر از چاله~ست",
			"چاله~های {P|کوچه} ماشین~ها رو داغون کرده",
			"{P|کوچه ما} چند ساله آسفالت نشده، بارون که میاد پر گل و آب میشه",
			"لطفا {P|کوچه ما} رو آسفالت کنید، اصلا قابل تردد نیست",
			"[block]یه چاله بزرگ وسط {P|خیابون} هست، موتوری~ها میفتن توش",
			"آسفالت {P|کوچه} کنده شده و سنگ~ریزه~ها ریخته همه جا",
			"درخواست لکه~گیری آسفالت {P|معبر}",
			"وضعیت آسفالت {P|کوچه} افتضاحه، سالمندها زمین میخورن",
			"{P|کوچه ما} شده مثل جاده خاکی، یه فکری بکنید",
		},
		Operator: []string{
			"شهروند از تخریب آسفالت {P|معبر} گلایه دارد و خواستار لکه~گیری می~باشد.",
			"درخواست آسفالت {P|کوچه}؛ وجود چاله~های متعدد.",
			"تماس~گیرنده اعلام نمود آسفالت {P|محل} فرسوده و دارای چاله است.",
			"خرابی شدید آسفالت {P|معبر} و درخواست روکش.",
		},
		Latin: []string{
			"asfalt {P|kooche} kharabe, por az chale",
			"{P|kooche ma} chale dare kheyli bade, mashina kharab mishan",
		},
		Side:    "آسفالت کوچه هم داغونه",
		Chronic: []string{"از پارسال", "چند ماهه", "دو ساله"},
	},
	{
		Code: "trench_restore", Agency: municipality, Share: 0.03, Kinds: []kindW{{pAlley, 0.65}, {pBlock, 0.35}},
		P1: 0.55, Alpha: 1.5, Scale: 1.2, Cap: 15, DurMin: 10, DurMax: 60, Season: flat, Neighbour: 0.03,
		Cats:    []string{"ترمیم حفاری", "ترمیم نوار حفاری", "آسفالت و لکه~گیری"},
		Wrong:   []string{"گاز", "آب و فاضلاب", "مخابرات"},
		Utility: []string{"گاز", "آبفا", "آب و فاضلاب", "مخابرات", "فیبر نوری", "برق"},
		Citizen: []string{
			"{P|کوچه} رو برای لوله~کشی {U} کندن و فقط خاک ریختن، آسفالتش نکردن",
			"بعد از حفاری {U} تو {P|کوچه ما} ماه~هاست ترمیم آسفالت انجام نشده",
			"جای کانال~کشی {U} تو {P|کوچه} نشست کرده، لطفا ترمیم آسفالت کنید",
			"{U} کارش تموم شده و خاک~ریزی کرده ولی شهرداری هنوز {P|کوچه} رو آسفالت نکرده",
		},
		Operator: []string{
			"ترانشه حفاری {U} در {P|معبر} پس از خاک~ریزی ترمیم آسفالت نشده است؛ درخواست ترمیم نوار حفاری.",
			"عدم ترمیم آسفالت پس از حفاری {U} در {P|محل}.",
		},
		Latin: []string{"{P|kooche} ro baraye {U} kandan, asfalt nakardan"},
		Side:  "جای حفاری هم آسفالت نشده",
	},
	{
		Code: "trench_water", Agency: water, Share: 0.008, Kinds: []kindW{{pAlley, 0.6}, {pBlock, 0.4}},
		P1: 0.5, Alpha: 1.4, Scale: 1.2, Cap: 15, DurMin: 5, DurMax: 40, Season: flat,
		Cats: []string{"حفاری", "آب و فاضلاب"}, Wrong: []string{"آسفالت و لکه~گیری", "ترمیم حفاری"},
		Utility: []string{"آبفا", "آب و فاضلاب", "اداره آب", "فاضلاب", "پیمانکار فاضلاب"},
	},
	{
		Code: "trench_gas", Agency: gas, Share: 0.007, Kinds: []kindW{{pAlley, 0.6}, {pBlock, 0.4}},
		P1: 0.5, Alpha: 1.4, Scale: 1.2, Cap: 15, DurMin: 5, DurMax: 40, Season: flat,
		Cats: []string{"حفاری", "گاز"}, Wrong: []string{"آسفالت و لکه~گیری", "ترمیم حفاری"},
		Utility: []string{"گاز", "اداره گاز", "شرکت گاز", "پیمانکار گاز"},
	},
	{
		Code: "trench_telecom", Agency: telecom, Share: 0.004, Kinds: []kindW{{pAlley, 0.5}, {pBlock, 0.5}},
		P1: 0.6, Alpha: 1.5, Scale: 1, Cap: 10, DurMin: 5, DurMax: 30, Season: flat,
		Cats: []string{"حفاری", "مخابرات"}, Wrong: []string{"آسفالت و لکه~گیری", "ترمیم حفاری"},
		Utility: []string{"مخابرات", "فیبر نوری", "پیمانکار فیبر"},
	},
	{
		Code: "trench_power", Agency: power, Share: 0.002, Kinds: []kindW{{pAlley, 0.5}, {pBlock, 0.5}},
		P1: 0.7, Alpha: 1.5, Scale: 1, Cap: 6, DurMin: 5, DurMax: 30, Season: flat,
		Cats: []string{"حفاری", "برق"}, Wrong: []string{"آسفالت و لکه~گیری", "ترمیم حفاری"},
		Utility: []string{"برق", "اداره برق", "شرکت توزیع برق"},
	},
	{
		Code: "garbage", Agency: municipality, Share: 0.13, Kinds: alleyOrBlock,
		P1: 0.6, Alpha: 1.5, Scale: 1.2, Cap: 20, DurMin: 1, DurMax: 5,
		Season: [12]float64{1.6, 1, 1.1, 1.4, 1.5, 1.3, 1, 0.9, 0.9, 0.9, 0.9, 1.2}, Recur: 0.22, Gap: 14, Neighbour: 0.05,
		Cats:  []string{"پسماند", "نظافت شهری", "جمع~آوری زباله"},
		Wrong: []string{"خدمات شهری", "فضای سبز", "نخاله"},
		Citizen: []string{
			"زباله~های {P|کوچه} چند روزه جمع نشده، بوی بد همه جا رو برداشته",
			"سطل زباله {P|سر کوچه} پر شده و زباله~ها ریخته رو زمین",
			"ماشین زباله دیشب نیومده {P|کوچه ما}",
			"گربه~ها کیسه~های زباله {P|کوچه} رو پاره کردن، کسی جمع نمیکنه",
			"رفتگر چند روزه {P|کوچه} رو جارو نکرده، آشغال همه جا ریخته",
			"مخزن زباله {P|سر کوچه} پر شده و شیرابه راه افتاده",
			"آشغال~ها {P|جلوی خونه~ها} مونده، مگس و موش زیاد شده",
		},
		Operator: []string{
			"عدم جمع~آوری پسماند در {P|محل} از دو روز گذشته.",
			"شهروند از انباشت زباله در {P|معبر} گلایه دارد.",
			"درخواست تخلیه مخزن زباله {P|محل}.",
		},
		Latin: []string{"ashghal haye {P|kooche} jam nashode, booye bad mide", "mashin zobale {P|} nayoomade"},
		Side:  "زباله~ها هم جمع نمیشه",
	},
	{
		Code: "debris", Agency: municipality, Share: 0.035, Kinds: []kindW{{pAlley, 0.55}, {pBlock, 0.45}},
		P1: 0.65, Alpha: 1.6, Scale: 1, Cap: 10, DurMin: 3, DurMax: 20, Season: flat, Recur: 0.05, Gap: 20,
		Cats: []string{"نخاله", "نخاله ساختمانی", "پسماند"}, Wrong: []string{"ساخت و ساز غیرمجاز", "سد معبر"},
		Citizen: []string{
			"یکی نخاله ساختمونی ریخته {P|سر کوچه}، نصف کوچه بسته شده",
			"خاک و نخاله {P|کنار خیابون} ریختن، لطفا جمع کنید",
			"یه کامیون شب اومده نخاله خالی کرده {P|ته کوچه}",
		},
		Operator: []string{"تخلیه غیرمجاز نخاله ساختمانی در {P|معبر}.", "درخواست جمع~آوری نخاله از {P|محل}."},
		Latin:    []string{"nakhale sakhtemooni rikhtan {P|too kooche}"},
	},
	{
		Code: "drain", Agency: municipality, Share: 0.10, Kinds: []kindW{{pAlley, 0.55}, {pBlock, 0.45}},
		P1: 0.55, Alpha: 1.3, Scale: 1.5, Cap: 25, DurMin: 1, DurMax: 3, Trigger: "rain",
		Season: [12]float64{2, 2, 1, 0.5, 0.5, 1, 4, 6, 6, 4, 4, 3}, Recur: 0.3, Gap: 7, Neighbour: 0.06,
		Cats:  []string{"آب~های سطحی", "آبگرفتگی معابر", "لایروبی"},
		Wrong: []string{"فاضلاب", "آب و فاضلاب", "آسفالت و لکه~گیری"},
		Citizen: []string{
			"با بارون دیشب {P|کوچه ما} رو آب برداشته، جوی گرفته",
			"جوی آب {P|کوچه} پر از آشغال و برگه، آب بالا زده اومده تو حیاط~ها",
			"[block]آبگرفتگی شدید {P|خیابون}، ماشین~ها نمیتونن رد شن",
			"کانال آب بارون {P|کوچه} گرفته، هر بارون کوچه دریاچه میشه",
			"دریچه کانال آب~های سطحی {P|کوچه} گرفته و آب جمع شده",
			"آب بارون تو {P|کوچه} مونده، بوی بد گرفته، جوی رو لایروبی کنید",
			"{P|کوچه} زیر آبه، آب تا زانو رسیده",
		},
		Operator: []string{
			"آبگرفتگی معبر در {P|محل} به علت انسداد جوی؛ درخواست لایروبی.",
			"انسداد کانال آب~های سطحی در {P|معبر}.",
			"تجمع آب باران در {P|معبر} و ورود آب به منازل.",
		},
		Latin: []string{"joob {P|kooche} gerefte, ab oomade too kooche", "ab gereftegi {P|} kheyli bade"},
		Side:  "جوی هم گرفته",
	},
	{
		Code: "sewage", Agency: water, Share: 0.04, Kinds: []kindW{{pAlley, 0.7}, {pBlock, 0.3}},
		P1: 0.5, Alpha: 1.3, Scale: 1.4, Cap: 25, DurMin: 2, DurMax: 25,
		Season: [12]float64{1, 1, 1.1, 1.2, 1.2, 1.1, 1, 1.1, 1.1, 1, 0.9, 0.9}, Recur: 0.12, Gap: 30, Neighbour: 0.03,
		Cats:  []string{"فاضلاب", "آب و فاضلاب", "شبکه فاضلاب"},
		Wrong: []string{"آب~های سطحی", "لایروبی", "پسماند"},
		Citizen: []string{
			"فاضلاب از منهول {P|کوچه} زده بیرون، بوی تعفن همه جا رو گرفته",
			"چاهک فاضلاب {P|کوچه} پس میزنه، آب کثیف تو کوچه راه افتاده",
			"شبکه فاضلاب {P|کوچه ما} گرفته، فاضلاب برگشته تو حیاط",
			"منهول فاضلاب {P|خیابون} سرریز کرده و بوی بد میده",
			"آب کثیف و بدبو از دریچه وسط {P|کوچه} بیرون میزنه، کانال فاضلاب گرفته",
			"از آدم~رو {P|کوچه} فاضلاب میاد بیرون، بچه~ها مریض میشن",
		},
		Operator: []string{
			"سرریز فاضلاب از آدم~رو شبکه فاضلاب در {P|معبر}.",
			"گرفتگی شبکه فاضلاب {P|محل} و برگشت فاضلاب به منازل.",
			"شهروند از بوی نامطبوع و سرریز منهول فاضلاب در {P|معبر} شکایت دارد.",
		},
		Latin: []string{"fazelab {P|kooche} zade biroon, booye bad", "manhole fazelab {P|} gerefte"},
		Side:  "بوی فاضلاب هم میاد",
	},
	{
		Code: "water_leak", Agency: water, Share: 0.02, Kinds: []kindW{{pAlley, 0.5}, {pBlock, 0.5}},
		P1: 0.55, Alpha: 1.4, Scale: 1.2, Cap: 15, DurMin: 0.3, DurMax: 3,
		Season: [12]float64{1, 1, 1, 1.2, 1.2, 1, 0.9, 0.9, 1, 1.2, 1.3, 1}, Recur: 0.05, Gap: 20,
		Cats:  []string{"آب", "آب و فاضلاب", "شکستگی لوله آب"},
		Wrong: []string{"آسفالت و لکه~گیری", "آب~های سطحی"},
		Citizen: []string{
			"لوله آب {P|سر کوچه} ترکیده، آب داره هدر میره",
			"از زیر آسفالت {P|خیابون} آب میجوشه، فکر کنم لوله شکسته",
			"از دیشب آب تمیز از {P|وسط کوچه} بیرون میزنه و آسفالت رو شسته برده",
			"کنتور آب {P|جلوی خونه} نشتی داره و آب راه افتاده",
		},
		Operator: []string{"شکستگی لوله آب شرب در {P|معبر}؛ نشت آب.", "نشت آب از زیر آسفالت در {P|محل}."},
		Latin:    []string{"looleye ab {P|kooche} tarkide"},
	},
	{
		Code: "water_cut", Agency: water, Share: 0.025, Kinds: []kindW{{pArea, 1}},
		P1: 0.25, Alpha: 1.05, Scale: 3, Cap: 45, DurMin: 0.3, DurMax: 1.5,
		Season: [12]float64{0.5, 0.8, 1.5, 2.5, 2.5, 2, 1, 0.5, 0.5, 0.6, 0.6, 0.5}, Recur: 0.45, Gap: 4,
		Cats:  []string{"قطعی آب", "آب و فاضلاب", "آب"},
		Wrong: []string{"فاضلاب", "سایر"},
		Citizen: []string{
			"آب {P|منطقه ما} از صبح قطعه، هیچ اطلاعیه~ای هم ندادن",
			"فشار آب {P|خونه ما} خیلی کمه، به طبقه بالا نمیرسه",
			"از دیشب آب نداریم، {P|کل محله}",
			"چرا آب {P|محله} رو بی خبر قطع کردید؟",
			"آب {P|اینجا} قطع شده، بچه کوچیک داریم",
		},
		Operator: []string{"قطعی آب در {P|محدوده} از ساعات اولیه صبح.", "افت شدید فشار آب در {P|محل}.", "شهروند از قطعی آب شرب در {P|محدوده} گلایه دارد."},
		Latin:    []string{"ab {P|mahalle} ghate", "az sob ab nadarim {P|}"},
	},
	{
		Code: "light", Agency: power, Share: 0.075, Kinds: []kindW{{pAlley, 0.65}, {pBlock, 0.35}},
		P1: 0.55, Alpha: 1.3, Scale: 1.4, Cap: 25, DurMin: 3, DurMax: 40,
		Season: [12]float64{0.8, 0.8, 0.8, 0.8, 0.9, 1, 1.2, 1.3, 1.3, 1.3, 1.1, 1}, Recur: 0.08, Gap: 30, Neighbour: 0.06,
		Cats:  []string{"روشنایی معابر", "برق", "چراغ معابر"},
		Wrong: []string{"قطعی برق", "سایر", "فضای سبز"},
		Citizen: []string{
			"چراغ~های {P|کوچه ما} چند شبه خاموشه، کوچه تاریکه و خطرناکه",
			"لامپ تیر برق {P|سر کوچه} سوخته",
			"[alley]{P|کوچه} شب~ها تاریک مطلقه، خانم~ها میترسن رد شن",
			"[block]روشنایی {P|خیابون} قطعه، شب هیچی دیده نمیشه",
			"چراغ خیابون {P|جلوی خونه} روزها روشنه شب~ها خاموش",
			"لامپ~های {P|کوچه} یکی در میون سوخته",
		},
		Operator: []string{"خاموشی چراغ~های روشنایی معبر در {P|محل}.", "درخواست تعویض لامپ روشنایی {P|معبر}.", "تاریکی {P|معبر} به علت خرابی چراغ~ها."},
		Latin:    []string{"cheragh haye {P|kooche} khamooshe", "{P|kooche} tarike, lamp sookhte"},
		Side:     "چراغ کوچه هم خاموشه",
	},
	{
		Code: "outage", Agency: power, Share: 0.03, Kinds: []kindW{{pArea, 1}},
		P1: 0.3, Alpha: 1.1, Scale: 2.5, Cap: 25, DurMin: 0.08, DurMax: 0.5, Trigger: "blackout",
		Season: [12]float64{0.3, 0.7, 2.5, 3.5, 3.5, 2.2, 0.8, 0.3, 0.4, 0.8, 0.8, 0.4}, Recur: 0.55, Gap: 1,
		Cats:  []string{"قطعی برق", "برق"},
		Wrong: []string{"روشنایی معابر", "سایر"},
		Citizen: []string{
			"برق {P|محله ما} رفته، دو ساعته",
			"باز برق {P|اینجا} قطع شد، یخچال~ها خراب شد",
			"قطعی برق {P|محله} بدون اطلاع قبلی، جدول خاموشی هم نداده بودن",
			"برق {P|خونه ما} رفته، کولر و آسانسور خوابیده",
		},
		Operator: []string{"قطعی برق در {P|محدوده}.", "شهروند از خاموشی در {P|محل} خارج از جدول اعلامی گلایه دارد."},
		Latin:    []string{"bargh {P|mahalle} rafte", "bargh ghat shod {P|}"},
	},
	{
		Code: "pole", Agency: power, Share: 0.008, Kinds: []kindW{{pAlley, 0.6}, {pBlock, 0.4}},
		P1: 0.6, Alpha: 1.5, Scale: 1, Cap: 10, DurMin: 1, DurMax: 15, Season: [12]float64{1, 1, 1, 1, 1, 1, 1.2, 1.3, 1.3, 1.2, 1.2, 1},
		Cats: []string{"برق", "تیر برق"}, Wrong: []string{"روشنایی معابر", "فضای سبز"},
		Citizen: []string{
			"تیر برق {P|سر کوچه} کج شده، ممکنه بیفته",
			"سیم برق {P|کوچه} آویزون شده، خیلی خطرناکه",
			"از سیم~های تیر برق {P|کوچه} جرقه میزنه",
		},
		Operator: []string{"انحراف تیر برق در {P|معبر}.", "سیم برق افتاده در {P|محل}؛ خطر برق~گرفتگی."},
		Latin:    []string{"tir bargh {P|kooche} kaj shode"},
	},
	{
		Code: "gas_smell", Agency: gas, Share: 0.008, Kinds: []kindW{{pPlate, 1}},
		P1: 0.7, Alpha: 1.6, Scale: 1, Cap: 8, DurMin: 0.05, DurMax: 0.6,
		Season: [12]float64{0.8, 0.5, 0.4, 0.4, 0.4, 0.5, 0.8, 1.2, 1.8, 2, 2, 1.2}, Recur: 0.05, Gap: 30,
		Cats: []string{"گاز", "نشت گاز"}, Wrong: []string{"سایر", "آتش~نشانی"},
		Citizen: []string{
			"بوی گاز شدید {P|تو کوچه}، لطفا سریع بیاید",
			"از لوله گاز {P|کنار ساختمون} بوی گاز میاد",
			"کل {P|کوچه} بوی گاز گرفته، میترسیم",
		},
		Operator: []string{"گزارش بوی گاز در {P|محل}؛ ارجاع فوری.", "نشت گاز از انشعاب در {P|محل}."},
		Latin:    []string{"booye gaz {P|too kooche} miad"},
	},
	{
		Code: "gas_pipe", Agency: gas, Share: 0.005, Kinds: []kindW{{pPlate, 1}},
		P1: 0.75, Alpha: 1.6, Scale: 1, Cap: 6, DurMin: 2, DurMax: 20, Season: flat,
		Cats: []string{"گاز"}, Wrong: []string{"سایر", "ساخت و ساز غیرمجاز"},
		Citizen: []string{
			"لوله گاز {P|کوچه} زنگ زده و از دیوار جدا شده",
			"علمک گاز {P|جلوی ساختمون} رو ماشین زده کج شده",
			"لوله گاز روکار {P|کوچه} آویزونه",
		},
		Operator: []string{"آسیب~دیدگی علمک گاز در {P|محل}.", "لوله گاز فرسوده در {P|معبر}."},
	},
	{
		Code: "telecom", Agency: telecom, Share: 0.008, Kinds: []kindW{{pAlley, 0.5}, {pBlock, 0.5}},
		P1: 0.6, Alpha: 1.4, Scale: 1.2, Cap: 12, DurMin: 3, DurMax: 30, Season: flat, Recur: 0.05, Gap: 30,
		Cats: []string{"مخابرات", "تلفن ثابت"}, Wrong: []string{"برق", "سایر"},
		Citizen: []string{
			"جعبه مخابرات {P|سر کوچه} درش بازه و سیم~ها ریخته بیرون",
			"کابل تلفن {P|کوچه} پاره شده آویزونه، تلفن~ها هم قطعه",
			"کافوی مخابرات {P|کنار خیابون} رو شکستن، سیم~ها بیرونه",
		},
		Operator: []string{"کافو مخابراتی در {P|معبر} تخریب شده است.", "آویزان بودن کابل مخابرات در {P|محل}."},
		Latin:    []string{"jabe mokhaberat {P|sare kooche} baze"},
	},
	{
		Code: "parking", Agency: police, Share: 0.025, Kinds: []kindW{{pAlley, 0.6}, {pBlock, 0.4}},
		P1: 0.75, Alpha: 1.6, Scale: 1, Cap: 8, DurMin: 0.05, DurMax: 1,
		Season: flat, Recur: 0.2, Gap: 7,
		Cats:  []string{"ترافیک", "انتظامی", "پارک دوبل"},
		Wrong: []string{"سد معبر", "حمل و نقل"},
		Citizen: []string{
			"یه ماشین جلوی پارکینگ {P|ما} پارک کرده نمیتونیم ماشین رو بیاریم بیرون",
			"هر شب ماشین~ها دوبله پارک میکنن {P|سر کوچه}، کوچه بسته میشه",
			"یه وانت چند ساعته {P|سر کوچه} رو بسته، آمبولانس نمیتونه رد شه",
			"ماشین پلاک شهرستان جلو در {P|خونه} پارک کرده و رفته",
		},
		Operator: []string{"سد معبر توسط خودروی شخصی در {P|معبر}؛ مسدود شدن ورودی کوچه.", "پارک خودرو مقابل درب پارکینگ در {P|محل}."},
		Latin:    []string{"mashin jelooye parking {P|} park karde"},
	},
	{
		Code: "abandoned_car", Agency: police, Share: 0.004, Kinds: []kindW{{pAlley, 0.7}, {pBlock, 0.3}},
		P1: 0.7, Alpha: 1.6, Scale: 1, Cap: 6, DurMin: 10, DurMax: 60, Season: flat,
		Cats: []string{"انتظامی", "ترافیک"}, Wrong: []string{"سد معبر", "پسماند"},
		Citizen: []string{
			"یه پیکان قراضه ماه~هاست {P|تو کوچه} رها شده",
			"ماشین اوراقی {P|کوچه} جای پارک رو گرفته و زیرش آشغال جمع شده",
		},
		Operator: []string{"خودروی رهاشده در {P|معبر}."},
	},
	{
		Code: "noise", Agency: police, Share: 0.015, Kinds: []kindW{{pPlate, 0.6}, {pLandmark, 0.4}}, Landmark: []string{"hall", "restaurant"},
		P1: 0.7, Alpha: 1.5, Scale: 1, Cap: 10, DurMin: 0.1, DurMax: 1,
		Season: [12]float64{1.2, 1, 1.2, 1.4, 1.4, 1.2, 0.9, 0.8, 0.8, 0.8, 0.8, 1}, Recur: 0.2, Gap: 7,
		Cats:  []string{"مزاحمت", "انتظامی", "آلودگی صوتی"},
		Wrong: []string{"سایر", "محیط زیست"},
		Citizen: []string{
			"[place]صدای آهنگ از {P|خونه همسایه} تا 2 شب قطع نمیشه",
			"[place]همسایه {P|} هر شب مهمونی داره، صدای بلندگو نمیذاره بخوابیم",
			"[hall]{P|تالار} تا 2 نصف شب بوق و آهنگ و آتیش~بازی",
			"[restaurant]{P|رستوران} تا دیروقت باز است و مشتری~ها سر و صدا و بوق میزنن",
		},
		Operator: []string{"مزاحمت صوتی در ساعات شب در {P|محل}.", "شهروند از سر و صدای {P|محل} در نیمه~شب شکایت دارد."},
		Latin:    []string{"sedaye ahang az {P|khoone hamsaye} ta 2 shab"},
	},
	{
		Code: "tree", Agency: municipality, Share: 0.035, Kinds: []kindW{{pAlley, 0.45}, {pBlock, 0.55}},
		P1: 0.65, Alpha: 1.5, Scale: 1, Cap: 12, DurMin: 2, DurMax: 30,
		Season: [12]float64{1.5, 1.4, 1.1, 1, 1, 1, 1.2, 1.5, 1.3, 1, 1.3, 1.5}, Recur: 0.03, Gap: 30,
		Cats:  []string{"فضای سبز", "هرس درختان"},
		Wrong: []string{"پسماند", "روشنایی معابر"},
		Citizen: []string{
			"درخت {P|جلوی خونه} خشک شده و ممکنه بیفته",
			"شاخه~های درخت {P|کوچه} خیلی بلند شده و افتاده رو دیوار، لطفا هرس کنید",
			"باد دیشب درخت {P|} رو انداخته وسط خیابون",
			"درخت کهنسال {P|کوچه} کج شده، خطر سقوط داره",
		},
		Operator: []string{"درخواست هرس درختان در {P|معبر}.", "سقوط درخت در {P|محل}.", "خطر سقوط درخت در {P|معبر}."},
		Latin:    []string{"derakht {P|kooche} oftade"},
		Side:     "درخت~ها هم هرس نشده",
	},
	{
		Code: "greenspace", Agency: municipality, Share: 0.015, Kinds: []kindW{{pBlock, 0.6}, {pLandmark, 0.4}}, Landmark: []string{"park"},
		P1: 0.6, Alpha: 1.5, Scale: 1, Cap: 10, DurMin: 5, DurMax: 30,
		Season: [12]float64{1, 1.2, 1.5, 1.8, 1.8, 1.4, 1, 0.6, 0.4, 0.3, 0.4, 0.8}, Recur: 0.05, Gap: 30,
		Cats:  []string{"فضای سبز", "آبیاری فضای سبز"},
		Wrong: []string{"پسماند", "پارک~ها و فضای سبز"},
		Citizen: []string{
			"فضای سبز {P|بلوار} خشک شده، کسی آبیاری نمیکنه",
			"چمن~های {P|پارک} رو کسی نمیزنه، پر مار و موش شده",
			"گل~کاری {P|وسط بلوار} از بی~آبی خشک شد",
		},
		Operator: []string{"خشک شدن فضای سبز {P|محل}.", "عدم رسیدگی و آبیاری فضای سبز {P|معبر}."},
	},
	{
		Code: "dogs", Agency: municipality, Share: 0.04, Kinds: []kindW{{pBlock, 0.55}, {pLandmark, 0.45}}, Landmark: []string{"park", "school"},
		P1: 0.55, Alpha: 1.3, Scale: 1.3, Cap: 20, DurMin: 7, DurMax: 60, Season: flat, Recur: 0.05, Gap: 30,
		Cats:  []string{"حیوانات ولگرد", "سگ~های ولگرد"},
		Wrong: []string{"پسماند", "سایر", "بهداشت"},
		Citizen: []string{
			"سگ~های ولگرد {P|محله} زیاد شدن، بچه~ها نمیتونن برن مدرسه",
			"یه گله سگ {P|تو پارک} به مردم حمله میکنن",
			"شب~ها سگ~ها {P|کوچه} پارس میکنن و دنبال موتوری~ها میفتن",
		},
		Operator: []string{"حضور سگ~های بلاصاحب در {P|محل}؛ درخواست جمع~آوری.", "سگ~گزیدگی در {P|محل}؛ درخواست زنده~گیری سگ~های ولگرد."},
		Latin:    []string{"sag haye velgard {P|mahalle} ziad shodan"},
	},
	{
		Code: "construction", Agency: municipality, Share: 0.035, Kinds: []kindW{{pPlate, 1}},
		P1: 0.6, Alpha: 1.4, Scale: 1.2, Cap: 15, DurMin: 10, DurMax: 60, Season: flat,
		Cats:  []string{"ساخت و ساز غیرمجاز", "شهرسازی"},
		Wrong: []string{"نخاله", "سد معبر"},
		Citizen: []string{
			"{P|همسایه} بدون مجوز داره طبقه اضافه میسازه",
			"ساخت و ساز غیرمجاز {P|}، شب~ها و جمعه~ها کار میکنن که کسی نفهمه",
			"همسایه {P|} دیوار مشترک رو خراب کرده و بدون پروانه میسازه",
		},
		Operator: []string{"گزارش ساخت~وساز غیرمجاز در {P|محل}.", "احداث بنای بدون پروانه در {P|محل}."},
		Latin:    []string{"sakht o saz gheyre mojaz {P|}"},
	},
	{
		Code: "sidewalk", Agency: municipality, Share: 0.04, Kinds: []kindW{{pBlock, 0.7}, {pLandmark, 0.3}}, Landmark: []string{"shop", "bakery", "restaurant", "pharmacy"},
		P1: 0.6, Alpha: 1.4, Scale: 1.2, Cap: 15, DurMin: 7, DurMax: 60, Season: flat, Recur: 0.05, Gap: 30,
		Cats:  []string{"سد معبر", "سد معبر کسبه"},
		Wrong: []string{"ترافیک", "انتظامی"},
		Citizen: []string{
			"مغازه~دارهای {P|خیابون} پیاده~رو رو با جنس~هاشون گرفتن",
			"دستفروش~ها {P|} پیاده~رو رو بستن، مجبوریم از وسط خیابون رد شیم",
			"میوه~فروشی {P|} جعبه~هاشو گذاشته تو پیاده~رو",
		},
		Operator: []string{"سد معبر توسط کسبه در {P|معبر}.", "اشغال پیاده~رو توسط واحد صنفی در {P|محل}."},
		Latin:    []string{"maghaze dara piade ro ro gereftan {P|}"},
	},
	{
		Code: "bump", Agency: municipality, Share: 0.025, Kinds: []kindW{{pAlley, 0.7}, {pBlock, 0.3}},
		P1: 0.6, Alpha: 1.4, Scale: 1.2, Cap: 12, DurMin: 20, DurMax: 120, Season: flat,
		Cats:  []string{"ترافیک", "سرعت~گیر", "حمل و نقل و ترافیک"},
		Wrong: []string{"آسفالت و لکه~گیری", "انتظامی"},
		Citizen: []string{
			"لطفا {P|کوچه ما} سرعت~گیر بذارید، ماشین~ها خیلی تند میرن",
			"سرعت~گیر {P|کوچه} رو برداشتن، دوباره بذارید",
			"جلوی مدرسه {P|} خط عابر و سرعت~گیر لازمه",
		},
		Operator: []string{"درخواست نصب سرعت~گیر در {P|معبر}.", "درخواست نصب تابلو و سرعت~گیر در {P|محل}."},
		Latin:    []string{"lotfan {P|kooche} sorat gir bezarid"},
	},
	{
		Code: "park_play", Agency: municipality, Share: 0.013, Kinds: []kindW{{pLandmark, 1}}, Landmark: []string{"park"},
		P1: 0.55, Alpha: 1.3, Scale: 1.3, Cap: 15, DurMin: 5, DurMax: 30, Season: [12]float64{1.3, 1.3, 1.3, 1.3, 1.2, 1, 0.9, 0.8, 0.7, 0.7, 0.8, 1}, Recur: 0.1, Gap: 20,
		Cats:  []string{"پارک~ها و فضای سبز", "فضای سبز"},
		Wrong: []string{"سایر", "ایمنی"},
		Citizen: []string{
			"وسایل بازی {P|پارک} شکسته، بچه~ها زخمی میشن",
			"تاب و سرسره {P|پارک} خرابه، آهنش بیرون زده",
			"نیمکت~ها و وسایل ورزشی {P|پارک} شکسته",
		},
		Operator: []string{"خرابی تجهیزات بازی {P|پارک}.", "شکستگی وسایل بازی کودکان در {P|پارک}."},
		Latin:    []string{"vasayel bazi {P|park} shekaste"},
	},
	{
		Code: "park_lamps", Agency: municipality, Share: 0.01, Kinds: []kindW{{pLandmark, 1}}, Landmark: []string{"park"},
		P1: 0.55, Alpha: 1.3, Scale: 1.3, Cap: 12, DurMin: 3, DurMax: 25, Season: [12]float64{0.8, 0.8, 0.9, 1, 1, 1, 1.2, 1.2, 1.2, 1.2, 1, 0.9}, Recur: 0.1, Gap: 20,
		Cats:  []string{"پارک~ها و فضای سبز", "روشنایی پارک"},
		Wrong: []string{"روشنایی معابر", "برق"},
		Citizen: []string{
			"چراغ~های {P|پارک} شب~ها خاموشه، پارک شده پاتوق معتادها",
			"لامپ~های {P|پارک} سوخته، شب نمیشه بچه~ها رو آورد",
			"تاریکی {P|پارک}، هیچ چراغی روشن نیست",
		},
		Operator: []string{"خاموشی چراغ~های داخل {P|پارک}.", "درخواست تعمیر روشنایی {P|پارک}."},
		Latin:    []string{"cheragh haye {P|park} khamooshe"},
	},
	{
		Code: "snow", Agency: municipality, Share: 0.01, Kinds: []kindW{{pBlock, 0.5}, {pAlley, 0.5}},
		P1: 0.4, Alpha: 1.3, Scale: 1.5, Cap: 12, DurMin: 1, DurMax: 4, Trigger: "snow", Season: flat,
		Cats: []string{"برف~روبی", "خدمات شهری"}, Wrong: []string{"ترافیک", "آسفالت و لکه~گیری"},
		Citizen: []string{
			"برف {P|کوچه} رو باز نکردن، نمیشه رفت بیرون",
			"{P|خیابون} یخ زده، مردم زمین میخورن، نمک~پاشی کنید",
		},
		Operator: []string{"عدم برف~روبی {P|معبر}.", "درخواست نمک~پاشی و برف~روبی {P|محل}."},
		Latin:    []string{"barf {P|kooche} ro baz nakardan"},
	},
	{
		Code: "ruin", Agency: municipality, Share: 0.02, Kinds: []kindW{{pPlate, 1}},
		P1: 0.55, Alpha: 1.4, Scale: 1.2, Cap: 12, DurMin: 10, DurMax: 90, Season: flat,
		Cats:  []string{"ساختمان~های ناایمن", "شهرسازی", "ایمنی"},
		Wrong: []string{"ساخت و ساز غیرمجاز", "انتظامی"},
		Citizen: []string{
			"ساختمون مخروبه {P|} محل تجمع معتادها شده، خطر ریزش داره",
			"دیوار خونه قدیمی {P|} ترک برداشته ممکنه بریزه رو سر مردم",
			"خونه متروکه {P|کوچه} پر موش و آشغاله",
		},
		Operator: []string{"ساختمان ناایمن و متروکه در {P|محل}.", "خطر ریزش دیوار در {P|محل}."},
	},
	{
		Code: "bus", Agency: municipality, Share: 0.012, Kinds: []kindW{{pBlock, 1}},
		P1: 0.6, Alpha: 1.4, Scale: 1.2, Cap: 10, DurMin: 5, DurMax: 40, Season: flat,
		Cats:  []string{"حمل و نقل عمومی", "اتوبوسرانی"},
		Wrong: []string{"ترافیک", "انتظامی", "سایر"},
		Citizen: []string{
			"سایبان ایستگاه اتوبوس {P|خیابون} شکسته، زیر بارون خیس میشیم",
			"صندلی~های ایستگاه اتوبوس {P|} رو کندن و سقفش سوراخه",
		},
		Operator: []string{"خرابی ایستگاه اتوبوس در {P|معبر}.", "تخریب سایبان ایستگاه اتوبوس {P|محل}؛ تأخیر در تعمیر."},
	},
	{
		Code: "hygiene", Agency: other, Share: 0.006, Kinds: []kindW{{pLandmark, 1}}, Landmark: []string{"bakery", "restaurant", "shop"},
		P1: 0.7, Alpha: 1.6, Scale: 1, Cap: 6, DurMin: 3, DurMax: 30, Season: flat,
		Cats:  []string{"بهداشت", "بهداشت محیط"},
		Wrong: []string{"سایر", "سد معبر", "پسماند"},
		Citizen: []string{
			"[bakery]{P|نانوایی} رعایت بهداشت نمیکنه، با همون دست پول میگیره نون میده",
			"[bakery]نون {P|نانوایی} خمیره و کارگرش دستکش نداره",
			"[restaurant]{P|رستوران} غذای مونده میده، دیشب مسموم شدیم",
			"[shop]تو {P|مغازه} جنس تاریخ گذشته میفروشن",
		},
		Operator: []string{"شکایت از عدم رعایت موازین بهداشتی در واحد صنفی {P|محل}."},
	},
	{
		Code: "school", Agency: other, Share: 0.005, Kinds: []kindW{{pLandmark, 1}}, Landmark: []string{"school"},
		P1: 0.65, Alpha: 1.5, Scale: 1, Cap: 8, DurMin: 5, DurMax: 30,
		Season: [12]float64{0.2, 0.8, 0.4, 0, 0, 0.6, 1.5, 1.5, 1.6, 1.6, 1.5, 1.2},
		Cats:   []string{"آموزش و پرورش", "سایر"},
		Wrong:  []string{"ساختمان~های ناایمن", "درخواست شهروندی"},
		Citizen: []string{
			"سقف کلاس~های {P|مدرسه} چکه میکنه",
			"بارون که میاد سقف {P|مدرسه} آب میده، سطل گذاشتن تو کلاس",
		},
		Operator: []string{"شکایت اولیای دانش~آموزان از چکه کردن سقف {P|مدرسه}."},
	},
	{
		Code: "other_misc", Agency: other, Share: 0.004, Kinds: []kindW{{pLandmark, 1}}, Landmark: []string{"clinic", "bank", "pharmacy"},
		P1: 0.75, Alpha: 1.6, Scale: 1, Cap: 6, DurMin: 2, DurMax: 20, Season: flat,
		Cats:  []string{"سایر", "درخواست شهروندی"},
		Wrong: []string{"شکایت"},
		Citizen: []string{
			"[bank]خودپرداز {P|بانک} یک هفته~ست خرابه",
			"[clinic]{P|درمانگاه} شب~ها پزشک نداره",
			"[pharmacy]{P|داروخانه} شب~ها تعطیله با اینکه تابلو شبانه~روزی زده",
		},
		Operator: []string{"شکایت شهروند از {P|محل}؛ خارج از حیطه وظایف شهرداری."},
	},
}

// Trench templates for the utilities' open trenches (the same words for all four utilities).
var trenchOpenCitizen = []string{
	"پیمانکار {U} {P|کوچه} رو کنده و ول کرده رفته، چاله باز مونده و خطرناکه",
	"حفاری {U} تو {P|کوچه ما} دو هفته~ست بازه، خاکش وسط کوچه ریخته و رفت و آمد نمیشه",
	"کانال باز {U} تو {P|کوچه}، بچه~ها ممکنه بیفتن توش. هیچ علامتی هم نذاشتن",
	"{P|کوچه} رو کندن و ول کردن، نه خاک~ریزی کردن نه چیزی",
	"{U} گودال {P|جلوی در خونه} رو پر نکرده، ماشین نمیتونه بیاد تو",
}

var trenchOpenOperator = []string{
	"حفاری رهاشده توسط پیمانکار {U} در {P|معبر}؛ ترانشه باز و فاقد علائم ایمنی است.",
	"عدم خاک~ریزی ترانشه حفاری {U} در {P|محل}.",
}

var trenchOpenLatin = []string{"{U} {P|kooche} ro kandan va raftan, chale baze"}

func init() {
	for _, p := range problems {
		if len(p.Utility) > 0 && p.Agency != municipality {
			p.Citizen, p.Operator, p.Latin = trenchOpenCitizen, trenchOpenOperator, trenchOpenLatin
			p.Season = flat
			p.Neighbour = 0.02
		}
	}
}

func problemByCode(code string) *problem {
	for _, p := range problems {
		if p.Code == code {
			return p
		}
	}
	panic("rasht47: no problem " + code)
}

// latinUtility is how a Finglish writer names the utility.
var latinUtility = map[string]string{
	"گاز": "gaz", "اداره گاز": "edare gaz", "شرکت گاز": "sherkat gaz", "پیمانکار گاز": "peymankar gaz",
	"آبفا": "abfa", "آب و فاضلاب": "ab o fazelab", "اداره آب": "edare ab", "فاضلاب": "fazelab",
	"پیمانکار فاضلاب": "peymankar fazelab", "مخابرات": "mokhaberat", "فیبر نوری": "fiber noori",
	"پیمانکار فیبر": "peymankar fiber", "برق": "bargh", "اداره برق": "edare bargh", "شرکت توزیع برق": "sherkat bargh",
}

// vagueCats are what an operator or the app picks when nothing fits.
var vagueCats = []string{"سایر", "درخواست شهروندی", "شکایت", "سایر موارد", "پیشنهاد و انتقاد"}
