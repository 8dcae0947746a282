package rasht18

// scope says whether a problem sits at one spot or covers a village (or a mahalle of it).
type scope int

const (
	atSpot scope = iota
	atVillage
)

// problem is one kind of trouble, with the agency that must act and the ways people say it.
type problem struct {
	key      string
	agency   string
	scope    scope
	category string      // the operator's category when it is right
	weight   float64     // share of issues
	months   [12]float64 // seasonal weight, Farvardin first
	minDays  int         // episode length
	maxDays  int
	gapDays  int // the same problem at the same spot is a new issue only after this gap
	chronic  bool
	needs    string // "waterway", "field" or ""
	citizen  []string
	operator []string // the operator's summary of a call: after «شهروند اعلام کرد»
	finglish []string
	short    []string
}

var (
	flat   = [12]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	rainy  = [12]float64{0.6, 0.5, 0.3, 0.2, 0.2, 0.6, 1.5, 2, 2, 1.6, 1.4, 1}
	summer = [12]float64{0.3, 0.6, 1.2, 2, 2.2, 1.5, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3}
	winter = [12]float64{0.3, 0.2, 0.1, 0.1, 0.1, 0.3, 0.8, 1.5, 2, 2.2, 2, 1}
	storms = [12]float64{0.4, 0.3, 0.2, 0.2, 0.3, 0.8, 1.4, 1.6, 1.6, 1.5, 1.2, 0.8}
	warm   = [12]float64{1, 1.3, 1.5, 1.5, 1.5, 1.2, 0.8, 0.6, 0.5, 0.5, 0.6, 0.8}
	// rice is planted in Ordibehesht and harvested in Mordad–Shahrivar; the straw burns after.
	planting = [12]float64{0.8, 2.5, 2, 1.2, 0.6, 0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4}
	harvest  = [12]float64{0.1, 0.1, 0.1, 0.3, 2, 3, 1.5, 0.3, 0.1, 0.1, 0.1, 0.1}
)

var problems = []*problem{
	{key: "mud", agency: "municipality", scope: atSpot, category: "معابر و آسفالت", weight: 9, months: rainy,
		minDays: 3, maxDays: 25, gapDays: 30, chronic: true,
		citizen: []string{"بعد از بارون کوچه شده گل و لای، بچه‌ها نمی‌تونن برن مدرسه", "جاده خاکیه و با این بارندگی پر از گل شده، ماشین گیر می‌کنه",
			"تو این وارش نمیشه از کوچه رد شد همه‌اش گله", "گل و شل کوچه تا زانو است لطفا شن بریزید", "کوچه خاکیه و با بارون باتلاق شده"},
		operator: []string{"پس از بارندگی معبر خاکی پر از گل و لای شده و عبور و مرور مختل است", "کوچه خاکی و گل‌آلود است و درخواست شن‌ریزی دارند",
			"به علت بارش باران جاده روستا گل‌آلود و غیرقابل تردد شده"},
		finglish: []string{"kooche hame gel shode nemishe rad shod", "jade khakie ba baroon gel shode"},
		short:    []string{"کوچه پر گل", "گل و لای", "شن‌ریزی کنید لطفا", "کوچه گلی شده"}},
	{key: "pothole", agency: "municipality", scope: atSpot, category: "معابر و آسفالت", weight: 8, months: flat,
		minDays: 5, maxDays: 40, gapDays: 30, chronic: true,
		citizen: []string{"آسفالت جاده چاله چوله شده موتوری‌ها زمین میخورن", "یه چاله بزرگ وسط جاده هست شبا دیده نمیشه",
			"آسفالت کنده شده و چاله‌ها پر آب شده", "جاده داغونه همه‌اش دست‌انداز و چاله"},
		operator: []string{"چاله عمیق در سطح آسفالت ایجاد شده و خطرساز است", "آسفالت معبر تخریب شده و نیاز به لکه‌گیری دارد",
			"وجود چاله‌های متعدد در جاده روستا"},
		finglish: []string{"jade pore chale shode", "asfalt kharabe chale dare"},
		short:    []string{"چاله", "آسفالت خراب", "لکه‌گیری آسفالت"}},
	{key: "unpaved", agency: "municipality", scope: atSpot, category: "معابر و آسفالت", weight: 4, months: warm,
		minDays: 30, maxDays: 150, gapDays: 60, chronic: true,
		citizen: []string{"چند ساله الحاق شدیم به شهر هنوز کوچه‌مون آسفالت نداره", "درخواست آسفالت کوچه داریم، همه‌اش خاکی و سنگلاخه",
			"عوارض شهری می‌گیرید ولی کوچه ما هنوز خاکیه", "کی میخواید این کوچه رو آسفالت کنید؟"},
		operator: []string{"معبر فاقد آسفالت است و اهالی درخواست آسفالت دارند", "درخواست آسفالت کوچه خاکی", "اهالی خواستار زیرسازی و آسفالت معبر هستند"},
		finglish: []string{"kooche ma asfalt nadare", "key asfalt mikonid koochamoono"},
		short:    []string{"آسفالت کوچه کی؟", "کوچه خاکی", "درخواست آسفالت"}},
	{key: "ditch", agency: "municipality", scope: atSpot, category: "آب‌های سطحی", weight: 6, months: rainy,
		minDays: 2, maxDays: 12, gapDays: 30,
		citizen: []string{"جوی کنار جاده گرفته و آب اومده روی جاده", "آبراه کنار کوچه پر از آشغال و برگه، آب رفته تو حیاط خونه‌ها",
			"لوله زیر جاده (آبرو) گرفته، بارون که میاد جاده آب میگیره", "جوب بسته شده آب جمع شده جلوی در خونه"},
		operator: []string{"انسداد جوی کنار معبر و آب‌گرفتگی جاده", "آبروی زیر جاده مسدود شده و آب سطحی در معبر جمع شده",
			"آب باران به دلیل گرفتگی جوی وارد منازل شده"},
		finglish: []string{"joob gerefte ab oomade roo jade", "ab jam shode jolo khoone"},
		short:    []string{"جوی گرفته", "آب‌گرفتگی", "آب جمع شده"}},
	{key: "garbage", agency: "municipality", scope: atSpot, category: "پسماند", weight: 8, months: warm,
		minDays: 3, maxDays: 25, gapDays: 30,
		citizen: []string{"کنار جاده شده محل ریختن زباله، بو و مگس خیلی زیاده", "یه عده شبا زباله میارن اینجا خالی می‌کنن",
			"ماشین زباله چند روزه نیومده، کیسه‌ها مونده کنار جاده", "سگ‌ها کیسه زباله‌ها رو پاره کردن همه جا پخش شده"},
		operator: []string{"تخلیه غیرمجاز زباله در حاشیه جاده", "پسماند چند روز است جمع‌آوری نشده", "انباشت زباله و بوی نامطبوع در محل"},
		finglish: []string{"ashghal rikhtan kenar jade", "mashin ashghal nayoomade"},
		short:    []string{"زباله جمع نشده", "آشغال کنار جاده", "بوی زباله"}},
	{key: "riverbank", agency: "municipality", scope: atSpot, category: "پسماند", weight: 3, months: warm, needs: "waterway",
		minDays: 5, maxDays: 40, gapDays: 30, chronic: true,
		citizen: []string{"لب رودخانه پر از زباله شده، هر کی رد میشه یه کیسه پرت می‌کنه", "زباله‌ها رو ریختن تو نهر، آب رو بند آورده",
			"کنار رودخونه آشغالدونی شده"},
		operator: []string{"ریختن زباله در حاشیه رودخانه", "تجمع پسماند در بستر نهر و کنار رودخانه"},
		finglish: []string{"lab roodkhane por ashghale"},
		short:    []string{"زباله لب رودخانه", "آشغال تو نهر"}},
	{key: "burning", agency: "municipality", scope: atSpot, category: "پسماند", weight: 2, months: flat,
		minDays: 1, maxDays: 15, gapDays: 30,
		citizen:  []string{"همسایه هر شب آشغال آتیش می‌زنه، دود میاد تو خونه، بچه‌ام آسم داره", "زباله‌ها رو کنار جاده آتش زدن، دود همه جا رو گرفته"},
		operator: []string{"سوزاندن زباله توسط اهالی و انتشار دود در منازل", "آتش زدن پسماند در حاشیه معبر"},
		finglish: []string{"ashghal atish mizanan dood miad"},
		short:    []string{"دود آشغال", "زباله آتیش زدن"}},
	{key: "dogs", agency: "municipality", scope: atSpot, category: "حیوانات", weight: 4, months: flat,
		minDays: 5, maxDays: 40, gapDays: 30,
		citizen: []string{"سگ‌های ولگرد زیاد شدن، صبح‌ها بچه‌ها می‌ترسن برن مدرسه", "یه گله سگ اینجا جمع شدن به عابرین حمله می‌کنن",
			"ایتا سگ گنده دنبال زاکان کرده، ترسیدیم"},
		operator: []string{"تجمع سگ‌های بلاصاحب و ایجاد رعب برای اهالی", "حمله سگ ولگرد به عابر؛ درخواست جمع‌آوری"},
		finglish: []string{"sag velgard ziad shode", "sagha hamle mikonan"},
		short:    []string{"سگ ولگرد", "سگ زیاده"}},
	{key: "tree", agency: "municipality", scope: atSpot, category: "فضای سبز", weight: 3, months: storms,
		minDays: 1, maxDays: 4, gapDays: 30,
		citizen: []string{"با باد دیشب یه درخت بزرگ افتاده وسط جاده، راه بسته شده", "درخت افتاده تو کوچه، ماشین رد نمیشه",
			"درخت توسکا شکسته افتاده رو جاده"},
		operator: []string{"سقوط درخت در اثر طوفان و انسداد معبر", "درخت شکسته در مسیر جاده افتاده است"},
		finglish: []string{"derakht oftade vasate jade"},
		short:    []string{"درخت افتاده", "درخت رو جاده"}},
	{key: "building", agency: "municipality", scope: atSpot, category: "ساخت و ساز غیرمجاز", weight: 2, months: warm,
		minDays: 10, maxDays: 60, gapDays: 60,
		citizen:  []string{"یکی داره بدون مجوز ساختمون میسازه، شبا کار می‌کنن", "ساخت و ساز غیرمجاز، دیوار کشیدن تا وسط کوچه"},
		operator: []string{"ساخت‌وساز بدون پروانه در محل", "احداث بنا بدون مجوز و تجاوز به معبر"},
		finglish: []string{"bedoone mojavez sakhtemoon misazan"},
		short:    []string{"ساخت غیرمجاز", "ساختمون بدون مجوز"}},
	{key: "cows", agency: "municipality", scope: atSpot, category: "حیوانات", weight: 1.5, months: warm,
		minDays: 3, maxDays: 30, gapDays: 30,
		citizen:  []string{"گاوهای یکی از اهالی ول میچرخن تو کوچه، همه جا کثیف شده", "گاو و گوسفند همسایه میان تو کوچه آشغال‌ها رو پخش می‌کنن"},
		operator: []string{"رها کردن دام در کوچه و آلودگی معبر", "تردد دام در معبر و کثیفی کوچه"},
		finglish: []string{"gavha to kooche vel migardan"},
		short:    []string{"گاو تو کوچه", "دام ول"}},
	{key: "bridge", agency: "municipality", scope: atSpot, category: "معابر و آسفالت", weight: 1.5, months: rainy, needs: "waterway",
		minDays: 5, maxDays: 40, gapDays: 60,
		citizen:  []string{"پل چوبی روی نهر پوسیده، دیروز یه بچه پاش رفت لای تخته‌ها", "نرده پل شکسته، شبا خطرناکه"},
		operator: []string{"تخریب پل عابر پیاده روی نهر", "پل فرسوده و خطرناک برای عابرین"},
		finglish: []string{"pole choobi kharabe"},
		short:    []string{"پل خراب", "پل شکسته"}},

	{key: "lights", agency: "power", scope: atSpot, category: "روشنایی معابر", weight: 1.8, months: winter,
		minDays: 5, maxDays: 45, gapDays: 30, chronic: true,
		citizen: []string{"چراغ‌های جاده خاموشه، شبا تاریک مطلقه و شغال میاد", "تیر چراغ برق داریم ولی لامپ نداره، چند ماهه",
			"از سر کوچه تا ته کوچه یه چراغ روشن نیست", "کوچه تاریکه، زنها شب نمی‌تونن رد بشن"},
		operator: []string{"لامپ‌های روشنایی معبر خاموش است", "عدم روشنایی جاده در شب و ناامنی", "چراغ‌های روشنایی مسیر چند هفته است کار نمی‌کند"},
		finglish: []string{"cheraghaye jade khamooshe", "kooche tarike lamp nadare"},
		short:    []string{"چراغ خاموش", "کوچه تاریکه", "لامپ تیر سوخته"}},
	{key: "powercut", agency: "power", scope: atVillage, category: "برق", weight: 0.8, months: summer,
		minDays: 1, maxDays: 2, gapDays: 3,
		citizen: []string{"از صبح برق کل روستا رفته، یخچال‌ها همه خراب شد", "برق قطعه، هیچ اطلاعیه‌ای هم ندادن",
			"باز هم برق رفت، تو این گرما پیرزن‌ها اذیت میشن"},
		operator: []string{"قطعی برق در کل روستا از ساعات صبح", "خاموشی بدون اطلاع قبلی در محله"},
		finglish: []string{"bargh raft az sob", "bargh ghate kole roosta"},
		short:    []string{"برق رفته", "قطعی برق", "برق نداریم"}},
	{key: "wire", agency: "power", scope: atSpot, category: "برق", weight: 0.7, months: storms,
		minDays: 1, maxDays: 5, gapDays: 30,
		citizen: []string{"درخت افتاده رو سیم برق، سیم آویزون شده نزدیک زمین", "تیر برق کج شده داره میفته رو خونه",
			"سیم برق پاره شده افتاده تو کوچه، خطرناکه"},
		operator: []string{"سقوط درخت روی کابل برق و آویزان شدن سیم", "تیر برق در حال سقوط است"},
		finglish: []string{"sim bargh oftade"},
		short:    []string{"سیم برق افتاده", "تیر برق کج"}},

	{key: "pressure", agency: "water", scope: atVillage, category: "آب و فاضلاب", weight: 0.8, months: summer,
		minDays: 3, maxDays: 20, gapDays: 30,
		citizen:  []string{"فشار آب خیلی کمه، طبقه بالا اصلا آب نمیاد", "از ظهر آب قطعه، تو این گرما", "آب لوله‌کشی شب‌ها فقط قطره قطره میاد"},
		operator: []string{"افت شدید فشار آب شرب در محله", "قطعی آب شرب از ظهر امروز"},
		finglish: []string{"feshare ab kame", "ab ghate"},
		short:    []string{"آب نداریم", "فشار آب کم", "آب قطعه"}},
	{key: "pipe", agency: "water", scope: atSpot, category: "آب و فاضلاب", weight: 0.9, months: flat,
		minDays: 1, maxDays: 10, gapDays: 30,
		citizen:  []string{"لوله آب کنار جاده ترکیده، آب داره هدر میره", "از زیر آسفالت آب میزنه بیرون، چند روزه"},
		operator: []string{"شکستگی لوله آب شرب و هدررفت آب در معبر", "نشت آب از لوله اصلی"},
		finglish: []string{"looleye ab tarakide"},
		short:    []string{"لوله ترکیده", "آب هدر میره"}},

	{key: "nogas", agency: "gas", scope: atVillage, category: "گاز", weight: 0.5, months: winter,
		minDays: 30, maxDays: 120, gapDays: 90, chronic: true,
		citizen: []string{"هنوز گاز به محله ما نرسیده، زمستون با نفت و کپسول سر می‌کنیم", "لوله گاز تا سر کوچه اومده ولی به خونه‌های ما وصل نکردن",
			"چند ساله پیگیر گازکشی هستیم"},
		operator: []string{"عدم گازرسانی به چند منزل در محله", "اهالی خواستار لوله‌کشی و انشعاب گاز هستند"},
		finglish: []string{"gaz hanooz be ma narecide"},
		short:    []string{"گاز نداریم", "گازکشی کی؟"}},
	{key: "gassmell", agency: "gas", scope: atSpot, category: "گاز", weight: 0.4, months: winter,
		minDays: 1, maxDays: 2, gapDays: 3,
		citizen:  []string{"بوی گاز خیلی شدیده کنار علمک", "بوی گاز میاد از لوله کنار جاده"},
		operator: []string{"استشمام بوی گاز در معبر", "نشت گاز از علمک"},
		finglish: []string{"booye gaz miad"},
		short:    []string{"بوی گاز"}},
	{key: "trench", agency: "gas", scope: atSpot, category: "معابر و آسفالت", weight: 0.7, months: warm,
		minDays: 10, maxDays: 50, gapDays: 60,
		citizen:  []string{"شرکت گاز برای لوله‌کشی جاده رو کنده و همین‌طور ول کرده رفته", "کانال گازکشی رو پر نکردن، یه ماشین افتاد توش"},
		operator: []string{"حفاری شرکت گاز مرمت نشده و ترانشه باز مانده", "ترمیم نشدن محل حفاری گازرسانی"},
		finglish: []string{"sherkate gaz jade ro kande vel karde"},
		short:    []string{"حفاری گاز پر نشده", "کانال باز مونده"}},

	{key: "signal", agency: "telecom", scope: atVillage, category: "مخابرات", weight: 0.5, months: flat,
		minDays: 30, maxDays: 120, gapDays: 90, chronic: true,
		citizen:  []string{"تو روستا موبایل آنتن نمیده، باید بریم سر جاده زنگ بزنیم", "اینترنت و آنتن گوشی اینجا صفره"},
		operator: []string{"نبود پوشش تلفن همراه در روستا", "آنتن‌دهی ضعیف تلفن همراه و اینترنت"},
		finglish: []string{"anten nemide", "internet nadarim"},
		short:    []string{"آنتن نداریم", "آنتن نمیده"}},
	{key: "landline", agency: "telecom", scope: atSpot, category: "مخابرات", weight: 0.7, months: storms,
		minDays: 2, maxDays: 15, gapDays: 30,
		citizen:  []string{"کابل مخابرات افتاده رو زمین، تلفن خونه‌ها قطعه", "تلفن ثابت از هفته پیش قطعه"},
		operator: []string{"قطعی تلفن ثابت منازل به علت پارگی کابل", "کابل مخابرات آویزان و قطع"},
		finglish: []string{"telefon ghate"},
		short:    []string{"تلفن قطع", "کابل افتاده"}},

	{key: "lorries", agency: "police", scope: atSpot, category: "ترافیک", weight: 0.7, months: warm,
		minDays: 5, maxDays: 40, gapDays: 30,
		citizen:  []string{"کامیون‌های شن و ماسه با سرعت زیاد از وسط روستا رد میشن", "کامیون‌ها شبا کنار جاده پارک می‌کنن، راه بسته میشه"},
		operator: []string{"تردد پرسرعت کامیون‌های شن و ماسه در جاده روستا", "توقف کامیون و انسداد مسیر"},
		finglish: []string{"kamiona ba sorat mian"},
		short:    []string{"کامیون سرعت", "کامیون راه رو بسته"}},
	{key: "theft", agency: "police", scope: atSpot, category: "سایر", weight: 0.5, months: flat,
		minDays: 1, maxDays: 10, gapDays: 30,
		citizen:  []string{"دیشب موتور پمپ آب رو از جلوی خونه بردن، دومین باره", "دزد اومده کابل‌ها و پمپ‌ها رو برده"},
		operator: []string{"سرقت موتور پمپ آب کشاورزی", "سرقت شبانه اموال اهالی"},
		finglish: []string{"motor pomp ro dozdidan"},
		short:    []string{"دزدی پمپ", "سرقت"}},
	{key: "cattleroad", agency: "police", scope: atSpot, category: "حیوانات", weight: 0.35, months: flat,
		minDays: 3, maxDays: 30, gapDays: 30,
		citizen:  []string{"شبا گاوها میان وسط جاده اصلی، دیشب یه ماشین زد بهشون", "گله گاو وسط جاده، نزدیک بود تصادف کنیم"},
		operator: []string{"حضور دام رهاشده در جاده اصلی در شب و خطر تصادف"},
		finglish: []string{"gav vasate jade"},
		short:    []string{"گاو وسط جاده"}},

	{key: "jackals", agency: "other", scope: atSpot, category: "حیوانات", weight: 0.8, months: winter,
		minDays: 5, maxDays: 40, gapDays: 30, needs: "field",
		citizen:  []string{"شغال‌ها شبا میان تو حیاط مرغ‌ها رو می‌برن", "شغال زیاد شده از بیجار میان سمت خونه‌ها"},
		operator: []string{"تردد شغال در منازل مجاور شالیزار", "حمله شغال به ماکیان اهالی"},
		finglish: []string{"shoghal morgha ro mibare"},
		short:    []string{"شغال", "شغال اومده"}},
	{key: "straw", agency: "other", scope: atSpot, category: "محیط زیست", weight: 0.9, months: harvest, needs: "field",
		minDays: 2, maxDays: 15, gapDays: 30,
		citizen:  []string{"کشاورزا کاه بیجارها رو آتیش زدن، دود همه روستا رو گرفته", "بعد از برنج‌چینی کلش رو آتش میزنن نفس نمی‌تونیم بکشیم"},
		operator: []string{"آتش زدن بقایای شالی در مزارع و دود در منازل", "سوزاندن کاه و کلش در شالیزار"},
		finglish: []string{"kah atish zadan dood miad"},
		short:    []string{"کاه‌سوزی", "دود بیجار"}},
	{key: "canal", agency: "other", scope: atSpot, category: "آب‌های سطحی", weight: 0.9, months: planting, needs: "waterway",
		minDays: 5, maxDays: 30, gapDays: 30,
		citizen:  []string{"کانال آب بیجارها شکسته، آب به زمین ما نمیرسه", "نهر آبیاری رو بستن، فصل نشاست و آب نداریم"},
		operator: []string{"خرابی کانال آبیاری و نرسیدن آب به شالیزار", "انسداد نهر آبیاری کشاورزی"},
		finglish: []string{"kanale ab bijar kharabe"},
		short:    []string{"آب بیجار نمیرسه", "نهر آبیاری"}},
	{key: "landfill", agency: "other", scope: atSpot, category: "ساخت و ساز غیرمجاز", weight: 0.6, months: warm, needs: "field",
		minDays: 5, maxDays: 40, gapDays: 60,
		citizen:  []string{"دارن بیجار رو با خاک پر می‌کنن که بسازن، هر روز کامیون خاک میاد", "زمین کشاورزی رو خاکریزی کردن، تغییر کاربری غیرقانونی"},
		operator: []string{"خاکریزی و تغییر کاربری اراضی شالیزاری", "پر کردن زمین زراعی برای ساخت‌وساز"},
		finglish: []string{"bijar ro khak mirizan"},
		short:    []string{"خاکریزی بیجار", "تغییر کاربری"}},
}

// vagueCategories are what an operator picks when unsure.
var vagueCategories = []string{"سایر", "عمومی", "شکایات", "درخواست", ""}

// allCategories lists every right category once, in a fixed order, for wrong picks.
func allCategories() []string {
	var cs []string
	seen := map[string]bool{}
	for _, p := range problems {
		if !seen[p.category] {
			seen[p.category] = true
			cs = append(cs, p.category)
		}
	}
	return cs
}
